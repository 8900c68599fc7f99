"""Import last year's report (or any published report) from whatever file the clerk has.

``import_file(path)`` → ``(Report, ImportLog)`` for a project file (.nianbao/.json), a Word file
(.docx, or .doc/.wps as Word 97 and WPS write them), an Excel workbook (.xlsx, .xls), a PDF with a
text layer, a saved web page (.html, .mht) or text copied from one (.txt). The kind is told by the
file's content, not its name. Every failure is an ``ImportError_`` with a Chinese message —
damaged, encrypted, a scan, a bomb, not a report — raised in bounded time; no other exception
leaves this package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from core.damage import damage
from core.importers.model import ImportError_, ImportLog, YearNotFound
from core.report import Report

__all__ = ["ImportError_", "ImportLog", "YearNotFound", "import_bytes", "import_file", "IMPORTABLE", "is_importable"]

MAX_BYTES = 50 * 1024 * 1024
IMPORTABLE = (".nianbao", ".json", ".docx", ".doc", ".wps", ".dotx", ".docm", ".dotm", ".dot", ".rtf", ".odt", ".xlsx", ".xls",
              ".xlsm", ".xltx", ".xltm", ".xlt", ".pdf", ".ofd", ".txt", ".text", ".html", ".htm", ".mht", ".mhtml", ".md")
"""Extensions the file dialog offers (content decides how a file is read)."""
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_importable(path: Union[str, Path]) -> bool:
    return Path(path).suffix.lower() in IMPORTABLE


def _kind(data: bytes) -> str:
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK"):
        from core.importers.odt import looks_like_odt

        if looks_like_odt(data):
            return "odt"
        from core.importers.ofd import looks_like_ofd

        if looks_like_ofd(data):
            return "ofd"
        if b"word/" in data:
            return "docx"
        if b"xl/" in data:
            return "xlsx"
        return "zip"
    if data.startswith(_OLE):
        return "ole"
    return "text"


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """Import a file's content; ``name`` is what origins and messages call it, ``year`` the year the
    clerk says the report is for, used only when the source names none (``YearNotFound``)."""
    try:
        return _import(data, name, year)
    except ImportError_:
        raise
    except (RecursionError, MemoryError) as e:
        raise ImportError_(f"“{name}”结构异常（嵌套过深或过大），无法读取") from e
    except Exception as e:  # a reader library failing in a way not foreseen: still a message, not a traceback
        raise ImportError_(f"“{name}”无法读取（文件可能已损坏：{damage(e)}）") from e


def _import(data: bytes, name: str, year: Optional[int]) -> tuple[Report, ImportLog]:
    if len(data) > MAX_BYTES:
        raise ImportError_(f"“{name}”超过 {MAX_BYTES // 1024 // 1024} MB，不像是一份年度报告，未导入")
    if not data.strip():
        raise ImportError_(f"“{name}”是空文件")
    kind = _kind(data)
    if kind == "pdf":
        from core.importers import pdf

        return pdf.import_bytes(data, name, year)
    if kind == "docx":
        from core.importers import docx

        return docx.import_bytes(data, name, year)
    if kind == "xlsx":
        from core.importers import xlsx

        return xlsx.import_bytes(data, name, year)
    if kind == "odt":
        from core.importers import odt

        return odt.import_bytes(data, name, year)
    if kind == "ofd":
        from core.importers import ofd

        return ofd.import_bytes(data, name, year)
    if kind == "zip":
        from core.importers import safety

        safety.check_zip(data, name, "word/document.xml")
        raise ImportError_(f"“{name}”是压缩包，不是 Word、Excel 或 PDF 文件")
    if kind == "ole":
        from core.importers.ole import import_bytes as import_ole

        return import_ole(data, name, year)
    from core.importers import rtf

    if rtf.looks_like_rtf(data):
        return rtf.import_bytes(data, name, year)
    from core.importers.mht import import_bytes as import_mht
    from core.importers.mht import looks_like_mht

    if looks_like_mht(data):
        return import_mht(data, name, year)
    from core.importers import text as text_mod

    text, damaged = text_mod.decode_lenient(data, name)
    stripped = text.lstrip()
    if stripped.startswith("{") and "nianbao-report" in stripped[:2000]:
        from core.project_json import ProjectFileError
        from core.storage import load_text

        try:
            report = load_text(text, f"“{name}”", Path("."), follow=False)
        except ProjectFileError as e:
            raise ImportError_(str(e)) from None
        log = ImportLog(source=name, kind="project")
        log.missing.update(report.missing)
        return report, log
    from core.importers import html

    report, log = html.import_text_or_markup(text, name, year)
    if damaged:
        log.note(damaged)
        report.notes.append(damaged)
    return report, log


def import_file(path: Union[str, Path], year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """Import the file at ``path`` (any importable kind); ``year`` as for ``import_bytes``."""
    from core.safe_io import read_limited

    p = Path(path)
    if p.suffix.lower() in (".nianbao",):
        from core.importers import project

        return project.import_path(p)
    data, problem = read_limited(p, MAX_BYTES)  # NUL, folder, device, FIFO, size: before reading
    if problem:
        raise ImportError_(problem)
    if p.suffix.lower() == ".json" and data.lstrip()[:1] == b"{":
        from core.importers import project

        return project.import_path(p)
    return import_bytes(data, p.name, year)
