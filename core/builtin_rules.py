"""The builtin rule kinds: checks that are not one arithmetic relation.

A template names one of these by ``kind`` (declared with its parameters and placeholders in
``rule_kinds``) and supplies severity, message and basis; the code here only decides *whether*
the finding applies and fills the message's ``{placeholders}``. Each builder returns the rule's
instances with what they read, so edits re-run only what they touch.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from functools import partial

from core.findings import Finding
from core.forms import Form, RuleSpec, Table
from core.ledger.checks import ledger
from core.organ_level import organ_level
from core.prose.annex import yoy_change
from core.prose.checks import prose_figures
from core.prose.form_checks import contact_block, parts_claim, report_title, section_headings, stat_period
from core.prose.privacy import privacy
from core.prose.scanning import ranges_hit
from core.prose.sentences import spans
from core.registry import form_for_year
from core.report import DERIVED, Report
from core.rule_instances import Instance, Run
from core.section_rules import section_required, text_mentions, unread_sections
from core.values import KIND_NAMES, NA, Value, format_brief, format_value, kind_problem

Builder = Callable[[RuleSpec, Form], list[Instance]]


def _finding(rule: RuleSpec, key: str, involved: tuple[str, ...], severity: str = "", **values: object) -> Finding:
    message = rule.message
    for name, value in values.items():
        message = message.replace("{" + name + "}", str(value))
    return Finding(rule.id, severity or rule.severity, involved, message, rule.basis, key)


def _cell_name(form: Form, address: str) -> str:
    info = form.cells[address]
    return f"{info.table.row_label(info.row.id)} / {info.col.label}"


def _listed(form: Form, addresses: list[str]) -> str:
    shown = "、".join(_cell_name(form, a) for a in addresses[:3])
    return shown + (" 等" if len(addresses) > 3 else "")


Suspects = Callable[[Report, tuple[tuple[str, str], ...]], list[tuple[str, str]]]


def _per_cell(rule: RuleSpec, form: Form, problem: Callable[[Report, str, str], dict[str, object] | None],
              suspects: Suspects, also_reads: tuple[str, ...] = ()) -> list[Instance]:
    """Each cell checked alone, one instance per row, so an edit re-runs only its row's few cells;
    a full validation (a batch check runs one for every file) walks every cell in one call.
    ``suspects`` picks, in one pass, the (address, kind) pairs that may have a problem;
    ``problem(report, address, kind)`` gives their message values
    (``severity`` among them to lower the rule's) or None. Findings stay one per cell."""
    by_row: dict[str, list[tuple[str, str]]] = {}
    for address, info in form.cells.items():
        by_row.setdefault(f"{info.table.id}/{info.row.id}", []).append((address, info.col.kind))

    def run(report: Report, placed: tuple[tuple[str, str], ...]) -> list[Finding]:
        found = []
        for a, kind in suspects(report, placed):
            values = problem(report, a, kind)
            if values is not None:
                severity = str(values.pop("severity", ""))
                found.append(_finding(rule, f"{rule.id}@{a}", (a,), severity, table=form.cells[a].table.name,
                                      cell=_cell_name(form, a), **values))
        return found

    every = tuple(p for placed in by_row.values() for p in placed)
    whole: Run = lambda report: run(report, every)  # noqa: E731  (suspects keep their order: rows in turn)
    return [Instance(f"{rule.id}@{row_key}", rule.id, tuple(a for a, _ in placed) + also_reads,
                     partial(run, placed=tuple(placed)), whole=whole)
            for row_key, placed in by_row.items()]


def _unusual(report: Report, placed: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Cells that are not blank and not a whole number well inside every kind's limits (nearly
    every cell is one): only these can be of the wrong kind."""
    get = report.cells.get
    return [(a, kind) for a, kind in placed
            if (v := get(a)) is not None and not (type(v) is int and kind != "money"
                                                  and (0 <= v < 100_000 or kind == "change" and -100_000 < v < 100_000))]


def _within(values: Iterable[Value], floor: Decimal) -> bool:
    """Every value blank, "/" or a number no larger than ``floor`` either way (a set keeps one of
    equal numbers, 1, True and Decimal("1.0"), all alike here)."""
    return all(v is None or v is NA or isinstance(v, (int, Decimal)) and abs(v) <= floor  # type: ignore[operator]
               for v in set(values))


def cell_kinds(rule: RuleSpec, form: Form) -> list[Instance]:
    def problem(report: Report, a: str, kind: str) -> dict[str, object] | None:
        value = report.cells.get(a)
        if value is None or not kind_problem(value, kind):
            return None
        return {"value": format_brief(value, kind), "expected": KIND_NAMES[kind]}

    return _per_cell(rule, form, problem, _unusual)


def magnitude(rule: RuleSpec, form: Form) -> list[Instance]:
    """``limits`` by cell kind; ``table_limits`` overrides them for tables whose real figures run
    larger (a city's 行政处罚 decisions run into millions). ``levels`` gives both per level of the
    organ (core/organ_level): a county's fees of 18,651 万元 are real, a township's would be a 元
    typed into the 万元 column. When the level cannot be told from the organ's name the default
    limits apply and a finding is only ``unknown_severity`` (info): plausibility is a guess."""
    def by_kind(raw: object) -> dict[str, Decimal]:
        return {str(k): Decimal(str(v)) for k, v in dict(raw).items()}  # type: ignore[call-overload]

    def tables(raw: object) -> dict[str, dict[str, Decimal]]:
        return {str(t): by_kind(v) for t, v in dict(raw).items()}  # type: ignore[call-overload]

    default = (by_kind(rule.params["limits"]), tables(rule.params.get("table_limits", {})))
    levels = {str(name): (by_kind(dict(v).get("limits", {})), tables(dict(v).get("table_limits", {})))
              for name, v in dict(rule.params.get("levels", {})).items()}
    unsure = str(rule.params.get("unknown_severity", "")) if levels else ""
    hints = {str(k): str(v) for k, v in dict(rule.params.get("hints", {})).items()}
    """What to check, by cell kind: a count has no 元/万元 to mix up, only a digit too many."""
    limits_of = {name: {a: per_table.get(info.table.id, {}).get(info.col.kind, limits.get(info.col.kind))
                        for a, info in form.cells.items()}
                 for name, (limits, per_table) in [("", default), *levels.items()]}
    """Each cell's limit per level ("" the default), worked out once rather than per cell checked."""

    floors = {name: min((x for x in limits.values() if x is not None), default=None) for name, limits in limits_of.items()}
    """The lowest limit of any cell, per level: a report no value of which is larger than that
    (asked of its few distinct values) has no cell over its own."""

    def limits_for(report: Report) -> dict[str, Decimal | None]:
        return limits_of.get(organ_level(report.organ) if levels else "", limits_of[""])

    def over(report: Report, placed: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
        level = organ_level(report.organ) if levels else ""
        floor = floors.get(level, floors[""])
        if floor is None or _within(report.cells.values(), floor):
            return []
        get, limits = report.cells.get, limits_of.get(level, limits_of[""])
        return [(a, kind) for a, kind in placed if (v := get(a)) is not None and v is not NA
                and (limit := limits[a]) is not None and abs(v) > limit]  # type: ignore[operator]  # a number here

    def problem(report: Report, a: str, kind: str) -> dict[str, object] | None:
        value, limit = report.cells.get(a), limits_for(report)[a]
        if value is None or value is NA or limit is None or abs(value) <= limit:  # type: ignore[operator]
            return None
        level = organ_level(report.organ) if levels else ""
        return {"value": format_brief(value, kind), "unit": form.cells[a].col.unit,
                "limit": format_value(limit, "money"), "hint": hints.get(kind, ""),
                "severity": "" if level in levels else unsure}

    return _per_cell(rule, form, problem, over, ("meta",) if levels else ())


def _inputs(form: Form, table: Table) -> tuple[str, ...]:
    return tuple(table.addresses(include_legacy=False))


def _absent(report: Report, table: Table) -> set[str]:
    """Cells of rows a printed legacy row stands for: absent, not blank (L1 reports the old row)."""
    absent: set[str] = set()
    for r in table.rows:
        if r.legacy and r.replaces and any(report.cells.get(table.address(r.id, c.id)) is not None
                                           for c in table.cols):
            absent |= {table.address(x, c.id) for x in r.replaces for c in table.cols}
    return absent


def _table_reads(table: Table) -> tuple[str, ...]:
    return tuple(table.addresses(include_legacy=True)) + ("meta",)


def _per_table(rule: RuleSpec, form: Form,
               problem: Callable[[Report, Table], tuple[tuple[str, ...], dict[str, object]] | None]) -> list[Instance]:
    """One instance per official table; ``problem`` gives (cells named, message values) or None."""
    out = []
    for table in form.tables:
        def run(report: Report, table: Table = table) -> list[Finding]:
            found = problem(report, table)
            if found is None:
                return []
            return [_finding(rule, f"{rule.id}@{table.id}", found[0], "", table=table.name, **found[1])]

        out.append(Instance(f"{rule.id}@{table.id}", rule.id, _table_reads(table), run))
    return out


def blanks(rule: RuleSpec, form: Form) -> list[Instance]:
    """Partly blank tables. A table with no number at all is ``empty_table``'s, and a cell an
    importer could not read is ``not_read``'s: neither is a blank the clerk left."""
    inputs = {t.id: _inputs(form, t) for t in form.tables}
    typed = {t.id: tuple(a for a in inputs[t.id] if not form.is_computed(a)) for t in form.tables}
    """What the clerk types in each table when the totals are derived: worked out once."""

    def problem(report: Report, table: Table) -> tuple[tuple[str, ...], dict[str, object]] | None:
        absent = _absent(report, table)
        cells = (typed if report.totals == DERIVED else inputs)[table.id]
        if absent:
            cells = tuple(a for a in cells if a not in absent)
        get, missing = report.cells.get, report.missing
        empty = [a for a in cells if get(a) is None and a not in missing]
        if not empty or (len(empty) == len(cells) and not absent):
            return None
        return tuple(empty), {"count": len(empty), "cells": _listed(form, empty)}

    return _per_table(rule, form, problem)


def empty_table(rule: RuleSpec, form: Form) -> list[Instance]:
    every = {t.id: tuple(t.addresses(include_legacy=True)) for t in form.tables}

    def problem(report: Report, table: Table) -> tuple[tuple[str, ...], dict[str, object]] | None:
        get = report.cells.get
        if any(get(a) is not None for a in every[table.id]) or not report.missing.keys().isdisjoint(every[table.id]):
            return None
        return (), {}

    return _per_table(rule, form, problem)


def not_read(rule: RuleSpec, form: Form) -> list[Instance]:
    every = {t.id: tuple(t.addresses(include_legacy=True)) for t in form.tables}

    def problem(report: Report, table: Table) -> tuple[tuple[str, ...], dict[str, object]] | None:
        missing = report.missing
        if not missing or missing.keys().isdisjoint(every[table.id]):
            return None
        unread = [a for a in every[table.id] if a in missing]
        if not unread:
            return None
        return tuple(unread), {"count": len(unread), "cells": _listed(form, unread)}

    return _per_table(rule, form, problem)


def format_years(rule: RuleSpec, form: Form) -> list[Instance]:
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
_PERIOD_CUE = re.compile(r"统计|所列数据|数据(?:的)?(?:期限|时限|周期|时间|区间)")
_PERIOD_YEARS = (re.compile(r"(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日"), re.compile(r"(\d{4})\s*年\s*12\s*月\s*31\s*日"))


def title_period_year(rule: RuleSpec, form: Form) -> list[Instance]:
    def run(report: Report) -> list[Finding]:
        found = []
        title_years = {int(y) for y in _TITLE_YEAR.findall(report.display_title())}
        if title_years and report.year not in title_years:
            found.append(_finding(rule, f"{rule.id}@title", (), where="标题", year=report.year,
                                  found="、".join(str(y) for y in sorted(title_years))))
        preamble = report.texts.get("preamble", "")
        # only a sentence that says it is the statistical period: a preamble may also cite a rule
        # "自2025年1月1日起施行", and an error must be certain (docs/severity.md)
        starts, ends = spans(preamble)
        said = [preamble[starts[i]:ends[i]] for i in ranges_hit(_PERIOD_CUE, preamble, starts, ends)]
        period = {int(y) for s in said if _PERIOD_CUE.search(s) for pattern in _PERIOD_YEARS for y in pattern.findall(s)}
        if period and period != {report.year}:
            found.append(_finding(rule, f"{rule.id}@period", (), where="统计期限", year=report.year,
                                  found="、".join(str(y) for y in sorted(period))))
        return found

    return [Instance(rule.id, rule.id, ("meta", "text:preamble"), run)]


def carried_text(rule: RuleSpec, form: Form) -> list[Instance]:
    out = []
    for key in form.text_keys():
        def run(report: Report, key: str = key) -> list[Finding]:
            if key in report.carried_texts and report.texts.get(key, "").strip():
                return [_finding(rule, f"{rule.id}@{key}", (), section=form.text_heading(key))]
            return []

        out.append(Instance(f"{rule.id}@{key}", rule.id, ("meta", f"text:{key}"), run))
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


BUILTIN_RULES: Mapping[str, Builder] = {
    "cell_kinds": cell_kinds,
    "blanks": blanks,
    "empty_table": empty_table,
    "not_read": not_read,
    "unread_sections": unread_sections,
    "magnitude": magnitude,
    "section_required": section_required,
    "text_mentions": text_mentions,
    "format_years": format_years,
    "title_period_year": title_period_year,
    "carried_text": carried_text,
    "last_year_identity": last_year_identity,
    "legacy_rows": legacy_rows,
    "prose_figures": prose_figures,
    "report_title": report_title,
    "section_headings": section_headings,
    "parts_claim": parts_claim,
    "stat_period": stat_period,
    "contact_block": contact_block,
    "privacy": privacy,
    "yoy_change": yoy_change,
    "ledger": ledger,
}
