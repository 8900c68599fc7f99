"""More shortcuts for checking a folder of reports (issue 21), each compared with the long way.

A province's evaluator runs ``check`` over thousands of files, so the per-file work was cut where
it was spent: the pre-parse scan of a project file, the surrogate scan, stored whole numbers, the
sentence split, and the search for a measure's cue before each figure of the prose (four in five
have none). Each shortcut must give exactly what the general path gives."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Optional

import pytest
from builders import clean_report, prose_grammars
from hypothesis import given, settings
from hypothesis import strategies as st

from core import safe_io, surrogates
from core.project_json import KIND, SCHEMA, ProjectFileError, report_from_dict
from core.prose import statements
from core.prose.grammar import Grammar
from core.prose.numbers import figures
from core.prose.sentences import Sentence, sentences, spans
from core.registry import get_form
from core.report import ORIGIN_KINDS, Origin
from core.validate import Validator, validate
from core.validate import _plan as validate_plan
from core.values import MAX_STORED, ValueError_, from_json

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


# -- sentences ---------------------------------------------------------------------------------------

def _split_the_long_way(text: str) -> list[tuple[int, int]]:
    """The definition: pieces end at a run of stops (kept) or of line breaks (not kept), white
    space around a piece trimmed, blank pieces dropped."""
    out, start = [], 0
    for m in re.finditer(r"[。！？!?；;]+|\n+", text):
        end = m.end() if m.group().strip() else m.start()
        piece = text[start:end]
        if piece.strip():
            a = start + len(piece) - len(piece.lstrip())
            out.append((a, a + len(piece.strip())))
        start = m.end()
    piece = text[start:]
    if piece.strip():
        a = start + len(piece) - len(piece.lstrip())
        out.append((a, a + len(piece.strip())))
    return out


PROSE = st.lists(st.sampled_from(list("a中 \u3000\n\r\t。；;!?？！，\x0b\x1c\x85\xa0\u2028")), max_size=16).map("".join)


@given(PROSE)
@settings(max_examples=500, deadline=None)
def test_sentence_spans_are_the_split_the_long_way(text: str) -> None:
    starts, ends = spans(text)
    assert list(zip(starts, ends, strict=True)) == _split_the_long_way(text)
    assert sentences(text) == [Sentence(a, b, text[a:b]) for a, b in _split_the_long_way(text)]


def test_sentence_spans_of_real_reports() -> None:
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        starts, ends = spans(text)
        assert list(zip(starts, ends, strict=True)) == _split_the_long_way(text), seed.name
        assert len(starts) > 20


# -- the pre-parse scan and the surrogate scan -------------------------------------------------------

def _structure_the_long_way(text: str) -> bytes:
    data = text.encode("utf-8", "surrogatepass").replace(b"\\\\", b"").replace(b'\\"', b"")
    return data.translate(None, bytes(b for b in range(256) if b not in b'"[]{},'))


STRINGS = st.lists(st.sampled_from(list('ab中"\\/[]{},nutbf0 ') + ["\ud800", "\n", "\x01"]), max_size=10).map("".join)


@given(st.lists(st.one_of(STRINGS, st.integers(), st.lists(STRINGS, max_size=3)), max_size=5), st.booleans())
@settings(max_examples=400, deadline=None)
def test_structure_scan_pairs_escapes_as_over_the_whole_text(values: list[object], ascii_only: bool) -> None:
    text = json.dumps({"v": values, "k": {"x": values}}, ensure_ascii=ascii_only)
    assert safe_io._structure(text) == _structure_the_long_way(text)
    assert safe_io.json_problem(text, encoded=text.encode("utf-8", "surrogatepass")) == safe_io.json_problem(text)


@given(STRINGS, st.booleans())
@settings(max_examples=400, deadline=None)
def test_surrogate_scan_of_the_encoded_text_finds_what_the_text_scan_finds(raw: str, ascii_only: bool) -> None:
    text = json.dumps({"t": raw, raw: [raw]}, ensure_ascii=ascii_only)
    data = json.loads(text)
    encoded = text.encode("utf-8", "surrogatepass")
    assert surrogates.clean_json(data, text, encoded) == surrogates.clean_json(data)


# -- stored whole numbers ------------------------------------------------------------------------------

@given(st.lists(st.integers(min_value=-2 * MAX_STORED, max_value=2 * MAX_STORED), min_size=1, max_size=40),
       st.sampled_from(["2019", "2021"]))
@settings(max_examples=200, deadline=None)
def test_stored_whole_numbers_read_as_from_json_reads_them(numbers: list[int], fmt: str) -> None:
    form = get_form(fmt)
    addresses = list(form.cells)
    raw = {addresses[(i * 7919) % len(addresses)]: n for i, n in enumerate(numbers)}
    raw.update({a: numbers[0] for a in addresses if form.kind_of(a) in ("money", "change")})  # not plain counts
    try:
        expected = {a: from_json(v, form.kind_of(a)) for a, v in raw.items()}
    except ValueError_:
        expected = None
    year = 2020 if fmt == "2019" else 2024
    try:
        got = report_from_dict({"kind": KIND, "schema": SCHEMA, "format": fmt, "year": year, "cells": raw}).cells
    except Exception:  # noqa: BLE001 - a refusal, compared below
        got = None
    if expected is None:
        assert got is None
    else:
        assert got is not None and {a: got[a] for a in raw} == expected
        assert all(type(got[a]) is type(expected[a]) for a in raw)


# -- the cue before a figure ---------------------------------------------------------------------------

def _mentions_both_ways(g: Grammar, text: str) -> int:
    """Every figure of every sentence, its mentions found with the one search first and without it."""
    compared = 0
    for s in sentences(text):
        for f in figures(text, g.units, s.start, s.end):
            for a in range(s.start, f.start + 1, 3):
                quick = statements._mentions(g, text, f, a)
                slow = statements._mentions(_NoUnion(g), text, f, a)  # type: ignore[arg-type]
                assert quick == slow, (text[a:f.end], quick, slow)
                compared += 1
    return compared


class _NoUnion:
    """A grammar that answers every question as ``g`` does, but never offers the one search."""

    def __init__(self, g: Grammar) -> None:
        self._g = g

    def __getattr__(self, name: str) -> object:
        return getattr(self._g, name)

    def any_cue(self, unit: str) -> None:
        return None


def test_one_search_for_any_cue_finds_the_mentions_every_cue_finds() -> None:
    grammars = prose_grammars()
    assert all(g.any_cue(u) is not None for g in grammars for u in ("件", "条"))   # the shortcut is taken
    compared = sum(_mentions_both_ways(g, seed.read_text(encoding="utf-8")) for g in grammars for seed in SEEDS)
    assert compared > 500


CLAUSES = st.lists(st.sampled_from(["收到", "申请", "政府信息公开", "共", "办结", "予以公开", "及", "部分公开",
                                    "行政复议", "起", "12", "3", "件", "条", "，", "。", "本年度", "维持",
                                    "结转", "下年度", "主动公开", "规范性文件", "一", "其中"]),
                    max_size=14).map("".join)


@given(CLAUSES)
@settings(max_examples=300, deadline=None)
def test_one_search_for_any_cue_on_made_sentences(text: str) -> None:
    for g in prose_grammars():
        _mentions_both_ways(g, text)


def test_a_cue_that_cannot_join_others_leaves_the_shortcut_off() -> None:
    from core.prose.grammar import _union

    assert _union([re.compile("收到"), re.compile("(办)结\\1")]) is None          # a backreference
    assert _union([re.compile("收到"), re.compile("(?i)abc")]) is None           # inline flags
    assert _union([]) is None
    joined = _union([re.compile("收到"), re.compile("办结")])
    assert joined is not None and joined.search("已办结") and not joined.search("受理")


# -- what a one-file check loads -----------------------------------------------------------------------

def test_check_of_one_file_loads_neither_worker_processes_nor_the_county_desk(tmp_path: Path) -> None:
    """Start-up is paid by every ``check``: the process pool (``--jobs``), the county's desk, the
    editor's session and commands, and what only ``--json`` or ``--tables`` print (the import's
    confidence, the tables drawn as text) are imported only by the commands that use them."""
    from builders import clean_report

    from core import storage

    path = storage.save(clean_report("2021"), tmp_path / "a.nianbao")
    probe = ("import sys, runpy; sys.argv = ['main.py', 'check', sys.argv[1]]\n"
             "try:\n    runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('concurrent.futures.process', 'multiprocessing', 'core.county.aggregate',"
             " 'core.county.model', 'core.session', 'core.journal', 'core.commands', 'core.importers.confidence',"
             " 'core.sheet', 'core.table_text') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", probe, str(path)], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr


# -- rules checking each cell alone, run for the whole form at once ------------------------------------

ODD_VALUES = st.sampled_from([Decimal("1.5"), Decimal("-3"), 250_000, 99_999_999, Decimal("12345678.9"), -7, 0, 3])


@given(st.sampled_from(["2019", "2021"]), st.lists(st.tuples(st.integers(0, 10_000), ODD_VALUES), max_size=30),
       st.sampled_from(["某某镇人民政府", "某某市人民政府", "某某县公安局", ""]))
@settings(max_examples=150, deadline=None)
def test_a_full_validation_finds_what_each_rows_check_finds(fmt: str, edits: list[tuple[int, object]],
                                                           organ: str) -> None:
    """``validate`` runs R5 (kinds) and R8 (magnitudes) over every cell in one call; the validator
    an edit uses runs them row by row. Both must give the same findings in the same order."""
    report = clean_report(fmt, organ=organ)
    addresses = list(report.form.cells)
    for i, value in edits:
        report.cells[addresses[i % len(addresses)]] = value  # type: ignore[assignment]
    assert validate(report) == Validator(report).findings()


def test_the_whole_form_runs_once_per_rule_and_finds_cells_of_many_rows() -> None:
    report = clean_report("2021")
    for address in ("requests/1/natural", "requests/3.2/total", "art20_1/rules/in_force"):
        report.cells[address] = Decimal("2.5")
    plan = [inst.rule for _, _, inst in validate_plan(report.form)]
    assert plan.count("R5") == plan.count("R8") == 1
    kinds = [f for f in validate(report) if f.rule == "R5"]
    assert [f.cells for f in kinds] == [("art20_1/rules/in_force",), ("requests/1/natural",),
                                        ("requests/3.2/total",)]


# -- origins: an entry like the one before it is not read again -------------------------------------------

ORIGIN_ENTRIES = st.sampled_from(["imported", "typed", {"kind": "imported", "source": "a.pdf"},
                                  {"kind": "imported", "source": "b.pdf"}, {"kind": "carried"}, "computed",
                                  "nonsense", {"kind": "imported", "source": 3}, None, 1, True])


def _origin_the_long_way(entry: object) -> Optional[Origin]:
    kind, source = (entry, "") if isinstance(entry, str) else (
        (entry.get("kind"), entry.get("source", "")) if isinstance(entry, dict) else (None, ""))
    if kind not in ORIGIN_KINDS or kind == "computed" or not isinstance(source, str):
        return None
    return Origin(str(kind), source)


@given(st.lists(ORIGIN_ENTRIES, min_size=1, max_size=12))
@settings(max_examples=300, deadline=None)
def test_origins_read_entry_by_entry_as_the_long_way(entries: list[object]) -> None:
    form = get_form("2021")
    addresses = list(form.cells)[:len(entries)]
    data = {"kind": KIND, "schema": SCHEMA, "format": "2021", "year": 2024,
            "cells": {a: 1 for a in addresses}, "origins": {a: json.loads(json.dumps(e)) for a, e in
                                                            zip(addresses, entries, strict=True)}}
    expected = [_origin_the_long_way(e) for e in entries]
    if None in expected:
        bad = addresses[expected.index(None)]
        with pytest.raises(ProjectFileError, match=f"单元格 {re.escape(bad)} 的来源"):
            report_from_dict(data)
    else:
        got = report_from_dict(data).origins
        assert [got[a] for a in addresses] == expected
