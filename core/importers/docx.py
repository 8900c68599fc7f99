"""Word files written in Word or WPS (.docx): paragraphs in order, tables as grids.

Tables are read from the document XML directly so a merged cell is one token spanning its grid
columns (python-docx's ``row.cells`` repeats a merged cell once per column it covers; reading
each ``w:tc`` element once is the de-duplication), and the continuation cells of a vertical
merge are skipped. The zip is checked by ``safety`` before lxml parses it (without python-docx's
element classes: see ``_body``), and every row, cell and span is counted against the import's
``Budget``.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any, Optional

from core.importers.build import build
from core.importers.layout import Line, Token, reindent, text_line
from core.importers.merged_down import across_rows, noting_merges
from core.importers.model import ImportError_, ImportLog
from core.importers.safety import (
    MAX_LINE_CELLS,
    MAX_LINE_CHARS,
    MAX_MEMBER,
    MAX_SPAN,
    MAX_TABLE_DEPTH,
    Budget,
    check_zip,
)
from core.report import Report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_DOCUMENT = 16 * 1024 * 1024
"""The main part's XML (text and tables; pictures are parts of their own): a long report's is a few
MB, and lxml holds about twelve times the XML's size while it is read."""


def _text(el: Any, budget: Budget) -> str:
    """The text of a paragraph or cell: runs joined, tabs kept, line breaks as nothing; refused
    as it grows past what one line may hold (a paragraph of a million tabs)."""
    parts = []
    size = 0
    for node in el.iter(f"{W}t", f"{W}tab", f"{W}p"):
        if node.tag != f"{W}p" and _struck(node):
            continue
        if node.tag == f"{W}t":
            parts.append(node.text or "")
            size += len(parts[-1])
        elif node.tag == f"{W}tab":
            parts.append("\t")
            size += 1
        if size > MAX_LINE_CHARS:
            budget.text("".join(parts))
    return "".join(parts)


_GONE = (f"{W}del", f"{W}moveFrom")


def _struck(node: Any) -> bool:
    """Text of a tracked deletion or of a moved passage's old place, or hidden text: in the file, not in the
    document (Word writes a deletion's text as ``w:delText``, which is never read; a move's old
    place, and some other writers' deletions, as plain ``w:t`` under these)."""
    run = node.getparent()
    holder = run.getparent() if run is not None else None
    return holder is not None and holder.tag in _GONE or run is not None and _hidden(run)


_OFF = frozenset({"0", "false", "off"})


def _hidden(run: Any) -> bool:
    """A run formatted hidden (``w:vanish``, 隐藏文字): Word and WPS neither show nor print it, so
    the number a reader sees is the visible runs' alone — an old figure hidden before the new one
    in a cell (9 hidden, then 3) was read as 93."""
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and str(vanish.get(f"{W}val", "true")).lower() not in _OFF


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
"""Word writes a text box (a title or a 附件 label drawn in one) twice: as a drawing (``mc:Choice``)
and again as VML for readers that lack drawings (``mc:Fallback``); read once, its text was doubled."""
_WRAPPERS = (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag")
"""Elements Word wraps content in without changing it: content controls (a template's fields, a
repeating section's rows), custom XML. Their paragraphs, tables, rows and cells are the document's."""


def _children(el: Any, *tags: str) -> Iterator[Any]:
    """``el``'s children with one of ``tags``, in order, looking through wrappers (``_WRAPPERS``)."""
    for child in el.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, *tags)


def _val(el: Any, path: str, default: str = "") -> str:
    found = el.find(path)
    if found is None:
        return default
    return str(found.get(f"{W}val", default or "restart"))


def _span(text: str | None) -> int:
    """A grid span or skip as written, within 0 … ``MAX_SPAN`` (``w:gridSpan="2147483647"``)."""
    try:
        return max(0, min(MAX_SPAN, int(str(text).strip()[:12])))
    except (TypeError, ValueError):
        return 0


def _table_lines(tbl: Any, top: int, table_id: int, budget: Budget) -> tuple[list[Line], int]:
    rows: list[list[tuple[str, int, int, str]]] = []   # (text, first column, past last, vMerge state)
    for tr in _children(tbl, f"{W}tr"):
        col = 0
        trpr = tr.find(f"{W}trPr")
        if trpr is not None:
            before = trpr.find(f"{W}gridBefore")
            if before is not None:
                col = _span(before.get(f"{W}val", "0"))
        cells: list[tuple[str, int, int, str]] = []
        for tc in _children(tr, f"{W}tc"):
            if len(cells) >= MAX_LINE_CELLS:
                budget.line(len(cells) + 1)
            span = max(1, _span(_val(tc, f"{W}tcPr/{W}gridSpan", "1")))
            vmerge = tc.find(f"{W}tcPr/{W}vMerge")
            state = "" if vmerge is None else "restart" if vmerge.get(f"{W}val") == "restart" else "continue"
            text = ""
            if state != "continue":
                text = "".join(_text(p, budget) for p in _children(tc, f"{W}p")).strip()
                budget.text(text)
            cells.append((text, col, col + span, state))
            col += span
        budget.line(len(cells))
        rows.append(cells)
    across = across_rows([[(text, c0, state == "continue") for text, c0, _, state in cells] for cells in rows])
    lines = []
    for r, cells in enumerate(rows):
        tokens = [Token(across.get((r, c0), text), c0, c1, top, top + 1)
                  for text, c0, c1, state in cells if state != "continue" or (r, c0) in across]
        lines.append(Line(tokens, positional=True, grid=True, table_id=table_id))
        top += 1
    return lines, top


_MAIN = frozenset({
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
})
"""A Word document's main part, as a document (.docx), a template (.dotx: counties send the form so)
and either with macros (.docm, .dotm): the same body, which python-docx opens only in a .docx."""
_OFFICE_DOCUMENT = "/officeDocument"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def _xml(zf: zipfile.ZipFile, part: str) -> Any:
    from lxml import etree  # type: ignore[import-untyped]

    with zf.open(part) as f:
        raw = f.read(MAX_MEMBER + 1)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    return etree.fromstring(raw, parser)


def _body(data: bytes, name: str) -> Any:
    """The document's body as plain lxml elements: the main part named by the package's
    relationships, with a Word document's content type (``_MAIN``), parsed without
    python-docx's element classes, which cost some 70 µs a cell when read (a crafted table of
    100,000 cells took 8 s) and a second tree's memory."""
    bad = f"“{name}”已损坏或不是有效的 Word（.docx）文件，无法读取"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            rels = _xml(zf, "_rels/.rels")
            targets = [r.get("Target", "") for r in rels.iter(f"{_PKG}Relationship")
                       if r.get("Type", "").endswith(_OFFICE_DOCUMENT) and r.get("TargetMode") != "External"]
            part = posixpath.normpath(targets[0]).lstrip("/") if targets else ""
            types = _xml(zf, "[Content_Types].xml")
            overrides = {o.get("PartName", "").lstrip("/").lower(): o.get("ContentType", "")
                         for o in types.iter(f"{_TYPES}Override")}
            defaults = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in types.iter(f"{_TYPES}Default")}
            kind = overrides.get(part.lower(), defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), ""))
            if not part or kind not in _MAIN:
                raise ImportError_(bad)
            if zf.getinfo(part).file_size > MAX_DOCUMENT:
                raise ImportError_(f"“{name}”的正文超过 {MAX_DOCUMENT // 1024 // 1024} MB，"
                                   "不像是一份政府信息公开工作年度报告，未导入")
            root = _xml(zf, part)
            for fallback in list(root.iter(_FALLBACK)):
                fallback.getparent().remove(fallback)   # a text box's second copy, for old readers
    except ImportError_:
        raise
    except Exception:
        raise ImportError_(bad) from None
    body = root.find(f"{W}body") if root.tag == f"{W}document" else None
    if body is None:
        raise ImportError_(bad)
    return body


def read_lines(data: bytes, name: str) -> list[Line]:
    check_zip(data, name, "word/document.xml")
    body = _body(data, name)
    budget = Budget(name)
    lines: list[Line] = []
    paragraphs: list[tuple[int, str, float]] = []
    _blocks(body, lines, budget, [0], 0, paragraphs)
    return reindent(lines, paragraphs, budget)


def _blocks(el: Any, lines: list[Line], budget: Budget, tables: list[int], depth: int,
            paragraphs: list[tuple[int, str, float]]) -> None:
    """The paragraphs and tables inside ``el`` as lines, in order. A table with a table inside a
    cell lays out the page (a report's tables put in a one-cell frame): its cells are paragraphs,
    the tables inside them read as tables. ``tables``: how many tables were read so far;
    ``paragraphs``: each paragraph's line (its index, text and top), for ``reindent``."""
    if depth > MAX_TABLE_DEPTH:
        budget.refuse(f"的表格嵌套超过 {MAX_TABLE_DEPTH} 层")
    for child in _children(el, f"{W}p", f"{W}tbl"):
        top = len(lines)
        if child.tag == f"{W}p":
            boxes = _table_boxes(child)
            raw = _text(child, budget)
            line = text_line(raw, top, budget)   # a paragraph is a line of text
            if line is not None:
                paragraphs.append((len(lines), raw, top))
                lines.append(line)
            for box in boxes:
                _blocks(box, lines, budget, tables, depth + 1, paragraphs)
        elif any(True for tr in _children(child, f"{W}tr") for tc in _children(tr, f"{W}tc")
                 for _ in _children(tc, f"{W}tbl")):
            for tr in _children(child, f"{W}tr"):
                for tc in _children(tr, f"{W}tc"):
                    _blocks(tc, lines, budget, tables, depth + 1, paragraphs)
        else:
            rows, _ = _table_lines(child, top, tables[0], budget)
            lines.extend(rows)
            tables[0] += 1


def _table_boxes(p: Any) -> list[Any]:
    """The text boxes anchored in paragraph ``p`` that hold a table, taken out of it: a form put in a
    text box (WPS's 文本框) is tables, not the paragraph's text — read as one run of words, its cells ran
    together (表三's 258 | 12 read as 2, 5, 8…). A text box of words alone (a title, 附件) stays the
    paragraph's text, as before."""
    boxes = [box for box in p.iter(f"{W}txbxContent")
             if any(True for _ in _children(box, f"{W}tbl")) and not _boxed(box, p)]
    for box in boxes:
        box.getparent().remove(box)
    return boxes


def _boxed(el: Any, p: Any) -> bool:
    """Whether ``el`` is inside another text box of paragraph ``p`` (read with that box)."""
    parent = el.getparent()
    while parent is not None and parent is not p:
        if parent.tag == f"{W}txbxContent":
            return True
        parent = parent.getparent()
    return False


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    lines = read_lines(data, name)
    return noting_merges(lines, build(lines, name, "docx", year))
