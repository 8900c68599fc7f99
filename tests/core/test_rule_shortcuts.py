"""Shortcuts the rules take so that ``check`` reads a folder of a thousand reports in about a second,
each compared with the long way it skips (the rest: tests/core/test_check_shortcuts.py): contacts
looked for where their digits are, comparisons asked of the operator, magnitudes asked of a
report's few distinct values. Each test fails when its shortcut is broken on purpose."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

# -- contact details looked for where their digits are (core.prose.form_checks) ----------------------

CONTACTS = st.lists(st.sampled_from(list("0123456789 -－—()（）转@.aZ_中，") + ["0517", "8729", "138", "1234", "5678",
                                                                            "gov.cn", "@qq.com", "电话："]),
                    max_size=20).map("".join)


@given(CONTACTS)
@example("联系电话：0517-87290606，邮箱 abc@qq.com")
@example("手机 139-1234-5678")
@settings(max_examples=500, deadline=None)
def test_phones_and_emails_are_found_as_the_full_searches_find_them(text: str) -> None:
    from core.prose.form_checks import EMAIL, LANDLINE, MOBILE, has_email, has_phone

    assert has_phone(text) == bool(LANDLINE.search(text) or MOBILE.search(text))
    assert has_email(text) == bool(EMAIL.search(text))


# -- a comparison asked of the operator itself (core.validate) ---------------------------------------

def test_each_operator_holds_as_the_rule_language_says() -> None:
    from core import expr

    spelled = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<=": lambda a, b: a <= b,
               ">=": lambda a, b: a >= b, "<": lambda a, b: a < b, ">": lambda a, b: a > b}
    values = [0, 1, -1, 7, Decimal("7"), Decimal("7.00"), Decimal("0.5"), Decimal("-0"), 10 ** 15]
    assert set(expr.COMPARE) == {"==", "!=", "<=", ">=", "<", ">"} == set(expr._CMP_OPS)
    for op, holds in expr.COMPARE.items():
        for a in values:
            for b in values:
                assert bool(holds(a, b)) == spelled[op](a, b) == expr.holds(op, a, b), (op, a, b)


# -- magnitudes asked of a report's few distinct values (core.builtin_rules) -------------------------

ODD_VALUES = st.sampled_from([Decimal("1.5"), Decimal("-3"), 250_000, 99_999, 100_000, 99_999_999, -7, 0, 3, None,
                              Decimal("12345678.9"), Decimal("0"), True, 1_000, 1_001, -1_500, 15_000, 150_000,
                              1_500_000, 15_000_000, Decimal("1000.01"), Decimal("-20000"), -1_500_000, -150_000_000])
"""Around each limit of R8 (1,000 … 100,000,000), either way."""


@given(st.sampled_from(["2019", "2021"]), st.lists(st.tuples(st.integers(0, 10_000), ODD_VALUES), max_size=30),
       st.sampled_from(["某某镇人民政府", "某某市人民政府", "某某县公安局", ""]), st.booleans(), st.booleans())
@example("2021", [(0, 250_000)], "某某镇人民政府", False, True)
@example("2019", [(30, True)], "某某镇人民政府", False, True)        # True is 1 to a set
@example("2021", [(30, -1_500_000)], "某某镇人民政府", False, True)
@settings(max_examples=400, deadline=None)
def test_magnitudes_are_found_as_a_look_at_every_cell_finds_them(fmt: str, edits: list[tuple[int, object]],
                                                                   organ: str, na: bool, whole: bool) -> None:
    from builders import clean_report

    from core import builtin_rules
    from core.validate import Validator, validate
    from core.values import NA

    report = clean_report(fmt, organ=organ)
    addresses = list(report.form.cells)
    if whole:   # small whole numbers only, as most real reports hold: the shortcut's case
        report.cells.update({a: abs(int(v)) % 100 for a, v in report.cells.items() if v is not None})  # type: ignore[arg-type]
    for i, value in edits:
        report.cells[addresses[i % len(addresses)]] = value  # type: ignore[assignment]
    if na:
        report.cells[addresses[len(edits) % len(addresses)]] = NA
    quick, rows = validate(report), Validator(report).findings()
    within = builtin_rules._within
    builtin_rules._within = lambda values, floor: False  # type: ignore[assignment]
    try:
        assert quick == validate(report) and rows == Validator(report).findings()
    finally:
        builtin_rules._within = within
