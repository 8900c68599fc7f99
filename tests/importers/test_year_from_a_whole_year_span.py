"""The report year from a span naming one whole calendar year, and what copies that lost their head read.

伊州区雅满苏镇 2022 (tests/corpus/pagesec-yizhou-yamansu-2022) has no title, never says 本报告 and holds no
table; its overview says "2022年1月1日至2022年12月31日,哈密市伊州区雅满苏镇未收到…申请" and was refused as no
report: the span, the time the work was done in, was skipped as a date where "2022年，…" opening the
sentence was read. A span counts when it names one whole year, first day and last both stated, wherever
in the text it stands — never last year's in a comparison, a planned one, one over several years or part
of a year, nor a year to come. Copies of the corpus made headless (title, first paragraph, the sentence
about the report cut; the span written in other forms) showed the rest: a span in figures only
(2022.1.1-2022.12.31) was not read, a page dated in December (发布时间:2023-12-19) gave the year before, a
page's date field (时间:2024年01月29日) outweighed the year the words speak of, and an organ was read from
the words around it (并发布本单位, 制定某镇, 人社分局主动公开市人社局, 索引号…发文字号东街街道)."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_, YearNotFound
from core.importers.opening import opening_subject
from core.importers.prose import named_in_sentence, title_parts
from core.importers.stated import period_year, prose_year, published_year
from core.importers.text import import_text

TOWN = ("2022年,某某县某某镇人民政府信息公开工作根据《中华人民共和国政府信息公开条例》要求,扎实推进政府信息公开。\n"
        "一、总体情况\n"
        "(一)主动公开情况\n"
        "1.主动公开政府信息情况。{span},某某县某某镇通过政府网站主动发布政府信息7条。\n"
        "(二)依申请公开情况\n"
        "{span},某某县某某镇未收到政府信息公开申请。\n")
"""雅满苏镇's shape: no title, no 本报告, no table; the span opens the overview's sentences."""


def town(span: str) -> str:
    return TOWN.format(span=span)


@pytest.mark.parametrize("span", ["2022年1月1日至2022年12月31日", "2022年1月1日至12月31日", "2022年1月1日—12月31日",
                                  "2022.1.1-2022.12.31", "从2022年1月1日到2022年12月31日"])
def test_a_whole_year_span_opening_the_overview_gives_the_year_of_an_untitled_copy(span: str) -> None:
    report, log = import_text(town(span), "x.txt")
    assert report.year == 2022
    assert "原文没有标题，按统计期限定为 2022 年" in log.notes      # its origin, shown to the clerk
    assert report.cells.get("requests/1/total") == 0


@pytest.mark.parametrize("span", ["2022年1月1日至2022年6月30日",      # part of a year
                                  "2020年1月1日至2022年12月31日",      # several years
                                  "2022年7月1日至2022年12月31日"])
def test_a_span_of_part_of_a_year_or_of_several_gives_no_year(span: str) -> None:
    """Such a copy is asked for its year (its overview reads as a report), never given the span's; the
    whole year's span in its place is read."""
    with pytest.raises(YearNotFound):
        import_text(town(span).replace("2022年,", "本年度,"), "x.txt")
    whole, _ = import_text(town("2022年1月1日至2022年12月31日").replace("2022年,", "本年度,"), "x.txt")
    assert whole.year == 2022


def test_a_sentence_about_the_period_alone_makes_no_copy_a_report() -> None:
    """统计期限为… in the overview: a notice says it too; only the span as the time of the work counts
    (the same copy with the span opening a sentence of the work is read)."""
    worked, _ = import_text(town("2022年1月1日至2022年12月31日"), "x.txt")
    assert worked.year == 2022
    text = town("2022年1月1日至2022年12月31日").replace("1.主动公开政府信息情况。2022年1月1日至2022年12月31日,",
                                                        "1.统计期限为2022年1月1日至2022年12月31日。")
    text = text.replace("2022年1月1日至2022年12月31日,某某县某某镇未收到", "某某县某某镇未收到")
    with pytest.raises(ImportError_, match="未找到任何统计表"):
        import_text(text, "x.txt")


@pytest.mark.parametrize("text,year", [
    ("本报告所列数据统计期限为2022.1.1-2022.12.31。", 2022),
    ("统计期限为2022/01/01至2022/12/31。", 2022),
    ("2022.1.1-12.31期间,本局共公开信息8条。", 2022),
    ("某镇2019年1月1日至2021年12月31日共收到申请5件;统计期限为2021年1月1日至2021年12月31日。", 2021),
    ("与2021年1月1日至2021年12月31日相比,申请增加3件;统计期限为2022年1月1日至2022年12月31日。", 2022),
])
def test_the_period_is_the_first_whole_year_span_the_report_states_as_its_own(text: str, year: int) -> None:
    assert period_year(text) == year


@pytest.mark.parametrize("text", [
    "与2021年1月1日至2021年12月31日相比,申请数量增加3件。",              # last year's, compared with
    "比上年度(2021年1月1日至2021年12月31日)增加3件。",
    "2021年1月1日至2021年12月31日同期收到申请2件。",
    "计划于2024年1月1日至2024年12月31日开展专项整治。",                  # planned
    "下一步,2024年1月1日至2024年12月31日期间,我局将继续推进。",
    "2024年1月1日至2024年12月31日,我局将进一步加强公开。",
    "2049年1月1日至2049年12月31日。",                                    # a year to come
])
def test_a_span_compared_with_planned_or_to_come_is_no_period(text: str) -> None:
    assert period_year(text) is None


def test_only_a_will_just_before_the_span_is_a_plans_and_figures_end_as_dates_do() -> None:
    assert period_year("将于2024年1月1日至2024年12月31日开展专项整治。") is None
    assert period_year("现将2022年1月1日至2022年12月31日政府信息公开工作情况报告如下。") == 2022
    assert period_year("2022.1.1-2022.12.311") is None
    assert period_year("2022.1.1-2022.12.31") == 2022


def test_a_compared_span_gives_an_untitled_copy_no_year() -> None:
    """The year before, named to compare with, was read as the period: the copy's year was last year's."""
    text = ("一、总体情况\n2023年,某某县某某镇认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
            "(二)依申请公开情况\n2023年,某某镇收到政府信息公开申请5件,与2022年1月1日至2022年12月31日相比增加2件。\n")
    report, _ = import_text(text, "x.txt")
    assert report.year == 2023


def test_a_page_dated_late_in_the_year_tells_no_year() -> None:
    """发布时间:2023-12-19 over 滁州市气象局2023年度…报告: that year's own report, published early."""
    assert published_year("发布时间:2023-12-19 12:10 来源:滁州市气象局") is None
    assert published_year("发布时间:2024-01-19 12:10 来源:滁州市气象局") == 2024
    assert published_year("发布时间:2024-07-02") == 2024       # late, through the summer: the year before
    text = ("某市气象局政府信息公开工作年度报告\n发布时间:2023-12-19 12:10 来源:某市气象局\n一、总体情况\n"
            "2023年,某市气象局认真按照《条例》要求,及时公开信息。\n(二)依申请公开情况\n2023年,市气象局受理申请0件。\n")
    report, _ = import_text(text, "x.txt")
    assert report.year == 2023                                  # (the year its words speak of, told to the clerk)


def test_a_page_date_field_is_no_year_the_words_speak_of() -> None:
    text = "时间:2024年01月29日来源:某某局\n时间:2024年01月29日\n2023年,某某局坚持以公开为常态。"
    assert prose_year(text) == 2023
    assert prose_year("某某局\n2024年01月29日\n2023年,某某局坚持以公开为常态。") is None   # a 落款 still counts


@pytest.mark.parametrize("sentence", [
    "根据《中华人民共和国政府信息公开条例》规定,现编制并发布本单位2023年度政府信息公开工作报告。",
    "根据《中华人民共和国政府信息公开条例》规定,结合工作实际,制定某某区某某镇2025年度信息公开工作报告。",
])
def test_the_verbs_before_a_report_named_in_a_sentence_are_no_organ(sentence: str) -> None:
    for named in (named_in_sentence(sentence), title_parts(sentence)):
        assert named is None or not named[0].startswith(("并", "制定")), named


def test_an_index_grid_printing_the_title_as_its_number_names_no_organ() -> None:
    parts = title_parts("索引号 620702074/2024-00047 发文字号 某某街道2023年度政府信息公开工作年度报告号")
    assert parts is None or "索引号" not in parts[0]


@pytest.mark.parametrize("paragraph", [
    "2021年人社分局主动公开市人社局文件4件,惠民政策6条。",
    "2024年共收到公众向州政府或州政府办公室提交的政府信息公开申请42件。",
    "本年度,依法公开区公安局2020年度决算,公开区公安局2021年预算。",
])
def test_the_words_of_the_work_are_no_opening_subject(paragraph: str) -> None:
    """(An organ named before its work is still read: 2024年,某某县人力资源和社会保障局认真…)"""
    found = opening_subject([paragraph], any_verb=True)
    assert found is None, found
    named = opening_subject(["2024年,某某县人力资源和社会保障局认真贯彻落实《条例》。"], any_verb=True)
    assert named is not None and named[0] == "某某县人力资源和社会保障局"
