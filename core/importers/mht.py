"""Web pages saved as one file (.mht/.mhtml, "网页，单个文件" in IE and 360 浏览器 — what an office
PC's browser saves): a MIME message whose HTML part is the page, read as a saved .html is.

The standard library's ``email`` parser undoes the part's transfer encoding (quoted-printable or
base64) and its charset (GB2312/GBK on Chinese government sites); pictures and styles are ignored.
"""

from __future__ import annotations

import email
import email.policy
import re
from typing import Optional

from core.importers.model import ImportError_, ImportLog
from core.report import Report

_FIELD = re.compile(rb"[!-9;-~]+:|[ \t]")
"""A header line (``Name: value``) or its continuation: a MIME message's head holds nothing else."""


def looks_like_mht(data: bytes) -> bool:
    """A MIME message whose headers (before the first blank line) say multipart/related."""
    head = data[:8192].lstrip().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].lower()
    headers = all(_FIELD.match(line) for line in head.split(b"\n"))
    return headers and b"mime-version:" in head and b"multipart/related" in head


def page_html(data: bytes, name: str) -> str:
    """The page's HTML, decoded; a message holding none is refused."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                content = part.get_content()
                if isinstance(content, str):
                    return content
    except Exception:
        raise ImportError_(f"“{name}”已损坏或不是有效的单文件网页（.mht），无法读取") from None
    raise ImportError_(f"“{name}”是单文件网页（.mht），但其中没有网页正文，无法读取")


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    from core.importers.html import import_html

    return import_html(page_html(data, name), name, year)
