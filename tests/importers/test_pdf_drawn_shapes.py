"""Drawn PDF tables as Word, WPS and printers draw them, read back without a false cell: five causes
a metamorphic hunt found (corpus entries' tables drawn in many ways and imported again), each on
a table drawn here from an entry's hand-read cells, with the close shapes that must stay read.

* equally narrow value columns centre a row of single 0s at one pitch, as tab stops would place
  them: a row whose rule is drawn a cell at a time is still a drawn row, and a line on the stops
  among rows standing off them is still a row of the table, not typed tabs (read so, the stops
  before its first 0 were empty cells, and a row printing seven 0s read blank);
* a label wrapped above its row's numbers (cells aligned to their foot) paired a number with the
  row below too: where the drawn cells closing a row say otherwise, the cell is not read;
* a label of a new sub-row (3.其他 under （六）其他处理) is not the old form's single row of that
  name: matched to it, the sub-rows were called not printed (blank) though they print numbers;
* two rows beside a merged group's label (（三）不予公开), printing in different columns (one's
  blanks where the other prints 0), are two rows, not one row whose numbers stand at two heights;
* a number standing in a column no header names leaves its row's other cells unsure: not read
  as printed blank (行政强制's 42 set at its cell's edge, under no header, read blank).
"""

from __future__ import annotations

import pytest
from corpus_import import entries
from drawn_pdf import FONT
from drawn_pdf import draw as _draw
from drawn_pdf import misread as _misread

from core.importers import import_bytes

_ENTRIES = {meta["id"]: meta for meta, _ in entries()}

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="the shipped font is not here")


def test_a_drawn_table_in_wide_columns_still_reads_every_cell() -> None:
    """The same table in its usual columns: read whole, as before."""
    pdf, printed = _draw(_ENTRIES["code-pingtan-2021"])
    wrong, report = _misread(pdf, printed)
    assert wrong == [] and not any(a.startswith("requests/") for a in report.missing)


def test_a_number_the_drawn_cells_place_elsewhere_is_not_read_twice() -> None:
    """Cells aligned to their foot, labels wrapped over two and three lines: 1.属于国家秘密's 14
    was read for 2.其他法律行政法规禁止公开 too, whose drawn cell is empty. Its rows are read between
    the rules drawn across them (each cell its own rectangle, a row's rule drawn a cell at a time):
    that cell blank, as printed (it was left unread where the two readings disagreed);
    1.属于国家秘密 keeps its 14."""
    pdf, printed = _draw(_ENTRIES["code-shanghai-szfbgt-2019"], label_share=0.4, valign="bottom")
    assert printed["requests/3.3.2/natural"] == "" and printed["requests/3.3.1/natural"] == "14"
    wrong, report = _misread(pdf, printed)
    assert wrong == []
    assert report.cells["requests/3.3.1/natural"] == 14
    assert "requests/3.3.2/natural" not in report.missing and report.cells["requests/3.3.2/natural"] is None


def test_cells_aligned_to_their_foot_in_wide_columns_are_all_read() -> None:
    """Cells aligned to their foot with labels on one line: the drawn cells and the numbers'
    places agree, and every cell is read."""
    pdf, printed = _draw(_ENTRIES["code-shanghai-szfbgt-2019"], valign="bottom")
    wrong, report = _misread(pdf, printed)
    assert wrong == [] and not any(a.startswith("requests/") for a in report.missing)


def _scattered(row: int, col: int) -> str:
    return ("left", "right", "center")[(row + 2 * col) % 3]


def test_a_number_under_no_header_leaves_its_row_unread() -> None:
    """No lines drawn, each number set left, right or centred in its cell as a typist left it:
    规章's 0, 行政规范性文件's 665 and 行政强制's 42 stand where no header's words are over them, and
    their cells read blank. Not read now, nor any cell read otherwise than printed."""
    pdf, printed = _draw(_ENTRIES["code-pingtan-2021"], rules=False, align=_scattered)
    assert (printed["art20_1/rules/issued"], printed["art20_1/normative/in_force"],
            printed["art20_6/enforcement/decisions"]) == ("0", "665", "42")
    wrong, report = _misread(pdf, printed)
    assert wrong == []
    assert {"art20_1/rules/issued", "art20_1/normative/in_force", "art20_6/enforcement/decisions"} <= set(report.missing)


def test_numbers_centred_without_lines_are_all_read() -> None:
    """The same table with no lines and its numbers centred: read whole, as before."""
    pdf, printed = _draw(_ENTRIES["code-pingtan-2021"], rules=False)
    wrong, report = _misread(pdf, printed)
    assert wrong == [] and not report.missing


def test_a_sub_rows_label_is_not_the_old_forms_single_row() -> None:
    """Letters spaced apart, labels wrapping: （六）其他处理's sub-rows 1. and 2. torn, its 3.其他
    was matched to the 2019 form's single row （六）其他处理, and 1. and 2. were called not printed
    (blank) though they print 0s. Not read now, and no cell read otherwise than printed."""
    pdf, printed = _draw(_ENTRIES["code-pingtan-2021"], spacing=1.5)
    assert printed["requests/3.6.1/natural"] == "0" and printed["requests/3.6.3/natural"] == "1"
    wrong, report = _misread(pdf, printed)
    assert wrong == []
    assert {"requests/3.6.1/natural", "requests/3.6.2/natural"} <= set(report.missing)


def test_the_old_forms_single_row_is_still_read() -> None:
    """A 2021 table keeping the 2019 form's single （六）其他处理 row, drawn: read into that row, its
    sub-rows not printed (blank), as before."""
    meta = _ENTRIES["code-pingtan-haitan-2023"]
    pdf, printed = _draw(meta)
    report, _ = import_bytes(pdf, "drawn.pdf")
    assert report.cells["requests/3.6/total"] == 0
    assert report.cells.get("requests/3.6.1/natural") is None and "requests/3.6.1/natural" not in report.missing


_COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")


def test_two_rows_beside_a_group_label_printing_in_other_columns_stay_two() -> None:
    """No lines drawn; under （三）不予公开 (its three lines beside 4. and 5.), 4.保护第三方合法权益
    prints 0 0 _ 0 0 0 _ and 5.属于三类内部事务信息 _ _ 0 _ _ _ 0: read as one row, 5. got both rows'
    0s and 4. read blank. Each reads as printed now."""
    blank = frozenset({f"requests/3.3.4/{c}" for c in ("research", "total")}
                      | {f"requests/3.3.5/{c}" for c in _COLS if c not in ("research", "total")})
    pdf, printed = _draw(_ENTRIES["codey-pingtan-czj-2020"], rules=False, blank=blank)
    assert [printed[f"requests/3.3.4/{c}"] for c in _COLS] == ["0", "0", "", "0", "0", "0", ""]
    wrong, report = _misread(pdf, printed)
    assert wrong == []
    assert report.cells["requests/3.3.4/natural"] == 0 and report.cells["requests/3.3.5/natural"] is None


def test_rows_beside_a_group_label_printing_every_cell_are_read() -> None:
    """The same table with every cell printed: read whole, as before (one row's numbers at two
    heights beside its one label, still one row: ``test_table_shapes`` and the corpus)."""
    pdf, printed = _draw(_ENTRIES["codey-pingtan-czj-2020"], rules=False)
    wrong, report = _misread(pdf, printed)
    assert wrong == [] and not any(a.startswith("requests/") for a in report.missing)


def test_a_drawn_row_of_zeros_at_one_pitch_is_no_tab_row() -> None:
    """表三 in equally narrow value columns, each cell drawn as a rectangle of its own (so a row's
    rule is drawn in as many pieces as it has cells): 1.申请人无正当理由逾期不补正… wraps over two
    lines, its seven single 0s centred on a line between them, at one pitch like tab stops. Read as
    tabs, they were empty cells and 0s past the table's columns, and the row read blank; its cells'
    lines prove it a drawn row, and each 0 is read."""
    pdf, printed = _draw(_ENTRIES["code-pingtan-2021"], value_width=22)
    wrong, report = _misread(pdf, printed)
    assert wrong == [] and not any(a.startswith("requests/") for a in report.missing)
    assert all(report.cells[f"requests/3.6.1/{c}"] == 0 for c in _COLS)


def test_a_row_of_zeros_between_rules_across_is_read_with_its_table() -> None:
    """The same narrow table with only a rule across under each row (no column lines: no cell
    proven): the line of 0s still stands on the stops the page's labels suggest, but the table's
    other rows print their numbers off them; read with its table by where its numbers stand, not
    as tabs after empty cells (read blank)."""
    pdf, printed = _draw(_ENTRIES["code-pingtan-2021"], across_only=True, value_width=22)
    wrong, report = _misread(pdf, printed)
    assert wrong == [] and not any(a.startswith("requests/") for a in report.missing)
    assert all(report.cells[f"requests/3.6.1/{c}"] == 0 for c in _COLS)


def test_a_rule_is_one_only_where_its_pieces_meet() -> None:
    """A row's rule drawn a cell at a time (pieces meeting or overlapping by the pen) is one rule
    across the row's words; pieces a gap apart (two boxes side by side), or at another height, are
    none, and the words between them are not taken for a drawn row."""
    from core.importers.drawn_cells import in_drawn_cells
    from core.importers.layout import Line, Token

    words = [Token("0", 100, 105, 10, 20), Token("0", 122, 127, 10, 20), Token("0", 144, 149, 10, 20)]
    columns = tuple((x, 0.0, 30.0) for x in (90.0, 111.0, 133.0, 155.0))

    def pieces(y: float, *spans: tuple[float, float]) -> tuple[tuple[float, float, float], ...]:
        return tuple((y, a, b) for a, b in spans)

    drawn = pieces(0.0, (90, 111.6), (111, 133.6), (133, 155)) + pieces(30.0, (90, 111), (111, 133), (133, 155))
    assert in_drawn_cells(Line(words, True, verticals=columns, rules=drawn))
    apart = pieces(0.0, (90, 111), (116, 133), (133, 155)) + pieces(30.0, (90, 111), (111, 133), (133, 155))
    assert not in_drawn_cells(Line(words, True, verticals=columns, rules=apart))
    stepped = pieces(0.0, (90, 111), (133, 155)) + pieces(1.0, (111, 133)) + pieces(30.0, (90, 155))
    assert not in_drawn_cells(Line(words, True, verticals=columns, rules=stepped))
