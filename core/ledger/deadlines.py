"""Answer deadlines of the ledger's requests, and the findings that warn of them.

条例第三十三条: answer within 20 working days of receipt (the day of receipt not counted), and,
when that is not enough, once more by at most 20 working days with the approval of the office's
head. Working days come from ``workdays.Calendar``, so a year whose arrangement is not on file is
counted by weekends only and said so (``L-calendar``) rather than trusted silently.

Time that by law does not count moves the due date, and the messages say so: the period runs from
the day a supplemented application arrived (第三十条, 补正), and the working days spent waiting for a
third party's or another organ's opinion are left out (第三十三条第三款). A consultation still under
way stops the clock up to today, so a request waiting for an opinion is never called overdue.

Messages name a request by its place in the ledger and its 编号 only: applicants' names and
contacts (``model.PERSONAL``) never reach a finding, which may be printed or exported.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from core.findings import INFO, WARNING, Finding
from core.ledger.model import Request, parse_iso
from core.ledger.workdays import Calendar

ANSWER_DAYS = 20
"""条例第三十三条第一款: 自收到申请之日起20个工作日内予以答复."""
EXTENSION_DAYS = 20
"""条例第三十三条第二款: 延长答复的期限最长不得超过20个工作日."""
BASIS = "《中华人民共和国政府信息公开条例》第三十三条"
YEARS = range(1990, 2201)
"""Receipt years a deadline is counted for; a date outside (0202 for 2020) is a typo the date
checks point at, and counting from it would only bury the clerk in findings."""
NUMBER_CHARS = 40
"""A 编号 longer than this is cut in messages (a register's number, not a note)."""


@dataclass(frozen=True)
class Count:
    """How a request's deadline was counted: the due date and what moved it, for the message."""

    due: _dt.date
    supplemented: bool = False
    """Counted from the 补正后收到日期 rather than the first receipt."""
    paused: int = 0
    """Working days of consultation left out of the period."""
    ongoing: bool = False
    """The opinion is still awaited: the clock stands still (up to today)."""
    awaiting: bool = False
    """补正 was asked for and has not come: no period runs yet (``due`` is as if it came today)."""

    def how(self) -> str:
        """The words a message adds after the due date ("" when nothing moved it)."""
        parts = ["已告知补正、尚未收到，期限尚未起算"] if self.awaiting else []
        parts += ["自补正后收到之日起计算"] if self.supplemented else []
        if self.ongoing:
            parts.append(f"正在征求意见，已暂停 {self.paused} 个工作日" if self.paused else "正在征求意见，暂停计算")
        elif self.paused:
            parts.append(f"征求意见 {self.paused} 个工作日不计入")
        return "，".join(parts)


def count(req: Request, cal: Calendar, today: Optional[_dt.date] = None) -> Optional[Count]:
    """The deadline of ``req``; None without a (plausible) receipt date.

    The period starts at the 补正后收到日期 when there is one not before receipt (one before it is
    a typo the date checks point at). Consultation days are working days after the day the request
    for opinion went out, up to and including the day the opinion came: the day an act is done
    does not count, as for the day of receipt (民法典第二百零一条: 开始的当日不计入). Only the part
    of the consultation inside the period counts: one sent after the period had run out cannot
    revive it. Without an end date the pause
    runs to the answer date, or, while the request is open, to ``today`` (none without ``today``).

    A 补正 asked for (补正告知日期) and not yet received starts no period: while the request is open
    it is counted as if the supplement came ``today`` (``awaiting``), so it is never overdue and the
    clerk sees the date it would have; answered without one (the applicant gave up: 视为放弃申请),
    no period ever ran, and the answer cannot be late.
    """
    received = parse_iso(req.received)
    if received is None or received.year not in YEARS:
        return None
    start = received
    supplemented = parse_iso(req.supplemented)
    moved = supplemented is not None and supplemented.year in YEARS and supplemented >= received
    if supplemented is not None and moved:
        start = supplemented
    asked = parse_iso(req.supplement_asked)
    answered = parse_iso(req.answered)
    awaiting = False
    if supplemented is None and asked is not None and asked.year in YEARS and asked >= received:
        if answered is not None and answered >= received:
            start = answered
        elif answered is None and today is not None:
            start, awaiting = max(today, received), True
    days = ANSWER_DAYS + (EXTENSION_DAYS if req.extended else 0)
    begin, end = parse_iso(req.consult_start), parse_iso(req.consult_end)
    ongoing = False
    if begin is not None and end is None:
        if answered is not None:
            end = answered
        elif today is not None:
            end, ongoing = today, True
    if answered is not None and end is not None:
        end = min(end, answered)
    paused, pausing = 0, False
    if begin is not None and end is not None and begin.year in YEARS and end.year in YEARS:
        begin = max(begin, start)
        if end >= begin and cal.workdays_between(start, begin) < days:
            paused, pausing = cal.workdays_between(begin, end), ongoing
    return Count(cal.add_workdays(start, days + paused), moved, paused, pausing, awaiting)


def due_date(req: Request, cal: Calendar, today: Optional[_dt.date] = None) -> Optional[_dt.date]:
    """The last day to answer: receipt (or 补正) + 20 working days, + 20 more when extended, + the
    consultation's working days; None without a (plausible) receipt date."""
    counted = count(req, cal, today)
    return None if counted is None else counted.due


def days_left(req: Request, today: _dt.date, cal: Calendar) -> Optional[int]:
    """Working days from ``today`` to the due date of an open request (0: due today; negative: overdue).

    None when the request is closed, already has an answer date, or has no receipt date. A due date
    already past is always negative, even on a weekend right after it when no working day has
    passed yet: the answer is late from the day after the due date on.
    """
    if not req.is_open() or parse_iso(req.answered) is not None:
        return None
    due = due_date(req, cal, today)
    if due is None:
        return None
    left = cal.workdays_between(today, due)
    return min(left, -1) if today > due else left


def deadline_findings(requests: Sequence[Request], today: _dt.date, cal: Calendar,
                      near: int = 5) -> list[Finding]:
    """Overdue (``L-overdue``) and late-answered (``L-late``) requests, those due within ``near``
    working days (``L-near``), and one ``L-calendar`` per year counted without an official calendar.

    A request has at most one deadline finding, keyed ``L-due@ledger/<n>``: an explanation the clerk
    accepted while it was overdue still stands once it is answered late (registers kept before the
    补正 and 征求意见 dates were recorded explained those days this way). Each request's outcome is
    remembered (``_one``): the register is checked again after every edit, and only the edited
    request has changed.
    """
    out: list[Finding] = []
    unknown: set[int] = set()
    for i, req in enumerate(requests):
        finding, years = _one(i + 1, req, today, cal, near)
        unknown.update(years)
        if finding is not None:
            out.append(finding)
    for year in sorted(unknown):
        out.append(Finding("L-calendar", INFO, (), f"{year}年节假日安排尚未录入，期限只按周末计算", BASIS,
                           f"L-calendar@{year}"))
    return out


@functools.lru_cache(maxsize=65536)
def _one(n: int, req: Request, today: _dt.date, cal: Calendar, near: int) -> tuple[Optional[Finding], tuple[int, ...]]:
    """The deadline finding of request ``n`` and the years its counting used without a calendar."""
    counted = count(req, cal, today)
    if counted is None:
        return None, ()
    due = counted.due
    how = f"，{counted.how()}" if counted.how() else ""
    received = parse_iso(req.received)
    answered = parse_iso(req.answered)
    counted_to = due
    who = f"第{n}条申请{_number(req)}"
    what = "延期后的答复期限" if req.extended else "答复期限"
    finding: Optional[tuple[str, str, str]] = None
    if answered is not None:
        if answered > due:
            finding = ("L-late", WARNING, f"{who}的答复日期（{answered.isoformat()}）晚于{what}（{due.isoformat()} 到期{how}）")
    elif req.is_open():
        counted_to = max(due, today)
        left = days_left(req, today, cal)
        if left is not None and left < 0:
            finding = ("L-overdue", WARNING,
                       f"{who}已超过{what}（{due.isoformat()} 到期{how}），已逾期 {-left} 个工作日")
        elif left is not None and left <= near:
            when = "今天到期" if left == 0 else f"还有 {left} 个工作日到期"
            finding = ("L-near", INFO, f"{who}{when}（{what}：{due.isoformat()}{how}）")
    years: tuple[int, ...] = ()
    if received is not None:
        years = tuple(y for y in range(received.year, counted_to.year + 1) if not cal.known(y))
    if finding is None:
        return None, years
    rule, severity, message = finding
    return Finding(rule, severity, (f"ledger/{n}",), message, BASIS, f"L-due@ledger/{n}"), years


def _number(req: Request) -> str:
    number = " ".join(req.number.split())
    if not number:
        return ""
    if len(number) > NUMBER_CHARS:
        number = number[:NUMBER_CHARS] + "…"
    return f"（编号{number}）"
