"""What the import log tells the clerk about rows and headings must be true of the source.

Found by an audit of the notes on the corpus: a column's header word named as a row's label, a
row said to be entered left to right and, two lines on, not read at all, the header's 总计 taken for
the row （七）总计 printed empty, a point of 总体情况 whose words are section 二's heading said to be
"no heading of the form by its words"."""

from __future__ import annotations

from pathlib import Path

from core.importers import import_file

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_a_row_printed_without_a_label_is_not_named_by_the_header_word_above_it() -> None:
    """One cell per line, 规章's label printed blank after the header 现行有效件数: the numbers are
    placed by position, and the note says the row has no name, not that it is called 现行有效件数."""
    report, log = import_file(CORPUS / "pages-hantai-hedongdian-2025.txt")
    assert not any("现行有效件数" in n for n in log.notes), log.notes
    assert "表二第二十条第（一）项有一行数值（0 0 0）没有行名，按位置视为“规章”一行，请对照原文核对" in log.notes
    assert report.cells["art20_1/rules/issued"] == 0


def test_a_lone_number_after_the_header_is_named_by_its_number_when_it_fits_no_row() -> None:
    report, log = import_file(CORPUS / "pagesc-xuancheng-qxj-2020.txt")
    assert not any("“对外公开总数量”" in n for n in log.notes), log.notes
    assert "表二第二十条第（一）项有一行数值（0）没有行名，无法对应到表格的行，未读取" in log.notes


def test_a_row_fitting_no_row_of_the_form_is_not_also_said_to_be_entered() -> None:
    """A copy cut after the "2" of 2.其他法律行政法规禁止公开: a lone 2 with no label, which fits no
    row. It was read as nothing; the log said both "在此截断，其余各列未读取" (some entered) and
    "无法对应…未读取" — now one note: not read, the number the clerk can find, and that the copy ends."""
    _, log = import_file(CORPUS / "pages-qianan-dawuli-2020.txt")
    assert not any("其余各列未读取" in n for n in log.notes), log.notes
    assert "表三有一行数值（2）没有行名，无法对应到表格的行，未读取；原文在此截断" in log.notes
    _, log = import_file(CORPUS / "code-shanghai-kewei-2024.md")
    assert not any("“信息公开申请”一行只印了 1 个数值，按从左到右录入" in n for n in log.notes), log.notes


def test_the_headers_total_is_not_the_total_row_printed_empty() -> None:
    """表三's header prints 总计 over its last column; a copy cut before row （七）总计 never printed
    that row: it is past the copy's end, not "printed with its label only" (nor "not found": the
    copy stops after 1.属于国家秘密)."""
    report, _ = import_file(CORPUS / "pages-qianan-dawuli-2020.txt")
    assert report.missing["requests/3.7/total"] == (
        "原文到表三“（三）不予公开 1.属于国家秘密”一行就结束了（复制或摘录不完整），此行未读取")


def test_a_point_worded_as_a_sections_heading_is_not_said_to_word_none() -> None:
    """公主岭市档案局 2021 numbers the points of its 总体情况 一、… 六、; its 三、主动公开政府信息情况。…
    is the words of section 二's heading, which the report prints later as 二、主动公开政府信息情况."""
    _, log = import_file(CORPUS / "pagesc-gongzhuling-daj-2021.txt")
    assert ("原文“三、主动公开政府信息情况。2021年,我局无相关政务信息公开。”的文字与第二部分标题相同，"
            "但按各标题的先后次序不是该部分的标题（该部分从“二、主动公开政府信息情况”开始），其下文字归入第一部分"
            ) in log.notes, log.notes
    assert not any("按标题文字判断" in n for n in log.notes)


def test_no_column_is_said_to_be_entered_blank_in_a_table_none_of_whose_rows_was_read() -> None:
    """宣城市气象局 2020: the copy lost 表二(一)'s numbers but one lone 0; no row of the block was read,
    so no cell of it was entered blank, and the log must not say a column's cells were."""
    report, log = import_file(CORPUS / "pagesc-xuancheng-qxj-2020.txt")
    assert not any("该列各格按空白录入" in n and "第二十条第（一）项" in n for n in log.notes), log.notes
    assert all(a in report.missing for a in report.cells if a.startswith("art20_1/"))


def test_the_notes_on_the_title_say_what_was_done_with_it() -> None:
    """"标题分两行：…" stated a fact and left the clerk to guess what was done; the note says the two
    lines were joined, and into what."""
    _, log = import_file(CORPUS / "pages-yanliang-xfj-2021.txt")
    assert "原文标题分两行，已合并读取为“阎良区信访局2021年度政府信息公开工作年度报告”" in log.notes, log.notes
    _, log = import_file(CORPUS / "pages-qu-tjj-2023.txt")
    assert ("原文没有标题，单位名称和年度按正文开头所说的报告名称“区统计局2023年政府信息公开工作年度报告”读取，请核对"
            in log.notes), log.notes
