"""One passing and one failing case per rule and format, driven by a table.

Each case starts from a clean report (every cell consistent, last year attached, no findings)
and breaks exactly one thing; the rule must fire, with the cells and numbers it names.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from builders import clean_last_year, clean_report

from core import calc
from core.report import PRINTED, Report
from core.validate import validate

Mutation = Callable[[Report], None]


def printed(change: dict[str, object]) -> Mutation:
    """A published report whose printed totals are kept, with ``change`` applied to it."""

    def mutate(r: Report) -> None:
        r.totals = PRINTED
        r.cells.update(change)  # type: ignore[arg-type]

    return mutate


def cells(change: dict[str, object]) -> Mutation:
    def mutate(r: Report) -> None:
        r.cells.update(change)  # type: ignore[arg-type]
        calc.recompute_all(r)

    return mutate


def text(section: str, value: str) -> Mutation:
    def mutate(r: Report) -> None:
        r.texts[section] = value

    return mutate


def attr(name: str, value: object) -> Mutation:
    def mutate(r: Report) -> None:
        setattr(r, name, value)

    return mutate


def last(change: Callable[[Report], None]) -> Mutation:
    def mutate(r: Report) -> None:
        assert r.last_year is not None
        change(r.last_year)
        calc.recompute_all(r.last_year)

    return mutate


def carried(section: str) -> Mutation:
    def mutate(r: Report) -> None:
        r.carried_texts.add(section)

    return mutate


def not_read(*addresses: str) -> Mutation:
    """An imported report whose ``addresses`` could not be read from the source file."""

    def mutate(r: Report) -> None:
        for a in addresses:
            r.cells[a] = None
            r.missing[a] = "来源文件中没有这一格"
        calc.recompute_all(r)

    return mutate


def unread(*sections: str) -> Mutation:
    """An imported copy cut short: ``sections`` were never reached, so they hold no text."""

    def mutate(r: Report) -> None:
        for s in sections:
            for k in r.form.section_text_keys(s):
                r.texts.pop(k, None)
            r.unread_sections[s] = "来源文件在表四处中断，其后的内容没有读到"

    return mutate


def blank_table(table: str) -> Mutation:
    def mutate(r: Report) -> None:
        for a in r.form.table(table).addresses():
            r.cells[a] = None
        calc.recompute_all(r)

    return mutate


def ledger(**fields: object) -> Mutation:
    """A register of one request (dates given as month-day, in the report's year)."""
    def mutate(r: Report) -> None:
        from core.ledger.model import Request

        values = {k: (f"{r.year}-{v}" if k in ("received", "answered") and v else v) for k, v in fields.items()}
        r.ledger.requests[:] = [Request(number="依申请3号", **values)]  # type: ignore[arg-type]
        r.ledger.cache = None

    return mutate


BOTH = ("2021", "2019")

# (rule, formats, mutation, cells the finding must name, words the message must contain)
CASES: list[tuple[str, tuple[str, ...], Mutation, tuple[str, ...], tuple[str, ...]]] = [
    ("R1", BOTH, cells({"requests/3.1/natural": 11}), ("requests/1/natural", "requests/4/natural"),
     ("自然人列", "新收 19 + 上年结转 1 = 20", "相差 1")),
    ("R2", BOTH, printed({"requests/3.7/natural": 17}), ("requests/3.7/natural", "requests/3.1/natural"),
     ("（七）总计填 17", "之和为 18")),
    ("R3", BOTH, printed({"requests/1/total": 20}), ("requests/1/total", "requests/1/natural"),
     ("总计填 20", "之和为 21")),
    ("R4", BOTH, printed({"appeals/review/total": 0}), ("appeals/review/total", "appeals/review/upheld"),
     ("行政复议", "总计填 0", "= 1", "相差 1")),
    ("R5", BOTH, cells({"requests/3.2/natural": -3}), ("requests/3.2/natural",), ("-3", "非负整数")),
    ("R5", BOTH, cells({"appeals/review/pending": Decimal("1.5")}), ("appeals/review/pending",), ("1.5",)),
    ("R5b", BOTH, cells({"appeals/suit_direct/upheld": None}), ("appeals/suit_direct/upheld",),
     ("表四有 1 个空白格",)),
    ("R5c", BOTH, blank_table("requests"), (), ("表三一个数字都没有填写",)),
    ("R5c", BOTH, blank_table("art20_6"), (), ("表二第二十条第（六）项一个数字都没有填写",)),
    ("N1", BOTH, not_read("requests/3.1/natural", "requests/3.2/natural"),
     ("requests/3.1/natural", "requests/3.2/natural"), ("表三有 6 个单元格未能从来源文件读取", "（一）予以公开 / 自然人")),
    ("N2", BOTH, unread("5", "6"), (), ("第五、六部分未能从来源文件读取", "来源文件在表四处中断")),
    ("R8", ("2021",), cells({"art20_8/fees/amount": Decimal("242523110")}), ("art20_8/fees/amount",),
     ("数值可能有误", "242523110万元", "超过 1000万元", "把“元”填成了“万元”")),
    ("R8", BOTH, cells({"appeals/review/upheld": 2000000, "appeals/review/corrected": None}),
     ("appeals/review/upheld",), ("数值可能有误", "2000000", "请核对是否多写了位数")),
    ("L1", ("2021",), printed({"requests/3.6/natural": 2}), ("requests/3.6/natural",), ("2019版",)),
    ("S1", BOTH, text("1", "  "), (), ("一、总体情况",)),
    ("S2", BOTH, text("5", ""), (), ("五、存在的主要问题及改进情况",)),
    ("S3", BOTH, text("6", ""), (), ("六、其他需要报告的事项",)),
    ("S4", ("2021",), text("6", "无"), (), ("信息处理费",)),
    ("S5", ("2021",), attr("year", 2020), (), ("2020年度报告应使用2019版格式",)),
    ("S5", ("2019",), attr("year", 2022), (), ("2022年度报告应使用2021版格式",)),
    ("S6", BOTH, attr("title", "某某镇人民政府2019年政府信息公开工作年度报告"), (), ("标题", "2019")),
    ("S6", BOTH, text("preamble", "统计期限自2018年1月1日起至2018年12月31日止"), (), ("统计期限", "2018")),
    ("S7", BOTH, carried("5"), (), ("五、存在的主要问题及改进情况", "沿用")),
    ("S7", BOTH, carried("preamble"), (), ("前言", "沿用")),
    ("X0", BOTH, last(lambda prev: setattr(prev, "year", prev.year - 1)), (), ("不是",)),
    ("X1", BOTH, last(lambda prev: prev.cells.update({"requests/4/natural": 3, "requests/3.1/natural": 10})),
     ("requests/2/natural", "last:requests/4/natural"), ("上年结转” 1", "结转下年度继续办理” 3", "相差 2")),
    ("X2", ("2021",), cells({"art20_1/normative/in_force": 9}),
     ("art20_1/normative/in_force", "last:art20_1/normative/in_force"), ("现行有效件数 9", "5 + 本年制发 3", "= 8")),
    ("R7", ("2021",), cells({"art20_1/rules/repealed": 1}), ("art20_1/rules/repealed",), ("本年废止 1",)),
    ("X3", ("2019",), cells({"art20_5/license/prev_items": 12}),
     ("art20_5/license/prev_items", "last:art20_5/license/change"), ("上一年项目数量 12", "= 10")),
    ("X4", ("2019",), cells({"art20_1/normative/total_public": 4, "art20_1/normative/published": 3}),
     ("art20_1/normative/total_public",), ("对外公开总数量 4", "= 3")),
    # prose (core/prose): figures stated in the text, the form of the report, privacy
    ("R6", BOTH, text("1.2", "本年度共收到政府信息公开申请18件。"), ("requests/1/total",), ("18件", "为 21")),
    ("F1", BOTH, attr("title", "某某镇人民政府政府信息公开工作年度报告"), (), ("缺少年份",)),
    ("F2", BOTH, text("1", "一、政府信息公开工作的基本概况\n本年度主动公开政府信息。"), (),
     ("“基本概况”应为“总体情况”", "一、总体情况")),
    ("F3", BOTH, text("6", "本年度报告全文包括四个部分。"), (), ("四个部分", "6个部分")),
    ("F4", BOTH, text("preamble", "本报告依据条例编制。联系电话：0517-87290606。"), (), ("统计期限",)),
    ("F5", BOTH, text("preamble", "统计期限自1月1日起至12月31日止。"), (), ("联系方式",)),
    ("P1", BOTH, text("1.2", "一申请人身份证号码为110101199003074514。"), (), ("身份证号码", "110***********4514")),
    ("Y1", BOTH, last(lambda prev: prev.cells.update({"requests/1/natural": 40})), ("requests/1/total",),
     ("本年新收政府信息公开申请", "由上年 42 变为 21", "-50%")),
    ("T1", BOTH, ledger(received="03-02", outcome="3.1", answered="03-09"), (), ("第1条", "依申请3号", "未计入表三", "申请人类型")),
    ("T2", BOTH, ledger(received="03-02", applicant="natural", answered="03-09"), (), ("有答复日期但没有办理结果",)),
    ("T3", BOTH, ledger(received="03-02", applicant="natural", outcome="3.1"), (), ("没有答复日期",)),
    ("T4", BOTH, ledger(received="03-12", applicant="natural", outcome="3.1", answered="03-09"), (), ("早于收到日期",)),
    ("T5", BOTH, ledger(received="03-02", applicant="natural", outcome="3.1", answered="03-09"),
     ("requests/1/natural",), ("表三与申请台账的统计不一致", "台账统计为 1")),
    ("T6", BOTH, ledger(received="03-02", applicant="natural", outcome="3.1", answered="06-30"), (), ("晚于答复期限",)),
]


def _clean(fmt: str) -> Report:
    report = clean_report(fmt)
    report.last_year = clean_last_year(report)
    return report


@pytest.mark.parametrize("fmt", BOTH)
def test_clean_report_has_no_findings(fmt: str) -> None:
    assert validate(_clean(fmt)) == []


@pytest.mark.parametrize("rule,fmt,mutate,involved,words",
                         [(c[0], f, c[2], c[3], c[4]) for c in CASES for f in c[1]],
                         ids=[f"{c[0]}-{f}-{i}" for i, c in enumerate(CASES) for f in c[1]])
def test_rule_fires_on_its_error_only(rule: str, fmt: str, mutate: Mutation,
                                      involved: tuple[str, ...], words: tuple[str, ...]) -> None:
    report = _clean(fmt)
    assert not [f for f in validate(report) if f.rule == rule]
    mutate(report)
    hits = [f for f in validate(report) if f.rule == rule]
    assert hits, f"{rule} did not fire"
    finding = hits[0]
    assert set(involved) <= set(finding.cells) | {f"last:{a}" for a in finding.last_cells}
    assert not any(a.startswith("last:") for a in finding.cells), "last year's cells go in last_cells"
    for word in words:
        assert word in finding.message, finding.message
    assert finding.basis
    template_severity = {r.id: r.severity for r in report.form.rules}[rule]
    assert finding.severity == template_severity


def test_every_template_rule_has_a_case() -> None:
    from core.registry import get_form

    covered = {(c[0], f) for c in CASES for f in c[1]}
    for fmt in BOTH:
        for rule in get_form(fmt).rules:
            assert (rule.id, fmt) in covered, f"no test case for {rule.id} in {fmt}"


def test_severities_follow_the_reference() -> None:
    """Arithmetic within a report and 上年结转 are errors; chains that lapse legally are warnings."""
    from core.registry import get_form

    sev = {r.id: r.severity for r in get_form("2021").rules}
    assert [sev[r] for r in ("R1", "R2", "R3", "R4", "R5", "X1")] == ["error"] * 6
    assert [sev[r] for r in ("X2", "R5b", "S4")] == ["warning"] * 3
    assert {r.id: r.severity for r in get_form("2019").rules}["X4"] == "warning"


def test_cross_year_rules_are_silent_without_last_year() -> None:
    report = clean_report("2021")
    report.cells["requests/2/natural"] = 7
    calc.recompute_all(report)
    assert not [f for f in validate(report) if f.rule.startswith("X")]


def test_cross_year_from_2019_format_checks_carry_over_but_not_in_force() -> None:
    report = clean_report("2021", 2021)
    last_report = clean_report("2019", 2020)
    last_report.cells["requests/4/natural"] = 5
    report.last_year = last_report
    rules = {f.rule for f in validate(report)}
    assert "X1" in rules  # 上年结转 1 vs 5
    assert "X2" not in rules and "R7" not in rules  # no 现行有效件数 in the 2019 format


def test_blank_is_not_zero_and_na_counts_as_zero() -> None:
    from core.values import NA

    report = _clean("2021")
    report.cells["art20_5/license/decisions"] = NA
    assert validate(report) == []
    report.cells["art20_5/license/decisions"] = None
    assert [f.rule for f in validate(report)] == ["R5c"]  # a one-cell table printed blank is empty
    report.cells["art20_5/license/decisions"] = 0
    report.cells["requests/3.3.2/legal"] = None
    assert [f.rule for f in validate(report)] == ["R5b"]


def test_a_partial_report_gives_only_not_read_info() -> None:
    """表三 copied only up to 二: nothing below was read, so no R1/R2/R3/X finding, one info per table."""
    report = _clean("2021")
    table = report.form.table("requests")
    cut = [table.address(r.id, c.id) for r in table.rows if r.id not in ("1", "2") for c in table.cols]
    report.totals = PRINTED
    not_read(*cut)(report)
    found = validate(report)
    assert [f.rule for f in found] == ["N1"] and found[0].severity == "info"
    assert set(found[0].cells) == {a for a in cut if not report.form.is_legacy(a)} | {
        a for a in cut if report.form.is_legacy(a)}
    assert not any(f.rule == "R5b" for f in found)


def test_cross_year_rules_skip_cells_last_year_could_not_read() -> None:
    report = _clean("2021")
    assert report.last_year is not None
    report.last_year.cells["requests/4/natural"] = None
    report.last_year.missing["requests/4/natural"] = "上年报告中未能读取"
    assert not [f for f in validate(report) if f.rule == "X1"]
    del report.last_year.missing["requests/4/natural"]
    assert [f.key for f in validate(report) if f.rule == "X1"] == ["X1@natural"]


@pytest.mark.parametrize("fmt", BOTH)
def test_text_stored_only_in_subsections_counts_for_its_section(fmt: str) -> None:
    report = _clean(fmt)
    del report.texts["1"], report.texts["6"]
    assert {"S1", "S3"} <= {f.rule for f in validate(report)}
    report.texts["1.2"] = "本年度共收到政府信息公开申请21件。"
    report.texts["6.1" if fmt == "2021" else "6"] = "本机关未收取信息处理费。"
    if fmt == "2019":
        report.texts["6"] = "无。"
    assert validate(report) == []


def test_an_all_blank_table_blocks_export() -> None:
    from core.findings import blocking

    report = clean_report("2021")
    blank_table("requests")(report)
    assert [f.rule for f in blocking(validate(report))] == ["R5c"]


def test_accepted_warning_carries_explanation() -> None:
    from core.report import Acceptance

    report = _clean("2021")
    report.cells["art20_1/normative/in_force"] = 9
    (x2,) = [f for f in validate(report) if f.rule == "X2"]
    report.accepted[x2.key] = Acceptance("一件文件有效期届满自然失效，未作废止")
    (again,) = [f for f in validate(report) if f.rule == "X2"]
    assert again.accepted == "一件文件有效期届满自然失效，未作废止"


def test_errors_block_the_final_export_and_warnings_do_not() -> None:
    from core.findings import blocking

    report = _clean("2021")
    report.cells["art20_1/normative/in_force"] = 9  # X2 warning
    report.texts["5"] = ""  # S2 error
    assert [f.rule for f in blocking(validate(report))] == ["S2"]


@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_an_empty_required_section_is_one_finding_not_two(fmt: str) -> None:
    """六 left empty is S3's error (第六部分为空); S4 (未报告信息处理费) says nothing more about it —
    it speaks of a 六 that has words but names no fee."""
    report = _clean(fmt)
    text("6", "")(report)
    assert [f.rule for f in validate(report) if f.rule in ("S3", "S4")] == ["S3"]


@pytest.mark.parametrize("said", [
    "2023年度我局未产生信息公开处理费。",                    # 平潭综合实验区社会事业局 2023
    "2025 年度本机关未收取信息公开处理费。",                  # 上海市人民政府办公厅 2025
    "2023年度，县发展和改革局政府信息公开未发生收费情况。",     # 沭阳县发展和改革局 2023
    "本机关依申请提供政府信息，不收取费用。",
])
def test_a_fee_statement_worded_otherwise_reports_the_fee(said: str) -> None:
    """六 reporting the fee in other words than 信息处理费 (信息公开处理费, 未发生收费情况, 不收取费用)
    has reported it: S4 warned on four full real reports that say so. A 六 naming no fee still draws S4."""
    report = _clean("2021")
    text("6", said)(report)
    assert not [f for f in validate(report) if f.rule == "S4"]
    text("6", "本年度无其他需要报告的事项。")(report)
    assert [f.rule for f in validate(report) if f.rule == "S4"] == ["S4"]
