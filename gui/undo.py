"""The one QUndoCommand: it adapts ``Session.execute`` to Qt's undo stack.

Redo executes the core command, undo executes the inverse the core returned, and each execution
hands back the next inverse, so undo/redo works for every edit the core knows (cells, pastes,
text, acceptances, last year) without a line of edit logic here. Typing into one narrative
editor merges into one step (the first inverse is kept, the latest text is redone).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from PySide6.QtGui import QUndoCommand

from core.commands import Command, SetText
from core.session import Executed

TEXT_MERGE_ID = 1001

Run = Callable[[Command], Executed]


class EditCommand(QUndoCommand):
    """One edit on the stack. Created after the edit was executed (so a refused edit never enters
    the stack); the first ``redo`` that ``QUndoStack.push`` calls is therefore skipped."""

    def __init__(self, run: Run, command: Command, executed: Executed, merge: bool = False) -> None:
        super().__init__(command.label)
        self._run = run
        self._redo_cmd: Command = command
        self._undo_cmd: Command = executed.inverse
        self._done = True
        self._merge = merge and isinstance(command, SetText)

    def id(self) -> int:
        return TEXT_MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or not other._merge or not self._merge:
            return False
        mine, theirs = self._redo_cmd, other._redo_cmd
        if not (isinstance(mine, SetText) and isinstance(theirs, SetText)) or mine.section != theirs.section:
            return False
        self._redo_cmd = theirs
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._undo_cmd = self._run(self._redo_cmd).inverse

    def undo(self) -> None:
        self._redo_cmd = self._run(self._undo_cmd).inverse

    @property
    def command(self) -> Command:
        return self._redo_cmd

    @property
    def inverse(self) -> Optional[Command]:
        return self._undo_cmd
