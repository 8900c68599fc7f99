"""What a collection holds: one row per unit file, and the cross-unit findings.

A unit is one file in the collected folders. Its row is what the county's 政务公开办 reads at a
glance (organ, year, format, errors, warnings, cells not read, whether it may be exported); the
report itself is kept for the aggregate and for opening the unit. A unit of another year or format
than the collection's is named (``excluded``), never summed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from core.findings import Finding
from core.report import Report


@dataclass
class Unit:
    path: Path
    organ: str = ""
    year: Optional[int] = None
    format: str = ""
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    not_read: int = 0
    """Cells the importer could not read (a published file rather than a project file)."""
    export_ready: bool = False
    """No blocking finding: the unit's report may be exported as final."""
    problem: str = ""
    """Why the file could not be read at all ("" when it was), in Chinese."""
    excluded: str = ""
    """Why the unit is left out of the aggregate (another year or format, a duplicate, unreadable); "" when summed."""
    findings: list[Finding] = field(default_factory=list)
    report: Optional[Report] = field(default=None, repr=False)

    @property
    def summed(self) -> bool:
        return self.report is not None and not self.excluded

    @property
    def name(self) -> str:
        """How lists and origins name the unit: its organ, else its file's name (an import may
        not have read the organ)."""
        return self.organ or self.path.name


@dataclass
class Collection:
    year: Optional[int]
    format: str
    units: list[Unit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    """Cross-unit findings (rule ids C1…): missing from last year's list, duplicate organ, wrong year or format."""

    missing: list[str] = field(default_factory=list)
    """Organs of last year's list that sent no report this time (each has a C1 finding)."""

    def summed(self) -> list[Unit]:
        return [u for u in self.units if u.summed]

    def findings_of(self, unit: Unit) -> list[Finding]:
        """The cross-unit findings about ``unit`` (duplicate, wrong year or format): their key is
        ``<rule>@<the unit's path>``; a C1 finding is about an organ with no file (``@<organ>``)."""
        return [f for f in self.findings if f.key.partition("@")[2] == str(unit.path)]
