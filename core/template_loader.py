"""Reads a template file and checks it whole before anything uses it.

A broken template must fail at load with a message naming the file and the entry (``2021.json：
tables[requests].grid 第 7 行：…``), never later as a wrong total on a clerk's screen. So every
label, grid rectangle, expression and binding is checked here, and totals are ordered so each
is computed after the totals it reads (a cycle is an error).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from core import expr
from core.bindings import expand_each
from core.forms import (CarrySpec, CellInfo, Column, Computed, Form, FormScope, GridCell, Row,
                        RuleSpec, Section, Subsection, Table)
from core.structure_checks import BUILTIN_KINDS
from core.values import KINDS

SEVERITIES = ("error", "warning", "info")


class TemplateError(Exception):
    """A template file that cannot be used; the message names file and entry, in Chinese."""


def _need(obj: Mapping[str, Any], key: str, typ: type, where: str) -> Any:
    if key not in obj:
        raise TemplateError(f"{where}：缺少“{key}”")
    value = obj[key]
    if not isinstance(value, typ) or isinstance(value, bool) and typ is not bool:
        raise TemplateError(f"{where}：“{key}”应为 {typ.__name__}")
    return value


def _resolve_grid(raw: Mapping[str, Any], rows: tuple[Row, ...], cols: tuple[Column, ...],
                  table_id: str, where: str) -> tuple[tuple[GridCell, ...], int, int, int]:
    """Place HTML-style rows (rowspan/colspan flow) on a grid and check full, single coverage."""
    ncols = _need(raw, "cols", int, where)
    lines = _need(raw, "rows", list, where)
    taken: set[tuple[int, int]] = set()
    cells: list[GridCell] = []
    row_ids = {r.id for r in rows}
    first_value_row = None
    for r, line in enumerate(lines):
        at = f"{where} 第 {r + 1} 行"
        if not isinstance(line, list):
            raise TemplateError(f"{at}：应为列表")
        c = 0
        for entry in line:
            if isinstance(entry, str):
                entry = {"text": entry}
            if not isinstance(entry, dict):
                raise TemplateError(f"{at}：无法识别的条目 {entry!r}")
            if "cells" in entry:
                row_id = entry["cells"]
                if row_id not in row_ids:
                    raise TemplateError(f"{at}：没有行“{row_id}”")
                pieces = [(f"{table_id}/{row_id}/{col.id}", "", 1, col.span) for col in cols]
                first_value_row = r if first_value_row is None else first_value_row
            else:
                text = _need(entry, "text", str, at)
                pieces = [("", text, int(entry.get("rs", 1)), int(entry.get("cs", 1)))]
            for address, text, rs, cs in pieces:
                while (r, c) in taken:
                    c += 1
                if rs < 1 or cs < 1 or c + cs > ncols or r + rs > len(lines):
                    raise TemplateError(f"{at}：“{text or address}”超出表格范围")
                span = {(r + i, c + j) for i in range(rs) for j in range(cs)}
                if span & taken:
                    raise TemplateError(f"{at}：“{text or address}”与其他单元格重叠")
                taken |= span
                cells.append(GridCell(r, c, rs, cs, text, address, "value" if address else "text"))
                c += cs
    missing = [(r, c) for r in range(len(lines)) for c in range(ncols) if (r, c) not in taken]
    if missing:
        r, c = missing[0]
        raise TemplateError(f"{where}：第 {r + 1} 行第 {c + 1} 列没有被任何单元格覆盖")
    header_rows = first_value_row if first_value_row is not None else len(lines)
    placed = [cell if cell.address else GridCell(cell.r, cell.c, cell.rs, cell.cs, cell.text, "",
                                                 "header" if cell.r < header_rows else "label")
              for cell in cells]
    addresses = [cell.address for cell in placed if cell.address]
    for row in rows:
        for col in cols:
            a = f"{table_id}/{row.id}/{col.id}"
            count = addresses.count(a)
            if count != (0 if row.legacy else 1):
                raise TemplateError(f"{where}：单元格 {a} 在表格中出现 {count} 次")
    return tuple(placed), len(lines), ncols, header_rows


def _table(raw: Mapping[str, Any], where: str) -> Table:
    tid = _need(raw, "id", str, where)
    where = f"{where}[{tid}]"
    kind = _need(raw, "kind", str, where)
    if kind not in KINDS:
        raise TemplateError(f"{where}：未知的单元格类型“{kind}”")
    rows = tuple(Row(_need(r, "id", str, f"{where}.rows"), _need(r, "label", str, f"{where}.rows"),
                     str(r.get("group", "")), bool(r.get("legacy", False)), tuple(r.get("replaces", ())))
                 for r in _need(raw, "rows", list, where))
    cols = []
    for c in _need(raw, "cols", list, where):
        ckind = str(c.get("kind", kind))
        if ckind not in KINDS:
            raise TemplateError(f"{where}.cols：未知的单元格类型“{ckind}”")
        cols.append(Column(_need(c, "id", str, f"{where}.cols"), _need(c, "label", str, f"{where}.cols"),
                           ckind, str(c.get("unit", "")), int(c.get("span", 1))))
    for ids, what in (([r.id for r in rows], "行"), ([c.id for c in cols], "列")):
        if len(set(ids)) != len(ids) or not all(i and "/" not in i for i in ids):
            raise TemplateError(f"{where}：{what}编号重复或不合法")
    row_ids = {r.id for r in rows}
    for r in rows:
        if not set(r.replaces) <= row_ids or (r.replaces and not r.legacy):
            raise TemplateError(f"{where}.rows[{r.id}]：replaces 只能用于旧格式行，且应列出本表的行")
    groups = {}
    for name, members in dict(raw.get("groups", {})).items():
        known = {r.id for r in rows} | {c.id for c in cols}
        if not isinstance(members, list) or not set(members) <= known:
            raise TemplateError(f"{where}.groups.{name}：成员应为本表的行或列编号")
        groups[name] = tuple(members)
    grid, nrows, ncols, header = _resolve_grid(_need(raw, "grid", dict, where), rows, tuple(cols),
                                               tid, f"{where}.grid")
    return Table(tid, _need(raw, "section", str, where), _need(raw, "title", str, where),
                 _need(raw, "short", str, where), kind, rows, tuple(cols), groups, grid, nrows, ncols,
                 header, str(raw.get("corner_note", "")))


def _parse_expr(text: Any, where: str) -> expr.Node:
    try:
        return expr.parse(text)
    except expr.ExprError as e:
        raise TemplateError(f"{where}：{e}") from None


def _addresses(tables: Mapping[str, Table]) -> set[str]:
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


def _computed(raw: list[Any], tables: Mapping[str, Table], where: str) -> tuple[Computed, ...]:
    scope = FormScope(tables)
    found: dict[str, Computed] = {}
    for i, entry in enumerate(raw):
        at = f"{where}[{entry.get('id', i)}]"
        target = _parse_expr(_need(entry, "target", str, at), at)
        node = _parse_expr(_need(entry, "expr", str, at), at)
        try:
            if not isinstance(target, expr.Ref):
                raise expr.ExprError("target 应为单个单元格")
            for env in expand_each(entry.get("each", {}), str(entry.get("table", "")), tables):
                address = substitute(target, env)
                if address in found:
                    raise expr.ExprError(f"单元格 {address} 被定义了两次")
                bound = expr.bind(node, env, scope)
                found[address] = Computed(str(entry.get("id", i)), address, bound)
        except (expr.ExprError, ValueError) as e:
            raise TemplateError(f"{at}：{e}") from None
    known = _addresses(tables)
    for c in found.values():
        for a in (c.target,) + c.expression.reads:
            if a not in known:
                raise TemplateError(f"{where}[{c.spec}]：引用了不存在的单元格 {a}")
    # Order so every total comes after the totals it reads; a cycle cannot be computed.
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


def _rules(raw: list[Any], tables: Mapping[str, Table], where: str) -> tuple[RuleSpec, ...]:
    scope = FormScope(tables)
    known = _addresses(tables)
    rules: list[RuleSpec] = []
    for i, entry in enumerate(raw):
        rid = _need(entry, "id", str, f"{where}[{i}]")
        at = f"{where}[{rid}]"
        severity = _need(entry, "severity", str, at)
        if severity not in SEVERITIES:
            raise TemplateError(f"{at}：严重程度应为 {'/'.join(SEVERITIES)}")
        kind = str(entry.get("kind", "expr"))
        check = None
        if kind == "expr":
            check = _parse_expr(_need(entry, "check", str, at), at)
            try:
                message = _need(entry, "message", str, at)
                shown = [expr.parse(m[1:]) for m in expr.MESSAGE_PLACEHOLDER.findall(message) if m.startswith("=")]
                unknown_names = [m for m in expr.MESSAGE_PLACEHOLDER.findall(message)
                                 if not m.startswith("=") and m not in expr.MESSAGE_NAMES]
                if unknown_names:
                    raise expr.ExprError(f"消息中的“{{{unknown_names[0]}}}”无法填写")
                for env in expand_each(entry.get("each", {}), str(entry.get("table", "")), tables):
                    for node in shown:
                        expr.bind(node, env, scope)
                    bound = expr.bind_check(check, env, scope)
                    unknown = [a for a in bound.reads + bound.reads_last if a not in known]
                    if unknown:
                        raise expr.ExprError(f"引用了不存在的单元格 {unknown[0]}")
            except expr.ExprError as e:
                raise TemplateError(f"{at}：{e}") from None
        elif kind not in BUILTIN_KINDS:
            raise TemplateError(f"{at}：未知的检查类型“{kind}”")
        params = {k: v for k, v in entry.items()
                  if k not in ("id", "severity", "kind", "message", "basis", "table", "each", "check",
                               "needs_last_year")}
        if any(r.id == rid for r in rules):
            raise TemplateError(f"{at}：规则编号重复")
        rules.append(RuleSpec(rid, severity, kind, _need(entry, "message", str, at),
                              _need(entry, "basis", str, at), str(entry.get("table", "")),
                              dict(entry.get("each", {})), check, bool(entry.get("needs_last_year", False)),
                              params))
    return tuple(rules)


def _carry(raw: Mapping[str, Any], tables: Mapping[str, Table], where: str) -> tuple[CarrySpec, ...]:
    specs = []
    known = _addresses(tables)
    for i, entry in enumerate(raw.get("carry", [])):
        at = f"{where}.carry[{entry.get('id', i)}]"
        target = _parse_expr(_need(entry, "target", str, at), at)
        if not isinstance(target, expr.Ref):
            raise TemplateError(f"{at}：target 应为单个单元格")
        node = _parse_expr(_need(entry, "expr", str, at), at)
        try:
            for env in expand_each(entry.get("each", {}), str(entry.get("table", "")), tables):
                expr.bind(node, env, FormScope(tables))
                if substitute(target, env) not in known:
                    raise expr.ExprError(f"target {substitute(target, env)} 不是本格式的单元格")
        except expr.ExprError as e:
            raise TemplateError(f"{at}：{e}") from None
        specs.append(CarrySpec(str(entry.get("id", i)), str(entry.get("what", "")),
                               str(entry.get("table", "")), dict(entry.get("each", {})), target, node))
    return tuple(specs)


def load_template(path: Path) -> Form:
    """Load and check one template file; raises ``TemplateError`` naming file and entry."""
    name = path.name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise TemplateError(f"{name}：无法读取模板（{e}）") from None
    if not isinstance(raw, dict) or raw.get("kind") != "nianbao-form":
        raise TemplateError(f"{name}：不是年报格式模板（缺少 \"kind\": \"nianbao-form\"）")
    tables_list = [_table(t, f"{name}：tables") for t in _need(raw, "tables", list, name)]
    tables = {t.id: t for t in tables_list}
    if len(tables) != len(tables_list):
        raise TemplateError(f"{name}：tables：表格编号重复")
    sections = []
    for s in _need(raw, "sections", list, name):
        at = f"{name}：sections[{s.get('id', '?')}]"
        subs = tuple(Subsection(_need(x, "id", str, at), _need(x, "heading", str, at))
                     for x in s.get("subsections", []))
        listed = tuple(s.get("tables", []))
        if not set(listed) <= set(tables):
            raise TemplateError(f"{at}：引用了未定义的表格")
        sections.append(Section(_need(s, "id", str, at), _need(s, "heading", str, at),
                                bool(s.get("required", False)), str(s.get("guidance", "")), subs, listed))
    years = _need(raw, "years", dict, name)
    cells = {t.address(r.id, c.id): CellInfo(t, r, c) for t in tables_list for r in t.rows for c in t.cols}
    computed = _computed(list(raw.get("computed", [])), tables, f"{name}：computed")
    rollover = dict(raw.get("rollover", {}))
    notes = {k: tuple(v) for k, v in dict(rollover.get("notes_by_last_format", {})).items()}
    return Form(_need(raw, "format", str, name), _need(raw, "name", str, name),
                _need(raw, "document", str, name), _need(years, "first", int, f"{name}：years"),
                years.get("last"), _need(raw, "title", str, name), tuple(sections), tuple(tables_list),
                computed, _rules(_need(raw, "rules", list, name), tables, f"{name}：rules"),
                _carry(rollover, tables, f"{name}：rollover"), notes, str(path), cells,
                {c.target: c for c in computed})
