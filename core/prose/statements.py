"""Finding the statements in prose that report a table figure.

A *measure* (declared in the template, see ``R6`` in ``templates/shared.json``) says how a figure
of the tables is written about: the cue words before (or after) the number in the same clause, the
context the sentence must have (申请 for 表三, not 依申请公开), the cells it sums, other readings
that would also be right (收到 75 = 新收 74 + 上年结转 1), how a zero is phrased (未收到…申请,
未发生…行政复议). The code here only finds the statements; ``checks`` compares them with the cells.

Quiet by design: a figure is ignored when it is approximate (100余件), a percentage, about another
year (2019年…, 较上年…), about another scope (全市、各部门…) or about one kind of applicant.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Optional

from core.prose.numbers import figures
from core.prose.sentences import Sentence, clause_bounds, sentences

COUNT, ZERO, ALL = "count", "zero", "all"


@dataclass(frozen=True)
class Reading:
    name: str
    cells: tuple[str, ...]
    when: Optional[re.Pattern[str]] = None
    """When this matches the sentence, this reading is what the sentence says (含上年结转)."""


@dataclass(frozen=True)
class Measure:
    id: str
    name: str
    cells: tuple[str, ...]
    """Cell patterns (``requests/3.3.*/total``) whose sum is the figure."""
    cue: Optional[re.Pattern[str]] = None
    after: Optional[re.Pattern[str]] = None
    """A cue that may follow the number in its clause (103 件顺延到下年度)."""
    context: Optional[re.Pattern[str]] = None
    """Must occur in the sentence before the number."""
    context_is: Optional[re.Pattern[str]] = None
    """The last ``context`` match before the number must also match this (复议 vs 诉讼 outcomes)."""
    skip: Optional[re.Pattern[str]] = None
    """In the clause: not this measure (自然人, 事项…)."""
    zero: Optional[re.Pattern[str]] = None
    all_: Optional[re.Pattern[str]] = None
    """A phrase saying every case ended one way (均获维持): the ``cells`` must then sum to 0."""
    readings: tuple[Reading, ...] = ()
    explicit: Optional[re.Pattern[str]] = None
    """When this matches the clause, only the primary reading counts (新收…)."""
    units: tuple[str, ...] = ()
    scale: Decimal = Decimal(1)
    """Cells hold 万元 while the text says 元: the text's figure is divided by this."""
    severity: str = ""


@dataclass(frozen=True)
class Claim:
    measure: Measure
    kind: str
    value: Decimal
    sentence: Sentence
    start: int
    end: int
    """Span of what is said (the figure, or the negation / 均获维持 phrase)."""
    said: str


@dataclass(frozen=True)
class Grammar:
    measures: tuple[Measure, ...]
    units: tuple[str, ...]
    scope: Optional[re.Pattern[str]]
    change: Optional[re.Pattern[str]]
    cancel: Optional[re.Pattern[str]]


def _rx(raw: Any, macros: Mapping[str, str], where: str) -> Optional[re.Pattern[str]]:
    if raw is None or raw == "":
        return None
    text = str(raw)
    for name, value in macros.items():
        text = text.replace("{" + name + "}", value)
    try:
        return re.compile(text)
    except re.error as e:
        raise ValueError(f"{where}：正则表达式有误（{e}）") from None


def grammar(params: Mapping[str, Any], known: Sequence[str]) -> Grammar:
    """Parse the rule's parameters; measures naming cells this form lacks are dropped."""
    import fnmatch

    macros = {str(k): str(v) for k, v in dict(params.get("macros", {})).items()}
    units = tuple(str(u) for u in params.get("units", ["件"]))
    out = []
    for raw in params["measures"]:
        m = dict(raw)
        mid = str(m["id"])

        def cells(patterns: Sequence[str]) -> tuple[str, ...]:
            found = [a for p in patterns for a in known if fnmatch.fnmatchcase(a, str(p))]
            return tuple(dict.fromkeys(found))

        primary = cells(m["cells"])
        if not primary or any(not cells([p]) for p in m["cells"]):
            continue
        readings = tuple(Reading(str(r["name"]), cells(r["cells"]), _rx(r.get("when"), macros, mid))
                         for r in m.get("readings", []) if cells(r["cells"]))
        out.append(Measure(mid, str(m["name"]), primary, _rx(m.get("cue"), macros, mid), _rx(m.get("after"), macros, mid),
                           _rx(m.get("context"), macros, mid), _rx(m.get("context_is"), macros, mid),
                           _rx(m.get("skip"), macros, mid), _rx(m.get("zero"), macros, mid),
                           _rx(m.get("all"), macros, mid), readings, _rx(m.get("explicit"), macros, mid),
                           tuple(str(u) for u in m.get("units", units)), Decimal(str(m.get("scale", 1))),
                           str(m.get("severity", ""))))
    every_unit = tuple(dict.fromkeys(units + tuple(u for m in out for u in m.units)))
    return Grammar(tuple(out), every_unit, _rx(params.get("scope"), macros, "scope"),
                   _rx(params.get("change"), macros, "change"), _rx(params.get("cancel"), macros, "cancel"))


_YEAR = re.compile(r"(?<![\d〔\[（(])(\d{4})\s*年")


def _other_year(text: str, start: int, end: int, year: int) -> bool:
    """A year other than the report's is named in ``text[start:end]`` (outside 《》 titles)."""
    depth = 0
    spans = []
    for i in range(start, end):
        ch = text[i]
        if ch == "《":
            depth += 1
        elif ch == "》":
            depth = max(0, depth - 1)
        elif depth:
            spans.append(i)
    titled = set(spans)
    return any(int(m.group(1)) != year and m.start() not in titled for m in _YEAR.finditer(text, start, end))


def _quiet(g: Grammar, text: str, s: Sentence, pos: int, clause_start: int, cue_spans: list[tuple[int, int]],
           year: int) -> bool:
    """Whether a figure at ``pos`` is about another scope, another year or a change."""
    if g.scope is not None and g.scope.search(text, s.start, pos):
        return True
    if _other_year(text, s.start, pos, year):
        return True
    if g.change is not None:
        masked = list(text[clause_start:pos])
        for a, b in cue_spans:
            for i in range(max(a, clause_start), min(b, pos)):
                masked[i - clause_start] = "□"
        if g.change.search("".join(masked)):
            return True
    return False


def _context_ok(m: Measure, text: str, s: Sentence, pos: int) -> bool:
    if m.context is None:
        return True
    last = None
    for found in m.context.finditer(text, s.start, pos):
        last = found
    if last is None:
        # "受理两件政府信息公开申请": the context may follow the figure in its own clause
        a, b = clause_bounds(text, pos, s.start, s.end)
        return m.context_is is None and bool(m.context.search(text, pos, b))
    return m.context_is is None or bool(m.context_is.fullmatch(last.group()))


def _cue_before(m: Measure, text: str, a: int, pos: int) -> Optional[re.Match[str]]:
    if m.cue is None:
        return None
    last = None
    for found in m.cue.finditer(text, a, pos):
        last = found
    return last


def claims(text: str, g: Grammar, year: int) -> list[Claim]:
    """Every statement of a table figure in ``text``, in order."""
    out: list[Claim] = []
    for s in sentences(text):
        out.extend(_counts(text, s, g, year))
        out.extend(_phrases(text, s, g, year))
    out.sort(key=lambda c: (c.start, c.measure.id))
    return out


def _counts(text: str, s: Sentence, g: Grammar, year: int) -> list[Claim]:
    out = []
    found = figures(text, g.units, s.start, s.end)
    for i, f in enumerate(found):
        if f.approximate or f.percent:
            continue
        a, b = clause_bounds(text, f.start, s.start, s.end)
        prev_end = max([x.end for x in found[:i] if a < x.end <= f.start] or [a])
        best: Optional[tuple[int, Measure, re.Match[str]]] = None
        for m in g.measures:
            if f.unit not in m.units:
                continue
            cue = _cue_before(m, text, prev_end, f.start)
            if cue is not None:
                rank = cue.end()
            elif m.after is not None:
                # only straight after the figure's unit (103 件顺延到下年度)
                cue = m.after.match(text, f.end)
                if cue is None:
                    continue
                rank = 0
            else:
                continue
            if not _context_ok(m, text, s, f.start):
                continue
            if m.skip is not None and m.skip.search(text, a, b):
                continue
            if best is None or rank > best[0]:
                best = (rank, m, cue)
        if best is None:
            continue
        _, m, cue = best
        if _quiet(g, text, s, f.start, a, [cue.span()], year):
            continue
        out.append(Claim(m, COUNT, f.value / m.scale, s, f.start, f.end, text[f.start:f.end].replace(" ", "")))
    return out


def _phrases(text: str, s: Sentence, g: Grammar, year: int) -> list[Claim]:
    """未收到…申请, 未发生…行政复议 (a zero) and 均获维持 (no other outcome)."""
    out = []
    for m in g.measures:
        for kind, pattern in ((ZERO, m.zero), (ALL, m.all_)):
            if pattern is None:
                continue
            for found in pattern.finditer(text, s.start, s.end):
                a, b = clause_bounds(text, found.end() - 1, s.start, s.end)
                if kind == ZERO:
                    if g.cancel is not None and g.cancel.search(text, found.start(), b):
                        continue
                    if m.cue is not None and any(
                            m.cue.search(text, a, f.start) for f in figures(text, m.units, a, b)):
                        continue
                elif not _context_ok(m, text, s, found.start()):
                    continue
                if _quiet(g, text, s, found.start(), a, [found.span()], year):
                    continue
                out.append(Claim(m, kind, Decimal(0), s, found.start(), found.end(), found.group()))
    return out
