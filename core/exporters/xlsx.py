"""The report's tables as an Excel workbook, for the counties that collect them (XlsxWriter).

One sheet per printed table (表二 with its four blocks, 表三, 表四) in the official layout with
its merges. Totals are formulas that also carry the value the app computed, so WPS, Excel and
file previewers show numbers without recalculating (openpyxl cannot write cached values;
XlsxWriter can). Input cells are unlocked and accept whole numbers ≥ 0 (money: ≥ 0; 本年增/减:
any whole number); labels and formulas are locked (sheet protection without a password). Each
sheet prints on A4, fitted to the page width. The last sheet, 数据, lists every cell's address and
exact value and holds the project file itself, so ``xlsx_import.read_xlsx`` restores the report
losslessly.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Optional

import core.exporters.common as C
from core.findings import Finding
from core.report import DERIVED, Report
from core.sheet import CellView, table_views
from core.values import NA, Value

DATA_SHEET = "数据"
JSON_COLUMN = 4
"""Column (E) of the 数据 sheet holding the project file, cut into pieces Excel can store."""
JSON_CHUNK = 30000
INCH_PER_MM = 1 / 25.4
WIDTH_UNITS = 92.0
"""Sum of a sheet's column widths (Excel character units): about the A4 text width at 10.5 pt."""


def cell_text(value: Value) -> str:
    """A value exactly as the 数据 sheet stores it: digits as written, "/" or ""."""
    if value is None:
        return ""
    if value is NA:
        return "/"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _number(value: Value) -> Any:
    if value is None:
        return None
    if value is NA:
        return "/"
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _ranges(refs: list[tuple[int, int]]) -> list[str]:
    """Cell references compressed into runs: D5:I5 along a row, D7:D27 down a column."""
    from xlsxwriter.utility import xl_range, xl_rowcol_to_cell  # type: ignore[import-untyped]

    along_row = len({r for r, _ in refs}) == 1
    key = (lambda rc: (rc[0], rc[1])) if along_row else (lambda rc: (rc[1], rc[0]))
    runs: list[list[int]] = []  # [row0, col0, row1, col1]
    for r, c in sorted(refs, key=key):
        if runs and along_row and runs[-1][0] == r and runs[-1][3] == c - 1:
            runs[-1][3] = c
        elif runs and not along_row and runs[-1][1] == c and runs[-1][2] == r - 1:
            runs[-1][2] = r
        else:
            runs.append([r, c, r, c])
    return [xl_rowcol_to_cell(r0, c0) if (r0, c0) == (r1, c1) else xl_range(r0, c0, r1, c1)
            for r0, c0, r1, c1 in runs]


def _formula(report: Report, terms: tuple[str, ...], where: dict[str, tuple[str, int, int]],
             sheet: str) -> Optional[str]:
    """``=IF(<nothing filled>,"",SUM(…))``: blank when every term is blank, as the app computes it.

    A term not printed (a legacy row the report does not use) is left out when it is blank;
    None (write the value, no formula) when a term cannot be referenced.
    """
    refs: list[tuple[int, int]] = []
    for a in terms:
        place = where.get(a)
        if place is None and report.cells.get(a) is None:
            continue
        if place is None or place[0] != sheet:
            return None
        refs.append((place[1], place[2]))
    if not refs:
        return None
    ranges = _ranges(refs)
    joined = ",".join(ranges)
    filled = "+".join([f"COUNT({joined})"] + [f'COUNTIF({r},"/")' for r in ranges])
    return f'=IF({filled}=0,"",SUM({joined}))'


def export_xlsx(report: Report, findings: Iterable[Finding] = (), draft: bool = False,
                today: Optional[_dt.date] = None, annex: bool = False) -> bytes:
    """The report's tables as .xlsx bytes (the annex is prose: the workbook holds tables only)."""
    import xlsxwriter  # type: ignore[import-untyped]

    findings = list(findings)
    blocks = [b for b in C.document(report, findings) if b.grid is not None]
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    # No "created": xlsxwriter then dates the file at the moment of export (UTC), as the docx and PDF.
    wb.set_properties({"title": report.display_title(), "author": report.organ,
                       "subject": f"{report.year}年度政府信息公开工作年度报告", "company": report.organ,
                       "comments": C.DRAFT_NOTE if draft else "", "keywords": C.DRAFT_MARK if draft else ""})
    base = {"font_name": C.FONT_TABLE, "font_size": C.SIZE_TABLE, "border": 1, "valign": "vcenter",
            "text_wrap": True}
    fmt = {
        "center": wb.add_format({**base, "align": "center"}),
        "left": wb.add_format({**base, "align": "left"}),
        "input": wb.add_format({**base, "align": "center", "locked": False}),
        "money": wb.add_format({**base, "align": "center", "locked": False, "num_format": "0.######"}),
        "total": wb.add_format({**base, "align": "center", "bg_color": "#F2F2F2"}),
        "heading": wb.add_format({"font_name": C.FONT_H1, "font_size": 14, "align": "left", "valign": "vcenter"}),
        "draft": wb.add_format({"font_name": C.FONT_H1, "font_size": 11, "font_color": "#C00000"}),
        "plain": wb.add_format({"font_name": C.FONT_TABLE, "font_size": 10.5, "valign": "top"}),
    }
    top = 2 if draft else 1
    where: dict[str, tuple[str, int, int]] = {}
    for b in blocks:
        assert b.grid is not None
        for r, c in b.grid.cells():
            if c.address:
                where[c.address] = (b.grid.name, top + r, c.col)
    values = {c.address: c.value for b in blocks if b.grid for _, c in b.grid.cells() if c.address}
    for b in blocks:
        assert b.grid is not None
        _sheet(wb, report, b, fmt, where, top, draft, values)
    _data_sheet(wb, report, fmt)
    wb.close()
    return buf.getvalue()


def _sheet(wb: Any, report: Report, block: C.Block, fmt: dict[str, Any],
           where: dict[str, tuple[str, int, int]], top: int, draft: bool,
           values: dict[str, Value]) -> None:
    grid = block.grid
    assert grid is not None
    ws = wb.add_worksheet(grid.name)
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_margins(left=C.MARGIN_LEFT_MM * INCH_PER_MM, right=C.MARGIN_RIGHT_MM * INCH_PER_MM,
                   top=C.MARGIN_TOP_MM * INCH_PER_MM, bottom=C.MARGIN_BOTTOM_MM * INCH_PER_MM)
    ws.set_footer("&C— &P —")
    if draft:
        ws.set_header(f"&R&\"{C.FONT_H1}\"&11&K C00000{C.DRAFT_NOTE}".replace("&K C", "&KC"))
        ws.write(0, 0, C.DRAFT_NOTE, fmt["draft"])
    ws.write(top - 1, 0, block.heading or grid.name, fmt["heading"])
    ws.set_row(top - 1, 24)
    if grid.header_rows:
        ws.repeat_rows(top, top + grid.header_rows - 1)
    widths = C.column_widths(grid, WIDTH_UNITS)
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    left = C.left_columns(grid)
    derived = report.totals == DERIVED
    for r, cell in grid.cells():
        row = top + r
        kind, data, style, formula = _content(report, cell, left, grid.n_cols, fmt, where, grid.name, derived, values)
        last_row, last_col = row + cell.row_span - 1, cell.col + cell.col_span - 1
        if formula:
            if (last_row, last_col) != (row, cell.col):
                ws.merge_range(row, cell.col, last_row, last_col, "", style)
            ws.write_formula(row, cell.col, formula, style, "" if data is None else data)
            continue
        if (last_row, last_col) != (row, cell.col):
            ws.merge_range(row, cell.col, last_row, last_col, "" if data is None else data, style)
        elif data is None:
            ws.write_blank(row, cell.col, None, style)
        else:
            ws.write(row, cell.col, data, style)
        if kind == "input":
            ws.data_validation(row, cell.col, row, cell.col, _validation(cell.kind))
    for r, height in enumerate(_row_heights(grid, widths)):
        ws.set_row(top + r, height)
    ws.protect("", {"format_columns": True, "format_rows": True, "select_locked_cells": True,
                    "select_unlocked_cells": True})


def _content(report: Report, cell: CellView, left: set[int], n_cols: int, fmt: dict[str, Any],
             where: dict[str, tuple[str, int, int]], sheet: str, derived: bool,
             values: dict[str, Value]) -> tuple[str, Any, Any, Optional[str]]:
    """(kind, value to write, format, formula or None) of one rectangle."""
    if not cell.address:
        return "label", cell.text, fmt[C.alignment(cell, left, n_cols)], None
    value = _number(cell.value)
    if cell.role == "computed":
        terms = C.total_terms(report, cell.address)
        formula = _formula(report, terms, where, sheet) if terms else None
        # A printed total that disagrees with its sum stays the printed number: the workbook
        # shows what was published, and a formula would silently "correct" it.
        if formula and not derived and cell.value != _sum(values, terms or ()):
            formula = None
        return "computed", value, fmt["total"], formula
    if cell.role == "legacy" or not cell.editable:
        return "legacy", value, fmt["center"], None
    return "input", value, fmt["money" if cell.kind == "money" else "input"], None


def _sum(values: dict[str, Value], terms: tuple[str, ...]) -> Value:
    """What a formula over ``terms`` gives: blank when all are blank, else the sum ("/" is 0)."""
    got = [values.get(a) for a in terms]
    if all(v is None for v in got):
        return None
    total: Decimal = sum((Decimal(v) for v in got if v is not None and v is not NA), start=Decimal(0))
    return total


def _row_heights(grid: C.Grid, widths: list[float]) -> list[float]:
    """Row heights (points) fitting each row's wrapped one-row labels; Excel does not grow rows
    with merged or wrapped cells by itself. A CJK character is about 2 width units at 10.5 pt."""
    lines = [1] * grid.n_rows
    for r, c in grid.cells():
        if c.row_span != 1 or not c.text:
            continue
        room = max(1.0, (sum(widths[c.col:c.col + c.col_span]) - 1.0) / 2.0)
        lines[r] = max(lines[r], -(-int(C.text_width(c.text) * 100) // int(room * 100)))
    return [max(20.0, 14.0 * n + 5.0) for n in lines]


def _validation(kind: str) -> dict[str, Any]:
    if kind == "money":
        return {"validate": "decimal", "criteria": ">=", "value": 0,
                "error_title": "金额有误", "error_message": "请填写不小于 0 的金额（单位见表头）"}
    if kind == "change":
        return {"validate": "integer", "criteria": "between", "minimum": -10**9, "maximum": 10**9,
                "error_title": "数字有误", "error_message": "请填写整数，可以为负数"}
    return {"validate": "integer", "criteria": ">=", "value": 0,
            "error_title": "数字有误", "error_message": "请填写不小于 0 的整数"}


def _data_sheet(wb: Any, report: Report, fmt: dict[str, Any]) -> None:
    from core.project_json import dumps

    ws = wb.add_worksheet(DATA_SHEET)
    ws.set_paper(9)
    ws.write_row(0, 0, ["地址", "值", "名称"], fmt["plain"])
    row = 1
    for view in table_views(report):
        for cell in view.value_cells():
            ws.write_string(row, 0, cell.address, fmt["plain"])
            ws.write_string(row, 1, cell_text(cell.value), fmt["plain"])
            ws.write_string(row, 2, cell.label, fmt["plain"])
            row += 1
    text = dumps(report, personal=False)   # applicants' names and contacts never leave the project file
    ws.write_string(0, JSON_COLUMN, "项目文件（供本程序导入，请勿修改）", fmt["plain"])
    for i in range(0, len(text), JSON_CHUNK):
        ws.write_string(1 + i // JSON_CHUNK, JSON_COLUMN, text[i:i + JSON_CHUNK], fmt["plain"])
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 14)
    ws.set_column(2, 2, 60)
    ws.set_column(JSON_COLUMN, JSON_COLUMN, 40)
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})
    ws.hide()  # for programs; Excel and WPS can unhide it (格式 → 取消隐藏)
