"""表三 from the ledger: where each request is counted, and the counts kept current edit by edit.

Every request the ledger can place is counted exactly twice in its applicant's column: once on
the intake side (new this year, or carried from last year) and once on the outcome side (how it
was settled, or still open on 31 December). So 一 + 二 = 七 + 四 holds for any ledger by
construction; a request that cannot be placed (no applicant type, no date in the year, an
outcome this format does not have) is counted nowhere and named by a finding instead, never
guessed into a row. The rows and columns come from the template (``Form.ledger``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from core.forms import Form, LedgerSpec
from core.ledger.model import Ledger, Request, parse_iso
from core.report import Report


@dataclass(frozen=True)
class Placement:
    """Where one request counts: two rows of one column, or nowhere with the reason."""

    column: str = ""
    intake: str = ""
    outcome: str = ""
    reason: str = ""

    @property
    def counted(self) -> bool:
        return not self.reason


def place(request: Request, spec: LedgerSpec, year: int) -> Placement:
    if not request.applicant:
        return Placement(reason="没有填写申请人类型")
    if request.applicant not in spec.applicants:
        return Placement(reason=f"申请人类型“{request.applicant[:20]}”不是表三的列")
    received = parse_iso(request.received)
    if request.carried:
        intake = spec.carried
    elif received is None:
        return Placement(reason="没有收到日期，也未标为上年结转")
    elif received.year != year:
        return Placement(reason=f"收到日期 {request.received} 不在 {year} 年内，也未标为上年结转")
    else:
        intake = spec.new
    if request.outcome and request.outcome not in spec.outcomes:
        return Placement(reason=f"办理结果“{request.outcome[:20]}”不是本格式表三的行")
    answered = parse_iso(request.answered)
    settled = bool(request.outcome) and (answered is None or answered.year <= year)
    return Placement(request.applicant, intake, request.outcome if settled else spec.open)


def addresses(spec: LedgerSpec) -> list[str]:
    """Every cell a ledger fills (rows × applicant columns); the totals are the form's own sums."""
    rows = [spec.new, spec.carried, *spec.outcomes, spec.open]
    return [f"{spec.table}/{r}/{c}" for r in rows for c in spec.applicants]


class Tally:
    """The counts of every derived cell and which requests make each, updated per edit.

    Indexes are positions in the ledger (1-based in messages, 0-based here). An edit of one request
    moves it between cells in O(1); inserting or removing renumbers, so the tally is rebuilt.
    """

    def __init__(self, form: Form, year: int, requests: Sequence[Request]) -> None:
        spec = form.ledger
        if spec is None:
            raise ValueError(f"{form.name}没有台账")
        self.spec = spec
        self.year = year
        self.cells: dict[str, set[int]] = {a: set() for a in addresses(spec)}
        self.placements: list[Placement] = []
        for i, request in enumerate(requests):
            p = place(request, spec, year)
            self.placements.append(p)
            self._add(i, p)

    def _where(self, p: Placement) -> tuple[str, str]:
        return (f"{self.spec.table}/{p.intake}/{p.column}", f"{self.spec.table}/{p.outcome}/{p.column}")

    def _add(self, i: int, p: Placement) -> None:
        if p.counted:
            for a in self._where(p):
                self.cells[a].add(i)

    def _remove(self, i: int, p: Placement) -> None:
        if p.counted:
            for a in self._where(p):
                self.cells[a].discard(i)

    def edit(self, i: int, request: Request) -> tuple[str, ...]:
        """Re-place request ``i``; returns the cells whose count changed."""
        old = self.placements[i]
        new = place(request, self.spec, self.year)
        self._remove(i, old)
        self.placements[i] = new
        self._add(i, new)
        before = set(self._where(old)) if old.counted else set()
        after = set(self._where(new)) if new.counted else set()
        return tuple(sorted(before ^ after))

    def values(self) -> dict[str, int]:
        return {a: len(ids) for a, ids in self.cells.items()}

    def sources(self, address: str) -> list[int]:
        """The requests counted in a cell, in ledger order."""
        return sorted(self.cells.get(address, ()))


def tally(ledger: Ledger, form: Form, year: int) -> Tally:
    """The ledger's tally, kept on the ledger and rebuilt when its year, form or length changed."""
    cached = ledger.cache
    if (isinstance(cached, Tally) and cached.year == year and cached.spec is form.ledger
            and len(cached.placements) == len(ledger.requests)):
        return cached
    fresh = Tally(form, year, ledger.requests)
    ledger.cache = fresh
    return fresh


MAX_LISTED = 30


def describe_sources(report: Report, address: str) -> Optional[list[str]]:
    """The requests counted in a derived cell, one line each (第3条 编号 收到日期 → 答复日期), at
    most ``MAX_LISTED`` then how many more; None when the ledger does not fill that cell."""
    t = tally(report.ledger, report.form, report.year)
    if address not in t.cells:
        return None
    ids = t.sources(address)
    lines = []
    for i in ids[:MAX_LISTED]:
        r = report.ledger.requests[i]
        when = r.received or "收到日期未填"
        done = f" → {r.answered}" if r.answered else ""
        lines.append(f"第{i + 1}条 {r.number or '未编号'}（{when}{done}）")
    if len(ids) > MAX_LISTED:
        lines.append(f"等共 {len(ids)} 件")
    return lines
