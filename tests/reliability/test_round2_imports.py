"""Every importer finishes in bounded time and memory whatever the bytes (issue 18, item 6).

Each case is a crafted file up to its reader's size limit, imported in a child process of its own
(``import_bytes``, as the editor and the command line do): it must end within ``SECONDS`` of CPU
time (its own and its readers' children's: wall time on a loaded machine measures the other work
too, and failed here while both cores were busy) and ``RSS_MB`` of peak resident memory, with a
report or a Chinese ``ImportError_`` — never a traceback, a hang or a blow-up; a hang is caught by
the child's wall-clock limit, ``HARD_TIMEOUT``. The child's address space is capped too, so a regression fails
here instead of taking the machine down.

    .venv/bin/python tests/reliability/test_round2_imports.py          # figures for every case
"""

from __future__ import annotations

import functools
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))   # (run as a script, for its figures)
from tests.reliability import hostile_ofd  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="peak memory is read from /proc")

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 5.0
RSS_MB = 500
AS_LIMIT = 3 * 1024 ** 3
"""The child's address space: far above what a well-behaved import needs, low enough that a
blow-up ends in MemoryError (reported) rather than the OOM killer."""
HARD_TIMEOUT = 30.0

# --- PDF --------------------------------------------------------------------------------------------


def _deflate(chunk: bytes, times: int) -> bytes:
    """``chunk * times`` deflated, without ever holding the inflated bytes."""
    z = zlib.compressobj(9)
    block = chunk * max(1, (1 << 20) // len(chunk))
    parts, left = [], len(chunk) * times
    while left > 0:
        piece = block[:left]
        parts.append(z.compress(piece))
        left -= len(piece)
    parts.append(z.flush())
    return b"".join(parts)


def _stream(body: bytes, deflated: bool = True, extra: bytes = b"") -> bytes:
    flt = b" /Filter /FlateDecode" if deflated else b""
    return b"<< /Length %d%s%s >>\nstream\n" % (len(body), flt, extra) + body + b"\nendstream"


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _one_page(content: bytes, xobjects: bytes = b"", more: list[bytes] | None = None) -> bytes:
    """Catalog 1, pages 2, page 3, font 4, content 5, then ``more`` (6, 7, …)."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>"
                 b" /XObject << " + xobjects + b" >> >> /Contents 5 0 R >>",
                 _FONT, content, *(more or [])])


def pdf_inflate_200mb() -> bytes:
    """The issue's reproducer: one content stream inflating to ~200 MB."""
    return _one_page(_stream(_deflate(b" ", 200 << 20)))


def pdf_inflate_text_ops() -> bytes:
    """A content stream inflating to ~200 MB of text-showing operators: millions of letters."""
    return _one_page(_stream(_deflate(b"BT /F1 9 Tf 72 700 Td (0 12 3) Tj ET\n", 5_000_000)))


def pdf_header_and_zeros() -> bytes:
    """The issue's reproducer: a PDF header followed by 40 MB of zeros."""
    return b"%PDF-1.4\n" + bytes(40 << 20)


def pdf_one_line_numbers() -> bytes:
    """One printed line of 150,000 numbers (300,000 letters, under the letter limit)."""
    text = b"(" + b"0 " * 150_000 + b")"
    return _one_page(_stream(zlib.compress(b"BT /F1 0.002 Tf 10 700 Td " + text + b" Tj ET")))


def pdf_stacked_letters() -> bytes:
    """300,000 letters and blanks printed on one spot: every pair of letters touches every blank."""
    return _one_page(_stream(_deflate(b"BT /F1 9 Tf 72 700 Td (0 ) Tj ET\n", 150_000)))


def pdf_xobject_laughs() -> bytes:
    """Form XObjects drawing the next ten times, ten deep: 10^10 letters on paper."""
    more = []
    for level in range(10):
        ref = 6 + level + 1
        if level == 9:
            body = b"BT /F1 9 Tf 72 700 Td (0) Tj ET"
            res = b"<< /Font << /F1 4 0 R >> >>"
        else:
            body = b"/X Do " * 10
            res = b"<< /XObject << /X %d 0 R >> >>" % (ref + 1)
        more.append(_stream(body, deflated=False,
                            extra=b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + res))
    return _one_page(_stream(b"/X Do", deflated=False), xobjects=b"/X 6 0 R", more=more)


def pdf_many_pages() -> bytes:
    """A page tree claiming 1,000,000 pages (one page object listed over and over)."""
    kids = b"[" + b"3 0 R " * 1_000_000 + b"]"
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids " + kids + b" /Count 1000000 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                 _stream(b"", deflated=False)])


def pdf_deep_page_tree() -> bytes:
    """Page-tree nodes nested 100,000 deep."""
    n = 100_000
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for i in range(n):
        objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (i + 3))
    objs.append(b"<< /Type /Page /MediaBox [0 0 595 842] >>")
    return _pdf(objs)


def pdf_eighty_dense_pages() -> bytes:
    """80 pages (the page limit) of 15 lines of 16 numbers: 19,200 words, just under the word limit."""
    line = b"BT /F1 6 Tf 20 %d Td (" + b"12 " * 16 + b") Tj ET\n"
    body = b"".join(line % (800 - 8 * i) for i in range(15))
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(80))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count 80 >>", _FONT]
    for i in range(80):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    b" /Contents %d 0 R >>" % (5 + 2 * i))
        objs.append(_stream(zlib.compress(body)))
    return _pdf(objs)


# --- Word -------------------------------------------------------------------------------------------

_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@functools.cache
def _docx_base() -> dict[str, bytes]:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _docx(body: bytes) -> bytes:
    parts = dict(_docx_base())
    parts["word/document.xml"] = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + _W + b"><w:body>" + body + \
        b"</w:body></w:document>"
    return _zip(parts)


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _numbers(n: int) -> bytes:
    """``n`` numbers separated by blanks, varied enough that the zip is no bomb by its ratio."""
    return b" ".join(b"%d" % (i * 7919 % 100003) for i in range(n))


def _cell(text: bytes, pr: bytes = b"") -> bytes:
    return b"<w:tc>" + (b"<w:tcPr>" + pr + b"</w:tcPr>" if pr else b"") + b"<w:p><w:r><w:t>" + text + \
        b"</w:t></w:r></w:p></w:tc>"


def docx_huge_grid_span() -> bytes:
    """Cells spanning 2,147,483,647 grid columns each, and a row starting 10^12 columns in."""
    row = b"<w:tr>" + b"".join(_cell(b"%d" % i, b'<w:gridSpan w:val="2147483647"/>') for i in range(2000)) + b"</w:tr>"
    before = b'<w:tr><w:trPr><w:gridBefore w:val="1000000000000"/></w:trPr>' + _cell(b"1") + b"</w:tr>"
    return _docx(b"<w:tbl>" + row * 50 + before + b"</w:tbl>")


def docx_vmerge_rows() -> bytes:
    """300,000 rows of vertically merged cells (each continuing the one above)."""
    cont = _cell(b"", b"<w:vMerge/>")
    row = b"<w:tr>" + _cell(b"1", b'<w:vMerge w:val="restart"/>') + cont * 5 + b"</w:tr>"
    return _docx(b"<w:tbl>" + b"".join(row.replace(b">1<", b">%d<" % i) for i in range(60_000)) + b"</w:tbl>")


def docx_many_cells() -> bytes:
    """document.xml near the 40 MB part limit, all table cells (about 700,000, 40 a row)."""
    cells = [_cell(b"%d" % (i * 7919 % 100003)) for i in range(700_000)]
    body = b"".join(b"<w:tr>" + b"".join(cells[i:i + 40]) + b"</w:tr>" for i in range(0, len(cells), 40))
    return _docx(b"<w:tbl>" + body + b"</w:tbl>")


def docx_long_paragraph() -> bytes:
    """One paragraph of 4,000,000 numbers (some 25 MB of text)."""
    return _docx(b"<w:p><w:r><w:t>" + _numbers(4_000_000) + b"</w:t></w:r></w:p>")


def docx_tabs() -> bytes:
    """One paragraph of 1,500,000 tab elements between numbers."""
    return _docx(b"<w:p><w:r>" + b"".join(b"<w:tab/><w:t>%d</w:t>" % (i * 7919 % 100003) for i in range(1_500_000))
                 + b"</w:r></w:p>")


# --- Excel ------------------------------------------------------------------------------------------

_CT = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
       b'+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
       b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>')
_SHEET_CT = (b'<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
             b'officedocument.spreadsheetml.worksheet+xml"/>')
_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_RNS = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _xlsx(sheets: list[bytes], extra: dict[str, bytes] | None = None) -> bytes:
    n = len(sheets)
    parts = {
        "[Content_Types].xml": _CT % b"".join(_SHEET_CT % (i + 1) for i in range(n)),
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       b'relationships"><Relationship Id="rId1" Type="' + _REL + b'/officeDocument" '
                       b'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook ' + _NS + b" " + _RNS + b"><sheets>" + b"".join(
            b'<sheet name="S%d" sheetId="%d" r:id="rId%d"/>' % (i + 1, i + 1, i + 1) for i in range(n))
        + b"</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                      b'package/2006/relationships">' + b"".join(
            b'<Relationship Id="rId%d" Type="' % (i + 1) + _REL + b'/worksheet" Target="worksheets/sheet%d.xml"/>'
            % (i + 1) for i in range(n)) + b"</Relationships>",
    }
    for i, s in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = s
    parts.update(extra or {})
    return _zip(parts)


def _sheet(rows: bytes, dimension: bytes = b"A1", after: bytes = b"") -> bytes:
    return (b'<?xml version="1.0"?><worksheet ' + _NS + b'><dimension ref="' + dimension + b'"/><sheetData>' + rows
            + b"</sheetData>" + after + b"</worksheet>")


def _cols(n: int) -> list[bytes]:
    out = []
    for i in range(n):
        name, k = b"", i + 1
        while k:
            k, r = divmod(k - 1, 26)
            name = bytes([65 + r]) + name
        out.append(name)
    return out


def xlsx_many_sheets() -> bytes:
    """Sheets full to the row and column limits until the zip's total limit: millions of cells."""
    cols = _cols(60)
    def sheet(s: int) -> bytes:
        rows = b"".join(b'<row r="%d">' % r + b"".join(b'<c r="%s%d"><v>%d</v></c>' % (c, r, (r * 61 + j + s) % 997)
                                                       for j, c in enumerate(cols)) + b"</row>" for r in range(1, 5001))
        return _sheet(rows)
    one = sheet(0)
    return _xlsx([one] * max(1, (140 << 20) // len(one)))


def xlsx_merged_everything() -> bytes:
    """Merged ranges over the whole sheet, a cell at XFD1048576 and the dimension to match."""
    merges = b'<mergeCells count="3"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="B2:XFC1048575"/>' \
             b'<mergeCell ref="A3:A1048576"/></mergeCells>'
    rows = b'<row r="1"><c r="A1" t="inlineStr"><is><t>0</t></is></c></row>' \
           b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return _xlsx([_sheet(rows, b"A1:XFD1048576", merges)])


def xlsx_long_string() -> bytes:
    """One cell holding 4,000,000 numbers (some 25 MB)."""
    rows = b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + _numbers(4_000_000) + b"</t></is></c></row>"
    return _xlsx([_sheet(rows)])


# --- HTML -------------------------------------------------------------------------------------------


def html_spans() -> bytes:
    """The issue's reproducer: cells with rowspan=100 colspan=100 (16.4 GB in the editor)."""
    row = b"<tr>" + b'<td rowspan="100" colspan="100">0</td>' * 100 + b"</tr>"
    return b"<html><body><table>" + row * 200 + b"</table></body></html>"


def html_wide_table() -> bytes:
    """A table just under the markup limit: 45,000 cells of numbers."""
    row = b"<tr><td>\xe8\xa1\x8c</td>" + b"".join(b"<td>%d</td>" % i for i in range(44)) + b"</tr>"
    return b"<html><body><table>" + row * 1000 + b"</table></body></html>"


def html_huge_spans() -> bytes:
    """Spans of 2,147,483,647 rows and columns."""
    row = b"<tr>" + b'<td rowspan="2147483647" colspan="2147483647">1</td>' * 50 + b"</tr>"
    return b"<html><table>" + row * 200 + b"</table></html>"


def html_nested_tables() -> bytes:
    """Tables nested 20,000 deep."""
    return b"<html><body>" + b"<table><tr><td>1" * 20_000 + b"</body></html>"


def html_many_cells() -> bytes:
    """Near 50 MB of table cells (about 7 million)."""
    return b"<html><table>" + (b"<tr>" + b"<td>1" * 99) * 70_000 + b"</table></html>"


def html_many_lines() -> bytes:
    """Near 50 MB of short paragraphs (about 12 million lines)."""
    return b"<html><body>" + b"<br>1 " * 8_000_000 + b"</body></html>"


def html_unclosed_constructs() -> bytes:
    """Markup the standard parser rescans when it cannot close it (comments, tags, declarations)."""
    return b"<html><body><table>" + b"<!" * 2_000_000 + b"</" * 2_000_000 + b"<a" * 2_000_000


def html_unclosed_comments() -> bytes:
    """20,000 comments never closed before 2 MB of text: each searched to the end (32 s)."""
    return b"<html><body><table>" + b"<!--x" * 20_000 + b"a" * 2_000_000


def html_unclosed_tags() -> bytes:
    """Start tags, end tags, declarations and processing instructions that never close."""
    return b"<html><body>" + b"".join(u * 12_000 for u in (b"<a x='", b"</a", b"<![CDATA[", b"<?x", b"<!x")) + \
        b"a" * 600_000


def html_long_text() -> bytes:
    """One paragraph of 10,000,000 numbers."""
    return b"<html><body><p>" + b"0 " * 10_000_000 + b"</p></body></html>"


# --- text -------------------------------------------------------------------------------------------


def text_one_line_300k() -> bytes:
    """The issue's reproducer: one line of 300,000 numbers (27 s)."""
    return ("（一）予以公开 " + "0 " * 300_000).encode("utf-8")


def text_20mb_line() -> bytes:
    """One 20 MB line of numbers."""
    return b"1 " * 10_000_000


def text_tabs() -> bytes:
    """40 million tabs on one line."""
    return b"a" + b"\t" * 40_000_000


def text_pipes() -> bytes:
    """40 million pipes on one line."""
    return b"|" * 40_000_000


def text_newlines() -> bytes:
    """45 million empty lines."""
    return b"x" + b"\n" * 45_000_000


def text_carriage_returns() -> bytes:
    """45 million lines ended by CR (and other separators ``str.splitlines`` honours)."""
    return b"x" + b"\r\x0b\x0c" * 15_000_000


def text_many_numbers() -> bytes:
    """100,000 lines of 200 numbers each (20 million numbers)."""
    return (b"a " + b"1 " * 200 + b"\n") * 100_000


def text_one_word() -> bytes:
    """One 45 MB word."""
    return b"7" * 45_000_000


# --- project files --------------------------------------------------------------------------------


@functools.cache
def _project_text() -> str:
    from core.project_json import dumps
    from tests.importers.files import fixture

    return dumps(fixture("samples/hongze-district-2024"))


def project_quadratic_string() -> bytes:
    """Issue item 1's reproducer in a real project file: a string of 80,000 escaped quotes."""
    text = _project_text()
    return text.replace('"organ": "', '"organ": "' + '\\"' * 80_000, 1).encode("utf-8")


def project_tiny_exponent() -> bytes:
    """Issue item 2's reproducer in a real project file: one cell 1e-999999999."""
    return _project_text().replace('"art20_1/rules/issued": 0', '"art20_1/rules/issued": 1e-999999999', 1).encode()


def project_deep() -> bytes:
    """A project file nesting a million arrays."""
    return _project_text().replace('"date": ""', '"date": ' + "[" * 1_000_000 + "]" * 1_000_000, 1).encode()


CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    f.__name__: (name, f) for name, fs in {
        "case.pdf": [pdf_inflate_200mb, pdf_inflate_text_ops, pdf_header_and_zeros, pdf_one_line_numbers,
                     pdf_stacked_letters, pdf_xobject_laughs, pdf_many_pages, pdf_deep_page_tree,
                     pdf_eighty_dense_pages],
        "case.docx": [docx_huge_grid_span, docx_vmerge_rows, docx_many_cells, docx_long_paragraph, docx_tabs],
        "case.xlsx": [xlsx_many_sheets, xlsx_merged_everything, xlsx_long_string],
        "case.html": [html_spans, html_huge_spans, html_wide_table, html_nested_tables, html_many_cells, html_many_lines,
                      html_unclosed_constructs, html_unclosed_comments, html_unclosed_tags, html_long_text],
        "case.txt": [text_one_line_300k, text_20mb_line, text_tabs, text_pipes, text_newlines,
                     text_carriage_returns, text_many_numbers, text_one_word],
        "case.json": [project_quadratic_string, project_tiny_exponent, project_deep],
        "case.ofd": hostile_ofd.CASES,
    }.items() for f in fs
}

_CHILD = r"""
import json, resource, sys, time, traceback
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[3]), int(sys.argv[3])))
from core.importers import ImportError_, import_bytes
import core.importers.build, core.importers.pdf, core.importers.docx, core.importers.xlsx, core.importers.html
import pypdfium2, openpyxl, docx
data = open(sys.argv[1], "rb").read()
start, own_cpu = time.monotonic(), resource.getrusage(resource.RUSAGE_SELF)
outcome, message = "report", ""
try:
    import_bytes(data, sys.argv[2])
except ImportError_ as e:
    outcome, message = "refused", str(e)
    if e.__cause__ is not None:
        outcome, message = "error", "".join(traceback.format_exception(e.__cause__))[-2000:]
except BaseException:
    outcome, message = "error", traceback.format_exc()[-2000:]
seconds = time.monotonic() - start
used, ran = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (used.ru_utime + used.ru_stime - own_cpu.ru_utime - own_cpu.ru_stime) + ran.ru_utime + ran.ru_stime
# the peak of this process (VmHWM: ru_maxrss would keep the parent's from before exec) and of any
# child it ran (the PDF reader's)
own = max(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
rss = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(json.dumps({"outcome": outcome, "message": message[:2000], "seconds": seconds, "cpu": cpu, "rss_mb": rss}))
"""


def run_case(case: str, timeout: float = HARD_TIMEOUT) -> dict[str, object]:
    """Import one case in a fresh child: outcome, message, seconds and peak RSS (MB)."""
    name, make = CASES[case]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(make())
        env = dict(os.environ, PYTHONPATH=str(ROOT), NIANBAO_DATA_DIR=str(Path(tmp) / "data"))
        try:
            done = subprocess.run([sys.executable, "-c", _CHILD, str(path), name, str(AS_LIMIT)], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {"outcome": "timeout", "message": "", "seconds": timeout, "cpu": -1.0, "rss_mb": -1.0}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"outcome": "crash", "message": (done.stderr or done.stdout)[-2000:], "seconds": -1.0, "cpu": -1.0, "rss_mb": -1.0}
    result: dict[str, object] = json.loads(lines[-1])
    return result


@functools.cache
def _all_results() -> dict[str, dict[str, object]]:
    """Every case, two at a time (each child is single-threaded)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(CASES, pool.map(run_case, CASES), strict=True))


@pytest.mark.parametrize("case", list(CASES))
def test_import_within_budget(case: str) -> None:
    r = _all_results()[case]
    assert r["outcome"] in ("report", "refused"), f"{case}: {r['outcome']}\n{r['message']}"
    if r["outcome"] == "refused":
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(r["message"])), r["message"]
    assert float(str(r["cpu"])) <= SECONDS, f"{case}: {r['cpu']:.1f} s of CPU ({r['seconds']:.1f} s wall)"
    assert float(str(r["rss_mb"])) <= RSS_MB, f"{case}: {r['rss_mb']:.0f} MB"


def main(argv: list[str]) -> int:
    chosen = [c for c in CASES if not argv or any(a in c for a in argv)]
    for case in chosen:
        r = run_case(case, timeout=float(os.environ.get("BUDGET_TIMEOUT", HARD_TIMEOUT)))
        print(f"{case:28} {r['outcome']:8} {float(str(r['seconds'])):7.2f} s {float(str(r['cpu'])):7.2f} s CPU {float(str(r['rss_mb'])):7.0f} MB  "
              f"{str(r['message']).strip().splitlines()[-1][:110] if r['message'] else ''}", flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
