"""The official forms, as loaded from ``templates/*.json``: immutable descriptions, no behaviour.

Everything that draws or checks a table (the editor, the exporters, validation) reads the same
``Form``, so a merged header or a label is described once. Loading and checking a template file
is in ``template_loader``; this module holds the shapes and the lookup by format and year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from core import expr

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


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

    @property
    def name(self) -> str:
        """How messages name the table: 表三, or 表二第二十条第（一）项 for the blocks of 表二."""
        return f"{self.short}{self.title}" if self.section == "2" else self.short

    def row(self, row_id: str) -> Row:
        return next(r for r in self.rows if r.id == row_id)

    def col(self, col_id: str) -> Column:
        return next(c for c in self.cols if c.id == col_id)

    def address(self, row_id: str, col_id: str) -> str:
        return f"{self.id}/{row_id}/{col_id}"

    def addresses(self, include_legacy: bool = True) -> list[str]:
        return [self.address(r.id, c.id) for r in self.rows if include_legacy or not r.legacy
                for c in self.cols]


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
class RuleSpec:
    """A validation rule as the template states it. ``kind`` "expr" rules carry ``check``."""

    id: str
    severity: str
    kind: str
    message: str
    basis: str
    table: str = ""
    each: Mapping[str, Any] = field(default_factory=dict)
    check: Optional[expr.Node] = None
    needs_last_year: bool = False
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CarrySpec:
    """How rollover fills a cell of the new year from last year's report."""

    id: str
    what: str
    table: str
    each: Mapping[str, Any]
    target: expr.Ref
    expr: expr.Node


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

    def input_addresses(self) -> list[str]:
        """Cells a clerk types: not computed, not in a legacy row."""
        return [a for t in self.tables for a in t.addresses(include_legacy=False)
                if a not in self.computed_by_target]

    def label(self, address: str) -> str:
        """A human name for a cell, as in messages: 表三 （七）总计 / 自然人."""
        info = self.cells[address]
        row = f"{info.row.group} {info.row.label}".strip()
        return f"{info.table.name} {row} / {info.col.label}"

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


_cache: dict[str, Form] = {}


def available_formats() -> list[str]:
    return sorted(p.stem for p in TEMPLATES_DIR.glob("*.json"))


def get_form(fmt: str) -> Form:
    """The form of format ``fmt`` ("2019", "2021", …), loaded once per process."""
    from core.template_loader import load_template

    if fmt not in _cache:
        path = TEMPLATES_DIR / f"{fmt}.json"
        if fmt not in available_formats():
            raise KeyError(f"没有“{fmt}”版格式的模板")
        _cache[fmt] = load_template(path)
    return _cache[fmt]


def form_for_year(year: int) -> Form:
    """The format a report of ``year`` must use."""
    for fmt in reversed(available_formats()):
        form = get_form(fmt)
        if form.applies_to(year):
            return form
    raise KeyError(f"没有适用于 {year} 年度报告的格式模板")
