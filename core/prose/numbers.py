"""Numbers as Chinese reports write them: 17件, 1,136 条, 十二件, 两起, 一百零五, 3.5万元.

Why a parser of our own: the figures a report states are mixed Arabic and Chinese numerals with a
measure word after them, and a figure only counts as a statement of a count when a measure word
follows (一是, 一委员 are not counts). Approximate figures (100余件, 10多条, 500左右) are marked so
the checks can stay quiet about them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Optional

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "[零〇一二两三四五六七八九十百千万]"


def chinese_to_int(text: str) -> Optional[int]:
    """一百零五 → 105, 十二 → 12, 两 → 2, 三万二千 → 32000; None when it is not a numeral."""
    if not text or any(ch not in _DIGITS and ch not in _UNITS and ch != "万" for ch in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:  # 万
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
    return total + section + (digit or 0)


@dataclass(frozen=True)
class Figure:
    """A number in a text followed by a measure word."""

    value: Decimal
    start: int
    end: int
    """Span of the number and its unit."""
    unit: str
    approximate: bool
    """100余件, 10多条, 约50件, 500左右, 以上, 20到30件不等: not an exact figure."""
    percent: bool = False


_APPROX_AFTER = re.compile(r"\s*(余|多|左右|以上|以下|上下)")
_RANGE_BEFORE = re.compile(r"(?:\d|" + "[零〇一二两三四五六七八九十百千]" + r")\s*(?:件|个|起|宗|份)?\s*(?:到|至|~|～|-|－|—|–)\s*$")
"""20到30件, 3至5个: the upper end of a range is not a figure."""
_RANGE_WORDS = ("到", "至", "~", "～", "-", "－", "—", "–")
"""What ``_RANGE_BEFORE`` ends with, but for white space: most figures follow none, and a test of the
last characters is cheaper than the search."""
_RANGE_AFTER = re.compile(r"\s*(?:不等|之间|以内|之内|不到|上下)")


@lru_cache(maxsize=256)
def figure_pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    """A figure followed by one of ``units``: built once per set of units, not per sentence read.

    The number is Arabic digits (with separators and decimals) or Chinese numerals
    (``\\d[\\d,，]*(?:\\.\\d+)?|[零…万]+``), spelt as one character of either and then the rest
    of a number of the kind it began (no Chinese numeral is a digit: the look-behind tells which).
    The same matches, but the engine skips to the next such character instead of trying both
    alternatives at every character of every sentence holding a figure."""
    unit_alt = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    return re.compile(
        r"(?P<num>[\d" + CN_NUMERAL[1:-1] + r"](?:(?<=\d)[\d,，]*(?:\.\d+)?|(?<!\d)" + CN_NUMERAL + r"*))"
        r"\s*(?P<wan>万)?\s*(?P<approx>余|多)?\s*(?P<unit>" + unit_alt + r"|%|％)")


@lru_cache(maxsize=256)
def figure_ends(units: tuple[str, ...]) -> re.Pattern[str]:
    """The last character of a figure's number and what follows it to the unit (2件 of 12件, 十条).

    Which sentences hold a figure is asked of every sentence of every text, and this pattern begins
    with one character class, which the regular expression engine scans for far faster than
    ``figure_pattern``'s alternatives. Every match of ``figure_pattern`` ends with a match of this
    one, which starts inside the number, so in the figure's own sentence (a number holds no stop):
    at the number's last digit or numeral, after which only separators (1,件) can follow. Not at a
    comma: "，" is in nearly every sentence, and a comma before a unit (，个人) is no figure."""
    unit_alt = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    return re.compile(r"[\d" + CN_NUMERAL[1:-1] + r"][,，]*\s*(?:万)?\s*(?:余|多)?\s*(?:" + unit_alt + r"|%|％)")


def figures(text: str, units: tuple[str, ...], start: int = 0, end: Optional[int] = None) -> list[Figure]:
    """The figures in ``text[start:end]`` whose measure word is one of ``units``."""
    end = len(text) if end is None else end
    out = []
    for m in figure_pattern(units).finditer(text, start, end):
        raw, wan, approx_word, unit = m.group("num", "wan", "approx", "unit")
        at, after = m.span()
        if raw[0].isdigit():
            # a digit run glued to letters or more digits before it is part of a code, not a count
            if at > 0 and ((glued := text[at - 1]).isdigit() or glued in ".-/第" or glued.isascii() and glued.isalpha()):
                continue
            try:
                value = Decimal(raw.replace(",", "").replace("，", ""))
            except InvalidOperation:
                continue
        else:
            if raw == "万" or (at > 0 and text[at - 1] in "第每唯统之某任"):
                continue
            number = chinese_to_int(raw)
            if number is None:
                continue
            value = Decimal(number)
        if wan:
            value *= 10000
        before = text[max(0, at - 2):at]
        approx = bool(approx_word) or bool(_APPROX_AFTER.match(text, after)) \
            or before.endswith(("约", "近", "超", "逾")) or before.endswith(("大约", "将近", "超过")) \
            or (text[max(0, at - 12):at].rstrip().endswith(_RANGE_WORDS)
                and bool(_RANGE_BEFORE.search(text, max(0, at - 12), at))) \
            or bool(_RANGE_AFTER.match(text, after))
        out.append(Figure(value, at, after, unit, approx, unit in ("%", "％")))
    return out


def format_figure(value: Decimal) -> str:
    """17, 3.5 — as a clerk writes it."""
    text = format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))
    return text
