"""Reports for tests and benchmarks: a clean, complete report of either format to break on purpose."""

from __future__ import annotations

from decimal import Decimal

from core import calc
from core.prose.grammar import Grammar, grammar
from core.registry import get_form
from core.report import Report, blank_report

TEXTS = {
    "preamble": "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自{year}年1月1日起至{year}年12月31日止。"
                "如对本报告有疑问，请与本机关党政办公室联系（电话：0517-87290606）。",
    "1": "（一）主动公开 本年度主动公开政府信息。（二）依申请公开 …（三）政府信息管理 …（四）平台建设 …（五）监督保障 …",
    "5": "存在的问题：公开内容不够全面。改进情况：上年度所提问题已整改。",
    "6": "（一）本机关{year}年未收取信息处理费。（二）其他需要报告的事项：无。",
}


def clean_report(fmt: str = "2021", year: int | None = None, organ: str = "某某镇人民政府") -> Report:
    """Every input cell filled with consistent numbers and every section written: no findings."""
    form = get_form(fmt)
    year = year or (2024 if fmt == "2021" else 2020)
    report = blank_report(form, year, organ)
    for address in form.input_addresses():
        report.cells[address] = Decimal("0") if form.kind_of(address) == "money" else 0
    # A plausible, balanced 表三: 21 new + 1 carried = 20 decided + 2 carried forward.
    report.cells["requests/1/natural"] = 19
    report.cells["requests/1/commercial"] = 2
    report.cells["requests/2/natural"] = 1
    report.cells["requests/3.1/natural"] = 12
    report.cells["requests/3.2/natural"] = 3
    report.cells["requests/3.4.1/natural"] = 3
    report.cells["requests/3.1/commercial"] = 2
    report.cells["requests/4/natural"] = 2
    report.cells["appeals/review/upheld"] = 1
    if fmt == "2021":
        report.cells["art20_1/normative/issued"] = 3
        report.cells["art20_1/normative/in_force"] = 8
        report.cells["art20_8/fees/amount"] = Decimal("2.425231")
    else:
        report.cells["art20_5/license/prev_items"] = 10
        report.cells["art20_5/license/change"] = -2
        report.cells["art20_9/procurement/amount"] = Decimal("543900")
    report.texts = {k: v.format(year=year) for k, v in TEXTS.items()}
    calc.recompute_all(report)
    return report


def clean_last_year(report: Report) -> Report:
    """Last year's report that ``report`` follows on from without any cross-year finding."""
    last = clean_report(report.format, report.year - 1, report.organ)
    for col in ("natural", "commercial", "research", "nonprofit", "legal", "other"):
        last.cells[f"requests/4/{col}"] = report.cells[f"requests/2/{col}"]
        last.cells[f"requests/3.1/{col}"] = (last.number(f"requests/1/{col}") + last.number(f"requests/2/{col}")
                                             - last.number(f"requests/4/{col}")
                                             - sum(last.number(f"requests/{r}/{col}") for r in
                                                   last.form.table("requests").groups["results"] if r != "3.1"))
    if report.format == "2021":
        last.cells["art20_1/normative/in_force"] = 5
    else:
        last.cells["art20_5/license/prev_items"] = 10
        last.cells["art20_5/license/change"] = 0
        last.cells["art20_1/normative/total_public"] = 0
    calc.recompute_all(last)
    return last


def prose_grammars() -> list[Grammar]:
    """R6's grammar of each format, as the validator binds it (for tests of its shortcuts)."""
    out = []
    for fmt in ("2019", "2021"):
        form = get_form(fmt)
        rule = next(r for r in form.rules if r.kind == "prose_figures")
        out.append(grammar(rule.params, list(form.cells)))
    return out
