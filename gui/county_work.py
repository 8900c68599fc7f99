"""The 汇总 desk's work away from its layout: collecting on a worker thread, and re-summing an
aggregate open in the editor through its document."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox

from core.county.aggregate import aggregate, refresh_plan
from core.county.collect import collect, is_aggregate
from core.county.model import Collection, Unit
from core.damage import damage
from core.report import Report

if TYPE_CHECKING:
    from gui.document import Document

Collected = tuple[Collection, Optional[Report]]
"""A collection and its aggregate (None when nothing can be summed), to compare with the next."""


def collect_job(folders: Sequence[Path], year: Optional[int], fmt: Optional[str], skip: set[Path],
                organ: str, last: Optional[Report], last_units: Sequence[str] = ()) -> Callable[[], Collected]:
    """What the worker runs: read the folders, then sum the units counted in."""
    def job() -> Collected:
        collection = collect(folders, year, fmt, last_units, skip=skip)
        summed = collection.summed()
        sums = None
        if collection.year is not None and collection.format and summed:
            sums = aggregate(summed, organ, collection.year, collection.format, last)
        return collection, sums
    return job


class Collector(QThread):
    """Runs ``job`` off the window's thread; ``done`` carries its result, or the Chinese reason it failed."""

    done = Signal(object)

    def __init__(self, job: Callable[[], Collected], parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            result: Union[Collected, str] = self.job()
        except Exception as e:  # noqa: BLE001 - said in Chinese and logged, never a traceback
            from core.crash_log import write_log

            with contextlib.suppress(OSError):
                write_log(type(e), e, e.__traceback__)
            result = f"读取各单位的报告时出错（{damage(e)}），请检查所选文件夹后重试"
        self.done.emit(result)


def update_open_aggregate(doc: Optional[Document], collection: Collection) -> int:
    """An aggregate of the collection's year and format open in the editor is re-summed through
    its document (one undo step); the county's hand-typed cells are kept (``refresh``)."""
    if doc is None or not is_aggregate(doc.report) or doc.report.year != collection.year \
            or doc.report.format != collection.format:
        return 0
    return update_document(doc, collection.summed())


def update_document(doc: Document, units: Sequence[Unit]) -> int:
    """Re-sum the aggregate open in ``doc``: the core's plan (``refresh_plan``) goes into the
    document as commands, so the edit is undoable and journaled like any other. Returns how many
    cells changed."""
    commands, _ = refresh_plan(doc.report, units)
    if not commands:
        return 0
    doc.undo_stack.beginMacro("重新汇总")
    try:
        for command in commands:
            problem = doc.execute(command)
            if problem:
                QMessageBox.warning(None, "重新汇总", problem)
                break
    finally:
        doc.undo_stack.endMacro()
    return sum(len(c.values) for c in commands)
