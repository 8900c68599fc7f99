"""Findings dock, files, recovery, last year, start page and the never-silent excepthook."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Any

from conftest import fixture, township_copy
from helpers import cell_text, type_into, view
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

import main
from core import storage
from core.journal import pending
from gui import errors, recovery
from gui.app import settings, setup_app
from gui.main_window import MainWindow
from gui.start_page import StartPage, default_year


def finding_item(window: MainWindow, key: str) -> QTreeWidgetItem:
    tree = window.findings.tree  # type: ignore[union-attr]
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(0, Qt.ItemDataRole.UserRole + 1) == key:
                return top.child(j)
    raise AssertionError(f"{key} not in the findings dock")


def test_double_click_on_a_finding_selects_its_cell(qtbot: Any, window: MainWindow) -> None:
    assert window.open_path(str(fixture("hongze-district-2024.nianbao")))
    window.navigator.select("1")  # type: ignore[union-attr]
    item = finding_item(window, "L1")
    assert item.text(0).startswith("【错误】")
    tree = window.findings.tree  # type: ignore[union-attr]
    tree.scrollToItem(item)
    where = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # starts with a press
    assert window.editor.current_section() == "3"  # type: ignore[union-attr]
    v = window.editor.views["requests"]  # type: ignore[union-attr]
    assert v.sheet.cell(v.currentIndex()).address == "requests/3.6/natural"  # type: ignore[union-attr]
    assert v.hasFocus()
    assert "✖1" in window.navigator.item(3).text()  # type: ignore[union-attr]
    assert "2019版" in str(v.sheet.index_of("requests/3.6/natural").data(Qt.ItemDataRole.ToolTipRole))


def test_accept_a_warning_with_an_explanation(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    assert window.open_path(str(township_copy(tmp_path)))
    key = "R8@art20_8/fees/amount"
    window.findings.tree.setCurrentItem(finding_item(window, key))  # type: ignore[union-attr]
    assert window.findings.accept_button.isEnabled()  # type: ignore[union-attr]
    assert window.findings.accept_current("  ") is not None  # type: ignore[union-attr]  # an explanation is required
    assert window.findings.accept_current("本单位收费金额单位确为万元") is None  # type: ignore[union-attr]
    item = finding_item(window, key)
    assert item.text(0).startswith("【已说明】")
    assert window.document.report.accepted[key].explanation == "本单位收费金额单位确为万元"  # type: ignore[union-attr]
    v = window.editor.views["art20_8"]  # type: ignore[union-attr]
    cell = v.sheet.cell(v.sheet.index_of("art20_8/fees/amount"))
    assert cell is not None and cell.accepted and cell.severity == ""
    window.undo_action.trigger()
    assert key not in window.document.report.accepted  # type: ignore[union-attr]
    assert finding_item(window, key).text(0).startswith("【提示】")


def test_save_reopen_and_title(qtbot: Any, window: MainWindow, tmp_path: Any, answers: list[Any]) -> None:
    assert window.files.new_blank(2024, "某某镇人民政府")
    v = view(window, "requests")
    type_into(qtbot, v, "requests/1/natural", "12")
    assert window.isWindowModified() and "未命名" in window.windowTitle()
    target = tmp_path / "2024年度.nianbao"
    assert window.files.save_as(str(target))
    assert not window.isWindowModified() and "2024年度.nianbao" in window.windowTitle()
    assert storage.load(target).cells["requests/1/natural"] == 12
    type_into(qtbot, v, "requests/1/natural", "13")
    assert window.files.close_report()  # asks: unsaved work; the test answers "discard"
    assert answers and answers[-1][0] == "关闭报告"
    assert window.document is None and window.central.currentWidget() is window.start_area
    assert window.start.recent.item(0).data(Qt.ItemDataRole.UserRole + 1) == str(target.resolve())
    assert window.open_path(str(target))
    assert cell_text(window.editor.views["requests"], "requests/1/total") == "12"  # type: ignore[union-attr]
    assert not window.isWindowModified()


def test_recover_after_a_crash(qtbot: Any, qapp: QApplication, window: MainWindow, monkeypatch: Any) -> None:
    assert window.files.new_blank(2024, "某某镇人民政府")
    v = view(window, "requests")
    type_into(qtbot, v, "requests/1/natural", "21")
    window.document.flush_autosave()  # type: ignore[union-attr]  # what the 1 s timer does
    assert len(pending()) == 1
    window.document.timer.stop()  # type: ignore[union-attr]
    window.document = None  # the process "dies": nothing is closed or discarded
    second = MainWindow(settings())
    qtbot.addWidget(second)
    monkeypatch.setattr(recovery, "ask", lambda parent, r: recovery.RECOVER)
    assert second.offer_recovery()
    assert second.document is not None and second.document.report.cells["requests/1/natural"] == 21
    assert second.isWindowModified()
    assert len(pending()) == 1  # the recovered work is journalled again, under the new window
    second.document.close()
    assert pending() == []


def test_last_year_values_beside_each_cell(qtbot: Any, window: MainWindow) -> None:
    last = fixture("hongze-district-2023.nianbao")
    assert window.files.new_from_last_year(2024, "", str(last))
    report = window.document.report  # type: ignore[union-attr]
    assert report.last_year is not None and window.isWindowModified()
    assert window.show_last_action.isEnabled()
    window.show_last_action.trigger()
    v = window.editor.views["requests"]  # type: ignore[union-attr]
    cell = v.sheet.cell(v.sheet.index_of("requests/2/natural"))
    assert cell is not None and cell.origin == "carried" and cell.last_text != ""
    assert v.cell_delegate.show_last
    window.files.detach_last_year()
    assert report.last_year is None and not window.show_last_action.isEnabled()
    window.undo_action.trigger()
    assert report.last_year is not None


def test_start_page_year_and_format() -> None:
    assert default_year(datetime.date(2025, 1, 5)) == 2024
    assert default_year(datetime.date(2025, 6, 30)) == 2024
    assert default_year(datetime.date(2025, 7, 1)) == 2025


def test_start_page_names_the_format_of_the_year(qtbot: Any) -> None:
    page = StartPage("某某镇人民政府", ["/tmp/a.nianbao"])
    qtbot.addWidget(page)
    page.year.setValue(2020)
    assert "2019" in page.format_label.text() or "试行" in page.format_label.text()
    page.year.setValue(2024)
    with qtbot.waitSignal(page.new_requested) as got:
        page.new_button.click()
    assert got.args == [2024, "某某镇人民政府"]


def test_unexpected_error_is_logged_shown_and_survived(qtbot: Any, window: MainWindow) -> None:
    assert window.files.new_blank(2024, "某某镇")
    hook = errors.ErrorHook(window, window)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert hook.last_log is not None and "RuntimeError: boom" in hook.last_log.read_text(encoding="utf-8")
    assert hook.dialog is not None and hook.dialog.isVisible()
    assert "已自动保存" in hook.dialog.text() and str(hook.last_log) in hook.dialog.text()
    assert len(pending()) == 1  # the work was journalled
    hook.dialog.close()
    assert window.isVisible()


def test_the_error_dialog_never_claims_an_autosave_that_failed(qtbot: Any, window: MainWindow,
                                                               monkeypatch: Any) -> None:
    assert window.files.new_blank(2024, "某某镇")
    journal = window.document.session.journal
    assert journal is not None
    journal.folder = Path("/proc/no-such-folder")       # cannot be written
    journal.path = journal.folder / "x.nianbao"
    hook = errors.ErrorHook(window, window)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert hook.dialog is not None
    text = hook.dialog.text()
    assert "已自动保存" not in text and "自动保存未成功" in text and "请立即“保存”" in text
    hook.dialog.close()


def test_shipped_cjk_font_and_chinese_qt_dialogs(qapp: QApplication) -> None:
    setup_app(qapp)
    assert "Droid Sans Fallback" in QFontDatabase.families()
    assert "Droid Sans Fallback" in qapp.font().families()
    assert all(QFontMetrics(qapp.font()).inFontUcs4(ord(ch)) for ch in "政府信息公开年度报告表三")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_main_dispatches_editor_or_command_line() -> None:
    assert main.wants_editor([]) and main.wants_editor(["2024.nianbao"])
    assert not main.wants_editor(["check", "a.nianbao"]) and not main.wants_editor(["--help"])


def test_start_page_fills_the_format_after_its_first_frame(qtbot: Any) -> None:
    page = StartPage("某某镇人民政府", [])
    qtbot.addWidget(page)
    assert page.format_label.text() == ""  # templates are not loaded before the page is painted
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.format_label.text() != "")
    assert page.new_button.isEnabled()
