"""LibreOffice opens our files: its recalculation of the xlsx equals the app's totals, and the
docx converts to a PDF with every section and table."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from exporthelpers import DAY, clean, huaian, needs_soffice

from core.exporters import render
from core.exporters.common import document
from core.report import Report
from scripts import libreoffice

pytestmark = needs_soffice


def soffice_convert(src: Path, to: str, outdir: Path, work: Path) -> Path:
    """``soffice --headless --convert-to`` with the shipped fonts and a private profile that
    always recalculates xlsx (``scripts/libreoffice.py``)."""
    return libreoffice.convert(src, to, outdir, work, recalc=True, timeout=180)


def _with_wrong_cached_values(data: bytes) -> bytes:
    """The same workbook with every formula's stored value replaced by 999999: only a real
    recalculation can bring the right totals back."""
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = body.decode("utf-8")
                text = re.sub(r'(<c [^>]*?)( t="str")?>(<f>[^<]*</f>)<v>[^<]*</v>', r"\1>\3<v>999999</v>", text)
                body = text.encode("utf-8")
            dst.writestr(item, body)
    return out.getvalue()


@pytest.mark.parametrize("make", [clean, huaian], ids=["clean", "huaian"])
def test_libreoffice_recalculation_equals_app_totals(tmp_path: Path, make: type[Report]) -> None:
    report = make()
    path = tmp_path / "in.xlsx"
    path.write_bytes(_with_wrong_cached_values(render(report, "xlsx", today=DAY)))
    assert b"999999" in zipfile.ZipFile(path).read("xl/worksheets/sheet2.xml")
    recalculated = soffice_convert(path, "xlsx", tmp_path / "out", tmp_path / "work")
    wb = openpyxl.load_workbook(recalculated, data_only=True)
    checked = 0
    for block in document(report):
        if block.grid is None:
            continue
        ws = wb[block.grid.name]
        for r, cell in block.grid.cells():
            if cell.role == "computed":
                got = ws.cell(r + 2, cell.col + 1).value
                assert got == cell.value, (cell.address, got, cell.value)
                checked += 1
    assert checked == 34


def test_libreoffice_converts_the_docx(tmp_path: Path) -> None:
    """Also on a machine without any CJK font: LibreOffice gets the shipped fonts through its
    own fontconfig file, so the Chinese text comes out as itself, not one missing glyph repeated
    (text extraction then reads every character as the same one), and 黑体 headings are set in
    the shipped sans face while the 仿宋 body is in the serif."""
    path = tmp_path / "r.docx"
    path.write_bytes(render(huaian(), "docx", today=DAY))
    pdf = soffice_convert(path, "pdf", tmp_path / "out", tmp_path / "work")
    with pdfplumber.open(pdf) as doc:
        text = "".join((p.extract_text() or "") for p in doc.pages).replace("\n", "").replace(" ", "")
        assert doc.pages[0].width == pytest.approx(595.3, abs=1)     # A4
        lines = doc.pages[0].extract_text_lines(return_chars=True)
    for heading in ("一、总体情况", "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项"):
        assert heading in text
    assert "3119" in text and "2025年1月20日" in text
    faces = {line["text"]: {c["fontname"].split("+")[-1] for c in line["chars"] if ord(c["text"]) > 0x7F}
             for line in lines}
    assert faces["一、总体情况"] == {"DroidSansFallback"}
    assert {"NotoSerifSC-Regular"} == next(f for t, f in faces.items() if t.startswith("本报告由淮安市"))
