"""Two things real 2019-form reports print in 表二 (北京市通州区新华街道 2019, 旺苍县林业局 2019):

* a row of the form with no number of its own, its figures printed on rows of items under it
  (其他对外管理服务事项, then 行政检查 0 0 0 and 行政确认 0 0 0). Its cells were entered blank — a
  false reading: the source prints figures for it, split. They are now not read, with a reason that
  names the items, and the rows beside it are read as before;
* an amount printed with 万 and no 元 (政府集中采购 13 | 2601.953875万): the 万元 of the amount, read
  like "23600万元" (the number as printed, with a note). In a count cell 万 multiplies the number
  (1.2万 is 12000 applications), so there it is not read, with a reason, rather than read as 1.2.
"""

from __future__ import annotations

import pytest

from core.importers.match import read_value
from core.importers.text import import_text
from core.values import ValueError_

HEAD = ("某某街道办事处2019年政府信息公开工作年度报告\n"
        "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
        "二、主动公开政府信息情况\n")
PER_LINE = ("第二十条第(五)项 |\n|||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n||\n"
            "行政许可 |\n4 |\n1 |\n5 |\n||\n其他对外管理服务事项 |\n行政检查 |\n2 |\n0 |\n2 |\n|\n"
            "行政确认 |\n1 |\n0 |\n1 |\n||\n"
            "第二十条第(六)项 |\n|||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n||\n"
            "行政处罚 |\n3 |\n-1 |\n2 |\n||\n行政强制 |\n0 |\n0 |\n0 |\n||\n")
PARAGRAPHS = ("第二十条第（五）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
              "行政许可\n\n4\n\n1\n\n5\n\n其他对外管理服务事项\n\n行政检查\n\n2\n\n0\n\n2\n\n行政确认\n\n1\n\n0\n\n1\n\n"
              "第二十条第（六）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
              "行政处罚\n\n3\n\n-1\n\n2\n\n行政强制\n\n0\n\n0\n\n0\n\n")
OTHER = ("art20_5/other_services/prev_items", "art20_5/other_services/change", "art20_5/other_services/decisions")


@pytest.mark.parametrize("layout", [PER_LINE, PARAGRAPHS], ids=["a cell a line", "a cell a paragraph"])
def test_a_row_whose_figures_are_printed_on_items_under_it_is_not_read_blank(layout: str) -> None:
    report, _ = import_text(HEAD + layout + "三、收到和处理政府信息公开申请情况\n", "x.txt")
    for address in OTHER:
        assert address in report.missing, (address, report.cells.get(address))
        if layout is PER_LINE:   # (a label on a paragraph of its own is a bare label: not read, as before)
            assert "行政检查" in report.missing[address] and "行政确认" in report.missing[address]
    assert [report.cells.get(f"art20_5/license/{c}") for c in ("prev_items", "change", "decisions")] == [4, 1, 5]
    assert [report.cells.get(f"art20_6/penalty/{c}") for c in ("prev_items", "change", "decisions")] == [3, -1, 2]
    assert [report.cells.get(f"art20_6/enforcement/{c}") for c in ("prev_items", "change", "decisions")] == [0, 0, 0]


def test_a_row_printed_empty_before_the_next_row_of_the_form_is_still_blank() -> None:
    text = HEAD + ("第二十条第(五)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n"
                   "行政许可 | 4 | 1 | 5 | |\n其他对外管理服务事项 | | | | |\n"
                   "第二十条第(六)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n"
                   "行政处罚 | 3 | -1 | 2 | |\n行政强制 | 0 | 0 | 0 | |\n三、收到和处理政府信息公开申请情况\n")
    report, _ = import_text(text, "x.txt")
    for address in OTHER:
        assert address not in report.missing
        assert report.cells.get(address) is None
    assert report.cells.get("art20_5/license/decisions") == 5


def test_an_amount_with_wan_and_no_yuan_is_read_as_printed() -> None:
    text = HEAD + ("第二十条第(九)项 | |||\n信息内容 | 采购项目数量 | 采购总金额 | |\n"
                   "政府集中采购 | 13 | 2601.953875万 | |\n三、收到和处理政府信息公开申请情况\n")
    report, log = import_text(text, "x.txt")
    assert report.cells.get("art20_9/procurement/projects") == 13
    assert str(report.cells.get("art20_9/procurement/amount")) == "2601.953875"
    assert any("2601.953875万" in n for n in log.notes)


def test_wan_in_a_count_is_not_read_as_the_count() -> None:
    value, note = read_value("976.81万", "money", "万元")
    assert str(value) == "976.81" and "976.81万" in note
    with pytest.raises(ValueError_, match="万"):
        read_value("1.2万", "count")
    with pytest.raises(ValueError_, match="万"):
        read_value("增3万", "change")
