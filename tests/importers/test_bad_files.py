"""Files that are not a readable annual report: each refused with a clear Chinese message, fast."""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from core.exporters import render
from core.importers import ImportError_, import_bytes, import_file
from importers.files import fixture, zip_bytes

CJK = re.compile(r"[\u4e00-\u9fff]")


def refused(data: bytes, name: str, limit: float = 10.0) -> str:
    start = time.monotonic()
    with pytest.raises(ImportError_) as info:
        import_bytes(data, name)
    assert time.monotonic() - start < limit
    message = str(info.value)
    assert CJK.search(message) and "Traceback" not in message
    return message


def _pdf(draw: Callable[[object], None], pages: int = 1, **kwargs: object) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, **kwargs)  # type: ignore[arg-type]
    for _ in range(pages):
        draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_encrypted_pdf() -> None:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0)
    data = _pdf(lambda c: c.drawString(100, 700, "2023"), encrypt=enc)  # type: ignore[attr-defined]
    assert "加密" in refused(data, "locked.pdf")


def test_scan_without_text_layer() -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (200, 300), "white")
    data = _pdf(lambda c: c.drawImage(ImageReader(img), 50, 400, 200, 300))  # type: ignore[attr-defined]
    message = refused(data, "scan.pdf")
    assert "扫描件" in message and "OCR" in message


def test_two_hundred_page_pdf() -> None:
    data = _pdf(lambda c: c.drawString(100, 700, "page text"), pages=200)  # type: ignore[attr-defined]
    assert "200 页" in refused(data, "big.pdf", limit=5.0)


def test_pdf_that_is_not_a_report() -> None:
    data = _pdf(lambda c: c.drawString(100, 700, "Hello 2023 0 1 2"))  # type: ignore[attr-defined]
    assert "未找到任何统计表" in refused(data, "other.pdf")


def test_docx_that_is_not_a_report() -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("关于召开会议的通知")
    buf = io.BytesIO()
    doc.save(buf)
    assert "未找到任何统计表" in refused(buf.getvalue(), "notice.docx")


def test_corrupt_and_truncated_zip() -> None:
    data = render(fixture("seeds/003_bd56896d5bf88536"), "docx")
    assert "损坏" in refused(data[: len(data) // 2], "cut.docx")
    broken = bytearray(data)
    i = broken.index(b"word/document.xml") + 200
    broken[i:i + 50] = b"\x00" * 50
    refused(bytes(broken), "broken.docx")


def test_zip_bomb() -> None:
    bomb = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\x00" * (41 * 1024 * 1024)})
    assert len(bomb) < 200_000
    assert "炸弹" in refused(bomb, "bomb.docx", limit=5.0)


def test_xml_bomb() -> None:
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
           b'&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
           b'<w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')
    data = render(fixture("seeds/003_bd56896d5bf88536"), "docx")
    src = zipfile.ZipFile(io.BytesIO(data))
    members = {n: src.read(n) for n in src.namelist()}
    members["word/document.xml"] = lol
    assert "XML" in refused(zip_bytes(members), "lol.docx")
    xlsx = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": lol})
    assert "XML" in refused(xlsx, "lol.xlsx")


def test_old_office_and_other_files(tmp_path: Path) -> None:
    assert ".docx" in refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.doc")
    assert "空文件" in refused(b"", "empty.txt")
    assert "不是文本" in refused(b"\x00\x01\x02\x03" * 100, "blob.bin")
    assert "未找到任何统计表" in refused("随便写的一段文字。\n".encode(), "note.txt")
    with pytest.raises(ImportError_, match="找不到"):
        import_file(tmp_path / "nope.pdf")
    with pytest.raises(ImportError_, match="文件夹"):
        import_file(tmp_path)
    (tmp_path / "bad.nianbao").write_text("{}", encoding="utf-8")
    with pytest.raises(ImportError_, match="不是年报项目文件"):
        import_file(tmp_path / "bad.nianbao")
