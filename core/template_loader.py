"""Reads a template file and checks it whole before anything uses it.

A broken template must fail at load with a message naming the file and the entry (``2021.json：
tables[requests].grid 第 7 行：…``), never later as a wrong total on a clerk's screen. So every
key, label, grid rectangle, expression, rule parameter and message placeholder is checked here.
Totals, rules and carries are parsed and bound in ``template_rules``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Optional

from core import template_county, template_prose, template_rules
from core.forms import Anchor, CellInfo, Column, Form, GridCell, LedgerSpec, Row, Section, Subsection, Table, matching
from core.template_errors import TemplateError, keys, need
from core.values import KINDS

BUILTIN_SHARED = Path(__file__).resolve().parent.parent / "templates" / "shared.json"
"""Entries the formats share (rules, totals, carries), named from a format with ``{"use": id}``."""

TOP_KEYS = ("kind", "schema", "format", "name", "document", "years", "title", "sections", "tables",
            "computed", "rules", "rollover", "drafts", "ledger", "aggregate", "prose_cells")
SECTION_KEYS = ("id", "heading", "required", "guidance", "subsections", "tables")
TABLE_KEYS = ("id", "section", "title", "short", "kind", "rows", "cols", "groups", "grid", "corner_note", "anchors")
ANCHOR_KEYS = ("any", "all", "starts", "max")
ROW_KEYS = ("id", "label", "group", "legacy", "replaces", "aliases", "note")
COL_KEYS = ("id", "label", "kind", "unit", "span")
GRID_ENTRY_KEYS = ("text", "row", "col", "group", "cells", "rs", "cs")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise TemplateError(f"{path.name}：无法读取模板（{e}）") from None


def _grid_entry(entry: Any, rows: Mapping[str, Row], cols: Mapping[str, Column], at: str) -> tuple[str, str, int, int]:
    """(text, row id of value cells, rs, cs) of one grid entry; labels come from the rows and columns."""
    if isinstance(entry, str):
        return entry, "", 1, 1
    keys(entry, GRID_ENTRY_KEYS, at)
    named = [k for k in ("text", "row", "col", "group", "cells") if k in entry]
    if len(named) != 1:
        raise TemplateError(f"{at}：每个条目应恰好有 text、row、col、group、cells 之一")
    rs, cs = entry.get("rs", 1), entry.get("cs", 1)
    if not isinstance(rs, int) or not isinstance(cs, int) or isinstance(rs, bool) or isinstance(cs, bool):
        raise TemplateError(f"{at}：rs、cs 应为整数")
    what = named[0]
    value = need(entry, what, str, at)
    if what == "text":
        return value, "", rs, cs
    if what == "col":
        if value not in cols:
            raise TemplateError(f"{at}：没有列“{value}”")
        return cols[value].label, "", rs, cs
    if value not in rows:
        raise TemplateError(f"{at}：没有行“{value}”")
    if what == "row":
        return rows[value].label, "", rs, cs
    if what == "group":
        if not rows[value].group:
            raise TemplateError(f"{at}：行“{value}”没有分组名")
        return rows[value].group, "", rs, cs
    if "rs" in entry or "cs" in entry:
        raise TemplateError(f"{at}：cells 条目的跨度由列定义决定，不能写 rs、cs")
    return "", value, 1, 1


def _resolve_grid(raw: Any, rows: tuple[Row, ...], cols: tuple[Column, ...],
                  table_id: str, where: str) -> tuple[tuple[GridCell, ...], int, int, int]:
    """Place HTML-style rows (rowspan/colspan flow) on a grid and check full, single coverage."""
    keys(raw, ("cols", "rows"), where)
    ncols = need(raw, "cols", int, where)
    lines = need(raw, "rows", list, where)
    by_row, by_col = {r.id: r for r in rows}, {c.id: c for c in cols}
    taken: set[tuple[int, int]] = set()
    cells: list[GridCell] = []
    first_value_row = None
    for r, line in enumerate(lines):
        at = f"{where} 第 {r + 1} 行"
        if not isinstance(line, list):
            raise TemplateError(f"{at}：应为列表")
        c = 0
        for entry in line:
            text, row_id, rs, cs = _grid_entry(entry, by_row, by_col, at)
            if row_id:
                pieces = [(f"{table_id}/{row_id}/{col.id}", "", 1, col.span) for col in cols]
                first_value_row = r if first_value_row is None else first_value_row
            else:
                pieces = [("", text, rs, cs)]
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


def _rows(raw: Any, where: str) -> tuple[Row, ...]:
    rows = []
    for i, r in enumerate(need(raw, "rows", list, where)):
        at = f"{where}.rows[{r.get('id', i) if isinstance(r, dict) else i}]"
        keys(r, ROW_KEYS, at)
        replaces = r.get("replaces", [])
        if not isinstance(replaces, list):
            raise TemplateError(f"{at}：replaces 应为列表")
        aliases = r.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise TemplateError(f"{at}：aliases 应为非空文字的列表")
        rows.append(Row(need(r, "id", str, at), need(r, "label", str, at), str(r.get("group", "")),
                        bool(r.get("legacy", False)), tuple(replaces), tuple(aliases)))
    return tuple(rows)


def _cols(raw: Any, kind: str, where: str) -> tuple[Column, ...]:
    cols = []
    for i, c in enumerate(need(raw, "cols", list, where)):
        at = f"{where}.cols[{c.get('id', i) if isinstance(c, dict) else i}]"
        keys(c, COL_KEYS, at)
        ckind = str(c.get("kind", kind))
        if ckind not in KINDS:
            raise TemplateError(f"{at}：未知的单元格类型“{ckind}”")
        span = c.get("span", 1)
        if not isinstance(span, int) or isinstance(span, bool) or span < 1:
            raise TemplateError(f"{at}：span 应为正整数")
        cols.append(Column(need(c, "id", str, at), need(c, "label", str, at), ckind, str(c.get("unit", "")), span))
    return tuple(cols)


def _table(raw: Any, section_ids: set[str], where: str) -> Table:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}：应为对象")
    tid = need(raw, "id", str, where)
    where = f"{where}[{tid}]"
    keys(raw, TABLE_KEYS, where)
    kind = need(raw, "kind", str, where)
    if kind not in KINDS:
        raise TemplateError(f"{where}：未知的单元格类型“{kind}”")
    section = need(raw, "section", str, where)
    if section not in section_ids:
        raise TemplateError(f"{where}：没有第“{section}”部分")
    rows, cols = _rows(raw, where), _cols(raw, kind, where)
    for ids, what in (([r.id for r in rows], "行"), ([c.id for c in cols], "列")):
        if len(set(ids)) != len(ids) or not all(i and "/" not in i for i in ids):
            raise TemplateError(f"{where}：{what}编号重复或不合法")
    row_ids = {r.id for r in rows}
    for r in rows:
        if not set(r.replaces) <= row_ids or (r.replaces and not r.legacy):
            raise TemplateError(f"{where}.rows[{r.id}]：replaces 只能用于旧格式行，且应列出本表的行")
    groups = {}
    raw_groups = raw.get("groups", {})
    if not isinstance(raw_groups, dict):
        raise TemplateError(f"{where}.groups：应为对象")
    for name, members in raw_groups.items():
        if not isinstance(members, list) or not set(members) <= row_ids | {c.id for c in cols}:
            raise TemplateError(f"{where}.groups.{name}：成员应为本表的行或列编号")
        groups[name] = tuple(members)
    grid, nrows, ncols, header = _resolve_grid(need(raw, "grid", dict, where), rows, cols, tid, f"{where}.grid")
    return Table(tid, section, need(raw, "title", str, where), need(raw, "short", str, where), kind, rows, cols,
                 groups, grid, nrows, ncols, header, str(raw.get("corner_note", "")), _anchors(raw, where))


def _anchors(raw: Mapping[str, Any], where: str) -> tuple[Anchor, ...]:
    out = []
    entries = raw.get("anchors", [])
    if not isinstance(entries, list):
        raise TemplateError(f"{where}.anchors：应为列表")
    for i, a in enumerate(entries):
        at = f"{where}.anchors[{i}]"
        if not isinstance(a, dict):
            raise TemplateError(f"{at}：应为对象")
        keys(a, ANCHOR_KEYS, at)
        words = {k: tuple(str(w) for w in a.get(k, [])) for k in ("any", "all", "starts")}
        if not any(words.values()) or not all(isinstance(a.get(k, []), list) for k in words):
            raise TemplateError(f"{at}：应写明 any、all 或 starts（词语列表）")
        out.append(Anchor(words["any"], words["all"], words["starts"], int(a.get("max", 60))))
    return tuple(out)


def _sections(raw: Any, name: str) -> tuple[Section, ...]:
    sections = []
    for s in need(raw, "sections", list, name):
        at = f"{name}：sections[{s.get('id', '?') if isinstance(s, dict) else '?'}]"
        keys(s, SECTION_KEYS, at)
        subs = []
        for x in s.get("subsections", []):
            keys(x, ("id", "heading"), f"{at}.subsections")
            subs.append(Subsection(need(x, "id", str, at), need(x, "heading", str, at)))
        sections.append(Section(need(s, "id", str, at), need(s, "heading", str, at), bool(s.get("required", False)),
                                str(s.get("guidance", "")), tuple(subs), tuple(s.get("tables", []))))
    ids = [k for s in sections for k in (s.id,) + tuple(x.id for x in s.subsections)]
    if len(set(ids)) != len(ids) or "preamble" in ids:
        raise TemplateError(f"{name}：sections：部分或小节编号重复")
    return tuple(sections)


def _shared(path: Path, shared: Optional[Path]) -> tuple[Mapping[str, Any], str]:
    beside = path.parent / "shared.json"
    source = shared or (beside if beside.exists() else BUILTIN_SHARED)
    raw = _read_json(source)
    keys(raw, ("kind", "computed", "rules", "carry", "drafts", "collect"), source.name)
    if raw.get("kind") != "nianbao-shared":
        raise TemplateError(f"{source.name}：不是共用条目文件（缺少 \"kind\": \"nianbao-shared\"）")
    return raw, source.name


def load_template(path: Path, shared: Optional[Path] = None) -> Form:
    """Load and check one template file; raises ``TemplateError`` naming file and entry."""
    name = path.name
    raw = _read_json(path)
    if not isinstance(raw, dict) or raw.get("kind") != "nianbao-form":
        raise TemplateError(f"{name}：不是年报格式模板（缺少 \"kind\": \"nianbao-form\"）")
    keys(raw, TOP_KEYS, name)
    common, common_name = _shared(path, shared)
    sections = _sections(raw, name)
    tables_list = [_table(t, {s.id for s in sections}, f"{name}：tables") for t in need(raw, "tables", list, name)]
    shorts = [t.short for t in tables_list]
    tables_list = [dataclasses.replace(t, shared_short=shorts.count(t.short) > 1) for t in tables_list]
    tables = {t.id: t for t in tables_list}
    if len(tables) != len(tables_list):
        raise TemplateError(f"{name}：tables：表格编号重复")
    for s in sections:
        if not set(s.tables) <= set(tables) or any(tables[t].section != s.id for t in s.tables):
            raise TemplateError(f"{name}：sections[{s.id}]：tables 应列出属于本部分的已定义表格")
    years = need(raw, "years", dict, name)
    keys(years, ("first", "last"), f"{name}：years")
    last = years.get("last")
    if last is not None and (not isinstance(last, int) or isinstance(last, bool)):
        raise TemplateError(f"{name}：years：“last”应为整数或 null")

    def entries(key: str, source: Mapping[str, Any], shared_key: str, where: str) -> list[tuple[Any, str]]:
        listed = source.get(key, [])
        if not isinstance(listed, list):
            raise TemplateError(f"{where}：应为列表")
        return template_rules.resolve_uses(listed, list(common.get(shared_key, [])), where,
                                           f"{common_name}：{shared_key}")

    computed, generated = template_rules.computed(entries("computed", raw, "computed", f"{name}：computed"), tables,
                                                  f"{name}：computed")
    need(raw, "rules", list, name)
    rule_entries = generated + entries("rules", raw, "rules", f"{name}：rules")
    rules = template_rules.rules(rule_entries, tables, sections)
    rollover = raw.get("rollover", {})
    keys(rollover, ("carry", "notes_by_last_format"), f"{name}：rollover")
    carry = template_rules.carries(entries("carry", rollover, "carry", f"{name}：rollover.carry"), tables)
    notes = {str(k): tuple(str(x) for x in v) for k, v in dict(rollover.get("notes_by_last_format", {})).items()}
    cells = {t.address(r.id, c.id): CellInfo(t, r, c) for t in tables_list for r in t.rows for c in t.cols}
    form = Form(need(raw, "format", str, name), need(raw, "name", str, name), need(raw, "document", str, name),
                need(years, "first", int, f"{name}：years"), last, need(raw, "title", str, name), sections,
                tuple(tables_list), computed, rules, carry, notes, str(path), cells,
                {c.target: c for c in computed})
    prose, results = template_prose.prose_cells(raw, form, name)
    return dataclasses.replace(form, drafts=_drafts(common, raw, form, name), ledger=_ledger(raw, form, name),
                               aggregate=template_county.aggregate(raw, form, name),
                               collect_rules=template_county.collect_rules(common, common_name, form),
                               prose_cells=prose, result_cells=results)


def _ledger(raw: Mapping[str, Any], form: Form, name: str) -> Optional[LedgerSpec]:
    """The ledger's table and its rows and columns by role; each must be a cell a clerk types."""
    spec = raw.get("ledger")
    if spec is None:
        return None
    where = f"{name}：ledger"
    if not isinstance(spec, dict):
        raise TemplateError(f"{where}：应为对象")
    keys(spec, ("table", "applicants", "outcomes", "new", "carried", "open"), where)
    table_id = need(spec, "table", str, where)
    if table_id not in {t.id for t in form.tables}:
        raise TemplateError(f"{where}：没有表格“{table_id}”")
    table = form.table(table_id)

    def ids(key: str) -> tuple[str, ...]:
        listed = need(spec, key, str, where)
        if listed.startswith("@"):
            if listed[1:] not in table.groups:
                raise TemplateError(f"{where}：{key}：表格“{table_id}”没有分组“{listed}”")
            return tuple(table.groups[listed[1:]])
        return (listed,)

    applicants = ids("applicants")
    outcomes = tuple(r for r in ids("outcomes") if r in {x.id for x in table.rows} and not table.row(r).legacy)
    roles = {"new": need(spec, "new", str, where), "carried": need(spec, "carried", str, where),
             "open": need(spec, "open", str, where)}
    for row in (*outcomes, *roles.values()):
        for col in applicants:
            address = table.address(row, col)
            if address not in form.cells or form.is_computed(address) or form.is_legacy(address):
                raise TemplateError(f"{where}：“{address}”不是可填写的单元格")
    return LedgerSpec(table_id, applicants, outcomes, roles["new"], roles["carried"], roles["open"])


def _drafts(common: Mapping[str, Any], raw: Mapping[str, Any], form: Form, name: str) -> dict[str, str]:
    """The bound drafts: the shared ones, then the form's own; each for a text place of the form,
    each placeholder naming cells of it (a draft of another format's places is left out)."""
    out: dict[str, str] = {}
    for source, where in ((common.get("drafts", {}), "drafts（共用）"), (raw.get("drafts", {}), f"{name}：drafts")):
        if not isinstance(source, dict):
            raise TemplateError(f"{where}：应为对象")
        for key, text in source.items():
            if not isinstance(text, str):
                raise TemplateError(f"{where}[{key}]：应为文字")
            patterns = re.findall(r"\{([^{}]+)\}", text)
            if key in form.text_keys() and patterns and all(matching(form.cells, p) for p in patterns):
                out[str(key)] = text
            elif source is raw.get("drafts"):
                raise TemplateError(f"{where}[{key}]：没有这一处正文，或占位符不对应本格式的单元格")
    return out
