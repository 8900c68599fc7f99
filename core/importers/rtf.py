"""Rich Text Format files: a report WPS or Word saved as .rtf, or a site's attachment named .doc
that is RTF inside (an old publishing system's "Word" export).

Their text is read by ``striprtf`` (pure Python, BSD): paragraphs end lines, a table's cells are
closed by "|" and its rows by a line end, so the official tables reach the text importer as pipe
rows, merged cells as the empty cells a web page's copy shows. The kind is told by the content
({\\rtf), never the name. Chinese is written either as escapes (\\'b1\\'be, \\u26412) decoded by the
font's or the document's code page, or, by some writers, as raw GBK bytes: the file is decoded by
its declared code page (\\ansicpg936) for those, the escapes left to the reader.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import Optional

from striprtf.striprtf import rtf_to_text

from core.importers.model import ImportError_, ImportLog
from core.report import Report

_TO_TEXT: Callable[..., str] = rtf_to_text
"""(striprtf declares no types)"""
_MAGIC = re.compile(rb"^(?:\xef\xbb\xbf)?\s*\{\\rtf")
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def looks_like_rtf(data: bytes) -> bool:
    return _MAGIC.match(data[:64]) is not None


_PICTURE = re.compile(rb"\{\\(?:\*\\)?(?:pict|shppict|nonshppict|objdata)\b")
_BRACE = re.compile(rb"(?<!\\)[{}]")


def _without_pictures(data: bytes) -> bytes:
    """``data`` without its pictures' groups (a picture is its bytes in hex: megabytes a page, no
    words), cut by their braces — which striprtf would otherwise walk character by character
    (a 20 MB picture took it 15 s)."""
    out, at = [], 0
    while (m := _PICTURE.search(data, at)) is not None:
        out.append(data[at:m.start()])
        depth, end = 0, len(data)
        for brace in _BRACE.finditer(data, m.start()):
            depth += 1 if brace.group() == b"{" else -1
            if depth == 0:
                end = brace.end()
                break
        at = end
    out.append(data[at:])
    return b"".join(out)


def text_of(data: bytes) -> str:
    """The document's text (tables as pipe rows)."""
    page = _code_page(data)
    source = _without_pictures(data).decode(page or "latin-1", errors="replace")
    return _TO_TEXT(source, encoding=page or "cp1252", errors="replace")


def _code_page(data: bytes) -> Optional[str]:
    m = _CODE_PAGE.search(data[:4096])
    if m is None:
        return None
    page = f"cp{int(m.group(1))}"
    try:
        codecs.lookup(page)
    except LookupError:
        return None
    return page


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    import core.importers.text as text_mod

    text = text_of(data)
    if not text.strip():
        raise ImportError_(f"“{name}”是 RTF 文件，但其中没有文字（可能只有图片），无法读取")
    report, log = text_mod.import_text(text, name, year)
    log.kind = "rtf"
    return report, log
