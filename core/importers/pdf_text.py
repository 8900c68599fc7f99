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
from dataclasses import dataclass
from typing import Any

X_TOLERANCE = 2.0
Y_TOLERANCE = 2.0
MAX_CHARS = 400_000
"""Letters in a whole document beyond which it is no annual report (about 80 dense pages)."""


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool


def _chars(page: Any) -> list[_Char]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        height = float(page.get_height())
        out = []
        for i in range(textpage.count_chars()):
            code = raw.FPDFText_GetUnicode(textpage.raw, i)
            if code in (0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
                continue
            text = " " if raw.FPDFText_IsGenerated(textpage.raw, i) == 1 else chr(code)
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            angle = float(raw.FPDFText_GetCharAngle(textpage.raw, i))
            upright = angle < 0 or min(angle, 2 * math.pi - angle) <= 1e-3   # -1: PDFium could not tell
            out.append(_Char(text, float(left), float(right), height - float(top), height - float(bottom),
                             float(raw.FPDFText_GetFontSize(textpage.raw, i)), upright))
        return out
    finally:
        textpage.close()


def page_words(page: Any) -> tuple[list[Word], int]:
    """The page's words (top to bottom, left to right within a line) and how many letters it has."""
    chars = _chars(page)
    letters = [c for c in chars if c.text.strip()]
    if not letters:
        return [], 0
    sizes = sorted(c.size for c in letters)
    median = sizes[len(sizes) // 2]
    kept = [c for c in letters if c.upright and c.size <= 2.5 * median + 1]
    kept.sort(key=lambda c: (c.top, c.x0))
    lines: list[list[_Char]] = []
    for c in kept:                                           # letters whose tops agree share a line
        if lines and abs(c.top - lines[-1][-1].top) <= Y_TOLERANCE:
            lines[-1].append(c)
        else:
            lines.append([c])
    blanks = sorted((c.x0, c.x1, c.top) for c in chars if not c.text.strip())
    words: list[Word] = []
    for line in lines:
        line.sort(key=lambda c: c.x0)
        current: list[_Char] = []
        for c in line:
            if current and (c.x0 - current[-1].x1 > X_TOLERANCE or _blank_between(blanks, current[-1], c)):
                words.append(_word(current))
                current = []
            current.append(c)
        if current:
            words.append(_word(current))
    return words, len(letters)


def _blank_between(blanks: list[tuple[float, float, float]], a: _Char, b: _Char) -> bool:
    """Whether the text layer puts a space between two touching letters (words set close)."""
    import bisect

    i = bisect.bisect_left(blanks, (a.x0, -math.inf, -math.inf))
    while i < len(blanks) and blanks[i][0] <= b.x0:
        x0, x1, top = blanks[i]
        if x0 >= a.x0 and x1 <= b.x1 + 0.5 and abs(top - a.top) <= Y_TOLERANCE + 2:
            return True
        i += 1
    return False


def _word(chars: list[_Char]) -> Word:
    return Word("".join(c.text for c in chars), chars[0].x0, max(c.x1 for c in chars),
                min(c.top for c in chars), max(c.bottom for c in chars))


def image_count(page: Any) -> int:
    import pypdfium2.raw as raw

    return sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
