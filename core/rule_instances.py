"""Validation internals: a rule bound to one place, with what it reads.

Builtin rule kinds and expression rules both produce ``Instance``s; the validator indexes them by
what they read so an edit re-runs only the checks it can affect. Nothing outside validation needs
these: the rest of the program reads ``core.findings.Finding``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Optional

from core.findings import Finding
from core.report import Report

Run = Callable[[Report], list[Finding]]


@dataclass(frozen=True)
class Instance:
    """One place a rule is checked (a rule bound to a column, a table, a section…).

    ``reads`` lists what the check depends on: cell addresses, ``text:<id>`` for prose, ``meta`` for
    title, year, organ and the attached last year. ``reads_last`` names last year's cells.
    ``whole`` (the same object on each of a rule's instances, which follow one another) runs every
    place of the rule at once, giving what their runs give in turn: a full validation calls it once
    instead of one call per row (a batch check validates a thousand reports).
    """

    key: str
    rule: str
    reads: tuple[str, ...]
    run: Run
    needs_last_year: bool = False
    reads_last: tuple[str, ...] = field(default=())
    whole: Optional[Run] = None
