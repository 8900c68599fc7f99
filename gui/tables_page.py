"""A table section (二, 三, 四): its heading, the colour legend and its official tables, stacked
in one scrolling page as on paper (表二's four blocks read as one form)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QWidget

from gui import palette
from gui.form_view import FormView
from gui.page import section_page


def swatch(colour: QColor, text: str, mark: bool = False) -> QWidget:
    """A small coloured box and its name."""
    w = QWidget()
    row = QHBoxLayout(w)
    row.setContentsMargins(0, 0, 8, 0)
    row.setSpacing(4)
    box = QLabel()
    side = max(12, w.fontMetrics().height() - 4)
    box.setFixedSize(side, side)
    if mark:
        box.setStyleSheet(f"background: white; border: 2px solid {colour.name()};")
    else:
        box.setStyleSheet(f"background: {colour.name()}; border: 1px solid #999;")
    row.addWidget(box)
    row.addWidget(QLabel(text))
    return w


def legend() -> QWidget:
    """What the colours and marks mean (colour is never the only signal: tooltips say it too)."""
    w = QWidget()
    row = QHBoxLayout(w)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(QLabel("图例："))
    for name, colour in palette.legend():
        row.addWidget(swatch(colour, name))
    row.addWidget(swatch(palette.SEVERITY_COLOR["error"], "有错误", mark=True))
    row.addWidget(swatch(palette.SEVERITY_COLOR["warning"], "有提示", mark=True))
    row.addWidget(swatch(palette.ACCEPTED_COLOR, "提示已说明", mark=True))
    row.addStretch(1)
    w.setAccessibleName("图例")
    return w


class TablesPage(QScrollArea):
    def __init__(self, heading: str, views: list[FormView], text: Optional[QWidget] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.views = views
        layout = section_page(self, heading)
        layout.addWidget(legend())
        for view in views:
            layout.addWidget(view, 0, Qt.AlignmentFlag.AlignLeft)
            view.selectionModel().currentChanged.connect(
                lambda cur, _prev, v=view: self._reveal(v, cur))
            view.past_edge.connect(lambda step, v=view: self._next_table(v, step))
        if text is not None:  # the section's own paragraph (optional; e.g. 四's bound draft)
            layout.addWidget(text)
        layout.addStretch(1)

    def _reveal(self, view: FormView, index: QModelIndex) -> None:
        """Keep the current cell on screen: the page scrolls, not the table."""
        rect = view.visualRect(index)
        if rect.isNull():
            return
        centre = view.viewport().mapTo(self.widget(), rect.center())
        self.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 20, rect.height() // 2 + 20)

    def _next_table(self, view: FormView, step: int) -> None:
        """Continue Tab order into the next (or previous) table that has input cells."""
        i = self.views.index(view) + step
        while 0 <= i < len(self.views):
            inputs = self.views[i].inputs()
            if inputs:
                cell = inputs[0] if step > 0 else inputs[-1]
                target = self.views[i]
                target.setFocus()
                target.setCurrentIndex(target.sheet.index(cell.row, cell.col))
                return
            i += step
        view.focusNextPrevChild(step > 0)  # past the last table: on to the next widget (keyboard alone)

    def focus_first(self) -> None:
        for view in self.views:
            inputs = view.inputs()
            if inputs:
                view.setFocus()
                view.setCurrentIndex(view.sheet.index(inputs[0].row, inputs[0].col))
                return
