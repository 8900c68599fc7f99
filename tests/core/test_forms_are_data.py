"""Forms are data, for real: with every table, row and column id of the shipped templates renamed
(tests/core/renamed_forms.py), a real report goes through import → validate → draft → export with the
same results, its cells under the new names. Code that still knew an id of the current forms
(``requests``, ``art20_1``, ``3.7``…) would read, check or print something else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import renamed_forms
from importers.files import fixture, table_text

from core.exporters import render

ROOT = Path(__file__).resolve().parents[2]
PIPELINE = """
import io, json, sys
import docx
from core.exporters import render
from core.importers import import_file
from core.prose.drafts import draft_command
from core.session import Session
from core.validate import validate
report, log = import_file(sys.argv[1])
session = Session(report)
for key in sorted(report.form.drafts):
    session.execute(draft_command(report, key))
findings = validate(report)
document = docx.Document(io.BytesIO(render(report, "docx", findings, draft=True)))
words = [p.text for p in document.paragraphs]
words += [c.text for t in document.tables for r in t.rows for c in r.cells]
print(json.dumps({"form": [report.format, report.year, report.organ],
                  "cells": {a: str(v) for a, v in report.cells.items() if v is not None},
                  "missing": sorted(report.missing), "texts": report.texts,
                  "findings": sorted([f.rule, f.severity, f.message, sorted(f.cells)] for f in findings),
                  "notes": log.notes, "docx": words}, ensure_ascii=False))
"""


def _run(source: Path, templates: Path | None) -> dict[str, Any]:
    env = dict(os.environ)
    env.pop("NIANBAO_TEMPLATES", None)
    if templates is not None:
        env["NIANBAO_TEMPLATES"] = str(templates)
    proc = subprocess.run([sys.executable, "-c", PIPELINE, str(source)], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("renamed")
    renamed_forms.write(ROOT / "templates", target)
    return target


def _source(name: str, tmp: Path, style: str) -> Path:
    report = fixture(name)
    if style == "docx":
        path = tmp / "source.docx"
        path.write_bytes(render(report, "docx"))
    else:
        path = tmp / "source.txt"
        path.write_text(table_text(report, "tab") + "\n" + "\n".join(report.texts.values()), encoding="utf-8")
    return path


@pytest.mark.parametrize("name,style", [("samples/hongze-district-2023", "text"), ("samples/huaian-city-2024", "docx"),
                                        ("seeds/003_bd56896d5bf88536", "text")])
def test_the_same_report_goes_through_under_other_names(name: str, style: str, renamed: Path, tmp_path: Path) -> None:
    source = _source(name, tmp_path, style)
    before, after = _run(source, None), _run(source, renamed)
    assert after["form"] == before["form"]
    assert after["cells"] == {renamed_forms.address(a): v for a, v in before["cells"].items()}
    assert after["missing"] == sorted(renamed_forms.address(a) for a in before["missing"])
    assert after["texts"] == before["texts"]                      # the drafts wrote the same numbers
    assert after["findings"] == sorted([r, s, m, sorted(renamed_forms.address(c) for c in cells)]
                                       for r, s, m, cells in before["findings"])
    assert after["notes"] == [renamed_forms.prose(n) for n in before["notes"]]
    assert after["docx"] == before["docx"]
    assert before["cells"] and before["docx"]                     # something was compared
    assert before["findings"] or name.endswith("huaian-city-2024")  # (淮安 2024 has no finding at all)


def test_the_renamed_copy_renames_everything(renamed: Path) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in renamed.glob("*.json"))
    for old in renamed_forms.TABLES:
        assert f'"{old}"' not in text and f"{old}/" not in text, old


def test_label_variants_are_data(renamed: Path, tmp_path: Path) -> None:
    """A report printing every row of 表二 and 表三 under the copy's made-up label variants is read
    under the copy as the same report under its labels is read under the shipped templates, and not
    read under the shipped ones: the importer knows label variants only from the templates."""
    report = fixture("samples/hongze-district-2023")
    plain = tmp_path / "plain.txt"
    plain.write_text(table_text(report, "tab"), encoding="utf-8")
    lines = []
    for line in table_text(report, "tab").splitlines():
        cells = line.split("\t")
        for table in report.form.tables:
            if table.id == "appeals":
                continue
            for i, r in enumerate(table.rows):
                cells = [renamed_forms.alias(i) if c == r.label else c for c in cells]
        lines.append("\t".join(cells))
    variant = tmp_path / "variant.txt"
    variant.write_text("\n".join(lines), encoding="utf-8")
    assert variant.read_text(encoding="utf-8") != plain.read_text(encoding="utf-8")
    want, under_copy, shipped = _run(plain, None), _run(variant, renamed), _run(variant, None)
    assert under_copy["cells"] == {renamed_forms.address(a): v for a, v in want["cells"].items()}
    assert under_copy["missing"] == []
    assert len(shipped["missing"]) > 50


_CUT_IN_THE_OVERVIEW = (
    "某县某某镇2024年政府信息公开工作年度报告\n"
    "本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。\n"
    "一、总体情况\n"
    "（一）主动公开\n2024年，我镇主动公开政府信息120条。\n"
    "（二）依申请公开\n2024年，我镇共收到政府信息公开申请5件，上年结转1件，办结6件，结转下年度0件。"
    "其中，予以公开3件，部分公开1件，本机关不掌握相关政府信息2件。全年未发生因政府信息公开引起的行政复议和行政诉讼。\n"
    "（三）政府信息管理\n本年度制发行政规范性文件2件，废止规范性文件0件，现行有效规范性文件12件。\n"
    "（四）平台建设\n进一步加强信息发布的审核和管理，确保信息的")
"""A township's copy cut inside 一、总体情况, before any table: its tables' cells are only the words'."""


def test_the_overviews_words_fill_the_cells_the_template_names(renamed: Path, tmp_path: Path) -> None:
    """The readers of 一、总体情况 know what the words say (本年新收, 行政复议…), and the template which
    cell each fills (``prose_cells``): under the renamed copy the same figures go into its cells. Before
    the templates said so, the readers wrote the shipped ids (and looked for the table ``requests``),
    and the copy read none of it under the renamed form."""
    source = tmp_path / "source.txt"
    source.write_text(_CUT_IN_THE_OVERVIEW, encoding="utf-8")
    before, after = _run(source, None), _run(source, renamed)
    assert after["form"] == before["form"]
    assert after["cells"] == {renamed_forms.address(a): v for a, v in before["cells"].items()}
    assert after["missing"] == sorted(renamed_forms.address(a) for a in before["missing"])
    assert after["notes"] == [renamed_forms.prose(n) for n in before["notes"]]
    assert after["findings"] == sorted([r, s, m, sorted(renamed_forms.address(c) for c in cells)]
                                       for r, s, m, cells in before["findings"])
    assert after["docx"] == before["docx"]
    read = {a: v for a, v in before["cells"].items() if a.startswith(("requests/", "appeals/", "art20_1/"))}
    assert read == {"requests/1/total": "5", "requests/2/total": "1", "requests/3.7/total": "6",
                    "requests/4/total": "0", "requests/3.1/total": "3", "requests/3.2/total": "1",
                    "requests/3.4.1/total": "2", "appeals/review/total": "0", "appeals/suit_direct/total": "0",
                    "appeals/suit_after_review/total": "0", "art20_1/normative/issued": "2",
                    "art20_1/normative/repealed": "0", "art20_1/normative/in_force": "12"}
