"""Numbers a drawn PDF table prints in a way its words alone misplace: digits spread across a
narrow cell by justified text (``spread_digits``), and a number printed over the line between two
cells (``drawn_cells.crossed``).

`template-fullwidth-justified__code-shanghai-szfbgt-2025.pdf`: the county's 2021 template filled
with the entry's cells times 1009 in full-width digits, printed by LibreOffice (the filled-template
hunt): 1270331 wraps "１ ２" over "７ ０" over "３ ３" over "１", each line but the last justified, its
digits 4.6 pt apart. `number-across-border__code-shanghai-szfbgt-2025.pdf`: the entry's tables drawn
with reportlab in a grid, each number set off its cell's centre by up to 8 pt (the drawn-PDF hunt's
xjitter_grid): 1259 runs over 自然人's right border into 商业企业's 36, one word "125936"."""

from __future__ import annotations

import json
from pathlib import Path

from core.importers import import_file
from core.importers.pdf_text import Word
from core.importers.spread_digits import joined_spread

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "fixtures" / "pdf_misplaced"
ENTRY = json.loads((ROOT / "tests" / "corpus" / "code-shanghai-szfbgt-2025.json").read_text(encoding="utf-8"))


def test_a_number_justified_over_a_narrow_cells_lines_reads_whole() -> None:
    report, _ = import_file(FIX / "template-fullwidth-justified__code-shanghai-szfbgt-2025.pdf", year=2025)
    want = {a: v * 1009 if isinstance(v, int) else v for a, v in ENTRY["cells"].items() if a.startswith("requests/")}
    assert report.cells["requests/1/natural"] == 1270331
    assert report.cells["requests/3.7/natural"] == 1149251
    wrong = {a: (report.cells.get(a), v) for a, v in want.items()
             if a not in report.missing and (report.cells.get(a) or 0) != (v or 0)}
    assert wrong == {}
    assert not any(a.startswith("requests/") for a in report.missing)


# a cell from x 100 to 134, digits 12 pt wide, a line drawn down each side
DOWNS = [(100.0, 0.0, 50.0), (134.0, 0.0, 50.0), (168.0, 0.0, 50.0)]


def _w(text: str, x0: float, width: float = 12.0) -> Word:
    return Word(text, x0, x0 + width, 10.0, 22.0)


def test_digits_justified_across_one_cell_are_one_word() -> None:
    words = [_w("１", 102.9), _w("２", 119.1), _w("３", 136.9), _w("６", 153.1)]
    assert [w.text for w in joined_spread(words, DOWNS)] == ["１２", "３６"]


def test_digits_standing_apart_otherwise_stay_words() -> None:
    # no line drawn round them: a table aligned by position, two columns' numbers
    assert len(joined_spread([_w("１", 102.9), _w("２", 119.1)], [])) == 2
    # off the cell's margin on one side: two numbers in one cell, not a justified line
    assert len(joined_spread([_w("１", 102.9), _w("２", 116.0)], DOWNS)) == 2
    # spread by more than one more digit would take: the writer had not wrapped there
    assert len(joined_spread([_w("1", 102.0, 6.0), _w("2", 126.0, 6.0)], DOWNS)) == 2
    # a line drawn between them: each its own cell's
    assert len(joined_spread([_w("１", 121.0), _w("２", 136.9)], DOWNS)) == 2


def test_a_number_over_a_cells_border_names_no_column() -> None:
    report, _ = import_file(FIX / "number-across-border__code-shanghai-szfbgt-2025.pdf")
    # the word across the border: neither cell it reaches is read
    assert "requests/1/natural" in report.missing and "requests/1/commercial" in report.missing
    assert "跨过两格" in report.missing["requests/1/natural"]
    # the column it would have joined to its neighbour is read in every other row, not left blank
    assert report.cells["requests/2/natural"] == 170
    assert report.cells["requests/3.4.1/natural"] == 484
    assert report.cells["requests/2/commercial"] == 15
