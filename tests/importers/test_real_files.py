"""The five seeds (web text) and the three published PDFs import with every table cell right,
and ``check`` then finds each report's real errors (the findings ``tests/core`` expects)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from core.importers import import_file
from core.report import IMPORTED, PRINTED
from core.validate import validate
from importers.files import FIXTURES, PDFS, ROOT, SEEDS, SHARED, differences, expected_cells, fixture

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (real reports) not present")


def _expected_findings() -> dict[str, set[tuple[str, str, str]]]:
    spec = importlib.util.spec_from_file_location("real_reports", ROOT / "tests" / "core" / "test_real_reports.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected: dict[str, set[tuple[str, str, str]]] = module.EXPECTED
    return expected


EXPECTED = _expected_findings() if SHARED.is_dir() else {}


def keyed(report: object) -> set[tuple[str, str, str]]:
    """Findings as (rule, severity, key); a prose finding's place is named by its section
    (the importer stores prose under subsections 1.1 … where the report heads them)."""
    return {(f.rule, f.severity, re.sub(r"@(\d)\.\d+/", r"@\1/", f.key))
            for f in validate(report)}  # type: ignore[arg-type]


def test_all_real_files_are_present() -> None:
    assert len(SEEDS) == 5 and len(PDFS) == 3


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_text_every_cell(seed: Path) -> None:
    want = fixture(f"seeds/{seed.stem}")
    got, log = import_file(seed)
    assert got.format == want.format and got.year == want.year and got.organ == want.organ
    assert got.totals == PRINTED
    assert len(want.cells) >= 198
    assert differences(got, dict(want.cells)) == []
    assert not got.missing, got.missing
    assert all(o.kind == IMPORTED and o.source == seed.name for o in got.origins.values())
    assert set(log.read) >= {a for a, v in want.cells.items() if v is not None}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_real_errors_found(seed: Path) -> None:
    got, _ = import_file(seed)
    assert keyed(got) == EXPECTED[f"seeds/{seed.stem}"]


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_pdf_every_cell(pdf: Path) -> None:
    want = expected_cells(pdf)
    got, log = import_file(pdf)
    assert len(want) >= 186
    assert differences(got, want) == []
    fixture_report = fixture(f"samples/{pdf.stem}")
    assert differences(got, dict(fixture_report.cells)) == []
    assert (got.format, got.year) == (fixture_report.format, fixture_report.year)
    assert fixture_report.organ in got.organ
    assert not got.missing
    assert log.kind == "pdf"


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_pdf_real_errors_found(pdf: Path) -> None:
    got, _ = import_file(pdf)
    assert keyed(got) == EXPECTED[f"samples/{pdf.stem}"]


def test_hongze_2023_published_errors_and_notes() -> None:
    got, log = import_file(SHARED / "samples" / "hongze-district-2023.pdf")
    assert got.cells["appeals/review/total"] == 0 and got.cells["appeals/suit_after_review/total"] == 0
    assert got.cells["requests/3.6/natural"] == 0 and got.cells["requests/3.6.1/natural"] is None
    assert "requests/3.6.1/natural" not in got.missing
    assert any("其他法律行政止公开" in n for n in log.notes)  # the typo in a fixed label is named
    assert any("旧版单行" in n for n in log.notes)
    assert log.contact.get("电子邮箱") == "hzzwgk@126.com"


def test_prose_is_split_into_sections() -> None:
    got, _ = import_file(SHARED / "samples" / "huaian-city-2024.pdf")
    assert got.texts["preamble"].startswith("本报告由淮安市人民政府办公室")
    assert got.texts["1.1"].startswith("（一）主动公开情况")
    assert "存在问题" in got.texts["5"] or "不足" in got.texts["5"]
    assert got.texts["6"].endswith("3940 元。")
    assert "- 3 -" not in "".join(got.texts.values())


def test_seed_prose_and_headings() -> None:
    got, log = import_file(SHARED / "seeds" / "000_93aa9cedd0ce63ce.txt")
    assert "6" not in got.texts and got.texts["5"].startswith("2020年，渠口乡")
    assert any("五、存在的主要问题" in n for n in log.notes)  # a renamed heading is noted


def test_fixtures_dir_used() -> None:
    assert (FIXTURES / "seeds").is_dir()
