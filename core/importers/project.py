"""The app's own project file (.nianbao / .json): loaded by ``core.storage`` as it is.

Nothing is re-read from print here: the cells keep their origins and the report its totals mode;
the log lists what was not read when the file itself says so (``missing``)."""

from __future__ import annotations

from pathlib import Path

from core import storage
from core.importers.model import ImportError_, ImportLog
from core.project_json import ProjectFileError
from core.report import Report


def import_path(path: Path) -> tuple[Report, ImportLog]:
    try:
        report = storage.load(path)
    except ProjectFileError as e:
        raise ImportError_(str(e)) from None
    log = ImportLog(source=path.name, kind="project")
    log.missing.update(report.missing)
    for note in report.notes:
        log.note(note)
    for address, value in report.cells.items():
        if value is not None:
            log.read[address] = str(value)
    return report, log
