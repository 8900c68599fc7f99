"""The import dialog (offscreen): a real file imported, tables coloured read/missing, an edit going
through the session, the two choices, a bad file refused with its reason, and the values in view
on a 1366-pixel-wide screen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from gui.app import setup_app
from gui.import_dialog import COLOURS, LAST_YEAR, OPEN, ImportDialog
from gui.import_table import PreviewTable

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "003_bd56896d5bf88536.txt"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
def test_import_preview_edit_and_use_as_last_year(qtbot: object, tmp_path: Path) -> None:
    dialog = ImportDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    pdf = SHARED / "samples" / "hongze-district-2023.pdf"
    assert dialog.load(str(pdf))
    assert dialog.tabs.count() >= 6
    # 表四's printed totals don't add up in the original (and 表三 has notes): shown as doubtful, and
    # the reading is used only once the clerk says the doubtful tables were checked
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert "表四：存疑，请核对，读取 15/15 格（2 处合计与各项不符）" in notes
    assert any(n.startswith("表二第二十条第（一）项：可靠") for n in notes)
    assert not dialog.use_last.isEnabled() and not dialog.open_report.isEnabled()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][-2:] == ["表三（存疑）", "表四（存疑）"]
    assert dialog.checked.isVisibleTo(dialog)
    dialog.checked.click()
    assert dialog.use_last.isEnabled() and dialog.open_report.isEnabled()
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
def test_an_ofd_previews_as_its_pdf(qtbot: object, tmp_path: Path) -> None:
    """The same report as an OFD package (as 电子公文 systems save it): the same cells, tabs and per-table
    sureness. (A note quoting a row's label as printed may differ: OFD keeps no letter boxes, and a
    letter of the tall merged label beside it, 办理结果 set one per line, may join the row's label.)"""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from ofd_from_pdf import ofd_from_pdf

    pdf = SHARED / "samples" / "hongze-district-2023.pdf"
    ofd = tmp_path / "洪泽区2023年报告.ofd"
    ofd.write_bytes(ofd_from_pdf(pdf.read_bytes(), template=True))
    shown = []
    for path in (pdf, ofd):
        dialog = ImportDialog()
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        assert dialog.load(str(path))
        shown.append(([n for i in range(dialog.notes.count()) if re.match("表.*：(可靠|存疑)", n := dialog.notes.item(i).text())],
                      [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())], dict(dialog.report.cells)))
    assert shown[1] == shown[0]


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
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any(n.startswith("第四、五、六部分未能从来源文件读取") for n in notes), notes  # the copy ended in 三
    qtbot.mouseClick(dialog.open_report, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.choice == OPEN and dialog.report is not None


def test_bad_file_is_refused_with_reason(qtbot: object, tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really")
    dialog = ImportDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.load(str(bad))
    assert "无法导入" in dialog.status.text() and not dialog.use_last.isEnabled()


SAMPLES = [ROOT / "tests" / "fixtures" / "samples" / "huaian-city-2024.nianbao",
           *(pytest.param(SHARED / "samples" / name, marks=pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present"))
             for name in ("hongze-district-2023.pdf", "huaian-city-2024.pdf"))]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_value_column_in_view_at_1366(qtbot: object, qapp: QApplication, sample: Path) -> None:
    """On a 1366×768 screen the preview's label columns once took the width (表三's labels run
    past 25 characters) and its value columns, what the clerk checks, were off to the right."""
    setup_app(qapp)  # the shipped CJK font, as the editor draws with: widths are measured in it
    dialog = ImportDialog(path=str(sample))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    assert dialog.tabs.count() >= 6
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        table = dialog.tabs.widget(i)
        assert isinstance(table, QTableWidget)
        qtbot.waitUntil(table.isVisible)  # type: ignore[attr-defined]
        view = next(v for tid, v in dialog._views.items() if dialog._tables[tid] is table)
        values = [col for col, role in enumerate(view.column_roles) if role == "value"]
        assert values, view.name
        width = table.viewport().width()
        assert table.horizontalScrollBar().value() == 0
        for col in values:
            right = table.columnViewportPosition(col) + table.columnWidth(col)
            assert right <= width, f"{view.name}: column {col} ends at {right} px, the view at {width} px"
        for cell in view.cells:  # and every number shows whole
            if cell.address and cell.text and cell.col_span == 1:
                need = table.fontMetrics().horizontalAdvance(cell.text)
                assert table.columnWidth(cell.col) > need, (view.name, cell.address, cell.text)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
@pytest.mark.parametrize("answer", [2022, None])
def test_a_source_naming_no_year_asks_the_clerk_for_it(qtbot: object, tmp_path: Path, answer: object) -> None:
    """A fragment with no title, period or publication date: the dialog asks the year (offering the
    year before the open report's), imports with it and says so; cancelling refuses as before."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    text = SEED.read_text(encoding="utf-8")
    part = tmp_path / "fragment.txt"
    part.write_text(text[text.index("二、主动公开政府信息情况"):text.index("五、")], encoding="utf-8")
    dialog = ImportDialog(expected_year=2022)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    offered: list[int] = []
    tries = [200]

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, reply)
            return
        offered.append(box.intValue())
        if answer is None:
            box.reject()
        else:
            box.setIntValue(int(answer))  # type: ignore[call-overload]
            box.accept()

    QTimer.singleShot(0, reply)
    loaded = dialog.load(str(part))
    assert offered == [2022]
    if answer is None:
        assert not loaded and "未找到报告年度" in dialog.status.text()
        return
    assert loaded and dialog.report is not None and dialog.report.year == answer
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any("按您指定的 2022 年" in n for n in notes), notes


def test_a_page_copied_in_the_browser_is_pasted_without_a_file(qtbot: object) -> None:
    """粘贴网页内容: the clipboard's HTML (a browser's copy keeps the merged cells) is read, the
    preview names where it came from; an empty clipboard says how to copy the page."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication

    from core import storage
    from tests.importers.files import html_text

    report = storage.load(ROOT / "tests" / "fixtures" / "samples" / "huaian-city-2024.nianbao")
    mime = QMimeData()
    mime.setHtml(html_text(report))
    mime.setText("淮安市人民政府")
    QGuiApplication.clipboard().setMimeData(mime)
    dialog = ImportDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    paste = next(b for b in dialog.findChildren(QPushButton) if b.text().startswith("粘贴网页内容"))
    qtbot.mouseClick(paste, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.report is not None and dialog.file_label.text().startswith("粘贴的网页内容：")
    item = dialog.item_for("requests/1/natural")
    assert item is not None and item.text() == str(report.cells["requests/1/natural"])
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(paste, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.report is None and "Ctrl+A" in dialog.status.text()


CORPUS = ROOT / "tests" / "corpus"


def shown(qtbot: Any, qapp: QApplication, source: Path) -> ImportDialog:
    """The dialog with ``source`` read, shown on a 1366×768 screen and active (keys reach it)."""
    setup_app(qapp)
    dialog = ImportDialog(path=str(source))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 728)
    dialog.show()
    dialog.activateWindow()  # keys go to the focus widget of the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_enter_in_a_table_steps_to_the_next_value_and_presses_no_button(
        qtbot: Any, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter on a cell went on to the dialog, whose default button was 选择文件…: a file picker
    opened while the clerk checked the numbers. Now Enter moves on to the next value cell; in the
    notes it presses nothing; on a button it presses that button."""
    import gui.import_dialog as import_dialog

    picked: list[str] = []
    monkeypatch.setattr(import_dialog, "open_report_path", lambda *a: picked.append("picker") or "")
    dialog = shown(qtbot, qapp, CORPUS / "code-pingtan-2019.txt")
    table = dialog.tabs.currentWidget()
    assert isinstance(table, PreviewTable)
    table.setFocus()
    table.setCurrentCell(-1, -1)
    assert table.step(True)
    first = (table.currentRow(), table.currentColumn())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert picked == [] and dialog.isVisible()
    after = (table.currentRow(), table.currentColumn())
    assert after > first and table.item(*after).flags() & Qt.ItemFlag.ItemIsEditable
    dialog.notes.setFocus()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    assert picked == [] and dialog.isVisible() and dialog.result() == 0
    dialog.pick_button.setFocus()
    qtbot.keyClick(dialog.pick_button, Qt.Key.Key_Return)
    assert picked == ["picker"]


def test_tab_walks_the_values_then_leaves_the_table(qtbot: Any, qapp: QApplication) -> None:
    """The tables were made after the buttons, so Tab reached them after 取消, and inside one Tab
    wrapped round its cells for ever: the buttons were out of the keyboard's reach."""
    dialog = shown(qtbot, qapp, CORPUS / "code-pingtan-2019.txt")
    table = dialog.tabs.currentWidget()
    assert isinstance(table, PreviewTable)
    dialog.tabs.tabBar().setFocus()
    qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    editable = sum(1 for r in range(table.rowCount()) for c in range(table.columnCount())
                   if table.item(r, c) is not None and table.item(r, c).flags() & Qt.ItemFlag.ItemIsEditable)
    for _ in range(editable - 1):
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.source
    walked = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked[:3] == [dialog.notes, dialog.checked, dialog.cancel]  # (the two choices wait for the check)
    assert walked[3] is dialog.pick_button


def test_the_doubt_is_in_view_and_each_cell_says_why_on_the_keyboard(qtbot: Any, qapp: QApplication) -> None:
    """平潭 2019 at 1366×768: seven tabs named in full ran past the tab bar, 表三（存疑） behind its
    scroll arrows; an unread cell's reason was only in a tooltip (the mouse's); each note about a
    table was said twice, once inside a line of a dozen sentences."""
    dialog = shown(qtbot, qapp, CORPUS / "code-pingtan-2019.txt")
    bar = dialog.tabs.tabBar()
    names = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert names == ["表二（一）（存疑）", "表二（五）（存疑）", "表二（六）（存疑）", "表二（八）（存疑）",
                     "表二（九）（存疑）", "表三（存疑）", "表四"]
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    assert dialog.tabs.tabToolTip(5).startswith("表三：存疑，请核对，读取 161/161 格")
    assert dialog.tabs.currentIndex() == 0  # the first doubtful table
    table = dialog.tabs.currentWidget()
    assert isinstance(table, PreviewTable)
    unread = next(table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c) is not None and table.item(r, c).text() == ""
                  and table.item(r, c).flags() & Qt.ItemFlag.ItemIsEditable)
    table.setFocus()
    table.setCurrentItem(unread)
    assert "未能读取" in dialog.cell_info.text() and "898989" in dialog.cell_info.text()
    assert dialog.cell_info.text().count("规范性文件") == 1, dialog.cell_info.text()  # the cell named once
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert len(notes) == len(set(notes)), notes
    five = notes.index("表二第二十条第（五）项：存疑，请核对，读取 0/6 格（6 个单元格未能读取）")
    assert "数字连在一起（3960181）" in notes[five + 1] and notes[five + 1].startswith("　　")
    assert dialog.notes.item(five).font().bold()
