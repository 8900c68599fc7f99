"""PDFs with a text layer (WPS, Word, LibreOffice exports), read from word positions (PDFium).

``extract_tables`` depends on ruling lines that many published PDFs draw partly or not at all, so
tables are read from where the words stand instead: each page's words become lines, pages are
stacked (a table broken across pages is one table), page numbers are dropped, and ``tables``
finds rows by label and columns by position. Encrypted files, scans without text and oversized
files are refused with a message that says which.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections import Counter
from typing import Any

from core.importers.build import build
from core.importers.layout import Line, Token, split_text_line
from core.importers.model import ImportError_, ImportLog
from core.importers.pdf_text import MAX_CHARS, Word, image_count, page_words
from core.importers.prose import is_page_number
from core.report import Report

MAX_PAGES = 80
"""An annual report runs to a few dozen pages; beyond this the file is not one."""
MAX_SECONDS = 30.0
PAGE_GAP = 100000.0
"""Pages are stacked this far apart, so positions stay ordered across a table's page break."""


def _page_number(text: str, index: int) -> bool:
    """A page number in the top or bottom margin: "— 3 —", "第3页" as printed, and a bare number
    only where it is about this page's own (the cover may be unnumbered) — a table's "0" or "12"
    that a page break left at the foot of a page is a cell, not a page number."""
    if not is_page_number(text):
        return False
    digits = re.findall(r"\d+", text)
    if re.fullmatch(r"\s*\d+\s*", text) is None or not digits:
        return True
    return index - 2 <= int(digits[0]) - 1 <= index and int(digits[0]) > 0


def page_lines(words: list[Word], height: float, index: int) -> list[Line]:
    """One page's words grouped into lines (top to bottom), page numbers left out."""
    offset = index * PAGE_GAP
    groups: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        if groups:
            g = groups[-1]
            g_top = min(x.top for x in g)
            g_bottom = max(x.bottom for x in g)
            if g_top <= mid <= g_bottom or abs(w.top - g_top) < 2:
                g.append(w)
                continue
        groups.append([w])
    lines = []
    for g in groups:
        g.sort(key=lambda w: w.x0)
        tokens = [Token(w.text, w.x0, w.x1, offset + w.top, offset + w.bottom) for w in g]
        text = "".join(t.text for t in tokens)
        top = min(w.top for w in g)
        if _page_number(text, index) and (top > height * 0.85 or top < height * 0.1):
            continue
        pipes = sum(t.text.count("|") + t.text.count("｜") for t in tokens)
        if pipes >= 2 or (pipes == 1 and tokens[-1].text.rstrip().endswith(("|", "｜"))):
            # a pipe table printed as text (Markdown or a web copy turned into a PDF, down to one
            # cell a line closed by its pipe, "0 |"): its cells are between the pipes, as in the text
            # importer, not where the words happen to stand
            cells = split_text_line(" ".join(t.text for t in tokens))
            y0, y1 = offset + top, offset + max(w.bottom for w in g)
            lines.append(Line([Token(c, tokens[0].x0 + j, tokens[0].x0 + j + 1, y0, y1) for j, c in enumerate(cells)],
                              positional=False, page=index))
            continue
        lines.append(Line(tokens, positional=True, page=index))
    margins = Counter(round(line.tokens[0].x0) for line in lines if len(line.text) >= 15)
    left = min(margins, key=lambda m: (-margins[m], m)) if margins else 0
    for line in lines:
        line.indent = line.tokens[0].x0 - left
    return lines


def _open(data: bytes, name: str) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ImportError_(f"“{name}”是加密的 PDF，需要密码才能打开；请导入未加密的文件") from None
        raise ImportError_(f"“{name}”已损坏或不是有效的 PDF 文件，无法读取") from None


def read_lines(data: bytes, name: str) -> list[Line]:
    start = time.monotonic()
    pdf = _open(data, name)
    try:
        if len(pdf) > MAX_PAGES:
            raise ImportError_(f"“{name}”有 {len(pdf)} 页，超过 {MAX_PAGES} 页，不像是一份政府信息公开工作年度报告，未导入")
        lines: list[Line] = []
        chars = 0
        images = 0
        for i in range(len(pdf)):
            if time.monotonic() - start > MAX_SECONDS:
                raise ImportError_(f"读取“{name}”超过 {int(MAX_SECONDS)} 秒仍未完成，已停止；文件可能已损坏")
            page = pdf[i]
            try:
                words, letters = page_words(page)
                chars += letters
                if chars > MAX_CHARS:
                    raise ImportError_(f"“{name}”的文字超过 {MAX_CHARS} 个，不像是一份政府信息公开工作年度报告，未导入")
                if not letters:
                    images += image_count(page)
                lines.extend(page_lines(words, float(page.get_height() or 842), i))
            finally:
                page.close()
        if chars == 0:
            if images:
                raise ImportError_(f"“{name}”是扫描件（只有图片，没有文字层），本程序不做文字识别（OCR），"
                                   "请导入原始的 Word 文件或带文字的 PDF")
            raise ImportError_(f"“{name}”中没有文字，无法导入")
        return lines
    except ImportError_:
        raise
    except Exception:  # PDFium reports a damaged page as an error of its own kind
        raise ImportError_(f"“{name}”已损坏或不是有效的 PDF 文件，无法读取") from None
    finally:
        with contextlib.suppress(Exception):  # a broken file may fail to close; nothing open matters
            pdf.close()


def import_bytes(data: bytes, name: str) -> tuple[Report, ImportLog]:
    return build(read_lines(data, name), name, "pdf")
