"""The constructions real reports use to state figures (issue: checks a clerk can trust).

Each true sentence below once drew a false R6 error; now it must stay quiet (or be an info), and the
same sentence with one number changed must still be found. Base: ``clean_report`` (某某镇人民政府,
2024): 新收 21, 上年结转 1, 予以公开 14, 部分公开 3, 无法提供 3, 结转下年度 2, 行政复议 1, 诉讼 0.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from builders import clean_report

from core import calc
from core.findings import ERROR, INFO
from core.validate import validate


def r6(text: str, organ: str = "某某镇人民政府", **cells: int) -> set[tuple[str, str]]:
    report = clean_report("2021", organ=organ)
    for address, value in cells.items():
        report.cells[address.replace("__", "/").replace("_", ".")] = value
    calc.recompute_all(report)
    report.texts["1.2"] = text
    found = {(f.key.split("/")[1], f.severity) for f in validate(report) if f.rule == "R6"}
    assert ERROR not in {s for _, s in found}
    return found


# the sentence, the same with one figure changed, and cells that make the first one true
TRUE_AND_PLANTED = [
    ("全年办结政府信息公开申请20件，其中予以公开及部分公开17件。", "全年办结政府信息公开申请20件，其中予以公开及部分公开18件。", {}),
    ("不予公开、无法提供及不予处理的申请共3件。", "不予公开、无法提供及不予处理的申请共5件。", {}),
    ("对政府信息公开申请，因本机关不掌握相关政府信息无法提供2件。", "对政府信息公开申请，因本机关不掌握相关政府信息无法提供3件。",
     {"requests__3_4_1__natural": 2, "requests__3_4_2__natural": 1}),
    ("被申请行政复议、提起行政诉讼共1件。", "被申请行政复议、提起行政诉讼共2件。", {}),
    ("全年新收和上年结转的政府信息公开申请共22件。", "全年新收和上年结转的政府信息公开申请共23件。", {}),
]


@pytest.mark.parametrize("true,planted,cells", TRUE_AND_PLANTED)
def test_coordinated_summed_and_sub_items_are_read_as_they_are_meant(true: str, planted: str,
                                                                     cells: dict[str, int]) -> None:
    assert r6(true, **cells) == set()
    assert r6(planted, **cells) and all(s in ("warning", INFO) for _, s in r6(planted, **cells))


@pytest.mark.parametrize("text", [
    "其中通过网上平台受理15件，现场受理6件。",
    "平均答复时间为5个工作日。",
    "每月收到政府信息公开申请20到30件不等。",
    "近三年共收到政府信息公开申请200件。",
    "区司法局收到政府信息公开申请12件。",
    "受理的第3件政府信息公开申请涉及征地补偿。",
    "政府信息公开申请答复率为100%。",
    "2023年共收到政府信息公开申请30件。",
    "予以公开、部分公开分别为12件、5件。",
])
def test_what_the_tables_do_not_hold_is_left_alone(text: str) -> None:
    assert r6(text) == set()


def test_one_channel_without_qizhong_is_at_most_an_info() -> None:
    """通过信函方式受理6件 may be all of them or one channel: the reader is not sure."""
    assert r6("通过信函方式受理政府信息公开申请6件。") == {("received", INFO)}
    assert r6("通过信函方式受理政府信息公开申请21件。") == set()


def test_another_organ_is_told_from_the_reports_own() -> None:
    """The district government's report: 区政府办 alone received 17 (held-out report, 洪泽区 2024)."""
    text = "2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。"
    assert r6(text, organ="淮安市洪泽区人民政府") == set()
    assert r6("区司法局收到政府信息公开申请12件。", organ="淮安市洪泽区司法局") == {("received", "warning")}
    assert r6("本机关收到政府信息公开申请12件。", organ="淮安市洪泽区司法局") == {("received", "warning")}
    assert r6("向区政府申请行政复议3件。", organ="淮安市洪泽区司法局") == {("review", "warning")}


def test_a_clause_with_words_the_reader_does_not_know_is_only_an_info() -> None:
    assert r6("收到政府信息公开申请25件。") == {("received", "warning")}
    assert r6("收到涉及征地拆迁补偿标准的政府信息公开申请25件。") == {("received", INFO)}


def test_plausibility_follows_the_organs_level() -> None:
    def r8(organ: str, amount: str) -> set[str]:
        report = clean_report("2021", organ=organ)
        report.cells["art20_8/fees/amount"] = Decimal(amount)
        return {f.severity for f in validate(report) if f.rule == "R8"}

    assert r8("淮安市人民政府", "24252") == set()                      # a city's real fees
    assert r8("某某县人民政府", "18651") == set()                      # a county's
    assert r8("某某镇人民政府", "18651") == {"warning"}                 # a township's: a 元 in the 万元 column
    assert r8("某某管委会", "18651") == {INFO}                         # level unknown: unsure
    assert r8("某某县人民政府", "186510000") == {"warning"}


def test_a_title_with_nian_du_repeated_is_an_info() -> None:
    report = clean_report("2021")
    report.title = "某某镇人民政府2024年度政府信息公开工作年度报告"
    assert {(f.rule, f.severity) for f in validate(report) if f.rule == "F1"} == {("F1", INFO)}


THE_TEN = [
    "其中予以公开及部分公开59件。",
    "不予公开、无法提供及不予处理的申请共36件。",
    "因本机关不掌握相关政府信息无法提供31件。",
    "其中通过网上平台受理87件，现场受理8件。",
    "平均答复时间为5个工作日。",
    "每月收到政府信息公开申请20到30件不等。",
    "近三年共收到政府信息公开申请200件。",
    "被申请行政复议、提起行政诉讼共6件。",
    "区司法局收到政府信息公开申请12件。",
    "受理的第3件政府信息公开申请已按期答复。",
    "予以公开及部分公开42件。".replace("42", "59"),
]


@pytest.mark.parametrize("text", THE_TEN)
def test_the_ten_true_sentences_that_once_drew_false_errors(text: str) -> None:
    """One district government's tables make every sentence true, and every naive reading false:
    部分公开 9 (not 59), 不予处理 0 (not 36), （四） 36 (not 31), 新收 95 (not 87), 诉讼 2 (not 6)."""
    report = clean_report("2021", organ="某某区人民政府")
    for address in report.form.input_addresses():
        if address.startswith(("requests/", "appeals/")):
            report.cells[address] = 0
    report.cells.update({"requests/1/natural": 95, "requests/3.1/natural": 50, "requests/3.2/natural": 9,
                         "requests/3.4.1/natural": 31, "requests/3.4.2/natural": 5,
                         "appeals/review/upheld": 4, "appeals/suit_direct/upheld": 2})
    calc.recompute_all(report)
    assert not [f for f in validate(report) if f.severity == ERROR]          # the tables balance
    report.texts["1.2"] = text
    assert {f.severity for f in validate(report) if f.rule == "R6"} <= {INFO}


def test_applicant_columns_of_a_list_are_read_one_by_one() -> None:
    """收到21件，涉及自然人19件、商业企业2件: each applicant's column of 新收 (an info when it differs:
    the whole may include last year's)."""
    assert r6("全年共收到政府信息公开申请21件，涉及自然人19件、商业企业2件。") == set()
    assert r6("全年共收到政府信息公开申请21件，涉及自然人19件、商业企业1件。") == {("received", INFO)}
    assert r6("全年共收到政府信息公开申请21件，其中自然人18件、商业企业2件。") == {("received", INFO)}
    assert r6("2023年收到自然人申请48件。") == set()                     # another year: left alone
    assert r6("收到自然人申请较上年增加5件。") == set()


@pytest.mark.parametrize("text", [
    "全年共制作政府信息（文件）617份，其中主动公开138份、依申请公开及不予公开431份；",
    "共发布政府信息（文件）687份，其中主动公开299份，依申请公开及不予公开388份，立案查处各类违法行为。",
])
def test_documents_counted_by_their_disclosure_class_are_no_requests_withheld(text: str) -> None:
    """平潭综合执法与应急管理局 2020 and 2023 count the documents they made by 公开属性 (主动公开,
    依申请公开, 不予公开): not 表三's requests refused (helper 62 found them compared with （三）不予公开)."""
    assert r6(text) == set()


def test_requests_refused_in_a_clause_on_requests_are_still_read() -> None:
    assert r6("在依申请公开答复中，不予公开3件。") == {("withheld", "warning")}
    assert r6("在依申请公开答复中，不予公开0件。") == set()


def test_the_parts_of_the_report_and_appeals_not_received_are_no_counts() -> None:
    """Two sentences of 平潭 行政审批局 2022 that R6 read once a copy's run-together lines were
    repaired: the six 部分 its preamble lists (行政复议、行政诉讼情况 among them) are no six appeals,
    and 未收到…行政复议、行政诉讼的申请 says no appeal was lodged, not that no request came in."""
    parts = ("本报告全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
             "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。")
    assert r6(parts) == set()
    appeals = "共收到政府信息公开申请21件，已办理完结，未收到因政府信息公开提出的行政复议、行政诉讼的申请。"
    assert "received" not in {m for m, _ in r6(appeals)}
    assert ("received", "warning") in r6("本年度未收到政府信息公开申请。")          # a zero still read
    assert ("review", "warning") in r6("被申请行政复议6个。")                      # and 个 still counts


def test_figures_in_brackets_after_a_figure_break_it_down() -> None:
    """回应依申请公开信息2条（属于已主动公开答复数1条，同意公开答复数1条） (平潭 社会事业局 2024):
    a bracket opened right after a figure splits it as 其中 does; its parts are not the year's whole."""
    assert r6("全年回应依申请公开信息20条（属于已主动公开答复数8条，同意公开答复数12条）。") == set()
    assert r6("全年答复政府信息公开申请20件（其中网上答复8件，信函答复12件）。") == set()
    assert r6("全年答复政府信息公开申请20件（含网上答复8件）。") == set()
    assert r6("依申请公开方面（全年答复政府信息公开申请19件），均按时办结。") == {("decided", "warning")}
    assert r6("全年答复政府信息公开申请19件（属于已主动公开答复数8条，同意公开答复数11条）。") \
        == {("decided", "warning")}
