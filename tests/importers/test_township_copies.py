"""Small organs' reports as a search engine keeps their pages (乡、镇、街道, 2021–2024, unseen-report trial).

上清寺街道 2021 (重庆渝中): a copy under no title whose one-paragraph preamble says it was written
under the report-format notice ("…结合2021年度本街道政府信息公开工作情况编制而成。") and states its
period, cut before its tables. Before: refused as "不像是政府信息公开工作年度报告" — a preamble was
known to speak of itself only by 本报告/本年报 in the sentence naming the law.

大垌镇 2023 (钦州钦北): the prose lists the columns it opened, "…“依申请公开”“联系地址”等栏目",
and the contact address was logged as "”等栏目": 地址 closing a quoted column name is no label."""

from __future__ import annotations

import pytest

from core.importers.stated import contact
from core.importers.text import import_text
from core.importers.title_sentence import speaks_of_itself

SHANGQINGSI = (
    "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和《国务院办公厅政府信息与政务公开办公室关于印发"
    "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求,结合2021年度本街道"
    "政府信息公开工作情况编制而成。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
    "一、总体情况\n"
    "2021年,上清寺街道认真贯彻落实区委、区政府关于政府信息公开工作的决策部署,坚持以公开为常态,不公开为例外。\n"
    "(一)主动公开情况\n"
    "2021年紧扣“首善之街”中心工作,在街道子网页上主动公开政府信息88条。\n")


def test_a_preamble_saying_the_report_was_written_is_a_report_cut_before_its_tables() -> None:
    report, log = import_text(SHANGQINGSI, "shangqingsi.txt")
    assert report.year == 2021
    assert set(report.form.input_addresses()) <= set(report.missing)      # every cell: not read, with why
    assert any("未找到表二" in note for note in log.notes)


@pytest.mark.parametrize("text,said", [
    ("结合2021年度本街道政府信息公开工作情况编制而成。", True),
    ("根据《中华人民共和国政府信息公开条例》规定,结合本镇实际编制而成。", True),
    ("请各单位结合政府信息公开工作实际抓好落实。全年制度文件均经审核编制而成。", False),  # two sentences
    ("本办法由政府办公室编制而成。", False),                                         # no 政府信息公开
])
def test_compiled_from_its_own_year_of_disclosure_work(text: str, said: bool) -> None:
    assert speaks_of_itself(text) is said


def test_a_quoted_column_name_is_no_address_label() -> None:
    text = ("我镇已在政府信息公开平台上开设“机构概况”“部门文件”“依申请公开”“联系地址”等栏目。\n"
            "如对本报告有疑问,请与大垌镇党政办联系(地址:钦北区大垌镇大垌街1号)。")
    assert contact(text)["地址"] == "钦北区大垌镇大垌街1号"
    assert "地址" not in contact("开设“联系地址”等栏目。")
