"""Every way the app reads a file, each behind its one error boundary, as ``bytes → outcome``.

A reader either returns a report or raises its one domain error (``ProjectFileError`` for project
files and autosave journals, ``ImportError_`` for every importer) with a Chinese message. Anything
else is a failure the fuzzers and the crash corpus look for: another exception, a domain error
that a boundary's catch-all made from an unforeseen exception (it keeps ``__cause__``), or a
message printing a number wider than any cell.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from core import journal, storage
from core.importers import ImportError_, import_bytes
from core.project_json import ProjectFileError
from core.report import Report

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
_LONG_NUMBER = re.compile(r"\d{25,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


class ReaderFailure(AssertionError):
    """A reader let something other than its domain error out, or said it badly."""


def _project(data: bytes) -> Report:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.nianbao"
        path.write_bytes(data)
        return storage.load(path)


def _journal(data: bytes) -> Report:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "autosave"
        folder.mkdir()
        (folder / ("0123456789abcdef" + journal.SUFFIX)).write_bytes(data)
        found = journal.pending(Path(tmp))  # a damaged journal is skipped; recovery reads the rest
        reports = [journal.recover(r) for r in found]
        if not reports:
            raise ProjectFileError("自动保存的文件已损坏，已跳过")
        return reports[0]


def _importer(name: str) -> Callable[[bytes], Report]:
    def read(data: bytes) -> Report:
        return import_bytes(data, name)[0]
    return read


READERS: dict[str, Callable[[bytes], Report]] = {
    "project": _project,
    "journal": _journal,
    "text": _importer("fuzz.txt"),
    "html": _importer("fuzz.html"),
    "docx": _importer("fuzz.docx"),
    "doc": _importer("fuzz.doc"),
    "rtf": _importer("fuzz.rtf"),
    "odt": _importer("fuzz.odt"),
    "xlsx": _importer("fuzz.xlsx"),
    "pdf": _importer("fuzz.pdf"),
    "ofd": _importer("fuzz.ofd"),
}
"""One entry per reader; the importers share ``import_bytes`` (content decides the parser), so
each is fuzzed from seeds of its own kind."""

DOMAIN_ERRORS = (ProjectFileError, ImportError_)


def check(reader: str, data: bytes) -> str:
    """Run one input; "report" or "refused", or raise ``ReaderFailure`` saying what went wrong."""
    try:
        READERS[reader](data)
    except DOMAIN_ERRORS as e:
        message = str(e)
        if e.__cause__ is not None:
            raise ReaderFailure(f"{reader}: unforeseen {type(e.__cause__).__name__}: {e.__cause__!r}"[:500]) from e
        if not _CJK.search(message):
            raise ReaderFailure(f"{reader}: message not in Chinese: {message[:200]!r}") from e
        if _LONG_NUMBER.search(message):
            raise ReaderFailure(f"{reader}: message prints a number wider than any cell: {message[:200]!r}") from e
        return "refused"
    except Exception as e:
        raise ReaderFailure(f"{reader}: {type(e).__name__}: {e!r}"[:500]) from e
    return "report"


def seeds(reader: str) -> list[bytes]:
    """Valid files of the reader's kind, made from the real reports in tests/fixtures."""
    from core.exporters import render
    from core.project_json import dumps, json_text, report_to_dict
    from tests.importers.files import fixture, html_text, table_text

    report = fixture("samples/hongze-district-2024")
    if reader == "project":
        return [dumps(report).encode("utf-8")]
    if reader == "journal":
        body = report_to_dict(report)
        body["journal"] = {"source": "", "saved_at": 1.0}
        return [json_text(body).encode("utf-8")]
    if reader == "text":
        return [table_text(report, "tab").encode("utf-8"), table_text(report, "pipe").encode("utf-8")]
    if reader == "html":
        return [html_text(report).encode("utf-8")]
    if reader == "doc":   # Word 97 files written by LibreOffice (scripts/make_doc_fixtures.py)
        return [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "doc").glob("*.doc"))]
    if reader in ("rtf", "odt"):   # written by LibreOffice (scripts/make_rtf_odt_fixtures.py)
        return [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / reader).glob(f"*.{reader}"))]
    if reader == "ofd":   # our PDF export rewritten as converters write an OFD (tests/ofd_from_pdf.py)
        from tests.ofd_from_pdf import ofd_from_pdf

        return [ofd_from_pdf(render(report, "pdf", draft=True))]
    return [render(report, reader, draft=True)]
