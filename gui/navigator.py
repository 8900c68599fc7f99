"""The section navigator: report information, then the six sections, each with a badge counting
its open errors and warnings (from ``findings_panel.badge_counts``)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from core.forms import Form
from gui import palette
from gui.ledger_model import LEDGER_PAGE, PAGE_TITLE
from gui.report_editor import INFO_PAGE

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class Navigator(QListWidget):
    section_chosen = Signal(str)

    def __init__(self, form: Form, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("目录")
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.headings = {INFO_PAGE: "报告信息与前言"}
        ledger_section = form.table(form.ledger.table).section if form.ledger is not None else None
        for s in form.sections:
            self.headings[s.id] = s.heading
            if s.id == ledger_section:  # 申请台账 right after the section of 表三
                self.headings[LEDGER_PAGE] = PAGE_TITLE
        for key, heading in self.headings.items():
            item = QListWidgetItem(heading)
            item.setData(KEY_ROLE, key)
            self.addItem(item)
        self._counts: Optional[dict[str, tuple[int, int]]] = None
        """The counts the badges show (None: never set)."""
        self.currentItemChanged.connect(self._chosen)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("字" * 10))

    def _chosen(self, item: Optional[QListWidgetItem], _previous: Optional[QListWidgetItem]) -> None:
        if item is not None:
            self.section_chosen.emit(item.data(KEY_ROLE))

    def set_badges(self, counts: dict[str, tuple[int, int]]) -> None:
        """Badge each section with its counts; nothing is redrawn when they are those shown (most
        edits change a message, not how many findings a section has)."""
        if counts == self._counts:
            return
        self._counts = dict(counts)
        for i in range(self.count()):
            item = self.item(i)
            key = item.data(KEY_ROLE)
            errors, warnings = counts.get(key, (0, 0))
            badge = []
            if errors:
                badge.append(f"✖{errors}")
            if warnings:
                badge.append(f"▲{warnings}")
            item.setText((" ".join(badge) + " " if badge else "") + self.headings[key])
            colour = (palette.SEVERITY_COLOR["error"] if errors
                      else palette.SEVERITY_COLOR["warning"].darker(140) if warnings else palette.TEXT)
            item.setForeground(QBrush(colour))
            words = f"错误 {errors} 项，提示 {warnings} 项" if badge else "没有问题"
            item.setToolTip(f"{self.headings[key]}：{words}")

    def select(self, key: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                if self.currentRow() != i:
                    self.setCurrentRow(i)
                return
