"""Which way up a PDF page is read: a landscape table stored on a portrait page.

表三 is wide, and many reports print it on a landscape page. Word and LibreOffice store such a
page as landscape, but Acrobat Distiller and the virtual printers that auto-rotate pages store it
as portrait with ``/Rotate 90`` and the text drawn turned a quarter. A page printed sideways onto
the paper shows its table turned with no ``/Rotate`` at all, and once a clerk turns it upright in
a PDF viewer and saves it, it is stored as Distiller stores it (a viewer sets ``/Rotate`` and
leaves the text as drawn). In page space every letter of such a page stands on
its side, and a reader that keeps only upright letters read nothing there: the whole table was
lost. What is read is therefore the page turned so that most of its text stands upright (the way
the text is drawn decides, not ``/Rotate``: a page turned the wrong way in the viewer is read
upright too)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

SAMPLED_TEXTS = 400
"""Text objects looked at to tell which way a page's text stands: a page drawn letter by letter
holds thousands, and its first few hundred show the way as well as all would."""
LOOKED_AT = 20_000
"""Objects looked at on a page for its texts: a page of a report holds a few thousand; a crafted
one holding millions of paths must not take seconds before a letter is read."""
SQUARE = math.radians(1)
"""How far from a quarter turn a text's angle may be to count for that quarter: a watermark set
at 30° or 45° counts for none."""


@dataclass(frozen=True)
class View:
    """A page as read: ``turn`` quarter turns clockwise from page space, and the box of the page
    it shows (its crop box, unturned, as stored). Reading coordinates run across from that box's
    left and down from its top, as a viewer shows the page: a page cropped in an editor, or one
    whose box does not start at 0 (its content placed to match), was read 30–200 pt off, its
    title above the page's top and its rows far from the page's foot (a table's rows across a
    page break were lost, 3 cells read blank in the printed corpus)."""

    turn: int
    page_width: float
    page_height: float
    left: float = 0.0
    bottom: float = 0.0

    @property
    def width(self) -> float:
        return self.page_height if self.turn % 2 else self.page_width

    @property
    def height(self) -> float:
        return self.page_width if self.turn % 2 else self.page_height

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A point in page space (PDF units, y up) as read: (across, down)."""
        x, y = x - self.left, y - self.bottom
        if self.turn == 1:
            return y, x
        if self.turn == 2:
            return self.page_width - x, y
        if self.turn == 3:
            return self.page_height - y, self.page_width - x
        return x, self.page_height - y

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """A box in page space as read: (left, top, right, bottom), down from the top."""
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def upright(self, angle: float) -> bool:
        """Whether a letter PDFium gives at ``angle`` (radians, clockwise in page space; negative
        when it cannot tell) stands upright as read."""
        if angle < 0:
            return True
        a = (angle + self.turn * math.pi / 2) % (2 * math.pi)
        return min(a, 2 * math.pi - a) <= 1e-3


def quarter_of(a: float, b: float) -> int | None:
    """The quarter turns clockwise that stand a text drawn with matrix (a, b, …) upright, or None
    when it is drawn at some other angle."""
    if a == 0 and b == 0:
        return None
    angle = math.atan2(b, a)                       # counter-clockwise in page space
    quarter = round(angle / (math.pi / 2))
    if abs(angle - quarter * math.pi / 2) > SQUARE:
        return None
    return quarter % 4


def turn_of(quarters: list[int]) -> int:
    """The turn most of a page's texts stand upright at; unturned unless more than half of them
    agree on another (a header cell's text set vertically in an upright table turns nothing)."""
    if not quarters:
        return 0
    counts = [quarters.count(q) for q in range(4)]
    best = max(range(4), key=lambda q: counts[q])
    return best if counts[best] * 2 > len(quarters) else 0


def page_view(page: Any) -> View:
    """How to read a PDFium page (pypdfium2 ``PdfPage``). (Raw PDFium calls: a page drawn letter
    by letter holds thousands of text objects, and wrapping each took longer than reading them.)"""
    import pypdfium2.raw as raw

    quarters: list[int] = []
    matrix = raw.FS_MATRIX()
    handle = page.raw
    looked = 0
    for i in range(raw.FPDFPage_CountObjects(handle)):
        looked += 1
        if len(quarters) >= SAMPLED_TEXTS or looked > LOOKED_AT:
            break
        obj = raw.FPDFPage_GetObject(handle, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFPageObj_GetMatrix(obj, matrix):
            q = quarter_of(matrix.a, matrix.b)
            if q is not None:
                quarters.append(q)
        elif kind == raw.FPDF_PAGEOBJ_FORM and raw.FPDFPageObj_GetMatrix(obj, matrix):
            turned = quarter_of(matrix.a, matrix.b)    # a form's texts (one level deep, as the words)
            inside = raw.FPDFFormObj_CountObjects(obj) if turned is not None else 0
            for j in range(max(0, min(inside, LOOKED_AT - looked))):
                looked += 1
                text = raw.FPDFFormObj_GetObject(obj, j)
                if raw.FPDFPageObj_GetType(text) == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFPageObj_GetMatrix(text, matrix):
                    q = quarter_of(matrix.a, matrix.b)
                    if q is not None and turned is not None:
                        quarters.append((q + turned) % 4)
    left, bottom, right, top = (float(v) for v in page.get_bbox())    # the crop box, unturned
    if right - left < 1 or top - bottom < 1:
        left, bottom, right, top = 0.0, 0.0, 595.0, 842.0
    return View(turn_of(quarters), right - left, top - bottom, left, bottom)
