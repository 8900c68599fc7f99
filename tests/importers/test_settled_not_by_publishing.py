"""A run-together 表二 row is never settled by 公开/发布 of 规范性文件 (core/importers/settle.py through
R6's grammar): what a site published (新市区 2022 公开 2 beside 本年制发 3; 洞头区 2021 发布 0 beside 1)
is no 本年制发件数, so "15221" beside 公开行政规范性文件15件 stays unread, where it was read as 15 …
before. The verbs of making still settle it (tests/importers/test_settled_in_part.py for the rest)."""

from __future__ import annotations

import pytest

from importers.test_settled_in_part import ROW, _import


@pytest.mark.parametrize("words", [
    "本年度公开行政规范性文件15件。",
    "全年主动公开规范性文件15件。",
    "2023年，我局共发布规范性文件15份。",
    "通过政府门户网站集中公开行政规范性文件15件。",
])
def test_documents_published_settle_no_cell(words: str) -> None:
    got, log = _import(words)
    assert set(ROW) <= set(got.missing)
    assert all(got.cells.get(a) is None for a in ROW)
    assert any("15221" in n and "无法确定如何分列，未读取" in n for n in log.notes), log.notes


def test_a_published_figure_beside_a_repealed_one_leaves_the_issued_cell_unread() -> None:
    """发布…15件，废止2件: only 废止 2 speaks of the row (15 2 21 and 152 2 1 both agree on it)."""
    got, log = _import("本年度发布行政规范性文件15件，废止2件。")
    assert got.cells.get(ROW[1]) == 2 and ROW[1] not in got.missing
    assert {ROW[0], ROW[2]} <= set(got.missing) and got.cells.get(ROW[0]) is None
    assert any("15221" in n and "无论如何分列都是 " in n and " 2，已读取" in n for n in log.notes), log.notes


@pytest.mark.parametrize("words", [
    "本年度制定并公开行政规范性文件15件。",
    "本年度制定发布行政规范性文件15件。",
    "全年印发行政规范性文件15件。",
])
def test_the_verbs_of_making_still_settle_the_issued_cell(words: str) -> None:
    got, _ = _import(words)
    assert got.cells[ROW[0]] == 15 and ROW[0] not in got.missing


def test_a_published_figure_after_an_issued_one_is_not_taken_for_it() -> None:
    """公开 stays the cue nearest its figure: 5 is not read as a second 制发 figure (which, disagreeing
    with 15, would leave the row unread), so 制发…15件 alone settles the cell."""
    got, _ = _import("本年度制发行政规范性文件15件，主动公开行政规范性文件5件。")
    assert got.cells[ROW[0]] == 15 and ROW[0] not in got.missing
