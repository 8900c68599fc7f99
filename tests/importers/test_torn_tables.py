"""A table a PDF-to-Markdown converter tore apart (issue 17): rows printed whole (label and numbers on
one pipe line) among rows of numbers with no label, and the labels of those rows printed on lines of
their own — wrapped, several rows' labels in one run, often before or after the wrong numbers (a
label centred in a tall cell comes out where the middle of the cell was).

Pairing a label with the numbers next to it read the numbers of one row as another's (（六）2. took
（六）1.'s 8 2 … 10). Numbers are given to a label only where the pairing is certain; else they are
placed by where they stand between rows printed whole, when as many rows of the form are missing
there as rows of numbers stand there, and otherwise not read, with the reason. A figure alone on a
line without pipes, where every row's figures stand between pipes, is a cell the converter moved out
of its row: no row of its own, nor a cell of the label above it. The text is made up in the shape
such a converter gives, not copied from a report."""

from __future__ import annotations

from core.importers.row_repair import Observed, join_split_labels
from core.importers.table_spec import Spec
from core.importers.text import import_text

TITLE = "某市某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
HEADER = ("## 表三：收到和处理政府信息公开申请情况\n"
          "| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
          "|---|---|---|---|---|---|---|\n")
ROWS = ["1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8",
        "3.4.1", "3.4.2", "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2", "3.6.3"]
COLS = ["natural", "commercial", "research", "nonprofit", "legal", "other", "total"]


def _figures(rid: str) -> list[int]:
    """Each row its own figures, so numbers read into the wrong row show."""
    n = ROWS.index(rid) + 10
    return [n, 1, 0, 0, 0, 0, n + 1]


def _numbers(rid: str) -> str:
    return "| " + " | ".join(map(str, _figures(rid))) + " |\n"


def _whole(label: str, rid: str) -> str:
    return f"| {label} " + _numbers(rid)


def _cells(report: object, rid: str) -> list[object]:
    cells, missing = report.cells, report.missing  # type: ignore[attr-defined]
    return ["未读取" if f"requests/{rid}/{c}" in missing else cells.get(f"requests/{rid}/{c}") for c in COLS]


def _read_wrong(report: object) -> list[str]:
    """Cells read, and read as another row's figures (a cell not read is no false reading)."""
    return [f"{rid}/{c}" for rid in ROWS for c, got, want in zip(COLS, _cells(report, rid), _figures(rid), strict=True)
            if got not in ("未读取", want)]


# 表三 as such a converter gives it: between rows printed whole, numbers with no label, and the
# labels of (二), (三)5., (四)…(六) on lines of their own, out of step with them
TORN = (TITLE + HEADER
        + _whole("一、本年新收政府信息公开申请数量 |", "1") + _whole("二、上年结转政府信息公开申请数量 |", "2")
        + _whole("三、 | （一）予以公开 |", "3.1") + _numbers("3.2")
        + "（二）部分公开（区分处理的，只\n计这一情形，不计其他情形）\n2.其他法律行政法规禁\n止公开\n"
        + _whole("1.属于国家秘密 |", "3.3.1") + _numbers("3.3.2")
        + _whole("3.危及“三安全一稳定” |", "3.3.3") + _whole("4.保护第三方合法权益 |", "3.3.4")
        + "（三）不\n予公开\n5.属于三类内部事务信\n息\n1.本机关不掌握相关政\n府信息\n"
        + _numbers("3.3.5")
        + _whole("6.属于四类过程性信息 |", "3.3.6") + _whole("7.属于行政执法案卷 |", "3.3.7")
        + _whole("8.属于行政查询事项 |", "3.3.8") + _numbers("3.4.1")
        + "（四）无2.没有现成信息需要另\n法提供行制作\n3.补正后申请内容仍不\n明确\n"
        + _numbers("3.4.2") + _numbers("3.4.3")
        + _whole("1.信访举报投诉类申请 |", "3.5.1") + _whole("2.重复申请 |", "3.5.2")
        + _whole("3.要求提供公开出版物 |", "3.5.3")
        + "（五）不\n予处理4.无正当理由大量反复\n申请\n5.要求行政机关确认或\n重新出具已获取信息\n"
          "1.申请人无正当理由逾\n期不补正、行政机关不\n再处理其政府信息公开\n申请\n"
        + _numbers("3.5.4") + _numbers("3.5.5") + _numbers("3.6.1")
        + "（六）其\n他处理\n2.申请人逾期未按收费\n通知要求缴纳费用、行\n政机关不再处理其政府\n信息公开申请\n"
        + "{stray}" + _numbers("3.6.2") + _whole("3.其他 |", "3.6.3")
        + "| （七）总计 | 200 | 23 | 0 | 0 | 0 | 0 | 223 |\n"
        + "| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | {total} |\n")


def test_numbers_out_of_step_with_their_labels_are_placed_between_rows_printed_whole() -> None:
    """Between two rows printed whole stand as many rows of numbers as the form has rows there: they
    are those rows, in order, whatever labels are printed among them ((三)'s run names 3.3.5 and
    3.4.1, before the one row of numbers between 4. and 6.). The numbers of (六)1. were read as
    (六)2.'s, and (四)'s as 3.4.3's."""
    report, log = import_text(TORN.format(stray="", total=1), "torn.md")
    assert _read_wrong(report) == []
    for rid in ROWS:
        assert _cells(report, rid) == _figures(rid), rid
    assert any("表格顺序错乱" in n for n in log.notes)
    assert not any("按相邻位置合并读取" in n for n in log.notes), log.notes


def test_where_the_numbers_do_not_fit_the_rows_missing_nothing_is_read_wrong() -> None:
    """A row of numbers too many among them (one figure printed in pipes like a row of its own: "| 1 |"):
    five rows of numbers stand where four rows are missing. None of them is read, and the rows
    whose labels were torn from their numbers say why."""
    report, _ = import_text(TORN.format(stray="| 1 |\n", total=""), "torn.md")
    assert _read_wrong(report) == []
    for rid in ("3.5.4", "3.5.5", "3.6.1", "3.6.2"):
        assert _cells(report, rid) == ["未读取"] * 7, rid
        assert "表格顺序错乱" in report.missing[f"requests/{rid}/natural"]
    for rid in ROWS[:18] + ["3.6.3"]:
        assert _cells(report, rid) == _figures(rid), rid


def test_a_figure_alone_without_pipes_is_no_row_and_no_cell_of_the_label_above() -> None:
    """A lone 1 on a line of its own, no pipe around it, under the label lines of (六)2., where every
    row's figures stand between pipes: a cell the converter moved out of its row (结转下年度's 总计),
    not (六)2.'s 自然人 with its other cells blank, nor a fifth row of numbers where four rows are
    missing. The four rows of numbers there are placed; the figure is not read, and said."""
    report, log = import_text(TORN.format(stray="1\n", total=""), "torn.md")
    assert _read_wrong(report) == []
    for rid in ROWS:
        assert _cells(report, rid) == _figures(rid), rid
    assert any("“1”单独印在一行" in n for n in log.notes), log.notes


def test_a_figure_alone_under_a_label_is_not_that_rows_first_cell() -> None:
    """（二）'s label on a line of its own and a lone 5 under it, in a table printed in pipe rows: 5 was
    read as its 自然人 and its six other cells as printed blank. It is no row's cells: （二） is not read.
    Figures alone that complete the row above, or a copy printing one cell per line, are still read."""
    text = (TITLE + HEADER + _whole("一、本年新收政府信息公开申请数量 |", "1") + _whole("二、上年结转政府信息公开申请数量 |", "2")
            + _whole("三、本年度办理结果 | （一）予以公开 |", "3.1")
            + "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n5\n"
            + _whole("（三）不予公开 | 1.属于国家秘密 |", "3.3.1") + _whole("2.其他法律行政法规禁止公开 |", "3.3.2"))
    report, _ = import_text(text, "lone.md")
    assert _cells(report, "3.2") == ["未读取"] * 7
    for rid in ("1", "2", "3.1", "3.3.1", "3.3.2"):
        assert _cells(report, rid) == _figures(rid), rid
    # figures alone that make up a row with the line above are its cells: its last figure wrapped
    # under it, or its every figure one per line under its label
    wrapped = "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 13 | 1 | 0 | 0 | 0 | 0 |\n14\n"
    by_line = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n13\n1\n0\n0\n0\n0\n14\n"
    for part in (wrapped, by_line):
        report, _ = import_text(text.replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n5\n", part), "lone.md")
        assert _cells(report, "3.2") == _figures("3.2"), part
    # where no row prints its figures between pipes (one cell per line), a figure under a label is
    # that row's cell, as before
    text = ("某市某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n"
            "本年废止件数\n现行有效件数\n规章\n1\n2\n3\n规范性文件\n4\n5\n6\n第二十条第（五）项\n信息内容\n"
            "本年处理决定数量\n行政许可\n7\n三、收到和处理政府信息公开申请情况\n")
    report, _ = import_text(text, "cells.txt")
    got = [report.cells.get(f"art20_1/{r}/{c}") for r in ("rules", "normative") for c in ("issued", "repealed", "in_force")]
    assert got == [1, 2, 3, 4, 5, 6]
    assert report.cells.get("art20_5/license/decisions") == 7


def test_a_blank_total_and_the_one_stray_figure_it_adds_up_to_is_read_as_that_total() -> None:
    """结转下年度 1 0 0 0 0 0 with 总计 printed blank, and a lone 1 standing in the table where no row
    takes it, which is what the row adds up to: the total's figure, moved out of its row by the
    converter, read so (with a note)."""
    report, log = import_text(TORN.format(stray="1\n", total=""), "torn.md")
    assert _cells(report, "4") == [1, 0, 0, 0, 0, 0, 1]
    assert any("正是该行各列之和" in n for n in log.notes), log.notes


def test_a_blank_total_beside_figures_and_a_stray_figure_is_not_read_as_printed_blank() -> None:
    """The same with a stray figure the row does not add up to (7), or two stray figures: the total's
    figure may be one of them, or neither. The blank is left unread, not entered blank nor filled.
    Without the stray figure the blank is read as printed (some reports do leave 总计 blank beside
    figures)."""
    for stray in ("7\n", "1\n| 1 |\n"):
        report, _ = import_text(TORN.format(stray=stray, total=""), "torn.md")
        assert _cells(report, "4") == [1, 0, 0, 0, 0, 0, "未读取"], stray
        assert "单独印出" in report.missing["requests/4/total"]
        assert _read_wrong(report) == []
    report, _ = import_text(TORN.format(stray="", total=""), "torn.md")
    assert _cells(report, "4") == [1, 0, 0, 0, 0, 0, None]


def test_labels_alternating_with_their_numbers_are_still_joined() -> None:
    """Each label on a line of its own right above its numbers, nothing out of step: one pairing
    only, and it is made (with the note that it was)."""
    text = (TITLE + HEADER + _whole("一、本年新收政府信息公开申请数量 |", "1")
            + "二、上年结转政府信息\n公开申请数量\n" + _numbers("2")
            + "三、本年度办理结果（一）予以公开\n" + _numbers("3.1")
            + "（二）部分公开（区分处理的，只计\n这一情形，不计其他情形）\n" + _numbers("3.2")
            + _whole("（三）不予公开 | 1.属于国家秘密 |", "3.3.1"))
    report, log = import_text(text, "alternating.md")
    for rid in ("1", "2", "3.1", "3.2", "3.3.1"):
        assert _cells(report, rid) == _figures(rid), rid
    assert sum("按相邻位置合并读取" in n for n in log.notes) == 3, log.notes
    assert not any("表格顺序错乱" in n for n in log.notes)


def test_a_run_of_labels_naming_two_rows_is_given_no_numbers() -> None:
    """One run of label lines, one row of numbers after it: joined when the run names one row of the
    form (its label wrapped), not when it names two — which of them the numbers are is not printed."""
    spec = Spec("表三", [("3.3.5", ["5.属于三类内部事务信息"]), ("3.4.1", ["1.本机关不掌握相关政府信息"])],
                [("natural", ["自然人"])])
    numbers = Observed("", {0: "4"}, True)
    notes: list[str] = []
    joined = join_split_labels([Observed("5.属于三类内部事务信", {}, False), Observed("息", {}, False), numbers],
                               spec, notes)
    assert [(r.label, r.cells) for r in joined] == [("5.属于三类内部事务信息", {0: "4"})]
    rows = [Observed("5.属于三类内部事务信息", {}, False), Observed("1.本机关不掌握相关政府信息", {}, False), numbers]
    assert [(r.label, r.cells) for r in join_split_labels(rows, spec, notes)] == [(r.label, r.cells) for r in rows]
    assert "表格顺序错乱" in notes[-1]
    scrambled: dict[str, str] = {}
    join_split_labels(rows, spec, [], scrambled)
    assert set(scrambled) == {"3.3.5", "3.4.1"}


ART20 = ("某市某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n第二十条第（五）项\n"
         "信息内容本年处理决定数量\n行政许可 7\n第二十条第（六）项\n信息内容本年处理决定数量\n行政处罚 3\n行政强制 0\n"
         "第二十条第（八）项\n信息内容本年收费金额（单位：万元）\n行政事业性收费 0\n## 表二：主动公开政府信息情况\n"
         "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n{rows}"
         "三、收到和处理政府信息公开申请情况\n")


def test_a_part_of_table_two_printed_after_the_others_is_read_where_it_stands() -> None:
    """第二十条第（一）项's heading alone, the next part's right under it, and its header and rows
    after （八）'s: its header names its every column (no other part has them), its rows follow,
    so it is read there — not taken for rows of （八） with three numbers too many."""
    report, log = import_text(ART20.format(rows="| 规章 | 1 | 2 | 3 |\n| 规范性文件 | 4 | 5 | 6 |\n"), "apart.md")
    got = [report.cells.get(f"art20_1/{r}/{c}") for r in ("rules", "normative") for c in ("issued", "repealed", "in_force")]
    assert got == [1, 2, 3, 4, 5, 6]
    assert (report.cells.get("art20_8/fees/amount"), report.cells.get("art20_6/penalty/decisions")) == (0, 3)
    assert not any("多于表格" in n for n in log.notes), log.notes
    # no row of its own under that header: nothing moves, （一） is not read
    report, _ = import_text(ART20.format(rows="| 合计 | 1 | 2 | 3 |\n"), "apart.md")
    assert "art20_1/rules/issued" in report.missing
