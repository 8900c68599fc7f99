"""Which header words name which column of numbers in a table read from where its words stand.

Why its own module: the positioned reader (``positioned``) finds columns from where numbers stand;
naming them from the header words above is a job of its own.
"""

from __future__ import annotations

from core.importers.layout import Token


def header_texts(clusters: list[tuple[float, float]], header: list[Token], parents: bool = False,
                  grid: bool = False) -> list[str]:
    """Header words over each column. Words spanning several columns are group headings: left
    out, or put first when the same column names repeat under groups (表四's 结果维持 ×3).

    In a grid (Word, Excel, web) a header cell names the column it stands over or none: a sheet
    keeps no empty cell after a row's last value, so 表四's 复议后起诉 columns, left blank, have no
    column of numbers under them, and their words, given to the nearest column, named the column of
    未经复议直接起诉's 总计 and moved its number under 复议后起诉. Printed words (a PDF) stand near
    their column, not over it."""
    texts = [""] * len(clusters)
    for t in sorted(header, key=lambda t: (t.top, t.x0)):
        covered = [i for i, (a, b) in enumerate(clusters) if t.x0 <= (a + b) / 2 <= t.x1]
        if len(covered) >= 2:
            if parents:
                for i in covered:
                    texts[i] = t.text + texts[i]
            continue
        if grid:
            over = [i for i, (a, b) in enumerate(clusters) if t.x0 < b and a < t.x1]
            if len(over) == 1:
                texts[over[0]] += t.text
            continue
        best, dist = -1, 1e9
        for i, cluster in enumerate(clusters):
            d = _distance(t, cluster)
            if d < dist:
                best, dist = i, d
        width = max(b - a for a, b in clusters) if clusters else 0
        if best >= 0 and dist <= max(width, 12.0):
            texts[best] += t.text
    return texts


def _distance(t: Token, cluster: tuple[float, float]) -> float:
    a, b = cluster
    return 0.0 if a <= t.xc <= b else min(abs(t.xc - a), abs(t.xc - b))


def leaf_columns(tokens: list[Token], first_top: float) -> list[tuple[float, float]]:
    """Columns from the header's words, for a one-row table with blank columns. Words centred on
    one x stack into one column's header (结果/维持); a stack is a column unless another stack lies
    lower within its width (行政复议 over its five columns). Ranges meet halfway between centres.
    (Taken from the lowest header line, columns narrowed around a wide number merged their
    stacks, and a table with header cells of different depths lost its shallow columns.)"""
    above = [t for t in tokens if t.text and not t.is_value and t.bottom <= first_top + 0.5]
    if not above:
        return []
    width = max(t.x1 for t in tokens) - min(t.x0 for t in tokens)
    above = [t for t in above if t.x1 - t.x0 <= 0.35 * width]
    if not above:
        return []
    heights = sorted(t.bottom - t.top for t in above)
    h = heights[len(heights) // 2]
    stacks: list[list[Token]] = []
    for t in sorted(above, key=lambda t: t.xc):
        if stacks and abs(t.xc - stacks[-1][0].xc) < 0.5 * h:
            stacks[-1].append(t)
        else:
            stacks.append([t])
    lowest = [max(stack, key=lambda t: t.top) for stack in stacks]
    leaves = [low for low in lowest
              if not any(o is not low and o.top > low.bottom - 0.2 * h and low.x0 - 0.5 <= o.xc <= low.x1 + 0.5
                         for o in lowest)]
    centers = sorted(t.xc for t in leaves)
    out = []
    for i, c in enumerate(centers):
        lo = (centers[i - 1] + c) / 2 if i else min(t.x0 for t in leaves) - h
        hi = (c + centers[i + 1]) / 2 if i + 1 < len(centers) else max(t.x1 for t in leaves) + h
        out.append((lo, hi))
    return out
