"""Every table of both formats walked by keyboard alone, as a clerk types a column of numbers.

Form order is the order of the paper form: row by row, left to right, across a section's tables
one after the other (表二's blocks read as one form). Each walk types a different number into each
input cell and checks that number landed in that cell, then keeps pressing past the end: the app
must stay alive and the cursor must stay on the page (the last cell, or the section's text below).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from tiers import QUICK

from core.sheet import CellView
from gui.form_view import FormView
from gui.main_window import MainWindow
from gui.tables_page import TablesPage

YEARS = {"2021": 2024, "2019": 2020}


def open_blank(window: MainWindow, fmt: str) -> None:
    assert window.files.new_blank(YEARS[fmt], "某某镇人民政府") is not None
    window.activateWindow()  # keys go to the focus widget of the active window
    for _ in range(50):
        if QApplication.activeWindow() is window:
            break
        QApplication.processEvents()
    assert window.document is not None and window.document.report.form.format == fmt


def table_pages(window: MainWindow) -> list[tuple[str, TablesPage]]:
    assert window.editor is not None
    return [(k, p) for k, p in window.editor.pages.items() if isinstance(p, TablesPage)]


def form_order(page: TablesPage) -> list[tuple[FormView, CellView]]:
    """The spec: input cells by (row, column) within a table, tables in page order."""
    return [(v, c) for v in page.views
            for c in sorted((c for c in v.sheet.view.cells if c.is_value and c.editable), key=lambda c: (c.row, c.col))]


def current(page: TablesPage) -> tuple[FormView, str]:
    focus = QApplication.focusWidget()
    for v in page.views:
        if focus is v or (focus is not None and v.isAncestorOf(focus)):
            cell = v.sheet.cell(v.currentIndex())
            return v, cell.address if cell is not None else ""
    raise AssertionError(f"focus left the tables: {focus!r}")


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)
    QApplication.processEvents()  # Enter commits through a queued call


def type_text(qtbot: Any, text: str) -> None:
    for ch in text:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClicks(focus, ch)


def show_page(window: MainWindow, key: str, page: TablesPage) -> None:
    assert window.navigator is not None and window.editor is not None
    window.navigator.select(key)
    assert window.editor.currentWidget() is page
    page.focus_first()
    QApplication.processEvents()


def end_of_walk(qtbot: Any, page: TablesPage, last: tuple[FormView, CellView], key: Qt.Key) -> None:
    """Past the last cell: the section's text takes the keyboard, or the cursor stays put."""
    for _ in range(3):
        focus = QApplication.focusWidget()
        if page.text is not None and focus is page.text.edit:
            break
        press(qtbot, key)
        focus = QApplication.focusWidget()
        if page.text is not None and focus is page.text.edit:
            break
        assert current(page) == (last[0], last[1].address)
    assert page.isVisible()


TYPING_WALKS = [(fmt, key) for fmt in sorted(YEARS) for key in ("tab", "enter")
                if not QUICK or (fmt, key) in (("2021", "tab"), ("2019", "enter"))]
"""Both keys through both formats; the quick tier walks each format once, with a different key."""


@pytest.mark.parametrize("fmt,key_name", TYPING_WALKS)
def test_typing_walk_fills_every_cell_in_form_order(qtbot: Any, window: MainWindow, fmt: str, key_name: str) -> None:
    key = Qt.Key.Key_Tab if key_name == "tab" else Qt.Key.Key_Return
    open_blank(window, fmt)
    report = window.document.report  # type: ignore[union-attr]
    typed: dict[str, int] = {}
    for section, page in table_pages(window):
        show_page(window, section, page)
        order = form_order(page)
        assert order, section
        for n, (v, cell) in enumerate(order, len(typed) + 1):
            assert current(page) == (v, cell.address), f"{section}: expected {cell.label} before typing {n}"
            type_text(qtbot, str(n))
            assert isinstance(QApplication.focusWidget(), QLineEdit)
            press(qtbot, key)
            typed[cell.address] = n
        end_of_walk(qtbot, page, order[-1], key)
    for address, n in typed.items():
        assert report.cells[address] == n, address
    assert len(typed) == sum(len(form_order(p)) for _, p in table_pages(window))


@pytest.mark.parametrize("fmt", sorted(YEARS))
def test_selected_walk_and_back_without_typing(qtbot: Any, window: MainWindow, fmt: str) -> None:
    """Tab and Shift+Tab on cells that are only selected, to both ends and past them."""
    open_blank(window, fmt)
    for section, page in table_pages(window):
        show_page(window, section, page)
        order = form_order(page)
        for v, cell in order:
            assert current(page) == (v, cell.address)
            if (v, cell) != order[-1]:
                press(qtbot, Qt.Key.Key_Tab)
        # back from the last cell to the first with Shift+Tab, then past the start
        page.views[-1].setFocus()
        for v, cell in reversed(order):
            if current(page) != (v, cell.address):
                press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            assert current(page) == (v, cell.address)
        for _ in range(3):
            press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            assert current(page) == (order[0][0], order[0][1].address)


def arrow_target(cells: list[CellView], here: CellView, key: Qt.Key) -> CellView | None:
    """The spec for arrows: the nearest input cell that way in the same row (left/right) or in a
    row below/above that covers this column (down/up); None at the table's edge."""
    if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        right = key == Qt.Key.Key_Right
        row = [c for c in cells if c.row == here.row and (c.col > here.col if right else c.col < here.col)]
        return (min if right else max)(row, key=lambda c: c.col, default=None)
    down = key == Qt.Key.Key_Down
    col = [c for c in cells if c.col <= here.col < c.col + c.col_span and (c.row > here.row if down else c.row < here.row)]
    return (min if down else max)(col, key=lambda c: c.row, default=None)


@pytest.mark.parametrize("fmt", sorted(YEARS))
def test_arrows_reach_every_cell_and_stop_at_edges(qtbot: Any, window: MainWindow, fmt: str) -> None:
    """From every input cell each arrow goes where the spec says; off a table's edge a vertical
    arrow moves to the neighbouring table and a horizontal one stays."""
    open_blank(window, fmt)
    for section, page in table_pages(window):
        show_page(window, section, page)
        for v in page.views:
            cells = [c for c in v.sheet.view.cells if c.is_value and c.editable]
            for here in cells:
                for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up):
                    v.setFocus()
                    v.setCurrentIndex(v.sheet.index(here.row, here.col))
                    press(qtbot, key)
                    expected = arrow_target(cells, here, key)
                    if page.text is not None and QApplication.focusWidget() is page.text.edit:
                        # down from the last table's bottom row: on to the section's text below
                        assert expected is None and key == Qt.Key.Key_Down and v is page.views[-1]
                        continue
                    seen_view, seen = current(page)
                    if expected is not None:
                        assert (seen_view, seen) == (v, expected.address), (here.label, key)
                    elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
                        assert (seen_view, seen) == (v, here.address), (here.label, key)
                    else:  # vertical edge: the next/previous table with inputs, or stay
                        i = page.views.index(v)
                        step = 1 if key == Qt.Key.Key_Down else -1
                        others = [w for w in page.views[i + step::step] if w.inputs()] if step > 0 else \
                            [w for w in reversed(page.views[:i]) if w.inputs()]
                        if others:
                            assert seen_view is others[0]
                        else:
                            assert (seen_view, seen) == (v, here.address), (here.label, key)


def test_enter_on_the_last_cell_of_every_table_keeps_the_app(qtbot: Any, window: MainWindow) -> None:
    """The reported crash: a value typed into the last input of 表三/表四/表二 and Enter, then Tab."""
    for fmt in sorted(YEARS):
        open_blank(window, fmt)
        for section, page in table_pages(window):
            show_page(window, section, page)
            for v in page.views:
                last = v.inputs()[-1]
                v.setFocus()
                v.setCurrentIndex(v.sheet.index(last.row, last.col))
                type_text(qtbot, "3")
                press(qtbot, Qt.Key.Key_Return)
                assert window.document.report.cells[last.address] == 3  # type: ignore[union-attr]
                assert window.isVisible()
                focus = QApplication.focusWidget()
                assert focus is not None and page.isAncestorOf(focus), focus
                if not isinstance(focus, QPlainTextEdit):  # stayed in a table (this or the next one)
                    current(page)
        window.files.close_report()
