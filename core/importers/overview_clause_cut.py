"""How ``overview_counts`` cuts a sentence of 一、总体情况 into the clauses it reads one by one: at its commas,
semicolons and colons, and at an enumeration comma (、) that joins two clauses each whole — two rows' counts
(新收…12件、上年结转3件), or a clause of words and a dated one (…办理质效、2023年我局未收到…). Kept apart from
the reading of the clauses, which weighs what each says."""

from __future__ import annotations

import re

from core.importers.overview_appeals import AMOUNT, UNIT
from core.importers.request_words import (
    CARRIED_IN,
    CARRIED_OUT,
    DECIDED,
    NARROW,
    NEW,
    VERBS,
    WHAT,
    comparisons_joined,
    fill_years,
)

_ROW_AFTER_ROW = ("(?<=\\d[\u4ef6\u6761\u4e2a\u4efd\u5b97\u4f8b\u8d77\u6b21])\u3001(?=(?:"
                  + "|".join(VERBS[a] for a in (NEW, CARRIED_IN, DECIDED, CARRIED_OUT))
                  + f")(?:{WHAT}){AMOUNT}(?:\\d+|\u96f6){UNIT}(?:[\uff0c,\uff1b;\uff1a:\u3001]|$))")
"""新收…1852件、上年度结转101件 (四川省自然资源厅 2023): a count, 、, and the next row's own count (its verb,
the requests' words, a figure, then the clause's end) — two clauses joined by the enumeration comma, each
read as if a comma stood there. Anything else after the 、 keeps one clause (答复…3件、纸质申请36件; 已办结0件、
办结率100%: a rate, 桐梓县交通运输局 2024)."""


_CLAUSE_THEN_YEAR = ("((?:^|(?<=[\uff0c,\uff1b;\uff1a:]))[^\uff0c,\uff1b;\uff1a:\u3001\\d]*[\u4e00-\u9fff])(?<![\u5e74\u6708\u65e5])"
                     "\u3001(?={year}\u5e74)")
"""…不断提高依申请公开办理质效、2023年我局未收到依申请公开申请 (衢州市农业农村局 2023): a clause of words alone (no
figure, no other 、), 、, then a clause opening with the report's year — two clauses joined by the enumeration comma,
read as if a comma stood there. Not after a date's 年 月 日 (2022年、2023年…: a list of years), nor after a figure or
another 、 (a list whose next item is dated), nor before another year, nor after words narrowing what follows
(除法人申请外、2023年未收到…: ``NARROW``)."""


_APPEAL_AFTER_COUNT = (f"(?<=\\d[\u4ef6\u6761\u4e2a\u4efd\u5b97\u4f8b\u8d77\u6b21])(?:\u548c|\u53ca|\u3001)(?=\u88ab?"
                       f"(?:\u63d0\u8d77\u884c\u653f\u8bc9\u8bbc|\u7533\u8bf7\u884c\u653f\u590d\u8bae)(?:\u6848\u4ef6)?{AMOUNT}"
                       f"(?:\\d+|\u96f6){UNIT}(?:[\uff0c,\uff1b;\uff1a:\u3001]|$))")
"""…尚未审结行政复议0件和提起行政诉讼0件 (钟楼区南大街街道 2024): a count, 和|及|、, then an appeal's own count with its own
verb ((被)提起行政诉讼 / (被)申请行政复议, a figure, the clause's end) — two clauses, read as if a comma stood there: the
words before (尚未审结) narrow their own count, not the next one's."""

_RUN_ON = ("(\\d\\s*" + UNIT + ")(?=(?:\u6ca1\u6709|\u672a|\u65e0)\u56e0|(?:\u6ca1\u6709|\u672a)(?:\u53d1\u751f|\u51fa\u73b0|\u4ea7\u751f)"
           "|(?:\u5168\u90e8|\u5747)(?:\u5df2|\u4e88\u4ee5|\u6309|\u4f9d\u6cd5|\u5728))")
"""收到政府信息公开申请2件没有因…行政复议…的情况发生 (温岭市文广旅体局 2024), 收到…申请3项全部予以公开 (安康市市场监管局
2024): a count whose clause ran on into the next without a stop — a figure with its unit, then a new clause's opening
(没有因 未因 无因, 没有/未 发生 出现 产生: a none of something else; 全部/均 已 予以 按 依法 在: what was done with all of
those counted) — read as if a comma stood there. Nothing else after a figure cuts a clause (收到申请2件网上申请1件
stays one, unread)."""


_NONE_AFTER_NONE = ("(?<=\u60c5\u51b5)(?:\u4ee5\u53ca|\u53ca|\u548c)(?=(?:\u6ca1\u6709|\u672a)"
                    "(?:\u53d1\u751f|\u51fa\u73b0|\u4ea7\u751f)\u56e0)")
"""…情况及未发生因政府信息公开申请行政复议、提起行政诉讼的情况 (奉节县统计局 2019: 未受理政府信息依申请公开情况及未发生因…):
a clause closed by 情况, 及|以及|和, then a none of its own with its cause (没有/未 发生 出现 产生 因) — two clauses, read as if a
comma stood there: the second none's negation is its own, not the first's (无…情况及…行政复议 without one stays one clause,
its "无" maybe of the first thing alone)."""


AFTER_SEMICOLON = "\u2064"
"""Put after each ；: a clause after one, where 其中 broke a count of requests down before it (共受理…申请27件,其中26件
已…答复,…;行政复议案件2件, 港口镇 2024), is no part of that count — a figure of appeals there is read again (the
sentence's requests its subject); a count of requests there stays a part (…其中,市本级新收20件;上年结转3件)."""


def cut(sentence: str, year: int) -> list[str]:
    """The sentence's clauses, in order; one after a ；opens with ``AFTER_SEMICOLON``."""
    sentence = re.sub(_CLAUSE_THEN_YEAR.format(year=year),
                      lambda m: m[0] if NARROW.search(m[1]) else m[1] + "\uff0c", sentence)
    sentence = re.sub(_RUN_ON, "\\1\uff0c", sentence)
    sentence = re.sub("[\uff1b;]", "\\g<0>" + AFTER_SEMICOLON, comparisons_joined(sentence))
    return re.split("[\uff0c,\uff1b;\uff1a:]|" + fill_years(_ROW_AFTER_ROW, year) + "|" + _APPEAL_AFTER_COUNT
                    + "|" + _NONE_AFTER_NONE, sentence)
