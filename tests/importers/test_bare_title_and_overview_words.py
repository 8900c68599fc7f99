"""Ways 2025 reports the importer had not seen left it refusing or reading nothing (issue 17, the
"pagesap" corpus batch): a title naming neither organ nor year with the organ on the line under
it, and three plain ways 一、总体情况 says its totals. Synthetic text in the pages' own patterns."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

NEW, CARRIED_IN, CARRIED_OUT = "requests/1/total", "requests/2/total", "requests/4/total"


def _bare_titled(beside: str) -> str:
    """A copy cut inside 一、总体情况: the bare title, ``beside`` under it, the date it was signed."""
    return ("政府信息公开工作年度报告\n" + beside + "2026年1月8日\n一、总体情况\n"
            "2025年,江岸经济开发区管委会深入贯彻落实《中华人民共和国政府信息公开条例》。\n"
            "(一)政府信息主动公开情况。\n管委会在区政府网站主动公开机构职能、财政预决算等内容。\n"
            "(二)政府信息依申请公开情况。\n2025年管委会收到政府信息依申请公开12件,目前均已办结。\n"
            "(三)政府信息管理情况。\n管委会规范管理政府信息")


def test_a_bare_title_takes_the_organ_on_the_line_under_it() -> None:
    """武昌经开区管委会 2025: 政府信息公开工作年度报告 / the organ / 2026年1月8日, no period: it was
    refused (no table, no title). The year is the one its opening speaks of, and said so."""
    report, log = import_text(_bare_titled("江岸经开区管委会(滨江商务区管委会)\n"), "jiangan.txt")
    assert (report.year, report.organ) == (2025, "江岸经开区管委会(滨江商务区管委会)")
    assert report.cells[NEW] == 12 and log.read[NEW].startswith("从正文读取")
    assert any("正文开头所说" in n for n in log.notes)


def test_a_bare_title_with_no_organ_beside_it_is_still_refused() -> None:
    """Nothing naming an administrative unit under it (the date alone): no organ is made up — the title
    is no report's name. Its 一、总体情况 opening its sentences with 2025年 (2025年,江岸经济开发区管委会…; 2025年
    管委会收到…), it is read as a copy under no title (``opening_year``): its year inferred and said so, its organ
    the one its opening names; without those openings it is still refused."""
    report, log = import_text(_bare_titled(""), "bare.txt")
    assert (report.year, report.organ, report.title) == (2025, "江岸经济开发区管委会", "")
    assert any("推断为 2025 年" in n and "请确认" in n for n in log.notes)
    with pytest.raises(ImportError_):
        import_text(_bare_titled("").replace("2025年,江岸", "本年度,江岸").replace("2025年管委会", "全年管委会"),
                    "bare.txt")


def test_the_words_of_the_2025_copies_are_read() -> None:
    # 宗关街道: 依申请公开政府信息 after the verb
    assert _read_sentence("2025年,街道新收到依申请公开政府信息0件,上年结转申请0件", 2025) == [
        (NEW, 0), (CARRIED_IN, 0)]
    # 熊口管理区: everyone (单位和个人) asks nothing
    assert _read_sentence("管理区未收到任何单位和个人提出的政府信息公开申请", 2025) == [(NEW, 0)]
    # 抚宁区政府办: the figure before 结转下年
    assert _read_sentence("2025年,区政府共收到依申请公开20件,19件已按照规定时限和程序依法依规进行了答复,"
                          "1件结转下年", 2025) == [(NEW, 20), (CARRIED_OUT, 1)]


def test_their_near_misses_stay_unread() -> None:
    assert _read_sentence("未收到单位提出的政府信息公开申请", 2025) == []          # one kind of applicant
    assert _read_sentence("未收到法人和个人提出的政府信息公开申请", 2025) == []
    assert _read_sentence("1件结转下年", 2025) == []                            # whose: not said
    assert _read_sentence("共收到依申请公开20件,其中1件结转下年度", 2025) == [(NEW, 20)]   # a part
    assert _read_sentence("共收到依申请公开20件,网上申请1件结转下年度", 2025) == [(NEW, 20)]
    assert _read_sentence("共收到依申请公开20件,2024年1件结转下年度", 2025) == [(NEW, 20)]
