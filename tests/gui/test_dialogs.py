"""The file dialogs and labels a new clerk meets first: Qt's file dialog in Chinese, every dialog
that opens a report showing Word and PDF files as readily as project files, and label mnemonics
that work instead of showing "(&R)" as typed.

The dialogs are the real ones, opened through the window's actions; a timer looks at the modal
file dialog (offscreen it is Qt's widget dialog, as on a desktop without a native one) and
cancels it."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QListView, QWidget

from core.reading import PROJECT_SUFFIXES, readable_suffixes
from gui.export_dialog import ExportDialog
from gui.import_dialog import ImportDialog
from gui.main_window import MainWindow

MNEMONIC = re.compile(r"&[^&\s]")
FILES = ("a.docx", "b.PDF", "c.nianbao", "d.png", "e.html")


def file_dialog(qtbot: Any, open_it: Callable[[], object]) -> dict[str, Any]:
    """Run ``open_it`` (which shows a file dialog and waits for it); return what the dialog
    showed: its labels by object name, its filters, the one selected, the files it lists
    (name → the 类型 column)."""
    seen: dict[str, Any] = {"tries": 0}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            seen["tries"] += 1
            if seen["tries"] < 500:
                QTimer.singleShot(10, look)
            return
        try:
            seen["labels"] = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
            seen["filters"] = dialog.nameFilters()
            seen["selected"] = dialog.selectedNameFilter()
            listing = dialog.findChild(QListView, "listView")
            assert listing is not None
            model = listing.model()
            qtbot.waitUntil(lambda: model.rowCount(listing.rootIndex()) > 0, timeout=5000)
            qtbot.wait(100)  # the folder is read in the background: let it finish
            root = listing.rootIndex()
            seen["files"] = {model.index(row, 0, root).data(): model.index(row, 2, root).data()
                             for row in range(model.rowCount(root))}
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    open_it()
    assert "filters" in seen, "no file dialog was shown"
    return seen


def patterns(name_filter: str) -> list[str]:
    """``名称 (*.a *.b)`` → ``["*.a", "*.b"]``."""
    match = re.fullmatch(r"(.+) \(([^()]*)\)", name_filter)
    assert match, name_filter
    return match.group(2).split()


def test_qt_file_dialog_speaks_chinese(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    """PySide6's qtbase_zh_CN.qm lacks Qt 6's "&Look in:" and "Files of &type:", and has
    "Folder" under the context Qt 5 used: those labels of every file dialog, and the type of
    each folder it lists, stayed English until the translator supplied them."""
    gc.collect()  # the translator must outlive the Python names that made it
    (tmp_path / "c.nianbao").write_bytes(b"")
    (tmp_path / "子文件夹").mkdir()
    window.add_recent(tmp_path / "c.nianbao")
    seen = file_dialog(qtbot, window.files.open_dialog)
    labels = seen["labels"]
    assert "查找范围" in labels["lookInLabel"], labels
    assert "文件类型" in labels["fileTypeLabel"], labels
    assert "文件名称" in labels["fileNameLabel"], labels
    for text in labels.values():  # Chinese, with the mnemonic the Chinese way: 查找范围(&L)：
        assert not re.search(r"[A-Za-z]", re.sub(r"\(&[A-Z]\)", "", text)), labels
        assert MNEMONIC.search(text), labels
    assert seen["files"]["子文件夹"] == "文件夹", seen["files"]
    # Any text Qt has since given a mnemonic is translated, not only the file dialog's.
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "文件类型(&T)："
    assert QCoreApplication.translate("QFileDialog", "Nothing &like this") == "Nothing &like this"
    assert QCoreApplication.translate("QFileDialog", "Back") == "后退"


def test_every_dialog_that_opens_a_report_shows_all_it_reads(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                             monkeypatch: Any) -> None:
    for name in FILES:
        (tmp_path / name).write_bytes(b"")
    window.add_recent(tmp_path / "c.nianbao")  # the dialogs open in the recent file's folder
    monkeypatch.chdir(tmp_path)  # the import dialog's opens in the current folder

    def import_pick() -> None:
        dialog = ImportDialog(window)
        qtbot.addWidget(dialog)
        dialog.pick()

    def attach() -> None:
        assert window.files.new_blank(2024, "某某镇")
        window.files.attach_last_year()

    readable = {f"*{suffix}" for suffix in readable_suffixes()}
    assert {f"*{suffix}" for suffix in PROJECT_SUFFIXES} <= readable
    assert {"*.docx", "*.pdf", "*.xlsx", "*.html", "*.txt"} <= readable
    opens = {"打开": window.files.open_dialog, "从上年报告新建": lambda: window.files.new_from_last_year(2025, "某某镇"),
             "附加上年报告": attach, "导入上年报告": import_pick}
    for what, open_it in opens.items():
        seen = file_dialog(qtbot, open_it)
        filters = seen["filters"]
        assert filters[0].startswith("所有可导入的报告 (") and set(patterns(filters[0])) == readable, (what, filters)
        assert seen["selected"] == filters[0], what
        kinds = [p for f in filters[1:-1] for p in patterns(f)]
        assert sorted(kinds) == sorted(readable), (what, filters)  # each kind once, none missing
        assert filters[-1] == "所有文件 (*)", (what, filters)
        assert set(seen["files"]) == {"a.docx", "b.PDF", "c.nianbao", "e.html"}, (what, seen["files"])


def test_save_as_offers_project_files_only(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    """Saving writes a project file whatever the name: a .docx filter there would invite one."""
    window.add_recent(tmp_path / "c.nianbao")
    (tmp_path / "c.nianbao").write_bytes(b"")
    assert window.files.new_blank(2024, "某某镇")
    seen = file_dialog(qtbot, window.files.save_as)
    assert seen["filters"] == ["年报项目文件 (*.nianbao)"]


def plain(label: QLabel) -> bool:
    """Shown as plain text, where "&" marks a mnemonic (in rich text it starts an entity: &nbsp;)."""
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text()))


def unbound_mnemonics(top: QWidget) -> list[str]:
    """Labels showing a mnemonic with no buddy to take it: Qt then prints the "&" as typed."""
    return [label.text() for label in top.findChildren(QLabel)
            if plain(label) and MNEMONIC.search(label.text()) and label.buddy() is None]


def test_label_mnemonics_have_a_buddy(qtbot: Any, window: MainWindow) -> None:
    window.start.set_recent([str(Path.home() / "2023年度.nianbao")])
    assert unbound_mnemonics(window) == []
    qtbot.keyClick(window.start.organ, "r", Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.start.recent  # Alt+R: the recent list

    assert window.files.new_blank(2024, "某某镇")
    assert unbound_mnemonics(window) == []
    document = window.document
    assert document is not None
    export = ExportDialog(document.session, window)
    qtbot.addWidget(export)
    imports = ImportDialog(window)
    qtbot.addWidget(imports)
    assert unbound_mnemonics(export) == [] and unbound_mnemonics(imports) == []
