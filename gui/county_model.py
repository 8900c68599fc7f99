"""A Qt table model over a county collection (``core.county.model.Collection``): one row per unit
file, for the 汇总 desk (``gui.county_page``). Sorted and filtered by ``UnitFilter``.

The model holds the collection ``core.county.collect.collect`` returned and answers Qt's questions
from its ``Unit``s; it decides nothing (which units are summed, what counts as an error is the
core's). Rows whose report has errors, or that could not be read, are tinted; units left out of the
aggregate are drawn grey.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidget, QListWidgetItem, QTableView, QWidget

from core.county.model import Collection, Unit
from core.findings import ERROR, SEVERITY_NAMES, Finding
from core.registry import available_formats, get_form
from gui import palette
from gui.ledger_model import ROW_TINT

PAGE_TITLE = "汇总各单位报告"
COLUMNS: tuple[tuple[str, str], ...] = (
    ("organ", "单位"), ("file", "文件"), ("year", "年度"), ("format", "格式"), ("errors", "错误"),
    ("warnings", "提示"), ("not_read", "未读取"), ("ready", "可导出"), ("note", "说明"))
KEYS = tuple(k for k, _ in COLUMNS)
NUMBERS = ("year", "errors", "warnings", "not_read")

ALL, ERRORS, UNREAD, EXCLUDED = "all", "errors", "unread", "excluded"
FILTERS = ((ALL, "全部"), (ERRORS, "有错误"), (UNREAD, "未能读取"), (EXCLUDED, "未计入汇总"))
"""有错误: the report has errors; 未能读取: the file, or some of its cells, could not be read;
未计入汇总: left out of the aggregate (another year or format, a duplicate, unreadable)."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNIT_ROLE = Qt.ItemDataRole.UserRole + 3
PATH_ROLE = Qt.ItemDataRole.UserRole + 4
"""The file a cross-unit finding is about (an organ for a unit that sent no report)."""
ERROR_TINT = ROW_TINT[ERROR]
EXCLUDED_TEXT = QColor("#707070")
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def format_name(fmt: str) -> str:
    """A format's short name ("2021版格式"), its id when no template knows it."""
    if fmt in available_formats():
        return get_form(fmt).name.split("（", 1)[0]
    return fmt


def note(unit: Unit, collection: Optional[Collection]) -> str:
    """The 说明 column: why the file could not be read or is not summed; else the cross-unit
    findings about it; else its first error (what stands between the report and its export)."""
    if unit.problem or unit.excluded:
        return unit.problem or unit.excluded
    about = collection.findings_of(unit) if collection is not None else []
    if about:
        return "；".join(f.message for f in about)
    if unit.errors:
        first = next((f.message for f in unit.findings if f.severity == ERROR), "")
        return f"有 {unit.errors} 项错误" + ("，如：" if unit.errors > 1 else "：") + first
    return ""


def finding_text(finding: Finding) -> str:
    return f"【{SEVERITY_NAMES.get(finding.severity, finding.severity)}】{finding.message}"


def summary(collection: Collection) -> str:
    """One line: the collection's year and format, and how many units are summed."""
    units = collection.units
    summed = len(collection.summed())
    unread = sum(u.report is None for u in units)
    year = f"{collection.year} 年度" if collection.year is not None else "年度不明"
    fmt = format_name(collection.format) if collection.format else "格式不明"
    parts = [f"{year}，{fmt}", f"共 {len(units)} 份文件，计入汇总 {summed} 份"]
    if len(units) - summed:
        parts.append(f"未计入 {len(units) - summed} 份" + (f"（其中 {unread} 份未能读取）" if unread else ""))
    errors = sum(1 for u in units if u.summed and u.errors)
    if errors:
        parts.append(f"计入汇总的单位中 {errors} 个有错误")
    return "；".join(parts)


class UnitsModel(QAbstractTableModel):
    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.collection: Optional[Collection] = None
        self._notes: list[str] = []

    def set_collection(self, collection: Optional[Collection]) -> None:
        self.beginResetModel()
        self.collection = collection
        self._notes = [note(u, collection) for u in self.units]
        self.endResetModel()

    @property
    def units(self) -> list[Unit]:
        return self.collection.units if self.collection is not None else []

    def unit(self, row: int) -> Optional[Unit]:
        return self.units[row] if 0 <= row < len(self.units) else None

    def row_of(self, path: str) -> int:
        """The row of the unit read from ``path`` (-1: none)."""
        return next((r for r, u in enumerate(self.units) if str(u.path) == path), -1)

    def accepts(self, row: int, mode: str) -> bool:
        u = self.units[row]
        if mode == ERRORS:
            return u.errors > 0
        if mode == UNREAD:
            return u.report is None or u.not_read > 0
        if mode == EXCLUDED:
            return not u.summed
        return True

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(KEYS):
            return COLUMNS[section][1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def text(self, row: int, key: str) -> str:
        u = self.units[row]
        read = u.report is not None
        if key == "organ":
            return u.organ or ("（未写机关名称）" if read else "（未能读取）")
        if key == "file":
            return u.path.name
        if key == "year":
            return str(u.year) if u.year is not None else ""
        if key == "format":
            return format_name(u.format) if u.format else ""
        if key in ("errors", "warnings", "not_read"):
            return str(getattr(u, key)) if read else ""
        if key == "ready":
            return "是" if read and u.export_ready else "否"
        return self._notes[row]

    def sort_key(self, row: int, key: str) -> Any:
        u = self.units[row]
        if key == "year":
            return (u.year is None, u.year or 0)
        if key in NUMBERS:  # a file not read at all sorts as the worst
            return getattr(u, key) if u.report is not None else 10 ** 9
        if key == "ready":
            return (u.report is None, not u.export_ready)
        return self.text(row, key)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.units):
            return None
        row, key = index.row(), KEYS[index.column()]
        u = self.units[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, key)
        if role == SORT_ROLE:
            return self.sort_key(row, key)
        if role == UNIT_ROLE:
            return u
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_TINT) if u.errors or u.report is None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(EXCLUDED_TEXT) if not u.summed else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMBERS + ("ready",):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _tooltip(self, row: int) -> str:
        u = self.units[row]
        lines = [u.name, str(u.path)]
        if self._notes[row]:
            lines.append(self._notes[row])
        if u.report is not None:
            lines.append(f"错误 {u.errors} 项，提示 {u.warnings} 项" + (f"，{u.not_read} 个单元格未能读取"
                                                                        if u.not_read else ""))
            lines.append("计入汇总" if u.summed else "未计入汇总")
        lines.append("双击打开这份报告")
        return "\n".join(lines)


class UnitFilter(QSortFilterProxyModel):
    """Sorting by any column (by ``SORT_ROLE``) and the filter 全部 / 有错误 / 未能读取 / 未计入汇总."""

    def __init__(self, source: UnitsModel, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.units = source
        self.mode = ALL
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.beginFilterChange()
            self.mode = mode
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self.mode == ALL or self.units.accepts(source_row, self.mode)

    def lessThan(self, source_left: AnyIndex, source_right: AnyIndex) -> bool:
        key = KEYS[source_left.column()]
        return bool(self.units.sort_key(source_left.row(), key) < self.units.sort_key(source_right.row(), key))


WIDTHS = {"organ": 13, "file": 15, "year": 3.5, "format": 5.5, "errors": 2.5, "warnings": 2.5, "not_read": 3,
          "ready": 3, "note": 0}
"""Column widths in CJK characters; 说明 takes the rest."""


class UnitsView(QTableView):
    """The units, one row each, read-only: whole rows are selected, a double-click opens one."""

    def __init__(self, model: UnitFilter, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("各单位报告")
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # folder order until a header is clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        char = self.fontMetrics().horizontalAdvance("字")
        for c, key in enumerate(KEYS):
            if WIDTHS[key]:
                self.setColumnWidth(c, int(char * WIDTHS[key]) + 12)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)


class FindingsList(QListWidget):
    """The cross-unit findings (C1–C4), each coloured by severity; activating one shows its unit."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("跨单位检查")
        self.setWordWrap(True)

    def set_findings(self, findings: list[Finding]) -> int:
        """List ``findings``; returns how many lines the list would like to show (2–8)."""
        self.clear()
        for f in findings:
            item = QListWidgetItem(finding_text(f))
            item.setForeground(QBrush(palette.SEVERITY_COLOR.get(f.severity, palette.TEXT)))
            item.setData(PATH_ROLE, f.key.partition("@")[2])
            item.setToolTip(f.basis or f.message)
            self.addItem(item)
        if not findings:
            self.addItem("（没有发现跨单位的问题）")
        return min(max(self.count(), 2), 8)

    @staticmethod
    def about(item: QListWidgetItem) -> str:
        """The file (or, for a unit that sent nothing, the organ) a listed finding is about."""
        return str(item.data(PATH_ROLE) or "")
