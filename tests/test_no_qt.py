"""The core never imports Qt: importing every core module and running ``main.py check`` leaves Qt unloaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from builders import clean_last_year, clean_report

from core import storage

ROOT = Path(__file__).resolve().parents[1]
QT_PREFIXES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")

PROBE = r"""
import importlib, json, pkgutil, sys
import core
imported = []
for info in pkgutil.walk_packages(core.__path__, "core."):
    importlib.import_module(info.name)
    imported.append(info.name)
import main
try:
    status = main.main(["check", sys.argv[1]])
except SystemExit as e:
    status = e.code
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "PyQt5", "PyQt6", "shiboken6")))
print("@@" + json.dumps({"imported": imported, "status": status, "qt": qt}))
"""


def test_core_and_cli_never_import_qt(tmp_path: Path) -> None:
    report = clean_report("2021")
    storage.attach_last_year(report, clean_last_year(report))
    path = storage.save(report, tmp_path / "r.nianbao")
    env = dict(os.environ, NIANBAO_DATA_DIR=str(tmp_path / "userdata"))
    proc = subprocess.run([sys.executable, "-c", PROBE, str(path)], cwd=ROOT, env=env, capture_output=True,
                          encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("@@"))
    result = json.loads(line[2:])
    assert result["status"] == 0
    expected = {f"core.{p.stem}" for p in (ROOT / "core").glob("*.py") if p.stem != "__init__"}
    assert expected <= set(result["imported"])
    assert not [m for m in result["qt"] if m.startswith(QT_PREFIXES)], f"Qt loaded by the core: {result['qt']}"


def test_probe_would_see_qt(tmp_path: Path) -> None:
    """The check is meaningful: importing PySide6 (when installed) does show up in sys.modules."""
    code = ("import importlib.util, sys\n"
            "if importlib.util.find_spec('PySide6') is None: print('absent')\n"
            "else:\n import PySide6.QtCore\n print(any(m.startswith('PySide6') for m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, encoding="utf-8",
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() in ("True", "absent")
