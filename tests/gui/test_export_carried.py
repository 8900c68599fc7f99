"""A final export with prose still carried from last year asks first; the 落款日期 field of the
report-information form sets the report's date through the document (undoable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builders import clean_report
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.report import Report
from core.session import Session
from gui.document import Document
from gui.export_dialog import ExportDialog
from gui.report_editor import ReportEditor


@pytest.fixture(autouse=True)
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")


def _carried() -> Report:
    report = clean_report()
    report.carried_texts = {"5"}
    return report


def _dialog(qtbot: Any, tmp_path: Path, report: Report) -> ExportDialog:
    dialog = ExportDialog(Session(report))
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt == "docx")
    dialog.opener = lambda url: True
    return dialog


def _answer(dialog: ExportDialog, button: str, asked: list[str]) -> None:
    """Click ``button`` in the question once it is shown (it is modal: answered from the event loop)."""
    def click() -> None:
        box = dialog.confirm_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().startswith(button)).click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(("button", "written"), [("取消", False), ("继续导出", True)])
def test_final_export_with_carried_prose_asks(qtbot: Any, tmp_path: Path, button: str, written: bool) -> None:
    dialog = _dialog(qtbot, tmp_path, _carried())
    asked: list[str] = []
    _answer(dialog, button, asked)
    dialog.export_button.click()
    assert len(asked) == 1 and "沿用了上年报告" in asked[0] and "五、存在的主要问题及改进情况" in asked[0]
    assert bool(list(tmp_path.iterdir())) is written
    assert (dialog.exported != []) is written


def test_final_export_with_personal_data_asks(qtbot: Any, tmp_path: Path) -> None:
    """P1 is a warning (a pattern may be an office number), so it never blocks; it asks instead."""
    report = clean_report()
    report.texts["1.2"] = "申请人手机13912345678。"
    dialog = _dialog(qtbot, tmp_path, report)
    assert dialog.errors == []
    asked: list[str] = []
    _answer(dialog, "取消", asked)
    dialog.export_button.click()
    assert len(asked) == 1 and "可能是个人信息" in asked[0] and "139****5678" in asked[0]
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(("fmt", "asks"), [("pdf", True), ("docx", False)])
def test_final_pdf_with_characters_no_font_has_asks(qtbot: Any, tmp_path: Path, fmt: str, asks: bool,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """An emoji or a CJK Extension B character (𠀀) would print as an empty box in the PDF: the export
    names them and asks; a Word file lets Word find a font, so it does not."""
    report = clean_report()
    report.texts["1.2"] = "本年度群众满意😀，涉及𠀀字地名。"
    dialog = _dialog(qtbot, tmp_path, report)
    for f, box in dialog.format_boxes.items():
        box.setChecked(f == fmt)
    asked: list[str] = []
    if asks:
        _answer(dialog, "取消", asked)
    else:
        monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"asked: {box.text()}"))
    dialog.export_button.click()
    if asks:
        assert len(asked) == 1 and "空框" in asked[0] and "😀" in asked[0] and "𠀀" in asked[0]
        assert not list(tmp_path.iterdir())
    else:
        assert dialog.exported


def test_a_draft_or_a_revised_report_is_not_asked(qtbot: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"asked: {box.text()}"))
    (tmp_path / "a").mkdir()
    dialog = _dialog(qtbot, tmp_path / "a", _carried())
    dialog.draft_box.setChecked(True)
    dialog.export_button.click()
    assert dialog.exported and dialog.confirm_box is None
    (tmp_path / "b").mkdir()
    dialog = _dialog(qtbot, tmp_path / "b", clean_report())
    dialog.export_button.click()
    assert dialog.exported and dialog.confirm_box is None


def test_signature_date_field(qtbot: Any) -> None:
    document = Document(clean_report())
    editor = ReportEditor(document)
    qtbot.addWidget(editor)
    said: list[str] = []
    editor.message.connect(said.append)
    field = editor.date_edit
    assert field.text() == "" and "留空为导出当天" in field.placeholderText()
    field.setText("2025年1月8日")
    field.editingFinished.emit()
    assert document.report.date == "2025-01-08" and field.text() == "2025年1月8日"
    field.setText("2025-02-30")
    field.editingFinished.emit()
    assert said and "无效" in said[-1]
    assert document.report.date == "2025-01-08" and field.text() == "2025年1月8日"
    document.undo_stack.undo()
    QApplication.processEvents()
    assert document.report.date == "" and field.text() == ""
    document.undo_stack.redo()
    assert field.text() == "2025年1月8日"
    document.close()
