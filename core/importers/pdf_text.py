"""A PDF's text layer as words with positions, read by PDFium (pypdfium2, already shipped for the
print preview).

PDFium parses a published report's content streams in C: a six-page WPS export takes a few dozen
milliseconds where a pure-Python parser took most of a second. Words are made the way the tables
reader expects them — letters on one baseline joined while they touch (within 2 pt), blanks and
gaps splitting them — and watermarks are dropped *before* letters are joined: a rotated or
outsized 草稿 whose box touches a row would otherwise join that row's number into one tall word.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.importers.pdf_turn import View, page_view

X_TOLERANCE = 2.0
Y_TOLERANCE = 2.0
BASE_TOLERANCE = 1.0
MAX_CHARS = 150_000
"""Letters in a whole document beyond which it is no annual report: 80 pages (the page limit) of
1,875 each, where a 公文 page (GB/T 9704) prints 22 lines of 28. Reading them takes PDFium and
this module some two seconds, within ``pdf.MAX_PDFIUM_SECONDS``."""


Rule = tuple[float, float, float]
"""A line drawn on a page: a horizontal one's height from the page's top and where it starts and
ends across; a vertical one's place across and where it starts and ends down."""


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Letter:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool
    base: float = math.nan
    """The baseline (from the page's top): letters of one line share it, whatever their boxes. A
    font's declared ascent sets a letter's box; a subset of it may declare another, and 、 then
    stands 2 pt below 二 on the same line, "，" 8 pt below. (Letters of vertical text, their boxes a
    font size tall, keep their origins elsewhere: they are lined up by their tops.)"""


_BLANK_CODES = frozenset(ord(c) for c in " \t\r\n\x0b\x0c\u00a0\u3000")
"""Blanks need no angle or size (only letters are kept by them). Every character PDFium generates
(``FPDFText_IsGenerated``: the spaces and line breaks it infers) is one of these, so it is not asked."""


class TooManyChars(Exception):
    """A page holds more letters than a whole report may (``MAX_CHARS``)."""


def _chars(page: Any, room: int, view: View) -> list[Letter]:
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count > room:   # before a Python object is made for each: a crafted page may hold millions
            raise TooManyChars()
        out = []
        tp = textpage.raw
        get_unicode, get_box = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox
        get_angle, get_size, get_origin = raw.FPDFText_GetCharAngle, raw.FPDFText_GetFontSize, raw.FPDFText_GetCharOrigin
        rect = raw.FS_RECTF()      # one box reused: a dense page has thousands of letters
        ox, oy = ctypes.c_double(), ctypes.c_double()
        origin = (ctypes.byref(ox), ctypes.byref(oy))
        for i in range(count):
            code = get_unicode(tp, i)
            if code in (0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
                continue
            if not get_box(tp, i, rect):
                continue
            x0, top, x1, bottom = view.box(rect.left, rect.bottom, rect.right, rect.top)
            if code in _BLANK_CODES:   # what PDFium generates (spaces, line breaks) is among them
                if view.turn and x0 == x1 and top == bottom:
                    continue   # one it inferred: on a turned page its point stands half a letter off the line
                out.append(Letter(" ", x0, x1, top, bottom, 0.0, True))
                continue
            base = view.point(ox.value, oy.value)[1] if get_origin(tp, i, *origin) else math.nan
            out.append(Letter(chr(code), x0, x1, top, bottom, get_size(tp, i), view.upright(get_angle(tp, i)), base))
        return out
    finally:
        textpage.close()


def page_words(page: Any, room: int = MAX_CHARS, downs: Sequence[Rule] = (),
               view: View | None = None) -> tuple[list[Word], int]:
    """The page's words (top to bottom, left to right within a line, as ``view`` reads the page:
    by default the way most of its text stands upright) and how many letters it has;
    ``TooManyChars`` when the page holds more than ``room`` characters. ``downs``: the page's
    vertical rules (``page_rules``), which part a label from a number set against it."""
    return words_of(_chars(page, room, view or page_view(page)), downs)


def words_of(chars: list[Letter], downs: Sequence[Rule] = ()) -> tuple[list[Word], int]:
    """Letters placed on a page (by PDFium, or an OFD page's text codes) made into its words, and
    how many letters there are: what a reader of positioned text does alike whatever drew them."""
    letters = [c for c in chars if c.text.strip()]
    if not letters:
        return [], 0
    sizes = sorted(c.size for c in letters)
    median = sizes[len(sizes) // 2]
    kept = [c for c in letters if c.upright and c.size <= 2.5 * median + 1]
    heights = sorted(c.bottom - c.top for c in kept)
    usual = heights[len(heights) // 2] if heights else 0.0
    tall = [c for c in kept if not math.isfinite(c.base) or c.bottom - c.top > 3 * usual + 1]
    lines = _rows([c for c in kept if math.isfinite(c.base) and c.bottom - c.top <= 3 * usual + 1],
                  lambda c: c.base, BASE_TOLERANCE)                        # letters of a line share its baseline
    lines += _rows(tall, lambda c: c.top, Y_TOLERANCE)    # (vertical text: its origins are elsewhere; its tops)
    lines.sort(key=lambda line: min(c.top for c in line))
    blanks = _Blanks(chars)
    walls = _Walls(downs)
    words: list[Word] = []
    for line in lines:
        line.sort(key=lambda c: c.x0)
        current: list[Letter] = []
        for c in line:
            if current and (c.x0 - current[-1].x1 > X_TOLERANCE or blanks.between(current[-1], c)
                            or walls.between(current[-1], c)):
                words.append(_word(current))
                current = []
            current.append(c)
        if current:
            words.append(_word(current))
    return words, len(letters)


def _rows(chars: list[Letter], at: Any, tolerance: float) -> list[list[Letter]]:
    """Letters grouped into lines: those whose ``at`` (baseline or top) agree within ``tolerance``."""
    lines: list[list[Letter]] = []
    for c in sorted(chars, key=lambda c: (at(c), c.x0)):
        if lines and abs(at(c) - at(lines[-1][-1])) <= tolerance:
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines


class _Blanks:
    """The page's blanks by band of height, so a letter pair looks only at blanks on its own line."""

    BAND = Y_TOLERANCE + 2
    STEPS = 256
    """Blanks looked at per letter pair: a real line has one or two between touching letters; a
    crafted page stacking thousands on one spot would otherwise make the page quadratic."""

    def __init__(self, chars: list[Letter]) -> None:
        self.bands: dict[int, list[tuple[float, float, float]]] = {}
        for c in chars:
            if not c.text.strip():
                self.bands.setdefault(math.floor(c.top / self.BAND), []).append((c.x0, c.x1, c.top))
        for band in self.bands.values():
            band.sort()

    def between(self, a: Letter, b: Letter) -> bool:
        """Whether the text layer puts a space between two touching letters (words set close): one
        standing past the middle of the first. A blank inside its first half is no space after it:
        PDFium puts the line break it infers after a run of text a little past the run's end, and
        in a table a browser shrank to fit the page, the next cell's first letter, a line lower,
        may stand there. Taken for a space, it split "2" off "2.没有现成信息…" as a number, a
        column of numbers of its own, and 表三's rows were read from their neighbours' numbers."""
        import bisect

        if not self.bands or not math.isfinite(a.top):
            return False
        steps = 0
        k = math.floor(a.top / self.BAND)
        mid = (a.x0 + a.x1) / 2
        for band in (self.bands.get(k - 1), self.bands.get(k), self.bands.get(k + 1)):
            if not band:
                continue
            i = bisect.bisect_left(band, (mid, -math.inf, -math.inf))
            while i < len(band) and band[i][0] <= b.x0 and steps < self.STEPS:
                x0, x1, top = band[i]
                if x1 <= b.x1 + 0.5 and abs(top - a.top) <= Y_TOLERANCE + 2:
                    return True
                i += 1
                steps += 1
        return False


NUMBER_MARKS = frozenset("0123456789０１２３４５６７８９.．,%％-−")


class _Walls:
    """A page's vertical rules, to part two touching letters a column border stands between. A
    cell's text that overflows its border touches the next cell's: a closing ” hung past a label
    cell's rule against the number beside it ("…一稳定”76144292"), and the two were one word, the
    number lost to the label. Only a letter and a figure are parted so (a number that overflows
    its own cell stays whole: cut at the rule, it would read as two wrong numbers)."""

    def __init__(self, downs: Sequence[Rule]) -> None:
        self.downs = sorted(downs)
        self.places = [x for x, _, _ in self.downs]

    def between(self, a: Letter, b: Letter) -> bool:
        import bisect

        if not self.downs or (a.text in NUMBER_MARKS) == (b.text in NUMBER_MARKS):
            return False
        middle = (a.top + a.bottom) / 2
        i = bisect.bisect_right(self.places, a.x0)
        while i < len(self.downs) and self.downs[i][0] < (b.x0 + b.x1) / 2:
            if self.downs[i][1] <= middle <= self.downs[i][2]:
                return True
            i += 1
        return False


def _word(chars: list[Letter]) -> Word:
    return Word("".join(c.text for c in chars), chars[0].x0, max(c.x1 for c in chars),
                min(c.top for c in chars), max(c.bottom for c in chars))


MAX_PATHS = 5000
"""Drawn paths looked at on a page: a table's borders are a few hundred; a crafted page has millions."""
THIN = 2.5
LONG = 10.0
"""Points a ruling line must run (and a box's sides, to be a cell's): shorter is a mark or a letter's stroke."""


def page_rules(page: Any, view: View | None = None) -> tuple[list[Rule], list[Rule]]:
    """The page's horizontal lines (a table's row borders among them) and its vertical ones (its
    column borders: where across, from where to where down): thin paths, and the edges of drawn
    rectangles (a cell's border drawn as one)."""
    import pypdfium2.raw as raw

    view = view or page_view(page)
    across: list[Rule] = []
    down: list[Rule] = []
    for n, obj in enumerate(page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2)):
        if n >= MAX_PATHS:
            break
        left, top, right, bottom = view.box(*obj.get_bounds())
        wide, tall = right - left, bottom - top
        if bar(left, top, right, bottom, across, down):
            continue
        if wide >= LONG and tall >= LONG and tall <= view.height / 3:
            across += [(top, left, right), (bottom, left, right)]
            down += [(left, top, bottom), (right, top, bottom)]
    return across, down


def bar(left: float, top: float, right: float, bottom: float, across: list[Rule], down: list[Rule]) -> bool:
    """Whether a thing drawn over this box is one ruling line, a thin stroke or a filled strip, and
    if so the line put in ``across`` or ``down`` (a PDF path's bounds, an OFD subpath's)."""
    wide, tall = right - left, bottom - top
    if wide >= LONG and tall <= THIN:
        across.append(((top + bottom) / 2, left, right))
    elif tall >= LONG and wide <= THIN:
        down.append(((left + right) / 2, top, bottom))
    else:
        return False
    return True


def image_count(page: Any) -> int:
    import pypdfium2.raw as raw

    return sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))


Cut = tuple[float, float, float]
"""Something drawn past the right edge of the area its page shows (its clip path): that edge's
place across, and where the thing starts and ends down the page."""
PAST_EDGE = 1.5
"""Points a thing must reach past its clip's right edge to have lost something there: a table's
border drawn on the edge of the printable area pokes out by half its width (some 0.7 pt)."""


def page_cuts(page: Any, view: View | None = None) -> list[Cut]:
    """Text and lines the page does not show in full, cut at the right by a clip path. A browser
    prints a table wider than the paper cut at the printable area's right edge, and its text layer
    keeps only the letters it draws (859 becomes 85): what stands past that edge cannot be read.
    (Raw PDFium calls: a browser's page holds a couple of thousand clipped objects.)"""
    import ctypes

    import pypdfium2.raw as raw

    view = view or page_view(page)
    handle = page.raw
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    x, y = ctypes.c_float(), ctypes.c_float()
    kinds = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_TEXT)
    out: list[Cut] = []
    for i in range(min(raw.FPDFPage_CountObjects(handle), MAX_OBJECTS)):
        obj = raw.FPDFPage_GetObject(handle, i)
        if raw.FPDFPageObj_GetType(obj) not in kinds or not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        clip = raw.FPDFPageObj_GetClipPath(obj)
        if not clip:
            continue
        edge = -math.inf
        for j in range(min(raw.FPDFClipPath_CountPaths(clip), 4)):
            for k in range(min(raw.FPDFClipPath_CountPathSegments(clip, j), 16)):
                segment = raw.FPDFClipPath_GetPathSegment(clip, j, k)
                if segment and raw.FPDFPathSegment_GetPoint(segment, x, y):
                    edge = max(edge, view.point(x.value, y.value)[0])
        x0, y0, x1, y1 = view.box(left.value, bottom.value, right.value, top.value)
        if x0 < edge < x1 - PAST_EDGE:
            out.append((edge, y0, y1))
    return out


MAX_OBJECTS = 20_000
"""Objects looked at for cuts on a page: a browser's printed page holds two or three thousand."""



_READABLE = ((0xA0, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x100, 0x24F), (0x600, 0x6FF), (0xF00, 0xFFF),
             (0x1100, 0x11FF), (0x1800, 0x18AF), (0x2000, 0x218F), (0x2460, 0x25FF), (0x3000, 0x303F), (0x3130, 0x318F),
             (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFB50, 0xFDFF),
             (0xFE30, 0xFE4F), (0xFE70, 0xFEFF), (0xFF00, 0xFFEF))
"""What the letters of a report beyond plain ASCII are: Chinese characters, their punctuation and
full-width forms, signs, numbered and boxed marks, pinyin's tone-marked letters, and the scripts of
bilingual reports (Uyghur and Kazakh in Arabic letters, Tibetan, Mongolian, Yi, Korean): a report
printing its minority language beside the Chinese is no garbled one."""
READABLE_SHARE = 0.5
"""Below this share of readable letters (among those beyond plain ASCII) a text layer is garbled:
a font embedded without its table of what each glyph means (``/ToUnicode``) gives its glyph
numbers for letters, and they come out as control codes, accented Latin, Syriac or Thaana. A real
report's PDF with those tables taken out read 8 % readable, a reportlab one 32 %; every printed
corpus report reads 87 % or more (pinyin's accented Latin letters are most of the rest)."""
FEW_LETTERS = 20
"""Letters beyond ASCII fewer than which tell nothing."""


def garbled(words: Sequence[Word]) -> bool:
    """Whether a document's text layer cannot be read as text (copying it out gives 乱码)."""
    letters = readable = 0
    for w in words:
        for ch in w.text:
            code = ord(ch)
            if 0x20 <= code < 0x80:
                continue
            letters += 1
            readable += any(low <= code <= high for low, high in _READABLE)
    return letters >= FEW_LETTERS and readable < READABLE_SHARE * letters
