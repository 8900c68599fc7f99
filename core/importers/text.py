"""Text copied from a web page (tab-, pipe- or space-separated tables, or one cell per line) and
saved HTML pages (tables read as grids through the standard library's ``html.parser``)."""

from __future__ import annotations

from typing import Optional

from core.importers.build import build
from core.importers.layout import text_lines
from core.importers.model import ImportError_, ImportLog
from core.importers.safety import Budget
from core.report import Report

ENCODINGS = ("utf-8-sig", "gb18030", "utf-16")
MAX_BAD_BYTES = 20
"""Bytes no encoding reads that a page may hold and still be read (one per thousand characters at most)."""


def decode_lenient(raw: bytes, name: str) -> tuple[str, str]:
    """The text of a file in the encodings Chinese web pages are saved in (NUL bytes mean binary),
    and a note for the log ("" when none): a page with a few bytes no encoding reads
    (a GBK footer included in a UTF-8 page, a summary cut inside a character: browsers show such
    pages) is read in the encoding that reads the rest, those bytes shown as �."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ""
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:4096]:
        raise ImportError_(f"“{name}”不是文本文件，也不是可识别的 Word、Excel 或 PDF 文件")
    for enc in ENCODINGS[:2]:
        try:
            return raw.decode(enc), ""
        except UnicodeDecodeError:
            continue
    best = min((raw.decode(enc, errors="replace") for enc in ENCODINGS[:2]), key=lambda t: t.count("\ufffd"))
    bad = best.count("\ufffd")
    if bad <= min(MAX_BAD_BYTES, max(1, len(best) // 1000)):
        return best, f"原文有 {bad} 处字节无法按文字读取（网页中夹杂了其他编码的内容），已显示为“\ufffd”，请核对该处"
    raise ImportError_(f"“{name}”的文字编码无法识别（不是 UTF-8 或 GB18030）")


def import_text(text: str, source: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    return build(text_lines(text, Budget(source)), source, "text", year)
