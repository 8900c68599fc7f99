"""Whether a line of a PDF page stands in a drawn table's cells (``in_drawn_cells``), for the
readers that rebuild typed text from a page (``tab_stops``, ``printed_text``) to leave it alone."""

from __future__ import annotations

from core.importers.layout import Line


def in_drawn_cells(line: Line) -> bool:
    """Whether lines drawn down the page part the line's words, or close them in one narrow cell,
    between lines drawn across above and below them (column lines alone close no cell): a drawn
    table's row, not typed text. Read as text with tabs or blanks, a table whose narrow cells wrap
    their numbers (4658 over 3 in 表三's cell; "１０" over "０９") had each printed line of numbers
    taken for a row of its own, and lost its rows' labels and cells."""
    words = [t for t in line.tokens if t.text.strip()]
    if not words:
        return False
    top, bottom = min(t.top for t in words), max(t.bottom for t in words)
    spans = [y for y, x0, x1 in line.rules if x0 <= words[0].x0 and words[-1].x1 <= x1]
    if not any(y <= top for y in spans) or not any(y >= bottom for y in spans):
        return False
    across = sorted(x for x, y0, y1 in line.verticals if y0 <= top and bottom <= y1)
    if any(a.x1 - 0.5 <= x <= b.x0 + 0.5 for x in across for a, b in zip(words, words[1:], strict=False)):
        return True
    # (or closed in one narrow cell, a lone number; not a box drawn round the page)
    lefts = [x for x in across if x <= words[0].x0 + 0.5]
    rights = [x for x in across if x >= words[-1].x1 - 0.5]
    return bool(lefts and rights) and rights[0] - lefts[-1] < (across[-1] - across[0]) / 2
