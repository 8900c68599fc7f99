"""Towns' and 街道' reports of 广东, 福建 and the south-west cut inside 一、总体情况 (search excerpts,
pagesca-* in the corpus): what their overviews say, read as they say it.

- A copy under no title and no preamble, opening at 一、总体情况 whose items are the form's own outline
  ((一)主动公开方面 … (五)监督保障方面; 白云街 2022, 越秀区): refused before as "不像是政府信息公开工作年度
  报告" — a report was known without a title only by two of the six section headings or by a sentence
  about itself. Four of the form's five items, each under its own number, are as sure a sign (three,
  主动公开 依申请公开 政府信息管理, outline any account of the year's 政务公开 work: not enough).
- 包括 opening a list of what was published (包括某区某街道办事处2022年…报告、…通知, 五凤街道 2023) was read
  as the start of the organ's name: 包括某区某街道办事处.
- Complaints listed after the appeals in a "none", worded as a sentence names them (…提起行政诉讼或接受行政申诉、
  举报等情况, 东街街道 2025; …行政诉讼案及举报投诉事件, 金紫乡 2021): each denied with the appeals — before, their
  举报 left the whole clause unread."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.overview_appeals import appeal_totals
from core.importers.text import import_text
from core.importers.what_it_is import outlines_the_overview
from core.registry import get_form
from core.template_prose import REVIEW_TOTAL, SUIT_AFTER_REVIEW_TOTAL, SUIT_DIRECT_TOTAL

OUTLINED = ("一、总体情况\n2022年,某某街以习近平新时代中国特色社会主义思想为指导,全面推进政务公开工作。\n"
            "(一)主动公开方面\n2022年某某街政府网站公开政府信息84条。\n"
            "(二)依申请公开方面\n2022年,我街共收到政府信息公开申请3件。\n"
            "(三)政府信息管理方面\n巩固和做好公文公开发布审查工作。\n"
            "(四)政府信息公开平台建设方面\n充分利用门户网站、微信公众号等信息公开窗口。\n"
            "(五)监督保障方面\n")


def test_an_overview_laid_out_as_the_forms_items_is_a_report() -> None:
    report, log = import_text(OUTLINED, "x.txt")
    assert report.year == 2022
    assert report.cells["requests/1/total"] == 3
    assert any("2022" in note and "请核对" in note for note in log.notes)    # the year's source is said


OTHER_OUTLINES = [
    ["(一)主动公开方面", "(二)依申请公开方面"],                                # two items only
    ["(一)主动公开方面", "(二)依申请公开方面", "(三)政府信息管理方面"],          # three
    ["(一)加强组织领导", "(二)完善工作制度", "(三)强化监督检查"],              # numbered, not the form's items
    ["(三)主动公开方面", "(一)依申请公开方面", "(二)政府信息管理方面", "(五)政府信息公开平台建设方面"],  # other numbers
]


def _outlined(items: list[str]) -> str:
    return ("一、总体情况\n2022年,某某街扎实开展各项工作。\n"
            + "".join(f"{item}\n2022年某某街做好各项工作。\n" for item in items))


@pytest.mark.parametrize("items", OTHER_OUTLINES)
def test_other_outlines_are_not_the_forms(items: list[str]) -> None:
    """Only the form's own items under their own numbers, four of them, outline its 一、总体情况."""
    lines = _outlined(items).splitlines()
    one = get_form("2021").sections[0]
    assert not outlines_the_overview(lines, {0: one.id}, one)
    assert outlines_the_overview(OUTLINED.splitlines(), {0: one.id}, one)


@pytest.mark.parametrize("items", [i for i in OTHER_OUTLINES if not any("\u653f\u5e9c\u4fe1\u606f\u516c\u5f00" in x for x in i)])
def test_other_outlines_are_still_refused(items: list[str]) -> None:
    """…and such a copy is refused, where nothing else in it speaks of 政府信息公开 (one whose items do is
    read by its overview's opening years instead: ``opening_year``)."""
    with pytest.raises(ImportError_, match="未找到任何统计表"):
        import_text(_outlined(items), "x.txt")


def test_a_list_opened_by_its_lead_word_names_no_organ() -> None:
    text = ("本报告依据《中华人民共和国政府信息公开条例》有关规定编制。本报告中所列数据的统计时限为2023年1月1日至"
            "2023年12月31日。对本报告如有疑问,可与某某区某某街道办事处联系(电话:0591-88601835)。\n"
            "一、总体情况\n1.主动公开。2023年街道主动公开政府信息3条,其中:年报1条,机构职能2条。包括某某区某某街道办事处"
            "2022年政府信息公开工作年度报告、某某街道关于调整班子领导分工的通知。\n")
    report, _ = import_text(text, "x.txt")
    assert report.organ == "某某区某某街道办事处"


@pytest.mark.parametrize("clause", [
    "全年未发生因政府信息公开被申请行政复议、提起行政诉讼或接受行政申诉、举报等情况",
    "我乡2025年度未发生针对本乡有关政府信息公开实务的行政复议案、行政诉讼案及举报投诉事件",
    "今年我局未收到依申请公开行政复议、行政诉讼以及行政申诉举报等情况",
    "未发生行政复议、行政诉讼案件或出现申诉情况",
])
def test_complaints_listed_after_the_appeals_are_denied_with_them(clause: str) -> None:
    assert dict(appeal_totals(clause, 2025, True)) == {
        REVIEW_TOTAL: 0, SUIT_DIRECT_TOTAL: 0, SUIT_AFTER_REVIEW_TOTAL: 0}


@pytest.mark.parametrize("clause", [
    "未发生因举报引发的行政复议",                  # a part of the appeals
    "全年未发生行政复议、行政诉讼和举报2件",       # a figure: no "none"
    "未发生行政复议、行政诉讼或举报投诉以外的情况",  # the complaints not the list's last items
])
def test_complaints_not_listed_so_keep_the_clause_unread(clause: str) -> None:
    assert appeal_totals(clause, 2025, True) == []
