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
(``core/importers/aligned_pages.py``). Anything less proven (a misaligned row, a column with no name
over it, a page whose columns moved) is left as it is and stays unread. A text holding tabs, pipes
or drawn boxes already marks its cells and is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from core.display_width import display_width
from core.importers.aligned_forms import column_counts

Word = tuple[int, str]
"""A word and where it starts, in characters or in display cells."""
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_TOKEN = re.compile(r"\S+")
_MARKED = re.compile(r"[\t|│┃\u2551┌└├]")
_GAP_NUMBER = re.compile(r"\S {2,}-?\d")
PAGE_NUMBER = re.compile(r"^[-—–－_·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－_·\s]*$")
"""A page's number standing alone on its line: "-3-", "- 3 -", "3", "第 3 页", "第3页 共6页", "3/6"."""
MAX_HEADER = 12
"""Non-blank lines above a block's first row its header may take (表三's wraps over some eight)."""
CHARS, CELLS = 0, 1
START, END = 0, 1
"""How a table's numbers stand under their names: flush left (each starts where a name does) or right."""


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




@dataclass(frozen=True)
class Proof:
    """The columns a table's header proved, kept for the rows a next page goes on with: under each
    measure, the header's lines, where the numbers' columns begin and how the numbers stand under
    them (None: that measure proved nothing); and the rows read so far."""
    heads: tuple[tuple[int, ...], tuple[int, ...]]
    edges: tuple[int, int]
    modes: tuple[Optional[int], Optional[int]]
    rows: tuple[int, ...]


def aligned(lines: list[str], page_starts: frozenset[int] = frozenset()) -> list[str]:
    """``lines`` with each space-aligned table its header proves written as tab-separated rows
    (``page_starts``: the lines a form feed starts, where a table cut by a page ends)."""
    if not any(_GAP_NUMBER.search(line) for line in lines) or any(_MARKED.search(line) for line in lines):
        return lines
    from core.importers.aligned_pages import continued

    out = list(lines)
    words = ([_words(line, CHARS) for line in lines], [_words(line, CELLS) for line in lines])
    last: Optional[Proof] = None
    i = 0
    while i < len(lines):
        row = _row(words[CHARS][i])
        if row is None or not row[0] or not _GAP_NUMBER.search(lines[i]):
            i += 1
            continue
        end = _block(words[CHARS], i, page_starts)
        rows = [j for j in range(i, end) if words[CHARS][j] and _row(words[CHARS][j]) is not None]
        found = _proved(lines, words, rows, i, page_starts)
        if found is None and last is not None:
            found = continued(lines, words, last, rows, page_starts)
        if found is not None:
            _rewrite(out, words, found[1])
        last = found[0] if found else None
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


def numbers(words: list[list[Word]], j: int) -> list[Word]:
    return (_row(words[j]) or ([], []))[1]


def label(lines: list[str], words: list[list[Word]], j: int) -> str:
    """Row ``j``'s label: the words before its numbers, and the label lines wrapped under it."""
    out = [text for _, text in words[j][:len(words[j]) - len(numbers(words, j))]]
    k = j + 1
    while k < len(lines) and lines[k].strip() and not numbers(words, k) and not PAGE_NUMBER.match(lines[k].strip()):
        out += [text for _, text in words[k]]
        k += 1
    return "".join(out)


def edge(words: list[list[Word]], rows: list[int], mode: int, measure: int) -> int:
    """Where a header's names may start to name a number column: where the first number starts
    (flush left), or where the longest label ends (flush right: a name stands over its numbers'
    ends, left of where the shorter ones start)."""
    if mode == START:
        return min(at for j in rows for at, _ in numbers(words, j))
    return max((at + _span(text, measure) for j in rows for at, text in (_row(words[j]) or ([], []))[0]), default=0)


def _proved(lines: list[str], words: tuple[list[list[Word]], list[list[Word]]], rows: list[int], first: int,
            page_starts: frozenset[int]) -> Optional[tuple[Proof, dict[int, list[str]]]]:
    """The proof of a block's columns by the header over it, under every measure that proves them
    (flush left first, then flush right), and each row's cells; None when unproven, when the
    measures tell other columns, or when they are more than the form's table its rows are has."""
    if len(rows) < 2:
        return None
    heads: list[tuple[int, ...]] = [(), ()]
    edges = [0, 0]
    modes: list[Optional[int]] = [None, None]
    found = []
    for m in (CHARS, CELLS):
        for mode in (START, END):
            at = edge(words[m], rows, mode, m)
            head = _header(words[m], first, at, page_starts)
            if head is None:
                continue
            placed = placed_under(words[m], rows, head, at, m, mode)
            if placed is not None:
                heads[m], edges[m], modes[m] = tuple(head), at, mode
                found.append(placed)
                break
    if not found or any(p != found[0] for p in found):
        return None
    counts = column_counts([label(lines, words[CHARS], j) for j in rows])
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
    if any(a < at < a + _span(text, measure) for j in head for a, text in _names(words[j])):
        return None     # a header word straddling the numbers' left edge: where it stands is not told
    lines = [[(a, a + _span(text, measure)) for a, text in _names(words[j]) if a >= at] for j in head]
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
            end = a + _span(text, measure)
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


def _rewrite(out: list[str], words: tuple[list[list[Word]], list[list[Word]]], placed: dict[int, list[str]]) -> None:
    if all(all(cells) for cells in placed.values()):
        return      # every row prints every column: nothing to prove
    for j, cells in placed.items():
        start = numbers(words[CHARS], j)[0][0]
        out[j] = out[j][:start].rstrip() + "\t" + "\t".join(cells)
