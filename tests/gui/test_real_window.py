"""At least one test against a real window: the editor under Xvfb (the xcb platform, a real X
server), driven by scripts/screenshots.py, which opens reports, jumps to a finding, accepts a
warning and grabs the screen — with the system's CJK fonts hidden, so the shipped font must work."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parent.parent.parent


def test_real_window_under_xvfb(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Xvfb (.ci/run installs xvfb)")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb)")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", NIANBAO_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable,
                           str(ROOT / "scripts" / "screenshots.py"), "--out", str(tmp_path), "--no-system-cjk"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["platform"] == "xcb"
    assert "Droid Sans Fallback" in result["font"]
    assert result["screen"][0] == 1366 and result["screen"][1] <= 768
    assert result["problems"] == []  # nothing cut off on a 1366×768 screen: window, pages, tables, buttons
    shot = QImage(str(tmp_path / "table3-finding.png"))
    assert shot.width() == 1366 and shot.height() <= 768
    # the error mark of 表三 （六）其他处理 is drawn: some pixels are the error red
    red = QColor("#d32f2f")
    found = any(QColor(shot.pixel(x, y)) == red for x in range(0, shot.width(), 2)
                for y in range(0, shot.height(), 2))
    assert found, "no error mark on the screenshot of 表三"
    for name in ("start-page.png", "narrative.png", "findings-dock.png"):
        assert (tmp_path / name).stat().st_size > 20_000, name


def test_real_window_fits_a_1366x768_screen_at_150_percent(tmp_path: Path) -> None:
    """At 150 % scaling Qt sees a 910×512 screen: the window and every page must still fit."""
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb)")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1.5", NIANBAO_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable,
                           str(ROOT / "scripts" / "screenshots.py"), "--out", str(tmp_path), "--check-only"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["screen"][0] < 1000  # the scale factor took effect
    assert result["problems"] == []
