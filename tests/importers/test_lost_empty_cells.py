"""A copy that lost its empty cells: one cell per line, the blank lines that stood for empty cells
gone (a PDF's text layer keeps no blank line; some copies drop them). Its rows then print different
numbers of values, fewer than the columns ("12", "12" under seven), and where each stands is not
printed. They were placed anyway: a row printing more values than most rows went in left to right
(12 under 自然人 and 12 under 商业企业, the 总计 blank), and the columns the shorter rows did not
reach were called absent from the table and read blank."""

from __future__ import annotations

import json
from pathlib import Path

from core.importers.text import import_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _without_blank_lines(entry: str) -> tuple[str, dict[str, object]]:
    text = (CORPUS / f"{entry}.txt").read_text(encoding="utf-8")
    want = json.loads((CORPUS / f"{entry}.json").read_text(encoding="utf-8"))["cells"]
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n", want


def test_rows_printing_different_counts_are_not_placed() -> None:
    """兴化市大营镇 2023 without its blank lines: 一 prints 12 and 12 (自然人 and 总计), 三(一) prints 4
    (自然人, 总计 left blank). No cell of 表三 is read wrong; those rows are not read, saying why."""
    text, want = _without_blank_lines("pages-xinghua-daying-2023")
    report, log = import_text(text, "daying.txt")
    wrong = [a for a, v in want.items() if a.startswith("requests/") and a not in report.missing
             and report.cells.get(a) != v]
    assert wrong == []
    for row in ("1", "3.1", "3.3.6"):
        assert all(f"requests/{row}/{col}" in report.missing
                   for col in ("natural", "commercial", "research", "nonprofit", "legal", "other", "total"))
    assert any("各行印出的数值个数不一" in n and "空白格在复制时丢失" in n for n in log.notes), log.notes
    assert not any("表三原文各行都没有" in n for n in log.notes), log.notes


def test_a_table_printed_with_fewer_columns_is_still_read() -> None:
    """The same rows when every row prints the same few values under a header naming them: the
    table was printed with fewer columns, and each value's column is the header's."""
    text = ("某镇人民政府2023年政府信息公开工作年度报告\n"
            "三、收到和处理政府信息公开申请情况\n"
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
            "\t自然人\t总计\n"
            "一、本年新收政府信息公开申请数量\t12\t12\n"
            "二、上年结转政府信息公开申请数量\t0\t0\n"
            "三、本年度办理结果\n"
            "（一）予以公开\t4\t4\n")
    report, _ = import_text(text, "fewer.txt")
    assert report.cells["requests/1/natural"] == 12 and report.cells["requests/1/total"] == 12
    assert report.cells["requests/3.1/natural"] == 4 and report.cells["requests/3.1/total"] == 4
    assert "requests/1/natural" not in report.missing


def test_a_two_level_header_printed_level_by_level_names_every_column() -> None:
    """南京市某局 2021 (繁体) without its blank lines: the header names its seven columns one per
    line, level by level (自然人, 法人或其他组织, 总计, then 商业企业…其他), and the one row printed
    gives two values, 1 and 1. The header was taken to name too few columns (总计 stood before
    商业企业), and the two values went under 其他 and 总计; which columns they are is not printed."""
    text, want = _without_blank_lines("pages-nanjing-tcj-2021")
    report, log = import_text(text, "nanjing.txt")
    assert all(f"requests/1/{col}" in report.missing
               for col in ("natural", "commercial", "research", "nonprofit", "legal", "other", "total"))
    assert any("表头有 7 列" in n for n in log.notes), log.notes
    assert all(report.cells.get(a) == v for a, v in want.items() if not a.startswith("requests/") and a not in report.missing)
