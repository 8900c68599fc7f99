"""The templates the program ships, and which one a format name or a report year uses.

Each ``templates/<format>.json`` is one official format; adding next year's format is adding a
file here, with no code. Forms are loaded and checked once per process.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.forms import Form
from core.template_loader import load_template

TEMPLATES_DIR = Path(os.environ.get("NIANBAO_TEMPLATES") or Path(__file__).resolve().parent.parent / "templates")
"""The shipped templates; ``NIANBAO_TEMPLATES`` names another folder of them (a new format being
written, or the test that renames every id of the shipped ones and expects the same results)."""

_cache: dict[str, Form] = {}


def available_formats() -> list[str]:
    """Format names, oldest first: the templates whose file name is the format (2019, 2021, …)."""
    return sorted(p.stem for p in TEMPLATES_DIR.glob("*.json") if p.stem.isdigit())


def get_form(fmt: str) -> Form:
    """The form of format ``fmt`` ("2019", "2021", …), loaded once per process."""
    if fmt not in _cache:
        if fmt not in available_formats():
            raise KeyError(f"没有“{fmt}”版格式的模板")
        _cache[fmt] = load_template(TEMPLATES_DIR / f"{fmt}.json")
    return _cache[fmt]


def form_for_year(year: int) -> Form:
    """The format a report of ``year`` must use."""
    for fmt in reversed(available_formats()):
        form = get_form(fmt)
        if form.applies_to(year):
            return form
    raise KeyError(f"没有适用于 {year} 年度报告的格式模板")


def first_year() -> int:
    """The first report year any template covers (2019): an older report used another form."""
    return min(get_form(f).first_year for f in available_formats())
