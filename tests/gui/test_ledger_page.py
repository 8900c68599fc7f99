"""申请台账 in the real window: edits through the page re-count 表三 (ledger mode) and undo; 表三's
derived cells name their requests and hand the table back to typing when typed into; the filter,
the keyboard walk, findings jumping to a row, the files, and a 5,000-request register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from helpers import cell_text, type_into, view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from core.ledger import checks
from core.ledger.commands import ReplaceLedger, SetLedgerMode
from core.ledger.model import Request
from gui.ledger_model import KEYS, LEDGER_PAGE
from gui.ledger_page import LedgerPage
from gui.main_window import MainWindow

TODAY = dt.date(2024, 12, 20)
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "today", lambda: TODAY)


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_ledger(window: MainWindow, requests: tuple[Request, ...] = (), derive: bool = False) -> LedgerPage:
    assert window.files.new_blank(2024, "某某镇人民政府") is not None
    doc = window.document
    assert doc is not None and window.editor is not None and window.navigator is not None
    if requests:
        assert doc.execute(ReplaceLedger(requests)) is None
    if derive:
        assert doc.execute(SetLedgerMode(True)) is None
    window.navigator.select(LEDGER_PAGE)
    page = window.editor.ledger_page
    assert page is not None and window.editor.currentWidget() is page
    return page


def col(key: str) -> int:
    return KEYS.index(key)


def type_cell(qtbot: Any, page: LedgerPage, row: int, key: str, text: str) -> None:
    """Select the cell, open its editor with F2, write ``text`` (QTest types ASCII only), press Enter."""
    page.select_row(row, col(key))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def choose(page: LedgerPage, row: int, key: str, label: str) -> None:
    """Open the list of a cell and pick ``label`` as the clerk would."""
    page.select_row(row, col(key))
    page.view.edit(page.view.currentIndex())
    combo = page.view.indexWidget(page.view.currentIndex()) or QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    at = combo.findText(label)
    assert at > 0, label
    combo.setCurrentIndex(at)
    combo.activated.emit(at)
    QApplication.processEvents()


def test_page_edits_recount_table_three_and_undo(qtbot: Any, window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_ledger(window, derive=True)
    doc = window.document
    assert doc is not None
    report = doc.report
    page.buttons[0].click()  # 新增
    assert len(report.ledger.requests) == 1
    assert page.current_row() == 0
    type_cell(qtbot, page, 0, "number", "依申请〔2024〕1号")
    assert page.view.currentIndex().column() == col("received")  # Enter walks on
    type_cell(qtbot, page, 0, "received", "2024年3月5日")
    choose(page, 0, "applicant", "自然人")
    assert report.ledger.requests[0].received == "2024-03-05"
    assert report.cells["requests/1/natural"] == 1 and report.cells["requests/4/natural"] == 1
    choose(page, 0, "outcome", "（一）予以公开")
    type_cell(qtbot, page, 0, "answered", "2024-3-20")
    assert report.ledger.requests[0].outcome == "3.1"
    assert report.cells["requests/3.1/natural"] == 1 and report.cells["requests/4/natural"] == 0
    assert page.model.data(page.model.index(0, col("deadline"))) == "已答复"
    table = view(window, "requests")
    assert cell_text(table, "requests/3.1/natural") == "1"
    # a bad date is refused with the reason, nothing written, no traceback
    type_cell(qtbot, page, 0, "answered", "2024-13-45")
    assert "不是有效日期" in window.status.text()
    assert report.ledger.requests[0].answered == "2024-03-20"
    # undo takes back the answer date, then the outcome
    doc.undo_stack.undo()  # an outcome without its answer date still counts as settled
    assert report.ledger.requests[0].answered == "" and report.cells["requests/3.1/natural"] == 1
    assert page.model.data(page.model.index(0, col("deadline"))) != "已答复"
    doc.undo_stack.undo()
    assert report.ledger.requests[0].outcome == "" and report.cells["requests/3.1/natural"] == 0
    assert report.cells["requests/4/natural"] == 1
    doc.undo_stack.redo()
    assert report.cells["requests/3.1/natural"] == 1 and report.cells["requests/4/natural"] == 0
    # delete asks, and only Yes removes
    asked = answer(monkeypatch, No)
    page.select_row(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked and len(report.ledger.requests) == 1
    answer(monkeypatch, Yes)
    page.remove_selected()
    assert report.ledger.requests == [] and report.cells["requests/1/natural"] == 0
    assert page.model.rowCount() == 0
    doc.undo_stack.undo()
    assert len(report.ledger.requests) == 1 and report.cells["requests/1/natural"] == 1
    assert page.model.rowCount() == 1


def test_insert_key_adds_and_checkbox_toggles(qtbot: Any, window: MainWindow) -> None:
    page = open_ledger(window, (Request("1", "2024-05-06", applicant="natural"),), derive=True)
    report = window.document.report  # type: ignore[union-attr]
    page.select_row(0, col("carried"))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert report.ledger.requests[0].carried
    assert report.cells["requests/2/natural"] == 1 and report.cells["requests/1/natural"] == 0
    page.select_row(0, col("number"))
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    assert len(report.ledger.requests) == 2 and page.current_row() == 1
    # Tab walks to the next editable cell, and on from the row's last to the next row's first
    page.select_row(0, col("notes"))
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert page.current_row() == 1 and page.view.currentIndex().column() == col("number")


def test_derived_cell_tooltip_lists_its_requests(window: MainWindow) -> None:
    requests = tuple(Request(f"依申请〔2024〕{i}号", f"2024-0{i}-02", applicant="natural") for i in (1, 2, 3))
    open_ledger(window, requests + (Request("4", "2024-04-01", applicant="commercial"),), derive=True)
    table = view(window, "requests")
    tip = str(table.sheet.index_of("requests/1/natural").data(Qt.ItemDataRole.ToolTipRole))
    assert "由台账统计（共 3 件）：" in tip
    assert "第1条 依申请〔2024〕1号（2024-01-02）" in tip and "第3条" in tip and "第4条" not in tip
    assert table.sheet.cell(table.sheet.index_of("requests/1/natural")).ledger  # type: ignore[union-attr]


def test_typing_into_a_derived_cell_asks_then_leaves_ledger_mode(qtbot: Any, window: MainWindow,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    open_ledger(window, (Request("1", "2024-05-06", applicant="natural"),), derive=True)
    report = window.document.report  # type: ignore[union-attr]
    table = view(window, "requests")
    asked = answer(monkeypatch, No)
    type_into(qtbot, table, "requests/1/natural", "5")
    assert asked == ["表三由申请台账统计。改为手工填写表三吗？"]
    assert report.ledger.derive and report.cells["requests/1/natural"] == 1
    asked = answer(monkeypatch, Yes)
    type_into(qtbot, table, "requests/1/natural", "5")
    assert asked and not report.ledger.derive and report.cells["requests/1/natural"] == 5
    toggle = window.editor.ledger_toggle  # type: ignore[union-attr]
    assert toggle is not None and not toggle.box.isChecked()
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert report.ledger.derive and report.cells["requests/1/natural"] == 1 and toggle.box.isChecked()


def test_tables_page_switch_enters_and_leaves_ledger_mode(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    open_ledger(window, (Request("1", "2024-05-06", applicant="legal"),))
    report = window.document.report  # type: ignore[union-attr]
    view(window, "requests")
    toggle = window.editor.ledger_toggle  # type: ignore[union-attr]
    assert toggle is not None and toggle.isVisible() and toggle.box.text().startswith("由台账生成表三")
    toggle.box.click()
    assert report.ledger.derive and report.cells["requests/1/legal"] == 1
    toggle.box.click()
    assert not report.ledger.derive and report.cells["requests/1/legal"] == 1  # the numbers stay, typed now
    window.document.execute(ReplaceLedger(()))  # type: ignore[union-attr]  # entering would now zero 表三: asked
    asked = answer(monkeypatch, No)
    toggle.box.click()
    assert asked and not report.ledger.derive and not toggle.box.isChecked()


def test_filters_show_overdue_open_and_due_soon(window: MainWindow) -> None:
    requests = (
        Request("逾期", "2024-10-08", applicant="natural"),                      # due 11-05: overdue
        Request("将到期", "2024-11-25", applicant="natural"),                    # due 12-23: 1 working day
        Request("新收", "2024-12-18", applicant="natural"),                      # due 2025-01: not soon
        Request("已答复", "2024-10-08", applicant="natural", outcome="3.1", answered="2024-10-20"),
    )
    page = open_ledger(window, requests)
    model = page.model
    texts = [model.data(model.index(r, col("deadline"))) for r in range(4)]
    assert texts[0].startswith("逾期") and texts[1] == "剩1个工作日" and texts[3] == "已答复"
    assert model.data(model.index(0, col("deadline")), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"

    def shown() -> list[str]:
        return [page.proxy.index(r, col("number")).data() for r in range(page.proxy.rowCount())]

    page.filter.setCurrentIndex(page.filter.findData("overdue"))
    assert shown() == ["逾期"] and "显示 1 件" in page.count.text()
    page.set_filter("soon")
    assert shown() == ["将到期"]
    page.set_filter("open")
    assert shown() == ["逾期", "将到期", "新收"]
    page.set_filter("all")
    page.view.sortByColumn(col("deadline"), Qt.SortOrder.AscendingOrder)
    assert shown() == ["逾期", "将到期", "新收", "已答复"]
    page.view.sortByColumn(col("deadline"), Qt.SortOrder.DescendingOrder)
    assert shown()[0] == "已答复"


def test_a_finding_marks_its_row_and_jumps_there(window: MainWindow) -> None:
    requests = tuple(Request(str(i), "2024-03-01", applicant="natural", outcome="3.1", answered="2024-03-10")
                     for i in range(1, 40))
    page = open_ledger(window, requests + (Request("无类型", "2024-03-01"),))
    model = page.model
    assert model.data(model.index(39, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert "未计入表三" in model.data(model.index(39, 1), Qt.ItemDataRole.ToolTipRole)
    window.navigator.select("1")  # type: ignore[union-attr]
    panel = window.findings
    assert panel is not None
    tree = panel.tree
    item = next(tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
                for j in range(tree.topLevelItem(i).childCount()) if "台账第40条" in tree.topLevelItem(i).child(j).text(0))
    assert item.parent().text(0).startswith("申请台账")
    tree.setCurrentItem(item)
    panel.go_button.click()
    assert window.editor.currentWidget() is page  # type: ignore[union-attr]
    assert page.current_row() == 39
    assert window.navigator.currentItem().text().endswith("申请台账")  # type: ignore[union-attr]


def test_export_import_and_print(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    requests = (Request("1", "2024-05-06", applicant="natural", name="张某", contact="138", subject="某路段规划"),
                Request("2", "2024-06-07", applicant="commercial", outcome="3.1", answered="2024-06-20"))
    page = open_ledger(window, requests)
    report = window.document.report  # type: ignore[union-attr]
    assert page.files.export_ledger(str(tmp_path / "台账"), personal=False) == ""
    assert (tmp_path / "台账.xlsx").exists()
    answer(monkeypatch, Yes)  # replace the two requests there
    assert page.files.import_ledger(str(tmp_path / "台账.xlsx")) == ""
    assert [r.name for r in report.ledger.requests] == ["", ""]  # not exported, so not read back
    assert [r.subject for r in report.ledger.requests] == ["某路段规划", ""]
    assert page.files.last_notes is not None
    page.files.last_notes.close()
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert report.ledger.requests[0].name == "张某"
    assert page.files.print_ledger(str(tmp_path / "台账.pdf")) == ""
    assert (tmp_path / "台账.pdf").read_bytes().startswith(b"%PDF")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    assert page.files.import_ledger(str(bad))
    assert warned and "xlsx" in warned[0] and len(report.ledger.requests) == 2


def test_five_thousand_requests_load_sort_filter_and_scroll(window: MainWindow) -> None:
    start = dt.date(2024, 1, 2)
    requests = tuple(Request(f"依申请〔2024〕{i + 1}号", (start + dt.timedelta(days=i % 350)).isoformat(), "网络",
                             "natural", subject="某某信息", outcome="" if i % 7 == 0 else "3.1",
                             answered="" if i % 7 == 0 else (start + dt.timedelta(days=i % 350 + 9)).isoformat())
                     for i in range(5000))
    page = open_ledger(window, requests, derive=True)
    assert page.model.rowCount() == 5000 and page.proxy.rowCount() == 5000
    page.view.scrollToBottom()
    QApplication.processEvents()
    assert page.view.rowAt(page.view.viewport().height() - 2) in range(4980, 5000)
    page.view.sortByColumn(col("deadline"), Qt.SortOrder.AscendingOrder)
    page.set_filter("overdue")
    assert 0 < page.proxy.rowCount() < 5000
    page.set_filter("all")
    page.view.scrollToTop()
    QApplication.processEvents()
    assert window.document.report.cells["requests/1/natural"] == 5000  # type: ignore[union-attr]


def test_deleting_scattered_rows_of_a_sorted_view_is_one_undo_step(window: MainWindow,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    requests = tuple(Request(f"{n}", f"2024-0{n}-01", applicant="natural") for n in range(1, 7))
    page = open_ledger(window, requests, derive=True)
    report = window.document.report  # type: ignore[union-attr]
    page.view.sortByColumn(col("received"), Qt.SortOrder.DescendingOrder)  # 6 5 4 3 2 1 on screen
    selection = page.view.selectionModel()
    page.view.clearSelection()
    for shown_row in (0, 2, 3):  # requests 6, 4 and 3
        selection.select(page.proxy.index(shown_row, col("number")), selection.SelectionFlag.Select)
    answer(monkeypatch, Yes)
    page.remove_selected()
    assert [r.number for r in report.ledger.requests] == ["1", "2", "5"]
    assert report.cells["requests/1/natural"] == 3
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert [r.number for r in report.ledger.requests] == ["1", "2", "3", "4", "5", "6"]
    assert report.cells["requests/1/natural"] == 6


def deadline_cell(page: Any, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
    """The first request's 剩余工作日/期限 cell as shown (or its tooltip)."""
    return str(page.model.data(page.model.index(0, col("deadline")), role))


def one_request(window: MainWindow, request: Request) -> tuple[LedgerPage, Any, Callable[..., str]]:
    """The ledger page holding ``request`` alone, the report, and its deadline cell's text (or tooltip)."""
    page = open_ledger(window, (request,))
    return page, window.document.report, partial(deadline_cell, page)  # type: ignore[union-attr]


def test_supplement_and_consultation_dates_move_the_deadline(qtbot: Any, window: MainWindow) -> None:
    # 2024 has no holiday file: weekends only. Received Mon 11月4日, due Mon 12月2日: on 12月20日
    # fourteen working days late.
    page, report, deadline = one_request(window, Request("依申请〔2024〕8号", "2024-11-04", applicant="natural"))
    model = page.model
    assert deadline() == "逾期14个工作日"
    assert [model.headerData(col(k), Qt.Orientation.Horizontal) for k in ("supplemented", "consult_start",
                                                                          "consult_end")] == ["补正后收到", "征求意见", "收到意见"]
    assert "条例第三十条" in model.headerData(col("supplemented"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    # 补正 arrived Mon 11月25日: due Mon 12月23日, one working day left
    type_cell(qtbot, page, 0, "supplemented", "2024年11月25日")
    assert report.ledger.requests[0].supplemented == "2024-11-25"
    assert page.view.currentIndex().column() == col("consult_start")  # Enter walks on to the next date
    assert deadline() == "剩1个工作日"
    assert "自补正后收到之日起计算" in deadline(Qt.ItemDataRole.ToolTipRole)
    # a letter for the third party's opinion went out Mon 12月16日: the clock stands still
    type_cell(qtbot, page, 0, "consult_start", "2024-12-16")
    assert deadline() == "暂停·剩5个工作日"
    # the opinion came Wed 12月18日: two working days paused, due Wed 12月25日
    type_cell(qtbot, page, 0, "consult_end", "2024-12-18")
    assert report.ledger.requests[0].consult_end == "2024-12-18" and deadline() == "剩3个工作日"
    assert "征求意见 2 个工作日不计入" in deadline(Qt.ItemDataRole.ToolTipRole)
    # an opinion dated before the letter is refused by nobody but pointed at by the checks
    type_cell(qtbot, page, 0, "consult_end", "2024-12-13")
    assert any(f.rule == "T4" and "收到意见日期 2024-12-13 早于征求意见日期 2024-12-16" in f.message
               for f in window.document.findings)  # type: ignore[union-attr]
    type_cell(qtbot, page, 0, "consult_end", "2024-13-01")
    assert "不是有效日期" in window.status.text() and report.ledger.requests[0].consult_end == "2024-12-13"
    for _ in range(4):
        window.document.undo_stack.undo()  # type: ignore[union-attr]
    assert report.ledger.requests[0].supplemented == "" and deadline() == "逾期14个工作日"


def test_a_request_waiting_for_its_supplement_shows_no_overdue(qtbot: Any, window: MainWindow) -> None:
    # received Mon 11月4日 and long overdue on 12月20日, until the clerk records the 补正 asked for on
    # 11月6日: no period runs before the supplement comes (条例第三十条)
    page, report, deadline = one_request(window, Request("依申请〔2024〕9号", "2024-11-04", applicant="natural"))
    model = page.model
    assert deadline() == "逾期14个工作日"
    assert model.headerData(col("supplement_asked"), Qt.Orientation.Horizontal) == "补正告知"
    type_cell(qtbot, page, 0, "supplement_asked", "2024-11-06")
    assert report.ledger.requests[0].supplement_asked == "2024-11-06"
    assert page.view.currentIndex().column() == col("supplemented")
    assert deadline() == "等待补正"
    assert "期限尚未起算" in deadline(Qt.ItemDataRole.ToolTipRole)
    assert not any(f.rule == "L-overdue" for f in window.document.findings)  # type: ignore[union-attr]
    type_cell(qtbot, page, 0, "supplemented", "2024-12-16")      # came Mon 12月16日: 20 days from then
    assert deadline() == "剩16个工作日"
