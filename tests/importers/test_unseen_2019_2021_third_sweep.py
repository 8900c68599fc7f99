"""What a third sweep of unseen reports of 2019–2021 found (issue 17): a table's header whose last
column, closed by its empty cells, stands right above the first row's label; and a title naming no
year under the page's field line about the article. The texts are made up in those pages' shapes."""

from __future__ import annotations

from core.importers.text import import_text

TABLE_2 = ("二、主动公开政府信息情况\n"
           "第二十条第(一)项 | |||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
           "规章 |\n0 | 0 | 0 |\n行政规范性文件 |\n0 | 0 | 2 |\n"
           "第二十条第(五)项 | |||\n信息内容 |\n本年处理决定数量 | ||\n行政许可 |\n35 | ||\n")
HEADER_3 = ("三、收到和处理政府信息公开申请情况\n"
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n"
            "申请人情况 | ||||||||\n自然人 |\n法人或其他组织 |\n总计 | |||||||\n"
            "商业 企业 |\n科研 机构 |\n社会公益组织 |\n法律服务机构 |\n其他 | |||||\n")


def test_the_headers_last_column_closed_by_empty_cells_is_no_row_above_the_first() -> None:
    """赫章县交通运输局 2021: each header cell on a line, the last one 其他 | ||||| right above
    一、本年新收… | and its numbers on the next line. 其他 names a row of the form too (3.其他, far
    below), and printed empty it was taken for a row above row 一 and joined to its label
    (其他一、本年新收…), which matched no row: row 一 was left unread."""
    text = ("某县交通运输局\n2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局认真贯彻落实《条例》。\n"
            + TABLE_2 + HEADER_3
            + "一、本年新收政府信息公开申请数量 |\n2 | 0 | 0 | 0 | 0 | 1 | 3 | ||\n"
              "二、上年结转政府信息公开申请数量 |\n0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n")
    report, log = import_text(text, "hezhang-like.txt")
    got = [report.cells.get(f"requests/1/{c}") for c in
           ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")]
    assert got == [2, 0, 0, 0, 0, 1, 3]
    assert "requests/1/natural" not in report.missing
    assert report.cells.get("requests/2/total") == 0
    assert not any("其他一、" in n for n in log.notes), log.notes


def test_a_title_naming_no_year_below_the_pages_field_line_names_the_organ() -> None:
    """会同县林业局 2020: 发布时间:… 信息来源:会同县林业局 above 会同县林业局信息公开工作年度报告 (no year,
    信息公开 without 政府). A title naming no year was looked for on the first lines only, the field
    line among them: the organ was left unread, and the report called untitled."""
    text = ("发布时间:2021-01-15 10:00 信息来源:东河县林业局\n东河县林业局信息公开工作年度报告\n一、总体情况\n"
            "本年报统计时限为2020年1月1日至2020年12月31日止。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年新 |\n本年新 |\n对外公开总数量 |\n|\n"
            "规章 |\n0 |\n0 |\n0 |\n|\n规范性文件 |\n1 |\n1 |\n3 |\n|\n")
    report, log = import_text(text, "huitong-like.txt")
    assert (report.year, report.organ) == (2020, "东河县林业局")
    assert report.title == "东河县林业局信息公开工作年度报告"
    assert not any("原文没有标题" in n for n in log.notes), log.notes


def test_a_field_line_alone_is_no_title() -> None:
    """The field line itself names no report: with no title under it, the organ is read as before
    (from the page's words), never from the field line taken for a title."""
    text = ("发布时间:2021-01-15 10:00 信息来源:东河县林业局\n一、总体情况\n"
            "本年报统计时限为2020年1月1日至2020年12月31日止。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年新 |\n本年新 |\n对外公开总数量 |\n|\n"
            "规章 |\n0 |\n0 |\n0 |\n|\n")
    report, _ = import_text(text, "fields-only.txt")
    assert report.year == 2020
    assert report.title == ""
