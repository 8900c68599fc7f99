"""How the template says figures of the tables are written about: R6's measures, parsed once.

A *measure* (declared in ``templates/shared.json``, rule R6) names a figure of the tables and how a
sentence states it: the cue words before (or after) the number, the context the sentence must have
(申请 for 表三), phrases that mean zero (未收到…申请) or "all ended one way" (均获维持), other readings
that would also be right (收到 75 = 新收 74 + 上年结转 1), and

- ``family``: measures of one family may be named together and their figure is the sum
  (予以公开及部分公开59件, 被申请行政复议、提起行政诉讼共6件);
- ``refine``: sub-items a sentence may name inside the measure (因本机关不掌握相关政府信息无法提供31件
  states 3.4.1, not all of （四）);
- ``whole``: a figure of the whole (收到, 办结) — after 其中 it is a split of the whole by something
  the tables don't hold (其中通过网上平台受理87件), so it is compared only under its ``explicit`` cue.

The code only parses; ``statements`` finds the statements and ``checks`` compares them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any, Optional

from core.forms import matching


@dataclass(frozen=True)
class Reading:
    name: str
    cells: tuple[str, ...]
    when: Optional[re.Pattern[str]] = None
    """When this matches the sentence, this reading is what the sentence says (含上年结转)."""


@dataclass(frozen=True)
class Refinement:
    """A sub-item of a measure: its own cells and the words that name it."""
    name: str
    cells: tuple[str, ...]
    cue: re.Pattern[str]


@dataclass(frozen=True)
class Measure:
    id: str
    name: str
    cells: tuple[str, ...]
    """Addresses (patterns expanded) whose sum is the figure."""
    cue: Optional[re.Pattern[str]] = None
    after: Optional[re.Pattern[str]] = None
    """A cue that may follow the number in its clause (103 件顺延到下年度)."""
    context: Optional[re.Pattern[str]] = None
    """Must occur in the sentence before the number (or after it in its clause)."""
    context_is: Optional[re.Pattern[str]] = None
    """The last ``context`` match before the number must also match this (复议 vs 诉讼 outcomes)."""
    skip: Optional[re.Pattern[str]] = None
    """In the clause: not this measure (自然人, 网上…)."""
    zero: Optional[re.Pattern[str]] = None
    all_: Optional[re.Pattern[str]] = None
    """A phrase saying every case ended one way (均获维持): the ``cells`` must then sum to 0."""
    readings: tuple[Reading, ...] = ()
    explicit: Optional[re.Pattern[str]] = None
    """When this matches the clause, only the primary reading counts (新收…)."""
    units: tuple[str, ...] = ()
    scale: Decimal = Decimal(1)
    """Cells hold 万元 while the text says 元: the text's figure is divided by this."""
    family: str = ""
    refine: tuple[Refinement, ...] = ()
    whole: bool = False
    by_applicant: str = ""
    """The address of one applicant column of this figure's row (``requests/1/{col}``)."""
    sure: bool = True
    """False when the words may mean a neighbouring figure too (办理申请20件: 办结, or 新收 with the
    carried-over): a mismatch is then an info."""
    claims: bool = True
    """False for words that name a figure near the ``cells`` but not theirs (公开规范性文件2件 in the 2021
    form: what was published, of any year or organ, where 表二 counts what was issued — 新市区 2022 公开 2
    beside 本年制发 3). They are still the cue nearest their figure, so the cue of an earlier clause does
    not take it for its own (制发…3件，公开…5件), but they state nothing: no finding, no settled cell."""


@dataclass(frozen=True)
class Grammar:
    measures: tuple[Measure, ...]
    units: tuple[str, ...]
    scope: Optional[re.Pattern[str]]
    change: Optional[re.Pattern[str]]
    cancel: Optional[re.Pattern[str]]
    coordination: Optional[re.Pattern[str]] = None
    """The whole text between two named measures that joins them (、 及 和 与…)."""
    filler: Optional[re.Pattern[str]] = None
    """The whole text between a cue and its figure when the reader fully understands the clause."""
    split: Optional[re.Pattern[str]] = None
    """A word after which figures split a whole (其中)."""
    respective: Optional[re.Pattern[str]] = None
    """分别, 各: figures that go one by one with named items, or each alike: left alone."""
    not_count: Optional[re.Pattern[str]] = None
    """Follows a figure's unit when it is no count (个工作日, 个月)."""
    organ: Optional[re.Pattern[str]] = None
    """An organ named as the subject of a clause (区司法局收到…)."""
    doubt: Optional[re.Pattern[str]] = None
    """In the clause: the figure may be a part of the table's (通过信函方式受理6件): at most an info."""
    applicants: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = ()
    """How each applicant column is named: pattern, name, the columns it sums."""

    @cached_property
    def phrases(self) -> tuple[tuple[Measure, str, re.Pattern[str]], ...]:
        """(measure, "zero" or "all", pattern) of the few measures said in words (未收到…, 均获维持):
        every sentence of every report is searched with these, not with all the measures."""
        return tuple((m, kind, p) for m in self.measures if m.claims
                     for kind, p in (("zero", m.zero), ("all", m.all_)) if p is not None)

    def any_cue(self, unit: str) -> Optional[re.Pattern[str]]:
        """One pattern that matches wherever the cue of some measure counted in ``unit`` does (None:
        no such pattern can be built). Four figures in five of real reports have no cue before
        them, which one search then says, instead of one search per measure."""
        if unit not in self._any_cue:
            self._any_cue[unit] = _union([m.cue for m in self.measures if m.cue is not None and unit in m.units])
        return self._any_cue[unit]

    @cached_property
    def _any_cue(self) -> dict[str, Optional[re.Pattern[str]]]:
        return {}

    def cued(self, unit: str) -> tuple[tuple[Measure, re.Pattern[str], Optional[frozenset[str]]], ...]:
        """(measure, cue, the characters the cue's matches begin with) of the measures counted in
        ``unit`` that have a cue, in order: what the words before a figure are searched for,
        without passing over the others each time (``first_chars``: None when not known)."""
        found = self._cued.get(unit)
        if found is None:
            from core.prose.scanning import first_chars

            found = self._cued[unit] = tuple((m, m.cue, first_chars(m.cue)) for m in self.measures
                                             if m.cue is not None and unit in m.units)
        return found

    def followed(self, unit: str) -> tuple[tuple[Measure, re.Pattern[str]], ...]:
        """(measure, ``after``) of the measures counted in ``unit`` whose cue may follow the figure, in order."""
        found = self._followed.get(unit)
        if found is None:
            found = self._followed[unit] = tuple((m, m.after) for m in self.measures
                                                 if m.after is not None and unit in m.units)
        return found

    @cached_property
    def _cued(self) -> dict[str, tuple[tuple[Measure, re.Pattern[str], Optional[frozenset[str]]], ...]]:
        return {}

    @cached_property
    def _followed(self) -> dict[str, tuple[tuple[Measure, re.Pattern[str]], ...]]:
        return {}


_NOT_JOINABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux-]")
"""Backreferences, conditionals and inline flags: what changes meaning inside an alternation."""


def _union(patterns: Sequence[re.Pattern[str]]) -> Optional[re.Pattern[str]]:
    """``(?:p1)|(?:p2)|…``, which matches at a place when one of ``patterns`` does there."""
    if not patterns or len({p.flags for p in patterns}) != 1 or any(_NOT_JOINABLE.search(p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:                 # two cues naming a group alike
        return None


def rx(raw: Any, macros: Mapping[str, str], where: str) -> Optional[re.Pattern[str]]:
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
    macros = {str(k): str(v) for k, v in dict(params.get("macros", {})).items()}
    units = tuple(str(u) for u in params.get("units", ["件"]))

    def cells(patterns: Sequence[str]) -> tuple[str, ...]:
        found = [a for p in patterns for a in matching(known, str(p))]
        return tuple(dict.fromkeys(found))

    out = []
    for raw in params["measures"]:
        m = dict(raw)
        mid = str(m["id"])
        primary = cells(m["cells"])
        if not primary or any(not cells([p]) for p in m["cells"]):
            continue
        readings = tuple(Reading(str(r["name"]), cells(r["cells"]), rx(r.get("when"), macros, mid))
                         for r in m.get("readings", []) if cells(r["cells"]))
        refine = []
        for r in m.get("refine", []):
            cue = rx(r["cue"], macros, mid)
            if cells(r["cells"]) and cue is not None:
                refine.append(Refinement(str(r["name"]), cells(r["cells"]), cue))
        out.append(Measure(mid, str(m["name"]), primary, rx(m.get("cue"), macros, mid), rx(m.get("after"), macros, mid),
                           rx(m.get("context"), macros, mid), rx(m.get("context_is"), macros, mid),
                           rx(m.get("skip"), macros, mid), rx(m.get("zero"), macros, mid),
                           rx(m.get("all"), macros, mid), readings, rx(m.get("explicit"), macros, mid),
                           tuple(str(u) for u in m.get("units", units)), Decimal(str(m.get("scale", 1))),
                           str(m.get("family", "")), tuple(refine), bool(m.get("whole", False)),
                           str(m.get("by_applicant", "")), bool(m.get("sure", True)), bool(m.get("claims", True))))
    every_unit = tuple(dict.fromkeys(units + tuple(u for m in out for u in m.units)))

    def top(name: str) -> Optional[re.Pattern[str]]:
        return rx(params.get(name), macros, name)

    return Grammar(tuple(out), every_unit, top("scope"), top("change"), top("cancel"), top("coordination"),
                   top("filler"), top("split"), top("respective"), top("not_count"), top("organ"),
                   top("doubt"), applicants=_applicants(params.get("applicants", []), macros))


def _applicants(raw: Any, macros: Mapping[str, str]) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    out = []
    for entry in raw:
        pattern = rx(entry["words"], macros, "applicants")
        if pattern is not None:
            out.append((pattern, str(entry["name"]), tuple(str(c) for c in entry["cols"])))
    return tuple(out)
