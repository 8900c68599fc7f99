"""The totals of 表三 and 表四 that 一、总体情况 states in words, for a copy cut before those tables.

A search excerpt or a page copied in part often stops inside 一、总体情况, whose （二）依申请公开 says
the year's requests in one sentence ("收到政府信息公开申请0件,上年结转0件,当年办结0件,结转下年度0件";
"未发生…行政复议和行政诉讼"). Those words are the only ones the copy holds of the tables, and
last year's 结转下年度 is this year's 上年结转, which the clerk imports last year's report for.

A false figure is worse than a missing one, so this is a small grammar, not a keyword hunt:

- only for 表三/表四 the copy holds none of, and whose sections hold no words (it was cut before
  them, or prints only their headings over the pictures the tables were): a copy that prints a
  table takes it from the table alone, never from these words; and only the 总计 of rows 一, 二, 三（七） and 四 and 表四's rows' 总计 — never a column of an
  applicant kind, never a result row. 三（七） (办结N件) only for a copy holding no table at all: read
  by eye over the copies reaching 表二, "办结N件" did not say whether last year's carried over were
  decided too (新收到…31件,办结28件; 受理…1件,办结1件), so a copy printing 表二 leaves it unread;
- a clause (between ，；。, or 、 between two rows' counts each whole: 新收…12件、上年结转3件) says
  one whole count: the row's own verb (收到/新收 → 一 — not 受理, which may count last year's
  carried over too; 上年结转/结转上年度 → 二; 办结/答复完毕 → 三（七）; 结转下年度 → 四), between it and the figure only the
  words that name the requests themselves, one figure in digits (or 零) with its unit, nothing after
  it (or those words after the figure: 收到2件政府信息公开申请; or, for 四 alone, the figure before
  the verb: 剩余26件结转下年度办理, …答复,1件结转下年); and nothing in the clause narrows the count
  (法人、自然人、纸质、网上、其中、以外…; a bracketed aside is taken out first, its own commas and all);
- a zero said in words only where it can mean nothing else: "未收到政府信息公开申请", "未收到任何单位
  和个人提出的…", "没有收到…", "无依申请公开情况", "无…行政复议、行政诉讼" (the whole clause negated,
  nothing narrowing it) — not "无依申请公开的政府信息" (no information given on request: refused
  requests say the same); one "none" of a list of the forms' things alone, "无依申请公开和复议、诉讼和申诉的
  情况", each of them (``overview_none_list``);
- a clause without the words 信息公开 counts only after a clause of the same sentence that named
  the requests (its subject: "收到政府信息公开申请0件,上年结转0件"; so does a count left unread for
  an aside holding last year's, 办理…申请151件(含上年结转13件),办结146件, unless narrowed; a "none" of
  appeals after one merely naming the work on requests: "做好依申请公开工作,全年未产生行政复议…"); after 其中
  a sentence says parts (only a "none" of appeals is read there), after a clause naming another year (上年度,…;
  2022年,…) or a count up to now (截至目前,…: not the year's, as of a day it does not name) nothing;
- a cell stated twice with different figures is not read.

Anything else is left unread. Each cell read is noted against its table, so the import preview
shows that table as doubtful and the clerk confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from core.forms import Form, Section, Table
from core.importers.model import ImportLog
from core.importers.overview_appeals import (
    AMOUNT,
    APPEAL_GOES_ON,
    APPEAL_WORDS,
    FIGURE,
    NEG,
    REVIEW,
    SUITS,
    UNIT,
    YEAR,
    appeal_totals,
)
from core.importers.overview_none_list import none_of_each
from core.report import IMPORTED, Origin
from core.values import Value

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = "requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total"

ACCEPTED = "accepted"
"""A count 受理 (accepted) says: the year's new requests (一) only where its sentence states 上年结转 apart
(共受理…16件,上年结转…1件; 受理…0件,2021年未转结…); alone it may hold last year's carried over
(受理…46件,办结44件), and is not read."""

_WHAT = ("(?:\u4e86)?(?:\u5404\u7c7b)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u4f9d\u7533\u8bf7)?"
         "(?:(?<=\u4f9d\u7533\u8bf7)\u653f\u5e9c\u4fe1\u606f(?=\u516c\u5f00))?"
         "(?:\u7533\u8bf7(?=\u516c\u5f00\u653f\u5e9c\u4fe1\u606f))?"
         "(?:\u516c\u5f00)?(?:(?<=\u7533\u8bf7\u516c\u5f00)(?:\u653f\u5e9c)?\u4fe1\u606f|(?<=\u516c\u5f00)\u653f\u5e9c\u4fe1\u606f(?=(?:\u7684)?\u7533\u8bf7))?"
         "(?:\u7684)?(?:\u7533\u8bf7)?(?:\u529e\u7406?(?=\u4ef6)|\u529e\u7406(?=\u4e8b\u9879))?(?:\u4ef6|\u4e8b\u9879)?(?:\u529e\u7406\u6570\u91cf|\u6570\u91cf|\u529e\u7406)?")
"""The words naming the requests between a verb and its figure: (了)(各类)(政府)(信息)(依申请)(政府信息, between
依申请 and 公开)(申请, before 公开政府信息)(公开)((政府)信息, after (依)申请公开)(的)(申请)(办理 or 办, before 件;
办理, before 事项)(件|事项)(办理数量|数量|办理): 政府信息公开申请, 政府信息依申请公开件, 依申请公开, 信息公开申请,
依申请公开政府信息 or 申请公开政府信息 (收到依申请公开政府信息84件, 收到申请公开政府信息5宗, 收到公开政府信息(的)申请1件: the requests, named by what they ask for; never 公开政府信息 alone,
which is what was published), 依申请公开信息 (收到依申请公开信息171条: 依申请 names them as requests whatever follows),
依申请政府信息公开 (共收到依申请政府信息公开3件), 办理件 or 办件 (上年度结转办理件1件, 收到依申请公开办件0条),
办理事项 (共收到依申请公开办理事项7件, 铜川市公安局 2024: the requests as matters to handle)…"""
_ASKING = ("(?:\u63d0\u51fa|\u8981\u6c42)(?:\u516c\u5f00|\u83b7\u53d6(?:\u76f8\u5173)?)"
           "\u653f\u5e9c\u4fe1\u606f\u7684\u7533\u8bf7")
"""提出/要求 公开/获取(相关) 政府信息的申请: the requests named by what they ask for, after a verb of asking, as the
figure's words (接到7条提出公开政府信息的申请) — 公开政府信息 alone is what was published."""
_PUBLIC = re.compile("\u516c\u5f00")                                            # 公开


def _names_requests(what: str) -> bool:
    """The words by a figure name the requests (not what was published): 公开 in them, or ``_ASKING``."""
    return bool(_PUBLIC.search(what)) or re.fullmatch(_ASKING, what) is not None


CARRIED_IN_VERB = "(?:\u4e0a\u4e00?\u5e74\u5ea6?(?:\u7ed3\u8f6c|\u8f6c\u7ed3)|\u7ed3\u8f6c\u4e0a\u4e00?\u5e74\u5ea6?)"
"""上(一)年(度)结转/转结, 结转上(一)年(度): the requests last year carried in (``overview_results`` reads it too)."""
_VERBS = {
    # 收到 新收 接收 接到 (共/累计 before them is the prefix's; 接到依申请公开2件: received, as 未接到 says none),
    # 收 right before (政府)信息公开申请 (全年收政府信息公开申请464件),
    # 收到并答复/并办理/并处理/和处理/和办理; never 受理 (accepted:
    # last year's carried over may be among them, 受理…46件,办结44件)
    NEW: "(?:\u6536\u5230|\u65b0\u6536|\u63a5\u6536|\u63a5\u5230|\u6536(?=(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00\u7533\u8bf7))(?:\u5e76\u7b54\u590d|\u5e76\u529e\u7406|\u5e76\u5904\u7406|\u548c\u5904\u7406|\u548c\u529e\u7406)?",
    ACCEPTED: "\u53d7\u7406(?:\u5e76\u7b54\u590d|\u5e76\u529e\u7406|\u5e76\u5904\u7406|\u548c\u5904\u7406|\u548c\u529e\u7406)?",   # 受理
    # 上年结转 上年度结转 上一年度结转 上年转结; 结转上年度 (the verb first: 结转上年度政府信息公开申请3件)
    CARRIED_IN: CARRIED_IN_VERB,
    # 办结 已办结 已全部办结 答复完毕; 办结答复/答覆 (decided and answered; 覆 kept from a traditional page);
    # 办理完成 办理完毕 (共办理完成2件: 办结 in two words)
    DECIDED: "(?:\u5df2\u5168\u90e8|\u5df2|\u5171)?(?:\u529e\u7ed3(?:\u7b54[\u590d\u8986])?|\u7b54\u590d\u5b8c\u6bd5|\u529e\u7406\u5b8c[\u6210\u6bd5])",
    # 结转下年度 结转下一年度 转下一年度 结转至下年 结转至{year+1}年, 转结下年度 (as 上年转结), …(继续)办理/答复: {next} filled in per report
    CARRIED_OUT: "(?:\u7ed3\u8f6c|\u8f6c\u7ed3|\u8f6c)(?:\u81f3|\u5230|\u5165)?(?:\u4e0b\u4e00?\u5e74\u5ea6?|{next}\u5e74\u5ea6?)"
                 "(?:\u7ee7\u7eed)?(?:\u529e\u7406|\u7b54\u590d)?",
}

_NARROW = re.compile(
    "\u6cd5\u4eba|\u81ea\u7136\u4eba|\u4f01\u4e1a|\u516c\u6c11|\u7ec4\u7ec7|\u673a\u6784|\u7eb8\u8d28|\u4e66\u9762|\u53e3\u5934|"
    "\u7f51\u4e0a|\u7f51\u7edc|\u7f51\u7ad9|\u540e\u53f0|\u5728\u7ebf|\u4fe1\u51fd|\u5f53\u9762|\u73b0\u573a|\u7535\u5b50|\u90ae\u4ef6|\u4f20\u771f|\u90ae\u5bc4|"
    "\u7535\u8bdd|\u4ee5\u5916|\u4e4b\u5916|\u9664|\u5176\u4e2d|\u6d89\u53ca|\u5173\u4e8e|\u6709\u5173|\u91cd\u590d|(?<!\u7ed3)\u8f6c\u529e|"
    "\u54a8\u8be2|\u540c\u6bd4|\u8f83|\u53bb\u5e74|\u589e\u52a0|\u51cf\u5c11|\u589e\u957f|\u4e0b\u964d|\u5b63\u5ea6|\u6708|"
    "\u534a\u5e74|\u4e0d\u4e88|\u672a\u4e88|\u8bb8\u53ef|\u5ba1\u6279|\u884c\u653f|\u590d\u8bae|\u8bc9\u8bbc|\u4e3e\u62a5|\u6295\u8bc9|"
    "\u4fe1\u8bbf|\u5efa\u8bae|\u63d0\u6848|\u70ed\u7ebf|\u7ea0\u9519|\u7ea0\u6b63|\u7ef4\u6301|\u8d25\u8bc9|\u64a4\u9500|"
    "\u7ed3\u679c|\u5ba1\u7406|\u5c1a\u672a|\u5176\u4ed6|\u5176\u5b83|\u5f62\u5f0f|\u65b9\u5f0f|\u6e20\u9053|\u5e73\u53f0|"
    "\u8865\u6b63|\u64a4\u56de|\u4ee3\u4e3a|\u6309\u65f6|\u903e\u671f|\u5ef6\u671f|\u5e73\u5747|\u6bd4\u4f8b|\u7387|%|\uff05")
"""Words that make a clause's count less than the row's whole (法人 自然人 企业 公民 组织 机构 纸质 书面
口头 网上 网络 网站 后台 在线 信函 当面 现场 电子 邮件 传真 邮寄 电话 以外 之外 除 其中 涉及 关于 有关 重复 转办 咨询
同比 较 去年 增加 减少 增长 下降 季度 月 半年 不予 未予 许可 审批 行政 复议 诉讼 举报 投诉 信访 建议 提案
热线 纠错 纠正 维持 败诉 撤销 结果 审理 尚未 其他 其它 形式 方式 渠道 平台 补正 撤回 代为 按时 逾期 延期
平均 比例 率 %; 网站后台收到…: what one channel's system took in, 南昌市新建区 2022), or of something
else (许可, 信访…), or a rate: the clause is not read. (行政/复议/诉讼 are the appeals' own words: 表四's
clauses are read by their own grammar.)"""

_EVERYONE = re.compile("(?:\u6765\u81ea)?(?:\u4efb\u4f55)?(?:\u516c\u4f17|\u516c\u6c11|\u7fa4\u4f17|\u81ea\u7136\u4eba)[\u3001\u548c\u53ca]?\u6cd5\u4eba"
                       "(?:\u548c|\u6216\u8005|\u6216|\u4ee5\u53ca|\u53ca|\u3001)\u5176\u4ed6\u7ec4\u7ec7"
                       "(?:(?:\u63d0\u51fa|\u63d0\u4ea4)(?:\u7684)?|\u5bf9|\u7684)?"
                       "|(?:\u4e2a\u4eba[\u548c\u6216\u53ca\u4e0e\u3001](?:\u7ec4\u7ec7|\u5355\u4f4d)|(?:\u7ec4\u7ec7|\u5355\u4f4d)[\u548c\u6216\u53ca\u4e0e\u3001]\u4e2a\u4eba)"
                       "(?:\u63d0\u51fa|\u63d0\u4ea4|\u9012\u4ea4)?\u7684"
                       "|(?<!\u4f9d)\u7533\u8bf7\u4eba(?:\u63d0\u51fa|\u63d0\u4ea4|\u9012\u4ea4)\u7684"
                       "|(?:\u793e\u4f1a)?\u516c\u4f17(?:\u63d0\u51fa|\u63d0\u4ea4)?(?:\u7684)?(?=(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00|\u4f9d\u7533\u8bf7)")
"""(来自)(任何)公众/公民/群众/自然人(、|和|及)法人或(者)/和/及其他组织(提出的|提交的|对|的): every kind of applicant
the 条例 names, at once (公民和法人或其他组织: 余杭区发改局 2022; 收到来自公民、法人或者其他组织对依申请公开政府信息
的申请2件: 邹城市太平镇 2024) — in a "none" (未收到公众、法人或其他组织对政府信息公开的申请) or a count its 法人/组织
narrow nothing, so it is taken out of a clause before its words are weighed (法人 alone narrows a count). So is
个人和组织(递交)的 (和 或 及 与 、; 单位 for 组织; either first; 提出 提交 递交): people and organisations, every applicant
at once (没有收到个人和组织递交的《信息公开申请表》, 平乡县寻召乡 2024) — never one of them alone. So is
申请人提出的 (提交 递交; 本年度我镇未收到申请人提出的依申请公开申请, 富县张家湾镇 2021): whoever applies. So is (社会)公众(提出)(的)
before the requests' name (收到…公众信息公开申请12条, 黄尖镇 2025): the public, every applicant at once."""
_HANDLED = re.compile("(?<=\u6536\u5230|\u65b0\u6536|\u63a5\u6536)[\u5e76\u548c]"
                      "(?:\u4f9d\u6cd5|\u59a5\u5584|\u6309\u65f6|\u53ca\u65f6|\u89c4\u8303|\u8ba4\u771f)?(?:\u7b54\u590d|\u529e\u7406|\u5904\u7406|\u529e\u7ed3)")
"""收到并(依法 妥善 按时 及时 规范 认真)(答复 办理 处理 办结) (收到并按时办结16件政府信息公开申请): what was done with the
requests received, said of them — the count is of those received, so the second verb and its manner (按时 alone narrows a
count) are taken out first; its 办结 is no 三（七）, which may hold last year's carried over."""
_ANYONE = "(?:\u5355\u4f4d[\u548c\u6216\u53ca\u4e0e\u3001]\u4e2a\u4eba(?:\u63d0\u51fa|\u63d0\u4ea4)?\u7684)"
"""单位和个人提出的 (或 及 与 、; 提交): everyone, in 未收到任何单位和个人提出的政府信息公开申请 — not a kind of applicant
(法人、自然人… narrow a count, and stay unread)."""
_EVER = "(?:\u8fc7)?"
"""收到过 (未收到过信息公开申请: a county education bureau, 2024): the verb with 过, "ever", as in 没有收到过 — the
same none, nothing narrowed."""
_ANY = "(?:\u4efb\u4f55)?(?:\u76f8\u5173)?"
"""(任何)(相关) after the verb: any, such (未收到相关政府信息公开(的)申请, 2019年 涵江区人社局; 未收到相关依申请公开信息,
汤原县政府办 2022) — 相关 points back at the paragraph's subject, the requests, and narrows nothing; tied to a
thing (与征收相关的…) it does not stand right after the verb, and is not read."""
_NONE_NEW = re.compile(f"^{NEG}(?:(?:\u6536\u5230|\u63a5\u5230|\u63a5\u6536\u5230|\u63a5\u6536){_EVER}(?:\u548c\u5904\u7406|\u5e76\u5904\u7406)?)?{_ANY}{_ANYONE}?"
                       "(?:(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u7684)?\u7533\u8bf7(?:\u4e8b\u9879|\u60c5\u51b5)?"
                       "|\u300a(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00\u7533\u8bf7\u8868\u300b)$|"
                       f"^{NEG}(?:(?:\u6536\u5230|\u63a5\u5230|\u63a5\u6536\u5230|\u63a5\u6536){_EVER}(?:\u548c\u5904\u7406|\u5e76\u5904\u7406)?)?{_ANY}"
                       "(?:\u653f\u5e9c\u4fe1\u606f)?\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u7684)?"
                       "(?:(?:\u653f\u5e9c\u4fe1\u606f)?(?:\u7684)?(?:\u529e\u7406(?=\u4e8b\u9879|\u60c5\u51b5))?"
                       "(?:\u7533\u8bf7|\u4e8b\u9879(?:\u7533\u8bf7)?|\u4e8b\u5b9c|\u4ef6|\u60c5\u51b5))?(?:\u7684?\u8bf7\u6c42)?$|"
                       f"^{NEG}(?:\u6536\u5230|\u63a5\u5230|\u63a5\u6536\u5230|\u63a5\u6536){_EVER}{_ANY}"
                       "(?:(?:(?:\u8981\u6c42)?\u516c\u5f00|\u83b7\u53d6(?:\u76f8\u5173)?)\u653f\u5e9c\u4fe1\u606f\u7684\u7533\u8bf7|\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c)?\u4fe1\u606f(?:\u7684)?\u8981\u6c42|"
                       "\u4f9d\u7533\u8bf7\u516c\u5f00(?:(?:\u653f\u5e9c)?\u4fe1\u606f)?(?:\u7684)?(?:\u7533\u8bf7|\u4e8b\u9879|\u4e8b\u5b9c|\u4ef6|\u60c5\u51b5|\u8981\u6c42)?"
                       "|\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c\u4fe1\u606f)?(?:\u7684)?\u4e8b\u9879)$")
"""未收到(任何)(政府)信息公开(的)申请(事项|情况) (收到, 接到, 接收(到)), 未收到和处理(并处理)政府信息公开申请(情况), 没有收到和处理依申请公开办理情况 (the words of the form's
own heading, 三、收到和处理政府信息公开申请情况, denied whole); 没有收到《(政府)信息公开申请表》 (the form a request is
made on: none handed in); 没有收到依申请公开(政府信息)(的)(申请|事项|事宜|件)(的请求: 请求 for 申请, 沿江街道 2024); 无政府信息公开申请;
没有依申请公开政府信息情况; 未收到依申请公开事项申请 (requests for the matters disclosed on request: 来宾市卫健委
2023); 无(政府信息)依申请公开(政府信息)办理情况/事项 (no request to handle: 朋普镇 2024, 无政府信息依申请
公开办理情况; 办理 only before 情况 or 事项); 未收到(要求)公开政府信息的申请, 未收到申请公开政府信息(的)要求, 未收到申请公开(政府信息)(的)事项 (the
requests named by what they ask for, after a verb: never 无…公开政府信息 alone), 未收到获取(相关)政府信息的申请 (the
条例's own words, 申请获取相关政府信息), 未收到申请公开信息要求, 未收到依申请公开要求; 未收到依申请公开(政府)信息
(情况) (after the verb 收到, what is received is requests: 未收到依申请公开信息, 未有收到依申请公开信息情况); not 无依申请公开(的)
政府信息, nor 未收到依申请公开的政府信息 (no information given on request: requests refused say the same)."""
_ANY_FORM = re.compile("(?<=\u6536\u5230|\u63a5\u5230)\u4efb\u4f55\u5f62\u5f0f(?:\u7684)?")
"""收到任何形式的 (未收到任何形式的申请公开信息要求): no request in any form, the whole count denied — its 形式 narrows
nothing, so it is taken out before a clause's words are weighed (形式 alone narrows a count: 以信函形式…)."""
_NONE_CARRIED_IN = re.compile(f"^{NEG}{_VERBS[CARRIED_IN]}(?:\u7684)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u516c\u5f00)?"
                              "(?:\u7533\u8bf7)?(?:\u4e8b\u9879|\u4ef6)?$")
"""无上年结转(的)(政府信息公开)(申请)."""
_REQUESTS_AFTER = "(?:\u7684)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u516c\u5f00)?(?:\u7533\u8bf7)?(?:\u4e8b\u9879|\u4ef6)?$"
_LAST_YEAR_NONE_CARRIED = re.compile(f"^\u4e0a\u4e00?\u5e74\u5ea6?{NEG}(?:\u7ed3\u8f6c|\u8f6c\u7ed3){_REQUESTS_AFTER}")
"""上年无结转 (上(一)年(度), 无 没有 未…; 转结): the year before carried none over — 二 is 0, said with the year
first (襄州区水利局 2024: 新收到…2件,上年无结转,已办理2件,无结转下年度)."""
_NONE_CARRIED_OUT = f"^{NEG}" + _VERBS[CARRIED_OUT] + _REQUESTS_AFTER
"""无结转下年度(的)(申请) (没有 未…; 结转至下年, 转入{next}年…): none carried over into next year — 四 is 0."""

ANOTHER_TIME_WORDS = "\u53bb\u5e74|\u524d\u5e74|\u4e0a\u4e00?\u5e74|\u540c\u671f|\u5f80\u5e74|\u76ee\u524d|\u81f3\u4eca"
_ANOTHER_TIME = re.compile(ANOTHER_TIME_WORDS)
"""去年 前年 上(一)年 同期 往年 (and a year not the report's, put as 去年): a clause naming another time;
目前 至今 (截至目前,2022年我区…接收政府信息公开申请13件): a count up to a day not named, not the year's."""


@dataclass(frozen=True)
class Said:
    address: str
    value: int
    said: str
    """The sentence the figure is in, as the copy prints it (for the clerk's checking)."""
    clause: str
    """The clause of it saying the figure (what the cell's origin quotes: a sentence can be long)."""


def overview_counts(form: Form, absent: list[Table], texts: Mapping[str, str], year: int) -> dict[str, list[Said]]:
    """Per table of ``absent`` (tables the copy holds none of) whose section holds no words either —
    a copy cut before it, or a page whose table is a picture under its heading (the report's own
    words about the year are as sure there, and the table is shown as doubtful for confirmation) —
    the totals 一、总体情况 states for sure, in the form's order. A copy that prints some table (表二,
    or 表三 without 表四) is read for the tables it lacks alone, and without 三（七）: its cut copies'
    words were checked by a person, cell by cell (issue 17), and "办结N件" was not the year's whole."""
    some_table = len(absent) < len(form.tables)
    overview = form.sections[0] if form.sections else None
    wanted = {t.id: [a for a in _totals(t) if a in form.cells and not (some_table and a == DECIDED)]
              for t in absent if t.id in ("requests", "appeals")
              and not written(form.section(t.section), texts)}
    wanted = {k: v for k, v in wanted.items() if v}
    if overview is None or not wanted:
        return {}
    found: dict[str, set[int]] = {}
    words: dict[str, str] = {}
    clauses: dict[str, str] = {}
    said = sentences(section_text(overview, texts))
    for at, sentence in enumerate(said):
        read = _read_clauses(sentence, year)
        if at + 1 < len(said) and _PARTS_HOLD_CARRIED.match(said[at + 1]):
            read = [r for r in read if r[0] != NEW]      # …94件。其中,予以公开76件(含上年结转5件)…
        for address, value, clause in read:
            found.setdefault(address, set()).add(value)
            words.setdefault(address, sentence)
            clauses.setdefault(address, clause)
    out: dict[str, list[Said]] = {}
    for table_id, addresses in wanted.items():
        out[table_id] = [Said(a, next(iter(found[a])), words[a], clauses[a]) for a in addresses
                         if len(found.get(a, ())) == 1]
    return out


def _totals(table: Table) -> tuple[str, ...]:
    return (NEW, CARRIED_IN, DECIDED, CARRIED_OUT) if table.id == "requests" else (REVIEW, *SUITS)


def written(section: Section, texts: Mapping[str, str]) -> bool:
    return any(texts.get(k, "").strip() for k in [section.id, *(s.id for s in section.subsections)])


def section_text(section: Section, texts: Mapping[str, str]) -> str:
    return "\n".join(texts[k] for k in [section.id, *(s.id for s in section.subsections)] if texts.get(k))


_RUN_ON_HEADING = re.compile("^[(\uff08][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,2}[)\uff09]"
                             "(?:[^\uff0c,\uff1b;\uff1a:\\d]*?(?:\u60c5\u51b5|\u65b9\u9762)|(?:\u4f9d\u7533\u8bf7\u516c\u5f00|\u4e3b\u52a8\u516c\u5f00)"
                             "(?!\u60c5\u51b5|\u65b9\u9762|\u5de5\u4f5c|\u653f\u5e9c|\u4fe1\u606f|\u7684|\u4e8b\u9879|\u529e\u7406)"
                             "|\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u529e\u7406|\u5de5\u4f5c)(?=\u5168\u5e74|\u672c\u5e74|\u4eca\u5e74|\\d{4}\u5e74))"
                             "(?=[^\uff0c,\uff1b;\uff1a:])")
"""A subsection's heading run on into its first sentence, as a PDF joins the heading's line to the
paragraph under it: （二）依申请公开情况2023年我镇未收到… / （二）依申请公开全年无… — its words up to the
first 情况 or 方面 (no figure, no clause's end), or the subsection's own name alone (依申请公开, 主动公开:
not 依申请公开工作…, 依申请公开政府信息…, whose heading goes on), or 依申请公开办理/工作 where the
sentence's time follows (（二）依申请公开办理全年共收到…, 亳州市政府办公室 2025: 全年 本年 今年 2025年). A copy
printing the heading on a line of its own reads it as a sentence apart: so does this one."""


def sentences(text: str) -> list[str]:
    """Sentences (ended by 。！？; or a line's end), their spaces taken out (已办 结 20 件), 年 put back after an opening
    year that lost it (2023全年…, 2024共…), a heading run on into the first of them taken off."""
    out = []
    for line in text.splitlines():
        for s in re.split("[\u3002\uff01\uff1f!?]", line):
            s = re.sub("^((?:19|20)\\d{2})(?=\u5168\u5e74|\u5171)", "\\1\u5e74", re.sub(r"\s+", "", s))  # 2023全年: 2023年全年
            if m := _RUN_ON_HEADING.match(s):
                out.append(s[:m.end()])
                s = s[m.end():]
            if s:
                out.append(s)
    return out


def _read_sentence(sentence: str, year: int) -> list[tuple[str, int]]:
    return [(a, v) for a, v, _ in _read_clauses(sentence, year)]


_ASIDE_OF_ROWS = re.compile("\u542b|\u5305\u62ec|\u4e0a\u4e00?\u5e74|\u4e0b\u4e00?\u5e74|\u7ed3\u8f6c|\u8f6c\u7ed3|"
                            "\u65b0\u6536|\u529e\u7ed3|\u53d7\u7406")
"""An aside that splits a count among the form's rows, or says what it holds (含 包括 上年 下年 结转 转结
新收 办结 受理): the count before it then is no row's alone, and its clause is left unread."""
_NOT_ALONE = "\u2063"
"""Put where such an aside stood, so its clause is known after the sentence is cut."""


_PARTS_HOLD_CARRIED = re.compile(f"\u5176\u4e2d.*?(?:\u542b|\u5305\u62ec){CARRIED_IN_VERB}")
"""其中…(含/包括上年结转5件): the parts a count is broken into hold last year's carried over (共收到…申请94件。其中,
予以公开76件(含上年结转5件)…, 贵州省财政厅 2025), so the count is no row's alone: its 收到 is not 一 (in the
same sentence, or when the next one begins with those parts)."""


_ON_REQUESTS = re.compile("\u4f9d\u7533\u8bf7\u516c\u5f00|\u4fe1\u606f\u516c\u5f00\u7533\u8bf7")
"""依申请公开 / 信息公开申请: a clause naming the work on requests, read or not (认真做好依申请公开政府信息工作):
after it in the sentence a "none" of appeals (全年未产生行政复议和行政诉讼情况, 剑阁县杨村镇 2024) is of that work —
a none only, a figure of appeals may count others'."""


_ROW_AFTER_ROW = ("(?<=\\d[\u4ef6\u6761\u4e2a\u4efd\u5b97\u4f8b\u8d77\u6b21])\u3001(?=(?:"
                  + "|".join(_VERBS[a] for a in (NEW, CARRIED_IN, DECIDED, CARRIED_OUT))
                  + f")(?:{_WHAT}){AMOUNT}(?:\\d+|\u96f6){UNIT}(?:[\uff0c,\uff1b;\uff1a:\u3001]|$))")
"""新收…1852件、上年度结转101件 (四川省自然资源厅 2023): a count, 、, and the next row's own count (its verb,
the requests' words, a figure, then the clause's end) — two clauses joined by the enumeration comma, each
read as if a comma stood there. Anything else after the 、 keeps one clause (答复…3件、纸质申请36件; 已办结0件、
办结率100%: a rate, 桐梓县交通运输局 2024)."""


_LIST_NUMBER = re.compile("^\\d{1,2}\u3001(?=\\D)")
"""5、…: a listed item's number (the pre-2019 layout kept as a list in 一、总体情况), no figure of it."""
_ITEM_NONE = re.compile("(?P<item>[^\uff0c,\uff1b;\uff1a:]*(?:\u884c\u653f\u590d\u8bae|\u884c\u653f\u8bc9\u8bbc)"
                        "[^\uff0c,\uff1b;\uff1a:]*?)(?:\u7684)?\u60c5\u51b5[\uff1a:](?:\u65e0|\u6ca1\u6709)")
"""因…行政复议、提起行政诉讼的情况：无 (or 没有) — the item answered "none" as a whole, said as 无因…行政复议、
提起行政诉讼: read by the appeals' own grammar (its narrowing words too: 被纠错的情况：无 stays unread)."""


def _read_clauses(sentence: str, year: int) -> list[tuple[str, int, str]]:
    """The cells a sentence states, with the clause saying each, clause by clause; a clause without
    the words 信息公开 only after one that named the requests, or appeals over disclosure read from it
    (the sentence's subject)."""
    out: list[tuple[str, int, str]] = []
    subject = parts = denied = topic = False     # denied: the clause before said no appeal was made
    sentence = whole = _LIST_NUMBER.sub("", sentence)
    if m := _ITEM_NONE.fullmatch(sentence):
        sentence = "\u65e0" + m["item"]
    # (…) asides, taken out before the sentence is cut: one holding its own commas (…44件(其中:网上申请
    # 42件,邮寄2件),上年度结转0件…) would otherwise be cut across clauses, its 其中 making every count after it a part
    sentence = re.sub("[\uff08(]([^\uff08(\uff09)]*)[\uff09)]",
                      lambda m: _NOT_ALONE if _ASIDE_OF_ROWS.search(m[1]) else "", sentence)
    for clause in re.split("[\uff0c,\uff1b;\uff1a:]|" + _ROW_AFTER_ROW.replace("{next}", str(year + 1)), sentence):
        goes_on, denied = denied, False
        on_requests, topic = topic, topic or _ON_REQUESTS.search(clause) is not None
        clause = re.sub("[\uff08(][^\uff09)]*[\uff09)]", "", clause)        # (…) asides
        parts = parts or "\u5176\u4e2d" in clause
        if _NOT_ALONE in clause:  # 5件(含上年结转2件): that count is no row's alone, but its requests the subject
            bare = YEAR.sub(lambda y: "" if int(y[1]) == year else "\u53bb\u5e74", clause)
            subject = subject or (not parts and bool(_PUBLIC.search(clause)) and not _NARROW.search(bare)
                                  and not _ANOTHER_TIME.search(bare))
            continue
        named = bool(_PUBLIC.search(clause))
        if parts:         # 其中…: what follows are parts of a count, whatever their verbs; only a
            if "\u5176\u4e2d" not in clause:      # "none" of appeals (未发生行政复议) is no part of one
                out.extend((a, v, clause) for a, v in appeal_totals(clause, year, named or subject, only_none=True))
                if _denies_new(clause, year):      # nor one of requests, whole (…其中,工作动态75条;没有收到政府信息公开申请)
                    out.append((NEW, 0, clause))
            continue
        listed = none_of_each(clause, named or subject)
        if listed is not None and _prefix_ok(listed[0], year) and not re.search("\u672a|\u6ca1\u6709|\u65e0", listed[0]):
            subject = subject or named                  # 无依申请公开和复议、诉讼和申诉的情况: each denied
            denied = any(a != NEW for a, _ in listed[1])
            out.extend((a, v, clause) for a, v in listed[1])
            continue
        read = _requests(clause, year, named or subject)
        if read:
            subject = subject or named
            out.extend((a, v, clause) for a, v in read)
            continue
        appeals = appeal_totals(clause, year, named or subject)
        if not appeals and on_requests:     # 做好依申请公开工作,全年未产生行政复议和行政诉讼: a none, of that work
            appeals = appeal_totals(clause, year, True, only_none=True)
        if not appeals and goes_on and APPEAL_GOES_ON.fullmatch(clause):
            appeals = [(a, 0) for a in ([REVIEW] if APPEAL_WORDS[0] in clause else list(SUITS))]
        denied = bool(appeals) and not re.search(r"\d", YEAR.sub("", clause))
        subject = subject or (named and bool(appeals))     # 因政府信息公开引起的行政复议…20件,…,全年未引起行政诉讼
        out.extend((a, v, clause) for a, v in appeals)
        if not appeals and _ANOTHER_TIME.search(YEAR.sub(lambda y: "" if int(y[1]) == year else "\u53bb\u5e74", clause)):
            break             # 上年度,我局收到…5件 / 2022年,收到…: what follows is another year's
    apart = any(a == CARRIED_IN for a, _, _ in out)        # (ACCEPTED: new only beside 上年结转)
    if _PARTS_HOLD_CARRIED.search(whole):
        out = [r for r in out if r[0] not in (NEW, ACCEPTED)]
    return [(NEW if a == ACCEPTED else a, v, c) for a, v, c in out if a != ACCEPTED or apart]


_OTHER_VERB = re.compile("\u529e|\u7b54\u590d|\u5904\u7406|\u7ed3\u8f6c|\u8f6c\u7ed3|\u6536\u5230|\u53d7\u7406|"
                         "\u516c\u5f00|\u63d0\u4f9b|\u4e88\u4ee5")
"""A verb before the clause's own (办结上年结转申请1件: 办 结转; 答复 处理 收到 受理 公开 提供 予以): the
figure is that verb's, not the row's."""
_OFFICE = re.compile("[\u6211\u672c]\u529e(?![\u7406\u7ed3])|\u529e\u516c\u5ba4|\u529e\u4e8b\u5904")
"""我办 / 本办 / 办公室 / 办事处: an office naming itself, the clause's subject (本年度我办共收到…84件; 2025年区政府办公室共
收到…32件, 临潼区政府办 2025; 2025年度,某某街道办事处收到…21件; 2022年经纬街道办事处未接收到…, 道里区 2022), not the
verb 办 (办理, 办结) whose figure would be another count's."""


def _prefix_ok(prefix: str, year: int) -> bool:
    """What may stand before a clause's verb: its time and subject (2023年我街道共, 本年度, 全年),
    no other year, no figure, nothing narrowing the count."""
    if any(int(y) != year for y in YEAR.findall(prefix)):
        return False
    bare = YEAR.sub("", prefix)
    return not re.search(r"\d", bare) and not _NARROW.search(bare) and not _OTHER_VERB.search(_OFFICE.sub("", bare)) \
        and not _ANOTHER_TIME.search(bare) and len(bare) <= 16


def _requests(clause: str, year: int, about_requests: bool) -> list[tuple[str, int]]:
    clause = _ANY_FORM.sub("", _EVERYONE.sub("", _HANDLED.sub("", clause)))
    if _NARROW.search(YEAR.sub("", clause)):
        return []
    for address, verb in _VERBS.items():
        verb = verb.replace("{next}", str(year + 1))
        m = re.fullmatch(f"(?P<pre>.*?){verb}(?P<what>{_WHAT}){AMOUNT}{FIGURE}", clause)
        if m is None:     # the figure before the words naming the requests: 收到2件政府信息公开申请
            m = re.fullmatch(f"(?P<pre>.*?){verb}{AMOUNT}{FIGURE}(?P<what>{_WHAT}|{_ASKING})", clause)
            m = m if m is not None and _names_requests(m["what"]) else None
        if m is None and address == CARRIED_OUT:      # the figure before the verb: 剩余26件结转下年度办理
            m = re.fullmatch(f"(?P<pre>.*?){FIGURE}(?P<what>{_WHAT})(?:\u5df2)?{verb}", clause)
        if m is None or not _prefix_ok(m["pre"], year) or re.search("\u672a|\u6ca1\u6709|\u65e0", m["pre"]):
            continue
        if address in (NEW, ACCEPTED) and not _names_requests(m["what"]):
            continue                  # 收到申请5件: whose requests is not said by the clause itself
        if address not in (NEW, ACCEPTED) and not (about_requests or _names_requests(m["what"])):
            continue
        return [(address, 0 if m["n"] == "\u96f6" else int(m["n"]))]
    if re.fullmatch(f"{year - 1}\u5e74\u5ea6?{NEG}(?:\u7ed3\u8f6c|\u8f6c\u7ed3)(?:\u7684)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?"
                    "(?:\u516c\u5f00)?(?:\u7533\u8bf7)?(?:\u4e8b\u9879|\u4ef6)?", clause) \
            and _PUBLIC.search(clause):
        return [(CARRIED_IN, 0)]      # 2021年未转结政府信息公开申请 (a 2022 report): none carried in
    if about_requests and (m := re.fullmatch("(?P<pre>.*?)(?P<rest>\u4e0a.*)", clause)) \
            and _prefix_ok(m["pre"], year) and _LAST_YEAR_NONE_CARRIED.match(m["rest"]):
        return [(CARRIED_IN, 0)]
    m = re.fullmatch("(?P<pre>.*?)(?P<rest>" + NEG + ".*)", clause)
    if m is None or not _prefix_ok(m["pre"], year):
        return []
    if _NONE_NEW.match(m["rest"]):
        return [(NEW, 0)]
    if about_requests and _NONE_CARRIED_IN.match(m["rest"]):
        return [(CARRIED_IN, 0)]
    if about_requests and re.match(_NONE_CARRIED_OUT.replace("{next}", str(year + 1)), m["rest"]):
        return [(CARRIED_OUT, 0)]
    return []


def _denies_new(clause: str, year: int) -> bool:
    """The clause says, whole, that no request came in (没有收到政府信息公开申请): after 其中 too, since a
    count's part never denies every request — with nothing narrowing it (未收到法人…申请 stays unread)."""
    clause = _ANY_FORM.sub("", _EVERYONE.sub("", clause))
    if _NARROW.search(YEAR.sub("", clause)):
        return False
    m = re.fullmatch("(?P<pre>.*?)(?P<rest>" + NEG + ".*)", clause)
    return m is not None and _prefix_ok(m["pre"], year) and _NONE_NEW.match(m["rest"]) is not None


def read_overview(form: Form, absent: list[Table], texts: Mapping[str, str], year: int,
                  source: str, cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str],
                  log: ImportLog) -> None:
    """Fill the cells ``overview_counts`` finds that are still missing, each with the sentence it
    came from, and one note per table (the import preview's reason to show it as doubtful)."""
    for table_id, said in overview_counts(form, absent, texts, year).items():
        said = [s for s in said if s.address in missing or s.address not in cells]
        for s in said:
            cells[s.address] = s.value
            # the cell's origin, kept in the project: the file and the words the figure was read from
            origins[s.address] = Origin(IMPORTED, f"{source}，从正文读取：“{s.clause}”")
            log.read[s.address] = f"从正文读取：“{s.said}”"
            missing.pop(s.address, None)
            log.missing.pop(s.address, None)
        if said:
            name = form.table(table_id).name
            items = "；".join(f"{form.label(s.address).removeprefix(name).strip()} 为 {s.value}（“{s.said}”）"
                             for s in said)
            log.note(f"原文中没有{name}的表格（复制不完整），按“一、总体情况”的文字读取了 {len(said)} 项：{items}。"
                     "其余单元格标为未读取，请对照原文核对")
