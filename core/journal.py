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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from core import atomic, surrogates
from core.damage import damage
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
    """The autosave of one open report.

    ``background``: the editor's mode. An edit only notes the change (``record`` never touches the
    disk, so the Enter that commits a value repaints at once, however slow the disk), the editor's
    timer calls ``tick``, and the file is written by a worker thread from a copy taken on the
    calling thread. Without it (scripts, tests) ``record`` writes when a write is due."""

    def __init__(self, source: str = "", folder: Optional[Path] = None, interval: float = 1.0,
                 clock: Callable[[], float] = time.monotonic, background: bool = False) -> None:
        self.folder = (folder or data_dir()) / "autosave"
        self.source = source
        self.interval = interval
        self.clock = clock
        self.background = background
        self.path = self.folder / (_doc_id(source) + SUFFIX)
        self._pending: Optional[Report] = None
        self._last_write = float("-inf")
        self._writer: Optional[ThreadPoolExecutor] = None
        self._inflight: Optional[Future[bool]] = None
        self.problem = ""
        """Why the last autosave could not be written ("" when it was): a full disk or a read-only
        data folder must not break editing, so the editor shows this instead of a traceback."""

    def record(self, report: Report) -> bool:
        """Note the report changed; writes now when the last write is ``interval`` old (in the
        background mode never: the next ``tick`` does)."""
        self._pending = report
        return False if self.background else self.tick()

    def tick(self) -> bool:
        """Write a pending change if enough time has passed; call it from a timer. In the
        background mode the write is handed to the worker thread (one at a time)."""
        if self._pending is None or self.clock() - self._last_write < self.interval:
            return False
        if not self.background:
            self.flush()
            return True
        if self._inflight is not None and not self._inflight.done():
            return False                                # the next tick takes this change
        report, body = self._pending, self._body(self._pending)
        self._pending = None
        self._last_write = self.clock()
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._inflight = self._writer.submit(self._write, body, report)
        return True

    def flush(self) -> bool:
        """Write the pending change now and wait for it (e.g. when the window loses focus, or the
        program is about to stop). A failure is kept in ``problem`` and retried at the next tick;
        it never reaches the edit that triggered it."""
        ok = self._wait()
        if self._pending is None:
            return ok
        report = self._pending
        self._pending = None
        return self._write(self._body(report), report)

    def _body(self, report: Report) -> dict[str, object]:
        """What is written, taken on the caller's thread (the report keeps changing under edits)."""
        body = report_to_dict(report)
        body["journal"] = {"source": os.path.abspath(self.source) if self.source else "",
                           "saved_at": time.time()}
        return body

    def _write(self, body: dict[str, object], report: Report) -> bool:
        """Write ``body``; on failure ``report`` is pending again, for the next tick."""
        base = Path(self.source).parent if self.source else self.folder
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, surrogates.encode(json_text(body)), verifier("自动保存的文件", base))
        except ProjectFileError as e:  # what was written would not open again: nothing to recover from
            self.problem = f"自动保存失败：当前内容保存后无法重新打开（{e}）。请检查并改正刚才的修改"
        except OSError as e:
            self.problem = f"自动保存失败：{atomic.reason(e)}（{self.folder}）。请尽快手动保存"
        except Exception as e:  # noqa: BLE001 - on the worker thread nothing else would ever see it
            self.problem = f"自动保存失败（{damage(e)}）。请尽快手动保存"
        else:
            self.problem = ""
            self._last_write = self.clock()
            return True
        if self._pending is None:
            self._pending = report
        self._last_write = self.clock()
        return False

    def _wait(self) -> bool:
        """Let a write in the worker finish; whether it succeeded (True when none was running)."""
        inflight, self._inflight = self._inflight, None
        return True if inflight is None else inflight.result()

    def retarget(self, source: str) -> None:
        """After "save as": the journal follows the new file name."""
        self.discard()
        writer = self._writer
        self.__init__(source, self.folder.parent, self.interval, self.clock, self.background)  # type: ignore[misc]
        self._writer = writer

    def discard(self) -> None:
        """The report was saved or closed cleanly: nothing to recover (a write under way finishes
        first, so it cannot bring the file back afterwards)."""
        self._wait()
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
