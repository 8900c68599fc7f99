"""A browser's copy of paragraph cells (cells parted by "", a tab line, "") printed to PDF: the tab
lines are only space, so its cells come back from the blank lines alone, by the one (gap, step) that
fits every row of a table (``core.importers.printed_cells``) — and nowhere else."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import pytest

from core.importers import import_bytes, import_file
from core.importers.layout import Line, Token
from core.importers.printed_cells import tabbed

Cells = list[Optional[str]]


def _row(cells: Cells, nbsp: bool) -> list[str]:
    """One row as Chromium copies it: each cell a paragraph, an empty line between paragraphs, a tab
    line between cells; an empty cell "&nbsp;" (``nbsp``) or nothing."""
    items: list[str] = []
    for k, cell in enumerate(cells):
        if k:
            items.append("\t")
        if cell:
            items.append(cell)
        elif nbsp:
            items.append("\u00a0")
    out: list[str] = []
    for item in items:
        out += [item, ""]
    return out[:-1]


OPENING = ("2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，围绕全局中心工作，加强政府信息公开平台建设，"
           "及时准确公开各类政府信息，切实保障人民群众的知情权、参与权、表达权和监督权，全年政府信息公开工作有序开展。")
"""A paragraph the page wraps (a line of Chinese's height is measured on it, ``blank_lines``)."""


def _copy(tables: list[list[Cells]], nbsp: bool) -> str:
    lines = ["某某县某某局2023年政府信息公开工作年度报告", "", "一、总体情况", "", OPENING, "", "二、主动公开政府信息情况", ""]
    for rows in tables:
        for cells in rows:
            lines += _row(cells, nbsp) + ["", "", "", ""]
    return "\n".join(lines + ["三、收到和处理政府信息公开申请情况", ""])


ART20_1: list[Cells] = [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                        ["规章", None, "3", "5"], ["规范性文件", "8", None, "18"]]
ART20_5: list[Cells] = [["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", "7"]]
WANTED = {"art20_1/rules/issued": None, "art20_1/rules/repealed": 3, "art20_1/rules/in_force": 5,
          "art20_1/normative/issued": 8, "art20_1/normative/repealed": None, "art20_1/normative/in_force": 18}


@pytest.mark.parametrize("nbsp", [False, True], ids=["empty", "nbsp"])
def test_a_copy_of_paragraph_cells_printed_by_libreoffice_reads_as_its_text(tmp_path: Path, nbsp: bool) -> None:
    """Three blank lines part two cells, and an empty cell is two more (nothing) or four ("&nbsp;"):
    read one blank line an empty cell, 规章's 3 and 5 went under the wrong columns or none."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from scripts.libreoffice import convert, soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    copy = _copy([ART20_1, ART20_5], nbsp)
    text, _ = import_bytes(copy.encode("utf-8"), "copy.txt")
    assert {a: text.cells.get(a) for a in WANTED} == WANTED
    src = tmp_path / "copy.txt"
    src.write_text(copy, encoding="utf-8")
    printed, _ = import_file(convert(src, "pdf", tmp_path / "out", tmp_path / "lo"))
    assert {a: printed.cells.get(a) for a in WANTED} == WANTED and not set(WANTED) & set(printed.missing)
    assert all(a in printed.missing or printed.cells[a] == text.cells.get(a) and a not in text.missing
               for a in printed.cells if a.startswith("art20"))


TOP = 100.0


def _printed(rows: list[tuple[str, int]]) -> tuple[list[Line], dict[float, int]]:
    """Printed lines of ``(text, blank lines before it)`` on one page, and those counts by line."""
    lines, counts = [], {}
    for n, (text, blanks) in enumerate(rows):
        top = TOP + 20.0 * n
        lines.append(Line([Token(text, 90.0, 200.0, top, top + 9.3)], positional=True))
        if blanks:
            counts[top] = blanks
    return lines, counts


HEAD = [("某某县某某局2023年政府信息公开工作年度报告", 0), ("二、主动公开政府信息情况", 1),
        ("第二十条第（一）项", 0), ("信息内容", 4), ("本年制发件数", 3), ("本年废止件数", 3), ("现行有效件数", 3)]
TAIL = [("三、收到和处理政府信息公开申请情况", 1)]


def _tabs(lines: list[Line]) -> list[str]:
    return [line.extra["tabs"] for line in lines if "tabs" in line.extra]


def test_the_one_gap_and_step_that_fit_put_the_tab_lines_back() -> None:
    """3 blank lines between cells, 4 between rows, an empty cell 4 more: 规章, 7 lines, 3, 3 lines, 5."""
    lines, counts = _printed(HEAD + [("规章", 4), ("3", 7), ("5", 3), ("规范性文件", 4), ("8", 3), ("18", 7)] + TAIL)
    (read,) = tabbed(lines, counts, {}) or [[]]
    assert _tabs(read) == ["\t"] * 3 + ["\t\t", "\t", "\t", "\t\t"]      # (the header's, then the rows')


def test_a_table_two_gaps_and_steps_fit_is_left_as_it_was() -> None:
    """规范性文件's 5 stands 7 blank lines after its label and its row closes the table 8 before the
    next heading: two empty cells before it (step 2), or one before and one after (step 4) — both
    fit, so none is taken."""
    lines, counts = _printed(HEAD + [("规章", 4), ("1", 3), ("2", 3), ("3", 3), ("规范性文件", 4), ("5", 7)]
                             + [(TAIL[0][0], 8)])
    assert tabbed(lines, counts, {}) is None


def test_a_row_no_gap_and_step_fit_leaves_the_table_as_it_was() -> None:
    """A row of four numbers in a table of three columns: no count of blank lines reads it."""
    lines, counts = _printed(HEAD + [("规章", 4), ("1", 3), ("2", 3), ("3", 3), ("4", 3), ("规范性文件", 4), ("5", 3),
                                     ("6", 3), ("7", 3)] + TAIL)
    assert tabbed(lines, counts, {}) is None


def test_a_copy_of_one_blank_line_cells_is_left_as_it_was() -> None:
    """A copy of one cell per line (a blank line between cells, one more per empty cell) is no copy of
    paragraph cells: its blank lines are read as before (``blank_lines``)."""
    lines, counts = _printed([("某某县某某局2023年政府信息公开工作年度报告", 0), ("二、主动公开政府信息情况", 1),
                              ("第二十条第（一）项", 1), ("信息内容", 1), ("本年制发件数", 1), ("本年废止件数", 1),
                              ("现行有效件数", 1), ("规章", 1), ("3", 2), ("5", 1), ("规范性文件", 1), ("8", 1), ("18", 2)]
                             + TAIL)
    assert tabbed(lines, counts, {}) is None


def test_a_row_an_unsure_page_break_cuts_is_marked_to_stay_unread() -> None:
    """The blank lines before 规范性文件's 18 are a page foot's, 3 or 7: 8 and 18 side by side and an
    empty cell closing the row (8 blank lines after it, 4 more than a full row's), or an empty cell
    between them — both fit, so its row is given other cells in each of two readings
    (``blank_lines.agreed`` reads them in neither), 规章's read in both."""
    lines, counts = _printed(HEAD + [("规章", 4), ("3", 7), ("5", 3), ("规范性文件", 4), ("8", 3), ("18", 0)]
                             + [(TAIL[0][0], 8)])
    readings = tabbed(lines, counts, {lines[-2].tokens[0].top: [3, 7]}) or []
    assert len(readings) == 2
    rows = [[line.text for line in read if "规范性文件" in line.text] for read in readings]
    assert rows[0] != rows[1] and all(len(r) == 1 and "18" not in r[0] for r in rows)
    assert all(_tabs(read) == ["\t"] * 3 + ["\t\t", "\t"] for read in readings)


def test_a_row_one_count_of_an_unsure_page_break_fits_is_read_so() -> None:
    """The page foot before 18 held 3 or 11 blank lines: 11 would give 规范性文件 five cells, 3 its
    three (an empty one before 8), the one count that fits — as ``agreed`` keeps the reading that
    reads a row the others cannot."""
    lines, counts = _printed(HEAD + [("规章", 4), ("3", 7), ("5", 3), ("规范性文件", 4), ("8", 7), ("18", 0)] + TAIL)
    (read,) = tabbed(lines, counts, {lines[-2].tokens[0].top: [3, 11]}) or [[]]
    assert _tabs(read) == ["\t"] * 3 + ["\t\t", "\t", "\t\t", "\t"]
