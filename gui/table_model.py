"""A Qt table model over one official table, as ``core.sheet`` draws it.

The model keeps no numbers of its own: it holds the latest ``TableView`` (rebuilt from the report
and findings after each edit) and answers Qt's questions from its ``CellView``s. Typed text is read
with ``core.values.parse_input``; a refusal is announced (``refused``) with the core's Chinese
reason and nothing is written. Colours are presentation and live in ``gui.palette``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from core import sheet
from core.commands import Command, SetCell
from core.findings import SEVERITY_NAMES, Finding
from core.ledger.commands import SetLedgerMode
from core.report import ORIGIN_NAMES, Report
from core.sheet import CellView, TableView
from core.values import ValueError_, parse_input
from gui import palette

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``CellView`` under an index (the delegate draws marks and last year's value from it)."""

Execute = Callable[[Command], Optional[str]]
AnyIndex = QModelIndex | QPersistentModelIndex


_ROOT = QModelIndex()  # the invalid index: "no parent" in a table
ORIGIN_LINES = 30
"""The most lines a cell's tooltip gives its origin (a county aggregate's units, one a line)."""

class SheetModel(QAbstractTableModel):
    refused = Signal(QModelIndex, str)
    """A typed value was refused: the index and the Chinese reason."""

    def __init__(self, report: Report, table_id: str, execute: Execute,
                 findings: Iterable[Finding] = (), parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.report = report
        self.table_id = table_id
        self.execute = execute
        self.show_last = False
        self.view: TableView = sheet.table_view(report, table_id, findings)
        self._found: dict[str, list[Finding]] = {}
        """The findings each of this table's cells showed at the last refresh."""
        by_cell = sheet.findings_by_cell(findings)
        self._found = {a: by_cell[a] for a in self.view.addresses() if a in by_cell}

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self, findings: Iterable[Finding], by_cell: Optional[dict[str, list[Finding]]] = None,
                changed: Optional[Iterable[str]] = None) -> None:
        """Re-read the table from the report; repaint only what changed when the shape is the same.

        ``changed`` (the cells an edit wrote, totals included): only those and the cells whose
        findings differ are drawn again; without it the whole table is."""
        by_cell = by_cell if by_cell is not None else sheet.findings_by_cell(findings)
        found = {a: by_cell[a] for a in self.view.addresses() if a in by_cell}
        if changed is None:
            new = sheet.table_view(self.report, self.table_id, findings, by_cell)
        else:
            marks = {a for a in found.keys() | self._found.keys() if found.get(a) != self._found.get(a)}
            new = sheet.updated_view(self.view, self.report, marks | set(changed), by_cell)
        self._found = found
        old = self.view
        if (new.n_rows, new.n_cols) != (old.n_rows, old.n_cols) or _spans(new) != _spans(old):
            self.beginResetModel()
            self.view = new
            self.endResetModel()
            return
        self.view = new
        diff = [(n.row, n.col) for n, o in zip(new.cells, old.cells, strict=True) if _painted(n) != _painted(o)]
        if not diff:
            return
        if len(diff) <= 64:
            # One signal per cell: the view repaints those rectangles only (a range repaints the
            # whole viewport), so a keystroke in 表三 redraws the cell, its totals and its marks.
            for r, c in diff:
                index = self.index(r, c)
                self.dataChanged.emit(index, index)
            return
        rows = [r for r, _ in diff]
        cols = [c for _, c in diff]
        self.dataChanged.emit(self.index(min(rows), min(cols)), self.index(max(rows), max(cols)))

    def set_show_last(self, show: bool) -> None:
        self.show_last = show
        self.dataChanged.emit(self.index(0, 0), self.index(self.view.n_rows - 1, self.view.n_cols - 1))

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.view.n_rows

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.view.n_cols

    def cell(self, index: AnyIndex) -> Optional[CellView]:
        if not index.isValid():
            return None
        try:
            return self.view.at(index.row(), index.column())
        except KeyError:
            return None

    def index_of(self, address: str) -> QModelIndex:
        c = self.view.by_address(address)
        return self.index(c.row, c.col) if c is not None else QModelIndex()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        c = self.cell(index)
        if c is None:
            return Qt.ItemFlag.NoItemFlags
        if not c.is_value:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if c.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.cell(index)
        if c is None or (c.row, c.col) != (index.row(), index.column()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return c.text
        if role == CELL_ROLE:
            return c
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if c.is_value:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c.role == sheet.HEADER or c.row < self.view.header_rows:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(palette.background(c))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(palette.foreground(c))
        if role == Qt.ItemDataRole.FontRole and c.role == sheet.HEADER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(c) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{c.label} {c.text}" if c.is_value else c.text
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Typed text → a value of the cell's kind → ``SetCell`` through the document."""
        c = self.cell(index)
        if role != Qt.ItemDataRole.EditRole or c is None or not c.editable:
            return False
        try:
            parsed = parse_input(str(value if value is not None else ""), c.kind)
        except ValueError_ as e:
            self.refused.emit(self.index(c.row, c.col), str(e))
            return False
        if parsed == c.value and type(parsed) is type(c.value):
            return True
        if c.ledger:  # counted from the ledger: typing here means 表三 goes back to typed numbers
            if not ask_leave_ledger():
                return False
            problem = self.execute(SetLedgerMode(False))
            if problem:
                self.refused.emit(self.index(c.row, c.col), problem)
                return False
        problem = self.execute(SetCell(c.address, parsed))
        if problem:
            self.refused.emit(self.index(c.row, c.col), problem)
            return False
        return True


def tooltip(c: CellView) -> str:
    """Name, origin, findings and last year's value of a cell, for the hover text."""
    if not c.is_value:
        return c.text if len(c.text) > 12 else ""
    lines = [c.label]
    if c.role == sheet.COMPUTED:
        lines.append("自动合计（由下列各项相加，不能手工填写）")
    elif c.ledger:
        count = c.value if isinstance(c.value, int) else len(c.sources)
        lines.append(f"由台账统计（共 {count} 件）：")
        lines.extend("  " + s for s in c.sources)
    elif c.origin_text:
        lines.extend(origin_lines(c))
    if c.missing:
        lines.append("未能读取：" + c.missing)
    if c.severity:
        lines.append(f"【{SEVERITY_NAMES.get(c.severity, c.severity)}】")
    elif c.accepted:
        lines.append("【提示已接受】")
    lines.extend("• " + m for m in c.messages)
    if c.last_text:
        lines.append(f"上年：{c.last_text}" + (f"（变化 {c.change_text}）" if c.change_text else ""))
    return "\n".join(lines)


def origin_lines(c: CellView) -> list[str]:
    """"来源：…", a long source listed one part a line (an aggregate's cell names each unit and its
    value: "东镇 3；西镇 5（另 12 个单位为 0）"), at most ``ORIGIN_LINES`` of them and then a count."""
    text = c.origin_text
    if "；" not in text:
        return ["来源：" + text]
    name = ORIGIN_NAMES.get(c.origin, "")
    if name and text.startswith(name + "（") and text.endswith("）"):
        text = text[len(name) + 1:-1]
    parts = [p for p in text.split("；") if p]
    others: list[str] = []
    rest = parts[-1].rfind("（另 ") if parts else -1
    if rest > 0 and parts[-1].endswith("）"):  # "西镇 5（另 12 个单位为 0）": the others on a line of their own
        parts[-1], others = parts[-1][:rest], [parts[-1][rest + 1:-1]]
    shown = parts[:ORIGIN_LINES]
    lines = [f"来源：{name}：" if name else "来源："] + ["  " + p for p in shown]
    if len(shown) < len(parts):
        lines.append(f"  等 {len(parts)} 个单位")
    return lines + ["  " + p for p in others]


def ask_leave_ledger() -> bool:
    answer = QMessageBox.question(QApplication.activeWindow(), "由台账生成表三", "表三由申请台账统计。改为手工填写表三吗？",
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _painted(c: CellView) -> tuple[object, ...]:
    """What a cell's picture depends on. Its findings' messages are not drawn (the tooltip asks
    ``data`` when shown): a message that counts the table's blank cells changes on every entry,
    and repainting every blank cell for it made each Enter redraw the whole of 表三."""
    return (c.address, c.text, c.role, c.severity, c.accepted, c.origin, bool(c.missing), c.last_text,
            c.change_text, c.editable, c.ledger)


def _spans(view: TableView) -> list[tuple[int, int, int, int]]:
    return [(c.row, c.col, c.row_span, c.col_span) for c in view.cells]
