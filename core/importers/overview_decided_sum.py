"""三（七） said by a count the sum of the form's rows proves, for ``overview_counts``: a count of another verb than
办结 (办理, 答复, 办理答复, 回复), or 办结 with words before it the grammar keeps out (按时办结454件), or in the sentence
after the requests' (…上年结转0件。依法办结35件,结转下年度办理7件); and 四 of the year's requests parted after 其中.

A count handled or answered need not be the year's decided (受理…46件,办结44件: some may go on; 按时办结 may leave out
the late), so such a count is read only where the form's own sum proves it, 一 + 二 = 三（七） + 四:

- 一, 二 and 四 read, each one figure, or 四 said in the same words; 二 said (上年结转0件 too) — where it is not, the
  count may be of the new alone beside some carried in decided (新收42件,答复39件,结转下年度3件 reads no 三（七）,
  硚口区政府办 2024), and every request said decided (均已依法按期办结) is no figure of 三（七） either (井研县自然资源局 2025);
- the count in 一's sentence or the one after it, before any 其中 (after it, parts), one clause: (已|共|累计)
  and the verb, the requests' words or none, one figure; before the verb only its time and subject (按时 and 依法 too);
- exactly one such figure makes the sum hold: that is 三（七） (and 四, if read here). Where 四 is 0 the sum cannot tell
  the requests handled from those decided (上年无结转,已办理2件,无结转下年度, 襄州区水利局 2024): 办理 and 完成 are then
  not read, only a verb of deciding or answering (办结, 答复, 办理答复: 办理答复139件,结转下年度办理0件). 公开答复 is
  not read at all (答复 by 予以公开, or in public: 深圳市生态环境局 2022).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from core.importers.asides import ASIDE
from core.importers.overview_appeals import AMOUNT, YEAR
from core.importers.request_clause import requests_in
from core.importers.request_words import (
    ANOTHER_TIME,
    CARRIED_IN,
    CARRIED_OUT,
    COUNT,
    DECIDED,
    NARROW,
    NEW,
    WHAT,
    before_verb_ok,
    carried_said,
    count_of,
)

_VERB = ("(?:\u5df2|\u5171|\u7d2f\u8ba1)?(?P<verb>\u529e\u7406\u7b54\u590d|\u7b54\u590d\u529e\u7ed3|\u529e\u7ed3\u7b54\u590d|\u529e\u7406\u5b8c\u6210|\u529e\u7406\u5b8c\u6bd5|\u529e\u7ed3\u5b8c\u6210|\u529e\u7ed3\u5b8c\u6bd5|\u529e\u7ed3|\u529e\u7406|\u7b54\u590d|\u56de\u590d|\u5b8c\u6210)")
"""(已|共|累计)办理答复 答复办结 办结答复 办理完成/完毕 办结(完成|完毕) 办结 办理 答复 回复 完成: a count dealt with."""
_HANDLED_ONLY = ("\u529e\u7406", "\u5b8c\u6210")
"""办理 完成: dealt with, decided or not — told from 办结 only by a sum where some go on into next year."""
_MANNER = re.compile("\u6309\u65f6|\u4f9d\u6cd5\u4f9d\u89c4|\u4f9d\u6cd5|\u4f9d\u89c4|\u89c4\u8303")
"""按时 依法(依规) 规范: how they were dealt with, which the sum makes no part of the whole (按时办结454件)."""
_INTAKE = re.compile("\u6536|\u53d7\u7406|\u63a5|\u7ed3\u8f6c|\u8f6c\u7ed3|\u65b0|\u516c\u5f00|\u4e88\u4ee5|\u63d0\u4f9b|\u5904\u7406")
"""A verb of intake before the count's (收到并办理…9件: the clause is 一's), or of another kind (公开答复191件: answered
by 予以公开, or in public; 予以 提供 处理)."""
_DENIED = re.compile("(?:\u672a|\u6ca1\u6709|\u65e0|\u4e0d)$")
"""未 没有 无 不 (尚未 too) right before the verb: a count not dealt with (未答复…43件), whatever the sum says."""


def _clauses(sentence: str) -> list[str]:
    """The sentence's clauses (between ，；：。), its asides out."""
    return [c for c in re.split("[\uff0c,\uff1b;\uff1a:\u3002]", ASIDE.sub("", sentence)) if c]


def _handled(clause: str, year: int) -> tuple[int, str] | None:
    """The figure of a clause counting requests dealt with, and its verb; or None."""
    m = re.fullmatch(f"(?P<pre>.*?){_VERB}(?P<what>{WHAT}){AMOUNT}{COUNT}", clause)
    if m is None or not before_verb_ok(m["pre"], year, refused=(_INTAKE, _DENIED), manner=_MANNER, what=m["what"]):
        return None
    return count_of(m["n"]), m["verb"]


def _one(found: Mapping[str, set[int]], meaning: str) -> int | None:
    return next(iter(found[meaning])) if len(found.get(meaning, ())) == 1 else None


def decided_rows(said: list[str], year: int, found: Mapping[str, set[int]],
                 new_sentence: str) -> list[tuple[str, int, str, str]]:
    """三（七） (and 四 where read here) as (meaning, figure, sentence, clause), proved by the form's sum; ``found``:
    what ``overview_counts`` read, ``new_sentence``: the sentence 一 was read from."""
    new, carried_in = _one(found, NEW), _one(found, CARRIED_IN)
    if DECIDED in found or new is None or carried_in is None or new_sentence not in said:
        return []
    if CARRIED_OUT in found and _one(found, CARRIED_OUT) is None:
        return []
    at = said.index(new_sentence)
    counts: list[tuple[int, str, str, str]] = []
    outs: list[tuple[int, str, str]] = []
    for sentence in said[at:at + 2]:
        for clause in _clauses(sentence):
            if "\u5176\u4e2d" in clause:
                break
            if (handled := _handled(clause, year)) is not None:
                counts.append((*handled, sentence, clause))
            outs.extend((v, sentence, clause) for a, v in requests_in(clause, year, True) if a == CARRIED_OUT)
    out_known = _one(found, CARRIED_OUT)
    carried_out = {v for v, _, _ in outs} | ({out_known} if out_known is not None else set())
    if len(carried_out) != 1:
        return []
    c = next(iter(carried_out))
    fits = {k for k, verb, _, _ in counts if new + carried_in == k + c and not (c == 0 and verb in _HANDLED_ONLY)}
    if len(fits) != 1:
        return []
    k, _, sentence, clause = next(x for x in counts if x[0] in fits)
    rows = [(DECIDED, k, sentence, clause)]
    if out_known is None:
        rows += [(CARRIED_OUT, c, s, cl) for v, s, cl in outs[:1]]
    return rows


_DEALT_WITH = re.compile(f"(?:\u5176\u4e2d)?{COUNT}(?P<rest>[^\\d]*?(?:\u529e\u7ed3|\u7b54\u590d|\u56de\u590d|\u529e\u7406\u5b8c\u6bd5|\u529e\u7406\u5b8c\u6210)(?:\u5b8c\u6bd5)?)")
"""15件按时办结完毕, 6件均严格按时限依法依规答复, 10件已经按时按规完成答复: a part dealt with, by its figure first."""


def carried_out_of_parts(said: list[str], year: int, found: Mapping[str, set[int]],
                         new_sentence: str) -> list[tuple[str, int, str, str]]:
    """四 of the year's requests parted after 其中 into those dealt with and those carried on (收到…16件,其中15件按时
    办结完毕,1件结转下年度继续办理; …52件,其中办结51件,转结下年度继续办理1件; …315件。其中298件按时办结,17件结转下年度
    办理): the two parts right after it, adding up to 一, where nothing is said carried in (二 0 or said nowhere) — the
    carried on are then all 四 counts. The part dealt with is no 三（七） (the carried in are not said to be none)."""
    new = _one(found, NEW)
    if CARRIED_OUT in found or new is None or new_sentence not in said:
        return []
    if found.get(CARRIED_IN, {0}) != {0} or (CARRIED_IN not in found and carried_said(said)):
        return []
    at = said.index(new_sentence)
    head, _, tail = new_sentence.partition("\u5176\u4e2d")
    if not tail and at + 1 < len(said) and said[at + 1].startswith("\u5176\u4e2d"):
        sentence, tail = said[at + 1], said[at + 1].removeprefix("\u5176\u4e2d")
    elif tail and _clauses(head) and re.findall(r"\d+", YEAR.sub("", _clauses(head)[-1])) == [str(new)]:
        sentence = new_sentence           # 其中 right after the clause of 一
    else:
        return []
    parts = _clauses(tail)[:2]
    if len(parts) != 2:
        return []
    dealt = [k for p in parts if (k := _dealt_with(p, year)) is not None]
    out = [(v, p) for p in parts for a, v in requests_in(p, year, True) if a == CARRIED_OUT]
    if len(dealt) != 1 or len(out) != 1 or dealt[0] + out[0][0] != new:
        return []
    return [(CARRIED_OUT, out[0][0], sentence, out[0][1])]


def _dealt_with(part: str, year: int) -> int | None:
    """The figure of a part dealt with: figure first (``_DEALT_WITH``), or a count of ``_handled``'s."""
    if (m := _DEALT_WITH.fullmatch(part)) is not None:
        rest = _MANNER.sub("", m["rest"])
        return None if NARROW.search(rest) or _INTAKE.search(rest) or ANOTHER_TIME.search(rest) else count_of(m["n"])
    handled = _handled(part.removeprefix("\u5176\u4e2d"), year)
    return None if handled is None else handled[0]
