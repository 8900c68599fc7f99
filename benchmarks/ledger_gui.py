"""The ledger page's scroll frame time at thousands of requests (called by ``benchmarks/ledger.py
--gui``): the real page in a real window (offscreen unless DISPLAY is set), Page Down pressed as a
key event, the viewport repainted; the time from the key to the painted frame, beside a bare
QTableView over a plain model holding the same texts, scrolled the same way (the yardstick)."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _scroll(app: Any, view: Any, frames: int, page: bool) -> list[float]:
    """Key → painted frame: Page Down/Up (every visible row new: the whole viewport painted), or
    Down/Up held at the viewport's edge (the view scrolls by one row: Qt moves the pixels and paints
    the row that came in — what smooth scrolling costs per frame)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    app.processEvents()
    if not page:            # to the bottom edge of the first screenful, then one row at a time
        for _ in range(view.viewport().height() // max(1, view.rowHeight(0))):
            QTest.keyClick(view, Qt.Key.Key_Down)
        app.processEvents()
    keys = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) if page else (Qt.Key.Key_Down, Qt.Key.Key_Up)
    times = []
    for i in range(frames):
        key = keys[0] if (i // 40) % 2 == 0 else keys[1]
        t0 = time.perf_counter()
        QTest.keyClick(view, key)
        app.processEvents()          # the paint events the key caused
        times.append((time.perf_counter() - t0) * 1000)
    return times


def _summary(times: list[float]) -> str:
    s = sorted(times)
    return f"median {statistics.median(s):.2f} ms, p95 {s[int(0.95 * (len(s) - 1))]:.2f} ms"


def scroll_figures(rows: int, frames: int = 200) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from benchmarks.ledger import ledger_report
    from gui.app import create_app
    from gui.document import Document
    from gui.ledger_page import LedgerPage

    app = create_app([sys.argv[0]]) if QApplication.instance() is None else QApplication.instance()
    report, _, _ = ledger_report(rows)
    document = Document(report)
    page = LedgerPage(document)
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    ours = {p: _scroll(app, page.view, frames, p) for p in (False, True)}
    columns = page.model.columnCount()
    bare_model = QStandardItemModel(rows, columns)      # the same texts: Chinese costs the same to draw
    for r in range(rows):
        for c in range(columns):
            bare_model.setItem(r, c, QStandardItem(str(page.model.index(r, c).data() or "")))
    bare = QTableView()
    bare.setModel(bare_model)
    bare.resize(1366, 700)
    bare.show()
    app.processEvents()
    yard = {p: _scroll(app, bare, frames, p) for p in (False, True)}
    for p, what in ((False, "one row (Down at the edge)"), (True, "one page (Page Down/Up)")):
        print(f"ledger page, {rows} requests, scroll {what} → painted (goal ≤ 16 ms): {_summary(ours[p])}")
        print(f"  bare QTableView, same texts, same keys (yardstick): {_summary(yard[p])}; "
              f"ratio of medians {statistics.median(ours[p]) / statistics.median(yard[p]):.2f}×")
    page.close()
    bare.close()
