"""Cell input and printing: what a clerk types becomes int, exact Decimal, "/" or blank — or a Chinese refusal."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from core.values import NA, ValueError_, as_number, format_number, format_value, from_json, kind_problem, parse_input

CJK = re.compile(r"[\u4e00-\u9fff]")


# --- counts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("0", 0),
    ("12", 12),
    ("  12  ", 12),
    ("１２", 12),                 # full-width digits
    ("１，２３４", 1234),          # full-width digits and comma
    ("1,234", 1234),              # thousands separator
    ("1,234,567", 1234567),
    ("12件", 12),                 # trailing unit
    ("1,234 件", 1234),
    ("3个", 3),
    ("5项", 5),
    ("7次", 7),
    ("3.0", 3),                   # integral decimal is a whole number
    ("+1", 1),
])
def test_count_accepts(text: str, expected: int) -> None:
    value = parse_input(text, "count")
    assert value == expected
    assert type(value) is int


@pytest.mark.parametrize("text", ["-1", "减4", "－３", "−2"])
def test_count_rejects_negative(text: str) -> None:
    with pytest.raises(ValueError_) as e:
        parse_input(text, "count")
    assert "负数" in str(e.value)


@pytest.mark.parametrize("text", ["1.5", "0.1", "2.50件"])
def test_count_rejects_non_integer(text: str) -> None:
    with pytest.raises(ValueError_) as e:
        parse_input(text, "count")
    assert "整数" in str(e.value)


@pytest.mark.parametrize("text", ["abc", "十二", "12a", "1/2", "nan", "inf", "Infinity", "--3", "1..2", "元"])
@pytest.mark.parametrize("kind", ["count", "change", "money"])
def test_text_is_rejected_with_chinese_message(text: str, kind: str) -> None:
    with pytest.raises(ValueError_) as e:
        parse_input(text, kind)
    assert CJK.search(str(e.value)), str(e.value)


def test_value_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_input("abc", "count")


# --- changes (本年增/减) ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("+1", 1),
    ("1", 1),
    ("-4", -4),
    ("减4", -4),
    ("增3", 3),
    ("增 3", 3),
    ("－４", -4),                 # full-width minus
    ("＋４", 4),
    ("−4", -4),                   # U+2212 minus sign
    ("—4", -4),                   # em dash typed as minus
    ("-1,200", -1200),
    ("减2项", -2),
    ("0", 0),
])
def test_change_accepts_signs(text: str, expected: int) -> None:
    value = parse_input(text, "change")
    assert value == expected
    assert type(value) is int


def test_change_rejects_non_integer() -> None:
    with pytest.raises(ValueError_):
        parse_input("+1.5", "change")


# --- money -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("24252.311082", "24252.311082"),
    ("24,252.311082", "24252.311082"),
    ("２４２５２．３１１０８２", "24252.311082"),
    ("24252.311082万元", "24252.311082"),
    ("543900元", "543900"),
    ("7545.00", "7545.00"),
    ("0.000001", "0.000001"),
    ("0", "0"),
    ("12", "12"),
])
def test_money_stays_exact_decimal(text: str, expected: str) -> None:
    value = parse_input(text, "money")
    assert isinstance(value, Decimal)
    assert str(value) == expected
    assert value == Decimal(expected)


def test_money_never_goes_through_float() -> None:
    value = parse_input("0.1", "money")
    assert isinstance(value, Decimal)
    assert value + parse_input("0.2", "money") == Decimal("0.3")  # type: ignore[operator]
    assert str(parse_input("123456789012.123456", "money")) == "123456789012.123456"


def test_money_rejects_negative() -> None:
    with pytest.raises(ValueError_) as e:
        parse_input("-5", "money")
    assert "负数" in str(e.value)


# --- blank, 0 and "/" ----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["count", "change", "money"])
def test_blank_zero_and_na_stay_distinct(kind: str) -> None:
    blank = parse_input("", kind)
    spaces = parse_input("   ", kind)
    zero = parse_input("0", kind)
    na = parse_input("/", kind)
    assert blank is None and spaces is None
    assert na is NA
    assert zero == 0 and zero is not None and zero is not NA
    assert parse_input("／", kind) is NA          # full-width slash
    assert parse_input(" / ", kind) is NA
    assert len({repr(blank), repr(zero), repr(na)}) == 3
    assert format_value(blank, kind) == ""
    assert format_value(na, kind) == "/"
    assert format_value(zero, kind) == "0"


def test_na_is_a_singleton_printing_slash() -> None:
    assert str(NA) == "/"
    assert parse_input("/", "count") is parse_input("/", "money")


def test_as_number_treats_blank_and_na_as_zero() -> None:
    assert as_number(None) == 0
    assert as_number(NA) == 0
    assert as_number(7) == 7
    assert as_number(Decimal("1.5")) == Decimal("1.5")


# --- printing --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "kind", "text"), [
    (None, "count", ""),
    (NA, "count", "/"),
    (0, "count", "0"),
    (12, "count", "12"),
    (5, "change", "+5"),
    (-4, "change", "-4"),
    (0, "change", "0"),
    (Decimal("24252.311082"), "money", "24252.311082"),
    (Decimal("7545.00"), "money", "7545.00"),
    (Decimal("1E+3"), "money", "1000"),
    (Decimal("0"), "money", "0"),
    (NA, "money", "/"),
    (None, "change", ""),
])
def test_format_value(value: object, kind: str, text: str) -> None:
    assert format_value(value, kind) == text  # type: ignore[arg-type]


def test_format_number_has_no_exponent_or_float_noise() -> None:
    assert format_number(Decimal("1E+5")) == "100000"
    assert format_number(Decimal("0.000001")) == "0.000001"
    assert "e" not in format_number(Decimal("1E-7")).lower()


@pytest.mark.parametrize(("text", "kind"), [
    ("12", "count"), ("+3", "change"), ("-3", "change"), ("24252.311082", "money"), ("/", "count"), ("", "money"),
])
def test_format_then_parse_round_trips(text: str, kind: str) -> None:
    value = parse_input(text, kind)
    again = parse_input(format_value(value, kind), kind)
    assert again == value and type(again) is type(value)


# --- kinds and JSON values -------------------------------------------------------------------------

def test_kind_problem() -> None:
    assert kind_problem(None, "count") == ""
    assert kind_problem(NA, "count") == ""
    assert kind_problem(3, "count") == ""
    assert kind_problem(-3, "change") == ""
    assert kind_problem(-3, "count")
    assert kind_problem(Decimal("1.5"), "count")
    assert kind_problem(Decimal("1.5"), "change")
    assert kind_problem(Decimal("-0.5"), "money")
    assert kind_problem(True, "count")           # a bool is not a number here
    assert kind_problem(Decimal("0.5"), "money") == ""


def test_from_json() -> None:
    assert from_json(None, "count") is None
    assert from_json("/", "count") is NA
    assert from_json(3, "count") == 3 and type(from_json(3, "count")) is int
    money = from_json(Decimal("24252.311082"), "money")
    assert isinstance(money, Decimal) and str(money) == "24252.311082"
    assert isinstance(from_json(0, "money"), Decimal)
    for bad in (True, False, "12", "abc", [1], {"a": 1}):
        with pytest.raises(ValueError_):
            from_json(bad, "count")


@pytest.mark.parametrize("text,kind", [("1000000000", "count"), ("1e308", "count"), ("-1000000000", "change"),
                                       ("1000000000000", "money"), ("110101199003077777", "count")])
def test_absurd_sizes_are_refused_at_the_cell(text: str, kind: str) -> None:
    with pytest.raises(ValueError_, match="数值过大"):
        parse_input(text, kind)


def test_money_to_the_fen_and_no_further() -> None:
    assert parse_input("24252.311082", "money") == Decimal("24252.311082")
    assert parse_input("1.5000000", "money") == Decimal("1.5000000")  # trailing zeros are still exact
    with pytest.raises(ValueError_, match="小数位数过多"):
        parse_input("1.0000001", "money")
    assert kind_problem(999_999_999, "count") == ""
    assert "数值过大" in kind_problem(10 ** 30, "count")


def test_format_brief_of_a_plain_int_is_format_value_of_it() -> None:
    """The shortcut for ints (most numbers a message prints) prints what the general path prints."""
    from core.values import MAX_STORED, brief, format_brief, format_value

    for n in (0, 1, -1, 7, -42, 999_999_999_999, MAX_STORED - 1, -(MAX_STORED - 1)):
        for kind in ("count", "change", "money"):
            assert format_brief(n, kind) == brief(format_value(n, kind)), (n, kind)
    assert format_brief(3, "change") == "+3" and format_brief(-3, "change") == "-3"
    assert format_brief(MAX_STORED) == "1.000×10^15"      # the limit and past it: scientific, as before
    assert format_brief(True) == "True"                    # (a bool is no int here)
