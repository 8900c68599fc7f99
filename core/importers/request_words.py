"""The words 一、总体情况 names the year's requests by, for ``overview_counts``: each row's verb, the words
naming the requests between a verb and its figure, the words narrowing a count, and the ways a "none"
is said (``request_nones``: the nones' own patterns). Kept apart from the grammar that weighs a clause, so that other
readers of the overview's words (``overview_results``, ``overview_normative``) share one vocabulary of another time and
of 上年结转. What may stand before a row's verb (``prefix_ok``, ``before_verb_ok``) is here too, so that
``overview_counts`` keeps to the grammar that weighs a clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

import core.template_prose as meaning
from core.importers.overview_appeals import AMOUNT, APPROXIMATE, NEG, SUBORDINATE, UNIT, YEAR
from core.importers.stated import own_span_out

NEW, CARRIED_IN, DECIDED, CARRIED_OUT = meaning.NEW_REQUESTS, meaning.CARRIED_IN, meaning.DECIDED_TOTAL, meaning.CARRIED_OUT
"""What a count says (the form's cell for each is the template's: ``Form.prose_cells``)."""

ACCEPTED = "accepted"
"""A count 受理 (accepted) says: the year's new requests (一) only where its sentence states 上年结转 apart
(共受理…16件,上年结转…1件; 受理…0件,2021年未转结…); alone it may hold last year's carried over
(受理…46件,办结44件), and is not read."""

WHAT = ("(?:\u4e86)?(?:\u5404\u7c7b)?(?:\u653f\u5e9c)?(?:\u4fe1\u606f)?(?:\u4f9d\u7533\u8bf7|\u7533\u8bf7(?=(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00|\u516c\u5f00\u4ef6))?"
        "(?:(?<=\u7533\u8bf7)(?:\u653f\u5e9c)?\u4fe1\u606f(?=\u516c\u5f00))?"
        "(?:\u7533\u8bf7(?=\u516c\u5f00\u653f\u5e9c\u4fe1\u606f))?"
        "(?:\u516c\u5f00)?(?:(?<=\u7533\u8bf7\u516c\u5f00)(?:\u653f\u5e9c)?\u4fe1\u606f|(?<=\u516c\u5f00)\u653f\u5e9c\u4fe1\u606f(?=(?:\u7684)?\u7533\u8bf7))?"
        "(?:\u7684)?(?:\u7533\u8bf7)?(?:\u529e\u7406?(?=\u4ef6)|\u529e\u7406(?=\u4e8b\u9879))?(?:(?<=\u4f9d\u7533\u8bf7\u516c\u5f00)(?:\u4fe1\u4ef6|\u6848\u4ef6|\u8bf7\u6c42)|(?<=\u7533\u8bf7\u516c\u5f00\u653f\u5e9c\u4fe1\u606f)\u6848\u4ef6|(?<=\u7533\u8bf7\u653f\u5e9c\u4fe1\u606f\u516c\u5f00)\u8bf7\u6c42|(?<=\u4fe1\u606f\u516c\u5f00\u7533\u8bf7)\u4fe1\u4ef6|\u4ef6|\u4e8b\u9879)?(?:\u529e\u7406\u6570\u91cf|\u6570\u91cf|\u529e\u7406)?")
"""The words naming the requests between a verb and its figure: (了)(各类)(政府)(信息)(依申请, or 申请 before
(政府)信息公开, or before 公开件: 共收到申请公开件92件, 崇川区住建局 2023, 依申请公开件 without its 依)((政府)信息, between (依)申请 and 公开: 收到依申请信息公开件6件, 鹿城区七都街道 2024; 收到申请政府信息
公开事项3件, 路桥区路南街道 2024 — the requests named as asking for 政府信息公开, as 依申请政府信息公开 names them)(申请, before 公开政府信息)(公开)((政府)信息, after (依)申请公开)(的)(申请)(办理 or 办, before 件;
办理, before 事项)(件|事项)(办理数量|数量|办理): 政府信息公开申请, 政府信息依申请公开件, 依申请公开, 信息公开申请,
依申请公开政府信息 or 申请公开政府信息 (收到依申请公开政府信息84件, 收到申请公开政府信息5宗, 收到公开政府信息(的)申请1件: the requests, named by what they ask for; never 公开政府信息 alone,
which is what was published), 依申请公开信息 (收到依申请公开信息171条: 依申请 names them as requests whatever follows),
依申请政府信息公开 (共收到依申请政府信息公开3件), 办理件 or 办件 (上年度结转办理件1件, 收到依申请公开办件0条),
办理事项 (共收到依申请公开办理事项7件, 铜川市公安局 2024: the requests as matters to handle), 信件 right after
依申请公开 (共收到依申请公开信件2件, 宁夏应急管理厅 2023; 收到3份依申请公开信件, 六盘水市应急局 2024: each request
as the letter it came in — never 信件 alone, nor 公开信件, an open letter; so right after (政府)信息公开申请: 收到并处理
信息公开申请信件3件, 大英县农业农村局 2020), 案件 right after
依申请公开 or 申请公开政府信息 (共收到依申请公开政府信息案件7件, 路桥区人社局 2024: each request as a case handled —
never 案件 after 政府信息公开 alone, 政府信息公开案件 being as often the appeals over disclosure), 请求 right after 依申请公开 as 信件 is
(共收到10件依申请公开请求, 兴仁市人民政府 2022: the request itself — never 请求 alone, nor 公开请求),
or right after 申请政府信息公开 (收到申请政府信息公开请求1件, 高港区沿江街道 2025: as 申请政府信息公开事项 — never
政府信息公开请求 without 申请)…"""
ASKING = ("(?:\u63d0\u51fa|\u8981\u6c42)(?:\u516c\u5f00|\u83b7\u53d6(?:\u76f8\u5173)?)"
          "\u653f\u5e9c\u4fe1\u606f\u7684\u7533\u8bf7")
"""提出/要求 公开/获取(相关) 政府信息的申请: the requests named by what they ask for, after a verb of asking, as the
figure's words (接到7条提出公开政府信息的申请) — 公开政府信息 alone is what was published."""
PUBLIC = re.compile("\u516c\u5f00|\u4f9d\u7533\u8bf7\u4ef6")          # 公开, or 依申请件 (依申请公开件: ``plain_names``)


def names_requests(what: str) -> bool:
    """The words by a figure name the requests (not what was published): 公开 in them, or ``ASKING``."""
    return bool(PUBLIC.search(what)) or re.fullmatch(ASKING, what) is not None


CARRIED_IN_VERB = "(?:\u4e0a\u4e00?\u5e74\u5ea6?(?:\u7ed3\u8f6c|\u8f6c\u7ed3)|\u7ed3\u8f6c\u4e0a\u4e00?\u5e74\u5ea6?)"
"""上(一)年(度)结转/转结, 结转上(一)年(度): the requests last year carried in (``overview_results`` reads it too)."""
VERBS = {
    # 收到 新收 接收 接到 (共/累计 before them is the prefix's; 接到依申请公开2件: received, as 未接到 says none),
    # 收 right before (政府)信息公开申请 (全年收政府信息公开申请464件),
    # 收到并答复/并办理/并处理/和处理/和办理; never 受理 (accepted:
    # last year's carried over may be among them, 受理…46件,办结44件)
    NEW: "(?:\u6536\u5230|\u65b0\u6536|\u63a5\u6536|\u63a5\u5230|\u6536(?=(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00\u7533\u8bf7))(?:\u5e76\u7b54\u590d|\u5e76\u529e\u7406|\u5e76\u5904\u7406|\u548c\u5904\u7406|\u548c\u529e\u7406)?",
    ACCEPTED: "\u53d7\u7406(?:\u5e76\u7b54\u590d|\u5e76\u529e\u7406|\u5e76\u5904\u7406|\u548c\u5904\u7406|\u548c\u529e\u7406)?",   # 受理
    # 上年结转 上年度结转 上一年度结转 上年转结; 结转上年度 (the verb first: 结转上年度政府信息公开申请3件);
    # {prev}年(度)结转/转结, last year by its number (2023年结转132件, 天津市住建委 2024), not …结转至/到/入/下…
    CARRIED_IN: "(?:" + CARRIED_IN_VERB + "|{prev}\u5e74\u5ea6?(?:\u7ed3\u8f6c|\u8f6c\u7ed3)(?![\u81f3\u5230\u5165\u4e0b]))",
    # 办结 已办结 已全部办结 答复完毕; 办结答复/答覆 (decided and answered; 覆 kept from a traditional page);
    # 办理完成 办理完毕 (共办理完成2件: 办结 in two words)
    DECIDED: "(?:\u5df2\u5168\u90e8|\u5df2|\u5171)?(?:\u529e\u7ed3(?:\u7b54[\u590d\u8986])?|\u7b54\u590d\u5b8c\u6bd5|\u529e\u7406\u5b8c[\u6210\u6bd5])",
    # 结转下年度 结转下一年度 转下一年度 结转至下年 结转至{year+1}年, 转结下年度 (as 上年转结), …(继续)办理/答复/处理 (剩余21件结转下一年度处理, 天津市河北区 2023): {next} filled in per report
    CARRIED_OUT: "(?:\u7ed3\u8f6c|\u8f6c\u7ed3|\u8f6c)(?:\u81f3|\u5230|\u5165)?(?:\u4e0b\u4e00?\u5e74\u5ea6?|{next}\u5e74\u5ea6?)"
                 "(?:\u7ee7\u7eed)?(?:\u529e\u7406|\u7b54\u590d|\u5904\u7406)?",
}


def fill_years(words: str, year: int) -> str:
    """A row's verb pattern for a report of ``year``: {next} and {prev}, the years around it, filled in
    (结转至2025年 is 四 and 2023年结转 is 二 only in a 2024 report)."""
    return words.replace("{next}", str(year + 1)).replace("{prev}", str(year - 1))


def held_carried(aside: str, year: int) -> int | None:
    """M of an aside (含/包括上年(度)结转(的)(政府信息公开)(申请)M件, or the year before by its number) saying the count it
    follows holds last year's carried over, and nothing else; None for any other aside (不含…, …、网上申请5件)."""
    m = re.fullmatch(f"(?:\u542b|\u5305\u62ec){fill_years(VERBS[CARRIED_IN], year)}(?:\u7684)?"
                     f"(?:\u653f\u5e9c\u4fe1\u606f\u516c\u5f00)?(?:\u7533\u8bf7)?(\\d+)\\s*{UNIT}", aside)
    return int(m[1]) if m else None


_HOLDING = re.compile("\u542b|\u5305\u62ec|\u5176\u4e2d|\u53e6|\u9664|\u4e0a\u4e00?\u5e74|\u4e0b\u4e00?\u5e74|\u7ed3\u8f6c|\u8f6c\u7ed3|\u65b0\u6536|"
                      "[\\d\uff10-\uff19%\uff05\u96f6\u3007\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07]")


def comments_only(aside: str) -> bool:
    """An aside that only comments on how the requests were handled (符合办结时间要求, 均已按时办结, 均在法定期限内受理:
    黄陂区行政审批局 2023, 余0件转2024年度办理(符合办结时间要求)): no figure in it (digits, a numeral — 一 too, so
    一并 and 统一 keep an aside unsure — nor a rate), and none of the words saying what a count holds or which row it is
    (含 包括 其中 另 除 上年 下年 结转 转结 新收). Its 办结 or 受理 is then the manner of the work, not a row's count,
    and the clause outside it is read as if it were not there; (办结3件), (含上年结转2件), (上年结转) are no comment."""
    return _HOLDING.search(aside) is None


NARROW = re.compile(
    "\u6cd5\u4eba|\u81ea\u7136\u4eba|\u4f01\u4e1a|\u516c\u6c11|\u7ec4\u7ec7|\u673a\u6784|\u7eb8\u8d28|\u4e66\u9762|\u53e3\u5934|"
    "\u7f51\u4e0a|\u7f51\u7edc|\u7f51\u7ad9|\u540e\u53f0|\u5728\u7ebf|\u4fe1\u51fd|\u5f53\u9762|\u73b0\u573a|\u7535\u5b50|\u90ae\u4ef6|\u4f20\u771f|\u90ae\u5bc4|"
    "\u7535\u8bdd|\u4ee5\u5916|\u4e4b\u5916|\u9664|\u5176\u4e2d|\u6d89\u53ca|\u5173\u4e8e|\u6709\u5173(?!(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00|\u4f9d\u7533\u8bf7\u516c\u5f00)|\u91cd\u590d|(?<!\u7ed3)\u8f6c\u529e|"
    "\u54a8\u8be2|\u540c\u6bd4|\u8f83|\u53bb\u5e74|\u589e\u52a0|\u51cf\u5c11|\u589e\u957f|\u4e0b\u964d|\u5b63\u5ea6|\u6708|"
    "\u534a\u5e74|\u4e0d\u4e88|\u672a\u4e88|\u8bb8\u53ef|\u5ba1\u6279|\u884c\u653f|\u590d\u8bae|\u8bc9\u8bbc|\u4e3e\u62a5|\u6295\u8bc9|"
    "\u4fe1\u8bbf|\u5efa\u8bae|\u63d0\u6848|\u70ed\u7ebf|\u7ea0\u9519|\u7ea0\u6b63|\u7ef4\u6301|\u8d25\u8bc9|\u64a4\u9500|"
    "\u7ed3\u679c|\u5ba1\u7406|\u5c1a\u672a(?!\u6536\u5230|\u63a5\u5230|\u63a5\u6536)|\u5176\u4ed6|\u5176\u5b83|\u5f62\u5f0f|\u65b9\u5f0f|\u6e20\u9053|\u5e73\u53f0|"
    "\u8865\u6b63|\u64a4\u56de|\u4ee3\u4e3a|\u6309\u65f6|\u903e\u671f|\u5ef6\u671f|\u5e73\u5747|\u6bd4\u4f8b|\u7387|%|\uff05|"
    + APPROXIMATE + "|" + SUBORDINATE)
"""Words that make a clause's count less than the row's whole (法人 自然人 企业 公民 组织 机构 纸质 书面
口头 网上 网络 网站 后台 在线 信函 当面 现场 电子 邮件 传真 邮寄 电话 以外 之外 除 其中 涉及 关于 有关 重复 转办 咨询
同比 较 去年 增加 减少 增长 下降 季度 月 半年 不予 未予 许可 审批 行政 复议 诉讼 举报 投诉 信访 建议 提案
热线 纠错 纠正 维持 败诉 撤销 结果 审理 尚未 (not yet: 尚未审结, pending — not before 收到 接到 接收, where it is
the none's own word: 2025年度尚未收到依申请公开的申请, 甘谷县礼辛镇 2025) 其他 其它 形式 方式 渠道 平台 补正 撤回 代为 按时 逾期 延期
平均 比例 率 %, a figure given roughly (``APPROXIMATE``), a subordinate body's (``SUBORDINATE``); 网站后台收到…: what one channel's system took in, 南昌市新建区 2022; 有关 not right before the
requests' own name, 有关政府信息公开申请 being all of them: ``_ANY``), or of something
else (许可, 信访…), or a rate: the clause is not read. (行政/复议/诉讼 are the appeals' own words: 表四's
clauses are read by their own grammar.)"""

EVERYONE = re.compile("(?:\u6765\u81ea)?(?:\u4efb\u4f55)?(?:\u516c\u4f17|\u516c\u6c11|\u7fa4\u4f17|\u81ea\u7136\u4eba)[\u3001\u548c\u53ca]?\u6cd5\u4eba"
                      "(?:\u548c|\u6216\u8005|\u6216|\u4ee5\u53ca|\u53ca|\u3001)\u5176[\u4ed6\u5b83]\u7ec4\u7ec7"
                      "(?:(?:\u63d0\u51fa|\u63d0\u4ea4)(?:\u7684)?|\u5bf9|\u7684)?"
                      "|(?:\u4e2a\u4eba[\u548c\u6216\u53ca\u4e0e\u3001](?:\u7ec4\u7ec7|\u5355\u4f4d)|(?:\u7ec4\u7ec7|\u5355\u4f4d)[\u548c\u6216\u53ca\u4e0e\u3001]\u4e2a\u4eba)"
                      "(?:(?:\u63d0\u51fa|\u63d0\u4ea4|\u9012\u4ea4)?\u7684|(?=\u7533\u8bf7|\u4f9d\u7533\u8bf7))"
                      "|(?<!\u4f9d)\u7533\u8bf7\u4eba(?:\u63d0\u51fa|\u63d0\u4ea4|\u9012\u4ea4)\u7684"
                      "|(?:\u793e\u4f1a)?\u516c\u4f17(?:\u63d0\u51fa|\u63d0\u4ea4)?(?:\u7684)?(?=(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00|\u4f9d\u7533\u8bf7)")
"""(来自)(任何)公众/公民/群众/自然人(、|和|及)法人或(者)/和/及其他组织(提出的|提交的|对|的): every kind of applicant
the 条例 names, at once (其它 for 其他: 青川县 部门 2021; 公民和法人或其他组织: 余杭区发改局 2022; 收到来自公民、法人或者其他组织对依申请公开政府信息
的申请2件: 邹城市太平镇 2024) — in a "none" (未收到公众、法人或其他组织对政府信息公开的申请) or a count its 法人/组织
narrow nothing, so it is taken out of a clause before its words are weighed (法人 alone narrows a count). So is
个人和组织(递交)的 (和 或 及 与 、; 单位 for 组织; either first; 提出 提交 递交): people and organisations, every applicant
at once (没有收到个人和组织递交的《信息公开申请表》, 平乡县寻召乡 2024; without 的 right before 申请 or 依申请, their
applying: 全年未收到任何个人及组织申请公开信息要求, 宜州区花园乡 2024) — never one of them alone. So is
申请人提出的 (提交 递交; 本年度我镇未收到申请人提出的依申请公开申请, 富县张家湾镇 2021): whoever applies. So is (社会)公众(提出)(的)
before the requests' name (收到…公众信息公开申请12条, 黄尖镇 2025): the public, every applicant at once."""
HANDLED = re.compile("(?<=\u6536\u5230|\u65b0\u6536|\u63a5\u6536)(?:[\u5e76\u548c\u3001]"
                     "(?:\u4f9d\u6cd5|\u59a5\u5584|\u6309\u65f6|\u53ca\u65f6|\u89c4\u8303|\u8ba4\u771f)?(?:\u7b54\u590d|\u529e\u7406|\u5904\u7406|\u529e\u7ed3)"
                     "|\u529e\u7406|\u5904\u7406)")
"""收到并(依法 妥善 按时 及时 规范 认真)(答复 办理 处理 办结) (收到并按时办结16件政府信息公开申请; 、 for 并: 全年共收到、办理
依申请公开0件, 定西市公共资源交易中心 2020), or 办理/处理 right after the verb (全年共接收处理依申请公开政府信息2件, 宝山区
2021): what was done with the requests received, said of them — the count is of those received, so the second verb and
its manner (按时 alone narrows a count) are taken out first; its 办结 is no 三（七）, which may hold last year's carried over."""
FORM_WORD = ("(?:(?!\u6cd5\u4eba|\u81ea\u7136\u4eba|\u4f01\u4e1a|\u516c\u6c11|\u7ec4\u7ec7|\u673a\u6784|\u5355\u4f4d|\u4e2a\u4eba|\u5176\u4ed6|\u5176\u5b83)"
              "[\u4e00-\u9fff]){2,6}")
_FORMS = f"{FORM_WORD}(?:\u3001{FORM_WORD})*"
"""The ways of applying a clause lists before 和其他形式 (当面申请、网站提交、电子邮件和其他形式, 凉州区松树镇 2022): each
two to six characters, parted by 、, naming no kind of applicant (法人 自然人 企业 公民 组织 机构 单位 个人) — with
其他形式 after them, every form at once, as 书面或其他形式 is."""
ANY_FORM = re.compile("(?<=\u6536\u5230|\u63a5\u5230)(?:(?:\u901a\u8fc7)?\u4efb\u4f55|\u4e66\u9762[\u6216\u53ca\u548c]\u5176[\u4ed6\u5b83]"
                      f"|{_FORMS}(?:\u548c|\u6216\u8005|\u6216|\u4ee5\u53ca|\u53ca)\u5176[\u4ed6\u5b83])\u5f62\u5f0f"
                      "(?:\u63d0\u51fa|\u63d0\u4ea4)?(?:\u7684)?")
"""收到任何形式的 (未收到任何形式的申请公开信息要求), 收到通过任何形式提出/提交的 (未收到公民、法人或其他组织通过任何形式提出的
政府信息公开申请, 海城市西四镇 2025: ``EVERYONE`` taken out first): no request in any form, the whole count denied — its
形式 narrows nothing, so it is taken out before a clause's words are weighed (形式 alone narrows a count: 以信函形式…,
通过网络形式提出的). So is 收到书面或其他形式(的) (或 及 和; 其它), or ways listed before 和其他形式 (``_FORMS``): in writing or any other form, every form at
once (太和街道未接收到书面或其他形式要求公开政府信息的申请, 官渡区太和街道 2023) — not 书面形式 alone, nor 其他形式 alone."""

EVERY_CHANNEL = re.compile("(?:\u901a\u8fc7|\u7ecf\u7531|\u7ecf|\u4ece)(?:\u5404\u79cd|\u5404\u7c7b|\u5404\u4e2a|\u6240\u6709|\u5168\u90e8|\u591a\u79cd|\u4efb\u4f55|\u5404)"
                           "\u6e20\u9053(?:\u63d0\u51fa|\u63d0\u4ea4|\u9012\u4ea4)?(?:\u7684)?")
"""通过各种渠道(提出的) (各类 各个 所有 全部 多种 任何 各; 经由 经 从 for 通过; 提交 递交): through every channel at once
(我局共收到公民、法人和其他组织通过各种渠道提出的政府信息公开申请共15件, 定州市发改局 2022) — the whole count, so it is
taken out before a clause's words are weighed, as ``ANY_FORM`` is (渠道 alone narrows a count: 通过网络渠道提出的3件 is
one channel's). Only right after 通过 (经由 经 从): 信函、网络等渠道 names the channels (宜城市 2024), and 其他渠道,
网上渠道 one of them — those stay unread."""

_NAMES = (("\u653f\u52a1\u4fe1\u606f\u516c\u5f00\u7533\u8bf7", "\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u7533\u8bf7"),
          ("\u653f\u52a1\u4fe1\u606f\u4f9d\u7533\u8bf7\u516c\u5f00", "\u653f\u5e9c\u4fe1\u606f\u4f9d\u7533\u8bf7\u516c\u5f00"),
          ("\u4f9d\u6cd5\u7533\u8bf7\u516c\u5f00", "\u4f9d\u7533\u8bf7\u516c\u5f00"),
          ("\u653f\u52a1\u4fe1\u606f\u516c\u5f00\u7684\u7533\u8bf7", "\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u7684\u7533\u8bf7"),
          ("\u4f9d\u7533\u8bf7\u516c\u5f00\u653f\u52a1\u4fe1\u606f", "\u4f9d\u7533\u8bf7\u516c\u5f00\u653f\u5e9c\u4fe1\u606f"),
          ("\u4f9d\u7533\u8bf7\u4ef6", "\u4f9d\u7533\u8bf7\u516c\u5f00\u4ef6"))


def plain_names(clause: str) -> str:
    """The clause with the requests' names some organs word their own way put as the grammar's: 政务信息公开申请 and
    政务信息依申请公开 (a report saying 政务信息 throughout for 政府信息: 未收到政务信息公开申请, 汉台区河东店镇 2025;
    收到政务信息依申请公开0条, 樟树市吴城乡 2025) and 依法申请公开 (requests made under the law: 全年未收到依法申请公开事项,
    平利县农业农村局 2020; 无依法申请公开件, 绥阳县小关乡 2022) — the same requests, so read as those words would be
    (无依法申请公开的政府信息 is as unread as 无依申请公开的政府信息); so are 政务信息公开的申请 (未收到政务信息公开的申请,
    来安县司法局 2020) and 依申请公开政务信息 (无依申请公开政务信息情况, 资溪县农业农村局 2020: 无依申请公开的政务信息 stays
    as unread as its 政府信息). So is 依申请件, the 依申请公开件 of a report that drops 公开 (2024年全市共收到依申请件927件,
    桐乡市政府 2024; 共收到依申请件0件, 奉新县东风垦殖场 2024): the requests as items, the 件 right after 依申请 — never
    依申请事项 nor 依申请类…, which name services applied for. 政务公开 alone (the wider work) is left as it is."""
    for words, plain in _NAMES:
        clause = clause.replace(words, plain)
    return clause


CARRIED_OUT_BY_ITS_LABEL = re.compile("^\u7ed3\u8f6c\u4e0b\u4e00?\u5e74\u5ea6\u7ee7\u7eed\u529e\u7406(?:\u7684)?(?:\u7533\u8bf7)?"
                                      f"{AMOUNT}(?P<n>\\d+)\\s*\u4ef6$")
"""结转下(一)年度继续办理(的)(申请)N件, a sentence of its own (嘉兴市政府办 2022, 2023: …其他处理的4件。结转下年度继续办理的
12件。): 表三's row 四 by the form's own label, whole — read as 四 where 一's words have counted the year's requests, though
no clause of its sentence names them. Not 转结下年度办理 nor 结转下年度 alone (other words, which a sentence of its own
does not tie to the requests), nor any clause in a longer sentence (``requests_in`` reads those)."""
CARRY = "(?:\u7ed3\u8f6c|\u8f6c\u7ed3|\u63a5\u8f6c)"
"""结转 转结 接转 (接转: taken over, the ledgers' word for a matter carried from one year into the next, 上年接转)."""
_NONE_OF_LAST_YEARS = re.compile(f"(?:{NEG}|\u4e0d\u5b58\u5728)(?:\u4e0a\u4e00?\u5e74\u5ea6?|\u53bb\u5e74){CARRY}")


def none_carried_in(bare: str) -> bool:
    """The clause (``bare``: a year not the report's put as 去年) names last year only in a none of what it carried
    over, the none's word first (无上年结转申请, 不存在上年度结转政府信息公开申请, 没有上年接转和接转下年的…): this report's
    二, a none, not talk of last year — no figure in it, no other word of another time. Not 上年无结转 (上年 first may be
    the sentence's time, as 上年度,我局收到… is: 上年无结转,收到…3件 may be last year's 3)."""
    return not re.search(r"\d", bare) and bool(_NONE_OF_LAST_YEARS.search(bare)) \
        and not ANOTHER_TIME.search(_NONE_OF_LAST_YEARS.sub("", bare))


def handled_carried_in(clause: str, year: int) -> bool:
    """The clause counts, whole, last year's carried-over requests a verb of this year handled, and names last year in
    no other words (办结上年度结转依申请公开事项4件,新收…191件, 昆都仑区 2025): this year's work on this report's 二, not
    talk of last year — its figure is that verb's (a part of 二, unread), but what follows is still the year's. Only
    the verb first, then 上年(度)结转 or 结转上年度 (not the year by its number: 2023年结转3件,收到… may say what 2023 did),
    and the clause ending in its count (上年结转的5件中,办结4件 says parts of last year's after it)."""
    m = re.fullmatch(f"(?P<verb>.+?){CARRIED_IN_VERB}(?P<rest>.*)", clause)
    if m is None or not _OTHER_VERB.search(m["verb"]) or not re.search(f"{COUNT}$", clause):
        return False
    bare = YEAR.sub(lambda y: "" if int(y[1]) == year else "\u53bb\u5e74", m["verb"] + m["rest"])
    return not ANOTHER_TIME.search(bare) and not re.search(r"\d", YEAR.sub("", m["verb"]))


ANOTHER_TIME_WORDS = ("\u53bb\u5e74|\u524d\u5e74|\u4e0a\u4e00?\u5e74|\u540c\u671f|\u5f80\u5e74|\u76ee\u524d|\u81f3\u4eca"
                      "|(?:\u622a\u81f3|\u622a\u6b62)\u5230?(?:\\d{4}\u5e74)?(?:1[01]|[1-9])\u6708"
                      "|\\d{1,2}\u6708?\\s*[-\u2014\u2013~\u81f3\u5230]\\s*(?:1[01]|[1-9])\u6708"
                      "|(?<![\u81f3\u5230~\\-\u2014\u2013])(?:\u7b2c?[\u4e00\u4e8c\u4e09\u56db1-4]|\u524d\u4e09|[\u4e0a\u4e0b])\u4e2a?\u5b63\u5ea6"
                      "|[\u4e0a\u4e0b]\u534a\u5e74")
ANOTHER_TIME = re.compile(ANOTHER_TIME_WORDS)
"""去年 前年 上(一)年 同期 往年 (and a year not the report's, put as 去年): a clause naming another time;
目前 至今 (截至目前,2022年我区…接收政府信息公开申请13件): a count up to a day not named, not the year's; and so is one
up to a month before December (截至11月底, 截止2021年10月31日, 1-11月, 1月至9月): part of the year, not the year's whole
(截至2024年12月31日, 1-12月 are the year's); so is a quarter or a half (一季度, 第二季度, 前三季度, 上半年: a clause of its own
before the count, 2023年,一季度,共收到…), not 每季度/按季度 (how often) nor 一至四季度 (the whole year)."""


def time_alone(clause: str, year: int) -> bool:
    """A clause naming another time and saying nothing else of a count (上年度, 截至6月底, 2023年 in a 2024 report): no
    figure but the time's own, no none of what was carried over (上年无结转), no count handled of it. The words after
    it are that time's, wherever it stands (after 其中 too; before a whole whose parts are the rows)."""
    bare = YEAR.sub(lambda y: "" if int(y[1]) == year else "\u53bb\u5e74", clause)
    return ANOTHER_TIME.search(bare) is not None and not re.search(r"\d", ANOTHER_TIME.sub("", bare)) \
        and not none_carried_in(bare) and not handled_carried_in(clause, year)


_COMPARED = ("(?:(?:\u4e0e|\u548c|\u540c)(?:\u4e0a\u4e00?\u5e74\u5ea6?|\u53bb\u5e74)(?:\u540c\u671f)?(?:\u76f8\u6bd4|\u76f8\u8f83|\u6bd4\u8f83)"
             "|(?:\u8f83|\u6bd4)(?:\u4e0a\u4e00?\u5e74\u5ea6?|\u53bb\u5e74)(?:\u540c\u671f)?|\u540c\u6bd4)")
_CHANGE = ("(?:\u589e\u52a0|\u51cf\u5c11|\u4e0b\u964d|\u589e\u957f|\u4e0a\u5347|\u964d\u4f4e)(?:\u4e86)?(?:\u7ea6)?"
           "\\d+(?:\\.\\d+)?(?:[%\uff05]|\u4e2a\u767e\u5206\u70b9|\u4ef6|\u6761)")
COMPARISON = re.compile(f"{_COMPARED}[\uff0c,]?{_CHANGE}")
"""与上年相比 / 较上年 / 比去年(同期) / 同比 + 增加 减少 下降 增长 上升 降低 + a percentage or a count (与上年相比减少66.6%, 东华门街道
2025): last year named only as the base of a comparison — a whole clause of it (``fullmatch``) is not read, and the clauses
after it about this year's rows still are (…申请数量为4件,与上年相比减少66.6%,上年结转…1件)."""
_COMPARISON_SPLIT = re.compile(f"({_COMPARED})[\uff0c,](?={_CHANGE}(?:[\uff0c,\uff1b;\u3002]|$))")


def comparisons_joined(sentence: str) -> str:
    """与上年相比,减少66.6%: the comma inside a comparison taken out, so that it is one clause (``COMPARISON``)."""
    return _COMPARISON_SPLIT.sub("\\1", sentence)


NEW_BY_KIND = (meaning.NEW_NATURAL, meaning.NEW_COMMERCIAL, meaning.NEW_RESEARCH, meaning.NEW_NONPROFIT,
               meaning.NEW_LEGAL, meaning.NEW_OTHER)
"""一's columns by applicant, 自然人 first: read only where every request counted came from a natural person."""
ALL_NATURAL = re.compile("(?:(?:\u7533\u8bf7\u4eba)?(?:\u5747\u4e3a|\u5747\u7cfb|\u5747\u662f|\u5168\u90e8\u4e3a|\u5168\u90e8\u7cfb|"
                         "\u5168\u90e8\u662f|\u5168\u4e3a|\u90fd\u662f|\u90fd\u4e3a)"
                         "|\u7533\u8bf7\u4eba(?:\u7684)?(?:\u7c7b\u578b|\u7c7b\u522b)?[\u4e3a\u662f\u7cfb])\u81ea\u7136\u4eba"
                         "(?:\u63d0\u51fa|\u63d0\u4ea4)?(?:\u7684)?(?:\u7533\u8bf7)?(?:\u4ef6)?")
"""(申请人)均为/均系/均是/全部为/全部系/全部是/全为/都是/都为 自然人(提出|提交)(的)(申请)(件), the whole clause: every
request just counted came from a natural person (全年共收到依申请公开35件,均为自然人申请件, 宽城县政府办 2023); so does
申请人(的)(类型|类别)为/是/系 自然人, the applicants' one kind named (共收到并答复依申请公开1件,申请人为自然人, 常州市文广旅局
2023) — never 多为, 主要为 (most), nor a kind beside it (自然人和法人). Read only right after the clause counting 一
(``read_clauses``): 自然人 that count, each 法人或其他组织 column 0."""


NUMERALS = {"\u96f6": 0, "\u4e00": 1, "\u4e8c": 2, "\u4e24": 2, "\u4e09": 3, "\u56db": 4, "\u4e94": 5,
            "\u516d": 6, "\u4e03": 7, "\u516b": 8, "\u4e5d": 9, "\u5341": 10}      # 零 一 二 两 三 … 十
COUNT = f"(?<![{''.join(NUMERALS)}\u767e\u5343\u4e07])(?P<n>\\d+|[{''.join(NUMERALS)}])\\s*{UNIT}"
"""A clause's figure: digits, or one numeral character (零 to 十, 两) as a report may write a small count in words
(厚桥街道 2023: 收到政府信息公开申请一件). Only one character, after none (nor 百 千 万): 十一件, 二十件 are
no such figure, so their clause does not fit and stays unread — never read as a part of the figure (剩余二十件
结转下年度 is no 十件)."""


def count_of(n: str) -> int:
    return int(n) if n.isdigit() else NUMERALS[n]


_OTHER_VERB = re.compile("\u529e|\u7b54\u590d|\u5904\u7406|\u7ed3\u8f6c|\u8f6c\u7ed3|\u6536\u5230|\u53d7\u7406|"
                         "\u516c\u5f00|\u63d0\u4f9b|\u4e88\u4ee5")
"""A verb before the clause's own (办结上年结转申请1件: 办 结转; 答复 处理 收到 受理 公开 提供 予以): the
figure is that verb's, not the row's."""
_OFFICE = re.compile("[\u6211\u672c]\u529e(?![\u7406\u7ed3])|\u653f\u5e9c\u529e(?![\u7406\u7ed3])|"
                     "\u8857\u529e(?![\u7406\u7ed3])|\u529e\u516c\u5ba4|\u529e\u4e8b\u5904")
"""我办 / 本办 / 政府办 / 办公室 / 办事处: an office naming itself, the clause's subject (本年度我办共收到…84件; 2025年区政府办公室共
收到…32件, 临潼区政府办 2025; 2025年度,某某街道办事处收到…21件; 2022年经纬街道办事处未接收到…, 道里区 2022; 政府办公室
said short, 2025年市政府本级、政府办办理…61件, 溧阳市 2025), not the verb 办 (办理, 办结; 县政府办理…) whose figure would
be another count's. So is 街办, a 街道办事处 said short (2022年度,砲里街办未收到政府信息公开申请, 西安市长安区砲里街道
2022), not 街办理/街办结 (某街 办理…: the verb)."""


def before_verb_ok(prefix: str, year: int, *, refused: Sequence[re.Pattern[str]] = (),
                   named_self: re.Pattern[str] | None = None, manner: re.Pattern[str] | None = None,
                   narrow: re.Pattern[str] = NARROW, another_time: re.Pattern[str] = ANOTHER_TIME,
                   what: str = "") -> bool:
    """The words before a count's verb hold only the clause's time and subject (2023年我街道共, 本年度, 全年): no year
    but the report's, no figure, nothing narrowing the count, no other time, 16 characters at most. One weighing for
    every reader of the overview's counts, so that what one keeps out another does not read; each says what it
    keeps out besides: ``refused`` (a verb before its own, whose figure the count would be), ``named_self`` (an office
    naming itself, 我办, taken out before ``refused`` is sought), ``manner`` (按时 依法: how the work was done, taken out
    first), its own ``narrow`` and ``another_time``, and ``what``, the words after the verb, weighed by ``narrow``
    with those before it (a narrowing word may run across the verb). A span naming the report's year whole is
    the clause's time, as its year alone is (``stated.own_span_out``)."""
    prefix = own_span_out(prefix, year)
    if any(int(y) != year for y in YEAR.findall(prefix)):
        return False
    bare = YEAR.sub("", prefix)
    bare = manner.sub("", bare) if manner is not None else bare
    verbs = named_self.sub("", bare) if named_self is not None else bare
    return not re.search(r"\d", bare) and not narrow.search(bare + what) and not another_time.search(bare) \
        and len(bare) <= 16 and not any(p.search(verbs) for p in refused)


def prefix_ok(prefix: str, year: int) -> bool:
    """What may stand before a clause's verb: its time and subject (2023年我街道共, 本年度, 全年),
    no other year, no figure, nothing narrowing the count, no other verb (an office naming itself aside)."""
    return before_verb_ok(prefix, year, refused=(_OTHER_VERB,), named_self=_OFFICE)


_CARRIED_OVER = re.compile("(?:\u7ed3\u8f6c|\u8f6c\u7ed3|\u63a5\u8f6c|\u8f6c\u529e|\u9057\u7559)(?![\u81f3\u5230\u5165\u4e0b])|"
                           "(?:\u4e0a\u4e00?\u5e74\u5ea6?|\u53bb\u5e74)(?:\u8f6c|\u672a\u529e)")
"""结转 转结 接转 转办 遗留, not before 至 到 入 下 (结转下年度, 结转至2026年: those carried out), or 上年(度)/去年 转… or
未办(结): words of requests carried over from one year to the next, last year's into this one among them (上年结转3件,
2023年转办2件, 结转上年度1件, 上年转入2件, 上年度未办结3件)."""


def carried_said(said: list[str]) -> bool:
    """Whether some clause of the overview's sentences counts requests carried over, other than out into next year,
    with a figure not 0 (上年结转3件; 2024年结转依申请公开事项1件, the carried-out by its year, counts too: a false
    alarm only leaves a figure unread). Where none does, a count of the year's requests and the results that part it
    (收到10条,其中:予以公开4条,…; …16件,其中15件按时办结完毕,1件结转下年度) account for every request handled, as the
    form's rows count them; beside some carried in said elsewhere they may part the new requests alone."""
    return any(_CARRIED_OVER.search(clause) and re.search("[1-9]", YEAR.sub("", clause))
               for sentence in said for clause in re.split("[\uff0c,\uff1b;\u3002]", sentence))
