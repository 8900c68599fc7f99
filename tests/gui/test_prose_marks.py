"""The prose marks and the 生成初稿 button on a real QPlainTextEdit (offscreen)."""

from __future__ import annotations

from builders import clean_report
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from core.commands import Command
from core.session import Session
from gui.prose_marks import draft_button, finding_at, mark_findings, select_span


def test_findings_are_underlined_and_found_by_position(qtbot: QtBot) -> None:
    report = clean_report("2021")
    text = "（二）依申请公开。本年度共收到政府信息公开申请18件，均按时答复。"
    report.texts["1.2"] = text
    session = Session(report)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(text)
    assert mark_findings(edit, session.findings, "1.2") == 1
    (sel,) = edit.extraSelections()
    assert sel.cursor.selectedText() == "本年度共收到政府信息公开申请18件，均按时答复。"
    f = finding_at(session.findings, "1.2", text.index("18"))
    assert f is not None and f.cells == ("requests/1/total",)       # sentence → cell
    assert finding_at(session.findings, "1.2", 0) is None
    select_span(edit, f.span[1], f.span[2])                           # cell → sentence
    assert edit.textCursor().selectedText().startswith("本年度共收到")
    assert mark_findings(edit, [], "1.2") == 0 and edit.extraSelections() == []


def test_draft_button_writes_through_the_session(qtbot: QtBot) -> None:
    report = clean_report("2021")
    session = Session(report)
    done: list[Command] = []

    def execute(command: Command) -> object:
        done.append(command)
        return session.execute(command)

    button = draft_button("1.2", lambda: session.report, execute)
    assert button is not None and draft_button("5", lambda: session.report, execute) is None
    qtbot.addWidget(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(done) == 1 and "收到政府信息公开申请21件" in report.texts["1.2"]
    assert session.dirty and not [f for f in session.findings if f.rule == "R6"]
