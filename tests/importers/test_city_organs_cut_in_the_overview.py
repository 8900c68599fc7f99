"""地级市 departments' copies cut inside 一、总体情况 (2023–2024, helper 159): words that can mean one thing
only, left unread, and copies refused as no report though their opening says what they are.

- 共收到依申请公开办理事项7件 (铜川市公安局 2024; 大连市长兴岛街道 2022: 收到和处理政府信息公开申请办理事项为0件):
  the requests as matters to handle (办理事项), as 办理件 is;
- 未收到依申请公开事项申请 (来宾市卫健委 2023): no request for what is disclosed on request — 一 is 0;
- 现编制2023年政府信息公开工作年度报告 (来宾市卫健委 2023): the report made now by the one who speaks, as
  现公布…/现发布… is — a copy of it without tables, titled by no line, was refused;
- 现公布我局2023年度政府信息公开工作年度报告 (深圳市生态环境局 2023), with no statistical period: the
  sentence names the year the report covers as surely as a period does — refused before."""

from __future__ import annotations

import pytest

from core.importers.model import YearNotFound
from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text
from core.importers.title_sentence import named_year, speaks_of_itself

NEW, CARRIED_IN, CARRIED_OUT = "requests/1/total", "requests/2/total", "requests/4/total"


def test_requests_named_as_matters_to_handle() -> None:
    assert _read_sentence("2024年,共收到依申请公开办理事项7件", 2024) == [(NEW, 7)]
    assert _read_sentence("本年度我局收到政府信息依申请公开办理事项1件,已在规定时间内办结答复", 2024) == [(NEW, 1)]
    assert _read_sentence("2022年度,某某街道收到和处理政府信息公开申请办理事项为0件", 2022) == [(NEW, 0)]
    # not requests by their own words, or a part, or something else: unread
    assert _read_sentence("2024年,共收到办理事项7件", 2024) == []
    assert _read_sentence("2024年,共收到行政许可办理事项7件", 2024) == []
    assert _read_sentence("2024年,共收到网上依申请公开办理事项7件", 2024) == []


def test_none_of_the_requests_for_matters_disclosed_on_request() -> None:
    assert _read_sentence("2023年,我委未收到依申请公开事项申请", 2023) == [(NEW, 0)]
    assert _read_sentence("2023年,我委未收到依申请公开事项", 2023) == [(NEW, 0)]          # as before
    assert _read_sentence("2023年,我委未收到法人的依申请公开事项申请", 2023) == []           # a part


@pytest.mark.parametrize("text,said", [
    ("结合某市卫生健康委员会政府信息公开工作实际,现编制2023年政府信息公开工作年度报告。", True),
    ("结合我局工作实际,现编制完成2021年政府信息公开工作年度报告。", True),
    ("请各单位于1月31日前编制2023年政府信息公开工作年度报告。", False),                 # asked of others
    ("现就编制2023年政府信息公开工作年度报告有关事项通知如下。", False),                  # a notice
    ("现编制2023年政府信息公开工作年度报告格式说明。", False),                            # of the format
])
def test_made_now_the_report_speaks_of_itself(text: str, said: bool) -> None:
    assert speaks_of_itself(text) is said


def _made_now(period: str) -> str:
    return ("根据《中华人民共和国政府信息公开条例》相关要求,结合某某市卫生健康委员会政府信息公开工作实际,"
            f"现编制2023年政府信息公开工作年度报告。{period}\n"
            "一、总体情况\n(一)主动公开情况。\n2023年,我委在网站累计发布信息313条。\n"
            "(二)依申请公开。\n2023年,我委未收到依申请公开事项申请。\n(三)政府信息管理。\n我委高度重视")


def test_a_copy_made_now_cut_in_the_overview_is_read() -> None:
    report, log = import_text(_made_now("本年度报告中所列数据的统计期限自2023年1月1日起至12月31日止。"), "x.txt")
    assert report.year == 2023
    assert report.cells.get(NEW) == 0 and NEW not in report.missing
    assert any("未找到表二" in note for note in log.notes)


def test_made_now_without_a_period_needs_its_year_named() -> None:
    """With no period and no title, the sentence must name the year as the report's own (``named_year``):
    现编制2023年… does, so the copy is read. One naming no year (本年度) was refused; its 一、总体情况 opening
    its sentences with 2023年 (2023年,我委在网站…), it is now read with that year as a last resort the
    clerk is told to confirm (``opening_year``) — and still refused without it, the clerk asked for the year."""
    report, _ = import_text(_made_now(""), "x.txt")
    assert report.year == 2023
    unnamed = _made_now("").replace("现编制2023年政府信息公开工作年度报告", "现编制本年度政府信息公开工作年度报告")
    report, log = import_text(unnamed, "x.txt")
    assert report.year == 2023 and any("推断为 2023 年" in n and "请确认" in n for n in log.notes)
    with pytest.raises(YearNotFound, match="未找到报告年度"):
        import_text(unnamed.replace("2023年,我委", "本年度,我委"), "x.txt")


HEREBY = "根据《中华人民共和国政府信息公开条例》(国务院令第711号)要求,现公布我局2023年度政府信息公开工作年度报告。"
OVERVIEW = ("一、总体情况\n2023年,我局严格按照国家、省、市关于政务公开的有关部署推进工作。\n"
            "二是做好依申请公开工作。2023年共收到政府信息公开申请27件,上年结转2件,转下年度办理3件。\n"
            "三是做好政务信息管理工作。全年制修订")


@pytest.mark.parametrize("text,year", [
    (HEREBY, 2023),
    ("现向社会公布本机关2024年度政府信息公开工作年度报告。", 2024),
    ("现发布《某市教育局2024年政府信息公开工作年度报告》。", None),              # a quoted name: ``names_its_report``'s
    ("现公布我局2023年度和2024年度政府信息公开工作年度报告。", None),            # two years
    ("根据《关于做好2023年度政府信息公开工作年度报告编制工作的通知》,现编制本报告。", None),   # a notice's year
    ("各单位要编制2023年度政府信息公开工作年度报告。", None),                     # a notice asking for one
])
def test_the_year_the_opening_names_itself_by(text: str, year: int | None) -> None:
    assert named_year(text) == year


def test_a_copy_naming_its_year_in_its_opening_needs_no_period() -> None:
    report, log = import_text(HEREBY + "\n" + OVERVIEW, "x.txt")
    assert report.year == 2023
    assert {a: report.cells.get(a) for a in (NEW, CARRIED_IN, CARRIED_OUT)} == {NEW: 27, CARRIED_IN: 2, CARRIED_OUT: 3}
    assert any("未找到表二" in note for note in log.notes)


UNOPENED = OVERVIEW.replace("2023年,我局严格", "本年度,我局严格").replace("2023年共收到", "全年共收到")
"""The overview with no sentence opening with the year."""


@pytest.mark.parametrize("opening", [
    HEREBY.replace("2023年度", "本年度"),                                           # no year named, no period
    HEREBY.replace("现公布", "各单位要公布"),                                         # not the report's own words
])
def test_without_a_year_it_names_or_a_period_it_is_still_refused(opening: str) -> None:
    """Unless its 一、总体情况 opens its sentences with the year (2023年,我局…; 2023年共收到…): then read with
    it, as a last resort the clerk is told to confirm (``opening_year``); without that, the clerk is asked."""
    report, log = import_text(opening + "\n" + OVERVIEW, "x.txt")
    assert report.year == 2023 and any("推断为 2023 年" in n and "请确认" in n for n in log.notes)
    with pytest.raises(YearNotFound, match="未找到报告年度"):
        import_text(opening + "\n" + UNOPENED, "x.txt")

