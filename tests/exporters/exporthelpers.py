"""Reports and markers the export tests share (a module of its own: ``conftest`` is ambiguous
when several test folders have one)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from builders import clean_report

from core import storage
from core.report import Report

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "fixtures" / "samples"
DAY = dt.date(2025, 1, 20)


def huaian() -> Report:
    """淮安市 2024, printed totals, clean arithmetic, long prose."""
    return storage.load(SAMPLES / "huaian-city-2024.nianbao")


def hongze_2023() -> Report:
    """洪泽区 2023: printed 表四 totals of 0 that disagree with the sums (errors)."""
    return storage.load(SAMPLES / "hongze-district-2023.nianbao")


def clean(fmt: str = "2021") -> Report:
    return clean_report(fmt)


needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                   reason="LibreOffice (soffice) is not installed; .ci/run installs it")
needs_poppler = pytest.mark.skipif(shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdffonts) is not installed; .ci/run installs it")
