"""The main window: menus and actions, the undo group, the docks, and one open report at a time.

The window wires pieces together and holds no edit logic: the report's pages (``ReportEditor``),
the navigator and the findings dock each get the document or the callables they need. File
handling (open, save, new, rollover, recovery) is in ``gui.files``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QMenu, QScrollArea, QStackedWidget, QWidget

from gui import files
from gui.start_page import StartPage

if TYPE_CHECKING:  # the report's pages load with the first report, after the window is on screen
    from PySide6.QtCore import Qt

    from core.session import Executed
    from gui.document import Document
    from gui.findings_panel import FindingsPanel
    from gui.navigator import Navigator
    from gui.report_editor import ReportEditor

APP_TITLE = "年报编辑器"
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: Optional[Document] = None
        self.editor: Optional[ReportEditor] = None
        self.navigator: Optional[Navigator] = None
        self.findings: Optional[FindingsPanel] = None
        self.undo_group = QUndoGroup(self)
        self.setObjectName("MainWindow")
        self.central = QStackedWidget()
        self.start = StartPage(str(settings.value("organ", "") or ""), self.recent_files())
        start_area = QScrollArea()  # the start page scrolls rather than set the window's least height
        start_area.setWidgetResizable(True)
        start_area.setFrameShape(QFrame.Shape.NoFrame)
        start_area.setWidget(self.start)
        self.start_area = start_area
        self.central.addWidget(start_area)
        start_area.setFocusProxy(self.start.organ)  # typing starts in 机关名称, not in the scroll area
        self.setCentralWidget(self.central)
        self.nav_dock: Optional[QDockWidget] = None  # made with the first report: see _docks
        self.findings_dock: Optional[QDockWidget] = None
        self.files = files.FileActions(self)
        self._build_menus()
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.start.new_requested.connect(self.files.new_blank)
        self.start.rollover_requested.connect(self.files.new_from_last_year)
        self.start.open_requested.connect(self.files.open_dialog)
        self.start.recent_requested.connect(self.open_path)
        self.start.county_requested.connect(self.files.county_desk)
        self.fit_to_screen(1280, 860)
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self._update_actions()
        self.update_title()
        self.fit_to_screen()

    def fit_to_screen(self, width: int = 0, height: int = 0) -> None:
        """Never larger than the screen's free area (a 1366×768 laptop, or 150 % scaling where Qt
        sees 910×512): a saved or default size that does not fit is cut down and moved on screen."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        w = min(width or self.width(), free.width() - frame.width())
        h = min(height or self.height(), free.height() - frame.height())
        if (w, h) != (self.width(), self.height()):
            self.resize(max(w, 200), max(h, 200))
        x = min(max(self.x(), free.left()), free.right() - self.frameGeometry().width() + 1)
        y = min(max(self.y(), free.top()), free.bottom() - self.frameGeometry().height() + 1)
        if (x, y) != (self.x(), self.y()):
            self.move(max(x, free.left()), max(y, free.top()))

    def _docks(self) -> tuple[QDockWidget, QDockWidget]:
        """The navigator and findings docks, made when the first report is shown. The start page
        has no use for them, and naming their areas loads PySide6's whole ``Qt`` namespace (about a
        hundred enums, 10 ms frozen): that belongs after the first window, not before it
        (tests/gui/test_first_window.py holds the line)."""
        if self.nav_dock is None or self.findings_dock is None:
            from PySide6.QtCore import Qt

            self.nav_dock = self._dock("目录", "navigatorDock", Qt.DockWidgetArea.LeftDockWidgetArea)
            self.findings_dock = self._dock("检查结果", "findingsDock", Qt.DockWidgetArea.BottomDockWidgetArea)
            for dock in (self.nav_dock, self.findings_dock):
                self.view_menu.insertAction(self.next_finding_action, dock.toggleViewAction())
        return self.nav_dock, self.findings_dock

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        if not self.restoreDockWidget(dock):  # where the clerk left it last time (restoreState), else
            self.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: object = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence):
            # setShortcuts, not setShortcut: resolving the latter's overloads loads the Qt namespace.
            action.setShortcuts([shortcut])
        elif shortcut is not None:  # a QKeySequence.StandardKey: every binding the platform has
            action.setShortcuts(shortcut)  # type: ignore[call-overload]
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu("文件(&F)")
        self._action(f, "新建(&N)…", self.files.show_start, QKeySequence.StandardKey.New)
        self._action(f, "打开(&O)…", self.files.open_dialog, QKeySequence.StandardKey.Open)
        self.import_action = self._action(f, "导入上年报告(&I)…", self.files.import_report, QKeySequence("Ctrl+I"))
        self._action(f, "汇总各单位报告(&U)…", self.files.county_desk)
        self.recent_menu = f.addMenu("最近打开(&R)")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self.save_action = self._action(f, "保存(&S)", self.files.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(f, "另存为(&A)…", self.files.save_as, QKeySequence("Ctrl+Shift+S"))
        self.close_action = self._action(f, "关闭报告(&C)", self.files.close_report, QKeySequence("Ctrl+W"))
        f.addSeparator()
        self.export_action = self._action(f, "导出(&E)…", self.export_report, QKeySequence("Ctrl+E"))
        self.preview_action = self._action(f, "打印预览(&V)…", self.print_preview, QKeySequence.StandardKey.Print)
        f.addSeparator()
        self._action(f, "退出(&X)", self.close, QKeySequence("Ctrl+Q"))

        e = bar.addMenu("编辑(&E)")
        self.undo_action = self.undo_group.createUndoAction(self, "撤销")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, "重做")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        e.addAction(self.undo_action)
        e.addAction(self.redo_action)

        v = self.view_menu = bar.addMenu("查看(&V)")
        self.show_last_action = self._action(v, "显示上年数据和变化(&L)", self.set_show_last,
                                             QKeySequence("Ctrl+L"), checkable=True)
        v.addSeparator()
        self.next_finding_action = self._action(v, "转到检查结果(&F)", self.focus_findings, QKeySequence("F8"))

        y = bar.addMenu("上年报告(&Y)")
        self.attach_action = self._action(y, "附加上年报告(&A)…", self.files.attach_last_year)
        self.detach_action = self._action(y, "移除上年报告(&R)", self.files.detach_last_year)

    # -- documents ---------------------------------------------------------------------------
    def set_document(self, document: Optional[Document]) -> None:
        """Show ``document`` (None: back to the start page). The previous one must be closed."""
        if self.editor is not None:
            self.central.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        if self.document is not None:
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.deleteLater()
        self.document = document
        if document is None:
            self.navigator = self.findings = None
            for dock in (self.nav_dock, self.findings_dock):
                if dock is not None:
                    dock.hide()
            self.start.set_recent(self.recent_files())
            self.central.setCurrentWidget(self.start_area)
            self._update_actions()
            self.update_title()
            return
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        form = document.report.form
        from PySide6.QtCore import Qt

        from gui.findings_panel import FindingsPanel
        from gui.navigator import Navigator
        from gui.report_editor import ReportEditor

        self.editor = ReportEditor(document)
        self.editor.message.connect(self.show_message)
        self.editor.jump_requested.connect(self.jump_to)
        self.central.addWidget(self.editor)
        self.central.setCurrentWidget(self.editor)
        self.navigator = Navigator(form)
        self.navigator.section_chosen.connect(self.editor.show_section)
        nav_dock, findings_dock = self._docks()
        nav_dock.setWidget(self.navigator)
        self.findings = FindingsPanel(form, document.execute)
        self.findings.jump.connect(self.jump_to)
        self.findings.jump_text.connect(self.jump_to_text)
        self.findings.set_notes(document.report.notes)
        findings_dock.setWidget(self.findings)
        nav_dock.show()
        findings_dock.show()
        if not self.settings.contains("state"):
            fm = self.fontMetrics()
            self.resizeDocks([nav_dock], [fm.horizontalAdvance("字" * 23) + 30], Qt.Orientation.Horizontal)
            self.resizeDocks([findings_dock], [min(fm.lineSpacing() * 14, self.height() // 3)], Qt.Orientation.Vertical)
        document.edited.connect(self._edited)
        document.autosave_failed.connect(self.show_message)
        document.undo_stack.cleanChanged.connect(self.update_title)
        self._refresh_findings()
        from gui.report_editor import INFO_PAGE

        self.navigator.select(INFO_PAGE if document.report.texts.get("preamble") is None
                              and not document.report.organ else "3")
        if self.show_last_action.isChecked():
            self.editor.set_show_last(True)
        self._update_actions()
        self.update_title()
        self.fit_to_screen()

    def _edited(self, executed: Executed) -> None:
        self.show_message("")  # a refusal (or an old paste note) is stale once an edit went through
        self._refresh_findings(executed.findings)
        self._update_actions()
        self.update_title()

    def _refresh_findings(self, findings: Optional[list] = None) -> None:  # type: ignore[type-arg]
        if self.document is None or self.findings is None or self.navigator is None:
            return
        found = self.document.findings if findings is None else findings
        self.findings.set_findings(found)
        from gui.findings_panel import badge_counts

        self.navigator.set_badges(badge_counts(self.document.report.form, found))

    def jump_to(self, section: str, address: str) -> None:
        if self.editor is None or self.navigator is None:
            return
        info = self.document.report.form.cells.get(address) if self.document and address else None
        if info is not None:  # a cell (a request of the ledger is "ledger/<n>", on its own page)
            section = info.table.section
        if section:
            self.navigator.select(section)
        self.editor.select(section, address)

    def jump_to_text(self, key: str, start: int, end: int) -> None:
        """Show the sentence a finding is about (the finding's span)."""
        if self.editor is None or self.navigator is None:
            return
        self.navigator.select("preamble" if key == "preamble" else key.split(".", 1)[0])
        self.editor.select_text(key, start, end)

    def export_report(self) -> None:
        """导出: docx / PDF / xlsx, refused with the errors listed unless exported as a draft."""
        from gui.export_dialog import ExportDialog

        if self.document is not None:
            ExportDialog(self.document.session, self, self.settings).open()

    def print_preview(self) -> None:
        """打印预览: the PDF export's pages, printed through the system's printer dialog."""
        from gui.print_preview import PrintPreview

        if self.document is not None:
            PrintPreview(self.document.session, self).exec()

    def focus_findings(self) -> None:
        if self.findings is not None and self.findings_dock is not None:
            self.findings_dock.show()
            self.findings.tree.setFocus()

    def set_show_last(self, show: bool) -> None:
        if self.editor is not None:
            self.editor.set_show_last(show)

    def show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)

    def update_title(self, _clean: bool = False) -> None:
        doc = self.document
        if doc is None:
            self._set_title(APP_TITLE, False)
            return
        name = doc.path.name if doc.path else f"未命名（{doc.report.year} 年度）"
        self._set_title(f"{name}[*] — {doc.report.display_title()} — {APP_TITLE}", doc.modified)

    def _set_title(self, title: str, modified: bool) -> None:
        """Title and the modified mark, each only when it changed: Qt hands the modified mark to the
        window system again even when it is already set (a third of a millisecond on every edit)."""
        self.setWindowTitle(title)  # (Qt returns at once for the same title)
        if self.isWindowModified() != modified:
            self.setWindowModified(modified)

    def _update_actions(self) -> None:
        has = self.document is not None
        for a in (self.save_action, self.save_as_action, self.close_action, self.attach_action, self.export_action,
                  self.preview_action):
            a.setEnabled(has)
        last = has and self.document is not None and self.document.report.last_year is not None
        self.detach_action.setEnabled(bool(last))
        self.show_last_action.setEnabled(bool(last))

    # -- recent files and settings -----------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        return [str(p) for p in paths if p]

    def add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        paths = [text] + [p for p in self.recent_files() if p != text]
        self.settings.setValue("recent", paths[:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent_files()
        for i, p in enumerate(paths, 1):
            action = self.recent_menu.addAction(f"&{i} {p.replace('&', '&&')}")  # "&" in a path is text
            action.triggered.connect(lambda _checked=False, p=p: self.open_path(p))
        if not paths:
            self.recent_menu.addAction("（还没有）").setEnabled(False)

    def open_path(self, path: str) -> bool:
        return self.files.open_path(path)

    def offer_recovery(self) -> bool:
        return self.files.offer_recovery()

    def emergency_autosave(self) -> Optional[str]:
        """Called by the excepthook: put what is in memory into the journal now. "" when it was
        written, None when no report is open, else the journal's own words for why not."""
        if self.document is None or self.document.session.journal is None:
            return None
        journal = self.document.session.journal
        journal.record(self.document.report)
        return "" if journal.flush() else (journal.problem or "原因不明")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.close_report():
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        if self.nav_dock is not None:  # without its docks, the saved state would forget their places
            self.settings.setValue("state", self.saveState())
        self.settings.sync()
        event.accept()
