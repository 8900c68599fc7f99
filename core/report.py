"""The report being written: metadata, the six sections' prose, every cell of the form.

A report knows which form it follows and whether its totals are derived (made in the app:
computed cells are never typed) or printed (read from a published file: the printed totals are
kept so the checks can show where they disagree with the sums). Each cell also knows where its
value came from (``origins``), and a cell an importer could not read is *missing* — not blank:
checks that need it are not run, instead of reporting errors about numbers nobody has seen. A
section the source never reached (a copy that stops inside 表三) is likewise *unread*, not empty.

Only ``core.commands`` (applied through ``core.session.Session``) and ``core.calc`` change cells
after a report is built.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Optional

from core.forms import Form
from core.ledger.model import Ledger
from core.values import NA, Number, Value

DERIVED = "derived"
PRINTED = "printed"

TYPED = "typed"
COMPUTED = "computed"
CARRIED = "carried"
IMPORTED = "imported"
OVERRIDDEN = "overridden"
LEDGER = "ledger"
AGGREGATED = "aggregated"
"""A county aggregate's cell: the sum of its units' cells, the source listing each unit's value."""
ORIGIN_KINDS = (TYPED, COMPUTED, CARRIED, IMPORTED, OVERRIDDEN, LEDGER, AGGREGATED)
ORIGIN_NAMES = {TYPED: "手工填写", COMPUTED: "自动合计", CARRIED: "上年结转", IMPORTED: "导入",
                OVERRIDDEN: "改动了原表合计", LEDGER: "由台账统计", AGGREGATED: "各单位汇总"}


@dataclass(frozen=True)
class Origin:
    """Where a cell's value came from; ``source`` names the file for imported and carried cells."""

    kind: str
    source: str = ""

    def describe(self) -> str:
        name = ORIGIN_NAMES.get(self.kind, self.kind)
        return f"{name}（{self.source}）" if self.source else name


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
    last_year: Optional[Report] = None
    last_year_file: str = ""
    """Where last year's report was referenced from ("" when embedded or absent)."""
    notes: list[str] = field(default_factory=list)
    """What import or rollover wants the clerk to know (no base for a cell, a file not found…)."""
    origins: dict[str, Origin] = field(default_factory=dict)
    """Recorded origins of cells holding a value; see ``origin_of`` for what a cell shows."""
    missing: dict[str, str] = field(default_factory=dict)
    """Cells an importer could not read, with the reason. Their value is None but they are not blank."""
    unread_sections: dict[str, str] = field(default_factory=dict)
    """Sections ("5", "6") the source never reached (a copy cut short), with the reason: their
    prose is not read, not absent from the report, so the checks that a section is written skip
    them — as ``missing`` is for cells. Writing into the section clears its mark."""
    date: str = ""
    """The 落款 date as an ISO date (2025-01-20); "" prints the day of export."""
    ledger: Ledger = field(default_factory=Ledger)
    """The request register (台账); in ledger mode the form's ledger table is derived from it."""

    def __post_init__(self) -> None:
        cells = self.cells
        if cells.keys() >= self.form.cells.keys():  # (one pass in C: a loaded file holds every cell)
            return
        for address in self.form.cells:  # every table's addresses, in the tables' order
            if address not in cells:
                cells[address] = None

    @property
    def format(self) -> str:
        return self.form.format

    def get(self, address: str) -> Value:
        return self.cells[address]

    def number(self, address: str) -> Number:
        """The value a sum sees (blank and "/" are 0); unknown addresses read as 0 too."""
        value = self.cells.get(address)  # as_number, inlined: sums call this for every cell
        return 0 if value is None or value is NA else value

    def is_missing(self, address: str) -> bool:
        return address in self.missing

    def origin_of(self, address: str) -> Optional[Origin]:
        """Where the cell's value came from; None for a blank or missing cell.

        Derived totals are always computed. A value with no recorded origin (a file written before
        origins were kept) counts as imported in a printed report and typed otherwise.
        """
        if self.totals == DERIVED and self.form.is_computed(address):
            return Origin(COMPUTED) if self.cells.get(address) is not None else None
        recorded = self.origins.get(address)
        if recorded is not None:
            return recorded
        if self.cells.get(address) is None:
            return None
        return Origin(IMPORTED if self.totals == PRINTED else TYPED)

    def sign_date(self, today: Optional[_dt.date] = None) -> _dt.date:
        """The date the 落款 prints: the one set for the report, else ``today`` (the export day)."""
        if self.date:
            return _dt.date.fromisoformat(self.date)
        return today or _dt.date.today()

    def display_title(self) -> str:
        """The title as printed: the stored one, or the form's pattern filled in."""
        if self.title:
            return self.title
        return self.form.title.format(organ=self.organ, year=self.year)


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_SLASHED = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")


def parse_date(text: str) -> Optional[str]:
    """The ISO form of a 落款 date a clerk types (2025-01-20, 2025年1月20日, 2025.1.20, 2025/1/20);
    "" for a blank entry (the export day); None when it is not a real date between 1990 and 2200.

    The project file and ``SetMeta`` keep the ISO form only, so a file stays scriptable; the
    editor and ``new --date`` accept what people write.
    """
    text = "".join(text.split())
    if not text:
        return ""
    for pattern in (_ISO, _CHINESE, _SLASHED):
        m = pattern.fullmatch(text)
        if m:
            try:
                day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
            return day.isoformat() if 1990 <= day.year <= 2200 else None
    return None


def display_date(iso: str) -> str:
    """A stored date as the 落款 prints it (2025年1月20日, no leading zeros); "" for none."""
    if not iso:
        return ""
    day = _dt.date.fromisoformat(iso)
    return f"{day.year}年{day.month}月{day.day}日"


def date_problem(value: object) -> str:
    """Why ``value`` cannot be a report's stored date ("" when it can): "" or YYYY-MM-DD only."""
    if not isinstance(value, str):
        return "落款日期应为文字（如 2025-01-20）"
    if value and parse_date(value) != value:
        return f"落款日期“{value[:20]}”无效，应写作 2025-01-20"
    return ""


def blank_report(form: Form, year: int, organ: str = "") -> Report:
    """A new, empty report of ``form``; its totals are derived from what the clerk types."""
    return Report(form=form, year=year, organ=organ)
