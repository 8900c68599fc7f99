"""A page copied from a site's traditional-character (繁体) version is read like the simplified one,
a table that prints no number at all is read as blank where it shows its cells, and a year-first
title that names no organ leaves the organ to the line beside it (issue 17: read any real report)."""

from __future__ import annotations

import re

import pytest

from core.importers import import_bytes, script
from core.importers.text import import_text
from importers.files import differences, fixture, table_text

NAMES = ["samples/huaian-city-2024", "samples/hongze-district-2023", "seeds/003_bd56896d5bf88536"]
NOTE = "繁体"


def _traditional(text: str) -> str:
    """``text`` as a site's converter shows it: every character the table knows a traditional form
    of, in that form (the table read backwards; which of several forms does not matter here)."""
    back: dict[int, str] = {}
    for trad, simple in script.table().items():
        if len(simple) == 1:
            back.setdefault(ord(simple), chr(trad))
    return text.translate(back)


@pytest.mark.parametrize("name", NAMES)
def test_a_traditional_character_copy_reads_as_the_simplified_one(name: str) -> None:
    report = fixture(name)
    text = table_text(report, "tab")
    trad = _traditional(text)
    assert trad != text and "條" in trad and "申請" in trad      # the labels really are converted
    got, log = import_text(trad, "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)
    assert differences(got, dict(report.cells)) == []
    assert any(NOTE in n for n in log.notes), log.notes
    assert not re.search("[條項請數處許]", "".join(got.texts.values()) + got.title)


def test_simplified_text_is_never_converted() -> None:
    report = fixture(NAMES[2])
    text = table_text(report, "tab") + "\n乾隆年间的档案馆于2023年著录。"   # simplified words a table lists
    assert not script.is_traditional(text)
    got, log = import_text(text, "x.txt")
    assert not any(NOTE in n for n in log.notes)
    assert differences(got, dict(report.cells)) == []
    assert script.simplified("乾隆年间的档案馆于2023年著录") == "乾隆年间的档案馆于2023年著录"


TITLE = "某镇人民政府2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
FEES = "art20_8/fees/amount"


@pytest.mark.parametrize("source", [
    ("<html><body><h1>某镇人民政府2023年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p><table>"
     "<tr><td colspan=2>第二十条第（八）项</td></tr><tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr>"
     "<tr><td>行政事业性收费</td><td></td></tr></table><p>三、收到和处理政府信息公开申请情况</p></body></html>"),
    TITLE + "| 第二十条第（八）项 | |\n| 信息内容 | 本年收费金额（单位：万元） |\n| 行政事业性收费 | |\n三、收到和处理政府信息公开申请情况\n",
], ids=["html", "framed-pipes"])
def test_a_table_printing_no_number_is_blank_where_it_shows_its_cells(source: str) -> None:
    got, log = import_bytes(source.encode("utf-8"), "x.html" if source.startswith("<") else "x.txt")
    assert FEES not in got.missing and got.cells.get(FEES) is None


def test_a_bare_label_closing_a_cut_page_is_not_taken_for_a_blank_row() -> None:
    text = TITLE + "第二十条第（八）项 |\n信息内容 |\n本年收费金额（单位：万元） |\n行政事业性收费 |\n"
    got, _ = import_bytes(text.encode("utf-8"), "x.txt")
    assert FEES in got.missing


def test_a_year_first_title_naming_no_organ_takes_the_organ_from_the_next_line() -> None:
    report = fixture(NAMES[2])
    text = table_text(report, "tab")
    title = report.display_title()
    got, _ = import_text(text.replace(title, f"{report.year}年政府信息公开工作年度报告\n{report.organ}"), "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)
    alone, _ = import_text(text.replace(title, f"{report.year}年政府信息公开工作年度报告"), "x.txt")
    assert (alone.year, alone.organ) == (report.year, "")


@pytest.mark.parametrize("head,organ", [
    ("根据《中华人民共和国政府信息公开条例》要求，现公布{organ}{y}年度政府信息公开工作年度报告。", "{organ}"),
    ("标      题 {organ}{y}年政府信息公开工作年度报告", "{organ}"),
    ("明升体育\n图片\n{organ}{y}年政府信息公开工作年度报告", "{organ}"),
    ("当前位置：首页\n现将{organ}{y}年政府信息公开工作年度报告进行公开，本报告统计期限自{y}年1月1日至{y}年12月31日。", "{organ}"),
    ("现将我镇{y}年政府信息公开工作年度报告公布如下。", ""),
    ("根据《条例》规定，向社会公布{y}年本级政府信息公开工作年度报告。", ""),     # 柞水县凤凰镇: not an organ
    ("根据《中华人民共和国政府信息公开条例》的要求，{organ}特编制{y}年政府信息公开年度报告。", "{organ}"),
    ("{organ}政府信息公开工作年度报告", "{organ}"),          # no year in the title: the period gives it
    ("Page 8 - {organ}{y}年政府信息公开工作年度报告", "{organ}"),
    ("{organ}\n关于{y}年度政府信息公开工作的年度报告", "{organ}"),
    ("根据《条例》要求，特编制{organ}{y}年政府信息公开工作年度报告。", "{organ}"),
    ("一、总体情况\n根据《条例》规定，现向社会公布{y}年{organ}信息公开工作年度报告，统计期限自{y}年1月1日至{y}年12月31日。",
     "{organ}"),
    ("根据《条例》规定，结合工作实际，现形成《{organ}{y}年政府信息公开工作年度报告》。", "{organ}"),
    ("本报告是由{organ}编制的{y}年度政府信息公开工作报告。", "{organ}"),
    ("根据《某市人民政府办公室关于做好{y}年政府信息公开工作年度报告编制发布工作的通知》要求编制本报告。", ""),
])
def test_the_organ_is_the_titles_not_the_words_around_it(head: str, organ: str) -> None:
    """A title inside the preamble's sentence, behind a 标题 field without its colon or below lines
    of page chrome, and a copy with no title whose preamble names the report: the organ alone."""
    report = fixture(NAMES[2])
    text = table_text(report, "tab").replace(report.display_title(), head.format(organ=report.organ, y=report.year))
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, organ.format(organ=report.organ))
    assert differences(got, dict(report.cells)) == []


def test_table_two_printed_without_its_title_is_found_by_its_rows() -> None:
    """二、主动公开政府信息情况 followed straight by 信息内容 | 本年制发件数 … and 规章 | 0 | 0 | 0."""
    report = fixture(NAMES[2])
    text = table_text(report, "pipe")
    title = next(line for line in text.splitlines() if "第二十条" in line and "（一）" in line)
    got, _ = import_text(text.replace(title + "\n", ""), "x.txt")
    assert differences(got, {a: v for a, v in report.cells.items() if a.startswith("art20_1/")}) == []


def test_rows_printed_with_no_number_read_blank_unless_the_copy_may_have_lost_them() -> None:
    """A page whose tables print only their labels (one cell per line): a blank form, whose empty
    cells the copy dropped, reads blank with a note (the table is then doubtful). A crawl that kept
    each line only once (信息内容 printed once for two tables) may have dropped noughts: there each
    row is not read, and the reason says the row is there — not that it was not found."""
    labels = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
              "规章", "行政规范性文件", "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可"]
    shown = ("art20_1/rules/issued", "art20_1/normative/in_force", "art20_5/license/decisions")
    got, log = import_bytes((TITLE + "\n\n".join(labels)).encode("utf-8"), "x.txt")
    for address in shown:
        assert address not in got.missing and got.cells.get(address) is None, got.missing.get(address)
    assert any("没有印出任何数字（空白表格）" in n for n in log.notes), log.notes
    assert "art20_6/penalty/decisions" in got.missing                    # a table not printed at all
    once = list(dict.fromkeys(labels))
    got, log = import_bytes((TITLE + "\n\n".join(once)).encode("utf-8"), "x.txt")
    for address in shown:
        assert address in got.missing and "只有行名" in got.missing[address], got.missing.get(address)
    assert "只有行名" not in got.missing["art20_6/penalty/decisions"]


def _one_per_line_with_gaps(tab_text: str) -> str:
    """A page's table copied one cell per line, a blank line between cells and one more for every
    empty cell (what a browser gives for ``<td></td>``)."""
    out = []
    for line in tab_text.splitlines():
        for cell in line.split("\t"):
            out.append(f"{cell}\n\n" if cell.strip() else "\n")
    return "".join(out)


def test_empty_cells_of_a_one_per_line_copy_are_counted_from_its_blank_lines() -> None:
    report = fixture(NAMES[2])
    blanked = [f"requests/1/{c}" for c in ("natural", "commercial", "research", "nonprofit", "legal", "other")]
    for a in blanked:
        report.cells[a] = None                       # printed blank; 总计 still printed
    got, _ = import_text(_one_per_line_with_gaps(table_text(report, "tab")), "x.txt")
    assert [got.cells.get(a) for a in blanked] == [None] * 6 and not set(blanked) & set(got.missing)
    assert got.cells["requests/1/total"] == report.cells["requests/1/total"]
    assert differences(got, dict(report.cells)) == []       # 表四 too: twice the lines, all of them read


def test_a_copy_starting_inside_table_three_reads_its_rows_there() -> None:
    """A flip-book page that opens on 表三's last row, then 表四: the row is read by its own label."""
    report = fixture(NAMES[0])
    text = table_text(report, "space")
    part = text[text.index("四、结转下年度继续办理"):]
    got, _ = import_text(f"{report.display_title()}\n{part}", "x.txt")
    want = {a: v for a, v in report.cells.items() if a.startswith(("requests/4/", "appeals/"))}
    assert differences(got, want) == []


def test_pinyin_a_site_writes_after_characters_is_left_out() -> None:
    report = fixture(NAMES[2])
    text = table_text(report, "tab").replace("规章", "规(guī)章").replace("镇", "镇(zhèn)").replace("申请", "申(shēn)请")
    got, log = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)
    assert differences(got, dict(report.cells)) == []
    assert any("拼音" in n for n in log.notes) and "(zhèn)" not in got.title


def test_a_bare_pipe_line_is_an_empty_cell_of_a_copy_whose_cells_end_with_pipes() -> None:
    report = fixture(NAMES[2])
    blanked = [f"requests/2/{c}" for c in ("natural", "commercial", "research", "nonprofit", "legal", "other")]
    for a in blanked:
        report.cells[a] = None
    lines = []
    for row in table_text(report, "tab").splitlines():
        lines += [f"{cell} |" if cell.strip() else "|" for cell in row.split("\t")]
    got, _ = import_text("\n".join(lines), "x.txt")
    assert [got.cells.get(a) for a in blanked] == [None] * 6 and not set(blanked) & set(got.missing)
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("tail", ["2", "20"])
def test_a_copy_cut_on_the_next_rows_first_characters_keeps_the_row_before(tail: str) -> None:
    """A page excerpt ending on 2 (of 2.其他法律…) or 20 (of 2020年…) after a row's seven numbers."""
    report = fixture(NAMES[0])
    lines = table_text(report, "tab")
    cut = lines[:lines.index("2.其他法律行政法规禁止公开")]
    text = "\n\n".join(c for row in cut.splitlines() for c in row.split("\t") if c.strip()) + f"\n\n{tail}\n"
    got, log = import_text(text, "x.txt")
    row = [a for a in report.cells if a.startswith("requests/3.3.1/")]
    assert row and differences(got, {a: report.cells[a] for a in row}) == []
    assert any("截断" in n for n in log.notes), log.notes


def test_a_row_a_cut_copy_ends_in_is_read_as_far_as_it_goes() -> None:
    """规章 then one 0 and nothing more (an excerpt's end): 本年制发件数 0, the rest not read — not
    a table of one column whose other columns would be "blank"."""
    text = TITLE + "\n\n".join(["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0"])
    got, log = import_bytes(text.encode("utf-8"), "x.txt")
    assert got.cells.get("art20_1/rules/issued") == 0
    assert {"art20_1/rules/repealed", "art20_1/rules/in_force"} <= set(got.missing)
    assert any("截断" in n for n in log.notes), log.notes


def test_a_table_of_no_number_copied_one_cell_per_line_shows_its_empty_cells_as_pipes() -> None:
    """Each cell ends with a pipe, an empty cell is a lone "|": a row and its three "|" is blank."""
    rows = ["第二十条第（一）项 |", "信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |",
            "规章 |", "|", "|", "|", "行政规范性文件 |", "|", "|", "|", "第二十条第（五）项 |"]
    got, _ = import_bytes((TITLE + "\n".join(rows) + "\n").encode("utf-8"), "x.txt")
    cells = [f"art20_1/{r}/{c}" for r in ("rules", "normative") for c in ("issued", "repealed", "in_force")]
    assert [got.cells.get(a) for a in cells] == [None] * 6 and not set(cells) & set(got.missing)


def test_a_line_opening_with_a_pipe_holds_an_empty_cell_before_its_number() -> None:
    """Cells that each end with a pipe, broken over lines anyhow: "一、… | 25 |", four "|", "| 25 |"
    is 25, five empty cells and 25 (the lone pipe opening the last line closes an empty cell)."""
    text = TITLE.replace("二、主动公开政府信息情况\n", "") + "\n".join([
        "三、收到和处理政府信息公开申请情况", "申请人情况 |", "自然人 | 法人或其他组织 | 总计 |",
        "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
        "一、本年新收政府信息公开申请数量 | 25 |", "|", "|", "|", "|", "| 25 |",
        "二、上年结转政府信息公开申请数量 |", "|", "|", "|", "|", "|", "| 0 |", "四、政府信息公开行政复议、行政诉讼情况"])
    got, _ = import_bytes(text.encode("utf-8"), "x.txt")
    cols = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")
    assert [got.cells.get(f"requests/1/{c}") for c in cols] == [25, None, None, None, None, None, 25]
    assert [got.cells.get(f"requests/2/{c}") for c in cols] == [None] * 6 + [0]


def test_trailing_blank_lines_are_a_rows_trailing_empty_cells() -> None:
    """One cell per line, a blank line between cells and one more per empty cell: (一)予以公开 4 and
    six empty cells; 二、上年结转… seven empty cells (blank, not "not read")."""
    report = fixture(NAMES[2])
    for c in ("commercial", "research", "nonprofit", "legal", "other", "total"):
        report.cells[f"requests/3.1/{c}"] = None
    report.cells["requests/3.1/natural"] = 4
    for c in ("natural", "commercial", "research", "nonprofit", "legal", "other", "total"):
        report.cells[f"requests/2/{c}"] = None
    got, _ = import_text(_one_per_line_with_gaps(table_text(report, "tab")), "x.txt")
    want = {a: v for a, v in report.cells.items() if a.startswith(("requests/2/", "requests/3.1/"))}
    assert differences(got, want) == [] and not set(want) & set(got.missing)


def test_a_decrease_written_out_is_a_negative_change() -> None:
    rows = ["第二十条第（五）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可\t10\t减少8\t0",
            "其他对外管理服务事项\t5\t增加3\t7"]
    text = "某乡人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + "\n".join(rows) + "\n三、收到和处理政府信息公开申请情况\n"
    got, _ = import_text(text, "x.txt")
    assert [got.cells.get(f"art20_5/license/{c}") for c in ("prev_items", "change", "decisions")] == [10, -8, 0]
    assert got.cells.get("art20_5/other_services/change") == 3


def test_a_label_row_whose_pipes_print_no_number_is_blank() -> None:
    rows = ["第二十条第（一）项 | ||||", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | |", "规章 | ||||",
            "行政规范性文件 | ||||", "第二十条第（五）项 | ||||"]
    got, _ = import_bytes((TITLE + "\n".join(rows) + "\n").encode("utf-8"), "x.txt")
    cells = [f"art20_1/{r}/{c}" for r in ("rules", "normative") for c in ("issued", "repealed", "in_force")]
    assert [got.cells.get(a) for a in cells] == [None] * 6 and not set(cells) & set(got.missing)


def test_one_number_under_two_columns_printed_one_cell_per_line_is_not_placed() -> None:
    """政府集中采购, then a lone 0, under 采购项目数量 and 采购总金额: which column is not told."""
    rows = ["第二十条第（九）项 |", "信息内容 |", "采购项目数量 |", "采购总金额 | ||", "政府集中采购 |", "0 |"]
    text = "某镇人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + "\n".join(rows) + "\n三、收到和处理政府信息公开申请情况\n"
    got, _ = import_text(text, "x.txt")
    assert {"art20_9/procurement/projects", "art20_9/procurement/amount"} <= set(got.missing)


def test_a_title_field_row_with_the_year_run_into_the_words() -> None:
    report = fixture(NAMES[2])
    text = table_text(report, "tab").replace(report.display_title(),
                                              f"标 题 | {report.organ}{report.year}政府信息公开工作年度报告 | ||")
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)


def test_pinyin_with_a_space_before_its_closing_bracket_is_left_out_too() -> None:
    """朝陽(yáng)市衛生健康委員會(huì )…: the site's 注音 puts a space before the bracket now and then; the
    organ was read as 朝阳市卫生健康委员会(huì)."""
    from core.importers.script import without_pinyin

    assert without_pinyin("朝陽(yáng)市衛生健康委員會(huì )2022年度") == "朝陽市衛生健康委員會2022年度"
    assert without_pinyin("規(guī)章") == "規章"
