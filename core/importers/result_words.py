"""The words of 表三's results as an overview says them, for ``overview_results``: the form's own words of
each row and group (its rows （一）…（六） and their numbered reasons), what may stand before and after them,
and which row a clause holding one figure names.

Why a module of its own: what a result is called is the form's vocabulary, apart from how a sentence
leads to them (the requests received, handled or decided) and how their sum is proven, which
``overview_results`` keeps.
"""

from __future__ import annotations

import re

from core.importers.overview_appeals import AMOUNT, UNIT

FIG = f"{AMOUNT}(?P<n>\\d+)\\s*{UNIT}"
"""A clause's one figure and its unit (N件 条 个 …)."""

GROUP_WORDS = {
    "3.1": "\u4e88\u4ee5\u516c\u5f00",                                                  # 予以公开
    "3.2": "(?:\u4e88\u4ee5)?\u90e8[\u5206\u4efd]\u516c\u5f00",                           # (予以)部分/部份公开
    "3.3": "\u4e0d\u4e88(?:\u4ee5)?\u516c\u5f00",                                          # 不予(以)公开
    "3.4": "\u65e0\u6cd5\u63d0\u4f9b",                                                    # 无法提供
    "3.5": "\u4e0d\u4e88\u5904\u7406",                                                    # 不予处理
    "3.6": "\u5176\u4ed6\u5904\u7406",                                                    # 其他处理
}
"""The result groups by the form's own words (its rows （一）…（六））."""

ROW_WORDS = {
    "3.3.1": "(?:\u5c5e\u4e8e)?\u56fd\u5bb6\u79d8\u5bc6",                                     # (属于)国家秘密
    "3.3.2": "(?:\u5c5e\u4e8e)?\u5176\u4ed6\u6cd5\u5f8b\u884c\u653f\u6cd5\u89c4\u7981\u6b62\u516c\u5f00",  # 其他法律行政法规禁止公开
    "3.3.3": "\u5371\u53ca[\"\u201c\u201d]?\u4e09\u5b89\u5168\u4e00\u7a33\u5b9a[\"\u201c\u201d]?",  # 危及“三安全一稳定”
    "3.3.4": "(?:\u5c5e\u4e8e)?\u4fdd\u62a4\u7b2c\u4e09\u65b9\u5408\u6cd5\u6743\u76ca",             # 保护第三方合法权益
    "3.3.5": "\u5c5e\u4e8e\u4e09\u7c7b\u5185\u90e8\u4e8b\u52a1\u4fe1\u606f",                       # 属于三类内部事务信息
    "3.3.6": "\u5c5e\u4e8e\u56db\u7c7b\u8fc7\u7a0b\u6027\u4fe1\u606f",                             # 属于四类过程性信息
    "3.3.7": "\u5c5e\u4e8e\u884c\u653f\u6267\u6cd5\u6848\u5377",                                   # 属于行政执法案卷
    "3.3.8": "\u5c5e\u4e8e\u884c\u653f\u67e5\u8be2\u4e8b\u9879",                                   # 属于行政查询事项
    "3.4.1": "\u672c\u673a\u5173\u4e0d\u638c\u63e1\u76f8\u5173(?:\u653f\u5e9c)?\u4fe1\u606f",       # 本机关不掌握相关(政府)信息
    "3.4.2": "\u6ca1\u6709\u73b0\u6210\u4fe1\u606f\u9700\u8981\u53e6\u884c\u5236\u4f5c",           # 没有现成信息需要另行制作
    "3.4.3": "\u8865\u6b63\u540e\u7533\u8bf7\u5185\u5bb9\u4ecd\u4e0d\u660e\u786e",                 # 补正后申请内容仍不明确
    "3.5.1": "\u4fe1\u8bbf\u4e3e\u62a5\u6295\u8bc9\u7c7b\u7533\u8bf7",                             # 信访举报投诉类申请
    "3.5.2": "\u91cd\u590d\u7533\u8bf7",                                                           # 重复申请
    "3.5.3": "\u8981\u6c42\u63d0\u4f9b\u516c\u5f00\u51fa\u7248\u7269",                             # 要求提供公开出版物
    "3.5.4": "\u65e0\u6b63\u5f53\u7406\u7531\u5927\u91cf\u53cd\u590d\u7533\u8bf7",                 # 无正当理由大量反复申请
    "3.5.5": "\u8981\u6c42\u884c\u653f\u673a\u5173\u786e\u8ba4\u6216\u91cd\u65b0\u51fa\u5177\u5df2\u83b7\u53d6\u4fe1\u606f",
}
"""The numbered rows of （三）（四）（五） by the form's words, exactly (属于 before a reason the form words
without it; 政府 may be left out of 相关政府信息). （六）'s rows are long sentences no report was seen to quote."""

_LEAD = ("(?:\u5176\u4e2d)?(?:(?:\u529e\u7406|\u5904\u7406|\u7b54\u590d)\u7ed3\u679c(?:\u4e3a|\u662f))?"
         "(?:\u4f9d\u6cd5)?")
"""(其中)((办理|处理|答复)结果为/是)(依法): words before a result that name nothing but its being one (办理结果为予以公开2件,
荔浦市 2022; 办理结果为予以公开的申请5条, 寨上街 2024); the row's own words must still follow, whole."""
_FIRST_LEAD = "(?:\u5bf9)?(?:\u5176\u4e2d)?"
"""(对)(其中) before a result said figure first (对其中3件予以公开,1件部分公开, 綦江区市场监管局 2022): the group's own
words must then close the clause, nothing after them (3件予以公开答复, 2件予以公开的信息 stay unread)."""
_TAIL = "(?:\u7684)?(?:\u7533\u8bf7|\u4e8b\u9879)?"                                  # (的)(申请|事项)
REASON = "(?:\u56e0|\u7531\u4e8e)"                                                # 因 由于

_QUOTES = (("\u201c", "\u201d"), ("\u300c", "\u300d"), ('"', '"'))
"""“” 「」 "": a pair a report may put around the form's own words of a row (其中“予以公开”17件, 北京市东城区东华市
街道 2025: “予以公开”的1件、“本机关不掌握相关政府信息”的3件) — the words inside, whole, are still the row's."""


def quoted(words: str) -> str:
    """``words`` as they stand, or whole inside one pair of ``_QUOTES`` (an open quote without its close, or
    quotes around more or fewer words than the row's, is not the row's words)."""
    return "(?:" + "|".join([words, *(f"{re.escape(a)}(?:{words}){re.escape(b)}" for a, b in _QUOTES)]) + ")"


def result_clause(clause: str) -> tuple[str, int] | None:
    """The row a clause names and its figure, or None: a numbered row (3.4.1) by its words, alone or with
    its group's; or a group (3.3), by its word alone or after a reason the form does not word
    (因本机关不掌握等原因无法提供10件: its group, counted toward the sum only)."""
    for row, words in ROW_WORDS.items():
        group = GROUP_WORDS[row[:3]]
        if m := re.fullmatch(f"{_LEAD}(?:{REASON})?{quoted(words)}(?:\u800c|\u7684)?(?:\u4f9d\u6cd5)?(?:{group})?{_TAIL}{FIG}",
                             clause):
            return row, int(m["n"])
    for row, words in GROUP_WORDS.items():
        if m := re.fullmatch(f"{_LEAD}{quoted(words)}{_TAIL}{FIG}", clause):
            return row, int(m["n"])
        if m := re.fullmatch(f"{_FIRST_LEAD}{FIG}(?:\u4f9d\u6cd5)?{quoted(words)}", clause):
            return row, int(m["n"])
        if m := re.fullmatch(f"{_LEAD}{REASON}[^\\d]+?(?:\u800c)?(?:\u4f9d\u6cd5)?{words}{_TAIL}{FIG}", clause):
            return row, int(m["n"])
    return None
