"""行政复议's results (表四's 结果维持 结果纠正 其他结果 尚未审结), said in 一、总体情况 right after its total:
"因政府信息公开引起的行政复议3件,结果维持1件,被纠错1件,尚未审结1件" (历下区姚家街道 2025, 长宁区新泾镇 2024, 凌源市市场监管局 2025).

``overview_counts`` reads the total (行政复议3件) and leaves every clause narrowing appeals to a result
unread, as it must where it cannot tell whose result it is. Here the subject is plain: the clauses run
on from the one whose 行政复议 total was read, as parts of it. So this reads, after that clause alone:

- clause after clause, each a figure and one of the form's own results, worded as the form or its
  passive (结果维持 / 维持结果 / 被维持 / 维持, 结果纠正 / 被纠正 / 被纠错, 其他结果, 尚未审结 / 未审结 /
  尚未办结), the figure before or after it (1件结果维持, 其中1起尚未审结), each result once;
- up to the first clause that is anything else (撤销复议申请1件: withdrawn, none of the form's words;
  行政诉讼2件: another row's): what follows may be another thing's, so nothing after it is read;
- only where the results add up to no more than the total, and the total's clause read 行政复议
  alone (行政复议、行政诉讼均为0件 gives no row the results after it belong to);
- a sentence right after the total's, opening with 其中, continues it (…行政复议0件。其中结果维持0件;…);
- all four at once where the next clause says every one was upheld (均为维持, ``_ALL``), or another result;
- a none of one result: 已审结 (尚未审结 0), 未出现被纠错情形 (结果纠正 0) (``_NONE_OF``).

A result the words leave out stays unread (结果维持6件,尚未审结1件 of 7: the other two are 0 by the sum,
but not printed). 撤销 alone is not read: 撤销复议申请 is the applicant withdrawing, no correction.
"""

from __future__ import annotations

import re

import core.template_prose as meaning
from core.importers.asides import ASIDE
from core.importers.overview_appeals import REVIEW, SUITS, UNIT

KINDS = {meaning.REVIEW_UPHELD: "\u7ef4\u6301",                              # 维持
         meaning.REVIEW_CORRECTED: "\u7ea0\u6b63|\u7ea0\u9519",              # 纠正 纠错
         meaning.REVIEW_OTHER: "\u5176\u4ed6\u7ed3\u679c|\u5176\u5b83\u7ed3\u679c",  # 其他结果 其它结果
         meaning.REVIEW_PENDING: "\u5c1a\u672a\u5ba1\u7ed3|\u672a\u5ba1\u7ed3|\u5c1a\u672a\u529e\u7ed3"}  # 尚未审结 未审结 尚未办结
"""Each result of 行政复议 (the template's meaning) and the words naming it."""

_KIND = "|".join(f"(?P<{k}>{w})" for k, w in KINDS.items())
_N = f"(?P<n>\\d+|\u96f6)\\s*{UNIT}"
_PART = "(?:\u5176\u4e2d[\uff1a:]?)?"                                             # 其中(：)
_RESULT = (re.compile(f"^{_PART}(?:\u7ed3\u679c|\u88ab)?(?:{_KIND})(?:\u7ed3\u679c)?(?:\u7684)?(?:\u4e3a)?{_N}$"),
           re.compile(f"^{_PART}{_N}(?:\u7ed3\u679c|\u88ab)?(?:{_KIND})(?:\u7ed3\u679c)?$"))
"""(其中)(结果|被)KIND(结果)(的)(为)N件 / (其中)N件(结果|被)KIND(结果): one result, its figure, nothing else."""
_NAMED = re.compile(f"^{_PART}(?:\u884c\u653f)?\u590d\u8bae(?:\u6848\u4ef6)?(?:\u7ed3\u679c)?(?:\u88ab)?(?:{_KIND})"
                    f"(?:\u7ed3\u679c)?(?:\u7684)?(?:\u4e3a)?{_N}$")
"""(其中)(行政)复议(案件)(结果)(被)KIND(结果)(的)(为)N件: a result naming its row itself (其中行政复议纠错1件, 杭州市浦沿街道
2024) — the one form read after a total's clause shared with 行政诉讼 (行政复议2件、行政诉讼0件,其中行政复议纠错1件), where
an unnamed result (其中纠错1件) may be either row's."""
_ALL = re.compile(f"^(?:(?:\u884c\u653f)?\u590d\u8bae)?(?:\u7ed3\u679c)?(?:(?:\u5747|\u5168\u90e8|\u90fd)"
                  f"(?:\u4e3a|\u83b7|\u88ab|\u4e88\u4ee5)?|\u4e3a)(?:\u7ed3\u679c)?(?:{_KIND})(?:\u7ed3\u679c)?$")
"""(行政)(复议)(结果)均|全部|都(为|获|被|予以)KIND / 为KIND: every one that result (复议结果均为维持, 江苏省水利厅 2023;
均获维持, 陕西省政府办公厅 2022; 为其他结果) — it the total, the other three 0; nothing else in the clause (均维持原答复
stays unread)."""
_NONE_OF = (
    (meaning.REVIEW_PENDING, re.compile("^(?:\u5747|\u5168\u90e8|\u90fd)?\u5df2(?:\u5168\u90e8)?\u5ba1\u7ed3(?:\u5b8c\u6bd5)?$")),
    (meaning.REVIEW_CORRECTED, re.compile("^(?:\u672a\u51fa\u73b0|\u672a\u53d1\u751f|\u65e0|\u6ca1\u6709)\u88ab?"
                                          "(?:\u7ea0\u9519|\u7ea0\u6b63)(?:\u7684)?(?:\u60c5\u5f62|\u60c5\u51b5|\u6848\u4ef6)?$")))
"""(均|全部)已(全部)审结(完毕): 尚未审结 0 (行政复议案件9件,已审结, 龙游县 2023); 未出现|未发生|无|没有(被)纠错|纠正(的)(情形|
情况|案件): 结果纠正 0 (未出现被纠错情形, 邢台市政府办 2025)."""
_CUT = "[\uff0c,\uff1b;]"


def result_of(clause: str) -> tuple[str, int] | None:
    """The result a clause gives and its figure, when the clause is that alone (``_RESULT``)."""
    for kind, none in _NONE_OF:
        if none.match(clause):
            return kind, 0
    m = _RESULT[0].match(clause) or _RESULT[1].match(clause)
    if m is None:
        return None
    kind = next(k for k in KINDS if m[k] is not None)
    n = m["n"]
    return kind, 0 if n == "\u96f6" else int(n)


def named_result_of(clause: str) -> tuple[str, int] | None:
    """The result a clause naming 行政复议 itself gives and its figure (``_NAMED``)."""
    m = _NAMED.match(clause)
    if m is None:
        return None
    return next(k for k in KINDS if m[k] is not None), 0 if m["n"] == "\u96f6" else int(m["n"])


def review_results(sentence: str, read: list[tuple[str, int, str]], following: str = "") -> list[tuple[str, int, str]]:
    """The results of 行政复议 the clauses after its total in ``sentence`` give (the module's words), as
    (meaning, figure, clause); ``read``: what ``overview_counts.read_clauses`` read of the sentence;
    ``following``: the next sentence, read on when it opens with 其中 and the total was the last clause.
    Where the total's clause speaks of 行政诉讼 too (行政复议2件、行政诉讼1件, its count read or not), only results
    naming 行政复议 themselves are read: 其中纠错1件 may be either's."""
    totals = [(v, c) for a, v, c in read if a == REVIEW]
    if len(totals) != 1:
        return []
    total, said = totals[0]
    shared = "\u8bc9\u8bbc" in said or any(a in SUITS and c == said for a, _, c in read)   # 诉讼 in the total's clause
    clauses = re.split(_CUT, sentence)
    at = [i for i, c in enumerate(clauses) if ASIDE.sub("", c).endswith(said) and said]
    if len(at) != 1:
        return []
    after = clauses[at[0] + 1:]
    asides = ASIDE.findall(clauses[at[0]])
    if len(asides) == 1:                          # 行政复议7件(其中1件被纠错): the aside says its parts
        after = re.split(_CUT, asides[0]) + after
    if not after and following.startswith("\u5176\u4e2d"):
        after = re.split(_CUT, following)
    if after and total and not shared and (every := _ALL.match(after[0])):
        return [(k, total if every[k] is not None else 0, after[0]) for k in KINDS]
    out: list[tuple[str, int, str]] = []
    for clause in after:
        found = named_result_of(clause) if shared else result_of(clause) or named_result_of(clause)
        if found is None:
            break
        if any(k == found[0] for k, _, _ in out):
            return []                             # a result said twice: of what?
        out.append((found[0], found[1], clause))
    return out if sum(v for _, v, _ in out) <= total else []
