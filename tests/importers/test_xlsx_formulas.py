"""Simple sums worked out as Excel would when a workbook kept no results; anything else unknown."""

from __future__ import annotations

from decimal import Decimal

from core.importers.xlsx_formulas import results


def test_sums_ranges_and_chains() -> None:
    grid = {(1, 1): 2, (1, 2): 3, (1, 3): "=SUM(A1:B1)",
            (2, 1): 4, (2, 2): "文字", (2, 3): "=SUM(A2:B2)",          # SUM leaves text out
            (3, 3): "=SUM(C1:C2)+$A$1-1", (4, 3): "=C1+C2", (5, 3): "=SUM(A1,B1,(C1))"}
    assert results(grid) == {(1, 3): Decimal(5), (2, 3): Decimal(4), (3, 3): Decimal(10),
                             (4, 3): Decimal(9), (5, 3): Decimal(10)}


def test_unknown_formulas_give_nothing() -> None:
    grid = {(1, 1): "=IF(1,2,3)", (1, 2): "=A2+1", (2, 1): "文字", (1, 3): "=C1",  # a cycle
            (1, 4): "=SUM(A1:B1", (1, 5): "=A1:B1", (1, 6): "=Sheet2!A1", (1, 7): "=VLOOKUP(A1,B1:C2,2)"}
    assert results(grid) == {}


def test_blanks_are_zero_and_a_huge_range_is_refused() -> None:
    assert results({(1, 1): "=SUM(B1:D1)+E1"}) == {(1, 1): Decimal(0)}
    assert results({(1, 1): "=SUM(A2:Z9999)"}) == {}
