"""What an aside (…) in a sentence of 一、总体情况 says of the count it follows, for ``overview_counts``: nothing
of it (a comment, taken out), that the count holds last year's carried over (含上年结转M件: the count read as its
parts), that some were answered and some go on (``overview_answered``), or that the count is no row's alone (含…,
新收…). Kept apart from the grammar that weighs a clause: each aside is put as a mark before the sentence is cut,
and the grammar reads a clause by the mark it holds."""

from __future__ import annotations

import re

from core.importers.asides import ASIDE
from core.importers.overview_answered import ANSWERED, answered_aside
from core.importers.request_clause import requests_in
from core.importers.request_words import (
    ACCEPTED,
    CARRIED_IN,
    CARRIED_IN_VERB,
    DECIDED,
    NEW,
    comments_only,
    held_carried,
)

ASIDE_OF_ROWS = re.compile("\u542b|\u5305\u62ec|\u4e0a\u4e00?\u5e74|\u4e0b\u4e00?\u5e74|\u7ed3\u8f6c|\u8f6c\u7ed3|"
                            "\u65b0\u6536|\u529e\u7ed3|\u53d7\u7406")
"""An aside that splits a count among the form's rows, or says what it holds (含 包括 上年 下年 结转 转结
新收 办结 受理): the count before it then is no row's alone, and its clause is left unread — unless it only comments
(符合办结时间要求: ``comments_only``), and is taken out as any other aside is."""
NOT_ALONE = "\u2063"
"""Put where such an aside stood, so its clause is known after the sentence is cut."""


HELD = "\u2062"
"""Put where an aside saying its count holds last year's carried over stood (``held_carried``)."""


def count_holding(clause: str, held: list[tuple[str, int]], year: int, about: bool) -> list[tuple[str, int, str]]:
    """一 and 二 of a count of requests received (or accepted) whose aside says it holds last year's carried over,
    M of them (共收到…申请41件(含上年度结转3件), 渝中区政府办 2025): 二 is M, 一 the rest — the aside right after the
    clause's figure, the clause read whole as 一 would be without it; never another verb's count (办理 答复…).
    A count decided (办结81件(含上年度结转4件), 高平市 2025) is 三（七） whole, last year's among them as the form counts
    them; its aside says only how many of those decided were carried in (more may be carried on): no 二.
    ``about``: the sentence named the requests before (a 办结 clause may leave them unnamed)."""
    if len(held) != 1 or not clause.endswith(HELD):
        return []
    (aside, carried), bare = held[0], clause.removesuffix(HELD)
    if len(decided := requests_in(bare, year, about)) == 1 and decided[0][0] == DECIDED and decided[0][1] >= carried:
        return [(DECIDED, decided[0][1], bare + aside)]
    read = requests_in(bare, year, False)
    if len(read) != 1 or read[0][0] not in (NEW, ACCEPTED) or read[0][1] < carried:
        return []
    return [(NEW, read[0][1] - carried, bare + aside), (CARRIED_IN, carried, bare + aside)]


PARTS_HOLD_CARRIED = re.compile(f"\u5176\u4e2d(?:.*?(?:\u542b|\u5305\u62ec)|[,\uff0c:\uff1a]?\\s*){CARRIED_IN_VERB}")
"""其中…(含/包括上年结转5件), or 其中 naming 上年结转 first (…申请3件。其中,上年结转申请1件,本年新收申请2件, 河西务镇 2025):
the parts hold last year's carried over (…申请94件。其中,予以公开76件(含上年结转5件)…, 贵州省财政厅 2025), so the count
is no row's alone: its 收到 is not 一 (in the sentence, or the next that begins with those parts; 其中网上申请3件、上年结转1件 is not)."""


OPEN_TO_CLOSE = re.compile("[\uff08(][^\uff09)]*[\uff09)]")
"""From an opening bracket to the first closing one, another opening bracket between them or not — unlike ``ASIDE``,
on purpose: a clause is cut after ``ASIDE`` took out the sentence's innermost asides, and what brackets it still holds
are what that left (a bracket never closed before an aside, the outer pair of a nested one), taken out to the close so
that no aside's word is weighed as the clause's."""


def marked(sentence: str, year: int) -> tuple[str, list[tuple[str, int]], list[tuple[int, int, bool]]]:
    """The sentence with each aside put as its mark (``ANSWERED``, ``HELD``, ``NOT_ALONE``) or taken out, before it is
    cut: one holding its own commas (…44件(其中:网上申请42件,邮寄2件),上年度结转0件…) would otherwise be cut across
    clauses, its 其中 making every count after it a part. With it, in the sentence's order, each (含上年结转M件) aside
    and its M, and each (含上年度结转X件,另有Y件…顺延至下年度) aside's X and Y (``overview_answered``)."""
    held: list[tuple[str, int]] = []
    answered: list[tuple[int, int, bool]] = []

    def aside(m: re.Match[str]) -> str:
        if (both := answered_aside(m[1], year)) is not None:
            answered.append(both)
            return ANSWERED
        if (carried := held_carried(m[1], year)) is not None:
            held.append((m[0], carried))
            return HELD
        return NOT_ALONE if ASIDE_OF_ROWS.search(m[1]) and not comments_only(m[1]) else ""
    return ASIDE.sub(aside, sentence), held, answered
