"""Whole governments' reports (县/区人民政府) and a provincial department's, as search excerpts cut
inside 一、总体情况 (issue 17, slice "pagesaz"): four general causes of a copy refused, or of totals its
words state left unread or read with the organ twice. Synthetic text, each in the pattern a real copy
printed (东宝区, 濂溪区, 吴起县, 建平县 and 左贡县 2021–2025, 江苏省水利厅 2023)."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.stated import period_year
from core.importers.text import import_text
from core.importers.title_sentence import speaks_of_itself

BODY = ("一、总体情况\n"
        "(一)主动公开情况。2024年,我区主动公开政府信息1200条。\n"
        "(二)依申请公开情况。2024年,全区收到政府信息公开申请12件,办结12件。\n"
        "(三)政府信息管理情况。严格落实信息发布审核制度,确保")


def test_a_period_with_a_comma_after_its_start_is_the_period() -> None:
    """自2024年1月1日起,至2024年12月31日止: the comma after 起 hid the period, and an untitled copy cut
    before its tables — known as the report by its period and its words about itself — was refused."""
    assert period_year("本报告所列统计数据的期限自2024年1月1日起,至2024年12月31日止。") == 2024
    assert period_year("统计期限自2024年1月1日起，至12月31日止。") == 2024
    report, _ = import_text("本报告依据《中华人民共和国政府信息公开条例》编制本报告。本报告所列统计数据的期限"
                            "自2024年1月1日起,至2024年12月31日止。\n" + BODY, "some.txt")
    assert report.year == 2024
    assert report.cells["requests/1/total"] == 12 and report.cells["requests/3.7/total"] == 12


@pytest.mark.parametrize("sentence,read", [
    # 办理件 before 件 (the requests in hand): the clause was not read, and as it names 上年 every clause after it was dropped
    ("2024年全区共收到依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理7件",
     [("requests/1/total", 30), ("requests/2/total", 1), ("requests/3.7/total", 24), ("requests/4/total", 7)]),
    # 办结答复: decided and answered
    ("全年办结答复依申请公开61件,其中网站申请49件,信函申请12件", [("requests/3.7/total", 61)]),
    ("全年办结答覆依申请公开61件", [("requests/3.7/total", 61)]),     # (a traditional page's 答覆, kept)
    # 件次 (requests counted one by one): the subject clause was not read, nor the 结转 after it
    ("全年共收到政府信息依申请公开89件次,已经答复88件,1件结转下年度继续办理",
     [("requests/1/total", 89), ("requests/4/total", 1)]),
    # what stays unread: a narrowed count, a 受理 alone
    ("全年办结答复网上依申请公开61件", []),
    ("全年受理办理件5件", []),
])
def test_the_words_naming_requests_in_hand_and_decided_and_answered(sentence: str, read: list[tuple[str, int]]) -> None:
    assert _read_sentence(sentence, 2024) == read


def test_an_untitled_report_publishing_itself_is_known_by_those_words() -> None:
    """特向社会公布2023年政府信息公开工作年度报告, with the period and no title (the organ only in the
    contact lines): the report, its words read; a notice asking others to publish theirs is not."""
    preamble = ("根据《中华人民共和国政府信息公开条例》要求,特向社会公布2023年政府信息公开工作年度报告。"
                "本报告所列数据统计时限为2023年1月1日至12月31日,如对本报告有疑问,请联系某县政府政务服务中心。\n")
    report, _ = import_text(preamble + BODY.replace("2024", "2023"), "some.txt")
    assert report.year == 2023 and report.cells["requests/1/total"] == 12
    assert speaks_of_itself("现向社会公布某县2023年政府信息公开工作年度报告。")
    assert not speaks_of_itself("各单位要按时向社会公布2023年政府信息公开工作年度报告。")
    assert not speaks_of_itself("请于1月31日前向社会公布2023年政府信息公开工作年度报告编制情况。")


def test_a_banner_printing_the_organ_over_a_wrapped_title_is_no_part_of_it() -> None:
    """左贡县人民政府 (twice, the site's banner) over 左贡县人民政府2021年度 / 信息公开年度报告: the organ once."""
    text = (" 某某县人民政府\n            某某县人民政府\n        \n        某某县人民政府2021年度\n信息公开年度报告\n"
            "(2022年1月)\n本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
            "一、总体情况\n2021年,某某县人民政府认真做好政府信息公开工作。\n"
            "二、主动公开政府信息情况\n"
            "| 第二十条第(一)项 | |||\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | \n"
            "| 规章 | 0 | 0 | 0 | \n| 行政规范性文件 | 2 | 0 | 2 | \n")
    report, _ = import_text(text, "some.txt")
    assert (report.year, report.organ) == (2021, "某某县人民政府")
    # a title wrapped after its organ's line keeps that line (the organ is said once)
    report, _ = import_text(text.replace(" 某某县人民政府\n            某某县人民政府\n        \n        某某县人民政府2021年度",
                                         "某某县交通运输局\n2021年度"), "some.txt")
    assert report.organ == "某某县交通运输局"
