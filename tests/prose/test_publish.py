"""Privacy scan and mask, bound drafts, the 差异说明 annex, and the real reports' prose findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import clean_last_year, clean_report

from core import calc, storage
from core.commands import AcceptWarning, SetCell
from core.prose.annex import annex_blocks, annex_text
from core.prose.drafts import draft, draft_command, rerender, stale
from core.prose.form_checks import contact_problems, title_problem
from core.prose.privacy import luhn_ok, mask, mask_command, scan
from core.session import Session
from core.validate import validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PROSE = {"R6", "F1", "F2", "F3", "F4", "F5", "P1"}


def prose_keys(name: str) -> set[tuple[str, str, str]]:
    return {(f.rule, f.severity, f.key) for f in validate(storage.load(FIXTURES / f"{name}.nianbao"))
            if f.rule in PROSE}


@pytest.mark.parametrize("name,expected", [
    ("samples/huaian-city-2024", set()),
    ("samples/hongze-district-2023", set()),
    ("samples/hongze-district-2024", set()),          # 区政府办's own figure: another organ
    ("seeds/000_93aa9cedd0ce63ce", {("F1", "warning", "F1")}),
    ("seeds/001_3414622f6e6cf362", {("F4", "warning", "F4"), ("F5", "warning", "F5")}),
    ("seeds/002_623967a19d51db49", {("R6", "warning", "R6@1/suit/1")}),
    ("seeds/003_bd56896d5bf88536", set()),
    ("seeds/004_1ec810995bb02083", set()),
])
def test_real_reports_prose_findings(name: str, expected: set[tuple[str, str, str]]) -> None:
    assert prose_keys(name) == expected


def test_title_problems() -> None:
    assert title_problem("淮安市人民政府2024年政府信息公开工作年度报告") is None
    assert title_problem("某县人民政府2020年政府信息公开年度报告") == "缺少“工作”二字"
    assert title_problem("某县人民政府信息公开工作2024年度报告") == "年份写在了“政府信息公开工作”之后"


def test_contact_problems() -> None:
    assert contact_problems("电话：0517-87290606，电子邮箱：hzzwgk@126.com") == []
    assert contact_problems("联系方式 0951-6891008。") == []
    assert contact_problems("电子邮箱：hzzwgk#126.com") == ["未写明联系方式（联系电话、电子邮箱等）",
                                                        "电子邮箱“hzzwgk#126.com”格式不对（缺少@）"]


def test_privacy_scan_and_mask() -> None:
    text = ("申请人张三于3月提出申请，手机13912345678，身份证号110101199003074514，卡号6222020200001234562。"
            "如有疑问请联系（电话：0517-87290606，值班手机：13800001111）。申请人无正当理由逾期不补正。")
    kinds = [(h.kind, text[h.start:h.end]) for h in scan(text)]
    assert kinds == [("name", "张三"), ("mobile", "13912345678"), ("id", "110101199003074514"),
                     ("bank", "6222020200001234562"), ("mobile_contact", "13800001111")]
    assert luhn_ok("6222020200001234562")
    hit = scan(text)[1]
    assert mask(text, (hit.start, hit.end))[hit.start:hit.end] == "139****5678"
    assert mask("申请人张三于", (3, 5)) == "申请人张某于"


def test_mask_action_goes_through_the_session() -> None:
    report = clean_report("2021")
    report.texts["1.2"] = "申请人手机13912345678。"
    session = Session(report)
    f = next(f for f in session.findings if f.rule == "P1")
    assert f.severity == "warning" and f.span == ("1.2", 5, 16)
    command = mask_command(report, f)
    assert command is not None
    result = session.execute(command)
    assert report.texts["1.2"] == "申请人手机139****5678。"
    assert not [x for x in result.findings if x.rule == "P1"]


def test_bound_draft_follows_the_cells() -> None:
    report = clean_report("2021")
    session = Session(report)
    command = draft_command(report, "1.2")
    assert command is not None
    session.execute(command)
    assert "收到政府信息公开申请21件" in report.texts["1.2"]
    assert not [f for f in session.findings if f.rule == "R6"]          # the draft agrees with the tables
    # the clerk rewords freely around the bound numbers
    session.execute(type(command)("1.2", report.texts["1.2"].replace("本年度共", "2024年我镇共")))
    session.execute(SetCell("requests/1/natural", 25))                    # 25 + 2 = 27 new requests
    assert [s[3] for s in stale(report, "1.2")] == ["27"]
    assert [f.key for f in session.findings if f.rule == "R6"] == ["R6@1.2/received/1"]
    refresh = rerender(report, "1.2")
    assert refresh is not None
    session.execute(refresh)
    assert "2024年我镇共收到政府信息公开申请27件" in report.texts["1.2"]
    assert stale(report, "1.2") == [] and not [f for f in session.findings if f.rule == "R6"]
    assert draft(report, "4") is not None and draft(report, "5") is None


def test_annex_from_accepted_warnings_and_large_changes() -> None:
    report = clean_report("2021")
    last = clean_last_year(report)
    last.cells["requests/1/natural"] = 40
    calc.recompute_all(last)
    session = Session(report, last_year=last)
    session.execute(SetCell("art20_1/normative/in_force", 9))             # X2 warning: 5 + 3 − 0 ≠ 9
    x2 = next(f for f in session.findings if f.rule == "X2")
    session.execute(AcceptWarning(x2.key, "有1件文件由上级转发后重新计入", x2.message))
    blocks = annex_blocks(report, session.findings)
    assert [b.kind for b in blocks] == ["accepted", "change"]
    text = annex_text(report, session.findings)
    assert text.startswith("附：2024年度报告差异说明") and "有1件文件由上级转发后重新计入" in text
    assert "由上年 42 变为 21" in text
    assert annex_text(clean_report("2021"), []) == ""


def test_problems_are_named_as_printed() -> None:
    """What F1 and F5 say is wrong is what is wrong (an audit of the corpus, helper 72): the organ of
    湖口县卫生健康委员会 stands after the year, not missing; 金井湾片区's e-mail has a full-width ＠."""
    assert title_problem("2022年湖口县卫生健康委员会信息公开年报") == "不符合规定格式"
    assert title_problem("2022年政府信息公开工作年度报告") == "缺少机关名称"
    assert contact_problems("电话：0591-23155817，电子邮箱：jfjzhc＠163.com。") == [
        "电子邮箱“jfjzhc＠163.com”中的“＠”是全角字符，应为半角“@”"]
