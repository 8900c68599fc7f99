"""Drawing and editing one cell: finding marks, last year's value, and refusal at the keystroke.

The editor's validator asks ``core.values.parse_input`` whether the text (or the text with a digit
added, for an unfinished "1." or "增") can still become a value of the cell's kind; text that
cannot is announced on the spot with the core's reason and is not committed, so letters, a minus
sign in a count or a decimal count never reach the report, and nothing else is stored in their
place. Nothing here decides what a valid value is.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF, QValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.sheet import CellView
from core.values import ValueError_, parse_input
from gui import palette
from gui.table_model import CELL_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class CellValidator(QValidator):
    refused = Signal(str)

    def __init__(self, kind: str, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._last: Optional[tuple[str, bool, str]] = None
        """(text, acceptable, problem) of the text last judged: Qt asks again for the same text
        (the key press, ``hasAcceptableInput`` on Enter, the delegate's commit), and the answer
        depends on the text and the kind only."""

    def judge(self, text: str) -> tuple[bool, str]:
        """(whether ``text`` is a value of the kind, ``problem(text)``), remembered for the last text."""
        if self._last is None or self._last[0] != text:
            self._last = (text, *self._judged(text))
        return self._last[1], self._last[2]

    def problem(self, text: str) -> str:
        """"" when ``text`` is a value of the kind, or may become one as typing goes on."""
        return self.judge(text)[1]

    def _judged(self, text: str) -> tuple[bool, str]:
        try:
            parse_input(text, self.kind)
            return True, ""
        except ValueError_ as e:
            reason = str(e)
        for tail in ("0", "1"):
            try:
                parse_input(text + tail, self.kind)
                return False, ""
            except ValueError_:
                pass
        return False, reason

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Never Invalid: refusing a keystroke would commit what is left (typing 1.5 into a count
        stored 1, eleven nines stored nine). Text that is not a value stays in the box as typed,
        the reason is announced, and Enter/Tab do not commit it (Qt's delegate commits only
        acceptable input); Esc gives the old value back."""
        acceptable, problem = self.judge(text)
        if problem:
            self.refused.emit(problem)
            return QValidator.State.Intermediate, text, pos
        if not acceptable:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class CellDelegate(QStyledItemDelegate):
    refused = Signal(QModelIndex, str)

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.show_last = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        cell: Optional[CellView] = index.data(CELL_ROLE)
        editor.setProperty("nianbaoCell", cell.address if cell is not None else "")
        if cell is not None and cell.kind:
            validator = CellValidator(cell.kind, editor)
            persistent = QPersistentModelIndex(index)
            validator.refused.connect(lambda msg: self.refused.emit(persistent.sibling(persistent.row(), persistent.column()), msg))
            editor.setValidator(validator)
        return editor

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        cell: Optional[CellView] = index.data(CELL_ROLE)
        if cell is None or not cell.is_value:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, palette.background(cell))
        super().paint(painter, option, index)
        if self.show_last and (cell.last_text or cell.change_text):
            self._paint_last(painter, option.rect, cell)
        colour = palette.SEVERITY_COLOR.get(cell.severity)
        if colour is None and cell.accepted:
            colour = palette.ACCEPTED_COLOR
        if colour is not None:
            self._paint_mark(painter, option.rect, colour)
        painter.restore()

    def _paint_last(self, painter: QPainter, rect: QRect, cell: CellView) -> None:
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.setPen(palette.LAST_YEAR)
        text = f"上年 {cell.last_text or '—'}"
        if cell.change_text:
            text += f"  {cell.change_text}"
        r = rect.adjusted(3, 1, -4, -1)
        painter.drawText(r, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)

    @staticmethod
    def _paint_mark(painter: QPainter, rect: QRect, colour: QColor) -> None:
        size = max(7, min(rect.height() // 2, 11))
        right, top = rect.right() + 1.0, rect.top() + 0.0
        triangle = QPolygonF([QPointF(right - size, top), QPointF(right, top), QPointF(right, top + size)])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour))
        painter.setBrush(colour)
        painter.drawPolygon(triangle)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        cell: Optional[CellView] = index.data(CELL_ROLE)
        if self.show_last and cell is not None and cell.is_value:
            hint.setHeight(int(hint.height() * 1.9))
            hint.setWidth(max(hint.width(), option.fontMetrics.horizontalAdvance("上年 0000  +000") + 8))
        return hint
