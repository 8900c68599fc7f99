"""The county's desk in a template: which cells the aggregate does not sum, and the wording of
the cross-unit checks of a collection.

Summing is the default for every cell a clerk types, so a new format needs no entry to be summed;
the entry ``aggregate`` names the exceptions by address pattern (``art20_1/*/in_force``) and says
why, because which counts add up across units is a fact about the form, not about the code. The
cross-unit checks (C1…) are fixed in what they test, so their placeholders are declared here,
like the builtin rule kinds; their severity, message and basis are the template's (``collect`` in
``shared.json``), checked at load like every other rule.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Mapping
from typing import Any

from core import expr
from core.findings import ERROR, SEVERITIES
from core.forms import AggregateCell, CollectRule, Form, FormScope
from core.template_errors import TemplateError, keys, need

AGGREGATE_KEYS = ("cells", "how", "why", "expr", "otherwise")
HOWS = ("sum", "blank", "baseline")
OTHERWISE = ("sum", "blank")
COLLECT_KEYS = ("id", "severity", "severity_why", "message", "basis")

COLLECT_RULES: Mapping[str, tuple[tuple[str, ...], bool]] = {
    "C1": (("organ",), False),
    "C2": (("organ", "file", "first"), False),
    "C3": (("organ", "file", "year", "expected"), True),
    "C4": (("organ", "file", "format_name", "expected_name"), True),
}
"""Each cross-unit check: the placeholders its message may use, and whether it is certain (may be
an error, docs/severity.md). C1 and C2 match organ names, which are written in more than one way,
so they are at most warnings; a report's year and format are read from the file, so C3 and C4 are
certain."""

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def aggregate(raw: Mapping[str, Any], form: Form, name: str) -> dict[str, AggregateCell]:
    """The template's ``aggregate.cells`` bound to the form: each input cell a pattern names, once."""
    spec = raw.get("aggregate")
    if spec is None:
        return {}
    where = f"{name}：aggregate"
    keys(spec, ("cells",), where)
    inputs = form.input_addresses()
    scope = FormScope({t.id: t for t in form.tables})
    out: dict[str, AggregateCell] = {}
    for i, entry in enumerate(need(spec, "cells", list, where)):
        at = f"{where}.cells[{i}]"
        keys(entry, AGGREGATE_KEYS, at)
        pattern, how = need(entry, "cells", str, at), need(entry, "how", str, at)
        why = need(entry, "why", str, at).strip()
        if how not in HOWS:
            raise TemplateError(f"{at}：how 应为 {'、'.join(HOWS)} 之一")
        if not why:
            raise TemplateError(f"{at}：“why”为空：应写明为什么不按各单位之和汇总")
        matched = [a for a in inputs if fnmatch.fnmatchcase(a, pattern)]
        if not matched:
            raise TemplateError(f"{at}：“{pattern}”不对应任何可填写的单元格")
        otherwise = entry.get("otherwise", "blank")
        if how == "baseline" and otherwise not in OTHERWISE:
            raise TemplateError(f"{at}：otherwise 应为 {'、'.join(OTHERWISE)} 之一")
        if (how == "baseline") != ("expr" in entry) or (how != "baseline" and "otherwise" in entry):
            raise TemplateError(f"{at}：只有 how 为 baseline 时写 expr（必须写）和 otherwise")
        node = _parse(need(entry, "expr", str, at), at) if how == "baseline" else None
        for address in matched:
            if address in out:
                raise TemplateError(f"{at}：单元格 {address} 已由前面的条目规定")
            bound = _bind(node, address, form, scope, at) if node is not None else None
            out[address] = AggregateCell(address, how, why, bound, str(otherwise))
    for cell in out.values():
        read = [a for a in cell.baseline.reads if a in out and out[a].how != "sum"] if cell.baseline else []
        if read:
            raise TemplateError(f"{where}：{cell.address} 的 expr 读取了不按和汇总的单元格 {read[0]}")
    return out


def _parse(text: str, at: str) -> expr.Node:
    try:
        return expr.parse(text)
    except expr.ExprError as e:
        raise TemplateError(f"{at}：{e}") from None


def _bind(node: expr.Node, address: str, form: Form, scope: FormScope, at: str) -> expr.Bound:
    """``node`` with ``$table``, ``$row`` and ``$col`` standing for the parts of ``address``."""
    table, row, col = address.split("/")
    try:
        bound = expr.bind(node, {"table": table, "row": row, "col": col}, scope)
    except (expr.ExprError, ValueError) as e:
        raise TemplateError(f"{at}：{e}") from None
    unknown = [a for a in bound.reads + bound.reads_last if a not in form.cells]
    if unknown:
        raise TemplateError(f"{at}：引用了不存在的单元格 {unknown[0]}")
    return bound


def collect_rules(common: Mapping[str, Any], common_name: str, form: Form) -> dict[str, CollectRule]:
    """The shared ``collect.rules``: every cross-unit check, each once, worded with its own
    placeholders; an error only where the check is certain; ids apart from the form's rules."""
    spec = common.get("collect")
    if spec is None:
        return {}
    where = f"{common_name}：collect"
    keys(spec, ("rules",), where)
    out: dict[str, CollectRule] = {}
    taken = {r.id for r in form.rules}
    for i, entry in enumerate(need(spec, "rules", list, where)):
        keys(entry, COLLECT_KEYS, f"{where}.rules[{i}]")
        rid = need(entry, "id", str, f"{where}.rules[{i}]")
        at = f"{where}.rules[{rid}]"
        if rid not in COLLECT_RULES:
            raise TemplateError(f"{at}：没有这项汇总检查（可用：{'、'.join(COLLECT_RULES)}）")
        if rid in out or rid in taken:
            raise TemplateError(f"{at}：规则编号重复")
        severity, message = need(entry, "severity", str, at), need(entry, "message", str, at)
        placeholders, certain = COLLECT_RULES[rid]
        if severity not in SEVERITIES:
            raise TemplateError(f"{at}：严重程度应为 {'/'.join(SEVERITIES)}")
        if not need(entry, "severity_why", str, at).strip():
            raise TemplateError(f"{at}：“severity_why”为空：应写明为什么是这个严重程度")
        if severity == ERROR and not certain:
            raise TemplateError(f"{at}：按名称对照的检查至多为 warning（见 docs/severity.md）")
        for m in _PLACEHOLDER.findall(message):
            if m not in placeholders:
                raise TemplateError(f"{at}：消息中的“{{{m}}}”无法填写（可用：{'、'.join(placeholders)}）")
        out[rid] = CollectRule(rid, severity, message, need(entry, "basis", str, at))
    absent = [rid for rid in COLLECT_RULES if rid not in out]
    if absent:
        raise TemplateError(f"{where}.rules：缺少汇总检查“{absent[0]}”")
    return out


def fill(message: str, values: Mapping[str, object]) -> str:
    """A message with its ``{placeholders}`` filled (the loader checked every one can be)."""
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), message)
