"""申请台账: the request register as one table, one row per request, edited like a spreadsheet.

Every edit goes through the document (``EditRequest``, ``InsertRequests``, ``RemoveRequests``,
``ReplaceLedger``), so it is undoable and, in ledger mode, re-counts 表三 at once. The view is a
plain QTableView with fixed row heights and no widget per row, so 5,000 requests scroll smoothly;
sorting and the filter are a ``LedgerFilter`` proxy. Tab and Enter walk the cells left to right,
then on to the next row; Insert adds a request, Delete removes the selected ones after asking.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.ledger.commands import InsertRequests, RemoveRequests
from core.ledger.model import DATES, Request
from core.session import Executed
from gui.document import Document
from gui.filter_row import filter_row, select_mode, show_count
from gui.ledger_dialogs import LedgerDelegate, LedgerFiles, LedgerToggle
from gui.ledger_model import ALL, FILTERS, KEYS, PAGE_TITLE, READ_ONLY, SORT_ROLE, LedgerModel


class LedgerFilter(QSortFilterProxyModel):
    """Sorting by any column (by ``SORT_ROLE``) and the filter 全部 / 未办结 / 逾期 / 7日内到期."""

    def __init__(self, source: LedgerModel, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.ledger = source
        self.mode = ALL
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.beginFilterChange()
            self.mode = mode
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self.mode == ALL or self.ledger.accepts(source_row, self.mode)

    def lessThan(self, source_left: QModelIndex | QPersistentModelIndex,
                 source_right: QModelIndex | QPersistentModelIndex) -> bool:
        keys = self.ledger.sort_keys(source_left.column())
        return bool(keys[source_left.row()] < keys[source_right.row()])


WIDTHS = {"index": 2.5, "number": 10, "received": 0, "channel": 4, "applicant": 5, "name": 4, "contact": 7,
          "subject": 10, "outcome": 8, "answered": 0, "extended": 2, "carried": 4, "deadline": 9.5,
          "supplement_asked": 0, "supplemented": 0, "consult_start": 0, "consult_end": 0, "notes": 6}
"""Column widths in CJK characters (the clerk can drag them wider)."""
WALK = [c for c, k in enumerate(KEYS) if k not in READ_ONLY]
"""The columns Tab and Enter stop at."""


class LedgerView(QTableView):
    insert_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(PAGE_TITLE)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring of 5,000 rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.hide()  # 序号 is the first column
        fm = self.fontMetrics()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.refused = False
        """The last commit was refused: Enter/Tab then leave the cursor on that cell."""
        char, digits = fm.horizontalAdvance("字"), fm.horizontalAdvance("2025-01-05")
        self._widths = [max(int(char * WIDTHS[k]), digits if k in DATES else 0) + 12 for k in KEYS]

    def apply_widths(self) -> None:
        for c, w in enumerate(self._widths):
            self.setColumnWidth(c, w)
        self.horizontalHeader().setStretchLastSection(True)

    def step(self, forward: bool) -> None:
        """Tab/Enter: the next (previous) editable cell, wrapping to the next (previous) row."""
        model = self.model()
        current = self.currentIndex()
        rows = model.rowCount()
        if not rows:
            return
        if not current.isValid():
            self.setCurrentIndex(model.index(0, WALK[0]))
            return
        row, col = current.row(), current.column()
        later = [c for c in WALK if (c > col if forward else c < col)]
        if later:
            col = later[0] if forward else later[-1]
        elif forward and row + 1 < rows:
            row, col = row + 1, WALK[0]
        elif not forward and row > 0:
            row, col = row - 1, WALK[-1]
        else:
            return
        self.setCurrentIndex(model.index(row, col))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        if self.state() == QAbstractItemView.State.EditingState:
            return super().focusNextPrevChild(next)
        self.step(next)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.step(not (key == Qt.Key.Key_Backtab or shift))
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(not shift)
                return
            if key == Qt.Key.Key_Insert:
                self.insert_pressed.emit()
                return
            if key == Qt.Key.Key_Delete:
                self.delete_pressed.emit()
                return
        super().keyPressEvent(event)

    def commitData(self, editor: QWidget) -> None:
        self.refused = False
        super().commitData(editor)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter and Tab in an editor commit and move on (Shift+Tab back); a refused value keeps
        the cursor where it was, so the clerk sees the cell the message is about."""
        Hint = QAbstractItemDelegate.EndEditHint
        moves = {Hint.EditNextItem: True, Hint.SubmitModelCache: True, Hint.EditPreviousItem: False}
        super().closeEditor(editor, Hint.NoHint if hint in moves else hint)
        if hint in moves and not self.refused:
            self.step(moves[hint])
        self.refused = False


class LedgerPage(QWidget):
    message = Signal(str)
    open_table = Signal()

    def __init__(self, document: Document, today: Optional[_dt.date] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.document = document
        report = document.report
        self.model = LedgerModel(report, document.execute, document.findings, today=today, parent=self)
        self.proxy = LedgerFilter(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        title = QLabel(PAGE_TITLE)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.toggle = LedgerToggle(report, document.execute, "查看表三")
        self.toggle.count.hide()  # the page counts its requests beside the filter
        self.toggle.message.connect(self.message)
        self.toggle.open_ledger.connect(self.open_table)
        self.files = LedgerFiles(self, lambda: self.document.report, document.execute, self.message.emit)
        # two short rows rather than one long one: the page must fit a 910-pixel-wide screen (150 %)
        top = QHBoxLayout()
        top.addWidget(self.toggle, 1)
        top.addLayout(self._filter_row())
        layout.addLayout(top)
        layout.addLayout(self._tools())
        self.view = LedgerView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(LedgerDelegate(self.model, self.view))
        self.view.apply_widths()
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # ledger order until a header is clicked
        self.view.insert_pressed.connect(self.add_request)
        self.view.delete_pressed.connect(self.remove_selected)
        layout.addWidget(self.view, 1)
        self.model.refused.connect(self.show_refusal)
        document.edited.connect(self.refresh)
        self._count()
        if self.model.calendar_problem:
            self.count.setToolTip(self.model.calendar_problem)

    def _tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        buttons = (("新增(&A)", "在台账末尾新增一件申请（Insert 键）", self.add_request),
                   ("删除(&D)", "删除选中的申请（Delete 键）", self.remove_selected),
                   ("导入台账(&I)…", "从 Excel 台账（.xlsx 或 .xls）导入，替换现有台账", self.files.import_ledger),
                   ("导出台账(&E)…", "导出为 Excel 工作簿（.xlsx）", self.files.export_ledger),
                   ("打印台账(&P)…", "保存为可打印的 PDF（不含申请人姓名和联系方式）", self.files.print_ledger))
        self.buttons: list[QPushButton] = []
        for text, tip, slot in buttons:
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(b)
            self.buttons.append(b)
        row.addStretch(1)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row, self.filter, self.count = filter_row(FILTERS, "显示哪些申请", self.set_filter)
        return row

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self, executed: Executed) -> None:
        self.model.refresh(executed)
        if executed.change.ledger:
            self.toggle.sync()
            self._count()

    def _count(self) -> None:
        show_count(self.count, self.model.rowCount(), self.proxy.rowCount(), "件")

    def set_filter(self, mode: str) -> None:
        self.proxy.set_mode(mode)
        select_mode(self.filter, mode)
        self._count()

    # -- navigation --------------------------------------------------------------------------
    def select_row(self, row: int, column: int = 1) -> bool:
        """Show request ``row`` (0-based, ledger order), leaving the filter if it hides it."""
        if not 0 <= row < self.model.rowCount():
            return False
        source = self.model.index(row, column)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.set_filter("all")
            index = self.proxy.mapFromSource(source)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def current_row(self) -> Optional[int]:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return index.row() if index.isValid() else None

    def selected_rows(self) -> list[int]:
        chosen = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        rows = {self.proxy.mapToSource(i).row() for i in chosen if i.isValid()}
        return sorted(r for r in rows if r >= 0)

    # -- edits -------------------------------------------------------------------------------
    def add_request(self) -> None:
        at = len(self.document.report.ledger.requests)
        problem = self.document.execute(InsertRequests(at, (Request(),)))
        if problem:
            self.message.emit(problem)
            return
        self.select_row(at)

    def remove_selected(self, confirm: bool = True) -> None:
        rows = self.selected_rows()
        if not rows:
            self.message.emit("请先选中要删除的申请")
            return
        if confirm:
            which = f"第 {rows[0] + 1} 条" if len(rows) == 1 else f"选中的 {len(rows)} 条"
            answer = QMessageBox.question(self, "删除申请", f"删除台账中{which}申请吗？（可以撤销）",
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        runs: list[tuple[int, int]] = []  # contiguous (start, count), removed from the end
        for r in rows:
            if runs and runs[-1][0] + runs[-1][1] == r:
                runs[-1] = (runs[-1][0], runs[-1][1] + 1)
            else:
                runs.append((r, 1))
        stack = self.document.undo_stack
        stack.beginMacro(f"删除 {len(rows)} 条台账" if len(runs) > 1 else "删除台账")
        try:
            for start, count in reversed(runs):
                problem = self.document.execute(RemoveRequests(start, count))
                if problem:
                    self.message.emit(problem)
                    break
        finally:
            stack.endMacro()
        left = len(self.document.report.ledger.requests)
        if left:
            self.select_row(min(rows[0], left - 1), max(self.view.currentIndex().column(), 1))

    def show_refusal(self, source: QModelIndex, text: str) -> None:
        self.view.refused = True
        self.message.emit(text)
        index = self.proxy.mapFromSource(source)
        rect = self.view.visualRect(index)
        QToolTip.showText(self.view.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())), text,
                          self.view.viewport(), rect, 4000)
