"""政府信息公开申请 is a request, never a document made public (平潭综合实验区旅游与文化体育局 2025,
codez corpus batch): in "全年共制发行政规范性文件6件…；…全年办理政府信息公开申请1件" the 公开 inside the
requests' own name was taken for 公开 of the 规范性文件 named earlier in the sentence, so R6 compared 1
with 表二's 本年制发件数, and the importer's run "6034" (行政规范性文件 6 0 34), which 制发…6件 alone
settles, was left unread because the two statements disagreed. 公开申请 now cues no publication; 公开 of
documents (主动公开规范性文件5件, 公开规范性文件5件) still does: the 2019 form's 本年新公开数量; in the 2021
form it states nothing (published is not 本年制发, tests/prose/test_documents_published_not_issued.py).

``clean_report``: 新收 21, 办理结果总计 20, 行政规范性文件 制发 3 / 现行有效 8."""

from __future__ import annotations

import pytest
from builders import clean_report

from core import calc
from core.importers.text import import_text
from core.validate import validate
from importers.files import fixture, table_text


def r6(text: str, fmt: str = "2021") -> set[tuple[str, str]]:
    report = clean_report(fmt)
    calc.recompute_all(report)
    report.texts["1.2"] = text
    return {(f.key.split("/")[1], f.severity) for f in validate(report) if f.rule == "R6"}


@pytest.mark.parametrize("text", [
    "本年度制发行政规范性文件3件；全年收到政府信息公开申请21件。",
    "本年度制发行政规范性文件3件；规范做好依申请公开信息答复工作，全年办理政府信息公开申请20件。",
    "本年度制发行政规范性文件3件；全年共受理信息公开申请21件。",
])
def test_requests_after_documents_agree_quietly(text: str) -> None:
    assert r6(text) == set()


@pytest.mark.parametrize("text,fmt,expected", [
    # the request count that disagrees is the requests' finding, not 表二's
    ("本年度制发行政规范性文件3件；全年收到政府信息公开申请18件。", "2021", {("received", "warning")}),
    # close wordings that are publication of documents stay read as such (a doubtful statement: info)
    # where the form has a column of it (2019: 本年新公开数量); in the 2021 form they state nothing
    ("全年主动公开行政规范性文件5件。", "2019", {("normative_published", "info")}),
    ("本年度公开行政规范性文件5件，依申请公开2件。", "2019", {("normative_published", "info")}),
    ("本年度发布行政规范性文件5件；收到政府信息公开申请21件。", "2019", {("normative_published", "info")}),
    ("全年主动公开行政规范性文件5件。", "2021", set()),
    ("本年度公开行政规范性文件5件，依申请公开2件。", "2021", set()),
    ("本年度发布行政规范性文件5件；收到政府信息公开申请21件。", "2021", set()),
])
def test_documents_and_requests_each_keep_their_own_figure(text: str, fmt: str,
                                                           expected: set[tuple[str, str]]) -> None:
    assert r6(text, fmt) == expected


def test_a_run_is_settled_by_its_words_though_a_request_count_follows() -> None:
    """行政规范性文件 0 5 5 run together as "055" (0 5 5, 0 55, blank 0 55 …); the words 废止5件 and
    现行有效5件 leave one way, and the requests counted after ； in the same sentence say nothing of it."""
    report = fixture("samples/hongze-district-2023")
    text = table_text(report, "tab")
    words = "本年度废止行政规范性文件5件，现行有效行政规范性文件5件；全年收到政府信息公开申请3件。"
    i = text.index("二、主动公开")
    text = text[:i] + words + "\n" + text[i:]
    flat = "".join(line.split("\t")[0] + "".join(line.split("\t")[1:]) for line in text.splitlines())
    got, log = import_text(flat, "x.txt")
    row = [f"art20_1/normative/{c}" for c in ("issued", "repealed", "in_force")]
    assert [got.cells[a] for a in row] == [0, 5, 5] and not set(row) & set(got.missing)
    assert any("按正文所述" in n and "055" in n for n in log.notes)


def test_a_run_is_settled_by_words_a_copy_spaced_inside() -> None:
    """The same words with a blank inside 行政规范 性文件 (a cell's wrapped words run together, a PDF's
    spacing): the grammar reads words whole, and before, the run stayed unread. 废止 said of other
    documents (2021年度以前的文件) still says nothing of it."""
    report = fixture("samples/hongze-district-2023")
    text = table_text(report, "tab")
    i = text.index("二、主动公开")
    row = [f"art20_1/normative/{c}" for c in ("issued", "repealed", "in_force")]
    for words, read in (("本年度废止行政规范 性文件5件。", True),
                        ("本年度制发行政 规范性文件0件，废止行政规范 性文件5件。", True),
                        ("本年度废止行政规范 性文件 5 件。", True),
                        ("本年度废止 2021年度以前的文件5件。", False)):
        spaced = text[:i] + words + "\n" + text[i:]
        flat = "".join(line.split("\t")[0] + "".join(line.split("\t")[1:]) for line in spaced.splitlines())
        got, _ = import_text(flat, "x.txt")
        assert ([got.cells.get(a) for a in row] == [0, 5, 5] and not set(row) & set(got.missing)) is read, words
