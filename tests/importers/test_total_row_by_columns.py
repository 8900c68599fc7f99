"""A run-together total row whose own cells do not add up to its 总计 (the report's slip), read from the
rows above it (core/importers/run_split.py ``by_columns``). 平潭自然资源总站 2023 prints （七）总计
"191000019": 19 1 0 0 0 0 19, its 总计 19 where its cells make 20, as its （二）部分公开 "8100008" makes
9 beside 8. No split of the run adds up, so the row was left unread; but each of its first six cells is
the sum of the rows above it, all read, and the run begins with exactly those figures (19 1 0 0 0 0):
no other split gives each column its rows' sum. The rest, 19, is its 总计 as printed, kept for the
check to report. A row the rows above do not give, or a run not beginning with their figures, stays
unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.importers.run_split import by_columns, row_slots
from core.registry import get_form

FORM = get_form("2021")
REQUESTS = FORM.table("requests")
LEGACY = {a for r in REQUESTS.rows if r.legacy for a in row_slots(REQUESTS, r.id)}
ZERO = ["0"] * 7
ROWS = [r.id for r in REQUESTS.rows if not r.legacy]


def _absent(a: str) -> int | None:
    return 0 if a in LEGACY else None


def _splits(**given: list[str] | None) -> list[list[str] | None]:
    """Every printed row's split: 3.1 11 … 11, 3.2 8 1 0 0 0 0 8 (the slip), the rest 0, as ``given``."""
    base: dict[str, list[str] | None] = {rid: ZERO for rid in ROWS}
    base.update({"1": ["19", "0", "0", "0", "0", "0", "19"], "3.1": ["11", "0", "0", "0", "0", "0", "11"],
                 "3.2": ["8", "1", "0", "0", "0", "0", "8"], "3.7": None})
    base.update({k.replace("_", "."): v for k, v in given.items()})
    return [base[rid] for rid in ROWS]


def _by_columns(run: str, rid: str = "3.7", **given: list[str] | None) -> list[str] | None:
    return by_columns(FORM, run, row_slots(REQUESTS, rid), [row_slots(REQUESTS, r) for r in ROWS],
                      _splits(**given), _absent)


def test_a_total_row_is_read_from_the_rows_above_when_its_run_begins_with_their_sums() -> None:
    assert _by_columns("191000019") == ["19", "1", "0", "0", "0", "0", "19"]


@pytest.mark.parametrize("run,rid,given", [
    ("191000019", "3.7", {"3_1": None}),      # a row above not read: its column's sum is not known
    ("190100019", "3.7", {}),                  # the run does not begin with the rows' sums
    ("191000009", "3.7", {}),                  # what is left starts with 0: no number
    ("1910000", "3.7", {}),                    # nothing left for the 总计
    ("191000019", "1", {"1": None}),           # 一、本年新收: no other rows give its cells
])
def test_a_row_the_rows_above_do_not_give_stays_unread(run: str, rid: str, given: dict[str, list[str] | None]) -> None:
    assert _by_columns(run, rid, **given) is None


def test_the_reports_slip_row_is_read_as_printed_and_said_so() -> None:
    from core.importers import import_file

    source = Path(__file__).resolve().parents[1] / "corpus" / "code-pingtan-zrz-2023.txt"
    report, log = import_file(source)
    row = [report.cells[a] for a in row_slots(REQUESTS, "3.7")]
    assert row == [19, 1, 0, 0, 0, 0, 19] and not set(row_slots(REQUESTS, "3.7")) & set(report.missing)
    assert any("191000019" in n and "逐列相加" in n and "原文如此" in n for n in log.notes), log.notes
