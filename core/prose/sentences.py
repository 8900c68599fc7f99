"""Sentences and clauses of a text, with their spans in the stored text.

Why spans and not split strings: a finding underlines the sentence in the editor and the privacy
action rewrites exactly those characters, so every piece keeps its offsets in ``report.texts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(r"[。！？!?；;]+|\n+")
CLAUSE_BREAK = "，,；;（）()、\n"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` (ending at 。！？； or a line break), blank ones dropped.

    The prose checks each split the same section: the last few texts' sentences are kept (a new
    list each call, of the same frozen sentences)."""
    return list(_split(text))


@lru_cache(maxsize=32)
def _split(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        if text[start:end].strip():
            out.append(_trimmed(text, start, end))
        start = m.end()
    if text[start:].strip():
        out.append(_trimmed(text, start, len(text)))
    return tuple(out)


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])


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
