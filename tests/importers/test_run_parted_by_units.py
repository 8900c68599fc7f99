"""A run-together page's row whose figures carry their units or a sign word (core/importers/unit_cells.py):
平潭 pages print 政府集中采购 "1个246900元", "2笔 984361元", "3个 3443000元" and 行政事业性收费 "16减12".
The count's 个 made the row a sentence's words (行政复议1起) and it was called not printed; 笔 and 减
ended the run after its first figure, one figure for two cells, not read. The unit or the sign word
parts the two cells where no space does: 1 and 246900, 16 and -12."""

from __future__ import annotations

import pytest

from core.importers.text import import_text
from core.importers.unit_cells import unit_cells

PROJECTS, AMOUNT = "art20_9/procurement/projects", "art20_9/procurement/amount"
FEES = ["art20_8/fees/prev_items", "art20_8/fees/change"]


def _page(fees: str, procurement: str) -> str:
    """A 2019-form report a crawler ran together on one line, 行政事业性收费 printed as ``fees`` and
    政府集中采购 as ``procurement``."""
    return ("某局2019年政府信息公开工作年度报告 一、总体情况" + "2019年，我局主动公开政府信息33条。" * 4
            + "二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量"
            "对外公开总数量规章000规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可000"
            "其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量"
            "行政处罚000行政强制000第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费" + fees
            + "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购" + procurement
            + "三、收到和处理政府信息公开申请情况 五、存在的主要问题及改进情况 无。")


@pytest.mark.parametrize("procurement,projects,amount", [
    ("1个246900元", 1, 246900),
    (" 2笔 984361元 ", 2, 984361),
    (" 3个 3443000元 ", 3, 3443000),
    ("9项152.2万元", 9, 152.2),
])
def test_a_count_and_an_amount_parted_by_their_units_are_read(procurement: str, projects: int, amount: float) -> None:
    report, _ = import_text(_page("00", procurement), "x.txt")
    assert report.cells[PROJECTS] == projects and float(report.cells[AMOUNT]) == amount
    assert not {PROJECTS, AMOUNT} & set(report.missing)


def test_a_sign_word_opens_the_change_cell() -> None:
    report, _ = import_text(_page("16减12", "00"), "x.txt")
    assert [report.cells[a] for a in FEES] == [16, -12] and not set(FEES) & set(report.missing)


@pytest.mark.parametrize("procurement", [
    "1个项目",                 # a sentence's count: its words go on, no amount follows
    "2笔共98万元",             # a word between the two figures: a sentence
    "1个246900元3件",          # a figure more after the two: not this row's two alone
    "152469万元",              # no unit between the figures: still one run the sums cannot split
])
def test_figures_a_unit_does_not_part_are_not_read_by_it(procurement: str) -> None:
    report, _ = import_text(_page("00", procurement), "x.txt")
    assert {PROJECTS, AMOUNT} <= set(report.missing)
    assert report.cells.get(PROJECTS) is None and report.cells.get(AMOUNT) is None


@pytest.mark.parametrize("rest,kinds", [
    ("5件，行政处罚3起", ["count"]),          # one figure and its unit: a sentence says it so
    ("16减12", ["count", "count"]),          # 减 opens only a 本年增/减 cell
    ("1.5个2元", ["count", "money"]),        # a count has no decimals
    ("1元246900个", ["count", "money"]),     # each unit fits its own cell
    ("1 246900", ["count", "money"]),        # spaces alone part them already: no unit to go by
    ("01个2元", ["count", "money"]),          # no figure starts with 0
])
def test_what_is_no_row_of_figures_with_their_units(rest: str, kinds: list[str]) -> None:
    assert unit_cells(rest, kinds) is None


@pytest.mark.parametrize("rest,kinds,cells,after", [
    ("16减12第二十条", ["count", "change"], ["16", "减12"], "第二十条"),       # the sign word kept: read as -12, said so
    ("1个246900元", ["count", "money"], ["1个", "246900元"], ""),              # units kept for the reader to take off
    ("2笔 984361元 三、", ["count", "money"], ["2", "984361元"], "三、"),      # (笔 left off: the reader takes no 笔)
])
def test_the_cells_are_given_as_printed(rest: str, kinds: list[str], cells: list[str], after: str) -> None:
    assert unit_cells(rest, kinds) == (cells, after)
