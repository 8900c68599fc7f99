"""200 SIGKILLs across saves, exports and the autosave journal: nothing unreadable, nothing mixed,
no stray files after the next write, at most about a second of edits lost (kill_harness.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).with_name("kill_harness.py")


def test_two_hundred_kills_leave_readable_files_no_litter_and_lose_under_a_second(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(HARNESS), "--kills", "200"], capture_output=True, text=True,
                          timeout=600, env={"NIANBAO_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    assert sum(figures["kills"].values()) == 200
    assert figures["kills"]["journal"] >= 10 and figures["kills"]["save"] >= 90 and figures["kills"]["export"] >= 90
    assert figures["unreadable"] == 0 and figures["mixed"] == 0 and figures["journal_unrecoverable"] == 0
    assert figures["stray_after_next_write"] == 0, figures["failures"]
    assert figures["max_seconds_lost"] <= 1.1
    assert figures["temps_seen_right_after_kill"] > 0  # the kills did land mid-save
    assert proc.returncode == 0, proc.stderr[-2000:]
