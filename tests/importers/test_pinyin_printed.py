"""The pinyin a site's 注音 feature writes after characters, left out of a PDF printed from such a page
too (issue 17): the PDF splits a reading where the fonts change (委员会(huì / )2022年, the space the
site put before the bracket) or wraps the line just before it (…要求,现 / (xiàn)发布…), as the corpus
copies' PDFs do (pagesas-chaoyang-wjw-2022-trad, pages-ningqiang-sjj-2023). Real bracketed words stay."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from core.importers import import_bytes
from core.importers.layout import Line, Token
from core.importers.script import lines_without_pinyin

FONT = Path(__file__).resolve().parents[2] / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
SIZE = 10.5
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


def _line(*texts: str, grid: bool = False) -> Line:
    """A line of one token per text, each 100 points wide."""
    return Line([Token(t, 72.0 + 100 * i, 160.0 + 100 * i, 0.0, 10.5) for i, t in enumerate(texts)],
                positional=not grid, grid=grid)


def test_a_reading_split_over_two_tokens_or_a_line_wrap_is_left_out() -> None:
    lines = [_line("朝阳市卫生健康委员会(huì", ")2022年度政府信息公开工作年度报告"),
             _line("根据《条例》要求,现"), _line("(xiàn)发布本报告。"),
             _line("组织召开培训会(", "huì)。")]
    got = lines_without_pinyin(lines)
    assert [line.text for line in got] == ["朝阳市卫生健康委员会2022年度政府信息公开工作年度报告",
                                           "根据《条例》要求,现", "发布本报告。", "组织召开培训会。"]
    # the two tokens the reading split are one again, from the first's left to the second's right
    assert [(t.x0, t.x1) for t in got[0].tokens] == [(lines[0].tokens[0].x0, lines[0].tokens[1].x1)]
    assert got[1] is lines[1]       # a line with nothing left out is the line itself


def test_a_token_or_line_holding_only_a_reading_goes() -> None:
    lines = [_line("规章制度的规"), _line("(guī)"), _line("定了", "(le)", "审核", "(hé)", "3")]
    got = lines_without_pinyin(lines)
    assert [[t.text for t in line.tokens] for line in got] == [["规章制度的规"], ["定了", "(le)", "审核", "3"]]


@pytest.mark.parametrize("text", [
    "(一)主动公开情况", "第二十条第(一)项", "本机关(2022年)", "《条例(试行)》", "国家发展改革委(NDRC)",
    "联系人(John Smith)", "(2022年)", "数据(单位:万元)", "《条例》(以下简称条例)", "信息公开(ok)",
])
def test_real_bracketed_words_stay_across_tokens_and_lines(text: str) -> None:
    """Cut anywhere (inside one line, or over a wrap), nothing of them is a reading: the lines come back
    as they were, the very same list."""
    for cut in range(1, len(text)):
        for lines in ([_line(text[:cut], text[cut:])], [_line("本机关"), _line(text[:cut]), _line(text[cut:])]):
            assert lines_without_pinyin(lines) is lines


def test_a_real_tables_cells_are_read_one_by_one() -> None:
    """Two cells of a Word or web table are not one text: a reading is left out only inside a cell."""
    lines = [_line("规", "(guī)", grid=True), _line("规(guī)章", "0", grid=True)]
    got = lines_without_pinyin(lines)
    assert [line.cells for line in got] == [["规", "(guī)"], ["规章", "0"]]


def _pdf(rows: list[list[tuple[float, str]]]) -> bytes:
    """One A4 page, each row (x, text) pieces drawn in the shipped serif, one row under the other."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("PinyinPrintedCJK", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("PinyinPrintedCJK", SIZE)
    for n, pieces in enumerate(rows):
        for x, text in pieces:
            c.drawString(x, 780.0 - 18 * n, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _row(text: str) -> list[tuple[float, str]]:
    return [(72.0, text)]


@pytest.mark.skipif(not FONT.exists(), reason="the shipped font is missing")
def test_a_printed_page_with_pinyin_reads_without_it() -> None:
    title = "朝阳市卫生健康委员会(huì"
    rows = [
        [(72.0, title), (72.0 + SIZE * (len(title) - 2) + 8.0, ")2022年度政府信息公开工作年度报告")],
        _row("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,现"),
        _row("(xiàn)发布本报告。本报告中所列数据的统计期限自2022年1月1日至2022年12月31日。"),
        _row("一、总体情况"),
        _row("(一)主动公开。本机关坚持“以公开为常态"),
        _row("(tài),不公开为例外”,公开《工作规则(试行)》等文件(NDRC)。"),
        _row("二、主动公开政府信息情况"),
        [(72.0, "信息内容"), (200.0, "本年制发件数"), (300.0, "本年废止件数"), (400.0, "现行有效件数")],
        [(72.0, "规章"), (200.0, "0"), (300.0, "0"), (400.0, "0")],
        [(72.0, "行政规范性文件"), (200.0, "1"), (300.0, "0"), (400.0, "2")],
    ]
    report, log = import_bytes(_pdf(rows), "copy.pdf")
    texts = "\n".join(v for v in report.texts.values() if v)
    assert report.organ == "朝阳市卫生健康委员会" and report.year == 2022
    assert not any(ch in texts for ch in TONED), texts
    assert "现发布本报告" in texts.replace("\n", "") and "以公开为常态,不公开为例外" in texts.replace("\n", "")
    assert "(一)主动公开" in texts and "《工作规则(试行)》" in texts and "(NDRC)" in texts
    assert any("拼音" in n for n in log.notes)
