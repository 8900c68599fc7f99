"""The same real report copied a little differently must not read differently (issue 17: found by
varying the corpus's full reports the way real copies vary). Each variant is one change a real copy
shows, applied to a real page; what a person reads in it is what the original gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_import import entries, score_one

from core.importers.text import import_text


def _entry(entry_id: str) -> tuple[dict[str, object], Path]:
    return next((m, p) for m, p in entries() if m["id"] == entry_id)


def _variant(tmp_path: Path, entry_id: str, old: str, new: str) -> tuple[object, object]:
    meta, source = _entry(entry_id)
    text = source.read_text(encoding="utf-8")
    assert old in text
    changed = tmp_path / source.name
    changed.write_text(text.replace(old, new), encoding="utf-8")
    return score_one(meta, source), score_one(meta, changed)


def test_a_thousands_separator_in_a_run_together_copy_is_part_of_the_number(tmp_path: Path) -> None:
    """平潭 2021 ran together: 行政许可2293. Printed 2,293 it was read as 2 (the rest taken for prose)."""
    for printed in ("行政许可2,293", "行政许可2，293"):
        original, variant = _variant(tmp_path, "code-pingtan-2021", "行政许可2293", printed)
        assert variant.wrong == [] and variant.right == original.right, printed  # type: ignore[attr-defined]


def test_a_header_word_followed_by_digits_is_never_one_number(tmp_path: Path) -> None:
    """"3.其他1000001" printed "3. 其他1000001": the item's numbering no longer marks the row, the
    header word 其他 does, and its run was read as the number 1000001 under 自然人."""
    original, variant = _variant(tmp_path, "code-pingtan-2021", "00000003.其他1000001", "0000000 3. 其他1000001")
    assert variant.wrong == []  # type: ignore[attr-defined]


def test_a_browsers_copy_of_an_empty_row_reads_blank() -> None:
    """Copied from a page, an empty row is its label and its tabs: read as printed blank, not as a
    label whose numbers were lost."""
    text = ("某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
            "自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
            "一、本年新收政府信息公开申请数量\t5\t\t\t\t\t\t5\n"
            "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t\n")
    report, _ = import_text(text, "x.txt")
    assert report.cells["requests/1/natural"] == 5
    assert "requests/2/natural" not in report.missing and report.cells["requests/2/natural"] is None


TABLE3 = ("三、收到和处理政府信息公开申请情况\n"
          "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
          "一、本年新收政府信息公开申请数量\t{first}\t0\t0\t0\t1\t0\t6\n"
          "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t{last}\n")


def test_a_note_after_a_number_is_left_out_not_taken_for_the_label() -> None:
    """5（注：含网上申请1件）: the cell and every number before it became label text, the row shifted a
    column (0 0 0 1 0 6 under 自然人…其他); 0（注：均已办结） last blanked the row."""
    text = "清河县财政局2023年政府信息公开工作年度报告\n" + TABLE3.format(first="5（注：含网上申请1件）", last="0（注：均已办结）")
    report, log = import_text(text, "x.txt")
    assert [report.cells[f"requests/1/{c}"] for c in ("natural", "legal", "other", "total")] == [5, 1, 0, 6]
    assert report.cells["requests/4/total"] == 0 and "requests/4/total" not in report.missing
    assert any("“5（注：含网上申请1件）”，其后的注释未录入" in n for n in log.notes)


def test_a_page_number_after_a_full_row_is_not_one_of_its_cells() -> None:
    """A PDF-to-text copy leaves the page's number on a line of its own; after a row with all its
    cells it made the row one value too long, and the row was not read."""
    text = ("清河县财政局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
            "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n"
            "| 行政规范性文件 | 6 | 1 | 32 |\n\n3\n\n第二十条第（五）项\n| 信息内容 | 本年处理决定数量 |\n| 行政许可 | 517 |\n")
    report, _ = import_text(text, "x.txt")
    assert [report.cells[f"art20_1/normative/{c}"] for c in ("issued", "repealed", "in_force")] == [6, 1, 32]
    assert report.cells["art20_5/license/decisions"] == 517


BODY = "一、总体情况\n本报告统计期限为2023年1月1日至12月31日。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n规章 | 0 | 0 | 0 |\n"


@pytest.mark.parametrize(("head", "organ"), [
    ("清河县财政局二〇二三年度政府信息公开工作年度报告", "清河县财政局"),    # the year in words: not the organ's
    ("二〇二三年清河县财政局政府信息公开工作年度报告", "清河县财政局"),
    ("当前位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报", ""),      # a breadcrumb names no organ
    ("根据《条例》规定，现编制完成2023年政府信息公开工作年度报告。", ""),      # (not “完成”)
    ("根据《条例》规定，现编制了清河县财政局2023年政府信息公开工作年度报告。", "清河县财政局"),
])
def test_the_organ_as_real_pages_print_the_title(head: str, organ: str) -> None:
    report, _ = import_text(head + "\n" + BODY, "x.txt")
    assert (report.organ, report.year) == (organ, 2023)


MARKDOWN = """2019年上海市人民政府办公厅政府信息公开工作年度报告

二、主动公开政府信息情况

| 第二十条第（一）项 |  |  |  |  |
|---|---|---|---|---|
| 信息内容 | 本年新制作数量 | 本年新公开数量 |  | 对外公开总数量 |
| 规章 | 13 | 13 |  | 524 |
| 规范性文件 | 60 | 60 |  | 368 |

三、收到和处理政府信息公开申请情况

| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|
|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |
|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |
| 一、本年新收政府信息公开申请数量 |  |  | 821 | 35 |  |  | 2 | 1 | 859 |
| 二、上年结转政府信息公开申请数量 |  |  | 18 |  |  |  |  |  | 18 |
| 三、本年度办理结果 | （一）予以公开 |  | 258 | 12 |  |  | 1 | 1 |  |
|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  | 3 |  |  |  |  |  |  |
|  | （三）不予公开 | 1.属于国家秘密 | 14 |  |  |  |  |  |  |
|  |  | 2.其他法律行政法规禁止公开 |  |  |  |  |  |  |  |
|  |  | 3.危及“三安全一稳定” |  |  |  |  |  |  |  |
|  |  | 4.保护第三方合法权益 |  |  |  |  |  |  |  |
|  |  | 5.属于三类内部事务信息 | 5 |  |  |  |  |  |  |
|  |  | 6.属于四类过程性信息 | 3 | 1 |  |  |  |  |  |
|  | （四）无法提供 | 1.本机关不掌握相关政府信息 | 252 | 12 |  |  | 1 |  |  |
|  |  | 2.没有现成信息需要另行制作 | 44 | 3 |  |  |  |  |  |
"""


def test_a_markdown_copy_keeping_merged_cells_as_empty_cells_reads_each_value_in_its_column() -> None:
    """上海市政府办公厅 2019 as a Markdown conversion keeps its merged cells as empty ones: a place
    empty in the header and in every row of 第二十条第（一）项 made its rows one value too long (not
    read), and 表三's rows under a two-level label (| （一）予以公开 |  | 258 | … |  |) read a column
    to the right, 258 under 商业企业 and the printed-blank 总计 lost."""
    report, _ = import_text(MARKDOWN, "szfbgt.md")
    assert [report.cells[f"art20_1/rules/{c}"] for c in ("made", "published", "total_public")] == [13, 13, 524]
    assert [report.cells[f"requests/3.1/{c}"] for c in ("natural", "commercial", "research", "legal", "other", "total")] \
        == [258, 12, None, 1, 1, None]
    assert report.cells["requests/3.2/natural"] == 3 and report.cells["requests/1/total"] == 859


@pytest.mark.parametrize(("old", "new"), [
    ("申请数量", "申请 数量"),                  # a cell's words wrapped inside it: a space between them
    ("总计", "总　　计"),                       # a short label padded with full-width spaces
    ("（二）部分公开", "(二)部分公开"),          # half-width brackets for one label, full-width for the rest
    ("2.其他法律", "2、其他法律"),              # an item's number closed by 、 (or ．)
    ("3.危及", "(3)危及"),                     # an item numbered (3)
    ("2.其他法律", "2. 其他法律"),              # a space after the item's number
])
def test_a_run_together_copy_finds_its_labels_as_pages_vary_them(tmp_path: Path, old: str, new: str) -> None:
    """平潭 2021 ran together on one line; its labels were found only as the form spells them, so one
    spaced or renumbered label lost its row (申请 数量: 14 cells of 表三 not read)."""
    original, variant = _variant(tmp_path, "code-pingtan-2021", old, new)
    assert variant.wrong == [] and variant.right == original.right, (new, variant.missing[:5])  # type: ignore[attr-defined]


def test_a_run_together_copy_with_full_width_digits_reads_them(tmp_path: Path) -> None:
    meta, source = _entry("code-pingtan-2021")
    text = source.read_text(encoding="utf-8")
    changed = tmp_path / source.name
    changed.write_text(text.translate(str.maketrans("0123456789", "０１２３４５６７８９")), encoding="utf-8")
    variant, original = score_one(meta, changed), score_one(meta, source)
    assert variant.wrong == [] and variant.right == original.right


RUN_TOGETHER_BODY = ("一、总体情况 全年主动公开信息120条。本报告所列数据统计期限自2023年1月1日至2023年12月31日。 "
                     "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 "
                     "行政规范性文件 2 0 15 " + "五、存在的主要问题及改进情况 无。" * 12)


@pytest.mark.parametrize("head", [
    "清河县财政局2023年政府信息公开工作年度报告 ",                      # a page that ran together: the title opens it
    "当前位置：首页 > 政务公开 > 政府信息公开年报 > 2023年清河县财政局政府信息公开工作年度报告\n",
])
def test_the_organ_of_a_title_that_opens_a_long_line_or_ends_a_breadcrumb(head: str) -> None:
    report, _ = import_text(head + RUN_TOGETHER_BODY, "x.txt")
    assert (report.organ, report.year) == ("清河县财政局", 2023)


RUN_TOGETHER_REQUESTS = (
    "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 "
    "法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 一、本年新收政府信息公开申请数量 5000005"
    "二、上年结转政府信息公开申请数量 0000000三、本年度办理结果 （一）予以公开 5000005（二）部分公开（区分处理的，只计这一情形，"
    "不计其他情形） 0000000（七）总计 5000005四、结转下年度继续办理 0000000 ")
RUN_TOGETHER_APPEALS = (
    "四、政府信息公开行政复议、行政诉讼情况行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 未经复议直接起诉 复议后起诉 "
    "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 " + "0 " * 15)
RUN_TOGETHER_ART20 = (
    "二、主动公开政府信息情况第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000行政规范性文件000"
    "第二十条第（五）项信息内容本年处理决定数量行政许可12 ")


def test_tables_in_another_order_are_not_anchored_in_the_prose() -> None:
    """A page run together with 表四 first and 表二 last: looked for before 表二, 表三 was taken to
    start at 自然人 in the opening's "均为自然人申请" and its rows were not found."""
    text = ("清河县财政局2023年政府信息公开工作年度报告 一、总体情况 2023年，我局共收到政府信息公开申请5件，均为自然人申请，"
            "均已按期答复。 " + RUN_TOGETHER_APPEALS + RUN_TOGETHER_REQUESTS + RUN_TOGETHER_ART20 + "五、存在的主要问题及改进情况 无。")
    report, _ = import_text(text, "x.txt")
    assert (report.cells["requests/1/natural"], report.cells["requests/1/total"]) == (5, 5)
    assert report.cells["art20_5/license/decisions"] == 12


ODD_PIPES = ("某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项 |\n"
             "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政许可 | 43 | +(0) -(0) | 66 |\n"
             "其他对外管理服务事项 | 19 | 0 | 0 |\n第二十条第(六)项 |\n"
             "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政处罚 | 12 | ? 0 | 0 |\n行政强制 | 0 | 0 | 0 |\n")
"""长春经开区文教局 2020 prints 行政许可's 本年增/减 as "+(0) -(0)"; 盘锦 2021 (a copy whose spaces
became "?") prints "? 0": a cell that is no number, among the row's numbers."""


def _one_cell_per_line(pipes: str) -> str:
    """The same page copied one cell per line, each closed by its pipe (长春经开区文教局 2020)."""
    out = []
    for line in pipes.splitlines():
        cells = [c.strip() for c in line.split("|") if c.strip()]
        out += [f"{c} |" for c in cells] if len(cells) > 1 else [line]
        out.append("|")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("layout", ["pipes", "one-cell-per-line"])
def test_a_cell_that_is_no_number_stays_in_its_place_among_the_rows_numbers(layout: str) -> None:
    """Taken into the label, "+(0) -(0)" moved 66 to 上一年项目数量 (and 12's row read 0 there) with
    the other cells blank; one cell per line, it opened a row of its own and the whole block was not
    read. Now the odd cell alone is not read (with why), the numbers around it in their columns."""
    text = ODD_PIPES if layout == "pipes" else _one_cell_per_line(ODD_PIPES)
    report, log = import_text(text, "x.txt")
    assert [report.cells.get(f"art20_5/license/{c}") for c in ("prev_items", "decisions")] == [43, 66]
    assert "art20_5/license/change" in report.missing and "+(0) -(0)" in log.missing["art20_5/license/change"]
    assert [report.cells[f"art20_5/other_services/{c}"] for c in ("prev_items", "change", "decisions")] == [19, 0, 0]
    assert [report.cells.get(f"art20_6/penalty/{c}") for c in ("prev_items", "decisions")] == [12, 0]
    assert "art20_6/penalty/change" in report.missing
    assert [report.cells[f"art20_6/enforcement/{c}"] for c in ("prev_items", "change", "decisions")] == [0, 0, 0]


def test_a_line_of_signs_is_kept_as_a_cell_only_where_the_numbers_after_it_complete_the_row() -> None:
    """One cell per line, "+(0) -(0)" then no number before the next label: where it stands among
    the row's cells cannot be told, so no number of the row is placed by it."""
    text = ("某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项\n信息内容\n上一年项目数量\n"
            "本年增/减\n处理决定数量\n行政许可\n43\n+(0) -(0)\n其他对外管理服务事项\n19\n0\n0\n")
    report, _ = import_text(text, "x.txt")
    printed = {"art20_5/license/prev_items": 43, "art20_5/other_services/prev_items": 19,
               "art20_5/other_services/change": 0, "art20_5/other_services/decisions": 0}
    for address in ("art20_5/license/prev_items", "art20_5/license/change", "art20_5/license/decisions",
                    "art20_5/other_services/prev_items", "art20_5/other_services/change", "art20_5/other_services/decisions"):
        assert address in report.missing or report.cells.get(address) == printed.get(address), address


def test_a_space_separated_row_with_signs_among_its_numbers_is_not_read() -> None:
    """Copied with spaces, "行政许可 43 +(0) -(0) 66" gave 66 as 上一年项目数量 (43 and the signs taken
    into the label) and "行政处罚 12 ? 0 0" 0 there: where each cell ends cannot be told, so such a
    row is not read; the other rows are, in their columns."""
    text = "\n".join(line.replace(" | ", " ").rstrip(" |") for line in ODD_PIPES.splitlines()) + "\n"
    report, log = import_text(text, "x.txt")
    for address in ("art20_5/license/prev_items", "art20_5/license/change", "art20_5/license/decisions",
                    "art20_6/penalty/prev_items", "art20_6/penalty/change", "art20_6/penalty/decisions"):
        assert address in report.missing, address
    assert [report.cells[f"art20_5/other_services/{c}"] for c in ("prev_items", "change", "decisions")] == [19, 0, 0]
    assert [report.cells[f"art20_6/enforcement/{c}"] for c in ("prev_items", "change", "decisions")] == [0, 0, 0]
    assert any("夹有不是数字的字符" in n for n in log.notes)


@pytest.mark.parametrize(("five", "six"), [
    ("五、政府信息公开存在的问题及改进措施", "六、需要说明的其他事项与附表"),
    ("五、存在的主要问题及改进措施", "六、其他需要说明的事项"),
])
def test_a_run_together_copy_finds_sections_headed_in_the_earlier_outlines_words(five: str, six: str) -> None:
    """平潭农业农村局 2020 ran together on one line and headed its parts 一、概述 … 五、政府信息公开存在的
    问题及改进措施, 六、需要说明的其他事项与附表: cut only at the form's wordings, the three were not
    found and their prose lay in the preamble and 表四, so the check said 缺少第一部分、第五部分为空、
    缺少第六部分 — three errors the report does not deserve."""
    from core.validate import validate

    text = ("清河县财政局2020年政府信息公开工作年度报告 一、概述2020年，我局主动公开政府信息162条。"
            + RUN_TOGETHER_ART20 + RUN_TOGETHER_REQUESTS + RUN_TOGETHER_APPEALS
            + f"{five}（一）主要问题。信息公开培训力度不大。{six} 本年度无其他事项需说明。")
    report, _ = import_text(text, "x.txt")
    assert report.texts["1"].startswith("2020年，我局主动公开")
    assert "培训力度不大" in report.texts["5"] and "本年度无" in report.texts["6"]
    assert not [f.rule for f in validate(report) if f.rule in {"S1", "S2", "S3"}]


def test_the_log_quotes_a_run_as_the_page_prints_it() -> None:
    """平潭交通与建设局 2023 prints 一、本年新收 as "1400000 14"; the log said "（140000014）", which a
    clerk looking for it in the page does not find."""
    text = ("清河县财政局2023年政府信息公开工作年度报告 一、总体情况 全年主动公开信息120条。" + RUN_TOGETHER_ART20
            + RUN_TOGETHER_REQUESTS.replace("数量 5000005", "数量 1400000 14").replace("予以公开 5000005", "予以公开 140000014")
            .replace("总计 5000005", "总计 140000014") + RUN_TOGETHER_APPEALS)
    report, log = import_text(text, "x.txt")
    assert report.cells["requests/1/natural"] == 14
    assert any("（1400000 14）" in n for n in log.notes), log.notes
