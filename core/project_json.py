"""The project file's content: Report ⇄ a JSON document a person can read and a county can script.

Layout (schema 2; schema 1 is the same without ``origins`` and ``missing`` and still loads)::

    {"kind": "nianbao-report", "schema": 2, "format": "2021", "year": 2024, "organ": "…",
     "title": "", "date": "2025-01-20", "totals": "derived", "cells": {"requests/1/natural": 21, …},
     "origins": {"requests/2/natural": "carried", "requests/1/natural": {"kind": "imported", "source": "2023.pdf"}},
     "missing": {"requests/3.1/natural": "来源文件第 5 页表格在此处截断"},
     "unread_sections": {"5": "来源文件在表三处中断，其后的内容没有读到"},
     "texts": {"preamble": "…", "1": "…", "1.2": "…", …, "6": "…"},
     "accepted": {"X2@art20_1/normative": {"explanation": "…", "message": "…"}},
     "carried_texts": ["5"], "notes": [], "last_year": null | {"file": "…"} | {"embedded": {…}}}

``date`` is the 落款 date (ISO; "" or absent: the day of export). ``origins`` records where a value
came from (typed, carried, imported, overridden; derived totals are computed and not stored);
``missing`` lists cells an importer could not read, with the reason; ``unread_sections`` (written
only when there is one; absent in older files) the sections the source never reached, with the reason.

Money is written as a JSON number with its exact digits (never through float), and read back as
``Decimal``: ``json_text`` writes the JSON itself, so a ``Decimal`` becomes a number and every
string stays a string, whatever it holds (no marker standing in for a number that a note or an
organ's name could spell). Reading checks everything and raises ``ProjectFileError`` with a
Chinese message; a number literal longer than any cell's is refused before it becomes a number,
and one whose exponent no report can hold (``1e-999999999``) is refused with its cell named,
before anything computes with it or prints it (``core.values.MAX_EXPONENT``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, Optional, Union

from core.forms import Form
from core.json_text import json_text as json_text  # re-exported: the writer of what this module reads
from core.ledger.model import Ledger
from core.ledger.persist import ledger_from_json, ledger_json
from core.paths import EXTENSION as EXTENSION  # re-exported: the file's name and its reader's error
from core.project_errors import ProjectFileError as ProjectFileError
from core.report import (
    COMPUTED,
    DERIVED,
    IMPORTED,
    ORIGIN_KINDS,
    PRINTED,
    TYPED,
    Acceptance,
    Origin,
    Report,
    date_problem,
)
from core.template_errors import TemplateError
from core.values import MAX_NUMBER_CHARS, MAX_STORED, NA, Value, ValueError_, brief, from_json

KIND = "nianbao-report"
SCHEMA = 2


def report_to_dict(report: Report, embed_last_year: bool = True, personal: bool = True) -> dict[str, Any]:
    """The JSON object of a report; last year's report is embedded unless it was referenced.
    ``personal=False``: the ledger without applicants' names and contacts (a copy for others)."""
    data: dict[str, Any] = {
        "kind": KIND,
        "schema": SCHEMA,
        "format": report.format,
        "year": report.year,
        "organ": report.organ,
        "title": report.title,
        "date": report.date,
        "totals": report.totals,
        "cells": cells_json(report),
        "origins": origins_json(report, recorded_only=True),
        "missing": dict(sorted(report.missing.items())),
        **({"unread_sections": {s.id: report.unread_sections[s.id] for s in report.form.sections
                                if s.id in report.unread_sections}} if report.unread_sections else {}),
        "texts": dict(report.texts),
        "accepted": {k: {"explanation": a.explanation, "message": a.message}
                     for k, a in report.accepted.items()},
        "carried_texts": sorted(report.carried_texts),
        "notes": list(report.notes),
        "last_year": None,
    }
    ledger = ledger_json(report.ledger, personal)
    if ledger is not None:
        data["ledger"] = ledger
    if report.last_year_file:
        data["last_year"] = {"file": report.last_year_file}
    elif report.last_year is not None and embed_last_year:
        inner = report_to_dict(report.last_year, embed_last_year=False)
        for key in ("kind", "schema", "last_year", "accepted", "carried_texts", "notes", "date", "ledger",
                    "unread_sections"):  # not last year's concern
            inner.pop(key, None)
        data["last_year"] = {"embedded": inner}
    return data


def dumps(report: Report, personal: bool = True) -> str:
    """Project file text: UTF-8 JSON, indented, Chinese kept readable, money exact."""
    return json_text(report_to_dict(report, personal=personal), indent=1) + "\n"


def cells_json(report: Report) -> dict[str, Any]:
    """Every cell of the report's format as ``check --json`` prints it (exact money)."""
    legacy = report.form.legacy_addresses
    return {a: "/" if v is NA else v for a, v in report.cells.items() if v is not None or a not in legacy}


def origins_json(report: Report, recorded_only: bool = False) -> dict[str, Any]:
    """Where each cell's value came from: ``"typed"`` or ``{"kind": …, "source": …}``.

    The project file stores only recorded origins; ``check --json`` shows every cell holding a
    value, derived totals as ``"computed"``.
    """
    if recorded_only:
        out: dict[str, Any] = {}
        recorded = report.origins
        for address, value in report.cells.items():
            origin = recorded.get(address)
            if origin is not None and value is not None:
                out[address] = {"kind": origin.kind, "source": origin.source} if origin.source else origin.kind
        return out
    return {address: origin if isinstance(origin, str) else {"kind": origin.kind, "source": origin.source}
            for address, origin in origin_entries(report)}


def origin_entries(report: Report) -> Iterator[tuple[str, Union[str, Origin]]]:
    """``origins_json``'s entries, in the cells' order: the kind alone (``"typed"``, ``"computed"``,
    or a recorded origin without a source), or the recorded ``Origin`` that names its source."""
    # report.origin_of for every cell, inlined (check --json writes it for every file of a folder)
    recorded = report.origins
    computed = report.form.computed_by_target if report.totals == DERIVED else {}
    unrecorded = IMPORTED if report.totals == PRINTED else TYPED
    for address, value in report.cells.items():
        if address in computed:
            if value is not None:
                yield address, COMPUTED
            continue
        origin = recorded.get(address)
        if origin is None:
            if value is not None:
                yield address, unrecorded
            continue
        yield address, origin if origin.source else origin.kind


def _origins(raw: object, cells: dict[str, Any], form_cells: Any, name: str) -> dict[str, Origin]:
    if not isinstance(raw, dict):
        raise ProjectFileError(f"{name}：“origins”应为单元格地址到来源的对应表")
    out = {}
    same: dict[tuple[str, str], Origin] = {}  # an imported file's cells all share one origin: built once
    previous: object = None
    origin = Origin(TYPED)
    for address, entry in raw.items():
        if address not in form_cells:
            raise ProjectFileError(f"{name}：“origins”中的单元格地址“{brief(address, 24)}”不属于本格式")
        if entry != previous or previous is None:  # (nearly every entry is the one before it again)
            origin = _origin(entry, address, name, same)
            previous = entry
        if cells.get(address) is not None:
            out[address] = origin
    return out


def _origin(entry: object, address: str, name: str, same: dict[tuple[str, str], Origin]) -> Origin:
    kind, source = (entry, "") if type(entry) is str else (
        (entry.get("kind"), entry.get("source", "")) if type(entry) is dict else (None, ""))
    origin = same.get((kind, source)) if type(kind) is str and type(source) is str else None
    if origin is None:
        if kind not in ORIGIN_KINDS or kind == COMPUTED or not isinstance(source, str):
            raise ProjectFileError(f"{name}：单元格 {address} 的来源“{brief(str(entry), 40)}”无法识别")
        origin = same[(kind, source)] = Origin(kind, source)
    return origin


def _missing(raw: object, cells: dict[str, Any], form_cells: Any, name: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ProjectFileError(f"{name}：“missing”应为单元格地址到未读取原因的对应表")
    for address in raw:
        if address not in form_cells:
            raise ProjectFileError(f"{name}：“missing”中的单元格地址“{brief(address, 24)}”不属于本格式")
        if cells.get(address) is not None:
            raise ProjectFileError(f"{name}：单元格 {address} 既有数值又标记为未读取")
    return {str(k): str(v) for k, v in raw.items()}


def _unread_sections(raw: object, texts: Mapping[str, str], form: Form, name: str) -> dict[str, str]:
    """A section holding text was read, or written since: marked unread too, S1–S3 would never
    look at it again (the editor clears the mark with the first keystroke), so such a file is refused."""
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ProjectFileError(f"{name}：“unread_sections”应为部分编号到未读取原因的对应表")
    ids = [s.id for s in form.sections]
    for section in raw:
        if section not in ids:
            raise ProjectFileError(f"{name}：“unread_sections”中没有第“{brief(str(section))}”部分")
        if any(texts.get(k, "").strip() for k in form.section_text_keys(section)):
            raise ProjectFileError(f"{name}：第“{section}”部分既有文字又标记为未读取")
    return {str(k): str(v) for k, v in raw.items()}


def _no_constant(word: str) -> Any:
    raise ValueError(word)


class _LongNumber(ValueError):
    """A JSON number literal longer than any cell's (``MAX_NUMBER_CHARS``)."""


def _decimal(literal: str) -> Decimal:
    """A JSON number with a point or an exponent, exactly; a literal longer than any real number
    is refused before ``Decimal`` sees it (a cell's range is checked, naming it, by ``from_json``)."""
    if len(literal) > MAX_NUMBER_CHARS:
        raise _LongNumber(literal)
    return Decimal(literal)


_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_LONG_RUN = b"0" * MAX_NUMBER_CHARS


def _long_digits(encoded: bytes) -> bool:
    """The text ``encoded`` (UTF-8, ``surrogatepass``) holds a run of ``MAX_NUMBER_CHARS`` digits,
    as any integer literal too long for ``_int`` does: every digit byte made "0" in C and one
    substring search, many times faster over a project file than a regular expression (no UTF-8
    lead or trail byte is an ASCII digit)."""
    return _LONG_RUN in encoded.translate(_DIGITS_AS_ZERO)


def _int(literal: str) -> int:
    if len(literal) > MAX_NUMBER_CHARS:
        raise _LongNumber(literal)
    return int(literal)


def parse_text(text: str, name: str = "文件", encoded: Optional[bytes] = None) -> dict[str, Any]:
    """JSON text → dict, or a Chinese message saying why it is not a project file. The nesting and
    the number of items are measured first, in one linear scan (``json`` recurses per level and
    would build millions of objects); NaN and Infinity, which JSON does not have, and number
    literals longer than ``MAX_NUMBER_CHARS`` are refused like any other damage. ``encoded``:
    ``text`` encoded with ``surrogatepass``, when the caller has it (both scans read bytes)."""
    from core.safe_io import json_problem

    encoded = text.encode("utf-8", "surrogatepass") if encoded is None else encoded
    problem = json_problem(text, encoded=encoded)
    if problem:
        raise ProjectFileError(f"{name}已损坏或不是年报项目文件（{problem}）")
    # Integers are checked for length by a Python call each only when the text holds a run of
    # digits that long at all: a real file has none, and its hundreds of cells parse natively.
    ints = _int if _long_digits(encoded) else None
    try:
        data = json.loads(text, parse_float=_decimal, parse_int=ints, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise ProjectFileError(f"{name}已损坏或不是年报项目文件（第 {e.lineno} 行第 {e.colno} 列格式错误）") from None
    except _LongNumber as e:
        raise ProjectFileError(f"{name}已损坏或不是年报项目文件（数值“{brief(str(e))}”位数过多，"
                               f"超过 {MAX_NUMBER_CHARS} 个字符）") from None
    except (ValueError, RecursionError):
        raise ProjectFileError(f"{name}已损坏或不是年报项目文件（含有无法读取的数值）") from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise ProjectFileError(f"{name}不是年报项目文件（缺少年报项目标识）")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ProjectFileError(f"{name}缺少文件格式版本号（schema），无法打开")
    if schema > SCHEMA:
        raise ProjectFileError(f"{name}由更新版本的软件保存（文件格式版本 {schema}，本软件支持到 {SCHEMA}），"
                               "请升级软件后再打开；文件未作任何改动")
    if schema < 1:
        raise ProjectFileError(f"{name}的文件格式版本号（{schema}）无效")
    return data


def report_from_dict(data: Mapping[str, Any], name: str = "文件", nested: bool = False) -> Report:
    """Build a report from a parsed project object; every problem names the entry."""
    fmt = data.get("format")
    try:
        from core.registry import get_form  # the templates load with the first report read

        form = get_form(str(fmt))
    except KeyError:
        raise ProjectFileError(f"{name}：未知的报告格式“{brief(str(fmt))}”（应为 2019 或 2021）") from None
    except TemplateError as e:
        raise ProjectFileError(f"{name}：格式模板无法加载：{e}") from None
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1990 <= year <= 2200:
        raise ProjectFileError(f"{name}：报告年度“{brief(str(year))}”无效")
    cells_raw = data.get("cells", {})
    if not isinstance(cells_raw, dict):
        raise ProjectFileError(f"{name}：“cells”应为单元格地址到数值的对应表")
    cells: dict[str, Value] = {}
    known, plain = form.cells, form.plain_counts
    for address, raw in cells_raw.items():
        if type(raw) is int and -MAX_STORED < raw < MAX_STORED and address in plain:
            cells[address] = raw         # nearly every cell: what ``from_json`` returns, without the call
            continue
        info = known.get(address)
        if info is None:
            raise ProjectFileError(f"{name}：单元格地址“{brief(address, 24)}”不属于{form.name}")
        try:
            cells[address] = from_json(raw, info.col.kind)
        except ValueError_ as e:
            raise ProjectFileError(f"{name}：单元格 {address} 的值{e}") from None
    texts = data.get("texts", {}) or {}
    if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
        raise ProjectFileError(f"{name}：“texts”应为部分编号到文字的对应表")
    totals = data.get("totals", DERIVED if not nested else PRINTED)
    if totals not in (DERIVED, PRINTED):
        raise ProjectFileError(f"{name}：“totals”应为 derived 或 printed")
    accepted = {}
    carried: object = data.get("carried_texts") or []
    notes: object = data.get("notes") or []
    accepted_raw: object = data.get("accepted") or {}
    if not isinstance(carried, list) or not all(isinstance(x, str) for x in carried):
        raise ProjectFileError(f"{name}：“carried_texts”应为部分编号的列表")
    if not isinstance(notes, list) or not all(isinstance(x, str) for x in notes):
        raise ProjectFileError(f"{name}：“notes”应为文字列表")
    if not isinstance(accepted_raw, dict):
        raise ProjectFileError(f"{name}：“accepted”应为提示编号到说明的对应表")
    for key, entry in accepted_raw.items():
        if not isinstance(entry, dict) or not str(entry.get("explanation", "")).strip():
            raise ProjectFileError(f"{name}：已接受的提示“{brief(str(key), 24)}”缺少说明")
        accepted[str(key)] = Acceptance(str(entry["explanation"]), str(entry.get("message", "")))
    organ, title = data.get("organ", ""), data.get("title", "")
    if not isinstance(organ, str) or not isinstance(title, str):
        raise ProjectFileError(f"{name}：“organ”和“title”应为文字")
    date = data.get("date")
    date = "" if date is None else date  # optional: files written before it existed lack it
    problem = date_problem(date)
    if problem:
        raise ProjectFileError(f"{name}：{problem}（“date”）")
    origins = _origins(data.get("origins") or {}, cells, form.cells, name)
    missing = _missing(data.get("missing") or {}, cells, form.cells, name)
    unknown_texts = [k for k in texts if k not in form.text_key_set]
    if unknown_texts:
        raise ProjectFileError(f"{name}：“texts”中没有第“{brief(unknown_texts[0])}”部分")
    unread = _unread_sections(data.get("unread_sections") or {}, texts, form, name)
    return Report(form=form, year=year, organ=organ, title=title, date=str(date), cells=cells,
                  texts={str(k): v for k, v in texts.items()}, accepted=accepted, totals=str(totals),
                  carried_texts=set(carried), notes=list(notes), origins=origins, missing=missing,
                  unread_sections=unread,
                  ledger=Ledger() if nested else ledger_from_json(data.get("ledger"), form, name))


def embedded_last_year(data: Mapping[str, Any], name: str) -> tuple[Optional[Report], str]:
    """(embedded report, referenced file) from the ``last_year`` entry."""
    entry = data.get("last_year")
    if entry is None:
        return None, ""
    if not isinstance(entry, dict):
        raise ProjectFileError(f"{name}：“last_year”应为对象或 null")
    if "embedded" in entry:
        inner = entry["embedded"]
        if not isinstance(inner, dict):
            raise ProjectFileError(f"{name}：“last_year.embedded”应为对象")
        return report_from_dict(inner, f"{name}（所附上年报告）", nested=True), ""
    if isinstance(entry.get("file"), str) and entry["file"]:
        return None, entry["file"]
    raise ProjectFileError(f"{name}：“last_year”应包含 embedded 或 file")
