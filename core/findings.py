"""What validation reports to the clerk, the CLI and the exporters: findings and their severities.

This is the public face of validation. How rules are bound and re-run edit by edit is internal to
``validate`` and ``rule_instances``; everything outside reads only ``Finding``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Optional

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)
"""Every severity a template may give a rule, worst first."""
SEVERITY_NAMES = {ERROR: "错误", WARNING: "提示", INFO: "信息"}
_RANK = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    cells: tuple[str, ...]
    """This year's cells the finding is about (addresses of this report)."""
    message: str
    basis: str
    key: str
    """Stable identity (rule and where), so an acceptance survives edits elsewhere."""
    accepted: Optional[str] = None
    """The clerk's explanation when this warning was accepted."""
    last_cells: tuple[str, ...] = ()
    """Cells of last year's report the finding compares with (never mixed into ``cells``)."""
    span: Optional[tuple[str, int, int]] = None
    """Where in the prose the finding is: (text key, start, end) in ``report.texts[key]``."""
    ledger_row: Optional[int] = None
    """The request of the ledger the finding is about (1-based, as the ledger numbers them)."""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"rule": self.rule, "severity": self.severity, "cells": list(self.cells),
                                  "message": self.message, "basis": self.basis, "key": self.key}
        if self.last_cells:
            out["last_cells"] = list(self.last_cells)
        if self.accepted is not None:
            out["accepted"] = self.accepted
        if self.span is not None:
            out["span"] = {"text": self.span[0], "start": self.span[1], "end": self.span[2]}
        if self.ledger_row is not None:
            out["ledger_row"] = self.ledger_row
        return out


def worst(severities: Iterable[str]) -> str:
    """The most serious of ``severities`` ("" when there are none)."""
    return min(severities, key=lambda s: _RANK.get(s, 9), default="")


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """Errors block the final export."""
    return [f for f in findings if f.severity == ERROR]
