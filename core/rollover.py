"""A new year's report from last year's: carry-overs, baselines, prose to revise.

What carries is stated by the new form's template (``rollover.carry``, bound at load): 表三
上年结转 from last year's 结转下年度继续办理, and in the 2019 format 上一年项目数量 from last year's
count plus its change. A carry whose source last year's format lacks, or last year's file could
not read, is not guessed: the cell stays blank and a note says it has no base. Last year's prose
(sections and subsections) is offered as a starting point, marked "to revise" until the clerk
edits it, because copying last year's text is itself an assessment fault. Every write goes
through a ``Session``, so carried cells are recorded as carried.
"""

from __future__ import annotations

from typing import Optional

from core.commands import Paste, SetText
from core.forms import Form
from core.registry import form_for_year
from core.report import CARRIED, Origin, Report, blank_report
from core.session import Session
from core.values import Value, normalize


def new_report(year: int, organ: str = "", last: Optional[Report] = None,
               form: Optional[Form] = None) -> Report:
    """A blank report of ``year`` in the format that year requires, rolled over from ``last``."""
    form = form or form_for_year(year)
    report = blank_report(form, year, organ or (last.organ if last else ""))
    if last is None:
        return report
    session = Session(report, last_year=last)
    if last.year != year - 1:
        report.notes.append(f"所选上年报告是 {last.year} 年度的，本报告为 {year} 年度，请确认")
    report.notes.extend(form.rollover_notes.get(last.format, ()))
    carried = _carried_values(report, last)
    if carried:
        session.execute(Paste(carried, origin=Origin(CARRIED, f"{last.year}年度报告")))
    known = set(form.text_keys())
    for key, text in last.texts.items():
        if key in known and text.strip():
            session.execute(SetText(key, text, carried=True))
    if report.carried_texts:
        report.notes.append("已沿用上年报告的文字作为底稿，标记为“待修改”，请逐部分修改后再发布")
    _carry_open_requests(session, last)
    return report


def _carry_open_requests(session: Session, last: Report) -> None:
    """上年结转 from the ledger: last year's requests still open on 31 December, marked carried;
    ledger mode too when last year derived 表三 from its ledger."""
    from core.ledger.commands import ReplaceLedger, SetLedgerMode
    from core.ledger.derive import tally

    report = session.report
    if report.form.ledger is None or last.form.ledger is None or not last.ledger.requests:
        return
    placements = tally(last.ledger, last.form, last.year).placements
    still_open = tuple(r.with_(carried=True) for r, p in zip(last.ledger.requests, placements, strict=True)
                       if p.counted and p.outcome == last.form.ledger.open)
    session.execute(ReplaceLedger(still_open))
    if last.ledger.derive:
        session.execute(SetLedgerMode(True))
    report.notes.append(f"已将上年台账中年底仍未办结的 {len(still_open)} 件申请转入本年台账（上年结转）")


def _carried_values(report: Report, last: Report) -> list[tuple[str, Value]]:
    form = report.form
    values: list[tuple[str, Value]] = []
    for spec in form.carry:
        no_base = []
        for place in spec.bound:
            sources = place.expression.reads_last
            if not all(a in last.cells and a not in last.missing for a in sources):
                no_base.append(form.label(place.target))
                continue
            if all(last.cells[a] is None for a in sources):
                continue
            value = place.expression.evaluate(report.number, last.number)
            values.append((place.target, normalize(value, form.kind_of(place.target))))
        if no_base:
            report.notes.append(f"{spec.what or spec.id}：上年报告（{last.form.name}）没有对应数据或未能读取，"
                                f"以下单元格无上年基数，请按实际填写：{'、'.join(no_base)}")
    return values
