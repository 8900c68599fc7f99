"""The import dialog (offscreen): a real file imported, tables coloured read/missing, an edit going
through the session, the two choices, and a bad file refused with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui.import_dialog import COLOURS, LAST_YEAR, OPEN, ImportDialog

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "003_bd56896d5bf88536.txt"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
def test_import_preview_edit_and_use_as_last_year(qtbot: object, tmp_path: Path) -> None:
    dialog = ImportDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    pdf = SHARED / "samples" / "hongze-district-2023.pdf"
    assert dialog.load(str(pdf))
    assert dialog.tabs.count() >= 6 and dialog.use_last.isEnabled()
    assert "洪泽区" in dialog.source.toPlainText()
    item = dialog.item_for("appeals/review/upheld")
    assert item is not None and item.text() == "10"
    assert item.background().color().name().upper() == COLOURS["read"].upper()
    item.setText("9")
    report = dialog.report
    assert report is not None and report.cells["appeals/review/upheld"] == 9
    assert dialog.status_of("appeals/review/upheld") == "typed"
    qtbot.mouseClick(dialog.use_last, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.choice == LAST_YEAR


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
def test_missing_cells_are_red_and_open_as_report(qtbot: object, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    part = tmp_path / "part.txt"
    part.write_text(text[:text.index("四、政府信息公开行政复议")], encoding="utf-8")
    dialog = ImportDialog(path=str(part))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    item = dialog.item_for("appeals/review/total")
    assert item is not None and item.text() == ""
    assert item.background().color().name().upper() == COLOURS["missing"].upper()
    assert "未能读取" in item.toolTip()
    qtbot.mouseClick(dialog.open_report, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.choice == OPEN and dialog.report is not None


def test_bad_file_is_refused_with_reason(qtbot: object, tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really")
    dialog = ImportDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.load(str(bad))
    assert "无法导入" in dialog.status.text() and not dialog.use_last.isEnabled()
