"""A number merged down over several rows of a Word table (.docx or Word 97): whose is it?

A clerk tidies a column of equal numbers (表三's 0 of 行政复议、行政诉讼 and 信访 under （四）) by merging
them into one cell. Word keeps it as the top cell and continuations below that hold nothing, so the
rows below read blank, and the table was called sure with those cells read wrong. Which of the rows
the number is cannot be told, so each of them gets it as ``ACROSS_ROWS`` and the number, which the
table reader leaves unread with its reason (as a sheet's merged number: ``xlsx._cells``). A merge of
words (a group's label, 三、本年度办理结果) is one cell as before, and so is a number over rows that
print nothing of their own (a row drawn as two).
"""

from __future__ import annotations

from core.importers.layout import ACROSS_ROWS, ACROSS_ROWS_NOTE, Line
from core.importers.match import is_value_text
from core.importers.model import ImportLog
from core.report import Report

Cell = tuple[str, int, bool]
"""A cell's text, first grid column, and whether it continues the merged cell above it."""


def across_rows(rows: list[list[Cell]]) -> dict[tuple[int, int], str]:
    """(row, first column) → the text each row of such a merge is read as, its top row's included."""
    out: dict[tuple[int, int], str] = {}
    continued = [{c0 for _, c0, under in cells if under} for cells in rows]
    own = [any(text for text, _, under in cells if not under) for cells in rows]
    for r, cells in enumerate(rows):
        for text, c0, under in cells:
            if under or not is_value_text(text):
                continue
            end = r + 1
            while end < len(rows) and c0 in continued[end]:
                end += 1
            if any(own[r + 1:end]):
                for i in range(r, end):
                    out[(i, c0)] = ACROSS_ROWS + text
    return out


def merged_across(lines: list[Line]) -> bool:
    """Whether a number of ``lines`` was merged over rows and left unread so (``ACROSS_ROWS``)."""
    return any(t.text.startswith(ACROSS_ROWS) for line in lines for t in line.tokens)


def noting_merges(lines: list[Line], built: tuple[Report, ImportLog]) -> tuple[Report, ImportLog]:
    """``built``, the report read from ``lines``, with ``ACROSS_ROWS_NOTE`` where a number was merged
    over rows: the clerk is told why those cells are unread (a Word table's, as a sheet's)."""
    report, log = built
    if merged_across(lines):
        log.note(ACROSS_ROWS_NOTE)
        report.notes.append(ACROSS_ROWS_NOTE)
    return report, log
