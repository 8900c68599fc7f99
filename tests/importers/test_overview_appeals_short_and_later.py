"""表四's totals said with 复议/诉讼 short of 行政 where the clause names the disclosure (未发生因政府信息公开引起的复议、
诉讼), and said only in a later section (六、其他需要报告的事项 (三) 全年未出现因政府信息公开申请行政复议、提起行政诉讼的
情况, 金山镇 2019) of a copy holding no 表四 — synthetic text in those patterns.

What may be another thing stays unread: 复议、诉讼 alone (我镇无复议、诉讼和申诉情况发生: of what?), of another subject
(行政处罚, 信访), 诉讼 of another kind (合同诉讼), another year, a part (其中), an aim (力争…无…), a later sentence not
naming the disclosure, a copy printing 表四, one whose 一 reads them, one whose 四 holds words."""

from __future__ import annotations

import dataclasses

import pytest

from core.importers import import_bytes
from core.importers.overview_counts import _read_sentence
from tests.importers.files import fixture, table_text, township_cut_in_overview

APPEALS = ("appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")
REQUESTS = "2024年，我镇收到政府信息公开申请3件，均已按时答复"
NONE = dict.fromkeys(APPEALS, 0)


def _appeals(data: bytes, name: str = "某某镇.txt") -> dict[str, object]:
    report, _ = import_bytes(data, name)
    return {a: report.cells.get(a) for a in APPEALS if a not in report.missing}


@pytest.mark.parametrize("text", [
    f"{REQUESTS}，未发生因政府信息公开引起的复议、诉讼。",
    f"{REQUESTS}。全年无因依申请公开引起投诉、复议及诉讼情况。",
    f"{REQUESTS}。2024年，我镇未发生因政府信息公开申请复议和提起诉讼的情况。",
    f"{REQUESTS}。因政府信息公开引起的复议、诉讼0件。",
])
def test_the_short_pair_in_a_clause_naming_disclosure_is_read(text: str) -> None:
    assert _appeals(township_cut_in_overview(text)) == NONE


@pytest.mark.parametrize("text", [
    f"{REQUESTS}。2024年，我镇无复议、诉讼和申诉情况发生。",
    f"{REQUESTS}，未发生复议、诉讼。",
    f"{REQUESTS}，未发生因行政处罚引起的复议、诉讼。",
    f"{REQUESTS}，未发生因政府信息公开引起的信访复议、诉讼。",
    f"{REQUESTS}，未发生因政府信息公开引起的复议、合同诉讼。",
    f"{REQUESTS}。2023年未发生因政府信息公开引起的复议、诉讼。",
    f"{REQUESTS}，其中未发生因政府信息公开引起的复议、诉讼。",
    f"{REQUESTS}。因政府信息公开引起的复议、诉讼2件。",
    f"{REQUESTS}。未发生因政府信息公开被复议机关纠错的情况。",
])
def test_the_short_pair_otherwise_stays_unread(text: str) -> None:
    assert _appeals(township_cut_in_overview(text)) == {}


def _later(six: str, five: str = "进一步加强信息发布审核。", overview: str = "2019年，我镇主动公开政府信息120条。",
           four: str = "") -> bytes:
    """A report whose tables were lost (二、三、四 print their headings alone) and whose 五、六 are prose."""
    return ("某县某某镇2019年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2019年1月1日起至2019年12月31日止。\n"
            f"一、总体情况\n{overview}\n"
            "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
            f"四、政府信息公开行政复议、行政诉讼情况\n{four}\n"
            f"五、存在的主要问题及改进情况\n{five}\n"
            f"六、其他需要报告的事项\n{six}\n").encode()


SIX = "（三）因政府信息公开申请行政复议、提起行政诉讼的情况\n全年未出现因政府信息公开申请行政复议、提起行政诉讼的情况。"


@pytest.mark.parametrize("data", [
    _later(SIX),
    _later("本年度未发生因政府信息公开引起的复议、诉讼。"),
    _later("无。", five="2019年，我镇未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"),
])
def test_a_none_over_disclosure_in_a_later_section_is_read(data: bytes) -> None:
    assert _appeals(data) == NONE


@pytest.mark.parametrize("data", [
    _later("全年未出现行政复议、行政诉讼的情况。"),
    _later("（三）因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度无此类情况。"),
    _later("无。", five="下一步，力争全年无因政府信息公开引起的行政复议、行政诉讼。"),
    _later("2018年未出现因政府信息公开申请行政复议、提起行政诉讼的情况。"),
    _later("全年未出现因行政处罚申请行政复议、提起行政诉讼的情况。"),
    _later("全年未出现复议、诉讼的情况。"),
    _later(SIX, four="详见附件。"),
])
def test_what_may_be_another_things_later_stays_unread(data: bytes) -> None:
    assert _appeals(data) == {}


def test_the_overviews_own_words_are_kept() -> None:
    overview = "2019年，我镇收到政府信息公开申请3件，因政府信息公开引起的行政复议1件。"
    assert _appeals(_later(SIX, overview=overview)) == {APPEALS[0]: 1}


def test_two_later_figures_of_a_cell_leave_it_unread() -> None:
    read = _appeals(_later(SIX, five="2019年，因政府信息公开引起的行政复议2件。"))
    assert APPEALS[0] not in read


def test_a_printed_table_four_is_read_from_the_table_alone() -> None:
    report = fixture("samples/hongze-district-2023")
    cells = dict(report.cells, **{"appeals/review/total": 2, "appeals/review/upheld": 2})
    text = table_text(dataclasses.replace(report, cells=cells), "pipe")
    text += "六、其他需要报告的事项\n全年未出现因政府信息公开申请行政复议、提起行政诉讼的情况。\n"
    assert _appeals(text.encode(), "某某区.txt") == {a: cells[a] for a in APPEALS}


@pytest.mark.parametrize("sentence", [
    "力争全年无因政府信息公开引起的行政复议、行政诉讼",
    "确保全年不发生因政府信息公开引起的行政复议、行政诉讼",
    "下一步，杜绝因政府信息公开引起的行政复议和行政诉讼",
    "努力做到全年未发生因政府信息公开申请行政复议、提起行政诉讼",
])
def test_an_aim_in_the_overview_is_no_none_of_the_appeals(sentence: str) -> None:
    """Negative: a clause saying what is aimed at (力争 确保 杜绝 努力 做到…) states no appeal's figure — read
    as 0 before, from 一's words as from a later section's."""
    assert [a for a, _ in _read_sentence(sentence, 2024) if a.startswith("appeals/")] == []


def test_a_fact_after_an_aim_in_another_clause_is_read() -> None:
    """The aim in a clause of its own leaves the fact after it read."""
    assert ("appeals/review/total", 0) in _read_sentence(
        "为确保信息公开工作规范，全年未发生因政府信息公开引起的行政复议、行政诉讼", 2024)
