"""The 差异说明 annex for the county: only when asked for, after 六, with the clerk's explanations."""

from __future__ import annotations

import io

import pdfplumber
from builders import clean_last_year, clean_report

from core.commands import AcceptWarning, SetCell
from core.exporters import render
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
