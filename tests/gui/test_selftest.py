"""``main.py --selftest`` from the source tree: the same checks the frozen bundle runs after every
build (open, export, read each export back, preview, pinyin order), here without a build so a quick
test run catches a self-test that no longer passes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NIANBAO_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--selftest"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for part in ("自检通过", "字体已嵌入", "pdf 回读 200 格一致", "docx 回读", "xlsx 回读", "RTF 可读", "打印预览"):
        assert part in proc.stdout, proc.stdout
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())  # touches no user data
