"""What the prose rule builders share: filling a template message, reading summed cells."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Optional

from core.findings import Finding
from core.forms import Form, RuleSpec
from core.report import Report
from core.values import NA


def fill(message: str, values: dict[str, object]) -> str:
    for name, value in values.items():
        message = message.replace("{" + name + "}", str(value))
    return message


def finding(rule: RuleSpec, key: str, cells: tuple[str, ...], span: Optional[tuple[str, int, int]],
            severity: str = "", message: str = "", values: Optional[dict[str, object]] = None,
            **more: object) -> Finding:
    filled = dict(values or {}, **more)
    return Finding(rule.id, severity or rule.severity, cells, fill(message or rule.message, filled), rule.basis, key,
                   span=span)


def cell_reads(form: Form, addresses: Sequence[str]) -> tuple[str, ...]:
    """The cells a sum reads, with the cells a blank printed total falls back to."""
    out = list(addresses)
    for a in addresses:
        c = form.computed_by_target.get(a)
        if c is not None:
            out.extend(c.expression.reads)
    return tuple(dict.fromkeys(out))


def cell_value(report: Report, address: str) -> Optional[Decimal]:
    """A cell as the prose compares it; None when it cannot be compared (blank, "/", not read).

    A total printed blank (a report without the 总计 column) is read as the sum of the cells it
    totals when those are printed, since that is the figure the reader of the table sees."""
    if address in report.missing:
        return None
    value = report.cells.get(address)
    if value is NA:
        return None
    if value is None:
        c = report.form.computed_by_target.get(address)
        if c is None:
            return None
        parts = [report.cells.get(r) for r in c.expression.reads]
        if any(r in report.missing for r in c.expression.reads) or all(p is None for p in parts):
            return None
        return sum((Decimal(p) for p in parts if p is not None and p is not NA), Decimal(0))
    return Decimal(value)


def cells_sum(report: Report, addresses: Sequence[str]) -> Optional[Decimal]:
    """The sum of ``addresses``; None when any of them cannot be compared.

    Rows a printed legacy row stands for (2019's single （六）其他处理) count as absent, not blank."""
    total = Decimal(0)
    seen = False
    for a in addresses:
        v = cell_value(report, a)
        if v is None:
            info = report.form.cells.get(a)
            if info is not None and (info.row.legacy or _replaced(report, a)):
                continue
            return None
        total += v
        seen = True
    return total if seen else None


def _replaced(report: Report, address: str) -> bool:
    info = report.form.cells[address]
    for row in info.table.rows:
        if row.legacy and info.row.id in row.replaces and \
                report.cells.get(info.table.address(row.id, info.col.id)) is not None:
            return True
    return False
