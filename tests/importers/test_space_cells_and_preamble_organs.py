"""Township and county reports of 2019–2021 copied from their sites (helper 70: 琼海市嘉积镇 2019,
弥渡县安乐乡 2019, 保康县农业农村局 2021, 黄陂区武湖街 2020): a cell the page printed empty as a line of
spaces between empty lines is read blank, not lost; a row printed empty above a label wrapped on a
printed page is a row; and the organ a preamble names is read as it names it — after its last verb
(编制本报告现向社会公开安乐乡…), by who wrote the report (由保康县农业农村局编制), or as 武汉 names a
street (武湖街)."""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.opening import opening_subject
from core.importers.prose import named_in_sentence
from core.importers.text import import_text

HEAD = "某镇人民政府2019年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
ROWS = ["第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
        "行政许可", " ", " ", " ", "其他对外管理服务事项", "4", "0", "2",
        "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
        "行政处罚", "0", "0", "0", "行政强制", "0", "0", "0", "三、收到和处理政府信息公开申请情况"]
LICENSE = [f"art20_5/license/{c}" for c in ("prev_items", "change", "decisions")]


def test_a_line_of_spaces_between_empty_lines_is_a_cell_printed_empty() -> None:
    """嘉积镇 2019: 行政许可 then three paragraphs holding a space (the page's empty cells), each
    between empty lines like every cell: read blank. Before: "只有行名，没有数字", not read."""
    report, _ = import_text(HEAD + "\n\n".join(ROWS) + "\n", "jiaji.txt")
    for a in LICENSE:
        assert a not in report.missing and report.cells.get(a) is None, a
    assert [report.cells.get(f"art20_5/other_services/{c}") for c in ("prev_items", "change", "decisions")] == [4, 0, 2]
    assert report.cells.get("art20_6/enforcement/decisions") == 0


def test_a_word_paragraph_of_spaces_between_empty_ones_is_a_cell_printed_empty() -> None:
    """The same copy pasted into Word, a paragraph a line (the corpus saved as .doc read 16 of 22)."""
    import io

    import docx

    document = docx.Document()
    for line in (HEAD + "\n\n".join(ROWS)).split("\n"):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    report, _ = import_bytes(data.getvalue(), "jiaji.docx")
    for a in LICENSE:
        assert a not in report.missing and report.cells.get(a) is None, a
    assert report.cells.get("art20_5/other_services/prev_items") == 4


def test_lines_of_spaces_that_part_every_cell_are_no_cells() -> None:
    """A copy parting its cells with lines of spaces (句容市水利局 2022's way): those lines part, and
    a row printing nothing after its label is still not read, never taken as printed blank."""
    report, _ = import_text(HEAD + "\n \n".join(ROWS) + "\n", "spaced.txt")
    assert all(a in report.missing for a in LICENSE)
    assert report.cells.get("art20_5/other_services/prev_items") == 4


def test_a_name_read_from_an_earlier_verb_stops_at_the_last() -> None:
    """安乐乡 2019: "…的基础上,编制本报告现向社会公开安乐乡2019年…报告" gave the organ "本报告现向社会公开安乐乡"."""
    named = named_in_sentence("根据《条例》的要求,安乐乡在对去年政府信息公开工作进行认真回顾和总结的基础上,"
                               "编制本报告现向社会公开安乐乡2019年政府信息公开工作年度报告。")
    assert named is not None and named[:2] == ("安乐乡", 2019)


@pytest.mark.parametrize(("paragraph", "organ"), [
    ("本报告依据《中华人民共和国政府信息公开条例》、《湖北省政府信息公开规定》及县委、县政府关于政务公开的相关要求,"
     "由保康县农业农村局编制。全文包括总体情况、主动公开政府信息情况。", "保康县农业农村局"),
    ("2020年,武湖街认真贯彻落实《中华人民共和国政府信息公开条例》(国务院令第711号)", "武湖街"),
])
def test_more_ways_an_opening_names_its_organ(paragraph: str, organ: str) -> None:
    """保康县农业农村局 2021 (a bare title, the organ only in 由…编制) and 武湖街 2020 (no title): organ empty."""
    found = opening_subject([paragraph])
    assert found is not None and found[0] == organ


@pytest.mark.parametrize("paragraph", [
    "本报告是根据《中华人民共和国政府信息公开条例》要求,由两城镇人民政府党政办公室编制。",     # its office: whose report?
    "报告全文包括六大部分,由南宁市良庆区政务公开工作领导小组办公室编制。",                   # the whole district's
    "本报告根据《条例》要求编制,由县政府办公室汇总。",
])
def test_a_preamble_naming_an_office_as_writer_names_no_organ(paragraph: str) -> None:
    assert opening_subject([paragraph]) is None


def test_a_row_printed_empty_above_a_wrapped_label_is_a_row() -> None:
    """武湖街 2020 printed to PDF: "规章(…) |" (its cells empty), then 规范性文件's long label wrapped
    over two lines with 47 0 0 after it. The rows were taken to start where the wrapped label does,
    so 规章 went to the header and was "not found"; it is a row printed empty."""
    text = ("某街道办事处2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "第二十条第(一)项 | |||\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n"
            "规章(设区的市、自治州人民政府应提供相关数据) |\n"
            "规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用“规定”“办法”“细则”\n"
            "“规范”“规程”“规则”等字样的公文,一般情况下属于规范性文件) |\n47 |\n0 |\n0 |\n"
            "三、收到和处理政府信息公开申请情况\n")
    report, _ = import_text(text, "wuhu.txt")
    for c in ("made", "published", "total_public"):
        assert f"art20_1/rules/{c}" not in report.missing and report.cells.get(f"art20_1/rules/{c}") is None
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("made", "published", "total_public")] == [47, 0, 0]
