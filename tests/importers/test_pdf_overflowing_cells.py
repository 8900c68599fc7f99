"""A PDF whose table cell's text reaches past the cell's rule into the next cell: reportlab hangs a
closing ” past a squeezed label cell's border, against the number beside it. Letters within 2 pt
are one word, so "…一稳定”76144292" was one word and the row's 自然人 read as blank (not even as
unread). A column rule between a letter and a figure now parts them; a number that overflows its
own cell is never cut at the rule (two wrong numbers are worse than one number in a doubtful
place)."""

from __future__ import annotations

import io

import pypdfium2
import pytest

from core.exporters.fonts import choose
from core.exporters.pdf import _kinsoku, _styles
from core.importers.pdf_text import Letter, _Walls, page_rules, page_words


@pytest.fixture(autouse=True)
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")


def _overflowing_table(label: str, number: str, label_width: float, number_width: float) -> bytes:
    """One row, a label and a number, set with reportlab's own Paragraph, which hangs a closing
    mark past its cell (our exporter no longer does, so it cannot make this file)."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    _kinsoku()                  # as the exporter sets reportlab: ” may not start a line, so it hangs
    fonts = choose([label])
    style = _styles(fonts)["cell_left"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, initialFontName=fonts["body"].name)
    table = Table([[Paragraph(label, style), number]],
                  colWidths=[label_width, number_width],
                  style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                    ("FONT", (0, 0), (-1, -1), fonts["table"].name, 10.5),
                                    ("ALIGN", (1, 0), (1, 0), "CENTER")]))
    doc.build([table])
    return buf.getvalue()


def _words(data: bytes, walls: bool = True) -> list[str]:
    pdf = pypdfium2.PdfDocument(data)
    try:
        page = pdf[0]
        return [w.text for w in page_words(page, downs=page_rules(page)[1] if walls else ())[0]]
    finally:
        pdf.close()


def test_a_label_hung_past_its_rule_is_parted_from_the_number_beside_it() -> None:
    data = _overflowing_table("3.危及“三安全一稳定”", "76144292", 111.0, 52.0)
    assert "3.危及“三安全一稳定”76144292" in _words(data, walls=False)   # the file is as found
    assert _words(data) == ["3.危及“三安全一稳定”", "76144292"]


def test_a_number_wider_than_its_cell_stays_one_number() -> None:
    data = _overflowing_table("予以公开", "761442921234", 100.0, 40.0)
    assert _words(data) == ["予以公开", "761442921234"]


def _at(text: str, x0: float) -> Letter:
    return Letter(text, x0, x0 + 10.5, 100.0, 110.5, 10.5, True, 108.0)


@pytest.mark.parametrize(("a", "b", "rule", "parted"), [
    ("”", "7", 258.3, True),       # the hung mark: the rule runs through its box
    ("定", "7", 253.5, True),      # letters set close, the rule between them
    ("9", "2", 258.3, False),      # a number overflowing its own cell
    ("2", ".", 258.3, False),      # money: 24252.311082
    ("定", "”", 258.3, False),     # a label's own letters
    ("”", "7", 300.0, False),      # the rule far off
])
def test_only_a_letter_and_a_figure_are_parted_at_a_rule(a: str, b: str, rule: float, parted: bool) -> None:
    left, right = _at(a, 253.0), _at(b, 263.2)
    assert _Walls([(rule, 90.0, 120.0)]).between(left, right) is parted
    assert _Walls([(rule, 130.0, 160.0)]).between(left, right) is False   # a rule of another row
