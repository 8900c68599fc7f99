"""The ways 一、总体情况 says a "none" of the year's requests or of those carried over, whole (未收到政府信息公开申请,
无上年结转, 没有上年接转和接转下年的…), for ``request_clause`` and ``overview_counts``. Kept apart from the vocabulary
of counts (``request_words``), which they are built of: a none is read only where the whole clause is one, so each
is a pattern of the clause's end, not a word sought in it."""

from __future__ import annotations

import re

from core.importers.overview_appeals import NEG, YEAR
from core.importers.request_words import (
    ANY_FORM,
    CARRIED_IN_VERB,
    CARRIED_OUT,
    CARRY,
    EVERY_CHANNEL,
    EVERYONE,
    FORM_WORD,
    NARROW,
    VERBS,
    plain_names,
    prefix_ok,
)

_ANYONE = "(?:\u5355\u4f4d[\u548c\u6216\u53ca\u4e0e\u3001]\u4e2a\u4eba(?:\u63d0\u51fa|\u63d0\u4ea4)?\u7684)"
"""单位和个人提出的 (或 及 与 、; 提交): everyone, in 未收到任何单位和个人提出的政府信息公开申请 — not a kind of applicant
(法人、自然人… narrow a count, and stay unread)."""
_EVER = "(?:\u8fc7)?"
"""收到过 (未收到过信息公开申请: a county education bureau, 2024): the verb with 过, "ever", as in 没有收到过 — the
same none, nothing narrowed."""
_ANY = "(?:\u4efb\u4f55)?(?:\u4e00(?:\u4f8b|\u4ef6|\u4efd|\u8d77|\u4e2a|\u6761))?(?:\u76f8\u5173|\u6709\u5173)?"
"""(任何)(相关) after the verb: any, such (未收到相关政府信息公开(的)申请, 2019年 涵江区人社局; 未收到相关依申请公开信息,
汤原县政府办 2022) — 相关 points back at the paragraph's subject, the requests, and narrows nothing; tied to a
thing (与征收相关的…) it does not stand right after the verb, and is not read. So does 有关 (未收到有关依申请公开政府信息的
申请, 舟山市退役军人事务局 2024); 有关征收的…, 有关部门转来的… leave more than a request's name after it, and stay unread.
So does 一例 (一件 一份 一起 一个 一条), "a single one", after the none's verb (并未接收到一例依申请公开请求, 三穗县款场乡
2020): not one request came in — the none said more strongly, nothing narrowed."""
NONE_NEW = re.compile(f"^{NEG}(?:(?:\u6536\u5230|\u63a5\u5230|\u63a5\u6536\u5230|\u63a5\u6536){_EVER}(?:\u548c\u5904\u7406|\u5e76\u5904\u7406)?)?{_ANY}{_ANYONE}?"
                      "(?:(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u7684)?\u7533\u8bf7(?:\u4e8b\u9879|\u7684?\u60c5\u51b5|\u4ef6)?"
                      "|\u300a(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00\u7533\u8bf7\u8868\u300b)$|"
                      f"^{NEG}(?:(?:\u6536\u5230|\u63a5\u5230|\u63a5\u6536\u5230|\u63a5\u6536){_EVER}(?:\u548c\u5904\u7406|\u5e76\u5904\u7406)?)?{_ANY}"
                      "(?:\u653f\u5e9c\u4fe1\u606f)?\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u7684)?"
                      "(?:(?:\u653f\u5e9c)?\u4fe1\u606f\u7684\u7533\u8bf7\u4ef6?|(?:\u653f\u5e9c\u4fe1\u606f)?(?:\u7684)?(?:\u529e\u7406(?=\u4e8b\u9879|\u60c5\u51b5|\u4ef6)|\u5f00\u5c55(?=\u60c5\u51b5))?"
                      "(?:\u7533\u8bf7(?:\u4ef6|\u60c5\u51b5|\u4e8b\u9879)?|\u4e8b\u9879(?:\u7533\u8bf7)?|\u4e8b\u5b9c|\u9879\u76ee|\u529e?\u4ef6|\u60c5\u51b5))?(?:\u7684?\u8bf7\u6c42)?$|"
                      f"^{NEG}(?:\u6536\u5230|\u63a5\u5230|\u63a5\u6536\u5230|\u63a5\u6536){_EVER}{_ANY}"
                      "(?:(?:(?:\u8981\u6c42|\u63d0\u51fa)?\u516c\u5f00|\u83b7\u53d6(?:\u76f8\u5173)?)\u653f\u5e9c\u4fe1\u606f(?:\u7684)?\u7533\u8bf7\u4ef6?|\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c)?\u4fe1\u606f(?:\u7684)?(?:\u8981\u6c42|\u8bf7\u6c42|\u8bc9\u6c42)|"
                      "(?:\u653f\u5e9c\u4fe1\u606f)?\u4f9d\u7533\u8bf7\u516c\u5f00(?:(?:\u653f\u5e9c)?\u4fe1\u606f)?(?:\u7684)?(?:\u7533\u8bf7\u4ef6?|\u4e8b\u9879|\u4e8b\u5b9c|\u4ef6|\u60c5\u51b5|\u9879\u76ee|\u8981\u6c42|\u8bc9\u6c42|(?<=\u4f9d\u7533\u8bf7\u516c\u5f00)\u4fe1\u4ef6)?"
                      "|\u4f9d\u7533\u8bf7\u516c\u5f00\u7684(?:\u653f\u5e9c)?\u4fe1\u606f(?:\u516c\u5f00)?(?:\u7684)?\u7533\u8bf7\u4ef6?"
                      "|\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c\u4fe1\u606f)?(?:\u7684)?(?:\u529e\u7406)?\u4e8b\u9879"
                      "|\u7533\u8bf7(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u7684)?(?:\u529e\u7406)?\u4e8b\u9879"
                      "|\u7533\u8bf7\u516c\u5f00\u653f\u5e9c\u4fe1\u606f(?:\u7684)?\u9879\u76ee"
                      "|(?:\u653f\u5e9c)?\u4fe1\u606f\u7533\u8bf7\u516c\u5f00\u4ef6?)$|"
                      f"^{NEG}\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c|\u653f\u52a1)?\u4fe1\u606f(?:\u7684)?\u60c5\u51b5$")
"""未收到(任何)(政府)信息公开(的)申请(事项|(的)情况) (收到, 接到, 接收(到)), 未收到和处理(并处理)政府信息公开申请(情况), 没有收到和处理依申请公开办理情况 (the words of the form's
own heading, 三、收到和处理政府信息公开申请情况, denied whole; 申请的情况 as 申请情况: 2019年我镇没有收到和处理政府信息公开申请的情况,
赞皇县 某镇 2019 — the clause still ends there, …申请的答复情况 is not read); 没有收到《(政府)信息公开申请表》 (the form a request is
made on: none handed in); 没有收到依申请公开(政府信息)(的)(申请|事项|事宜|件)(的请求: 请求 for 申请, 沿江街道 2024); 无政府信息公开申请;
没有依申请公开政府信息情况; 未收到依申请公开申请事项 (凤阳县中都街道 2023: 申请事项 as 信息公开申请事项
is); 未收到依申请公开事项申请 (requests for the matters disclosed on request: 来宾市卫健委
2023); 无(政府信息)依申请公开(政府信息)办理情况/事项 (no request to handle: 朋普镇 2024, 无政府信息依申请
公开办理情况; 办理 only before 情况 or 事项; so is 开展, before 情况: 无依法申请公开开展情况, 扶风县水利局 2020 —
no such work carried out); 未收到(要求)公开政府信息(的)申请(件) (without 的: 青川县 部门 2023, 未收到公开政府信息申请; 申请件 for 申请: 未接到要求公开
政府信息的申请件, 渠县行政审批局 2019), 未收到申请公开政府信息(的)要求/请求 (请求 as 依申请公开的请求: 没有收到…申请公开政府信息的请求, 剑河县敏洞乡 2022), 未收到申请公开(政府信息)(的)(办理)事项 (办理事项 as the counts name them: 未收到申请公开政府信息办理事项, 泾源县大湾乡 2021; 项目 as 事项, after 政府信息 only: 未接到公民、法人和其他组织申请公开政府信息项目,
西乡县文旅局 2019), and so 申请(政府)信息公开(的)(办理)事项, the same words turned (未收到申请政府信息公开事项, 延安市人防办
2021: the matters applied for, 政府信息公开, as 依申请政府信息公开 names the requests) (the
requests named by what they ask for, after a verb: never 无…公开政府信息 alone), 未收到获取(相关)政府信息的申请 (the
条例's own words, 申请获取相关政府信息), 未收到申请公开信息要求, 未收到依申请公开要求; 未收到依申请公开(政府)信息
(情况) (after the verb 收到, what is received is requests: 未收到依申请公开信息, 未有收到依申请公开信息情况); after
the verb, (政府信息)依申请公开 too (未收到政务信息依申请公开要求, 汉台区东大街街道 2020 — the verb required, since
无政府信息依申请公开要求 may say no rule required any); 申请件 for 申请 (a request counted as an item: 未收到依申请公开政府信息申请件, 乌恰县吾合沙鲁乡 2021; 未收到政府信息公开申请件); 办件 for 件 after 依申请公开 (a request as a
case to handle, 办件 as the counts' 办理件: 我办未收到依申请公开办件, 蚌埠市人防办 2021); 未收到依申请公开的(政府)信息
(的)申请(件) (甘州区东街街道 2023: the request named last, so no information given is meant), and so 依申请公开的(政府)信息公开申请 (the
request's own name, 政府信息公开申请, after 依申请公开的: 2025年白驼镇没有收到依申请公开的政府信息公开申请, 清水县白驼镇 2025);
not 无依申请公开(的)
政府信息, nor 未收到依申请公开的政府信息 (no information given on request: requests refused say the same).
After the verb too: 提出公开政府信息的申请 (未接到提出公开政府信息的申请, 通榆县团结乡 2020: ``ASKING``'s words, which a
count reads) and 依申请公开申请情况 (未收到和处理依申请公开申请情况, 乌审旗信访局 2024, as 政府信息公开申请情况) — never
公开信息 nor 申请 alone, nor 公开申请 (未收到过公开申请, 利州区教育局 2019: without 政府信息 or 依申请, not sure to be
the requests). Without a verb, 无申请公开(政府/政务)信息(的)情况 (2024年度我单位无申请公开政府信息情况, 集宁区农牧水利局
2024; 我镇无申请公开政务信息情况, 琼山区三门坡镇 2023): no case of anyone applying for disclosure, 申请 right after
the none and 情况 closing it — never 无申请公开的政府信息 (的 before 政府信息: no information given on request) nor
无申请公开政府信息 without 情况.
Also 依申请公开项目 as 依申请公开事项 (2021年度,阿拉腾敖包镇无依申请公开项目: 阿右旗 2021), 依申请公开(政府)信息的申请(件)
without the verb (全年没有公民、法人和其它组织提出依申请公开信息的申请, 青川县 部门 2021: ``EVERYONE`` takes out who
applied, 申请 last names the requests), and after the verb 诉求 as 要求 (未收到…依申请公开诉求, 葫芦岛市教育局 2022;
未收到申请公开政府信息的诉求) — 无依申请公开诉求, with no verb, stays unread as 无…依申请公开要求 does.
After the verb too, (政府)信息申请公开(件): the request's name with its words turned (本年度未收到政府信息申请公开, 岚皋县民主镇
2024; 上饶市政府 2022 counts 政府信息申请公开件 so) — not without the verb (无政府信息申请公开 may say no information was
asked for), nor with more words after it (…申请公开的答复).
After the verb too, 信件 right after 依申请公开 (我局2022年未收到依申请公开信件, 昌江区民政局 2022; 杨庄街道 2021), as a count
names the requests by the letters they came in (``WHAT``: 共收到依申请公开信件2件) — never 信件 alone, 公开信件 (an open
letter), 依申请公开的信件 nor a kind of letter (线下信件: a part). And 办理件 as 办理事项 (未收到政府信息依申请公开办理件,
高坪区市场监管局 2021: no request came in to be handled), as a count reads 依申请公开办件0条."""
NONE_CARRIED_IN = re.compile(f"^{NEG}{CARRIED_IN_VERB}(?:\u7684)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u516c\u5f00)?"
                             "(?:\u7533\u8bf7)?(?:\u4e8b\u9879|\u4ef6)?$")
"""无上年结转(的)(政府信息公开)(申请)."""
_REQUESTS_AFTER = "(?:\u7684)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u516c\u5f00)?(?:\u7533\u8bf7)?(?:\u4e8b\u9879|\u4ef6)?$"
LAST_YEAR_NONE_CARRIED = re.compile(f"^\u4e0a\u4e00?\u5e74\u5ea6?{NEG}(?:\u7ed3\u8f6c|\u8f6c\u7ed3){_REQUESTS_AFTER}")
"""上年无结转 (上(一)年(度), 无 没有 未…; 转结): the year before carried none over — 二 is 0, said with the year
first (襄州区水利局 2024: 新收到…2件,上年无结转,已办理2件,无结转下年度)."""
NONE_CARRIED_OUT = f"^{NEG}" + VERBS[CARRIED_OUT] + _REQUESTS_AFTER
"""无结转下年度(的)(申请) (没有 未…; 结转至下年, 转入{next}年…): none carried over into next year — 四 is 0."""
NONE_CARRIED_BOTH = (f"^{NEG}(?:\u4e0a\u4e00?\u5e74\u5ea6?{CARRY}|\u7ed3\u8f6c\u4e0a\u4e00?\u5e74\u5ea6?)(?:\u7684)?"
                     f"(?:\u548c|\u53ca|\u4ee5\u53ca|\u4e0e|\u3001){CARRY}(?:\u81f3|\u5230|\u5165)?(?:\u4e0b\u4e00?\u5e74\u5ea6?|{{next}}\u5e74\u5ea6?)"
                     "(?:\u7684)?(?:(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00|(?:\u653f\u5e9c\u4fe1\u606f)?\u4f9d\u7533\u8bf7\u516c\u5f00)?"
                     "(?:\u7684)?(?:\u7533\u8bf7)?(?:\u4e8b\u9879|\u4ef6)?$")
"""没有上年接转和接转下年的依申请公开事项 (东台市文广旅局 2023; 无 未 没有…; 上(一)年(度) 结转/转结/接转, or 结转上年度; 和 及 以及 与 、;
结转/转结/接转 (至 到 入) 下(一)年(度) or {next}年; (的)((政府)信息公开 | (政府信息)依申请公开)(的)(申请)(事项|件)): one none of
both carried-over rows, the whole clause — 二 is 0 and 四 is 0. Not without the none's word (上年结转和结转下年的申请已办结), nor
with a figure or any other word (没有上年接转和接转下年的依申请公开事项未办结: the clause does not end there)."""


LISTED_WAYS = re.compile(f"(?<=\u6536\u5230|\u63a5\u5230)(?:\u901a\u8fc7)?{FORM_WORD}(?:\u3001{FORM_WORD})+\u7b49"
                          "(?:\u65b9\u5f0f|\u6e20\u9053|\u9014\u5f84|\u5f62\u5f0f)(?:\u63d0\u51fa|\u63d0\u4ea4|\u9012\u4ea4)?(?:\u7684)?")
"""收到通过受理电话、网络平台、来信等方式提出的 (雅满苏镇 2022; 渠道 途径 形式 for 方式): two ways of applying or more,
then 等 — in a none only, where the organ denies any request by the ways it lists "and so on", every one at once. A
count so worded (通过信函、网络等渠道收到5件) may be those channels' alone, and is not read (``requests_in`` takes such
a clause as a none or nothing); one way before 等 (通过网络等方式) is not a list."""


def denies_new(clause: str, year: int) -> bool:
    """The clause says, whole, that no request came in (没有收到政府信息公开申请): after 其中 too, since a
    count's part never denies every request — with nothing narrowing it (未收到法人…申请 stays unread)."""
    clause = EVERY_CHANNEL.sub("", ANY_FORM.sub("", LISTED_WAYS.sub("", EVERYONE.sub("", plain_names(clause)))))
    if NARROW.search(YEAR.sub("", clause)):
        return False
    m = re.fullmatch("(?P<pre>.*?)(?P<rest>" + NEG + ".*)", clause)
    return m is not None and prefix_ok(m["pre"], year) and NONE_NEW.match(m["rest"]) is not None
