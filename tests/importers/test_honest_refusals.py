"""Refusals and notes that say what is true of the text (a sweep of unseen report excerpts).

南县住房和城乡建设局 2018 (a 绩效评价报告, no 信息公开 report at all): refused as "2019 年以前的…年度报告使用
旧的格式" — the clerk was sent looking for a newer year of a report it never was. 塘下镇 2024, 桃源县统计局
2023: copies of the report holding only its prose, refused as "不像是政府信息公开工作年度报告" although
their words say what they are. 海口市龙华区司法局 2021, an old-style report in prose: 表四 "found" by its
heading （三）、申请行政复议和提起行政诉讼情况 and each row "未找到", nothing saying no row of it was
there. 建水县面甸镇 2025: a town's title over a preamble naming a bureau's report (a slip the report
kept): the title is used, and now the clerk is told of the other name."""

from __future__ import annotations

import pytest

from core.importers.model import ImportError_
from core.importers.text import import_text

PERFORMANCE = ("当前位置: 首页 > 公开领域\n\n"
               "某县住房和城乡建设局2018年度整体支出 绩效评价报告\n\n"
               "为检验预算编制的科学性、合理性,依据《中华人民共和国预算法》等文件的规定,我局已经对2018年度预算绩效"
               "进行自我评价。具体情况报告如下:\n"
               "一、部门概况\n"
               "全局现有在职人员246人,离退休人员85人。\n")


def refusal(text: str) -> str:
    with pytest.raises(ImportError_) as info:
        import_text(text, "x.txt")
    return str(info.value)


def test_another_kind_of_report_is_refused_as_what_it_is() -> None:
    message = refusal(PERFORMANCE)
    assert "不是政府信息公开工作年度报告" in message and "绩效评价报告" in message
    assert "2019 年以前" not in message and "旧的格式" not in message


def test_a_text_never_speaking_of_disclosure_is_refused_as_none() -> None:
    message = refusal("2017年,某县财政局认真做好预算编制工作。\n一、预算执行情况\n全年支出1200万元。\n")
    assert "不是政府信息公开工作年度报告" in message and "没有提到政府信息公开" in message


def test_an_old_report_in_prose_is_still_refused_for_its_old_form() -> None:
    message = refusal("2017年,某乡人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
                      "一、概述\n全年主动公开政府信息35条。\n")
    assert "写的是 2017 年度" in message and "2019 年以前" in message


TANGXIA = ("本报告由某某镇人民政府结合有关统计数据编制。本年度报告中所列数据的统计期限自2024年1月1日起至2024年"
           "12月31日止。\n一、总体情况\n自2024年以来,某某镇政府信息公开工作始终按照上级要求开展。\n"
           "(一)主动公开\n截至2024年12月31日,我镇本年度主动公开政府信息31条。\n")
TAOYUAN = ("一、总体情况\n本年度报告根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求,由某某县统计局编制。"
           "全文包括概述、主动公开政府信息情况等。\n(一)概述\n2023年某某县统计局坚持以公开促落实。\n")


@pytest.mark.parametrize("text", [TANGXIA])
def test_a_copy_of_the_report_without_its_tables_is_told_so(text: str) -> None:
    """Still refused (no title, no table, and no sentence of 一、总体情况 opening with its year: 自2024年以来…,
    截至2024年12月31日…), but not as a text that does not look like a report."""
    message = refusal(text)
    assert "未找到任何统计表" in message and "说明它是政府信息公开工作年度报告" in message
    assert "文字部分" in message and "不像是" not in message


def test_a_copy_of_the_report_whose_overview_opens_with_its_year_is_read_for_its_words() -> None:
    """TAOYUAN was refused like TANGXIA; its 一、总体情况 opens a sentence with its year (2023年某某县统计局坚持…),
    which is now read as the report's year, as a last resort the clerk is told to confirm (``opening_year``):
    its words are kept, every cell of its tables marked not read."""
    report, log = import_text(TAOYUAN, "x.txt")
    assert report.year == 2023 and any("推断为 2023 年" in n and "请确认" in n for n in log.notes)
    assert "art20_1/normative/issued" in report.missing and "某某县统计局坚持" in report.texts["1"]


def test_a_text_not_calling_itself_the_report_keeps_the_plain_refusal() -> None:
    message = refusal("根据《中华人民共和国政府信息公开条例》,现就有关事项通知如下。请各单位按时报送。\n")
    assert "不像是政府信息公开工作年度报告" in message


PROSE_REPORT = ("(一)总体情况\n2021年,某某市某某区司法局认真贯彻落实《中华人民共和国政府信息公开条例》。本报告中所列"
                "数据的统计期限自2021年1月1日至2021年12月31日止。\n"
                "(二)政府信息公开情况\n2021年,我局公开政府信息共16条。\n"
                "申请行政复议和提起行政诉讼情况\n"
                "2021年涉及政府信息公开行政复议0件。涉及政府信息公开行政诉讼0件。\n"
                "(四)、政府信息公开的收费及减免情况\n2021年度我局没有收费的情况。\n")


HEADING_ALONE = PROSE_REPORT.split("2021年涉及")[0]
"""The same report up to 表四's heading: no sentence of 表四 follows it."""

NUMBERED = PROSE_REPORT.replace("申请行政复议和提起行政诉讼情况", "(三)、申请行政复议和提起行政诉讼情况")
"""The report as an old-style one prints it (海口市龙华区司法局 2021): the appeals' heading numbered （三） like the
items before and after it — a sub-heading of the words, not 表四's place."""


@pytest.mark.parametrize("text,maybe", [
    (HEADING_ALONE + "2021年涉及政府信息公开行政复", "原文到此就结束了"),          # an excerpt stopping in it
    (HEADING_ALONE + "\n五、存在的主要问题及改进情况\n信息公开的及时性有待提高。\n", "改用文字叙述"),
    (PROSE_REPORT, "其下是文字叙述"),                                        # sentences, not rows, under it
])
def test_a_table_found_by_its_heading_alone_says_no_row_of_it_was_printed(text: str, maybe: str) -> None:
    report, log = import_text(text, "x.txt")
    appeals = [a for a in report.form.input_addresses() if a.startswith("appeals/")]
    stated = {"appeals/review/total"} if text is PROSE_REPORT else set()
    assert appeals and all(a in report.missing for a in appeals if a not in stated)
    reasons = {report.missing[a] for a in appeals if a not in stated}
    assert len(reasons) == 1
    reason = reasons.pop()
    assert "表四的标题或表头" in reason and "申请行政复议和提起行政诉讼情况" in reason and "没有表四的任何一行" in reason
    assert maybe in reason
    assert any("没有表四的任何一行" in note for note in log.notes)


def test_sentences_under_a_table_heading_with_no_row_are_kept_and_read_as_the_table_in_words() -> None:
    """表四's heading printed as a line of its own (no item's number) with sentences under it, no row: they are the report's words (kept, not dropped as the table's lines), and what they
    state for sure is the table given in words — 行政复议0件 is 行政复议's total; 行政诉讼0件 does not
    say which of its two rows, and is not read onto either."""
    report, log = import_text(PROSE_REPORT, "x.txt")
    kept = "\n".join(report.texts.values())
    assert "申请行政复议和提起行政诉讼情况" in kept and "2021年涉及政府信息公开行政复议0件。" in kept
    assert "(四)、政府信息公开的收费及减免情况" in kept and "2021年度我局没有收费的情况。" in kept
    assert report.cells["appeals/review/total"] == 0 and "appeals/review/total" not in report.missing
    assert report.cells.get("appeals/suit_direct/total") is None and "appeals/suit_direct/total" in report.missing
    assert any("按正文所述读取了 1 项" in note and "行政复议 / 总计 为 0" in note for note in log.notes)


def test_a_numbered_sub_heading_of_the_appeals_is_the_overviews_words_not_tables_place() -> None:
    """（三）、申请行政复议和提起行政诉讼情况 among （一）…（四） with no 一、 above it (海口市龙华区司法局 2021)
    was taken for 表四's place, its sentences read with the table's own grammar only: 行政复议's
    results said after its total (其中结果维持0件;…) went unread. As 一's words they are read."""
    text = NUMBERED.replace("行政复议0件。", "行政复议0件。其中结果维持0件;结果纠正0件;其他结果0件;尚未审结0件。")
    report, log = import_text(text, "x.txt")
    assert not any("没有表四的任何一行" in note for note in log.notes)
    assert "(三)、申请行政复议和提起行政诉讼情况" in "\n".join(report.texts.values())
    review = {a: report.cells.get(a) for a in report.form.input_addresses() if a.startswith("appeals/review/")}
    assert review == {"appeals/review/upheld": 0, "appeals/review/corrected": 0, "appeals/review/other": 0,
                      "appeals/review/pending": 0}
    assert report.cells["appeals/suit_direct/total"] == 0 and report.cells["appeals/suit_after_review/total"] == 0
    assert all("未找到表四" in report.missing[a] for a in report.form.input_addresses()
               if a.startswith("appeals/") and report.cells.get(a) is None)


@pytest.mark.parametrize("heading", ["(3)申请行政复议和提起行政诉讼情况", "（三）行政复议和行政诉讼",
                                     "申请行政复议和提起行政诉讼情况"])
def test_a_heading_not_a_numbered_sub_heading_ending_in_its_matter_keeps_its_reading(heading: str) -> None:
    """Negative: only an item numbered （一）（二）（三）… and ending in 情况/方面 heads words of its own. An
    item numbered (3), （三） naming the appeals alone, or no number, keeps 表四's place: its words are
    read with the table's own grammar, which takes the total alone."""
    text = PROSE_REPORT.replace("行政复议0件。", "行政复议0件。其中结果维持0件;结果纠正0件;其他结果0件;尚未审结0件。")
    report, log = import_text(text.replace("申请行政复议和提起行政诉讼情况", heading), "x.txt")
    assert any("没有表四的任何一行" in note for note in log.notes)
    assert report.cells["appeals/review/total"] == 0 and report.cells.get("appeals/review/upheld") is None


def test_the_words_under_a_table_heading_stop_at_the_next_sub_heading() -> None:
    """The next sub-heading's sentence after 表四's words is no part of the table given in words."""
    text = PROSE_REPORT.replace("2021年度我局没有收费的情况。", "2021年度我局办理其他行政复议3件。")
    report, _ = import_text(text, "x.txt")
    assert report.cells["appeals/review/total"] == 0


def test_a_row_printed_but_not_made_out_is_not_called_absent() -> None:
    """政府集中采购1个246900元 under 第二十条第(九)项: the row is there; its cells are not "no row"."""
    text = ("某某局2019年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息35条。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
            "规章 | 0 | 0 | 0\n规范性文件 | 0 | 0 | 0\n"
            "第二十条第(九)项\n信息内容\n采购项目数量\n采购总金额\n政府集中采购1个246900元\n"
            "三、收到和处理政府信息公开申请情况\n")
    report, log = import_text(text, "x.txt")
    assert report.form.format == "2019"
    assert not any("标题或表头" in why for why in report.missing.values())


TITLE = "某某县某某镇2025年政府信息公开工作年度报告\n"
BODY = ("一、总体情况\n2025年,某某镇人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
        "规章 | 0 | 0 | 0\n规范性文件 | 1 | 0 | 3\n")


def preamble(organ: str) -> str:
    return (f"根据《中华人民共和国政府信息公开条例》要求,现公布{organ}2025年度政府信息公开工作年度报告。"
            "所列数据统计时限为2025年1月1日至2025年12月31日。\n")


def test_a_preamble_naming_another_organs_report_is_noted() -> None:
    report, log = import_text(TITLE + preamble("某某县民族宗教事务局") + BODY, "x.txt")
    assert report.organ == "某某县某某镇"
    notes = [n for n in log.notes if "某某县民族宗教事务局" in n]
    assert len(notes) == 1 and "某某县某某镇" in notes[0] and "请核对" in notes[0]


@pytest.mark.parametrize("organ", ["某某镇人民政府", "某某县某某镇人民政府"])
def test_the_same_organ_named_otherwise_is_no_conflict(organ: str) -> None:
    _, log = import_text(TITLE + preamble(organ) + BODY, "x.txt")
    assert not any("不是同一单位" in n for n in log.notes)


def test_two_tables_of_one_section_given_in_words_each_keep_their_own_words() -> None:
    """表二's （一） and （五） both printed as a heading with a sentence under it: each heading's
    sentence is its own table in words. Keyed by their shared section 二, the second's words stood
    for both, and what （一） said was lost. A sentence that opens with a row's label (行政规范性文件本年
    制发2件，…。) is words, not the row printed and not made out: it was dropped as the table's line."""
    text = ("某某县某某局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，某某局认真落实条例。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项\n行政规范性文件本年制发2件，废止1件，现行有效12件。\n"
            "第二十条第（五）项\n2022年我局作出行政许可决定35件。\n"
            "三、收到和处理政府信息公开申请情况\n2022年我局未收到政府信息公开申请。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n未发生行政复议、行政诉讼。\n")
    report, _ = import_text(text, "x.txt")
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [2, 1, 12]
    assert report.cells["art20_5/license/decisions"] == 35
    assert "行政规范性文件本年制发2件，废止1件，现行有效12件。" in report.texts["2"]
