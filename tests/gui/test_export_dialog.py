"""The export dialog and the print preview, as standalone widgets on a real Session (offscreen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from builders import clean_report
from PySide6.QtCore import QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from core import storage
from core.session import Session
from gui.export_dialog import ExportDialog
from gui.print_preview import PrintPreview

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "samples"


@pytest.fixture(autouse=True)
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")


def test_defaults_export_and_offer_to_open(qtbot: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(Session(clean_report()))
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "某某镇人民政府2024年政府信息公开工作年度报告"
    assert not dialog.draft_box.isChecked() and dialog.error_list.isHidden()
    dialog.folder_edit.setText(str(tmp_path))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt in ("pdf", "xlsx"))
    opened: list[QUrl] = []
    dialog.opener = lambda url: opened.append(url) or True
    dialog.export_button.click()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["某某镇人民政府2024年政府信息公开工作年度报告.pdf",
                     "某某镇人民政府2024年政府信息公开工作年度报告.xlsx"]
    assert dialog.done_box is not None and dialog.done_box.isVisible()
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_errors_are_listed_and_only_a_draft_can_be_exported(qtbot: Any, tmp_path: Path) -> None:
    session = Session(storage.load(SAMPLES / "hongze-district-2023.nianbao"))
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.error_list.count() == 3 and "表四 行政复议" in dialog.error_list.item(0).text()
    assert dialog.draft_box.isChecked() and dialog.export_button.isEnabled()
    dialog.draft_box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.draft_box.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path))
    for fmt, box in dialog.format_boxes.items():
        box.setChecked(fmt == "pdf")
    dialog.opener = lambda url: True
    dialog.export_button.click()
    pdf = pypdfium2.PdfDocument(dialog.exported[0])
    try:
        assert "草稿" in pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


def test_a_failed_export_is_explained(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    dialog = ExportDialog(Session(clean_report()))
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "missing"))
    dialog.export_button.click()
    assert said and "不存在" in said[0] and dialog.exported == []


def test_print_preview_shows_and_prints_the_pdf_pages(qtbot: Any, tmp_path: Path) -> None:
    preview = PrintPreview(Session(clean_report()))
    qtbot.addWidget(preview)
    assert preview.page_count >= 2 and not preview.draft
    pixmap = preview.page_labels[0].pixmap()
    assert pixmap.width() > 500 and pixmap.height() / pixmap.width() == pytest.approx(297 / 210, abs=0.01)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.page_count
    printed = pypdfium2.PdfDocument(tmp_path / "printed.pdf")
    try:
        assert len(printed) == preview.page_count
    finally:
        printed.close()
