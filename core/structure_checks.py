"""Checks that are not arithmetic: cell kinds, blanks, sections, format and year, last year.

A template names one of these by ``kind`` and supplies severity, message and basis; the code
here only decides *whether* the finding applies and fills the message's ``{placeholders}``. Each
builder returns the rule's instances with what they read, so edits re-run only what they touch.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

from core.findings import Finding, Instance
from core.forms import Form, RuleSpec
from core.report import DERIVED, Report
from core.values import KIND_NAMES, format_value, kind_problem

Builder = Callable[[RuleSpec, Form], list[Instance]]


def _finding(rule: RuleSpec, key: str, involved: tuple[str, ...], **values: object) -> Finding:
    message = rule.message
    for name, value in values.items():
        message = message.replace("{" + name + "}", str(value))
    return Finding(rule.id, rule.severity, involved, message, rule.basis, key)


def cell_kinds(rule: RuleSpec, form: Form) -> list[Instance]:
    out = []
    for address, info in form.cells.items():
        kind = info.col.kind
        cell = f"{info.row.group}{info.row.label} / {info.col.label}"

        def run(report: Report, a: str = address, kind: str = kind, cell: str = cell,
                table: str = info.table.name) -> list[Finding]:
            value = report.cells.get(a)
            if value is None or not kind_problem(value, kind):
                return []
            return [_finding(rule, f"{rule.id}@{a}", (a,), table=table, cell=cell,
                             value=format_value(value, kind), expected=KIND_NAMES[kind])]

        out.append(Instance(f"{rule.id}@{address}", rule.id, (address,), run))
    return out


def blanks(rule: RuleSpec, form: Form) -> list[Instance]:
    out = []
    for table in form.tables:
        addresses = tuple(table.addresses(include_legacy=False))
        # A report printing an older format's row (L1 reports that) has no cells for the rows it
        # stands for: they are absent, not blank.
        stand_ins = tuple((tuple(table.address(r.id, c.id) for c in table.cols),
                           frozenset(table.address(x, c.id) for x in r.replaces for c in table.cols))
                          for r in table.rows if r.legacy and r.replaces)
        reads = addresses + tuple(a for legacy, _ in stand_ins for a in legacy) + ("meta",)

        def run(report: Report, addresses: tuple[str, ...] = addresses, tid: str = table.id,
                stand_ins: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = stand_ins) -> list[Finding]:
            absent: set[str] = set()
            for legacy, replaced in stand_ins:
                if any(report.cells.get(a) is not None for a in legacy):
                    absent |= replaced
            empty = [a for a in addresses if report.cells.get(a) is None and a not in absent
                     and not (report.totals == DERIVED and form.is_computed(a))]
            if not empty:
                return []
            shown = "、".join(form.cells[a].row.label + "/" + form.cells[a].col.label for a in empty[:3])
            if len(empty) > 3:
                shown += " 等"
            return [_finding(rule, f"{rule.id}@{tid}", tuple(empty), table=form.table(tid).name,
                             count=len(empty), cells=shown)]

        out.append(Instance(f"{rule.id}@{table.id}", rule.id, reads, run))
    return out


def section_required(rule: RuleSpec, form: Form) -> list[Instance]:
    section = str(rule.params.get("section", ""))

    def run(report: Report) -> list[Finding]:
        if report.texts.get(section, "").strip():
            return []
        return [_finding(rule, f"{rule.id}@{section}", ())]

    return [Instance(f"{rule.id}@{section}", rule.id, (f"text:{section}",), run)]


def text_mentions(rule: RuleSpec, form: Form) -> list[Instance]:
    section = str(rule.params.get("section", ""))
    words = [str(w) for w in rule.params.get("any", [])]

    def run(report: Report) -> list[Finding]:
        text = report.texts.get(section, "")
        if any(w in text for w in words):
            return []
        return [_finding(rule, f"{rule.id}@{section}", ())]

    return [Instance(f"{rule.id}@{section}", rule.id, (f"text:{section}",), run)]


def format_years(rule: RuleSpec, form: Form) -> list[Instance]:
    from core.forms import form_for_year

    def run(report: Report) -> list[Finding]:
        if form.applies_to(report.year):
            return []
        try:
            expected = form_for_year(report.year).name
        except KeyError:
            expected = "适用该年度的格式"
        return [_finding(rule, rule.id, (), year=report.year, expected=expected, format_name=form.name)]

    return [Instance(rule.id, rule.id, ("meta",), run)]


_TITLE_YEAR = re.compile(r"(\d{4})\s*年")
_PERIOD_YEARS = (re.compile(r"(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日"), re.compile(r"(\d{4})\s*年\s*12\s*月\s*31\s*日"))


def title_period_year(rule: RuleSpec, form: Form) -> list[Instance]:
    def run(report: Report) -> list[Finding]:
        found = []
        title_years = {int(y) for y in _TITLE_YEAR.findall(report.display_title())}
        if title_years and report.year not in title_years:
            found.append(_finding(rule, f"{rule.id}@title", (), where="标题", year=report.year,
                                  found="、".join(str(y) for y in sorted(title_years))))
        preamble = report.texts.get("preamble", "")
        period = {int(y) for pattern in _PERIOD_YEARS for y in pattern.findall(preamble)}
        if period and period != {report.year}:
            found.append(_finding(rule, f"{rule.id}@period", (), where="统计期限", year=report.year,
                                  found="、".join(str(y) for y in sorted(period))))
        return found

    return [Instance(rule.id, rule.id, ("meta", "text:preamble"), run)]


def carried_text(rule: RuleSpec, form: Form) -> list[Instance]:
    out = []
    for section in form.sections:

        def run(report: Report, sid: str = section.id, heading: str = section.heading) -> list[Finding]:
            if sid in report.carried_texts and report.texts.get(sid, "").strip():
                return [_finding(rule, f"{rule.id}@{sid}", (), section=heading)]
            return []

        out.append(Instance(f"{rule.id}@{section.id}", rule.id, ("meta", f"text:{section.id}"), run))
    return out


def same_organ(a: str, b: str) -> bool:
    """Whether two organ names name one organ: titles often drop the city ("洪泽区人民政府" for
    "淮安市洪泽区人民政府"), so one ending with the other counts as the same."""
    a, b = "".join(a.split()), "".join(b.split())
    return a.endswith(b) or b.endswith(a)


def last_year_identity(rule: RuleSpec, form: Form) -> list[Instance]:
    def run(report: Report) -> list[Finding]:
        last = report.last_year
        if last is None:
            return []
        problems = []
        if last.year != report.year - 1:
            problems.append(f"是 {last.year} 年度的，不是 {report.year - 1} 年度")
        if last.organ and report.organ and not same_organ(last.organ, report.organ):
            problems.append(f"的机关为“{last.organ}”，与本报告“{report.organ}”不同")
        if not problems:
            return []
        return [_finding(rule, rule.id, (), problem="；".join(problems))]

    return [Instance(rule.id, rule.id, ("meta",), run)]


def legacy_rows(rule: RuleSpec, form: Form) -> list[Instance]:
    legacy = tuple(a for a in form.cells if form.is_legacy(a))

    def run(report: Report) -> list[Finding]:
        used = tuple(a for a in legacy if report.cells.get(a) is not None)
        if not used:
            return []
        return [_finding(rule, rule.id, used, cells="、".join(used[:3]) + (" 等" if len(used) > 3 else ""))]

    return [Instance(rule.id, rule.id, legacy, run)] if legacy else []


BUILTIN_KINDS: Mapping[str, Builder] = {
    "cell_kinds": cell_kinds,
    "blanks": blanks,
    "section_required": section_required,
    "text_mentions": text_mentions,
    "format_years": format_years,
    "title_period_year": title_period_year,
    "carried_text": carried_text,
    "last_year_identity": last_year_identity,
    "legacy_rows": legacy_rows,
}
