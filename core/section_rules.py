"""The builtin rule kinds about the six sections as wholes: written, naming what they must, read.

A section the source never reached (a copy that stops inside 表三, one page of a flip-book) is
*unread* (``Report.unread_sections``), not empty: the checks that a section is written, or names
what it must, are not run on it — an error about prose nobody has seen would block the export of
a report that may well have it — and ``unread_sections`` says, as information, which sections
were not read and why. Each instance reads every place of its sections' prose, so the edit that
writes into an unread section (clearing its mark) runs them again.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.findings import Finding, blocking
from core.forms import Form, RuleSpec
from core.outline import section_text
from core.report import Report
from core.rule_instances import Instance


def _finding(rule: RuleSpec, key: str, **values: object) -> Finding:
    message = rule.message
    for name, value in values.items():
        message = message.replace("{" + name + "}", str(value))
    return Finding(rule.id, rule.severity, (), message, rule.basis, key)


def _section_reads(form: Form, section: str) -> tuple[str, ...]:
    return tuple(f"text:{k}" for k in form.section_text_keys(section))


def section_required(rule: RuleSpec, form: Form) -> list[Instance]:
    section = str(rule.params["section"])

    def run(report: Report) -> list[Finding]:
        if section in report.unread_sections or section_text(report, section).strip():
            return []
        return [_finding(rule, f"{rule.id}@{section}", section=form.section(section).heading)]

    return [Instance(f"{rule.id}@{section}", rule.id, _section_reads(form, section), run)]


def text_mentions(rule: RuleSpec, form: Form) -> list[Instance]:
    """A section that names none of ``any``. A section left empty that the form requires is the
    section rule's finding (第六部分为空), not also this one's (未报告信息处理费); an unread one is
    nobody's."""
    section = str(rule.params["section"])
    words = [str(w) for w in rule.params["any"]]
    required = any(r.kind == "section_required" and str(r.params.get("section")) == section for r in form.rules)

    def run(report: Report) -> list[Finding]:
        text = section_text(report, section)
        if any(w in text for w in words) or (required and not text.strip()) or section in report.unread_sections:
            return []
        return [_finding(rule, f"{rule.id}@{section}", section=form.section(section).heading)]

    return [Instance(f"{rule.id}@{section}", rule.id, _section_reads(form, section), run)]


def unread_sections(rule: RuleSpec, form: Form) -> list[Instance]:
    """One finding per reason (a copy may start late and stop early): the sections it names."""
    reads = tuple(r for s in form.sections for r in _section_reads(form, s.id))

    def run(report: Report) -> list[Finding]:
        unread = report.unread_sections
        if not unread:
            return []
        by_reason: dict[str, list[str]] = {}
        for s in form.sections:
            if s.id in unread:
                by_reason.setdefault(unread[s.id], []).append(s.id)
        return [_finding(rule, f"{rule.id}@{ids[0]}", reason=reason,
                         sections="第" + "、".join(form.section(s).heading.partition("、")[0] for s in ids) + "部分")
                for reason, ids in by_reason.items()]

    return [Instance(rule.id, rule.id, reads, run)]


def export_blockers(report: Report, findings: Iterable[Finding]) -> list[Finding]:
    """What refuses a final export: the errors, and the findings that sections were never read
    (the rules of kind ``unread_sections``). In a check those are information — the copy, not the
    report, lacks them — but exported, such a section is printed empty, which S1–S3 exist to stop."""
    findings = list(findings)
    return blocking(findings) + unread_findings(report.form, findings)


def unread_rules(form: Form) -> frozenset[str]:
    """The rules naming sections the source never reached (kind ``unread_sections``)."""
    return frozenset(r.id for r in form.rules if r.kind == "unread_sections")


def unread_findings(form: Form, findings: Iterable[Finding]) -> list[Finding]:
    """The findings naming sections the source never reached."""
    unread = unread_rules(form)
    return [f for f in findings if f.rule in unread]


def blockers_text(blockers: list[Finding]) -> str:
    """How the clerk is told how many things stand in the way of a final export."""
    errors = sum(1 for f in blocking(blockers))
    if errors == len(blockers):
        return f"{errors} 个错误"
    return f"{len(blockers)} 个问题（错误，或未从来源文件读取的部分）"
