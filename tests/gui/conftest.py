"""pytest-qt fixtures: the real main window, with the app set up as ``python main.py`` sets it up.

Modal questions (unsaved work on close, recovery) are answered by the test through ``answers``;
nothing is mocked below the window: the core, the files and Qt are the real ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app import settings, setup_app
from gui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Questions asked by QMessageBox.question are recorded; the answer is Discard."""
    asked: list[Any] = []

    def question(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.Discard

    def warning(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


@pytest.fixture
def window(qtbot: Any, qapp: QApplication, answers: list[Any]) -> Iterator[MainWindow]:
    setup_app(qapp)
    w = MainWindow(settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.document is not None:
        w.document.close()


def fixture(name: str) -> Path:
    hits = list(FIXTURES.glob(f"*/{name}"))
    assert hits, name
    return hits[0]
