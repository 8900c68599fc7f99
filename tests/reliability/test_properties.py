"""Property-based proof (hypothesis): random edit sequences through the one door keep the report
valid and undo restores it exactly; every reader returns a report or raises its one domain error."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.commands import CommandError, SetCell, SetMeta, SetText
from core.project_json import dumps
from core.registry import get_form
from core.session import Session
from core.storage import load_text
from core.values import NA
from tests.builders import clean_report
from tests.reliability.readers import check, seeds

FORM = get_form("2021")
INPUTS = sorted(a for a in FORM.cells if not FORM.is_computed(a) and not FORM.is_legacy(a))
TEXT_KEYS = sorted(FORM.text_keys())


def _value(kind: str) -> st.SearchStrategy[object]:
    number: st.SearchStrategy[object]
    if kind == "money":
        number = st.decimals(min_value=0, max_value=10 ** 6, places=2, allow_nan=False, allow_infinity=False)
    elif kind == "change":
        number = st.integers(-10 ** 6, 10 ** 6)
    else:
        number = st.integers(0, 10 ** 6)
    return st.one_of(st.none(), st.just(NA), number)


command = st.one_of(
    st.sampled_from(INPUTS).flatmap(lambda a: _value(FORM.kind_of(a)).map(lambda v: SetCell(a, v))),  # type: ignore[arg-type]
    st.builds(SetText, st.sampled_from(TEXT_KEYS), st.one_of(st.none(), st.text(max_size=40))),
    st.builds(SetMeta, st.just("organ"), st.text(max_size=20)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(command, min_size=1, max_size=12))
def test_edits_keep_the_report_valid_and_undo_restores_it(commands: list[object]) -> None:
    session = Session(clean_report("2021"))
    original = json.loads(dumps(session.report))  # compared as JSON: a restored section may sit later in order
    inverses = []
    for cmd in commands:
        try:
            inverses.append(session.execute(cmd).inverse)  # type: ignore[arg-type]
        except CommandError:
            continue
        text = dumps(session.report)
        again = load_text(text, "“测试”", __import__("pathlib").Path("."))  # the saved form always reopens
        assert dumps(again) == text
        assert all(v is None or v is NA or isinstance(v, (int, Decimal)) for v in session.report.cells.values())
    for inverse in reversed(inverses):
        session.execute(inverse)
    assert json.loads(dumps(session.report)) == original


READER_SEEDS = {r: seeds(r)[0] for r in ("project", "journal", "text", "html", "rtf")}


def _mutated(seed: bytes) -> st.SearchStrategy[bytes]:
    def mutate(ops: list[tuple[int, int, bytes]]) -> bytes:
        data = bytearray(seed)
        for where, cut, insert in ops:
            at = where % (len(data) + 1)
            data[at:at + cut] = insert
        return bytes(data)
    return st.lists(st.tuples(st.integers(0, 10 ** 7), st.integers(0, 8), st.binary(max_size=8)),
                    max_size=6).map(mutate)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(READER_SEEDS)).flatmap(lambda r: st.tuples(st.just(r), _mutated(READER_SEEDS[r]))))
def test_every_reader_returns_a_report_or_its_domain_error(case: tuple[str, bytes]) -> None:
    reader, data = case
    assert check(reader, data) in ("report", "refused")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["project", "text", "html"]), st.binary(max_size=300))
def test_random_bytes_are_refused_in_chinese(reader: str, data: bytes) -> None:
    assert check(reader, data) in ("report", "refused")
