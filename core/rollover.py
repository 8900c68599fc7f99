"""A new year's report from last year's: carry-overs, baselines, prose to revise.

What carries is stated by the new form's template (``rollover.carry``): 表三 上年结转 from last
year's 结转下年度继续办理, and in the 2019 format 上一年项目数量 from last year's count plus its
change. A carry whose source last year's format lacks is not guessed: the cell stays blank and a
note says it has no base. Last year's prose is offered as a starting point, marked "to revise"
until the clerk edits it, because copying last year's text is itself an assessment fault.
"""

from __future__ import annotations

from typing import Optional

from core import calc, expr
from core.bindings import expand_each
from core.forms import Form, FormScope, form_for_year
from core.report import Report, blank_report
from core.template_loader import substitute
from core.values import normalize


def new_report(year: int, organ: str = "", last: Optional[Report] = None,
               form: Optional[Form] = None) -> Report:
    """A blank report of ``year`` in the format that year requires, rolled over from ``last``."""
    form = form or form_for_year(year)
    report = blank_report(form, year, organ or (last.organ if last else ""))
    if last is None:
        return report
    report.last_year = last
    if last.year != year - 1:
        report.notes.append(f"所选上年报告是 {last.year} 年度的，本报告为 {year} 年度，请确认")
    report.notes.extend(form.rollover_notes.get(last.format, ()))
    _carry(report, last)
    for section_id, text in last.texts.items():
        known = section_id == "preamble" or any(s.id == section_id for s in form.sections)
        if known and text.strip():
            report.texts[section_id] = text
            report.carried_texts.add(section_id)
    if report.carried_texts:
        report.notes.append("已沿用上年报告的文字作为底稿，标记为“待修改”，请逐部分修改后再发布")
    calc.recompute_all(report)
    return report


def _carry(report: Report, last: Report) -> None:
    form = report.form
    tables = {t.id: t for t in form.tables}
    scope = FormScope(tables)
    for spec in form.carry:
        missing = []
        for env in expand_each(spec.each, spec.table, tables):
            target = substitute(spec.target, env)
            bound = expr.bind(spec.expr, env, scope)
            sources = bound.reads_last
            if not all(a in last.cells for a in sources):
                missing.append(form.label(target))
                continue
            if all(last.cells[a] is None for a in sources):
                continue
            value = bound.evaluate(report.number, last.number)
            report.cells[target] = normalize(value, form.kind_of(target))
        if missing:
            report.notes.append(f"{spec.what or spec.id}：上年报告（{last.form.name}）没有对应数据，"
                                f"以下单元格无上年基数，请按实际填写：{'、'.join(missing)}")
