"""Reports written differently from the ones we have seen are read, not refused (issue: read any
real report): the year first in the title, the statistical period in other words, only a publication
date, a page cut short after 表二, 第二十条 items numbered other ways, 表三 printed before 表二."""

from __future__ import annotations

import re

import pytest

from core.importers.model import ImportError_, YearNotFound
from core.importers.text import import_text
from importers.files import differences, fixture, table_text

NAMES = ["samples/huaian-city-2024", "samples/hongze-district-2023", "seeds/003_bd56896d5bf88536"]
PERIOD = "本报告统计期限自{y}年1月1日至{y}年12月31日。"


def _source(name: str) -> tuple[str, str, int, str]:
    report = fixture(name)
    return table_text(report, "tab"), report.display_title(), report.year, report.organ


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("title", ["{y}年{organ}政府信息公开工作年度报告", "{y} 年{organ}政府信息公开工作 年度报告",
                                   "{y}年度{organ}政府信息公开工作年度报告"])
def test_year_first_titles_give_year_and_organ(name: str, title: str) -> None:
    text, old, year, organ = _source(name)
    got, log = import_text(text.replace(old, title.format(y=year, organ=organ)), "x.txt")
    assert (got.year, got.organ) == (year, organ)
    assert differences(got, dict(fixture(name).cells)) == []


@pytest.mark.parametrize("period,how", [
    ("统计期限从{y}年1月1日到12月31日止。", "统计期限"),
    ("统计周期为 {y} 年 1 月 1 日至 12 月 31 日。", "统计期限"),
    ("本报告所列数据统计期限为{y}年1月1日—{y}年12月31日。", "统计期限"),
    ("发布时间：{n}-01-20 10:00", "发布时间"),
])
def test_year_from_the_period_or_the_publication_date_says_where_it_came_from(period: str, how: str) -> None:
    text, old, year, _ = _source(NAMES[0])
    text = text.replace(old, "政府信息公开工作年度报告").replace(PERIOD.format(y=year), period.format(y=year, n=year + 1))
    got, log = import_text(text, "x.txt")
    assert got.year == year
    assert any(how in note and str(year) in note for note in log.notes), log.notes


def test_no_year_anywhere_is_still_refused_with_a_reason() -> None:
    text, old, year, _ = _source(NAMES[0])
    text = text.replace(old, "政府信息公开工作年度报告").replace(PERIOD.format(y=year), "")
    with pytest.raises(ImportError_, match="未找到报告年度"):
        import_text(text, "x.txt")


@pytest.mark.parametrize("name", NAMES)
def test_a_page_cut_after_table_two_is_read_as_far_as_it_goes(name: str) -> None:
    text, _, _, _ = _source(name)
    report = fixture(name)
    got, log = import_text(text[:text.index("三、收到和处理")], "x.txt")
    art20 = {a: v for a, v in report.cells.items() if a.startswith("art20")}
    assert art20 and all(got.cells.get(a) == v for a, v in art20.items() if a not in got.missing)
    assert not [a for a in art20 if a in got.missing and report.cells.get(a) is not None]
    assert {a.split("/")[0] for a in got.missing} == {"requests", "appeals"}
    assert any("未找到表三" in note for note in log.notes)


def test_a_report_whose_tables_cannot_be_made_out_is_read_for_its_words() -> None:
    """Its title says what it is: the prose is kept, every cell marked not read, and why."""
    got, log = import_text("某某镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年收到申请3件。\n", "x.txt")
    assert (got.year, got.organ) == (2024, "某某镇人民政府") and "全年收到申请3件" in got.texts["1"]
    assert set(got.form.input_addresses()) <= set(got.missing)
    assert any("统计表无法辨认" in note for note in log.notes)
    with pytest.raises(ImportError_, match="未找到任何统计表"):
        import_text("一、总体情况\n全年收到申请3件。\n", "x.txt")


@pytest.mark.parametrize("name", NAMES[:2])
@pytest.mark.parametrize("style", ["第二十条第{n}项", "第二十条（{c}）项", "第二十条第({c})项", "第二十条 第 {n} 项"])
def test_article_twenty_items_numbered_other_ways(name: str, style: str) -> None:
    text, _, _, _ = _source(name)
    for n, c in ((1, "一"), (5, "五"), (6, "六"), (8, "八")):
        text = text.replace(f"第二十条第（{c}）项", style.format(n=n, c=c))
    got, _ = import_text(text, "x.txt")
    assert differences(got, dict(fixture(name).cells)) == []


@pytest.mark.parametrize("name", NAMES)
def test_table_three_printed_before_table_two(name: str) -> None:
    text, _, _, _ = _source(name)
    i2, i3 = text.index("二、主动公开"), text.index("三、收到和处理")
    i4 = text.index("四、政府信息公开行政复议")
    got, _ = import_text(text[:i2] + text[i3:i4] + text[i2:i3] + text[i4:], "x.txt")
    assert differences(got, dict(fixture(name).cells)) == []


def test_a_page_run_together_on_one_line_is_cut_at_the_forms_words() -> None:
    report = fixture(NAMES[0])
    text = table_text(report, "tab")
    flat = "".join(line.split("\t")[0] + "".join(line.split("\t")[1:]) for line in text.splitlines())
    got, log = import_text(flat, "x.txt")
    read = [a for a, v in report.cells.items() if a not in got.missing and v is not None]
    assert read and all(got.cells.get(a) == report.cells[a] for a in read)
    assert len(read) >= 0.85 * len([v for v in report.cells.values() if v is not None])   # the sums split most
    assert any("数字连在一起" in note for note in log.notes)


def test_a_run_together_row_with_nothing_after_its_label_was_printed_blank() -> None:
    report = fixture(NAMES[2])
    text = table_text(report, "tab").replace("3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0", "3.要求提供公开出版物")
    flat = "".join(line.split("\t")[0] + "".join(line.split("\t")[1:]) for line in text.splitlines())
    got, _ = import_text(flat, "x.txt")
    blank = [a for a in report.cells if a.startswith("requests/3.5.3/")]
    assert blank and all(got.cells[a] is None and a not in got.missing for a in blank)
    assert differences(got, {a: v for a, v in report.cells.items() if a not in blank}) == []


def _one_per_line(block: str) -> str:
    return "\n\n".join(cell for line in block.splitlines() for cell in line.split("\t"))


@pytest.mark.parametrize("name", NAMES)
def test_table_two_blocks_whose_titles_are_cut_short_are_found_by_their_rows(name: str) -> None:
    """A site printing "第二十条第" for every block of 表二, one cell per line, the first row's label
    printed blank: each block is told by the rows only it prints (行政许可, 行政事业性收费)."""
    text, _, _, _ = _source(name)
    i, j = text.index("第二十条第（一）项"), text.index("三、收到和处理")
    block = re.sub(r"第二十条第（[一二三四五六七八九十]+）项", "第二十条第", text[i:j]).replace("规章\t", "  \t")
    got, log = import_text(text[:i] + _one_per_line(block) + "\n" + text[j:], "x.txt")
    want = dict(fixture(name).cells)
    assert differences(got, want) == []
    assert any("没有行名，按位置视为“规章”一行" in n for n in log.notes)       # said, so the table is doubtful


def test_a_rows_label_standing_above_its_header_is_read_with_it() -> None:
    """OCR Markdown printing 表四 as three small tables, each under its row's label as a heading."""
    text, _, _, _ = _source(NAMES[1])
    i, j = text.index("四、政府信息公开行政复议"), text.index("五、存在的主要问题")
    values = text[i:j].strip().splitlines()[-1].split("\t")
    head = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n"
    parts = [f"### {label}\n{head}| {' | '.join(values[k * 5:k * 5 + 5])} |\n"
             for k, label in enumerate(["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"])]
    got, _ = import_text(text[:i] + "## 四、政府信息公开行政复议、行政诉讼情况\n\n" + "\n".join(parts) + text[j:], "x.md")
    assert differences(got, dict(fixture(NAMES[1]).cells)) == []


def test_a_page_number_inside_a_table_is_no_cell_and_a_bare_label_is_not_a_blank_row() -> None:
    """"— 5 —" (a 公文's page number) left between a row's label and its numbers by a conversion; a
    label alone on its line (its numbers lost) is reported not read, never read as printed blank."""
    text, _, _, _ = _source(NAMES[1])
    text = text.replace("2.重复申请\t0\t0", "— 5 —\n2.重复申请\t0\t0")
    text = text.replace("3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0", "3.要求提供公开出版物")
    got, _ = import_text(text, "x.txt")
    want = dict(fixture(NAMES[1]).cells)
    lost = {a for a in want if a.startswith("requests/3.5.3/")}
    assert differences(got, {a: v for a, v in want.items() if a not in lost}) == []
    assert lost <= set(got.missing)


def test_a_row_label_in_the_words_of_a_run_together_page_is_no_row() -> None:
    """"引发行政复议1起", "制定规范性文件15件", "涉及行政复议、行政诉讼" in the text before the tables."""
    report = fixture(NAMES[2])
    text = table_text(report, "tab")
    words = "因依申请公开引发行政复议1起，我局废止规范性文件6件，制定规章2件，未发生行政复议、行政诉讼。"
    i = text.index("二、主动公开")
    text = text[:i] + words + "\n" + text[i:]
    flat = "".join(line.split("\t")[0] + "".join(line.split("\t")[1:]) for line in text.splitlines())
    got, _ = import_text(flat, "x.txt")
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("words,settled", [
    ("本年度废止行政规范性文件5件，现行有效行政规范性文件5件。", True),
    ("本年度依法公开政府信息。", False),                         # the words say nothing of the row
])
def test_a_run_the_sums_leave_open_is_settled_by_the_reports_own_words(words: str, settled: bool) -> None:
    """行政规范性文件 0 5 5 run together as "055": 0 5 5, 0 55 (blank), (blank) 0 55 … 表二 has no
    total; the report saying 废止5件 and 现行有效5件 leaves one way."""
    report = fixture(NAMES[1])
    assert [report.cells[f"art20_1/normative/{c}"] for c in ("issued", "repealed", "in_force")] == [0, 5, 5]
    text = table_text(report, "tab")
    i = text.index("二、主动公开")
    text = text[:i] + words + "\n" + text[i:]
    flat = "".join(line.split("\t")[0] + "".join(line.split("\t")[1:]) for line in text.splitlines())
    got, log = import_text(flat, "x.txt")
    row = [f"art20_1/normative/{c}" for c in ("issued", "repealed", "in_force")]
    if settled:
        assert [got.cells[a] for a in row] == [0, 5, 5] and not set(row) & set(got.missing)
        assert any("按正文所述" in n and "055" in n for n in log.notes)
    else:
        assert set(row) <= set(got.missing)
        assert any("055" in n and "无法确定如何分列" in n for n in log.notes)


def test_a_source_naming_no_year_is_read_with_the_year_the_clerk_gives() -> None:
    text, old, year, _ = _source(NAMES[0])
    text = text.replace(old, "政府信息公开工作年度报告").replace(PERIOD.format(y=year), "")
    with pytest.raises(YearNotFound):
        import_text(text, "x.txt")
    got, log = import_text(text, "x.txt", year)
    assert got.year == year and any(f"按您指定的 {year} 年" in n for n in log.notes), log.notes
    assert differences(got, dict(fixture(NAMES[0]).cells)) == []
    stated, _ = import_text(_source(NAMES[0])[0], "x.txt", year + 5)   # a year the source names wins
    assert stated.year == year
