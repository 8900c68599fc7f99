"""Copies of real reports found in the pagescm sweep (provincial and city governments, the 2019 form):
what their pages print around the report that was read wrong before."""

from __future__ import annotations

from core.importers.overview_counts import read_clauses
from core.importers.prose import title_parts
from core.importers.request_words import CARRIED_IN, CARRIED_OUT, NEW
from core.importers.text import import_text
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"


def test_an_infobox_label_before_the_title_is_no_part_of_the_organ() -> None:
    """泸州市江阳区人民政府 2019, copied from an encyclopedia page: its infobox row
    (中文名 | …2019年…报告 | 发布单位 | …) stands for the title; 中文名 was read as the start of the
    organ's name (中文名泸州市江阳区人民政府)."""
    report = fixture(SEED)
    text = table_text(report, "lines")
    title = f"{report.organ}{report.year}年政府信息公开工作年度报告"
    head = f"中文名 | {title} | 发布单位 | {report.organ} |\n---|"
    got, _ = import_text(text.replace(report.display_title(), head, 1), "x.txt")
    assert got.organ == report.organ, got.organ
    assert differences(got, dict(report.cells)) == []
    assert title_parts(f"中文名:{title}") == (report.organ, report.year, title)


def test_words_beginning_like_the_label_stay_the_organs() -> None:
    """Only the label before a gap or a colon is dropped: a name that merely begins with the same
    characters, and a title with no label, are read as before."""
    assert title_parts("中文名城研究中心2019年政府信息公开工作年度报告")[0] == "中文名城研究中心"
    assert title_parts("泸州市人民政府2019年政府信息公开工作年度报告")[0] == "泸州市人民政府"


def test_new_requests_said_after_a_clause_naming_them() -> None:
    """天津市河北区人民政府 2023: '上年结转政府信息公开申请7件,本年新收421件,…' — 新收, the form's word for 一,
    names no requests itself; the clause before it does. 本年新收 was not read."""
    said = read_clauses("上年结转政府信息公开申请3件,本年新收56件,办结55件", 2024)
    assert (NEW, 56) in [(a, v) for a, v, _ in said]
    assert (CARRIED_IN, 3) in [(a, v) for a, v, _ in said]


def test_new_without_the_requests_named_in_its_sentence_stays_unread() -> None:
    """新收 with no clause naming the requests before it, with words of its own, or 收到 with nothing named:
    not read (收到留言, 新收来信 are no requests)."""
    for sentence in ("本年新收56件", "全年主动公开信息300条,本年新收5件",
                     "上年结转政府信息公开申请3件,新收留言21件", "上年结转政府信息公开申请3件,收到21件",
                     "上年结转政府信息公开申请3件,新收来信21封"):
        assert NEW not in [a for a, _, _ in read_clauses(sentence, 2024)], sentence


def _rows(sentence: str, year: int) -> list[tuple[str, int]]:
    return [(a, v) for a, v, _ in read_clauses(sentence, year)]


def test_requests_named_as_依申请公开请求_are_counted() -> None:
    """兴仁市人民政府 2022: '共收到10件依申请公开请求' — 请求 right after 依申请公开 names the requests as 信件 there
    does; 本年新收 was not read."""
    assert (NEW, 10) in _rows("2022年,共收到10件依申请公开请求,2021年结转政府信息公开申请2件", 2022)
    assert (NEW, 3) in _rows("共收到依申请公开请求3件", 2022)


def test_请求_without_依申请公开_before_it_stays_unread() -> None:
    """请求 alone, 公开请求, 政府信息公开请求: not the words the rule knows: not read."""
    for sentence in ("共收到10件请求", "共收到公开请求10件", "共收到政府信息公开请求3件"):
        assert NEW not in [a for a, _ in _rows(sentence, 2022)], sentence


def test_carried_over_to_be_handled_next_year() -> None:
    """天津市河北区人民政府 2023: '剩余21件结转下一年度处理' — 处理 after 结转下一年度, as 办理 and 答复 are; 四 was
    not read."""
    assert (CARRIED_OUT, 21) in _rows("上年结转政府信息公开申请7件,本年新收421件,剩余21件结转下一年度处理", 2023)
    assert (CARRIED_OUT, 2) in _rows("共收到政府信息公开申请5件,结转下年度处理2件", 2023)


def test_carried_over_with_other_words_after_it_stays_unread() -> None:
    """…处理 followed by words of its own (处理信访), or with no sentence naming the requests: not read."""
    assert CARRIED_OUT not in [a for a, _ in _rows("共收到政府信息公开申请5件,剩余2件转下年度处理信访", 2023)]
    assert CARRIED_OUT not in [a for a, _ in _rows("剩余5件结转下一年度处理", 2023)]
