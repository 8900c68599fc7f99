"""Copies of township reports of the west and the south (helper: pagesal-*): what their pages print
around the report that was read wrong before."""

from __future__ import annotations

import pytest

from core.importers.text import import_text
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"


@pytest.mark.parametrize("label", ["标题", "标 题", "名称"])
def test_a_title_field_whose_label_ran_into_its_value_gives_the_organ_without_it(label: str) -> None:
    """水城区杨梅乡 2022: the page's field grid lost the gap between each label and its value (索引号000…,
    文号是否有效, 标题水城区杨梅乡2022年…报告) above the title; 标题 was read as the start of the organ's
    name (标题水城区杨梅乡)."""
    report = fixture(SEED)
    text = table_text(report, "lines")
    head = (f"索引号000014349/{report.year + 1}-74857\n发布机构发文日期 {report.year + 1}-01-12 20:04\n文号是否有效\n"
            f"{label}{report.organ}{report.year}年政府信息公开工作年度报告\n\n"
            f"{report.organ}{report.year}年政府信息公开工作年度报告")
    got, _ = import_text(text.replace(report.display_title(), head, 1), "x.txt")
    assert got.organ == report.organ
    assert not got.title.startswith(label[0]), got.title
    assert differences(got, dict(report.cells)) == []
