"""Tables laid out with spaces (``pdftotext -layout``, a PDF viewer's copy, ``w3m -dump`` of a
borderless HTML table) read by the columns their header proves.

Why: such a text prints a row's empty cells as spaces ("一、本年新收…  26   …   26"), so the row
shows two numbers of seven columns, and their order does not say which columns they are: the rows
were left unread. Where each number starts is printed, though: under the header's names, which
start where their columns do (pdftotext counts characters: 自然 and the first 26 at character 26;
w3m counts display cells, a Chinese character two: 自然人 and 26 at cell 107). A block is written
as tab-separated rows, its empty cells kept, only when every number of every row starts exactly
where one of the header's names does, under one of the two measures (both, when both prove it,
telling the same columns), and some row leaves a column empty; anything less proven (a misaligned
row, a column with no name over it, a table going on over a page with no header) is left as it is
and stays unread. A text holding tabs, pipes or drawn boxes already marks its cells and is never
changed.
"""

from __future__ import annotations

import re
from typing import Optional

from core.display_width import display_width

Word = tuple[int, str]
"""A word and where it starts, in characters or in display cells."""
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_TOKEN = re.compile(r"\S+")
_MARKED = re.compile(r"[\t|│┃\u2551┌└├]")
_GAP_NUMBER = re.compile(r"\S {2,}-?\d")
MAX_HEADER = 12
"""Non-blank lines above a block's first row its header may take (表三's wraps over some eight)."""
CHARS, CELLS = 0, 1


def _span(text: str, measure: int) -> int:
    return display_width(text) if measure == CELLS else len(text)


def _words(line: str, measure: int) -> list[Word]:
    """The words of ``line`` with where each starts under ``measure``. Counting characters (a PDF's
    layout), two single characters one space apart ("社 会") are one letter-spaced name, as a layout
    spaces out a narrow column's; a text browser parts its cells by one space, so in display cells
    every space parts words ("商业 科研")."""
    words: list[Word] = []
    at, pos = 0, 0
    for m in _TOKEN.finditer(line):
        pos += _span(line[at:m.start()], measure)
        at = m.start()
        text = m.group()
        if measure == CHARS and words and len(text) == 1 and len(words[-1][1]) == 1 and words[-1][0] + 2 == pos \
                and not _NUMBER.match(text) and not _NUMBER.match(words[-1][1]):
            words[-1] = (words[-1][0], words[-1][1] + " " + text)
        else:
            words.append((pos, text))
    return words


def _names(words: list[Word]) -> list[Word]:
    """The words of a header's line but its rules (pandoc's "------ ----" over and under a table)."""
    return [w for w in words if w[1].strip("-=_~")]


def _row(words: list[Word]) -> Optional[tuple[list[Word], list[Word]]]:
    """A table row's label words and its numbers (the words after the label, every one a number),
    or None when the line is not one."""
    k = len(words)
    while k > 0 and _NUMBER.match(words[k - 1][1]):
        k -= 1
    if k == len(words):
        return None
    return words[:k], words[k:]


def aligned(lines: list[str], page_starts: frozenset[int] = frozenset()) -> list[str]:
    """``lines`` with each space-aligned table its header proves written as tab-separated rows
    (``page_starts``: the lines a form feed starts, where a table cut by a page ends)."""
    if not any(_GAP_NUMBER.search(line) for line in lines) or any(_MARKED.search(line) for line in lines):
        return lines
    out = list(lines)
    words = ([_words(line, CHARS) for line in lines], [_words(line, CELLS) for line in lines])
    i = 0
    while i < len(lines):
        row = _row(words[CHARS][i])
        if row is None or not row[0] or not _GAP_NUMBER.search(lines[i]):
            i += 1
            continue
        end = _block(words[CHARS], i, page_starts)
        _rewrite(out, words, i, end, page_starts)
        i = max(end, i + 1)
    return out


def _block(words: list[list[Word]], first: int, page_starts: frozenset[int]) -> int:
    """The end of the rows from ``first`` on: number rows, blank lines and label lines (a row's label
    wrapped), up to a page's start or a line with words among the numbers' columns."""
    row = _row(words[first])
    left = row[1][0][0] if row else 0
    j = first + 1
    while j < len(words) and j not in page_starts:
        if words[j]:
            row = _row(words[j])
            if row is None:
                if any(at + len(text) >= left for at, text in words[j]):
                    break       # words among the numbers' columns: a header's line, the next table's
            elif not row[0] or any(at >= left for at, _ in row[0]):
                break       # numbers with no label, or words among the numbers: not this table's row
        j += 1
    return j


def _header(words: list[list[Word]], first: int, left: int, page_starts: frozenset[int]) -> Optional[list[int]]:
    """The lines above row ``first`` naming its columns: lines with words from ``left`` on (where
    the numbers begin), a stub line between two of them skipped; up to a number row, a stub line or
    the page's top (the last page's footer, "-3-", names no column). None when the header may go on
    above the lines looked at: a column's name could be lost."""
    taken: list[int] = []
    seen = 0
    j = first - 1
    while j >= 0 and j + 1 not in page_starts:
        if _names(words[j]):
            if seen == MAX_HEADER:
                return None
            seen += 1
            if _row(words[j]) is not None or any(at >= left and any(c.isdigit() for c in text) for at, text in words[j]):
                break       # a number row, a page's number ("-3-"): no column's name holds a figure
            if any(at >= left for at, _ in _names(words[j])):
                taken.append(j)
            else:
                k = j - 1
                while k >= 0 and not _names(words[k]):
                    k -= 1
                if k < 0 or _row(words[k]) is not None or not any(at >= left for at, _ in _names(words[k])):
                    break
        j -= 1
    return taken


def _placed(words: list[list[Word]], rows: list[int], first: int, measure: int,
            page_starts: frozenset[int]) -> Optional[dict[int, list[str]]]:
    """Each row's cells when every number starts where one header name does under ``measure``,
    and ends before the next name's column."""
    nums = {j: (_row(words[j]) or ([], []))[1] for j in rows}
    left = min(at for row in nums.values() for at, _ in row)
    head = _header(words, first, left, page_starts)
    if head is None or any(at < left < at + _span(text, measure) for j in head for at, text in _names(words[j])):
        return None     # a header word straddling the numbers' left edge: where it stands is not told
    cols = sorted({at for j in head for at, _ in _names(words[j]) if at >= left})
    if len(cols) < 2:
        return None
    placed = {}
    for j, row in nums.items():
        cells = [""] * len(cols)
        for at, text in row:
            if at not in cols:
                return None
            c = cols.index(at)
            if c + 1 < len(cols) and at + _span(text, measure) > cols[c + 1]:
                return None
            cells[c] = text
        placed[j] = cells
    return placed


def _rewrite(out: list[str], words: tuple[list[list[Word]], list[list[Word]]], first: int, end: int,
             page_starts: frozenset[int]) -> None:
    rows = [j for j in range(first, end) if words[CHARS][j] and _row(words[CHARS][j]) is not None]
    if len(rows) < 2:
        return
    found = [p for m in (CHARS, CELLS) if (p := _placed(words[m], rows, first, m, page_starts)) is not None]
    if not found or any(p != found[0] for p in found):
        return      # unproven, or the two measures tell different columns
    placed = found[0]
    if all(all(cells) for cells in placed.values()):
        return      # every row prints every column: nothing to prove
    for j, cells in placed.items():
        start = (_row(words[CHARS][j]) or ([], [(0, "")]))[1][0][0]
        out[j] = out[j][:start].rstrip() + "\t" + "\t".join(cells)
