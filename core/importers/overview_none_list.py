"""One "none" said of a list of things in 一、总体情况: 无依申请公开和复议、诉讼和申诉的情况 (the words of the
pre-2019 reports' headings, kept by many 街道 and 乡镇 in their 2019–2020 reports) — no request, no review,
no suit, no complaint, all at once.

The overview's grammar (``overview_counts``, ``overview_appeals``) reads a "none" only where it governs a
single thing, for a reason: in 无…结转办理情况及…行政复议 whose "无" is the second thing's is not sure. A
list is read here only where every item in it is one the forms know by name and nothing else stands in
the clause, so the one negation before them can govern nothing but each of them:

- (政府信息)依申请公开(申请|事项), (政府)信息公开(的)申请 → 表三 一 总计 0 (never 依申请公开的政府信息:
  information not given on request, as the requests refused say too);
- (行政)复议 → 表四 行政复议 总计 0; (提起)(行政)诉讼 → both 行政诉讼 rows' 总计 0 — in any clause when
  named 行政复议/行政诉讼 (no review at all is none about the requests either: 处理民事诉讼2件,无行政诉讼和
  行政复议案件), 复议 and 诉讼 without 行政 only in a clause about the requests (it names them, or follows
  one that did: 诉讼 alone may be any suit);
- 申诉, 举报, 投诉 → nothing (the old form's own words: no table of the 2019 or 2021 form counts them);

joined by 和 及 以及 与 或 、, at least two of them, after the negation at most the topic they are of
((涉及)信息公开), and after them at most (的)(情况|事项|案件). Anything
else in the clause (结转办理情况, a figure, a word that narrows) and it is left to the other grammars.
"""

from __future__ import annotations

import re

from core.importers.overview_appeals import NEG, REVIEW, SUITS
from core.template_prose import NEW_REQUESTS as NEW

_REQUESTS = ("(?:\u653f\u5e9c\u4fe1\u606f)?\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u7533\u8bf7|\u4e8b\u9879)?|"     # (政府信息)依申请公开(申请|事项)
             "(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u7684)?\u7533\u8bf7")                          # (政府)信息公开(的)申请
_REVIEW = "(?:\u884c\u653f)?\u590d\u8bae(?:\u6848\u4ef6)?"                                                  # (行政)复议(案件)
_SUIT = "(?:\u63d0\u8d77)?(?:\u884c\u653f)?\u8bc9\u8bbc(?:\u6848\u4ef6)?"                                   # (提起)(行政)诉讼(案件)
_OTHER = "\u7533\u8bc9|\u4e3e\u62a5|\u6295\u8bc9"                                                           # 申诉 举报 投诉
_ITEM = f"(?:{_REQUESTS}|{_REVIEW}|{_SUIT}|{_OTHER})"
_SEP = "(?:\u4ee5\u53ca|\u6216\u8005|\u548c|\u53ca|\u4e0e|\u6216|\u3001)"                                   # 以及 或者 和 及 与 或 、
_ABOUT = ("(?:(?:\u6d89\u53ca|\u6709\u5173|\u5173\u4e8e)?(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00"   # (涉及|有关|关于)(政府)信息公开(的)
          "(?:\u7684)?)?")
"""无涉及信息公开复议及诉讼情况 (大通湖区审计局 2023): the topic the list is of, between the negation and it —
the requests' own (信息公开), so a bare 复议/诉讼 after it is about them; any other topic (无涉及土地征收的复议…)
and the clause is no list of the forms' things."""
_RECEIVED = "(?P<verb>(?:\u6536\u5230|\u63a5\u5230|\u63a5\u6536\u5230|\u63a5\u6536)(?:\u8fc7)?)?"   # 收到 接到 接收(到) (过)
_ANY = "(?:\u4efb\u4f55(?:\u5f62\u5f0f\u7684)?)?"                                                 # 任何(形式的)
"""未收到任何形式的依申请公开信息、行政复议和行政诉讼 (海口市政府研究室 2022): the none's verb and "any (form of)"
between the negation and the list. They narrow nothing: not one thing of any kind came in. After the verb
what is received is requests, so 依申请公开(政府)信息 is then one of the items (as ``request_nones`` reads
未收到依申请公开信息); without it, 无依申请公开信息 may say no information was given, and is no item. With the
verb, the list must name the requests or its topic (有关政府信息公开的…): 未收到任何行政复议、行政诉讼事项 alone
may be of appeals over anything, and is left to the grammar that weighs the heading above it."""
_RECEIVED_REQUESTS = "(?:\u653f\u5e9c\u4fe1\u606f)?\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u653f\u5e9c)?\u4fe1\u606f"  # 依申请公开(政府)信息
_ITEM_RECEIVED = f"(?:{_RECEIVED_REQUESTS}|{_ITEM})"
_LIST = re.compile(f"(?P<pre>.*?){NEG}{_RECEIVED}{_ANY}(?P<about>{_ABOUT})(?P<items>{_ITEM_RECEIVED}(?:{_SEP}{_ITEM_RECEIVED})+)"
                   "(?:\u7684)?(?:\u60c5\u51b5|\u4e8b\u9879|\u6848\u4ef6)?")                                # (的)(情况|事项|案件)
_ONE = re.compile(f"{_SEP}")


def none_of_each(clause: str, about_requests: bool) -> tuple[str, list[tuple[str, int]]] | None:
    """(what stands before the negation, the totals the list denies) for a clause saying one "none" of a
    list of the forms' things; None for any other clause (the caller checks the words before it)."""
    m = _LIST.fullmatch(clause)
    if m is None:
        return None
    cells: list[tuple[str, int]] = []
    bare_appeal = False
    for item in _ONE.split(m["items"]):
        if re.fullmatch(_REQUESTS, item):
            cells.append((NEW, 0))
        elif re.fullmatch(_RECEIVED_REQUESTS, item):
            if m["verb"] is None:
                return None
            cells.append((NEW, 0))
        elif re.fullmatch(_REVIEW, item):
            cells.append((REVIEW, 0))
            bare_appeal = bare_appeal or "\u884c\u653f" not in item
        elif re.fullmatch(_SUIT, item):
            cells.extend((a, 0) for a in SUITS)
            bare_appeal = bare_appeal or "\u884c\u653f" not in item
    named = any(a == NEW for a, _ in cells)
    if not cells or (bare_appeal and not (named or about_requests)):
        return None
    if m["verb"] is not None and not (named or m["about"]):
        return None     # 未收到任何行政复议、行政诉讼事项: no sign they were over disclosure (``overview_appeals_heading`` weighs it)
    return m["pre"], list(dict.fromkeys(cells))
