"""Expands a template entry's ``each`` into the variable bindings it stands for.

``"each": {"col": "*"}`` on table ``requests`` means one instance per column of 表三;
``{"table": ["art20_5", "art20_6"], "row": "*"}`` one per row of each listed table. Totals,
rules and rollover carries all use this, so they iterate the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from core.expr import ExprError
from core.forms import Table


def expand_each(each: Mapping[str, Any], default_table: str,
                tables: Mapping[str, Table]) -> Iterator[dict[str, str]]:
    """Yield one ``{var: id}`` binding per instance, in the order the keys are written."""
    keys = list(each)

    def domain(key: str, env: Mapping[str, str]) -> list[str]:
        spec = each[key]
        if key == "table":
            if not isinstance(spec, list) or not all(t in tables for t in spec):
                raise ExprError(f"each.table 应为已定义表格的列表：{spec}")
            return list(spec)
        table_id = env.get("table", default_table)
        if table_id not in tables:
            raise ExprError(f"each.{key} 需要表格，但“{table_id}”未定义")
        table = tables[table_id]
        options = [r.id for r in table.rows] if key == "row" else [c.id for c in table.cols]
        if key not in ("row", "col"):
            raise ExprError(f"each 只能按 table、row、col 展开，不能按“{key}”")
        if spec == "*":
            return options
        if isinstance(spec, str) and spec.startswith("@"):
            if spec[1:] not in table.groups:
                raise ExprError(f"表格“{table_id}”没有分组“{spec}”")
            return list(table.groups[spec[1:]])
        if isinstance(spec, list) and all(s in options for s in spec):
            return list(spec)
        raise ExprError(f"each.{key} 的取值“{spec}”无法识别")

    def walk(i: int, env: dict[str, str]) -> Iterator[dict[str, str]]:
        if i == len(keys):
            yield dict(env)
            return
        for value in domain(keys[i], env):
            env[keys[i]] = value
            yield from walk(i + 1, env)
        env.pop(keys[i], None)

    yield from walk(0, {})
