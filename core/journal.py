"""Autosave for crash recovery: the open report's latest state, at most a second old.

The journal lives in the user's data folder (never beside the program, which may be read-only
for a clerk without admin rights). The editor calls ``record`` after each edit and ``tick`` from
a timer; a write happens when the last one is a second old, so a crash loses at most about a
second of typing. A clean save or close discards the journal; on start, ``pending`` lists what a
crash left behind, newer than the saved file, to offer for recovery.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from core import atomic, surrogates
from core.paths import data_dir
from core.project_json import ProjectFileError, json_text, parse_text, report_to_dict
from core.report import Report
from core.storage import load_text, read_text, verifier, write_atomic

SUFFIX = ".autosave.json"


def _doc_id(source: str) -> str:
    if source:
        return hashlib.sha1(os.path.abspath(source).encode("utf-8")).hexdigest()[:16]
    return "untitled-" + uuid.uuid4().hex[:12]


class Journal:
    """The autosave of one open report."""

    def __init__(self, source: str = "", folder: Optional[Path] = None, interval: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = (folder or data_dir()) / "autosave"
        self.source = source
        self.interval = interval
        self.clock = clock
        self.path = self.folder / (_doc_id(source) + SUFFIX)
        self._pending: Optional[Report] = None
        self._last_write = float("-inf")
        self.problem = ""
        """Why the last autosave could not be written ("" when it was): a full disk or a read-only
        data folder must not break editing, so the editor shows this instead of a traceback."""

    def record(self, report: Report) -> bool:
        """Note the report changed; writes now when the last write is ``interval`` old."""
        self._pending = report
        return self.tick()

    def tick(self) -> bool:
        """Write a pending change if enough time has passed; call it from a timer."""
        if self._pending is None or self.clock() - self._last_write < self.interval:
            return False
        self.flush()
        return True

    def flush(self) -> bool:
        """Write the pending change now (e.g. when the window loses focus). A failure is kept in
        ``problem`` and retried at the next tick; it never reaches the edit that triggered it."""
        if self._pending is None:
            return True
        body = report_to_dict(self._pending)
        body["journal"] = {"source": os.path.abspath(self.source) if self.source else "",
                           "saved_at": time.time()}
        base = Path(self.source).parent if self.source else self.folder
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, surrogates.encode(json_text(body)), verifier("自动保存的文件", base))
        except ProjectFileError as e:  # what was written would not open again: nothing to recover from
            self.problem = f"自动保存失败：当前内容保存后无法重新打开（{e}）。请检查并改正刚才的修改"
            self._last_write = self.clock()
            return False
        except OSError as e:
            self.problem = f"自动保存失败：{atomic.reason(e)}（{self.folder}）。请尽快手动保存"
            self._last_write = self.clock()
            return False
        self.problem = ""
        self._pending = None
        self._last_write = self.clock()
        return True

    def retarget(self, source: str) -> None:
        """After "save as": the journal follows the new file name."""
        self.discard()
        self.__init__(source, self.folder.parent, self.interval, self.clock)  # type: ignore[misc]

    def discard(self) -> None:
        """The report was saved or closed cleanly: nothing to recover."""
        self._pending = None
        for p in (self.path, self.path.with_name(self.path.name + ".bak")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


@dataclass(frozen=True)
class Recovery:
    journal: Path
    source: str
    saved_at: float


def pending(folder: Optional[Path] = None) -> list[Recovery]:
    """Journals a crash left behind that are newer than their saved file, newest first."""
    base = (folder or data_dir()) / "autosave"
    found = []
    try:
        journals = sorted(base.glob("*" + SUFFIX))
    except OSError:
        return []
    for p in journals:
        with contextlib.suppress(OSError):
            atomic.remove_stale_temps(p)
        try:  # the one boundary of journal reading: a damaged journal is skipped, never a traceback
            meta = parse_text(read_text(p), "自动保存的文件")["journal"]
            source, saved_at = str(meta["source"]), float(meta["saved_at"])
            if "\x00" in source or not math.isfinite(saved_at):
                continue
        except (ProjectFileError, ValueError, KeyError, TypeError, ArithmeticError):
            continue
        try:
            saved_since = bool(source) and os.path.exists(source) and os.path.getmtime(source) >= saved_at
        except (OSError, ValueError):
            saved_since = False
        if saved_since:
            continue
        found.append(Recovery(p, source, saved_at))
    return sorted(found, key=lambda r: -r.saved_at)


def recover(recovery: Recovery) -> Report:
    """The report as it was at the last autosave."""
    base = Path(recovery.source).parent if recovery.source else recovery.journal.parent
    return load_text(read_text(recovery.journal), "自动保存的文件", base)
