"""One clause's count of the year's requests, for ``overview_counts``: the row's verb, the words naming the
requests, one figure — or a "none" said whole. Kept apart from the grammar that weighs a sentence clause by
clause (its subject, its parts after 其中, its asides), which decides whether a clause is asked at all.

A figure is read with its unit (5件, 3条…), or without one only where nothing else can be meant: right after the
count's own word, 数量 (收到和处理政府信息公开申请数量为0: the number of requests is 0), or right before the
requests' full name, a noun (收到13政府信息公开申请: 13 requests received; the page lost the 件). A figure
standing bare at a clause's end (收到政府信息公开申请1,) may be one cut short, and is not read."""

from __future__ import annotations

import re

from core.importers.overview_appeals import AMOUNT, NEG, YEAR
from core.importers.request_nones import (
    LAST_YEAR_NONE_CARRIED,
    LISTED_WAYS,
    NONE_CARRIED_BOTH,
    NONE_CARRIED_IN,
    NONE_CARRIED_OUT,
    NONE_NEW,
    denies_new,
)
from core.importers.request_words import (
    ACCEPTED,
    ANY_FORM,
    ASKING,
    CARRIED_IN,
    CARRIED_OUT,
    COUNT,
    EVERY_CHANNEL,
    EVERYONE,
    HANDLED,
    NARROW,
    NEW,
    PUBLIC,
    VERBS,
    WHAT,
    count_of,
    fill_years,
    names_requests,
    plain_names,
    prefix_ok,
)
from core.importers.stated import own_span_out

_BARE = "(?P<n>(?!(?:19|20)\\d\\d(?!\\d))\\d+)"
"""A figure with no unit after it (never one reading as a year: 收到2023政府信息公开申请 is no count)."""
_NAMED_AS_NUMBER = "(?<=\u6570\u91cf)"
"""…数量 (the requests' words ending in 数量, 申请数量为0): the figure after them is that number, unit or not."""
_NOUN = ("(?P<what>(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u7684)?\u7533\u8bf7|"
         "\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c\u4fe1\u606f)?(?:\u7684)?\u7533\u8bf7)")
"""(政府)信息公开(的)申请, 依申请公开(政府信息)(的)申请: the requests' full name ending in the noun 申请, the only words
a bare figure may stand right before (收到13政府信息公开申请) — never 依申请公开 alone."""


def _new_of_subject(clause: str, m: re.Match[str], about_requests: bool) -> bool:
    """本年新收421件 right after a clause naming the requests (上年结转政府信息公开申请7件,本年新收421件): 新收, the
    form's own word for 一, with nothing between it and the figure, counts the requests the sentence is about.
    Never 收到/接收/接到 (收到留言164条 after them is no request) nor 新收 with words of its own (新收留言5件)."""
    return about_requests and m["what"] == "" and clause[len(m["pre"]):].startswith("\u65b0\u6536")


_NAMED_BEFORE = re.compile("(?P<pre>.*?)(?:\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c)?\u4fe1\u606f|(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00\u7533\u8bf7)"
                           "(?:\u5171|\u5171\u8ba1|\u7d2f\u8ba1|\u5408\u8ba1)?")
"""…依申请公开(政府)信息 / (政府)信息公开申请 (共|共计|累计|合计), right before the verb: the requests named as the clause's
subject (我镇依申请公开政府信息共收到37件, 杭州市萧山区瓜沥镇 2024) — nothing else between the name and the verb."""


def _named_before(pre: str, year: int) -> bool:
    """The words before a clause's verb name the requests, with only its time and subject before them."""
    m = _NAMED_BEFORE.fullmatch(pre)
    return m is not None and prefix_ok(m["pre"], year)


def requests_in(clause: str, year: int, about_requests: bool) -> list[tuple[str, int]]:
    """The row a clause counts (its verb's) and the figure, or a row's "none"; ``about_requests``: the sentence
    named the requests before this clause (its subject), so a row other than 一 may leave them unnamed."""
    clause = own_span_out(clause, year)           # 2023年1月1日至2023年12月31日期间共收到…: the year's time, no month of it
    if LISTED_WAYS.sub("", clause) != clause:     # 未收到通过电话、网络、来信等方式提出的…: a none, or nothing
        return [(NEW, 0)] if denies_new(clause, year) else []
    clause = EVERY_CHANNEL.sub("", ANY_FORM.sub("", EVERYONE.sub("", HANDLED.sub("", plain_names(clause)))))
    if NARROW.search(YEAR.sub("", clause)):
        return []
    for address, words in VERBS.items():
        verb = fill_years(words, year)
        m = re.fullmatch(f"(?P<pre>.*?){verb}(?P<what>{WHAT}){AMOUNT}{COUNT}", clause)
        if m is None:     # 收到和处理政府信息公开申请数量为0: the count's own word, 数量, before a bare figure
            m = re.fullmatch(f"(?P<pre>.*?){verb}(?P<what>{WHAT}){_NAMED_AS_NUMBER}{AMOUNT}{_BARE}", clause)
        if m is None:     # the figure before the words naming the requests: 收到2件政府信息公开申请
            m = re.fullmatch(f"(?P<pre>.*?){verb}{AMOUNT}{COUNT}(?P<what>{WHAT}|{ASKING})", clause)
            m = m if m is not None and names_requests(m["what"]) else None
        if m is None:     # …or a bare one right before their full name: 收到13政府信息公开申请
            m = re.fullmatch(f"(?P<pre>.*?){verb}{AMOUNT}{_BARE}{_NOUN}", clause)
        if m is None and address == CARRIED_OUT:      # the figure before the verb: 剩余26件结转下年度办理
            m = re.fullmatch(f"(?P<pre>.*?){COUNT}(?P<what>{WHAT})(?:\u5df2)?{verb}", clause)
        named_before = m is not None and address == NEW and m["what"] == "" and _named_before(m["pre"], year)
        if m is None or not (named_before or prefix_ok(m["pre"], year)) or re.search("\u672a|\u6ca1\u6709|\u65e0", m["pre"]):
            continue
        if address in (NEW, ACCEPTED) and not names_requests(m["what"]) and not named_before \
                and not (address == NEW and _new_of_subject(clause, m, about_requests)):
            continue                  # 收到申请5件: whose requests is not said by the clause itself
        if address not in (NEW, ACCEPTED) and not (about_requests or names_requests(m["what"])):
            continue
        return [(address, count_of(m["n"]))]
    if re.fullmatch(f"{year - 1}\u5e74\u5ea6?{NEG}(?:\u7ed3\u8f6c|\u8f6c\u7ed3)(?:\u7684)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?"
                    "(?:\u516c\u5f00)?(?:\u7533\u8bf7)?(?:\u4e8b\u9879|\u4ef6)?", clause) \
            and PUBLIC.search(clause):
        return [(CARRIED_IN, 0)]      # 2021年未转结政府信息公开申请 (a 2022 report): none carried in
    if about_requests and (m := re.fullmatch("(?P<pre>.*?)(?P<rest>\u4e0a.*)", clause)) \
            and prefix_ok(m["pre"], year) and LAST_YEAR_NONE_CARRIED.match(m["rest"]):
        return [(CARRIED_IN, 0)]
    m = re.fullmatch("(?P<pre>.*?)(?P<rest>" + NEG + ".*)", clause)
    if m is None or not prefix_ok(m["pre"], year):
        return []
    if NONE_NEW.match(m["rest"]):
        return [(NEW, 0)]
    if about_requests and re.match(fill_years(NONE_CARRIED_BOTH, year), m["rest"]):
        return [(CARRIED_IN, 0), (CARRIED_OUT, 0)]     # 没有上年接转和接转下年的依申请公开事项
    if about_requests and NONE_CARRIED_IN.match(m["rest"]):
        return [(CARRIED_IN, 0)]
    if about_requests and re.match(NONE_CARRIED_OUT.replace("{next}", str(year + 1)), m["rest"]):
        return [(CARRIED_OUT, 0)]
    return []
