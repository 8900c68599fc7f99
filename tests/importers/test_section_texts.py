"""The words of each section as the importer splits a report (an audit of the corpus's section
texts, helper 82): they are carried into next year's report and read by the prose checks, so a
sentence lost, broken or put under another heading is a wrong report, or a wrong finding."""

from __future__ import annotations

import re

import pytest

from core.importers.text import import_text
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"          # 2021 form, every cell 0


def _sections(style: str, extra: dict[str, str]) -> tuple[str, dict[str, object]]:
    """The seed's tables copied in ``style``, a sentence put under the headings named in ``extra``."""
    report = fixture(SEED)
    text = table_text(report, style)
    for heading, words in extra.items():
        text = text.replace(heading + "\n", f"{heading}\n{words}\n", 1)
    return text, dict(report.cells)


def test_a_sentence_under_four_before_its_table_is_that_sections() -> None:
    """四、政府信息公开行政复议、行政诉讼情况 holds both of 表四's anchor words (行政复议, 行政诉讼):
    the table was taken to start at the heading, and the sentence under it was read as neither cells
    nor text — dropped without a word."""
    for style in ("tab", "lines"):
        text, cells = _sections(style, {"四、政府信息公开行政复议、行政诉讼情况": "本年度未发生行政复议、行政诉讼案件。"})
        got, _ = import_text(text, "x.txt")
        assert differences(got, cells) == []
        assert got.texts.get("4") == "本年度未发生行政复议、行政诉讼案件。", (style, got.texts)


@pytest.mark.parametrize("subheading", ["（四）申请行政复议和提起行政诉讼情况。", "（三）因政府信息公开申请行政复议、提起行政诉讼的情况",
                                        "5.因政府信息公开申请提起行政复议、行政诉讼的情况"])
def test_a_subheading_naming_the_appeals_is_section_ones(subheading: str) -> None:
    """A subheading of 一 naming 行政复议 and 行政诉讼, in a copy that stops before 表四 (攀枝花市
    西区审计局 2020, 上思县南屏瑶族乡 2021, 通榆县团结乡 2020): an item of the prose, not 表四's
    header; the table was taken to start there, and the rest of 一 was lost."""
    text, cells = _sections("lines", {})
    text = text[:text.index("四、政府信息公开行政复议")]
    cells = {a: v for a, v in cells.items() if not a.startswith("appeals/")}
    text = text.replace("二、主动公开政府信息情况\n", "一、总体情况\n（一）主动公开情况。\n本年主动公开信息149条。\n"
                        f"{subheading}\n本年行政复议0件，行政诉讼0件。\n（五）监督保障\n开展自查2次。\n二、主动公开政府信息情况\n")
    got, _ = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert "本年行政复议0件，行政诉讼0件。\n（五）监督保障\n开展自查2次。" in got.texts.get("1", ""), got.texts
    assert all(a in got.missing and "未找到表四" in got.missing[a] for a in fixture(SEED).cells if a.startswith("appeals/"))


def _run_together(extra: dict[str, str]) -> tuple[str, dict[str, object]]:
    """A crawler's copy of the seed: the title, then the whole page on one line."""
    text, cells = _sections("space", {})
    title, rest = text.split("\n", 1)
    body = " ".join(rest.splitlines()) + " 六、其他需要报告的事项 无。"
    for heading, words in extra.items():
        body = body.replace(heading, heading + " " + words, 1)
    return title + "\n" + body + "\n", cells


def test_a_header_word_inside_a_sentence_of_a_run_together_page_stays_in_it() -> None:
    """其他 and 行政诉讼 are words of the tables' headers; cut onto lines of their own wherever they
    stood, they broke the sentences of a run-together page into pieces (…24条、⏎其他⏎应主动公开…),
    and a heading worded 四、…行政复议与行政诉讼情况 lost its end."""
    text, cells = _run_together({
        "二、主动公开政府信息情况": "主动公开科教文体类信息24条、其他应主动公开的政府信息94条。",
        "四、政府信息公开行政复议、行政诉讼情况": "本年度未发生政府信息公开行政复议及行政诉讼有关情况。"})
    text = text.replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议与行政诉讼情况")
    got, log = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert got.texts.get("2") == "主动公开科教文体类信息24条、其他应主动公开的政府信息94条。", got.texts
    assert got.texts.get("4") == "本年度未发生政府信息公开行政复议及行政诉讼有关情况。", got.texts
    assert not any("第四部分标题" in n for n in log.notes), log.notes


def test_subsections_run_into_one_paragraph_are_cut_at_their_numbering() -> None:
    """A page that ran together holds 一 in one paragraph: （二）… after a sentence's end is where its
    second subsection starts. 一 was one text holding all five (its 1.1–1.5 empty); the list markup
    of a page exported from Word (<!--[if !supportLists]-->) is no word of it."""
    one = ("本年度我局扎实推进政务公开工作。（一）主动公开情况。全年公开信息120条。（二）依申请公开情况。"
           "全年收到申请3件。<!--[if !supportLists]-->（三）<!--[endif]-->政府信息管理情况。严格审核发布。"
           "（四）平台建设情况。更新网站栏目。"
           "（五）监督保障情况。开展自查2次，对照第二十条第（五）项公开。")
    text, cells = _run_together({})
    text = text.replace("二、主动公开政府信息情况", "一、总体情况 " + one + " 二、主动公开政府信息情况", 1)
    got, _ = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert got.texts.get("1") == "本年度我局扎实推进政务公开工作。"
    assert [got.texts.get(f"1.{n}", "")[:3] for n in range(1, 6)] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert got.texts["1.5"].endswith("对照第二十条第（五）项公开。")
    assert got.texts["1.3"] == "（三）政府信息管理情况。严格审核发布。"


def test_subheadings_after_the_question_marks_of_a_lost_indent() -> None:
    """临渭区 2020: the copy put "?" for each paragraph's indent ("? (一)主動公開"); the subsections
    were not told, and every paragraph kept its "?"."""
    text, cells = _sections("tab", {})
    body = ("一、总体情况\n?根据工作安排，我局落实工作机制。\n? (一)主动公开\n全年公开信息22条。\n"
            "? (二)依申请公开\n本年度没有收到申请。\n??\n二、主动公开政府信息情况\n")
    got, _ = import_text(text.replace("二、主动公开政府信息情况\n", body, 1), "x.txt")
    assert differences(got, cells) == []
    assert got.texts.get("1") == "根据工作安排，我局落实工作机制。"
    assert got.texts.get("1.1") == "(一)主动公开\n全年公开信息22条。"
    assert got.texts.get("1.2") == "(二)依申请公开\n本年度没有收到申请。"


def test_the_pages_buttons_and_fields_above_the_report_are_not_its_preamble() -> None:
    """A page's share bar (微信 微博 QQ空间, 全真版 文字版), its metadata grid (文号：, 栏目：,
    关键词：, 内容概述：), its print and keep buttons, its menu (首页 / 走进平罗 / 办事服务 …, its date
    among them), its date with the weekday, the title again
    wrapped after the organ (its second line a title naming no organ): page furniture, not the
    report's 前言 (which the clerk carries into next year's report)."""
    text, cells = _sections("tab", {})
    title, rest = text.split("\n", 1)
    head = ("平罗县头闸镇\n2022年政府信息公开工作年度报告\n文  号:\n栏目: 政府信息公开年报\n关 键 词:政府信息公开年报\n内容概述:\n2025年12月30日 星期二\n"
            "微信\n微博\nQQ空间\n全真版\n文字版\n文件下载\n• 打印\n收藏\n字体大小:A+ A A- 分享: 打印\n"
            "首页\n走进平罗\n办事服务\n2025-01-20 10:11\n政民互动\n政府信息公开\n")
    got, _ = import_text(title + "\n" + head + rest, "x.txt")
    assert differences(got, cells) == []
    assert got.texts.get("preamble") == "本报告统计期限自2022年1月1日至2022年12月31日。", got.texts


def test_the_signature_imprint_and_page_link_run_into_the_last_sentence() -> None:
    """The copy's last words after the report's last sentence, on its line in a page that ran
    together: the organ and date that sign it, the imprint (…办公室 2022年1月13日印发), the page's
    附件下载 — none of them 六's words; a 六 reading only 暂无 run into the organ's name is kept."""
    text, cells = _run_together({})
    signed = text.replace("六、其他需要报告的事项 无。", "六、其他需要报告的事项 2021年，无收取信息处理费情况。 "
                          "某某局 2022年1月13日 某某局办公室 2022年1月13日印发 附件下载")
    got, _ = import_text(signed, "x.txt")
    assert got.texts.get("6") == "2021年，无收取信息处理费情况。", got.texts
    for closing, words in [(" 此函 某某局 2022年1月7日 某某局办公室 2022年1月7日印发", "本年度没有产生信息公开处理费。"),
                           (" 某某局 2020年1月2日 附件下载", "无"), ("（联系人：林某） 附件下载", "暂无。（联系人：林某）")]:
        got, _ = import_text(text.replace("六、其他需要报告的事项 无。", f"六、其他需要报告的事项 {words.split('（')[0]}"
                                          f"{closing}"), "x.txt")
        assert got.texts.get("6") == words, (closing, got.texts)
    bare = text.replace("六、其他需要报告的事项 无。", "六、其他需要报告的事项暂无平潭综合实验区苏平片区管理局 2021年1月26日")
    got, _ = import_text(bare, "x.txt")
    assert got.texts.get("6", "").startswith("暂无"), got.texts


def test_the_forms_headings_numbered_after_an_outline_of_the_organs_own() -> None:
    """上海市科委 2024: 一、总体情况 then points of its own numbered 二 to 六, then the form's headings
    numbered again from 一 over the tables, 五 for 六. By number the form's 二 to 六 went under the
    organ's points (the 主动公开 paragraph checked against 表三, the applications against 表四), and
    the form's own headings were words of 六."""
    text, cells = _sections("tab", {"四、政府信息公开行政复议、行政诉讼情况": "本年度未发生行政复议、行政诉讼。"})
    points = ("一、总体情况\n本年度我委扎实推进政务公开。\n二、工作机制保障\n设立政务公开工作协调小组。\n"
              "三、主动公开工作情况\n当年发布政府信息393件。\n四、政府信息公开申请情况\n全年收到申请34件。\n"
              "五、政府信息管理\n及时发布公开指南。\n六、政府信息公开平台建设\n网站全年发布信息2139条。\n")
    for old, new in [("二、主动公开", "一、主动公开"), ("三、收到和处理", "二、收到和处理"),
                     ("四、政府信息公开行政复议", "三、政府信息公开行政复议"), ("五、存在的", "四、存在的")]:
        text = text.replace(old, new, 1)
    text = text.replace("一、主动公开政府信息情况\n", points + "一、主动公开政府信息情况\n", 1) + "五、其他需要报告的事项\n未收取信息处理费。\n"
    got, log = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert got.texts.get("1", "").endswith("网站全年发布信息2139条。") and "二、工作机制保障" in got.texts["1"], got.texts
    assert [k for k in ("2", "3") if k in got.texts] == [], got.texts
    assert got.texts.get("4") == "本年度未发生行政复议、行政诉讼。", got.texts   # (its heading inside 表三's rows)
    assert got.texts.get("5", "").startswith("无"), got.texts
    assert got.texts.get("6") == "未收取信息处理费。", got.texts
    assert any("“五、其他需要报告的事项”的编号与格式不同，按标题文字作为第六部分读取" in n for n in log.notes), log.notes
    assert any("“二、工作机制保障”不是格式中的部分标题（文字与格式各部分的标题都不同）" in n for n in log.notes), log.notes


def test_a_heading_misnumbered_is_read_by_its_words() -> None:
    """临潼区开发区 2021 prints 二 as a second 一、主动公开政府信息情况: it stood inside 一's last
    subsection, and 二 was reported missing."""
    text, cells = _sections("tab", {})
    text = text.replace("二、主动公开政府信息情况\n", "一、总体情况\n本年度公开信息60条。\n一、主动公开政府信息情况\n"
                        "本年度未制发规范性文件。\n", 1)
    got, log = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert (got.texts.get("1"), got.texts.get("2")) == ("本年度公开信息60条。", "本年度未制发规范性文件。"), got.texts


def test_the_forms_heading_under_another_number_in_a_page_run_together() -> None:
    """平潭苏平片区 2023: a fee table of its own numbered 五 after 表四, then 六、存在的主要问题和改进
    情况 run into its last number (…000六、…): 五's problems were read as words of 四."""
    text, cells = _run_together({})
    text = text.replace("五、存在的主要问题及改进情况 无。", "五、信息处理费收取情况 通知收取件数 实际收取金额（元） 0 0 "
                        "六、存在的主要问题和改进情况（一）存在的主要问题。政策解读形式不够丰富。")
    text = text.replace(" 0 0 六、存在的", " 00六、存在的")
    got, log = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert got.texts.get("5") == "（一）存在的主要问题。政策解读形式不够丰富。", got.texts
    assert any("“六、存在的主要问题和改进情况”的编号与格式不同，按标题文字作为第五部分读取" in n for n in log.notes)


def test_the_title_again_naming_no_year_is_no_preamble() -> None:
    """河包镇政府信息公开工作年度报告 under the page's title, 关于2019年政府信息公开工作年度报告, a bare
    政府信息公开工作年度报告, 长桥乡2019年政府信息公开年度工作 / 报 告: the title printed again, a
    heading in the 前言; a line of a sentence a copy wrapped (…和《关于印发中华人民共和国政府信息公开
    工作年度报告) stays."""
    text, cells = _sections("tab", {})
    title, rest = text.split("\n", 1)
    for again in ("平罗县头闸镇政府信息公开工作年度报告", "关于2022年政府信息公开工作年度报告", "政府信息公开工作年度报告",
                  "平罗县头闸镇2022年政府信息公开年度工作\n报 告"):
        got, _ = import_text(f"{title}\n{again}\n{rest}", "x.txt")
        assert differences(got, cells) == []
        assert got.texts.get("preamble") == "本报告统计期限自2022年1月1日至2022年12月31日。", (again, got.texts)
    wrapped = "本报告根据《中华人民共和国政府信息公开条例》和《关于印发中华人民共和国政府信息公开工作年度报告\n格式的通知》编制。"
    got, _ = import_text(f"{title}\n{wrapped}\n{rest}", "x.txt")
    assert got.texts.get("preamble", "").startswith(wrapped.replace("\n", "\n")), got.texts


def test_a_run_together_line_opening_with_a_heading_prints_it_once() -> None:
    """汉台区农业农村局 2025: 一 in paragraphs, then 表二 and 表三 on one line opening with 二、主动公开
    政府信息情况. The line was cut with that heading twice, the second copy read as 二's words."""
    text, cells = _sections("space", {})
    head, tables = text.split("二、主动公开政府信息情况\n", 1)
    tables, tail = tables.split("五、存在的主要问题及改进情况\n", 1)
    text = (head + "一、总体情况\n本年度我局公开信息25条。\n二、主动公开政府信息情况 " + " ".join(tables.splitlines())
            + "\n五、存在的主要问题及改进情况\n" + tail)
    got, _ = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert "2" not in got.texts, got.texts


def test_a_sections_heading_again_as_its_tables_caption_is_no_text() -> None:
    """主动公开政府信息情况 printed over 表二 under 二、行政机关主动公开政府信息情况 (尚志市帽儿山镇 2020,
    越城区东湖街道 2023): the heading again, not 二's words; （一）概述 heading a subsection of 一
    stays."""
    text, cells = _sections("tab", {"二、主动公开政府信息情况": "主动公开政府信息情况"})
    text = text.replace("二、主动公开政府信息情况\n", "一、总体情况\n（一）概述\n本年度公开信息25条。\n（二）依申请公开\n"
                        "未收到申请。\n二、主动公开政府信息情况\n", 1)
    got, _ = import_text(text, "x.txt")
    assert differences(got, cells) == []
    assert "2" not in got.texts, got.texts
    assert got.texts.get("1.1") == "（一）概述\n本年度公开信息25条。", got.texts


@pytest.mark.parametrize("run_together", [False, True])
def test_a_short_answer_of_six_is_not_its_signature_nor_its_heading(run_together: bool) -> None:
    """六 reading 无其他需要报告的事项 above the organ and the date (平潭综合实验区 2019): a short line
    without a sentence's end, but not the organ's name nor 六's heading again — it was dropped with
    the signature, and 六 read as empty."""
    if run_together:
        text, _ = _run_together({})
        text = text.replace("六、其他需要报告的事项 无。", "六、其他需要报告的事项 无其他需要报告的事项 某某县某某局 2020年1月2日")
    else:
        text, _ = _sections("tab", {})
        text += "六、其他需要报告的事项\n无其他需要报告的事项\n某某县某某局\n2020年1月2日\n"
    got, _ = import_text(text, "x.txt")
    assert got.texts.get("6") == "无其他需要报告的事项", got.texts


def test_table_twos_header_under_a_title_cut_short_is_the_tables() -> None:
    """汉台区徐望镇 2025: one cell per line with a blank line between, every block titled only
    第二十条第, the first row's label printed blank. The table was found by its own rows below its
    header, and the header's first words (信息内容, 本年制发件数) were read as 二's words."""
    text, cells = _sections("lines", {})
    i, j = text.index("第二十条第（一）项"), text.index("三、收到和处理")
    block = re.sub(r"第二十条第（[一二三四五六七八九十]+）项", "第二十条第", text[i:j]).replace("规章\n", "  \n", 1)
    got, _ = import_text(text[:i] + "\n\n".join(block.splitlines()) + "\n" + text[j:], "x.txt")
    assert differences(got, cells) == []
    assert not {"信息内容", "本年制发件数"} & set(got.texts.get("2", "").splitlines()), got.texts
