"""The county's checklist (问题清单): every unit's findings in one workbook, to send back to the units.

One row per unit and finding — the unit's own findings, the cross-unit ones about it (duplicate,
wrong year or format), a file that could not be read, and last year's units that sent nothing —
each with the rule's basis, so a unit can act on its rows without this program. The summary sheet
counts findings by rule and lists the units with errors and the units ready to export. Every text
is written as text (an organ name beginning with "=" is not a formula); findings never carry
personal data (the privacy check names what it found by kind, not the number itself).
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

from core.county.model import Collection, Unit
from core.findings import ERROR, SEVERITY_NAMES, Finding, worst
from core.registry import available_formats, get_form

LIST_SHEET = "问题清单"
SUMMARY_SHEET = "汇总"
COLUMNS = ("单位", "文件", "年度", "格式", "级别", "规则", "内容", "依据", "涉及单元格", "单位的说明")
WIDTHS = (22, 24, 7, 8, 6, 6, 60, 40, 40, 30)
UNREAD_RULE = "无法读取"
NOT_SENT = "（未报送）"
CELLS_WIDTH = 400
"""The longest 涉及单元格 entry: a finding about a whole table lists its first cells, then a count."""


def rows(collection: Collection) -> list[tuple[str, ...]]:
    """The checklist's rows (without the heading), in the order of the units."""
    out: list[tuple[str, ...]] = []
    for u in collection.units:
        year, fmt = str(u.year or ""), f"{u.format}版" if u.format else ""
        if u.problem:
            out.append((u.name, u.path.name, year, fmt, SEVERITY_NAMES[ERROR], UNREAD_RULE, u.problem, "", "", ""))
        for f in collection.findings_of(u) + u.findings:
            out.append((u.name, u.path.name, year, fmt, SEVERITY_NAMES.get(f.severity, f.severity), f.rule,
                        f.message, f.basis, _where(u, f), f.accepted or ""))
    for f in collection.findings:
        if f.key.partition("@")[2] in collection.missing:
            out.append((f.key.partition("@")[2], NOT_SENT, str(collection.year or ""), "",
                        SEVERITY_NAMES.get(f.severity, f.severity), f.rule, f.message, f.basis, "", ""))
    return out


def _where(unit: Unit, f: Finding) -> str:
    """The cells, place of prose or ledger row a finding is about, as the unit's form names them."""
    if unit.report is None:
        return ""
    form = unit.report.form
    parts = [form.label(a) for a in f.cells if a in form.cells]
    if f.span is not None:
        parts.append(form.text_heading(f.span[0]))
    if f.ledger_row is not None:
        parts.append(f"台账第{f.ledger_row}条")
    text = "；".join(parts)
    return text if len(text) <= CELLS_WIDTH else text[: CELLS_WIDTH - 1] + "…"


def checklist_xlsx(collection: Collection) -> bytes:
    """The checklist workbook: 问题清单 (every unit × every finding) and 汇总 (counts and lists)."""
    import xlsxwriter  # type: ignore[import-untyped]

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    title = _title(collection)
    wb.set_properties({"title": title, "subject": "政府信息公开工作年度报告汇总检查"})
    fmt = {
        "head": wb.add_format({"bold": True, "bg_color": "#E8ECF2", "border": 1, "valign": "vcenter"}),
        "cell": wb.add_format({"border": 1, "valign": "top", "text_wrap": True}),
        "title": wb.add_format({"bold": True, "font_size": 14}),
        "bold": wb.add_format({"bold": True}),
    }
    _list_sheet(wb, rows(collection), fmt)
    _summary_sheet(wb, collection, title, fmt)
    wb.close()
    return buf.getvalue()


def _title(collection: Collection) -> str:
    name = get_form(collection.format).name if collection.format in available_formats() else collection.format
    year = f"{collection.year}年度" if collection.year else ""
    return f"{year}政府信息公开工作年度报告汇总检查" + (f"：{name}" if name else "")


def _list_sheet(wb: Any, found: list[tuple[str, ...]], fmt: dict[str, Any]) -> None:
    ws = wb.add_worksheet(LIST_SHEET)
    for c, (name, width) in enumerate(zip(COLUMNS, WIDTHS, strict=True)):
        ws.write_string(0, c, name, fmt["head"])
        ws.set_column(c, c, width)
    for r, row in enumerate(found, 1):
        for c, text in enumerate(row):
            ws.write_string(r, c, text, fmt["cell"])
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(1, len(found)), len(COLUMNS) - 1)


def _summary_sheet(wb: Any, collection: Collection, title: str, fmt: dict[str, Any]) -> None:
    ws = wb.add_worksheet(SUMMARY_SHEET)
    ws.set_column(0, 0, 26)
    ws.set_column(1, 1, 26)
    ws.set_column(2, 4, 12)
    ws.write_string(0, 0, title, fmt["title"])
    units = collection.units
    summed = collection.summed()
    counts = (("文件数", len(units)), ("无法读取", sum(bool(u.problem) for u in units)),
              ("计入汇总", len(summed)), ("未计入汇总（可读取）", sum(bool(u.excluded and not u.problem) for u in units)),
              ("有错误的单位", sum(_has_error(collection, u) for u in units)),
              ("可正式导出", sum(u.export_ready for u in units)),
              ("上年报送、本次未报送", len(collection.missing)))
    r = 2
    for name, n in counts:
        ws.write_string(r, 0, name, fmt["cell"])
        ws.write_number(r, 1, n, fmt["cell"])
        r += 1
    r = _table(ws, r + 1, "各规则的问题数", ("规则", "级别", "问题数", "涉及单位数"), _by_rule(collection), fmt)
    r = _table(ws, r + 1, "有错误的单位", ("单位", "文件", "错误", "提示"),
               [(u.name, u.path.name, UNREAD_RULE if u.problem else u.errors, u.warnings)
                for u in units if _has_error(collection, u)], fmt)
    r = _table(ws, r + 1, "可以正式导出的单位", ("单位", "文件", "提示", "未读取"),
               [(u.name, u.path.name, u.warnings, u.not_read) for u in units if u.export_ready], fmt)
    _table(ws, r + 1, "未计入汇总的单位", ("单位", "文件", "原因"),
           [(u.name, u.path.name, u.excluded) for u in units if u.excluded], fmt)


def _has_error(collection: Collection, unit: Unit) -> bool:
    """The unit must send something again: unreadable, an error of its own or about it (wrong year…)."""
    return bool(unit.problem) or unit.errors > 0 or any(f.severity == ERROR for f in collection.findings_of(unit))


def _by_rule(collection: Collection) -> list[tuple[Any, ...]]:
    """(rule, severity, findings, units) for every rule found, the worst and most frequent first."""
    found: Counter[str] = Counter()
    units: dict[str, set[str]] = {}
    severity: dict[str, list[str]] = {}
    for u in collection.units:
        pairs = [(f.rule, f.severity) for f in collection.findings_of(u) + u.findings]
        if u.problem:
            pairs.append((UNREAD_RULE, ERROR))
        for rule, sev in pairs:
            found[rule] += 1
            units.setdefault(rule, set()).add(str(u.path))
            severity.setdefault(rule, []).append(sev)
    for f in collection.findings:
        organ = f.key.partition("@")[2]
        if organ in collection.missing:
            found[f.rule] += 1
            units.setdefault(f.rule, set()).add(organ)
            severity.setdefault(f.rule, []).append(f.severity)
    order = {s: i for i, s in enumerate(SEVERITY_NAMES)}
    ranked = sorted(found, key=lambda k: (order.get(worst(severity[k]), 9), -found[k], k))
    return [(k, SEVERITY_NAMES.get(worst(severity[k]), ""), found[k], len(units[k])) for k in ranked]


def _table(ws: Any, r: int, heading: str, columns: tuple[str, ...], data: list[tuple[Any, ...]],
           fmt: dict[str, Any]) -> int:
    """A small titled table at row ``r``; returns the first row after it."""
    ws.write_string(r, 0, f"{heading}（{len(data)}）", fmt["bold"])
    for c, name in enumerate(columns):
        ws.write_string(r + 1, c, name, fmt["head"])
    for i, row in enumerate(data, r + 2):
        for c, value in enumerate(row):
            if isinstance(value, int):
                ws.write_number(i, c, value, fmt["cell"])
            else:
                ws.write_string(i, c, str(value), fmt["cell"])
    return r + 2 + len(data)
