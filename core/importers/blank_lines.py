"""The blank lines of a typed text printed to PDF, put back from the vertical space they left.

A text copied from a web page and printed (by LibreOffice, Word or WPS) is one paragraph a line,
each in the same font, and its blank lines are paragraphs with nothing on them: the text layer
carries them only as space. A copy of one cell per line says with them where its empty cells are
("12", six blank lines, "12": 一、本年新收 with 自然人 and 总计 alone filled), so a page read without
them put its numbers into the wrong columns, or none. Here they come back, where the page is typed
text and only there: the space between two printed lines is then the line's own height and whole
blank lines under it, measured on the document itself (a blank line's height, and a line of Chinese
letters' which is taller: its font sets it, not ours).

A page break leaves the blank lines at a page's foot as the room above its lower margin alone, and
that room may fit one more or one fewer as finely as it is measured: the document is then read each
way (``blank_counts``), and the reading that reads the most cells kept, any cell another reading reads
otherwise not read (``agreed``).

A page drawn by a word processor (a report made in WPS or Word: headings in other sizes, spacing
before and after paragraphs, ruled tables) does not fit the measure, and a document with one such
page is left as it was: a false blank line is an empty cell read where a number stood. A line of
spaces between two blank lines (an empty cell's "&nbsp;", which the text reader takes for a cell)
prints as one more blank line: its row then shows a cell too many and is not read.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Sequence

from core.importers.layout import Line, Token
from core.importers.model import ImportLog
from core.report import Report

FIT = 0.2
"""How far (in blank lines) a space may be from a whole number of them: a line's letters stand a
point or so higher or lower in their line by font (digits and Chinese), well under a fifth."""
SIZES = 1.25
"""Letters of a typed text are one size: their boxes' heights within this ratio of one another (a
heading in 黑体 22 pt over a body in 仿宋 16 pt is twice that)."""
TALLER = 1.6
"""A line of Chinese is at most so much higher than a blank line (in LibreOffice's printing 1.24, one
font for both 1): a space measured higher is a line and a blank under it, no wrapped paragraph's."""
MIN_WRAPS = 1
"""Wrapped lines the height of a line of Chinese is measured from, at the least."""


def _top(line: Line) -> float:
    return min(t.top for t in line.tokens)


def _latin(line: Line) -> bool:
    """A line of Latin letters, digits and signs alone: set in the font a blank line is, so as high."""
    return line.text.isascii()


def _typed_page(lines: list[Line]) -> bool:
    """No drawn lines, no grid, and the letters of one size."""
    if any(line.rules or line.verticals or line.grid or not line.positional or not line.tokens for line in lines):
        return False
    heights = [t.bottom - t.top for line in lines for t in line.tokens]
    return min(heights) > 0 and max(heights) <= SIZES * min(heights)


def _wrapped(lines: list[Line]) -> list[float]:
    """The spaces between a line of Chinese reaching its page's right margin and the line under it,
    both of Chinese: a paragraph the page wrapped, no blank line between."""
    out = []
    right = max(line.tokens[-1].x1 for line in lines)
    for a, b in zip(lines, lines[1:], strict=False):
        end = a.tokens[-1]
        if not _latin(a) and not _latin(b) and end.x1 >= right - 2 * (end.bottom - end.top):
            out.append(_top(b) - _top(a))
    return out


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[len(xs) // 2]


def measure(pages: list[list[Line]]) -> tuple[float, float] | None:
    """(a blank line's height, a line of Chinese's) over the document's pages, or None when its
    pages are not typed text or do not say them: the Chinese line's from the lines a paragraph
    wrapped over; the blank's from the smallest space a line of Chinese leaves that is more than its
    own height (one blank line under it), which a line of Latin letters must leave a whole number of."""
    if not pages or not all(_typed_page(page) for page in pages):
        return None
    wraps = [g for page in pages for g in _wrapped(page)]
    least = [g for g in wraps if g <= (1 + FIT / 2) * min(wraps, default=0.0)]   # (a label may end at the margin)
    if len(least) < MIN_WRAPS:
        return None
    chinese = _median(least)
    pairs = [(a, b) for page in pages for a, b in zip(page, page[1:], strict=False) if not _latin(a)]
    alike = [(a, b) for a, b in pairs if not _latin(b)] or pairs    # (a digit's box stands lower)
    more = [m for a, b in alike if (m := _top(b) - _top(a) - chinese) > (1 - FIT) * chinese / 2]
    if not more:
        return None
    blank = _median([m for m in more if m <= (1 + FIT) * min(more)])
    if not chinese / TALLER < blank <= chinese * (1 + FIT / 2):
        return None
    return blank, chinese


def _count(space: float, own: float, blank: float) -> int | None:
    """The blank lines in ``space`` under a line ``own`` high; None when no whole number fits."""
    k = round((space - own) / blank)
    return k if k >= 0 and abs(space - own - k * blank) <= FIT * blank else None


def _feet(printed: list[list[Line]], heights: Sequence[float], offset: float, blank: float, chinese: float,
          margin: float) -> dict[int, list[int]] | None:
    """The blank lines each page's foot may hold (by page, before the last; one count, or two when
    either fits), or None when the pages break otherwise. A page is filled to its lower margin, taken
    as high as its upper one (LibreOffice's and Word's pages for a text: 2 cm, 2.54 cm), where a line
    of Chinese's letters stand below its top by some three fifths of what its height leaves over them
    (so measured over the corpus printed by LibreOffice, to a fifth of a point). A foot holds the blank
    lines that fit there when the next page opens with one (the page was full), and as many when it
    opens with a line that would not have fitted; a space within a fifth of a line of fitting one more,
    or one less, may hold either (over the corpus's 191 page breaks, the count was always among them)."""
    glyph = _median([t.bottom - t.top for page in printed for line in page if not _latin(line) for t in line.tokens]
                    or [chinese])
    out: dict[int, list[int]] = {}
    for page, nxt in zip(printed, printed[1:], strict=False):
        last, first = page[-1], nxt[0]
        if first.page != last.page + 1:
            return None
        end = _top(last) - last.page * offset + (blank if _latin(last) else chinese)
        room = (heights[last.page] - margin + 1.2 * (chinese - glyph) - end) / blank
        if room < -FIT:
            return None
        opens = round((_top(first) - first.page * offset - margin) / blank)
        high = (blank if _latin(first) else chinese) / blank
        least = max(0, math.ceil(room - FIT - high)) if opens == 0 else max(0, math.floor(room - FIT))
        out[last.page] = list(range(least, max(0, math.floor(room + FIT)) + 1))
    return out


MAX_READINGS = 8
"""Readings of a document whose page feet may hold one blank line more or fewer (three such feet):
each is built (a typed copy's import, some 0.1 s, as many times) and one kept (``agreed``). More feet
unsure: none is put back."""


def counted(lines: list[Line], heights: Sequence[float], offset: float) -> tuple[dict[float, int], dict[float, list[int]]] | None:
    """How many blank lines of typed text stand before each of a PDF's ``lines`` (pages ``heights``
    high and stacked ``offset`` apart), by where the line's letters start (a line read again as
    text keeps its place): between two lines, at the top of a page after the first (its top margin
    the least over the pages) and at a page's foot (``_feet``, counted before the next page's first
    line, at its fewest); and the lines opening a page whose count may be more (by how many more
    each). None unless every page with two lines or more fits the measure and every space on them is
    whole blank lines (``measure``): a blank line put where none stood is an empty cell read where a
    number did."""
    pages = len(heights)
    by_page: list[list[Line]] = [[] for _ in range(pages)]
    for line in lines:
        if not 0 <= line.page < pages or not line.tokens:
            return None
        by_page[line.page].append(line)
    printed = [page for page in by_page if page]
    measured = measure([page for page in printed if len(page) >= 2])
    if measured is None:
        return None
    blank, chinese = measured
    margin = min(_top(page[0]) - page[0].page * offset for page in printed)
    feet = _feet(printed, heights, offset, blank, chinese, margin)
    if feet is None:
        return None
    out: dict[float, int] = {}
    unsure: dict[float, list[int]] = {}
    for page in printed:
        first = page[0]
        if first.page > 0:
            k = _count(_top(first) - first.page * offset - margin + blank, blank, blank)
            if k is None:
                return None
            foot = feet[first.page - 1]
            out[_top(first)] = k + foot[0]
            if len(foot) > 1:
                unsure[_top(first)] = [f - foot[0] for f in foot]
        for a, b in zip(page, page[1:], strict=False):
            k = _count(_top(b) - _top(a), blank if _latin(a) else chinese, blank)
            if k is None:
                return None
            out[_top(b)] = k
    return out, unsure


def blank_counts(lines: list[Line], heights: Sequence[float], offset: float) -> list[dict[float, int]]:
    """The counts of ``counted``, one for each way the page feet may be filled, fewest first; ``[{}]``
    (none) when the pages are no typed text or the ways are more than ``MAX_READINGS``."""
    return each_way(counted(lines, heights, offset))


def each_way(found: tuple[dict[float, int], dict[float, list[int]]] | None) -> list[dict[float, int]]:
    """The counts ``counted`` found, for each way its page feet may be filled (``blank_counts``)."""
    if found is None or math.prod(len(f) for f in found[1].values()) > MAX_READINGS:
        return [{}]
    sure, unsure = found
    readings = []
    for chosen in itertools.product(*unsure.values()):
        counts = dict(sure)
        for top, k in zip(unsure, chosen, strict=True):
            counts[top] += k
        readings.append({top: k for top, k in counts.items() if k})
    return readings


def with_blank_lines(lines: list[Line], counts: dict[float, int]) -> list[Line]:
    """``lines`` with ``counts`` blank lines before each line starting where one counted did."""
    if not counts:
        return lines
    out: list[Line] = []
    for line in lines:
        out.extend(_blank(line) for _ in range(counts.get(_top(line), 0) if line.tokens else 0))
        out.append(line)
    return out


def _blank(under: Line) -> Line:
    """A blank line as the text reader makes one (an empty cell, no positions), on the page of the
    line it stands before."""
    top = _top(under)
    return Line([Token("", 0, 1, top, top)], positional=False, page=under.page)


UNSURE = ("原文是打印成 PDF 的文本，空行只留下空白；分页处的空行有几行看不准，此格按不同的空行数读出的数不同，"
          "未读取，请对照原文填写")


def agreed(built: list[tuple[Report, ImportLog]]) -> tuple[Report, ImportLog] | None:
    """Of the reports built from a document's readings (``blank_counts``), the one reading the most
    cells, each cell another reads otherwise marked not read; None when they differ in their year,
    organ or form. Why the most: a blank line more or fewer where a page broke a copy of one cell per
    line leaves a row one cell too many or too few, and such a row is not read at all; the count the
    copy had reads it. Where two readings both read a cell and differ, neither is sure."""
    first = built[0][0]
    if any((r.year, r.organ, r.form.format) != (first.year, first.organ, first.form.format) for r, _ in built[1:]):
        return None
    most, log = max(built, key=lambda b: sum(1 for a in b[0].cells if a not in b[0].missing))
    differ = {a for a in most.cells if a not in most.missing and any(
        a not in r.missing and r.cells.get(a) != most.cells.get(a) for r, _ in built)}
    # the reading is built anew, as an importer builds one, not written into (core/session: one door in)
    report = dataclasses.replace(
        most, cells={a: None if a in differ else v for a, v in most.cells.items()},
        origins={a: o for a, o in most.origins.items() if a not in differ},
        missing={**most.missing, **dict.fromkeys(differ, UNSURE)})
    for a in differ:
        log.missing[a] = UNSURE
        log.read.pop(a, None)
        log.derived.pop(a, None)
    return report, log
