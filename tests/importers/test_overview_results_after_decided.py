"""表三's result rows listed after the requests decided, where the overview gives no count received (杭州市教育局 2020,
pagesff-hangzhou-jyj-2020: 本年度共办结依申请政府信息公开事项23件,其中予以公开7件,不予公开1件,无法提供12件,不予处理2件,
其他处理1件): the results part those decided — the form's 三（七）, carried-in ones among them or not — so the run is read
as one after 收到… is, where its figures add up to the 办结 count exactly. The third held-out round left 三（一） and
（六） unread there. Synthetic text in the pattern the real copy printed; a 办结 with no words naming the requests, a
whole area's, another year's, or a run that does not add up stays unread."""

from __future__ import annotations

import pytest

from core.importers.overview_decided_head import decided_head
from core.importers.overview_results import _ANOTHER_TIME, _NARROW, read_sentences
from core.importers.overview_text import sentences
from core.importers.text import import_text


def _read(text: str, year: int = 2020) -> list[tuple[str, int]]:
    return [(r, v) for r, v, _ in read_sentences(sentences(text), year)]


LIST = ",其中予以公开7件,不予公开1件,无法提供12件,不予处理2件,其他处理1件。"


@pytest.mark.parametrize("clause,count", [
    ("本年度共办结依申请政府信息公开事项23件", 23),
    ("2020年已办结政府信息公开申请23件", 23),
    ("全年累计办结依申请公开件23件", 23),
])
def test_the_requests_decided_named_whole(clause: str, count: int) -> None:
    assert decided_head(clause, 2020, _NARROW, _ANOTHER_TIME) == count


@pytest.mark.parametrize("clause", [
    "本年度共办结23件",                          # no words naming the requests
    "全市共办结政府信息公开申请23件",              # a whole area's
    "2019年共办结政府信息公开申请23件",            # another year
    "其中网上办结政府信息公开申请23件",             # a part
    "本年度共办结群众来信23件",                   # no request
])
def test_other_counts_decided_are_no_head(clause: str) -> None:
    assert decided_head(clause, 2020, _NARROW, _ANOTHER_TIME) is None


def test_results_after_the_requests_decided() -> None:
    assert _read("本年度共办结依申请政府信息公开事项23件" + LIST) == [
        ("3.1", 7), ("3.3", 1), ("3.4", 12), ("3.5", 2), ("3.6", 1)]


@pytest.mark.parametrize("text", [
    "本年度共办结依申请政府信息公开事项24件" + LIST,          # does not add up
    "本年度共办结23件" + LIST,                            # no words naming the requests
    "全市共办结政府信息公开申请23件" + LIST,                 # a whole area's
    "2019年共办结政府信息公开申请23件" + LIST,               # another year
])
def test_a_run_not_surely_of_those_decided_stays_unread(text: str) -> None:
    assert _read(text) == []


def test_a_report_reads_the_2019_forms_rows_from_it() -> None:
    text = ("杭州市某某局2020年政府信息公开年度报告\n根据《中华人民共和国政府信息公开条例》规定编制本报告。"
            "本报告中所列数据统计期限为2020年1月1日至12月31日。\n一、总体情况\n(一)主动公开方面\n"
            "本年度主动公开信息1525条。\n(二)依申请公开方面\n本年度共办结依申请政府信息公开事项23件" + LIST + "\n")
    report, _ = import_text(text, "x.txt")
    assert report.form.format == "2019"
    assert report.cells.get("requests/3.1/total") == 7
    assert report.cells.get("requests/3.6/total") == 1
    assert report.cells.get("requests/3.7/total") == 23
