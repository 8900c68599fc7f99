"""Excel workbooks (.xlsx): this program's own export, and sheets laid out like the official tables.

Our export (``core.exporters.xlsx``) ends with a hidden 数据 sheet listing every cell's address
and value, and the project file itself: those are read directly, losslessly. Any other workbook
(counties circulate the official tables as sheets) is read cell by cell as grid rows — one
token per non-empty cell in its column — and goes through the same table reading as a Word file.
openpyxl reads in read-only mode after ``safety`` has checked the zip.
"""

from __future__ import annotations

import io
from typing import Any, Optional

from core.importers.build import build
from core.importers.layout import SHEET, Line, Token
from core.importers.match import read_value
from core.importers.model import ImportError_, ImportLog
from core.importers.safety import Budget, check_zip
from core.importers.xlsx_formulas import Grid, results
from core.ledger.model import Ledger
from core.project_json import ProjectFileError, parse_text, report_from_dict
from core.report import IMPORTED, PRINTED, Origin, Report
from core.values import Value, ValueError_

DATA_SHEET = "数据"
MAX_ROWS = 5000
MAX_COLS = 60
MAX_SHEETS = 200


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _own_export(wb: Any, name: str) -> tuple[Report, ImportLog] | None:
    if DATA_SHEET not in wb.sheetnames:
        return None
    ws = wb[DATA_SHEET]
    pairs: dict[str, str] = {}
    chunks: list[str] = []
    for row in ws.iter_rows(min_row=1, max_row=MAX_ROWS, max_col=5, values_only=True):
        raw = list(row) + [None] * (5 - len(row))
        if isinstance(raw[0], str) and raw[0].count("/") == 2:
            pairs[raw[0]] = _text(raw[1])
        if isinstance(raw[4], str) and not raw[4].startswith("项目文件"):
            chunks.append(raw[4])
    if not chunks:
        return None
    try:
        base = report_from_dict(parse_text("".join(chunks), f"“{name}”"), f"“{name}”")
    except ProjectFileError as e:
        raise ImportError_(f"“{name}”的数据表已损坏：{e}") from None
    log = ImportLog(source=name, kind="xlsx")
    cells: dict[str, Value] = {}
    origins: dict[str, Origin] = {}
    missing: dict[str, str] = {}
    replaced = {f"{t.id}/{x}/" for t in base.form.tables for r in t.rows if r.legacy
                and any(a.startswith(f"{t.id}/{r.id}/") for a in pairs) for x in r.replaces}
    for address in base.form.cells:
        if address not in pairs:
            if base.form.is_legacy(address) or any(address.startswith(p) for p in replaced):
                continue
            missing[address] = log.missing[address] = "数据表中没有该单元格"
            continue
        text = pairs[address]
        log.read[address] = text
        if text == "":
            cells[address] = None
            continue
        try:
            value, _ = read_value(text, base.form.kind_of(address))
        except ValueError_ as e:
            missing[address] = log.missing[address] = str(e)
            continue
        cells[address] = value
        origins[address] = Origin(IMPORTED, name)
    log.note("从本程序导出的 Excel 文件的“数据”表读取")
    report = Report(form=base.form, year=base.year, organ=base.organ, title=base.title, cells=cells,
                    texts=dict(base.texts), origins=origins, missing=missing, totals=PRINTED, notes=list(log.notes),
                    unread_sections=dict(base.unread_sections),
                    ledger=Ledger(list(base.ledger.requests)))   # the register as exported: without names
    return report, log


def read_lines(wb: Any, budget: Budget | None = None, formulas: Any = None) -> list[Line]:
    """Every sheet's rows (up to ``MAX_ROWS`` × ``MAX_COLS`` each); a row counts against the
    budget by its cells up to the last one filled, so empty rows cost only time, which is checked.

    ``formulas``: the same workbook read for its formulas. A formula without a saved result (a
    workbook written by a program, never opened in Excel or WPS) is worked out when it is a
    simple sum (``xlsx_formulas``); any other is its formula's text, so the table reader says
    the cell is no number instead of taking it for a blank."""
    budget = budget or Budget("Excel")
    if len(wb.worksheets) > MAX_SHEETS:
        budget.refuse(f"有 {len(wb.worksheets)} 个工作表，超过 {MAX_SHEETS} 个")
    lines: list[Line] = []
    top = 0
    for t, ws in enumerate(wb.worksheets):
        if ws.title == DATA_SHEET:
            continue
        rows = []
        for row in ws.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLS, values_only=True):
            budget.tick()
            rows.append(row)
        worked: set[int] = set()
        if formulas is not None and any(v is None for row in rows for v in row):
            rows, worked = _with_results(rows, formulas.worksheets[t], budget)
        for r, row in enumerate(rows):
            texts = [_text(v) for v in row]
            while texts and not texts[-1]:
                texts.pop()
            if texts:
                budget.line(len(texts))
                for text in texts:
                    budget.text(text)
                extra = {SHEET: "1", UNCOMPUTED_ROW: "1"} if r in worked else {SHEET: "1"}
                lines.append(Line([Token(x, c, c + 1, top, top + 1) for c, x in enumerate(texts)],
                                  positional=True, grid=True, table_id=t, extra=extra))
            top += 1
    return lines


UNCOMPUTED = "公式"
"""What a formula whose result is neither saved nor a simple sum is read as, before its text."""
UNCOMPUTED_ROW = "uncomputed"
"""``Line.extra`` key of a row holding formulas the file kept no result of."""
UNCOMPUTED_NOTE = ("表格中有公式没有保存计算结果（文件可能由其他程序生成）：简单的求和公式已按公式算出，"
                   "其余公式所在单元格未读取；可在 Excel 或 WPS 中打开该文件、保存后再导入")


def _with_results(rows: list[tuple[Any, ...]], written: Any,
                  budget: Budget) -> tuple[list[tuple[Any, ...]], set[int]]:
    """The sheet's rows with each formula left without a result replaced by the sum it works out
    to, or by ``UNCOMPUTED`` and its text; and which rows (from 0) held such formulas."""
    grid: Grid = {}
    blanks_with_formulas = False
    for r, (cached, source) in enumerate(zip(rows, written.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLS,
                                                                        values_only=True), strict=False), start=1):
        budget.tick()
        for c, held in enumerate(source, start=1):
            value = cached[c - 1] if c - 1 < len(cached) else None
            if isinstance(held, str) and held.startswith("=") and value is None:
                grid[(r, c)] = held
                blanks_with_formulas = True
            elif value is not None:
                grid[(r, c)] = value
    if not blanks_with_formulas:
        return rows, set()
    worked = results(grid)
    out, touched = [], set()
    for r, row in enumerate(rows, start=1):
        cells = list(row)
        for c in range(1, len(cells) + 1):
            held = grid.get((r, c))
            if cells[c - 1] is None and isinstance(held, str) and held.startswith("="):
                got = worked.get((r, c))
                cells[c - 1] = format(got, "f") if got is not None else UNCOMPUTED + held
                touched.add(r - 1)
        out.append(tuple(cells))
    return out, touched


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    check_zip(data, name, "xl/workbook.xml")
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise ImportError_(f"“{name}”已损坏或不是有效的 Excel（.xlsx）文件，无法读取") from None
    try:
        own = _own_export(wb, name)
        if own is not None:
            return own
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            lines = read_lines(wb, Budget(name), formulas)
        finally:
            formulas.close()
    except ImportError_:
        raise
    except Exception:
        raise ImportError_(f"“{name}”已损坏或不是有效的 Excel（.xlsx）文件，无法读取") from None
    finally:
        wb.close()
    report, log = build(lines, name, "xlsx", year)
    if any(line.extra.get(UNCOMPUTED_ROW) for line in lines):
        log.note(UNCOMPUTED_NOTE)
        report.notes.append(UNCOMPUTED_NOTE)
    return report, log
