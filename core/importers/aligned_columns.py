"""Tables laid out with spaces (``pdftotext -layout``, a PDF viewer's copy, ``w3m -dump`` of a
borderless HTML table) read by the columns their header proves.

Why: such a text prints a row's empty cells as spaces ("一、本年新收…  26   …   26"), so the row
shows two numbers of seven columns, and their order does not say which columns they are: the rows
were left unread. Where each number starts is printed, though: under the header's names, which
start where their columns do (pdftotext counts characters: 自然 and the first 26 at character 26;
w3m counts display cells, a Chinese character two: 自然人 and 26 at cell 107). A block is written
as tab-separated rows, its empty cells kept, only when every number of every row starts exactly
where one of the header's names does, under one of the two measures (both, when both prove it,
telling the same columns), and some row leaves a column empty. Numbers set flush right prove their
columns the other way: each one ends under exactly one column's names (a name wrapped over lines is
one column; a group's name over several is none), after the column before it ends, every number of
a column ending at one place and numbers of two widths doing so (one width proves no flush right).
A proof naming more columns than the form's table its rows are has proves nothing. A
table going on over a page with no header keeps the columns its first page proved
(``core/importers/aligned_pages.py``); a header at a page's foot proves rows all on the next page
across only the page's break, where every row's label is the form's next row
(``aligned_proof.proved``). A label cut short by a narrow cell ("一、本年" / "新收政府" / …) is
written whole only where its pieces, joined cell by cell, are the form's row label
(``aligned_proof.wrapped_label``): the reader could not match "一、本年". Anything less proven (a
misaligned row, a column with no name over it, a page whose columns moved) is left as it is and
stays unread. A text holding tabs, pipes
or drawn boxes already marks its cells and is never changed.
"""

from __future__ import annotations

import re
from typing import Optional

from core.importers.aligned_pages import continued
from core.importers.aligned_proof import CELLS, CHARS, Proof, Word, numbers, proved, split_row, words_at, wrapped_label

_MARKED = re.compile(r"[\t|│┃\u2551┌└├]")
_GAP_NUMBER = re.compile(r"\S {2,}-?\d")


def aligned(lines: list[str], page_starts: frozenset[int] = frozenset()) -> list[str]:
    """``lines`` with each space-aligned table its header proves written as tab-separated rows
    (``page_starts``: the lines a form feed starts, where a table cut by a page ends)."""
    if not any(_GAP_NUMBER.search(line) for line in lines) or any(_MARKED.search(line) for line in lines):
        return lines
    out = list(lines)
    words = ([words_at(line, CHARS) for line in lines], [words_at(line, CELLS) for line in lines])
    last: Optional[Proof] = None
    i = 0
    while i < len(lines):
        row = split_row(words[CHARS][i])
        if row is None or not row[0] or not _GAP_NUMBER.search(lines[i]):
            i += 1
            continue
        end = _block(words[CHARS], i, page_starts)
        rows = [j for j in range(i, end) if words[CHARS][j] and split_row(words[CHARS][j]) is not None]
        found = proved(lines, words, rows, i, page_starts)
        if found is None and last is not None:
            found = continued(lines, words, last, rows, page_starts)
        if found is not None:
            _rewrite(out, words, found[1], page_starts)
        last = found[0] if found else None
        i = max(end, i + 1)
    return out


def _block(words: list[list[Word]], first: int, page_starts: frozenset[int]) -> int:
    """The end of the rows from ``first`` on: number rows, blank lines and label lines (a row's label
    wrapped), up to a page's start or a line with words among the numbers' columns."""
    row = split_row(words[first])
    left = row[1][0][0] if row else 0
    j = first + 1
    while j < len(words) and j not in page_starts:
        if words[j]:
            row = split_row(words[j])
            if row is None:
                if any(at + len(text) >= left for at, text in words[j]):
                    break       # words among the numbers' columns: a header's line, the next table's
            elif not row[0] or any(at >= left for at, _ in row[0]):
                break       # numbers with no label, or words among the numbers: not this table's row
        j += 1
    return j


def _rewrite(out: list[str], words: tuple[list[list[Word]], list[list[Word]]], placed: dict[int, list[str]],
             page_starts: frozenset[int]) -> None:
    if all(all(cells) for cells in placed.values()):
        return      # every row prints every column: nothing to prove
    for j, cells in placed.items():
        start = numbers(words[CHARS], j)[0][0]
        whole = wrapped_label(out, words[CHARS], j, page_starts)
        if whole is not None:
            for k in range(j + 1, whole[1]):
                out[k] = ""
            out[j] = out[j][:len(out[j]) - len(out[j].lstrip())] + whole[0] + "\t" + "\t".join(cells)
        else:
            out[j] = out[j][:start].rstrip() + "\t" + "\t".join(cells)
