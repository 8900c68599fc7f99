"""A clerk who has nothing to report in a row sometimes prints a word there instead of 0 or "/"
(规章 | 无 | 无 | 无, 不涉及, 暂无). The row is the form's and stands where the form puts it, so its cells
are named as not read because of that word — never "row not found", which sent the reader looking for
a row that is plainly printed — and never guessed as 0 (无 may as well mean "does not apply")."""

from __future__ import annotations

import pytest

from core.importers.text import import_text

HEAD = ("某某县教育局2022年政府信息公开工作年度报告\n"
        "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
        "二、主动公开政府信息情况\n")
BARS = ("第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        "规章 | {w} | {w} | {w} |\n行政规范性文件 | 2 | 0 | 5 |\n"
        "第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | 7 | ||\n")
LINES = ("第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n"
         "规章\n\n{w}\n\n{w}\n\n{w}\n\n行政规范性文件\n\n2\n\n0\n\n5\n\n"
         "第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n7\n\n")
RULES = ("art20_1/rules/issued", "art20_1/rules/repealed", "art20_1/rules/in_force")


@pytest.mark.parametrize("layout", [BARS, LINES], ids=["bars", "one cell a line"])
@pytest.mark.parametrize("word", ["无", "不涉及", "暂无"])
def test_a_word_in_a_count_cell_is_named_as_the_reason_it_was_not_read(layout: str, word: str) -> None:
    report, _ = import_text(HEAD + layout.format(w=word) + "三、收到和处理政府信息公开申请情况\n", "x.txt")
    for address in RULES:
        assert address in report.missing, address
        assert f"原文为“{word}”" in report.missing[address], report.missing[address]
        assert "未找到" not in report.missing[address]
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [2, 0, 5]
    assert report.cells.get("art20_5/license/decisions") == 7


def test_a_section_that_says_only_no_is_not_a_cell() -> None:
    """六、其他需要报告的事项 / 无 — the most common closing line of a report — stays the section's text."""
    text = HEAD + BARS.format(w="0") + "六、其他需要报告的事项\n无\n"
    report, _ = import_text(text, "x.txt")
    assert [report.cells.get(a) for a in RULES] == [0, 0, 0]
    assert report.cells.get("art20_5/license/decisions") == 7
    assert not [a for a, v in report.cells.items() if a.startswith(("requests/", "appeals/")) and v is not None]
