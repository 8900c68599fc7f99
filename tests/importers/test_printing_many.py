"""The corpus printed by LibreOffice in batches (scripts/libreoffice.py): one run given 257 text files
converted the first 247 and exited 0, so test_corpus_printed lost every report added after them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from scripts import libreoffice  # noqa: E402


def test_no_run_is_given_more_files_than_a_batch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runs: list[list[str]] = []

    def run(args: list[str], **_: Any) -> subprocess.CompletedProcess[bytes]:
        given = [a for a in args if a.endswith(".txt")]
        runs.append(given)
        for name in given:
            (tmp_path / "out" / (Path(name).stem + ".docx")).write_bytes(b"")
        return subprocess.CompletedProcess(args, 0)

    monkeypatch.setattr(libreoffice, "soffice", lambda: "soffice")
    monkeypatch.setattr(libreoffice.subprocess, "run", run)
    sources = [tmp_path / f"r{i:03}.txt" for i in range(2 * libreoffice.BATCH + 3)]
    out = libreoffice.convert_many(sources, "docx", tmp_path / "out", tmp_path / "work")
    assert [p.stem for p in out] == [p.stem for p in sources]
    assert [len(r) for r in runs] == [libreoffice.BATCH, libreoffice.BATCH, 3]
