"""A report whose tables are not in the text (pictures on the page, a copy cut before them) is put on
the form its year requires: one word of its prose that only the other form prints as a row label
(规范性文件, 行政规范性文件) is no table, and must not make a 2021 report a 2019-format one with a
false "wrong format" finding (S5) — while a text printing several of the other form's labels, its
table's digits run together, still reads as that form."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.validate import validate

# 乌兰浩特 area, 巴彦扎拉嘎乡 (zltq.gov.cn, published 2023-01-19): the excerpt the search tool returns
# ends in section 一; its tables are not in it. The period sentence names 2021; its prose says
# 规范性文件 once (…以公开政府规章、规范性文件、规划计划等为重点…), never 行政规范性文件.
NO_TABLES_2021 = (
    "巴彦扎拉嘎乡政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)《国务院办公厅政府信息与政务公开办公室"
    "关于印发 <中华人民共和国政府信息公开工作年度报告格式> 的通知》(国办公开办函〔2021〕30号)要求和自治区、盟、"
    "旗各级关于政府信息公开工作的有关规定,结合我乡全年工作实际制作。本报告所列数据统计期限为2021年1月1日至"
    "2021年12月31日。\n"
    "(一)主动公开情况。2022年度我乡共计主动公开信息77条,其中,工作动态69条,通知公告5条,预决算公开信息3条。\n"
    "(二)依申请公开情况。2022年度我乡未发生依申请公开情况。\n"
    "(四)开平台建设情况。我乡不断优化政府信息公开相关的工作职能,以公开政府规章、规范性文件、规划计划等为重点,"
    "持续推进政府信息公开平台建设,不断丰富群众获取政府信息的相关渠道。\n"
)

# The mirror case: a 2020 report (2019 form) whose four tables are pictures between their headings,
# its prose naming 行政规范性文件 — a 2021 row label — once.
PICTURES_2020 = (
    "某县统计局2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局认真贯彻《条例》,全年制发行政规范性文件0件。\n"
    "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
    "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n"
)

# A 2022 report whose 第二十条第(一)项 is printed on 2019's headers, its digits run together: four of
# 2019's own labels are a table's, and the report is read as printed (S5 is then a true finding).
RUN_TOGETHER_2022 = (
    "某镇2022年政府信息公开工作年度报告\n一、总体情况\n2022年,我镇认真贯彻《条例》。\n二、主动公开政府信息情况\n"
    "第二十条第(一)项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件3312\n"
    "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n"
    "六、其他需要报告的事项\n无。\n"
)


@pytest.mark.parametrize(("text", "year", "fmt"), [(NO_TABLES_2021, 2021, "2021"), (PICTURES_2020, 2020, "2019")],
                         ids=["no-tables-2021", "pictures-2020"])
def test_a_report_without_tables_is_on_its_years_form(text: str, year: int, fmt: str) -> None:
    report, _ = import_bytes(text.encode("utf-8"), "report.txt")
    assert (report.year, report.format) == (year, fmt)
    assert [f.message for f in validate(report) if f.rule == "S5"] == []
    assert {a: v for a, v in report.cells.items() if v is not None} == {}


def test_run_together_table_of_the_other_form_keeps_that_form() -> None:
    report, log = import_bytes(RUN_TOGETHER_2022.encode("utf-8"), "report.txt")
    assert (report.year, report.format) == (2022, "2019")
    assert [f.rule for f in validate(report) if f.rule == "S5"] == ["S5"]


def test_a_period_left_from_last_years_report_is_pointed_out() -> None:
    """No year in the title, the period says 2021, the prose twice "2022年度": the year stays the
    period's (what the report states), and the clerk is told the two disagree."""
    report, log = import_bytes(NO_TABLES_2021.encode("utf-8"), "report.txt")
    assert report.year == 2021
    assert [n for n in log.notes if "统计期限写的是 2021 年" in n and "2022年度" in n]


@pytest.mark.parametrize("prose", [
    "(一)主动公开情况。2021年度我乡共计主动公开信息77条。(二)依申请公开情况。2021年度我乡未发生依申请公开情况。",
    "(一)主动公开情况。2022年度我乡共计主动公开信息77条。(二)依申请公开情况。2021年度收到申请1件。",
    "(一)主动公开情况。2022年度我乡共计主动公开信息77条。",
    "(一)依据《关于做好2022年度政府信息公开工作年度报告编制工作的通知》和《关于印发2022年度政务公开工作要点的通知》制作。",
], ids=["same-year", "two-years", "once", "titles"])
def test_no_disagreement_is_claimed_without_one(prose: str) -> None:
    text = NO_TABLES_2021.split("(一)主动公开情况")[0] + prose + "\n"
    _, log = import_bytes(text.encode("utf-8"), "report.txt")
    assert not [n for n in log.notes if "统计期限写的是" in n]


HEADER_YEAR = ("一、总体情况\n2020年,在管委会的统一部署下,我局认真贯彻实施《条例》。全年新制发规范性文件11件。\n"
               "二、行政机关主动公开政府信息情况\n第二十条第(一)项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
               "规章\t0\t0\t0\n规范性文件\t11\t11\t11\n第二十条第(五)项\n"
               "信息内容\t上一年项目数量 (指2019年12月31日前)\t本年增/减\t处理决定数量\n行政许可\t5\t0\t9\n")
"""武汉经开区卫健局 2020's copy starts at 一、总体情况: its prose names 2020 once, its 表二 header
"上一年项目数量 (指2019年…)" 2019 once. The header's year is no year the report speaks of."""
CARRIED_YEAR = ("一、总体情况\n2020年,全局充分利用政务公开平台,累计主动公开政府信息100余条。\n"
                "全年共收到政府信息公开申请3件,其中1件结转至2021年答复。\n二、主动公开政府信息情况\n"
                "第二十条第(一)项 | ||||\n信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | |\n"
                "规章 | 0 | 0 | 0 | |\n规范性文件 | 0 | 0 | 1 | |\n")
"""泰州市姜堰区人社局 2020's copy starts at 一、总体情况: its prose names 2020 once, and 2021 once
as the year a request was carried over to (其中1件结转至2021年答复) — the year after the report's."""


CARRIED_ON = CARRIED_YEAR.replace("其中1件结转至2021年答复", "已办结3件,余0件转2021年度办理")
"""The same carry-over said as 转…年度办理 (余0件转2024年度办理): the year after the report's too."""


@pytest.mark.parametrize("text", [HEADER_YEAR, CARRIED_YEAR, CARRIED_ON],
                         ids=["a_tables_header", "carried_over_to", "turned_over_to"])
def test_a_year_the_report_does_not_speak_of_is_not_its_year(text: str) -> None:
    report, log = import_bytes(text.encode("utf-8"), "report.txt")
    assert report.year == 2020
    assert any("正文开头所说的“2020年”" in n for n in log.notes)



# A 2021 report's copy cut inside section 一 (常德市人社局 2021, as the search tool stores it): its prose
# says two of 2019's own words, each in a sentence — 新制作了…8件规范性文件, 行政许可处理决定数量为13134件.
TWO_WORDS_2021 = (
    "本年度报告根据《中华人民共和国政府信息公开条例》要求,由某市某某局编制。本年度报告中所列数据的统计期限自"
    "2021年1月1日起至12月31日止。\n一、总体情况\n(一)主动公开政府信息情况\n"
    "1. 主动公开规范性文件。2021年我局新制作了《关于某某的通知》等8件规范性文件,均已在网站公开。\n"
    "2. 主动公开行政权力。2021年我局行政许可处理决定数量为13134件。\n3. 主动公开行政事业性收费。根据全省"
)


def test_words_of_sentences_are_no_tables_headers_however_many() -> None:
    """Two of the old form's labels, each inside a sentence, made the report a 2019-format one: every
    cell of its year's form was then absent (not even "not read"). Labels count for a form only as
    cells of their own, as a table prints its headers."""
    report, _ = import_bytes(TWO_WORDS_2021.encode("utf-8"), "report.txt")
    assert (report.year, report.format) == (2021, "2021")
    assert "art20_1/normative/issued" in report.missing
    assert [f.message for f in validate(report) if f.rule == "S5"] == []
