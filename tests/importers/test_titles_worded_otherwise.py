"""Reports whose words for themselves are not the usual '<organ><year>年政府信息公开工作年度报告'
(helper 152's sweep, pagesbk-*): a copy cut before its tables is still the report when its
preamble says so in other words, and its 一、总体情况's "none" is read where it stands.

- 县政府编制了2020年度政府信息公开工作报告 (大英县 2020) and 现将我局…年度政府信息公开工作情况报告如下
  (as 天镇县信访局 2021 introduces its words): the report saying it was made, or introducing its own words — with the
  statistical period, a copy holding no table is known by them (大英县's was refused before); a notice
  asking for a report to be made, or a check's report (自查), stays refused.
- a notice on writing the report (…关于做好2020年度政府信息公开工作年度报告编制发布工作的通知) and a reading
  of a report (文字解读：某街道办事处2022年政府信息公开工作年度报告) hold no table: by their titles they are no
  report (the notice was read as a report of the organ 为做好, the reading as 大明湖街道办事处's report).
- 未收到申请人提出的依申请公开申请 (富县张家湾镇 2021): 申请人提出的 is every applicant, not a kind.
- 共公开信息121条,其中,…;没有收到政府信息公开申请 (福田区集体经济发展服务署 2021): after 其中, a
  "none" of requests is no part of the count the 其中 lists, as a "none" of appeals is not.
"""

from __future__ import annotations

import pytest

from core.importers import ImportError_, import_file
from core.importers.prose import named_in_sentence
from core.importers.text import import_text
from importers.files import FIXTURES

PERIOD = "报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"
OVERVIEW = "一、总体情况\n2020年,全县政府信息公开工作积极、稳妥、有序推进。\n"


@pytest.mark.parametrize("preamble", [
    "根据《中华人民共和国政府信息公开条例》及省、市政府关于政府信息公开工作有关规定,县政府编制了2020年度"
    "政府信息公开工作报告," + PERIOD,
    "根据《中华人民共和国政府信息公开条例》要求," + PERIOD + "现将我局2020年度政府信息公开工作情况报告如下:",
])
def test_a_preamble_saying_it_is_the_report_in_other_words_is_read(preamble: str) -> None:
    """Before: refused ("未找到任何统计表…不像是政府信息公开工作年度报告")."""
    report, _ = import_text(preamble + "\n" + OVERVIEW, "copy.txt")
    assert report.year == 2020


@pytest.mark.parametrize("preamble", [
    # a check's report: its own words are no annual report's
    "根据县政务公开办要求," + PERIOD + "现将我局2020年度政府信息公开工作自查情况报告如下:",
    "根据县政务公开办要求," + PERIOD + "现将我局政府信息公开工作整改情况报告如下:",
])
def test_other_documents_in_those_words_are_still_refused(preamble: str) -> None:
    with pytest.raises(ImportError_):
        import_text(preamble + "\n" + OVERVIEW, "copy.txt")


NOTICE = ("关于做好2020年度政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府，县政府各部门：\n"
          "为做好2020年度政府信息公开工作年度报告编制发布工作，现将有关事项通知如下：\n"
          "一、各单位要认真编制2020年度政府信息公开工作年度报告，统计期限自2020年1月1日起至2020年12月31日止。\n"
          "二、年度报告于2021年1月31日前在县政府门户网站公开。\n")


def test_a_notice_on_writing_the_report_is_no_report() -> None:
    """Before: imported as the 2020 report of "为做好"."""
    with pytest.raises(ImportError_) as info:
        import_text(NOTICE, "notice.txt")
    assert "不是政府信息公开工作年度报告" in str(info.value) and "通知" in str(info.value)


def test_a_reading_of_the_report_is_no_report() -> None:
    """Before: imported as 济南市历下区大明湖街道办事处's 2022 report, every cell unread."""
    with pytest.raises(ImportError_) as info:
        import_file(FIXTURES / "not_reports" / "lixia-daminghu-jiedu-2022.txt")
    assert "文字解读" in str(info.value)


def test_a_report_under_a_notice_that_prints_its_tables_is_still_read() -> None:
    """The notice's title only tells a text holding no table: a report below it, its 表二 printed, is read."""
    table = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
             "规章 | 0 | 0 | 0 |\n行政规范性文件 | 2 | 0 | 5 |\n")
    report, _ = import_text("某县人民政府办公室关于公布2020年度政府信息公开工作年度报告的通知\n"
                            "一、总体情况\n2020年,全县政府信息公开工作有序推进。\n" + table, "copy.txt")
    assert report.year == 2020 and report.cells["art20_1/normative/in_force"] == 5


def test_a_report_page_listing_a_notice_among_its_links_is_still_read() -> None:
    """A report's page cut in its overview, its head listing other documents below the title (相关链接 …
    关于…的通知): only a text's first lines say it is a notice."""
    text = ("某县某镇2023年政府信息公开工作年度报告\n发布时间:2024-01-20\n来源:某镇\n相关链接\n"
            "某县人民政府办公室关于做好2023年度政务公开工作的通知\n"
            "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n2023年,我镇未收到政府信息公开申请。\n")
    report, _ = import_text(text, "page.txt")
    assert (report.year, report.organ) == (2023, "某县某镇")
    assert report.cells["requests/1/total"] == 0


TITLE = "某县某镇2021年政府信息公开工作年度报告\n"
OPEN = "一、总体情况\n(一)主动公开情况\n2021年通过县政府网发布各类信息85条。\n(二)依申请公开情况\n"


@pytest.mark.parametrize(("words", "want"), [
    ("本年度我镇未收到申请人提出的依申请公开申请。", 0),
    ("本年度我镇未收到申请人提交的政府信息公开申请。", 0),
    ("本年度我镇未收到法人提出的依申请公开申请。", None),          # one kind of applicant: no total
])
def test_requests_by_whoever_applies_are_every_request(words: str, want: int | None) -> None:
    """Before: 申请人提出的 left the clause unread."""
    report, _ = import_text(TITLE + OPEN + words + "\n", "copy.txt")
    assert report.cells.get("requests/1/total") == want


@pytest.mark.parametrize(("words", "want"), [
    ("2021年,我署共公开信息121条,其中,工作动态信息75条,通知公告信息8条;没有收到政府信息公开申请;"
     "没有政府信息公开行政复议、行政诉讼。", 0),
    # a part of the requests, after 其中: not read as a none of them all (3 and 0 would leave both unread)
    ("2021年,我署共收到政府信息公开申请3件,其中,自然人申请3件;未收到法人或其他组织提出的申请。", 3),
])
def test_a_none_of_requests_after_a_list_is_read(words: str, want: int | None) -> None:
    """Before: 其中 (of the published information) made the none of requests a part, left unread."""
    report, _ = import_text(TITLE + "一、总体情况\n" + words + "\n", "copy.txt")
    assert report.cells.get("requests/1/total") == want


@pytest.mark.parametrize("sentence", [
    "请各乡镇、各部门认真编制2020年度政府信息公开工作年度报告，并于1月31日前公布。",
    "各有关单位编制2021年政府信息公开工作年度报告后报县政务公开办审核。",
])
def test_a_notice_asking_offices_to_write_their_reports_names_no_organ(sentence: str) -> None:
    """Those a notice addresses (请各乡镇、各部门) are no organ: it read "请各乡镇、各部门"."""
    assert named_in_sentence(sentence) is None
