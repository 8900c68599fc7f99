"""A printed copy wraps a preamble's sentence anywhere: "…我局结合招商引资工作实际,认真组织编写了 2021年政府信息公开工 /
作年度报告,现将有关情况报告如下:" (卓尼县 a bureau's 2021 report, pages corpus, printed to PDF: the third held-out
round) joined two lines short enough to pass for a wrapped title, and its organ read as 认真组织编写了. The verb 编写
and 了, which ends a sentence's verb, are in no organ's name; an organ whose name holds 编制 (县委机构编制委员会办公室)
is still one."""

from __future__ import annotations

import pytest

from core.importers.prose import title_parts


@pytest.mark.parametrize("text", [
    "工作的通知的通知》要求,我局结合招商引资工作实际,认真组织编写了 2021年政府信息公开工作年度报告",
    "认真组织编写了2021年政府信息公开工作年度报告",
    "按要求编写2021年政府信息公开工作年度报告",
])
def test_a_verb_before_the_report_is_no_organ(text: str) -> None:
    assert title_parts(text) is None


@pytest.mark.parametrize(("text", "organ"), [
    ("卓尼县招商局2021年政府信息公开工作年度报告", "卓尼县招商局"),
    ("县委机构编制委员会办公室2021年政府信息公开工作年度报告", "县委机构编制委员会办公室"),
])
def test_an_organ_is_still_read(text: str, organ: str) -> None:
    parts = title_parts(text)
    assert parts is not None and parts[0] == organ and parts[1] == 2021
