"""Sentences and clauses of a text, with their spans in the stored text.

Why spans and not split strings: a finding underlines the sentence in the editor and the privacy
action rewrites exactly those characters, so every piece keeps its offsets in ``report.texts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CLAUSE_BREAK = "，,；;（）()、\n"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_STOPS = "。！？!?；;"
_SENTENCE = re.compile(rf"(?:[^\s{_STOPS}][^{_STOPS}\n]*+)?+[{_STOPS}]+|[^\s{_STOPS}](?:[^{_STOPS}\n]*[^\s{_STOPS}])?")
"""One sentence without the white space around it: words up to and with a run of stops, or up to
a line break or the end; a line break is never part of one.

The words before the stops are taken possessively (``*+``, ``?+``): giving any back could only
end them on a word, never a stop, so backing off cannot match, and a line with no stop (a
heading) fails the first branch at once instead of once per character."""


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` (ending at 。！？； or a line break), blank ones dropped.

    The prose checks each split the same section: the last few texts' sentences are kept (a new
    list each call, of the same frozen sentences)."""
    return list(_split(text))


@lru_cache(maxsize=32)
def _split(text: str) -> tuple[Sentence, ...]:
    starts, ends = spans(text)
    return tuple(Sentence(a, b, text[a:b]) for a, b in zip(starts, ends, strict=True))


@lru_cache(maxsize=32)
def spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of ``text``'s sentences: what a reader looking for a few of them
    needs (one regular expression, no object per sentence)."""
    found = [m.span() for m in _SENTENCE.finditer(text)]
    if not found:
        return (), ()
    starts, ends = zip(*found, strict=True)          # (in C, not two generators over the spans)
    return starts, ends


def clause_bounds(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` around ``pos`` (between commas, 、 and brackets)."""
    a = pos
    while a > start and text[a - 1] not in CLAUSE_BREAK:
        a -= 1
    b = pos
    while b < end and text[b] not in CLAUSE_BREAK:
        b += 1
    return a, b


def excerpt(text: str, limit: int = 60) -> str:
    """A sentence shortened for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
