"""The form rules on real titles and preambles read by hand (tests/form_corpus/, scored by
tests/form_score.py): at most 1 % false warnings per rule, and the faults that are there found."""

from __future__ import annotations

import pytest
from form_score import RULES, FormScore, entries, score, wrong


@pytest.fixture(scope="module")
def scored() -> FormScore:
    return score()


def test_the_corpus_is_real_and_varied() -> None:
    found = entries()
    assert len(found) >= 100
    assert {e["level"] for e in found} >= {"township", "county_dept", "county", "city_dept", "city", "province_dept"}
    assert all("pages corpus" in e["source"] for e in found)
    titles = {e["truth"]["title"] for e in found}
    assert {"standard", "nian_du_repeated", "year_first"} <= titles


@pytest.mark.parametrize("rule", RULES)
def test_false_warnings_per_rule_are_at_most_one_percent(scored: FormScore, rule: str) -> None:
    assert len(scored.false[rule]) <= scored.reports // 100, "\n".join(scored.false[rule])


@pytest.mark.parametrize("rule", ["F1", "F5"])
def test_real_faults_are_found(scored: FormScore, rule: str) -> None:
    """Titles not of the official form and preambles without any contact are warned about."""
    shown = "title" if rule == "F1" else "preamble"           # an empty one is not checked at all
    faulty = sum(wrong(rule, e["truth"]) for e in entries() if e.get(shown, "").strip())
    assert scored.warned[rule] - len(scored.false[rule]) >= 0.8 * faulty
