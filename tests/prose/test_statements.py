"""R6 on sentences as real reports write them: what must be found, and where it must stay quiet.

The base is ``clean_report``: 新收 21, 上年结转 1, 办理结果总计 20 (予以公开 14, 部分公开 3, 无法提供 3),
结转下年度 2, 行政复议 1 (维持), 行政诉讼 0, 行政规范性文件 制发 3 / 现行有效 8, 收费 2.425231 万元.
"""

from __future__ import annotations

import pytest
from builders import clean_report

from core.commands import SetCell, SetText
from core.session import Session
from core.validate import validate


def r6(text: str, key: str = "1.2", **cells: int) -> set[tuple[str, str]]:
    report = clean_report("2021")
    for address, value in cells.items():
        report.cells[address.replace("__", "/").replace("_dot_", ".")] = value
    from core import calc
    calc.recompute_all(report)
    report.texts[key] = text
    return {(f.key.split("/")[1], f.severity) for f in validate(report) if f.rule == "R6"}


@pytest.mark.parametrize("text", [
    "本年度共收到政府信息公开申请21件。",
    "本年度共收到政府信息公开申请二十一件，办结20件，结转下年度继续办理2件。",
    "本年度共收到政府信息公开申请22件（含上年结转1件）。",
    "本年度新收政府信息公开申请21件，上年结转1件，其中予以公开14件、部分公开3件、无法提供3件。",
    "本年度受理两件政府信息公开申请。".replace("两", "二十一"),
    "全区各单位共收到政府信息公开申请300件。",
    "2023年共收到政府信息公开申请30件。",
    "收到政府信息公开申请数量较上年增加5件。",
    "共收到政府信息公开申请100余件。",
    "其中自然人提出申请15件。",
    "依申请公开文件181件，主动公开文件48件。",
    "政府信息公开申请按时答复率100%。",
    "本年度被申请行政复议1起，结果维持1件。",
    "本年度因政府信息公开被申请行政复议的案件均获维持。",
    "本年度未发生政府信息公开行政诉讼案件。",
    "全年无行政复议案件被纠错。",
    "本年度制发行政规范性文件3件，现行有效8件。",
    "全年收取信息处理费0元。",
    "收取行政事业性收费2.43万元。",
    "健全规章制度3项，印发文件12件。",
    "石嘴山便民服务中心回复62宗，回复议政网网帖4件。",
    "全年共受理信访案件32件，办结32件。",
    "有效降低行政复议、行政诉讼发生率。",
])
def test_agreeing_or_unrelated_sentences_are_quiet(text: str) -> None:
    assert r6(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("本年度共收到政府信息公开申请18件。", {("received", "warning")}),
    ("本年度共收到政府信息公开申请十八件。", {("received", "warning")}),
    ("本年度新收政府信息公开申请22件。", {("received", "warning")}),
    ("本年度共收到政府信息公开申请22件。", {("received", "info")}),   # 21 new + 1 carried: two readings
    ("本年度未收到政府信息公开申请。", {("received", "warning")}),
    ("本年度受理政府信息公开申请30件，办结20件，结转下年度2件。", {("received", "warning")}),
    ("答复政府信息公开申请25件，另有5件结转下年度办理。", {("decided", "warning"), ("carried_out", "warning")}),
    ("本年度未发生政府信息公开行政复议、行政诉讼案件。", {("review", "warning")}),
    ("本年度被申请行政复议3起。", {("review", "warning")}),
    ("本年度制发行政规范性文件3件，现行有效10件。", {("normative_in_force", "warning")}),
    ("收取行政事业性收费5万元。", {("fees", "warning")}),
    ("全年作出行政处罚决定5件。", {("penalty", "warning")}),
    ("本年度新收政府信息公开申请21件，上年转结3件。", {("carried_in", "warning")}),   # 转结: 古蔺's word for 结转
])
def test_contradictions_are_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert r6(text) == expected


def test_all_upheld_while_one_is_pending() -> None:
    found = r6("因政府信息公开被申请行政复议2件，均获维持。", **{"appeals__review__pending": 1})
    assert found == {("review_all_upheld", "warning")}


def test_finding_carries_sentence_span_and_cells() -> None:
    report = clean_report("2021")
    text = "（二）依申请公开。本年度共收到政府信息公开申请18件，均按时答复。"
    report.texts["1.2"] = text
    f = next(f for f in validate(report) if f.rule == "R6")
    assert f.cells == ("requests/1/total",)
    assert f.span is not None and f.span[0] == "1.2"
    assert text[f.span[1]:f.span[2]] == "本年度共收到政府信息公开申请18件，均按时答复。"
    assert "18件" in f.message and "21" in f.message
    assert f.as_dict()["span"] == {"text": "1.2", "start": f.span[1], "end": f.span[2]}


def test_a_cell_edit_reruns_the_comparison() -> None:
    report = clean_report("2021")
    session = Session(report)
    session.execute(SetText("1.2", "本年度共收到政府信息公开申请18件。"))
    assert [f.rule for f in session.findings if f.rule == "R6"] == ["R6"]
    result = session.execute(SetCell("requests/1/natural", 16))  # 16 + 2 commercial = 18
    assert not [f for f in result.findings if f.rule == "R6"]
    assert result.findings == validate(report)
