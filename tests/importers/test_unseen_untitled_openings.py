"""Untitled copies cut before their tables, from a sweep of unseen pages (helper hI): the organ and the
contact read from their preamble and opening.

A contact given as a form's field (请联系：硚口区荣华街道办事处党政综合办公室，地址：…) names the organ as
请与…联系 does; a web address ends where the ASCII does (网站www.suining.gov.cn全文公开 is no address);
the report's own word for itself is no name, whatever its kind (我旗, 我苏木, 2022年度我区 — whose 度 was
read as the start of a name); and a section of an office that wrote the report (由…街道党政办公室综合科编制)
is no organ."""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.text import import_text

PERIOD = "所列统计数据时间范围为2025年1月1日至2025年12月31日。"
TABLE = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n")


def _imported(preamble: str, opening: str = "2025年，本机关坚持以公开为常态。") -> tuple[str, list[str]]:
    report, log = import_text(f"{preamble}\n一、总体情况\n{opening}\n{TABLE}", "copy.txt")
    return report.organ, log.notes


@pytest.mark.parametrize(("contact", "organ"), [
    ("如本报告有疑问，请联系：硚口区荣华街道办事处党政综合办公室，地址：硚口区集贤里38号，电话：027-83785453。",
     "硚口区荣华街道办事处"),
    ("如对本报告有疑问，请联系:硚口区水务和湖泊局党政办公室,地址:硚口区古田三路2号。", "硚口区水务和湖泊局"),
])
def test_a_contact_given_after_a_colon_names_the_organ(contact: str, organ: str) -> None:
    got, notes = _imported(PERIOD + contact)
    assert got == organ
    assert any("联系方式" in n and organ in n and "请核对" in n for n in notes)


def test_a_contact_after_a_colon_that_is_no_organs_own_names_none() -> None:
    got, _ = _imported(PERIOD + "如对本报告有疑问，请联系：县政府信息公开工作领导小组办公室。")
    assert got == ""


def test_a_web_address_ends_where_its_ascii_does() -> None:
    _, notes = _imported(PERIOD + "年报电子版将通过中国·遂宁网站www.suining.gov.cn全文公开，"
                                  "或见http://rsj.zunyi.gov.cn/xxgk/index.html。")
    contact = next(n for n in notes if n.startswith("联系方式"))
    assert "网址 www.suining.gov.cn；" in contact or contact.endswith("网址 www.suining.gov.cn")
    assert "全文公开" not in contact


@pytest.mark.parametrize("preamble", [
    "根据《中华人民共和国政府信息公开条例》，特向社会公布我旗2021年度信息公开年度报告。本年度报告中所列数据的统计期限为"
    "2021年1月1日起至2021年12月31日止。",
    "根据《中华人民共和国政府信息公开条例》，现将我苏木2021年政府信息公开工作年度报告公布如下。本年度报告中所列数据的"
    "统计期限为2021年1月1日起至2021年12月31日止。",
])
def test_the_reports_own_word_for_itself_is_no_organ(preamble: str) -> None:
    got, _ = _imported(preamble, "2021年，我旗紧紧围绕《条例》开展工作。")
    assert got == ""


@pytest.mark.parametrize("opening", [
    "2022年度我区通过政府门户网站主动发布政府信息3505条。",
    "2022年度我县通过政府门户网站主动发布政府信息35条。",
])
def test_a_year_with_du_before_we_names_no_organ(opening: str) -> None:
    assert opening_subject([opening]) is None


def test_a_year_with_du_before_a_name_still_reads_the_name() -> None:
    assert opening_subject(["2023年度，洋县自然资源局共完成主动公开信息65条。"]) == (
        "洋县自然资源局", "2023年度，洋县自然资源局")


@pytest.mark.parametrize("section", ["党政办公室综合科", "办公室综合股"])
def test_a_section_that_wrote_the_report_is_no_organ(section: str) -> None:
    preamble = (f"本年度报告根据《中华人民共和国政府信息公开条例》的要求，由无锡市锡山区人民政府厚桥街道{section}编制。"
                "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
    assert opening_subject([preamble]) is None
    got, _ = _imported(preamble, "2023年，厚桥街道在区委、区政府的领导下，按照政府信息公开工作部署开展工作。")
    assert got == "厚桥街道"
