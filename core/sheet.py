"""What each cell of an official table shows: the one view the editor, the exporters and the CLI draw.

``table_views(report, findings)`` turns the form's merged-cell grid and the report's values,
origins, findings and last year's values into rows of ``CellView``s. The Qt model, the docx/PDF/xlsx
exporters and the CLI's table print read these and never the template internals, so the screen and
the paper cannot disagree about a label, a merge or how a number is printed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional

from core.findings import Finding, worst
from core.forms import GridCell, Table
from core.ledger.derive import describe_sources
from core.report import DERIVED, Report
from core.values import NA, Value, format_number, format_value

LABEL = "label"
HEADER = "header"
INPUT = "input"
COMPUTED = "computed"
LEGACY = "legacy"
ROLES = (LABEL, HEADER, INPUT, COMPUTED, LEGACY)


@dataclass(frozen=True)
class CellView:
    """One rectangle of a printed table as it must be shown.

    Fixed text (``label``/``header``) has only position and ``text``. Value cells (``input``,
    ``computed``, ``legacy``) add their address, kind, whether the clerk may type there, where the
    value came from, the worst open finding on it, and last year's value with the change.
    """

    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    role: str
    address: str = ""
    label: str = ""
    """The cell's full name for tooltips and messages (表三 （七）总计 / 自然人)."""
    kind: str = ""
    unit: str = ""
    value: Value = None
    editable: bool = False
    origin: str = ""
    """Origin kind (typed, computed, carried, imported, overridden); "" for a blank cell."""
    origin_text: str = ""
    missing: str = ""
    """Why the cell could not be read from its source; "" when it was (or was never imported)."""
    severity: str = ""
    """The worst finding on this cell that is not an accepted warning ("" when none)."""
    accepted: bool = False
    """Some warning on this cell was accepted with an explanation."""
    messages: tuple[str, ...] = ()
    last_text: str = ""
    """Last year's value as printed ("" without last year or when it has no such cell)."""
    change_text: str = ""
    """This year minus last year, signed (+3, -2, 0); "" unless both are numbers."""
    ledger: bool = False
    """Counted from the request ledger (ledger mode): typing here means leaving ledger mode."""
    sources: tuple[str, ...] = ()
    """The ledger's requests counted in this cell, as the tooltip lists them (no personal data)."""

    @property
    def is_value(self) -> bool:
        return bool(self.address)


@dataclass(frozen=True)
class TableView:
    id: str
    name: str
    """How the clerk names it: 表三, or 表二第二十条第（一）项."""
    brief: str
    """The name where room is short (a tab): 表二（一）."""
    title: str
    section: str
    n_rows: int
    n_cols: int
    header_rows: int
    corner_note: str
    cells: tuple[CellView, ...]
    column_roles: tuple[str, ...]
    """Per grid column, "label" or "value": where row labels stand and where numbers stand."""
    _at: Mapping[tuple[int, int], CellView] = field(repr=False, compare=False, default_factory=dict)
    _grid: Mapping[str, GridCell] = field(repr=False, compare=False, default_factory=dict)
    """Address → the grid rectangle its value cell was drawn from (for ``updated_view``)."""
    _place: Mapping[str, int] = field(repr=False, compare=False, default_factory=dict)
    """Address → its value cell's place in ``cells`` (``updated_view`` replaces only those)."""

    def at(self, row: int, col: int) -> CellView:
        """The rectangle covering grid position (row, col)."""
        return self._at[(row, col)]

    def rows(self) -> list[list[CellView]]:
        """The rectangles starting on each grid row, left to right (as HTML/docx rows list them)."""
        out: list[list[CellView]] = [[] for _ in range(self.n_rows)]
        for cell in self.cells:
            out[cell.row].append(cell)
        return [sorted(r, key=lambda c: c.col) for r in out]

    def value_cells(self) -> list[CellView]:
        """Value cells in form order: top to bottom, left to right (Tab order in the editor)."""
        return sorted((c for c in self.cells if c.address), key=lambda c: (c.row, c.col))

    def addresses(self) -> Iterable[str]:
        """The value cells' addresses."""
        return self._grid.keys()

    def by_address(self, address: str) -> Optional[CellView]:
        place = self._place.get(address)
        return None if place is None else self.cells[place]


def format_cell(value: Value, kind: str) -> str:
    """How a value is printed everywhere: "" blank, "/" not applicable, +N for changes, exact money."""
    return format_value(value, kind)


def findings_by_cell(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    index: dict[str, list[Finding]] = {}
    for f in findings:
        for a in f.cells:
            index.setdefault(a, []).append(f)
    return index


def _change(value: Value, last: Value) -> str:
    if value is None or value is NA or last is None or last is NA:
        return ""
    diff = Decimal(value) - Decimal(last)
    text = format_number(int(diff) if diff == diff.to_integral_value() else diff)
    return "+" + text if diff > 0 else text


def _grid(report: Report, table: Table) -> list[GridCell]:
    """The table's grid; a legacy row the report prints replaces the rows it stands for."""
    grid = list(table.grid)
    for row in table.rows:
        if not (row.legacy and row.replaces):
            continue
        legacy = [table.address(row.id, c.id) for c in table.cols]
        if all(report.cells.get(a) is None and a not in report.missing for a in legacy):
            continue
        grid = _replace_rows(grid, table, row.id, row.label, row.replaces)
    return grid


def _replace_rows(grid: list[GridCell], table: Table, legacy_id: str, legacy_label: str,
                  replaced: Sequence[str]) -> list[GridCell]:
    """Collapse the grid lines of ``replaced`` rows into one line holding the legacy row."""
    prefixes = tuple(f"{table.id}/{r}/" for r in replaced)
    lines = sorted({g.r for g in grid if g.address.startswith(prefixes)})
    if not lines:
        return grid
    first, last = lines[0], lines[-1]
    removed = last - first
    out: list[GridCell] = []
    label_cols: list[int] = []
    for g in grid:
        inside = first <= g.r and g.r + g.rs - 1 <= last
        if g.address.startswith(prefixes):
            if g.r == first:
                col_id = g.address.rsplit("/", 1)[1]
                out.append(GridCell(first, g.c, 1, g.cs, "", table.address(legacy_id, col_id), "value"))
            continue
        if inside:
            label_cols.extend(range(g.c, g.c + g.cs))
            continue
        top, bottom = g.r, g.r + g.rs - 1
        overlap = max(0, min(bottom, last) - max(top, first + 1) + 1)
        r = g.r - removed if g.r > last else g.r
        out.append(GridCell(r, g.c, g.rs - overlap, g.cs, g.text, g.address, g.role))
    if label_cols:
        c0 = min(label_cols)
        out.append(GridCell(first, c0, 1, max(label_cols) - c0 + 1, legacy_label, "", "label"))
    return out


def table_view(report: Report, table_id: str, findings: Iterable[Finding] = (),
               by_cell: Optional[Mapping[str, list[Finding]]] = None) -> TableView:
    """One official table of ``report`` as it must be shown, with ``findings`` marked on its cells."""
    form = report.form
    table = form.table(table_id)
    index = by_cell if by_cell is not None else findings_by_cell(findings)
    last = report.last_year
    grid = _grid(report, table)
    views: list[CellView] = []
    for g in grid:
        if not g.address:
            views.append(CellView(g.r, g.c, g.rs, g.cs, g.text, g.role))
            continue
        views.append(_value_view(report, g, index.get(g.address, ()), last))
    n_rows = max(g.r + g.rs for g in grid)
    at: dict[tuple[int, int], CellView] = {}
    for v in views:
        for i in range(v.row_span):
            for j in range(v.col_span):
                at[(v.row + i, v.col + j)] = v
    value_cols = {c for v in views if v.address for c in range(v.col, v.col + v.col_span)}
    roles = tuple("value" if c in value_cols else "label" for c in range(table.grid_cols))
    return TableView(table.id, table.name, table.brief, table.title, table.section, n_rows, table.grid_cols,
                     table.header_rows, table.corner_note, tuple(views), roles, at,
                     {g.address: g for g in grid if g.address},
                     {v.address: i for i, v in enumerate(views) if v.address})


def updated_view(view: TableView, report: Report, addresses: Iterable[str],
                 by_cell: Mapping[str, list[Finding]]) -> TableView:
    """``view`` with the value cells at ``addresses`` drawn again from the report (the others kept as
    they are): after an edit only the cells it wrote and those whose findings changed differ, and
    redrawing the whole table on every keystroke was most of the editor's Enter-to-repaint time."""
    wanted = {a for a in addresses if a in view._grid}
    if not wanted:
        return view
    last = report.last_year
    fresh = {a: _value_view(report, view._grid[a], by_cell.get(a, ()), last) for a in wanted}
    replaced = list(view.cells)
    for a, v in fresh.items():
        replaced[view._place[a]] = v
    cells = tuple(replaced)
    at = dict(view._at)
    for v in fresh.values():
        for i in range(v.row_span):
            for j in range(v.col_span):
                at[(v.row + i, v.col + j)] = v
    return dataclasses.replace(view, cells=cells, _at=at)


def _value_view(report: Report, g: GridCell, found: Sequence[Finding], last: Optional[Report]) -> CellView:
    form = report.form
    address = g.address
    info = form.cells[address]
    kind = info.col.kind
    value = report.cells.get(address)
    computed = report.totals == DERIVED and form.is_computed(address)
    role = LEGACY if info.row.legacy else COMPUTED if form.is_computed(address) else INPUT
    origin = report.origin_of(address)
    open_findings = [f for f in found if f.accepted is None]
    last_value: Value = None
    last_text = change = ""
    if last is not None and address in last.cells:
        last_value = last.cells[address]
        last_text = format_cell(last_value, kind)
        change = _change(value, last_value)
    messages = tuple(f.message + ("（已说明：" + f.accepted + "）" if f.accepted is not None else "")
                     for f in found)
    return CellView(
        g.r, g.c, g.rs, g.cs, format_cell(value, kind), role, address, form.label(address), kind,
        info.col.unit, value, editable=not computed and not info.row.legacy,
        origin=origin.kind if origin else "", origin_text=origin.describe() if origin else "",
        missing=report.missing.get(address, ""), severity=worst(f.severity for f in open_findings),
        accepted=any(f.accepted is not None for f in found), messages=messages,
        last_text=last_text, change_text=change, **ledger_view(report, address))


def ledger_view(report: Report, address: str) -> dict[str, Any]:
    """Whether a cell is counted from the ledger, and the requests it counts."""
    spec = report.form.ledger
    if not report.ledger.derive or spec is None or not address.startswith(f"{spec.table}/"):
        return {}
    listed = describe_sources(report, address)
    return {} if listed is None else {"ledger": True, "sources": tuple(listed)}


def table_views(report: Report, findings: Iterable[Finding] = ()) -> list[TableView]:
    """Every official table of the report, in the form's order."""
    index = findings_by_cell(findings)
    return [table_view(report, t.id, by_cell=index) for t in report.form.tables]


def section_table_views(report: Report, section_id: str, findings: Iterable[Finding] = ()) -> list[TableView]:
    """The tables printed under one section (表二's four blocks under 二)."""
    index = findings_by_cell(findings)
    return [table_view(report, t, by_cell=index) for t in report.form.section(section_id).tables]
