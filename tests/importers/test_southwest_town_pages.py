"""Pages of 乡镇, 街道 and district departments of 四川, 重庆 and 陕西 (slice "pagesbo") — synthetic text
in the patterns real copies printed:

- a title wrapped inside the organ's name, its last line opening with the name's last words
  (重庆市沙坪坝区人民政府小龙坎街道 / 办事处2023年…报告, 小龙坎街道 2023): the two lines are one title. The
  last line was taken for a title of its own under a line of page chrome, and 办事处 read as the organ;
- a count of requests in 项 (收到依申请公开事项0项, 蓝田县厚镇 2025), as 件, 条, 个 are: left unread before;
- a copy cut before its tables, untitled, whose opening sentence publishes the report under the law it
  reports under (根据《…政府信息公开条例》有关要求,现将…2024年度…年度报告予以公开, 西关街道 2024): the
  report by its own words, read as far as it goes — it was refused as prose without tables;
- a "none" of appeals after a clause naming the work on requests that read no count (认真做好依申请公开
  政府信息工作,全年未产生行政复议和行政诉讼情况, 剑阁县杨村镇 2024): of that work — a none only."""

from __future__ import annotations

from core.importers.overview_counts import _read_sentence
from core.importers.overview_text import sentences
from core.importers.text import import_text
from core.importers.title_sentence import speaks_of_itself

TABLE = ("二、主动公开政府信息情况\n"
         "第二十条第(一)项 | |||\n"
         "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
         "规章 | 0 | 0 | 0 |\n"
         "行政规范性文件 | 0 | 0 | 0 |\n")
BODY = "一、总体情况\n2023年，街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》。\n" + TABLE


def test_a_title_wrapped_inside_the_organ_gives_the_whole_name() -> None:
    text = "重庆市某某区人民政府某某街道\n办事处2023年政府信息公开工作年度报告\n" + BODY
    report, _ = import_text(text, "wrapped.txt")
    assert (report.year, report.organ) == (2023, "重庆市某某区人民政府某某街道办事处")
    text = "某某县某某镇\n人民政府2023年政府信息公开工作年度报告\n" + BODY
    report, _ = import_text(text, "wrapped-government.txt")
    assert (report.year, report.organ) == (2023, "某某县某某镇人民政府")


def test_page_chrome_over_a_title_naming_its_organ_stays_apart() -> None:
    """A line above a title that names an organ of its own (a place's name in it) is still no part of it."""
    text = "首页新闻\n某某街道办事处2023年政府信息公开工作年度报告\n" + BODY
    report, _ = import_text(text, "chrome.txt")
    assert (report.year, report.organ) == (2023, "某某街道办事处")


def _counts(text: str, year: int = 2025) -> list[tuple[str, int]]:
    return [r for s in sentences(text) for r in _read_sentence(s, year)]


def test_a_count_in_xiang() -> None:
    assert _counts("截至2025年12月31日,收到依申请公开事项0项") == [("requests/1/total", 0)]
    assert _counts("2025年,我镇收到政府信息公开申请2项,办结2项") == [("requests/1/total", 2), ("requests/3.7/total", 2)]
    assert _counts("因政府信息公开引起的行政复议0项") == [("appeals/review/total", 0)]
    # what narrows a count still does in 项
    assert _counts("2025年,收到网上政府信息公开申请2项") == []


def test_a_copy_cut_before_its_tables_reads_the_count_in_xiang() -> None:
    text = ("某某县某某镇人民政府2025年政府信息公开工作年度报告\n"
            "本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n"
            "一、总体情况\n（一）主动公开情况\n共主动公开政府信息25条。\n（二）依申请公开情况\n"
            "截至2025年12月31日，收到依申请公开事项0项。\n（三）政府信息管理情况\n落实专人做好政府信息公开各项工作。\n")
    report, _ = import_text(text, "xiang.txt")
    assert report.cells.get("requests/1/total") == 0


def test_an_opening_publishing_its_report_under_the_law_is_the_reports() -> None:
    sentence = "根据《中华人民共和国政府信息公开条例》有关要求，现将某某街道办事处2024年度政府信息工作年度报告予以公开。"
    assert speaks_of_itself(sentence)
    # as a PDF's text layer wraps it: spaces around the figures, a line ending inside 年度报告
    assert speaks_of_itself("根据《中华人民共和国政府信息公开条例》有关要求,现将某某街道办事处 2024 年度政府信息工作年\n"
                            "度报告予以公开。")
    assert not speaks_of_itself("现将某某街道办事处2024年度工作年度报告予以公开。")        # no law named
    assert not speaks_of_itself("根据《中华人民共和国政府信息公开条例》，现将我街道政府信息公开自查年度报告予以公开。")
    text = (sentence + "本报告所列数据的统计期限自2024年1月1日至2024年12月31日。\n"
            "一、总体情况\n（一）主动公开\n累计主动公开政府信息301条。\n（二）依申请公开\n2024年街道未收到政府信息公开申请。\n"
            "（三）政府信息管理\n各科室定期对信息发布情况进行梳理。\n")
    report, _ = import_text(text, "published.txt")
    assert report.year == 2024 and report.cells.get("requests/1/total") == 0


def test_a_none_of_appeals_after_the_work_on_requests_is_named() -> None:
    said = "本年度,我镇严格按照政府信息公开要求,认真做好依申请公开政府信息工作,全年未产生行政复议和行政诉讼情况"
    assert _counts(said, 2024) == [("appeals/review/total", 0), ("appeals/suit_direct/total", 0),
                                   ("appeals/suit_after_review/total", 0)]
    # 社会公众 is every applicant (test_overview_received_and_handled): the none of requests is read too
    assert _counts("本年度我未收到社会公众提出的政府信息公开申请,未发生被行政复议行政诉讼的情况", 2024) == [
        ("requests/1/total", 0), ("appeals/review/total", 0), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]
    assert _counts("全年未产生行政复议和行政诉讼情况", 2024) == []                   # of what, not said
    assert _counts("认真做好依申请公开工作,全年行政复议3件", 2024) == []            # a figure may count others'
    assert _counts("依申请公开工作正常,行政处罚案件未产生行政复议", 2024) == []      # another thing's appeals
