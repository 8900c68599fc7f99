"""The same real report copied a little differently must not read differently (issue 17: found by
varying the corpus's full reports the way real copies vary). Each variant is one change a real copy
shows, applied to a real page; what a person reads in it is what the original gives."""

from __future__ import annotations

from pathlib import Path

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
