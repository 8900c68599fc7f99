"""Counts of requests in 一、总体情况 whose words were joined to something else, for copies with no 表三 —
synthetic text in the patterns of real reports:

- 表三's row 四 by the form's own label, a sentence of its own after the year's requests were counted
  (…其他处理的4件。结转下年度继续办理的12件。, 嘉兴市政府办 2022, 2023);
- a point's heading run on into its sentence with no stop (二是做好依申请公开工作2022年共收到…, 深圳市生态环境局 2022);
- a clause of words and one opening with the report's year joined by 、 (…办理质效、2023年我局未收到依申请公开申请,
  衢州市农业农村局 2023).

Close wordings stay unread: other words for 四 alone in a sentence (转结下年度办理1件, 结转下年度1件), the label with no
request counted before it, a heading going on otherwise, a 、 in a list of years or dates, after a figure, after
another 、, before another year, or after words narrowing what follows."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from tests.importers.files import township_cut_in_overview

ROWS = ("requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total")
COUNTED = "2024年，我镇共收到政府信息公开申请132件，上年结转2件。"


def _read(text: str) -> dict[str, object]:
    report, _ = import_bytes(township_cut_in_overview(text), "某某镇.txt")
    return {a: report.cells.get(a) for a in ROWS if a not in report.missing}


@pytest.mark.parametrize("text", [
    COUNTED + "目前依法办结122件，其中予以公开的27件，其他处理的4件。结转下年度继续办理的12件。",
    COUNTED + "结转下年度继续办理12件。",
    COUNTED + "结转下一年度继续办理申请12件。",
])
def test_row_four_by_its_label_in_a_sentence_of_its_own_is_read(text: str) -> None:
    assert _read(text) == {"requests/1/total": 132, "requests/2/total": 2, "requests/4/total": 12}


@pytest.mark.parametrize("text", [
    COUNTED + "转结下年度办理12件。",                     # other words for 四, nothing tying them to the requests
    COUNTED + "结转下年度12件。",
    COUNTED + "办理群众来信5件，结转下年度继续办理的12件。",    # a clause in a sentence about something else
    COUNTED + "结转下年度继续办理的12件，均已登记。",           # not the sentence's whole
    "我镇进一步规范依申请公开工作。结转下年度继续办理的12件。",  # no request counted before it
])
def test_row_four_in_other_words_or_with_no_requests_counted_stays_unread(text: str) -> None:
    assert "requests/4/total" not in _read(text)


@pytest.mark.parametrize("point", ["二是做好依申请公开工作", "一是规范依申请公开办理工作"])
def test_a_points_heading_run_on_into_its_sentence_is_set_apart(point: str) -> None:
    text = f"{point}2024年共收到政府信息公开申请195件，上年结转3件，办结191件，转下年度办理7件。"
    assert _read(text) == {"requests/1/total": 195, "requests/2/total": 3, "requests/3.7/total": 191,
                           "requests/4/total": 7}


@pytest.mark.parametrize("text", [
    "二是做好依申请公开2024年共收到政府信息公开申请195件。",          # no 工作: the heading's end is not told
    "二是依申请公开工作量2024年共收到政府信息公开申请195件。",
    "二是做好依申请公开工作2023年共收到政府信息公开申请195件。",      # another year
    "二是做好依申请公开工作2024共收到政府信息公开申请195件。",        # a figure, no 年: no year said
    "二是做好3个依申请公开工作2024年共收到政府信息公开申请195件。",    # a figure in the heading
])
def test_a_heading_going_on_otherwise_keeps_the_count_unread(text: str) -> None:
    assert "requests/1/total" not in _read(text)


@pytest.mark.parametrize("text,new", [
    ("做好依申请公开登记、答复等工作，不断提高依申请公开办理质效、2024年我镇未收到依申请公开申请。", 0),
    ("不断提高依申请公开办理质效、2024年我镇共收到政府信息公开申请5件。", 5),
])
def test_a_clause_joined_by_the_enumeration_comma_before_the_year_is_read(text: str, new: int) -> None:
    assert _read(text).get("requests/1/total") == new


@pytest.mark.parametrize("text", [
    "2023年、2024年我镇未收到依申请公开申请。",                      # a list of years
    "12月、2024年我镇未收到依申请公开申请。",                        # a date's 月
    "办理质效、2023年我镇未收到依申请公开申请。",                     # another year
    "登记、答复、2024年我镇未收到依申请公开申请。",                   # a list whose next item is dated
    "网上申请3件、2024年我镇共收到政府信息公开申请5件。",              # after a figure
    "除法人申请以外、2024年我镇未收到依申请公开申请。",                # words narrowing what follows
])
def test_a_list_before_the_year_stays_one_clause(text: str) -> None:
    assert "requests/1/total" not in _read(text)
