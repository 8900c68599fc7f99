"""A one-cell-per-line copy that closes every cell with its own pipe ("56 |") and prints an empty
cell as a line "|" alone, each row (the header's too) closed by one line of the grid's colspan
padding ("||" or "|"), with no empty line anywhere (二道区房屋征收工作管理办公室 2022, issue 17).

Rows printing every cell empty show eight pipe lines, rows printing their cells show none between
them: no one gap between cells holds for most of the copy, and the importer read none of 表三
("空白格在复制时丢失") although no cell was lost — each blank is a line of its own. A copy whose
cells do not end with their pipe, each followed by a "|" line, parts its cells with those lines and
is read as before.

Such a copy's title may name no organ (关于2022年度政府信息公开情况的报告) while its opening does, with 工作
in the name before the office it names (二道区房屋征收工作管理办公室, like 扶贫开发工作办公室): the name is read.
"""

from __future__ import annotations

import pytest

from core.importers.opening import opening_subject
from core.importers.text import import_text

_HEAD = ("某市某区房屋征收办公室\n2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
         "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n"
         "自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n"
         "商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n")
_COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")


def _row(label: str, cells: list[str], pad: str) -> str:
    return label + " |\n" + "".join((c + " |\n") if c else "|\n" for c in cells) + pad + "\n"


def _copy() -> str:
    blank = [""] * 7
    return (_HEAD
            + _row("一、本年新收政府信息公开申请数量", ["56", "", "", "", "", "", "56"], "||")
            + _row("二、上年结转政府信息公开申请数量", ["0", "", "", "", "", "", "0"], "||")
            + "三、本年度办理结果 |\n" + _row("(一)予以公开", ["18"] + [""] * 6, "|")
            + _row("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", blank, "||")
            + "(三)不予公开 |\n" + _row("1.属于国家秘密", blank, "|")
            + _row("2.其他法律行政法规禁止公开", blank, "||")
            + _row("3.危及“三安全一稳定”", ["3", "1", "", "", "", "", "4"], "||")
            + _row("4.保护第三方合法权益", blank, "||")
            + _row("5.属于三类内部事务信息", blank, "||")
            + _row("6.属于四类过程性信息", blank, "||")
            + _row("7.属于行政执法案卷", blank, "||")
            + _row("8.属于行政查询事项", blank, "||")
            + "四、政府信息公开行政复议、行政诉讼情况\n")


def test_pipe_lines_of_a_copy_closing_each_cell_with_its_pipe_are_its_empty_cells() -> None:
    report, log = import_text(_copy(), "closed.txt")
    cells = report.cells
    assert [cells.get(f"requests/1/{c}") for c in _COLS] == [56, None, None, None, None, None, 56]
    assert [cells.get(f"requests/2/{c}") for c in _COLS] == [0, None, None, None, None, None, 0]
    assert [cells.get(f"requests/3.1/{c}") for c in _COLS] == [18] + [None] * 6
    assert [cells.get(f"requests/3.3.3/{c}") for c in _COLS] == [3, 1, None, None, None, None, 4]
    for row in ("1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.8"):
        assert not [a for a in report.missing if a.startswith(f"requests/{row}/")], (row, report.missing)
    assert not any("空白格在复制时丢失" in n for n in log.notes), log.notes


def test_a_copy_whose_pipe_lines_part_cells_not_closed_by_a_pipe_is_not_read_so() -> None:
    """The same rows with each cell's pipe on the line after it ("56", "|"): a pipe line may part
    two cells or be an empty one, and no one gap holds for most of the copy — its rows are left
    unread with the reason, not read as the closed copy's empty cells."""
    head, _, rows = _copy().partition("|||||\n")
    lines = []
    for line in rows.splitlines():
        if line.endswith(" |") and line.strip() != "|":
            lines += [line[:-2], "|"]
        else:
            lines.append(line)
    report, log = import_text(head + "|||||\n" + "\n".join(lines) + "\n", "parted.txt")
    for row in ("1", "3.1", "3.3.3"):
        assert all(f"requests/{row}/{c}" in report.missing for c in _COLS), (row, report.cells)
    assert any("空白格在复制时丢失" in n for n in log.notes), log.notes


# --- an organ whose name holds 工作 before the office it names ---------------------------------------

@pytest.mark.parametrize(("opening", "organ"), [
    ("2022年,二道区房屋征收工作管理办公室认真贯彻落实《条例》。", "二道区房屋征收工作管理办公室"),
    ("2020年，某县扶贫开发工作办公室坚持以公开为常态。", "某县扶贫开发工作办公室"),
])
def test_an_opening_naming_an_organ_whose_name_holds_gongzuo_gives_it(opening: str, organ: str) -> None:
    """关于2022年度政府信息公开情况的报告 names no organ; the opening's subject does, and 工作 just
    before the office it names is part of the name (扶贫开发工作办公室, 金融工作办公室)."""
    assert opening_subject([opening]) is not None
    assert opening_subject([opening])[0] == organ


@pytest.mark.parametrize("opening", [
    "2022年,某区政府信息公开工作领导小组办公室认真贯彻落实《条例》。",
    "2022年,某区工作人员认真贯彻落实《条例》。",
    "2022年,某区房屋征收工作会议认真部署。",
])
def test_gongzuo_elsewhere_in_an_openings_words_names_no_organ(opening: str) -> None:
    found = opening_subject([opening])
    assert found is None or "工作" not in found[0], found
