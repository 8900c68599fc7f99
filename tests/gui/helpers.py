"""Small helpers the GUI tests share: find a table's view, type into a cell like a clerk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gui.form_view import FormView
from gui.main_window import MainWindow


def view(window: MainWindow, table_id: str) -> FormView:
    assert window.editor is not None
    window.jump_to("", "")
    v = window.editor.views[table_id]
    window.navigator.select(window.document.report.form.table(table_id).section)  # type: ignore[union-attr]
    return v


def cell_text(v: FormView, address: str) -> str:
    return str(v.sheet.index_of(address).data() or "")


def type_into(qtbot: Any, v: FormView, address: str, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Select the cell, type the text as keystrokes (the first opens the editor), press ``key``."""
    assert v.select_address(address), address
    v.setFocus()
    for ch in text:
        target = QApplication.focusWidget() if isinstance(QApplication.focusWidget(), QLineEdit) else v
        qtbot.keyClicks(target, ch)
    target = QApplication.focusWidget() if isinstance(QApplication.focusWidget(), QLineEdit) else v
    qtbot.keyClick(target, key)
    QApplication.processEvents()  # the delegate commits Enter through a queued call
