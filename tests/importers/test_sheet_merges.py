"""Merged cells of a workbook in the official layout, as clerks make them in Excel and WPS (helper 324's
hunt: the 76 full corpus entries written as sheets 27 ways, merged, formulas with and without saved
results, tables on sheets of their own, margins, notes below). openpyxl's read-only mode shows none of
a sheet's merges: a number merged over two value columns was read into the first and the second taken
for printed blank, and a number merged down over two rows was the first row's and the second row's
blank — cells read wrong in tables called sure (918 silent in the hunt). The merges are now read from
the sheet's XML: a merged cell spans its columns as a Word or web table's does, and a number whose
merge leaves its column or row unknown is not read, with why. A column of formulas saved without
results that are no simple sums (总计 as ``=IF(COUNT(…)=0,"",SUM(…))``) was no column and read blank;
a margin of empty columns at the sheet's left took the places of value columns."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from core.importers import import_bytes
from core.importers.confidence import SURE, confidence
from core.importers.model import ImportError_
from core.report import Report
from core.validate import validate
from importers.files import differences, fixture, html_text, official_xlsx

REPORT = "samples/huaian-city-2024"
"""2021 form. 表二（一）: 规章 1 0 11, 行政规范性文件 8 26 66 (rows 5 and 6, columns B–D); 表三 二、上年结转:
自然人 34, 商业企业 0 (columns D and E)."""


def _sheet(change: object) -> tuple[Report, bytes]:
    """The report in the official layout, ``change(ws)`` applied to its sheet (openpyxl, no result
    saved for a formula, as a program writes it)."""
    report = fixture(REPORT)
    wb = openpyxl.load_workbook(io.BytesIO(official_xlsx(report)))
    change(wb.active)  # type: ignore[operator]
    out = io.BytesIO()
    wb.save(out)
    return report, out.getvalue()


def _row(ws: object, label: str) -> int:
    return next(c.row for row in ws.iter_rows() for c in row if c.value == label)  # type: ignore[attr-defined]


def _sure(report: Report, table: str) -> bool:
    return any(t.table == table and t.level == SURE for t in confidence(report, validate(report)))


def _others_right(got: Report, want: Report, unread: set[str]) -> None:
    assert [d for d in differences(got, dict(want.cells)) if d[0] not in unread] == []


def test_a_number_merged_over_two_value_columns_reads_neither() -> None:
    """二、上年结转's 34 merged over 自然人 and 商业企业: which column is its own cannot be told; read
    into 自然人, 商业企业's 0 was read blank in a table called sure."""
    def merge(ws: object) -> None:
        r = _row(ws, "二、上年结转政府信息公开申请数量")
        ws.merge_cells(f"D{r}:E{r}")  # type: ignore[attr-defined]

    want, data = _sheet(merge)
    got, log = import_bytes(data, "county.xlsx")
    unread = {"requests/2/natural", "requests/2/commercial"}
    assert unread <= set(got.missing), [got.cells.get(a) for a in unread]
    _others_right(got, want, unread)
    assert any("合并单元格" in n and "上年结转" in n for n in log.notes), log.notes


def test_numbers_merged_over_two_named_columns_in_every_row_read_neither() -> None:
    """表二（一）'s 本年制发件数 and 本年废止件数 merged in both its rows: no row holds the two columns
    apart, so they made one; 本年废止件数 then stood over no number and was entered blank."""
    def merge(ws: object) -> None:
        ws.merge_cells("B5:C5")  # type: ignore[attr-defined]
        ws.merge_cells("B6:C6")  # type: ignore[attr-defined]

    want, data = _sheet(merge)
    got, _ = import_bytes(data, "county.xlsx")
    unread = {f"art20_1/{r}/{c}" for r in ("rules", "normative") for c in ("issued", "repealed")}
    assert unread <= set(got.missing), [got.cells.get(a) for a in sorted(unread)]
    assert got.cells["art20_1/rules/in_force"] == 11 and got.cells["art20_1/normative/in_force"] == 66
    _others_right(got, want, unread)
    # (the form's one value column under 本年处理决定数量, merged over three, stays read)
    assert got.cells["art20_5/license/decisions"] == want.cells["art20_5/license/decisions"]


def test_a_number_merged_down_over_two_rows_reads_in_neither() -> None:
    """规章's 0 under 本年废止件数 merged down over 行政规范性文件's row: read on 规章's row, 行政规范性文件's
    26 was read blank. A number merged down into a row that prints nothing of its own (a tall row:
    行政许可's label and number each merged over two rows) stays its row's."""
    def merge(ws: object) -> None:
        ws.merge_cells("C5:C6")  # type: ignore[attr-defined]
        r = _row(ws, "行政许可")
        ws.unmerge_cells(f"B{r}:D{r}")  # type: ignore[attr-defined]
        ws.merge_cells(f"A{r}:A{r + 1}")  # type: ignore[attr-defined]
        ws.merge_cells(f"B{r}:D{r + 1}")  # type: ignore[attr-defined]

    want, data = _sheet(merge)
    got, log = import_bytes(data, "county.xlsx")
    unread = {"art20_1/rules/repealed", "art20_1/normative/repealed"}
    assert unread <= set(got.missing), [got.cells.get(a) for a in sorted(unread)]
    assert "跨行合并" in got.missing["art20_1/normative/repealed"]
    assert got.cells["art20_5/license/decisions"] == want.cells["art20_5/license/decisions"]
    _others_right(got, want, unread)
    assert any("跨行合并" in n for n in log.notes)


def test_a_value_cell_merged_over_two_columns_of_a_web_table_reads_neither() -> None:
    """The same in a saved web page (``colspan``): 商业企业 was entered blank beside the merged 34."""
    want = fixture(REPORT)
    page = html_text(want)
    row = '<td colspan="1" rowspan="1">34</td><td colspan="1" rowspan="1">0</td>'
    assert page.count(row) == 1
    got, _ = import_bytes(page.replace(row, '<td colspan="2" rowspan="1">34</td>').encode("utf-8"), "x.html")
    unread = {"requests/2/natural", "requests/2/commercial"}
    assert unread <= set(got.missing), [got.cells.get(a) for a in unread]
    _others_right(got, want, unread)


def test_a_column_of_formulas_without_results_is_not_read_blank() -> None:
    """Every 总计 of 表三 and 表四 an ``=IF(COUNT(…)=0,"",SUM(…))`` saved by a program, no result kept:
    each unread with its formula as the reason. The column held no number in any row and was taken
    for one the report leaves blank: every total entered blank."""
    totals: list[str] = []

    def formulas(ws: object) -> None:
        for row in ws.iter_rows():  # type: ignore[attr-defined]
            numbers = [c for c in row if isinstance(c.value, int)]
            if len(numbers) in (7, 15) and numbers[-1].column - numbers[0].column == len(numbers) - 1:
                groups = [numbers] if len(numbers) == 7 else [numbers[:5], numbers[5:10], numbers[10:]]
                for group in groups:
                    cells = f"{group[0].coordinate}:{group[-2].coordinate}"
                    group[-1].value = f'=IF(COUNT({cells})=0,"",SUM({cells}))'
                    totals.append(group[-1].coordinate)

    want, data = _sheet(formulas)
    assert len(totals) >= 20
    got, _ = import_bytes(data, "county.xlsx")
    lost = [a for a, v in want.cells.items() if a.endswith("/total") and a.startswith(("requests/", "appeals/"))
            and v is not None and a not in got.missing]
    assert lost == [], [(a, got.cells.get(a)) for a in lost]
    assert all("公式=IF" in got.missing[a] for a in got.missing if a.endswith("/total")), got.missing
    _others_right(got, want, set(got.missing))
    assert not _sure(got, "requests")


def test_empty_columns_at_the_sheets_left_are_no_columns() -> None:
    """The tables two columns in from the sheet's edge, 表四 printing some cells empty: the empty
    columns at the left took the places of value columns no header named, and 表四's row was cut."""
    want = fixture(REPORT)
    for a in ("appeals/review/corrected", "appeals/review/other", "appeals/suit_direct/corrected"):
        want.cells[a] = None
    src = openpyxl.load_workbook(io.BytesIO(official_xlsx(want))).active
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in src.iter_rows():
        for c in row:
            if c.value is not None:
                ws.cell(c.row + 2, c.column + 2, c.value)
    for rng in src.merged_cells.ranges:
        ws.merge_cells(start_row=rng.min_row + 2, start_column=rng.min_col + 2,
                       end_row=rng.max_row + 2, end_column=rng.max_col + 2)
    out = io.BytesIO()
    wb.save(out)
    got, _ = import_bytes(out.getvalue(), "county.xlsx")
    assert differences(got, dict(want.cells)) == []
    assert dict(got.missing) == {}


def test_merges_covering_more_than_the_limit_are_refused() -> None:
    """A sheet whose merges cover millions of cells (each over the whole sheet read) is no report."""
    report = fixture(REPORT)
    data = official_xlsx(report)
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            part = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                merges = b"".join(b'<mergeCell ref="A%d:BH5000"/>' % r for r in range(1, 6))
                part = part.replace(b"</mergeCells>", merges + b"</mergeCells>")
                assert merges in part
            dst.writestr(item, part)
    with pytest.raises(ImportError_, match="合并单元格"):
        import_bytes(out.getvalue(), "county.xlsx")
