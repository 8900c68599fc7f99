"""The report being written: metadata, the six sections' prose, every cell of the form.

A report knows which form it follows and whether its totals are derived (made in the app:
computed cells are never typed) or printed (read from a published file: the printed totals are
kept so the checks can show where they disagree with the sums).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from core.forms import Form
from core.values import Number, Value, as_number

DERIVED = "derived"
PRINTED = "printed"


@dataclass
class Acceptance:
    """A warning the clerk accepted, with the written explanation the county will read."""

    explanation: str
    message: str = ""


@dataclass
class Report:
    form: Form
    year: int
    organ: str = ""
    title: str = ""
    cells: dict[str, Value] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    accepted: dict[str, Acceptance] = field(default_factory=dict)
    totals: str = DERIVED
    carried_texts: set[str] = field(default_factory=set)
    """Sections whose prose was copied from last year and not yet revised."""
    last_year: Optional["Report"] = None
    last_year_file: str = ""
    """Where last year's report was referenced from ("" when embedded or absent)."""
    notes: list[str] = field(default_factory=list)
    """What import or rollover wants the clerk to know (no base for a cell, a file not found…)."""

    def __post_init__(self) -> None:
        for table in self.form.tables:
            for address in table.addresses():
                self.cells.setdefault(address, None)

    @property
    def format(self) -> str:
        return self.form.format

    def get(self, address: str) -> Value:
        return self.cells[address]

    def number(self, address: str) -> Number:
        """The value a sum sees (blank and "/" are 0); unknown addresses read as 0 too."""
        return as_number(self.cells.get(address))

    def display_title(self) -> str:
        """The title as printed: the stored one, or the form's pattern filled in."""
        if self.title:
            return self.title
        return self.form.title.format(organ=self.organ, year=self.year)


def blank_report(form: Form, year: int, organ: str = "") -> Report:
    """A new, empty report of ``form``; its totals are derived from what the clerk types."""
    return Report(form=form, year=year, organ=organ)
