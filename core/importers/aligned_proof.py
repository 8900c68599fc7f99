"""The proof of a space-aligned table's columns by its header (``core/importers/aligned_columns.py``
rewrites the tables proven; ``core/importers/aligned_pages.py`` carries a proof over a page break):
how a line's words stand, under two measures (characters, as pdftotext counts; display cells, as a
text browser does), which lines are a header and which rows, and where each number falls.

Why a module of its own: the page-break reader and the rewriting both need the proof, and neither
may import the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from core.display_width import display_width
from core.importers.aligned_forms import column_counts, is_row_label, tables_of_every_row
from core.importers.page_marks import is_page_number, past_a_break

Word = tuple[int, str]
"""A word and where it starts, in characters or in display cells."""
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_TOKEN = re.compile(r"\S+")
MAX_HEADER = 12
"""Non-blank lines above a block's first row its header may take (表三's wraps over some eight)."""
CHARS, CELLS = 0, 1
START, END = 0, 1
"""How a table's numbers stand under their names: flush left (each starts where a name does) or right."""


def span(text: str, measure: int) -> int:
    return display_width(text) if measure == CELLS else len(text)


def words_at(line: str, measure: int) -> list[Word]:
    """The words of ``line`` with where each starts under ``measure``. Counting characters (a PDF's
    layout), two single characters one space apart ("社 会") are one letter-spaced name, as a layout
    spaces out a narrow column's; a text browser parts its cells by one space, so in display cells
    every space parts words ("商业 科研")."""
    words: list[Word] = []
    at, pos = 0, 0
    for m in _TOKEN.finditer(line):
        pos += span(line[at:m.start()], measure)
        at = m.start()
        text = m.group()
        if measure == CHARS and words and len(text) == 1 and len(words[-1][1]) == 1 and words[-1][0] + 2 == pos \
                and not _NUMBER.match(text) and not _NUMBER.match(words[-1][1]):
            words[-1] = (words[-1][0], words[-1][1] + " " + text)
        else:
            words.append((pos, text))
    return words


def names(words: list[Word]) -> list[Word]:
    """The words of a header's line but its rules (pandoc's "------ ----" over and under a table)."""
    return [w for w in words if w[1].strip("-=_~")]


def split_row(words: list[Word]) -> Optional[tuple[list[Word], list[Word]]]:
    """A table row's label words and its numbers (the words after the label, every one a number),
    or None when the line is not one."""
    k = len(words)
    while k > 0 and _NUMBER.match(words[k - 1][1]):
        k -= 1
    if k == len(words):
        return None
    return words[:k], words[k:]


@dataclass(frozen=True)
class Proof:
    """The columns a table's header proved, kept for the rows a next page goes on with: under each
    measure, the header's lines, where the numbers' columns begin and how the numbers stand under
    them (None: that measure proved nothing); and the rows read so far."""
    heads: tuple[tuple[int, ...], tuple[int, ...]]
    edges: tuple[int, int]
    modes: tuple[Optional[int], Optional[int]]
    rows: tuple[int, ...]


def header_lines(words: list[list[Word]], first: int, left: int, page_starts: frozenset[int],
                 across: bool = False) -> Optional[list[int]]:
    """The lines above row ``first`` naming its columns: lines with words from ``left`` on (where
    the numbers begin), a stub line between two of them skipped; up to a number row, a stub line or
    the page's top (the last page's footer, "-3-", names no column). None when the header may go on
    above the lines looked at: a column's name could be lost. ``across``: a page's break (a form
    feed, a page's number, the blank lines about them) is passed over once, the header looked for
    on the page before too (a header at a page's foot, its rows on the next).

    The break is ``page_marks``' (a page's number or a page's start), walked upward from the rows;
    unlike ``past_a_break`` a line of rules alone counts as blank about it (a header is told by its
    names, and pandoc's "------ ----" under the page's last header names nothing), and without
    ``across`` a page's number is not passed but ends the header like any line with a figure."""
    taken: list[int] = []
    seen = 0
    crossed = False
    j = first - 1
    while j >= 0:
        if j + 1 in page_starts or (across and _page_number(words[j])):
            if not across or crossed:
                break
            if seen > len(taken):
                return None     # a line not the header's between the break and the rows
            crossed = True
            while j >= 0 and (not names(words[j]) or _page_number(words[j])):
                j -= 1      # the page's number or footer line and the blank lines about it
            if j < 0 or not any(at >= left for at, _ in names(words[j])):
                return None     # the page before ends in no header: a note, prose, another table
            continue
        if names(words[j]):
            if seen == MAX_HEADER:
                return None
            seen += 1
            if split_row(words[j]) is not None or any(at >= left and any(c.isdigit() for c in text) for at, text in words[j]):
                break       # a number row, a page's number ("-3-"): no column's name holds a figure
            if any(at >= left for at, _ in names(words[j])):
                taken.append(j)
            else:
                k = j - 1
                while k >= 0 and not names(words[k]):
                    k -= 1
                if k < 0 or split_row(words[k]) is not None or not any(at >= left for at, _ in names(words[k])):
                    break
        j -= 1
    return taken if crossed or not across else None


def _page_number(words: list[Word]) -> bool:
    """A line's words a page's number (``page_marks.is_page_number`` of the line, its spaces aside)."""
    return bool(words) and is_page_number(" ".join(text for _, text in words))


def numbers(words: list[list[Word]], j: int) -> list[Word]:
    return (split_row(words[j]) or ([], []))[1]


def label(lines: list[str], words: list[list[Word]], j: int, page_starts: frozenset[int] = frozenset()) -> str:
    """Row ``j``'s label: the words before its numbers, and the label lines wrapped under it (cell
    by cell where the pieces so joined are a form's row label)."""
    whole = wrapped_label(lines, words, j, page_starts)
    if whole is not None:
        return whole[0].replace(" ", "")
    out = [text for _, text in words[j][:len(words[j]) - len(numbers(words, j))]]
    k = j + 1
    while k < len(lines) and lines[k].strip() and not numbers(words, k) and not is_page_number(lines[k]):
        out += [text for _, text in words[k]]
        k += 1
    return "".join(out)


def wrapped_label(lines: list[str], words: list[list[Word]], j: int, page_starts: frozenset[int]) -> Optional[tuple[str, int]]:
    """Row ``j``'s label whole, and the line after its wrapped pieces, when the label is cut short in
    a narrow cell ("一、本年" / "新收政府" / "信息公开" / "申请数量"; a group's cell beside it,
    "（三）不" / "予公开", each cell's pieces starting where the row's do) and the pieces joined, cell
    by cell, are one of the form's row labels; None otherwise (the row is handed on as printed: a
    label the reader cannot match leaves the row unread, never read as another)."""
    cells = [[text] for text in [t for _, t in words[j][:len(words[j]) - len(numbers(words, j))]]]
    starts = [at for at, _ in words[j][:len(cells)]]
    if not cells or is_row_label("".join(c[0] for c in cells)):
        return None
    k = j + 1
    while k < len(lines):
        k = past_a_break(lines, k, page_starts)     # the pieces may go on at the next page's top
        if k >= len(lines) or not lines[k].strip() or numbers(words, k):
            break
        for at, text in words[k]:
            if at not in starts:
                return None     # a piece standing in no cell of the row's label
            cells[starts.index(at)].append(text)
        k += 1
    joined = ["".join(c) for c in cells]
    return ("  ".join(joined), k) if k > j + 1 and is_row_label("".join(joined)) else None


def edge(words: list[list[Word]], rows: list[int], mode: int, measure: int) -> int:
    """Where a header's names may start to name a number column: where the first number starts
    (flush left), or where the longest label ends (flush right: a name stands over its numbers'
    ends, left of where the shorter ones start)."""
    if mode == START:
        return min(at for j in rows for at, _ in numbers(words, j))
    return max((at + span(text, measure) for j in rows for at, text in (split_row(words[j]) or ([], []))[0]), default=0)


def proved(lines: list[str], words: tuple[list[list[Word]], list[list[Word]]], rows: list[int], first: int,
           page_starts: frozenset[int]) -> Optional[tuple[Proof, dict[int, list[str]]]]:
    """The proof of a block's columns by the header over it, under every measure that proves them
    (flush left first, then flush right), and each row's cells; None when unproven, when the
    measures tell other columns, or when they are more than the form's table its rows are has. A
    header on the page before (only a page's break between it and the rows) proves them only when
    the rows' labels are, every one, the form's rows of a table that has its columns, in order: a
    page's top holding another table's rows, or rows laid out anew, is not that header's."""
    if len(rows) < 2:
        return None
    found = _proved(lines, words, rows, first, page_starts, False)
    if found is None:
        found = _proved(lines, words, rows, first, page_starts, True)
        labels = [label(lines, words[CHARS], j, page_starts) for j in rows]
        if found is not None and not any(n >= len(found[1][rows[0]]) for n in tables_of_every_row(labels)):
            return None
    return found


def _proved(lines: list[str], words: tuple[list[list[Word]], list[list[Word]]], rows: list[int], first: int,
            page_starts: frozenset[int], across: bool) -> Optional[tuple[Proof, dict[int, list[str]]]]:
    heads: list[tuple[int, ...]] = [(), ()]
    edges = [0, 0]
    modes: list[Optional[int]] = [None, None]
    found = []
    for m in (CHARS, CELLS):
        for mode in (START, END):
            at = edge(words[m], rows, mode, m)
            head = header_lines(words[m], first, at, page_starts, across)
            if head is None:
                continue
            placed = placed_under(words[m], rows, head, at, m, mode)
            if placed is not None:
                heads[m], edges[m], modes[m] = tuple(head), at, mode
                found.append(placed)
                break
    if not found or any(p != found[0] for p in found):
        return None
    counts = column_counts([label(lines, words[CHARS], j, page_starts) for j in rows])
    if counts and len(found[0][rows[0]]) > max(counts):
        return None     # more columns than the table has: some name's start is no column's (a table may print fewer)
    return Proof((heads[0], heads[1]), (edges[0], edges[1]), (modes[0], modes[1]), tuple(rows)), found[0]


def filled(placed: dict[int, list[str]]) -> frozenset[int]:
    """The columns some row prints a number in."""
    return frozenset(c for cells in placed.values() for c, text in enumerate(cells) if text)


def _columns(names: list[tuple[int, int]], lines: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The numbers' columns as extents: each name's, a name wrapped over lines (overlapping names)
    one column; a name over two or more of another line's (a group's, "法人或其他组织") none."""
    def over(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]
    kept = [n for n in names if not any(sum(over(n, o) for o in line) >= 2 for line in lines if n not in line)]
    cols: list[tuple[int, int]] = []
    for lo, hi in sorted(kept):
        if cols and lo < cols[-1][1]:
            cols[-1] = (cols[-1][0], max(hi, cols[-1][1]))
        else:
            cols.append((lo, hi))
    for line in lines:
        if len({k for a, b in line for k, col in enumerate(cols) if over((a, b), col)}) < len([n for n in line if n in kept]):
            return []       # two names of one line in one column: where the columns part is not told
    return cols


def placed_under(words: list[list[Word]], rows: list[int], head: list[int], at: int, measure: int,
                 mode: int) -> Optional[dict[int, list[str]]]:
    """Each row's cells when every number stands under one header name as ``mode`` says under
    ``measure`` (``at``: where the names of the numbers' columns may start): flush left, starting
    where a name does and ending before the next; flush right, ending under exactly one column's
    names and starting after the column before it ends."""
    if any(a < at < a + span(text, measure) for j in head for a, text in names(words[j])):
        return None     # a header word straddling the numbers' left edge: where it stands is not told
    lines = [[(a, a + span(text, measure)) for a, text in names(words[j]) if a >= at] for j in head]
    if mode == START:
        starts = sorted({a for line in lines for a, _ in line})
        cols = [(a, b) for a, b in zip(starts, [*starts[1:], 1 << 30], strict=False)]
    else:
        cols = _columns([n for line in lines for n in line], lines)
    if len(cols) < 2:
        return None
    placed = {}
    ends: list[set[int]] = [set() for _ in cols]
    widths: list[set[int]] = [set() for _ in cols]
    for j in rows:
        cells = [""] * len(cols)
        for a, text in numbers(words, j):
            end = a + span(text, measure)
            c = next((k for k, (lo, hi) in enumerate(cols) if (a == lo if mode == START else lo < end <= hi)), None)
            if c is None or cells[c] or (mode == START and end > cols[c][1]) or (mode == END and (a < at or c and a < cols[c - 1][1])):
                return None
            cells[c] = text
            ends[c].add(end)
            widths[c].add(len(text))
        placed[j] = cells
    if mode == END and (any(len(e) > 1 for e in ends) or all(len(w) < 2 for w in widths)):
        return None     # numbers not ending at one place down a column, or none of other widths doing so: not set flush right
    return placed
