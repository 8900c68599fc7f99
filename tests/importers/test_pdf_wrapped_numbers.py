"""Numbers wrapped inside narrow PDF cells (1259 printed 125 over 9): read whole where the lines drawn
round them prove one cell, left unread with why where nothing drawn does, never read as their first
piece nor as two numbers.

- ``pdf_layouts/cells-drawn-apart-narrow__code-shanghai-szfbgt-2025.pdf`` (reportlab, as Word and
  WPS export a table: each cell its own rectangle): 表三's value columns 22 pt wide, its 3-4 digit
  numbers wrapped, the row's other cells centred between the pieces.
- ``pdf_narrow/three-line-narrow__code-shanghai-szfbgt-2025.pdf``: the same table drawn as a
  three-line table (rules above and below the header and below the table only), no cell closed.
- ``pdf_narrow/borderless-narrow__code-shuyang-county-2025.pdf``: no line drawn, value columns 20 pt.
- ``pdf_wrapped/county-template-scaled-1009__code-pingtan-2021.pdf`` (the county template filled and
  printed by LibreOffice): 表四's 1009 prints 100 over 9, a blank line between them, the row's 0s on
  that blank line.

The reportlab files draw what LibreOffice cannot be made to print: cells drawn one rectangle each,
no lines at all, or a three-line table around a table whose numbers wrap.
"""

from __future__ import annotations

from pathlib import Path

from corpus_import import _same, entries

from core.importers import import_file
from core.importers.drawn_wraps import wrapped_in_cell
from core.importers.layout import Token
from core.importers.positioned_wraps import wrapped_numbers
from importers.files import FIXTURES

LAYOUTS = FIXTURES / "pdf_layouts"
DRAWN = LAYOUTS / "cells-drawn-apart-narrow__code-shanghai-szfbgt-2025.pdf"
THREE_LINE = FIXTURES / "pdf_narrow" / "three-line-narrow__code-shanghai-szfbgt-2025.pdf"
BORDERLESS = FIXTURES / "pdf_narrow" / "borderless-narrow__code-shuyang-county-2025.pdf"
SCALED_1009 = FIXTURES / "pdf_wrapped" / "county-template-scaled-1009__code-pingtan-2021.pdf"
_ENTRIES = {meta["id"]: meta for meta, _ in entries()}


def _read(pdf: Path, cells: dict[str, object], year: int | None = None) -> tuple[list[tuple[str, object, object]], dict[str, str]]:
    report, _ = import_file(pdf, year=year)
    wrong = [(a, report.cells.get(a), want) for a, want in cells.items()
             if a.split("/")[0] in ("requests", "appeals") and a not in report.missing
             and not _same(report.cells.get(a), want)]
    return wrong, dict(report.missing)


def test_numbers_wrapped_in_cells_drawn_one_by_one_read_whole() -> None:
    """1259 printed 125 over 9 in a cell drawn as its own rectangle: the row's rule across is drawn a
    cell at a time, and is still the row's border; the pieces read 1259 (read 125, table doubtful)."""
    meta = _ENTRIES["code-shanghai-szfbgt-2025"]
    wrong, missing = _read(DRAWN, meta["cells"])
    assert wrong == [] and missing == {}
    assert meta["cells"]["requests/1/natural"] == 1259


def test_numbers_wrapped_in_a_three_line_table_are_not_read() -> None:
    """No line drawn between its rows nor down its columns: the pieces cannot be proved one cell's,
    so those cells are unread with why (125 was read for 1259); every other cell reads."""
    meta = _ENTRIES["code-shanghai-szfbgt-2025"]
    wrong, missing = _read(THREE_LINE, meta["cells"])
    assert wrong == []
    assert "requests/1/natural" in missing and "requests/1/total" in missing
    assert all(a.startswith("requests/") and "折行" in why for a, why in missing.items())
    assert len(missing) <= 12


def test_numbers_wrapped_with_no_lines_drawn_are_not_read() -> None:
    """A table with no lines at all: 705 printed 70 over 5 (the row's other cells, or its wrapped
    label, standing between the pieces) is left unread with why, not read 70."""
    meta = _ENTRIES["code-shuyang-county-2025"]
    wrong, missing = _read(BORDERLESS, meta["cells"])
    assert wrong == []
    assert missing["requests/1/natural"].startswith("原文表三“一、本年新收政府信息公开申请数量”一行“自然人”格")
    assert all("折行" in why for why in missing.values())


def test_a_number_wrapped_with_a_blank_line_between_reads_whole_in_its_drawn_cell() -> None:
    """The county template's 表四: 1009 prints 100 over 9, a line apart, in a third of the row's
    cells; the lines drawn round each cell prove them one number (the row was given up as rules
    missed between rows, and 100 read for 1009)."""
    meta = _ENTRIES["code-pingtan-2021"]
    cells = {a: v * 1009 if isinstance(v, int) else v for a, v in meta["cells"].items() if a.startswith("appeals/")}
    wrong, missing = _read(SCALED_1009, cells, year=meta["year"])
    assert wrong == [] and [a for a in missing if a.startswith("appeals/")] == []
    assert cells["appeals/review/upheld"] == 1009


def _t(text: str, x0: float, top: float, width: float = 12.0) -> Token:
    return Token(text, x0, x0 + width, top, top + 10.0)


BAND = (0.0, 40.0)
CELL = [(100.0, -1.0, 41.0), (116.0, -1.0, 41.0)]        # (lines drawn down either side, through the row)


def test_only_pieces_filling_a_cell_closed_by_its_lines_are_one_number() -> None:
    """Pieces on two lines read as one number only inside one drawn cell they fill: not with a line
    down one side only, a line across between them, or a piece leaving room for another digit."""
    pieces = [_t("125", 102.0, 8.0), _t("9", 104.0, 20.0, 4.0)]
    assert wrapped_in_cell(pieces, BAND, CELL, [])
    assert not wrapped_in_cell(pieces, BAND, CELL[:1], [])
    assert not wrapped_in_cell(pieces, BAND, [(100.0, -1.0, 41.0), (116.0, 15.0, 41.0)], [])   # (not through)
    assert not wrapped_in_cell(pieces, BAND, CELL, [(19.0, 100.0, 116.0)])
    wide = [(100.0, -1.0, 41.0), (140.0, -1.0, 41.0)]
    assert not wrapped_in_cell([_t("1", 118.0, 8.0, 4.0), _t("2", 118.0, 20.0, 4.0)], BAND, wide, [])
    assert not wrapped_in_cell(pieces[:1], BAND, CELL, [])


def test_pieces_stand_between_the_rows_words_or_alone_on_their_lines() -> None:
    """A column's numbers on consecutive lines are one wrapped number's pieces where a line holds
    nothing else, or the row's other cells stand between them; rows printed line under line (a
    label and numbers on every line) are no pieces."""
    columns = [(100.0, 116.0), (130.0, 140.0)]
    upper, lower = _t("12", 102.0, 0.0), _t("59", 102.0, 12.0)
    between = [_t("0", 131.0, 6.0, 6.0), Token("一、本年新收", 10.0, 80.0, 6.0, 16.0)]
    assert [w.token.text for w in wrapped_numbers([upper, lower, between[0]], [upper, lower, *between], columns)] == ["1259"]
    rows = [Token("第一行", 10.0, 40.0, 0.0, 10.0), Token("第二行", 10.0, 40.0, 12.0, 22.0),
            _t("3", 131.0, 0.0, 6.0), _t("4", 131.0, 12.0, 6.0)]
    numbers = [upper, lower, rows[2], rows[3]]
    assert wrapped_numbers(numbers, numbers + rows[:2], columns) == []
    far = _t("59", 102.0, 24.0)                              # (a row's pitch apart: no wrap)
    assert wrapped_numbers([upper, far, between[0]], [upper, far, *between], columns) == []
