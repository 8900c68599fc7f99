"""Scoring the form rules (F1 title, F4 statistical period, F5 contact, P1 personal data) on real
titles and preambles read by hand (tests/form_corpus/): shared by their test and the benchmark.

A warning is false when the person who read the page found nothing wrong of its kind: F1 on a title
of the standard form or one of the forms many organs use (…2023年度…, 2024年XX…), F4 on a preamble
that states the full year, F5 on one that gives a phone or e-mail, P1 where no personal data is shown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.findings import WARNING
from core.registry import form_for_year
from core.report import blank_report
from core.validate import validate

CORPUS = Path(__file__).resolve().parent / "form_corpus"
RULES = ("F1", "F4", "F5", "P1")
_TITLE_FINE = {"standard", "nian_du_repeated", "year_first"}


def entries() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]


def wrong(rule: str, truth: dict[str, Any]) -> bool:
    """Whether the page really has the fault ``rule`` looks for, as read by hand."""
    if rule == "F1":
        return truth["title"] not in _TITLE_FINE
    if rule == "F4":
        return not (truth["period_stated"] and truth["period_is_full_year"])
    if rule == "F5":
        return not truth["contact_given"]
    return bool(truth["personal_data"])


@dataclass
class FormScore:
    reports: int = 0
    warned: dict[str, int] = field(default_factory=lambda: {r: 0 for r in RULES})
    false: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in RULES})
    infos: dict[str, int] = field(default_factory=lambda: {r: 0 for r in RULES})


def score() -> FormScore:
    out = FormScore()
    for entry in entries():
        out.reports += 1
        report = blank_report(form_for_year(int(entry["year"])), int(entry["year"]), entry.get("organ", ""))
        report.title = entry.get("title", "")
        report.texts["preamble"] = entry.get("preamble", "")
        for f in validate(report):
            if f.rule not in RULES:
                continue
            if f.severity != WARNING:
                out.infos[f.rule] += 1
                continue
            out.warned[f.rule] += 1
            if not wrong(f.rule, entry["truth"]):
                out.false[f.rule].append(f"{entry['id']}: {f.message}")
    return out
