"""What validation reports: one finding per broken relation, with its cells and its basis."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from core.report import Report

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITY_NAMES = {ERROR: "错误", WARNING: "提示", INFO: "信息"}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    cells: tuple[str, ...]
    message: str
    basis: str
    key: str
    """Stable identity (rule and where), so an acceptance survives edits elsewhere."""
    accepted: Optional[str] = None
    """The clerk's explanation when this warning was accepted."""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"rule": self.rule, "severity": self.severity, "cells": list(self.cells),
                                  "message": self.message, "basis": self.basis, "key": self.key}
        if self.accepted is not None:
            out["accepted"] = self.accepted
        return out


@dataclass(frozen=True)
class Instance:
    """One place a rule is checked (a rule bound to a column, a table, a section…).

    ``reads`` lists what the check depends on, so an edit re-runs only the instances that read
    what changed. Text sections read are named ``text:<id>``; title, year, organ and the attached
    last year are ``meta``.
    """

    key: str
    rule: str
    reads: tuple[str, ...]
    run: Callable[[Report], list[Finding]]
    needs_last_year: bool = False
    reads_last: tuple[str, ...] = field(default=())


def blocking(findings: list[Finding]) -> list[Finding]:
    """Errors block the final export."""
    return [f for f in findings if f.severity == ERROR]
