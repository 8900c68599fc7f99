"""CI's brief turn of the coverage-guided fuzzer (``fuzz.py``; hours-long runs are by hand)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed")
def test_project_reader_survives_a_fuzzing_burst() -> None:
    done = subprocess.run([sys.executable, str(HERE / "fuzz.py"), "--seconds", "5", "--reader", "project"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "0 failures" in done.stdout
