"""Computed cells (表三 总计 column and （七）总计 row, 表四 总计) from the template's totals.

In a derived report these cells are only ever written here. ``recompute_after`` touches only the
totals downstream of the edited cells, so a keystroke costs a handful of additions, not the form.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.forms import Computed, Form
from core.report import DERIVED, Report
from core.values import Number, Value, normalize

_dependents: dict[int, tuple[Form, dict[str, list[Computed]], dict[str, int]]] = {}


def _downstream(form: Form) -> tuple[dict[str, list[Computed]], dict[str, int]]:
    """For each cell, the totals that must be recomputed when it changes, in computing order;
    and each total's place in that order. Built once per form, read on every keystroke."""
    cached = _dependents.get(id(form))
    if cached is not None and cached[0] is form:
        return cached[1], cached[2]
    direct: dict[str, set[str]] = {}
    for c in form.computed:
        for a in c.expression.reads:
            direct.setdefault(a, set()).add(c.target)
    order = {c.target: i for i, c in enumerate(form.computed)}
    index: dict[str, list[Computed]] = {}
    for address in form.cells:
        seen: set[str] = set()
        stack = list(direct.get(address, ()))
        while stack:
            t = stack.pop()
            if t not in seen:
                seen.add(t)
                stack.extend(direct.get(t, ()))
        index[address] = sorted((form.computed_by_target[t] for t in seen), key=lambda c: order[c.target])
    _dependents[id(form)] = (form, index, order)
    return index, order


NOT_READ_TOTAL = "合计所需的单元格未能读取"


def _zero(address: str) -> Number:
    return 0


def computed_value(report: Report, c: Computed) -> Value:
    """What a total is by the sums; blank when every cell it adds is blank (or not read)."""
    get = report.cells.get
    for a in c.expression.reads:
        if get(a) is not None:
            break
    else:
        return None
    total: Number = c.expression.evaluate(report.number, _zero)
    return normalize(total, report.form.kind_of(c.target))


def recompute_all(report: Report) -> list[str]:
    """Derive every total of a derived report; returns the addresses whose value changed."""
    if report.totals != DERIVED:
        return []
    return _apply(report, report.form.computed)


def recompute_after(report: Report, changed: Iterable[str]) -> list[str]:
    """Derive only the totals downstream of ``changed``; returns those whose value changed."""
    if report.totals != DERIVED:
        return []
    index, order = _downstream(report.form)
    todo: dict[str, Computed] = {}
    for address in changed:
        for c in index.get(address, ()):
            todo[c.target] = c
    return _apply(report, sorted(todo.values(), key=lambda c: order[c.target]))


def _apply(report: Report, computed: Iterable[Computed]) -> list[str]:
    """Write each total; a total that adds a cell not read is itself not read (a partial sum
    printed as the total would be a number nobody published)."""
    changed = []
    for c in computed:
        partial = bool(report.missing) and any(a in report.missing for a in c.expression.reads)
        value = None if partial else computed_value(report, c)
        was_missing = c.target in report.missing
        if partial:
            report.missing[c.target] = NOT_READ_TOTAL
        else:
            report.missing.pop(c.target, None)
        old = report.cells.get(c.target)
        if old != value or type(old) is not type(value) or was_missing != partial:
            report.cells[c.target] = value
            changed.append(c.target)
    return changed
