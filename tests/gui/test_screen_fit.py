"""What a small screen must still show: 表三's header rows over the page while typing far down,
and no page that must scroll sideways (a wide table scrolls on its own)."""

from __future__ import annotations

from typing import Any

from conftest import fixture
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.tables_page import TablesPage


def test_header_rows_stay_on_screen_while_typing_far_down_table3(qtbot: Any, window: MainWindow) -> None:
    window.resize(1000, 560)
    assert window.open_path(str(fixture("hongze-district-2024.nianbao")))
    assert window.editor is not None
    page = window.editor.pages["3"]
    assert isinstance(page, TablesPage)
    view = window.editor.views["requests"]
    header = page.frozen[page.views.index(view)]
    window.jump_to("3", "requests/1/natural")
    QApplication.processEvents()
    assert not header.isVisible()  # the real header is on screen
    last = view.inputs()[-1]
    window.jump_to("3", last.address)
    QApplication.processEvents()
    assert page.verticalScrollBar().value() > 0
    assert header.isVisible() and header.y() == 0
    assert header.height() >= sum(view.rowHeight(r) for r in range(view.sheet.view.header_rows))
    assert header.x() == view.mapTo(page.viewport(), QPoint(0, 0)).x()
    rect = view.visualRect(view.currentIndex())
    top = view.viewport().mapTo(page.viewport(), rect.topLeft()).y()
    assert top >= header.height()  # the current cell is not under the frozen header
    assert top + rect.height() <= page.viewport().height()
    assert header.model() is view.model()  # one model: it cannot disagree with the table
    window.jump_to("3", "requests/1/natural")
    QApplication.processEvents()
    assert not header.isVisible()


def test_no_table_page_scrolls_sideways_in_a_narrow_window(qtbot: Any, window: MainWindow) -> None:
    window.resize(900, 600)
    assert window.open_path(str(fixture("hongze-district-2024.nianbao")))
    assert window.editor is not None and window.navigator is not None
    for key, page in window.editor.pages.items():
        window.navigator.select(key)
        QApplication.processEvents()
        if not isinstance(page, TablesPage):
            continue
        assert page.horizontalScrollBar().maximum() == 0, key
        for view in page.views:
            right = view.mapTo(page.viewport(), view.rect().topRight()).x()
            assert right <= page.viewport().width(), (key, view.sheet.view.name)
            if view.full_width() > view.width():  # too wide: its own bar, and room for it
                assert view.horizontalScrollBar().isVisible() or view.horizontalScrollBar().maximum() > 0
                rows = sum(view.rowHeight(r) for r in range(view.sheet.view.n_rows))
                assert view.height() >= rows + view.horizontalScrollBar().sizeHint().height()


def test_typing_on_the_start_page_goes_into_the_organ_field(qtbot: Any, window: MainWindow) -> None:
    """The first keystrokes of a new clerk (and the fcitx5 test of the installed app) land in 机关名称."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget() is window.start.organ
    qtbot.keyClicks(QApplication.focusWidget(), "abc")
    assert window.start.organ.text().endswith("abc")


def test_recent_menu_shows_an_ampersand_in_a_path(qtbot: Any, window: MainWindow) -> None:
    window.settings.setValue("recent", ["/home/clerk/A&B/2024.nianbao"])
    window._fill_recent()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts == ["&1 /home/clerk/A&&B/2024.nianbao"]  # shown as "A&B", not "AB" with B underlined
