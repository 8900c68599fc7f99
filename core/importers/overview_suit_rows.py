"""行政诉讼's two rows (未经复议直接起诉, 复议后起诉) where 一、总体情况 breaks its count down into them
(信息公开行政诉讼2件,其中未经复议直接起诉1件,结果维持1件,复议后起诉1件,结果维持1件, 长宁区新泾镇 2024), and the clause
naming the appeals over disclosure as the topic of the counts after it (因政府信息公开工作被申请行政复议或提起行政诉讼中,
行政复议7件,…, 杭州市人社局 2023).

``appeal_totals`` reads 行政诉讼 more than 0 for neither row: how it splits the words do not say. Here they do, so this
reads, for a clause counting 行政诉讼 (行政复议 beside it too: 行政复议1件、行政诉讼2件) whose two rows ``read_clauses``
reads as 0 once its figure is put as 0 (the same words weighed: about disclosure, this year, nothing narrowing them):

- the clause right after it opening with 其中 and naming one row by its own words (``ONE_SUIT_ROW``), a figure, nothing
  else; then clause after clause, each the other row so named, or one of the form's results (结果维持1件: the row's own,
  passed over), up to the first clause that is anything else;
- each row once; both named only where they add up to the whole, one alone where it is no more than the whole (the other
  row, the rest, is not printed and stays unread).

The same for a count of 行政争议 over disclosure broken down after 其中 into 行政复议 and 行政诉讼 (因信息公开引发行政争议11件,
其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,…, 嘉兴市政府办 2023): the two, each once (their results between passed
over), adding up to the whole, are the appeals themselves — 行政复议's total read, 行政诉讼's only as 0 (``appeal_totals``'s
rule), the whole's clause weighed as a clause of 行政复议 would be (its year, its narrowing words, naming disclosure).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.importers.overview_appeals import AMOUNT, DISCLOSURE, ONE_SUIT_ROW, REVIEW, SUITS, UNIT, appeal_totals
from core.importers.overview_review_results import result_of

APPEALS_TOPIC = re.compile("^(?:\u56e0|\u5173\u4e8e)?(?:\u653f\u5e9c)?\u4fe1\u606f\u516c\u5f00(?:\u5de5\u4f5c)?(?:\u88ab)?(?:\u7533\u8bf7)?"
                           "\u884c\u653f\u590d\u8bae[\u3001\u548c\u53ca\u4e0e\u6216](?:\u63d0\u8d77)?\u884c\u653f\u8bc9\u8bbc(?:\u7684)?"
                           "(?:\u60c5\u51b5|\u6848\u4ef6)?(?:\u4e2d|\u65b9\u9762)$")
"""(因|关于)(政府)信息公开(工作)(被)(申请)行政复议、|和|及|与|或(提起)行政诉讼(的)(情况|案件)中|方面: the clause names the
appeals over disclosure as what the clauses after it count, nothing else (no figure, no verb of its own)."""

_WHOLE = re.compile(f"\u884c\u653f\u8bc9\u8bbc(?:\u6848\u4ef6)?{AMOUNT}(?P<n>\\d+)\\s*{UNIT}$")
_ROW = re.compile(f"^(?:\u5176\u4e2d[\uff1a:]?)?(?:{ONE_SUIT_ROW.pattern})(?:\u7684)?(?:\u884c\u653f)?(?:\u8bc9\u8bbc)?"
                  f"(?:\u6848\u4ef6)?{AMOUNT}(?P<n>\\d+|\u96f6)\\s*{UNIT}$")
_CUT = "[\uff0c,\uff1b;]"


def suit_rows(sentence: str, year: int,
              read: Callable[[str, int], list[tuple[str, int, str]]]) -> list[tuple[str, int, str]]:
    """行政诉讼's rows a sentence breaks its count into (the module's words), as (meaning, figure, clause); ``read``:
    ``overview_counts.read_clauses``, which weighs whether the count is of appeals over disclosure."""
    clauses = re.split(_CUT, sentence)
    for at, clause in enumerate(clauses):
        whole = _WHOLE.search(clause)
        if whole is None or at + 1 >= len(clauses) or not clauses[at + 1].startswith("\u5176\u4e2d"):
            continue
        zero = clause[:whole.start("n")] + "0" + clause[whole.end("n"):]
        said = read("\uff0c".join(clauses[:at] + [zero]), year)
        if sorted(a for a, v, c in said if c.endswith(zero) and v == 0 and a in SUITS) != sorted(SUITS):
            return []
        return _rows(int(whole["n"]), clauses[at + 1:])
    return []


def _rows(whole: int, after: list[str]) -> list[tuple[str, int, str]]:
    """The rows the clauses right after the whole name, each once, checked against the whole."""
    rows: dict[str, tuple[int, str]] = {}
    for i, clause in enumerate(after):
        row = _ROW.match(clause)
        if row is None and i and result_of(clause) is not None:
            continue                        # the row's own result (结果维持1件)
        if row is None or (i and clause.startswith("\u5176\u4e2d")):
            break
        meaning = SUITS[0] if row["direct"] else SUITS[1]
        if meaning in rows:
            return []                       # a row said twice: of what?
        rows[meaning] = (0 if row["n"] == "\u96f6" else int(row["n"]), clause)
    total = sum(v for v, _ in rows.values())
    if (len(rows) == 2 and total != whole) or total > whole:
        return []
    return [(a, v, c) for a, (v, c) in rows.items()]


_DISPUTES = re.compile(f"\u884c\u653f\u4e89\u8bae(?:\u6848\u4ef6)?{AMOUNT}(?P<n>\\d+)\\s*{UNIT}$")
"""行政争议(案件)N件: the appeals of both kinds, counted together."""
_KIND = re.compile(f"^(?:\u5176\u4e2d[\uff1a:]?)?(?P<k>\u884c\u653f\u590d\u8bae|\u884c\u653f\u8bc9\u8bbc)(?:\u6848\u4ef6)?"
                   f"{AMOUNT}(?P<n>\\d+|\u96f6)\\s*{UNIT}$")


def disputes_split(sentence: str, year: int) -> list[tuple[str, int, str]]:
    """行政复议's total (and 行政诉讼's, when 0) from a count of 行政争议 over disclosure broken down into the two (the
    module's words), as (meaning, figure, clause)."""
    clauses = [c for c in re.split(_CUT, sentence) if c]
    for at, clause in enumerate(clauses):
        whole = _DISPUTES.search(clause)
        if whole is None or not clauses[at + 1:] or not clauses[at + 1].startswith("\u5176\u4e2d"):
            continue
        as_review = clause[:whole.start()] + "\u884c\u653f\u590d\u8bae0\u4ef6"
        if appeal_totals(as_review, year, DISCLOSURE.search(clause) is not None) != [(REVIEW, 0)]:
            return []
        kinds: dict[str, tuple[int, str]] = {}
        for part in [clauses[at + 1].removeprefix("\u5176\u4e2d")] + clauses[at + 2:]:
            if part in ("", "\uff1a", ":"):
                continue
            kind = _KIND.match(part)
            if kind is None and kinds and result_of(part) is not None:
                continue                    # a result of the kind just counted
            if kind is None:
                break
            if kind["k"] in kinds:
                return []
            kinds[kind["k"]] = (0 if kind["n"] == "\u96f6" else int(kind["n"]), part)
        if len(kinds) != 2 or sum(v for v, _ in kinds.values()) != int(whole["n"]):
            return []
        (review, said), (suits, suits_said) = kinds["\u884c\u653f\u590d\u8bae"], kinds["\u884c\u653f\u8bc9\u8bbc"]
        return [(REVIEW, review, said)] + ([(a, 0, suits_said) for a in SUITS] if suits == 0 else [])
    return []
