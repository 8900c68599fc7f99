"""Finding the statements in prose that report a table figure, and what exactly each one states.

The reader works clause by clause and only speaks when it understands: a figure counts when a
measure's cue names it (收到…21件), several measures joined by 及/和/、/与 name their sum
(予以公开及部分公开59件), a sub-item named inside a measure narrows it (因本机关不掌握…无法提供31件),
and everything the tables don't hold is left alone: approximate figures and ranges, percentages,
durations (5个工作日), ordinals, other years and several years (近三年), changes (较上年), other
scopes (全市、各部门), one kind of applicant, splits of the whole after 其中 (网上受理87件), figures
分别 given, and another organ as the subject (区司法局收到…). A claim is ``sure`` when the words
between its cue and its figure are all ones the template lists as filler; otherwise a mismatch is
only worth an info (see docs/severity.md).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from core.prose.grammar import Grammar, Measure
from core.prose.numbers import Figure, figure_ends, figures
from core.prose.scanning import ranges_hit
from core.prose.sentences import Sentence, clause_bounds, spans
from core.prose.subjects import other_organ, own_area

COUNT, ZERO, ALL = "count", "zero", "all"
_LIST_ITEM = re.compile(r"[\s、，,；;]*[^\d，,。；;：:、]{1,24}")
"""What may stand between two figures of one list: a separator and the next item's name."""
_WIDE_BREAK = "，,；;（）()\n"


@dataclass(frozen=True)
class Claim:
    measure: Measure
    """The measure named nearest the figure (its id keys the finding)."""
    kind: str
    value: Decimal
    sentence: Sentence
    start: int
    end: int
    """Span of what is said (the figure, or the negation / 均获维持 phrase)."""
    said: str
    cells: tuple[str, ...]
    """What the figure states: the measure's cells, the sum of coordinated measures, or a sub-item."""
    name: str
    plain: bool = True
    """The measure alone, as declared: its other readings (含上年结转) apply."""
    sure: bool = True


def claims(text: str, g: Grammar, year: int, organ: str = "") -> list[Claim]:
    """Every statement of a table figure in ``text``, in order (``organ``: the report's own).

    Only the sentences where a figure or one of the phrases may be are read (``ranges_hit``: most
    sentences hold neither, and a folder check reads a thousand reports' prose)."""
    out: list[Claim] = []
    starts, ends = spans(text)
    counted = set(ranges_hit(figure_ends(g.units), text, starts, ends))
    phrased: dict[int, list[tuple[Measure, str, re.Pattern[str]]]] = {}
    for m, kind, pattern in g.phrases:
        for i in ranges_hit(pattern, text, starts, ends):
            phrased.setdefault(i, []).append((m, kind, pattern))
    for i in sorted(counted | phrased.keys()):
        s = Sentence(starts[i], ends[i], text[starts[i]:ends[i]])
        if i in counted:
            out.extend(_counts(text, s, g, year, organ))
        if i in phrased:
            out.extend(_phrases(text, s, g, year, organ, phrased[i]))
    out.sort(key=lambda c: (c.start, c.measure.id))
    return out


_YEAR = re.compile(r"(?<![\d〔\[（(])(\d{4})\s*年")


def _other_year(text: str, start: int, end: int, year: int, cues: Sequence[tuple[int, int]] = ()) -> bool:
    """A year other than the report's is named in ``text[start:end]`` (outside 《》 titles and the
    cue itself: 结转至2026年 is this year's figure). The titles are read only once such a year is
    there: most sentences name none, or only the report's own."""
    titled: Optional[set[int]] = None
    for m in _YEAR.finditer(text, start, end):
        if int(m.group(1)) == year or any(a <= m.start() < b for a, b in cues):
            continue
        if titled is None:
            titled = _titled(text, start, end)
        if m.start() not in titled:
            return True
    return False


def _titled(text: str, start: int, end: int) -> set[int]:
    """The positions of ``text[start:end]`` inside a 《》 title."""
    depth = 0
    titled = set()
    for i in range(start, end):
        ch = text[i]
        if ch == "《":
            depth += 1
        elif ch == "》":
            depth = max(0, depth - 1)
        elif depth:
            titled.add(i)
    return titled


QUIET, UNSURE = "quiet", "unsure"


def _quiet(g: Grammar, text: str, s: Sentence, pos: int, clause_start: int, cue_spans: list[tuple[int, int]],
           year: int, organ: str = "") -> str:
    """QUIET when a figure at ``pos`` is about another scope, another year or a change; UNSURE when
    the scope is the organ's own area (全区 in a district government's report: often its table's
    scope, sometimes not — 东城区 reports 全区 961 and 区政府本级 206); "" otherwise."""
    unsure = ""
    if g.scope is not None:
        for m in g.scope.finditer(text, s.start, pos):
            if not own_area(m.group(), organ):
                return QUIET
            unsure = UNSURE
    if _other_year(text, s.start, pos, year, cue_spans):
        return QUIET
    if g.change is not None:
        masked = list(text[clause_start:pos])
        for a, b in cue_spans:
            for i in range(max(a, clause_start), min(b, pos)):
                masked[i - clause_start] = "□"
        if g.change.search("".join(masked)):
            return QUIET
    return unsure


def _full_start(text: str, start: int) -> int:
    """Start of the full sentence ``start`` is in: a list split by ； shares one context
    (全年受理政府信息公开申请749件；共办理718件)."""
    stops = _full_stops(text)
    i = bisect_left(stops, start)
    return stops[i - 1] + 1 if i else 0


@lru_cache(maxsize=32)
def _full_stops(text: str) -> tuple[int, ...]:
    """Where ``text`` has a full stop (。！？!? or a line break), found in one scan: each context
    check asked for the last one before its sentence, by six searches back to the text's start."""
    return tuple(m.start() for m in _FULL_STOP.finditer(text))


_FULL_STOP = re.compile("[\u3002\uff01\uff1f!?\n]")


def _context_ok(m: Measure, text: str, s: Sentence, pos: int) -> bool:
    if m.context is None:
        return True
    last = None
    for found in m.context.finditer(text, _full_start(text, s.start), pos):
        last = found
    if last is None:
        # "受理两件政府信息公开申请": the context may follow the figure in its own clause
        a, b = clause_bounds(text, pos, s.start, s.end)
        return m.context_is is None and bool(m.context.search(text, pos, b))
    return m.context_is is None or bool(m.context_is.fullmatch(last.group()))


def _wide_start(text: str, pos: int, start: int) -> int:
    """Start of the clause around ``pos`` when 、 does not break it (不予公开、无法提供及不予处理…)."""
    a = pos
    while a > start and text[a - 1] not in _WIDE_BREAK:
        a -= 1
    return a


@dataclass(frozen=True)
class _Mention:
    measure: Measure
    start: int
    end: int


def _mentions(g: Grammar, text: str, f: Figure, a: int) -> list[_Mention]:
    """Every measure's cue in ``text[a:f.start]``, overlapping ones reduced to the longest."""
    any_cue = g.any_cue(f.unit)
    if any_cue is not None and any_cue.search(text, a, f.start) is None:
        return []
    found = []
    words = frozenset(text[a:f.start])   # a cue none of whose first characters is here is not searched for
    for m, cue, first in g.cued(f.unit):
        if first is not None and first.isdisjoint(words):
            continue
        for hit in cue.finditer(text, a, f.start):
            end = hit.end()
            for k in range(hit.start() + 1, hit.end()):  # 共收 then 收到: the cue reaches to 共收到
                more = cue.match(text, k, f.start)
                end = max(end, more.end() if more else end)
            found.append(_Mention(m, hit.start(), end))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[_Mention] = []
    for x in found:
        if out and x.start < out[-1].end and (x.start, x.end) != (out[-1].start, out[-1].end):
            continue                         # the same words may cue several measures (维持: 复议 or 诉讼)
        out.append(x)
    return out


def _named(g: Grammar, text: str, s: Sentence, f: Figure, a: int) -> Optional[tuple[list[_Mention], bool]]:
    """The measures the figure states (the nearest cue, and those coordinated with it), and
    whether its cue came before it; None when none does or the coordination mixes families."""
    best: Optional[_Mention] = None
    mentions = _mentions(g, text, f, a)
    for x in mentions:
        if _context_ok(x.measure, text, s, f.start) and (best is None or x.end >= best.end):
            best = x
    if best is None:
        for m, after in g.followed(f.unit):
            hit = after.match(text, f.end)
            if hit is not None and _context_ok(m, text, s, f.start):
                return [_Mention(m, hit.start(), hit.end())], False
        return None
    if best.measure.whole and g.filler is not None:
        # 同意公开答复9件, 转下一年度办理答复的有1件: the specific one before the whole's words
        start = best.start
        for x in reversed([x for x in mentions if x.end <= best.start and _context_ok(x.measure, text, s, f.start)]):
            if not g.filler.fullmatch(text, x.end, start):
                break
            if not x.measure.whole:
                best = x
                break
            start = x.start
    chosen = [best]
    while g.coordination is not None:
        # every mention joined to the chosen ones counts, whether its own context is there or not:
        # 予以公开及部分公开208件 is never 部分公开 alone
        joined = [x for x in mentions if x.end <= chosen[0].start
                  and g.coordination.fullmatch(text, x.end, chosen[0].start)]
        if not joined:
            break
        x = next((y for y in joined if y.measure.family == best.measure.family), joined[0])
        if not x.measure.family or x.measure.family != best.measure.family:
            return None                      # 收到和办结申请21件: not one figure
        if x.measure.id not in {c.measure.id for c in chosen}:
            chosen.insert(0, x)
        else:
            chosen[0] = x
    return chosen, True


def _counts(text: str, s: Sentence, g: Grammar, year: int, organ: str) -> list[Claim]:
    out = []
    found = figures(text, g.units, s.start, s.end)
    split = g.split.search(text, s.start, s.end) if g.split is not None else None
    head: Optional[tuple[int, int]] = None
    """The cue of the last figure and that figure's end: 主动公开规章14件、行政规范性文件60件."""
    for i, f in enumerate(found):
        if f.approximate or f.percent or (g.not_count is not None and g.not_count.match(text, f.end)):
            continue
        wide = max([x.end for x in found[:i] if x.end <= f.start] + [_wide_start(text, f.start, s.start)])
        named = _named(g, text, s, f, wide)
        if named is None and head is not None and _LIST_ITEM.fullmatch(text, head[1], f.start):
            named = _named(g, text, s, f, head[0])           # a list item under the cue before it
            if named is not None and not _names_item(g, named[0][-1].measure, text, head[1], f.start):
                named = None
        head = None
        if named is None:
            continue
        a, b = clause_bounds(text, f.start, s.start, s.end)
        mentions, cue_first = named
        near = mentions[-1]
        m = near.measure
        if not m.claims:
            continue                         # 公开规范性文件5件: published, no cell's figure (grammar.Measure)
        if g.respective is not None and g.respective.search(text, s.start, f.start):
            continue
        scope = _quiet(g, text, s, f.start, a, [(x.start, x.end) for x in mentions], year, organ)
        if scope == QUIET or other_organ(g.organ, text, s.start, mentions[0].start if cue_first else f.start, organ):
            continue
        by_applicant = _applicant_cells(g, m, text, max(wide, near.end), f.start) if len(mentions) == 1 else None
        if by_applicant is not None:
            # 收到申请75件，涉及自然人72件: the applicant's column of the same row
            out.append(Claim(m, COUNT, f.value / m.scale, s, f.start, f.end, text[f.start:f.end].replace(" ", ""),
                             by_applicant[0], by_applicant[1], False, False))
            head = (mentions[0].start, f.end)                # 自然人24件、商业企业1件: the list goes on
            continue
        if any(x.measure.skip is not None and x.measure.skip.search(text, min(wide, a), b) for x in mentions):
            continue
        if m.whole and (split is not None and split.start() < f.start or _broken_down(text, found, f, s.start)) \
                and not (m.explicit is not None and m.explicit.search(text, near.start, near.end)):
            continue                         # 其中通过网上平台受理87件: a split of the whole
        cells, name, plain = _what(text, mentions, wide, f)
        if cells is None:
            continue
        sure = m.sure and scope != UNSURE and not (g.doubt is not None and g.doubt.search(text, min(wide, a), b)) \
            and (not cue_first or g.filler is None or bool(g.filler.fullmatch(text, near.end, f.start)))
        if cue_first:
            head = (mentions[0].start, f.end)
        out.append(Claim(m, COUNT, f.value / m.scale, s, f.start, f.end, text[f.start:f.end].replace(" ", ""),
                         cells, name, plain, sure))
    return out


def _broken_down(text: str, found: Sequence[Figure], f: Figure, start: int) -> bool:
    """Whether ``f`` stands in a bracket opened right after another figure: 回应依申请公开信息2条
    （属于已主动公开答复数1条，同意公开答复数1条） gives the parts of the 2, as 其中 would; a bracket
    elsewhere (答复（含上年结转）19件) is only a remark."""
    depth, i = 0, f.start - 1
    while i >= start and not (text[i] in "（(" and depth == 0):
        depth += (text[i] in "）)") - (text[i] in "（(")
        i -= 1
    return i >= start and any(x.end <= i and not text[x.end:i].strip() for x in found)


def _names_item(g: Grammar, m: Measure, text: str, a: int, b: int) -> bool:
    """Whether a list item names its own kind (规范性文件) or applicant (自然人) for ``m``."""
    if m.context is not None and m.context_is is not None and m.context.search(text, a, b):
        return True
    return bool(m.by_applicant) and any(p.search(text, a, b) for p, _, _ in g.applicants)


def _applicant_cells(g: Grammar, m: Measure, text: str, a: int, b: int) -> Optional[tuple[tuple[str, ...], str]]:
    """The cells of one applicant column when ``text[a:b]`` names one (自然人, 法人或其他组织)."""
    if not m.by_applicant:
        return None
    named = [(name, cols) for pattern, name, cols in g.applicants if pattern.search(text, a, b)]
    if len(named) != 1:
        return None
    name, cols = named[0]
    return tuple(m.by_applicant.replace("{col}", c) for c in cols), f"{m.name}中“{name}”"


def _what(text: str, mentions: list[_Mention], a: int, f: Figure) -> tuple[Optional[tuple[str, ...]], str, bool]:
    """Cells and name of what the figure states: one measure, a sub-item it names, or a sum."""
    if len(mentions) == 1:
        m = mentions[0].measure
        hits = [(r, x) for r in m.refine for x in r.cue.finditer(text, a, f.start)]
        subs = list(dict.fromkeys(r for r, _ in hits))
        if hits and "等" in text[min(x.end() for _, x in hits):f.start]:
            subs = []                        # 因本机关不掌握等原因无法提供: the whole of （四）
        if not subs:
            return m.cells, m.name, True
        cells = tuple(dict.fromkeys(c for r in subs for c in r.cells))
        return cells, "与".join(r.name for r in subs), False
    if any(r.cue.search(text, a, f.start) for x in mentions for r in x.measure.refine):
        return None, "", False               # sub-items of a sum: more than the reader can pin down
    cells = tuple(dict.fromkeys(c for x in mentions for c in x.measure.cells))
    return cells, "与".join(x.measure.name for x in mentions) + "之和", False


def _phrases(text: str, s: Sentence, g: Grammar, year: int, organ: str,
             phrases: Sequence[tuple[Measure, str, re.Pattern[str]]]) -> list[Claim]:
    """未收到…申请, 未发生…行政复议 (a zero) and 均获维持 (no other outcome); ``phrases``: those of
    ``g.phrases`` that may match in the sentence."""
    out = []
    for m, kind, pattern in phrases:
        for found in pattern.finditer(text, s.start, s.end):
            a, b = clause_bounds(text, found.end() - 1, s.start, s.end)
            if kind == ZERO:
                if g.cancel is not None and g.cancel.search(text, found.start(), b):
                    continue
                if m.cue is not None and any(
                        m.cue.search(text, a, f.start) for f in figures(text, m.units, a, b)):
                    continue
            elif not _context_ok(m, text, s, found.start()):
                continue
            scope = _quiet(g, text, s, found.start(), a, [found.span()], year, organ)
            if scope == QUIET:
                continue
            if other_organ(g.organ, text, s.start, found.start(), organ):
                continue
            out.append(Claim(m, kind, Decimal(0), s, found.start(), found.end(), found.group(), m.cells, m.name,
                             sure=scope != UNSURE))
    return out
