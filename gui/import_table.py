"""One table of the import preview, walked with the keyboard as a clerk walks the editor's tables.

Why its own class: in a plain QTableWidget inside a dialog, Enter on a cell (not being edited) went
on to the dialog, whose default button was 选择文件… — a file picker opened in the middle of
checking the numbers. Tab went from cell to cell and wrapped round, so the buttons below were out of
the keyboard's reach. Here Enter and Tab step through the cells that hold values (Shift back); Tab
past the last one leaves the table for the next widget, Enter there stays put.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


class PreviewTable(QTableWidget):
    def __init__(self, rows: int, cols: int, parent: Optional[QWidget] = None) -> None:
        super().__init__(rows, cols, parent)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setWordWrap(True)

    def value_cell(self, forward: bool) -> Optional[tuple[int, int]]:
        """The next (or previous) editable cell from the current one, row by row; None past the end."""
        cells = [(r, c) for r in range(self.rowCount()) for c in range(self.columnCount())
                 if (item := self.item(r, c)) is not None and item.flags() & Qt.ItemFlag.ItemIsEditable]
        here = (self.currentRow(), self.currentColumn())
        if here[0] < 0:
            return cells[0 if forward else -1] if cells else None
        after = [c for c in cells if (c > here if forward else c < here)]
        return (after[0] if forward else after[-1]) if after else None

    def step(self, forward: bool) -> bool:
        target = self.value_cell(forward)
        if target is not None:
            self.setCurrentCell(*target)
        return target is not None

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        """Tab and Shift+Tab: the next value cell, then out of the table (an editor's Tab too)."""
        if self.state() == QAbstractItemView.State.EditingState:
            return super().focusNextPrevChild(next)
        return self.step(next) or QWidget.focusNextPrevChild(self, next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbed into: from the first value cell (Shift+Tab: the last), as on the first visit."""
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.setCurrentCell(-1, -1)
            self.step(reason == Qt.FocusReason.TabFocusReason)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.step(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            event.accept()  # never the dialog's default button
            return
        super().keyPressEvent(event)
