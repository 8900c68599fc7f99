"""导入上年报告: pick a file, see the tables read from it beside the source text, fix what was
misread, then use it as last year's report or open it as a report.

A standalone dialog: the tables are drawn from ``core.sheet.table_views`` (the same view the
editor and the exporters draw), each value cell coloured by how the import got it — read from
the file, worked out from other cells, or not found (the reason in its tooltip) — and edits go
through a ``core.session.Session``. The caller reads ``choice`` (LAST_YEAR or OPEN) and
``report`` after ``exec()`` returns Accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.commands import CommandError, SetCell
from core.importers import ImportError_, ImportLog, YearNotFound, import_file
from core.importers.confidence import DOUBT, TableConfidence, confidence
from core.importers.pasted import NAME as PASTED
from core.importers.pasted import import_pasted
from core.registry import first_year
from core.report import Report
from core.section_rules import unread_findings
from core.session import Session
from core.sheet import CellView, TableView, table_views
from core.values import ValueError_, parse_input
from gui.files import open_report_path
from gui.import_table import PreviewTable

LAST_YEAR = "last_year"
OPEN = "open"
COLOURS = {"read": "#E6F4EA", "derived": "#E3EEFB", "missing": "#FDE7E4", "typed": "#FFF6D6"}
LEGEND = "绿色：从文件读取　蓝色：由其他格推算　红色：未能读取（选中或悬停查看原因）　黄色：导入后修改"
CELL_HINT = "选中一个单元格（方向键、Tab 或 Enter），这里显示它从原文读到的内容，或未能读取的原因"
ADDRESS = Qt.ItemDataRole.UserRole + 1
LABEL_CHARS = 8
"""A label column's widest, in characters: longer labels wrap, so the value columns stay in view."""
VALUE_CHARS = 4
"""A value column's widest header, in characters: 表四's fifteen columns fit, 社会公益组织 wraps."""


class ImportDialog(QDialog):
    def __init__(self, parent: Optional[QWidget] = None, path: Optional[str] = None,
                 expected_year: Optional[int] = None) -> None:
        super().__init__(parent)
        self.expected_year = expected_year
        """The year last year's report should be (the open report's year before), offered when the
        source names none."""
        self.setWindowTitle("导入上年报告")
        width, height = 1200, 760
        screen = (parent.screen() if parent is not None else None) or self.screen()
        if screen is not None:  # a 1366×768 laptop (or 150 %): never taller or wider than its free area
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 20), min(height, free.height() - 60)
        self.resize(width, height)
        self.session: Optional[Session] = None
        self.tables: list[TableConfidence] = []
        self.log: Optional[ImportLog] = None
        self.choice = ""
        self._filling = False
        self._tables: dict[str, QTableWidget] = {}
        self._views: dict[str, TableView] = {}

        pick = QPushButton("选择文件…")
        pick.clicked.connect(self.pick)
        paste = QPushButton("粘贴网页内容(&V)")
        paste.setToolTip("在浏览器中打开上年的年度报告，全选（Ctrl+A）并复制（Ctrl+C），再点这里；不必先存成文件")
        paste.clicked.connect(self.load_clipboard)
        self.file_label = QLabel("请选择上年的年度报告：Word、PDF、Excel、网页或年报项目文件；或从网页复制后粘贴")
        top = QHBoxLayout()
        top.addWidget(pick)
        top.addWidget(paste)
        top.addWidget(self.file_label, 1)

        self.tabs = QTabWidget()
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.source)
        right.addWidget(self.notes)
        self.cell_info = QLabel(CELL_HINT)
        """The current cell's origin or why it was not read: the tooltip's words, for a clerk on the keyboard."""
        self.cell_info.setWordWrap(True)
        self.cell_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.cell_info)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([760, 440])

        self.status = QLabel(LEGEND)
        self.status.setWordWrap(True)
        self.use_last = QPushButton("用作上年报告")
        self.use_last.setToolTip("结转上年数据（上年结转、现行有效件数等），并开启跨年度核对")
        self.open_report = QPushButton("作为报告打开")
        self.open_report.setToolTip("打开这份报告本身，用于检查或重新导出")
        cancel = self.cancel = QPushButton("取消")
        self.checked = QCheckBox("我已对照原文核对了存疑的表格(&K)")
        self.checked.setToolTip("有表格读取存疑时，须先对照右侧原文核对（可直接在表格中改正），再使用导入结果")
        self.checked.toggled.connect(lambda _on: self._enable(self.session is not None))
        self.checked.hide()
        self.doubtful: list[TableConfidence] = []
        self.use_last.clicked.connect(lambda: self._finish(LAST_YEAR))
        self.open_report.clicked.connect(lambda: self._finish(OPEN))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.checked)
        buttons.addWidget(self.use_last)
        buttons.addWidget(self.open_report)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.pick_button, self.paste_button = pick, paste
        self._enable(False)
        if path:
            self.load(path)

    @property
    def report(self) -> Optional[Report]:
        return self.session.report if self.session else None

    def pick(self) -> None:
        path = open_report_path(self, "选择上年的年度报告", "")
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        """Import ``path`` and show it; on failure the reason is shown and nothing is kept."""
        return self._show(Path(path).name, lambda year: import_file(path, year))

    def load_clipboard(self) -> bool:
        """Import what the clerk copied from the report's web page (the HTML flavour keeps the
        tables' merged cells; ``core.importers.pasted`` chooses)."""
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None
        return self._show(PASTED, lambda year: import_pasted(html, text, year))

    def _show(self, name: str, read: Callable[[Optional[int]], tuple[Report, ImportLog]]) -> bool:
        try:
            report, log = self._import(read)
        except ImportError_ as e:
            self.session, self.log = None, None
            self.doubtful, self.tables = [], []
            self.checked.hide()
            self.tabs.clear()
            self.source.setPlainText("")
            self.notes.clear()
            self.status.setText(f"无法导入：{e}")
            self.file_label.setText(name)
            self._enable(False)
            return False
        self.session, self.log = Session(report), log
        self.file_label.setText(f"{name}：{report.display_title()}（{report.form.name}）")
        self.source.setPlainText(log.source_text)
        self.notes.clear()
        self.tables = confidence(report, self.session.findings)
        self.doubtful = [t for t in self.tables if t.level == DOUBT]
        self._note_tables(self.tables, list(log.notes))
        self.checked.setChecked(False)
        self.checked.setVisible(bool(self.doubtful))
        if report.missing:
            self.notes.addItem(f"{len(report.missing)} 个单元格未能读取（红色），检查时不会把它们当作 0")
        self.notes.addItems([f.message for f in unread_findings(report.form, self.session.findings)])
        self.status.setText(LEGEND)
        self._build_tables()
        self._enable(True)
        return True

    def _note_tables(self, tables: list[TableConfidence], notes: list[str]) -> None:
        """Each table's confidence, the import's notes about it set under it, then the other notes.
        Listed whole in the table's line and again on their own, a copy's notes about 表三 made one
        line of a dozen sentences and then said each sentence twice."""
        told: set[str] = set()
        for table in tables:
            own = tuple(r for r in table.reasons if r not in notes)
            line = QListWidgetItem(replace(table, reasons=own).describe())
            if table.level == DOUBT:
                font = QFont(self.notes.font())
                font.setBold(True)
                line.setFont(font)
            self.notes.addItem(line)
            for reason in table.reasons:
                if reason in notes and reason not in told:
                    self.notes.addItem(f"　　{reason}")
                    told.add(reason)
        self.notes.addItems([n for n in notes if n not in told] if notes else ["没有需要说明的事项"])

    def _import(self, read: Callable[[Optional[int]], tuple[Report, ImportLog]]) -> tuple[Report, ImportLog]:
        """``read`` the source; one that names its year nowhere is read again with the year the
        clerk gives (the importer says so in its notes), or refused as before when the clerk cancels."""
        try:
            return read(None)
        except YearNotFound:
            year = self.ask_year()
            if year is None:
                raise
            return read(year)

    def ask_year(self) -> Optional[int]:
        today = date.today().year
        year, ok = QInputDialog.getInt(
            self, "报告年度", "原文中没有写明报告年度（标题、统计期限、发布时间和落款日期都没有）。\n这份报告是哪一年的？",
            self.expected_year or today - 1, first_year(), today + 1)   # (older reports used another form)
        return year if ok else None

    def _enable(self, on: bool) -> None:
        """A reading with a doubtful table is used only once the clerk says it was checked."""
        on = on and (not self.doubtful or self.checked.isChecked())
        self.use_last.setEnabled(on)
        self.open_report.setEnabled(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button that has the focus, and nothing else: reaching the dialog from
        the source text, the notes or the tab bar it pressed 选择文件… (the first button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPushButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    # --- tables -------------------------------------------------------------------------------------------

    def _build_tables(self) -> None:
        assert self.session is not None
        self.tabs.clear()
        self._tables.clear()
        self._views.clear()
        levels = {t.table: t for t in self.tables}
        for view in table_views(self.session.report, self.session.findings):
            widget = PreviewTable(view.n_rows, view.n_cols)
            self._tables[view.id] = widget
            self._views[view.id] = view
            self._fill(view, widget)
            widget.itemChanged.connect(lambda item, tid=view.id: self._edited(tid, item))
            widget.currentItemChanged.connect(lambda item, _old: self._show_cell(item))
            self._fit_columns(view, widget)
            brief = view.brief
            doubtful = view.id in {t.table for t in self.doubtful}
            index = self.tabs.addTab(widget, f"{brief}（存疑）" if doubtful else brief)
            if view.id in levels:
                self.tabs.setTabToolTip(index, levels[view.id].describe())
        first = next((i for i, t in enumerate(self._tables) if t in {d.table for d in self.doubtful}), 0)
        self.tabs.setCurrentIndex(first)  # the first table to check, in view
        self._show_cell(None)
        chain = [self.pick_button, self.paste_button, self.tabs, *self._tables.values(),
                 self.source, self.notes, self.checked, self.use_last, self.open_report, self.cancel]
        for before, after in zip(chain, chain[1:], strict=False):  # the tables were made last: Tab reached them after 取消
            QWidget.setTabOrder(before, after)

    def _show_cell(self, item: Optional[QTableWidgetItem]) -> None:
        tip = item.toolTip() if item is not None and item.data(ADDRESS) else ""
        self.cell_info.setText(tip.replace("\n", "　") if tip else CELL_HINT)

    @staticmethod
    def _fit_columns(view: TableView, widget: QTableWidget) -> None:
        """Each column as wide as its own cells' text, within bounds. Sized to contents, a label
        column took the width of its longest label (表三's run past 25 characters, and a label
        spanning several columns counted whole in its first) and pushed the values, what the
        clerk is here to check, off the right of the dialog. Labels now wrap onto more lines;
        labels spanning columns wrap within them; a number is never cut."""
        fm = widget.fontMetrics()
        char = fm.horizontalAdvance("字")
        # What QStyledItemDelegate puts around the text (a focus-frame margin and a pixel each side), and the grid.
        pad = 2 * (widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 1
        text = [0] * view.n_cols
        numbers = [fm.horizontalAdvance("00000")] * view.n_cols
        for cell in view.cells:
            if cell.col_span == 1:
                wide = max((fm.horizontalAdvance(line) for line in cell.text.splitlines()), default=0)
                text[cell.col] = max(text[cell.col], wide)
                if cell.address:
                    numbers[cell.col] = max(numbers[cell.col], wide)
        for col, role in enumerate(view.column_roles):
            if role == "value":
                width = max(min(text[col], char * VALUE_CHARS), numbers[col])
            else:
                width = min(max(text[col], char * 2), char * LABEL_CHARS)
            widget.setColumnWidth(col, width + pad)
        widget.resizeRowsToContents()

    def _fill(self, view: TableView, widget: QTableWidget) -> None:
        self._filling = True
        try:
            for cell in view.cells:
                item = QTableWidgetItem(cell.text)
                if cell.row_span > 1 or cell.col_span > 1:
                    widget.setSpan(cell.row, cell.col, cell.row_span, cell.col_span)
                if cell.address:
                    item.setData(ADDRESS, cell.address)
                    self._paint(item, cell)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setBackground(QBrush(QColor("#F2F2F2")))
                widget.setItem(cell.row, cell.col, item)
        finally:
            self._filling = False

    def status_of(self, address: str) -> str:
        """How the cell got its value: read, derived, missing, typed (changed here) or ""."""
        if self.session is None or self.log is None:
            return ""
        report = self.session.report
        if address in report.missing:
            return "missing"
        origin = report.origin_of(address)
        if origin is not None and origin.kind in ("typed", "overridden"):
            return "typed"
        return self.log.status(address) or ("read" if report.cells.get(address) is not None else "")

    def _paint(self, item: QTableWidgetItem, cell: CellView) -> None:
        status = self.status_of(cell.address)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if status in COLOURS:
            item.setBackground(QBrush(QColor(COLOURS[status])))
        tip = [cell.label]
        if cell.missing:  # the importer's reason often opens with the cell's own name: said once, above it
            reason = cell.missing.removeprefix(cell.label).lstrip("：: ") if cell.label else cell.missing
            tip.append(f"未能读取：{reason or cell.missing}")
        elif self.log is not None and cell.address in self.log.derived:
            tip.append(f"推算：{self.log.derived[cell.address]}")
        elif self.log is not None and cell.address in self.log.read:
            tip.append(f"原文：{self.log.read[cell.address] or '（空白）'}")
        item.setToolTip("\n".join(tip))

    def _edited(self, table_id: str, item: QTableWidgetItem) -> None:
        if self._filling or self.session is None:
            return
        address = item.data(ADDRESS)
        if not address:
            return
        kind = self.session.report.form.kind_of(address)
        try:
            value = parse_input(item.text(), kind)
            self.session.execute(SetCell(address, value))
        except (ValueError_, CommandError) as e:
            self.status.setText(str(e))
        self._refresh()

    def _refresh(self) -> None:
        assert self.session is not None
        for view in table_views(self.session.report, self.session.findings):
            self._views[view.id] = view
            self._fill(view, self._tables[view.id])
            self._fit_columns(view, self._tables[view.id])  # a corrected number may be wider

    def item_for(self, address: str) -> Optional[QTableWidgetItem]:
        """The table item showing ``address`` (for tests and for jumping to a cell)."""
        for tid, view in self._views.items():
            cell = view.by_address(address)
            if cell is not None:
                return self._tables[tid].item(cell.row, cell.col)
        return None


def ask(parent: Optional[QWidget] = None, expected_year: Optional[int] = None) -> tuple[str, Optional[Report]]:
    """Run the dialog: (LAST_YEAR or OPEN, the report), or ("", None) when cancelled."""
    dialog = ImportDialog(parent, expected_year=expected_year)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
        return dialog.choice, dialog.report
    return "", None
