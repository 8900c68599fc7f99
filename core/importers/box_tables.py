"""Tables drawn with characters: a web page dumped to text by a console browser (``w3m -dump``
draws ┌─┬─┐ │ ├─┼─┤ └─┴─┘) or a document converted to Markdown by pandoc (grid tables
``+----+----+``, ``| a  | b  |``, ``+====+``), read as the rows a browser's copy gives.

Why: such a dump wraps a cell's words over as many lines as its column is narrow, and leaves a
cell merged down several rows (三、本年度办理结果) printed a few letters a line, beside other rows'
cells. Read line by line, a row's label is cut in pieces, each its own "row", and a merged cell's
pieces land in rows they do not belong to: the tables went unread. The rules drawn between the rows
say where each cell begins and ends, so each cell is its lines' words joined, put in the row it
starts in, as a browser's copy puts a merged cell in its first row only. Columns are counted in
display width (a Chinese character takes two), as both tools align them.

A block whose rules and walls do not line up (a picture drawn in text, a table cut by a page) is
left as it is, line by line, rather than guessed into cells.
"""

from __future__ import annotations

import re

from core.display_width import display_width
from core.importers.match import is_value_text

_WALLS = "│┃\u2551|"
_RULES = "─━\u2550-="
_CORNERS = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋\u2554\u2557\u255a\u255d\u2560\u2563\u2566\u2569\u256c\u255e\u2561\u256a\u255f\u2562\u256b\u2564\u2567\u2565\u2568\u2552\u2555\u2558\u255b\u2553\u2556\u2559\u255c+:"
_BOX = set(_WALLS + _RULES + _CORNERS)
_UNICODE_TOP = re.compile(r"^\s*[┌┏\u2554\u2552\u2553][─━\u2550┬┳\u2566\u2564\u2565]*[┐┓\u2557\u2555\u2556]\s*$")
_ASCII_TOP = re.compile(r"^\s*\+[-=:]+(?:\+[-=:]+)*\+\s*$")
MAX_BLOCK = 2000
"""Lines of one drawn table at most: a report's largest (表三) takes some 150 in a dump."""
MAX_COLUMNS = 200
"""Walls of one line of a drawn table at most (表四 has 15 columns)."""


def _columns(line: str) -> list[tuple[int, str]]:
    """Each character of ``line`` with the display column it starts at."""
    out, col = [], 0
    for ch in line:
        out.append((col, ch))
        col += display_width(ch)
    return out


def _framed(line: str, ascii_: bool) -> bool:
    """A line of a drawn table: it opens and closes on a wall or a corner (a rule, a row of
    cells, or both: a merged cell's words beside a rule under its neighbours)."""
    body = line.strip()
    ends = "|+" if ascii_ else _WALLS.replace("|", "") + _CORNERS.replace("+", "").replace(":", "")
    return len(body) > 1 and body[0] in ends and body[-1] in ends


def _joined(pieces: list[str]) -> str:
    """A cell's lines as one text: Chinese wraps anywhere, so the pieces join without a space,
    but two Latin words or numbers keep the space the wrap took."""
    out = ""
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and piece[0].isascii() and piece[0].isalnum():
            out += " "
        out += piece
    return out


def _edges(placed: list[tuple[int, str]], ascii_: bool) -> list[int]:
    """Where (indices into ``placed``) a wall or a corner stands. In a pandoc table a ``+`` is a
    corner only beside a rule (a cell may print "+(0)")."""
    if not ascii_:
        return [k for k, (_, ch) in enumerate(placed) if ch in _WALLS or ch in _CORNERS and ch not in "+:"]
    out = []
    for k, (_, ch) in enumerate(placed):
        beside = {placed[j][1] for j in (k - 1, k + 1) if 0 <= j < len(placed)}
        if ch == "|" or ch == "+" and beside & {"-", "="}:
            out.append(k)
    return out


def _cells(block: list[str], ascii_: bool) -> list[list[str]] | None:
    """The rows of one drawn table (each its cells' texts, left to right), or None when its walls
    and rules do not line up. A line may be rule under some columns and text under others (a
    merged cell's words go on beside the rule that closes its neighbours' cells)."""
    rules = "-=" if ascii_ else "─━\u2550"
    open_: dict[tuple[int, int], tuple[int, list[str]]] = {}
    done: list[tuple[int, int, int, str]] = []
    walls: set[int] = set()
    row_walls: dict[int, set[int]] = {}
    """The walls each row's lines of words stand between."""
    row = 0
    for line in block[1:]:
        placed = _columns(line.rstrip())
        edges = _edges(placed, ascii_)
        walls.update(placed[k][0] for k in edges)
        if len(edges) > MAX_COLUMNS or len(walls) > 2 * MAX_COLUMNS:
            return None                          # no report's table: not worth the time it would take
        ruled = False
        for k0, k1 in zip(edges, edges[1:], strict=False):
            x0, x1 = placed[k0][0], placed[k1][0]
            text = "".join(ch for _, ch in placed[k0 + 1:k1])
            if k1 == k0 + 1:
                continue                         # two corners side by side (┴┬: a wall moved by a column)
            if text and all(ch in rules for ch in text):
                ruled = True
                for key in [k for k in open_ if k[0] < x1 and x0 < k[1]]:
                    start, texts = open_.pop(key)
                    done.append((start, key[0], key[1], _joined(texts)))
                continue
            row_walls.setdefault(row, set()).update((x0, x1))
            key = (x0, x1)
            if key not in open_:
                if any(a < x1 and x0 < b for a, b in open_):
                    return None                  # a cell overlapping one still open: walls astray
                open_[key] = (row, [])
            open_[key][1].append(text)
        row += ruled
    if open_:
        return None                             # a table not closed by its bottom rule
    rows: dict[int, list[tuple[int, int, str]]] = {}
    for start, x0, x1, text in done:
        rows.setdefault(start, []).append((x0, x1, text))
    order = sorted(rows)
    for i, start in enumerate(order):
        around = set().union(*(row_walls.get(order[j], set()) for j in (i - 1, i + 1) if 0 <= j < len(order)))
        if _merged_value(rows[start], around):
            return None
    return [[text for _, _, text in sorted(cells)] for _, cells in sorted(rows.items())]


def _merged_value(cells: list[tuple[int, int, str]], walls: set[int]) -> bool:
    """A number drawn over several columns of the rows above or below it, beside other numbers (a
    merged value cell): it belongs to one of them, which the drawing does not say, and a row of
    tabs has no way to say it is merged. The table is then left as drawn (not read) rather than
    its numbers guessed into columns. A row's only number over all its columns (行政许可 under
    表二's three) is its own; so are a part's cells under its own header (表二's 第（八）项 under
    two columns where 第（五）项 had three); and a wall a column or two off one of its own (w3m
    moves a wall by one between two parts of 表二: ┴┬) is the same wall, not a column spanned."""
    values = [(x0, x1) for x0, x1, text in cells if is_value_text(text)]
    return len(values) > 1 and any(any(x0 + 2 < x < x1 - 2 for x in walls) for x0, x1 in values)


def unboxed(raws: list[str]) -> list[str]:
    """``raws`` with each drawn table replaced by its rows, cells separated by tabs (a line per row,
    as a browser's copy of the table gives); everything else as it is."""
    if not any(_UNICODE_TOP.match(r) or _ASCII_TOP.match(r) for r in raws):
        return raws
    out: list[str] = []
    i = 0
    while i < len(raws):
        ascii_ = bool(_ASCII_TOP.match(raws[i]))
        if not (ascii_ or _UNICODE_TOP.match(raws[i])):
            out.append(raws[i])
            i += 1
            continue
        end = i + 1
        while end < len(raws) and end - i < MAX_BLOCK and _framed(raws[end], ascii_):
            end += 1
        rows = _cells(raws[i:end], ascii_)
        if rows is None:
            out.extend(raws[i:end])
        else:
            out.extend("\t".join(cells) for cells in rows)
        i = end
    return out
