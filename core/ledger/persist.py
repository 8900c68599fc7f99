"""The ledger in the project file: written field by field, read back with every entry checked.

Personal fields (``model.PERSONAL``) are written to the clerk's own project file only; a copy
meant for others (the data sheet of an exported workbook, an embedded last year) leaves them out.
Empty fields are not written, so a file gains the 补正 and 征求意见 keys only for the requests that
have them, and older versions of the program can still open a file whose register never used them.
"""

from __future__ import annotations

from typing import Any, Optional

from core.forms import Form
from core.ledger.model import DATES, FIELDS, MAX_FIELD_CHARS, MAX_REQUESTS, PERSONAL, Ledger, Request, parse_iso
from core.project_errors import ProjectFileError
from core.text_clean import clean_text

_FLAGS = ("extended", "carried")


def ledger_json(ledger: Ledger, personal: bool = True) -> Optional[dict[str, Any]]:
    """The ``ledger`` entry; None for an empty register outside ledger mode (older files have none)."""
    if not ledger.requests and not ledger.derive:
        return None
    rows = []
    for r in ledger.requests:
        row: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(r, name)
            if value and (personal or name not in PERSONAL):
                row[name] = value
        rows.append(row)
    return {"derive": ledger.derive, "requests": rows}


def ledger_from_json(raw: object, form: Form, name: str) -> Ledger:
    if raw is None:
        return Ledger()
    where = f"{name}：“ledger”"
    if not isinstance(raw, dict) or not isinstance(raw.get("derive", False), bool):
        raise ProjectFileError(f"{where}应为含 derive 和 requests 的对象")
    rows = raw.get("requests", [])
    if not isinstance(rows, list):
        raise ProjectFileError(f"{where}的 requests 应为列表")
    if len(rows) > MAX_REQUESTS:
        raise ProjectFileError(f"{where}有 {len(rows)} 条，超过 {MAX_REQUESTS} 条")
    if form.ledger is None and (rows or raw.get("derive")):
        raise ProjectFileError(f"{where}：{form.name}没有台账")
    requests = [_request(row, f"{where}第 {i + 1} 条") for i, row in enumerate(rows)]
    return Ledger(requests, bool(raw.get("derive", False)))


def _request(row: object, where: str) -> Request:
    if not isinstance(row, dict):
        raise ProjectFileError(f"{where}应为对象")
    unknown = [k for k in row if k not in FIELDS]
    if unknown:
        raise ProjectFileError(f"{where}：没有“{str(unknown[0])[:20]}”一栏")
    values: dict[str, Any] = {}
    for key, value in row.items():
        if key in _FLAGS:
            if not isinstance(value, bool):
                raise ProjectFileError(f"{where}：“{key}”应为 true 或 false")
        elif not isinstance(value, str) or len(value) > MAX_FIELD_CHARS:
            raise ProjectFileError(f"{where}：“{key}”应为不超过 {MAX_FIELD_CHARS} 字的文字")
        else:
            value = clean_text(value)      # as at input: a file from elsewhere may hold a NUL
            if key in DATES and value and parse_iso(value) is None:
                raise ProjectFileError(f"{where}：“{key}”日期“{value[:20]}”无效")
        values[key] = value
    return Request(**values)
