"""Validation: the template's rules, bound to the report's form, kept current edit by edit.

Every rule is bound once per place it applies (R1 once per column of 表三, X2 once per row of
第二十条第（一）项 …) and each such instance knows which cells, texts or metadata it reads. After
an edit only the instances reading what changed run again, which keeps a keystroke well under the
2 ms budget while the whole report has a few hundred checks.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from decimal import Decimal

from core import expr
from core.builtin_rules import BUILTIN_RULES
from core.findings import WARNING, Finding
from core.forms import BoundRule, Form, RuleSpec
from core.report import Report
from core.rule_instances import Instance, Run
from core.values import Number, format_brief


def _fmt(n: Number) -> str:
    return format_brief(n)


def _side(report: Report, side: expr.Bound, value: Number) -> str:
    """A side of a comparison for the message; a single blank cell says so (C3: 总计 left blank)."""
    if isinstance(side.node, expr.Ref) and not side.node.last and len(side.reads) == 1 \
            and report.cells.get(side.reads[0]) is None:
        return "空白"
    return _fmt(value)


def _expr_instances(rule: RuleSpec) -> list[Instance]:
    return [Instance(b.key, rule.id, b.check.reads, _make_run(rule, b), rule.needs_last_year and bool(b.check.reads_last),
                     b.check.reads_last) for b in rule.bound]


def _make_run(rule: RuleSpec, place: BoundRule) -> Run:
    bound, key, labels, subs = place.check, place.key, place.labels, place.shown
    reads, reads_last = bound.reads, bound.reads_last

    left_of, right_of, holds = bound.left.evaluate, bound.right.evaluate, expr.COMPARE[bound.op]

    def run(report: Report) -> list[Finding]:
        last = report.last_year
        # A check whose operands were not read from the source is not run: the "not read" info
        # of the table says so, instead of an error about numbers nobody has seen.
        if report.missing and not report.missing.keys().isdisjoint(reads):
            return []
        if last is not None and last.missing and not last.missing.keys().isdisjoint(reads_last):
            return []
        last_number: expr.Lookup = last.number if last is not None else _zero
        number = report.number
        left = left_of(number, last_number)
        right = right_of(number, last_number)
        if holds(left, right):
            return []
        values = dict(labels, left=_side(report, bound.left, left), right=_side(report, bound.right, right),
                      diff=_fmt(abs(Decimal(left) - Decimal(right))))

        def fill(m: re.Match[str]) -> str:
            name = m.group(1)
            if name.startswith("="):
                return _fmt(subs[name].evaluate(report.number, last_number))
            return values.get(name, m.group(0))

        return [Finding(rule.id, rule.severity, reads, expr.MESSAGE_PLACEHOLDER.sub(fill, rule.message),
                        rule.basis, key, last_cells=reads_last)]

    return run


def _zero(address: str) -> Number:
    return 0


_instances: dict[int, tuple[Form, list[Instance]]] = {}


def instances_for(form: Form) -> list[Instance]:
    """Every rule instance of a form, built once per form and reused for every report."""
    cached = _instances.get(id(form))
    if cached is not None and cached[0] is form:
        return cached[1]
    built: list[Instance] = []
    for rule in form.rules:
        if rule.kind == "expr":
            built.extend(_expr_instances(rule))
        else:
            built.extend(BUILTIN_RULES[rule.kind](rule, form))
    _instances[id(form)] = (form, built)
    return built


def _applies(inst: Instance, report: Report) -> bool:
    if not inst.needs_last_year:
        return True
    last = report.last_year
    return last is not None and all(a in last.cells for a in inst.reads_last)


def _accept(findings: Iterable[Finding], report: Report) -> list[Finding]:
    out = []
    for f in findings:
        acc = report.accepted.get(f.key)
        if acc is not None and f.severity == WARNING:
            f = dataclasses.replace(f, accepted=acc.explanation)
        out.append(f)
    return out


_Step = tuple[Run, bool, Instance]
_plans: dict[int, tuple[Form, list[_Step]]] = {}


def _plan(form: Form) -> list[_Step]:
    """A full validation's calls, in template order: each instance's run, or once its rule's
    ``whole`` run for all its instances (one call instead of one per row)."""
    cached = _plans.get(id(form))
    if cached is not None and cached[0] is form:
        return cached[1]
    steps: list[_Step] = []
    wholes: set[int] = set()
    for inst in instances_for(form):
        if inst.whole is None or inst.needs_last_year:
            steps.append((inst.run, inst.needs_last_year, inst))
        elif id(inst.whole) not in wholes:
            wholes.add(id(inst.whole))
            steps.append((inst.whole, False, inst))
    _plans[id(form)] = (form, steps)
    return steps


def validate(report: Report) -> list[Finding]:
    """All findings of a report (and, when attached, against last year's), in template order."""
    found: list[Finding] = []
    for run, needs_last_year, inst in _plan(report.form):
        if not needs_last_year or _applies(inst, report):    # (most need none: no call)
            found.extend(run(report))
    return _accept(found, report)


class Validator:
    """Keeps a report's findings current; ``update`` re-runs only what an edit can affect."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._all = instances_for(report.form)
        self._by_read: dict[str, list[int]] = {}
        for i, inst in enumerate(self._all):
            for r in inst.reads:
                self._by_read.setdefault(r, []).append(i)
        self._results: dict[int, list[Finding]] = {}
        """The findings of each instance that found any: ``findings`` walks these few after every
        edit, not the hundreds of instances that found nothing."""
        self.revalidate()

    def revalidate(self) -> list[Finding]:
        """Run everything again: after loading, or when last year's report was attached/replaced."""
        self._results = {}
        for i, inst in enumerate(self._all):
            if _applies(inst, self.report):
                self._keep(i, inst.run(self.report))
        return self.findings()

    def _keep(self, i: int, found: list[Finding]) -> None:
        if found:
            self._results[i] = found
        else:
            self._results.pop(i, None)

    def update(self, reads: Iterable[str]) -> list[Finding]:
        """Re-run the instances reading any of ``reads`` (cell addresses, ``text:<id>``, ``meta``)."""
        todo: set[int] = set()
        for r in reads:
            todo.update(self._by_read.get(r, ()))
        for i in todo:
            inst = self._all[i]
            self._keep(i, inst.run(self.report) if _applies(inst, self.report) else [])
        return self.findings()

    def findings(self) -> list[Finding]:
        return _accept((f for i in sorted(self._results) for f in self._results[i]), self.report)
