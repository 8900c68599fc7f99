"""Which of the lines numbered like headings (一、… 六、) are the report's sections, and which.

Taken by their numbers alone, in order, the form's sections went under an organ's own outline:
上海市科委 2024 prints 一、总体情况 二、工作机制保障 … 六、政府信息公开平台建设, then the form's
headings numbered again from 一 over its tables (一、主动公开政府信息情况, 二、收到和处理政府信息公开
申请情况 …); a page misnumbers 二 as a second 一; 公主岭市档案局 2021 numbers the points of its 总体
情况 一、… 六、. The form's headings were then read as words of another section — its prose checked
against another section's table, a section it prints reported empty. A numbered line is taken by its
words when they are one of the form's headings (or a wording the form accepts), by its number when
they name none; of the ways to take the lines in order, sections rising, the one that agrees best
with the form: a heading whose number and words agree counts most, then one told by its words, then
one by its number. A report whose headings agree with the form is read as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Optional

from core.importers.match import similarity

SURE = 0.9
"""How alike a heading's words and one of the form's must be to name that section."""
_AGREE, _WORDS, _NUMBER = 3, 2, 1


@dataclass(frozen=True)
class Candidate:
    line: int
    number: int
    """The section its numeral says (一 → 1)."""
    words: Optional[int]
    """The section its words name, when they name one."""
    printed: str
    like: Optional[int] = None
    """The section its words up to the first full stop name (三、主动公开政府信息情况。2021年，我局…:
    a point of 总体情况 that a sentence follows): only for telling the clerk why it is no heading."""


def named(rest: str, wordings: Mapping[int, Sequence[str]]) -> Optional[int]:
    """The section whose heading (or an accepted wording of it) ``rest`` is, when one clearly is."""
    scored = sorted(((similarity(rest, w), n) for n, ws in wordings.items() for w in ws), reverse=True)
    return scored[0][1] if scored and scored[0][0] >= SURE else None


def _options(c: Candidate) -> list[tuple[int, int]]:
    if c.words is None:
        return [(c.number, _NUMBER)]
    return [(c.words, _AGREE if c.words == c.number else _WORDS)]


def chain(candidates: Sequence[Candidate]) -> list[tuple[Candidate, int]]:
    """The headings taken, each with its section: the chain of candidates in line order, sections
    rising, worth most; of chains worth as much, the one taking the earliest lines."""
    nodes = [(c, s, w) for c in candidates for s, w in _options(c)]
    score: list[int] = []
    before: list[Optional[int]] = []
    for k, (c, s, w) in enumerate(nodes):
        best, prev = w, None
        for j in range(k):
            cj, sj, _ = nodes[j]
            if cj.line < c.line and sj < s and score[j] + w > best:
                best, prev = score[j] + w, j
        score.append(best)
        before.append(prev)
    if not nodes:
        return []
    at: Optional[int] = max(range(len(nodes)), key=lambda k: (score[k], -nodes[k][0].line))
    out = []
    while at is not None:
        out.append((nodes[at][0], nodes[at][1]))
        at = before[at]
    return out[::-1]


def by_number(candidates: Sequence[Candidate]) -> list[tuple[Candidate, int]]:
    """The headings the numbers alone take, in order (each a number above the last taken)."""
    out: list[tuple[Candidate, int]] = []
    for c in candidates:
        if not out or c.number > out[-1][1]:
            out.append((c, c.number))
    return out


def notes(taken: Sequence[tuple[Candidate, int]], numbered: Sequence[tuple[Candidate, int]],
          names: Mapping[int, str]) -> list[str]:
    """What the clerk is told where the words decided otherwise than the numbers would have."""
    if [(c.line, s) for c, s in taken] == [(c.line, s) for c, s in numbered]:
        return []
    out = [f"原文标题“{c.printed}”的编号与格式不同，按标题文字作为第{names[s]}部分读取"
           for c, s in taken if s != c.number]
    kept = {c.line for c, _ in taken}
    sections = sorted((c.line, s) for c, s in taken)
    heading_of = {s: c.printed for c, s in taken}
    for c, _ in numbered:
        if c.line not in kept:
            under = [s for line, s in sections if line < c.line]
            where = f"归入第{names[under[-1]]}部分" if under else "归入前言"
            like = c.words or c.like
            if like is None:
                out.append(f"原文“{c.printed}”不是格式中的部分标题（文字与格式各部分的标题都不同），其下文字{where}")
            else:
                # its words are a section's, but that section's heading stands elsewhere in the order
                at = f"（该部分从“{heading_of[like]}”开始）" if like in heading_of else ""
                out.append(f"原文“{c.printed}”的文字与第{names[like]}部分标题相同，但按各标题的先后次序不是该部分的"
                           f"标题{at}，其下文字{where}")
    return out
