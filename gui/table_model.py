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
from PySide6.QtGui import QBrush, QColor, QFont
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
# Qt asks ``data`` and ``flags`` dozens of times per keystroke: roles and flags as plain values made
# once (looking up a PySide6 enum member or or-ing flags costs more than the rest of the answer).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_LABEL_FLAGS = Qt.ItemFlag.ItemIsEnabled
_VALUE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_INPUT_FLAGS = _VALUE_FLAGS | Qt.ItemFlag.ItemIsEditable
_BRUSHES: dict[int, QBrush] = {}
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
        self._where: dict[str, tuple[int, int]] = {}
        """Address → grid position of its value cell (for the diff of a partial refresh)."""
        self._addresses: frozenset[str] = frozenset()
        self._flags: dict[tuple[int, int], Qt.ItemFlag] = {}
        """``flags`` per grid position, kept until the cell there is drawn again: Qt asks for the
        flags of the same few cells many times per keystroke."""
        self._inputs: Optional[list[tuple[int, int]]] = None
        """Positions of the editable value cells in form order (``input_cells``); None: not known."""
        self._stale: set[str] = set()
        """Cells whose findings changed in wording only (see ``refresh``): drawn again from
        ``_found`` when first asked for, since only their tooltip shows the words."""
        self._index_view()
        self._found = self._findings_here(sheet.findings_by_cell(findings))

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self, findings: Iterable[Finding], by_cell: Optional[dict[str, list[Finding]]] = None,
                changed: Optional[Iterable[str]] = None) -> None:
        """Re-read the table from the report; repaint only what changed when the shape is the same.

        ``changed`` (the cells an edit wrote, totals included): only those and the cells whose
        marks differ are drawn again, and only they are compared with what was shown (the core's
        ``updated_view`` keeps every other cell as it was); without it the whole table is. A cell
        whose findings changed in wording only (an unbalanced 表三 says the difference on every
        Enter) looks the same: it is drawn again when first asked for (``cell``, ``data``)."""
        by_cell = by_cell if by_cell is not None else sheet.findings_by_cell(findings)
        found = self._findings_here(by_cell)
        old = self.view
        if changed is None:
            new = sheet.table_view(self.report, self.table_id, findings, by_cell)
            self._found = found
            if _reshaped(old, new) or _spans(new) != _spans(old):
                self._reset(new)
                return
            self._set_view(new)
            diff = [(n.row, n.col) for n, o in zip(new.cells, old.cells, strict=True) if _painted(n) != _painted(o)]
        else:
            marks, reworded = _differ(self._found, found)
            wanted = marks | set(changed)
            self._stale = (self._stale | reworded) - wanted
            new = sheet.updated_view(old, self.report, wanted, by_cell)
            self._found = found
            if new is old:
                return
            redrawn = self._redrawn(old, new, wanted)
            if redrawn is None:
                self._reset(new)
                return
            self.view = new
            diff = redrawn
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

    def _redrawn(self, old: TableView, new: TableView, wanted: Iterable[str]) -> Optional[list[tuple[int, int]]]:
        """The positions among ``wanted`` whose picture changed from ``old`` to ``new`` (in grid
        order), forgetting what was cached about them; None when the table's shape changed."""
        if _reshaped(old, new):
            return None
        diff = []
        for address in wanted:
            where = self._where.get(address)
            if where is None:
                continue
            n, o = new.at(*where), old.at(*where)
            if n is o:
                continue
            if (n.row, n.col, n.row_span, n.col_span) != (o.row, o.col, o.row_span, o.col_span):
                return None
            self._forget(o)
            if n.editable != o.editable:
                self._inputs = None
            if _painted(n) != _painted(o):
                diff.append((n.row, n.col))
        return sorted(diff)

    def _reset(self, new: TableView) -> None:
        self.beginResetModel()
        self._set_view(new)
        self.endResetModel()

    def _set_view(self, new: TableView) -> None:
        """A view drawn whole: every cached answer about the old one is dropped."""
        self.view = new
        self._stale.clear()
        self._index_view()

    def _current(self, c: CellView) -> CellView:
        """``c`` as the report and findings stand (drawn again if its findings' wording changed)."""
        if c.address not in self._stale:
            return c
        self._stale.discard(c.address)
        self.view = sheet.updated_view(self.view, self.report, (c.address,), self._found)
        return self.view.at(c.row, c.col)

    def _index_view(self) -> None:
        self._where = {c.address: (c.row, c.col) for c in self.view.cells if c.address}
        self._addresses = frozenset(self.view.addresses())
        self._flags.clear()
        self._inputs = None

    def _forget(self, c: CellView) -> None:
        for i in range(c.row_span):
            for j in range(c.col_span):
                self._flags.pop((c.row + i, c.col + j), None)

    def _findings_here(self, by_cell: dict[str, list[Finding]]) -> dict[str, list[Finding]]:
        """The findings on this table's cells, walking the smaller of the two."""
        here = self._addresses
        if len(by_cell) < len(here):
            return {a: fs for a, fs in by_cell.items() if a in here}
        return {a: by_cell[a] for a in here if a in by_cell}

    def set_show_last(self, show: bool) -> None:
        self.show_last = show
        self.dataChanged.emit(self.index(0, 0), self.index(self.view.n_rows - 1, self.view.n_cols - 1))

    def input_positions(self) -> list[tuple[int, int]]:
        """Grid positions of the cells the clerk may type in, in form order (top to bottom, left to
        right: sorted), kept between edits that change no cell's editability. Each Enter looks for
        the next one here: making the ``CellView``s of all of them took longer than the rest of
        the cursor's move."""
        if self._inputs is None:
            self._inputs = [(c.row, c.col) for c in self.view.value_cells() if c.editable]
        return self._inputs

    def input_cells(self) -> list[CellView]:
        """The cells the clerk may type in, in form order (Tab order)."""
        view = self.view
        return [view.at(r, c) for r, c in self.input_positions()]

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.view.n_rows

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.view.n_cols

    def cell(self, index: AnyIndex) -> Optional[CellView]:
        if not index.isValid():
            return None
        try:
            c = self.view.at(index.row(), index.column())
        except KeyError:
            return None
        return self._current(c) if self._stale else c

    def index_of(self, address: str) -> QModelIndex:
        where = self._where.get(address)
        return self.index(*where) if where is not None else QModelIndex()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        key = (index.row(), index.column())
        flags = self._flags.get(key)
        if flags is None:
            flags = self._flags[key] = _flags_of(self.cell(index))
        return flags

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        row, col = index.row(), index.column()
        try:
            c = self.view.at(row, col)
        except KeyError:  # (an invalid index is at -1, -1)
            return None
        if c.row != row or c.col != col:
            return None
        if self._stale:
            c = self._current(c)
        if role in (_DISPLAY, _EDIT):
            return c.text
        if role == CELL_ROLE:
            return c
        if role == _ALIGNMENT:
            if c.is_value:
                return _RIGHT
            if c.role == sheet.HEADER or c.row < self.view.header_rows:
                return _CENTRE
            return _LEFT
        if role == _BACKGROUND:
            return _brush(palette.background(c))
        if role == _FOREGROUND:
            return _brush(palette.foreground(c))
        if role == _FONT and c.role == sheet.HEADER:
            font = QFont()
            font.setBold(True)
            return font
        if role == _TOOLTIP:
            return tooltip(c) or None
        if role == _ACCESSIBLE:
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


def _flags_of(c: Optional[CellView]) -> Qt.ItemFlag:
    if c is None:
        return _NO_FLAGS
    if not c.is_value:
        return _LABEL_FLAGS
    return _INPUT_FLAGS if c.editable else _VALUE_FLAGS


def _brush(colour: QColor) -> QBrush:
    """One brush per colour (the palette's colours are few and fixed)."""
    key = colour.rgba()
    brush = _BRUSHES.get(key)
    if brush is None:
        brush = _BRUSHES[key] = QBrush(colour)
    return brush


def _differ(old: dict[str, list[Finding]], new: dict[str, list[Finding]]) -> tuple[set[str], set[str]]:
    """(cells whose marks changed, cells whose findings changed in wording only). A cell is marked
    by its findings' severities and acceptances; their messages show only in its tooltip."""
    marks: set[str] = set()
    reworded: set[str] = set()
    for a in old.keys() | new.keys():
        was, now = old.get(a), new.get(a)
        if was == now:
            continue
        if was is not None and now is not None and len(was) == len(now) and all(
                (w.severity, w.accepted) == (n.severity, n.accepted) for w, n in zip(was, now, strict=True)):
            reworded.add(a)
        else:
            marks.add(a)
    return marks, reworded


def _reshaped(old: TableView, new: TableView) -> bool:
    return (new.n_rows, new.n_cols, len(new.cells)) != (old.n_rows, old.n_cols, len(old.cells))


def _spans(view: TableView) -> list[tuple[int, int, int, int]]:
    return [(c.row, c.col, c.row_span, c.col_span) for c in view.cells]
