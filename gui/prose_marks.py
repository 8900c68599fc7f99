"""Findings underlined in the narrative editor, and the 生成初稿 button: thin adapters of core.prose.

Nothing here decides anything: which sentence a finding is about comes from ``Finding.span``
(text key, start, end) and the draft from ``core.prose.drafts``; the edit goes through the
session like every other (``SetText``), so it is undoable and journaled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Optional, Union

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTextEdit, QWidget

from core.commands import Command
from core.findings import ERROR, WARNING, Finding
from core.prose.drafts import draft_command
from core.report import Report

Editor = Union[QTextEdit, QPlainTextEdit]
COLOURS = {ERROR: "#d32f2f", WARNING: "#f57c00"}
INFO_COLOUR = "#1976d2"


def spans_for(findings: Iterable[Finding], key: str) -> list[tuple[int, int, Finding]]:
    """The findings underlined in text ``key``, worst drawn last (on top)."""
    rank = {ERROR: 2, WARNING: 1}
    out = [(f.span[1], f.span[2], f) for f in findings if f.span is not None and f.span[0] == key
           and f.span[2] > f.span[1] and f.accepted is None]
    return sorted(out, key=lambda s: rank.get(s[2].severity, 0))


def findings_by_text(findings: Iterable[Finding]) -> dict[str, tuple[Finding, ...]]:
    """The findings about a sentence, per text key, in the order given: what each narrative editor
    underlines (``spans_for`` of a key reads only these), grouped once per edit for every editor."""
    out: dict[str, list[Finding]] = {}
    for f in findings:
        if f.span is not None:
            out.setdefault(f.span[0], []).append(f)
    return {k: tuple(v) for k, v in out.items()}


def mark_findings(edit: Editor, findings: Iterable[Finding], key: str) -> int:
    """Underline (wavy, by severity) the sentences the findings of ``key`` are about; returns how many.

    Uses extra selections, so the text and the undo stack are untouched; call again after every
    ``Session.execute`` (the findings changed) — it replaces the previous marks."""
    selections = []
    length = len(edit.toPlainText())
    for start, end, f in spans_for(findings, key):
        if end > length:
            continue
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(COLOURS.get(f.severity, INFO_COLOUR)))
        fmt.setToolTip(f.message)
        sel.format = fmt
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        selections.append(sel)
    edit.setExtraSelections(selections)
    return len(selections)


def finding_at(findings: Iterable[Finding], key: str, position: int) -> Optional[Finding]:
    """The finding whose sentence holds ``position`` (for the sentence → cell jump)."""
    hits = [f for s, e, f in spans_for(findings, key) if s <= position < e]
    return hits[-1] if hits else None


def select_span(edit: Editor, start: int, end: int) -> None:
    """Show a sentence (the cell → sentence jump): select it and scroll to it."""
    cursor = edit.textCursor()
    cursor.setPosition(min(start, len(edit.toPlainText())))
    cursor.setPosition(min(end, len(edit.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)


def draft_button(key: str, report: Callable[[], Report], execute: Callable[[Command], object],
                 parent: Optional[QWidget] = None) -> Optional[QPushButton]:
    """A 生成初稿 button for text place ``key`` (None where there is no bound draft).

    ``report`` returns the open report, ``execute`` applies a command through the session (the
    editor's undoable ``execute``). The text is replaced; undo brings the old one back."""
    if key not in report().form.drafts:
        return None
    button = QPushButton("生成初稿", parent)
    button.setToolTip("按表格中的数字生成本节初稿；数字与表格绑定，表格改动后可一键刷新。可撤销。")

    def clicked() -> None:
        command = draft_command(report(), key)
        if command is not None:
            execute(command)

    button.clicked.connect(clicked)
    return button
