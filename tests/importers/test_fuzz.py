"""Mutated files of every kind: the importers either read them or raise the one domain error with a
Chinese message — no other exception, no hang. 1,000+ files per kind, a few seconds each."""

from __future__ import annotations

import io
import random
import re
import time
import zipfile

import pytest

from core.exporters import render
from core.importers import ImportError_, import_bytes
from importers.files import fixture, table_text, zip_bytes

CJK = re.compile(r"[\u4e00-\u9fff]")
N = 1000


def _mutations(base: bytes, rng: random.Random, n: int) -> list[bytes]:
    out = []
    for i in range(n):
        data = bytearray(base)
        how = i % 4
        if how == 0:  # byte flips
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif how == 1:  # truncation
            data = data[: rng.randrange(1, len(data))]
        elif how == 2:  # a run overwritten
            at = rng.randrange(len(data))
            data[at:at + rng.randint(1, 64)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        else:  # a run duplicated / inserted
            at = rng.randrange(len(data))
            data[at:at] = data[rng.randrange(len(data)):][: rng.randint(1, 200)]
        out.append(bytes(data))
    return out


def _zip_member_mutations(base: bytes, rng: random.Random, n: int) -> list[bytes]:
    """Valid zips whose XML members are damaged (so the XML parsers, not zipfile, meet them)."""
    src = zipfile.ZipFile(io.BytesIO(base))
    members = {name: src.read(name) for name in src.namelist()}
    xml = [name for name in members if name.endswith(".xml")]
    out = []
    for _ in range(n):
        m = dict(members)
        name = rng.choice(xml)
        data = bytearray(m[name])
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.choice(b"<>&\"'/=x\x00 ")
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        m[name] = bytes(data)
        out.append(zip_bytes(m))
    return out


def _check(files: list[bytes], name: str) -> None:
    worst = 0.0
    for data in files:
        start = time.monotonic()
        try:
            import_bytes(data, name)
        except ImportError_ as e:
            assert CJK.search(str(e)), str(e)
        worst = max(worst, time.monotonic() - start)
    assert worst < 5.0


def _small(kind: str) -> bytes:
    """A small valid file of ``kind`` holding a table, for member-level mutations (fast to parse)."""
    buf = io.BytesIO()
    if kind == "docx":
        import docx

        doc = docx.Document()
        doc.add_paragraph("某某镇2023年政府信息公开工作年度报告")
        table = doc.add_table(rows=3, cols=3)
        for r, row in enumerate([["申请人情况", "自然人", "总计"], ["一、本年新收政府信息公开申请数量", "1", "1"],
                                 ["四、结转下年度继续办理", "0", "0"]]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        doc.save(buf)
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        for row in [["申请人情况", "自然人", "总计"], ["一、本年新收政府信息公开申请数量", 1, 1]]:
            ws.append(row)
        wb.save(buf)
    return buf.getvalue()


def _small_report_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, line in enumerate(["2023 report", "table 1 2 3", "0 0 0 0 0 0 0", "+1 -18 /"]):
        c.drawString(72, 760 - 20 * i, line)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["text", "docx", "xlsx", "pdf", "html", "ofd"])
def test_fuzz(kind: str) -> None:
    rng = random.Random(20240808 + len(kind))
    report = fixture("seeds/003_bd56896d5bf88536")
    if kind == "text":
        files = _mutations(table_text(report, "tab").encode("utf-8"), rng, N)
    elif kind == "html":
        from importers.files import html_text

        page = html_text(report)
        files = _mutations(page[: page.index("<h2>三、")].encode("utf-8"), rng, N)
    elif kind == "pdf":
        files = _mutations(_small_report_pdf(), rng, N)
    elif kind == "ofd":
        from ofd_from_pdf import ofd_from_pdf

        base = ofd_from_pdf(_small_report_pdf())
        files = _mutations(base, rng, N // 2) + _zip_member_mutations(base, rng, N // 2)
    else:
        base = render(report, kind)
        files = _mutations(base, rng, N // 2) + _zip_member_mutations(_small(kind), rng, N // 2)
    _check(files, f"fuzz.{kind}")
