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

Most patterns need not be searched at all: every match of 未(?:制发|印发)[^，]{0,10}?规章 holds the
words 规章, so only the ranges holding 规章 (found by ``str.find``, many times faster than the
pattern's search) may match. ``required_words`` reads those words from the pattern's parse; this
is exact for any pattern, since a match's own characters lie inside the range searched.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Optional

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
    ``pattern`` may match: every range holding a match is among them. Found by ``str.find`` of the
    pattern's required words, else by one search of the whole text per range returned."""
    known = _known.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _learn(pattern)
    words, wider = known[1], known[2]
    if words is not None:
        return _holding(text, words, starts, ends)
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


def may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """False when ``pattern`` cannot match in ``text``: none of its required words is there (a few
    ``in`` tests, many times faster than a search that stops at every year's 年 or every digit)."""
    known = _known.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _learn(pattern)
    return known[1] is None or any(w in text for w in known[1])


_known: dict[int, tuple[re.Pattern[str], Optional[tuple[str, ...]], Optional[re.Pattern[str]]]] = {}
"""(pattern, its required words, its wider pattern) by the pattern's id. Not an ``lru_cache`` keyed
by the pattern: a compiled pattern's hash digests all of its compiled code, half a microsecond for
a long one, and every text of every report asks for each pattern. The entry holds the pattern, so
its id is not reused while the entry lives."""


def _learn(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], Optional[tuple[str, ...]], Optional[re.Pattern[str]]]:
    if len(_known) >= 256:
        _known.clear()
    words = required_words(pattern)
    known = _known[id(pattern)] = (pattern, words, None if words is not None else _wider(pattern))
    return known


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


def _holding(text: str, words: tuple[str, ...], starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """The ranges holding one of ``words`` whole. Once a range holds a word, the search for that
    word goes on from the range's end: any later occurrence starting inside it names it again or,
    running past its end, none (a word repeated in a sentence is found once, not once per repeat)."""
    out: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            i = bisect_right(ends, at)
            if i < len(starts) and starts[i] <= at and at + len(word) <= ends[i]:
                out.add(i)
                at = text.find(word, ends[i])
            else:
                at = text.find(word, at + 1)
    return sorted(out)


@lru_cache(maxsize=256)
def required_words(pattern: re.Pattern[str]) -> Optional[tuple[str, ...]]:
    """Words one of which every match of ``pattern`` holds (the longest such choice), or None when
    its parse shows none (a pattern of character classes only, or one that ignores case)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        sre_parser: Any = importlib.import_module("re._parser")    # the parse ``re`` itself makes
        c: Any = importlib.import_module("re._constants")
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:                   # another Python's internals: search the pattern itself
        return None
    kinds = {"literal": c.LITERAL, "branch": c.BRANCH, "group": c.SUBPATTERN, "atomic": c.ATOMIC_GROUP,
             "repeats": (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)}
    found = _sequence(list(parsed), kinds)
    return tuple(sorted(found)) if found else None


@lru_cache(maxsize=256)
def first_chars(pattern: re.Pattern[str]) -> Optional[frozenset[str]]:
    """The characters every match of ``pattern`` begins with, read from its parse; None when the
    parse does not say (a class by range or category, a case-insensitive pattern, or a pattern
    whose match may begin with something optional or be empty). A text none of whose characters
    is among them holds no match: cheaper to ask than to search, for a few characters."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        sre_parser: Any = importlib.import_module("re._parser")
        c: Any = importlib.import_module("re._constants")
        return _starts(list(sre_parser.parse(pattern.pattern, pattern.flags)), c)
    except Exception:                   # another Python's internals: search the pattern itself
        return None


def _starts(items: list[tuple[Any, Any]], c: Any) -> Optional[frozenset[str]]:
    """The first characters of a sequence's matches: those of its first item that consumes one,
    past any look-around or anchor (which consume none); None unless that item is required and
    tells them."""
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return frozenset(chr(av))
        if op is c.IN:
            return frozenset(chr(v) for _, v in av) if all(o is c.LITERAL for o, _ in av) else None
        if op is c.BRANCH:
            alternatives = [_starts(list(b), c) for b in av[1]]
            return None if None in alternatives else frozenset().union(*alternatives)  # type: ignore[arg-type]
        if op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
            return _starts(list(av[3]), c)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _starts(list(av[2]), c)
        return None
    return None


def _sequence(items: list[tuple[Any, Any]], kinds: dict[str, Any]) -> Optional[frozenset[str]]:
    """The best set of required words of a sequence of parsed items: a run of literals, or the
    words of one of its items that every match must pass through."""
    best: Optional[frozenset[str]] = None

    def consider(words: Optional[frozenset[str]]) -> None:
        nonlocal best
        if words and (best is None or min(map(len, words)) > min(map(len, best))):
            best = words

    run: list[str] = []
    for op, av in items:
        if op is kinds["literal"]:
            run.append(chr(av))
            continue
        consider(frozenset(["".join(run)]) if run else None)
        run = []
        if op is kinds["group"]:
            _, add, _, sub = av
            consider(None if add & re.IGNORECASE else _sequence(list(sub), kinds))
        elif op is kinds["atomic"]:
            consider(_sequence(list(av), kinds))
        elif op is kinds["branch"]:
            alternatives = [_sequence(list(b), kinds) for b in av[1]]
            if all(alternatives):
                consider(frozenset(w for words in alternatives if words for w in words))
        elif op in kinds["repeats"]:
            low, _, sub = av
            if low >= 1:
                consider(_sequence(list(sub), kinds))
    consider(frozenset(["".join(run)]) if run else None)
    return best
