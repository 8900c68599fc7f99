"""The words 一、总体情况 says 表四's totals in (无/未发生…行政复议、行政诉讼; 行政复议N件; 行政复议2件、行政
诉讼0件), and the words of counts both grammars share (a unit, a figure, a negation, a year): the
appeals' own small grammar, read clause by clause by ``overview_counts``. A clause about appeals is
read only where nothing narrows it to a result or a part, and 行政诉讼's count only as 0 — how more
than none split between its two rows (direct, after review) the words do not say — unless they name
its row (经复议后起诉的行政诉讼1件, 未经复议直接起诉…): then that row's alone, any figure."""

from __future__ import annotations

import re

import core.template_prose as meaning

REVIEW, SUITS = meaning.REVIEW_TOTAL, (meaning.SUIT_DIRECT_TOTAL, meaning.SUIT_AFTER_REVIEW_TOTAL)
"""What a clause about appeals says (the form's cells for them are the template's: ``Form.prose_cells``)."""
UNIT = "(?:\u4ef6\u6b21|\u4ef6|\u6761|\u4e2a|\u4efd|\u5b97|\u4f8b|\u8d77|\u6b21|\u9879)"  # 件次 件 条 个 份 宗 例 起 次 项
"""项: the unit some organs count a request or an appeal in (收到并处理政府信息公开申请7项, 福州市统计局 2019; 行政复议1项,
大英县 2020); a count is still read only after a verb and the words naming what it counts, as any other unit's
(行政处罚2项, 政府集中采购5项 count no request)."""
FIGURE = f"(?P<n>\\d+|\u96f6)\\s*{UNIT}"                                    # 0件 / 零件
AMOUNT = "(?:\u5171\u8ba1|\u5408\u8ba1|\u603b\u8ba1|\u7d2f\u8ba1|\u5171|\u8ba1|\u4e3a|\u8fbe)?"  # 共计 合计 … 为 达
YEAR = re.compile(r"(\d{4})\s*\u5e74")
NEG = "(?:\u672a\u66fe|\u5c1a\u672a|\u672a\u6709|\u672a|\u6ca1\u6709|\u4e5f\u6ca1\u6709|\u4ea6\u672a|\u65e0)"  # 未曾 尚未 未有 未 没有 也没有 亦未 无

APPEAL_WORDS = ("\u884c\u653f\u590d\u8bae", "\u884c\u653f\u8bc9\u8bbc")                 # 行政复议 行政诉讼
APPROXIMATE = "(?:\u7ea6|\u8fd1|\u903e|\u8d85\u8fc7)(?=\\d)"
"""约 近 逾 超过 right before a figure (剩余约26件结转下年度办理, 行政复议约2件): a figure given roughly, no count of a row
(10余件 and 10多件 fail the count's own shape: its unit is not right after the figure)."""

SUBORDINATE = ("(?:\u4e0b\u5c5e|\u6240\u5c5e|\u76f4\u5c5e)\u5404?(?:\u5355\u4f4d|\u673a\u6784|\u90e8\u95e8|\u4f01\u4e1a|"
               "\u5b66\u6821|\u533b\u9662)")
"""下属/所属/直属(各)单位 机构 部门 企业 学校 医院: the organ's subordinate bodies (2024年,下属单位共收到…16件): another
organ's count, or the organ's with theirs — not the report's own organ alone."""

_APPEAL_NARROW = re.compile(
    "\u7ea0\u9519|\u7ea0\u6b63|\u7ef4\u6301|\u8d25\u8bc9|\u64a4\u9500|\u786e\u8ba4|\u7ed3\u679c|\u5ba1\u7406|\u5c1a\u672a|"
    "\u672a\u5ba1\u7ed3|\u5176\u4ed6|\u5176\u5b83|\u5176\u4e2d|\u9664|\u4ee5\u5916|\u4e4b\u5916|\u6d89\u8bc9|\u6bd4\u4f8b|\u7387|"
    "\u540c\u6bd4|\u8f83|\u53bb\u5e74|\u4e0a\u5e74|\u6708|\u5b63\u5ea6|\u4e3e\u62a5|\u6295\u8bc9|\u4fe1\u8bbf|\u5904\u7f5a|"
    "\u8bb8\u53ef|\u5f81\u6536|\u5f3a\u5236|\u51b3\u5b9a|\u5e94\u8bc9|\u51fa\u5ead|\u8c03\u89e3|" + APPROXIMATE + "|" + SUBORDINATE)
"""Words making a clause about 行政复议/行政诉讼 one of their results or a part of them (纠错 纠正 维持 败诉 撤销
确认 结果 审理 尚未 未审结 其他 其它 其中 除 以外 之外 涉诉 比例 率 同比 较 去年 上年 月 季度 举报 投诉 信访 处罚
许可 征收 强制 决定 应诉 出庭 调解, a figure given roughly, a subordinate body's): not read."""
AIM = "\u529b\u4e89|\u786e\u4fdd|\u4e89\u53d6|\u907f\u514d|\u9632\u6b62|\u675c\u7edd|\u505a\u5230|\u4fdd\u8bc1|\u52aa\u529b|\u4e0b\u4e00\u6b65|\u4eca\u540e"
"""力争 确保 争取 避免 防止 杜绝 做到 保证 努力 下一步 今后: a clause saying what is aimed at, not what was (力争全年无因政府
信息公开引起的行政复议、行政诉讼: a goal, no none of 表四) — not read."""
_APPEAL_NONE = re.compile(f"^{NEG}|^(?:\u672a\u53d1\u751f|\u672a\u51fa\u73b0|\u672a\u4ea7\u751f|\u4e0d\u5b58\u5728|"
                          "\u672a\u6709|\u672a\u88ab)")      # 未发生 未出现 未产生 不存在 未有 未被
_APPEAL_ALL_ZERO = re.compile("(?:\u5747\u4e3a|\u5747\u662f|\u5747|\u90fd\u4e3a|\u5404)(?:0|\u96f6)\\s*" + UNIT + "?$")  # 均为0件


_EACH = re.compile(f"\u884c\u653f\u590d\u8bae(?:\u6848\u4ef6)?{AMOUNT}(?P<r>\\d+)\\s*{UNIT}[\u3001\u548c\u53ca]?"
                   f"\u884c\u653f\u8bc9\u8bbc(?:\u6848\u4ef6)?{AMOUNT}(?P<s>\\d+)\\s*{UNIT}")
"""行政复议2件、行政诉讼0件 (长河街道 2023): each row its own figure in one clause; 行政诉讼's read only as
0 (more: how they split into its two rows is not said)."""


_SUIT_AFTER = re.compile("\u884c\u653f\u590d\u8bae(?:\u6848\u4ef6|\u6848)?[\u3001\u548c\u53ca\u4e0e\u6216]*"
                         "(?:\u63d0\u8d77|\u88ab)?\u8bc9\u8bbc")
"""行政复议、诉讼 / 行政复议、提起诉讼 / 行政复议和诉讼 / 行政复议诉讼 (run together, 兴安盟生态环境局 2022: 无提起
行政复议诉讼情况): 诉讼 after 行政复议 is 行政诉讼. Run together they were read as 行政复议 alone — its none,
and a figure of the two (行政复议诉讼2件) as 行政复议's."""


APPEAL_GOES_ON = re.compile("(?:\u88ab?\u63d0\u8d77|\u88ab)?(?:\u884c\u653f\u590d\u8bae|\u884c\u653f\u8bc9\u8bbc)(?:\u7684)?"
                             "(?:\u60c5\u51b5|\u6848\u4ef6|\u4e8b\u9879)?")
"""(被)(提起)行政诉讼(的)(情况|案件|事项) alone, right after a clause saying none: the same "none" goes on
over the comma (未发生因政府信息公开申请行政复议,提起行政诉讼的情况), the clause having no verb of its own."""


ONE_SUIT_ROW = re.compile("(?P<direct>\u672a\u7ecf(?:\u884c\u653f)?\u590d\u8bae(?:\u800c)?(?:\u76f4\u63a5)?(?:\u63d0\u8d77|\u8d77\u8bc9)?|"
                           "\u76f4\u63a5(?:\u63d0\u8d77|\u8d77\u8bc9))|"
                           "(?P<after>\u7ecf(?:\u884c\u653f)?\u590d\u8bae(?:\u540e)?(?:\u518d)?(?:\u63d0\u8d77|\u8d77\u8bc9)?|"
                           "\u590d\u8bae\u540e(?:\u518d)?(?:\u63d0\u8d77|\u8d77\u8bc9))")
"""未经(行政)复议(而)(直接)(提起|起诉) / 直接提起|起诉 → 行政诉讼 未经复议直接起诉 alone; 经(行政)复议(后)(再)(提起|起诉) /
复议后(再)提起|起诉 → 复议后起诉 alone (因依申请公开工作引起的经复议后起诉的行政诉讼0件, 钦北区 2023): the words
name one row of 行政诉讼, whose count is then that row's (any figure), and the 行政复议 in them is no count
of 行政复议. Before, both rows were read 0 from it, and 经行政复议后提起行政诉讼0件 read 行政复议 0 as well."""


_COMPLAINTS = "(?:\u4e3e\u62a5|\u6295\u8bc9|\u7533\u8bc9|\u4fe1\u8bbf)+(?:\u4ef6|\u6848\u4ef6)?"   # 举报 投诉 申诉 信访 (件|案件)
_LAST_COMPLAINT = ("(?:\u63a5\u53d7|\u51fa\u73b0|\u6709\u5173\u7684?)?(?:\u884c\u653f)?(?:\u4e3e\u62a5|\u6295\u8bc9|\u7533\u8bc9|\u4fe1\u8bbf)+"
                   "(?:\u4ef6|\u6848\u4ef6|\u6848|\u4e8b\u4ef6)?")
"""(接受|出现|有关的)(行政)申诉… (件|案件|案|事件): a complaint as the list's last items name it."""
_COMPLAINT_ITEMS = re.compile(
    f"(?:(?<=\u5f15\u53d1)|(?<=\u5f15\u8d77)|(?<=\u4ea7\u751f)|(?<=\u53d1\u751f)|(?<=\u51fa\u73b0)|(?<=\u3001)|(?<=\u76f8\u5173)|"
    f"(?<=\u7684)){_COMPLAINTS}\u3001"
    f"|(?:(?<=\u6848\u4ef6|\u8bc9\u8bbc|\u590d\u8bae)|(?<=\u8bc9\u8bbc\u6848))(?:[\u3001\u548c\u53ca\u6216]|\u4ee5\u53ca)"
    f"{_LAST_COMPLAINT}(?:[\u3001\u548c\u53ca\u6216]{_LAST_COMPLAINT})*\u7b49?(?=(?:\u7684)?(?:\u60c5\u51b5)?(?:\u53d1\u751f)?$)")
"""A complaint listed beside the appeals in a "none" (未发生…引发举报、投诉、申请行政复议或提起行政诉讼的情况; …行政复议案件、
行政诉讼案件和举报申诉件): an item of the list, each denied, taken out before the clause is weighed — only in a
clause with no figure, and only as an item (after 引发 引起 产生 发生 出现 相关 — 未接到过相关投诉、行政复议和行政诉讼,
渠县行政审批局 2019 — or after 的, 引发的 引起的 产生的 among them:
…因依申请公开答复引起的投诉举报、行政复议、行政诉讼等情况, 银川市民委 2024; 未发生有关政府信息公开工作的举报、投诉、
行政复议…, 螺洋街道 2021 — or 、, before 、; or the list's last, after
the appeals, 以及 too, one or more, worded as a sentence names them: …提起行政诉讼或接受行政申诉、举报等情况 (鼓楼区东街街道
2025), …行政诉讼案和有关的申诉案, …或出现申诉情况): 因举报引发的行政复议 (a part of them) keeps its 举报, and stays unread."""


_BARE_PAIR = re.compile("(?<!\u884c\u653f)(?<!\u7ecf)\u590d\u8bae(?=(?:\u6848\u4ef6|\u6848)?[\u3001\u548c\u53ca\u4e0e\u6216]"
                        "(?:\u63d0\u8d77)?\u8bc9\u8bbc)")
"""复议 without 行政, right before 、(提起)诉讼 (未发生因政府信息公开引起的复议、诉讼; 无因依申请公开引起投诉、复议及诉讼情况): the
pair of appeals said short, read as 行政复议、诉讼 only where its own clause names the disclosure (``DISCLOSURE``) —
复议、诉讼 alone (我镇无复议、诉讼和申诉情况发生: of what?), 经复议 (a row of 行政诉讼), 复议机关 and 诉讼 of another kind
(复议、合同诉讼) are not it."""
INFORMATION_REQUESTS = "\u653f\u5e9c\u4fe1\u606f\u7533\u8bf7"   # 政府信息申请
"""The requests for government information named without 公开 (未发生因政府信息申请引起的行政复议和行政诉讼, 桐乡市公安局
2023): a request for 政府信息 is one for its disclosure, where 信访申请 or 行政许可申请 are not — a clause naming them
is about the requests, as one naming 公开 is."""
DISCLOSURE = re.compile("\u4fe1\u606f\u516c\u5f00|\u4f9d\u7533\u8bf7\u516c\u5f00|" + INFORMATION_REQUESTS)   # 信息公开 依申请公开


def short_pair_named(clause: str) -> str:
    """The clause with a short pair of appeals (``_BARE_PAIR``) written out, where the clause names disclosure."""
    return _BARE_PAIR.sub(APPEAL_WORDS[0], clause) if DISCLOSURE.search(clause) else clause


def without_complaints(clause: str) -> str:
    """A clause with no figure, the complaints listed as items beside the appeals taken out (``_COMPLAINT_ITEMS``)."""
    return clause if re.search(r"\d", YEAR.sub("", clause)) else _COMPLAINT_ITEMS.sub("", clause)


def appeal_totals(clause: str, year: int, about_requests: bool, only_none: bool = False) -> list[tuple[str, int]]:
    """无/未发生…行政复议(和)行政诉讼; 行政复议和行政诉讼均为0件; 行政复议N件; 行政诉讼0件."""
    clause = without_complaints(short_pair_named(clause))
    about_requests = about_requests or INFORMATION_REQUESTS in clause
    named = list(ONE_SUIT_ROW.finditer(clause)) if APPEAL_WORDS[1] in clause else []
    rows = {SUITS[0] if m["direct"] else SUITS[1] for m in named}
    if len(rows) != 1:                # none named, or both (行政诉讼 whole): read as it stands
        return _appeal_totals(clause, year, about_requests, only_none, False)
    row = rows.pop()
    read = _appeal_totals(ONE_SUIT_ROW.sub("", clause), year, about_requests, only_none, True)
    return [(a, v) for a, v in read if a == REVIEW] + [(row, v) for a, v in read if a == SUITS[0]]


_NOT_ONE = re.compile("(?:(?<=\u6ca1\u6709|\u672a\u6709)|(?<=\u65e0))\u4e00(?:\u4ef6|\u8d77|\u4f8b|\u5b97)(?!\u5916)(?:\u4e5f|\u90fd)?")
"""没有|未有|无 一件|一起|一例|一宗 (也|都): not even one, a none (全年没有一件因政府信息公开工作被申请行政复议, 湘潭市城管局
2023) — its 一 no count in words (无一例外 is no none)."""
_CAUSE = re.compile(f"{NEG}?(?:\u672a?(?:\u53d1\u751f|\u51fa\u73b0|\u4ea7\u751f))?(?:\u56e0|\u9488\u5bf9|\u4e0e)"
                    "(?P<x>[^\u7684]*)(?:\u800c)?(?:\u5f15\u53d1|\u5f15\u8d77|\u4ea7\u751f|\u63d0\u8d77|\u7533\u8bf7|"
                    "\u5bfc\u81f4)?(?:\u7684)?")
"""(negation)(发生|出现|产生)因|针对|与 X (而)(引发|引起|产生|提起|申请|导致)(的), running up to the appeals: a cause,
X naming the disclosure and no 的 (no thing of its own before the appeals). A 、 or 和 in X lists the cause's parts
(因政府信息公开不及时、不规范而引发的, 针对街道机关和社区工作站有关政府信息公开事务的), no other thing denied with them;
so does the 与 of 与…有关的, the appeals tied to the disclosure (没有发生针对本局与政府信息公开有关的行政复议和行政诉讼,
大竹县教科局 2019: 没有 and 发生 apart, as 未发生 is one word)."""
_EVERYONE = re.compile("\u516c\u6c11[\u3001\uff0c,]?\u6cd5\u4eba(?:\u548c|\u6216\u8005|\u6216|\u53ca|\u3001)\u5176\u4ed6\u7ec4\u7ec7")
"""公民、法人和|或(者)其他组织: everyone, whose 其他 narrows nothing (法人或其他组织 alone is a kind of applicant: kept)."""
_ZERO_SAID = re.compile("(?<=\u4e3a)(?P<n>0|\u96f6)$")
"""…的情况为0 (缙云县医保局 2020): 0 with no unit, after 为 — a none; more than 0 with no unit is not read."""


def _other_thing_denied(negated: str) -> bool:
    """Whether the words from the negation up to the appeals deny some other thing beside them (无…结转办理情况及…
    行政复议: whose "无" is that?) — not a cause of the appeals' own (``_CAUSE``)."""
    if (cause := _CAUSE.fullmatch(negated)) is not None and DISCLOSURE.search(cause["x"]) \
            and not re.search("\u60c5\u51b5|\u7ed3\u8f6c", negated):
        return False
    return re.search("(?<!\u6d89)\u53ca|\u548c|\u4e0e|\u3001|\u60c5\u51b5|\u7ed3\u8f6c", negated) is not None


def _appeal_totals(clause: str, year: int, about_requests: bool, only_none: bool, one_row: bool) -> list[tuple[str, int]]:
    """One figure after the kinds listed together (行政复议、行政诉讼案件为0件, 东至县大渡口经开区 2022) is read
    only as 0: none of them all is none of each; more, how it splits between them the words do not say.
    ``only_none``: a none alone, in words or as 0 (a figure more may count a part)."""
    clause = _NOT_ONE.sub("", clause)
    review = APPEAL_WORDS[0] in clause
    suit = APPEAL_WORDS[1] in clause or _SUIT_AFTER.search(clause) is not None
    if not (review or suit) or _APPEAL_NARROW.search(_EVERYONE.sub("", clause)) or re.search(AIM, clause) \
            or not about_requests:
        return []
    if any(int(y) != year for y in YEAR.findall(clause)):
        return []
    bare = YEAR.sub("", clause)
    cells = ([REVIEW] if review else []) + (list(SUITS) if suit else [])
    figures = re.findall(r"\d+", bare)
    start = re.search("\u884c\u653f", bare)
    if start is None:     # (both cue words begin with 行政, so never: an explicit return, not an assert)
        return []
    head = bare[:start.start()]
    if not figures and not re.search("\u4e00|\u4e8c|\u4e24|\u4e09|\u51e0|\u591a|\u4e2a\u522b", bare):
        # the negation governs the whole clause: it opens the predicate, after at most a subject
        m = re.search(f"{NEG}|\u672a\u53d1\u751f|\u672a\u51fa\u73b0|\u672a\u4ea7\u751f|\u4e0d\u5b58\u5728", head)
        # from the negation up to the appeals themselves (行政机关 in a cause begins with 行政 too)
        first = min((bare.find(w) for w in APPEAL_WORDS if w in bare), default=start.start())
        negated = bare[m.start():max(first, start.start())] if m is not None else ""
        if m is not None and _APPEAL_NONE.match(negated) and len(head[:m.start()]) <= 12 \
                and not _other_thing_denied(negated):
            return [(a, 0) for a in cells]
        return []
    if len(figures) == 2 and not only_none and (each := _EACH.fullmatch(bare[start.start():])):
        suits = [(a, int(each["s"])) for a in SUITS] if one_row or int(each["s"]) == 0 else []
        return [(REVIEW, int(each["r"]))] + suits
    if len(figures) != 1 or (only_none and int(figures[0]) != 0):
        return []
    if _APPEAL_ALL_ZERO.search(bare):
        return [(a, 0) for a in cells]
    m = re.search(f"{FIGURE}$", bare) or _ZERO_SAID.search(bare)
    if m is None:
        return []
    value = 0 if m["n"] == "\u96f6" else int(m["n"])
    if value and re.search("\u5747|\u5404|\u548c|\u53ca|\u4e0e|\u3001", bare[start.start():m.start()]):
        return []                     # 行政复议、行政诉讼案件2件: how they split between the kinds is not said
    if suit and value and not one_row:
        return []                     # 行政诉讼3件: how they split into its two rows is not said
    return [(a, value) for a in cells]
