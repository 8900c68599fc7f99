"""A text that begins with its own heading (carried from last year, pasted from a published
report) is printed under it once: ``core.outline.fold_heading``."""

from __future__ import annotations

import pytest

from core.outline import fold_heading

SUB, SECTION = "（一）主动公开", "一、总体情况"


@pytest.mark.parametrize(("heading", "paras", "expected"), [
    # run-in: the marker as typed (full/half width, spaces), no separate heading
    (SUB, ["（一）主动公开方面。本年度主动公开信息。"], ("", ("（一）主动公开方面。本年度主动公开信息。",))),
    (SUB, ["(一) 主动公开方面。本年度…"], ("", ("（一）主动公开方面。本年度…",))),
    (SUB, ["（ 一 ）本年度主动公开信息120条，其中……"], ("", ("（一）本年度主动公开信息120条，其中……",))),
    (SECTION, ["一、 总体情况。2024年本机关坚持……"], ("", ("一、总体情况。2024年本机关坚持……",))),
    (SECTION, ["一．总体情况：2024年本机关坚持……"], ("", ("一、总体情况：2024年本机关坚持……",))),
    # the heading's words without the marker: the marker is put back
    (SUB, ["主动公开方面，本年度主动公开政府信息120条，围绕重点领域发布信息。"],
     ("", ("（一）主动公开方面，本年度主动公开政府信息120条，围绕重点领域发布信息。",))),
    # a heading line of its own, followed by text: printed as the heading, once
    (SECTION, ["一、总体情况", "2024年……"], (SECTION, ("2024年……",))),
    (SUB, ["（一）主动公开情况", "本年度……"], ("（一）主动公开情况", ("本年度……",))),
    (SUB, ["主动公开", "本年度……"], (SUB, ("本年度……",))),
    (SUB, ["(一)主动公开：", "本年度……"], ("（一）主动公开：", ("本年度……",))),
    # another marker, or none: the template's heading stays
    (SECTION, ["（一）加强组织领导。", "……"], (SECTION, ("（一）加强组织领导。", "……"))),
    (SECTION, ["一是加强领导。"], (SECTION, ("一是加强领导。",))),
    (SUB, ["（二）依申请公开方面。"], (SUB, ("（二）依申请公开方面。",))),
    (SUB, ["主动"], (SUB, ("主动",))),
    ("二、主动公开政府信息情况", ["二十、……"], ("二、主动公开政府信息情况", ("二十、……",))),
    (SECTION, [], (SECTION, ())),
])
def test_fold_heading(heading: str, paras: list[str], expected: tuple[str, tuple[str, ...]]) -> None:
    assert fold_heading(heading, paras) == expected
