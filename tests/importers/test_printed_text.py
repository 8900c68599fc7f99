"""Text copied from a web page and then printed to .docx or PDF (Word, WPS and LibreOffice keep each
line of the text a paragraph) is read as the text it was. One test per cause the printed corpus
copies showed (``scripts/corpus_printed_report.py``), each on a small file made here:

* a Word paragraph is a line of text: Markdown rules dropped, a label closed by its pipe printed
  its cells blank (python-docx);
* a pipe row too long for the page wraps, within a page and across a page break (reportlab);
* a number and its unit set in two fonts stand apart, and are one cell (reportlab);
* a pipe table whose headings and wrapped labels stand on lines of their own is read by its pipe
  rows, where its numbers are (LibreOffice, as the corpus test prints);
* a page's tables run together into one paragraph, wrapped over many printed lines, is read as
  its text is (LibreOffice).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from core.importers import import_bytes, import_file
from core.importers.pdf import read_lines
from core.values import NA
from importers.files import differences, fixture, table_text

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"

ART20 = """某某县人民政府2024年政府信息公开工作年度报告
本报告统计期限自2024年1月1日至2024年12月31日。
二、主动公开政府信息情况
第二十条第(一)项 |
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 3 | 1 | 20 |
第二十条第(五)项 |
| 信息内容 | 本年处理决定数量 |
|---|---|
| 行政许可 | 5 |
第二十条第(六)项 |
| 信息内容 | 本年处理决定数量 |
| 行政处罚 | 2 |
行政强制 |
| ||
第二十条第(八)项 |
| 信息内容 | 本年收费金额(单位:万元) |
| 行政事业性收费 | 0 |
三、收到和处理政府信息公开申请情况
"""


def _docx(text: str) -> bytes:
    import docx

    doc = docx.Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_word_paragraphs_are_read_as_lines_of_text() -> None:
    text_report, _ = import_bytes(ART20.encode("utf-8"), "page.txt")
    word_report, _ = import_bytes(_docx(ART20), "page.docx")
    assert word_report.cells == text_report.cells
    assert word_report.missing == text_report.missing
    assert word_report.cells["art20_6/enforcement/decisions"] is None      # printed blank, not missing
    assert "art20_6/enforcement/decisions" not in word_report.missing
    assert word_report.cells["art20_1/normative/in_force"] == 20


def _canvas(pages: list[list[tuple[float, float, str, str]]]) -> bytes:
    """A PDF whose pages hold (x, y, font, text) runs; fonts "cjk" (the shipped serif) or a
    Latin base font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("PrintedTextCJK", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for runs in pages:
        for x, y, font, text in runs:
            c.setFont("PrintedTextCJK" if font == "cjk" else font, 10.5)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _rows(data: bytes) -> list[list[str]]:
    return [[t.text for t in line.tokens] for line in read_lines(data, "x.pdf", isolate=False)]


PROSE = "本机关严格落实政府信息公开条例的各项要求，主动公开政府信息，依法办理政府信息公开申请事项。"


def test_a_wrapped_pipe_row_is_one_row() -> None:
    width = 72 + 10.5 * len(PROSE)
    first = "| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 9 | 0 | 0 | 0 |"
    data = _canvas([[
        (72, 800, "cjk", PROSE),
        (72, 780, "cjk", first), (width - 15, 780, "cjk", "0 |"),    # the row reaches the margin …
        (72, 765, "cjk", "0 | 9 |"),                                  # … and ends on the next line
        (72, 740, "cjk", "| 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"),
        (72, 700, "cjk", "| 3.其他 | 4 | 0 | 0 | 0 | 0 | 0 |"), (width - 15, 700, "cjk", "4 |"),
        (72, 685, "cjk", "### 四、结转下年度继续办理"),               # a closed row: what follows is its own
        (72, 60, "cjk", "| 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 |"), (width - 15, 60, "cjk", "0"),
    ], [
        (72, 800, "cjk", "| 0 |"),                                   # wrapped across the page break
    ]])
    rows = _rows(data)
    assert ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "9", "0", "0", "0", "0", "0", "9"] in rows
    assert ["2.重复申请", "1", "0", "0", "0", "0", "0", "1"] in rows
    assert ["3.其他", "4", "0", "0", "0", "0", "0", "4"] in rows
    assert ["4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"] in rows
    assert ["###", "四、结转下年度继续办理"] in rows and not any(r[:1] == ["0"] for r in rows)


def test_a_number_and_its_unit_in_two_fonts_are_one_cell() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    right = 300 + stringWidth("592", "Times-Roman", 10.5)
    data = _canvas([[(72, 700, "cjk", "行政事业性收费"), (300, 700, "Times-Roman", "592"),
                     (right + 2.5, 700, "cjk", "万元"),
                     (72, 680, "cjk", "采购项目数量"), (300, 680, "Times-Roman", "12"), (340, 680, "cjk", "万元")]])
    rows = _rows(data)
    assert ["行政事业性收费", "592万元"] in rows
    assert ["采购项目数量", "12", "万元"] in rows                       # a unit standing apart is not joined


def _print(text: str, fmt: str, tmp: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from scripts.libreoffice import convert, soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp / "report.txt"
    src.write_text(text, encoding="utf-8")
    return convert(src, fmt, tmp / "out", tmp / "lo")


def test_a_pipe_table_among_loose_heading_lines_is_read_by_its_pipe_rows(tmp_path: Path) -> None:
    """A PDF turned to Markdown and printed again: 表四's header words stand on lines of their own
    (more lines than its pipe rows), its numbers in one pipe row."""
    report = fixture("samples/huaian-city-2024")
    text = table_text(report, "pipe")
    head = "四、政府信息公开行政复议、行政诉讼情况"
    loose = "\n".join(["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果 结果 其他 尚未",
                       "总计", "维持 纠正 结果 审结", "总计 总计", "维持 纠正 结果 审结 维持 纠正 结果 审结"])
    at = text.index("\n", text.index(head)) + 1
    text = text[:at] + loose + "\n" + text[at:]
    got, _ = import_file(_print(text, "pdf", tmp_path))
    appeals = {a: v for a, v in report.cells.items() if a.startswith("appeals/")}
    assert differences(got, appeals) == []
    assert all(got.cells[a] is not NA for a in appeals)


RUN_TOGETHER = ("某某区农业农村局2025年政府信息公开工作年度报告\n"
                "本报告统计期限自2025年1月1日至2025年12月31日。\n"
                "二、主动公开政府信息情况 第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 "
                "规 章 0 0 0 行政规范性文件 4 1 17 第二十条第(五)项 信息内容 本年处理决定数量 行政许可 52 "
                "第二十条第(六)项 信息内容 本年处理决定数量 行政处罚 15 行政强制 3 第二十条第(八)项 信息内容 "
                "本年收费金额(单位:万元) 行政事业性收费 0 三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为:"
                "第一项加第二项之和,等于第三项加第四项之和) 申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 "
                "社会公益组织 法律服务机构 其他 一、本年新收政府信息公开申请数量 1 0 0 0 0 11 12 "
                "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n")


def test_a_run_together_paragraph_wrapped_by_the_page_reads_as_its_text(tmp_path: Path) -> None:
    """A page's tables flattened into one paragraph (汉台区农业农村局 2025, helper 68), printed: the
    page wraps it over a dozen lines, cutting rows from their numbers ("规 章 0 0" / "0 行政规范性文件");
    read line by line none of it was found. The paragraph is put back on one line, as in the text."""
    text_report, _ = import_bytes(RUN_TOGETHER.encode("utf-8"), "page.txt")
    assert text_report.cells["requests/1/total"] == 12 and text_report.cells["art20_1/normative/in_force"] == 17
    got, _ = import_file(_print(RUN_TOGETHER, "pdf", tmp_path))
    read = {a: v for a, v in text_report.cells.items() if a not in text_report.missing and v is not None}
    assert len(read) == 24
    assert differences(got, read) == []
