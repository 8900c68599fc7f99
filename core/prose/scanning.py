"""Skipping the sentences a pattern cannot match in, without changing what it finds.

Why: the prose checks search every sentence of every text with each of their patterns, and most
sentences hold none of them. Over a folder of a thousand reports that was tens of thousands of
searches per pattern; one search of the whole text says where the next match can start, and a
sentence that ends before it is skipped.

It is exact: the whole text is searched with the pattern's negative look-aheads taken out, which
matches wherever the pattern does and more. A match found in ``text[start:end]``
(``finditer(text, start, end)``; a look-behind still sees before ``start``) is then a match of that
wider pattern at the same place in the whole text, because nothing left in it looks past the
match's own characters; so the wider pattern's first match at or after ``start`` comes no later.
A pattern with ``$`` or a word boundary (which ``end`` can make succeed) is never skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Optional

_END_SENSITIVE = ("$", "\\b", "\\B", "\\Z")


def without_negative_lookaheads(source: str) -> str:
    """``source`` with every ``(?!…)`` group removed (escapes and character classes respected)."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        if source.startswith("(?!", i):
            depth, i = 1, i + 3
            while i < n and depth:
                j = _skip_atom(source, i)
                depth += {"(": 1, ")": -1}.get(source[i:j], 0)
                i = j
            continue
        j = _skip_atom(source, i)
        out.append(source[i:j])
        i = j
    return "".join(out)


def _skip_atom(source: str, i: int) -> int:
    """The end of the escape, character class or single character at ``i``."""
    if source[i] == "\\":
        return min(len(source), i + 2)
    if source[i] == "[":
        j = i + 1
        if j < len(source) and source[j] == "^":
            j += 1
        if j < len(source) and source[j] == "]":
            j += 1
        while j < len(source) and source[j] != "]":
            j += 2 if source[j] == "\\" else 1
        return min(len(source), j + 1)
    return i + 1


def ranges_hit(pattern: re.Pattern[str], text: str, starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """The indexes of the ranges ``text[starts[i]:ends[i]]`` (in order, not overlapping) in which
    ``pattern`` may match: every range holding a match is among them. One search of the whole text
    per range returned, not one per range."""
    wider = _wider(pattern)
    if wider is None:
        return list(range(len(starts)))
    out: list[int] = []
    i, pos = 0, starts[0] if starts else 0
    while i < len(starts):
        found = wider.search(text, pos)
        if found is None:
            break
        i = bisect_right(ends, found.start(), i)       # the first range ending after the match's start
        if i == len(starts):
            break
        if starts[i] <= found.start():
            out.append(i)
            i += 1
        pos = starts[i] if i < len(starts) else len(text)
    return out


@lru_cache(maxsize=256)
def _wider(pattern: re.Pattern[str]) -> Optional[re.Pattern[str]]:
    """The pattern to search the whole text with; None when no such search can rule a range out."""
    if any(token in pattern.pattern for token in _END_SENSITIVE):
        return None
    if "(?!" not in pattern.pattern:
        return pattern
    try:
        return re.compile(without_negative_lookaheads(pattern.pattern), pattern.flags)
    except re.error:
        return None
