"""What ``check`` prints for one report, human or ``--json``, and reading a file for it with a
Chinese message instead of an error. Apart from ``cli`` so that the batch runner
(``check_batch``) and the command line share it without importing each other."""

from __future__ import annotations

import json
from typing import Any, Optional, TextIO

from core import ledger_cli
from core.findings import ERROR, INFO, SEVERITY_NAMES, WARNING, Finding
from core.json_text import Encoded, json_text
from core.project_errors import ReadError
from core.project_json import cells_json, origin_entries, origins_json
from core.reading import read_report
from core.report import Report


def _load(path: str, err: TextIO, year: Optional[int] = None) -> Optional[Report]:
    try:
        return read_report(path, year=year)
    except ReadError as e:
        err.write(f"无法读取：{e}\n")
        return None


def _counts(findings: list[Finding]) -> str:
    errors = sum(f.severity == ERROR for f in findings)
    warnings = [f for f in findings if f.severity == WARNING]
    accepted = sum(f.accepted is not None for f in warnings)
    infos = sum(f.severity == INFO for f in findings)
    text = f"{errors} 个错误、{len(warnings)} 个提示"
    if accepted:
        text += f"（其中 {accepted} 个已说明并接受）"
    if infos:
        text += f"、{infos} 条信息"
    return text


def _print_human(path: str, report: Report, findings: list[Finding], out: TextIO, tables: bool = False) -> None:
    out.write(f"{path}：{report.display_title()}（{report.form.name}）\n")
    if tables:
        from core.sheet import table_views  # (--tables only: a folder's check prints findings)
        from core.table_text import render as render_table

        for view in table_views(report, findings):
            out.write(render_table(view) + "\n\n")
    for note in report.notes:
        out.write(f"  说明：{note}\n")
    for f in findings:
        mark = SEVERITY_NAMES[f.severity] + ("（已接受）" if f.accepted is not None else "")
        out.write(f"  {mark} [{f.rule}] {f.message}\n")
        out.write(f"      依据：{f.basis}\n")
        if f.accepted is not None:
            out.write(f"      说明：{f.accepted}\n")
    out.write(f"  共 {_counts(findings)}\n")


def check_line(path: str, report: Report, findings: list[Finding]) -> str:
    """``json_text(check_record(…))``, the same text, with the origins written by ``origins_line``."""
    return json_text(check_record(path, report, findings, origins_line(report)))


_STRING = json.JSONEncoder(ensure_ascii=False).encode
_keys: dict[str, str] = {}
"""Each address's JSON text with its ": " (the same few hundred in every file of a folder)."""


def origins_line(report: Report) -> Encoded:
    """``origins_json(report)`` as json writes it on one line: each address and each distinct
    origin is encoded once, not a dict built and walked per cell of every file."""
    keys = _keys
    if len(keys) > 10_000:
        keys.clear()
    values: dict[int, str] = {}       # by the origin's id: the report holds them all meanwhile
    parts = []
    for address, origin in origin_entries(report):
        key = keys.get(address)
        if key is None:
            key = keys[address] = _STRING(address) + ": "
        value = values.get(id(origin))
        if value is None:
            value = values[id(origin)] = _STRING(origin if isinstance(origin, str) else
                                                 {"kind": origin.kind, "source": origin.source})
        parts.append(key + value)
    return Encoded("{" + ", ".join(parts) + "}")


def check_record(path: str, report: Report, findings: list[Finding],
                 origins: Optional[Encoded] = None) -> dict[str, Any]:
    """The ``--json`` object of one file (``origins``: its ``"origin"`` already written)."""
    from core.importers.confidence import confidence  # (--json only)

    return {
        "file": path,
        "format": report.format,
        "year": report.year,
        "organ": report.organ,
        "cells": cells_json(report),
        "origin": origins_json(report) if origins is None else origins,
        "findings": [f.as_dict() for f in findings],
        "import": {"missing": sorted(report.missing), "notes": list(report.notes),
                   "unread_sections": [s.id for s in report.form.sections if s.id in report.unread_sections],
                   "tables": [t.as_dict() for t in confidence(report, findings)]},
        **ledger_cli.summary(report),
    }
