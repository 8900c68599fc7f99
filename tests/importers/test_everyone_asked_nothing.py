""""No one asked" said by naming every applicant the 条例 names (公民、法人或其他组织), the requests
named by what they ask for (要求公开政府信息的申请, 申请公开政府信息要求), and 依申请公开事宜 (事宜 as 事项):
宣州区医疗保障局 2022, 凤庆县地方产业发展服务中心 2024 and 兰州新区经济合作局 2023 (issue 17, the "pagesax"
batch) left 本年新收 unread, 法人 taken for a kind of applicant narrowing the count. Synthetic sentences
in the pages' patterns."""

from __future__ import annotations

import pytest

from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW = "requests/1/total"


@pytest.mark.parametrize("sentence", [
    "2024年,中心未收到公民、法人或其他组织要求公开政府信息的申请",
    "2024年,某局未收到公民、法人和其他组织申请公开政府信息要求",
    "我镇未收到任何公民、法人和其他组织提出的公开政府信息的申请",
    "也未收到公民、法人或其他组织提出的政府信息公开申请",
    "2024年度未收到公民、法人或者其他组织的政府信息公开申请",
    "未收到自然人、法人或其他组织的政府信息公开申请",
    "本年度我局没有收到要求公开政府信息的申请",              # 临渭区 2020: no applicant named at all
    "2024年未收到依申请公开事宜",                           # 兰州新区经济合作局 2023: 事宜 as 事项
    "2024年,未收到公开政府信息申请",                        # 青川县 部门 2023 (audit 2026-12-06): no 的
    "本年度我局没有收到要求公开政府信息申请",
])
def test_every_applicant_named_asking_nothing_is_none_new(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == [(NEW, 0)]


@pytest.mark.parametrize("sentence", [
    "未收到法人或其他组织的政府信息公开申请",              # organisations only: 自然人 may have asked
    "未收到公民、法人的政府信息公开申请",                  # 其他组织 left out
    "未收到公民提出的政府信息公开申请",
    "未收到公民、法人或其他组织通过信函形式的政府信息公开申请",  # one channel
    "无公开政府信息的申请",                                # no verb: 无…公开政府信息 may be what was not given
    "未收到公民、法人或其他组织要求公开政府信息的举报",
    "未收到群众政府信息公开申请",                          # 群众: the public, but not plainly organisations too
    "无依申请公开事宜的答复",
    "无公开政府信息申请",                                  # no verb, without 的 as with it
    "未收到法人或其他组织公开政府信息申请",                # organisations only
    "全年未接到公民提出的公开政府信息申请",                # 公民 only, without 的 as with it
    "未收到公开政府信息申请的答复",
    "未收到公开政府信息申请人的来信",
])
def test_a_part_of_the_applicants_or_other_words_stay_unread(sentence: str) -> None:
    assert _read_sentence(sentence, 2024) == []


def test_everyone_named_with_a_count_is_the_whole_count() -> None:
    assert _read_sentence("2024年,我局共收到公民、法人或其他组织提出的政府信息公开申请3件", 2024) == [(NEW, 3)]


def test_a_copy_cut_in_section_one_reads_it() -> None:
    text = ("某区医疗保障局2024年政府信息公开\n年度报告\n本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n"
            "一、总体情况\n(一)主动公开情况\n局网站公开信息301条。\n(二)依申请公开情况\n"
            "2024年,某区医保局未收到公民、法人和其他组织申请公开政府信息要求,"
            "未因政府信息公开工作收到被申请行政复议、提起诉讼的情况。\n(三)政府信息管理情况\n建立健全")
    got, log = import_text(text, "x.txt")
    assert got.cells[NEW] == 0 and log.read[NEW].startswith("从正文读取")
