"""Excel workbooks (.xlsx): this program's own export, and sheets laid out like the official tables.

Our export (``core.exporters.xlsx``) ends with a hidden 数据 sheet listing every cell's address
and value, and the project file itself: those are read directly, losslessly. Any other workbook
(counties circulate the official tables as sheets) is read cell by cell as grid rows — one
token per non-empty cell in its column — and goes through the same table reading as a Word file.
A sheet Excel hides is not read (``shown_sheets``), and a table found on two sheets is named
(``xlsx_copies``): last year's tables kept beside this year's were read as the report.
openpyxl reads in read-only mode after ``safety`` has checked the zip.
"""

from __future__ import annotations

import io
from typing import Any, Optional

from core.importers.build import build
from core.importers.layout import ACROSS_ROWS, ACROSS_ROWS_NOTE, SHEET, UNCOMPUTED, Line, Token
from core.importers.match import is_value_text, read_value
from core.importers.merged_down import merged_across
from core.importers.model import ImportError_, ImportLog
from core.importers.safety import Budget, check_zip
from core.importers.xlsx_copies import repeated, sheet_words
from core.importers.xlsx_formulas import Grid, results
from core.importers.xlsx_sheet import Shape, shapes
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


def read_lines(wb: Any, budget: Budget | None = None, formulas: Any = None,
               sheet_shapes: list[Shape] | None = None, hidden: list[str] | None = None,
               words: list[tuple[str, set[str]]] | None = None) -> list[Line]:
    """Every sheet's rows (up to ``MAX_ROWS`` × ``MAX_COLS`` each); a row counts against the
    budget by its cells up to the last one filled, so empty rows cost only time, which is checked.

    ``formulas``: the same workbook read for its formulas. A formula without a saved result (a
    workbook written by a program, never opened in Excel or WPS) is worked out when it is a
    simple sum (``xlsx_formulas``); any other is its formula's text, so the table reader says
    the cell is no number instead of taking it for a blank.

    ``sheet_shapes``: each sheet's merges (``xlsx_sheet``). A merged cell is one token spanning
    its columns, as a Word or web table's is, and the cells it covers are none (a number merged
    over two value columns is then left unread by the table reader, not read into the first with
    the second blank). Columns a sheet leaves empty throughout (a margin at its left) are no
    columns of its tables.

    ``hidden``: given, the titles of the sheets left unread because Excel hides them
    (``shown_sheets``) are appended to it; ``words``, each sheet read's title and
    ``xlsx_copies.sheet_words``."""
    budget = budget or Budget("Excel")
    if len(wb.worksheets) > MAX_SHEETS:
        budget.refuse(f"有 {len(wb.worksheets)} 个工作表，超过 {MAX_SHEETS} 个")
    lines: list[Line] = []
    top = 0
    shown = shown_sheets(wb)
    for t, ws in enumerate(wb.worksheets):
        if ws.title == DATA_SHEET:
            continue
        if t not in shown:
            if hidden is not None:
                hidden.append(str(ws.title))
            continue
        rows = []
        for row in ws.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLS, values_only=True):
            budget.tick()
            rows.append(row)
        worked: set[int] = set()
        if formulas is not None and any(v is None for row in rows for v in row):
            rows, worked = _with_results(rows, formulas.worksheets[t], budget)
        shape = sheet_shapes[t] if sheet_shapes is not None and t < len(sheet_shapes) else Shape()
        grid = _cells(rows, shape, budget)
        if words is not None:
            words.append((str(ws.title), sheet_words([[x for x, _, _ in row] for row in grid])))
        for r, cells in enumerate(grid):
            while cells and not cells[-1][0]:
                cells.pop()
            if cells:
                budget.line(len(cells))
                for text, _, _ in cells:
                    budget.text(text)
                extra = {SHEET: "1", UNCOMPUTED_ROW: "1"} if r in worked else {SHEET: "1"}
                lines.append(Line([Token(x, c0, c1, top, top + 1) for x, c0, c1 in cells],
                                  positional=True, grid=True, table_id=t, extra=extra))
            top += 1
    return lines


def shown_sheets(wb: Any) -> set[int]:
    """The sheets a clerk sees: a hidden one is no part of the filled report (last year's copy of
    the tables kept out of sight, a template's lists and helper cells), and was read as this year's
    tables when it came first — every cell wrong in tables called sure. All of them when none is
    shown (no workbook saved by Excel or WPS is so, but a program may write one)."""
    shown = {t for t, ws in enumerate(wb.worksheets) if getattr(ws, "sheet_state", "visible") == "visible"}
    return shown or set(range(len(wb.worksheets)))


def hidden_note(titles: list[str]) -> str:
    return ("工作表" + "、".join(f"“{t}”" for t in titles) + "在 Excel 中是隐藏的，未读取；"
            "如其中是本报告的表格，请在 Excel 或 WPS 中取消隐藏后再导入")


def _cells(rows: list[tuple[Any, ...]], shape: Shape, budget: Budget) -> list[list[tuple[str, int, int]]]:
    """Each row's cells as (text, first grid column, past its last), from 0.

    A merge is its first cell spanning the merge's columns; the other cells it covers are none (a
    Word table's merged cell is one ``w:tc``, its vertical continuations none). A number merged
    down over rows that print anything of their own (行政许可 and 其他对外管理服务事项 under one 0)
    belongs to none of them that can be told: each of the rows gets it as ``ACROSS_ROWS`` and the
    number, which the table reader leaves unread — read on its first row, the others were blank.
    Columns empty in every row are left out of the grid, so the columns either side meet (a sheet's
    margin of empty columns at its left took the places of value columns no header named)."""
    covered = shape.covered()
    texts = [[_text(v) for v in row] for row in rows]
    width = max((len(row) for row in texts), default=0)
    used = {c for row in texts for c, x in enumerate(row, start=1) if x}
    kept = [c for c in range(1, width + 1) if c in used]
    place = {c: i for i, c in enumerate(kept)}
    own = [any(row) for row in texts]
    out: list[list[tuple[str, int, int]]] = []
    for r, row in enumerate(texts, start=1):
        budget.tick()
        # each merge crossing the row: its first kept column → (text, first, past last); the
        # other columns it covers → None (the merges' area is bounded: ``xlsx_sheet.clipped``)
        spans: dict[int, tuple[str, int, int] | None] = {}
        for r1, c1, r2, c2 in covered.get(r, []):
            inside = [place[x] for x in range(c1, c2 + 1) if x in place]
            for x in range(c1, c2 + 1):
                spans[x] = None
            if not inside:
                continue
            first = texts[r1 - 1][c1 - 1] if r1 <= len(texts) and c1 <= len(texts[r1 - 1]) else ""
            if is_value_text(first) and any(own[x - 1] for x in range(r1 + 1, min(r2, len(texts)) + 1)):
                spans[kept[inside[0]]] = (ACROSS_ROWS + first, inside[0], inside[-1] + 1)
            elif r == r1:
                spans[kept[inside[0]]] = (first, inside[0], inside[-1] + 1)
        cells = []
        for c in kept:
            if c not in spans:
                cells.append((row[c - 1] if c <= len(row) else "", place[c], place[c] + 1))
            elif (span := spans[c]) is not None:
                cells.append(span)
        out.append(cells)
    return out


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
    hidden: list[str] = []
    words: list[tuple[str, set[str]]] = []
    try:
        own = _own_export(wb, name)
        if own is not None:
            return own
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            budget = Budget(name)
            lines = read_lines(wb, budget, formulas, shapes(data, wb, MAX_ROWS, MAX_COLS, budget), hidden,
                               words)
        finally:
            formulas.close()
    except ImportError_:
        raise
    except Exception:
        raise ImportError_(f"“{name}”已损坏或不是有效的 Excel（.xlsx）文件，无法读取") from None
    finally:
        wb.close()
    report, log = build(lines, name, "xlsx", year)
    uncomputed = any(line.extra.get(UNCOMPUTED_ROW) for line in lines)
    across = merged_across(lines)
    for note in ([UNCOMPUTED_NOTE] * uncomputed + [ACROSS_ROWS_NOTE] * across + [hidden_note(hidden)] * bool(hidden)
                 + repeated(words)):
        log.note(note)
        report.notes.append(note)
    return report, log
