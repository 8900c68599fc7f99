"""Ways 一、总体情况 says a count of 表三, 表四 or 表二 that copies cut before the tables (slice "pagesbi":
江西, 安徽, 广西) printed and the overview's grammars did not know — synthetic text, each in the pattern
real copies printed (亳州市人民政府办公室 2025, 钦州市人民政府办公室 2024, 钦北区 2023, 黔东南州 2024):

- a subsection heading run on into its sentence with 办理/工作 after its name, the sentence starting
  with its time: （二）依申请公开办理全年共收到… — the heading is a sentence apart, as when printed on
  a line of its own (依申请公开办理… was read as a verb 办 before 收到, and the count left unread);
- 转结下年度 for 结转下年度 (as 上年转结 is for 上年结转): carried over to next year;
- the figure between the verb and the documents: 制发3份规范性文件, 废止18份规范性文件;
- a 行政诉讼 named by its row (经复议后起诉的行政诉讼0件): that row alone — before, both rows were read
  0 from it (未经复议直接起诉 is not said), and 经行政复议后… read 行政复议 0 as well;

and one reading that was made and should not be: 网站后台收到… (南昌市新建区人民政府 2022), what one
channel's system took in. What may be another thing stays unread."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence
from core.importers.overview_normative import IN_FORCE, ISSUED, REPEALED, read_sentence
from core.importers.overview_text import sentences


def _counts(text: str, year: int = 2025) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


def test_a_heading_with_banli_run_on_into_a_sentence_starting_with_its_time() -> None:
    assert _counts("(二)依申请公开办理全年共收到政府信息公开申请70件(其中网络渠道申请30件,信函申请40件)") == [
        ("requests/1/total", 70)]
    assert _counts("（二）依申请公开工作2025年我镇收到政府信息公开申请3件") == [("requests/1/total", 3)]
    # no time after it: 办理 may be the sentence's verb, the heading not told apart
    assert sentences("(二)依申请公开办理政府信息公开申请5件") == ["(二)依申请公开办理政府信息公开申请5件"]
    assert _counts("(二)依申请公开办理政府信息公开申请5件") == []


def test_zhuanjie_xia_niandu_is_carried_out() -> None:
    assert _counts("全年共收到政府信息公开申请12件,办结11件,转结下年度办理1件") == [
        ("requests/1/total", 12), ("requests/3.7/total", 11), ("requests/4/total", 1)]
    assert _counts("上年转结政府信息公开申请2件") == [("requests/2/total", 2)]
    assert _counts("转结下年度办理1件") == []                     # whose, the sentence does not say


def test_the_figure_between_the_verb_and_the_documents() -> None:
    def read(sentence: str) -> list[tuple[str, int]]:
        return [(a, v) for a, v, _ in read_sentence(sentence, 2024)]

    assert read("制发3份规范性文件,废止18份规范性文件,现行有效规范性文件81份") == [
        (ISSUED, 3), (REPEALED, 18), (IN_FORCE, 81)]
    assert read("2024年,我局共制定2件行政规范性文件") == [(ISSUED, 2)]
    assert read("全县制发3份规范性文件") == []                        # the whole county's
    assert read("发布3份规范性文件") == []                            # what a site published
    assert read("印发35份文件") == []                                 # every document sent out


def test_what_the_website_back_office_received_is_one_channel() -> None:
    """南昌市新建区 2022: "全区网站后台收到政府信息公开申请21件,答复办结 21件,结转下年度办理0件" — what the
    site's back office took in (one channel's system, and the whole district's): no row's whole, and
    the counts after it have no subject. Before: 21 and 0 were read as 本年新收 and 结转下年度."""
    assert _counts("2022年,全区网站后台收到政府信息公开申请21件,答复办结 21件,结转下年度办理0件", 2022) == []
    assert _counts("2022年,通过政府网站收到政府信息公开申请3件", 2022) == []


def test_a_suit_named_by_its_row_is_that_row_alone() -> None:
    """钦北区 2023: "因依申请公开工作引起的行政复议2件;因依申请公开工作引起的经复议后起诉的行政诉讼0件" — the
    second clause names one row of 行政诉讼 (复议后起诉): before, both rows were read 0 from it, though
    未经复议直接起诉 is not stated; and the 行政复议 in 经行政复议后提起行政诉讼0件 was read as 行政复议 0."""
    assert _counts("因依申请公开工作引起的行政复议2件;因依申请公开工作引起的经复议后起诉的行政诉讼0件", 2023) == [
        ("appeals/review/total", 2), ("appeals/suit_after_review/total", 0)]
    assert _counts("2023年,收到政府信息公开申请3件,经行政复议后提起行政诉讼0件", 2023) == [
        ("requests/1/total", 3), ("appeals/suit_after_review/total", 0)]
    assert _counts("2023年,收到政府信息公开申请3件,未经复议直接起诉的行政诉讼1件", 2023) == [
        ("requests/1/total", 3), ("appeals/suit_direct/total", 1)]
    # 行政诉讼 whole, as before: a none of it is each row's none; a figure of it is no row's
    assert _counts("2023年,收到政府信息公开申请3件,行政诉讼0件", 2023) == [
        ("requests/1/total", 3), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]
    assert _counts("2023年,收到政府信息公开申请3件,行政诉讼1件", 2023) == [("requests/1/total", 3)]
    # 黔东南州 2024: each its own figure, the suit's row named
    assert _counts("2024年发生因政府信息公开引起的行政复议2件和复议后提起行政诉讼1件", 2024) == [
        ("appeals/review/total", 2), ("appeals/suit_after_review/total", 1)]
    assert _counts("2024年发生因政府信息公开引起的行政复议2件和行政诉讼1件", 2024) == [("appeals/review/total", 2)]
