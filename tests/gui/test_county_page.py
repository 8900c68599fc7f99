"""汇总各单位报告 in the real window: a folder of unit reports (three clean, one with errors, one of
last year, one file that is no report) read on the desk, one row each; the filters and sorting; a
double-click opening a unit in the editor; the aggregate opened in the editor with its summed
cells naming their units; re-collecting after a unit's correction; the checklist workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cell_text, view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from core import calc, storage
from core.report import AGGREGATED
from gui import county_page, county_work
from gui.county_model import COLUMNS, EXCLUDED, KEYS, UNREAD
from gui.county_page import CountyDesk
from gui.main_window import MainWindow
from gui.table_model import ORIGIN_LINES, origin_lines
from tests.builders import clean_report

YEAR = 2024
CLEAN = {"某某县东城镇人民政府": 19, "某某县西城镇人民政府": 20, "某某县南湖乡人民政府": 21}
"""Each clean unit and its 新收申请（自然人）; its 予以公开 moves with it so 表三 balances."""
BROKEN = "某某县北山镇人民政府"
WRONG_YEAR = "某某县青石乡人民政府"
ADDRESS = "requests/1/natural"


def save_unit(folder: Path, organ: str, new: int, year: int = YEAR, balanced: bool = True) -> Path:
    report = clean_report("2021", year, organ)
    report.cells[ADDRESS] = new
    if balanced:
        report.cells["requests/3.1/natural"] = 12 + new - 19
    calc.recompute_all(report)
    return storage.save(report, folder / f"{organ}.nianbao")


@pytest.fixture
def units(tmp_path: Path) -> Path:
    folder = tmp_path / "各单位报告"
    folder.mkdir()
    for organ, new in CLEAN.items():
        save_unit(folder, organ, new)
    save_unit(folder, BROKEN, 40, balanced=False)  # 表三 does not balance: errors
    save_unit(folder, WRONG_YEAR, 7, year=YEAR - 1)
    (folder / "扫描件.docx").write_bytes(b"not a report " * 20)
    return folder


def open_desk(qtbot: Any, window: MainWindow, folders: list[Path]) -> CountyDesk:
    desk = county_page.desk(window, ask=False)
    assert desk is not None
    with qtbot.waitSignal(desk.collected, timeout=60000):
        desk.collect_folders(folders)
        assert desk.worker is not None  # read on a worker thread: the window keeps painting
    return desk


def rows(desk: CountyDesk) -> list[dict[str, str]]:
    proxy = desk.proxy
    return [{k: str(proxy.index(r, c).data() or "") for c, k in enumerate(KEYS)} for r in range(proxy.rowCount())]


def by_organ(desk: CountyDesk) -> dict[str, dict[str, str]]:
    return {row["organ"]: row for row in rows(desk)}


def test_one_row_per_unit_with_its_state(qtbot: Any, window: MainWindow, units: Path) -> None:
    desk = open_desk(qtbot, window, [units])
    assert desk.isVisible() and window.document is None  # no report needs to be open
    header = [desk.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(desk.proxy.columnCount())]
    assert header == [name for _, name in COLUMNS] == ["单位", "文件", "年度", "格式", "错误", "提示", "未读取",
                                                         "可导出", "说明"]
    found = by_organ(desk)
    assert len(rows(desk)) == 6
    assert "2024 年度，2021版格式" in desk.summary.text() and "计入汇总 4 份" in desk.summary.text()
    east = found["某某县东城镇人民政府"]
    assert (east["year"], east["format"], east["errors"], east["ready"], east["note"]) == \
        ("2024", "2021版格式", "0", "是", "")
    assert int(found[BROKEN]["errors"]) > 0 and found[BROKEN]["ready"] == "否"
    wrong = found[WRONG_YEAR]
    assert wrong["year"] == "2023" and "2023 年度" in wrong["note"] and "未计入汇总" in wrong["note"]
    scan = next(r for r in rows(desk) if r["file"] == "扫描件.docx")
    assert scan["ready"] == "否" and scan["errors"] == "" and "未找到任何统计表" in scan["note"]
    # the wrong year is a cross-unit finding listed below the table; activating it shows its row
    texts = [desk.findings.item(i).text() for i in range(desk.findings.count())]
    assert any("青石乡" in t and "【错误】" in t for t in texts)
    desk._finding_chosen(desk.findings.item(0))
    assert desk.unit_at(desk.view.currentIndex()) is not None
    assert desk.unit_at(desk.view.currentIndex()).organ == WRONG_YEAR  # type: ignore[union-attr]
    # rows with errors or unread are tinted; units left out are grey
    model = desk.model
    broken_row = next(r for r in range(model.rowCount()) if model.units[r].organ == BROKEN)
    assert model.index(broken_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    east_row = next(r for r in range(model.rowCount()) if model.units[r].organ == "某某县东城镇人民政府")
    assert model.index(east_row, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_filters_and_sorting(qtbot: Any, window: MainWindow, units: Path) -> None:
    desk = open_desk(qtbot, window, [units])
    assert [desk.filter.itemText(i) for i in range(desk.filter.count())] == ["全部", "有错误", "未能读取", "未计入汇总"]
    desk.filter.setCurrentIndex(1)
    assert [r["organ"] for r in rows(desk)] == [BROKEN]
    assert "显示 1 份" in desk.count.text()
    desk.set_filter(UNREAD)
    assert [r["file"] for r in rows(desk)] == ["扫描件.docx"]
    desk.set_filter(EXCLUDED)
    assert sorted(r["file"] for r in rows(desk)) == sorted(["扫描件.docx", f"{WRONG_YEAR}.nianbao"])
    desk.set_filter("all")
    assert len(rows(desk)) == 6
    desk.view.sortByColumn(KEYS.index("errors"), Qt.SortOrder.DescendingOrder)
    assert [r["file"] for r in rows(desk)][:2] == ["扫描件.docx", f"{BROKEN}.nianbao"]  # not read at all: worst
    desk.view.sortByColumn(KEYS.index("organ"), Qt.SortOrder.AscendingOrder)
    organs = [r["organ"] for r in rows(desk) if r["organ"]]
    assert organs == sorted(organs)


def test_double_click_opens_the_unit(qtbot: Any, window: MainWindow, units: Path, answers: list[Any]) -> None:
    desk = open_desk(qtbot, window, [units])
    assert window.files.new_blank(YEAR, "某某镇") is not None
    window.document.undo_stack.setClean()  # type: ignore[union-attr]
    window.document._unsaved = True  # type: ignore[union-attr]  # unsaved work: the window asks first
    row = next(r for r, u in enumerate(desk.model.units) if u.organ == "某某县西城镇人民政府")
    index = desk.proxy.mapFromSource(desk.model.index(row, 0))
    rect = desk.view.visualRect(index)
    qtbot.mouseClick(desk.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(desk.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    assert any(title == "关闭报告" for title, _ in answers)
    assert window.document is not None and window.document.path == units / "某某县西城镇人民政府.nianbao"
    assert window.document.report.organ == "某某县西城镇人民政府"


def test_aggregate_opens_in_the_editor_and_names_its_units(qtbot: Any, window: MainWindow, units: Path) -> None:
    desk = open_desk(qtbot, window, [units])
    report = desk.make_aggregate("某某县人民政府办公室", "")
    assert report is not None and window.document is not None and window.document.report is report
    assert window.document.modified and window.document.path is None  # unsaved: saved and exported as usual
    v = view(window, "requests")
    assert cell_text(v, ADDRESS) == str(sum(CLEAN.values()) + 40)  # 青石乡 (2023) is not mixed in
    assert report.origin_of(ADDRESS).kind == AGGREGATED  # type: ignore[union-attr]
    tip = str(v.sheet.index_of(ADDRESS).data(Qt.ItemDataRole.ToolTipRole))
    assert "来源：各单位汇总：" in tip
    for organ, new in CLEAN.items():
        assert f"\n  {organ} {new}" in tip
    assert WRONG_YEAR not in tip
    # an ordinary report: it validates and saves like any other
    assert window.files.save_as(str(units.parent / "汇总.nianbao"))
    assert not window.document.modified


def test_long_origin_is_listed_one_unit_a_line() -> None:
    from core.sheet import CellView

    source = "；".join(f"第{i}镇 {i}" for i in range(1, 41)) + "（另 3 个单位为 0）"
    cell = CellView(0, 0, 1, 1, "820", "input", address=ADDRESS, origin=AGGREGATED,
                    origin_text=f"各单位汇总（{source}）")
    lines = origin_lines(cell)
    assert lines[0] == "来源：各单位汇总："
    assert lines[1:3] == ["  第1镇 1", "  第2镇 2"]
    assert len(lines) == 1 + ORIGIN_LINES + 2 and lines[-2:] == ["  等 40 个单位", "  另 3 个单位为 0"]
    short = CellView(0, 0, 1, 1, "1", "input", address=ADDRESS, origin="imported", origin_text="导入（去年.docx）")
    assert origin_lines(short) == ["来源：导入（去年.docx）"]


def test_recollect_after_a_correction_shows_and_applies_the_change(qtbot: Any, window: MainWindow,
                                                                   units: Path) -> None:
    desk = open_desk(qtbot, window, [units])
    assert desk.make_aggregate("某某县人民政府办公室", "") is not None
    before = sum(CLEAN.values()) + 40
    save_unit(units, BROKEN, 22)  # 北山镇 corrects its 表三
    with qtbot.waitSignal(desk.collected, timeout=60000):
        desk.recollect()
    assert desk.changes is not None and desk.changes.isVisible()
    shown = desk.changes.text.toPlainText()
    assert f"{BROKEN}：错误" in shown and "→ 0" in shown
    label = window.document.report.form.label(ADDRESS)  # type: ignore[union-attr]
    assert f"{label}：{before} → {before - 18}" in shown
    assert any("已随之更新" in w.text() for w in desk.changes.findChildren(QLabel))
    desk.changes.accept()
    assert by_organ(desk)[BROKEN]["errors"] == "0"
    doc = window.document
    assert doc is not None
    v = view(window, "requests")
    assert cell_text(v, ADDRESS) == str(before - 18)
    tip = str(v.sheet.index_of(ADDRESS).data(Qt.ItemDataRole.ToolTipRole))
    assert f"{BROKEN} 22" in tip
    doc.undo_stack.undo()  # one step
    assert cell_text(v, ADDRESS) == str(before)


def test_checklist_export_writes_a_workbook_not_read_back(qtbot: Any, window: MainWindow, units: Path) -> None:
    import openpyxl

    desk = open_desk(qtbot, window, [units])
    written = desk.export_checklist(str(units / "问题清单"))
    assert written == units / "问题清单.xlsx" and written.exists()
    book = openpyxl.load_workbook(written)
    assert "问题清单" in book.sheetnames
    cells = [str(c.value) for row in book["问题清单"].iter_rows() for c in row if c.value]
    assert any(BROKEN in c for c in cells) and any("扫描件.docx" in c for c in cells)
    with qtbot.waitSignal(desk.collected, timeout=60000):
        desk.recollect()
    assert len(rows(desk)) == 6  # the checklist in the folder is not a unit


def test_menu_and_start_page_open_the_desk(qtbot: Any, window: MainWindow, units: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(county_page, "ask_folders", lambda parent, start: [units])
    action = next(a for m in window.menuBar().actions() if m.menu() is not None
                  for a in m.menu().actions() if a.text().startswith("汇总各单位报告"))  # type: ignore[union-attr]
    action.trigger()
    desk = window.findChild(CountyDesk)
    assert desk is not None and desk.folders == [units]
    qtbot.waitUntil(lambda: desk.collection is not None, timeout=60000)
    desk.close()
    window.start.county_button.click()  # the same desk, shown again
    assert window.findChild(CountyDesk) is desk and desk.isVisible()


def test_a_failing_collection_is_said_in_chinese(qtbot: Any, window: MainWindow, units: Path, answers: list[Any],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(county_work, "collect", broken)
    desk = open_desk(qtbot, window, [units])
    QApplication.processEvents()
    assert desk.collection is None
    title, text = answers[-1]
    assert title == "汇总各单位报告" and "出错" in text and "KeyError" not in text and "boom" not in text
    assert "出错" in desk.summary.text()


def test_aggregate_dialog_needs_an_organ_and_reads_last_year(qtbot: Any, window: MainWindow, units: Path,
                                                              answers: list[Any]) -> None:
    from gui.county_dialogs import AggregateDialog

    desk = open_desk(qtbot, window, [units])
    assert desk.collection is not None
    dialog = AggregateDialog(desk.collection, "", "", None, desk)
    qtbot.addWidget(dialog)
    assert "将汇总 4 个单位" in dialog.findChildren(QLabel)[0].text() and "1 个单位的报告还有错误" in \
        dialog.findChildren(QLabel)[0].text()
    dialog._accept()
    assert dialog.result() != AggregateDialog.DialogCode.Accepted and "机关名称" in dialog.problem.text()
    dialog.organ.setText("某某县人民政府办公室")
    dialog.last.setText(str(units / "扫描件.docx"))  # not a report: said, and the dialog stays open
    dialog._accept()
    assert dialog.result() != AggregateDialog.DialogCode.Accepted and answers[-1][0] == "上年汇总报告"
    last = save_unit(units.parent, "某某县人民政府办公室", 50, year=YEAR - 1)
    dialog.last.setText(str(last))
    dialog._accept()
    assert dialog.result() == AggregateDialog.DialogCode.Accepted
    assert dialog.last_report is not None and dialog.last_report.year == YEAR - 1


def test_last_years_unit_list_names_who_sent_nothing(qtbot: Any, window: MainWindow, units: Path,
                                                     tmp_path: Path) -> None:
    desk = open_desk(qtbot, window, [units])
    listed = tmp_path / "上年单位.txt"
    listed.write_bytes("# 2023年报送单位\n某某县东城镇人民政府\n某某县白云乡人民政府\n".encode("gb18030"))  # Notepad's GBK
    desk.load_last_units(listed)
    qtbot.waitUntil(lambda: desk.worker is None, timeout=20000)
    texts = [desk.findings.item(i).text() for i in range(desk.findings.count())]
    assert any("某某县白云乡人民政府" in t for t in texts), texts
    assert not any("某某县东城镇人民政府" in t and "缺" in t for t in texts)
