"""A row printing fewer figures than the table's other rows: which columns its figures stand in is
printed only where its separators mark every cell, the empty ones too ("规章 | 0 | 0 | |"). Else
placing them from the left is a guess — a copy that lost an empty cell in the middle (a browser's
copy, a page leaving a middle cell blank) puts every figure after it in the wrong column — and the
row is left unread, with the reason. So is a figure standing apart from a table's lines (a page's
number at a page break) never taken for a row's lost 总计, whatever the row adds up to."""

from __future__ import annotations

import sys
from pathlib import Path

from core.importers.text import import_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_torn_tables import TORN  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ART20 = ("某市某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
         "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n{rules}\n规范性文件 | 15 | 0 | 57 |\n"
         "第二十条第(五)项 | |\n信息内容 | 本年处理决定数量 |\n行政许可 | 7 |\n三、收到和处理政府信息公开申请情况\n")
REQUESTS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")


def _rules(text: str) -> list[object]:
    report, _ = import_text(text, "rows.md")
    return ["未读取" if f"art20_1/rules/{c}" in report.missing else report.cells.get(f"art20_1/rules/{c}", "无")
            for c in ("issued", "repealed", "in_force")]


def test_a_short_pipe_row_is_read_only_where_its_pipes_mark_every_cell() -> None:
    """白沙县 2023 prints 规章 | 0 | 0 | | : its pipes close a third cell, printed empty — read 0, 0 and
    blank. "规章 | 3 | 5 |" closes two cells where the table has three: which one the copy left out is
    not printed (3 and 5 were read as 本年制发 and 本年废止, 现行有效 blank). Nor is a row printing more
    cells than the table has. A row cut by tabs alone keeps its empty cells as empty fields: one with
    a field too few lacks it at its end."""
    assert _rules(ART20.format(rules="规章 | 0 | 0 | |")) == [0, 0, None]
    report, log = import_text(ART20.format(rules="规章 | 3 | 5 |"), "rows.md")
    assert [c in report.missing for c in ("art20_1/rules/issued", "art20_1/rules/repealed", "art20_1/rules/in_force")] \
        == [True, True, True]
    assert any("“规章”一行只印了 2 个数值" in n and "该行未读取" in n for n in log.notes), log.notes
    assert not any("按从左到右录入" in n for n in log.notes)
    assert report.cells.get("art20_1/normative/in_force") == 57
    assert _rules(ART20.format(rules="规章 | 3 | 5 | | |")) == ["未读取"] * 3
    tabbed = ART20.replace(" | ", "\t").replace(" |", "")
    assert _rules(tabbed.format(rules="规章\t3\t5\t")) == [3, 5, None]
    # cut by tabs alone, an empty cell is an empty field wherever it stands: a row with fewer fields
    # had fewer cells on its page, at its end (a copy or an editor trims only trailing tabs)
    assert _rules(tabbed.format(rules="规章\t3\t5")) == [3, 5, None]
    assert _rules(tabbed.format(rules="规章\t\t5")) == [None, 5, None]
    assert _rules(tabbed.format(rules="规章\t3\t5\t0\t1")) == ["未读取"] * 3
    # its tabs turned into spaces, the same row no longer shows where its blank stands
    assert _rules(tabbed.replace("\t", " ").format(rules="规章 3 5")) == ["未读取"] * 3


def test_a_browser_copy_that_lost_a_rows_empty_cells_does_not_place_its_figures() -> None:
    """沭阳县发改局 2023, its tabs lost (each cell on a line of its own): 四、结转下年度继续办理 prints 0
    (自然人) and 0 (总计) with five empty cells between, which the copy does not show. The two figures
    were read as 自然人 and 商业企业, 总计 blank: both wrong. Now the row is not read; the copy with
    its tabs reads it right."""
    source = (CORPUS / "browser-shuyang-fgj-2023-copy.txt").read_text(encoding="utf-8")
    report, _ = import_text(source, "tabs.txt")
    assert [report.cells.get(f"requests/4/{c}") for c in REQUESTS] == [0, None, None, None, None, None, 0]
    lost = "\n".join(" ".join(c for c in line.split("\t") if c.strip()) if "\t" in line else line
                     for line in source.splitlines())
    report, log = import_text(lost, "lost.txt")
    assert all(f"requests/4/{c}" in report.missing for c in REQUESTS), [report.cells.get(f"requests/4/{c}") for c in REQUESTS]
    # the reason is told, for the row or for the table's rows of cells each on a line of its own
    assert any("“四、结转下年度继续办理”一行只印了 2 个数值" in n or ("看不出所在的列" in n and "未读取" in n)
               for n in log.notes), log.notes


def test_a_figure_apart_from_the_tables_lines_is_no_lost_total() -> None:
    """结转下年度 1 0 0 0 0 0 with 总计 blank, and a lone 1 set apart from the table's lines by a blank
    line or a page break (a page's number there): it adds up to the row, but it stands outside the
    table's run of lines, so it is not read as the total — the blank is left unread. A lone 1 among
    the lines (a cell the converter moved) still is."""
    for stray in ("\n1\n", "\x0c1\n", "1\n\n", "\n\n1\n\n"):
        report, log = import_text(TORN.format(stray=stray, total=""), "torn.md")
        assert "requests/4/total" in report.missing, stray
        assert report.cells.get("requests/4/natural") == 1
        assert not any("正是该行各列之和" in n for n in log.notes), stray
    report, _ = import_text(TORN.format(stray="1\n", total=""), "torn.md")
    assert report.cells.get("requests/4/total") == 1
