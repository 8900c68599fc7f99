"""The computed totals, rules and rollover carries of a template: parsed, checked and bound once.

Each entry is bound at load to every place its ``each`` names (R1 once per column of 表三, X3
once per row of each 表二 block); validation and rollover then use these bound places and never
parse or bind again. A total in ``computed`` may carry a ``check``: the rule a printed report's
total must satisfy is generated from the same expression instead of being written twice. Entries
the formats share live in ``templates/shared.json`` and are named with ``{"use": "<id>"}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from core import expr
from core.bindings import expand_each
from core.findings import ERROR, SEVERITIES
from core.forms import BoundCarry, BoundRule, CarrySpec, Computed, FormScope, RuleSpec, Section, Table
from core.rule_kinds import BUILTIN_RULE_KINDS
from core.template_errors import TemplateError, keys, need

COMPUTED_KEYS = ("id", "table", "each", "target", "expr", "check")
CHECK_KEYS = ("id", "severity", "severity_why", "message", "basis")
RULE_KEYS = ("id", "severity", "severity_why", "kind", "message", "basis", "table", "each", "check")
CARRY_KEYS = ("id", "table", "each", "target", "expr", "what")


def resolve_uses(entries: Sequence[Any], shared: Sequence[Any], where: str, shared_where: str) -> list[tuple[Any, str]]:
    """Replace ``{"use": id}`` entries by the shared entry of that id; each entry with where it is written."""
    by_id = {e.get("id"): e for e in shared if isinstance(e, dict)}
    out = []
    for i, entry in enumerate(entries):
        if isinstance(entry, dict) and "use" in entry:
            keys(entry, ("use",), f"{where}[{i}]")
            if entry["use"] not in by_id:
                raise TemplateError(f"{where}[{i}]：共用条目中没有“{entry['use']}”")
            out.append((by_id[entry["use"]], shared_where))
        elif isinstance(entry, dict):
            out.append((entry, where))
        else:
            raise TemplateError(f"{where}[{i}]：应为对象")
    return out


def _parse(text: Any, where: str) -> expr.Node:
    try:
        return expr.parse(text)
    except expr.ExprError as e:
        raise TemplateError(f"{where}：{e}") from None


def _known(tables: Mapping[str, Table]) -> set[str]:
    return {a for t in tables.values() for a in t.addresses()}


def substitute(ref: expr.Ref, env: Mapping[str, str]) -> str:
    """The address a target reference names under one binding (``requests/$row/total``)."""
    parts = []
    for seg in (ref.table, ref.row, ref.col):
        if seg.startswith("$"):
            if seg[1:] not in env:
                raise expr.ExprError(f"变量 {seg} 没有取值")
            seg = env[seg[1:]]
        elif seg.startswith("@") or seg == "*":
            raise expr.ExprError("target 应为单个单元格")
        parts.append(seg)
    return "/".join(parts)


def _envs(entry: Mapping[str, Any], tables: Mapping[str, Table]) -> list[dict[str, str]]:
    each = entry.get("each", {})
    if not isinstance(each, dict):
        raise expr.ExprError("each 应为对象")
    return list(expand_each(each, str(entry.get("table", "")), tables))


def _target(entry: Mapping[str, Any], where: str) -> expr.Ref:
    node = _parse(need(entry, "target", str, where), where)
    if not isinstance(node, expr.Ref) or node.last:
        raise TemplateError(f"{where}：target 应为本年的单个单元格")
    return node


def computed(entries: list[tuple[Any, str]], tables: Mapping[str, Table],
             where: str) -> tuple[tuple[Computed, ...], list[tuple[Any, str]]]:
    """Totals in computing order, and the rule entries their ``check``s generate."""
    scope = FormScope(tables)
    found: dict[str, Computed] = {}
    generated: list[tuple[Any, str]] = []
    written: dict[str, str] = {}
    for i, (entry, entry_where) in enumerate(entries):
        at = f"{entry_where}[{entry.get('id', i)}]"
        keys(entry, COMPUTED_KEYS, at)
        target, node = _target(entry, at), _parse(need(entry, "expr", str, at), at)
        try:
            for env in _envs(entry, tables):
                address = substitute(target, env)
                if address in found:
                    raise expr.ExprError(f"单元格 {address} 被定义了两次")
                found[address] = Computed(str(entry.get("id", i)), address, expr.bind(node, env, scope))
                written[address] = at
        except (expr.ExprError, ValueError) as e:
            raise TemplateError(f"{at}：{e}") from None
        if "check" in entry:
            check = need(entry, "check", dict, at)
            keys(check, CHECK_KEYS, f"{at}.check")
            rule = dict(check, table=entry.get("table", ""), each=entry.get("each", {}),
                        check=f"{need(entry, 'target', str, at)} == {entry['expr']}")
            generated.append((rule, f"{at}.check"))
    known = _known(tables)
    for c in found.values():
        for a in (c.target,) + c.expression.reads:
            if a not in known:
                raise TemplateError(f"{written[c.target]}：引用了不存在的单元格 {a}")
    return _ordered(found, where), generated


def _ordered(found: Mapping[str, Computed], where: str) -> tuple[Computed, ...]:
    """Every total after the totals it reads; a cycle cannot be computed."""
    ordered: list[Computed] = []
    state: dict[str, int] = {}

    def visit(address: str, chain: tuple[str, ...]) -> None:
        if state.get(address) == 2 or address not in found:
            return
        if state.get(address) == 1:
            raise TemplateError(f"{where}：合计之间循环引用：{' → '.join(chain + (address,))}")
        state[address] = 1
        for dep in found[address].expression.reads:
            visit(dep, chain + (address,))
        state[address] = 2
        ordered.append(found[address])

    for address in found:
        visit(address, ())
    return tuple(ordered)


def _bind_expr_rule(entry: Mapping[str, Any], message: str, tables: Mapping[str, Table], at: str) -> tuple[BoundRule, ...]:
    scope = FormScope(tables)
    check = _parse(need(entry, "check", str, at), at)
    placeholders = expr.MESSAGE_PLACEHOLDER.findall(message)
    unknown = [m for m in placeholders if not m.startswith("=") and m not in expr.MESSAGE_NAMES]
    if unknown:
        raise TemplateError(f"{at}：消息中的“{{{unknown[0]}}}”无法填写（可用：{'、'.join(expr.MESSAGE_NAMES)}、{{= 表达式}}）")
    shown = {m: _parse(m[1:], f"{at}.message") for m in placeholders if m.startswith("=")}
    known = _known(tables)
    bound = []
    try:
        for env in _envs(entry, tables):
            b = expr.bind_check(check, env, scope)
            missing = [a for a in b.reads + b.reads_last if a not in known]
            if missing:
                raise expr.ExprError(f"引用了不存在的单元格 {missing[0]}")
            table = tables.get(env.get("table", str(entry.get("table", ""))))
            if ("{col}" in message and "col" not in env) or ("{row}" in message and "row" not in env):
                raise expr.ExprError("消息用到 {col} 或 {row}，但 each 没有按列或行展开")
            labels = {"col": table.col(env["col"]).label if table and "col" in env else "",
                      "row": table.row_label(env["row"]) if table and "row" in env else ""}
            where_key = "/".join(env[k] for k in env)
            key = f"{entry['id']}@{where_key}" if where_key else str(entry["id"])
            bound.append(BoundRule(key, b, labels, {m: expr.bind(n, env, scope) for m, n in shown.items()}))
    except (expr.ExprError, ValueError) as e:
        raise TemplateError(f"{at}：{e}") from None
    return tuple(bound)


def _builtin_params(entry: Mapping[str, Any], kind: str, message: str, sections: Sequence[Section],
                    at: str) -> dict[str, Any]:
    spec = BUILTIN_RULE_KINDS[kind]
    allowed = ("id", "severity", "severity_why", "kind", "message", "basis") + tuple(p.name for p in spec.params)
    keys(entry, allowed, at)
    params: dict[str, Any] = {}
    for p in spec.params:
        if p.name not in entry:
            if p.required:
                raise TemplateError(f"{at}：检查类型“{kind}”缺少参数“{p.name}”")
            continue
        value = need(entry, p.name, p.type, at)
        if p.refers_to == "section" and value not in {s.id for s in sections}:
            raise TemplateError(f"{at}：没有第“{value}”部分")
        params[p.name] = value
    for m in expr.MESSAGE_PLACEHOLDER.findall(message):
        if m not in spec.placeholders:
            raise TemplateError(f"{at}：消息中的“{{{m}}}”无法填写（“{kind}”可用：{'、'.join(spec.placeholders) or '无'}）")
    return params


def _check_severity(entry: Mapping[str, Any], severity: str, kind: str, at: str) -> None:
    """The severity policy (docs/severity.md): every rule says why it has its severity, and only a
    check that is certain — table arithmetic (``expr``) or a structural kind — may be an error,
    because an error blocks the final export and a false one leaves the clerk stuck."""
    if not need(entry, "severity_why", str, at).strip():
        raise TemplateError(f"{at}：“severity_why”为空：应写明为什么是这个严重程度")
    certain = kind == "expr" or (kind in BUILTIN_RULE_KINDS and BUILTIN_RULE_KINDS[kind].certain)
    if severity == ERROR and not certain:
        raise TemplateError(f"{at}：检查类型“{kind}”需要理解文字或估计合理性，至多为 warning："
                            "只有确定的检查（表格算术、结构）可以是 error（见 docs/severity.md）")
    for name, value in dict(entry.get("severities", {})).items():
        if value == ERROR and not certain:
            raise TemplateError(f"{at}：severities.{name} 至多为 warning（见 docs/severity.md）")


def rules(entries: list[tuple[Any, str]], tables: Mapping[str, Table], sections: Sequence[Section]) -> tuple[RuleSpec, ...]:
    out: list[RuleSpec] = []
    for i, (entry, where) in enumerate(entries):
        rid = need(entry, "id", str, f"{where}[{i}]")
        at = where if where.endswith(".check") else f"{where}[{rid}]"
        severity = need(entry, "severity", str, at)
        if severity not in SEVERITIES:
            raise TemplateError(f"{at}：严重程度应为 {'/'.join(SEVERITIES)}")
        kind = entry.get("kind", "expr")
        message, basis = need(entry, "message", str, at), need(entry, "basis", str, at)
        _check_severity(entry, severity, kind, at)
        if kind == "expr":
            keys(entry, RULE_KEYS, at)
            out.append(RuleSpec(rid, severity, kind, message, basis, {}, _bind_expr_rule(entry, message, tables, at)))
        elif kind in BUILTIN_RULE_KINDS:
            out.append(RuleSpec(rid, severity, kind, message, basis,
                                _builtin_params(entry, kind, message, sections, at)))
        else:
            raise TemplateError(f"{at}：未知的检查类型“{kind}”（可用：expr、{'、'.join(BUILTIN_RULE_KINDS)}）")
        if any(r.id == rid for r in out[:-1]):
            raise TemplateError(f"{at}：规则编号重复")
    return tuple(out)


def carries(entries: list[tuple[Any, str]], tables: Mapping[str, Table]) -> tuple[CarrySpec, ...]:
    scope = FormScope(tables)
    known = _known(tables)
    specs = []
    for i, (entry, where) in enumerate(entries):
        at = f"{where}[{entry.get('id', i)}]"
        keys(entry, CARRY_KEYS, at)
        target, node = _target(entry, at), _parse(need(entry, "expr", str, at), at)
        bound = []
        try:
            for env in _envs(entry, tables):
                address = substitute(target, env)
                if address not in known:
                    raise expr.ExprError(f"target {address} 不是本格式的单元格")
                b = expr.bind(node, env, scope)
                if b.reads:
                    raise expr.ExprError("结转只能读取上年报告（last:…）")
                bound.append(BoundCarry(address, b))
        except (expr.ExprError, ValueError) as e:
            raise TemplateError(f"{at}：{e}") from None
        specs.append(CarrySpec(str(entry.get("id", i)), str(entry.get("what", "")), tuple(bound)))
    return tuple(specs)
