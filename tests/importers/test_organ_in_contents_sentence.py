"""A copy with no title whose preamble lists the report's parts, the first of them naming the organ
(全文包括某旗人民政府办公室政府信息公开总体情况，主动公开政府信息情况…): a 2025 template whose organ, a
government's office, calls itself nowhere else but 我办, and its contact sentence (请与…人民政府办公室联系)
names no organ for sure. The organ was left empty; the list names it."""

from __future__ import annotations

import pytest

from core.importers.organ_words import organ_in_words
from core.importers.text import import_text

CONTENTS = ("本年度报告根据《中华人民共和国政府信息公开条例》制作。全文包括{organ}政府信息公开总体情况，主动公开政府信息情况，"
            "收到和处理政府信息公开申请情况，存在的问题及改进情况，其他需要报告的事项。"
            "所列数据统计期限为2025年1月1日至2025年12月31日。如对本年度报告有疑问，请与{organ}联系（0482-6000000）。")
TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")


def _imported(organ: str, opening: str) -> tuple[str, list[str]]:
    text = f"{CONTENTS.format(organ=organ)}\n一、总体情况\n{opening}\n{TABLE}"
    report, log = import_text(text, "copy.txt")
    return report.organ, log.notes


@pytest.mark.parametrize(("organ", "opening", "where"), [
    ("某某旗人民政府办公室", "2025年，我办认真贯彻落实《条例》。", "报告内容"),   # its contact names none for sure
    ("某某旗林业和草原局", "2025年，我局认真贯彻落实《条例》。", "联系方式"),     # both name it: one organ
])
def test_the_parts_listed_name_the_organ(organ: str, opening: str, where: str) -> None:
    got, notes = _imported(organ, opening)
    assert got == organ
    assert any(where in n and organ in n and "请核对" in n for n in notes)


def test_the_government_s_own_政府_before_信息公开_is_the_organ_s() -> None:
    """宝力根花苏木人民政府信息公开总体情况: one 政府 ends the name and begins 政府信息公开."""
    text = CONTENTS.format(organ="某某旗某某苏木人民政府").replace("人民政府政府信息", "人民政府信息")
    assert organ_in_words([text], [text]) is not None
    assert organ_in_words([text], [text])[0] == "某某旗某某苏木人民政府"  # type: ignore[index]


@pytest.mark.parametrize(("organ", "opening"), [
    ("某某旗人民政府办公室", "2025年，我局认真贯彻落实《条例》。"),     # the report calls itself 我局: another body's
    ("旗人民政府办公室", "2025年，我办认真贯彻落实《条例》。"),        # no place of its own
])
def test_a_name_that_does_not_fit_names_none(organ: str, opening: str) -> None:
    got, _ = _imported(organ, opening)
    assert got == ""
