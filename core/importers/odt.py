"""OpenDocument text files (.odt): a report LibreOffice saved in its own format, as on the 统信UOS
and 银河麒麟 office PCs where it is the default writer.

Why by way of HTML: an .odt's content.xml is paragraphs and tables whose merged cells say how many
columns and rows they span, with the cells they cover left as placeholders — what a web page's
table says with colspan/rowspan. So the document is rewritten as that page (paragraphs as <p>,
tables as <table>, covered cells left out) and read by the HTML importer, which already fills merged
cells back from the layout. Told by content (the package's mimetype), never the name.
"""

from __future__ import annotations

import html
import io
import zipfile
from typing import Any, Optional

from core.importers.model import ImportError_, ImportLog
from core.importers.safety import MAX_MEMBER, MAX_SPAN, MAX_TABLE_DEPTH, Budget, check_zip
from core.report import Report

MIMETYPE = b"application/vnd.oasis.opendocument.text"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ROW_GROUPS = {f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"}


def looks_like_odt(data: bytes) -> bool:
    """A zip whose first member is the mimetype of a text document (ODF stores it first, uncompressed)."""
    return data.startswith(b"PK") and MIMETYPE in data[:200]


def _text(el: Any, budget: Budget) -> str:
    """A paragraph's words: spans joined, <text:s/> as its spaces, tabs and line breaks as a space."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == f"{_TEXT}s":
            count = child.get(f"{_TEXT}c", "1")
            out.append(" " * (min(int(count), 100) if count.isdigit() else 1))
        elif tag in (f"{_TEXT}tab", f"{_TEXT}line-break"):
            out.append(" ")
        elif tag in (f"{_TEXT}note", f"{_OFFICE}annotation"):
            pass                              # a footnote's or a comment's words are not the paragraph's
        else:
            out.append(_text(child, budget))
        out.append(child.tail or "")
    budget.tick()
    return "".join(out)


def _span(el: Any, attr: str) -> int:
    try:
        return max(1, min(int(el.get(f"{_TABLE}{attr}", "1")), MAX_SPAN))
    except ValueError:
        return 1


def _blocks(el: Any, out: list[str], budget: Budget, depth: int) -> None:
    if depth > MAX_TABLE_DEPTH:
        raise ImportError_(f"“{budget.name}”的表格嵌套过深，无法读取")
    for child in el:
        tag = child.tag
        if tag in (f"{_TEXT}p", f"{_TEXT}h"):
            out.append(f"<p>{html.escape(_text(child, budget))}</p>\n")
        elif tag == f"{_TABLE}table":
            out.append("<table>\n")
            _rows(child, out, budget, depth)
            out.append("</table>\n")
        elif tag in (f"{_TEXT}list", f"{_TEXT}list-item", f"{_TEXT}section", f"{_TEXT}list-header"):
            _blocks(child, out, budget, depth)


def _rows(table: Any, out: list[str], budget: Budget, depth: int) -> None:
    for child in table:
        if child.tag in _ROW_GROUPS:
            _rows(child, out, budget, depth)
        elif child.tag == f"{_TABLE}table-row":
            out.append("<tr>")
            for cell in child:
                if cell.tag != f"{_TABLE}table-cell":
                    continue                  # a covered cell: the span of one before or above holds it
                inner: list[str] = []
                _blocks(cell, inner, budget, depth + 1)
                words = " ".join(part.removeprefix("<p>").removesuffix("</p>\n") for part in inner
                                 if part.startswith("<p>")) if "<table>" not in "".join(inner) else "".join(inner)
                out.append(f'<td colspan="{_span(cell, "number-columns-spanned")}" '
                           f'rowspan="{_span(cell, "number-rows-spanned")}">{words}</td>')
                budget.tick()
            out.append("</tr>\n")


def page_html(data: bytes, name: str) -> str:
    """The document as a web page: its paragraphs and tables, in order."""
    check_zip(data, name, "content.xml")
    bad = f"“{name}”已损坏或不是有效的 OpenDocument 文本（.odt）文件，无法读取"
    try:
        from lxml import etree  # type: ignore[import-untyped]

        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("content.xml") as f:
            raw = f.read(MAX_MEMBER + 1)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
        root = etree.fromstring(raw, parser)
    except Exception:
        raise ImportError_(bad) from None
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ImportError_(bad)
    out = ["<html><body>\n"]
    _blocks(body, out, Budget(name), 0)
    out.append("</body></html>\n")
    return "".join(out)


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    from core.importers.html import import_html

    return import_html(page_html(data, name), name, year)
