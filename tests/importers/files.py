"""Files for the importer tests: the shared real reports, variants of them, and broken files."""

from __future__ import annotations

import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

from core import storage
from core.report import Report
from core.sheet import table_views
from core.values import format_value

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if SHARED.is_dir() else []
PDFS = sorted((SHARED / "samples").glob("*.pdf")) if SHARED.is_dir() else []
TEMPLATE = SHARED / "samples" / "blank-2021-format-template.docx"


def fixture(name: str) -> Report:
    """A hand-checked project file: ``seeds/000_…`` or ``samples/hongze-district-2023``."""
    return storage.load(FIXTURES / f"{name}.nianbao")


def expected_cells(pdf: Path) -> dict[str, object]:
    data = json.loads((pdf.parent / "expected" / f"{pdf.stem}.json").read_text(encoding="utf-8"),
                      parse_float=Decimal)
    cells: dict[str, object] = data["cells"]
    return cells


def differences(got: Report, want: dict[str, object]) -> list[tuple[str, object, object]]:
    """Cells whose value (or type: 0 is not blank, "/" is not 0) differs."""
    out = []
    for address, value in want.items():
        have = got.cells.get(address)
        if have != value or (have is None) != (value is None):
            out.append((address, have, value))
    return out


def table_text(report: Report, style: str) -> str:
    """The report's tables as copied from a web page: ``tab``, ``pipe``, ``space`` or ``lines``
    (one cell per line), with the form's own labels and the title and headings around them."""
    out = [report.display_title(), f"本报告统计期限自{report.year}年1月1日至{report.year}年12月31日。"]
    done: set[str] = set()
    for view in table_views(report):
        if view.section not in done:
            done.add(view.section)
            out.append(report.form.section(view.section).heading)
        for row in view.rows():
            cells = [c.text if not c.address else format_value(c.value, c.kind) for c in row]
            cells = [c if c.strip() else "" for c in cells]
            if style == "tab":
                out.append("\t".join(cells))
            elif style == "pipe":
                out.append("| " + " | ".join(cells) + " |")
            elif style == "space":
                out.append(" ".join(c if c else "" for c in cells).strip())
            else:
                out.extend(c for c in cells if c != "")
    out.append("五、存在的主要问题及改进情况")
    out.append("无。")
    return "\n".join(out) + "\n"


def html_text(report: Report) -> str:
    """The report as a saved web page: tables with colspan/rowspan as the official layout."""
    parts = [f"<html><head><title>x</title><style>td{{}}</style></head><body><h1>{report.display_title()}</h1>",
             f"<p>统计期限自{report.year}年1月1日至{report.year}年12月31日。</p>"]
    done: set[str] = set()
    for view in table_views(report):
        if view.section not in done:
            done.add(view.section)
            parts.append(f"<h2>{report.form.section(view.section).heading}</h2>")
        parts.append("<table border=1>")
        for row in view.rows():
            parts.append("<tr>")
            for c in row:
                text = c.text if not c.address else format_value(c.value, c.kind)
                parts.append(f'<td colspan="{c.col_span}" rowspan="{c.row_span}">{text}</td>')
            parts.append("</tr>")
        parts.append("</table>")
    parts.append("<h2>五、存在的主要问题及改进情况</h2><p>无。</p></body></html>")
    return "".join(parts)


def official_xlsx(report: Report) -> bytes:
    """An Excel workbook laid out like the official tables (merged cells, every cell's borders
    drawn), as counties send."""
    import openpyxl
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表二至表四"
    ws.cell(1, 1, report.display_title())
    top = 3
    for view in table_views(report):
        for cell in view.cells:
            r, c = top + cell.row, 1 + cell.col
            value: object = cell.text
            if cell.address:
                value = format_value(cell.value, cell.kind)
                if cell.value is not None and not isinstance(cell.value, type(None)) and value.lstrip("-").isdigit():
                    value = int(value)
            ws.cell(r, c, value if value != "" else None)
            for i in range(cell.row_span):
                for j in range(cell.col_span):
                    ws.cell(r + i, c + j).border = box
            if cell.row_span > 1 or cell.col_span > 1:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + cell.row_span - 1,
                               end_column=c + cell.col_span - 1)
        top += view.n_rows + 2
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def filled_template(report: Report) -> bytes:
    """The blank official Word template with the report's values typed into its empty cells."""
    import docx

    doc = docx.Document(str(TEMPLATE))
    values = [format_value(c.value, c.kind) for v in table_views(report) for c in v.value_cells()
              if not report.form.is_legacy(c.address)]
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    slots = []
    for tbl in doc.element.body.iter(f"{W}tbl"):
        for tc in tbl.iter(f"{W}tc"):
            vm = tc.find(f"{W}tcPr/{W}vMerge")
            if vm is not None and vm.get(f"{W}val", "continue") != "restart":
                continue
            if not "".join(t.text or "" for t in tc.iter(f"{W}t")).strip():
                slots.append(tc)
    assert len(slots) >= len(values), (len(slots), len(values))
    for tc, text in zip(slots, values, strict=False):
        p = tc.find(f"{W}p")
        from docx.text.paragraph import Paragraph

        Paragraph(p, None).add_run(text)
    first = doc.paragraphs[1]
    first.text = report.display_title()
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def township_cut_in_overview(applications: str, year: int = 2024) -> bytes:
    """A township report's copy cut in 一、总体情况 (三), before any table, its （二）依申请公开 saying
    ``applications``: what the overview readers are given when a page was copied in part."""
    return (f"某县某某镇{year}年政府信息公开工作年度报告\n"
            f"本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。\n"
            "一、总体情况\n"
            f"（一）主动公开\n{year}年，我镇主动公开政府信息120条。\n"
            f"（二）依申请公开\n{applications}\n"
            "（三）政府信息管理\n进一步加强信息发布的审核和管理，确保信息的").encode()


def text_and_pdf(texts: dict[str, str], folder: Path, work: Path) -> dict[str, tuple[Report, Report]]:
    """Each named text's own reading and its PDF's, printed by LibreOffice in one run (``folder`` holds
    the texts and PDFs, ``work`` LibreOffice's profile): how the printed corpus's causes are tested on
    small texts. Skips the test when LibreOffice is not installed."""
    import sys

    import pytest

    sys.path.insert(0, str(ROOT))
    from core.importers import import_bytes, import_file
    from scripts.libreoffice import convert_many, soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")

    sources = []
    for name, text in texts.items():
        sources.append(folder / f"{name}.txt")
        sources[-1].write_text(text, encoding="utf-8")
    pdfs = convert_many(sources, "pdf", folder / "pdf", work)
    return {name: (import_bytes(text.encode("utf-8"), f"{name}.txt")[0], import_file(pdf)[0])
            for (name, text), pdf in zip(texts.items(), pdfs, strict=True)}
