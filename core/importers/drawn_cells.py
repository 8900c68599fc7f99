"""Whether a line of a PDF page stands in a drawn table's cells (``in_drawn_cells``), for the
readers that rebuild typed text from a page (``tab_stops``, ``printed_text``) to leave it alone;
and which numbers stand across a drawn cell's border (``crossed``), for the table readers to name
no column by them."""

from __future__ import annotations

import bisect
from functools import lru_cache

from core.importers.layout import Line, Token

Rules = tuple[tuple[float, float, float], ...]

JOIN = 2.0
"""Pieces of a line drawn across that touch, overlap or stand this near (pt) end to end are one
line: a table drawing each cell's border on its own (a rectangle a cell, or Word's segment a cell)
draws a row's rule in as many pieces as the row has cells, abutting or overlapping by the pen's width."""
LEVEL = 0.3
"""How far (pt) apart in height pieces of one rule may stand: cells of one row share their edge."""
CELL_MARGIN = 6.0
"""A cell's inner margin (pt) at most: Word's and WPS's 0.19 cm, LibreOffice's alike; a centred
number stands further from its cell's sides than that by the room it leaves."""
INSIDE = 0.5
"""How far (pt) inside a word's ends a line drawn down must stand to pass through it: a cell's
border touching its number's last letter does not."""


@lru_cache(maxsize=4)
def joined(rules: Rules) -> Rules:
    """The lines drawn across, pieces drawn end to end at one height joined into one (y, x0, x1);
    kept for the page's lines, which all carry the page's one tuple of rules."""
    pieces = sorted(rules)
    levels: list[list[tuple[float, float, float]]] = []
    for piece in pieces:
        if levels and piece[0] - levels[-1][0][0] <= LEVEL:
            levels[-1].append(piece)
        else:
            levels.append([piece])
    out: list[tuple[float, float, float]] = []
    for level in levels:
        y = level[0][0]
        runs: list[list[float]] = []
        for _, x0, x1 in sorted(level, key=lambda p: p[1]):
            if runs and x0 <= runs[-1][1] + JOIN:
                runs[-1][1] = max(runs[-1][1], x1)
            else:
                runs.append([x0, x1])
        out += [(y, x0, x1) for x0, x1 in runs]
    return tuple(out)


def in_drawn_cells(line: Line) -> bool:
    """Whether lines drawn down the page part the line's words, or close them in one narrow cell,
    between lines drawn across above and below them (column lines alone close no cell): a drawn
    table's row, not typed text. Read as text with tabs or blanks, a table whose narrow cells wrap
    their numbers (4658 over 3 in 表三's cell; "１０" over "０９") had each printed line of numbers
    taken for a row of its own, and lost its rows' labels and cells. A rule drawn a cell at a time
    is one rule: else a row whose label wraps above and below its numbers, in cells drawn each on
    its own, had no rule across all its numbers, and its 0s, centred at one pitch in equal narrow
    columns, were read as tabs after empty cells (seven 0s read blank)."""
    words = [t for t in line.tokens if t.text.strip()]
    if not words:
        return False
    top, bottom = min(t.top for t in words), max(t.bottom for t in words)
    heights = [y for y, _, _ in line.rules]       # (no line drawn above or below: nothing to join)
    if not any(y <= top for y in heights) or not any(y >= bottom for y in heights):
        return False
    spans = [y for y, x0, x1 in joined(line.rules) if x0 <= words[0].x0 and words[-1].x1 <= x1]
    if not any(y <= top for y in spans) or not any(y >= bottom for y in spans):
        return False
    across = sorted(x for x, y0, y1 in line.verticals if y0 <= top and bottom <= y1)
    if any(a.x1 - 0.5 <= x <= b.x0 + 0.5 for x in across for a, b in zip(words, words[1:], strict=False)):
        return True
    # (or closed in one narrow cell, a lone number; not a box drawn round the page)
    cell = cell_between(words[0].x0, words[-1].x1, across)
    return cell is not None and cell[1] - cell[0] < (across[-1] - across[0]) / 2


def cell_between(x0: float, x1: float, downs: list[float]) -> tuple[float, float] | None:
    """The drawn cell holding what stands from ``x0`` to ``x1``: the nearest of the lines drawn
    down (``downs``, their places, each passing the height asked about) on either side of it;
    None when no line stands on one side."""
    lefts = [x for x in downs if x <= x0 + 0.5]
    rights = [x for x in downs if x >= x1 - 0.5]
    return (max(lefts), min(rights)) if lefts and rights else None


def crossed(tokens: list[Token], lines: list[Line]) -> set[int]:
    """The numbers (ids) a line drawn down passes through: printed over the border of two cells (a
    number overflowing its cell, or two cells' numbers run into one word, "1259" and "36" read
    125936). Which cell such a word is, or which of its digits are whose, the page cannot say: it
    names no column and its cells are not read. Taken for a number of its own, its span joined
    two columns into one, and one of them was read blank in every row."""
    downs = sorted({v for verticals in {line.page: line.verticals for line in lines}.values() for v in verticals})
    places = [x for x, _, _ in downs]
    out = set()
    for t in tokens:
        k = bisect.bisect_right(places, t.x0 + INSIDE)
        while k < len(downs) and downs[k][0] < t.x1 - INSIDE:
            if downs[k][1] <= t.yc <= downs[k][2]:
                out.add(id(t))
                break
            k += 1
    return out


def overlapped(t: Token, clusters: list[tuple[float, float]]) -> list[int]:
    """The columns (indexes into ``clusters``) a word's width reaches into."""
    return [s for s, (x0, x1) in enumerate(clusters) if t.x0 < x1 and t.x1 > x0]
