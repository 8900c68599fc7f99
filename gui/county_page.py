"""汇总各单位报告: the county's desk, a window of its own beside the editor.

It reads every report in the chosen folders (``core.county.collect`` on a worker thread, so two
hundred files do not freeze the window), lists one row per unit (``gui.county_model``), sortable
and filtered, with the cross-unit findings below. A double-click opens that unit's file in the
editor; 生成汇总报告 opens the county's aggregate there as an ordinary unsaved report (it then
validates, edits, saves and exports like any other); 重新汇总 reads the folders again and says what
changed, updating an aggregate open in the editor through its document (one undo step);
导出问题清单 writes the county's checklist workbook. The desk works with or without an open report.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.county.aggregate import aggregate
from core.county.collect import read_unit_list
from core.county.model import Collection, Unit
from core.project_errors import ReadError
from core.report import Report
from gui.county_dialogs import AggregateDialog, ask_folders, change_lines, read_last, write_checklist
from gui.county_model import ALL, FILTERS, PAGE_TITLE, FindingsList, UnitFilter, UnitsModel, UnitsView, summary
from gui.county_work import Collected, Collector, collect_job, update_open_aggregate
from gui.filter_row import filter_row, select_mode, show_count
from gui.ledger_dialogs import NotesDialog

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def desk(window: MainWindow, ask: bool = True) -> Optional[CountyDesk]:
    """文件 → 汇总各单位报告…: the desk (one per main window), asking for folders the first time."""
    found = window.findChild(CountyDesk)
    if found is None:
        found = CountyDesk(window)
    if not found.folders and ask and not found.choose_folders():
        return None
    found.show()
    found.raise_()
    found.activateWindow()
    return found


class CountyDesk(QMainWindow):
    collected = Signal()
    """A collection (or a failure) has been shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.main = window
        self.setWindowTitle(f"{PAGE_TITLE} — 年报编辑器")
        self.setObjectName("CountyDesk")
        self.folders: list[Path] = []
        self.collection: Optional[Collection] = None
        self.sums: Optional[Report] = None
        """The aggregate of the current collection, to say what a re-collection changed."""
        self.organ = str(window.settings.value("county/organ", "") or "")
        self.last_path = ""
        self.last: Optional[Report] = None
        self.written: set[Path] = set()
        self.last_units: list[str] = []
        """Last year's units (上年单位名单): the ones with no report this year are C1."""
        """Checklists written by the desk: never read back as units."""
        self.worker: Optional[Collector] = None
        self.changes: Optional[NotesDialog] = None
        self.problem = ""
        self.model = UnitsModel(self)
        self.proxy = UnitFilter(self.model, self)
        self.setCentralWidget(self._body())
        self.progress = QProgressDialog("正在读取各单位的报告，请稍候…", "", 0, 0, self)
        self.progress.setWindowTitle(PAGE_TITLE)
        self.progress.setCancelButton(None)  # cannot stop halfway: no button
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.reset()
        self.progress.hide()
        self._fit()
        self._update()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish)

    # -- layout ------------------------------------------------------------------------------
    def _body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 8)
        title = QLabel(PAGE_TITLE)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        folders = QHBoxLayout()
        self.folder_label = QLabel("尚未选择文件夹")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long paths: cut
        folders.addWidget(QLabel("文件夹："))
        folders.addWidget(self.folder_label, 1)
        layout.addLayout(folders)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._tools())
        self.view = UnitsView(self.proxy)
        self.view.activated.connect(self.open_unit)  # a double-click, or Enter
        layout.addWidget(self.view, 1)
        self.findings_label = QLabel("跨单位检查(&K)：")
        self.findings = FindingsList()
        self.findings_label.setBuddy(self.findings)
        self.findings.itemActivated.connect(self._finding_chosen)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings)
        return body

    def _tools(self) -> QHBoxLayout:
        row, self.filter, self.count = filter_row(FILTERS, "显示哪些单位", self.set_filter)
        row.addStretch(1)
        buttons = (("选择文件夹(&F)…", "重新选择要汇总的文件夹（可多选）", self.choose_folders),
                   ("上年单位名单(&L)…", "选择上年报送单位的名单（文本文件，每行一个单位），核对今年缺报的单位",
                    self.choose_last_units),
                   ("重新汇总(&R)", "重新读取文件夹中的报告，并列出汇总数据的变化", self.recollect),
                   ("生成汇总报告(&G)…", "把计入汇总的各单位报告相加，在编辑器中打开汇总报告", self.make_aggregate),
                   ("导出问题清单(&E)…", "把各单位的问题导出为 Excel 工作簿，便于退回各单位修改", self.export_checklist))
        self.buttons: dict[str, QPushButton] = {}
        for text, tip, slot in buttons:
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(b)
            self.buttons[text.split("(", 1)[0]] = b
        return row

    def _fit(self) -> None:
        screen = self.main.screen()
        fm = self.fontMetrics()
        w, h = fm.horizontalAdvance("字" * 80), fm.lineSpacing() * 36
        if screen is not None:
            free = screen.availableGeometry()
            w, h = min(w, free.width() - 40), min(h, free.height() - 60)
        self.resize(w, h)

    # -- collecting --------------------------------------------------------------------------
    def choose_folders(self) -> bool:
        start = str(self.folders[0]) if self.folders else str(self.main.settings.value("county/folder", "")
                                                                 or Path.home())
        chosen = ask_folders(self.main if not self.isVisible() else self, start)
        if not chosen:
            return False
        self.main.settings.setValue("county/folder", str(chosen[0]))
        self.collect_folders(chosen)
        return True

    def collect_folders(self, folders: Sequence[Union[str, Path]]) -> None:
        """Read ``folders`` afresh (a new collection: its year and format are the units' own)."""
        self.folders = [Path(f) for f in folders]
        self.collection = self.sums = None
        self.model.set_collection(None)
        self._start(None, None, recollect=False)

    def choose_last_units(self) -> None:
        """上年单位名单: last year's units, one a line; those with no report this year become C1."""
        path, _ = QFileDialog.getOpenFileName(self, "选择上年报送单位名单（每行一个单位）", str(Path.home()),
                                              "文本文件 (*.txt);;所有文件 (*)")
        if path:
            self.load_last_units(Path(path))

    def load_last_units(self, path: Path) -> None:
        try:
            self.last_units = read_unit_list(path)
        except ReadError as e:
            QMessageBox.warning(self, "上年单位名单", str(e))
            return
        self.statusBar().showMessage(f"上年单位名单：{len(self.last_units)} 个单位（{path.name}）")
        self.recollect()

    def recollect(self) -> None:
        """重新汇总: read the same folders again, for the same year and format, and say what changed."""
        if not self.folders:
            self.choose_folders()
            return
        c = self.collection
        self._start(c.year if c else None, c.format if c else None, recollect=c is not None)

    def _start(self, year: Optional[int], fmt: Optional[str], recollect: bool) -> None:
        if self.worker is not None or not self.folders:
            return
        job = collect_job(list(self.folders), year, fmt, set(self.written), self.organ, self.last, self.last_units)
        self.folder_label.setText(str(self.folders[0]) + (f" 等 {len(self.folders)} 个文件夹" if len(self.folders) > 1 else ""))
        self.folder_label.setToolTip("\n".join(str(f) for f in self.folders))
        self.statusBar().showMessage(f"正在读取 {len(self.folders)} 个文件夹中的报告…")
        self.worker = Collector(job, self)
        self.worker.done.connect(lambda result: self._collected(result, recollect))
        self.worker.finished.connect(self.worker.deleteLater)
        self._update()
        QTimer.singleShot(300, lambda: self.progress.show() if self.worker is not None else None)
        self.worker.start()

    def _collected(self, result: Union[Collected, str], recollect: bool) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self.progress.hide()
        if isinstance(result, str):
            self.problem = result
            self.statusBar().showMessage(result)
            self._update()
            QMessageBox.warning(self, PAGE_TITLE, result)
            self.collected.emit()
            return
        collection, sums = result
        before, old_sums = self.collection, self.sums
        self.problem = ""
        self.collection, self.sums = collection, sums
        self.model.set_collection(collection)
        self._show_findings(collection)
        self._update()
        self.statusBar().showMessage(f"已读取 {len(collection.units)} 份文件")
        if recollect:
            updated = update_open_aggregate(self.main.document, collection)
            lines = change_lines(old_sums, sums, before, collection)
            head = "重新汇总完成。" + (f"有 {len(lines)} 处变化：" if lines else "汇总数据和各单位的情况都没有变化。")
            if updated:
                head += f"\n编辑器中打开的汇总报告已随之更新 {updated} 个单元格（可以撤销）。"
            self.changes = NotesDialog("重新汇总", head, lines, self)
            self.changes.open()
        self.collected.emit()

    def _show_findings(self, collection: Collection) -> None:
        lines = self.findings.set_findings(collection.findings)
        self.findings.setMaximumHeight(lines * self.findings.fontMetrics().lineSpacing() + 16)

    def _update(self) -> None:
        busy = self.worker is not None
        c = self.collection
        for name, b in self.buttons.items():
            b.setEnabled(not busy and (name in ("选择文件夹", "重新汇总") or c is not None))
        self.buttons["生成汇总报告"].setEnabled(not busy and c is not None and bool(c.summed()))
        if busy:
            self.summary.setText("正在读取…")
        elif c is not None:
            self.summary.setText(summary(c))
        else:
            self.summary.setText(self.problem or "请选择各单位报告所在的文件夹")
        self._count()

    def _count(self) -> None:
        show_count(self.count, self.model.rowCount(), self.proxy.rowCount(), "份")

    def set_filter(self, mode: str) -> None:
        self.proxy.set_mode(mode)
        select_mode(self.filter, mode)
        self._count()

    # -- units -------------------------------------------------------------------------------
    def unit_at(self, index: Union[QModelIndex, QPersistentModelIndex]) -> Optional[Unit]:
        return self.model.unit(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def select_unit(self, path: str) -> bool:
        row = self.model.row_of(path)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.set_filter(ALL)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _finding_chosen(self, item: QListWidgetItem) -> None:
        if not self.select_unit(self.findings.about(item)):
            self.statusBar().showMessage(item.text())

    def open_unit(self, index: Union[QModelIndex, QPersistentModelIndex]) -> bool:
        """Open the unit's file in the editor (asking first about unsaved work there)."""
        unit = self.unit_at(index)
        if unit is None:
            return False
        if unit.report is None:
            self.statusBar().showMessage(f"“{unit.path.name}”未能读取：{unit.problem}")
            return False
        opened = self.main.open_path(str(unit.path))
        if opened:
            self._raise_editor()
        return opened

    def _raise_editor(self) -> None:
        self.main.show()
        self.main.raise_()
        self.main.activateWindow()

    # -- the aggregate -----------------------------------------------------------------------
    def make_aggregate(self, organ: Optional[str] = None, last_path: Optional[str] = None) -> Optional[Report]:
        """生成汇总报告…: ask for the organ (and last year's aggregate), sum the units counted in
        and open the aggregate in the editor as an unsaved report."""
        c = self.collection
        if c is None or c.year is None or not c.format or not c.summed():
            QMessageBox.warning(self, "生成汇总报告", "没有可以汇总的报告")
            return None
        if organ is None:
            dialog = AggregateDialog(c, self.organ, self.last_path, self.last, self)
            if dialog.exec() != AggregateDialog.DialogCode.Accepted:
                return None
            organ, self.last_path, self.last = dialog.organ.text().strip(), dialog.last_path, dialog.last_report
        elif last_path is not None and not self._read_last(last_path):
            return None
        self.organ = organ
        self.main.settings.setValue("county/organ", organ)
        report = aggregate(c.summed(), organ, c.year, c.format, self.last)
        self.sums = aggregate(c.summed(), organ, c.year, c.format, self.last)  # what 重新汇总 compares with
        if not self.main.files.open_report(report, f"已生成 {len(c.summed())} 个单位的汇总报告，请检查后保存"):
            return None
        self._raise_editor()
        return report

    def _read_last(self, path: str) -> bool:
        last = read_last(self, path) if path else None
        if path and last is None:
            return False
        self.last_path, self.last = path, last
        return True

    # -- checklist ---------------------------------------------------------------------------
    def export_checklist(self, path: str = "") -> Optional[Path]:
        """导出问题清单…: the county's checklist workbook, written atomically."""
        if self.collection is None:
            return None
        folder = self.folders[0] if self.folders and self.folders[0].is_dir() else Path.home()
        written = write_checklist(self, self.collection, path, folder)
        if written is not None:
            self.written.add(written)
            self.statusBar().showMessage(f"问题清单已导出到 {written}")
        return written

    def finish(self) -> None:
        """Wait for a collection still being read (the application is quitting: the thread must
        not outlive its window). Closing the desk only hides it; the result still arrives."""
        if self.worker is not None:
            self.worker.wait()
