"""Where an unexpected error is written down: today's log in the user's data folder, for the
editor's error dialog and the command line's last line alike."""

from __future__ import annotations

import datetime
import traceback
from pathlib import Path
from types import TracebackType
from typing import Optional

from core.paths import data_dir


def log_folder() -> Path:
    return data_dir() / "logs"


def write_log(exc_type: type[BaseException], exc: BaseException, tb: Optional[TracebackType]) -> Path:
    """Append the traceback to today's log; returns the log's path (``OSError`` if it cannot)."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now()
    path = folder / f"错误记录-{now:%Y%m%d}.log"
    with path.open("a", encoding="utf-8") as f:
        f.write(f"==== {now:%Y-%m-%d %H:%M:%S} ====\n")
        f.write("".join(traceback.format_exception(exc_type, exc, tb)))
        f.write("\n")
    return path
