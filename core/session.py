"""One open report and the one way to change it.

``Session.execute(cmd)`` applies an edit command, re-validates only what the edit touched, records
it in the autosave journal and returns the inverse (for undo), the change and the current
findings. The editor's undo stack, scripts, rollover and tests all edit through here, so the
findings on screen are always those of the report in memory and no edit escapes the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from core import storage
from core.commands import Change, Command, SetLastYear
from core.findings import Finding
from core.journal import Journal
from core.report import Report
from core.validate import Validator


@dataclass(frozen=True)
class Executed:
    inverse: Command
    change: Change
    findings: list[Finding]


class Session:
    """A report being edited: its validator, its journal, and where it is saved.

    ``journal=None`` (scripts, tests, rollover) keeps no autosave; the editor passes a ``Journal``.
    """

    def __init__(self, report: Report, last_year: Optional[Report] = None,
                 journal: Optional[Journal] = None, path: Union[str, Path, None] = None) -> None:
        self.report = report
        if last_year is not None:
            SetLastYear(last_year).apply(report)
        self.validator = Validator(report)
        self.journal = journal
        self.path: Optional[Path] = Path(path) if path else None
        self.dirty = False

    @property
    def findings(self) -> list[Finding]:
        return self.validator.findings()

    def execute(self, command: Command) -> Executed:
        """Apply ``command``; raises ``CommandError`` (report unchanged) when it cannot be made."""
        applied = command.apply(self.report)
        change = applied.change
        if change.last_year:
            findings = self.validator.revalidate()
        else:
            findings = self.validator.update(change.reads())
        self.dirty = True
        if self.journal is not None:
            self.journal.record(self.report)
        return Executed(applied.inverse, change, findings)

    def save(self, path: Union[str, Path, None] = None) -> Path:
        """Save atomically (keeping ``.bak``); the journal then has nothing left to recover."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("save() needs a path for a report never saved")
        saved = storage.save(self.report, target)
        if self.journal is not None:
            if self.path is None or saved.resolve() != self.path.resolve():
                self.journal.retarget(str(saved))
            else:
                self.journal.discard()
        self.path = saved
        self.dirty = False
        return saved

    def close(self) -> None:
        """A clean close: discard the autosave (the caller has saved or chosen to drop the edits)."""
        if self.journal is not None:
            self.journal.discard()
