"""A PDF table's rows when its words stand at different heights in one row: by the lines drawn
between rows (``ruled_rows``), else by how its lines of numbers and labels meet (a total set to
the top of its cell, a number above its label, a label wrapped over lines, a row printing no number).

Why its own module: a Word or web table gives its rows; a PDF gives only where each word stands,
and these are the ways real offices' PDFs put one row's words at several heights.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Optional

from core.importers.drawn_cells import crossed, joined, overlapped
from core.importers.drawn_wraps import wrapped_in_cell
from core.importers.layout import Line, Token
from core.importers.match import best_label
from core.importers.row_repair import Observed, closed, heads
from core.importers.table_spec import Result, Spec

MATCH_SURE = 0.97
"""A label this like one of the form's is that row's own, never half of a wrapped one."""
STRAY = 0.6
"""A label less like any of the form's than this is a merged group's stray words ("三、本")."""
NAMES_A_ROW = 0.8
"""A label this like one of the form's names that row, whatever words a wrap left beside it."""
MAX_LOOSE_LINES = 400
"""Lines of label words beside no numbers looked at for rows printed empty; 表三 has 26 rows."""
MAX_PAIRS = 200_000
"""Lines of numbers × labels looked at for rows printed on two lines; a real table has a few thousand."""


def drawn_headers(lines: list[Line], clusters: list[tuple[float, float]], header: list[Token],
                  values: list[Token]) -> Optional[list[str]]:
    """The header words over each column of numbers, between the lines drawn down either side of it
    (a report leaving its zeros blank has whole columns without a number, and a lone number in a
    wide cell stands nearer another column's header than its own). None unless every column of
    numbers stands between two such lines, a column of its own, and has words above it there."""
    if not values:
        return None
    y = min(t.yc for t in values)
    edges = _distinct({x for line in lines for x, y0, y1 in line.verticals if y0 - 1 <= y <= y1 + 1})
    cells = []
    for a, b in clusters:
        k = bisect.bisect_right(edges, (a + b) / 2)
        if not 0 < k < len(edges) or any(not (edges[k - 1] <= x <= edges[k]) for x in (a, b)):
            return None
        cells.append((edges[k - 1], edges[k]))
    if len(set(cells)) != len(cells):
        return None
    texts = ["".join(t.text for t in sorted(header, key=lambda t: (round(t.top), t.x0))
                     if left - 1 <= t.x0 and t.x1 <= right + 1) for left, right in cells]
    return texts if all(texts) else None


def _distinct(positions: set[float]) -> list[float]:
    """Where lines are drawn, in order, a line drawn twice (a cell's border and its neighbour's) once."""
    out: list[float] = []
    for p in sorted(positions):
        if not out or p - out[-1] > 1.0:
            out.append(p)
    return out


def ruled_rows(lines: list[Line], words: list[Token], clusters: list[tuple[float, float]], col_of: dict[int, int],
               left: float, spec: Spec) -> Optional[list[Observed]]:
    """A drawn table's rows, between the lines drawn across its columns of numbers: every word
    between two of them is that row's, wherever in its cell it stands (a total set to the top, a
    number above its label, a label wrapped over three lines), and a row whose cells hold no number
    prints them empty. None when the numbers are not all between such lines (no borders drawn, or
    not on every page), for the reading by position to decide."""
    numbers = [t for t in words if t.is_value and t.xc >= left - 0.5]
    if not numbers:
        return None
    # (across the numbers printed: a one-row table's columns told by its header words reach a
    # letter's height past its outer cells, beyond the lines drawn round them)
    span = (max(clusters[0][0], min(t.x0 for t in numbers)), min(clusters[-1][1], max(t.x1 for t in numbers)))
    page_at = {y: line.page for line in lines for y, x0, x1 in joined(line.rules) if x0 <= span[0] + 2 and x1 >= span[1] - 2}
    edges = _distinct(set(page_at))
    if len(edges) < 2:
        return None

    def row_of(t: Token) -> int:
        k = bisect.bisect_right(edges, t.yc)
        return k - 1 if 0 < k < len(edges) else -1

    if any(row_of(t) < 0 for t in numbers):
        return None
    first = min(row_of(t) for t in numbers)
    by_row: dict[int, list[Token]] = {}
    for t in words:
        k = row_of(t)
        if k >= 0 and (t.is_value or t.x1 <= left + 2.0):
            by_row.setdefault(k, []).append(t)
    headed = {row_of(t) for t in words if not t.is_value and t.xc >= left - 0.5}
    downs = [v for verticals in {line.page: line.verticals for line in lines}.values() for v in verticals]
    drawn_downs = [v for verticals in {line.page: joined(line.verticals) for line in lines}.values() for v in verticals]
    acrosses = [r for rules in {line.page: joined(line.rules) for line in lines}.values() for r in rules]
    crossing = crossed(numbers, lines)
    rows = []
    placed: list[tuple[int, Observed, str]] = []
    wrapped = filled = 0
    for k in sorted(by_row):
        here = by_row[k]
        label = "".join(t.text for t in sorted((t for t in here if not t.is_value or t.xc < left - 0.5),
                                               key=lambda t: (round(t.top), t.x0)))
        cells: dict[int, str] = {}
        unread: list[tuple[int, str]] = []
        one_row = not _names_several(here, left, spec)
        for j, (x0, x1) in enumerate(clusters):
            hit = [t for t in here if t.is_value and x0 - 0.5 <= t.xc <= x1 + 0.5 and id(t) not in crossing]
            filled += bool(hit)
            wrapped += bool(hit) and max(t.top for t in hit) >= min(t.bottom for t in hit) \
                and not (one_row and wrapped_in_cell(hit, (edges[k], edges[k + 1]), drawn_downs, acrosses))
            astride = [t.text for t in here if id(t) in crossing and j in overlapped(t, clusters)]
            if j in col_of and astride:
                unread.append((col_of[j], across_border(spec, label, col_of[j], astride[0])))
            elif j in col_of:        # (a number wrapped in a narrow cell: its lines in order)
                cells[col_of[j]] = "".join(t.text for t in sorted(hit, key=lambda t: (round(t.top), t.x0)))
        if any(j not in col_of and t.is_value and x0 - 0.5 <= t.xc <= x1 + 0.5
               for j, (x0, x1) in enumerate(clusters) for t in here):
            # (a number in a column no header names may be any cell that looks empty: none is blank)
            cells = {j: v for j, v in cells.items() if v}
        has = any(cells.values()) or bool(unread)
        if has or (label and (k >= first or names(label, spec) >= MATCH_SURE)):
            rows.append(Observed(label, cells, has, unread=tuple(unread)))   # (a row printing its cells empty: each blank)
            own = _own_cell(downs, (edges[k] + edges[k + 1]) / 2, left)
            placed.append((k, rows[-1], "".join(t.text for t in sorted(here, key=lambda t: (round(t.top), t.x0))
                                               if not t.is_value and t.x0 >= own - 0.5)))
    if wrapped * 4 > filled:
        return None       # numbers on two lines in many cells: the lines drawn are no row borders
    return _rejoin_page_breaks(placed, [page_at.get(e, -1) for e in edges], headed, spec)


def across_border(spec: Spec, label: str, j: int, text: str) -> str:
    """Why a cell a number printed across a drawn border reaches into is not read."""
    return (f"原文{spec.name}“{label}”一行的数字“{text}”印在表格竖线上，跨过两格，看不出属于哪一格"
            f"（一个数超出格子，或两格的数连在一起），“{spec.cols[j][1][0]}”格未读取")


def _names_several(here: list[Token], left: float, spec: Spec) -> bool:
    """Whether the label words between two rules drawn across print several of the form's rows,
    each on a line of its own: rules between rows were not drawn (or not found), and a column's
    numbers on several lines there are those rows' numbers, not one number wrapped in its cell."""
    lines: dict[int, list[Token]] = {}
    for t in here:
        if not t.is_value and t.x1 <= left + 2.0:
            lines.setdefault(round(t.top), []).append(t)
    return sum(names("".join(t.text for t in sorted(words, key=lambda t: t.x0)), spec) >= MATCH_SURE
               for words in lines.values()) > 1


def _own_cell(downs: list[tuple[float, float, float]], y: float, left: float) -> float:
    """Where the label cell next to a row's numbers begins: the line drawn down through the row
    before the one closing that cell on the numbers' side (a merged group's cell, 三、本年度办理结果,
    stands left of it)."""
    xs = _distinct({x for x, y0, y1 in downs if y0 - 1 <= y <= y1 + 1 and x < left - 1})
    return xs[-2] if len(xs) >= 2 else -1e9


def _rejoin_page_breaks(placed: list[tuple[int, Observed, str]], page_of: list[int], headed: set[int],
                        spec: Spec) -> list[Observed]:
    """A row Word or WPS broke over a page (a long label in a narrow column: "1.本机关不掌" at the
    foot of one page, "握相关政府信息" atop the next), as the one row it is. Each part is drawn as a
    row of its own, the numbers printed in one part and the other's cells empty; read apart, the
    part without numbers took a row's place as a row printed blank (its words like enough to the
    row's), and the numbers were left with half a label naming none. The two parts are one row when
    they are the last row of a page and the first of the next (a header repeated above it aside),
    at most one part prints numbers, and the words of their own label cells (the cell beside the
    numbers, not a merged group's left of it) make one of the form's row labels together, the
    earlier part's not yet a whole one and the later's beginning none."""
    def page(k: int) -> int:
        return page_of[k] if page_of[k] == page_of[k + 1] else -1

    out: list[Observed] = []
    prev, last, own = -1, -1, ""                         # (the row before: its place in ``out``, its band, its own label)
    for k, row, mine in placed:
        if k in headed:                                  # (a header repeated on the new page)
            out.append(row)
            continue
        before = out[prev] if prev >= 0 else None
        if before is not None and page(k) == page(last) + 1 > 0 and _carried(before, row, mine):
            # (numbers wrapped in the cells of a row the page broke: "1073" at the foot of one
            # page, its last digit "0" atop the next; read apart, 1073 was read for 10730)
            why = (f"原文{spec.name}“{before.label}”一行被分页断开，此格的数字分印在两页（一个数折行，"
                   "或几个数），无法确定是哪个数，未读取")
            out[prev] = dataclasses.replace(
                before, cells={j: v for j, v in before.cells.items() if not row.cells.get(j)},
                unread=tuple((j, why) for j, v in sorted(row.cells.items()) if v))
            prev = last = -1
            continue
        if before is not None and page(k) == page(last) + 1 > 0 and not (before.has_values and row.has_values) \
                and mine and not closed(own, spec) and not heads(mine, spec)[0] \
                and names(own + mine, spec) >= MATCH_SURE > names(mine, spec):
            values = row if row.has_values else before
            out[prev] = Observed(before.label + row.label, values.cells, values.has_values)
            prev = last = -1
            continue
        out.append(row)
        prev, last, own = len(out) - 1, k, mine
    return out


def _carried(before: Observed, row: Observed, mine: str) -> bool:
    """Whether a row atop a page is the rest of the numbers wrapped in the cells of the row before
    it, the page's last: no label of its own, numbers only in columns the row before prints."""
    own = {j for j, v in before.cells.items() if v}
    more = {j for j, v in row.cells.items() if v}
    return before.has_values and row.has_values and not row.label and not mine and bool(more) and more <= own


def spanned(bands: list[tuple[float, float]], labels: list[Token], numbers: list[Token],
             clusters: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Two lines of numbers one row prints, as one band: a label stands beside both, and their
    numbers fill different columns (a 总计 set to the top of its cell, a "217件" wrapped above
    its 件: the row's numbers stand at two heights). Not two lines each beside a label of its own:
    two rows under a merged group's label (（三）不予公开 beside both), which printing their
    numbers in different columns (the blanks of one where the other prints 0) became one row of
    both rows' numbers, and the other row blank."""
    if len(bands) * len(labels) > MAX_PAIRS:
        return bands
    starts = [a for a, _ in bands]
    starts_x = [a for a, _ in clusters]
    columns: list[set[int]] = [set() for _ in bands]        # each band's columns, in one pass
    for t in numbers:
        i, s = bisect.bisect_right(starts, t.yc) - 1, bisect.bisect_right(starts_x, t.xc + 0.5) - 1
        if i >= 0 and bands[i][0] <= t.yc <= bands[i][1] and s >= 0 and t.xc <= clusters[s][1] + 0.5:
            columns[i].add(s)
    def beside(t: Token, band: tuple[float, float]) -> bool:
        return min(band[1], t.bottom) > max(band[0], t.top)

    out: list[tuple[float, float]] = []
    cols: set[int] = set()
    for i, band in enumerate(bands):
        if out and cols.isdisjoint(columns[i]) and any(beside(t, out[-1]) and beside(t, band) for t in labels) and not (
                any(beside(t, out[-1]) and not beside(t, band) for t in labels)
                and any(beside(t, band) and not beside(t, out[-1]) for t in labels)):
            out[-1] = (out[-1][0], band[1])
            cols |= columns[i]
            continue
        out.append(band)
        cols = set(columns[i])
    return out


def nearest_band(t: Token, bands: list[tuple[float, float]]) -> tuple[int, float]:
    """The band of numbers a label stands beside, and how far: below 0 when they overlap (by how much)."""
    best, dist = -1, 1e9
    for i, (a, b) in enumerate(bands):
        overlap = min(b, t.bottom) - max(a, t.top)
        d = -overlap if overlap > 0 else min(abs(t.yc - a), abs(t.yc - b))
        if d < dist:
            best, dist = i, d
    return best, dist


def owned_bands(labels: list[Token], nearest: dict[int, tuple[int, float]], spec: Spec) -> set[int]:
    """The lines of numbers with label words of their own standing beside them: words longer than
    a merged group's stray ones ("三、", "本年"), or naming more than such words do."""
    overlapping: dict[int, list[Token]] = {}
    for t in labels:
        if nearest[id(t)][1] < 0:
            overlapping.setdefault(nearest[id(t)][0], []).append(t)
    return {band for band, words in overlapping.items()
            if any(len(t.text) > 4 for t in words)
            or names("".join(t.text for t in sorted(words, key=lambda t: (round(t.top), t.x0))), spec) >= STRAY}


def rows_printed_empty(labels: list[Token], nearest: dict[int, tuple[int, float]], owned: set[int],
                        spec: Spec) -> list[list[Token]]:
    """Rows of a PDF's table that print no number (a report leaving its zeros blank): label words
    beside no numbers — on one line or wrapped over up to three, a merged group's words left of
    them set aside — that name one of the form's rows by themselves, where the nearest numbers have
    a label of their own. Taken for the next row's label wrapped above it, such a row gave that
    row's numbers to this one."""
    ordered: list[list[Token]] = []
    for t in sorted((t for t in labels if nearest[id(t)][1] >= 0 and nearest[id(t)][0] in owned),
                    key=lambda t: t.top):
        if ordered and t.top - ordered[-1][0].top <= 2.0:
            ordered[-1].append(t)
        else:
            ordered.append([t])
    if len(ordered) > MAX_LOOSE_LINES:
        return []          # (no table has so many: a crafted page, read by position alone)
    ordered = [sorted(line, key=lambda t: t.x0) for line in ordered]
    out: list[list[Token]] = []
    taken: set[int] = set()
    for i, line in enumerate(ordered):
        for k in range(len(line)):
            block = _naming_block(line[k:], ordered[i + 1:i + 3], spec) if id(line[k]) not in taken else None
            if block is not None:
                out.append(block)
                taken.update(id(t) for t in block)
                break
    return out


def _naming_block(start: list[Token], below: list[list[Token]], spec: Spec) -> Optional[list[Token]]:
    """``start`` with the words under it on the next printed lines (up to two), as far as they name
    one of the form's rows by themselves; None when they never do."""
    block = list(start)
    for more in [None, *below]:
        if more is not None:
            if more[0].top - block[-1].bottom > block[-1].bottom - block[-1].top:
                return None                               # (not the next printed line)
            block += [t for t in more if t.x0 >= start[0].x0 - 2]
        if names("".join(t.text for t in block), spec) >= MATCH_SURE:
            return block
    return None


def rejoined(rows: list[Observed], spec: Spec, res: Result) -> list[Observed]:
    """A row printed on two lines of numbers: a form whose 总计 cells are set to the top while the
    others are centred (the county's Word template) prints, beside a label that wraps or stands
    lower, the total a line above the other numbers. Two printed lines are one row when their
    numbers stand in different columns and (``_one_row``) the upper holds no label of its own."""
    out: list[Observed] = []
    for row in rows:
        prev = out[-1] if out else None
        before = out[-2] if len(out) > 1 else None
        if prev is not None and _one_row(prev, row, before, spec):
            cells = {j: v or row.cells.get(j, "") for j, v in prev.cells.items()}
            cells.update({j: v for j, v in row.cells.items() if j not in cells})
            unread = prev.unread + row.unread          # (a number wrapped in pieces stays unread)
            out[-1] = Observed(prev.label + row.label, {j: v for j, v in cells.items() if j not in dict(unread)},
                               True, unread=unread)
            res.notes.append(f"{spec.name}“{prev.label + row.label}”一行的数值印在两行，已合并读取")
            continue
        out.append(row)
    return out


def _filled(row: Observed) -> set[int]:
    return {j for j, v in row.cells.items() if v}


def names(label: str, spec: Spec) -> float:
    return max(best_label(label, labels) for _, labels in spec.rows) if label else 0.0


def _one_row(upper: Observed, lower: Observed, above: Optional[Observed], spec: Spec) -> bool:
    """Whether two printed lines of numbers are one row: their numbers in different columns, and
    the upper line's label half of a wrapped one (the two read better together, neither names a
    row alone), a group's stray words (naming no row, where the lower's names one), or none at
    all — when the line above it could not claim its numbers instead."""
    if not (upper.has_values and lower.has_values) or not _filled(upper).isdisjoint(_filled(lower)):
        return False
    if not upper.label:
        return bool(lower.label) and not (above is not None and above.has_values
                                          and _filled(above).isdisjoint(_filled(upper)))
    if not lower.label:
        return False
    alone = max(names(upper.label, spec), names(lower.label, spec))
    if alone < MATCH_SURE and names(upper.label + lower.label, spec) > alone:
        return True
    return names(upper.label, spec) < STRAY and names(lower.label, spec) >= NAMES_A_ROW
