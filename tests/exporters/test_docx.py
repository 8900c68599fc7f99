"""Golden tests of the Word export: text in order, GB/T 9704 styles, tables with their merges."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from exporthelpers import DAY, clean, huaian

from core.exporters import render
from core.exporters.docx import STYLE_H1, STYLE_H2, STYLE_SIGN, STYLE_TABLE, STYLE_TITLE, export_docx
from core.exporters.selfcheck import SelfCheckError, check_docx
from core.sheet import table_views

SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _doc(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _east_asia(element: object) -> str:
    fonts = element.find(qn("w:rPr") + "/" + qn("w:rFonts"))  # type: ignore[attr-defined]
    return "" if fonts is None else fonts.get(qn("w:eastAsia"), "")


@pytest.fixture(scope="module")
def clean_doc() -> docx.document.Document:
    return _doc(render(clean(), "docx", today=DAY))


def test_paragraphs_in_printing_order(clean_doc: docx.document.Document) -> None:
    texts = [(p.style.name, p.text) for p in clean_doc.paragraphs if p.text]
    # The title is wider than a line of 2号: broken after the organ by a line break (see test_layout).
    assert texts[0] == (STYLE_TITLE, "某某镇人民政府\n2024年政府信息公开工作年度报告")
    assert texts[1][1].startswith("本报告依据《中华人民共和国政府信息公开条例》编制")
    assert [t for s, t in texts if s == STYLE_H1] == SECTIONS
    assert texts[-2:] == [(STYLE_SIGN, "某某镇人民政府"), (STYLE_SIGN, "2025年1月20日")]
    # An empty subsection prints no heading; a section with its text prints both.
    assert not any(s == STYLE_H2 for s, _ in texts)
    i = texts.index((STYLE_H1, "五、存在的主要问题及改进情况"))
    assert texts[i + 1] == ("Normal", "存在的问题：公开内容不够全面。改进情况：上年度所提问题已整改。")


def test_subsection_text_prints_under_its_kaiti_heading() -> None:
    report = huaian()
    report.texts["1.2"] = "本年度新收申请3119件。\n全部按期答复。"
    d = _doc(export_docx(report, today=DAY))
    texts = [(p.style.name, p.text) for p in d.paragraphs if p.text]
    i = texts.index((STYLE_H2, "（二）依申请公开"))
    assert texts[i + 1:i + 3] == [("Normal", "本年度新收申请3119件。"), ("Normal", "全部按期答复。")]


def test_page_and_styles_follow_gbt_9704(clean_doc: docx.document.Document) -> None:
    s = clean_doc.sections[0]
    for got, mm in ((s.page_width, 210), (s.page_height, 297), (s.top_margin, 37), (s.bottom_margin, 35), (s.left_margin, 28), (s.right_margin, 26)):
        assert abs(got - Mm(mm)) < Mm(0.1)
    styles = clean_doc.styles
    normal = styles["Normal"]
    assert normal.font.size == Pt(16)
    assert normal.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert normal.paragraph_format.line_spacing == Pt(28.95)  # 225 mm / 22 lines
    assert normal.paragraph_format.first_line_indent == Pt(32)
    expect = {"Normal": "仿宋_GB2312", STYLE_TITLE: "方正小标宋简体", STYLE_H1: "黑体",
              STYLE_H2: "楷体_GB2312", STYLE_TABLE: "宋体"}
    for name, font in expect.items():
        assert _east_asia(styles[name].element) == font, name
    assert styles[STYLE_TITLE].font.size == Pt(22)
    assert styles[STYLE_TITLE].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert styles[STYLE_TABLE].font.size == Pt(10.5)
    assert styles[STYLE_SIGN].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    # Every run with text names its East Asian font (WPS falls back to a Latin font otherwise).
    body = clean_doc.element.body
    runs = [r for r in body.iter(qn("w:r")) if (r.findtext(qn("w:t")) or "")]
    assert runs and all(_east_asia(r) for r in runs)


def test_tables_have_official_layout_and_merges(clean_doc: docx.document.Document) -> None:
    report = clean()
    t2, t3, t4 = clean_doc.tables
    assert (len(t2.rows), len(t2.columns)) == (14, 4)       # 表二's four blocks stacked
    assert (len(t3.rows), len(t3.columns)) == (28, 10)
    assert (len(t4.rows), len(t4.columns)) == (4, 15)
    for t in (t2, t3, t4):
        tbl = t._tbl
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        widths = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
        assert all(w > 300 for w in widths) and sum(widths) == pytest.approx(8844, abs=8)  # 156 mm
    # Merges follow the cell views: 表三's corner note 3×3, 三、本年度办理结果 22 rows.
    view = {v.id: v for v in table_views(report)}["requests"]
    for cell in view.cells:
        if cell.row_span > 1 or cell.col_span > 1:
            top_left = t3.cell(cell.row, cell.col)._tc
            bottom_right = t3.cell(cell.row + cell.row_span - 1, cell.col + cell.col_span - 1)._tc
            assert top_left is bottom_right or t3.cell(cell.row, cell.col).text == \
                t3.cell(cell.row + cell.row_span - 1, cell.col + cell.col_span - 1).text
    assert t3.cell(0, 0).text.startswith("（本列数据的勾稽关系为")
    assert t3.cell(0, 2).text == t3.cell(2, 0).text
    assert t3.cell(5, 0).text == t3.cell(26, 0).text == "三、本年度办理结果"
    assert t3.cell(3, 3).text == "19" and t3.cell(3, 9).text == "21"   # 自然人, 总计
    assert t2.cell(0, 0).text == t2.cell(0, 3).text == "第二十条第（一）项"
    assert t4.cell(0, 0).text == t4.cell(0, 4).text == "行政复议"
    # Header rows repeat on a new page; rows do not split.
    rows3 = t3._tbl.tr_lst
    assert [tr.trPr.find(qn("w:tblHeader")) is not None for tr in rows3[:4]] == [True, True, True, False]
    assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows3)


def test_values_of_a_real_report() -> None:
    d = _doc(export_docx(huaian(), today=DAY))
    t3 = d.tables[1]
    assert [t3.cell(3, c).text for c in range(3, 10)] == ["3001", "53", "0", "0", "61", "4", "3119"]
    assert d.tables[0].cell(13, 1).text == "96171.6"                     # 万元, exact digits
    assert d.core_properties.title == "淮安市人民政府2024年政府信息公开工作年度报告"
    assert d.core_properties.author == "淮安市人民政府"


def test_footer_page_number_and_draft_header() -> None:
    final = render(clean(), "docx", today=DAY)
    draft = render(clean(), "docx", draft=True, today=DAY)
    with zipfile.ZipFile(io.BytesIO(final)) as z:
        footer = next(z.read(n).decode() for n in z.namelist() if re.match(r"word/footer\d*\.xml", n))
    assert "PAGE" in footer and footer.count("—") == 2
    assert "草稿" not in "".join(p.text for p in _doc(final).sections[0].header.paragraphs)
    assert "草稿" in "".join(p.text for p in _doc(draft).sections[0].header.paragraphs)


def test_selfcheck_catches_what_wps_needs() -> None:
    data = export_docx(clean(), today=DAY)
    check_docx(data)

    def patched(old: str, new: str) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                body = src.read(item.filename)
                if item.filename == "word/document.xml":
                    body = body.decode().replace(old, new, 1).encode()
                dst.writestr(item, body)
        return out.getvalue()

    with pytest.raises(SelfCheckError, match="固定列宽"):
        check_docx(patched('<w:tblLayout w:type="fixed"/>', ""))
    with pytest.raises(SelfCheckError, match="列宽"):
        check_docx(patched('<w:gridCol w:w="', '<w:gridCol w:x="'))
    with pytest.raises(SelfCheckError, match="eastAsia"):
        check_docx(patched(' w:eastAsia="仿宋_GB2312"', ""))
