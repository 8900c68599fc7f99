r"""A browser's plain copy of a table whose cells hold paragraphs, put back into rows.

Chromium (Chrome, Edge, 360, QQ) writes a table as plain text with a tab between cells and a line
break between rows, and a paragraph (``<p>``, as Word and most site editors put in every cell) with
an empty line before and after it. A row of such cells comes out one cell per line, each tab on a
line of its own between empty lines::

    一、本年新收政府信息公开申请数量

    \t

    821

    \t

    \u00a0

and a cell printed empty is a line of "&nbsp;" (or nothing) between two tabs. Read line by line,
the tab lines look like empty lines and the empty cells vanish among them, so the row's numbers
lose their columns. The tabs say where every cell ends: joining each tab line with the cell before
and after it (across the one empty line a paragraph adds) gives the row as the page holds it.

A cell of two paragraphs ("商业" / "企业") keeps its first paragraph on a line of its own: an empty
line parts a cell's paragraphs just as it parts the text's, so which one the cell starts with is
not written (only header cells were seen so)."""

from __future__ import annotations

from core.importers.layout import SPACES, TABS, Line, Token

MIN_TAB_LINES = 3
"""Tab lines a text must hold before it is taken for such a copy: a stray tab alone on a line
between paragraphs (a Word file's indented empty paragraph) joins nothing."""


def _tab_line(line: Line) -> bool:
    """A line of tabs (and spaces) alone: the cell boundaries between paragraphs."""
    return not line.positional and not line.grid and bool(line.extra.get(TABS))


def _opens(line: Line) -> bool:
    """A tab line whose first cell boundary opens it: the cell before stands on an earlier line. A
    line opening with a space holds that cell itself: a browser drops the spaces a line starts or
    ends with, but keeps "&nbsp;", which a Word 97 file or an editor may save as a plain space."""
    return line.extra[TABS].startswith("\t")


def _closes(line: Line) -> bool:
    """A tab line ending with a tab: the cell after stands on a later line. One ending with a space
    (an "&nbsp;" cell) ends its row there, and the paragraph after it is the page's next."""
    return line.extra[TABS].endswith("\t")


def _blank(line: Line) -> bool:
    return not line.positional and not line.extra.get(SPACES) and not any(t.text for t in line.tokens)


def _cell_line(line: Line) -> bool:
    """A line that can be a cell's text: words, or spaces alone (a cell printed "&nbsp;")."""
    return not line.positional and not line.grid and not _blank(line) and not _tab_line(line)


def _next(lines: list[Line], i: int) -> int:
    """Index of the line after ``i`` skipping at most one empty line (a paragraph's), or -1."""
    j = i + 1
    if j < len(lines) and _blank(lines[j]):
        j += 1
    return j if j < len(lines) and not _blank(lines[j]) else -1


def _joined(parts: list[Line]) -> Line:
    """One line of the cells of ``parts``: a tab line's empty tokens stand on each side of its tabs,
    so the tokens at each seam are one cell's (concatenated)."""
    cells: list[str] = []
    for part in parts:
        if _tab_line(part):
            texts = [""] * (part.extra[TABS].count("\t") + 1)
        elif part.extra.get("separated"):
            texts = [t.text for t in part.tokens]
        else:   # a cell's text as printed, not split at its spaces ("251000 元")
            texts = [part.text]
        if cells:
            cells[-1] = (cells[-1] + " " + texts[0]).strip()
            cells += texts[1:]
        else:
            cells = list(texts)
    first = parts[0]
    tokens = [Token(c, j, j + 1, first.tokens[0].top, first.tokens[0].bottom) for j, c in enumerate(cells)]
    return Line(tokens, positional=False, page=first.page, extra={"separated": "1"})


def _row(lines: list[Line], i: int) -> tuple[list[Line], int]:
    """The lines of the row that starts at ``i`` (its cells and the tab lines between them) and
    the index of its last line."""
    parts: list[Line] = []
    last, k = i, i
    while k >= 0:
        line = lines[k]
        if _tab_line(line):
            if parts and not _opens(line):     # "&nbsp;" before its first tab: the next row's
                break
            parts.append(line)
            last = k
            if not _closes(line):
                break
        elif _cell_line(line) and (not parts or _tab_line(parts[-1])):
            parts.append(line)
            last = k
        else:
            break
        k = _next(lines, k)
    return parts, last


def rejoin(lines: list[Line]) -> list[Line]:
    """``lines`` with each row of paragraph cells joined into one line of tab-separated cells; the
    lines themselves when the text holds no such rows."""
    if sum(1 for line in lines if _tab_line(line)) < MIN_TAB_LINES:
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        parts, last = _row(lines, i)
        if not any(_tab_line(p) for p in parts):
            out.append(lines[i])
            i += 1
            continue
        out.append(_joined(parts))
        i = last + 1
    return out
