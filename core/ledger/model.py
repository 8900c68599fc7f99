"""What the ledger holds: one record per request, as the clerk's own register keeps it.

A request is counted in 表三 by its applicant type (a column id of the form's ``requests`` table)
and its outcome (a row id of that table); both are the form's own ids, so a new format needs a new
template, not new code. Names and contact data of applicants are personal: ``PERSONAL`` lists the
fields that never reach an export of the report, the prose checks, or a printed ledger.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, fields, replace
from typing import Any, Optional

CHANNELS = ("网络", "信函", "当面", "传真", "电子邮件", "其他")
"""Channels offered in the editor; any other text a clerk's register holds is kept as written."""

PERSONAL = ("name", "contact")
MAX_REQUESTS = 20_000
MAX_FIELD_CHARS = 2_000


@dataclass(frozen=True)
class Request:
    """One request. Dates are ISO (2025-03-04) or "" when not yet known."""

    number: str = ""
    """编号 as the register writes it (依申请〔2025〕3号)."""
    received: str = ""
    """收到申请之日."""
    channel: str = ""
    applicant: str = ""
    """Applicant type: a column id of the ledger's table (``Form.ledger.applicants``); "" not yet recorded."""
    name: str = ""
    """Applicant's name (personal)."""
    contact: str = ""
    """Applicant's address, telephone, e-mail (personal)."""
    subject: str = ""
    """申请内容, as the register summarises it."""
    outcome: str = ""
    """How it was handled: a row id of ``Form.ledger.outcomes`` (3.1, 3.3.4, 3.6.2 …); "" still open."""
    answered: str = ""
    """答复日期; "" not yet answered."""
    extended: bool = False
    """延期答复 (条例第三十三条: once, by at most 20 working days)."""
    carried: bool = False
    """Received last year and still open on 1 January (上年结转)."""
    notes: str = ""
    # added later, so last: requests built by position (scripts, tests) keep their meaning
    supplemented: str = ""
    """补正后收到日期 (条例第三十条): the day the supplemented application arrived, from which the
    answer period is counted instead of from ``received``; "" when no 补正 was asked for."""
    consult_start: str = ""
    """征求意见日期 (条例第三十二条、第三十三条第三款): the day the organ sent for a third party's or
    another organ's opinion; the working days until the opinion came are not counted."""
    consult_end: str = ""
    """收到意见日期; "" while the opinion is still awaited, and the clock then stands still up to today.

    Two dates rather than a count of days: they are what the file on the desk shows (the letter
    sent, the reply received), and the calendar counts the working days between them."""
    supplement_asked: str = ""
    """补正告知日期 (条例第三十条): the day the organ asked the applicant to supplement the application.
    Until the supplement arrives no answer period runs (it will count from that day), so a request
    waiting for its applicant is never called overdue."""

    def with_(self, **changes: Any) -> Request:
        return replace(self, **changes)

    def is_open(self) -> bool:
        return not self.outcome or not self.answered


FIELDS = tuple(f.name for f in fields(Request))
FIELD_NAMES = {"number": "编号", "received": "收到日期", "channel": "申请方式", "applicant": "申请人类型",
               "name": "申请人", "contact": "联系方式", "subject": "申请内容", "outcome": "办理结果",
               "answered": "答复日期", "extended": "延期", "carried": "上年结转", "notes": "备注",
               "supplemented": "补正后收到日期", "consult_start": "征求意见日期", "consult_end": "收到意见日期",
               "supplement_asked": "补正告知日期"}
DATES = ("received", "answered", "supplement_asked", "supplemented", "consult_start", "consult_end")
"""The fields holding an ISO date: checked as dates wherever a request comes in."""
PAUSES = ("supplement_asked", "supplemented", "consult_start", "consult_end")
"""The dates that move the deadline (补正, 征求意见): a register that never uses them is written as before."""


@dataclass
class Ledger:
    """The register of one report year, and whether 表三 is derived from it (ledger mode)."""

    requests: list[Request] = field(default_factory=list)
    derive: bool = False
    cache: object = field(default=None, compare=False, repr=False)
    """The derivation's tally (``core.ledger.derive.tally``); edits keep it or drop it."""

    def __len__(self) -> int:
        return len(self.requests)


def parse_iso(text: str) -> Optional[_dt.date]:
    """A stored date, or None for "" (and for anything not an ISO date: never raises)."""
    try:
        return _dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
