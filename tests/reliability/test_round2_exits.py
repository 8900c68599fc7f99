"""Exit codes and words of the command line (issue 18, item 10): an internal error has its own code
and one Chinese line naming the log; a closed pipe ends quietly; no English reaches the clerk."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from core.damage import damage
from core.safe_io import os_reason

ROOT = Path(__file__).resolve().parents[2]


def test_an_internal_error_has_its_own_exit_code_and_a_chinese_line(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import core.cli

    def broken(argv: list[str]) -> int:
        raise RuntimeError("boom in the program")

    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(core.cli, "main", broken)
    assert main.run_cli(["check", "x.nianbao"]) == main.EXIT_INTERNAL == 3
    err = capsys.readouterr().err
    assert "程序内部错误" in err and "错误记录已写入" in err and "Traceback" not in err and "boom" not in err
    logs = list((tmp_path / "logs").glob("*.log"))
    assert logs and "RuntimeError: boom in the program" in logs[0].read_text(encoding="utf-8")


def test_a_reader_closing_the_pipe_early_ends_it_quietly(tmp_path: Path) -> None:
    shell = f"{sys.executable} main.py new --year 2024 --organ 某某镇 {tmp_path / 'a.nianbao'} >/dev/null && " \
            f"{sys.executable} main.py check {tmp_path / 'a.nianbao'} --json | head -c 1"
    for _ in range(3):
        proc = subprocess.run(["bash", "-o", "pipefail", "-c", shell], cwd=ROOT, capture_output=True, text=True,
                              env=dict(os.environ, PYTHONUNBUFFERED="1"), timeout=60)
        assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr


@pytest.mark.parametrize("code", [errno.ENOENT, errno.EIO, errno.ETIMEDOUT, errno.EROFS, 0])
def test_os_errors_are_said_in_chinese(code: int) -> None:
    text = os_reason(OSError(code, "Some English strerror", "f"))
    assert "English" not in text and any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("e", [KeyError("x"), ValueError("bad"), UnicodeDecodeError("utf-8", b"x", 0, 1, "r"),
                               MemoryError(), RuntimeError("y"), OSError(errno.EIO, "I/O error")])
def test_what_went_wrong_inside_a_file_is_said_without_the_exceptions_name(e: BaseException) -> None:
    text = damage(e)
    assert type(e).__name__ not in text and any("\u4e00" <= ch <= "\u9fff" for ch in text)
