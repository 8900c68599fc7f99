"""A run-together 表二 row the report's words settle though another of their figures fits no split of
it (core/importers/settle.py): 平潭 2022 prints 行政规范性文件 "34089" and says 本年度制发规范性文件34件，
现行有效件数424件 — 424 is no split of the run (a count over the district's whole library, or the
report's slip), so it says nothing of how the run splits and is set aside, and 制发34件 settles the
row: 34, then "089", which only 0 89 gives (no count starts with 0). Before, the two figures together
fitted no split and the row was left unread."""

from __future__ import annotations

import pytest

from importers.test_settled_in_part import ROW, _import


def test_a_figure_no_split_gives_is_set_aside_and_the_other_settles_the_row() -> None:
    got, log = _import("本年度制发规范性文件34件，现行有效件数424件。", run="34089")
    assert [got.cells[a] for a in ROW] == [34, 0, 89] and not set(ROW) & set(got.missing)
    assert any("34089" in n and "分为 34 0 89" in n and "正文另说现行有效件数 424" in n and "未采用" in n
               for n in log.notes), log.notes


def test_set_aside_in_another_sentence_the_rest_still_settles_only_what_it_fixes() -> None:
    """制定15件 leaves 15 2 21, 15 22 1, 15 221 and blanks: 本年制发件数 15 alone is read; the 400 of
    another sentence, no split of "15221", is named in the log as not taken."""
    got, log = _import("本年度制定行政规范性文件15件。截至年底，现行有效行政规范性文件400件。")
    assert got.cells[ROW[0]] == 15 and ROW[0] not in got.missing
    assert {ROW[1], ROW[2]} <= set(got.missing) and got.cells.get(ROW[2]) is None
    assert any("15221" in n and "现行有效件数 400" in n and "现行有效行政规范性文件400件" in n for n in log.notes), log.notes


@pytest.mark.parametrize("words", [
    "本年度制发规范性文件34件，另制发规范性文件3件。",   # two figures for one cell: which is meant is open
    "本年度制发规范性文件341件，现行有效件数424件。",     # no figure fits a split: nothing to settle by
    "本年度制发规范性文件34件，现行有效件数9件。",        # each fits a split, not the same one
])
def test_figures_that_disagree_about_the_row_leave_it_unread(words: str) -> None:
    got, log = _import(words, run="34089")
    assert set(ROW) <= set(got.missing)
    assert all(got.cells.get(a) is None for a in ROW)
    assert any("34089" in n and "无法确定如何分列，未读取" in n for n in log.notes), log.notes
