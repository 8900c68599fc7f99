"""Guards run before a zip-based file (docx, xlsx) reaches its parser, and the limits every reader
checks inside its loops (``Budget``).

A zip bomb is refused by the sizes its directory declares (each member, the total, the ratio),
and an XML bomb by its DTD: Office Open XML parts never declare entities, so any part holding
``<!DOCTYPE`` or ``<!ENTITY`` is refused before lxml or expat sees it (the protection defusedxml
gives, without relying on which XML library each reader uses). Members are read with a size
cap, so a directory that lies about sizes cannot blow past it either.
"""

from __future__ import annotations

import io
import time
import zipfile
from typing import NoReturn

from core.importers.model import ImportError_

MAX_FILE = 50 * 1024 * 1024
MAX_MEMBER = 40 * 1024 * 1024
MAX_TOTAL = 150 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5000


def check_zip(data: bytes, name: str, required: str) -> None:
    """Raise ``ImportError_`` unless ``data`` is a sane zip holding ``required``."""
    if len(data) > MAX_FILE:
        raise ImportError_(f"“{name}”超过 {MAX_FILE // 1024 // 1024} MB，不像是一份年度报告，未导入")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise ImportError_(f"“{name}”内部文件数量异常（{len(infos)} 个），可能是恶意文件，未导入")
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(1, info.compress_size)
                if info.file_size > MAX_MEMBER or total > MAX_TOTAL or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
                    raise ImportError_(f"“{name}”解压后体积异常（压缩炸弹），可能是恶意文件，未导入")
            names = {i.filename for i in infos}
            if required not in names:
                raise ImportError_(f"“{name}”不是有效的{_kind(required)}文件（缺少 {required}）")
            for info in infos:
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                with zf.open(info) as f:
                    part = f.read(MAX_MEMBER + 1)
                if len(part) > MAX_MEMBER:
                    raise ImportError_(f"“{name}”解压后体积异常（压缩炸弹），可能是恶意文件，未导入")
                head = part[:4096]
                if b"<!DOCTYPE" in head or b"<!ENTITY" in part:
                    raise ImportError_(f"“{name}”含有不允许的 XML 实体声明（可能是 XML 炸弹），未导入")
    except ImportError_:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise ImportError_(f"“{name}”已损坏（不是完整的压缩包），无法读取") from None
    except Exception:
        raise ImportError_(f"“{name}”已损坏（不是完整的压缩包），无法读取") from None


def _kind(required: str) -> str:
    if required == "content.xml":
        return " OpenDocument 文本（.odt）"
    if required == "OFD.xml":
        return " OFD 版式"
    return "Word（.docx）" if required.startswith("word/") else "Excel（.xlsx）"


MAX_SECONDS = 30.0
"""Time one import may take: a backstop, since the caps below end any crafted file far sooner."""
MAX_LINE_CELLS = 2000
"""Cells (words, tab- or pipe-separated pieces, grid cells) in one line or table row; the widest
official table prints 15 columns, and a table run together into one line a few hundred numbers."""
MAX_CELLS = 20_000
"""Cells in a whole file; a published report holds a few thousand (a 30-page PDF some 3,000 words).
Reading runs some 40 µs a cell after the readers, so this also keeps an import within seconds."""
MAX_LINES = 50_000
"""Lines in a whole file (paragraphs, table rows, lines of text)."""
MAX_LINE_CHARS = 1_000_000
"""Characters in one line or cell: a whole report run into one line is some 40,000."""
MAX_SPAN = 64
"""Columns or rows one merged cell may span: no official table is that wide or long."""
MAX_GRID = 1_000_000
"""Grid squares all of a file's table cells cover, spans included (a report's tables, a few thousand)."""
MAX_TABLE_DEPTH = 32
"""Tables nested in tables (web pages lay out with a few levels)."""


class Budget:
    """One import's limits, checked inside the readers' loops: time, lines and cells.

    Every refusal names the file and says which limit it hit, in Chinese, as ``ImportError_``.
    """

    def __init__(self, name: str, seconds: float = MAX_SECONDS) -> None:
        self.name = name
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.cells = 0
        self.lines = 0

    def tick(self) -> None:
        """Stop when the time is up (called per row, per line, per letter batch)."""
        if time.monotonic() > self.deadline:
            raise ImportError_(f"读取“{self.name}”超过 {int(self.seconds)} 秒仍未完成，已停止；文件可能已损坏或内容异常")

    def refuse(self, what: str) -> NoReturn:
        raise ImportError_(f"“{self.name}”{what}，不像是一份政府信息公开工作年度报告，未导入")

    def line(self, cells: int) -> None:
        """Count one line of ``cells`` cells against the limits (and the clock)."""
        self.tick()
        self.lines += 1
        self.cells += cells
        if cells > MAX_LINE_CELLS:
            self.refuse(f"有一行（或表格的一行）超过 {MAX_LINE_CELLS} 个单元格")
        if self.lines > MAX_LINES:
            self.refuse(f"内容超过 {MAX_LINES} 行")
        if self.cells > MAX_CELLS:
            self.refuse(f"内容超过 {MAX_CELLS} 个单元格或词")

    def text(self, text: str) -> None:
        """Refuse one line or cell too long to be part of a report."""
        if len(text) > MAX_LINE_CHARS:
            self.refuse(f"有一行（或一个单元格）超过 {MAX_LINE_CHARS} 个字符")
