"""Prose and tables in the window: findings about sentences are underlined and jump both ways,
the bound draft is one click, and export and print preview sit in the File menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import fixture, own_sentence_copy
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow


def _r6(window: MainWindow) -> Any:
    assert window.document is not None
    return next(f for f in window.document.findings if f.rule == "R6")


def test_a_finding_about_a_sentence_is_underlined_and_jumps_to_it(qtbot: Any, window: MainWindow,
                                                                  tmp_path: Path) -> None:
    assert window.open_path(str(own_sentence_copy(tmp_path)))
    assert window.editor is not None
    finding = _r6(window)  # 受理…17件 in 一 while 表三 counts 95 new requests
    key, start, end = finding.span
    editor = window.editor.text_editors[key]
    assert len(editor.edit.extraSelections()) >= 1
    window.jump_to_text(key, start, end)
    QApplication.processEvents()
    assert window.editor.current_section() == key.split(".")[0]
    cursor = editor.edit.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
    assert "17" in cursor.selectedText()
    # The sentence shows its finding and offers the cell it contradicts.
    assert "17" in editor.finding_label.text() and editor.go_button.isVisibleTo(editor)
    editor.go_button.click()
    QApplication.processEvents()
    assert window.editor.current_section() == "3"
    v = window.editor.views["requests"]
    assert v.sheet.cell(v.currentIndex()).address == finding.cells[0]
    assert "▲1" in window.navigator.item(1).text()  # counted under 一, where the sentence is  # type: ignore[union-attr]


def test_generate_draft_binds_the_numbers_and_undo_restores(qtbot: Any, window: MainWindow) -> None:
    assert window.open_path(str(fixture("huaian-city-2024.nianbao")))
    assert window.editor is not None and window.document is not None
    editor = window.editor.text_editors["1.2"]
    assert editor.draft is not None
    before = editor.edit.toPlainText()
    editor.draft.click()
    QApplication.processEvents()
    text = editor.edit.toPlainText()
    total = window.document.report.cells["requests/1/total"]
    assert text != before and str(total) in text
    assert not [f for f in window.document.findings if f.rule == "R6" and f.span and f.span[0] == "1.2"]
    window.undo_group.undo()
    QApplication.processEvents()
    assert editor.edit.toPlainText() == before


def test_section_four_has_its_paragraph_under_the_table(qtbot: Any, window: MainWindow) -> None:
    assert window.open_path(str(fixture("huaian-city-2024.nianbao")))
    assert window.editor is not None
    assert "4" in window.editor.text_editors and window.editor.text_editors["4"].draft is not None


def test_export_and_preview_are_in_the_file_menu(qtbot: Any, window: MainWindow) -> None:
    assert not window.export_action.isEnabled()
    assert window.open_path(str(fixture("huaian-city-2024.nianbao")))
    assert window.export_action.isEnabled() and window.preview_action.isEnabled()
    assert window.export_action.text().startswith("导出") and window.preview_action.text().startswith("打印预览")


def test_opening_a_published_pdf_reads_it_as_an_unsaved_report(qtbot: Any, window: MainWindow) -> None:
    from pathlib import Path

    pdf = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "hongze-district-2023.pdf"
    if not pdf.exists():
        import pytest

        pytest.skip("../shared/samples not present")
    assert window.open_path(str(pdf))
    assert window.document is not None and window.document.path is None
    assert window.document.report.year == 2023
    assert {f.rule for f in window.document.findings} >= {"R4", "L1"}  # the published errors
    assert window.import_action.isEnabled()


def test_tab_runs_on_from_one_block_of_table_two_to_the_next(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    assert window.open_path(str(fixture("huaian-city-2024.nianbao")))
    assert window.editor is not None
    window.navigator.select("2")  # type: ignore[union-attr]
    first = window.editor.views["art20_1"]
    last_input = first.inputs()[-1]
    assert first.select_address(last_input.address)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    QApplication.processEvents()
    second = window.editor.views["art20_5"]
    assert second.hasFocus()
    assert second.sheet.cell(second.currentIndex()).address == "art20_5/license/decisions"
    qtbot.keyClick(second, Qt.Key.Key_Backtab)
    QApplication.processEvents()
    assert first.hasFocus() and first.sheet.cell(first.currentIndex()).address == last_input.address
