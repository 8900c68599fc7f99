"""Findings of a trial on real reports of 街道, development zones and parks, and townships of provinces
the corpus held few of (tests/corpus/pagesu-*, codeu-*): each on a few lines cut to what went wrong."""

from __future__ import annotations

from core.importers.text import import_text

TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n"
         "规章\n0\n0\n0\n规范性文件\n0\n0\n0\n")


def _organ(text: str) -> tuple[str, int]:
    report, _ = import_text(text + TABLE, "report.txt")
    return report.organ, report.year


def test_a_preamble_naming_its_report_year_first_keeps_the_organs_people_s_government() -> None:
    """特向社会公布2020年桂洋镇人民政府信息公开工作年度报告 (永春县桂洋镇, no title line): the name's
    政府信息公开 took the 政府 of 桂洋镇人民政府, and the organ was read as 桂洋镇人民."""
    text = ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,特向社会公布2020年桂洋镇人民政府"
            "信息公开工作年度报告。本报告内容涵盖桂洋镇人民政府2020年1月1日至12月31日期间的政府信息公开工作情况。\n"
            "一、总体情况\n桂洋镇认真贯彻落实《条例》的要求。\n")
    assert _organ(text) == ("桂洋镇人民政府", 2020)


def test_a_quoted_name_with_the_year_first_keeps_the_organs_people_s_government() -> None:
    text = ("一、总体情况\n我镇认真编制了《2021年色威镇人民政府信息公开工作年度报告》，现予公开。\n")
    assert _organ(text)[0] == "色威镇人民政府"


def test_a_title_naming_no_year_keeps_the_organs_people_s_government() -> None:
    """驼峰路街道办事处政府信息公开工作年度报告 names its organ whole; 某镇人民政府信息公开工作年度报告
    lost 政府 to the title's words the same way."""
    text = ("红石镇人民政府信息公开工作年度报告\n一、总体情况\n2020年度我镇未接到提出公开政府信息的申请。\n")
    assert _organ(text)[0] == "红石镇人民政府"


def test_a_township_government_titled_without_people_s_keeps_its_name() -> None:
    """桂洋镇政府信息公开工作年度报告: 政府 there may be the title's own word, as it stood before."""
    text = ("特向社会公布2020年桂洋镇政府信息公开工作年度报告。\n一、总体情况\n桂洋镇认真贯彻落实《条例》。\n")
    assert _organ(text)[0] == "桂洋镇"


def test_the_name_put_together_from_such_a_sentence_is_no_title_lacking_its_words() -> None:
    """The report's name is rebuilt organ first (桂洋镇人民政府2020年政府信息公开工作年度报告): the one 政府
    the printed name shares between the organ and 政府信息公开 is in both (without it, F1 called the
    report's own name a title lacking 政府)."""
    from core.validate import validate

    text = ("根据《条例》的规定,特向社会公布2020年桂洋镇人民政府信息公开工作年度报告。\n一、总体情况\n桂洋镇认真贯彻落实。\n")
    report, _ = import_text(text + TABLE, "report.txt")
    assert report.display_title() == "桂洋镇人民政府2020年政府信息公开工作年度报告"
    assert not [f for f in validate(report) if f.rule == "F1"]
    report, _ = import_text("一、总体情况\n我镇认真编制了《2021年色威镇人民政府信息公开工作年度报告》。\n" + TABLE, "r.txt")
    assert report.display_title() == "色威镇人民政府2021年政府信息公开工作年度报告"
