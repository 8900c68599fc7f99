"""File actions of the main window: new, new from last year, open, save, save as, close, recovery,
attaching last year's report. The core does the work (``storage``, ``rollover``, ``journal``);
this module asks the clerk (dialogs, in Chinese) and tells the window what to show."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Optional

# Dialog classes are looked up when first shown (QtWidgets.X): set up, they cost the first window time.
from PySide6 import QtWidgets

from core.paths import EXTENSION
from core.project_errors import ProjectFileError, ReadError
from core.reading import is_project_file, readable_suffixes

if TYPE_CHECKING:  # the project-file machinery loads with the first report, after the window shows
    from core.journal import Journal
    from core.report import Report
    from gui import recovery
    from gui.county_page import CountyDesk
    from gui.document import Document
    from gui.main_window import MainWindow

def _storage() -> ModuleType:
    """``core.storage``, imported on first use: the window shows before the project-file machinery loads."""
    from core import storage

    return storage


def _commands() -> ModuleType:
    from core import commands

    return commands


KIND_NAMES = {EXTENSION: "年报项目文件", ".json": "年报项目文件", ".docx": "Word 文档", ".doc": "Word 文档",
              ".wps": "Word 文档", ".dotx": "Word 文档", ".docm": "Word 文档", ".dotm": "Word 文档", ".dot": "Word 文档",
              ".rtf": "Word 文档", ".odt": "OpenDocument 文档", ".xlsx": "Excel 工作簿", ".xls": "Excel 工作簿",
              ".xlsm": "Excel 工作簿", ".xltx": "Excel 工作簿", ".xltm": "Excel 工作簿", ".xlt": "Excel 工作簿", ".pdf": "PDF 文件", ".ofd": "OFD 版式文件",
              ".txt": "文本", ".text": "文本", ".md": "文本", ".html": "网页", ".htm": "网页", ".mht": "网页",
              ".mhtml": "网页"}
"""What the clerk calls each kind of file; which suffixes are offered comes from ``readable_suffixes``."""
SAVE_FILTER = f"年报项目文件 (*{EXTENSION})"


def open_filter() -> str:
    """The filters of every dialog that opens a report: first all the files the app reads (a
    published .docx or .pdf is as good a start as a project file, and a clerk who knows only
    last year's PDF must see it at once), then each kind, then every file. Built from
    ``core.reading.readable_suffixes`` so a kind the importers learn is offered everywhere."""
    suffixes = readable_suffixes()
    kinds: dict[str, list[str]] = {}
    for suffix in suffixes:
        kinds.setdefault(KIND_NAMES.get(suffix, f"{suffix[1:].upper()} 文件"), []).append(suffix)

    def patterns(group: Sequence[str]) -> str:
        return " ".join(f"*{suffix}" for suffix in group)

    return ";;".join([f"所有可导入的报告 ({patterns(suffixes)})",
                      *(f"{name} ({patterns(group)})" for name, group in kinds.items()), "所有文件 (*)"])


def open_report_path(parent: QtWidgets.QWidget, title: str, folder: str) -> str:
    """Ask for a report to read (any kind ``open_filter`` offers); "" when the clerk cancels."""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, folder, open_filter())
    return path


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # -- helpers -----------------------------------------------------------------------------
    def _warn(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, title, text)

    def _folder(self) -> str:
        recent = self.window.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _show(self, report: Report, path: Optional[Path] = None, unsaved: bool = False,
              journal: Optional[Journal] = None) -> Document:
        from gui.document import Document  # with the session and validation: loaded with the first report

        document = Document(report, path, journal=journal, parent=self.window, unsaved=unsaved)
        self.window.set_document(document)
        if report.organ:
            self.window.settings.setValue("organ", report.organ)
        return document

    # -- new / open --------------------------------------------------------------------------
    def show_start(self) -> None:
        if self.close_report():
            self.window.set_document(None)

    def new_blank(self, year: int, organ: str) -> Optional[Document]:
        if not self.close_report():
            return None
        try:
            from core.registry import form_for_year

            form = form_for_year(year)
        except KeyError as e:
            self._warn("新建报告", str(e).strip("'\""))
            return None
        from core.report import blank_report

        return self._show(blank_report(form, year, organ))

    def new_from_last_year(self, year: int, organ: str, last_path: Optional[str] = None) -> Optional[Document]:
        if last_path is None:
            last_path = open_report_path(self.window, "选择上年的报告文件", self._folder())
            if not last_path:
                return None
        last = self._read_any(last_path, "从上年报告新建")  # a project file or last year's published report
        if last is None:
            return None
        if not self.close_report():
            return None
        try:
            from core.rollover import new_report

            report = new_report(year, organ, last)
        except KeyError as e:
            self._warn("从上年报告新建", str(e).strip("'\""))
            return None
        return self._show(report, unsaved=True)

    def open_dialog(self) -> None:
        path = open_report_path(self.window, "打开报告", self._folder())
        if path:
            self.open_path(path)

    def open_report(self, report: Report, note: str) -> bool:
        """Show a report made in memory (the county's aggregate) as unsaved work, asking first
        about unsaved work in the open one; the clerk then saves and exports it as usual."""
        if not self.close_report():
            return False
        self._show(report, unsaved=True)
        self.window.show_message(note)
        return True

    def county_desk(self) -> Optional[CountyDesk]:
        """文件 → 汇总各单位报告…: the county's desk, in a window of its own (``gui.county_page``)."""
        from gui.county_page import desk

        return desk(self.window)

    def open_path(self, path: str) -> bool:
        if self.window.document is not None and self.window.document.path is not None \
                and self.window.document.path.resolve() == Path(path).resolve():
            return True
        if not is_project_file(path):
            # A published report (Word, PDF, Excel, web text): read it; it is saved as a project file.
            imported = self._read_any(path, "打开报告")
            if imported is None or not self.close_report():
                return False
            self._show(imported, unsaved=True)
            self.window.show_message(f"已读取“{Path(path).name}”，请检查后另存为年报项目文件")
            return True
        try:
            report = _storage().load(path, tidy=True)   # the clerk opens it to work on it
        except ProjectFileError as e:
            self._warn("打开报告", str(e))
            return False
        if not self.close_report():
            return False
        self._show(report, Path(path))
        self.window.add_recent(Path(path))
        return True

    # -- save / close ------------------------------------------------------------------------
    def save(self) -> bool:
        doc = self.window.document
        if doc is None:
            return False
        if doc.path is None:
            return self.save_as()
        return self._save_to(doc, doc.path)

    def save_as(self, path: Optional[str] = None) -> bool:
        doc = self.window.document
        if doc is None:
            return False
        if path is None:
            suggested = Path(self._folder()) / f"{doc.report.year}年度{doc.report.organ or '报告'}{EXTENSION}"
            # Project files only: a name ending .docx would get a project file, not a Word file.
            path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, "另存为", str(suggested), SAVE_FILTER)
            if not path:
                return False
        return self._save_to(doc, Path(path))

    def _save_to(self, doc: Document, path: Path) -> bool:
        try:
            saved = doc.save(path)
        except (ProjectFileError, OSError, ValueError) as e:
            self._warn("保存", str(e))
            return False
        self.window.add_recent(saved)
        self.window.show_message(f"已保存到 {saved}")
        self.window.update_title()
        return True

    def close_report(self) -> bool:
        """Close the open report, asking first when it has unsaved work; False if the clerk cancels."""
        doc = self.window.document
        if doc is None:
            return True
        if doc.modified:
            answer = QtWidgets.QMessageBox.question(
                self.window, "关闭报告", "报告有尚未保存的修改。是否先保存？",
                QtWidgets.QMessageBox.StandardButton.Save | QtWidgets.QMessageBox.StandardButton.Discard
                | QtWidgets.QMessageBox.StandardButton.Cancel, QtWidgets.QMessageBox.StandardButton.Save)
            if answer == QtWidgets.QMessageBox.StandardButton.Cancel:
                return False
            if answer == QtWidgets.QMessageBox.StandardButton.Save and not self.save():
                return False
        doc.close()
        self.window.set_document(None)
        return True

    # -- last year ---------------------------------------------------------------------------
    def attach_last_year(self, path: Optional[str] = None) -> bool:
        doc = self.window.document
        if doc is None:
            return False
        if path is None:
            path = open_report_path(self.window, "选择上年的报告文件", self._folder())
            if not path:
                return False
        last = self._read_any(path, "附加上年报告")
        if last is None:
            return False
        problem = doc.execute(_commands().SetLastYear(last))  # embedded on save: the file travels whole
        if problem:
            self._warn("附加上年报告", problem)
            return False
        self.window.show_message(f"已附加上年报告：{Path(path).name}（{last.year} 年度）")
        return True

    def _read_any(self, path: str, title: str) -> Optional[Report]:
        """A project file, or a published report (Word, PDF, Excel, web text) read by the importers."""
        from core.reading import read_report

        try:
            return read_report(path, follow=False)
        except ReadError as e:
            self._warn(title, str(e))
            return None

    def import_report(self) -> bool:
        """文件 → 导入上年报告: read a published report with a preview, then use it as last year's
        (carry-overs and cross-year checks) or open it as a report (to check or re-export it)."""
        from gui.import_dialog import LAST_YEAR, OPEN, ask

        doc = self.window.document
        choice, report = ask(self.window, doc.report.year - 1 if doc is not None else None)
        if report is None:
            return False
        if choice == LAST_YEAR and doc is not None:
            problem = doc.execute(_commands().SetLastYear(report))
            if problem:
                self._warn("导入上年报告", problem)
                return False
            self.window.show_message(f"已将导入的 {report.year} 年度报告作为上年报告，跨年度核对已开启")
            return True
        if not self.close_report():
            return False
        if choice == LAST_YEAR:  # no report open: start next year's from it, carry-overs filled
            from core.rollover import new_report

            self._show(new_report(report.year + 1, report.organ, report), unsaved=True)
            self.window.show_message(f"已根据导入的 {report.year} 年度报告新建 {report.year + 1} 年度报告")
        elif choice == OPEN:
            self._show(report, unsaved=True)
            self.window.show_message("已打开导入的报告（尚未保存为项目文件）")
        return True

    def detach_last_year(self) -> None:
        doc = self.window.document
        if doc is not None and doc.report.last_year is not None:
            doc.execute(_commands().SetLastYear(None))
            self.window.show_last_action.setChecked(False)
            self.window.set_show_last(False)

    # -- recovery ----------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the newest autosave a crash left; True when one was recovered and opened."""
        from gui import recovery

        for found in recovery.pending():
            choice = recovery.ask(self.window, found)
            if choice == recovery.LATER:
                return False
            if choice == recovery.DISCARD:
                recovery.discard(found)
                continue
            return self.recover(found)
        return False

    def recover(self, found: recovery.Recovery) -> bool:
        from gui import recovery

        report, problem = recovery.load(found)
        if report is None:
            self._warn("恢复未保存的工作", problem)
            return False
        if not self.close_report():
            return False
        source = Path(found.source) if found.source and Path(found.source).exists() else None
        document = self._show(report, source, unsaved=True)
        journal = document.session.journal
        if journal is not None:
            journal.record(report)
            journal.flush()
            if journal.path != found.journal:
                recovery.discard(found)
        self.window.show_message("已恢复自动保存的内容，请检查后保存")
        return True
