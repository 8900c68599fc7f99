"""Random sequences of what a clerk does in the window — type (good and bad values), Tab, Enter,
arrows, paste, undo, redo, jump to a finding, accept a warning, save — against a model built from
the same edits as core commands through a plain ``Session`` (with its own undo and redo stacks).

Nothing may reach the excepthook (pytest-qt fails the test on any exception raised in a Qt
callback), and after every sequence the window's report must equal the model's: the editor
changes a report through the session and nowhere else.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from tiers import scaled

from core.commands import AcceptWarning, Command, Paste, SetCell
from core.findings import WARNING
from core.report import Report
from core.session import Session
from core.values import ValueError_, parse_input
from gui import paste
from gui.main_window import MainWindow
from gui.tables_page import TablesPage

TEXTS = ["0", "1", "7", "12", "305", "/", "1.5", "abc", "-3", "99999999999"]
"""Typed as key events (ASCII: QTest cannot synthesise keys for full-width input; paste covers it)."""
ARROWS = [Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right]

actions = st.one_of(
    st.tuples(st.just("type"), st.integers(0, 10_000), st.sampled_from(TEXTS)),
    st.tuples(st.just("key"), st.sampled_from([Qt.Key.Key_Tab, Qt.Key.Key_Return, *ARROWS])),
    st.tuples(st.just("paste"), st.integers(0, 10_000),
              st.lists(st.lists(st.sampled_from(TEXTS[:6] + ["x", "", "０８", "1,200"]), min_size=1, max_size=3), min_size=1, max_size=3)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("jump"), st.integers(0, 10_000)),
    st.tuples(st.just("accept"), st.integers(0, 10_000)),
    st.tuples(st.just("save")),
)


class Model:
    """The expected report: the same commands through a Session, with undo and redo stacks."""

    def __init__(self, report: Report) -> None:
        self.session = Session(copy.deepcopy(report))
        self.undo: list[Command] = []
        self.redo: list[Command] = []

    def run(self, command: Command) -> None:
        executed = self.session.execute(command)
        self.undo.append(executed.inverse)
        self.redo.clear()

    def step_back(self) -> None:
        if self.undo:
            self.redo.append(self.session.execute(self.undo.pop()).inverse)

    def step_forward(self) -> None:
        if self.redo:
            self.undo.append(self.session.execute(self.redo.pop()).inverse)


def _pages(window: MainWindow) -> list[TablesPage]:
    assert window.editor is not None
    return [p for p in window.editor.pages.values() if isinstance(p, TablesPage)]


def _close_editor() -> None:
    """Esc on an open cell editor; a paste report the clerk would read and close is closed."""
    box = QApplication.activeModalWidget()
    if box is not None:
        box.close()
        QApplication.processEvents()
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit) and focus.property("nianbaoCell") is not None:
        from PySide6.QtTest import QTest

        QTest.keyClick(focus, Qt.Key.Key_Escape)


def _focus(v: QWidget) -> QWidget:
    """Where the next key goes: the focus widget of the (active) window."""
    focus = QApplication.focusWidget()
    if focus is None:
        window = v.window()
        window.activateWindow()
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        assert focus is not None, (QApplication.activeWindow(), QApplication.activeModalWidget(),
                                   QApplication.activePopupWidget())
    return focus


def _apply(window: MainWindow, model: Model, action: tuple[Any, ...], path: Path) -> None:
    assert window.document is not None and window.editor is not None and window.findings is not None
    from PySide6.QtTest import QTest

    kind = action[0]
    views = [v for p in _pages(window) for v in p.views]
    if kind == "type":
        _close_editor()
        v = views[action[1] % len(views)]
        inputs = v.inputs()
        cell = inputs[action[1] % len(inputs)]
        window.navigator.select(v.sheet.view.section)  # type: ignore[union-attr]
        v.select_address(cell.address)
        for ch in action[2]:
            QTest.keyClicks(_focus(v), ch)
        QTest.keyClick(_focus(v), Qt.Key.Key_Return)
        QApplication.processEvents()
        try:
            value = parse_input(action[2], cell.kind)
        except ValueError_:
            _close_editor()  # refused: it stayed in the box, Esc gives the old value back
            return
        old = model.session.report.cells[cell.address]
        if not (value == old and type(value) is type(old)):
            model.run(SetCell(cell.address, value))
    elif kind == "key":
        _close_editor()
        focus = QApplication.focusWidget()
        if isinstance(focus, QPlainTextEdit) and action[1] == Qt.Key.Key_Return:
            return  # past a table's end the section's text has the keyboard: Enter there is prose
        if focus is not None:
            QTest.keyClick(focus, action[1])
            QApplication.processEvents()
        _close_editor()
    elif kind == "paste":
        _close_editor()
        v = views[action[1] % len(views)]
        cell = v.inputs()[action[1] % len(v.inputs())]
        window.navigator.select(v.sheet.view.section)  # type: ignore[union-attr]
        v.select_address(cell.address)
        text = "\n".join("\t".join(row) for row in action[2])
        expected = paste.plan(v.sheet.view, cell, paste.split_block(text))
        v.paste_text(text)
        _close_editor()
        if expected.values:
            model.run(Paste(expected.values))
    elif kind == "undo":
        _close_editor()
        window.undo_action.trigger()
        model.step_back()
    elif kind == "redo":
        _close_editor()
        window.redo_action.trigger()
        model.step_forward()
    elif kind == "jump":
        _close_editor()
        tree = window.findings.tree
        items = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                 for j in range(tree.topLevelItem(i).childCount())]
        if items:
            item = items[action[1] % len(items)]
            tree.setCurrentItem(item)
            tree.itemActivated.emit(item, 0)
            QApplication.processEvents()
        _close_editor()
    elif kind == "accept":
        _close_editor()
        open_warnings = [f for f in window.document.findings if f.severity == WARNING and f.accepted is None]
        if open_warnings:
            f = open_warnings[action[1] % len(open_warnings)]
            from test_findings_files import finding_item

            window.findings.tree.setCurrentItem(finding_item(window, f.key))
            reason = f"理由{action[1]}"
            assert window.findings.accept_current(reason) is None
            model.run(AcceptWarning(f.key, reason, f.message))
    elif kind == "save":
        _close_editor()
        if window.document.path is None:
            assert window.files.save_as(str(path))
        else:
            assert window.files.save()
        assert window.document.path is not None and window.document.path.is_file()


@settings(max_examples=scaled(32), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fmt_year=st.sampled_from([2024, 2020]), steps=st.lists(actions, min_size=1, max_size=25))
def test_random_gui_sequences_match_the_same_commands_through_a_session(
        qtbot: Any, window: MainWindow, tmp_path: Path, fmt_year: int, steps: list[tuple[Any, ...]]) -> None:
    if window.document is not None:
        window.files.close_report()
    assert window.files.new_blank(fmt_year, "某某镇人民政府") is not None
    assert window.document is not None
    window.activateWindow()  # keys go to the focus widget of the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    model = Model(window.document.report)
    path = tmp_path / f"r{fmt_year}-{id(steps)}.nianbao"
    for action in steps:
        _apply(window, model, action, path)
        assert window.isVisible()
    _close_editor()
    got, want = window.document.report, model.session.report
    assert got.cells == want.cells
    assert {k: a.explanation for k, a in got.accepted.items()} == {k: a.explanation for k, a in want.accepted.items()}
    assert got.texts == want.texts
    assert sorted(f.key for f in window.document.findings) == sorted(f.key for f in model.session.findings)
