"""What the 河南/河北 organs' pages (the "pagesbe" batch) showed the importer missing or misreading,
in synthetic words of the same shapes:

- a township's report written over its county office's template: the opening's first sentence names
  the office at work (2024年,某县人民政府办公室认真落实…) while every count after it is the township's
  (2024年,某某乡主动公开…, 某某乡没有收到…) — two organs the words name as the one at work: which one the
  report is, the opening does not say, so none is read (平乡县寻召乡 2024 gave the county's office);
- the report naming itself 本级 (…办事处向社会公布2021年度本级政府信息公开年度报告): the maker's own
  report, as 本机关/本单位 say (郑州高新区双桥办事处 2021 gave no organ);
- no request said as 没有收到个人和组织递交的《信息公开申请表》: everyone (个人 and 组织), the form a
  request is made on (寻召乡 2024 left 本年新收 unread);
- appeals over disclosure named once in a sentence (因政府信息公开引起的行政复议案件20件,…,全年未引起行政诉讼):
  its 行政诉讼 after are those too (栾城区 2025 left them unread)."""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"


def test_an_opening_whose_counts_are_another_organs_names_none() -> None:
    opening = ["2024年,某某县人民政府办公室认真落实党中央、国务院和省、市决策部署,着力提升全县政务公开工作水平。",
               "1.公开数量。2024年,甲乙乡主动公开政务信息数545条,通过公众号公开信息数529条。",
               "2024年,甲乙乡没有收到个人和组织递交的《信息公开申请表》。"]
    assert opening_subject(opening) is None


@pytest.mark.parametrize("second", [
    "2024年,我乡主动公开政务信息数545条。",                   # the report's own 我乡: no other organ
    "2024年,甲乙乡主动公开政务信息数545条。",                 # the same organ, shortened
    "2024年,全乡没有收到政府信息公开申请。",
])
def test_an_opening_whose_counts_are_its_own_keeps_its_organ(second: str) -> None:
    opening = ["2024年,某某县甲乙乡人民政府认真落实上级决策部署,扎实推进政务公开。", second]
    found = opening_subject(opening)
    assert found is not None and found[0] == "某某县甲乙乡人民政府"


def test_a_township_template_copy_reads_no_organ_and_its_none() -> None:
    text = ("根据《中华人民共和国政府信息公开条例》等规定,发布本年度报告。报告中所列数据统计期限为2024年1月1日至12月31日。\n"
            "一、总体情况\n2024年,某某县人民政府办公室认真落实党中央、国务院和省、市决策部署,助力高质量发展。\n"
            "(一)主动公开情况\n1.公开数量。2024年,甲乙乡主动公开政务信息数545条。\n(二)依申请公开情况\n"
            "2024年,甲乙乡没有收到个人和组织递交的《信息公开申请表》。\n(三)政府信息公开复议、诉讼情况\n"
            "2024年,甲乙乡没有发生针对本单位有关政府信息公开事务的行政复议、诉讼情况。\n(四)政府信息公开平台建设\n主动适应")
    got, log = import_text(text, "x.txt")
    assert got.organ == ""
    assert got.cells[NEW] == 0 and log.read[NEW].startswith("从正文读取")


@pytest.mark.parametrize("paragraph,organ", [
    ("某某高新技术产业开发区双桥办事处向社会公布2021年度本级政府信息公开年度报告。本报告共分六个部分。",
     "某某高新技术产业开发区双桥办事处"),
    ("某某县甲乙镇人民政府特向社会公布2023年度本级政府信息公开工作年度报告。", "某某县甲乙镇人民政府"),
])
def test_a_report_named_as_this_levels_own_names_its_maker(paragraph: str, organ: str) -> None:
    found = opening_subject([paragraph])
    assert found is not None and found[0] == organ


@pytest.mark.parametrize("sentence", [
    "2024年,甲乙乡没有收到个人和组织递交的《信息公开申请表》",
    "2024年,我镇未收到单位和个人提交的《政府信息公开申请表》",
    "本年度未收到个人或组织提出的政府信息公开申请",
])
def test_no_form_handed_in_by_anyone_is_none_new(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "2024年,甲乙乡没有收到组织递交的《信息公开申请表》",        # organisations only
    "2024年,甲乙乡没有收到个人递交的《信息公开申请表》",        # people only
    "2024年,甲乙乡没有收到个人和组织递交的《信息公开申请表》模板",
])
def test_a_part_of_the_applicants_handing_in_nothing_stays_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == []


def test_appeals_over_disclosure_named_once_go_on_over_the_sentence() -> None:
    """因政府信息公开引起的行政复议案件20件,同比下降16.7%,全年未引起行政诉讼: the sentence is about appeals over
    disclosure from its first clause on, so its 行政诉讼 are those too (栾城区 2025 left them unread)."""
    review, direct, after = "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total"
    assert _read_sentence("因政府信息公开引起的行政复议案件20件,同比下降16.7%,全年未引起行政诉讼", 2025) \
        == [(review, 20), (direct, 0), (after, 0)]
    assert _read_sentence("全年未引起行政诉讼", 2025) == []          # whose 行政诉讼, the words do not say
    assert _read_sentence("收到信访件3件,全年未引起行政诉讼", 2025) == []
