"""A copy giving every cell its own line, whose table 三 rows lost the separators between their
cells: each row's label on one line and its cells as one run of digits on the next ("0000000").
The run is split a digit a cell only as a run glued to its label is: when it opens with 0 (no count
does) and has as many digits as the table has columns. Before, the run was taken for one value
printed alone, and every such row went unread."""

from __future__ import annotations

from core.importers.text import import_text

_HEAD = ("某区教育局2023年政府信息公开工作年度报告\n\n"
         "2023年,本局主动公开政府信息120条。\n\n"
         "三、收到和处理政府信息公开申请情况\n\n"
         "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n\n"
         "申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n"
         "商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n")
_COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")


def test_a_run_of_zeros_under_its_label_is_one_zero_a_column() -> None:
    text = _HEAD + ("一、本年新收政府信息公开申请数量\n\n0000000\n\n"
                    "二、上年结转政府信息公开申请数量\n\n0000000\n\n"
                    "三、本年度办理结果\n\n(一)予以公开\n\n0000000\n\n")
    report, _ = import_text(text, "runs.txt")
    for row in ("1", "2", "3.1"):
        for col in _COLS:
            assert report.cells.get(f"requests/{row}/{col}") == 0, (row, col)
            assert f"requests/{row}/{col}" not in report.missing


def test_a_run_of_the_wrong_length_is_not_read() -> None:
    """Five digits under seven columns: which cells they are cannot be told; the row is not read,
    and the note says its digits ran together."""
    text = _HEAD + ("一、本年新收政府信息公开申请数量\n\n00000\n\n"
                    "二、上年结转政府信息公开申请数量\n\n0000000\n\n"
                    "三、本年度办理结果\n\n(一)予以公开\n\n0000000\n\n")
    report, log = import_text(text, "short.txt")
    assert all(f"requests/1/{col}" in report.missing for col in _COLS)
    assert any("00000" in n and "连在一起" in n for n in log.notes), log.notes
    assert report.cells.get("requests/2/total") == 0


def test_a_lone_number_not_opening_with_zero_is_no_run() -> None:
    """Digits not opening with 0 under a label are one count, as before (here the copy's last row,
    read under its first column with the rest not read): they are not split a digit a cell."""
    text = _HEAD + ("一、本年新收政府信息公开申请数量\n\n1200012\n\n")
    report, _ = import_text(text, "number.txt")
    assert report.cells.get("requests/1/natural") == 1200012
    assert "requests/1/commercial" in report.missing
