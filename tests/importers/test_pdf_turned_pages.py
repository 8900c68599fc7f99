"""PDF pages stored turned and shown upright: a landscape 表三 as Acrobat Distiller and the printers
that auto-rotate pages store it (a portrait sheet, ``/Rotate 90`` or ``270``, its text drawn a
quarter turn round; a sideways page a clerk turned upright in a viewer and saved is stored so
too), a page printed sideways onto a landscape sheet with no ``/Rotate``. Every letter of such a page stood on its side in page space
and was dropped: a report stored so was refused ("未找到任何统计表"), and one with only its 表三
page turned lost that table. Each page is now read the way most of its text stands upright."""

from __future__ import annotations

import pytest
from corpus_import import entries
from drawn_pdf import FONT, draw, misread

from core.importers import import_bytes

_ENTRIES = {meta["id"]: meta for meta, _ in entries()}
ENTRY = "code-pingtan-2021"

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="the shipped font is not here")


def _read(turn: str, **how: object) -> tuple[list[str], dict[str, object], set[str]]:
    pdf, printed = draw(_ENTRIES[ENTRY], turn=turn, **how)  # type: ignore[arg-type]
    wrong, report = misread(pdf, printed)
    return wrong, dict(report.cells), set(report.missing)


@pytest.mark.parametrize("turn", ["90", "180", "270", "odd90", "side90", "crop"])
def test_a_turned_page_reads_as_the_upright_one(turn: str) -> None:
    """Every cell as from the same pages stored upright: none wrong, none lost."""
    upright_wrong, upright, upright_missing = _read("")
    assert upright_wrong == [] and not any(a.startswith("requests/") for a in upright_missing)
    wrong, cells, missing = _read(turn)
    assert wrong == []
    assert missing == upright_missing
    assert cells == upright


def test_turned_pages_of_unruled_tables_read_too() -> None:
    """Without drawn rules the columns come from the words' places alone: turned, they are the
    same places."""
    upright_wrong, upright, upright_missing = _read("", rules=False)
    wrong, cells, missing = _read("270", rules=False)
    assert upright_wrong == [] and wrong == []
    assert (cells, missing) == (upright, upright_missing)


def test_a_page_turned_in_a_viewer_and_saved_is_read_upright() -> None:
    """A page turned a quarter with ``/Rotate`` alone (its text upright in page space, shown on
    its side): read the way its text stands, as before."""
    import io

    from drawn_pdf import FACE
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont(FACE, str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(842, 595))
    c.setPageRotation(90)
    c.setFont(FACE, 12)
    c.drawString(40, 500, "某某镇人民政府2021年政府信息公开工作年度报告")
    c.drawString(40, 460, "三、收到和处理政府信息公开申请情况")
    c.drawString(40, 430, "一、本年新收政府信息公开申请数量")
    for i, v in enumerate(["12", "0", "0", "0", "0", "1", "13"]):
        c.drawString(330 + i * 32, 430, v)
    c.showPage()
    c.save()
    report, _ = import_bytes(buf.getvalue(), "turned.pdf")
    assert report.cells["requests/1/natural"] == 12
    assert report.cells["requests/1/total"] == 13


def test_a_page_is_turned_only_when_most_of_its_text_stands_so() -> None:
    """A header cell set vertically in an upright table, or a watermark at 45°, turns nothing;
    a page most of whose texts stand a quarter round is read turned that way."""
    import math

    from core.importers.pdf_turn import quarter_of, turn_of

    assert quarter_of(1, 0) == 0 and quarter_of(0, 1) == 1 and quarter_of(-1, 0) == 2 and quarter_of(0, -2) == 3
    assert quarter_of(math.cos(math.pi / 4), math.sin(math.pi / 4)) is None
    assert turn_of([0] * 40 + [1] * 6) == 0
    assert turn_of([1] * 40 + [0] * 6) == 1
    assert turn_of([1] * 20 + [3] * 20) == 0
    assert turn_of([]) == 0


def test_a_cropped_page_is_read_as_the_viewer_shows_it() -> None:
    """A page cropped in an editor (its crop box inside the sheet): places are measured from the
    box a viewer shows. They were measured from the sheet's foot up to the box's height, 30–60 pt
    off: the title stood above the page's top, and rows moved in and out of the margins where
    page numbers and running heads are looked for."""
    import io

    import pypdfium2 as pdfium
    from drawn_pdf import FACE
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from core.importers.pdf_text import page_words

    pdfmetrics.registerFont(TTFont(FACE, str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setCropBox((20, 30, 575, 812))
    c.setFont(FACE, 12)
    c.drawString(30, 812 - 20, "年度报告")          # 10 pt in from the box's left, its top 8 pt under the box's
    c.drawString(30, 30 + 10, "第1页")               # its baseline 10 pt above the box's foot
    c.showPage()
    c.save()
    page = pdfium.PdfDocument(buf.getvalue())[0]
    words, _ = page_words(page)
    title, foot = words[0], words[-1]
    assert title.text == "年度报告" and abs(title.x0 - 10) < 1 and 0 < title.top < 12
    assert foot.text == "第1页" and 772 - 12 < foot.bottom <= 782
