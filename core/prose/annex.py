"""差异说明: a short annex for the county, from accepted warnings and large year-over-year changes.

The county reviewer asks why a figure moved or why a warning stands; the clerk has already written
the why when accepting the warning (``report.accepted``). ``annex_blocks`` gathers those and the
changes Y1 reports (threshold and the figures compared are the Y1 rule's parameters in the
template), and ``annex_text`` lays them out as plain text the exporters print on a page of its own
after the 落款.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.findings import WARNING, Finding
from core.forms import Form, RuleSpec, matching
from core.prose.common import cell_reads, cells_sum, finding
from core.prose.numbers import format_figure
from core.report import Report
from core.rule_instances import Instance

TITLE = "差异说明"
NOT_PUBLISHED = "供上级审核，不公开"


@dataclass(frozen=True)
class AnnexBlock:
    kind: str
    """"accepted" (a warning the clerk explained) or "change" (a large change from last year)."""
    subject: str
    detail: str
    explanation: str = ""


_matching: dict[int, tuple[Form, dict[str, tuple[str, ...]]]] = {}


def _cells_matching(form: Form, pattern: str) -> tuple[str, ...]:
    """The form's addresses matching a Y1 pattern, found once per form (a batch check runs Y1
    on every file, against last year's form as well as this year's)."""
    cached = _matching.get(id(form))
    if cached is None or cached[0] is not form:
        cached = _matching[id(form)] = (form, {})
    found = cached[1].get(pattern)
    if found is None:
        found = cached[1][pattern] = tuple(matching(form.cells, pattern))
    return found


def _changes(rule: RuleSpec, report: Report) -> list[tuple[str, tuple[str, ...], Decimal, Decimal, Decimal]]:
    last = report.last_year
    if last is None:
        return []
    threshold = Decimal(int(rule.params["threshold_percent"])) / 100
    base = Decimal(int(rule.params["min_base"]))
    out = []
    for pattern, name in dict(rule.params["cells"]).items():
        cells, last_cells = _cells_matching(report.form, str(pattern)), _cells_matching(last.form, str(pattern))
        if not cells or not last_cells:
            continue
        now, before = cells_sum(report, cells), cells_sum(last, last_cells)
        if now is None or before is None or max(now, before) < base:
            continue
        change = (now - before) / before if before else Decimal(1)
        if abs(change) >= threshold:
            out.append((str(name), cells, before, now, change))
    return out


def yoy_change(rule: RuleSpec, form: Form) -> list[Instance]:
    def run(report: Report) -> list[Finding]:
        return [finding(rule, f"{rule.id}@{name}", cells, None, name=name, last=format_figure(before),
                        now=format_figure(now), change=f"{change * 100:+.0f}%")
                for name, cells, before, now, change in _changes(rule, report)]

    patterns = [str(p) for p in dict(rule.params["cells"])]
    chosen = {a for p in patterns for a in matching(form.cells, p)}
    cells = [a for a in form.cells if a in chosen]
    reads = cell_reads(form, cells) + ("meta",)
    return [Instance(rule.id, rule.id, reads, run, needs_last_year=False)]


def annex_blocks(report: Report, findings: list[Finding]) -> list[AnnexBlock]:
    """Accepted warnings with their explanations, then the large changes from last year
    (``findings``: the session's current findings, or ``validate(report)``).

    The explanation is read from ``report.accepted`` itself, so it shows whenever the clerk wrote
    one: for a change (Y1 is information, which a finding never marks accepted) as much as for a
    warning, and also with findings computed before the acceptance."""
    blocks = []
    for f in findings:
        written = report.accepted.get(f.key)
        why = written.explanation if written is not None else f.accepted
        if f.rule == "Y1":
            blocks.append(AnnexBlock("change", f.message, "请说明变化原因", why or ""))
        elif why is not None and f.severity == WARNING:
            blocks.append(AnnexBlock("accepted", f.message, "", why))
    return sorted(blocks, key=lambda b: b.kind != "accepted")


def annex_title(report: Report) -> str:
    """The annex's heading: it goes to the county with the report and is not published."""
    return f"附：{report.year}年度报告{TITLE}（{NOT_PUBLISHED}）"


def annex_text(report: Report, findings: list[Finding]) -> str:
    """The annex as plain text, its heading first ("" when there is nothing to explain)."""
    blocks = annex_blocks(report, findings)
    if not blocks:
        return ""
    lines = [annex_title(report)]
    for i, b in enumerate(blocks, 1):
        why = b.explanation or b.detail
        lines.append(f"{i}. {b.subject}\n   说明：{why}")
    return "\n".join(lines)
