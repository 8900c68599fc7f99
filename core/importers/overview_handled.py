"""A count of requests handled whose aside says it holds last year's carried over, for ``overview_counts``
(依法办理、规范答复政府信息公开申请151件(含上年结转13件),办结146件,结转下年度继续办理5件, 陕西省生态环境厅 2021; 共处理
政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件, 四川省政府办公厅 2023).

办理/处理 N is not sure to be every request on the desk: a report may say 办理 of those decided alone (办理1187件(含上年度
结转申请57件,另有52件申请顺延到下年度答复), 上海市住建委 2025), and the aside's M is then only the carried-over requests
decided, some of 二. So 二 is read only where the sentence proves N the desk's whole: its own count decided (办结
答复…) and its count carried into next year (四) add up to N, as the form's note requires of 一 + 二 — then the M of them
carried in are 二. 一 is not read from it (N less M is a sum the report does not print: the corpus's readers leave it
out), and a 一 said otherwise must agree with it. Anything else (no such sum, a sum that fails, two such counts, 二 said
again) leaves 二 unread."""

from __future__ import annotations

import re

from core.importers.overview_appeals import AMOUNT, YEAR
from core.importers.request_words import (
    CARRIED_IN,
    CARRIED_OUT,
    COUNT,
    DECIDED,
    NARROW,
    NEW,
    WHAT,
    count_of,
    names_requests,
    prefix_ok,
)

_HANDLE = ("(?:\u529e\u7406|\u5904\u7406)(?:[\u3001\u5e76\u548c](?:\u4f9d\u6cd5|\u89c4\u8303)?\u7b54[\u590d\u8986])?")
"""办理/处理, or 办理、规范答复 (并 和; 依法): the requests dealt with, whatever became of them."""
_ANSWER = re.compile(f"(?:\u5df2|\u5171)?(?:\u7b54[\u590d\u8986]|\u529e\u7ed3)(?P<what>{WHAT}){AMOUNT}{COUNT}")
"""(已|共)答复/办结 N件: the requests decided this year, the clause whole (read as 三（七） or not)."""


def handled_count(bare: str, year: int, about_requests: bool) -> int | None:
    """N of a clause counting requests handled (``bare``: its aside, holding last year's, taken out), or None."""
    m = re.fullmatch(f"(?P<pre>.*?){_HANDLE}(?P<what>{WHAT}){AMOUNT}{COUNT}", bare)
    if m is None or NARROW.search(YEAR.sub("", bare)) or not prefix_ok(m["pre"], year) \
            or not (about_requests or names_requests(m["what"])):
        return None
    return count_of(m["n"])


def handled_rows(handled: list[tuple[int, int, str]], clauses: list[str],
                 read: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """二 of the one count handled (``handled``: each such clause's N, its aside's M and its words) that the
    sentence's count decided and 四 (``read``: the cells its clauses gave; ``clauses``: all of them, for a count
    答复 the grammar does not take as 三（七）) prove the desk's whole; nothing otherwise."""
    if len(handled) != 1:
        return []
    whole, carried, said = handled[0]
    decided = {v for a, v, _ in read if a == DECIDED}
    decided |= {count_of(m["n"]) for c in clauses if (m := _ANSWER.fullmatch(c.strip()))}
    out = {v for a, v, _ in read if a == CARRIED_OUT}
    new = {v for a, v, _ in read if a == NEW}
    before = {v for a, v, _ in read if a == CARRIED_IN}
    if len(decided) != 1 or len(out) != 1 or decided.pop() + out.pop() != whole or carried > whole:
        return []
    if new - {whole - carried} or before:
        return []
    return [(CARRIED_IN, carried, said)]
