"""Lone surrogates: code points U+D800–U+DFFF that a JSON escape (``"\\ud800"``), a paste or an
importer can put in a Python string but that UTF-8 cannot encode. Left in a report they make every
write fail (``UnicodeEncodeError``), so they are replaced with U+FFFD (�) where text comes in
(a project file being read) and, as a last guard, where text goes out (every file written).

A pair of surrogates that together name one character (an emoji split in two) is joined back
into that character rather than replaced.
"""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
_SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F]")
"""A JSON escape that can only decode to a surrogate (``\\ud800``–``\\udfff``)."""


def has_surrogates(text: str) -> bool:
    """UTF-8 encoding (in C) refuses exactly the surrogates: faster than searching for them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (a proper pair joined into its character)."""
    if not has_surrogates(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def count(text: str) -> int:
    """How many characters ``clean`` replaces in ``text``."""
    if not has_surrogates(text):
        return 0
    return clean(text).count(REPLACEMENT) - text.count(REPLACEMENT)


def encode(text: str) -> bytes:
    """UTF-8 bytes of ``text``; never raises ``UnicodeEncodeError`` (lone surrogates become �)."""
    return clean(text).encode("utf-8")


_ENCODED_SURROGATE_RE = re.compile(b"\\xed[\\xa0-\\xbf]")
"""A surrogate as ``surrogatepass`` encodes it (no other character's UTF-8 has these two bytes)."""
_ENCODED_ESCAPE_RE = re.compile(_SURROGATE_ESCAPE_RE.pattern.encode("ascii"))


def clean_json(data: Any, source: str | None = None, encoded: bytes | None = None) -> tuple[Any, int]:
    """A parsed JSON value with every string (keys too) cleaned, and how many characters were replaced.

    ``source``, the JSON text ``data`` was parsed from, lets a file with no surrogate in it (every
    real one) skip the walk over its values: a surrogate gets into parsed JSON only as itself or as
    a ``\\uD8xx``–``\\uDFxx`` escape, both found by one scan of the text. ``encoded``: ``source``
    encoded with ``surrogatepass``, where a surrogate is found without encoding it again."""
    if encoded is not None:
        if not (b"\xed" in encoded and _ENCODED_SURROGATE_RE.search(encoded)) and not (
                b"\\" in encoded and _ENCODED_ESCAPE_RE.search(encoded)):
            return data, 0
    elif source is not None and not has_surrogates(source) and (
            "\\u" not in source or not _SURROGATE_ESCAPE_RE.search(source)):
        return data, 0
    found = 0

    def walk(value: Any) -> Any:
        nonlocal found
        if isinstance(value, str):
            n = count(value)
            if n:
                found += n
                return clean(value)
            return value
        if isinstance(value, dict):
            return {walk(k): walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    cleaned = walk(data)
    return cleaned, found


def note(n: int) -> str:
    """What the clerk is told when ``n`` characters were replaced."""
    return f"文件中有 {n} 个无法识别的字符（不成对的代理码位），已替换为“{REPLACEMENT}”，请检查相关文字"
