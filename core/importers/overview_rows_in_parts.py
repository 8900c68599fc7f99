"""The form's rows said as the parts of a whole in the same sentence, for ``overview_counts``.

A sentence may give the year's whole count of requests handled and then, after 其中, the form's own rows
(全年共办理118件,其中本年新受理110件,上年结转8件,转下年办理2件, 温岭市自然资源和规划局 2020). After 其中 a
sentence says parts, and parts may be of any kind (网上 within all, 本级 within 全市), so the overview's
grammar reads none of them. Here they are read only when their own figures prove them the form's rows:

- the whole is one clause right before 其中 — or, for a sentence opening with 其中, the last clause of the sentence
  before (…共收到政府信息公开申请3件。其中,上年结转申请1件,本年新收申请2件, 武清区河西务镇 2025: both parts more than 0,
  so that their sum proves them; all four rows said are ``overview_counts``'s to read): a verb of handling or receiving (办理, 受理, 受理办理, 收到, 接收,
  处理; 共/共计/累计/合计 before it), the requests' words, one figure — the sentence naming the requests
  (申请, 公开 in the whole's words, or 申请 in the sentence before: …认真办理政府信息依申请公开件。全年共办理118件…);
- every clause after 其中 is one row, said once: its time (本年, 2020年…) or 本机关, the row's verb (新收, 新受理 —
  受理 alone may hold last year's carried over, and is no row —, 收到, 上年结转, 上年度未办结, 办结, 结转下年度…),
  the requests' words, one figure; only a clause with no figure may follow them (均已按时答复);
- 新收 and 上年结转 are both said and add up to the whole (the requests handled are the new and the carried in);
  办结 and 结转下年度, where both are said, add up to it too (the form's 第一项加第二项之和, 等于第三项加第四项之和);
  one of them alone, no more than the whole.

Anything else — a second 其中, an aside in brackets, a narrowing word, another year, a part without a row's verb —
and nothing is read: a false figure is worse than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.importers.overview_appeals import AMOUNT, YEAR
from core.importers.request_words import (
    ANOTHER_TIME,
    CARRIED_IN,
    CARRIED_IN_VERB,
    CARRIED_OUT,
    DECIDED,
    NARROW,
    NEW,
    PUBLIC,
    VERBS,
    WHAT,
    fill_years,
    time_alone,
)

_PARTS = "\u5176\u4e2d"                                           # 其中
_WHOLE_VERB = ("(?:\u5171\u8ba1|\u5171|\u7d2f\u8ba1|\u5408\u8ba1)?"
               "(?:\u53d7\u7406\u529e\u7406|\u529e\u7406|\u53d7\u7406|\u6536\u5230|\u63a5\u6536|\u5904\u7406)")
"""(共计|共|累计|合计)(受理办理|办理|受理|收到|接收|处理): the whole count of requests handled or received."""
_UNIT = "(?:\u4ef6|\u6761)"                                        # 件 条
_ROW_VERBS = {
    NEW: "(?:\u65b0\u53d7\u7406|\u65b0\u6536\u5230|" + VERBS[NEW] + ")",   # 新受理 (受理 with 新, the year's new ones), 新收到
    # 上年(度)未办结 / 未办理完毕: last year's not yet decided, carried in (其中本机关新收5件,上年度未办结3件)
    CARRIED_IN: "(?:" + CARRIED_IN_VERB + "|\u4e0a\u4e00?\u5e74\u5ea6?(?:\u672a\u529e\u7ed3|\u672a\u529e\u7406\u5b8c\u6bd5))",
    DECIDED: VERBS[DECIDED],
    # 结转下年度…; 结转次年(度)(继续)办理 (次年: the year after, 复兴街道 2025)
    CARRIED_OUT: "(?:" + VERBS[CARRIED_OUT] + "|(?:\u7ed3\u8f6c|\u8f6c\u7ed3|\u8f6c)(?:\u81f3|\u5230|\u5165)?\u6b21\u5e74\u5ea6?"
                 "(?:\u7ee7\u7eed)?(?:\u529e\u7406|\u7b54\u590d)?)",
}
_SELF = "(?:\u672c\u673a\u5173|\u672c\u5355\u4f4d)?"               # 本机关 本单位: the organ itself, not one of its parts


def _time(year: int) -> str:
    """A row's own time, if any: 本年(度) 今年 全年 当年 or the report's year (2020年, 2020年度)."""
    return f"(?:\u672c\u5e74\u5ea6?|\u4eca\u5e74|\u5168\u5e74|\u5f53\u5e74|{year}\u5e74\u5ea6?)?"


def _whole(clause: str, year: int) -> tuple[int, bool] | None:
    """The whole count a clause states, and whether its own words name requests; None if it is no such whole."""
    m = re.fullmatch(f"(?P<pre>.*?){_WHOLE_VERB}(?P<what>{WHAT}){AMOUNT}(?P<n>\\d+){_UNIT}", clause) \
        or re.fullmatch(f"(?P<pre>.*?){_WHOLE_VERB}{AMOUNT}(?P<n>\\d+){_UNIT}(?P<what>{WHAT})", clause)
    if m is None:
        return None
    pre = m["pre"]
    if NARROW.search(YEAR.sub("", clause)) or any(int(y) != year for y in YEAR.findall(pre)) or len(YEAR.sub("", pre)) > 16:
        return None
    bare = YEAR.sub("", pre)
    if re.search(r"\d|\u6536|\u53d7\u7406|\u7ed3\u8f6c|\u8f6c\u7ed3|\u7b54\u590d", bare) or ANOTHER_TIME.search(bare):
        return None
    return int(m["n"]), bool(re.search("\u516c\u5f00|\u7533\u8bf7", m["what"]))


def _row(clause: str, year: int) -> tuple[str, int] | None:
    """The one row a part clause states (its time or 本机关, the row's verb, the requests' words, one figure)."""
    for meaning, verb in _ROW_VERBS.items():
        verb = fill_years(verb, year)
        if m := re.fullmatch(f"{_time(year)}{_SELF}{verb}(?:{WHAT}){AMOUNT}(?P<n>\\d+){_UNIT}", clause):
            return meaning, int(m["n"])
    return None


def rows_in_parts(before: str, sentence: str, year: int, after: str = "") -> list[tuple[str, int, str]]:
    """The form's rows (meaning, figure, clause) ``sentence`` gives as the parts of its whole, proved by their sums;
    ``before``: the sentence before it (which may name the requests the whole counts). ``after``: the sentence after
    it, read for 办结 and 结转下年度 where ``sentence`` said neither — only if it says both and nothing else, and they
    add up to the whole (…其中本机关新收5件,上年度未办结3件。办结7件,结转次年办理1件, 复兴街道 2025)."""
    if sentence.count(_PARTS) != 1 or re.search("[\uff08(\uff09)]", sentence):
        return []
    head, tail = sentence.split(_PARTS)
    across = not head.strip() and _PARTS not in before
    if across:        # …申请3件。其中,上年结转申请1件,本年新收申请2件: the whole the sentence before's
        head = re.sub("[\u3002\uff1b;]$", "", before.strip())
    heads = [c for c in re.split("[\uff0c,\uff1b;\uff1a:]", head) if c]
    if any(time_alone(c, year) for c in heads[:-1]):
        return []     # 2024年,…共办理8件… in a 2025 report: the whole is another time's
    whole = _whole(heads[-1], year) if heads else None
    if whole is None or not (whole[1] or "\u7533\u8bf7" in before or "\u7533\u8bf7" in head):
        return []
    rows: list[tuple[str, int, str]] = []
    clauses = [c for c in re.split("[\uff0c,\uff1b;\uff1a:\u3001]", tail) if c]
    for at, clause in enumerate(clauses):
        row = _row(clause, year)
        if row is None:
            if rows and not any(re.search(r"\d", c) for c in clauses[at:]):
                break                        # …,均已按时答复: no figure after the rows
            return []
        if NARROW.search(YEAR.sub("", clause)):
            return []
        rows.append((row[0], row[1], clause))
    got = {m: v for m, v, _ in rows}
    n = whole[0]
    if len(got) != len(rows) or NEW not in got or CARRIED_IN not in got or got[NEW] + got[CARRIED_IN] != n:
        return []
    if across and 0 in (got[NEW], got[CARRIED_IN]):
        return []     # a part equal to the whole proves nothing (本级新收354件 of a 全州 354 would fit): rows_of_a_whole's
    if DECIDED in got and CARRIED_OUT in got and got[DECIDED] + got[CARRIED_OUT] != n:
        return []
    if any(got.get(m, 0) > n for m in (DECIDED, CARRIED_OUT)):
        return []
    return rows + (_outcome(after, year, n) if DECIDED not in got and CARRIED_OUT not in got else [])


def _outcome(sentence: str, year: int, whole: int) -> list[tuple[str, int, str]]:
    """办结 and 结转下年度, each once, the sentence's only clauses, adding up to ``whole``; else nothing."""
    clauses = [c for c in re.split("[\uff0c,\uff1b;\uff1a:\u3001]", sentence) if c]
    rows = [(r[0], r[1], c) for c in clauses if (r := _row(c, year)) is not None]
    got = {m: v for m, v, _ in rows}
    if len(rows) != len(clauses) or len(rows) != 2 or set(got) != {DECIDED, CARRIED_OUT} \
            or got[DECIDED] + got[CARRIED_OUT] != whole or any(NARROW.search(YEAR.sub("", c)) for c in clauses):
        return []
    return rows


_BROKEN_DOWN = re.compile("^\u5176\u4e2d[\uff0c,\uff1a:]?")
_WHOLE = re.compile("(\\d+)[\u4ef6\u6761]$")


def rows_of_a_whole(before: str, sentence: str, year: int,
                    read_clauses: Callable[[str, int], list[tuple[str, int, str]]]) -> list[tuple[str, int, str]]:
    """The four rows a sentence starting 其中 breaks the whole count of requests ``before`` stated into
    (全州共计受理办理…申请354件。其中,2023年新收…354件,结转上年…0件,办理完成353件,结转2024年度继续办理1件, 大理州 2023):
    after 其中 a sentence says parts, so these are read only when its figures prove them the rows themselves —
    each row once, 新收 + 上年结转 the whole said before, and equal to 办结 + 结转下年度 (the form's own sum).
    Parts of another kind (本级 within 全州, 网上 within all) fail a check or are narrowed: nothing is read.
    ``read_clauses``: ``overview_counts.read_clauses``."""
    start, whole = _BROKEN_DOWN.match(sentence), _WHOLE.search(before)
    if start is None or whole is None or not PUBLIC.search(before) or NARROW.search(YEAR.sub("", before)):
        return []
    read = read_clauses(sentence[start.end():], year)
    got = dict((a, v) for a, v, _ in read)
    if len(read) != 4 or set(got) != {NEW, CARRIED_IN, DECIDED, CARRIED_OUT}:
        return []
    fits = got[NEW] + got[CARRIED_IN] == int(whole[1]) == got[DECIDED] + got[CARRIED_OUT]
    return read if fits else []
