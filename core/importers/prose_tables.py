"""A table the source gives as a sentence instead of a grid.

Some organs write section 二 as one sentence ("本机关未制定规章、行政规范性文件；办理行政许可办件量
3361件，行政处罚案件13件…") and print no 表二. Those figures are read with the prose checks' own
grammar (the template's measures, the same reading that compares prose with tables), and only
where it is sure: a count or a "未…" of one cell, said once, in the table's own section (a "未…" of
a sum of cells: of each of them). What is
read this way is noted against the table, so the import preview shows it as doubtful for the
clerk to confirm; every cell not stated stays "not read".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.forms import Form, Table
from core.prose.grammar import Grammar, grammar
from core.prose.statements import COUNT, ZERO, Claim, claims
from core.values import Value, kind_problem

PROSE_FIGURES = "prose_figures"
"""The rule kind whose parameters describe how prose states table figures."""


@dataclass(frozen=True)
class Stated:
    address: str
    value: Value
    said: str


def stated_cells(form: Form, tables: Sequence[Table], texts: Mapping[str, str], year: int,
                 organ: str) -> dict[str, list[Stated]]:
    """Per table of ``tables``, the cells its section's prose states for sure, in the form's order.
    Each section's prose is read once, for all its tables (表二's four blocks share section 二).
    A "none" (未发生行政诉讼) of a measure that is several cells' sum (行政诉讼: 未经复议直接起诉 and
    复议后起诉) states each of them 0, counts being never negative."""
    rule = next((r for r in form.rules if r.kind == PROSE_FIGURES), None)
    if rule is None:
        return {}
    g = grammar(rule.params, list(form.cells))
    said: dict[str, list[tuple[Decimal, str]]] = {}
    for section in form.sections:
        if not any(t.section == section.id for t in tables):
            continue
        text = "\n".join(texts[k] for k in [section.id, *(s.id for s in section.subsections)] if texts.get(k))
        for a, found in claimed(form, text, g, year, organ).items():
            said.setdefault(a, []).extend(found)
    return {t.id: stated_in(form, t, said) for t in tables}


def claimed(form: Form, text: str, g: Grammar, year: int, organ: str,
            keep: Callable[[Claim], bool] = lambda c: True) -> dict[str, list[tuple[Decimal, str]]]:
    """Each cell the sure, plain counts and nones of ``text`` state (those ``keep`` lets through), with
    every figure and words stating it."""
    said: dict[str, list[tuple[Decimal, str]]] = {}
    for c in claims(text, g, year, organ) if text else []:
        if not (c.sure and c.plain) or c.kind not in (COUNT, ZERO) or not keep(c):
            continue
        if len(c.cells) == 1:
            said.setdefault(c.cells[0], []).append((c.value, c.said))
        elif c.kind == ZERO and all(form.kind_of(a) != "change" for a in c.cells):
            for a in c.cells:                 # none of a sum of counts, so none of each
                said.setdefault(a, []).append((c.value, c.said))
    return said


def stated_in(form: Form, table: Table, said: Mapping[str, list[tuple[Decimal, str]]]) -> list[Stated]:
    out = []
    for address in table.addresses(include_legacy=False):
        found = said.get(address, [])
        if len({v for v, _ in found}) != 1:
            continue                      # not stated, or stated twice with different figures
        figure, words = found[0]
        kind = form.kind_of(address)
        value: Value = figure if kind == "money" or figure != figure.to_integral_value() else int(figure)
        if not kind_problem(value, kind):         # 3.5件 of a count, a money figure too big: not read
            out.append(Stated(address, value, words))
    return out
