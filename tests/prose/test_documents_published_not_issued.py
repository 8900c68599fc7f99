"""公开/发布 of 规范性文件 says what was published, not the 2021 form's 本年制发件数 (R6's grammar,
templates/shared.json).

Read against the 表二 the same reports print: 新市区 2022 "我区公开行政规范性文件2件" beside 3 0 7,
洞头区农业农村局 2021 "累计发布规范性文件0件" beside 1 0 18 — neither is 本年制发 nor 现行有效 — while
国家新闻出版署 2022 (公开 3), 上海市科委 2024 (发布…行政规范性文件13件) and 上海市政府办公厅 2025 (主动公开 34)
happen to equal it. A verb that disagrees with the cell in two of five reports makes no claim about it:
no finding (a false one is worse than a miss) and, through ``core/importers/settle.py``, no cell. The verbs
of making (制发 制定 印发 出台, also 制定并公开 / 制定发布) still state it, and in the 2019 form 公开 is its own
column (本年新公开数量), read as before.

``clean_report``: 行政规范性文件 制发 3 / 现行有效 8 (2021); the 2019 form's cells all 0.
"""

from __future__ import annotations

import pytest
from builders import clean_report

from core import calc
from core.validate import validate


def r6(text: str, fmt: str = "2021", year: int | None = None) -> set[tuple[str, str]]:
    report = clean_report(fmt, year)
    calc.recompute_all(report)
    report.texts["1.2"] = text
    return {(f.key.split("/")[1], f.severity) for f in validate(report) if f.rule == "R6"}


PUBLISHED = [
    "2024年我区公开行政规范性文件2件。",                      # 新市区 2022's words (its table: 3 0 7)
    "全年主动公开行政规范性文件5件。",
    "本年度公开行政规范性文件5件，依申请公开2件。",
    "本年度发布行政规范性文件5件；收到政府信息公开申请21件。",
    "2024年，我局共发布规范性文件5份。",                     # 儋州市政府办公室 2023 (no table seen)
    "通过政府门户网站集中公开规范性文件5件。",
    "全年新增公开行政规范性文件5件。",
    "全年主动公开市政府及市政府办公厅行政规范性文件5件、人事任免文件196件。",
]


@pytest.mark.parametrize("text", PUBLISHED)
def test_documents_published_claim_nothing_of_the_year_s_issued(text: str) -> None:
    """Each of these drew an info "写 5，而…本年制发件数为 3" before."""
    assert r6(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("本年度制发行政规范性文件5件。", {("normative_issued", "info")}),
    ("全年印发行政规范性文件5件。", {("normative_issued", "info")}),
    ("全年出台行政规范性文件5件。", {("normative_issued", "info")}),
    ("2024年制定并公开行政规范性文件5件。", {("normative_issued", "info")}),
    ("制定发布规范性文件5件，清理废止文件0件，现行有效文件8件。", {("normative_issued", "info")}),
    ("动态更新发布本年度制发行政规范性文件5件。", {("normative_issued", "info")}),
    ("本年度制发行政规范性文件3件，主动公开行政规范性文件5件。", set()),
    ("本年度现行有效行政规范性文件5件。", {("normative_in_force", "info")}),
])
def test_the_verbs_of_making_still_state_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert r6(text) == expected


@pytest.mark.parametrize("text", ["全年主动公开行政规范性文件5件。", "本年度发布行政规范性文件5件。"])
def test_the_2019_form_s_own_column_of_publishing_is_still_read(text: str) -> None:
    assert r6(text, "2019") == {("normative_published", "info")}


def test_published_documents_that_agree_stay_quiet_too() -> None:
    assert r6("全年主动公开行政规范性文件3件。") == set()
    assert r6("全年主动公开行政规范性文件0件。", "2019") == set()
