"""Word 97–2003 documents (.doc), and WPS 文字 files saved in that format (.doc/.wps): paragraphs
in order, tables as grids, read into the same lines as a .docx so one table reader serves both.

Why our own reader: the clerk's last report is often the .doc attachment of last year's web page,
and no converter may be assumed on an office PC. The binary format ([MS-DOC]) keeps the text in
pieces (the piece table in the ``Clx``), and marks a table cell's end with U+0007; whether that
mark ends a cell or the row, and where a row's cells stand, is in the paragraph properties (PAPX
in FKP pages): ``sprmPFTtp`` marks a row's end, whose ``sprmTDefTable`` gives the cells' edges in
twips and their vertical merges. Edges shared across a table's rows become its grid columns, so a
merged label spans the columns it covers, as in a .docx.
"""

from __future__ import annotations

import bisect
import io
import re
import struct
from dataclasses import dataclass, field
from typing import Optional

from core.importers.build import build
from core.importers.doc_props import RowDef, deleted_runs, paragraph_props
from core.importers.layout import Line, Token, reindent, text_line
from core.importers.merged_down import across_rows, noting_merges
from core.importers.model import SAVE_AS, ImportError_, ImportLog
from core.importers.safety import MAX_LINES, Budget
from core.report import Report

_WORD97 = 0xA5EC
_CELL = "\x07"
_PARA_END = re.compile("[\r\x07\x0c]")
_SAME_EDGE = 30
"""Twips (half a millimetre): cell edges closer than this are the same column line."""
_DROP = dict.fromkeys(map(ord, "\x00\x01\x02\x03\x04\x05\x08\x0b\x1f"), None) | {0x1E: "-"}
"""Deleted text, pictures, note references, line breaks (nothing, as a .docx's ``w:br``), optional hyphens."""


@dataclass
class _Doc:
    word: bytes
    table: bytes
    data: bytes
    text: str = ""
    pieces: list[tuple[int, int, int, bool]] = field(default_factory=list)
    """(cp start, cp end, byte offset in WordDocument, 8-bit) per piece of the main text."""
    starts: list[int] = field(default_factory=list)


def _u16(b: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", b, at)[0])


def _u32(b: bytes, at: int) -> int:
    return int(struct.unpack_from("<I", b, at)[0])


def _open(data: bytes, name: str) -> _Doc:
    import olefile

    bad = f"“{name}”已损坏或不是有效的 Word 文档，无法读取；{SAVE_AS}"
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            word = ole.openstream("WordDocument").read()
            if len(word) < 0x200 or _u16(word, 0) != _WORD97:
                raise ImportError_(f"“{name}”是 Word 6.0/95 或更早的格式，无法读取；{SAVE_AS}")
            flags = _u16(word, 0x0A)
            if flags & 0x0100:
                raise ImportError_(f"“{name}”设有打开密码，无法读取；{SAVE_AS}")
            stream = "1Table" if flags & 0x0200 else "0Table"
            if not ole.exists(stream):
                raise ImportError_(bad)
            table = ole.openstream(stream).read()
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
    except ImportError_:
        raise
    except Exception:
        raise ImportError_(bad) from None
    return _Doc(word, table, data_stream)


def _fib_pairs(word: bytes) -> tuple[int, int]:
    """(byte offset of FibRgFcLcb97 in the FIB, ccpText): the FIB's parts are counted, not fixed."""
    csw = _u16(word, 32)
    at = 34 + 2 * csw
    cslw = _u16(word, at)
    ccp_text = _u32(word, at + 2 + 3 * 4)
    at += 2 + 4 * cslw
    return at + 2, ccp_text


def _pair(word: bytes, blob: int, index: int) -> tuple[int, int]:
    return _u32(word, blob + 8 * index), _u32(word, blob + 8 * index + 4)


def _read_text(doc: _Doc, name: str, budget: Budget) -> None:
    """The main document's text through the piece table; other stories (notes, headers) follow
    it in the same pieces and are left out."""
    blob, ccp_text = _fib_pairs(doc.word)
    deleted = deleted_runs(doc.word, doc.table, _pair(doc.word, blob, 12), budget)
    fc_clx, lcb_clx = _pair(doc.word, blob, 33)
    clx = doc.table[fc_clx:fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 1:                  # Prc: piece-level formatting, not needed
        at += 3 + _u16(clx, at + 1)
    if at >= len(clx) or clx[at] != 2:
        raise ImportError_(f"“{name}”已损坏或不是有效的 Word 文档（找不到正文），无法读取；{SAVE_AS}")
    lcb = _u32(clx, at + 1)
    plc = clx[at + 5:at + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    parts = []
    for i in range(n):
        start, end = cps[i], min(cps[i + 1], ccp_text)
        if start >= end:
            continue
        fc = _u32(plc, 4 * (n + 1) + 8 * i + 2)
        compressed = bool(fc & 0x40000000)
        offset = (fc & 0x3FFFFFFF) // 2 if compressed else fc
        size = (end - start) * (1 if compressed else 2)
        raw = doc.word[offset:offset + size]
        budget.tick()
        piece = raw.decode("cp1252", "replace") if compressed else raw.decode("utf-16-le", "replace")
        parts.append(_without(piece, offset, 1 if compressed else 2, deleted))
        doc.pieces.append((start, end, offset, compressed))
    doc.text = "".join(parts)
    doc.starts = [p[0] for p in doc.pieces]


def _without(piece: str, offset: int, width: int, deleted: list[tuple[int, int]]) -> str:
    """``piece`` with its deleted characters blanked to NUL (dropped when paragraphs are read), so
    every other character keeps its position; paragraph and cell marks are kept, as a deleted
    row's marks still bound its cells."""
    end = offset + width * len(piece)
    spans = [(max(a, offset), min(b, end)) for a, b in deleted if a < end and b > offset]
    if not spans:
        return piece
    chars = list(piece)
    for a, b in spans:
        for i in range((a - offset) // width, (b - offset + width - 1) // width):
            if chars[i] not in "\r\x07":
                chars[i] = "\x00"
    return "".join(chars)


def _fc_of(doc: _Doc, cp: int) -> int:
    """The file offset of the character at ``cp``: where its paragraph's properties are filed."""
    i = max(0, bisect.bisect_right(doc.starts, cp) - 1)
    start, _, offset, compressed = doc.pieces[i]
    return offset + (cp - start) * (1 if compressed else 2)


def _fields_out(text: str, codes: list[bool]) -> str:
    """A field's result without its code (``{ PAGE }`` → the number), nested fields too; ``codes``
    holds, per open field, whether its code is still being read, carried from one paragraph to the
    next (a table of contents is one field over many paragraphs)."""
    if not codes and "\x13" not in text:
        return text
    out: list[str] = []
    for ch in text:
        if ch == "\x13":
            codes.append(True)
        elif ch == "\x14":
            if codes:
                codes[-1] = False
        elif ch == "\x15":
            if codes:
                codes.pop()
        elif not any(codes):
            out.append(ch)
    return "".join(out)


@dataclass
class _Row:
    cells: list[str]
    define: Optional[RowDef]


def _grid(edges: set[int]) -> dict[int, int]:
    """Each cell edge's grid column; edges nearer than ``_SAME_EDGE`` are one (a row drawn a twip
    off its neighbours would otherwise make a column of no cell's own)."""
    column: dict[int, int] = {}
    index, anchor = -1, None
    for x in sorted(edges):
        if anchor is None or x - anchor > _SAME_EDGE:
            index, anchor = index + 1, x
        column[x] = index
    return column


def _cell_tokens(rows: list[_Row], top: int, table_id: int, budget: Budget) -> list[Line]:
    """A table's rows on one grid: each cell from its left edge's column to its right edge's; a
    number merged down over rows of their own is read as such in each (``merged_down``)."""
    column = _grid({x for r in rows if r.define and len(r.define.edges) == len(r.cells) + 1 for x in r.define.edges})
    placed: list[list[tuple[str, int, int, bool]]] = []
    for row in rows:
        d = row.define
        fits = d is not None and len(d.edges) == len(row.cells) + 1
        cells = []
        for i, text in enumerate(row.cells):
            if fits and d is not None:
                x0, x1 = column[d.edges[i]], column[d.edges[i + 1]]
                if x1 <= x0:
                    continue                              # a cell of no width (hidden)
                cells.append((text, x0, x1, d.continued[i]))   # under a vertically merged cell
            else:
                cells.append((text, i, i + 1, False))
        placed.append(cells)
    across = across_rows([[(text, x0, under) for text, x0, _, under in cells] for cells in placed])
    lines = []
    for k, (row, cells) in enumerate(zip(rows, placed, strict=True)):
        tokens = []
        for text, x0, x1, under in cells:
            if under and (k, x0) not in across:
                continue
            text = across.get((k, x0), text)
            budget.text(text)
            tokens.append(Token(text, x0, x1, top + k, top + k + 1))
        budget.line(len(row.cells))
        lines.append(Line(tokens, positional=True, grid=True, table_id=table_id))
    return lines


def read_lines(data: bytes, name: str) -> list[Line]:
    budget = Budget(name)
    doc = _open(data, name)
    try:
        _read_text(doc, name, budget)
        props = paragraph_props(doc.word, doc.table, doc.data, _pair(doc.word, _fib_pairs(doc.word)[0], 13), budget)
    except (struct.error, IndexError, ValueError, OverflowError):
        raise ImportError_(f"“{name}”已损坏或不是有效的 Word 文档，无法读取；{SAVE_AS}") from None
    lines: list[Line] = []
    rows: list[_Row] = []
    cell: list[str] = []
    cells: list[str] = []
    codes: list[bool] = []
    top = tables = start = 0

    def close_table() -> None:
        nonlocal rows, top, tables
        if rows:
            lines.extend(_cell_tokens(rows, top, tables, budget))
            top += len(rows)
            tables += 1
            rows = []

    text = doc.text
    paragraphs: list[tuple[int, str, float]] = []
    for mark in _PARA_END.finditer(text):
        cp, ch = mark.start(), mark.group()
        para = _fields_out(text[start:cp], codes).translate(_DROP).replace("\xa0", " ")
        start = cp + 1
        p = props(_fc_of(doc, cp))
        if len(lines) + len(rows) > MAX_LINES:
            budget.refuse(f"内容超过 {MAX_LINES} 行")
        if p.in_table or ch == _CELL:
            if p.row_end:
                rows.append(_Row(cells, p.row))
                cells = []
                continue
            cell.append(para.strip())
            if ch == _CELL:
                cells.append("".join(cell).strip())
                cell = []
            continue
        close_table()
        line = text_line(para, top, budget)
        if line is not None:
            paragraphs.append((len(lines), para, top))
            lines.append(line)
        top += 1
    close_table()
    return reindent(lines, paragraphs, budget)


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    lines = read_lines(data, name)
    return noting_merges(lines, build(lines, name, "doc", year))
