"""A table's header rows kept on screen while its page scrolls past them (表三 is taller than a
768-pixel screen: without this, the clerk typing in （五）不予处理 no longer sees which column is
自然人 and which 商业企业).

The tables do not scroll themselves — the page does, so 表二's blocks read as one form — so Qt's
frozen-row tricks for a single view do not apply. Instead a second, read-only view of the same
model, cut to the header rows, is laid over the top of the page's viewport while the table's
header is above it and the table's body still shows. It draws from the same ``SheetModel``, so it
cannot disagree with the table below; it keeps Qt's default delegate (header cells are plain text,
and a shared delegate would send the table's editor signals to this view too).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QTableView

from gui.form_view import FormView


class FrozenHeader(QTableView):
    def __init__(self, view: FormView, area: QScrollArea) -> None:
        super().__init__(area.viewport())
        self.view = view
        self.area = area
        self.setModel(view.model())
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(f"{view.sheet.view.name}表头")
        self.hide()
        view.sheet.modelReset.connect(self.sync)
        view.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        self.sync()

    def header_height(self) -> int:
        rows = self.view.sheet.view.header_rows
        return sum(self.view.rowHeight(r) for r in range(rows)) + self.view.frameWidth()

    def sync(self) -> None:
        """Spans, column widths and row heights as the table below has them."""
        table = self.view.sheet.view
        self.clearSpans()
        for c in table.cells:
            if c.row < table.header_rows and (c.row_span > 1 or c.col_span > 1):
                self.setSpan(c.row, c.col, min(c.row_span, table.header_rows - c.row), c.col_span)
        for col in range(table.n_cols):
            self.setColumnWidth(col, self.view.columnWidth(col))
        for row in range(table.n_rows):
            self.setRowHidden(row, row >= table.header_rows)
            if row < table.header_rows:
                self.setRowHeight(row, self.view.rowHeight(row))
        self.place()

    def place(self) -> None:
        """Shown over the page's top edge while the table's header is above it and at least as
        much of its body as the header's height is still on screen."""
        height = self.header_height()
        if self.view.sheet.view.header_rows == 0 or not self.view.isVisible():
            self.hide()
            return
        top = self.view.mapTo(self.area.viewport(), QPoint(0, 0))
        if top.y() < 0 and top.y() + self.view.height() > 2 * height:
            self.setGeometry(top.x(), 0, self.view.width(), height + self.frameWidth())
            self.horizontalScrollBar().setValue(self.view.horizontalScrollBar().value())
            self.show()
            self.raise_()
        else:
            self.hide()
