"""Random reports as any edit could make them, for the property tests of saving and exporting."""

from __future__ import annotations

from hypothesis import strategies as st

from core import calc
from core.registry import get_form
from core.report import DERIVED, PRINTED, Acceptance, Report
from core.values import LIMITS, NA
from tests.builders import clean_report

FORMS = {f: get_form(f) for f in ("2019", "2021")}
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
                | st.sampled_from("\n\t"), max_size=30)
"""Any text a report can hold: what comes in is cleaned of surrogates and control characters
(core/text_clean.py; tests/reliability/test_round2_text.py)."""



def _value(kind: str) -> st.SearchStrategy[object]:
    limit = LIMITS[kind] - 1
    number: st.SearchStrategy[object]
    if kind == "money":
        number = st.decimals(min_value=0, max_value=limit, places=6, allow_nan=False, allow_infinity=False)
    elif kind == "change":
        number = st.integers(-limit, limit)
    else:
        number = st.integers(0, limit)
    return st.one_of(st.none(), st.just(NA), number)


@st.composite
def reports(draw: st.DrawFn, text: st.SearchStrategy[str] = _TEXT) -> Report:
    """A random report any edit could make: any cell value a clerk may type, any text, any year."""
    fmt = draw(st.sampled_from(sorted(FORMS)))
    form = FORMS[fmt]
    report = clean_report(fmt, year=draw(st.integers(1990, 2200)), organ=draw(text))
    report.title = draw(text)
    report.totals = draw(st.sampled_from([DERIVED, PRINTED]))
    inputs = sorted(a for a in form.cells if not form.is_legacy(a) and
                    (report.totals == PRINTED or not form.is_computed(a)))
    for address in draw(st.lists(st.sampled_from(inputs), max_size=25, unique=True)):
        report.cells[address] = draw(_value(form.kind_of(address)))  # type: ignore[assignment]
    for key in draw(st.lists(st.sampled_from(sorted(form.text_keys())), max_size=5, unique=True)):
        report.texts[key] = draw(text)
    if draw(st.booleans()):
        report.accepted["X2@art20_1/normative"] = Acceptance(draw(text.filter(str.strip)), draw(text))
    report.notes = draw(st.lists(text, max_size=2))
    calc.recompute_all(report)
    return report
