"""A report pasted from the clipboard: what the clerk copied from last year's web page (Ctrl+A,
Ctrl+C in the browser), without saving it to a file first.

A browser puts the selection on the clipboard twice: as HTML, which keeps the tables' merged cells
(``rowspan``/``colspan``), and as plain text, where a merged cell is a cell fewer. The HTML is read
when it holds a table; the text otherwise, or when the HTML cannot be read. Windows wraps the HTML
in a "Version:0.9 StartHTML:…" header that Qt may pass on; it is cut off here.
"""

from __future__ import annotations

import re
from typing import Optional

from core.importers.model import ImportError_, ImportLog
from core.report import Report

NAME = "粘贴的网页内容"
MAX_CHARS = 20 * 1024 * 1024
"""Characters of either flavour: a long report's page is well under a million."""
_CF_HTML = re.compile(r"\AVersion:\d+\.\d+\s*(?:\r?\n[A-Za-z]+:[^\r\n]*)*\r?\n")


def import_pasted(html: Optional[str], text: Optional[str],
                  year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """Import what was copied (either flavour may be None or empty); ``year`` as for
    ``import_bytes``. Nothing copied, or too much, is refused with what to do."""
    html = _CF_HTML.sub("", html or "", count=1).strip()
    text = (text or "").strip()
    if not html and not text:
        raise ImportError_("剪贴板中没有文字：请先在浏览器中打开上年的年度报告，全选（Ctrl+A）并复制（Ctrl+C），再点“粘贴网页内容”")
    if max(len(html), len(text)) > MAX_CHARS:
        raise ImportError_(f"剪贴板中的内容超过 {MAX_CHARS // 1024 // 1024} 百万字，不像是一份年度报告，未导入")
    from core.importers.html import import_html, import_text_or_markup

    if html and re.search(r"<t[dh][\s>]", html, re.I):
        try:
            return import_html(html, NAME, year)
        except ImportError_:
            if not text:
                raise
    if not text:   # an HTML-only clipboard without a table: its text is the page's
        return import_html(html, NAME, year)
    return import_text_or_markup(text, NAME, year)
