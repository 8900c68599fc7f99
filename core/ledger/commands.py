"""Edits of the ledger, as commands through ``core.session`` like every other edit.

In ledger mode each edit re-derives the cells it moves (written with the ``ledger`` origin, their
totals recomputed), so undo, the journal and re-validation treat a ledger edit like typing into
表三. Leaving ledger mode keeps the numbers as typed ones; entering it overwrites the table and
its inverse puts back exactly what was there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Optional

from core.commands import Applied, CellState, Change, CommandError, RestoreCells, write_states
from core.ledger.derive import addresses, tally
from core.ledger.model import DATES, MAX_FIELD_CHARS, MAX_REQUESTS, Request, parse_iso
from core.report import LEDGER, TYPED, Origin, Report
from core.text_clean import clean_text


def _spec_or_refuse(report: Report) -> None:
    if report.form.ledger is None:
        raise CommandError(f"{report.form.name}没有台账")


def clean_request(request: Request) -> Request:
    """A request as the report may hold it: text cleaned and bounded, dates ISO or refused."""
    changes: dict[str, object] = {}
    for f in fields(Request):
        value = getattr(request, f.name)
        if isinstance(value, str):
            value = clean_text(value)[:MAX_FIELD_CHARS]
            if f.name in DATES and value and parse_iso(value) is None:
                raise CommandError(f"日期“{value[:20]}”无效，应写作 2025-01-20")
            changes[f.name] = value
        elif not isinstance(value, bool):
            raise CommandError(f"台账“{f.name}”一栏的值无效")
    return request.with_(**changes)


def _derive(report: Report, touched: Sequence[str]) -> Applied:
    """Write the derived cells among ``touched`` (or all of them) and recompute their totals."""
    values = tally(report.ledger, report.form, report.year).values()
    origin = Origin(LEDGER)
    return write_states(report, [CellState(a, values[a], origin) for a in touched])


def _after_ledger_edit(report: Report, touched: Optional[Sequence[str]]) -> Change:
    if not report.ledger.derive:
        return Change(ledger=True)
    spec = report.form.ledger
    assert spec is not None
    cells = addresses(spec) if touched is None else touched
    derived = _derive(report, cells).change
    return Change(cells=derived.cells, ledger=True)


@dataclass(frozen=True)
class EditRequest:
    """Replace request ``index`` (0-based) with ``request``."""

    index: int
    request: Request

    @property
    def label(self) -> str:
        return "修改台账"

    def apply(self, report: Report) -> Applied:
        _spec_or_refuse(report)
        requests = report.ledger.requests
        if not 0 <= self.index < len(requests):
            raise CommandError(f"台账没有第 {self.index + 1} 条")
        new = clean_request(self.request)
        old = requests[self.index]
        t = tally(report.ledger, report.form, report.year)
        requests[self.index] = new
        moved = t.edit(self.index, new)
        return Applied(EditRequest(self.index, old), _after_ledger_edit(report, moved))


@dataclass(frozen=True)
class InsertRequests:
    """Insert ``requests`` at ``index`` (a new row, a block pasted or imported)."""

    index: int
    requests: tuple[Request, ...]

    @property
    def label(self) -> str:
        return "添加台账" if len(self.requests) == 1 else f"添加 {len(self.requests)} 条台账"

    def apply(self, report: Report) -> Applied:
        _spec_or_refuse(report)
        requests = report.ledger.requests
        if not 0 <= self.index <= len(requests):
            raise CommandError(f"台账没有第 {self.index + 1} 条")
        if len(requests) + len(self.requests) > MAX_REQUESTS:
            raise CommandError(f"台账最多 {MAX_REQUESTS} 条")
        new = [clean_request(r) for r in self.requests]
        requests[self.index:self.index] = new
        report.ledger.cache = None
        return Applied(RemoveRequests(self.index, len(new)), _after_ledger_edit(report, None))


@dataclass(frozen=True)
class RemoveRequests:
    """Remove ``count`` requests from ``index``."""

    index: int
    count: int = 1

    @property
    def label(self) -> str:
        return "删除台账"

    def apply(self, report: Report) -> Applied:
        _spec_or_refuse(report)
        requests = report.ledger.requests
        if self.count < 1 or not 0 <= self.index <= len(requests) - self.count:
            raise CommandError(f"台账没有第 {self.index + 1} 条")
        gone = tuple(requests[self.index:self.index + self.count])
        del requests[self.index:self.index + self.count]
        report.ledger.cache = None
        return Applied(InsertRequests(self.index, gone), _after_ledger_edit(report, None))


@dataclass(frozen=True)
class ReplaceLedger:
    """The whole register at once (an imported workbook)."""

    requests: tuple[Request, ...] = field(default=())

    @property
    def label(self) -> str:
        return "导入台账"

    def apply(self, report: Report) -> Applied:
        _spec_or_refuse(report)
        if len(self.requests) > MAX_REQUESTS:
            raise CommandError(f"台账最多 {MAX_REQUESTS} 条")
        new = [clean_request(r) for r in self.requests]
        old = tuple(report.ledger.requests)
        report.ledger.requests[:] = new
        report.ledger.cache = None
        return Applied(ReplaceLedger(old), _after_ledger_edit(report, None))


@dataclass(frozen=True)
class SetLedgerMode:
    """Derive the ledger's table from the ledger (``on``), or hand it back to typing.

    ``restore`` (the inverse of entering) gives the cells back as they were before."""

    on: bool
    restore: tuple[CellState, ...] = ()

    @property
    def label(self) -> str:
        return "由台账生成表三" if self.on else "表三改为手工填写"

    def apply(self, report: Report) -> Applied:
        _spec_or_refuse(report)
        spec = report.form.ledger
        assert spec is not None
        cells = addresses(spec)
        was = report.ledger.derive
        if self.on and was:
            return Applied(SetLedgerMode(True), Change(ledger=True))
        if self.on:
            report.ledger.derive = True
            applied = _derive(report, cells)
            assert isinstance(applied.inverse, RestoreCells)
            return Applied(SetLedgerMode(False, applied.inverse.states),
                           Change(cells=applied.change.cells, ledger=True))
        report.ledger.derive = False
        if self.restore:
            restored = RestoreCells(self.restore).apply(report)
            return Applied(SetLedgerMode(True), Change(cells=restored.change.cells, ledger=True))
        for a in cells:                      # the numbers stay, now the clerk's to change
            if report.origins.get(a) == Origin(LEDGER):
                report.origins[a] = Origin(TYPED)
        return Applied(SetLedgerMode(was), Change(cells=tuple(cells), ledger=True))
