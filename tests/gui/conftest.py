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


def township_copy(tmp_path: Path, name: str = "huaian-city-2024.nianbao") -> Path:
    """A real fixture saved as a township's report: its 96,171.6 万元 of fees, real for a city, is
    then a likely 元 typed into the 万元 column (R8 warns), a warning for the accept tests."""
    from core import storage

    report = storage.load(fixture(name))
    report.organ = "某某镇人民政府"
    report.title = ""
    target = tmp_path / f"township-{name}"
    storage.save(report, target)
    return target


def own_sentence_copy(tmp_path: Path) -> Path:
    """洪泽区 2024 with its 17 requests said of the district government itself ("区政府受理…17 件",
    not "区政府办代表区政府…"): R6 then warns, since 表三 counts 95."""
    from core import storage

    report = storage.load(fixture("hongze-district-2024.nianbao"))
    report.texts["1"] = report.texts["1"].replace("区政府办代表区政府受理", "区政府受理")
    target = tmp_path / "hongze-own-sentence.nianbao"
    storage.save(report, target)
    return target
