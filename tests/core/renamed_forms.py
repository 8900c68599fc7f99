"""The shipped templates with every table, row and column id renamed (for test_forms_are_data).

Ids are renamed where the template declares them (tables, rows, columns, the grid's references,
groups, replaced rows, the tables a section or rule names, per-table limits) and inside every
address written in a string: expressions, measures, drafts, carries (``requests/3.3.*/total`` →
``tq/r3.3.*/ktotal``). Labels stay: the printed form is the same, only its names inside change; each
row's label variants (``aliases``) are replaced by a made-up one (``alias``)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

TABLES = {"art20_1": "ta", "art20_5": "tb", "art20_6": "tc", "art20_8": "td", "art20_9": "te",
          "requests": "tq", "appeals": "tf"}
_ADDRESS = re.compile(r"(last:)?(\$\w+|\b(?:" + "|".join(TABLES) + r"))/([^/\s,()\"{}]+)/([A-Za-z_*$@{][\w*$@{}]*)")


def row(r: str) -> str:
    return r if r == "*" or r.startswith(("$", "@")) else "r" + r


def col(c: str) -> str:
    return c if c == "*" or c.startswith(("$", "@", "{")) else "k" + c


def address(text: str) -> str:
    return _ADDRESS.sub(lambda m: f"{m.group(1) or ''}{TABLES.get(m.group(2), m.group(2))}/{row(m.group(3))}/"
                                  f"{col(m.group(4))}", text)


_ROW_ADDRESS = re.compile(r"\b(" + "|".join(TABLES) + r")/([\w.]+)\b")


def prose(text: str) -> str:
    """A message or note naming cells or rows (数值录入 requests/3.6) under the new names."""
    return _ROW_ADDRESS.sub(lambda m: f"{TABLES[m.group(1)]}/{row(m.group(2))}", address(text))


_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"


def alias(index: int) -> str:
    """The label variant the copy gives a table's ``index``-th row (in place of the shipped ones): a
    word no real report prints, so only a template that lists it can read it."""
    return f"别称{_STEMS[index % 10]}{_BRANCHES[index // 10]}"


def _table(t: dict[str, Any]) -> None:
    rows = {r["id"] for r in t["rows"]}
    t["id"] = TABLES[t["id"]]
    for i, r in enumerate(t["rows"]):
        r["id"] = row(r["id"])
        r["aliases"] = [alias(i)]
        if "replaces" in r:
            r["replaces"] = [row(x) for x in r["replaces"]]
    for c in t["cols"]:
        c["id"] = col(c["id"])
    t["groups"] = {k: [row(x) if x in rows else col(x) for x in v] for k, v in t.get("groups", {}).items()}
    for line in t["grid"]["rows"]:
        for cell in line:
            if isinstance(cell, dict):
                for k in ("row", "cells", "group"):
                    if k in cell:
                        cell[k] = row(cell[k])
                if "col" in cell:
                    cell["col"] = col(cell["col"])


def _walk(node: Any) -> Any:
    if isinstance(node, str):
        return address(node)
    if isinstance(node, list):
        return [_walk(x) for x in node]
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "table" and isinstance(v, str) and v in TABLES:
                out[k] = TABLES[v]
            elif k == "table" and isinstance(v, list):
                out[k] = [TABLES.get(x, x) for x in v]
            elif k == "cols" and isinstance(v, list) and all(isinstance(x, str) for x in v):
                out[k] = [col(x) for x in v]              # R6's applicant columns
            elif k == "ledger" and isinstance(v, dict):           # the request ledger's table and row roles
                out[k] = {lk: (TABLES.get(lv, lv) if lk == "table" else
                               row(lv) if lk in ("new", "carried", "open") else lv) for lk, lv in v.items()}
            elif k == "table_limits":
                out[k] = {TABLES.get(t, t): _walk(lim) for t, lim in v.items()}
            elif k == "each" and isinstance(v, dict):
                out[k] = {ek: ([TABLES.get(x, x) for x in ev] if isinstance(ev, list) else
                               TABLES.get(ev, ev) if ek == "table" else row(ev) if ek == "row" else
                               col(ev) if ek == "col" else ev) for ek, ev in v.items()}
            else:
                out[address(k)] = _walk(v)                 # Y1's cells are keyed by address
        return out
    return node


def write(source: Path, target: Path) -> dict[str, str]:
    """The renamed copies of ``source``'s templates in ``target``; returns old → new address map
    for every cell of the shipped forms."""
    target.mkdir(parents=True, exist_ok=True)
    for path in source.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for t in data.get("tables", []):
            _table(t)
        for s in data.get("sections", []):
            if "tables" in s:
                s["tables"] = [TABLES[x] for x in s["tables"]]
        tables = data.pop("tables", None)
        data = _walk(data)
        if tables is not None:
            data["tables"] = tables
        (target / path.name).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return {}
