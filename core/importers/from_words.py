"""Cells entered from the words of 一、总体情况 (``overview_normative``, ``overview_results``,
``overview_decisions``): each
only where the table did not give it, with the clause it was read from as its origin, and the note
that lists them — the import preview's reason to show the table as doubtful."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from core.forms import Form
from core.importers.model import ImportLog
from core.report import IMPORTED, Origin
from core.values import Value, format_value


def enter(said: Mapping[str, tuple[Value, str]], source: str, cells: dict[str, Value], origins: dict[str, Origin],
          missing: dict[str, str], log: ImportLog) -> dict[str, tuple[Value, str]]:
    """Enter each (value, clause) of ``said`` whose cell is still missing; the ones entered."""
    entered = {a: v for a, v in said.items() if a in missing or a not in cells}
    for address, (value, clause) in entered.items():
        cells[address] = value
        origins[address] = Origin(IMPORTED, f"{source}，从正文读取：“{clause}”")
        log.read[address] = f"从正文读取：“{clause}”"
        missing.pop(address, None)
        log.missing.pop(address, None)
    return entered


def listed(form: Form, table_name: str, entered: Mapping[str, tuple[Value, str]]) -> str:
    """Each cell as the note lists it: its row and column (the table named once, before the list), value, words."""
    return "；".join(f"{form.label(a).removeprefix(table_name).strip()} 为 {format_value(v, form.kind_of(a))}（“{c}”）"
                    for a, (v, c) in entered.items())


def not_printed(name: str, table_id: str, headed: Collection[str]) -> str:
    """How a note opens that reads a table's cells from the words: the table not in the copy at all, or
    (``headed``: the ids of tables printed only as their header, the copy stopping before any row) its
    header printed and the copy cut before its rows — "没有表三的表格" would send the clerk to check a
    header the copy shows."""
    if table_id in headed:
        return f"原文印出了{name}的表头，但在表中第一行之前就中断了（复制不完整）"
    return f"原文中没有{name}的表格（复制不完整）"
