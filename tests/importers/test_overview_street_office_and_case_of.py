"""Wordings of townships' overviews, from the third held-out round (townships 2019–2023), left unread before:

- 街办, a 街道办事处 said short, as the clause's subject (2022年度,砲里街办未收到政府信息公开申请: 西安市长安区砲里街道
  2022) — 办 there is the office's name, not the verb 办理/办结, as 我办/政府办/办事处 already were;
- 申请的情况 closing a none (2019年我镇没有收到和处理政府信息公开申请的情况: 赞皇县 某镇 2019), as 申请情况 did;
- 政府规范性文件 as 行政规范性文件, and ；此外 ending the parts a 其中 listed (中山市大涌镇 2022), for 表二 said in words.

Each still reads only a clause that is a none or a count whole: a verb after 街 (某街办理…), another kind of
applicant, or words after 情况's place stay unread."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence

NEW = "requests/1/total"


def test_street_office_said_short_is_the_subject() -> None:
    assert _read_sentence("2022年度,砲里街办未收到政府信息公开申请", 2022) == [(NEW, 0)]
    assert _read_sentence("2022年,砲里街办共收到政府信息公开申请3件", 2022) == [(NEW, 3)]


def test_street_then_the_verb_stays_unread() -> None:
    assert _read_sentence("2022年度,某街办理政府信息公开申请3件", 2022) == []        # 办理: handled, not received
    assert _read_sentence("2022年度,砲里街办受理政府信息公开申请3件", 2022) == []    # 受理 alone is no 本年新收


def test_none_closed_by_its_case() -> None:
    assert _read_sentence("2019年我镇没有收到和处理政府信息公开申请的情况", 2019) == [(NEW, 0)]
    assert _read_sentence("未收到政府信息公开申请的情况", 2019) == [(NEW, 0)]


def test_case_near_misses_stay_unread() -> None:
    assert _read_sentence("未收到政府信息公开申请的答复情况", 2019) == []             # the answers', not the requests'
    assert _read_sentence("2019年我镇没有收到和处理法人的政府信息公开申请的情况", 2019) == []   # one kind of applicant
    assert _read_sentence("2018年我镇没有收到政府信息公开申请的情况", 2019) == []      # another year's


def test_government_normative_documents_as_the_forms() -> None:
    """政府规范性文件 (中山市大涌镇 2022: 全年共制定政府规范性文件3件,废止政府规范性文件6件) as 行政规范性文件."""
    from core.importers.overview_normative import read_sentence
    got = [(a, n) for a, n, _ in read_sentence("全年共制定政府规范性文件3件,废止政府规范性文件6件", 2022)]
    assert got == [("normative_issued", 3), ("normative_repealed", 6)]


def test_another_governments_documents_stay_unread() -> None:
    from core.importers.overview_normative import read_sentence
    assert read_sentence("全年共制定县政府规范性文件3件", 2022) == []          # whose: not said
    assert read_sentence("协助县政府制定政府规范性文件3件", 2022) == []        # another organ's, helped with
    assert read_sentence("全年共印发政府文件35件", 2022) == []                # every document sent out


_DAYONG = ("其中,利用集约化门户网站发布镇政府政务动态、疫情防控信息共1223,“大涌发布”发布政务微信信息2141、视频信息139条;"
           "此外,我镇在开放中山数据开放平台共发布数据集13个,发布数据总量2236条;"
           "全年共制定政府规范性文件3件,废止政府规范性文件6件,并以文字、音频、图片等形式对文件进行了政策解读")


def test_besides_after_a_semicolon_ends_the_parts() -> None:
    """；此外 (中山市大涌镇 2022): what follows is no part of the 其中 before it, and is read as its own sentence."""
    from core.importers.overview_normative import read_sentence
    got = [(a, n) for a, n, _ in read_sentence(_DAYONG, 2022)]
    assert got == [("normative_issued", 3), ("normative_repealed", 6)]


def test_besides_without_its_semicolon_or_of_another_year_stays_unread() -> None:
    from core.importers.overview_normative import read_sentence
    got = [(a, n) for a, n, _ in read_sentence("共制发规范性文件5件,其中镇政府3件,此外废止规范性文件2件", 2022)]
    assert got == [("normative_issued", 5)]                 # no ；: still the 其中's parts
    got = [(a, n) for a, n, _ in read_sentence("共制发规范性文件5件,其中镇政府3件;此外,2021年废止规范性文件2件", 2022)]
    assert got == [("normative_issued", 5)]                 # another year's
