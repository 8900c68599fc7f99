"""The official forms, as loaded from ``templates/*.json``: immutable descriptions, no behaviour.

Everything that draws or checks a table (the editor, the exporters, validation) reads the same
``Form``, so a merged header or a label is described once. Loading and checking a template file
is in ``template_loader``; finding the form of a format or a year is in ``registry``. This module
imports neither, so the three never import each other in a circle.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Optional

from core import expr


@dataclass(frozen=True)
class Column:
    id: str
    label: str
    kind: str
    unit: str = ""
    span: int = 1


@dataclass(frozen=True)
class Row:
    id: str
    label: str
    group: str = ""
    legacy: bool = False
    """A row an older format printed: read and checked when present, never offered for entry."""
    replaces: tuple[str, ...] = ()
    """For a legacy row: the current rows it stands for when a report prints it instead."""
    aliases: tuple[str, ...] = ()
    """Other ways real reports print the label (规范性文件 for 行政规范性文件): what importers also read."""


@dataclass(frozen=True)
class GridCell:
    """One rectangle of the printed table: fixed text (header or label) or a value cell."""

    r: int
    c: int
    rs: int
    cs: int
    text: str = ""
    address: str = ""
    role: str = "label"  # "header", "label" or "value"


@dataclass(frozen=True)
class Anchor:
    """What a source prints where a table starts, when its title is not printed there (表三 starts at
    申请人情况, not at its section heading): a line whose words (without spaces or punctuation)
    contain ``any`` one of these, or ``all`` of these, or start with one of ``starts``, and are at
    most ``max`` characters long (a sentence of prose naming the words is not the table)."""

    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    max: int = 60


@dataclass(frozen=True)
class Table:
    id: str
    section: str
    title: str
    short: str
    kind: str
    rows: tuple[Row, ...]
    cols: tuple[Column, ...]
    groups: Mapping[str, tuple[str, ...]]
    grid: tuple[GridCell, ...]
    grid_rows: int
    grid_cols: int
    header_rows: int
    corner_note: str = ""
    anchors: tuple[Anchor, ...] = ()
    """Where the table starts in a source (import); without them, where its title is printed."""

    shared_short: bool = False
    """Another table of the form has the same ``short`` name (the blocks of 表二)."""

    @property
    def name(self) -> str:
        """How messages name the table: 表三, or 表二第二十条第（一）项 for the blocks of 表二."""
        return f"{self.short}{self.title}" if self.shared_short else self.short

    @property
    def brief(self) -> str:
        """The name where room is short (a tab): 表二（一） for 表二第二十条第（一）项, its item alone
        telling the blocks of 表二 apart. Seven full names overflowed a 1366-pixel screen's tab bar
        and hid 表三（存疑） behind its scroll arrows."""
        item = re.search("\uff08[^\uff09]+\uff09", self.title) if self.shared_short else None
        return f"{self.short}{item.group()}" if item else self.name

    def row(self, row_id: str) -> Row:
        return next(r for r in self.rows if r.id == row_id)

    def row_label(self, row_id: str) -> str:
        """How a row is named to the clerk: its group and its label (（三）不予公开 1.属于国家秘密)."""
        row = self.row(row_id)
        return f"{row.group} {row.label}".strip()

    def col(self, col_id: str) -> Column:
        return next(c for c in self.cols if c.id == col_id)

    def address(self, row_id: str, col_id: str) -> str:
        return f"{self.id}/{row_id}/{col_id}"

    def addresses(self, include_legacy: bool = True) -> list[str]:
        return list(self._addresses[include_legacy])

    @cached_property
    def _addresses(self) -> dict[bool, tuple[str, ...]]:
        """Worked out once: every report built and every table check asks for them."""
        return {legacy: tuple(self.address(r.id, c.id) for r in self.rows if legacy or not r.legacy
                              for c in self.cols) for legacy in (True, False)}


@dataclass(frozen=True)
class Subsection:
    id: str
    heading: str


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    required: bool
    guidance: str
    subsections: tuple[Subsection, ...] = ()
    tables: tuple[str, ...] = ()


@dataclass(frozen=True)
class Computed:
    """One computed cell: its address and the bound expression that derives it."""

    spec: str
    target: str
    expression: expr.Bound


@dataclass(frozen=True)
class BoundRule:
    """An expression rule bound to one place (a column, a row…), ready to evaluate.

    Bound once at template load; validation wraps these and never binds again.
    """

    key: str
    """Stable identity of the place: ``R1@natural``, ``X3@art20_5/license``."""
    check: expr.BoundCheck
    labels: Mapping[str, str]
    """``{col}`` and ``{row}`` of the message: the column's and the row's display labels."""
    shown: Mapping[str, expr.Bound]
    """The message's ``{= expression}`` placeholders, bound to this place."""


@dataclass(frozen=True)
class RuleSpec:
    """A validation rule as the template states it: an expression rule (``kind`` "expr", with its
    bound places) or a builtin rule kind with its parameters."""

    id: str
    severity: str
    kind: str
    message: str
    basis: str
    params: Mapping[str, Any] = field(default_factory=dict)
    bound: tuple[BoundRule, ...] = ()

    @property
    def needs_last_year(self) -> bool:
        return any(b.check.reads_last for b in self.bound)


@dataclass(frozen=True)
class BoundCarry:
    """One cell rollover fills: its address and the bound expression over last year's report."""

    target: str
    expression: expr.Bound


@dataclass(frozen=True)
class CarrySpec:
    """How rollover fills cells of the new year from last year's report."""

    id: str
    what: str
    bound: tuple[BoundCarry, ...]


@dataclass(frozen=True)
class LedgerSpec:
    """How a request register fills a table (the template's ``ledger``): a request counts once by
    its applicant column, once on the intake side (``new`` or ``carried`` row) and once on the
    outcome side (one of ``outcomes``, or ``open`` when not settled by year end)."""

    table: str
    applicants: tuple[str, ...]
    outcomes: tuple[str, ...]
    new: str
    carried: str
    open: str


@dataclass(frozen=True)
class AggregateCell:
    """A cell the county's aggregate (汇总) does not simply sum (the template's ``aggregate``): left
    blank (``how`` "blank"), or ``baseline`` over this year's sums and last year's aggregate
    (``how`` "baseline"; without last year's aggregate ``otherwise`` says "sum" or "blank")."""

    address: str
    how: str
    why: str
    baseline: Optional[expr.Bound] = None
    otherwise: str = "blank"


@dataclass(frozen=True)
class CollectRule:
    """A cross-unit check of the county's collection (C1…), worded by the template (``collect``)."""

    id: str
    severity: str
    message: str
    basis: str


@dataclass(frozen=True)
class CellInfo:
    table: Table
    row: Row
    col: Column


@dataclass(frozen=True)
class Form:
    format: str
    name: str
    document: str
    first_year: int
    last_year: Optional[int]
    title: str
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]
    computed: tuple[Computed, ...]
    rules: tuple[RuleSpec, ...]
    carry: tuple[CarrySpec, ...]
    rollover_notes: Mapping[str, tuple[str, ...]]
    path: str
    cells: Mapping[str, CellInfo]
    computed_by_target: Mapping[str, Computed]
    drafts: Mapping[str, str] = field(default_factory=dict)
    """Text place → bound draft wording with ``{cell pattern}`` placeholders (生成初稿)."""
    ledger: Optional[LedgerSpec] = None
    """How the request ledger derives a table; None: this format has no ledger."""
    aggregate: Mapping[str, AggregateCell] = field(default_factory=dict)
    """Input cells the county's aggregate does not sum (every other input cell is summed)."""
    collect_rules: Mapping[str, CollectRule] = field(default_factory=dict)
    """The cross-unit checks of a collection, by rule id."""
    prose_cells: Mapping[str, str] = field(default_factory=dict)
    """Meaning the overview's words state (``new_requests``…) → the cell it fills (``template_prose``)."""
    result_cells: Mapping[str, str] = field(default_factory=dict)
    """The results reader's outcome (``3.4.1``…) → the cell it fills; an outcome left out is not read."""

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def kind_of(self, address: str) -> str:
        return self.cells[address].col.kind

    def is_computed(self, address: str) -> bool:
        return address in self.computed_by_target

    def is_legacy(self, address: str) -> bool:
        return self.cells[address].row.legacy

    @cached_property
    def plain_counts(self) -> frozenset[str]:
        """The cells a stored whole number goes into as it is (every kind but money, whose
        figures are normalised to its decimals): most of every project file read."""
        return frozenset(a for a, i in self.cells.items() if i.col.kind != "money")

    @cached_property
    def legacy_addresses(self) -> frozenset[str]:
        """The cells of rows kept only to read older reports (``is_legacy``), as one set."""
        return frozenset(a for a, i in self.cells.items() if i.row.legacy)

    def input_addresses(self) -> list[str]:
        """Cells a clerk types: not computed, not in a legacy row."""
        return [a for t in self.tables for a in t.addresses(include_legacy=False)
                if a not in self.computed_by_target]

    def label(self, address: str) -> str:
        """A human name for a cell, as in messages: 表三 （七）总计 / 自然人."""
        return self._labels[address]

    @cached_property
    def _labels(self) -> dict[str, str]:
        """Every cell's name, worked out once: each cell drawn and each message asks for one."""
        return {a: f"{i.table.name} {i.table.row_label(i.row.id)} / {i.col.label}" for a, i in self.cells.items()}

    @cached_property
    def text_key_set(self) -> frozenset[str]:
        return frozenset(self.text_keys())

    def text_keys(self) -> list[str]:
        """Where prose may be stored: the preamble, each section, each subsection."""
        keys = ["preamble"]
        for s in self.sections:
            keys.append(s.id)
            keys.extend(sub.id for sub in s.subsections)
        return keys

    def text_heading(self, key: str) -> str:
        """How a place of prose is named to the clerk: 前言, 一、总体情况, 一、总体情况（二）依申请公开."""
        if key == "preamble":
            return "前言"
        for s in self.sections:
            if s.id == key:
                return s.heading
            for sub in s.subsections:
                if sub.id == key:
                    return s.heading + sub.heading
        return key

    def section_text_keys(self, section_id: str) -> tuple[str, ...]:
        """A section and its subsections: prose for 一 may be stored under 1 or only under 1.1–1.5."""
        section = self.section(section_id)
        return (section.id,) + tuple(sub.id for sub in section.subsections)

    def section_of(self, key: str) -> Optional[str]:
        """The section a place of prose belongs to ("1.2" → "1"); None for the preamble."""
        return next((s.id for s in self.sections if key in self.section_text_keys(s.id)), None)

    def applies_to(self, year: int) -> bool:
        return year >= self.first_year and (self.last_year is None or year <= self.last_year)


class FormScope(expr.Scope):
    """Lets the expression binder expand ``*`` and ``@group`` against one form."""

    def __init__(self, tables: Mapping[str, Table]) -> None:
        self.tables = tables

    def _table(self, table: str) -> Table:
        if table not in self.tables:
            raise expr.ExprError(f"没有表格“{table}”")
        return self.tables[table]

    def rows(self, table: str) -> Sequence[str]:
        return [r.id for r in self._table(table).rows]

    def cols(self, table: str) -> Sequence[str]:
        return [c.id for c in self._table(table).cols]

    def group(self, table: str, name: str) -> Sequence[str]:
        groups = self._table(table).groups
        if name not in groups:
            raise expr.ExprError(f"表格“{table}”没有分组“@{name}”")
        return groups[name]


@lru_cache(maxsize=1024)
def _glob(pattern: str) -> Callable[[str], Optional[re.Match[str]]]:
    return re.compile(fnmatch.translate(pattern)).match


def matching(addresses: Iterable[str], pattern: str) -> list[str]:
    """The addresses a template's cell pattern (``requests/3.*/natural``) names, in order:
    ``fnmatchcase`` with the pattern translated once, not once per address (rules, drafts and the
    prose grammar resolve their patterns against every cell of the form)."""
    if not any(c in pattern for c in "*?["):   # one address: fnmatch's pattern for it matches it alone
        return [a for a in addresses if a == pattern]
    match = _glob(pattern)
    return [a for a in addresses if match(a)]
