"""Word files written in Word or WPS (.docx): paragraphs in order, tables as grids.

Tables are read from the document XML directly so a merged cell is one token spanning its grid
columns (python-docx's ``row.cells`` repeats a merged cell once per column it covers; reading
each ``w:tc`` element once is the de-duplication), and the continuation cells of a vertical
merge are skipped. The zip is checked by ``safety`` before python-docx parses it.
"""

from __future__ import annotations

import io
from typing import Any

from core.importers.build import build
from core.importers.layout import Line, Token, split_text_line
from core.importers.model import ImportError_, ImportLog
from core.importers.safety import check_zip
from core.report import Report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(el: Any) -> str:
    """The text of a paragraph or cell: runs joined, tabs kept, line breaks as nothing."""
    parts = []
    for node in el.iter(f"{W}t", f"{W}tab", f"{W}p"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
    return "".join(parts)


def _val(el: Any, path: str, default: str = "") -> str:
    found = el.find(path)
    if found is None:
        return default
    return str(found.get(f"{W}val", default or "restart"))


def _table_lines(tbl: Any, top: int, table_id: int) -> tuple[list[Line], int]:
    lines = []
    for tr in tbl.iterfind(f"{W}tr"):
        col = 0
        trpr = tr.find(f"{W}trPr")
        if trpr is not None:
            before = trpr.find(f"{W}gridBefore")
            if before is not None:
                col = int(before.get(f"{W}val", "0") or 0)
        tokens = []
        for tc in tr.iterfind(f"{W}tc"):
            span = int(_val(tc, f"{W}tcPr/{W}gridSpan", "1") or 1)
            vmerge = tc.find(f"{W}tcPr/{W}vMerge")
            cont = vmerge is not None and vmerge.get(f"{W}val", "continue") != "restart"
            if not cont:
                text = "".join(_text(p) for p in tc.iterfind(f"{W}p")).strip()
                tokens.append(Token(text, col, col + max(1, span), top, top + 1))
            col += max(1, span)
        lines.append(Line(tokens, positional=True, grid=True, table_id=table_id))
        top += 1
    return lines, top


def read_lines(data: bytes, name: str) -> list[Line]:
    check_zip(data, name, "word/document.xml")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception:
        raise ImportError_(f"“{name}”已损坏或不是有效的 Word（.docx）文件，无法读取") from None
    lines: list[Line] = []
    top = 0
    tables = 0
    for el in body.iterchildren():
        if el.tag == f"{W}p":
            text = _text(el)
            cells = split_text_line(text) if text.strip() else [""]
            lines.append(Line([Token(c, j, j + 1, top, top + 1) for j, c in enumerate(cells)], positional=False))
            top += 1
        elif el.tag == f"{W}tbl":
            rows, top = _table_lines(el, top, tables)
            lines.extend(rows)
            tables += 1
    return lines


def import_bytes(data: bytes, name: str) -> tuple[Report, ImportLog]:
    return build(read_lines(data, name), name, "docx")
