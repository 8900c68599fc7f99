"""Guard against the PySide6 build that aborts the editor: PySide6-Essentials 6.12.0 on Python 3.11
drops a reference to None on each void Qt call from Python and each ``data()`` that returns None,
until the interpreter aborts with "deallocating None" (it did, after ~100 keystrokes in 表三)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QImage, QPainter

_ROOT = QModelIndex()  # the invalid index: "no parent" in a table

class Blank(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> None:
        return None


def test_qt_calls_keep_none_alive(qapp: object) -> None:
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    model = Blank()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.setPen(QColor("red"))
        painter.drawRect(QRect(1, 1, 5, 5))
        index.data()
    painter.end()
    assert sys.getrefcount(None) - before > -50
