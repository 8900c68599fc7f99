"""Page furniture in a PDF: what is dropped as a page number and what stays a table's cell."""

from __future__ import annotations

import pytest

from core.importers.layout import Line
from core.importers.pdf import _page_number


@pytest.mark.parametrize("text,index,dropped", [
    ("— 3 —", 2, True), ("- 12 -", 0, True), ("第 4 页", 3, True), ("第4页 共6页", 3, True),
    ("3", 2, True), ("2", 2, True),         # the page's own number (a cover may be unnumbered)
    ("0", 4, False), ("12", 3, False),      # a table's cell that a page break left in the margin
    ("行政许可", 0, False),
])
def test_only_the_pages_own_number_is_dropped(text: str, index: int, dropped: bool) -> None:
    assert _page_number(text, index) is dropped


def _pdf_with_watermark() -> bytes:
    import io
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = Path(__file__).resolve().parents[2] / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
    pdfmetrics.registerFont(TTFont("WatermarkTest", str(font)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("WatermarkTest", 10.5)
    for i, (label, value) in enumerate([("行政许可", "550"), ("行政处罚", "4119"), ("行政强制", "195")]):
        c.drawString(72, 700 - 20 * i, label)
        c.drawString(200, 700 - 20 * i, value)
    c.saveState()                             # a big rotated 草稿 across the rows
    c.translate(150, 660)
    c.rotate(30)
    c.setFont("WatermarkTest", 72)
    c.drawString(0, 0, "草稿")
    c.restoreState()
    c.setFont("WatermarkTest", 60)            # and an upright outsized one
    c.drawString(180, 690, "样")
    c.save()
    return buf.getvalue()


def test_watermarks_are_dropped_before_letters_become_words() -> None:
    from core.importers.pdf import read_lines

    lines = read_lines(_pdf_with_watermark(), "x.pdf")
    rows = [[t.text for t in line.tokens] for line in lines]
    assert ["行政许可", "550"] in rows and ["行政处罚", "4119"] in rows and ["行政强制", "195"] in rows
    assert not any("草" in t or "样" in t for row in rows for t in row)


def _line(text: str, page: int, mark: str = "") -> Line:
    from core.importers.layout import Token
    from core.importers.pdf import MARGIN_NUMBER

    return Line([Token(text, 0, 10, 0, 10)], positional=True, page=page, extra={MARGIN_NUMBER: mark} if mark else {})


def test_bare_margin_numbers_are_page_numbers_only_when_they_recur_in_step() -> None:
    """Numbers at the foot of every page are page numbers; a table's "1" that a page break put at
    the top of page 2 (LibreOffice prints no page numbers) is found once, and stays a cell."""
    from core.importers.pdf import drop_page_numbers

    lines = [_line("行政事业性收费", 0), _line("1", 0, "bottom:0"), _line("1", 1, "top:-1"), _line("0", 1),
             _line("2", 1, "bottom:0"), _line("3", 2, "bottom:0")]
    kept = drop_page_numbers(lines, 3)
    assert [(x.text, x.page) for x in kept] == [("行政事业性收费", 0), ("1", 1), ("0", 1)]
    assert all(not x.extra for x in kept)
    assert [x.text for x in drop_page_numbers([_line("规章", 0), _line("1", 0, "bottom:0")], 1)] == ["规章"]


def test_two_margin_numbers_on_one_page_are_not_numbers_of_two_pages() -> None:
    """A table printed one cell per line leaves "1" and "1" at the foot of page 2: the same mark
    twice, but on one page, so not in step with the pages. They were dropped as page numbers (a
    page cropped in an editor moved them into the foot's margin, and 行政事业性收费 read blank)."""
    from core.importers.pdf import drop_page_numbers

    lines = [_line("行政事业性收费", 1), _line("1", 1, "bottom:-1"), _line("1", 1, "bottom:-1"), _line("第二十条", 2)]
    assert [x.text for x in drop_page_numbers(lines, 3)] == ["行政事业性收费", "1", "1", "第二十条"]
