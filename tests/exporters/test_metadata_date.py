"""The 落款 date a report sets, and the properties Word, WPS and PDF readers show for an export."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import docx
import pdfplumber
import pypdfium2
import pytest
from exporthelpers import DAY, clean

from core.exporters import render
from core.exporters.docx import STYLE_SIGN


def _signature(data: bytes) -> list[str]:
    d = docx.Document(io.BytesIO(data))
    return [p.text for p in d.paragraphs if p.style.name == STYLE_SIGN and p.text]


def _last_page(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return pdf.pages[-1].extract_text() or ""


def test_the_reports_date_is_the_signature_date() -> None:
    report = clean()
    report.date = "2025-01-08"
    assert _signature(render(report, "docx", today=DAY)) == ["某某镇人民政府", "2025年1月8日"]
    page = _last_page(render(report, "pdf", today=DAY))
    assert "2025年1月8日" in page and "2025年1月20日" not in page


def test_without_a_date_the_export_day_signs() -> None:
    report = clean()
    assert report.date == ""
    assert _signature(render(report, "docx", today=DAY)) == ["某某镇人民政府", "2025年1月20日"]
    assert "2025年1月20日" in _last_page(render(report, "pdf", today=DAY))


def _near_now(when: dt.datetime) -> bool:
    now = dt.datetime.now(dt.UTC)
    return abs((now - when).total_seconds()) < 300


def test_docx_properties_name_the_organ_and_this_program_and_now() -> None:
    report = clean()
    data = render(report, "docx", today=DAY)
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.title == "某某镇人民政府2024年政府信息公开工作年度报告"
    assert props.author == props.last_modified_by == "某某镇人民政府"
    assert props.created is not None and props.modified is not None
    assert _near_now(props.created.replace(tzinfo=dt.UTC)) and _near_now(props.modified.replace(tzinfo=dt.UTC))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
        names = z.namelist()
        rels = z.read("_rels/.rels").decode("utf-8")
    assert re.search(r"<Application>年报编辑器</Application>", app)
    assert "Microsoft" not in app and "Macintosh" not in app
    assert "<Company>某某镇人民政府</Company>" in app
    # python-docx's template carried a thumbnail of some other document: gone.
    assert not any("thumbnail" in n for n in names) and "thumbnail" not in rels


def _pdf_date(value: str) -> dt.datetime:
    """D:YYYYMMDDHHmmSS+HH'mm' → an aware datetime."""
    m = re.fullmatch(r"D:(\d{14})(?:([+-])(\d{2})'(\d{2})'?|Z)?", value)
    assert m, value
    when = dt.datetime.strptime(m[1], "%Y%m%d%H%M%S")
    offset = dt.timedelta(hours=int(m[3] or 0), minutes=int(m[4] or 0)) * (-1 if m[2] == "-" else 1)
    return when.replace(tzinfo=dt.timezone(offset))


@pytest.mark.parametrize("draft", [False, True])
def test_pdf_information_has_real_dates_title_author_creator(draft: bool) -> None:
    data = render(clean(), "pdf", draft=draft, today=DAY)
    pdf = pypdfium2.PdfDocument(data)
    try:
        meta = pdf.get_metadata_dict()
    finally:
        pdf.close()
    assert meta["Title"] == "某某镇人民政府2024年政府信息公开工作年度报告"
    assert meta["Author"] == "某某镇人民政府"
    assert meta["Creator"] == "年报编辑器"
    assert ("草稿" in meta.get("Keywords", "")) is draft
    created, modified = _pdf_date(meta["CreationDate"]), _pdf_date(meta["ModDate"])
    assert created.year != 2000 and _near_now(created) and _near_now(modified)


def test_xlsx_is_dated_at_the_export_not_at_midnight() -> None:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(render(clean(), "xlsx", today=DAY)))
    props = book.properties
    assert props.creator == "某某镇人民政府" and props.title == "某某镇人民政府2024年政府信息公开工作年度报告"
    assert props.created is not None and _near_now(props.created.replace(tzinfo=dt.UTC))
