"""Lines of a PDF page typed with tabs: a table copied from a web page as tab-separated text,
pasted into Word, WPS or LibreOffice and printed. Such a line is typed text, not a drawn table, and
its cells are its words in order — as the text reader splits the same line at its tabs — not
where the words happen to stand.

Why positions mislead here: a tab moves the pen to the next *tab stop* past the end of the text
before it, so a row's first number lands one stop further right when its label is longer, and
the columns do not line up from row to row. What the positions do tell is how many tabs stood
between two words: a word starts exactly on a stop, and every stop skipped after the first one
the pen reached is an empty cell typed between two tabs.

The stops are found from the document, not assumed: a word processor puts default stops at a
fixed pitch from the margin (LibreOffice every 1.25 cm, Word two characters in a Chinese document,
0.5 inch in a Western one), and the words that start after a gap stand at whole multiples of it.
A line is read as tabbed only when every wide gap in it ends on a stop; a drawn table centres its
numbers in their cells, so they fall on no common grid, and its lines are left as they are.

Two more things printing does to such a line, undone here:

* a row too long for the line wraps at a tab, and its last cells start the next line on a stop
  (the first past the margin when one tab wrapped); they are joined back to their row;
* a tab that lands close after a label leaves so narrow a gap that the letters join into one
  word ("行政规范性文件6"). Such a word is split only where one of the form's own row labels
  (from the templates) ends, a number follows, and that number starts on a stop.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from core.importers.drawn_cells import in_drawn_cells
from core.importers.layout import TABBED, Line, Token
from core.importers.match import is_value_text, key
from core.importers.safety import Budget

TOL = 0.6
"""How far (pt) a word's start may stand from a stop and still be on it: PDF positions are exact
to a hundredth of a point; a glyph's box may start a little off its pen position."""
MIN_STARTS = 6
"""Words on stops a document needs before it is taken as typed with tabs."""
SHARE = 0.6
"""Share of the words that start after a gap that must stand on the stops found."""
TIE = 0.02
"""A word ending this close to a stop ends on it (PDF positions are exact to a hundredth of a point;
in the printed seeds a word ends either within 0.01 of a stop or 0.1 and more away from it): the
tab after it moves on to the next stop, as LibreOffice and Word both do."""
UNSURE = 0.08
"""A word ending a little off a stop, nearer than this, may be a tie that a renderer placing glyphs
in twips (0.05 pt) rounded: whether the tab after it stopped there, and so how many empty cells
follow, is unknown, and the row is not read."""
MAX_STOP = 40
"""Stops across a line: 1.25 cm stops across an A4 text width are 14; Word's 2 ch, 23."""


@dataclass(frozen=True)
class Stops:
    """The document's default tab stops: ``left + k * pitch`` for k = 0, 1, …; ``right`` is where
    its lines end (a row whose next stop lies past it wrapped)."""

    left: float
    pitch: float
    right: float
    em: float

    def on(self, x: float) -> int | None:
        """The stop ``x`` stands on (its index), or None."""
        k = round((x - self.left) / self.pitch)
        if 0 <= k <= MAX_STOP and abs(self.left + k * self.pitch - x) <= TOL:
            return k
        return None

    def after(self, x: float) -> int:
        """The first stop a tab typed at ``x`` moves to (strictly right of ``x``)."""
        k = int((x - self.left) // self.pitch) + 1
        return max(k, 0) if self.left + k * self.pitch > x + TIE else k + 1

    def at(self, k: int) -> float:
        return self.left + k * self.pitch


def _cjk(text: str) -> bool:
    return bool(text) and all("\u3400" <= c <= "\u9fff" for c in text)


def _mode_median(xs: list[float]) -> float:
    """The most common value (to a point), refined to the median of those near it."""
    mode = Counter(round(x) for x in xs).most_common(1)[0][0]
    near = sorted(x for x in xs if abs(x - mode) <= 1)
    return near[len(near) // 2]


def find_stops(lines: list[Line]) -> Stops | None:
    """The tab stops the document was typed with, or None when its words stand on no common grid."""
    long = [line for line in lines if line.tokens and len(line.text) >= 15]
    if not long:
        return None
    left = _mode_median([line.tokens[0].x0 for line in long])
    right = _mode_median([line.tokens[-1].x1 for line in long])
    widths = [(t.x1 - t.x0) / len(t.text) for line in lines for t in line.tokens if _cjk(t.text)]
    if not widths:
        return None
    em = sorted(widths)[len(widths) // 2]
    offsets = []
    for line in lines:
        for i, t in enumerate(line.tokens):
            gap = t.x0 - line.tokens[i - 1].x1 if i else t.x0 - left
            # the words a tab must have placed: numbers after a gap, anything after a gap wider
            # than a blank (a label after a blank, "1. 属于…", stands where its text puts it); not a
            # pipe, which closes its cell where the blanks typed before it put it ("0  |" ends on 3½
            # stops, and counted, its half stops halved the pitch)
            if t.x0 - left > em and (gap > 0.8 * em or (gap > 0.2 and t.is_value)) and t.text.strip("|｜ "):
                offsets.append(t.x0 - left)
    if len(offsets) < MIN_STARTS:
        return None
    sample = offsets[:: max(1, len(offsets) // 800)]        # bounded: a long report has thousands
    common = [x / 2 for x, _ in Counter(round(2 * d) for d in sample).most_common(12)]
    scored: dict[float, int] = {}
    for d in common:
        for k in range(1, 9):
            p = round(d / k, 2)
            if 1.5 * em <= p <= 120 and p not in scored:
                scored[p] = sum(1 for o in sample if abs(o - round(o / p) * p) <= TOL)
    if not scored:
        return None
    most = max(scored.values())
    pitch = max(p for p, hits in scored.items() if hits >= 0.8 * most)   # a half pitch fits as well
    if most < MIN_STARTS or most < SHARE * len(sample):
        return None
    on = [(o, round(o / pitch)) for o in offsets if abs(o - round(o / pitch) * pitch) <= TOL]
    pitch = sum(o * k for o, k in on) / sum(k * k for _, k in on)      # least squares over the hits
    return Stops(left, pitch, right, em)


@lru_cache(maxsize=1)
def _row_label_keys() -> tuple[str, ...]:
    """Every row label of every table of every format, as keys (longest first)."""
    from core.importers.match import row_labels
    from core.registry import available_formats, get_form

    keys = {key(lab) for f in available_formats() for t in get_form(f).tables for r in t.rows
            for lab in row_labels(t, r.id)}
    return tuple(sorted((k for k in keys if len(k) >= 2), key=len, reverse=True))


_GLUED = re.compile(r"^(.*[^\d\s.,，．+\-−])([+\-−]?\d[\d,，]*(?:[.．]\d+)?)$")


def split_glued(token: Token, stops: Stops) -> list[Token]:
    """``token`` as a row label and the number a tab glued to it, when its text ends with one of
    the form's row labels followed by a number and that number starts on a stop; else as it is."""
    m = _GLUED.match(token.text)
    if m is None:
        return [token]
    label, number = m.group(1), m.group(2)
    k = key(label)
    if not k or not any(k.endswith(lab) for lab in _row_label_keys()):
        return [token]
    digits = sum(c.isdigit() for c in number)
    candidates = [s for s in range(MAX_STOP + 1) if token.x0 + stops.em <= stops.at(s) < token.x1]
    if not candidates:
        return [token]
    x = stops.at(candidates[-1])
    if not 0.3 * stops.em * digits <= token.x1 - x <= 0.8 * stops.em * len(number) + TOL:
        return [token]
    return [Token(label, token.x0, x - 0.1, token.top, token.bottom),
            Token(number, x, token.x1, token.top, token.bottom)]


def tab_cells(line: Line, stops: Stops) -> list[str] | None:
    """The cells of a tabbed line (words joined by blanks within a cell, an empty cell for every
    stop a run of tabs skipped), or None when a wide gap ends off the stops (not typed with tabs)
    or no tab is seen at all."""
    tokens = line.tokens
    first = stops.on(tokens[0].x0)
    if first is None:
        return None
    cells = [""] * first + [tokens[0].text]
    tabs = first
    for prev, t in zip(tokens, tokens[1:], strict=False):
        k = stops.on(t.x0)
        if k is not None and k >= stops.after(prev.x1 - TIE):
            near = round((prev.x1 - stops.left) / stops.pitch)
            if TIE < abs(stops.at(near) - prev.x1) <= UNSURE and k > near:
                line.extra["unsure"] = prev.text     # did the tab stop at the stop the text touches?
            cells += [""] * (k - stops.after(prev.x1)) + [t.text]
            tabs += 1
        elif t.x0 - prev.x1 <= 0.8 * stops.em:
            cells[-1] += " " + t.text                      # a blank typed inside the cell
        else:
            return None
    return cells if tabs else None


def _wraps(cells: list[str], last: Token, nxt: Line, stops: Stops) -> list[str] | None:
    """The cells ``nxt`` adds to a row whose last word is ``last``, when ``nxt`` is that row wrapped
    at a tab: the row's next stop lies past the line's end, and ``nxt`` holds numbers only,
    starting on a stop past the margin (a wrapped tab moves from the margin, so its first stop
    counts one tab)."""
    if stops.at(stops.after(last.x1)) <= stops.right - 1 or not nxt.tokens:
        return None
    more = tab_cells(nxt, stops)
    if more is None or more[0] != "" or not all(is_value_text(c) for c in more if c):
        return None
    return more[1:]


def _as_line(cells: list[str], first: Line, last: Line, budget: Budget) -> Line:
    budget.line(len(cells))
    x0 = first.tokens[0].x0
    y0, y1 = min(t.top for t in first.tokens), max(t.bottom for t in last.tokens)
    tokens = [Token(c, x0 + j, x0 + j + 1, y0, y1) for j, c in enumerate(cells)]
    # cut at its tabs as the text reader cuts the typed line (``TABBED``: a field too few is one at its end)
    extra = {"separated": "1", TABBED: "1", **({"unsure": first.extra["unsure"]} if "unsure" in first.extra else {})}
    return Line(tokens, positional=False, page=first.page, indent=first.indent, extra=extra)


def _worth(cells: list[str]) -> bool:
    """A tabbed line worth reading as cells: one holding a number, or a header of three cells (or
    of two after a leading tab, whose empty cells place the names over their columns). A line of
    prose indented by one stop is one cell, and stays as it was."""
    filled = [c for c in cells if c]
    return any(is_value_text(c) for c in filled) or len(filled) >= 3 or (len(filled) == 2 and cells[0] == "")


Cut = tuple[Line, list[str] | None]
"""A line's words with labels glued to their numbers split (``split_glued``), and the cells the stops
part them into (``tab_cells``; None when its words stand off the stops): worked out once per line, for
every question ``tab_rows`` asks of it."""


def _cut(line: Line, stops: Stops) -> Cut:
    split = Line([p for t in line.tokens for p in split_glued(t, stops)], positional=True)
    return split, tab_cells(split, stops)


def _tabbed(line: Line, cut: Cut, margin: int | None = None) -> list[str] | None:
    """The cells of ``line`` (``cut``) when it is a tabbed row worth reading so (labels glued to their
    numbers split first); None leaves the line, words and all, as it was. ``margin``: the stop the line
    before starts on when that line was left as it was; a lone number on that stop is a cell of
    a block indented so (规章, then 0, 0, 0 each on a line of its own), not one after an empty cell."""
    if not line.tokens or in_drawn_cells(line):
        return None
    split, cells = cut
    if cells is None or not _worth(cells):
        return None
    filled = [j for j, c in enumerate(cells) if c]
    if margin is not None and filled == [margin] and margin == len(cells) - 1:
        return None
    line.extra.update(split.extra)
    return cells


def _indents_only(lines: list[Line], cuts: list[Cut]) -> bool:
    """Whether every tab the page shows leads its line, before the line's one cell (a pipe closing
    it aside): a crawl that kept its HTML source's indentation, printed ("\t\t\t0  |", "\t\t\t0"),
    whose tabs part no cells — as the text reader takes the same text (``layout.unindented``). Read
    as tabs, a lone number was a cell after empty ones; the blanks before each cell's closing pipe
    ("0  |") even put the pipes on stops of half the pitch, so a row's last 0, whose pipe stands on
    the line after it, came after six empty cells, and 现行有效件数 read empty where the copy prints 0
    (pagesac-suixi-nyncj-2021 printed)."""
    indented = False
    for line, (_, cells) in zip(lines, cuts, strict=True):
        if not line.tokens:
            continue
        if cells is None:
            continue
        filled = [c for c in cells if c.strip("|｜ ")]
        if len(filled) > 1:
            return False
        indented = indented or (bool(filled) and cells[0] == "")
    return indented


def _typed(line: Line, cut: Cut) -> bool:
    """Whether ``line``'s words stand as tabs put them (the line itself left as it was)."""
    return bool(line.tokens) and not in_drawn_cells(line) and cut[1] is not None


def _among_placed_rows(lines: list[Line], cuts: list[Cut]) -> set[int]:
    """Lines whose words stand on the stops by chance: the rows printing numbers in the same columns
    on their page mostly stand off them, as a table's cells place them. Equally narrow columns centre
    a row of single 0s at one pitch, as tabs would, and a label centred in its cell may start on a
    stop; read as tabs, such a row took the stops before its first number for empty cells and left
    the table's reading by position, which then found its label with no numbers (a row of 0s read
    blank). Typed with tabs, a table's rows stand on the stops all alike."""
    pages: dict[int, list[tuple[int, bool, float, float, int]]] = {}
    for i, line in enumerate(lines):
        values = line.values() if line.positional else []
        if values:
            pages.setdefault(line.page, []).append(
                (i, _typed(line, cuts[i]), min(t.x0 for t in values), max(t.x1 for t in values), len(values)))
    out: set[int] = set()
    for rows in pages.values():
        for i, typed, x0, x1, _ in rows:
            same = [other for _, other, a, b, n in rows if n >= 2 and a < x1 and x0 < b]
            if typed and 2 * sum(same) < len(same):
                out.add(i)
    return out


def tab_rows(lines: list[Line], budget: Budget) -> list[Line]:
    """The page lines with tabbed rows read as text cells (rows wrapped at a tab joined first);
    every other line as it was. A document with no tab layout, or whose tabs only indent, comes
    back unchanged, and so does a line standing on the stops among a table's rows that stand off them."""
    stops = find_stops(lines)
    if stops is None:
        return lines
    cuts = [_cut(line, stops) if line.tokens else (line, None) for line in lines]
    if _indents_only(lines, cuts):
        return lines
    placed = _among_placed_rows(lines, cuts)
    out: list[Line] = []
    i = 0
    margin: int | None = None
    while i < len(lines):
        line = lines[i]
        cells = None if i in placed else _tabbed(line, cuts[i], margin)
        if cells is None:
            out.append(line)
            margin = stops.on(line.tokens[0].x0) if line.tokens else None
            i += 1
            continue
        margin = None
        last, j = line, i + 1
        while j < len(lines) and j - i <= 3 and any(is_value_text(c) for c in cells):
            more = _wraps(cells, last.tokens[-1], lines[j], stops)
            if more is None:
                break
            cells, last, j = cells + more, lines[j], j + 1
        out.append(_as_line(cells, line, last, budget))
        i = j
    return out
