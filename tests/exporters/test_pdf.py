"""Golden tests of the PDF export: text, embedded fonts, bookmarks, metadata, split tables."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from exporthelpers import DAY, clean, huaian, needs_poppler

from core.calc import recompute_all
from core.exporters import render
from core.exporters.common import stack
from core.exporters.fonts import choose
from core.exporters.pdf import _cell_paragraph, _styles, _table, export_pdf
from core.exporters.selfcheck import SelfCheckError, check_pdf
from core.importers import import_bytes
from core.report import DERIVED
from core.sheet import table_views

SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


@pytest.fixture(scope="module")
def huaian_pdf() -> bytes:
    return render(huaian(), "pdf", today=DAY)


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


def test_text_in_order_with_page_numbers(huaian_pdf: bytes) -> None:
    pages = _pages(huaian_pdf)
    flat = "".join(p.replace("\n", "") for p in pages)
    assert pages[0].splitlines()[:2] == ["淮安市人民政府", "2024年政府信息公开工作年度报告"]
    positions = [flat.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    assert "3001" in flat and "3119" in flat and "96171.6" in flat
    assert flat.rstrip().endswith("— 7 —") or f"— {len(pages)} —" in pages[-1]
    for n, text in enumerate(pages, 1):
        assert f"— {n} —" in text
    assert "2025年1月20日" in pages[-1] and "淮安市人民政府" in pages[-1]
    assert "草稿" not in flat


def test_draft_is_marked_on_every_page() -> None:
    pages = _pages(export_pdf(huaian(), draft=True, today=DAY))
    assert len(pages) > 3 and all("草稿" in p for p in pages)


def test_metadata_and_six_bookmarks(huaian_pdf: bytes) -> None:
    pdf = pypdfium2.PdfDocument(huaian_pdf)
    try:
        assert pdf.get_metadata_dict()["Title"] == "淮安市人民政府2024年政府信息公开工作年度报告"
        assert pdf.get_metadata_dict()["Author"] == "淮安市人民政府"
        marks = [b.get_title() for b in pdf.get_toc()]
    finally:
        pdf.close()
    assert marks == SECTIONS


@needs_poppler
def test_every_font_embedded_as_subset(huaian_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(huaian_pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID: TrueType, embedded, subset, with ToUnicode.
        assert row[1] == "TrueType" and row[-5:-2] == ["yes", "yes", "yes"], out
        assert "+" in row[0]
    with pdfplumber.open(io.BytesIO(huaian_pdf)) as pdf:
        names = {c["fontname"] for p in pdf.pages for c in p.chars}
    # only the shipped fonts: the serif for body and tables, the sans for 黑体 headings
    assert names and all("NotoSerifSC" in n or "DroidSansFallback" in n for n in names)
    assert any("NotoSerifSC" in n for n in names) and any("DroidSansFallback" in n for n in names)


def test_selfcheck_refuses_unembedded_fonts() -> None:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "not embedded")
    c.save()
    with pytest.raises(SelfCheckError, match="Helvetica"):
        check_pdf(buf.getvalue())
    check_pdf(export_pdf(clean(), today=DAY))


def test_a_split_table_repeats_its_header_rows() -> None:
    """表三 on pages a third of A4 high: every page starts with its three header rows."""
    from reportlab.platypus import SimpleDocTemplate

    report = clean()
    grid = stack([v for v in table_views(report) if v.id == "requests"])[0]
    fonts = choose(c.text for _, c in grid.cells())
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=(480, 300), leftMargin=10, rightMargin=10, topMargin=10,
                            bottomMargin=10, initialFontName=fonts["body"].name)
    doc.build([_table(grid, _styles(fonts), fonts)])
    pages = _pages(buf.getvalue())
    assert len(pages) >= 3
    for text in pages:
        assert "申请人情况" in text and "法人或其他组织" in text
    flat = "".join(pages)
    assert "四、结转下年度继续办理" in flat.replace("\n", "")


def test_a_character_outside_gb2312_uses_the_wide_font() -> None:
    report = clean()
    report.organ = "某某堃镇人民政府"  # 堃 is not in GB 2312
    data = export_pdf(report, today=DAY)
    check_pdf(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"] == "堃"]
    assert chars and all("DroidSansFallback" in c["fontname"] for c in chars)


def test_no_line_starts_with_closing_punctuation(huaian_pdf: bytes) -> None:
    lines = [line for text in _pages(huaian_pdf) for line in text.splitlines()]
    assert len(lines) > 100
    assert [line for line in lines if line[:1] and line[0] in "，。、；：？！”’》）"] == []


def _letters_crossing_rules(data: bytes) -> list[str]:
    """Letters (by pdfplumber's advance boxes) with a drawn vertical rule through them."""
    crossing = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            rules = [(e["x0"], e["top"], e["bottom"]) for e in page.lines if e["x1"] - e["x0"] < 1]
            for c in page.chars:
                mid = (c["top"] + c["bottom"]) / 2
                crossing += [c["text"] for x, top, bottom in rules
                             if top < mid < bottom and c["x0"] + 0.5 < x < c["x1"] - 0.5]
    return crossing


def test_no_letter_of_a_table_reaches_past_its_cells_rule() -> None:
    """Wide numbers squeeze the labels beside them; reportlab then hung a closing ” past the label
    cell's rule, against the number ("3.危及“三安全一稳定”76144292"), and our own PDF reader took the
    two for one word: that row's 自然人 read back as blank (found by a random report of the export
    round-trip, whose cells these are). Every letter of every table stays between its cell's rules."""
    report = clean()
    report.cells.update({"requests/3.3.3/natural": 76144292, "requests/3.3.5/legal": 5219,
                         "requests/3.4.2/research": 253, "requests/3.6.2/nonprofit": 2132})
    report.totals = DERIVED
    recompute_all(report)
    data = export_pdf(report, today=DAY)
    assert _letters_crossing_rules(data) == []
    got, _ = import_bytes(data, "r.pdf")
    assert got.cells.get("requests/3.3.3/natural") == 76144292


@pytest.mark.parametrize("text", ["3.危及“三安全一稳定”", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                                  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"])
def test_a_cells_text_never_hangs_past_the_width_it_is_given(text: str) -> None:
    """At every width a label column may be squeezed to, no line of a cell's text is wider than the
    cell (reportlab's hanging punctuation is for a page's margin, not a table's rule)."""
    fonts = choose([text])
    style = _styles(fonts)["cell_left"]
    over = []
    for width in range(40, 200):
        para = _cell_paragraph()(text, style)
        para.wrap(width, 1000)
        over += [(width, line) for line in para.blPara.lines if line[0] < -0.01]
    assert over == []
