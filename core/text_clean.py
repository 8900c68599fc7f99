"""Text a clerk types, pastes or imports, made fit to be saved and printed.

Word files are XML: a NUL or another C0 control character (pasted from a web page or a PDF) makes
python-docx refuse the whole document, and a lone UTF-16 surrogate ("\\ud800", from a damaged
copy) cannot be written as UTF-8 at all. Such characters carry no meaning in a report, so they are
dropped (controls) or replaced by U+FFFD (surrogates, non-characters) where the text comes in — an
edit, an import — rather than failing at the export after hours of work.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core import surrogates

if TYPE_CHECKING:
    from core.report import Report

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UNWRITABLE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without control characters (tab and line breaks kept, \\r\\n as \\n) and with every
    lone surrogate (``core.surrogates``) or non-character replaced by U+FFFD."""
    text = surrogates.clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    return _UNWRITABLE.sub("\ufffd", _CONTROLS.sub("", text))


_UNCLEAN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
"""What ``clean_text`` changes: a control character (\\r included), a surrogate or a non-character."""


def needs_cleaning(text: str) -> bool:
    return _UNCLEAN.search(text) is not None


def printable(report: Report) -> Report:
    """``report`` itself when every text in it is clean, else a copy with each text cleaned (what
    an export prints: a project file from elsewhere may hold a NUL the editor would have dropped,
    or a lone surrogate no codec writes). The original is left as it is: the editor's undo history
    refers to it. Last year's report is cleaned the same way (the annex prints its figures' names)."""
    import dataclasses

    from core.report import Acceptance

    last = report.last_year
    clean_last = printable(last) if last is not None else None
    texts = [report.organ, report.title, report.last_year_file, *report.texts.values(), *report.notes,
             *report.missing.values(), *report.unread_sections.values(),
             *(a.explanation for a in report.accepted.values()), *(a.message for a in report.accepted.values())]
    if clean_last is last and not needs_cleaning("\n".join(texts)):   # one search: a check reads thousands
        return report
    return dataclasses.replace(
        report, organ=clean_text(report.organ), title=clean_text(report.title),
        texts={k: clean_text(v) for k, v in report.texts.items()}, notes=[clean_text(n) for n in report.notes],
        accepted={k: Acceptance(clean_text(a.explanation), clean_text(a.message)) for k, a in report.accepted.items()},
        missing={k: clean_text(v) for k, v in report.missing.items()},
        unread_sections={k: clean_text(v) for k, v in report.unread_sections.items()}, last_year=clean_last,
        last_year_file=clean_text(report.last_year_file), cells=dict(report.cells))
