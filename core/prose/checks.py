"""R6: the figures the prose states, compared with the cells of the tables.

One instance per place of prose: it reads ``text:<id>``, ``meta`` (the year decides which years
are "other years", the organ tells its own figures from another's; which texts are carried and
last year's report are metadata too) and the cells its measures compare. The statements of a text are found once per text and year (``_parsed``
cache), so a cell edit re-runs only the comparison, not the parsing.

Texts carried over unrevised from last year's report (``report.carried_texts``, see S7) are checked
too, because their figures are last year's and will be printed in this year's report unless
revised. Two things differ for them:

- "the year" of a carried text is the year it was written for: "2024 年，受理申请 17 件" in a text
  carried into 2025 states 2024's figure as that report's own, so it is compared with this year's
  table rather than taken for a statement about another year (which kept every such sentence quiet);
- the finding says the sentence was copied from last year (like every R6 finding it is at most a
  warning: reading a figure out of a sentence is an interpretation, docs/severity.md), and its key
  differs from an ordinary text's, so an explanation accepted for copied text does not pass to the
  revised sentence.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from core.findings import INFO, Finding
from core.forms import Form, RuleSpec
from core.prose.common import cell_reads, cells_sum, finding
from core.prose.grammar import Grammar, Measure, grammar
from core.prose.numbers import format_figure
from core.prose.sentences import excerpt
from core.prose.statements import ALL, ZERO, Claim, claims
from core.report import Report
from core.rule_instances import Instance

_CACHE_LIMIT = 512
_parsed: dict[tuple[int, str, int, str], list[Claim]] = {}


def claims_of(g: Grammar, text: str, year: int, organ: str = "") -> list[Claim]:
    """The statements of ``text`` (cached: the editor re-checks on every cell edit)."""
    key = (id(g), text, year, organ)
    found = _parsed.get(key)
    if found is None:
        if len(_parsed) >= _CACHE_LIMIT:
            _parsed.clear()
        found = _parsed[key] = claims(text, g, year, organ)
    return found


def _same(said: Decimal, table: Decimal, scale: Decimal) -> bool:
    """Equal as written. Money is written rounded (2.43万元 for 2.425231 万元 in the table), so a
    figure within half a percent, or within one 元, agrees."""
    if scale == 1:
        return said == table
    return abs(said - table) <= max(abs(table) * Decimal("0.005"), 1 / scale)


def _said(c: Claim) -> str:
    if c.kind == ZERO:
        return f"“{c.said}”（即 0）"
    if c.kind == ALL:
        return f"“{c.said}”"
    return c.said


CARRIED_WHERE = "{where}中沿用上年报告的句子"
"""How a finding names a sentence copied from last year (the ``where`` of the rule's message)."""
CARRIED_NAME = "本年度{name}"
"""How it names the cell: the comparison is with this year's table, not the one the text was written for."""


def written_for(report: Report) -> int:
    """The year a carried text was written for: the attached last year's report it came from (a
    rollover may skip a year), otherwise the year before the report's."""
    last = report.last_year
    if last is not None and last.year < report.year:
        return last.year
    return report.year - 1


def compare(report: Report, key: str, c: Claim, rule: RuleSpec, n: int, heading: str,
            carried: bool = False) -> Optional[Finding]:
    """The finding of one statement, or None when it agrees with the table (or cannot be compared).

    A contradiction is the rule's severity (at most a warning, docs/severity.md) when the reader is
    sure of the sentence, an info when not. ``carried``: the text is last year's, copied unrevised
    (see the module docstring)."""
    m: Measure = c.measure
    table = cells_sum(report, c.cells)
    if table is None:
        return None
    span = (key, c.sentence.start, c.sentence.end)
    where, name = heading, c.name
    if carried:
        where, name = CARRIED_WHERE.format(where=heading), CARRIED_NAME.format(name=c.name)
    values: dict[str, object] = {"where": where, "sentence": excerpt(c.sentence.text), "said": _said(c),
                                 "name": name, "value": format_figure(table)}
    fkey = f"{rule.id}@{key}/{m.id}/{n}" + ("/carried" if carried else "")
    severity = rule.severity if c.sure else INFO
    if c.kind == ALL:
        if table == 0:
            return None
        return finding(rule, fkey, c.cells, span, severity, str(rule.params.get("all_message", rule.message)),
                       values)
    if _same(c.value, table, m.scale):
        return None
    if not c.plain:
        return finding(rule, fkey, c.cells, span, severity, "", values)
    sentence = c.sentence.text
    for r in m.readings:
        if r.when is not None and r.when.search(sentence):
            other = cells_sum(report, r.cells)
            if other is not None and _same(c.value, other, m.scale):
                return None
    explicit = m.explicit is not None and m.explicit.search(sentence)
    if not explicit:
        for r in m.readings:
            other = cells_sum(report, r.cells)
            if other is not None and other == c.value and c.kind != ZERO:
                values.update(reading=r.name, other=format_figure(other))
                return finding(rule, fkey, tuple(dict.fromkeys(m.cells + r.cells)), span, INFO,
                               str(rule.params.get("unsure_message", rule.message)), values)
    return finding(rule, fkey, c.cells, span, severity, "", values)


def prose_figures(rule: RuleSpec, form: Form) -> list[Instance]:
    g = grammar(rule.params, list(form.cells))
    reads = tuple(dict.fromkeys(a for m in g.measures for cells in
                                [m.cells] + [r.cells for r in m.readings] + [r.cells for r in m.refine]
                                for a in cell_reads(form, cells)))
    keys = [(key, form.text_heading(key)) for key in form.text_keys()]

    def run(report: Report) -> list[Finding]:
        found = []
        for key, heading in keys:
            text = report.texts.get(key, "")
            if not text:
                continue
            carried = key in report.carried_texts
            counter: dict[str, int] = {}
            for c in claims_of(g, text, written_for(report) if carried else report.year, report.organ):
                n = counter[c.measure.id] = counter.get(c.measure.id, 0) + 1
                f = compare(report, key, c, rule, n, heading, carried)
                if f is not None:
                    found.append(f)
        return found

    # One instance: a cell edit re-runs one comparison over the (cached) statements of every text.
    return [Instance(rule.id, rule.id, tuple(f"text:{k}" for k, _ in keys) + ("meta",) + reads, run)]
