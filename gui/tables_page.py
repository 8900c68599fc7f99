"""A table section (二, 三, 四): its heading, the colour legend and its official tables, stacked
in one scrolling page as on paper (表二's four blocks read as one form)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from gui import palette
from gui.form_view import FormView
from gui.frozen_header import FrozenHeader
from gui.narrative_editor import NarrativeEditor
from gui.page import section_page


def legend() -> QWidget:
    """What the colours and marks mean (colour is never the only signal: tooltips say it too).
    One wrapping line of text, so a narrow window wraps it instead of scrolling the page sideways."""
    items = [f'<span style="background-color:{c.name()}; color:#999">□</span>&nbsp;{name}' for name, c in palette.legend()]
    marks = [(palette.SEVERITY_COLOR["error"], "有错误"), (palette.SEVERITY_COLOR["warning"], "有提示"),
             (palette.ACCEPTED_COLOR, "提示已说明")]
    items += [f'<span style="color:{c.name()}"><b>□</b></span>&nbsp;{name}' for c, name in marks]
    label = QLabel("图例：" + " &nbsp; ".join(items))
    label.setWordWrap(True)
    label.setAccessibleName("图例")
    return label


class TablesPage(QScrollArea):
    def __init__(self, heading: str, views: list[FormView], text: Optional[NarrativeEditor] = None,
                 parent: Optional[QWidget] = None, tools: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.views = views
        layout = section_page(self, heading)
        layout.addWidget(legend())
        if tools is not None:  # e.g. 表三's "由台账生成表三"
            layout.addWidget(tools)
        self.frozen = [FrozenHeader(view, self) for view in views]
        self.verticalScrollBar().valueChanged.connect(self.place_headers)
        for view in views:
            layout.addWidget(view, 0, Qt.AlignmentFlag.AlignLeft)
            view.selectionModel().currentChanged.connect(
                lambda cur, _prev, v=view: self._reveal(v, cur))
            view.past_edge.connect(lambda step, v=view: self._next_table(v, step))
        self.text = text
        if text is not None:  # the section's own paragraph (optional; e.g. 四's bound draft)
            layout.addWidget(text)
        layout.addStretch(1)

    def place_headers(self) -> None:
        for header in self.frozen:
            header.place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_headers()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.place_headers()

    def _reveal(self, view: FormView, index: QModelIndex) -> None:
        """Keep the current cell on screen, and out from under the frozen header: the page
        scrolls, not the table."""
        rect = view.visualRect(index)
        if rect.isNull():
            return
        inner = self.widget()
        if inner is None:
            return
        centre = view.viewport().mapTo(inner, rect.center())
        self.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 20, rect.height() // 2 + 20)
        self.place_headers()
        header = self.frozen[self.views.index(view)]
        top = view.viewport().mapTo(self.viewport(), rect.topLeft()).y()
        if header.isVisible() and top < header.height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - (header.height() - top) - 4)

    def _next_table(self, view: FormView, step: int) -> None:
        """Continue Tab order into the next (or previous) table that has input cells; past the last
        table into the section's text below, if it has one; otherwise the cursor stays on the last
        cell and the status bar says so (focus never wanders into a hidden page)."""
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
        if step > 0 and self.text is not None:
            self.text.focus_text()
            return
        view.message.emit("已到本部分最后一个单元格" if step > 0 else "已到本部分第一个单元格")

    def focus_first(self) -> None:
        for view in self.views:
            inputs = view.inputs()
            if inputs:
                view.setFocus()
                view.setCurrentIndex(view.sheet.index(inputs[0].row, inputs[0].col))
                return
