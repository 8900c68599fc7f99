"""PDFs with a text layer (WPS, Word, LibreOffice exports), read from word positions (pdfplumber).

``extract_tables`` depends on ruling lines that many published PDFs draw partly or not at all, so
tables are read from where the words stand instead: each page's words become lines, pages are
stacked (a table broken across pages is one table), page numbers are dropped, and ``tables``
finds rows by label and columns by position. Encrypted files, scans without text and oversized
files are refused with a message that says which.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections import Counter
from typing import Any

from core.importers.build import build
from core.importers.layout import Line, Token, split_text_line
from core.importers.model import ImportError_, ImportLog
from core.importers.prose import is_page_number
from core.report import Report

MAX_PAGES = 80
"""An annual report runs to a few dozen pages; beyond this the file is not one."""
MAX_SECONDS = 30.0
PAGE_GAP = 100000.0
"""Pages are stacked this far apart, so positions stay ordered across a table's page break."""


def _words(page: Any) -> list[dict[str, Any]]:
    """The page's words without watermarks: rotated letters and letters far larger than the body
    are dropped *before* letters are joined into words — a big 草稿 whose box touches a row would
    otherwise join that row's number into one tall word and take the number with it."""
    chars = page.chars
    sizes = sorted(float(c.get("size", 0) or 0) for c in chars)
    if not sizes:
        return []
    median = sizes[len(sizes) // 2]

    def keep(c: dict[str, Any]) -> bool:
        matrix = c.get("matrix") or (1, 0, 0, 1, 0, 0)
        upright = abs(float(matrix[1])) <= 1e-3 and abs(float(matrix[2])) <= 1e-3
        return upright and float(c.get("size", 0) or 0) <= 2.5 * median + 1

    kept = page.filter(lambda obj: obj.get("object_type") != "char" or keep(obj))
    words: list[dict[str, Any]] = kept.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False,
                                                     extra_attrs=["upright"])
    return [w for w in words if w.get("upright", True)]


def page_lines(page: Any, index: int) -> list[Line]:
    """One page's words grouped into lines (top to bottom), page numbers left out."""
    height = float(page.height or 842)
    offset = index * PAGE_GAP
    words = sorted(_words(page), key=lambda w: (float(w["top"]), float(w["x0"])))
    groups: list[list[dict[str, Any]]] = []
    for w in words:
        top, bottom = float(w["top"]), float(w["bottom"])
        mid = (top + bottom) / 2
        if groups:
            g = groups[-1]
            g_top = min(float(x["top"]) for x in g)
            g_bottom = max(float(x["bottom"]) for x in g)
            if g_top <= mid <= g_bottom or abs(top - g_top) < 2:
                g.append(w)
                continue
        groups.append([w])
    lines = []
    for g in groups:
        g.sort(key=lambda w: float(w["x0"]))
        tokens = [Token(str(w["text"]), float(w["x0"]), float(w["x1"]), offset + float(w["top"]),
                        offset + float(w["bottom"])) for w in g]
        text = "".join(t.text for t in tokens)
        top = min(float(w["top"]) for w in g)
        if is_page_number(text) and (top > height * 0.85 or top < height * 0.1):
            continue
        if sum(t.text.count("|") + t.text.count("｜") for t in tokens) >= 2:
            # a pipe table printed as text (Markdown or a web copy turned into a PDF): its cells are
            # between the pipes, as in the text importer, not where the words happen to stand
            cells = split_text_line(" ".join(t.text for t in tokens))
            y0, y1 = offset + top, offset + max(float(w["bottom"]) for w in g)
            lines.append(Line([Token(c, tokens[0].x0 + j, tokens[0].x0 + j + 1, y0, y1) for j, c in enumerate(cells)],
                              positional=False, page=index))
            continue
        lines.append(Line(tokens, positional=True, page=index))
    margins = Counter(round(line.tokens[0].x0) for line in lines if len(line.text) >= 15)
    left = min(margins, key=lambda m: (-margins[m], m)) if margins else 0
    for line in lines:
        line.indent = line.tokens[0].x0 - left
    return lines


def read_lines(data: bytes, name: str) -> list[Line]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    start = time.monotonic()
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ImportError_(f"“{name}”是加密的 PDF，需要密码才能打开；请导入未加密的文件") from None
    except Exception as e:  # pdfminer raises many kinds for a damaged file (pdfplumber wraps them)
        inner = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(e).lower():
            raise ImportError_(f"“{name}”是加密的 PDF，需要密码才能打开；请导入未加密的文件") from None
        raise ImportError_(f"“{name}”已损坏或不是有效的 PDF 文件，无法读取") from None
    try:
        pages = pdf.pages
        if len(pages) > MAX_PAGES:
            raise ImportError_(f"“{name}”有 {len(pages)} 页，超过 {MAX_PAGES} 页，不像是一份政府信息公开工作年度报告，未导入")
        lines: list[Line] = []
        chars = 0
        images = 0
        for i, page in enumerate(pages):
            if time.monotonic() - start > MAX_SECONDS:
                raise ImportError_(f"读取“{name}”超过 {int(MAX_SECONDS)} 秒仍未完成，已停止；文件可能已损坏")
            chars += len(page.chars)
            images += len(page.images)
            lines.extend(page_lines(page, i))
        if chars == 0:
            if images:
                raise ImportError_(f"“{name}”是扫描件（只有图片，没有文字层），本程序不做文字识别（OCR），"
                                   "请导入原始的 Word 文件或带文字的 PDF")
            raise ImportError_(f"“{name}”中没有文字，无法导入")
        return lines
    except ImportError_:
        raise
    except Exception as e:
        if "password" in f"{type(e).__name__} {e}".lower() or "encrypt" in f"{type(e).__name__} {e}".lower():
            raise ImportError_(f"“{name}”是加密的 PDF，需要密码才能打开；请导入未加密的文件") from None
        raise ImportError_(f"“{name}”已损坏或不是有效的 PDF 文件，无法读取") from None
    finally:
        with contextlib.suppress(Exception):  # a broken file may fail to close; nothing open matters
            pdf.close()


def import_bytes(data: bytes, name: str) -> tuple[Report, ImportLog]:
    return build(read_lines(data, name), name, "pdf")
