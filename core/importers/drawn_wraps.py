"""Whether a number printed on several lines is one number wrapped inside one drawn cell
(``wrapped_in_cell``): the lines drawn round it prove the cell, so its pieces are one number.

Why its own module: a narrow column in a report printed from Word or WPS wraps a city's four-digit
number in its cell (1259 printed 125 over 9); read by where its words stand, the pieces were two
rows' numbers or the first piece alone (125). Only the drawing can tell the pieces are one cell's.
"""

from __future__ import annotations

from core.importers.drawn_cells import CELL_MARGIN, cell_between
from core.importers.layout import Token

Segment = tuple[float, float, float]

REACH = 2.0
"""How far (pt) a line drawn down may stop short of the rules closing a row and still close its cell."""


def pieces(hit: list[Token]) -> list[list[Token]]:
    """The printed lines of a cell's words, top to bottom."""
    out: list[list[Token]] = []
    for t in sorted(hit, key=lambda t: t.top):
        if out and t.top < max(u.bottom for u in out[-1]) - 0.5:
            out[-1].append(t)
        else:
            out.append([t])
    return out


def _full(piece: Token, left: float, right: float) -> bool:
    """Whether a line of a number fills its cell: one digit more would pass the room its cell's
    margins leave (the margin measured on the side the number stands nearest, at most a word
    processor's), so the writer broke the number there. A short number over another in a wide
    cell is no wrap but two numbers."""
    margin = max(0.0, min(piece.x0 - left, right - piece.x1, CELL_MARGIN))
    digit = (piece.x1 - piece.x0) / max(1, len(piece.text))
    return piece.x1 - piece.x0 + digit > right - left - 2 * margin


def wrapped_in_cell(hit: list[Token], band: tuple[float, float], downs: list[Segment],
                    acrosses: list[Segment]) -> bool:
    """Whether the numbers ``hit`` of one column between two rules drawn across (``band``), one
    number a line, are one number wrapped inside one drawn cell: a line drawn down each side of
    them through the whole row, none drawn across between them, and each line but the last filling
    the cell. A row whose rules across are missed (a three-line table) or whose cells no line
    closes proves no cell: there the pieces may be rows of their own (the caller also refuses a
    row whose label lines name several of the form's rows)."""
    lines = pieces(hit)
    if len(lines) < 2 or any(len(line) != 1 for line in lines):
        return False
    x0, x1 = min(t.x0 for t in hit), max(t.x1 for t in hit)
    top, bottom = band
    through = [x for x, y0, y1 in downs if y0 <= top + REACH and y1 >= bottom - REACH]
    cell = cell_between(x0, x1, through)
    if cell is None:
        return False
    left, right = cell
    if not all(_full(line[0], left, right) for line in lines[:-1]):
        return False
    inner = (max(t.bottom for t in lines[0]), min(t.top for t in lines[-1]))
    return not any(inner[0] - 0.5 <= y <= inner[1] + 0.5 and a < right and b > left for y, a, b in acrosses)
