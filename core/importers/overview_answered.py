"""A count of requests answered whose aside says both what it holds of last year's and how many more go on into
next year — the words a report template writes for 三（七） (答复政府信息公开申请43件(含上年度结转3件,另有4件申请顺延
至下年度答复); 办理1187件(含上年度结转申请57件,另有52件申请顺延到下年度答复)), for ``overview_counts``.

Such a count is the year's decided requests, last year's carried over among them, and the aside's second figure is
结转下年度: 三（七） N and 四 Y are said outright. The aside's first figure is only the carried-over requests that were
answered (some carried in may be among those put off again), so 二 is X only where the sentence's own count of the
year's requests (一, said before it) proves it: 一 + X = N + Y, the form's own sum — which also shows a count 受理
there to be the year's new alone. Anything else in the aside, or another verb (收到, 处理: a count handled may hold
those put off), is not this wording, and the count stays unread.

The aside may name both as parts, without 另有 (共答复办结…312件(4件为上年度结转办结,12件结转下年度办结), 福州市仓山区 2024):
X of the count are last year's, and Y go on — but whether the Y are among the count or beside it the words do not say,
so then nothing is read unless the sentence's count of the year's new requests proves every row at once (一 + X = N + Y)."""

from __future__ import annotations

import re

from core.importers.overview_appeals import AMOUNT, UNIT, YEAR
from core.importers.request_words import (
    CARRIED_IN,
    CARRIED_IN_VERB,
    CARRIED_OUT,
    COUNT,
    DECIDED,
    NARROW,
    VERBS,
    WHAT,
    count_of,
    fill_years,
    names_requests,
    prefix_ok,
)

ANSWERED = "\u2065"
"""Put where such an aside stood, so its clause is known after the sentence is cut."""

_PUT_OFF = ("(?:" + VERBS[CARRIED_OUT] + "|\u987a\u5ef6(?:\u81f3|\u5230)?(?:\u4e0b\u4e00?\u5e74\u5ea6?|{next}\u5e74\u5ea6?)"
            "(?:\u7ee7\u7eed)?(?:\u529e\u7406|\u7b54[\u590d\u8986])?)")
"""结转下年度(继续办理), 转结下年度…, 顺延至/到下(一)年(度)(继续)(答复/办理; 答覆 kept from a traditional page, 天津市
2021): put off into next year."""
_ASIDE = ("(?:\u542b|\u5305\u62ec)" + CARRIED_IN_VERB + "(?:\u7684)?(?:\u653f\u5e9c\u4fe1\u606f\u516c\u5f00)?(?:\u7533\u8bf7)?"
          f"(?P<x>\\d+)\\s*{UNIT}[,\uff0c;\uff1b]\u53e6\u6709(?P<y>\\d+)\\s*{UNIT}(?:\u7533\u8bf7)?{_PUT_OFF}")
"""含上年度结转(申请)X件,另有Y件(申请)顺延至下年度答复: 含 or 包括, 上年(度)结转/转结 or 结转上年度."""
_AS_PARTS = (f"(?P<x>\\d+)\\s*{UNIT}(?:\u7533\u8bf7)?\u4e3a" + CARRIED_IN_VERB
             + "(?:\u7684)?(?:\u7533\u8bf7)?(?:\u529e\u7ed3|\u7b54[\u590d\u8986])?[,\uff0c;\uff1b]"
             f"(?P<y>\\d+)\\s*{UNIT}(?:\u7533\u8bf7)?" + VERBS[CARRIED_OUT]
             + "(?:\u7ee7\u7eed)?(?:\u529e\u7406|\u529e\u7ed3|\u7b54[\u590d\u8986])?")
"""X件为上年度结转(办结),Y件结转下年度(继续)(办理/办结/答复): the count's parts named, neither said to be apart."""
_VERB = "(?:\u5df2|\u5171)?(?:\u7b54[\u590d\u8986]|\u529e\u7406|\u529e\u7ed3|\u7b54\u590d\u529e\u7ed3)"
"""(已|共)答复(答覆)/办理/办结/答复办结: the requests dealt with this year, the aside naming those put off apart."""


def answered_aside(aside: str, year: int) -> tuple[int, int, bool] | None:
    """X and Y of an aside in this wording (the whole aside, nothing else in it), and whether it says the Y are
    apart from the count (另有), or None."""
    if m := re.fullmatch(fill_years(_ASIDE, year), aside):
        return int(m["x"]), int(m["y"]), True
    m = re.fullmatch(fill_years(_AS_PARTS, year), aside)
    return (int(m["x"]), int(m["y"]), False) if m else None


def answered_rows(clause: str, aside: tuple[int, int, bool], year: int, about_requests: bool,
                  new: list[int]) -> list[tuple[str, int]]:
    """三（七） and 四 (and 二 where the sum proves it) of a clause ending in such an aside (``ANSWERED``) whose count is
    answered/handled/decided requests; ``new``: the counts of the year's requests (收到/受理) said before it in the
    sentence. None for any other clause (its count then stays unread)."""
    if not clause.endswith(ANSWERED):
        return []
    bare = clause.removesuffix(ANSWERED)
    m = re.fullmatch(f"(?P<pre>.*?){_VERB}(?P<what>{WHAT}){AMOUNT}{COUNT}", bare)
    if NARROW.search(YEAR.sub("", bare)) or m is None or not prefix_ok(m["pre"], year) or not (about_requests or names_requests(m["what"])):
        return []
    if re.search("\u672a|\u6ca1\u6709|\u65e0", m["pre"]):   # 未答复…43件(含…): those not answered, no 三（七）
        return []
    (carried_in, put_off, apart), decided = aside, count_of(m["n"])
    proved = len(new) == 1 and new[0] + carried_in == decided + put_off
    if not apart and not proved:      # (4件为上年度结转办结,12件结转下年度办结): the 12 may be among the count
        return []
    rows = [(DECIDED, decided), (CARRIED_OUT, put_off)]
    if proved:
        rows.insert(0, (CARRIED_IN, carried_in))
    return rows
