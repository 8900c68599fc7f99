"""The first window appears before PySide6 builds its ``Qt`` namespace.

Why: ``PySide6.QtCore.Qt`` holds about a hundred enums that PySide6 turns into Python enums all at
once on first use, about 10 ms in the frozen app — a third of what separates the editor's first
window from a bare PySide6 window (benchmarks/packaging.py, goal ≤ 1.3×). The start page and the
window's frame therefore do without it; the report's pages use it freely. Run in a fresh
interpreter: the test process has long loaded it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
sys.path.insert(0, {root!r})
from PySide6 import QtCore
from gui.app import create_app, settings
from gui.main_window import MainWindow
app = create_app([sys.argv[0]])
window = MainWindow(settings())
window.show()
window.grab()
app.processEvents()
print("first window, Qt namespace loaded:", "Qt" in vars(QtCore))
window.open_path({sample!r})
app.processEvents()
print("report open:", window.document is not None, "docks:", window.nav_dock is not None and window.nav_dock.isVisible())
"""


def test_first_window_leaves_the_qt_namespace_for_later(tmp_path: Path) -> None:
    sample = str(ROOT / "templates" / "samples" / "selftest.nianbao")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NIANBAO_DATA_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT), sample=sample)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "first window, Qt namespace loaded: False" in proc.stdout, proc.stdout
    assert "report open: True docks: True" in proc.stdout, proc.stdout
