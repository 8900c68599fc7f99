"""A number's digits spread over a drawn cell's width by justified text, joined back into one word.

Why its own module: a word processor justifies each line of a wrapped paragraph but its last, and
a number wrapped in a narrow cell set justified (a template's full-width digits, 1270331 printed
"１ ２" over "７ ０" over "３ ３" over "１") has its digits pushed apart, further than letters of one
word stand (``pdf_text.X_TOLERANCE``). Taken as words of their own, each digit was a number: the
column's numbers fell into two columns of the table, and each cell's lines read as several numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.importers.drawn_cells import CELL_MARGIN, cell_between
from core.importers.pdf_text import Rule, Word

DIGITS = frozenset("0123456789０１２３４５６７８９")
EVEN = 0.5
"""How far (pt) the gaps justification leaves between letters of one line may differ."""
SIDES = 1.5
"""How far (pt) a justified line's margins on its two sides may differ: the cell's own, both."""


def joined_spread(words: list[Word], downs: Sequence[Rule]) -> list[Word]:
    """One printed line's words (left to right), each run of lone digits justified across a drawn
    cell made one word. A run is a justified line of one number when lines drawn down close it in
    one cell (none between its digits, no other word in the cell on that line), it stands at the
    cell's margin on both sides, its digits stand evenly apart, and all the room it was spread by
    is less than one digit more would take (else the writer had not wrapped the number there).
    Digits standing apart any other way (two numbers in a cell, a table aligned by spaces) stay
    words of their own."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = i + 1
        while _lone_digit(words[i]) and j < len(words) and _lone_digit(words[j]) \
                and not _parted(words[j - 1], words[j], downs):
            j += 1
        if j - i >= 2 and _justified(words, i, j, downs):
            run = words[i:j]
            out.append(Word("".join(w.text for w in run), run[0].x0, run[-1].x1,
                            min(w.top for w in run), max(w.bottom for w in run)))
        else:
            out += words[i:j]
        i = j
    return out


def _parted(a: Word, b: Word, downs: Sequence[Rule]) -> bool:
    """Whether a line drawn down stands between two words of a line: cells of their own."""
    y = (a.top + a.bottom) / 2
    return any(a.x1 - 0.5 <= x <= b.x0 + 0.5 and y0 <= y <= y1 for x, y0, y1 in downs)


def _lone_digit(w: Word) -> bool:
    return len(w.text) == 1 and w.text in DIGITS


def _justified(words: list[Word], i: int, j: int, downs: Sequence[Rule]) -> bool:
    run = words[i:j]
    y = (min(w.top for w in run) + max(w.bottom for w in run)) / 2
    through = [x for x, y0, y1 in downs if y0 <= y <= y1]
    cell = cell_between(run[0].x0, run[-1].x1, through)
    if cell is None:
        return False
    left, right = cell
    if any(left < x < right for x in through):
        return False                     # (a line drawn between its digits: cells of their own)
    if (i and words[i - 1].x1 > left + 0.5) or (j < len(words) and words[j].x0 < right - 0.5):
        return False                     # (other words in the cell on that line)
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False)]
    digit = min(w.x1 - w.x0 for w in run)
    if max(gaps) - min(gaps) > EVEN or sum(gaps) >= digit:
        return False
    sides = (run[0].x0 - left, right - run[-1].x1)
    return max(sides) <= CELL_MARGIN and abs(sides[0] - sides[1]) <= SIDES
