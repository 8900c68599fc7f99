"""The rule kind ``ledger``: findings that tie the register to 表三 and to the statutory deadlines.

The template names one ``check`` per rule and gives its severity, message and basis. None of these
blocks an export by itself: they are about the register the clerk keeps, and in ledger mode 表三
is counted from it, so its arithmetic holds whatever the register says (the form's own rules
still guard the table). Messages name a request by its position and 编号, never by the
applicant (personal data stays in the ledger).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections import Counter
from collections.abc import Callable, Sequence

from core.findings import WARNING, Finding
from core.forms import Form, RuleSpec
from core.ledger.derive import tally
from core.ledger.model import FIELD_NAMES, Request
from core.report import Report
from core.rule_instances import Instance
from core.values import as_number

CHECKS = ("not_counted", "answered_no_outcome", "outcome_no_answer", "answered_before_received",
          "table_differs", "deadline")
Today = Callable[[], _dt.date]


def _today() -> _dt.date:
    return _dt.date.today()


today: Today = _today
"""The day deadlines are counted to (tests and benchmarks set it)."""


class _Idents:
    """Which request a finding is about, as its key says it: the request's 编号 when no other request
    has it, else its place. A key by place alone moved a clerk's accepted explanation onto another
    request whenever one was inserted or removed above it."""

    def __init__(self, requests: Sequence[Request]) -> None:
        self.requests = requests
        self._counts: Counter[str] | None = None

    def __call__(self, n: int) -> str:
        number = " ".join(self.requests[n - 1].number.split())
        if self._counts is None:
            self._counts = Counter(" ".join(r.number.split()) for r in self.requests)
        return f"编号{number}" if number and self._counts[number] == 1 else f"第{n}条"


def _finding(rule: RuleSpec, n: int, request: Request, ident: str, severity: str = "", **values: object) -> Finding:
    message = rule.message.replace("{n}", str(n)).replace("{number}", request.number or "未编号")
    for name, value in values.items():
        message = message.replace("{" + name + "}", str(value))
    return Finding(rule.id, severity or rule.severity, (), message, rule.basis, f"{rule.id}@ledger/{ident}",
                   ledger_row=n)


def _per_request(rule: RuleSpec, report: Report, problem: Callable[[Request], str | None]) -> list[Finding]:
    out = []
    ident = _Idents(report.ledger.requests)
    for i, request in enumerate(report.ledger.requests):
        detail = problem(request)
        if detail is not None:
            out.append(_finding(rule, i + 1, request, ident(i + 1), detail=detail))
    return out


def _not_counted(rule: RuleSpec, report: Report) -> list[Finding]:
    if not report.ledger.requests:
        return []
    placements = tally(report.ledger, report.form, report.year).placements
    ident = _Idents(report.ledger.requests)
    return [_finding(rule, i + 1, r, ident(i + 1), detail=p.reason)
            for i, (r, p) in enumerate(zip(report.ledger.requests, placements, strict=True)) if not p.counted]


_ORDER = (("received", "supplement_asked"), ("supplement_asked", "supplemented"),
          ("received", "supplemented"), ("received", "consult_start"), ("consult_start", "consult_end"),
          ("received", "answered"), ("supplemented", "answered"), ("consult_start", "answered"))
"""Pairs of dates of which the first cannot come after the second (补正 and 征求意见 happen between
receipt and answer). An opinion arriving after the answer is possible and is not among them."""


def _before(request: Request) -> str | None:
    """Dates in an impossible order, and a consultation the deadline cannot count: the check kept
    its first name (answered_before_received) so templates naming it still work."""
    problems = []
    for first, then in _ORDER:
        # stored dates are ISO (checked at every way in), so they compare as text
        early, late = getattr(request, first), getattr(request, then)
        if early and late and late < early:
            problems.append(f"{FIELD_NAMES[then]} {late} 早于{FIELD_NAMES[first]} {early}")
    if request.consult_end and not request.consult_start:
        problems.append(f"有{FIELD_NAMES['consult_end']}但没有{FIELD_NAMES['consult_start']}，征求意见的时间未从期限中扣除")
    elif request.consult_start and not request.consult_end and request.answered:
        problems.append(f"已答复但没有{FIELD_NAMES['consult_end']}，征求意见的时间算到答复之日")
    return "；".join(problems) or None


def _table_differs(rule: RuleSpec, report: Report) -> list[Finding]:
    """Outside ledger mode, 表三 typed by hand against the register's count: one finding."""
    if report.ledger.derive or not report.ledger.requests:
        return []
    values = tally(report.ledger, report.form, report.year).values()
    differ = [a for a, n in values.items() if as_number(report.cells.get(a)) != n]
    if not differ:
        return []
    first = differ[0]
    detail = (f"“{report.form.label(first)}”表中为 {report.cells.get(first) or 0}，台账统计为 {values[first]}"
              + (f"，另有 {len(differ) - 1} 格不同" if len(differ) > 1 else ""))
    return [Finding(rule.id, rule.severity, tuple(differ), rule.message.replace("{detail}", detail)
                    .replace("{count}", str(len(differ))), rule.basis, f"{rule.id}@ledger")]


def _deadline(rule: RuleSpec, report: Report) -> list[Finding]:
    from core.ledger.deadlines import deadline_findings
    from core.ledger.workdays import CalendarError, default_calendar

    if not report.ledger.requests:
        return []
    try:
        calendar = default_calendar()
    except CalendarError as e:            # a clerk's own holiday file that cannot be used
        return [Finding(rule.id, WARNING, (), rule.message.replace("{detail}", f"节假日安排无法使用，未核对答复期限：{e}"),
                        rule.basis, f"{rule.id}@calendar")]
    out = []
    day = today()
    ident = _Idents(report.ledger.requests)
    for f in deadline_findings(report.ledger.requests, day, calendar):
        if f.rule in ("L-overdue", "L-near") and day.year > report.year + 1:
            continue       # an old year's open requests went on in the next year's ledger
        row = next((int(c.split("/")[1]) for c in f.cells if c.startswith("ledger/")), None)
        key = f"{rule.id}@ledger/{ident(row)}" if row is not None else f"{rule.id}@{f.key}"
        out.append(dataclasses.replace(f, rule=rule.id, cells=(), basis=rule.basis or f.basis, ledger_row=row,
                                       key=key, message=rule.message.replace("{detail}", f.message)))
    return out


def ledger(rule: RuleSpec, form: Form) -> list[Instance]:
    check = str(rule.params["check"])
    if check not in CHECKS or form.ledger is None:
        return []
    runs: dict[str, Callable[[Report], list[Finding]]] = {
        "not_counted": lambda r: _not_counted(rule, r),
        "answered_no_outcome": lambda r: _per_request(
            rule, r, lambda q: "有答复日期但没有办理结果" if q.answered and not q.outcome else None),
        "outcome_no_answer": lambda r: _per_request(
            rule, r, lambda q: "有办理结果但没有答复日期" if q.outcome and not q.answered else None),
        "answered_before_received": lambda r: _per_request(rule, r, _before),
        "table_differs": lambda r: _table_differs(rule, r),
        "deadline": lambda r: _deadline(rule, r),
    }
    spec = form.ledger
    reads: tuple[str, ...] = ("ledger", "meta")
    if check == "table_differs":
        reads += tuple(f"{spec.table}/{row}/{c}" for row in (spec.new, spec.carried, *spec.outcomes, spec.open)
                       for c in spec.applicants)
    return [Instance(f"{rule.id}@ledger", rule.id, reads, runs[check])]
