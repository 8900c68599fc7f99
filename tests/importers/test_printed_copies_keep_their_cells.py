"""A copied text printed to PDF (``test_corpus_printed``) reads the cells the text without its blank
lines reads: three causes the printed corpus showed, each on a small PDF drawn here, with the close
layouts that must stay as they were.

* a lone "/" at the foot of two pages at the same place is a cell, not a running footer;
* a section heading inside a printed line of typed words is cut out, as in the text;
* a row label a page's wrap left alone under a line reaching the margin is the end of a sentence,
  not a table's row.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from core.importers import import_bytes
from core.importers.heading_cut import cut_headings
from core.importers.layout import Line, Token
from core.importers.pdf import read_lines
from core.values import NA

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
SIZE = 10.5
LEFT = 72.0
WIDTH = 42 * SIZE
"""A line of 42 characters: the page's text width."""
TITLE = "某某镇人民政府2024年政府信息公开工作年度报告"

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="the shipped font is not here")


def _pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A4 pages holding (x, y, text) runs in the shipped serif."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("KeepCellsCJK", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for runs in pages:
        for x, y, text in runs:
            c.setFont("KeepCellsCJK", SIZE)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _width(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("KeepCellsCJK", str(FONT)))
    return float(pdfmetrics.stringWidth(text, "KeepCellsCJK", SIZE))


def _wrapped(text: str) -> list[str]:
    """``text`` as a page wraps it: as many characters on a line as fit the text width."""
    lines, line = [], ""
    for ch in text:
        if line and _width(line + ch) > WIDTH:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def _page(lines: list[str], top: float = 800) -> list[tuple[float, float, str]]:
    """Lines of text, each a paragraph's line at the left margin (words a blank apart as typed)."""
    runs = []
    for i, line in enumerate(lines):
        x = LEFT
        for word in line.split(" "):
            runs.append((x, top - 16 * i, word))
            x += _width(word + " ")
    return runs


# --- a lone "/" at the foot of two pages ---------------------------------------------------------------

PERIOD = "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止，本机关依法主动公开政府信息。"


@pytest.mark.parametrize("cell", ["/", "无"])
def test_a_lone_cell_at_the_foot_of_two_pages_is_read(cell: str) -> None:
    """A table printed one cell per line put 行政处罚's "/" at the foot of page 1 and 行政事业性收费's at
    the same place on page 2: taken for a running footer, the first was dropped and 行政处罚 read as a
    row printing nothing."""
    one = _page([TITLE, PERIOD, "二、主动公开政府信息情况", "第二十条第(五)项", "信息内容", "本年处理决定数量",
                 "行政许可", "25", "第二十条第(六)项", "信息内容", "本年处理决定数量", "行政处罚"])
    two = _page(["行政强制", "0", "第二十条第(八)项", "信息内容", "本年收费金额(单位:万元)", "行政事业性收费"])
    foot = (LEFT, 60.0, cell)
    report, _ = import_bytes(_pdf([one + [foot], two + [foot]]), "x.pdf")
    assert report.cells["art20_5/license/decisions"] == 25
    if cell == "/":
        assert "art20_6/penalty/decisions" not in report.missing
        assert report.cells["art20_6/penalty/decisions"] in (None, NA)
    else:       # read, and not taken for 0: 无 may mean either
        assert "原文为“无”" in report.missing["art20_6/penalty/decisions"]


@pytest.mark.parametrize("foot", ["某某镇人民政府", "第1页"])
def test_a_running_footer_of_words_is_still_dropped(foot: str) -> None:
    """The same two pages whose feet print the organ's name, or 第1页 and 第2页: a running footer,
    dropped as before (read where it fell, it was a row of the table the page break cut)."""
    one = _page([TITLE, PERIOD, "二、主动公开政府信息情况", "第二十条第(六)项", "信息内容", "本年处理决定数量",
                 "行政处罚"])
    two = _page(["行政强制", "0", "第二十条第(八)项", "信息内容", "本年收费金额(单位:万元)", "行政事业性收费", "0"])
    texts = [line.text for line in read_lines(_pdf([one + [(LEFT, 60.0, foot)], two + [(LEFT, 60.0, foot.replace("1", "2"))]]),
                                              "x.pdf", isolate=False)]
    assert texts[-1] == "0" and not any(foot[:2] in t for t in texts[1:])


# --- a heading inside a printed line -------------------------------------------------------------------

OPENING = ("某某镇人民政府 2024 年政府信息公开工作年度报告 一、总体情况 2024 年,我镇严格按照上级要求,抓好年度工作要点落实,"
           "持续深化重点领域政务公开,不断丰富政策文件解读内容。 (一)依法做好依申请公开 2024 年,共收到政府信息公开申请 "
           "22 件,均已按期答复。 (二)不断强化政府信息管理 我镇持续规范政府信息管理工作。")


def test_a_heading_inside_a_printed_line_is_cut_out() -> None:
    """A copy run together on one line (a document library's page), printed: its heading stands inside
    a line the page wrapped, so 一、总体情况 was never found and the count it states was not read."""
    report, _ = import_bytes(_pdf([_page(_wrapped(OPENING))]), "x.pdf")
    assert report.cells.get("requests/1/total") == 22, report.missing.get("requests/1/total")


HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _printed(words: list[tuple[float, str]]) -> Line:
    """A printed line of (x, word); x 0: a blank after the word before (typed)."""
    tokens: list[Token] = []
    for x, w in words:
        x0 = x or tokens[-1].x1 + 3
        tokens.append(Token(w, x0, x0 + SIZE * len(w), 700, 710))
    return Line(tokens, positional=True)


@pytest.mark.parametrize("words", [
    [(72, "…的通知要求。"), (250, "一、总体情况"), (330, "2024年,我镇严格按照")],     # a drawn table's cells, far apart
    [(72, "有关数据详见三、收到和处理政府信息公开申请情况一节,我镇")],                 # words of a sentence
    [(72, "本报告包括:"), (0, "一、总体情况"), (0, "二、主动公开政府信息情况")],  # a list of the headings
])
def test_printed_lines_other_than_typed_headings_are_left_whole(words: list[tuple[float, str]]) -> None:
    """A printed line is cut only where it is typed words (each a blank from the next) holding a
    heading as the text reader cuts one; else it stays whole, a printed line as before."""
    line = _printed(words)
    assert cut_headings([line], HEADINGS) == [line]


def test_a_typed_printed_line_is_cut_where_its_words_go_on() -> None:
    """The pieces stay printed lines: the first where the line started, the last ending where it
    ended (its paragraph goes on in the next line the page wrapped), the heading apart."""
    line = _printed([(72, "…汇报如下:"), (0, "一、总体情况"), (0, "1、主动公开政府信息的情况:40条,其内容涉及")])
    pieces = cut_headings([line], HEADINGS)
    assert [p.text for p in pieces] == ["…汇报如下:", "一、总体情况", "1、主动公开政府信息的情况:40条,其内容涉及"]
    assert all(p.positional for p in pieces)
    assert pieces[0].tokens[0].x0 == 72 and pieces[-1].tokens[-1].x1 == line.tokens[-1].x1
    assert pieces[1].indent >= 8 and pieces[2].indent >= 8


# --- the end of a sentence wrapped onto a line of its own ----------------------------------------------

FULL = "全年各项工作有序推进，政务公开质量不断提升，本年度没有发生因政府信息公开工作而引起的"
"""42 characters: a line the page filled to its margin, the sentence going on in the next."""


def _overview(line: str) -> bytes:
    lines = [TITLE, *_wrapped(PERIOD), "一、总体情况", "(一)主动公开情况。全年通过微信公众号推送、发布各类信息137条。",
             "(二)依申请公开情况。2024年度,某某镇未收到政府信息公开申请。", line, "行政复议"]
    return _pdf([_page(lines)])


def test_a_label_the_page_wrapped_onto_a_line_is_no_row() -> None:
    """…没有发生因政府信息公开工作而引起的 filling its line to the margin, 行政复议 alone on the next: 表四
    was found there, its header all the copy printed of it, and the 0 the sentence says was not read."""
    assert abs(_width(FULL) - WIDTH) < 1
    report, _ = import_bytes(_overview(FULL), "x.pdf")
    assert report.cells.get("requests/1/total") == 0
    assert report.cells.get("appeals/review/total") == 0, report.missing.get("appeals/review/total")


def test_a_label_under_a_line_ending_short_of_the_margin_is_no_wrap() -> None:
    """The same sentence ending short of the margin (its paragraph ends there): 行政复议 on the line
    after it is no part of it, and no 0 is read from the sentence, cut before 行政复议."""
    report, _ = import_bytes(_overview(FULL[FULL.index("本年度"):]), "x.pdf")
    assert report.cells.get("appeals/review/total") is None
