"""A copy cut inside 一、总体情况 (a search excerpt, a page copied in part): the totals of 表三 and 表四
its （二）依申请公开 states in words are read, exactly — the whole count, by the row's own verb —
noted, their tables doubtful; anything narrower or less plain is left unread (issue 17).

The three false readings a looser reading made (平武统计局's organisations-only "未收到…", 铜川统计局's
"全年无…申请结转…", 东湖街道's "答复…3件、纸质申请36件") are here as synthetic text, each left unread."""

from __future__ import annotations

from typing import Any

import pytest
from corpus_import import entries

from core.check_output import check_record
from core.importers import import_bytes, import_file
from core.importers.confidence import DOUBT, confidence
from core.importers.overview_counts import _read_sentence, overview_counts
from core.importers.overview_text import sentences
from core.registry import form_for_year
from core.validate import validate

TOTALS = ("requests/1/total", "requests/2/total", "requests/3.7/total", "requests/4/total",
          "appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")


def _copy(applications: str) -> bytes:
    """A 2023 report's copy cut in 一、总体情况 (三), before any table, its （二） ``applications``."""
    return ("某县某某镇2023年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n"
            "（一）主动公开\n2023年，我镇主动公开政府信息120条。\n"
            f"（二）依申请公开\n{applications}\n"
            "（三）政府信息管理\n进一步加强信息发布的审核和管理，确保信息的").encode()


def _read(applications: str) -> tuple[dict[str, Any], dict[str, str], list[str], Any]:
    report, log = import_bytes(_copy(applications), "某某镇.txt")
    return ({a: report.cells.get(a) for a in TOTALS if a not in report.missing},
            {a: log.read[a] for a in TOTALS if a in log.read}, report.notes, report)


def test_the_four_totals_and_the_appeals_stated_in_words_are_read_noted_and_doubtful() -> None:
    cells, read, notes, report = _read("2023年，我镇收到政府信息公开申请3件，上年结转1件，当年办结4件，结转下年度0件。"
                                       "未发生因政府信息公开引起的行政复议和行政诉讼。")
    assert cells == {"requests/1/total": 3, "requests/2/total": 1, "requests/3.7/total": 4, "requests/4/total": 0,
                     "appeals/review/total": 0, "appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}
    assert read["requests/1/total"].startswith("从正文读取：“2023年，我镇收到政府信息公开申请3件")
    assert any(n.startswith("原文中没有表三的表格") and "按“一、总体情况”的文字读取了 4 项" in n for n in notes)
    assert any(n.startswith("原文中没有表四的表格") for n in notes)
    assert report.origins["requests/1/total"].source.endswith("从正文读取：“我镇收到政府信息公开申请3件”")
    assert "requests/1/natural" in report.missing          # never a column of an applicant kind
    assert "requests/3.1/total" in report.missing          # nor a result row
    levels = {t.table: t.level for t in confidence(report, validate(report))}
    assert levels["requests"] == DOUBT and levels["appeals"] == DOUBT


def test_a_zero_said_in_words_only_where_it_means_nothing_else() -> None:
    cells, _, _, _ = _read("本年度未收到政府信息公开申请，也没有上年结转的申请。无因政府信息公开申请行政复议、提起行政诉讼的情况。")
    assert cells == {"requests/1/total": 0, "requests/2/total": 0, "appeals/review/total": 0,
                     "appeals/suit_direct/total": 0, "appeals/suit_after_review/total": 0}


@pytest.mark.parametrize("words", [
    "2023年，我局未收到法人或者其他组织提出的政府信息公开申请。",          # 平武统计局: organisations only
    "全年无政府信息公开申请结转办理情况及政府信息公开行政复议、诉讼处理情况等。",  # 铜川统计局
    "全年答复信息公开申请3件、纸质申请36件。",                              # 东湖街道
    "全年通过网上平台收到政府信息公开申请5件，信函申请2件。",
    "共收到政府信息公开申请0件，其中自然人申请0件。2022年收到政府信息公开申请4件。",
])
def test_the_false_patterns_leave_the_cells_unread(words: str) -> None:
    cells, _, _, _ = _read(words)
    assert set(cells) <= {"requests/1/total"}
    if "\u5176\u4e2d" in words:
        assert cells == {"requests/1/total": 0}            # the whole count before 其中; not 2022's
    else:
        assert cells == {}


def test_the_false_patterns_sentence_by_sentence() -> None:
    assert _read_sentence("未收到法人或者其他组织提出的政府信息公开申请", 2024) == []
    assert _read_sentence("全年无政府信息公开申请结转办理情况及政府信息公开行政复议、诉讼处理情况等", 2024) == []
    assert _read_sentence("答复信息公开申请3件、纸质申请36件", 2024) == []
    assert _read_sentence("受理行政许可申请3000件", 2024) == []
    assert _read_sentence("收到申请5件", 2024) == []                   # whose applications: not said
    assert _read_sentence("共收到政府信息公开申请5件，办结上年结转申请1件", 2024) == [("requests/1/total", 5)]
    assert _read_sentence("行政复议被纠错0件", 2024) == []
    assert _read_sentence("因政府信息公开被提起行政诉讼2件", 2024) == []  # its two rows' split: not said
    assert _read_sentence("上年度,我局共收到政府信息公开申请5件", 2024) == []   # another year's
    assert _read_sentence("2023年,我局共收到政府信息公开申请5件", 2024) == []
    assert _read_sentence("上年度我局共收到政府信息公开申请5件", 2024) == []
    assert _read_sentence("收到政府信息公开申请2件网上申请1件", 2024) == []   # run on into a part
    assert _read_sentence("收到政府信息公开申请2件没有答复", 2024) == []       # run on into words not a clause's opening


def test_the_forms_of_the_corpus_are_read() -> None:
    """As the corpus's copies say them (pagesai-*, pagesak-*, pagesal-*)."""
    assert _read_sentence("2022年尧坝镇共受理政府信息依申请公开0件,2021年未转结政府信息公开申请,"
                          "进入行政复议程序和行政诉讼程序均为0件", 2022) == [
        ("requests/1/total", 0), ("requests/2/total", 0), ("appeals/review/total", 0),
        ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]
    assert _read_sentence("2023年,廿三里街道共受理政府信息公开申请16件,上年结转政府信息公开办理数量1件,"
                          "共办结政府信息公开申请16件,结转至2024年办理1件", 2023) == [
        ("requests/1/total", 16), ("requests/2/total", 1), ("requests/3.7/total", 16), ("requests/4/total", 1)]
    assert _read_sentence("全年共收到依申请公开16件,其中15件按时办结完毕,1件结转下年度继续办理,"
                          "未发生行政复议和行政诉讼", 2022) == [
        ("requests/1/total", 16), ("appeals/review/total", 0), ("appeals/suit_direct/total", 0),
        ("appeals/suit_after_review/total", 0)]            # after 其中 only a "none" of appeals
    assert _read_sentence("无针对本部门有关政府信息公开事务的行政复议、诉讼、申诉案例", 2025) == [
        ("appeals/review/total", 0), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]


def test_a_copy_reaching_a_table_is_read_for_the_tables_it_lacks_only() -> None:
    """A copy printing 表二 (or 表三 without 表四) and cut before the rest: the tables it lacks are read
    from the overview's words, a table it prints never; 三（七） only where the copy holds no table."""
    form = form_for_year(2023)
    texts = {"1.2": "收到政府信息公开申请3件，上年结转0件，办结3件，未发生行政复议和行政诉讼"}
    alone = overview_counts(form, list(form.tables), texts, 2023)
    assert [s.address for s in alone["requests"]] == ["requests/1/total", "requests/2/total", "requests/3.7/total"]
    past_table_two = overview_counts(form, list(form.tables[4:]), texts, 2023)
    assert [s.address for s in past_table_two["requests"]] == ["requests/1/total", "requests/2/total"]
    assert len(past_table_two["appeals"]) == 3
    requests_printed = overview_counts(form, [t for t in form.tables if t.id != "requests"], texts, 2023)
    assert set(requests_printed) == {"appeals"}


def test_a_table_given_as_a_picture_under_its_heading_is_read_from_the_overview_too() -> None:
    """三、 and 四、's headings printed over nothing (the tables were pictures on the page): 一's words
    about the year's requests and appeals are read as for a copy cut before them, and the note says
    so (the import preview shows each table as doubtful, for confirmation)."""
    text = ("某县某某局2023年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n（一）主动公开\n2023年，我局主动公开政府信息120条。\n"
            "（二）依申请公开\n2023年，我局未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼案件。\n"
            "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
            "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n"
            "公开内容还不够丰富。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n")
    report, log = import_bytes(text.encode("utf-8"), "x.txt")
    assert report.cells["requests/1/total"] == 0 and "requests/1/total" not in report.missing
    assert [report.cells[a] for a in ("appeals/review/total", "appeals/suit_direct/total",
                                      "appeals/suit_after_review/total")] == [0, 0, 0]
    assert report.cells.get("requests/2/total") is None and "requests/2/total" in report.missing
    assert any("按“一、总体情况”的文字读取了" in note and "表三" in note for note in log.notes)
    levels = {t.table: t.level for t in confidence(report, validate(report))}
    assert levels["requests"] == DOUBT and levels["appeals"] == DOUBT


def _cut_after_table_two(applications: str) -> bytes:
    """A 2023 report's copy printing 一、总体情况 and 表二, cut before 表三."""
    return ("某县某某局2023年政府信息公开工作年度报告\n"
            "本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n（一）主动公开\n2023年，我局主动公开政府信息120条。\n"
            f"（二）依申请公开\n{applications}\n"
            "二、主动公开政府信息情况\n"
            "第二十条第（一）项 | | |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "规章 | 0 | 0 | 0 |\n行政规范性文件 | 1 | 0 | 3 |\n"
            "第二十条第（五）项 | |\n信息内容 | 本年处理决定数量 |\n行政许可 | 12 |\n").encode()


def test_a_copy_cut_after_table_two_reads_the_words_noted_and_doubtful() -> None:
    """As the corpus's copies reaching 表二 say it (pagesp-yangxian-zrzyj-2023): the cells, each cell's
    origin the words, the note, the tables doubtful (the import preview and check --json say so)."""
    report, log = import_bytes(_cut_after_table_two(
        "2023年，我局收到政府信息公开申请2件，已答复2件，办结2件，未发生因政府信息公开引起的行政复议申请和行政诉讼。"), "某某局.txt")
    assert report.cells["art20_5/license/decisions"] == 12             # the table it prints, from the table
    cells = {a: report.cells.get(a) for a in TOTALS if a not in report.missing}
    assert cells == {"requests/1/total": 2, "appeals/review/total": 0, "appeals/suit_direct/total": 0,
                     "appeals/suit_after_review/total": 0}          # 办结2件: not 三（七） in such a copy
    assert report.origins["requests/1/total"].source.endswith("从正文读取：“我局收到政府信息公开申请2件”")
    assert log.read["requests/1/total"].startswith("从正文读取：“2023年，我局收到政府信息公开申请2件")
    assert any(n.startswith("原文中没有表三的表格") for n in report.notes)
    levels = {t.table: t.level for t in confidence(report, validate(report))}
    assert levels["requests"] == DOUBT and levels["appeals"] == DOUBT
    record = check_record("某某局.txt", report, validate(report))
    assert {t["table"]: t["confidence"] for t in record["import"]["tables"]}["requests"] == DOUBT
    assert record["origin"]["requests/1/total"]["source"].endswith("从正文读取：“我局收到政府信息公开申请2件”")


@pytest.mark.parametrize("words", [
    "2023年，街道共受理政府信息公开申请10件，其中2件按规定程序办结。",     # 受理: last year's may be among them
    "截至目前，2023年我区公开行政规范性文件2件，接收政府信息公开申请13件。",  # up to a day not named
    "2023年我区无依申请公开的政府信息。",                                # no information given: not no request
    "全年无依申请公开政府信息，无因政府信息公开工作发生的行政复议和行政诉讼。",
])
def test_the_false_readings_of_copies_reaching_table_two_are_left_unread(words: str) -> None:
    """The patterns a person judged not the row's whole, reading the corpus's copies cut after 表二."""
    report, _ = import_bytes(_cut_after_table_two(words), "某某局.txt")
    assert not any(a.startswith("requests/") for a in TOTALS if a not in report.missing)


def test_the_narrowings_sentence_by_sentence() -> None:
    assert _read_sentence("截至目前,2022年我区接收政府信息公开申请13件,产生行政复议及行政诉讼0件", 2022) == []
    assert _read_sentence("2019年沙依巴克区无依申请公开的政府信息", 2019) == []
    assert _read_sentence("我街道2020年度无依申请公开情况", 2020) == [("requests/1/total", 0)]
    assert _read_sentence("2020年没有依申请公开政府信息情况", 2020) == [("requests/1/total", 0)]
    assert _read_sentence("2022年未收到依申请公开政府信息申请", 2022) == [("requests/1/total", 0)]
    assert _read_sentence("收到政府信息公开申请5件,目前已全部答复", 2022) == [("requests/1/total", 5)]


def test_a_report_whose_tables_are_printed_reads_none_of_this() -> None:
    """The overview's words never stand in for a table the copy prints."""
    source = next(s for m, s in entries() if m["id"] == "pagesak-ninghe-qilihai-2023")
    _, log = import_file(source)
    assert not any(v.startswith("从正文读取") for v in log.read.values())


def test_accepted_is_new_only_beside_what_was_carried_in() -> None:
    """受理 (accepted) may count last year's carried over too: alone (受理…46件,办结44件) it is not
    一、本年新收; beside a 上年结转 of its own sentence it is."""
    assert _read_sentence("2022年受理政府信息依申请公开事项46件,办结44件", 2022) == [("requests/3.7/total", 44)]
    assert _read_sentence("共受理政府信息公开申请16件,上年结转政府信息公开办理数量1件", 2023) == [
        ("requests/1/total", 16), ("requests/2/total", 1)]


def test_requests_named_by_what_they_ask_for_and_an_office_as_the_subject() -> None:
    """收到依申请公开政府信息N件 names the requests by what they ask for (重庆市大足区发改委, 闽侯县政府办);
    我办/本办 is an office naming itself, the clause's subject, not the verb 办 of another count."""
    assert _read_sentence("本年度我办共收到依申请公开政府信息12件,已答复12件", 2023) == [("requests/1/total", 12)]
    assert _read_sentence("区发展改革委收到依申请公开政府信息8件", 2023) == [("requests/1/total", 8)]
    assert _read_sentence("收到公开政府信息5件", 2023) == []            # what was published, not requests
    assert _read_sentence("我办理依申请公开政府信息5件", 2023) == []        # 办理: another verb's figure
    cells, _, _, _ = _read("本年度我办共收到依申请公开政府信息12件。")
    assert cells == {"requests/1/total": 12}


def test_the_figure_before_the_words_naming_the_requests() -> None:
    """收到2件政府信息公开申请 (揭阳市榕城区农业农村局): the same count, the words after the figure; they
    must name the requests (收到5件申请, 收到公开政府信息2条: whose, or what was published — unread)."""
    assert _read_sentence("2022年,我局收到2件政府信息公开申请", 2022) == [("requests/1/total", 2)]
    assert _read_sentence("收到2件政府信息公开申请,结转下年度1件", 2022) == [
        ("requests/1/total", 2), ("requests/4/total", 1)]
    assert _read_sentence("收到5件申请", 2022) == []
    assert _read_sentence("全年共收到公开政府信息2条", 2022) == []
    assert _read_sentence("收到3件政府信息公开申请和2件信访", 2022) == []


def test_received_and_handled_and_a_count_in_times_are_the_years_new_requests() -> None:
    """收到和办理 reads as 收到和处理 does (高平市政府办 2022: "全年共收到和办理依申请公开12件"), and 次 is a
    count's unit as 件 is (湟源县政府办 2021: "收到政府信息公开申请0次"); before, both were left unread."""
    assert _read_sentence("全年共收到和办理依申请公开12件,其中自然人申请件12件", 2022) == [("requests/1/total", 12)]
    assert _read_sentence("2021年我收到政府信息公开申请0次,按照程序已公开", 2021) == [("requests/1/total", 0)]
    assert _read_sentence("全年受理和办理政府信息公开申请5件", 2022) == []      # 受理 alone: not read
    assert _read_sentence("全年共收到和办理政府信息公开咨询5次", 2022) == []    # 咨询: something else


def test_a_copy_cut_inside_section_one_with_no_heading_at_all_is_read() -> None:
    """微山县高楼乡 2023 as a search engine stores it: 本报告… paragraphs, then section 一 without its
    heading — an opening paragraph and (一)…(三) — cut before 二, so no heading of the form is printed
    anywhere. Before: the whole text was the preamble, and (二)'s words were never read."""
    text = ("本报告由某某乡人民政府按照《中华人民共和国政府信息公开条例》要求编制。\n"
            "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "今年以来,我乡有序推进政府信息公开工作。\n"
            "(一)主动公开情况\n2023年,某某乡累计发布各类信息90条。\n"
            "(二)依申请公开情况\n2023年我乡收到依申请公开件1件,均在规定时间内规范答复,未出现被行政诉讼、行政复议情况。\n"
            "(三)政府信息管理情况\n严格内容发布管理。\n")
    report, log = import_bytes(text.encode(), "某某乡.txt")
    assert report.texts["preamble"].startswith("本报告由某某乡人民政府") and "今年以来" not in report.texts["preamble"]
    assert report.texts["1.2"].startswith("(二)依申请公开情况")
    assert {a: report.cells.get(a) for a in TOTALS if a not in report.missing} == {
        "requests/1/total": 1, "appeals/review/total": 0, "appeals/suit_direct/total": 0,
        "appeals/suit_after_review/total": 0}
    assert any("原文没有“一、总体情况”这一标题" in n for n in log.notes)


def test_an_aside_in_brackets_holding_its_own_commas_is_left_out_whole() -> None:
    """收到…44件(其中:网上申请42件,现场申请0件,邮寄2件),上年度结转0件,本年度办结39件 (杭州市卫生健康委
    2023): the aside's commas cut it across clauses, its 其中 then made every count after it a part.
    The aside is taken out of the sentence before it is cut into clauses; a bracket left open is
    no aside and still stops the reading."""
    assert _read_sentence("2023年,我委收到政府信息公开申请44件(其中:网上申请42件,现场申请0件,邮寄2件),"
                          "上年度结转0件,本年度办结39件", 2023) == [
        ("requests/1/total", 44), ("requests/2/total", 0), ("requests/3.7/total", 39)]
    assert _read_sentence("收到政府信息公开申请44件(其中:网上申请42件,现场申请0件,本年度办结39件", 2023) == []


def test_carried_in_said_verb_first_and_what_is_left_carried_out() -> None:
    """武汉市公安局 2024: "全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件,剩余26件
    结转下年度办理" — 收 before the requests' own name, 结转上年度 (carried in, said verb first) and the
    figure before 结转下年度. Before: 结转上年度 read as another year's clause and ended the reading."""
    assert _read_sentence("全年收政府信息公开申请464件,结转上年度政府信息公开申请3件,本年度办结441件,"
                          "剩余26件结转下年度办理", 2024) == [
        ("requests/1/total", 464), ("requests/2/total", 3), ("requests/3.7/total", 441),
        ("requests/4/total", 26)]
    assert _read_sentence("全年征收土地12件", 2024) == []                      # 收 not before the requests' name
    assert _read_sentence("收到政府信息公开申请5件,其中2件结转下年度办理", 2024) == [("requests/1/total", 5)]
    assert _read_sentence("剩余3件结转下年度办理", 2024) == []                  # whose, the sentence does not say


def test_an_aside_that_splits_the_count_among_rows_leaves_its_clause_unread() -> None:
    """Asides are taken out before a sentence is cut into clauses, so one listing channels (其中:网上申请
    42件,邮寄2件) no longer hides the counts after it; but one saying what a count holds (其中本年新收3件,
    上年结转2件; 包括上年度结转申请) makes that count no row's alone: its clause is not read — save an aside
    saying only how many of last year's carried over a count received holds (含上年结转2件): 二 those, 一 the rest
    (helper 184)."""
    assert _read_sentence("2023年,收到政府信息公开申请5件(其中本年新收3件,上年结转2件)", 2023) == []
    assert _read_sentence("2023年,收到政府信息公开申请5件(含上年结转2件)", 2023) == [
        ("requests/1/total", 3), ("requests/2/total", 2)]
    assert _read_sentence("2023年,收到政府信息公开申请5件(包括上年度结转申请)", 2023) == []
    assert _read_sentence("2023年,共收到政府信息公开申请44件(其中:网上申请42件,邮寄2件),上年度结转0件", 2023) == [
        ("requests/1/total", 44), ("requests/2/total", 0)]
    assert _read_sentence("本年度共收到依申请公开政府信息84件,已办结84件(含上一年结转1件)", 2023) == [
        ("requests/1/total", 84), ("requests/3.7/total", 84)]    # decided, last year's among them: 三（七） whole
    assert _read_sentence("本年度共收到依申请公开政府信息84件,已办理84件(含上一年结转1件)", 2023) == [
        ("requests/1/total", 84)]


def test_a_heading_run_on_into_its_first_sentence_is_taken_off() -> None:
    """A PDF joins a subsection's heading line to the paragraph under it (the corpus's copies printed
    to PDF): the heading is read as the sentence apart it is on a line of its own, no more, no less."""
    def read(text: str) -> list[tuple[str, int]]:
        return [r for s in sentences(text) for r in _read_sentence(s, 2021)]

    assert read("(二)收到和处理政府信息公开申请情况2021年我乡未收到政府信息公开申请") == [("requests/1/total", 0)]
    assert read("(二)依申请公开全年无依申请公开的情况") == [("requests/1/total", 0)]
    assert read("(三)因政府信息公开申请行政复议、提起行政诉讼的情况乡没有因政府信息公开申请行政复议、"
                "提起行政诉讼的情况") == [
        ("appeals/review/total", 0), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]
    assert sentences("(二)依申请公开情况") == ["(二)依申请公开情况"]
    assert sentences("(二)依申请公开工作不断规范") == ["(二)依申请公开工作不断规范"]
    # a first clause with a figure is no heading: (二)2023年…情况,… is left whole
    assert sentences("(二)2023年未发生行政复议情况,也未收到政府信息公开申请") == [
        "(二)2023年未发生行政复议情况,也未收到政府信息公开申请"]
    cells, _, _, _ = _read("（二）依申请公开情况2023年我镇收到政府信息公开申请3件，上年结转1件。")
    assert cells == {"requests/1/total": 3, "requests/2/total": 1}


def test_a_listed_item_whose_answer_is_none_is_read_as_none() -> None:
    """The pre-2019 layout kept as a numbered list in 一、总体情况 (舟曲县八楞乡 2021: "5、因政府信息公开
    申请行政复议、提起行政诉讼的情况:无。"): the item's number is no figure of it, and "…情况：无" is the
    whole item negated — the same as 无因…行政复议、提起行政诉讼的情况. Nothing else is read so."""
    none = [("appeals/review/total", 0), ("appeals/suit_direct/total", 0), ("appeals/suit_after_review/total", 0)]
    assert _read_sentence("5、因政府信息公开申请行政复议、提起行政诉讼的情况:无", 2021) == none
    assert _read_sentence("因政府信息公开申请行政复议、提起行政诉讼的情况：没有", 2021) == none
    assert _read_sentence("2、收到政府信息公开申请3件", 2021) == [("requests/1/total", 3)]
    # not the item's whole answer, or another item's: left unread
    assert _read_sentence("5、因政府信息公开申请行政复议、提起行政诉讼的情况:无法统计", 2021) == []
    assert _read_sentence("政府信息公开的收费及减免情况:无", 2021) == []
    assert _read_sentence("行政复议被纠错的情况:无", 2021) == []
    assert _read_sentence("2、行政机关依申请公开政府信息的数量:无", 2021) == []   # information, or requests?
    assert _read_sentence("12.5、收到政府信息公开申请3件", 2021) == []
    cells, _, _, _ = _read("1、主动公开政府信息的情况:40条。 5、因政府信息公开申请行政复议、提起行政诉讼的情况:无。")
    assert cells == dict(none)


def test_no_request_for_government_information_is_read_as_none() -> None:
    """没有收到依申请公开政府信息的申请 (龙田镇 2021): 政府信息的 between 依申请公开 and 申请 names the requests
    still; 无依申请公开的政府信息 (no information given on request) stays unread."""
    assert _read_sentence("2021年,我镇没有收到依申请公开政府信息的申请", 2021) == [("requests/1/total", 0)]
    assert _read_sentence("2021年无依申请公开政府信息的情况", 2021) == [("requests/1/total", 0)]
    assert _read_sentence("2021年无依申请公开的政府信息", 2021) == []
    assert _read_sentence("2021年没有收到依申请公开政府信息的申请人", 2021) == []


def test_rows_joined_by_the_enumeration_comma_are_read_as_clauses() -> None:
    """新收…N件、上年度结转M件 (四川省自然资源厅 2023): a count, 、, and the next row's own verb — the
    clauses each row's, as if a comma stood there. Before, the two were one clause, and neither was read.
    A 、 before words that are no row's verb still joins one clause (答复…3件、纸质申请36件, 咨询)."""
    assert _read_sentence("2023年度新收政府信息公开申请12件、上年度结转3件;年度办结13件、结转下一年度2件", 2023) == [
        ("requests/1/total", 12), ("requests/2/total", 3), ("requests/3.7/total", 13), ("requests/4/total", 2)]
    assert _read_sentence("予以公开3件、部分公开4件、无法提供1件、结转下年度办理2件", 2023) == []   # no subject
    assert _read_sentence("收到政府信息公开申请5件、咨询8件", 2023) == []
    # the words after 、 must be a count of their own, ended: not a rate (桐梓县交通运输局 2024)
    assert _read_sentence("全年共收到政府信息公开申请0件,已办结0件、办结率100%", 2024) == [("requests/1/total", 0)]
    assert _read_sentence("收到政府信息公开申请5件,其中网上申请3件、上年结转1件", 2023) == [("requests/1/total", 5)]


def test_a_count_holding_last_years_requests_still_names_the_sentences_subject() -> None:
    """办理…申请151件(含上年结转13件),办结146件,结转下年度继续办理5件 (陕西省生态环境厅 2021): the count
    with its aside is no row's alone, but it names the requests, so the clauses after it (办结, 结转下年度) are
    theirs — and where they add up to it, it is the desk's whole: 二 the aside's (``overview_handled``; 一, a sum, not).
    Not when that count is narrowed or another time's."""
    assert _read_sentence("2021年依法办理、规范答复政府信息公开申请20件(含上年结转2件),办结18件,"
                          "结转下年度继续办理2件", 2021) == [("requests/3.7/total", 18), ("requests/4/total", 2),
                                                           ("requests/2/total", 2)]
    assert _read_sentence("2021年依法办理、规范答复政府信息公开申请20件(含上年结转2件),办结17件,"
                          "结转下年度继续办理2件", 2021) == [("requests/3.7/total", 17), ("requests/4/total", 2)]
    assert _read_sentence("网上办理政府信息公开申请20件(含上年结转2件),办结18件", 2021) == []
    assert _read_sentence("上年度办理政府信息公开申请20件(含上年结转2件),办结18件", 2021) == []
    assert _read_sentence("2020年办理政府信息公开申请20件(含上年结转2件),办结18件", 2021) == []
