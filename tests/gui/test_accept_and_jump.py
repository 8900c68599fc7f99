"""Two things a clerk does from the findings dock, done with real clicks and keys: accept a warning
by writing the reason in the dialog (it must reach the 差异说明 annex), and jump to the sentence a
prose finding is about (it must be on screen, selected, with the keyboard in it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import township_copy
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit, QScrollArea
from test_findings_files import finding_item

from core.commands import SetCell, SetText
from core.prose.annex import annex_text
from gui.findings_panel import AcceptDialog
from gui.main_window import MainWindow

REASON = "本单位收费金额单位确为万元，含代收的不动产登记费"


def test_accept_button_asks_for_the_reason_and_the_annex_prints_it(qtbot: Any, window: MainWindow,
                                                                  tmp_path: Path) -> None:
    assert window.open_path(str(township_copy(tmp_path)))
    panel = window.findings
    assert panel is not None and window.document is not None
    key = "R8@art20_8/fees/amount"
    panel.tree.setCurrentItem(finding_item(window, key))
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AcceptDialog), dialog
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append("disabled" if not ok.isEnabled() else "enabled")  # no reason yet: 确定 is off
        box = dialog.findChild(QPlainTextEdit)
        assert box is not None
        box.insertPlainText(REASON)  # Chinese arrives through the input method as committed text
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)  # the real button, as clicked
    assert seen == ["disabled"]
    accepted = window.document.report.accepted[key]
    assert accepted.explanation == REASON
    assert finding_item(window, key).text(0).startswith("【已说明】")
    assert REASON in annex_text(window.document.report, window.document.findings)
    window.undo_action.trigger()  # undoable like every edit
    assert key not in window.document.report.accepted


def test_cancel_accepts_nothing(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    assert window.open_path(str(township_copy(tmp_path)))
    panel = window.findings
    assert panel is not None and window.document is not None
    panel.tree.setCurrentItem(finding_item(window, "R8@art20_8/fees/amount"))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AcceptDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert not window.document.report.accepted


def test_jump_to_a_prose_finding_shows_the_sentence_with_the_keyboard_in_it(qtbot: Any, window: MainWindow) -> None:
    window.resize(1000, 600)  # small enough that the sentence's page must scroll
    assert window.files.new_blank(2024, "某某镇人民政府") is not None
    document = window.document
    assert document is not None and window.editor is not None and window.findings is not None
    assert document.execute(SetCell("requests/1/natural", 5)) is None
    filler = "".join(f"第{i}项工作按计划推进，各项制度落实到位。\n" for i in range(1, 40))
    key = "1.5"
    assert document.execute(SetText(key, filler + "全年共收到政府信息公开申请12件。")) is None
    prose = [f for f in document.findings if f.span is not None and f.span[0] == key]
    assert prose, [f.message for f in document.findings]
    f = prose[0]
    _, start, end = f.span  # type: ignore[misc]
    window.navigator.select("3")  # type: ignore[union-attr]  # somewhere else first
    tree = window.findings.tree
    tree.setCurrentItem(finding_item(window, f.key))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on the finding, keyboard alone
    qtbot.waitUntil(lambda: _sentence_on_screen(window, key), timeout=2000)
    editor = window.editor.text_editors[key]
    assert QApplication.focusWidget() is editor.edit
    text = editor.edit.toPlainText()
    assert editor.edit.textCursor().selectedText() == text[start:end]


def _sentence_on_screen(window: MainWindow, key: str) -> bool:
    """The selected sentence's line lies inside the visible part of its page."""
    assert window.editor is not None
    editor = window.editor.text_editors[key]
    if not editor.edit.isVisible():
        return False
    page = editor.parentWidget()
    while page is not None and not isinstance(page, QScrollArea):
        page = page.parentWidget()
    assert page is not None
    rect = editor.edit.cursorRect()
    if not editor.edit.viewport().rect().contains(rect.center()):
        return False
    centre = editor.edit.viewport().mapTo(page.viewport(), rect.center())
    return page.viewport().rect().contains(centre) and page.viewport().rect().contains(centre + QPoint(0, rect.height() // 2))
