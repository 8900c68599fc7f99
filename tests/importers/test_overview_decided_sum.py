"""表三's 三（七） and 四 said in 一、总体情况's words in ways the overview's grammar did not take (helper 304): a count
of another verb than 办结 that the form's own sum proves the year's decided (全年接收…1554件,2023年结转132件;全年办理
1503件,结转2025年183件, 天津市住建委 2024), 办结 with an aside holding last year's (办结81件(含上年度结转4件), 高平市
2025), and 四 of the year's requests parted after 其中 (其中15件按时办结完毕,1件结转下年度继续办理, 浙江省经信厅 2022).
Synthetic copies in the patterns real ones printed; whatever the sum does not prove, or may be a part's, stays unread —
the wordings whose 三（七） persons left out on purpose among them (硚口区政府办 2024, 襄州区水利局 2024, 井研县自然资源局
2025, 深圳市生态环境局 2022)."""

from __future__ import annotations

import pytest

from core.importers.request_words import carried_said
from core.importers.text import import_text

_COPY = ("某市某局2025年政府信息公开工作年度报告\n"
         "本报告所列数据统计期限为2025年1月1日至12月31日。\n"
         "一、总体情况\n"
         "(一)主动公开。2025年,某局主动公开信息共计100条。\n"
         "(二)依申请公开。{said}\n"
         "(三)政府信息管理。进一步加强")


def _read(said: str) -> dict[str, object]:
    report, _ = import_text(_COPY.format(said=said), "some.txt")
    return {a.split("/")[1]: report.cells.get(a) for a in ("requests/1/total", "requests/2/total",
                                                           "requests/3.7/total", "requests/4/total")}


@pytest.mark.parametrize("said,decided,carried_out", [
    # another verb's count, 一 + 二 = it + 四 (276 + 7 = 274 + 9; 1554 + 132 = 1503 + 183)
    ("2025年共收到政府信息公开申请276件,上年结转7件,答复274件,转下年度办理9件。", 274, 9),
    ("全年接收政府信息公开申请1554件,2024年结转132件;全年办理1503件,结转2026年183件。", 1503, 183),
    ("2025年,全市新收政府信息公开申请136件,结转上年度依申请公开3件,办理答复139件,结转下年度办理0件。", 139, 0),
    ("2025年,全市共受理政府信息公开申请452件,结转上年9件,按时办结454件,结转下年继续办理7件。", 454, 7),
    # in the sentence after 一's, 四 with it
    ("2025年,共收到政府信息公开申请55件,上年结转0件。当年办结53件,结转至2026年办理2件,申请撤回0件。", 53, 2),
    # 四 0: a verb of answering (the sum cannot tell 办理 from 办结 there)
    ("2025年,共收到政府信息公开申请97件,上年结转申请1件,答复98件,结转下年度办理0件。", 98, 0),
])
def test_the_sum_proves_the_decided(said: str, decided: int, carried_out: int) -> None:
    read = _read(said)
    assert (read["3.7"], read["4"]) == (decided, carried_out)


def test_a_decided_count_holding_last_years_is_decided_whole() -> None:
    read = _read("2025年,共新收政府信息公开申请77件,办结81件(含上年度结转4件),信息公开申请主要集中在征地拆迁等领域。")
    assert read["1"] == 77 and read["3.7"] == 81
    assert read["2"] is None                  # only those of the carried in decided: more may go on


@pytest.mark.parametrize("said,carried_out", [
    ("全年共收到依申请公开16件,其中15件按时办结完毕,1件结转下年度继续办理,所有依申请公开件均在20个工作日内给予答复。", 1),
    ("2025年区住建局共收到政府信息依申请公开事项52件,其中办结51件,转结下年度继续办理1件。", 1),
    ("2025年,我局共收到政府信息公开申请315件。其中298件按时办结,17件结转下年度办理。", 17),
    ("2025年,共收到依申请公开办理事项7件,其中,6件均严格按时限依法依规答复,1件结转下年办理。", 1),
])
def test_the_year_s_requests_parted_into_dealt_with_and_carried_on(said: str, carried_out: int) -> None:
    read = _read(said)
    assert read["4"] == carried_out
    assert read["3.7"] is None                # the carried in (not said none) may be decided besides


@pytest.mark.parametrize("said", [
    # 二 not said: the count may be of the new alone (硚口区政府办 2024, 柘城县 2024, 大云镇 2024)
    "新收到依申请公开政府信息42件,答复依申请公开政府信息39件,均在法定期限内予以答复,结转下年度继续办理3件。",
    "全年收到政府信息公开申请75件,答复政府信息依申请公开信件72件,结转下年度继续办理3件。",
    "全年共收到依申请公开件1件,已按期答复1件,无转结下年度继续办理件。",
    # 四 0 and a verb of handling, which the sum cannot tell from deciding (襄州区水利局 2024)
    "2025年,本单位新收到政府信息依申请公开2件,上年无结转,已办理2件,无结转下年度。",
    # answered in public, or by 予以公开 (深圳市生态环境局 2022)
    "2025年共收到政府信息公开申请195件,上年结转3件,公开答复191件,转下年度办理7件。",
    # every one said decided: no figure of 三（七） (井研县自然资源局 2025)
    "全年共新收到政府信息公开申请12件,上年结转2件,均已依法按期办结。",
    "全年共收到政府信息公开申请13件,均已依法按期办结,上年无结转申请。",
    # the sum does not hold, or the count is a part's
    "2025年共收到政府信息公开申请276件,上年结转7件,答复270件,转下年度办理9件。",
    "2025年共收到政府信息公开申请276件,上年结转7件,网上答复274件,转下年度办理9件。",
    "2025年共收到政府信息公开申请276件,上年结转7件,上年度答复274件,转下年度办理9件。",
    # the count not dealt with, though the sum holds
    "2025年共收到政府信息公开申请276件,上年结转7件,未答复274件,转下年度办理9件。",
    "2025年共收到政府信息公开申请276件,上年结转7件,尚未办结274件,转下年度办理9件。",
    # nothing carried on said
    "2025年共收到政府信息公开申请20件,上年结转0件,办理20件。",
    # after 其中, parts
    "2025年共收到政府信息公开申请20件,上年结转0件,其中网上答复18件,结转下年度2件。",
    # an aside on another verb's count
    "2025年,共新收政府信息公开申请77件,办理81件(含上年度结转4件)。",
])
def test_what_the_sum_does_not_prove_stays_unread(said: str) -> None:
    assert _read(said)["3.7"] is None


@pytest.mark.parametrize("said", [
    # a part of another kind, parts not adding up, carried in said, or another part between
    "全年共收到依申请公开16件,其中网上申请15件,1件结转下年度继续办理。",
    "全年共收到依申请公开16件,其中14件按时办结完毕,1件结转下年度继续办理。",
    "全年共收到依申请公开16件,上年结转2件,其中15件按时办结完毕,1件结转下年度继续办理。",
    "全年共收到依申请公开16件,其中当面申请3件,15件按时办结完毕,1件结转下年度继续办理。",
])
def test_parts_that_prove_nothing_stay_unread(said: str) -> None:
    assert _read(said)["4"] is None


@pytest.mark.parametrize("said,carried", [
    (["2025年收到12件,上年结转3件"], True),
    (["上年度转结的2件已办结"], True),
    (["上年转入2件"], True),
    (["上年度未办结3件"], True),
    (["收到12件,上年结转0件"], False),
    (["结转下年度3件", "结转至2026年继续办理2件"], False),
])
def test_carried_in_said(said: list[str], carried: bool) -> None:
    assert carried_said(said) is carried
