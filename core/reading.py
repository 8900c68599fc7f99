"""One way to read a report from any file the clerk has: the app's project file, or a published
report (Word, PDF, Excel, web text) through the importers. The command line and the editor both
read through here, so they accept the same files and say the same things."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from core.paths import EXTENSION

if TYPE_CHECKING:  # light to import: the editor asks is_project_file before any report is read
    from core.report import Report

PathLike = Union[str, Path]
PROJECT_SUFFIXES = (EXTENSION, ".json")
"""A project file's suffixes: the app's own, and ``.json`` as scripts write them."""


def is_project_file(path: PathLike) -> bool:
    """A project file by its name (``.nianbao``, or ``.json`` as scripts write them)."""
    return Path(path).suffix.lower() in PROJECT_SUFFIXES


def readable_suffixes() -> tuple[str, ...]:
    """The file name suffixes ``read_report`` is meant for, project files first, then each kind
    the importers read (``core.importers.IMPORTABLE``): every file dialog offers exactly the
    files the editor and ``check`` accept. The importers are imported on call: they load the
    report model, which the first window does without."""
    from core.importers import IMPORTABLE

    return tuple(dict.fromkeys(PROJECT_SUFFIXES + IMPORTABLE))


def read_report(path: PathLike, follow: bool = True, year: Optional[int] = None) -> Report:
    """The report in ``path``; raises ``ReadError`` (a project-file or an import error) with the
    message to show. ``follow`` loads a project file's referenced last-year file; ``year`` is the
    year of a published report whose text names none (``convert --year``)."""
    if is_project_file(path):
        from core import storage

        return storage.load(path, follow=follow)
    from core.importers import import_file

    return import_file(path, year)[0]
