"""The 差异说明 annex for the county: only when asked for, after the 落款 on a page of its own, with
the clerk's explanations."""

from __future__ import annotations

import io

import docx
import pdfplumber
from builders import clean_last_year, clean_report
from docx.text.paragraph import Paragraph
from exporthelpers import DAY

from core import calc
from core.commands import AcceptWarning, SetCell
from core.exporters import render
from core.prose.annex import annex_text
from core.session import Session


def _session_with_an_accepted_warning() -> Session:
    report = clean_report("2021")
    session = Session(report, last_year=clean_last_year(report))
    session.execute(SetCell("art20_1/normative/in_force", 9))  # X2: 5 + 3 − 0 = 8 expected
    x2 = next(f for f in session.findings if f.rule == "X2")
    session.execute(AcceptWarning(x2.key, "一件文件有效期届满自然失效，未作废止", x2.message))
    return session


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join(page.extract_text() or "" for page in pdf.pages)


def test_annex_prints_only_when_asked_and_holds_the_explanation() -> None:
    session = _session_with_an_accepted_warning()
    plain = _pdf_text(render(session.report, "pdf", session.findings))
    assert "差异说明" not in plain
    text = _pdf_text(render(session.report, "pdf", session.findings, annex=True))
    compact = "".join(text.split())
    assert "差异说明" in compact and "一件文件有效期届满自然失效" in compact
    assert compact.index("差异说明") > compact.index("六、其他需要报告的事项")


def test_no_annex_when_there_is_nothing_to_explain() -> None:
    report = clean_report("2021")
    session = Session(report)
    assert "差异说明" not in _pdf_text(render(report, "pdf", session.findings, annex=True))
    docx = render(report, "docx", session.findings, annex=True)
    assert docx[:2] == b"PK"


def _docx_paragraphs(data: bytes) -> list[Paragraph]:
    return list(docx.Document(io.BytesIO(data)).paragraphs)


def test_annex_follows_the_signature_on_a_page_of_its_own() -> None:
    from core.exporters.docx import STYLE_SIGN

    session = _session_with_an_accepted_warning()
    paras = _docx_paragraphs(render(session.report, "docx", session.findings, today=DAY, annex=True))
    texts = [p.text for p in paras]
    heading = texts.index("附：2024年度报告差异说明（供上级审核，不公开）")
    signs = [i for i, p in enumerate(paras) if p.style.name == STYLE_SIGN and p.text]
    assert signs and max(signs) < heading and texts[max(signs)] == "2025年1月20日"
    assert paras[heading].paragraph_format.page_break_before is True
    assert "一件文件有效期届满自然失效，未作废止" in "".join(texts[heading:])
    with pdfplumber.open(io.BytesIO(render(session.report, "pdf", session.findings, today=DAY,
                                           annex=True))) as pdf:
        pages = ["".join((p.extract_text() or "").split()) for p in pdf.pages]
    last = pages[-1]
    assert last.startswith("附：2024年度报告差异说明（供上级审核，不公开）")
    assert "一件文件有效期届满自然失效" in last and "六、" not in last
    assert "2025年1月20日" in pages[-2] and "差异说明" not in "".join(pages[:-1])


def test_the_written_explanation_shows_in_docx_and_pdf_annex() -> None:
    """An explanation accepted through the session is what the annex prints, in both files; a large
    change the clerk explained shows the explanation, not 请说明变化原因."""
    report = clean_report("2021")
    last = clean_last_year(report)
    last.cells["requests/1/natural"] = 40
    calc.recompute_all(last)
    session = Session(report, last_year=last)
    session.execute(SetCell("art20_1/normative/in_force", 9))
    x2 = next(f for f in session.findings if f.rule == "X2")
    session.execute(AcceptWarning(x2.key, "一件文件有效期届满自然失效", x2.message))
    y1 = next(f for f in session.findings if f.rule == "Y1")
    assert "请说明变化原因" in annex_text(report, session.findings)
    session.execute(AcceptWarning(y1.key, "上年集中申请较多，本年回落", y1.message))
    for fmt in ("docx", "pdf"):
        data = render(report, fmt, session.findings, today=DAY, annex=True)
        if fmt == "pdf":
            text = _pdf_text(data)
        else:
            text = "\n".join(p.text for p in _docx_paragraphs(data))
        annex = "".join(text[text.index("差异说明"):].split())
        assert "说明：一件文件有效期届满自然失效" in annex, fmt
        assert "说明：上年集中申请较多，本年回落" in annex, fmt
        assert "请说明变化原因" not in annex, fmt
