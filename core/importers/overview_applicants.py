"""一's applicant columns said as the parts of the year's new requests, for ``overview_counts``.

A report's overview often gives the year's new requests and then, after 其中, who made them
(全年共接收政府信息公开申请16件,其中自然人申请15件、法人或其他组织申请1件, 鞍山市铁西区政府办 2025;
…申请14件。其中,自然人申请13件,法人或其他组织申请1件, 浙江省水利厅 2023). After 其中 a sentence says parts,
and parts may be of any count, so the overview's grammar reads none of them. Here the form's own applicant
kinds are read from them only where they can be of nothing but 一:

- the parts follow the clause counting 一 (收到/新收…N件) right away — in its sentence, or opening the next one
  (其中,自然人…) — or after one clause of 上年结转 only, and then only when 自然人 and 法人或其他组织 are both said
  and add up to 一, not to 一 and 上年结转 (…申请101件,上年结转1件,其中自然人申请100件、法人或其他组织申请1件,
  鹤城区 2025);
- 自然人 N1 (自然人申请 / 申请件 / 提出的申请 / 提交的申请) is 一's 自然人 column; 法人或其他组织 M is the sum of five
  columns and fills none of them — save M = 0, or 自然人 alone equal to 一, when each of the five is 0
  (a sum of counts that is 0);
- where both are said they must add up to 一 exactly; 自然人 alone, no more than 一.

Anything else — another kind (企业, 公民, 个人…), another verb's count before 其中 (受理, 办理, 办结…),
a second clause between — and nothing is read: a false figure is worse than a missing one."""

from __future__ import annotations

import re

from core.importers.asides import ASIDE
from core.importers.overview_appeals import AMOUNT, YEAR
from core.importers.request_clause import requests_in
from core.importers.request_words import (
    CARRIED_IN,
    COUNT,
    NARROW,
    NEW_BY_KIND,
    WHAT,
    count_of,
    names_requests,
    plain_names,
    prefix_ok,
)

_SEPARATOR = "[\uff0c,\uff1b;]"
_PARTS = re.compile("^(?:\u5176\u4e2d|\u5305\u62ec)[\uff0c,\uff1a:]?")       # 其中(,/:), 包括 (…16件,包括自然人申请15件…)
_ASIDE_OF_ROWS = re.compile("\u542b|\u5305\u62ec|\u5176\u4e2d|\u4e0a\u4e00?\u5e74|\u4e0b\u4e00?\u5e74|\u7ed3\u8f6c|\u8f6c\u7ed3|\u65b0\u6536|\u529e\u7ed3|\u53d7\u7406")
"""An aside in the parts saying what a part holds or which row it is (含 包括 其中 上年 下年 结转 转结 新收 办结 受理): the part
is then no kind's alone, and stays as it is (unread); any other aside (市发展改革委转办1件: how some came) is left out."""
_HOW = "(?:\u7533\u8bf7\u4ef6?|(?:\u63d0\u51fa|\u63d0\u4ea4)(?:\u7684)?\u7533\u8bf7)?"
"""申请(件) / 提出(的)申请 / 提交(的)申请 after the kind, or nothing: 自然人申请15件, 自然人申请件12件, 自然人3件."""
_APPLICANTS = re.compile(f"\u81ea\u7136\u4eba{_HOW}(?P<n>\\d+)\u4ef6"                          # 自然人…N1件
                         f"(?:[\u3001\uff0c,]\u6cd5\u4eba\u6216(?:\u8005)?\u5176\u4ed6\u7ec4\u7ec7{_HOW}(?P<m>\\d+)\u4ef6)?"
                         "(?=[\uff0c,\uff1b;\u3002]|$)")                                    # 、法人或(者)其他组织…M件
"""自然人…N1件(、法人或其他组织…M件), ending its clause."""


def applicants_of_new(sentence: str, clause: str, new: int, following: str, year: int) -> list[tuple[str, int, str]]:
    """一's applicant columns the parts after ``clause`` (the one counting 一, ``new``, in ``sentence``) say,
    with the words saying them; ``following``: the next sentence, where the parts may open it."""
    at = sentence.find(clause)
    if at < 0 or not clause:
        return []
    rest = re.sub(f"^{_SEPARATOR}", "", sentence[at + len(clause):]).strip()
    if not rest.strip("\u3002"):
        rest = following.strip()
    carried = False
    if not _PARTS.match(rest):          # one clause of 上年结转 between: …101件,上年结转1件,其中…
        first, *after = re.split(_SEPARATOR, rest, maxsplit=1)
        if not after or [a for a, _ in requests_in(first, year, True)] != [CARRIED_IN]:
            return []
        carried, rest = True, after[0].strip()
    rest = ASIDE.sub(lambda a: a[0] if _ASIDE_OF_ROWS.search(a[1]) else "", rest)
    start = _PARTS.match(rest)
    m = _APPLICANTS.match(rest, start.end()) if start else None
    if m is None:
        return []
    natural, organisations = int(m["n"]), (int(m["m"]) if m["m"] is not None else None)
    if organisations is None and (carried or natural > new):
        return []
    if organisations is not None and natural + organisations != new:
        return []
    said = rest[:m.end()]
    out = [(NEW_BY_KIND[0], natural, said)]
    if organisations == 0 or (organisations is None and natural == new):
        out += [(kind, 0, said) for kind in NEW_BY_KIND[1:]]
    return out


NATURAL_SAID = "natural_said"
"""What ``read_clauses`` says of a clause counting 自然人's requests by its own verb (``natural_counted``): 一's 自然人
column alone, kept apart from the kinds read as parts of a 一 (``kinds_kept``)."""
_RECEIVED = "(?:\u6536\u5230|\u65b0\u6536|\u63a5\u6536|\u63a5\u5230)(?:\u4e86)?"            # 收到 新收 接收 接到 (了)
_NATURAL = ("(?:\u7531|\u6765\u81ea)?\u81ea\u7136\u4eba(?:\u63d0\u51fa|\u63d0\u4ea4|\u53d1\u8d77)?(?:\u7684)?")
"""(由|来自)自然人(提出|提交|发起)(的): the one applicant kind, said between the verb and the requests' words."""
_BY_NATURAL = (f"(?P<pre>.*?){_RECEIVED}{_NATURAL}(?P<what>{WHAT}){AMOUNT}{COUNT}",      # 收到自然人依申请公开事项1件
               f"(?P<pre>.*?){_RECEIVED}{AMOUNT}{COUNT}{_NATURAL}(?P<what>{WHAT})")      # 收到2件由自然人发起的…申请


def natural_counted(clause: str, year: int) -> int | None:
    """N of a clause counting the requests natural persons made by the verb of 一 (我局收到自然人依申请公开事项1件,
    东台市文广旅局 2023; 全街收到2件由自然人发起的政府信息公开申请, 汉水桥街道 2024): 一's 自然人 column, and nothing
    else — whether others applied is not said in so many words, so neither 总计 nor the other columns (the corpus's
    readers left 总计 out: 葫芦岛市医保局 2023, 武隆区市场监管局 2025). The clause whole: the requests named by their own
    words (收到自然人申请2件 names no request for disclosure), nothing between the kind and them, nothing after the
    figure (收到自然人申请1件、法人申请2件 stays one clause, unread), the prefix a time and subject alone (no none,
    no other year, nothing narrowing: 网上收到自然人…)."""
    clause = plain_names(clause)
    for pattern in _BY_NATURAL:
        m = re.fullmatch(pattern, clause)
        if m is not None and prefix_ok(m["pre"], year) and not re.search("\u672a|\u6ca1\u6709|\u65e0", m["pre"]) \
                and names_requests(m["what"]) and not NARROW.search(YEAR.sub("", m["what"])):
            return count_of(m["n"])
    return None


def kinds_kept(kinds_of: set[int], natural_said: set[int], new: set[int]) -> bool:
    """Whether the applicant columns read stand: ``kinds_of``, the 一 each kind read as its parts was said of
    (-1: of no one 一), must be the one 一 read (``new``, every figure stated for it); a 自然人 said by its own verb
    alone (``natural_counted``) stands once, no more than a 一 read, if any."""
    if natural_said and not kinds_of:
        return len(natural_said) == 1 and len(new) <= 1 and all(n >= min(natural_said) for n in new)
    return len(new) == 1 and kinds_of == new
