"""Random valid reports → every export → our importer reads the same cells back (issue 18: the
property runs extended to the exporters). What a Word file or a PDF prints, the importer must read
as the report holds it: a blank as blank, "/" as not applicable, money with its digits."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core.calc import recompute_all
from core.exporters import render
from core.importers import import_bytes
from core.report import DERIVED, Report
from core.values import LIMITS, NA
from tests.reliability.strategies import reports


def _same(got: object, want: object) -> bool:
    if want is None or want is NA:
        return got is want or (want is None and got is None)
    return got is not None and got is not NA and got == want


@pytest.fixture(autouse=True)
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")


_PLACE = st.text(alphabet="东西南北中新安平和兴华阳山河湖江城乡桥石龙凤", min_size=2, max_size=6)
ORGANS = st.builds(lambda place, kind: place + kind, _PLACE,
                   st.sampled_from(["镇人民政府", "街道办事处", "县财政局", "区人民政府", "市生态环境局"]))


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(report=reports(), organ=ORGANS, later=st.integers(0, 9))
def test_every_export_reads_back_the_cells_it_prints(fmt: str, report: Report, organ: str, later: int) -> None:
    """Any cells and any words, under the title the form prints and a year the format is for (a
    title of the clerk's own that leaves out the year, or a year no format is for, is the
    importer's refusal to make, tested elsewhere)."""
    report = copy.deepcopy(report)
    report.organ, report.title = organ, ""
    report.year = 2019 + later % 2 if report.format == "2019" else 2021 + later
    report.totals = DERIVED
    recompute_all(report)
    form = report.form          # a total beyond what a cell may hold is refused at save (test_round2_writing)
    assume(all(not isinstance(v, Decimal | int) or abs(v) < LIMITS[form.kind_of(a)] for a, v in report.cells.items()))
    data = render(report, fmt, draft=True)
    got, _ = import_bytes(data, f"r.{fmt}")
    assert got.format == report.format and got.year == report.year
    wrong = {a: (got.cells.get(a), v) for a, v in report.cells.items()
             if not report.form.is_legacy(a) and not _same(got.cells.get(a), v)}
    assert wrong == {}
