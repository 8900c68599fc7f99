"""A copy cut before its tables, under no title, whose preamble says what it is: the 2022 report of
浙江省水利厅 as a search engine stores its page (the field grid, the preamble, 一、总体情况, then cut).
Before: refused as "不像是政府信息公开工作年度报告" — a report was known only by a title or two of the
form's headings, and this copy has neither; its first sentence names it (本年度报告根据《…政府信息
公开条例》…由浙江省水利厅编制) and it states the period it covers."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_, YearNotFound
from core.importers.text import import_text
from core.importers.title_sentence import speaks_of_itself

GRID = ("索引号 | 002482285/2023-00209 | 发布机构 | 省水利厅 | |\n"
        "公开方式 | 主动公开 | 公开范围 | 面向全社会 | |\n"
        "文 号 | 有 效 性 | |||\n")
ITSELF = ("本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作"
          "年度报告格式》的要求,由浙江省水利厅编制。")
REST = ("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、"
        "存在的主要问题及改进情况、其他需要说明的事项等六部分内容。")
PERIOD = "本年度报告中所列数据的统计期限自2022年1月1日起至12月31日止。"
BODY = ("如对报告有任何疑问,请联系浙江省水利厅办公室,电话:0571-87826580。\n"
        "一、总体情况\n"
        "2022年,省水利厅通过门户网站、政务微博、政务微信等主动公开政府信息8731条,其中门户网站公开信息7717条。\n")


def test_a_copy_cut_before_its_tables_is_read_for_what_its_preamble_says() -> None:
    report, log = import_text(GRID + ITSELF + REST + PERIOD + BODY, "zjslt.txt")
    assert (report.year, report.organ) == (2022, "浙江省水利厅")
    assert set(report.form.input_addresses()) <= set(report.missing)      # every cell: not read, with why
    assert any("未找到表二" in note for note in log.notes)


UNOPENED = BODY.replace("2022年,省水利厅通过", "全年,省水利厅通过")
"""一、总体情况 with no sentence opening with the year."""


@pytest.mark.parametrize("text", [
    GRID + REST + PERIOD + UNOPENED,                   # no sentence says what the document is
    "根据《中华人民共和国政府信息公开条例》,现就有关事项通知如下。统计期限自2022年1月1日起至12月31日止。\n",
])
def test_without_its_words_about_itself_and_its_period_it_is_still_refused(text: str) -> None:
    with pytest.raises(ImportError_, match="未找到任何统计表"):
        import_text(text, "x.txt")


def test_without_its_period_or_a_year_opening_its_overview_the_clerk_is_asked_for_the_year() -> None:
    with pytest.raises(YearNotFound, match="未找到报告年度"):
        import_text(GRID + ITSELF + REST + UNOPENED, "x.txt")


@pytest.mark.parametrize("text", [GRID + REST + PERIOD + BODY, GRID + ITSELF + REST + BODY],
                         ids=["no_words_about_itself", "no_period"])
def test_without_either_it_is_read_when_its_overview_opens_with_its_year(text: str) -> None:
    """Refused before; its 一、总体情况 opens with 2022年,省水利厅…: read with that year (``opening_year``),
    its origin told to the clerk where nothing else named it."""
    report, log = import_text(text, "x.txt")
    assert report.year == 2022 and set(report.form.input_addresses()) <= set(report.missing)
    assert PERIOD in text or any("推断为 2022 年" in n and "请确认" in n for n in log.notes)


@pytest.mark.parametrize("text,said", [
    (ITSELF, True),
    ("根据《中华人民共和国政府信息公开条例》要求,编制本报告。", True),
    ("本年报依据《中华人民共和国政府信息公开条例》规定编制。", True),
    ("本报告所列数据统计期限自2022年1月1日起至12月31日止。", False),       # its period, not what it is
    ("根据《中华人民共和国政府信息公开条例》,现就有关事项通知如下。本报告另行印发。", False),  # two sentences
])
def test_what_counts_as_a_preamble_speaking_of_itself(text: str, said: bool) -> None:
    assert speaks_of_itself(text) is said


TOWN = ("本年报根据《中华人民共和国政府信息公开条例》要求,由某某县某某镇人民政府编制。全文包括概述,主动公开政府信息情况,"
        "依申请公开政府信息情况。本年度报告中所列数据的统计期限自2021年1月1日起至12月31日止。")
UNDER = "(一)政府信息主动公开情况\n2021年,某某镇更新各类信息76条。\n"


def test_a_copy_starting_at_its_first_heading_is_known_by_the_paragraph_under_it() -> None:
    """海口市秀英区东山镇 2021 as a search engine stores it: no title, and no preamble above 一、总体情况 —
    the words about itself and its period are the paragraph under that heading. Before: refused (the
    words were looked for above the first heading only), though the refusal itself said it is the report."""
    report, log = import_text("一、总体情况\n" + TOWN + "\n" + UNDER, "x.txt")
    assert report.year == 2021 and report.organ in ("", "某某县某某镇人民政府")
    assert set(report.form.input_addresses()) <= set(report.missing)      # nothing read: every cell, with why
    assert any("未找到表二" in note for note in log.notes)


@pytest.mark.parametrize("paragraph,refusal", [
    (TOWN.replace("本年度报告中所列数据的统计期限自2021年1月1日起至12月31日止。", ""), "未找到报告年度"),  # no period
    ("某某镇认真贯彻落实《中华人民共和国政府信息公开条例》。统计期限自2021年1月1日起至12月31日止。",
     "未找到任何统计表"),                                                                     # not itself
])
def test_under_its_first_heading_without_both_it_is_still_refused(paragraph: str, refusal: str) -> None:
    """…when no sentence of 一、总体情况 opens with the year either (a year never named: the clerk is asked for it)."""
    with pytest.raises(ImportError_, match=refusal):
        import_text("一、总体情况\n" + paragraph + "\n" + UNDER.replace("2021年,某某镇", "本年度,某某镇"), "x.txt")


@pytest.mark.parametrize("paragraph", [
    TOWN.replace("本年度报告中所列数据的统计期限自2021年1月1日起至12月31日止。", ""),
    "2021年,某某镇认真贯彻落实《中华人民共和国政府信息公开条例》。统计期限自2021年1月1日起至12月31日止。",
], ids=["no_period", "not_itself"])
def test_under_its_first_heading_without_both_it_is_read_when_its_sentences_open_with_its_year(paragraph: str) -> None:
    """Refused before; 2021年,某某镇更新… (and 2021年,某某镇认真…) open 一、总体情况's sentences: read with 2021."""
    report, _ = import_text("一、总体情况\n" + paragraph + "\n" + UNDER, "x.txt")
    assert report.year == 2021 and set(report.form.input_addresses()) <= set(report.missing)
