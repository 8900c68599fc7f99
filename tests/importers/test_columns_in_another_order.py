"""A real table (web page, Word, Excel) whose value columns a clerk set in another order than the
form's, each header moved with its numbers (法律服务机构 before 商业企业): every number is read
into the column its header names, never into the form's column standing at its place, and the
table is not called sure (the clerk checks a table laid out otherwise). A header that names a
column it does not stand over and leaves the columns unaccounted for is not followed by guess:
those columns stay unread.

And a value cell merged over two columns in one row (one number printed across 自然人 and 商业企业)
joins those columns for the whole table: the numbers of the two cells of every other row then
stand in one column, and are two numbers, never the one their digits make (3001 and 53 read
300153)."""

from __future__ import annotations

import io

import openpyxl

from core.importers import import_bytes
from core.importers.confidence import SURE, confidence
from core.report import Report
from core.sheet import TableView, table_views
from core.validate import validate
from core.values import format_value
from importers.files import fixture

REPORT = "samples/huaian-city-2024"
COMMERCIAL, LEGAL = 4, 7
"""表三's grid columns of 商业企业 and 法律服务机构 (both under 法人或其他组织)."""


def _grid(view: TableView, order: dict[int, int], header: dict[int, str] | None = None) -> list[list[tuple[str, int, int]]]:
    """Each grid row's (text, rowspan, colspan) cells, the columns moved by ``order`` (grid column →
    where it stands), header words replaced by ``header`` (grid column → text) where given."""
    at: dict[tuple[int, int], tuple[str, int, int]] = {}
    for c in view.cells:
        text = c.text if not c.address else format_value(c.value, c.kind)
        if header and c.role == "header" and c.col_span == 1 and c.col in header:
            text = header[c.col]
        at[(c.row, order.get(c.col, c.col) if c.col_span == 1 else c.col)] = (text, c.row_span, c.col_span)
    return [[at[(r, col)] for col in range(view.n_cols) if (r, col) in at] for r in range(view.n_rows)]


def _html(report: Report, order: dict[int, int], header: dict[int, str] | None = None) -> bytes:
    parts = [f"<html><body><h1>{report.display_title()}</h1><p>统计期限自{report.year}年1月1日至{report.year}年12月31日。</p>"]
    done: set[str] = set()
    for view in table_views(report):
        if view.section not in done:
            done.add(view.section)
            parts.append(f"<h2>{report.form.section(view.section).heading}</h2>")
        mine = order if view.id == "requests" else {}
        parts.append("<table border=1>")
        for row in _grid(view, mine, header if view.id == "requests" else None):
            parts.append("<tr>" + "".join(f'<td rowspan="{rs}" colspan="{cs}">{t}</td>' for t, rs, cs in row) + "</tr>")
        parts.append("</table>")
    parts.append("<h2>五、存在的主要问题及改进情况</h2><p>无。</p></body></html>")
    return "".join(parts).encode("utf-8")


def _xlsx(report: Report, order: dict[int, int]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.cell(1, 1, report.display_title())
    top = 3
    for view in table_views(report):
        for c in view.cells:
            col = order.get(c.col, c.col) if view.id == "requests" and c.col_span == 1 else c.col
            text = c.text if not c.address else format_value(c.value, c.kind)
            ws.cell(top + c.row, 1 + col, int(text) if text.isdigit() else (text or None))
            if c.row_span > 1 or c.col_span > 1:
                ws.merge_cells(start_row=top + c.row, start_column=1 + col,
                               end_row=top + c.row + c.row_span - 1, end_column=col + c.col_span)
        top += view.n_rows + 2
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sure(report: Report, table: str) -> bool:
    return next(t for t in confidence(report, validate(report)) if t.table == table).level == SURE


def _requests(report: Report) -> dict[str, object]:
    return {a: v for a, v in report.cells.items() if a.startswith("requests/") and a not in report.missing}


def test_columns_moved_with_their_headers_are_read_by_their_headers() -> None:
    want = fixture(REPORT)
    assert want.cells["requests/1/commercial"] != want.cells["requests/1/legal"]
    swap = {COMMERCIAL: LEGAL, LEGAL: COMMERCIAL}
    for name, data in (("x.html", _html(want, swap)), ("x.xlsx", _xlsx(want, swap))):
        got, _ = import_bytes(data, name)
        read = _requests(got)
        assert read["requests/1/commercial"] == want.cells["requests/1/commercial"], name
        assert read["requests/1/legal"] == want.cells["requests/1/legal"], name
        assert all(v == want.cells.get(a) for a, v in read.items()), name
        assert not _sure(got, "requests"), name
        assert any("列次序" in n for n in got.notes), name


def test_a_header_naming_another_column_leaves_both_unread() -> None:
    """法律服务机构's header over the 商业企业 column and 商业企业's nowhere: which column the numbers
    under it are cannot be told; the column standing where the header says is not 商业企业's either."""
    want = fixture(REPORT)
    got, _ = import_bytes(_html(want, {}, {COMMERCIAL: "法律服务机构"}), "x.html")
    assert "requests/1/commercial" in got.missing
    assert got.cells.get("requests/1/legal") in (None, want.cells["requests/1/legal"]) or "requests/1/legal" in got.missing
    read = _requests(got)
    assert all(v == want.cells.get(a) for a, v in read.items())
    assert not _sure(got, "requests")


def test_columns_in_the_forms_order_stay_sure() -> None:
    want = fixture(REPORT)
    got, _ = import_bytes(_html(want, {}), "x.html")
    assert _requests(got) == {a: v for a, v in want.cells.items() if a.startswith("requests/")}
    assert _sure(got, "requests")


def test_a_value_cell_merged_over_two_columns_never_joins_other_rows_numbers() -> None:
    want = fixture(REPORT)
    data = _html(want, {}).decode("utf-8")
    row = "<td rowspan=\"1\" colspan=\"1\">34</td><td rowspan=\"1\" colspan=\"1\">0</td>"
    assert data.count(row) == 1   # 二、上年结转: 自然人 34, 商业企业 0
    got, _ = import_bytes(data.replace(row, "<td rowspan=\"1\" colspan=\"2\">34</td>").encode("utf-8"), "x.html")
    for a, v in _requests(got).items():
        assert v in (want.cells.get(a), None), (a, v, want.cells.get(a))
    assert "requests/1/natural" in got.missing or got.cells.get("requests/1/natural") == 3001
    assert not _sure(got, "requests")
