"""A drawn PDF table's rows read from the lines drawn around its cells, where its numbers cannot say.

Why its own module: where a PDF table prints numbers, they say where its columns and rows are
(``pdf_rows``); an office leaving its zeros blank prints whole tables without one (表四 with no
appeals, an empty 表三, 表二's 行政处罚 and 行政强制 both blank), or a 表四 whose one number (1 复议
upheld) stands alone among fourteen blanks, and then only the drawn lines can. They are rebuilt
here into cells, as a Word or web table gives them, and a cell is read (blank, or its one number)
only when the lines close it on every side, nothing else is printed in it, its row's label names a
row of the form and the header cells drawn straight above it name its column. Anything less is
left not read, as before: a false value is worse than a cell not read.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from core.importers.layout import Line, Token
from core.importers.match import key
from core.importers.row_repair import Observed, naming_run
from core.importers.table_spec import BLANK, Result, Spec, pair_columns

TOL = 1.5
"""Points two drawn lines may stand apart and be one (a cell's border and its neighbour's)."""
MAX_UNITS = 10_000
"""Cells of the finest grid one page's lines make: a page of 表三 some 700, a page of a real report
at most a couple of thousand; a crafted one of this many takes PDFium's time-out's tenth to rebuild."""
MAX_STEPS = 50_000
"""Cells walked up looking for headers over a whole table; a real table takes a few hundred."""
NAMED = 0.8
"""How like one of the form's column names a column's header cells must be to name it."""

Segment = tuple[float, float, float]


@dataclass
class Cell:
    """A cell the drawn lines enclose: its place in its page's finest grid (bands ``i0``…``i1``
    down, columns ``k0``…``k1`` across), whether lines close it on every side, and its words."""

    page: int
    i0: int
    i1: int
    k0: int
    k1: int
    x0: float
    x1: float
    closed: bool
    words: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.words)


@dataclass
class _Page:
    cells: list[Cell]
    at: dict[tuple[int, int], Cell]
    """(band, column) → the cell holding it."""
    bands: int


def _positions(values: list[float]) -> list[float]:
    """Where lines are drawn, in order: positions within ``TOL`` of each other are one."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= TOL:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [(g[0] + g[-1]) / 2 for g in groups]


def _drawn(segments: Sequence[Segment], places: list[float]) -> list[list[tuple[float, float]]]:
    """For each drawn position, the stretches drawn there (pieces that touch joined)."""
    out: list[list[tuple[float, float]]] = [[] for _ in places]
    for at, a, b in segments:
        out[_nearest(places, at)].append((min(a, b), max(a, b)))
    for k, spans in enumerate(out):
        merged: list[tuple[float, float]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1] + TOL:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        out[k] = merged
    return out


def _nearest(places: list[float], at: float) -> int:
    k = bisect.bisect_left(places, at)
    return min((i for i in (k - 1, k) if 0 <= i < len(places)), key=lambda i: abs(places[i] - at))


def _covers(spans: list[tuple[float, float]], a: float, b: float) -> bool:
    return any(lo <= a + TOL and hi >= b - TOL for lo, hi in spans)


def _page_grid(lines: list[Line]) -> Optional[_Page]:
    """The cells one page's drawn lines enclose, with the region's words in them. None when the page
    draws no grid, or one too fine to be a report's."""
    drawn = _cells_drawn(lines[0].rules, lines[0].verticals)
    if drawn is None:
        return None
    ys, xs, shapes = drawn
    nb, nk = len(ys) - 1, len(xs) - 1
    page = _Page([], {}, nb)
    for (i0, i1, k0, k1, closed), units in shapes:
        cell = Cell(lines[0].page, i0, i1, k0, k1, xs[k0], xs[k1 + 1], closed)
        page.cells.append(cell)
        for u in units:
            page.at[(u // nk, u % nk)] = cell
    for line in lines:
        for t in line.tokens:
            i, k = bisect.bisect_right(ys, t.yc) - 1, bisect.bisect_right(xs, t.xc) - 1
            if 0 <= i < nb and 0 <= k < nk:
                page.at[(i, k)].words.append(t)
    return page


_Shape = tuple[tuple[int, int, int, int, bool], tuple[int, ...]]


def forget() -> None:
    """Empty the kept grids (``core.importers.kept``)."""
    _cells_drawn.cache_clear()


@lru_cache(maxsize=64)
def _cells_drawn(across: tuple[Segment, ...], down: tuple[Segment, ...]) -> Optional[
        tuple[list[float], list[float], list[_Shape]]]:
    """The page's finest grid (every line's position across and down) and its cells: neighbouring
    squares of it are one cell where no line is drawn between them (a merged cell), and a cell is
    closed when lines run along all its sides. Kept per page's lines: each table's region on the
    page asks again, and the rebuilding is most of reading a drawn table."""
    ys = _positions([y for y, _, _ in across])
    xs = _positions([x for x, _, _ in down])
    if len(ys) < 2 or len(xs) < 2 or (len(ys) - 1) * (len(xs) - 1) > MAX_UNITS:
        return None
    rows, cols = _drawn(across, ys), _drawn(down, xs)
    nb, nk = len(ys) - 1, len(xs) - 1
    parent = list(range(nb * nk))

    def find(u: int) -> int:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for i in range(nb):
        for k in range(nk):
            if k + 1 < nk and not _covers(cols[k + 1], ys[i], ys[i + 1]):
                parent[find(i * nk + k)] = find(i * nk + k + 1)
            if i + 1 < nb and not _covers(rows[i + 1], xs[k], xs[k + 1]):
                parent[find(i * nk + k)] = find((i + 1) * nk + k)
    groups: dict[int, list[int]] = {}
    for u in range(nb * nk):
        groups.setdefault(find(u), []).append(u)
    shapes: list[_Shape] = []
    for units in groups.values():
        i0, i1 = min(u // nk for u in units), max(u // nk for u in units)
        k0, k1 = min(u % nk for u in units), max(u % nk for u in units)
        closed = len(units) == (i1 - i0 + 1) * (k1 - k0 + 1) and all(
            _covers(cols[k0], ys[i], ys[i + 1]) and _covers(cols[k1 + 1], ys[i], ys[i + 1]) for i in range(i0, i1 + 1)
        ) and all(_covers(rows[i0], xs[k], xs[k + 1]) and _covers(rows[i1 + 1], xs[k], xs[k + 1])
                  for k in range(k0, k1 + 1))
        shapes.append(((i0, i1, k0, k1, closed), tuple(units)))
    return ys, xs, shapes


def drawn_rows(lines: list[Line], spec: Spec) -> list[Observed]:
    """The rows of a drawn table whose cells the drawn lines close, each empty or holding one number
    alone, under the column its header names; [] when none can be told so (no lines drawn, labels or
    headers not the form's), for the table to be read as before. A table printing no number is
    read from these alone; one printing some takes from them only what its numbers leave unread."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if line.positional and line.tokens:
            pages.setdefault(line.page, []).append(line)
    grids: dict[int, _Page] = {}
    for number, on_page in pages.items():
        grid = _page_grid(on_page)
        if grid is not None:
            grids[number] = grid
    if not grids:
        return []
    heads = _Headers(grids, spec.flat)
    cols = [labels for _, labels in spec.cols]
    row_labels = {key(lab) for _, variants in spec.rows for lab in variants}
    out: list[Observed] = []
    ends: list[float] = []
    starts: list[float] = []
    for number in sorted(grids):
        grid = grids[number]
        by_band: dict[tuple[int, int], list[Cell]] = {}
        for cell in grid.cells:
            by_band.setdefault((cell.i0, cell.i1), []).append(cell)
        for (i0, i1), row in sorted(by_band.items()):
            row.sort(key=lambda c: c.k0)
            split = len(row)
            while split and _datum(row[split - 1]) is not None:
                split -= 1
            data, label_cells = row[split:], row[:split]
            joined = row[max(split - 1, 0):]           # (the label cell and the empty ones after it, side by side)
            if not data or any(a.k1 + 1 != b.k0 for a, b in zip(joined, joined[1:], strict=False)):
                continue
            label = _label(grid, label_cells, i0, i1, row_labels)
            if (label is None) != spec.flat:
                continue
            names = [heads.name(c) for c in data]
            if any(n is None for n in names):
                continue
            pairs = pair_columns([n or "" for n in names], cols)
            if len(pairs) != len(data) or any(score < NAMED for _, _, score in pairs) or (
                    spec.flat and len(pairs) != len(cols)):
                continue
            ends.append(label_cells[-1].x1 if label_cells else -1e9)
            starts.append(data[0].x0)
            out.append(Observed(label or "", {j: _datum(data[i]) or BLANK for i, j, _ in pairs}, False))
    if heads.steps > MAX_STEPS or (spec.flat and len(out) != 1):
        return []          # (a crafted page; or a table in one row drawn with several rows of cells)
    # a row's label stands left of every column of numbers: a header cell does not (其他 over the
    # column it names, the empty foot of 总计's cell beside it where a page break cut the header
    # in two, read as row 3.其他 printed blank)
    first = min(starts, default=0.0)
    return [row for row, end in zip(out, ends, strict=True) if end <= first + TOL]


def _datum(cell: Cell) -> Optional[str]:
    """What a drawn data cell prints: "" when lines close it and nothing is in it, its number when
    it holds one number alone, None for anything else (words, a number with its unit, a cell left
    open, a number running past its lines into the next cell's), which ends the row's data cells."""
    if not cell.closed:
        return None
    if not cell.words:
        return BLANK
    word = cell.words[0]
    inside = cell.x0 - TOL <= word.x0 and word.x1 <= cell.x1 + TOL
    return word.text if len(cell.words) == 1 and word.is_value and inside else None


def _label(grid: _Page, cells: list[Cell], i0: int, i1: int, labels: set[str]) -> Optional[str]:
    """The row's label: its label cells, after the cells of merged groups left of them standing
    over several rows (三、本年度办理结果 | （一）予以公开), as far as they name one of the form's
    rows. None when the row has no label cell, or its words name no row."""
    if not cells or not cells[-1].words or any(t.is_value for c in cells for t in c.words):
        return None         # (no label; or a number left of the empty cells: a row printing some)
    groups: list[Cell] = []
    for k in range(cells[0].k0):
        c = grid.at[(i0, k)]
        if c.i0 <= i0 and c.i1 >= i1 and c.words and (not groups or groups[-1] is not c):
            groups.append(c)
    return naming_run([c.text for c in groups + cells if c.words], labels)


class _Headers:
    """What the header cells drawn straight above a cell call its column: the cells of the same
    width above it (for a table printed in one row, 表四, also the wider ones over it: 行政复议 over
    结果维持), read upward past the cells of the rows above (empty, or holding numbers), on to the
    page before where the table goes on from it, until the header's words end."""

    def __init__(self, grids: dict[int, _Page], parents: bool) -> None:
        self.grids = grids
        self.parents = parents
        self.steps = 0

    def name(self, cell: Cell) -> Optional[str]:
        words: list[str] = []
        page, grid, current = cell.page, self.grids[cell.page], cell
        while self.steps <= MAX_STEPS:
            self.steps += 1
            above: Optional[Cell] = None
            if current.i0 > 0:
                above = grid.at.get((current.i0 - 1, current.k0))
            elif page - 1 in self.grids:             # (the table broken across pages, its header too)
                page, grid = page - 1, self.grids[page - 1]
                self.steps += len(grid.cells)
                above = next((c for c in grid.cells if c.i1 == grid.bands - 1 and c.x0 <= cell.x0 + TOL
                              and c.x1 >= cell.x1 - TOL), None)
            if above is None or not above.closed:
                break
            same = abs(above.x0 - cell.x0) <= TOL and abs(above.x1 - cell.x1) <= TOL
            wider = above.x0 <= cell.x0 + TOL and above.x1 >= cell.x1 - TOL
            if not (same or (self.parents and wider and words)):
                break
            if not above.words or all(t.is_value for t in above.words):
                if words:
                    break                            # (the header's words ended: the rows of a table above)
            elif any(t.is_value for t in above.words):
                return None
            else:
                words.insert(0, above.text)
            current = above
        return "".join(words) or None


def fill_unfound(res: Result, spec: Spec, drawn: list[Observed]) -> None:
    """Rows the reading by where numbers stand did not find (a table printing some numbers, its
    empty rows told by nothing but their lines) that the drawn cells give: each read from them,
    when its label is one row's of the form and no other's. In a row it found, the cells of
    columns it could not name (a column printing no number, its header beside a table cut at the
    page's edge) are taken from them too, when every cell both read says the same. A cell the
    two readings disagree on is not read: the lines closing it, its row's label and its column's
    header all say what it prints, so a number the positions put there came from elsewhere (a
    label wrapped above its row's numbers pairs them with the row below), and the other cells
    that reading gave are kept only where the lines agree with them."""
    for row in drawn:
        rids = [rid for rid, labels in spec.rows if key(row.label) in {key(lab) for lab in labels}]
        if len(rids) != 1:
            continue
        cells = {(rids[0], spec.cols[j][0]): text for j, text in row.cells.items()}
        if rids[0] in res.found_rows:
            differ = [a for a, text in cells.items() if res.cells.get(a, text) != text]
            for a in differ:
                res.missing[a] = (f"原文{spec.name}“{row.label}”一行的“{_col_name(spec, a[1])}”格，表格线围出的单元格"
                                  f"为“{cells[a] or '空白'}”，按数字位置读作“{res.cells.pop(a) or '空白'}”，"
                                  "两种读法不一致，未读取")
            if not differ:
                res.cells.update({a: text for a, text in cells.items() if a not in res.cells and a not in res.missing})
            continue
        res.cells.update(cells)
        res.found_rows.add(rids[0])
        res.labels[rids[0]] = row.label


def _col_name(spec: Spec, cid: str) -> str:
    return next((labels[0] for c, labels in spec.cols if c == cid), cid)
