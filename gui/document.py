"""One open report in the editor: its Session, its undo stack and its autosave timer.

Views never change the report themselves: they hand a core command to ``Document.execute``, which
runs it through the Session, pushes the undo step and announces the result with ``edited``; every
view (tables, navigator badges, findings dock, narrative editors) redraws from that one signal,
whether the edit came from typing, a paste, undo or redo.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core.commands import Command, CommandError
from core.findings import Finding
from core.journal import Journal
from core.report import Report
from core.session import Executed, Session
from gui.undo import EditCommand


class Document(QObject):
    edited = Signal(object)
    """An ``Executed``: the change and the findings after it."""
    autosave_failed = Signal(str)
    """The journal could not be written (full disk, read-only data folder): the Chinese reason."""

    def __init__(self, report: Report, path: Union[str, Path, None] = None,
                 journal: Optional[Journal] = None, parent: Optional[QObject] = None,
                 unsaved: bool = False) -> None:
        """``unsaved``: the report holds work not in any file yet (recovered, rolled over)."""
        super().__init__(parent)
        self._unsaved = unsaved
        if journal is None:
            journal = Journal(str(path) if path else "")
        journal.background = True   # an edit never waits for the disk: the timer below writes
        self.session = Session(report, journal=journal, path=path)
        self.undo_stack = QUndoStack(self)
        self.timer = QTimer(self)
        self.timer.setInterval(250)  # a change is on disk about a second after it was made, at most
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    @property
    def report(self) -> Report:
        return self.session.report

    @property
    def findings(self) -> list[Finding]:
        return self.session.findings

    @property
    def path(self) -> Optional[Path]:
        return self.session.path

    @property
    def modified(self) -> bool:
        return self._unsaved or not self.undo_stack.isClean()

    def execute(self, command: Command, merge: bool = False) -> Optional[str]:
        """Run an edit; returns the Chinese reason when the core refuses it (report unchanged)."""
        try:
            executed = self._run(command)
        except CommandError as e:
            return str(e)
        self.undo_stack.push(EditCommand(self._run, command, executed, merge))
        return None

    def _run(self, command: Command) -> Executed:
        executed = self.session.execute(command)
        self.edited.emit(executed)
        return executed

    def tick(self) -> None:
        journal = self.session.journal
        if journal is not None:
            journal.tick()
            if journal.problem:
                self.autosave_failed.emit(journal.problem)

    def flush_autosave(self) -> None:
        journal = self.session.journal
        if journal is not None:
            journal.flush()

    def save(self, path: Union[str, Path, None] = None) -> Path:
        saved = self.session.save(path)
        self._unsaved = False
        self.undo_stack.setClean()
        return saved

    def close(self) -> None:
        """A clean close: the autosave is dropped (the clerk saved or chose to discard)."""
        self.timer.stop()
        self.session.close()
