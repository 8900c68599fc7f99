"""Enter in a cell repaints the cells the edit changed, not the whole table (issue 21: the table's
cells are painted in Python, and Qt's whole-viewport repaint on every focus change was most of
the time from Enter to the repainted total)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

import gui.cell_delegate as cell_delegate
from core import storage
from gui.main_window import MainWindow
from tests.builders import clean_report
from tests.gui.helpers import cell_text, type_into, view


def test_a_second_enter_paints_a_few_cells(window: MainWindow, tmp_path: Path, qtbot: Any,
                                           monkeypatch: Any) -> None:
    painted: list[tuple[int, int]] = []
    paint = cell_delegate.CellDelegate.paint

    def counting(self: Any, painter: Any, option: Any, index: Any) -> None:
        painted.append((index.row(), index.column()))
        paint(self, painter, option, index)

    monkeypatch.setattr(cell_delegate.CellDelegate, "paint", counting)   # before the delegates exist
    path = tmp_path / "r.nianbao"
    storage.save(clean_report("2021"), path)
    assert window.open_path(str(path))
    v = view(window, "requests")
    type_into(qtbot, v, "requests/3.1/natural", "13")        # the first edit lays out the findings dock
    QApplication.processEvents()
    assert painted
    painted.clear()
    type_into(qtbot, v, "requests/3.1/natural", "14")
    QApplication.processEvents()
    assert cell_text(v, "requests/3.1/natural") == "14"
    assert 0 < len(set(painted)) <= 12, sorted(set(painted))
