"""Runs of digits (a page copied without separators) split only where the form's sums leave one way."""

from __future__ import annotations

import time

import pytest

from core.importers.run_split import candidates, resolve, row_slots, sums
from core.registry import get_form

FORM = get_form("2021")
REQUESTS = FORM.table("requests")
APPEALS = FORM.table("appeals")
RULES = sums(FORM, REQUESTS)


def _row(rid: str) -> list[str]:
    return row_slots(REQUESTS, rid)


@pytest.mark.parametrize("run,expected", [
    ("713000074", [["71", "3", "0", "0", "0", "0", "74"]]),           # the only split adding up to 74
    ("0000000", [["0"] * 7]),                                            # a digit a column
    ("220000022", [["2", "20", "0", "0", "0", "0", "22"], ["22", "0", "0", "0", "0", "0", "22"]]),
    ("1234", []),                                                        # too short for seven cells
])
def test_a_rows_splits_are_those_adding_up_to_its_total(run: str, expected: list[list[str]]) -> None:
    assert sorted(candidates(run, _row("1"), RULES) or []) == sorted(expected)


def test_a_minus_sign_starts_a_cell() -> None:
    slots = ["t/a/prev", "t/a/change"]
    assert candidates("35-15", slots, []) == [["35", "-15"]]
    assert candidates("3-5-1", slots, []) == []


def test_a_run_with_no_sum_in_its_row_keeps_every_split_and_is_left_unread() -> None:
    slots = row_slots(FORM.table("art20_1"), "normative")
    options = candidates("8855698", slots, sums(FORM, FORM.table("art20_1")))
    assert options is not None and len(options) > 1
    assert resolve([(slots, options)], sums(FORM, FORM.table("art20_1")), lambda a: None) == [None]


def _requests_rows(runs: dict[str, str]) -> list[tuple[list[str], list[list[str]] | None]]:
    return [(_row(rid), candidates(run, _row(rid), RULES)) for rid, run in runs.items()]


ZERO = "0000000"
# 一 + 二 = （七）总计 + 四 down every column, （七）总计 the sum of the results
TABLE = {"1": "270020130", "2": ZERO, "3.1": "270020130", "3.2": ZERO, **{r: ZERO for r in (
    "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2", "3.4.3",
    "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.5.6", "3.5.7", "3.6.1", "3.6.2", "3.6.3")},
         "3.7": "270020130", "4": ZERO}


def told_index(rid: str) -> int:
    return list(TABLE).index(rid)


LEGACY = set(row_slots(REQUESTS, "3.6"))


def test_the_tables_sums_choose_among_a_rows_splits() -> None:
    """270020130 is 27 0 0 2 0 1 30 or 2 7 0 0 20 1 30: every row alike cannot tell, but one row
    printed apart (一、本年新收 27 0 0 2 0 1 30) tells them all through 一+二 = 七+四 and 七 = Σ三."""
    rows = _requests_rows(TABLE)
    assert len(rows[0][1] or []) == 2
    assert resolve(rows, RULES, lambda a: 0 if a in LEGACY else None)[0] is None   # both ways add up
    rows[0] = (_row("1"), [["27", "0", "0", "2", "0", "1", "30"]])
    chosen = resolve(rows, RULES, lambda a: 0 if a in LEGACY else None)
    assert chosen[told_index("3.1")] == ["27", "0", "0", "2", "0", "1", "30"]
    assert chosen[told_index("3.7")] == ["27", "0", "0", "2", "0", "1", "30"]


def test_a_report_whose_sums_do_not_hold_is_not_split_by_them() -> None:
    rows = _requests_rows(dict(TABLE, **{"1": "713000074"}))    # 一 no longer equals 三 + 四
    chosen = resolve(rows, RULES, lambda a: 0 if a in LEGACY else None)
    assert chosen[0] == ["71", "3", "0", "0", "0", "0", "74"]   # its own total decides it
    assert chosen[told_index("3.1")] is None


def test_a_table_printed_in_one_row_is_split_by_its_group_totals() -> None:
    slots = row_slots(APPEALS, None)
    assert len(slots) == 15
    options = candidates("10203120001200000", slots, sums(FORM, APPEALS))
    assert options == [["1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"]]


def test_a_long_run_is_bounded() -> None:
    start = time.perf_counter()
    assert not candidates("1" * 60, _row("1"), RULES)                      # too many, or none
    assert not candidates("1" * 63, row_slots(APPEALS, None), sums(FORM, APPEALS))
    assert candidates("1" * 10_000, _row("1"), RULES) == []                # longer than seven cells hold
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("run,expected", [
    ("000", [["0", "0", "0"]]),                  # zeros never join: one way even with blank cells
    ("0011", [["0", "0", "11"]]),
    ("215", None),                               # 2 1 5, or 2 (blank) 15 (平潭 2019 行政许可): not guessed
])
def test_in_a_row_no_sum_governs_a_cell_may_have_been_blank(run: str, expected: list[list[str]] | None) -> None:
    table = FORM.table("art20_1")
    slots = row_slots(table, "normative")
    options = candidates(run, slots, sums(FORM, table))
    assert options is not None
    if expected is None:
        assert ["2", "", "15"] in options and ["2", "1", "5"] in options
        assert resolve([(slots, options)], sums(FORM, table), lambda a: None) == [None]
    else:
        assert options == expected


def test_a_minus_sign_starts_only_a_cell_the_form_lets_be_negative_and_the_cells_all_splits_share_are_read() -> None:
    """平潭交通与建设局 2020 prints 行政许可 "88-720" and 行政处罚 "26-260" (上一年项目数量, 本年增/减,
    处理决定数量): 88 is 上一年 whatever the rest, but the row was not read at all — "-720" counted
    as a possible 处理决定数量 and "8 8 -720" kept 88 open. Only 本年增/减 takes a sign; a cell every
    remaining split agrees on is read, the others are left (the log says why)."""
    from core.importers.run_split import agreed
    from core.importers.text import import_text

    old = get_form("2019")
    slots = row_slots(old.table("art20_5"), "license")
    signed = {a for a in slots if old.kind_of(a) == "change"}
    options = candidates("88-720", slots, sums(old, old.table("art20_5")), signed=signed)
    assert options and all(not o[2].startswith("-") for o in options)
    assert agreed(options) == ["88", None, None]
    text = ("某局2020年政府信息公开工作年度报告 一、总体情况" + "2020年，我局主动公开政府信息141条。" * 4
            + "二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量"
            "对外公开总数量规章000规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可88-720"
            "其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚26-260行政强制000"
            "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费15-15 五、存在的主要问题及改进情况 无。")
    report, log = import_text(text, "x.txt")
    assert (report.cells["art20_5/license/prev_items"], report.cells["art20_6/penalty/prev_items"]) == (88, 26)
    assert {"art20_5/license/change", "art20_5/license/decisions", "art20_6/penalty/change"} <= set(report.missing)
    assert report.cells["art20_8/fees/change"] == -15
    assert any("88-720" in n and "88" in n and "已读取" in n for n in log.notes)


def test_a_glued_rows_note_names_the_row_as_the_form_does() -> None:
    """The page prints （七）总计 (平潭 2021, a run-together copy); the note named it "(七)总计", the
    folded text the reader compares by, which the clerk finds neither on the page nor in the editor."""
    from pathlib import Path

    from core.importers import import_file

    source = Path(__file__).resolve().parents[1] / "corpus" / "code-pingtan-2021.txt"
    _, log = import_file(source)
    glued = [n for n in log.notes if "一行的数字连在一起" in n]
    assert any(n.startswith("表三“（七）总计”") for n in glued), glued
    assert not any("(" in n.split("一行")[0] for n in glued), glued


def _page_2019(license_row: str) -> str:
    """A 2019-form report a crawler ran together on one line, 行政许可 printed as ``license_row``."""
    return ("某局2019年政府信息公开工作年度报告 一、总体情况" + "2019年，我局主动公开政府信息33条。" * 4
            + "二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量"
            "对外公开总数量规章000规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可"
            + license_row + "其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量"
            "行政处罚000行政强制000第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费00 "
            "五、存在的主要问题及改进情况 无。")


def test_a_plus_sign_starts_a_cell_the_form_lets_be_signed() -> None:
    """平潭管委会办公室 2019 prints 行政许可 "0+11" (上一年项目数量, 本年增/减, 处理决定数量): the "+"
    cut the row off after "0" and its cells were all left unread. A "+" starts 本年增/减 as "-"
    does: 上一年 is 0 whatever the rest; +1 1 or +11 and a blank cell is not guessed."""
    from core.importers.run_split import agreed
    from core.importers.text import import_text

    old = get_form("2019")
    slots = row_slots(old.table("art20_5"), "license")
    signed = {a for a in slots if old.kind_of(a) == "change"}
    options = candidates("0+11", slots, sums(old, old.table("art20_5")), signed=signed)
    assert sorted(options or []) == [["0", "+1", "1"], ["0", "+11", ""]]
    assert candidates("1+1+1", slots, [], signed=signed) == []          # only 本年增/减 takes a sign
    assert agreed(options or []) == ["0", None, None]
    report, log = import_text(_page_2019("0+11"), "x.txt")
    assert report.cells["art20_5/license/prev_items"] == 0
    assert {"art20_5/license/change", "art20_5/license/decisions"} <= set(report.missing)
    assert report.cells["art20_5/other_services/decisions"] == 0       # the next row is still its own
    assert any("0+11" in n and "已读取" in n for n in log.notes)


def test_numbers_printed_apart_keep_their_plus_sign() -> None:
    """"行政许可 1168 +173 1341" in a run-together copy: the numbers stand apart, one a cell, and
    the "+" no longer ends the row at 1168."""
    from core.importers.text import import_text

    report, _ = import_text(_page_2019(" 1168 +173 1341 "), "x.txt")
    assert [report.cells[f"art20_5/license/{c}"] for c in ("prev_items", "change", "decisions")] == [1168, 173, 1341]
