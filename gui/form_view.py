"""One official table on screen: a QTableView laid out like the paper form.

Spans come from the ``CellView``s (merged headers, the 表三 corner note, row groups); Qt's own
headers are hidden because the form's headers are part of the table. The keyboard moves through
input cells only, in form order (Tab/Enter forward, Shift+Tab back, arrows to the nearest input
cell that way), skipping labels and computed totals. Delete clears, Ctrl+V pastes a block,
Ctrl+C copies one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QMessageBox,
    QTableView,
    QToolTip,
    QWidget,
)

from core.commands import Paste
from core.sheet import CellView
from gui import paste
from gui.cell_delegate import CellDelegate
from gui.table_model import SheetModel

CursorAction = QAbstractItemView.CursorAction


class FormView(QTableView):
    message = Signal(str)
    """Something for the status bar: a refused value, what a paste did."""
    past_edge = Signal(int)
    """Tab/Enter/arrow went past the last input cell (+1) or before the first (-1): the page moves
    on to the next official table (表二's four blocks read as one form) or the text below."""

    def __init__(self, model: SheetModel, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.sheet = model
        self.cell_delegate = CellDelegate(self)
        self.paste_report: Optional[QMessageBox] = None
        """The last paste's list of refused cells (``show_paste_report``), while it is open."""
        self.setItemDelegate(self.cell_delegate)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAccessibleName(model.view.name)
        model.refused.connect(self.show_refusal)
        self.cell_delegate.refused.connect(self.show_refusal)
        model.modelReset.connect(self.layout_table)
        self.layout_table()

    # -- layout ------------------------------------------------------------------------------
    def layout_table(self) -> None:
        """Spans, column widths and row heights from the current table view."""
        view = self.sheet.view
        self.clearSpans()
        for c in view.cells:
            if c.row_span > 1 or c.col_span > 1:
                self.setSpan(c.row, c.col, c.row_span, c.col_span)
        fm = self.fontMetrics()
        value_w = max(fm.horizontalAdvance("字" * 4), fm.horizontalAdvance("0" * 7)) + 14
        if self.cell_delegate.show_last:
            value_w = max(value_w, fm.horizontalAdvance("上年 00000  +000") + 10)
        label_cols = [i for i, r in enumerate(view.column_roles) if r == "label"]
        label_w = self._label_width(label_cols)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col in range(view.n_cols):
            self.setColumnWidth(col, label_w.get(col, value_w))
        self.resizeRowsToContents()
        line = fm.height() + 10
        for row in range(view.n_rows):
            self.setRowHeight(row, max(self.rowHeight(row), self._row_height(row, line)))
        self.fit_height()

    def _label_width(self, cols: list[int]) -> dict[int, int]:
        """Label columns as narrow as their text allows: single-column labels first (up to 18
        characters, a tall group label up to 6, so it wraps), then a label spanning several
        columns widens the last of them only if it still lacks room (up to 24 characters)."""
        fm = self.fontMetrics()
        char = fm.horizontalAdvance("字")
        widths = {c: char * 3 + 12 for c in cols}
        cells = [c for c in self.sheet.view.cells if not c.is_value and c.row >= self.sheet.view.header_rows
                 and c.col in widths]
        for cell in sorted(cells, key=lambda c: c.col_span):
            span = [c for c in range(cell.col, cell.col + cell.col_span) if c in widths]
            limit = 6 if cell.row_span > 1 else 18 if len(span) == 1 else 24
            need = min(fm.horizontalAdvance(cell.text), char * limit) + 12
            lacking = need - sum(widths[c] for c in span)
            if lacking > 0:
                widths[span[-1]] += lacking
        return widths

    def _row_height(self, row: int, line: int) -> int:
        """A row tall enough for the wrapped text of the single-row cells starting on it."""
        fm = self.fontMetrics()
        need = line * (2 if self.cell_delegate.show_last else 1)
        for cell in self.sheet.view.rows()[row]:
            if cell.row_span != 1 or not cell.text:
                continue
            width = sum(self.columnWidth(c) for c in range(cell.col, cell.col + cell.col_span)) - 10
            lines = -(-fm.horizontalAdvance(cell.text) // max(20, width))
            need = max(need, lines * fm.lineSpacing() + 10)
        return need

    def fit_height(self) -> None:
        """No vertical scroll bar: the page scrolls, so stacked blocks (表二) read as one form. A
        table wider than the page (表四 on a 1366×768 screen) scrolls sideways on its own instead
        of pushing the page — and the buttons beside it — off the right edge."""
        rows = sum(self.rowHeight(r) for r in range(self.sheet.view.n_rows))
        bar = self.horizontalScrollBar().sizeHint().height() if self.full_width() > self.width() else 0
        height = rows + 2 * self.frameWidth() + bar + 2
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.setMinimumWidth(min(self.full_width(), 320))
        self.setMaximumWidth(self.full_width())
        self.updateGeometry()

    def full_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.sheet.view.n_cols)) + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        return QSize(self.full_width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()  # the sideways scroll bar comes and goes with the width

    def set_show_last(self, show: bool) -> None:
        self.cell_delegate.show_last = show
        self.sheet.set_show_last(show)
        self.layout_table()

    # -- keyboard ----------------------------------------------------------------------------
    def inputs(self) -> list[CellView]:
        """The input cells in form order (the model keeps their positions between edits)."""
        return self.sheet.input_cells()

    def neighbour(self, action: CursorAction) -> Optional[CellView]:
        """The input cell ``action`` leads to from the current cell, in form order; None at the
        table's edge that way. Pure: Qt calls ``moveCursor`` from many places (its own Tab
        handling, focus changes), so nothing here may move focus or emit signals."""
        current = self.sheet.cell(self.currentIndex())
        positions = self.sheet.input_positions()
        if not positions:
            return None
        at = self.sheet.view.at
        if current is None or not current.is_value:
            return at(*positions[0])
        if action == CursorAction.MoveNext:   # (Tab and Enter: by position, without the cells)
            i = bisect_right(positions, (current.row, current.col))
            return at(*positions[i]) if i < len(positions) else None
        if action == CursorAction.MovePrevious:
            i = bisect_left(positions, (current.row, current.col))
            return at(*positions[i - 1]) if i > 0 else None
        inputs = self.inputs()
        if action == CursorAction.MoveRight:
            return min((c for c in inputs if c.row == current.row and c.col > current.col),
                       key=lambda c: c.col, default=None)
        if action == CursorAction.MoveLeft:
            return max((c for c in inputs if c.row == current.row and c.col < current.col),
                       key=lambda c: c.col, default=None)
        if action in (CursorAction.MoveDown, CursorAction.MoveUp):
            down = action == CursorAction.MoveDown
            same = [c for c in inputs if c.col <= current.col < c.col + c.col_span
                    and (c.row > current.row if down else c.row < current.row)]
            return (min if down else max)(same, key=lambda c: c.row, default=None)
        if action in (CursorAction.MoveHome, CursorAction.MoveEnd):
            row = [c for c in inputs if c.row == current.row]
            if row:
                return row[0] if action == CursorAction.MoveHome else row[-1]
        return None

    _OWN_MOVES = (CursorAction.MoveNext, CursorAction.MovePrevious, CursorAction.MoveRight, CursorAction.MoveLeft,
                  CursorAction.MoveDown, CursorAction.MoveUp, CursorAction.MoveHome, CursorAction.MoveEnd)

    def moveCursor(self, action: CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action not in self._OWN_MOVES or not self.sheet.input_positions():
            return super().moveCursor(action, modifiers)
        target = self.neighbour(action)
        if target is None:  # at the edge: stay (past_edge is announced by the key handlers only)
            return self.currentIndex()
        return self.sheet.index(target.row, target.col)

    def step(self, forward: bool) -> None:
        """Tab/Enter: the next (or previous) input cell; past the table's edge the page decides."""
        target = self.neighbour(CursorAction.MoveNext if forward else CursorAction.MovePrevious)
        if target is None:
            self.past_edge.emit(1 if forward else -1)
            return
        self.setCurrentIndex(self.sheet.index(target.row, target.col))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        """Tab reaches a QWidget here before keyPressEvent: the table keeps it (its own order)."""
        self.step(next)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.step(not (key == Qt.Key.Key_Backtab or shift))
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(not shift)
                return
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                down = key == Qt.Key.Key_Down
                if self.neighbour(CursorAction.MoveDown if down else CursorAction.MoveUp) is None:
                    self.past_edge.emit(1 if down else -1)
                    return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_clipboard()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focus back from a cell's editor (each Enter): repaint the selection only. Qt repaints the
        whole viewport on every focus change, and this table paints each cell in Python: that full
        repaint was most of the time from Enter to the repainted total."""
        if not self.currentIndex().isValid():
            super().focusInEvent(event)      # (Qt then makes a current cell: keep its way)
            return
        QAbstractScrollArea.focusInEvent(self, event)
        editable = bool(self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, editable)
        self._repaint_selection()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        QAbstractScrollArea.focusOutEvent(self, event)
        self._repaint_selection()

    def _repaint_selection(self) -> None:
        """The cells whose look depends on focus: the selected ones and the current one."""
        model = self.selectionModel()
        indexes = (model.selectedIndexes() if model is not None else []) + [self.currentIndex()]
        if len(indexes) > 64:
            self.viewport().update()
            return
        for index in indexes:
            if index.isValid():
                self.viewport().update(self.visualRect(index))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter and Tab in an editor commit and move on in form order; past the table's edge the
        page takes over. Qt's own "edit the next item" is not used: at a table's last cell it
        reopened the same cell, and the next numbers all landed there."""
        Hint = QAbstractItemDelegate.EndEditHint
        moves = {Hint.EditNextItem: True, Hint.SubmitModelCache: True, Hint.EditPreviousItem: False}
        if hint not in moves:
            super().closeEditor(editor, hint)
            return
        edited = editor.property("nianbaoCell")
        super().closeEditor(editor, Hint.NoHint)
        current = self.sheet.cell(self.currentIndex())
        # Qt also closes an editor with SubmitModelCache when an arrow key moved the current cell
        # to another row: then the cursor is already where the clerk wanted it.
        if current is not None and current.address == edited:
            self.step(moves[hint])

    # -- edits -------------------------------------------------------------------------------
    def selected_cells(self) -> list[CellView]:
        seen: dict[str, CellView] = {}
        for index in self.selectedIndexes() or [self.currentIndex()]:
            c = self.sheet.cell(index)
            if c is not None and c.is_value:
                seen.setdefault(c.address, c)
        return list(seen.values())

    def clear_selection(self) -> None:
        cells = [c for c in self.selected_cells() if c.editable and c.value is not None]
        if not cells:
            return
        problem = self.sheet.execute(Paste([(c.address, None) for c in cells]))
        if problem:
            self.message.emit(problem)

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> paste.PastePlan:
        """Lay a tab-separated block from the current cell; one undo step; problems reported."""
        start = self.sheet.cell(self.currentIndex())
        block = paste.split_block(text)
        result = paste.PastePlan()
        if start is None or not start.is_value or not block:
            result.problems.append("请先选中要粘贴到的第一个单元格" if block else "剪贴板里没有可粘贴的数字")
            self.message.emit(result.summary())
            return result
        result = paste.plan(self.sheet.view, start, block)
        if result.values:
            problem = self.sheet.execute(Paste(result.values))
            if problem:
                result.problems.insert(0, problem)
                result.values = []
        self.message.emit(result.summary())
        if result.problems:
            self._tip(self.currentIndex(), result.summary())
            self.show_paste_report(result)
        return result

    def show_paste_report(self, result: paste.PastePlan) -> None:
        """Every cell that was not pasted, with its reason: the status line can hold only a few.
        Not modal in the blocking sense (``open``), so the clerk can look at the table beside it."""
        box = QMessageBox(QMessageBox.Icon.Information, "粘贴结果",
                          f"已粘贴 {len(result.values)} 个单元格，以下 {len(result.problems)} 个未粘贴：", parent=self)
        box.setInformativeText("\n".join(result.problems[:12]) + ("\n……（全部见“详细信息”）" if len(result.problems) > 12 else ""))
        if len(result.problems) > 12:
            box.setDetailedText("\n".join(result.problems))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paste_report = box
        box.finished.connect(lambda _result: setattr(self, "paste_report", None))
        box.open()

    def copy_selection(self) -> None:
        indexes = self.selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = []
        for r in rows:
            lines.append("\t".join(str(self.sheet.index(r, c).data() or "") if (r, c) in chosen else ""
                                   for c in cols))
        QGuiApplication.clipboard().setText("\n".join(lines))

    # -- messages ----------------------------------------------------------------------------
    def show_refusal(self, index: QModelIndex, text: str) -> None:
        self.message.emit(text)
        self._tip(index, text)

    def _tip(self, index: QModelIndex, text: str) -> None:
        rect = self.visualRect(index)
        QToolTip.showText(self.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())), text,
                          self.viewport(), rect, 4000)

    def select_address(self, address: str) -> bool:
        index = self.sheet.index_of(address)
        if not index.isValid():
            return False
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True
