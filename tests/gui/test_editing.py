"""The real window, driven as a clerk would: type, refuse, paste, undo/redo, move with the keyboard."""

from __future__ import annotations

from typing import Any

from helpers import cell_text, type_into, view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from core.values import NA
from gui.main_window import MainWindow


def new_report(window: MainWindow) -> None:
    assert window.files.new_blank(2024, "某某镇人民政府") is not None


def test_typing_updates_totals_findings_and_badges(qtbot: Any, window: MainWindow) -> None:
    new_report(window)
    v = view(window, "requests")
    before = {f.key for f in window.document.findings}  # type: ignore[union-attr]
    assert "R5c@requests" in before
    type_into(qtbot, v, "requests/1/natural", "7")
    type_into(qtbot, v, "requests/1/commercial", "5")
    report = window.document.report  # type: ignore[union-attr]
    assert report.cells["requests/1/natural"] == 7
    assert cell_text(v, "requests/1/total") == "12"
    after = {f.key for f in window.document.findings}  # type: ignore[union-attr]
    assert "R5c@requests" not in after
    shown = {window.findings.tree.topLevelItem(i).text(0) for i in range(window.findings.tree.topLevelItemCount())}  # type: ignore[union-attr]
    assert any("三、收到和处理" in s for s in shown)
    assert window.isWindowModified()


def test_enter_and_tab_move_through_inputs_skipping_totals(qtbot: Any, window: MainWindow) -> None:
    new_report(window)
    v = view(window, "requests")
    type_into(qtbot, v, "requests/1/natural", "1")
    assert v.sheet.cell(v.currentIndex()).address == "requests/1/commercial"  # type: ignore[union-attr]
    type_into(qtbot, v, "requests/1/other", "2", key=Qt.Key.Key_Tab)
    assert v.sheet.cell(v.currentIndex()).address == "requests/2/natural"  # type: ignore[union-attr]
    qtbot.keyClick(v, Qt.Key.Key_Up)
    assert v.sheet.cell(v.currentIndex()).address == "requests/1/natural"  # type: ignore[union-attr]
    v.select_address("requests/1/other")
    qtbot.keyClick(v, Qt.Key.Key_Right)  # the total is computed: stay
    assert v.sheet.cell(v.currentIndex()).address == "requests/1/other"  # type: ignore[union-attr]
    assert not v.sheet.flags(v.sheet.index_of("requests/1/total")) & Qt.ItemFlag.ItemIsEditable


def test_bad_input_is_refused_at_the_cell(qtbot: Any, window: MainWindow) -> None:
    new_report(window)
    v = view(window, "requests")
    type_into(qtbot, v, "requests/1/natural", "abc")
    assert "不是数字" in window.status.text()
    assert window.document.report.cells["requests/1/natural"] is None  # type: ignore[union-attr]
    type_into(qtbot, v, "requests/1/natural", "-3")
    assert "不能为负数" in window.status.text()
    type_into(qtbot, v, "requests/1/natural", "1.5")
    assert "不是整数" in window.status.text()
    # nothing else is stored in its place (refusing the "5" used to store the "1." before it)
    assert window.document.report.cells["requests/1/natural"] is None  # type: ignore[union-attr]
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "1.5"  # Enter did not commit it
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    type_into(qtbot, v, "requests/1/natural", "99999999999")
    assert "数值过大" in window.status.text()
    assert window.document.report.cells["requests/1/natural"] is None  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_into(qtbot, v, "requests/1/natural", "15")
    assert window.document.report.cells["requests/1/natural"] == 15  # type: ignore[union-attr]
    assert window.status.text() == ""  # the refusal is gone once a valid value went in
    # the model refuses text that reaches it some other way (e.g. an editor without validator)
    assert not v.sheet.setData(v.sheet.index_of("requests/2/natural"), "十二")
    assert window.document.report.cells["requests/2/natural"] is None  # type: ignore[union-attr]
    type_into(qtbot, v, "requests/2/natural", "/")
    assert window.document.report.cells["requests/2/natural"] is NA  # type: ignore[union-attr]
    v.select_address("requests/2/natural")
    qtbot.keyClick(v, Qt.Key.Key_Delete)
    assert window.document.report.cells["requests/2/natural"] is None  # type: ignore[union-attr]


def test_paste_block_is_one_undo_step_and_reports_misfits(qtbot: Any, window: MainWindow) -> None:
    new_report(window)
    v = view(window, "requests")
    v.select_address("requests/1/natural")
    result = v.paste_text("1\t2\t3\r\n4\tx\t6\r\n")
    report = window.document.report  # type: ignore[union-attr]
    assert [report.cells[f"requests/1/{c}"] for c in ("natural", "commercial", "research")] == [1, 2, 3]
    assert report.cells["requests/2/natural"] == 4 and report.cells["requests/2/research"] == 6
    assert report.cells["requests/2/commercial"] is None
    assert len(result.problems) == 1 and "第2行第2列" in result.problems[0]
    assert "第2行第2列" in v.paste_report.informativeText()  # every refused cell, in a box of its own
    v.paste_report.close()
    assert "1 个未粘贴" in window.status.text()
    assert cell_text(v, "requests/1/total") == "6"
    assert window.document.undo_stack.count() == 1  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert all(report.cells[f"requests/{r}/natural"] is None for r in ("1", "2"))
    assert cell_text(v, "requests/1/total") == ""
    # a block wider than the table: the extra cells are reported, not dropped silently
    v.select_address("requests/1/legal")
    result = v.paste_text("1\t2\t3\t4")
    assert report.cells["requests/1/legal"] == 1 and report.cells["requests/1/other"] == 2
    assert len(result.problems) == 2 and any("自动合计" in p for p in result.problems)
    v.select_address("requests/1/natural")
    many = v.paste_text("\n".join("x\tx\tx\tx\tx" for _ in range(6)))
    assert len(many.problems) > 12 and "……" in many.summary()  # the status line is cut …
    assert v.paste_report.detailedText().count("\n") == len(many.problems) - 1  # … the box is not
    v.paste_report.close()


def test_undo_redo_cells_and_text(qtbot: Any, window: MainWindow) -> None:
    new_report(window)
    v = view(window, "requests")
    type_into(qtbot, v, "requests/1/natural", "9")
    window.navigator.select("5")
    page = window.editor.narratives["5"]  # type: ignore[union-attr]
    editor = page.editors["5"].edit
    editor.setFocus()
    for chunk in ("存在", "的", "问题"):  # as an input method commits Chinese: a few characters at a time
        editor.insertPlainText(chunk)
    report = window.document.report  # type: ignore[union-attr]
    assert report.texts["5"] == "存在的问题"
    assert "5 字" in page.editors["5"].status.text()
    stack = window.document.undo_stack  # type: ignore[union-attr]
    assert stack.count() == 2  # typing into one box merged into one step
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert report.texts.get("5", "") == "" and editor.toPlainText() == ""
    window.undo_action.trigger()
    assert report.cells["requests/1/natural"] is None and cell_text(v, "requests/1/natural") == ""
    assert not window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    window.redo_action.trigger()
    assert report.cells["requests/1/natural"] == 9 and editor.toPlainText() == "存在的问题"
    assert window.isWindowModified()
