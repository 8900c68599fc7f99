"""What printing a copied text costs, undone: a report's .txt printed to PDF by a word processor
lays each line out as a paragraph of its own, none indented, and sets digits in a Latin face apart
from the Chinese around them. A line ending short of the right margin ends its paragraph (a short
sentence and the heading under it ran into one: 2024年，我乡未收到政府信息公开申请(三)政府信息管理情况…,
whose count was then not read); a year set apart from its 年 (2021 年本机关…) is a word of a sentence,
not a number in the table above it; a label run into its digits (规章000) is split as in the text;
a number's 万 or 批次 stays with it (``core/importers/printed_text.py``, ``sections.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from core.importers import import_file
from core.importers.layout import Line, Token
from core.importers.printed_text import join_units
from importers.files import ROOT

LEFT, RIGHT, SIZE = 57.0, 537.0, 10.5
CJK = "NotoSerifSC"
Piece = tuple[str, str]
"""Text and the face it is set in: Chinese in the CJK face, digits in Times as a word processor sets them
(LibreOffice's text layer puts a blank between a year and its 年: "2021 " drawn with it)."""


def _pdf(path: Path, lines: list[str | list[Piece]]) -> Path:
    """One line of the page per item, each at the left margin: a plain string in the CJK face with its
    digits set apart in Times (a small gap on either side, as the two faces' boxes leave)."""
    if CJK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK, str(ROOT / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf")))
    page = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    y = 780.0
    for item in lines:
        pieces = _faces(item) if isinstance(item, str) else item
        x = LEFT
        for text, face in pieces:
            page.setFont(face, SIZE)
            page.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, face, SIZE) + (2.0 if face == "Times-Roman" and text[-1] != " " else 0.0)
        y -= 18.0
    page.save()
    return path


def _faces(text: str) -> list[Piece]:
    out: list[Piece] = []
    for ch in text:
        face = "Times-Roman" if ch.isascii() and ch.isdigit() else CJK
        if out and out[-1][1] == face:
            out[-1] = (out[-1][0] + ch, face)
        else:
            out.append((ch, face))
    return out


FULL = "充分利用广播、电子屏、宣传栏等渠道及时公开政府信息，做好宣传引导，推进信息公开工作，增强透明度。"
"""A line running to the right margin (45 characters of 10.5 points fill the 480 points between margins)."""
TITLE = "某某乡人民政府2024年政府信息公开工作年度报告"


def _overview(said: list[str]) -> list[str | list[Piece]]:
    return [TITLE, "一、总体情况", "（一）主动公开情况", FULL[:45], FULL[:20] + "。", "（二）依申请公开情况", *said,
            "（三）政府信息管理情况", FULL[:45], "建立健全信息发布审核机制。"]


def test_a_short_line_ends_its_paragraph(tmp_path: Path) -> None:
    """The old reader joined every line not indented to the one above: the sentence ran on into the
    heading under it and its 0 was not read."""
    pdf = _pdf(tmp_path / "r.pdf", _overview(["2024年，我乡未收到政府信息公开申请"]))
    got, _ = import_file(pdf)
    assert got.cells["requests/1/total"] == 0 and "requests/1/total" not in got.missing


def test_a_sentence_the_page_wrapped_is_still_one(tmp_path: Path) -> None:
    """A line reaching the margin goes on in the next: 收到政府信息公开申请 / 3件 is one sentence."""
    first = "2024年，本乡坚持依法依规办理各类政府信息公开申请事项，严格落实时限，共收到政府信息公开申请"
    pdf = _pdf(tmp_path / "r.pdf", _overview([first, "3件，上年结转0件。"]))
    got, _ = import_file(pdf)
    assert got.cells["requests/1/total"] == 3 and got.cells["requests/2/total"] == 0


def test_a_line_overflowing_the_margin_leaves_the_others_wrapped(tmp_path: Path) -> None:
    """A line whose Latin letters run past the margin (a page annotating its characters: 教育(jiao yu))
    sets no margin for the others: the sentence wrapped at the margin below it is still one."""
    first = "2024年，本乡坚持依法依规办理各类政府信息公开申请事项，严格落实时限，共收到政府信息公开申请"
    said = [FULL[:44] + "(jiao yu yu)", first, "3件，上年结转0件。"]
    got, _ = import_file(_pdf(tmp_path / "r.pdf", _overview(said)))
    assert got.cells["requests/1/total"] == 3 and got.cells["requests/2/total"] == 0


def test_a_sentence_wrapped_after_its_number_is_no_row(tmp_path: Path) -> None:
    """…全年共接收政府信息公开申请16 / 件，其中…: a line of words ending on a number where the page wrapped
    it is a sentence going on, not a label run into its digits (规章000), which is split into cells."""
    said = ["严格执行《条例》关于申请公开的程序要求，建立全流程闭环管理机制。全年共接收政府信息公开申请16",
            "件，其中自然人申请15件，法人或其他组织申请1件。"]
    got, _ = import_file(_pdf(tmp_path / "r.pdf", _overview(said)))
    assert got.cells["requests/1/total"] == 16


def _table_two(after: list[str | list[Piece]]) -> list[str | list[Piece]]:
    return [TITLE, "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
            "规章", "0", "0", "0", "行政规范性文件", "2", "0", "5",
            "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "0", *after]


@pytest.mark.parametrize("said", [
    [("2021 ", "Times-Roman"), ("年本机关主动公开政府信息总数量（非新闻类）:0", CJK)],
    [("2021 ", "Times-Roman"), ("年", CJK)],                  # a copy ending on its date's year
], ids=["sentence", "date"])
def test_a_year_opening_a_line_under_a_table_is_no_cell(tmp_path: Path, said: list[Piece]) -> None:
    """2021 年本机关… under 表二's last row: its 2021, set apart from 年, passed for a number of a row
    with no label and 行政事业性收费 above it was lost."""
    pdf = _pdf(tmp_path / "r.pdf", _table_two([said]))
    got, _ = import_file(pdf, year=2021)
    assert got.cells["art20_8/fees/amount"] == 0 and "art20_8/fees/amount" not in got.missing
    assert got.cells["art20_1/normative/in_force"] == 5


def test_a_label_run_into_its_digits_is_split_as_in_the_text(tmp_path: Path) -> None:
    """规章000 typed without a blank and printed: a digit a cell, as the text importer splits it."""
    lines: list[str | list[Piece]] = [TITLE, "二、主动公开政府信息情况", FULL[:30] + "。",
                                      "信息内容本年制发件数本年废止件数现行有效件数",
                                      [("规章", CJK), ("000", "Times-Roman")], [("行政规范性文件", CJK), ("205", "Times-Roman")],
                                      "三、收到和处理政府信息公开申请情况"]
    got, _ = import_file(_pdf(tmp_path / "r.pdf", lines), year=2021)
    assert [got.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [2, 0, 5]
    assert [got.cells.get(f"art20_1/rules/{c}") for c in ("issued", "repealed", "in_force")] == [0, 0, 0]


def _tokens(*texts: tuple[str, float, float]) -> Line:
    return Line([Token(t, x0, x1, 0.0, 10.0) for t, x0, x1 in texts], positional=True)


def test_a_number_keeps_its_unit_and_a_year_its_words() -> None:
    for unit in ("万", "批次", "万元", "件"):
        line = _tokens(("2601.95", 57.0, 90.0), (unit, 92.0, 102.0))
        join_units(line)
        assert [t.text for t in line.tokens] == [f"2601.95{unit}"]
    line = _tokens(("2021", 57.0, 80.0), ("年本机关主动公开", 82.0, 160.0))
    join_units(line)
    assert [t.text for t in line.tokens] == ["2021年本机关主动公开"]


def test_cells_standing_apart_are_not_joined() -> None:
    """A drawn table's cells stand far apart; a number and a word not a unit (0 行政许可) or a
    number that is no year before 年 (12 年) stay apart, and so does a unit after a gap."""
    for texts in ([("2021", 57.0, 80.0), ("年度", 120.0, 140.0)],        # far apart: two cells
                  [("12", 57.0, 70.0), ("年本机关", 72.0, 110.0)],          # no year
                  [("0", 57.0, 62.0), ("行政许可", 64.0, 100.0)],           # a word, not a unit
                  [("5", 57.0, 62.0), ("万", 80.0, 90.0)]):                # a unit a cell away
        line = _tokens(*texts)
        join_units(line)
        assert len(line.tokens) == 2, texts
