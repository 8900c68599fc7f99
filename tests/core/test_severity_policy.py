"""The severity policy (docs/severity.md): only certain checks may block an export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.findings import ERROR
from core.registry import available_formats, get_form
from core.rule_kinds import BUILTIN_RULE_KINDS
from core.template_errors import TemplateError
from core.template_loader import load_template

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
CERTAIN = {k for k, spec in BUILTIN_RULE_KINDS.items() if spec.certain} | {"expr"}


def test_only_structure_and_arithmetic_kinds_are_certain() -> None:
    assert {"expr", "cell_kinds", "empty_table", "section_required", "format_years",
                       "title_period_year", "legacy_rows"} == CERTAIN


@pytest.mark.parametrize("fmt", available_formats())
def test_every_error_of_the_shipped_templates_is_a_certain_check(fmt: str) -> None:
    form = get_form(fmt)
    errors = {r.id: r.kind for r in form.rules if r.severity == ERROR}
    assert errors and set(errors.values()) <= CERTAIN
    interpreting = {r.id for r in form.rules if r.kind in ("prose_figures", "privacy", "magnitude", "report_title")}
    assert interpreting and not interpreting & set(errors)
    assert not [r.id for r in form.rules if r.kind == "privacy" and ERROR in dict(r.params["severities"]).values()]


def _rules_of(raw: Any) -> list[dict[str, Any]]:
    out = [r for r in raw.get("rules", []) if "use" not in r]
    out += [c["check"] for c in raw.get("computed", []) if "check" in c]
    return out


@pytest.mark.parametrize("name", ["shared.json", "2021.json", "2019.json"])
def test_every_rule_says_why_next_to_its_severity(name: str) -> None:
    rules = _rules_of(json.loads((TEMPLATES / name).read_text(encoding="utf-8")))
    assert rules
    for r in rules:
        assert len(r.get("severity_why", "").strip()) >= 8, r["id"]


def _copy(tmp_path: Path, change: Any) -> Path:
    shared = json.loads((TEMPLATES / "shared.json").read_text(encoding="utf-8"))
    change(shared)
    (tmp_path / "shared.json").write_text(json.dumps(shared, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "2021.json"
    target.write_text((TEMPLATES / "2021.json").read_text(encoding="utf-8"), encoding="utf-8")
    return target


def _rule(shared: Any, rid: str) -> dict[str, Any]:
    return next(r for r in shared["rules"] if r.get("id") == rid)


@pytest.mark.parametrize("rid,change,said", [
    ("R6", lambda r: r.update(severity="error"), "至多为 warning"),
    ("F1", lambda r: r.update(severity="error"), "至多为 warning"),
    ("P1", lambda r: r["severities"].update(id="error"), "severities.id 至多为 warning"),
    ("R1", lambda r: r.pop("severity_why"), "severity_why"),
    ("S1", lambda r: r.update(severity_why=" "), "“severity_why”为空"),
])
def test_the_loader_refuses_a_template_that_breaks_the_policy(tmp_path: Path, rid: str, change: Any,
                                                              said: str) -> None:
    path = _copy(tmp_path, lambda shared: change(_rule(shared, rid)))
    with pytest.raises(TemplateError, match=said):
        load_template(path, tmp_path / "shared.json")


def test_an_unchanged_copy_loads(tmp_path: Path) -> None:
    path = _copy(tmp_path, lambda shared: None)
    assert load_template(path, tmp_path / "shared.json").format == "2021"
