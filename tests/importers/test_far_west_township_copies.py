"""Township copies from provinces the corpus held few of (pagescg-: 西藏, 青海, 宁夏, 吉林, 山西, 贵州…).

Two things they showed. A copy under no title, printing no 一、总体情况 heading and no table, whose
preamble opens with the 条例 and ends "…结合环城乡信息公开工作实际编制。" (榆树市环城乡 2023) was refused
as holding no table: the sentence is the report saying how it was made, its subject left unsaid, as
编制而成 already is — a notice asks others to make theirs (各单位要/应…编制) or names what is to be made
after the verb. And a none of requests named by what they ask for, 申请公开政府信息的请求 (剑河县敏洞乡
2022) or 申请公开政府信息办理事项 (泾源县大湾乡 2021), was left unread though 要求 and 事项 already were. And a count broken down, after 其中, into last year's
carried over and this year's new (武清区河西务镇 2025: 共收到…3件。其中,上年结转申请1件,本年新收申请2件) was read
whole as 一、本年新收 — a false figure: the count is both rows' together."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.overview_counts import _read_sentence, overview_counts
from core.importers.text import import_text
from core.importers.title_sentence import speaks_of_itself
from core.registry import form_for_year

NEW = "requests/1/total"

MADE = ("按照《中华人民共和国政府信息公开条例》《某省人民政府办公厅关于做好政府信息公开工作年度报告编制和发布有关事项的通知》"
        "(某政厅函〔2021〕20号)要求,结合某某乡信息公开工作实际编制。")
PARTS = ("报告主要包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
         "存在的主要问题及改进情况和其他需要报告的事项。")
PERIOD = "本报告中使用数据统计期限为2023年1月1日至12月31日。如对本报告有任何疑问,请与某某乡政府联系。\n"
BODY = ("(一)主动公开情况。截止2023年12月31日,我乡在政府门户网站发布59条。\n"
        "(二)依申请公开情况。2023年未接收到政府信息公开申请,无行政复议或行政诉讼情况发生。\n"
        "(三)加强政府信息公开平台建设。政府门户网站作为政府信息公开的第一平台")


def test_a_preamble_saying_how_the_report_was_made_makes_it_a_report() -> None:
    """Refused before ("正文说明它是…年度报告，但其中未找到任何统计表"): no title, no heading, no table."""
    report, _ = import_text(MADE + PARTS + PERIOD + BODY, "某某乡.txt")
    assert report.year == 2023
    assert report.cells.get(NEW) == 0
    assert report.cells.get("appeals/review/total") == 0


@pytest.mark.parametrize("made", [
    "按照《中华人民共和国政府信息公开条例》要求,各乡镇要结合工作实际编制。",      # a notice asking others
    "根据《中华人民共和国政府信息公开条例》规定,各行政机关应当认真编制。",
    "根据《中华人民共和国政府信息公开条例》规定,结合实际编制年度报告。",          # what is to be made, after the verb
    "按照上级要求,结合某某乡信息公开工作实际编制。",                               # no law opening it
], ids=["asks", "shall", "object_after", "no_law"])
def test_close_wordings_are_no_words_about_itself(made: str) -> None:
    assert speaks_of_itself(made) is False
    with pytest.raises(ImportError_, match="未找到任何统计表"):
        import_text(made + PARTS + PERIOD + BODY, "x.txt")


@pytest.mark.parametrize("text,said", [
    (MADE, True),
    ("依据《中华人民共和国政府信息公开条例》规定编制。", True),
    ("根据《中华人民共和国政府信息公开条例》和《关于做好各单位年度报告的通知》要求编制。", True),  # 各 inside 《》
    ("根据《中华人民共和国政府信息公开条例》要求编制,请各单位认真对照。", False),              # 编制 not last
    ("根据《中华人民共和国政府信息公开条例》要求,请各单位结合实际编制。", False),
], ids=["made", "by_rule", "notice_quoted", "not_last", "asks"])
def test_what_counts_as_a_sentence_saying_how_it_was_made(text: str, said: bool) -> None:
    assert speaks_of_itself(text) is said


def test_a_none_of_requests_named_by_what_they_ask() -> None:
    assert _read_sentence("2022年,我乡没有收到公民、法人或其他组织申请公开政府信息的请求", 2022) == [(NEW, 0)]
    assert _read_sentence("2021年未收到申请公开政府信息办理事项", 2021) == [(NEW, 0)]
    assert _read_sentence("2021年未收到申请公开政府信息的办理事项", 2021) == [(NEW, 0)]


def test_close_wordings_of_those_nones_stay_unread() -> None:
    assert _read_sentence("2022年,我乡没有收到公开政府信息的请求", 2022) == []          # 公开政府信息 alone: published
    assert _read_sentence("2021年未收到申请公开政府信息办理事项的反馈", 2021) == []      # something else received
    assert _read_sentence("2021年未收到上级转办的申请公开政府信息办理事项", 2021) == []  # a part: 转办
    assert _read_sentence("2022年,我乡没有收到法人申请公开政府信息的请求", 2022) == []  # one kind of applicant
    assert _read_sentence("2021年未办理申请公开政府信息事项", 2021) == []                # no verb of receiving


def _overview(text: str, year: int) -> dict[str, int]:
    form = form_for_year(year)
    said = overview_counts(form, list(form.tables), {"1.2": text}, year)
    return {s.address: s.value for found in said.values() for s in found}


@pytest.mark.parametrize("text", [
    "2025年,共收到政府信息公开申请3件。其中,上年结转申请1件,本年新收申请2件,均已依法按期办结。",
    "2025年,共收到政府信息公开申请3件,其中,上年结转申请1件,本年新收申请2件,均已依法按期办结。",
    "2025年,共收到政府信息公开申请3件,其中上一年度结转1件、新收2件。",
], ids=["next_sentence", "same_sentence", "enumerated"])
def test_a_count_whose_parts_name_last_years_carried_over_is_not_the_years_new(text: str) -> None:
    """武清区河西务镇 2025: its 3 (last year's 1 and this year's 2) was read as 表三 一、本年新收 — a false figure."""
    assert _overview(text, 2025).get(NEW) != 3


@pytest.mark.parametrize("text,want", [
    ("2025年,共收到政府信息公开申请9件,其中,自然人8件;上年结转1件。", 9),     # beside, after ；: not a part
    ("2025年,共收到政府信息公开申请9件,上年结转1件。其中,予以公开8件。", 9),   # before 其中
    ("2025年,共收到政府信息公开申请9件。其中,予以公开8件,结转下年度1件。", 9),  # next year's, not last
])
def test_counts_whose_parts_hold_no_carried_over_are_read_as_before(text: str, want: int) -> None:
    assert _overview(text, 2025).get(NEW) == want
