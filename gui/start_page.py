"""The start page: new report (organ and year; the format follows the year), new from last year's
file, open a file, recent files. Shown when no report is open."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    import datetime

PATH_ROLE = 0x0101
"""Qt.ItemDataRole.UserRole + 1, as a number: naming it would load PySide6's whole ``Qt`` namespace
before the first window (see MainWindow._docks)."""


def default_year(today: Optional[datetime.date] = None) -> int:
    """Reports are written in January–June about the year before; later in the year, about this one."""
    if today is None:  # time, not datetime: importing datetime costs the first window milliseconds
        now = time.localtime()
        year, month = now.tm_year, now.tm_mon
    else:
        year, month = today.year, today.month
    return year - 1 if month <= 6 else year


class StartPage(QWidget):
    new_requested = Signal(int, str)
    rollover_requested = Signal(int, str)
    open_requested = Signal()
    recent_requested = Signal(str)
    county_requested = Signal()

    def __init__(self, organ: str = "", recent: Optional[list[str]] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        title = QLabel("政府信息公开工作年度报告")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        outer.addWidget(QLabel("按国务院办公厅规定的格式填写年度报告：表格自动合计、实时核对勾稽关系，可沿用上年数据。"))

        box = QGroupBox("新建报告")
        form = QFormLayout(box)
        self.organ = QLineEdit(organ)
        self.organ.setPlaceholderText("例如：某某县某某镇人民政府")
        self.year = QSpinBox()
        self.year.setRange(2008, 2100)
        self.year.setValue(default_year())
        self.year.setSuffix(" 年度")
        self.format_label = QLabel()
        form.addRow("机关名称(&N)：", self.organ)
        form.addRow("报告年度(&Y)：", self.year)
        form.addRow("格式：", self.format_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton("新建空白报告(&B)")
        self.rollover_button = QPushButton("从上年报告新建(&L)…")
        self.new_button.setDefault(True)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.rollover_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        outer.addWidget(box)

        files = QGroupBox("打开")
        col = QVBoxLayout(files)
        self.open_button = QPushButton("打开报告文件(&O)…")
        row = QHBoxLayout()
        self.county_button = QPushButton("汇总各单位报告(&U)…")
        self.county_button.setToolTip("县级汇总：读取文件夹中各单位的报告，逐一检查后汇总")
        row.addWidget(self.open_button)
        row.addWidget(self.county_button)
        row.addStretch(1)
        col.addLayout(row)
        self.recent = QListWidget()
        self.recent.setAccessibleName("最近使用的文件")
        recent_label = QLabel("最近使用的文件(&R)：")
        recent_label.setBuddy(self.recent)  # without a buddy a label shows "&R" as typed; Alt+R goes to the list
        col.addWidget(recent_label)
        col.addWidget(self.recent)
        self.no_recent = QLabel("（还没有）")
        col.addWidget(self.no_recent)
        col.addStretch(1)
        outer.addWidget(files, 1)
        self.set_recent(recent or [])

        self.year.valueChanged.connect(self._year_changed)
        self._format_pending = True  # the format's name needs the templates: see paintEvent
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.year.value(), self.organ.text().strip()))
        self.rollover_button.clicked.connect(
            lambda: self.rollover_requested.emit(self.year.value(), self.organ.text().strip()))
        self.open_button.clicked.connect(self.open_requested)
        self.county_button.clicked.connect(self.county_requested)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(PATH_ROLE)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Loading the templates for the format's name waits for the first frame: the clerk sees
        the window at once, and a report given on the command line never waits for this page."""
        super().paintEvent(event)
        if self._format_pending:
            self._format_pending = False
            QTimer.singleShot(0, lambda: self._year_changed(self.year.value()))

    def _year_changed(self, year: int) -> None:
        from core.registry import form_for_year

        try:
            form = form_for_year(year)
        except KeyError as e:
            self.format_label.setText(str(e).strip("'\""))
            self.new_button.setEnabled(False)
            self.rollover_button.setEnabled(False)
            return
        self.format_label.setText(form.name)
        self.new_button.setEnabled(True)
        self.rollover_button.setEnabled(True)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(f"{Path(p).name}    {Path(p).parent}")
            item.setData(PATH_ROLE, p)
            item.setToolTip(p)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
