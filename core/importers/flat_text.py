"""The text of a line that ran together as ``unflatten`` reads it: the form's words compared with it in one
spelling (no white space, half-width brackets and digits, one way of numbering an item), and the numbers printed
after a row's label told from what follows them (a thousands separator, the next item's number, a year opening the
next sentence). Kept apart from the cutting and splitting, which only ask these two things of the text."""

from __future__ import annotations

import re

NUMBER = r"[-+]?\d+(?:\.\d+)?(?:[-+]\d+(?:\.\d+)?)*"
"""The numbers after a row label: digits, a decimal point, a sign before a cell (增/减: -2, +1)."""
_LEAD = re.compile(NUMBER + r"(?:\s+" + NUMBER + r")*")


HALF_WIDTH = str.maketrans("（）：", "():")


_SEPARATED = re.compile(r"(?<![\d.])\d{1,3}(?:[,，]\d{3})+(?![\d,，])")
"""2,293 — one number with thousands separators (行政许可2,293 in a run-together copy: not 2 and prose)."""
_NUMERIC_HEAD = re.compile(r"[\d\s,，.\-+]*")


_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_RUN_CHARS = "０１２３４５６７８９ 0123456789,，.-+"
"""What the numbers after a label are printed with."""
_ITEM_DOT = re.compile(r"(?<=\d)[、．]")


def normal(text: str) -> str:
    """``text`` as labels are compared in a run-together line: no white space, half-width brackets
    and digits, an item's number closed by "." (1、 1． 1, as pages print it)."""
    squeezed = "".join(text.split()).translate(HALF_WIDTH).translate(_FULL_DIGITS)
    return _ITEM_DOT.sub(".", squeezed)


def variants(word: str) -> list[str]:
    """A normalised label and the other way its item's number is printed: 1.属于… as (1)属于…."""
    m = re.match(r"(\d{1,2})\.(?=\D)", word)
    return [word, f"({m.group(1)}){word[m.end():]}"] if m else [word]


def squeezed(text: str) -> tuple[str, list[int]]:
    """``normal(text)`` (which keeps every other character in place), and where each of its
    characters stands in ``text``."""
    at = [i for i, ch in enumerate(text) if not ch.isspace()]
    return normal("".join(text[i] for i in at)), at


def numbers(rest: str) -> tuple[list[str], str]:
    """The numbers a row label is followed by, and what follows them. A last digit followed by "."
    or "、" is the next item's numbering (…00000002.其他法律…: 0000000, then 2.), not a value."""
    lead_end = len(rest) - len(rest.lstrip(_RUN_CHARS))
    rest = rest[:lead_end].translate(_FULL_DIGITS) + rest[lead_end:]     # (１２: a full-width copy's digits)
    head = _NUMERIC_HEAD.match(rest)
    if head and _SEPARATED.search(head.group()):
        rest = _SEPARATED.sub(lambda m: re.sub("[,，]", "", m.group()), head.group()) + rest[head.end():]
    lead = _LEAD.match(rest)
    if not lead:
        return [], rest
    values, after = lead.group().split(), rest[lead.end():]
    if after[:1] in (".", "、", "．") and values and values[-1][-1].isdigit():
        values[-1], after = values[-1][:-1], values[-1][-1] + after
        if not values[-1]:
            values.pop()
    year = _YEAR_END.fullmatch(values[-1]) if values and after[:1] == "年" else None
    if year and (year.group(1) or len(values) > 1):
        values[-1], after = year.group(1), year.group(2) + after
        if not values[-1]:
            values.pop()
    return values, after.strip()


_YEAR_END = re.compile(r"(\d*?)((?:19|20)\d\d)")
"""A run followed by 年 ending in a year after other digits (…行政事业性收费02025年，我局…): the row's
cells, then the year opening the next sentence — not a count followed by 年 (prose), as a run
followed by 年 otherwise is. A year alone after the label is the sentence's, the row printed none."""
