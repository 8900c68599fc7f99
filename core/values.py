"""Cell values: whole numbers, money, blank and "/" kept apart.

A published form must print 0 where nothing happened, "/" where an item does not apply to the
organ, and should never leave a cell blank. The three mean different things to a checker, so
they stay distinct here: ``None`` is blank, ``NA`` is "/", numbers are ``int`` or ``Decimal``
(money is never a float: 万元 amounts with six decimals are published and must round-trip).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Final, Union


class NotApplicable(Enum):
    """The "/" a form prints where an item does not apply. A singleton, compared with ``is``."""

    NA = "/"

    def __str__(self) -> str:
        return "/"


NA: Final = NotApplicable.NA

Number = Union[int, Decimal]
Value = Union[int, Decimal, NotApplicable, None]

KINDS: Final = ("count", "change", "money")
KIND_NAMES: Final = {
    "count": "非负整数",
    "change": "整数（可带正负号）",
    "money": "非负金额",
}

# Characters clerks type or paste around numbers: full-width digits and signs, thousands separators,
# the 件/元/万元 units some reports print inside cells.
_FULLWIDTH = str.maketrans("０１２３４５６７８９＋－．，／", "0123456789+-.,/")
_SIGN_WORDS = {"增": "+", "减": "-", "−": "-", "—": "-", "–": "-"}
_UNIT_RE = re.compile(r"(万元|元|件|个|项|次)$")


class ValueError_(ValueError):
    """Input that is not a value of the cell's kind; the message is the Chinese text to show."""


def parse_input(text: str, kind: str) -> Value:
    """Read what a clerk typed (or pasted) into a cell of ``kind``.

    Accepts full-width digits, thousands separators, a trailing unit, 增/减 for signs, "/" and
    blank. Raises ``ValueError_`` with a Chinese message for anything else, so the editor can
    refuse the keystroke with a reason instead of storing text in a number cell.
    """
    raw = text.strip().translate(_FULLWIDTH)
    if raw == "":
        return None
    if raw in ("/", "\\", "不适用"):
        return NA
    s = raw.replace(",", "").replace(" ", "")
    s = _UNIT_RE.sub("", s)
    if s and s[0] in _SIGN_WORDS:
        s = _SIGN_WORDS[s[0]] + s[1:]
    if len(s) > MAX_NUMBER_CHARS:  # before Decimal: a pasted page of digits is no cell's value
        raise ValueError_(f"“{brief(text.strip())}”位数过多，请检查是否多输了位数")
    try:
        number = Decimal(s)
    except InvalidOperation:
        raise ValueError_(f"“{brief(text.strip())}”不是数字，请填写{KIND_NAMES[kind]}、0 或“/”") from None
    if not number.is_finite():
        raise ValueError_(f"“{brief(text.strip())}”不是数字，请填写{KIND_NAMES[kind]}、0 或“/”")
    if _at_least(number, LIMITS[kind]):  # before normalize: int(Decimal("1E+999999999")) would never end
        raise ValueError_(f"“{brief(text.strip())}”{kind_problem(LIMITS[kind], kind)}")
    problem = number_problem(number)  # before normalize and printing: 1E-999999999 prints a billion zeros
    if problem:
        raise ValueError_(f"“{brief(text.strip())}”{problem}")
    problem = kind_problem(normalize(number, kind), kind)
    if problem:
        raise ValueError_(f"“{brief(text.strip())}”{problem}")
    return normalize(number, kind)


def normalize(number: Number, kind: str) -> Number:
    """Counts and changes become ``int`` when integral; money stays ``Decimal``."""
    if kind == "money":
        return Decimal(number)
    if isinstance(number, Decimal) and number == number.to_integral_value():
        return int(number)
    return number


LIMITS: Final[dict[str, int]] = {"count": 10 ** 9, "change": 10 ** 9, "money": 10 ** 12}
"""No cell of the forms can hold this much: a number this long is a slip of the keyboard (or a
pasted ID number), not a statistic; refused at the cell and reported by R5 in a loaded file."""
MONEY_DECIMALS: Final = 6
"""万元 to six decimals is one 分: more digits than that cannot be money."""
MAX_STORED: Final[int] = 10 ** 15
"""A project file holding a number this large (a thousand times any cell's limit, see ``LIMITS``) is
damaged, not mistyped: refused at load with the cell named. Smaller slips load and R5 names them."""
MAX_DIGITS: Final[int] = 24
"""Digits a stored number may have (15 before the point and 6 after fit with room to spare)."""
MAX_EXPONENT: Final[int] = 30
"""How far from the decimal point a number's digits may lie: 10^30 and 10^-30 at the outside.

A ``Decimal`` carries its exponent apart from its digits, so ``1E-999999999`` is a one-digit
number whose plain printing (``format(d, "f")``, what every form, message and file shows) is a
billion zeros — 26 s and 6 GB for one cell of a 110-byte file — and ``int(Decimal("1E+999999999"))``
never ends. A report's numbers are counts (below 10^9) and 万元 amounts (below 10^12, six decimals:
one 分), so every real value has its digits between 10^15 and 10^-6; 30 either way is generous and
keeps any printing under ~60 characters. Numbers are checked (``number_problem``) where they come
in — typed or pasted (``parse_input``, which importers use too) and read from a file
(``from_json``) — before any arithmetic or printing."""
MAX_NUMBER_CHARS: Final[int] = 64
"""The longest text read as one number (a cell's input, a JSON number literal): a real one has at
most 24 digits, a sign, a point and separators. Checked before ``Decimal`` or ``int`` sees it."""
BRIEF_WIDTH: Final[int] = 20
"""The widest a number prints in a message: wider than any real cell (999,999,999,999.999999)."""


def number_problem(number: Number) -> str:
    """Why ``number`` cannot be any report's number ("" when it can): infinite or NaN, more than
    ``MAX_DIGITS`` digits, or digits beyond 10^±``MAX_EXPONENT`` (see there). Never prints or
    computes with ``number``: safe for ``Decimal("1E-999999999")``."""
    if not isinstance(number, Decimal):
        return "" if abs(number) < 10 ** MAX_DIGITS else f"位数过多（超过 {MAX_DIGITS} 位）"
    if not number.is_finite():
        return "不是数字"
    _, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int):  # NaN and infinities, already refused
        return "不是数字"
    if exponent < -MAX_EXPONENT or number.adjusted() > MAX_EXPONENT:
        return f"数量级超出范围（小数点前后最多 {MAX_EXPONENT} 位），不是年报中的数值"
    if len(digits) > MAX_DIGITS:
        return f"位数过多（超过 {MAX_DIGITS} 位）"
    return ""


def in_range(number: Number) -> bool:
    """``number`` can be printed plainly: its digits lie within 10^±``MAX_EXPONENT``. Cheap, and
    safe for ``Decimal("1E-999999999")``."""
    if not isinstance(number, Decimal):
        return True
    if not number.is_finite():
        return False
    exponent = number.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -MAX_EXPONENT and number.adjusted() <= MAX_EXPONENT


def kind_problem(value: Value, kind: str) -> str:
    """Why ``value`` cannot stand in a cell of ``kind`` ("" when it can). Used by input and R5."""
    if value is None or value is NA:
        return ""
    if isinstance(value, bool):
        return f"不是{KIND_NAMES[kind]}"
    if not isinstance(value, (int, Decimal)):
        return ""
    if (-value if value < 0 else value) >= LIMITS[kind]:
        return f"数值过大（不应达到 {LIMITS[kind]:,}），请检查是否多输了位数"
    if kind == "money":
        if value < 0:
            return "不能为负数"
        exponent = Decimal(value).as_tuple().exponent
        if isinstance(exponent, int) and -exponent > MONEY_DECIMALS and value != Decimal(value).quantize(
                Decimal(1).scaleb(-MONEY_DECIMALS)):
            return f"小数位数过多（金额最多 {MONEY_DECIMALS} 位小数）"
        return ""
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return f"不是整数，这里应填{KIND_NAMES[kind]}"
    if kind == "count" and value < 0:
        return "不能为负数（只有“本年增/减”可以填负数）"
    return ""


def as_number(value: Value) -> Number:
    """The value a sum sees: blank and "/" count as 0."""
    if value is None or value is NA:
        return 0
    return value


def format_value(value: Value, kind: str = "count") -> str:
    """How a value prints in a form and in messages: "" for blank, "/" for NA, +N for changes."""
    if value is None:
        return ""
    if value is NA:
        return "/"
    text = format_number(value)
    if kind == "change" and value > 0:
        return "+" + text
    return text


def format_number(value: Number) -> str:
    """A number without exponent or float noise: Decimal("1E+3") prints 1000, 7545.00 stays.

    A number no report can hold (``in_range``) prints in scientific notation instead: no input
    lets one in, but printing ``1E-999999999`` plainly would take a billion characters."""
    if isinstance(value, Decimal):
        if not in_range(value):
            return str(value)
        if value == value.to_integral_value() and value.as_tuple().exponent > 0:  # type: ignore[operator]
            return str(int(value))
        return format(value, "f")
    return str(value)


def from_json(raw: object, kind: str) -> Value:
    """A value as stored in a project file (number, "/" or null); raises ``ValueError_``."""
    if raw is None:
        return None
    if type(raw) is int and -MAX_STORED < raw < MAX_STORED and kind != "money":
        return raw  # nearly every stored cell: within every limit below, already normalized
    if raw == "/":
        return NA
    if isinstance(raw, bool) or not isinstance(raw, (int, Decimal, float)):
        raise ValueError_(f"“{brief(str(raw))}”不是数字、“/”或空值")
    number = Decimal(str(raw)) if isinstance(raw, float) else raw
    if isinstance(number, Decimal) and not number.is_finite():
        raise ValueError_(f"“{number}”不是数字、“/”或空值")
    if _huge(number):
        raise ValueError_(f"“{format_brief(number)}”远超任何单元格可能的数值，文件可能已损坏")
    problem = number_problem(number)  # before normalize or any printing: see MAX_EXPONENT
    if problem:
        raise ValueError_(f"“{format_brief(number)}”{problem}，文件可能已损坏")
    return normalize(number, kind)


def _huge(number: Number) -> bool:
    return _at_least(number, MAX_STORED)


def _at_least(number: Number, limit: int) -> bool:
    """``|number| >= limit`` (a power of ten) without arithmetic: ``abs(Decimal("1E+999999999"))``
    overflows the decimal context."""
    if isinstance(number, Decimal):
        return number.is_finite() and number != 0 and number.adjusted() >= len(str(limit)) - 1
    return abs(number) >= limit


def brief(text: str, width: int = BRIEF_WIDTH) -> str:
    """``text`` as a message shows it: cut to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def format_brief(value: Value, kind: str = "count") -> str:
    """``format_value`` for messages: a number too long for any cell is shown in scientific
    notation (``1.000×10^30``), so no finding prints hundreds of digits."""
    if type(value) is int and -MAX_STORED < value < MAX_STORED:  # nearly every number a message
        return "+" + str(value) if kind == "change" and value > 0 else str(value)  # prints: short
    if not isinstance(value, (int, Decimal)) or not _huge(value) and in_range(value):
        return brief(format_value(value, kind))  # only now: 1E+999999999 has a billion digits
    if value == 0:  # 0E-999999999: no digits worth showing
        return str(value)
    mantissa = f"{Decimal(value):.3E}"
    digits, _, exponent = mantissa.partition("E")
    return f"{digits}×10^{int(exponent)}"
