"""A PDF table printed wider than its page: the columns past the page's edge are not read.

A browser prints a web table wider than the paper as it lays it out, cut at the printable area's
right edge, and its text layer keeps only the letters it draws: 859 in a cut 总计 column reads 85,
a number standing wholly past the edge is gone and its cell looks blank. Such a column must not be
read at all. A column is read only when it is certainly whole: its numbers end before the edge and
a line drawn down (its cell's right border) or the next column's numbers close it inside the page.
"""

from __future__ import annotations

from typing import Optional

from core.importers.layout import Line, Token
from core.importers.table_spec import Result, Spec

TOL = 1.5
"""Points a column's closing border may stand past the edge (a border drawn on it)."""


def cut_edge(lines: list[Line], tokens: list[Token]) -> Optional[float]:
    """Where the page cuts the table these lines hold, if something beside its words is drawn past
    its page's right edge (``Line.cuts``); None for a table the page shows whole."""
    if not tokens:
        return None
    top, bottom = min(t.top for t in tokens), max(t.bottom for t in tokens)
    cuts = {c for line in lines for c in line.cuts}
    edges = [x for x, y0, y1 in cuts if y0 <= bottom + 1 and y1 >= top - 1]
    return min(edges) if edges else None


def hidden_columns(lines: list[Line], tokens: list[Token], clusters: list[tuple[float, float]],
                   col_of: dict[int, int], n: int, edge: float) -> set[int]:
    """The form's columns (indices) that are not certainly whole: a column of numbers reaching the
    edge or not closed before it, and every column to the right of the last whole one (those the
    page left no number of at all)."""
    top, bottom = min(t.top for t in tokens), max(t.bottom for t in tokens)
    downs = {x for line in lines for x, y0, y1 in line.verticals if y0 <= bottom and y1 >= top}
    whole: set[int] = set()
    for s, (_, x1) in enumerate(clusters):
        if s not in col_of or x1 >= edge:
            continue
        closed = any(x1 - TOL <= x <= edge + TOL for x in downs) or (s + 1 < len(clusters) and clusters[s + 1][0] < edge)
        if closed:
            whole.add(col_of[s])
    last = max(whole, default=-1)
    return {j for j in range(n) if j > last or (j in col_of.values() and j not in whole)}


def drop_hidden(res: Result, spec: Spec) -> None:
    """The cut columns' cells not read, with the reason, in every row found (``Result.cut_cols``)."""
    if not res.cut_cols:
        return
    names = [spec.cols[j][1][0] for j in sorted(res.cut_cols)]
    why = (f"{spec.name}超出了打印页面的右边，最右的“{'”“'.join(names)}”列被截去（PDF 中只留下没被截去的数字），"
           "未读取；请用横向打印的 PDF 或原网页重新导入")
    for j in res.cut_cols:
        cid = spec.cols[j][0]
        for rid in res.found_rows:
            res.cells.pop((rid, cid), None)
            res.missing[(rid, cid)] = why
        if cid in res.absent_cols:
            res.absent_cols.remove(cid)
    res.notes.append(why)
