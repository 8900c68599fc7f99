"""Layout defects a clerk found in the Word and PDF exports: a heading the text already begins
with printed twice, paragraphs that never split across pages, a title broken inside 年度."""

from __future__ import annotations

import io

import docx
import pdfplumber
import pypdfium2
import pytest
from docx.oxml.ns import qn
from exporthelpers import DAY, clean

from core.exporters import render
from core.exporters.common import (
    LINE_PT,
    MARGIN_BOTTOM_MM,
    MM_PER_PT,
    PAGE_H_MM,
    SIZE_TITLE,
    TEXT_W_MM,
    text_width,
    title_lines,
)
from core.exporters.docx import STYLE_H1, STYLE_H2, STYLE_TITLE
from core.report import Report

SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]

CARRIED = {
    "1": "一、总体情况。2024年，本镇认真贯彻落实《中华人民共和国政府信息公开条例》。",  # run-in, own marker
    "1.1": "（一）主动公开方面。本年度主动公开政府信息120条。",                       # run-in
    "1.2": "( 二 ) 依申请公开\n本年度收到政府信息公开申请21件。",                       # half-width heading line
    "1.3": "政府信息管理方面，本镇健全政府信息公开审查机制。",                        # the heading's words only
    "1.4": "（四）政府信息公开平台建设。\n本镇政府网站运行平稳。",                       # heading line, full stop
    "5": "五、存在的主要问题及改进情况：公开内容不够全面。改进情况：上年度所提问题已整改。",
}


def carried_report() -> Report:
    report = clean()
    report.texts.update(CARRIED)
    return report


def _docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    d = docx.Document(io.BytesIO(data))
    return [(p.style.name, p.text) for p in d.paragraphs if p.text]


def _pdf_pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


# --- 1. a heading the text already begins with prints once ---------------------------------------
def _check_printed_once(flat: str) -> None:
    for heading in ("一、总体情况", "（一）主动公开", "（二）依申请公开", "（三）政府信息管理",
                    "（四）政府信息公开平台建设", "五、存在的主要问题及改进情况"):
        assert flat.count(heading) == 1, heading
    assert "(二)" not in flat and "( 二 )" not in flat           # the marker printed the official way
    assert "（三）政府信息管理方面，本镇健全" in flat               # the words kept their number
    assert "（五）监督保障" not in flat                             # nothing written: no heading


def test_docx_prints_a_carried_heading_once() -> None:
    paras = _docx_paragraphs(render(carried_report(), "docx", today=DAY))
    _check_printed_once("".join(t for _, t in paras))
    assert ("Normal", "（一）主动公开方面。本年度主动公开政府信息120条。") in paras
    i = paras.index((STYLE_H2, "（二）依申请公开"))
    assert paras[i + 1] == ("Normal", "本年度收到政府信息公开申请21件。")
    assert (STYLE_H2, "（四）政府信息公开平台建设。") in paras
    # Sections whose text does not begin with their heading keep it as a 黑体 heading.
    assert [t for s, t in paras if s == STYLE_H1] == [s for s in SECTIONS if s[0] not in "一五"]


def test_docx_run_in_section_stays_in_the_navigation_pane() -> None:
    d = docx.Document(io.BytesIO(render(carried_report(), "docx", today=DAY)))
    outlined = [p.text for p in d.paragraphs
                if p._p.pPr is not None and p._p.pPr.find(qn("w:outlineLvl")) is not None]
    assert outlined[0].startswith("一、总体情况。2024年") and outlined[-1].startswith("五、存在的主要问题")


def test_pdf_prints_a_carried_heading_once_and_keeps_six_bookmarks() -> None:
    data = render(carried_report(), "pdf", today=DAY)
    _check_printed_once("".join(p.replace("\n", "") for p in _pdf_pages(data)))
    pdf = pypdfium2.PdfDocument(data)
    try:
        assert [b.get_title() for b in pdf.get_toc()] == SECTIONS
    finally:
        pdf.close()


def test_a_text_opening_with_another_marker_keeps_the_heading() -> None:
    """一、总体情况 over “（一）加强组织领导。” or “一是……”: the text's marker is not the heading's."""
    report = clean()
    report.texts["1"] = "（一）加强组织领导。\n一是成立领导小组。"
    report.texts["6"] = "一是本机关未收取信息处理费。"
    paras = _docx_paragraphs(render(report, "docx", today=DAY))
    assert [t for s, t in paras if s == STYLE_H1] == SECTIONS
    assert ("Normal", "（一）加强组织领导。") in paras


# --- 2. body paragraphs split across pages --------------------------------------------------------
LONG = ("本年度，本机关围绕法治政府建设和优化营商环境等重点工作，及时准确公开各类政府信息，"
        "进一步完善政府信息公开工作机制，强化政策解读和回应关切，推动政务公开标准化规范化建设。")


def long_report() -> Report:
    """Section 一 with five subsections of long paragraphs: several pages of prose, no table."""
    report = clean()
    report.texts["1"] = LONG * 3
    for i, sub in enumerate(("1.1", "1.2", "1.3", "1.4", "1.5")):
        report.texts[sub] = "\n".join(LONG * (4 + i + k) for k in range(2))
    return report


def _prose_page_gaps(data: bytes) -> list[float]:
    """For each page of section 一 before the last: empty space (pt) between its last text line and
    the bottom margin (the page number below the margin is not text)."""
    bottom = (PAGE_H_MM - MARGIN_BOTTOM_MM) / MM_PER_PT
    gaps = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            if "二、主动公开政府信息情况" in text:
                break
            lines = [w["bottom"] for w in page.extract_words() if w["bottom"] < bottom + 2]
            gaps.append(bottom - max(lines))
    return gaps[:-1]  # the page where 一 ends may end early: 二 starts with its table on a new page


def test_pdf_pages_of_prose_are_full() -> None:
    gaps = _prose_page_gaps(render(long_report(), "pdf", today=DAY))
    assert len(gaps) >= 3
    # A heading moves to the next page only with fewer than its line and two more left (≤ 3 lines);
    # a page in the middle of a paragraph ends within a line of the margin (no orphan line).
    assert max(gaps) < 3 * LINE_PT, gaps
    assert sum(g < 1.5 * LINE_PT for g in gaps) >= len(gaps) - 2, gaps


# --- 3. the title breaks at a sensible place ----------------------------------------------------
@pytest.mark.parametrize(("organ", "lines"), [
    ("淮安市人民政府", ["淮安市人民政府", "2024年政府信息公开工作年度报告"]),
    ("某某省某某市某某县某某镇人民政府", ["某某省某某市某某县某某镇人民政府", "2024年政府信息公开工作年度报告"]),
    ("国家税务总局某某市某某区税务局", ["国家税务总局某某市某某区税务局", "2024年政府信息公开工作年度报告"]),
    ("某局", ["某局2024年政府信息公开工作年度报告"]),
])
def test_title_lines(organ: str, lines: list[str]) -> None:
    assert title_lines(f"{organ}2024年政府信息公开工作年度报告", organ) == lines


def test_title_never_breaks_inside_a_word() -> None:
    width = TEXT_W_MM / (SIZE_TITLE * MM_PER_PT)
    for title, organ in (("淮安市人民政府关于2024年度政府信息公开工作的年度报告", "淮安市人民政府"),
                         ("2024年度某某市某某区某某街道办事处政府信息公开工作年度报告", ""),
                         ("中共某某市委员会某某市人民政府某某联合工作办公室2024年政府信息公开工作年度报告", "")):
        lines = title_lines(title, organ)
        assert "".join(lines) == title and len(lines) > 1
        assert all(text_width(line) <= width for line in lines), lines
        for a, b in zip(lines, lines[1:], strict=False):
            pair = a[-1] + b[0]
            assert pair not in ("年度", "度报", "人民", "政府", "信息", "公开") and not (a[-1] + b[0]).isdigit(), lines


def test_pdf_and_docx_titles_break_after_the_organ() -> None:
    report = clean()
    report.organ = "淮安市人民政府"
    pages = _pdf_pages(render(report, "pdf", today=DAY))
    assert pages[0].splitlines()[:2] == ["淮安市人民政府", "2024年政府信息公开工作年度报告"]
    d = docx.Document(io.BytesIO(render(report, "docx", today=DAY)))
    title = d.paragraphs[0]
    assert title.style.name == STYLE_TITLE
    assert len(title._p.findall(".//" + qn("w:br"))) == 1
    assert title.text == "淮安市人民政府\n2024年政府信息公开工作年度报告"


def test_a_title_that_fits_has_no_break() -> None:
    report = clean()
    report.organ = "某局"
    d = docx.Document(io.BytesIO(render(report, "docx", today=DAY)))
    assert d.paragraphs[0].text == "某局2024年政府信息公开工作年度报告"
    assert not d.paragraphs[0]._p.findall(".//" + qn("w:br"))
