"""Writing JSON whose numbers keep their exact digits: a ``Decimal`` becomes a plain JSON number
(``7545.00``, never through float) and every string stays a string, whatever it holds (no marker
standing in for a number that a note or an organ's name could spell). Project files, autosaves and
``check --json`` records are all written by ``json_text``."""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from typing import Any, Optional

from core.values import format_number


class Encoded:
    """A value already written as one line of JSON with json's own separators (``", "``,
    ``": "``), which ``json_text`` writes as it is on one line.

    Why: a ``check --json`` record holds an object of a few hundred cells built from a handful of
    distinct values (``check_output.origins_line``); writing each distinct value once and joining
    the text costs a fraction of json's encoder building and walking a dict per cell."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def json_text(obj: Any, indent: Optional[int] = None) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=indent)`` that also writes a ``Decimal`` as a
    plain JSON number with its exact digits (``7545.00``, never through float).

    On one line (``check --json``) json's own encoder writes it with placeholders for the
    decimals (``_one_line``); indented, or when a string holds a placeholder's random key, it is
    assembled here. Either way nothing a string holds can turn into a number, and strings, ints,
    floats and constants are encoded by ``json`` itself, byte for byte as before."""
    if indent is None:
        line = _one_line(obj)
        if line is not None:
            return line
    out: list[str] = []
    _encode(obj, indent, 0, out)
    return "".join(out)


_STRING = json.JSONEncoder(ensure_ascii=False).encode
"""``json.dumps(obj, ensure_ascii=False)``: json's own (C) encoder, for strings and whole values."""


def _one_line(obj: Any) -> Optional[str]:
    """``obj`` on one line by json's own (C) encoder, each ``Decimal`` (and ``Encoded``) written in
    as a placeholder string that is then replaced by its digits (its text): ``check --json`` writes
    a few hundred values per file of a folder. The placeholders carry a random key; None (the
    caller encodes it the slow way) when the text holds that key anywhere else, so a string can
    never become a number."""
    key = _NUMBER_KEY
    numbers: list[str] = []

    def number(o: Any) -> str:
        if isinstance(o, Encoded):
            numbers.append(o.text)
            return f"{key}:{len(numbers) - 1}"
        if not isinstance(o, Decimal):
            raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
        if not o.is_finite():
            raise ValueError(f"Out of range Decimal value: {o}")
        numbers.append(format_number(o))
        return f"{key}:{len(numbers) - 1}"

    text = json.JSONEncoder(ensure_ascii=False, default=number).encode(obj)
    if not numbers:
        return text
    if text.count(key) != len(numbers):
        return None
    return _NUMBER_PLACEHOLDER.sub(lambda m: numbers[int(m.group(1))], text)


_NUMBER_KEY = os.urandom(8).hex()
"""Random per process: no file's text can know it (``secrets.token_hex(8)``, without importing
``secrets``, which loads hashlib and OpenSSL: ``check`` is started for every folder)."""
_NUMBER_PLACEHOLDER = re.compile(f'"{_NUMBER_KEY}:(\\d+)"')


_KEY_CONSTANTS = {True: "true", False: "false", None: "null"}


def _key(key: object) -> str:
    """A dict key as ``json.dumps`` writes it (keys are strings in JSON)."""
    if isinstance(key, str):
        return key
    if isinstance(key, bool) or key is None:
        return _KEY_CONSTANTS[key]
    if isinstance(key, (int, float)):
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _encode(obj: Any, indent: Optional[int], level: int, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(_STRING(obj))
    elif isinstance(obj, Decimal):
        if not obj.is_finite():
            raise ValueError(f"Out of range Decimal value: {obj}")
        out.append(format_number(obj))  # plain digits; scientific (still a JSON number) beyond any cell
    elif obj is None or isinstance(obj, (bool, int, float)):
        out.append(json.dumps(obj))
    elif isinstance(obj, Encoded):
        if indent is not None:
            raise ValueError("Encoded JSON is written on one line only")
        out.append(obj.text)
    elif isinstance(obj, (dict, list, tuple)):
        items = list(obj.items()) if isinstance(obj, dict) else list(obj)
        opening, closing = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            out.append(opening + closing)
            return
        if indent is None:
            inner, separator, end = "", ", ", ""
        else:
            inner, end = "\n" + " " * (indent * (level + 1)), "\n" + " " * (indent * level)
            separator = "," + inner
        out.append(opening + inner)
        for i, item in enumerate(items):
            if i:
                out.append(separator)
            value = item[1] if isinstance(obj, dict) else item
            if isinstance(obj, dict):
                out.append(_STRING(_key(item[0])) + ": ")
            _encode(value, indent, level + 1, out)
        out.append(end + closing)
    else:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
