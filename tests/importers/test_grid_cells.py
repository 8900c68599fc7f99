"""Cells of a real table (Excel, Word, web page) that hold no number: read as not read, with the
words the cell holds as the reason, never as a blank (a blank is a value: 未填 in the preview, and
the checks take it for one)."""

from __future__ import annotations

import io

import openpyxl

from core.importers import import_bytes
from importers.files import differences, fixture, html_text, official_xlsx

REPORT = "samples/huaian-city-2024"


def _with_formula_totals(data: bytes) -> tuple[bytes, list[str]]:
    """The workbook with each 表三 row's 总计 a SUM formula, saved by a program (no result kept)."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.active
    cells = []
    for row in ws.iter_rows():
        numbers = [c for c in row if isinstance(c.value, int)]
        if len(numbers) == 7 and sum(c.value for c in numbers[:6]) == numbers[6].value:
            numbers[6].value = f"=SUM({numbers[0].coordinate}:{numbers[5].coordinate})"
            cells.append(numbers[6].coordinate)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), cells


def test_sums_without_saved_results_are_worked_out() -> None:
    """A workbook written by a program keeps its formulas and no results: each 总计 a SUM of its
    row, worked out as Excel would, and the clerk told."""
    report = fixture(REPORT)
    data, formulas = _with_formula_totals(official_xlsx(report))
    assert len(formulas) >= 20
    got, log = import_bytes(data, "county.xlsx")
    assert differences(got, dict(report.cells)) == []
    assert any("公式没有保存计算结果" in n for n in got.notes)
    assert not any("没有“总计”列" in n for n in log.notes)


def test_other_formulas_without_results_are_not_read_as_blanks() -> None:
    report = fixture(REPORT)
    data, formulas = _with_formula_totals(official_xlsx(report))
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for where in formulas[:3]:
        wb.active[where].value = "=IF(1,2,3)"
    out = io.BytesIO()
    wb.save(out)
    got, _ = import_bytes(out.getvalue(), "county.xlsx")
    unread = [a for a in got.missing if a.startswith("requests/")]
    assert len(unread) == 3 and all(a.endswith("/total") and "公式=IF(1,2,3)" in got.missing[a] for a in unread)
    assert [d for d in differences(got, dict(report.cells)) if d[0] not in unread] == []


def test_saved_formula_results_are_read() -> None:
    """A workbook Excel or WPS saved keeps each formula's result: read, no note."""
    report = fixture(REPORT)
    got, log = import_bytes(official_xlsx(report), "county.xlsx")
    assert differences(got, dict(report.cells)) == []
    assert not any("公式" in n for n in log.notes)


def test_words_in_a_web_tables_number_cell_are_its_reason() -> None:
    report = fixture(REPORT)
    page = html_text(report)
    # （一）予以公开's 自然人 cell: "见附件" instead of its number
    address = "requests/3.1/natural"
    value = str(report.cells[address])
    cut = page.index(f">{value}</td>", page.index("予以公开"))
    page = page[:cut] + ">见附件</td>" + page[cut + len(f">{value}</td>"):]
    got, _ = import_bytes(page.encode("utf-8"), "page.html")
    assert "见附件" in got.missing.get(address, "")
    assert got.cells.get(address) is None
    assert [d for d in differences(got, dict(report.cells)) if d[0] != address] == []


def test_a_web_table_row_holding_no_cell_is_passed_over() -> None:
    """A damaged page whose ``<tr>`` holds text but no ``<td>`` (a lost "<" before td, found by the
    reliability fuzzing) gives a row with nothing in it: read past, never an IndexError."""
    report = fixture(REPORT)
    page = html_text(report)
    anchor = page.index("第二十条第（五）项")
    cut = page.rindex("<td", 0, anchor)
    damaged = page[:cut] + page[cut + 1:]                # "<tr>td colspan=…>第二十条第（五）项</td>"
    got, _ = import_bytes(damaged.encode("utf-8"), "page.html")
    assert got.cells.get("requests/3.1/natural") == report.cells["requests/3.1/natural"]
    small = ('<table border=1><td colspan="4">第二十条第（一）项<td>8<tr>td colspan="4">第二十条第（五）项</table>'
             "<p>统计期限自2024年1月1日至2024年12月31日。</p>")
    got, _ = import_bytes(small.encode("utf-8"), "small.html")
    assert got.year == 2024
