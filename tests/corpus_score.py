"""Scoring R6 on the prose corpus (tests/prose_corpus/): shared by its test and its benchmark.

Every sentence is checked alone in 一、总体情况 of a report of its organ, year and format:

- ``agrees`` sentences against the cells read by hand (cells nobody read are not compared);
- ``not_comparable`` sentences against tables where *every* cell holds 7777, so any figure the
  reader takes for a table figure shows up as a finding: what it must not do whatever the tables say;
- ``contradicts`` sentences (real slips) against their cells: found or missed;
- *planted* contradictions: each figure of an ``agrees`` sentence changed by one, against the same cells.

The truth was read by people against each report's tables, never with our importer or checks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

from core.findings import ERROR, INFO, WARNING, Finding
from core.prose.numbers import chinese_to_int
from core.registry import get_form
from core.report import Report, blank_report
from core.validate import validate

CORPUS = Path(__file__).resolve().parent / "prose_corpus"
STRESS = 7777
_UNIT = re.compile(r"[\s件个份宗起例条项次部元万]+$")


def entries() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]


def said_value(said: str) -> Optional[Decimal]:
    """The number a figure's ``said`` writes (59件, 1,136 件, 两件, 2.43万元), read plainly."""
    wan = said.rstrip().endswith("万元") or said.rstrip().endswith("万")
    raw = _UNIT.sub("", said).replace(",", "").replace("，", "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", raw):
        value = Decimal(raw)
    else:
        n = chinese_to_int(raw)
        if n is None:
            return None
        value = Decimal(n)
    return value * 10000 if wan and "元" in said else value


def figure_sum(entry: dict[str, Any], figure: dict[str, Any]) -> Optional[Decimal]:
    values = [entry["cells"].get(c) for c in figure["cells"]]
    if not values or any(v is None for v in values):
        return None
    return sum((Decimal(str(v)) for v in values), Decimal(0))


def is_money(figure: dict[str, Any]) -> bool:
    return any(c.startswith(("art20_8/", "art20_9/")) and c.endswith("/amount") for c in figure["cells"])


def report_for(entry: dict[str, Any], text: str, stress: bool = False) -> Report:
    form = get_form(entry["format"])
    report = blank_report(form, int(entry["year"]), entry.get("organ", ""))
    if stress:
        for address in form.cells:
            report.cells[address] = STRESS
    else:
        for address, value in entry["cells"].items():
            if address in form.cells and value is not None:
                report.cells[address] = Decimal(str(value)) if form.kind_of(address) == "money" else int(value)
    report.texts["1"] = text
    return report


def r6(report: Report) -> list[Finding]:
    return [f for f in validate(report) if f.rule == "R6"]


def planted(entry: dict[str, Any], sentence: dict[str, Any],
            inferred: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """The sentence with one figure changed by one (a contradiction of its own tables); figures
    whose reading was the annotator's judgement call (``inferred``) only when asked for."""
    for fig in sentence.get("figures", []):
        if fig.get("zero") or is_money(fig) or bool(fig.get("inferred")) != inferred:
            continue
        table = figure_sum(entry, fig)
        said = fig["said"]
        unit = _UNIT.search(said)
        if table is None or unit is None or said not in sentence["text"]:
            continue
        changed = said[:unit.start()].rstrip()
        new = said.replace(changed, str(table + 1), 1) if changed else ""
        if new:
            yield sentence["text"].replace(said, new, 1), fig


@dataclass
class Score:
    sentences: int = 0
    by_truth: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    false_warnings: list[str] = field(default_factory=list)
    infos_on_true: list[str] = field(default_factory=list)
    real_found: int = 0
    real_missed: list[str] = field(default_factory=list)
    planted: int = 0
    planted_warned: int = 0
    planted_found: int = 0
    planted_missed: list[str] = field(default_factory=list)
    judged: int = 0
    """Planted in figures whose reading was a judgement call: where the reader may well stay quiet."""
    judged_found: int = 0

    @property
    def false_warning_rate(self) -> float:
        return len(self.false_warnings) / max(self.sentences, 1)

    @property
    def recall(self) -> float:
        return self.planted_found / max(self.planted, 1)


def score() -> Score:
    out = Score()
    for entry in entries():
        for s in entry["sentences"]:
            truth = s["truth"]
            out.sentences += 1
            out.by_truth[truth] = out.by_truth.get(truth, 0) + 1
            where = f"{entry['id']}: {s['text']}"
            found = r6(report_for(entry, s["text"], stress=truth == "not_comparable"))
            severities = {f.severity for f in found}
            if ERROR in severities:
                out.errors.append(where)
            if truth in ("agrees", "not_comparable"):
                if WARNING in severities:
                    out.false_warnings.append(f"{where}  →  {[f.message for f in found]}")
                elif INFO in severities:
                    out.infos_on_true.append(where)
            elif truth == "contradicts":
                if found:
                    out.real_found += 1
                else:
                    out.real_missed.append(where)
            if truth != "agrees":
                continue
            for text, fig in planted(entry, s):
                out.planted += 1
                hits = {f.severity for f in r6(report_for(entry, text))}
                if ERROR in hits:
                    out.errors.append(f"{entry['id']} (planted): {text}")
                out.planted_found += bool(hits)
                out.planted_warned += WARNING in hits
                if not hits:
                    out.planted_missed.append(f"{entry['id']}: {text}  (said {fig['said']} → cells {fig['cells']})")
            for text, _ in planted(entry, s, inferred=True):
                out.judged += 1
                hits = {f.severity for f in r6(report_for(entry, text))}
                if ERROR in hits:
                    out.errors.append(f"{entry['id']} (planted): {text}")
                out.judged_found += bool(hits)
    return out


def annotation_problems() -> list[str]:
    """Labels that contradict their own figures: an ``agrees`` figure whose cells sum to another
    number, a ``contradicts`` sentence whose figures all agree, a figure not in its sentence."""
    out = []
    for entry in entries():
        for s in entry["sentences"]:
            where = f"{entry['id']}: {s['text'][:40]}"
            if s["truth"] not in ("agrees", "contradicts", "not_comparable"):
                out.append(f"{where}: truth {s['truth']!r}")
            verdicts = []
            for fig in s.get("figures", []):
                if not fig.get("zero") and fig["said"] not in s["text"]:
                    out.append(f"{where}: “{fig['said']}” is not in the sentence")
                table, said = figure_sum(entry, fig), Decimal(0) if fig.get("zero") else said_value(fig["said"])
                if table is None or said is None or is_money(fig):
                    continue                 # a blank cell, or money written in 元 against 万元
                verdicts.append(table == said)
            if s["truth"] == "agrees" and not all(verdicts):
                out.append(f"{where}: labelled agrees, but a figure differs from its cells")
            if s["truth"] == "contradicts" and verdicts and all(verdicts):
                out.append(f"{where}: labelled contradicts, but every figure equals its cells")
    return out
