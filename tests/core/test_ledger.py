"""The request ledger: 表三 derived from it, its edits through the session, its findings, its file.

The property the issue asks for: any ledger, of either format, gives a 表三 that passes every
arithmetic rule of the form (the template's own expression rules, not a copy of them here)."""

from __future__ import annotations

import datetime as _dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import storage
from core.commands import CommandError, SetCell
from core.findings import ERROR
from core.ledger import checks
from core.ledger.commands import EditRequest, InsertRequests, RemoveRequests, ReplaceLedger, SetLedgerMode
from core.ledger.derive import tally
from core.ledger.model import Request
from core.registry import get_form
from core.report import LEDGER, Origin, blank_report
from core.session import Session
from core.validate import validate
from tests.builders import clean_report


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "today", lambda: _dt.date(2025, 2, 10))


def _dates(year: int) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), st.dates(_dt.date(year - 1, 1, 1), _dt.date(year + 1, 12, 31)).map(str))


@st.composite
def requests(draw: st.DrawFn, fmt: str, year: int) -> Request:
    spec = get_form(fmt).ledger
    assert spec is not None
    return Request(number=draw(st.text(max_size=8)), received=draw(_dates(year)),
                   applicant=draw(st.sampled_from(["", "bogus", *spec.applicants])),
                   outcome=draw(st.sampled_from(["", "3.6", "3.6.1", "9", *spec.outcomes])),
                   answered=draw(_dates(year)), extended=draw(st.booleans()), carried=draw(st.booleans()),
                   name=draw(st.text(max_size=4)))


def _arithmetic_errors(report: object) -> list[str]:
    form = report.form  # type: ignore[attr-defined]
    expr_rules = {r.id for r in form.rules if r.kind == "expr"}
    return [f.message for f in validate(report) if f.rule in expr_rules and f.severity == ERROR]  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt,year", [("2019", 2020), ("2021", 2024)])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_ledger_gives_a_table_three_that_adds_up(fmt: str, year: int, data: st.DataObject) -> None:
    report = clean_report(fmt, year=year)
    session = Session(report)
    listed = data.draw(st.lists(requests(fmt, year), max_size=40))
    session.execute(ReplaceLedger(tuple(listed)))
    session.execute(SetLedgerMode(True))
    assert _arithmetic_errors(report) == []
    # edits one by one keep it so, and keep the incremental tally equal to a fresh count
    for _ in range(data.draw(st.integers(0, 6))):
        if not report.ledger.requests:
            break
        i = data.draw(st.integers(0, len(report.ledger.requests) - 1))
        session.execute(EditRequest(i, data.draw(requests(fmt, year))))
    assert _arithmetic_errors(report) == []
    fresh = type(tally(report.ledger, report.form, year))(report.form, year, report.ledger.requests).values()
    assert {a: report.cells[a] for a in fresh} == fresh
    assert session.findings == validate(report)


def test_each_request_counts_once_in_and_once_out() -> None:
    report = blank_report(get_form("2021"), 2024, "某镇人民政府")
    session = Session(report)
    session.execute(ReplaceLedger((
        Request("1", "2024-03-01", applicant="natural", outcome="3.1", answered="2024-03-20"),
        Request("2", "2024-12-20", applicant="commercial"),                            # open at year end
        Request("3", "2023-12-25", applicant="natural", carried=True, outcome="3.3.4", answered="2024-01-10"),
        Request("4", "2024-12-28", applicant="legal", outcome="3.2", answered="2025-01-15"),  # answered next year
        Request("5", "2023-06-01", applicant="natural"),                               # not this year: not counted
    )))
    session.execute(SetLedgerMode(True))
    c = report.cells
    assert (c["requests/1/natural"], c["requests/1/commercial"], c["requests/1/legal"]) == (1, 1, 1)
    assert c["requests/2/natural"] == 1 and c["requests/2/total"] == 1
    assert c["requests/3.1/natural"] == 1 and c["requests/3.3.4/natural"] == 1
    assert c["requests/4/commercial"] == 1 and c["requests/4/legal"] == 1 and c["requests/3.2/legal"] == 0
    assert c["requests/3.7/total"] == 2 and c["requests/4/total"] == 2 and c["requests/1/total"] == 3
    assert report.origin_of("requests/3.1/natural") == Origin(LEDGER)
    assert tally(report.ledger, report.form, 2024).sources("requests/1/natural") == [0]
    t1 = [f for f in session.findings if f.rule == "T1"]
    assert [f.ledger_row for f in t1] == [5] and "不在 2024 年内" in t1[0].message


def test_ledger_mode_refuses_typing_and_undo_restores_the_typed_table() -> None:
    report = clean_report("2021", year=2024)
    typed = dict(report.cells)
    session = Session(report)
    session.execute(InsertRequests(0, (Request("1", "2024-05-06", applicant="natural"),)))
    entered = session.execute(SetLedgerMode(True))
    assert report.cells["requests/1/natural"] == 1 and report.cells["requests/4/natural"] == 1
    with pytest.raises(CommandError, match="由台账统计"):
        session.execute(SetCell("requests/1/natural", 5))
    session.execute(entered.inverse)
    assert report.cells == typed and not report.ledger.derive
    session.execute(SetLedgerMode(True))
    left = session.execute(SetLedgerMode(False))          # leaving keeps the numbers, now typed
    assert report.cells["requests/1/natural"] == 1
    assert report.origin_of("requests/1/natural") != Origin(LEDGER)
    session.execute(SetCell("requests/1/natural", 2))
    assert any(f.rule == "T5" for f in session.findings)   # typed 表三 against the register
    session.execute(SetCell("requests/1/natural", 1))
    session.execute(left.inverse)
    assert report.ledger.derive and report.origin_of("requests/1/natural") == Origin(LEDGER)


def test_remove_and_undo_keep_the_counts() -> None:
    report = blank_report(get_form("2019"), 2020, "某镇人民政府")
    session = Session(report)
    session.execute(SetLedgerMode(True))
    rows = tuple(Request(str(i), f"2020-0{1 + i % 9}-01", applicant="natural", outcome="3.6",
                         answered=f"2020-0{1 + i % 9}-20") for i in range(9))
    session.execute(InsertRequests(0, rows))
    assert report.cells["requests/3.6/natural"] == 9
    removed = session.execute(RemoveRequests(2, 3))
    assert report.cells["requests/3.6/natural"] == 6 and report.cells["requests/1/total"] == 6
    session.execute(removed.inverse)
    assert report.cells["requests/3.6/natural"] == 9 and report.ledger.requests == list(rows)


def test_findings_of_the_register() -> None:
    report = blank_report(get_form("2021"), 2024, "某镇人民政府")
    session = Session(report)
    session.execute(ReplaceLedger((
        Request("A", "2024-03-01", applicant="natural", answered="2024-03-05"),
        Request("B", "2024-03-01", applicant="natural", outcome="3.1"),
        Request("C", "2024-03-10", applicant="natural", outcome="3.1", answered="2024-03-01"),
        Request("D", "2024-03-10", applicant="natural", outcome="3.6"),     # 2019's row in a 2021 report
    )))
    rules = {(f.rule, f.ledger_row) for f in session.findings if f.rule.startswith("T") and f.rule != "T6"}
    assert {("T2", 1), ("T3", 2), ("T4", 3), ("T1", 4)} <= rules
    assert all(f.severity != ERROR for f in session.findings if f.rule.startswith("T"))


def test_names_stay_in_the_project_file_and_the_privacy_scan_knows_them(tmp_path: object) -> None:
    from pathlib import Path

    from core.exporters import render
    from core.importers import import_bytes

    report = clean_report("2021", year=2024)
    session = Session(report)
    session.execute(ReplaceLedger((Request("1", "2024-03-01", applicant="natural", name="欧阳明远",
                                           contact="13912345678", subject="拆迁补偿"),)))
    path = Path(str(tmp_path)) / "r.nianbao"
    session.save(path)
    back = storage.load(path)
    assert back.ledger.requests == report.ledger.requests
    data = render(report, "xlsx", draft=True)
    got, _ = import_bytes(data, "r.xlsx")
    assert got.ledger.requests and got.ledger.requests[0].name == "" and got.ledger.requests[0].contact == ""
    for fmt in ("docx", "pdf"):
        assert "欧阳明远".encode() not in render(report, fmt, draft=True)
    from core.commands import SetText

    session.execute(SetText("1.2", "本年度欧阳明远申请公开拆迁补偿信息，已予以公开。"))
    p1 = [f for f in session.findings if f.rule == "P1" and "台账" in f.message]
    assert p1 and "欧阳明远" not in p1[0].message


def test_deadline_across_spring_festival_2025_counted_by_hand() -> None:
    """Received Fri 2025-01-24: Sun 1-26 (调休) is day 1, 1-27 day 2, 春节 1-28…2-4 off, Sat 2-8 (调休)
    day 6, … Thu 2-27 day 20 (国办发明电〔2024〕12号)."""
    from core.ledger.deadlines import due_date
    from core.ledger.workdays import default_calendar

    assert due_date(Request(received="2025-01-24"), default_calendar()) == _dt.date(2025, 2, 27)


def test_open_requests_of_an_old_year_are_not_called_overdue(monkeypatch: pytest.MonkeyPatch) -> None:
    report = blank_report(get_form("2021"), 2024, "某镇人民政府")
    session = Session(report)
    session.execute(ReplaceLedger((Request("1", "2024-12-20", applicant="natural"),)))
    assert any(f.rule == "T6" and f.ledger_row == 1 for f in session.findings)      # today 2025-02-10
    monkeypatch.setattr(checks, "today", lambda: _dt.date(2026, 12, 3))
    assert not any(f.rule == "T6" and f.ledger_row == 1 for f in Session(report).findings)


def test_rollover_carries_the_requests_open_at_year_end() -> None:
    from core.rollover import new_report

    last = blank_report(get_form("2021"), 2024, "某镇人民政府")
    s = Session(last)
    s.execute(ReplaceLedger((Request("1", "2024-03-01", applicant="natural", outcome="3.1", answered="2024-03-09"),
                             Request("2", "2024-12-20", applicant="commercial", name="某公司"),
                             Request("3", "2024-12-27", applicant="natural", outcome="3.2", answered="2025-01-06"))))
    s.execute(SetLedgerMode(True))
    report = new_report(2025, last=last)
    assert [r.number for r in report.ledger.requests] == ["2", "3"]
    assert all(r.carried for r in report.ledger.requests) and report.ledger.derive
    assert report.cells["requests/2/commercial"] == 1 and report.cells["requests/2/natural"] == 1
    assert report.cells["requests/3.2/natural"] == 1          # answered in January: settled this year
    assert [f for f in validate(report) if f.rule == "R5b"] == []   # 上年结转 = 上年结转下年度


@pytest.mark.parametrize("ledger", [
    [], {"derive": "yes"}, {"requests": {}}, {"requests": [1]}, {"requests": [{"nom": "x"}]},
    {"requests": [{"received": "2025-13-01"}]}, {"requests": [{"extended": "是"}]},
    {"requests": [{"subject": "x" * 5000}]}, {"requests": [{}] * 20001},
])
def test_a_damaged_ledger_in_a_project_file_is_a_message(tmp_path: object, ledger: object) -> None:
    import json
    from pathlib import Path

    from core.project_errors import ProjectFileError
    from core.project_json import dumps

    path = Path(str(tmp_path)) / "bad.nianbao"
    data = json.loads(dumps(clean_report("2021", year=2024)))
    data["ledger"] = ledger
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="ledger"):
        storage.load(path)


def test_control_characters_in_a_stored_ledger_are_dropped_at_load(tmp_path: object) -> None:
    import json
    from pathlib import Path

    from core.project_json import dumps

    path = Path(str(tmp_path)) / "r.nianbao"
    data = json.loads(dumps(clean_report("2021", year=2024)))
    data["ledger"] = {"derive": False, "requests": [{"number": "3\x00号", "subject": "a\x07b"}]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    got = storage.load(path).ledger.requests[0]
    assert (got.number, got.subject) == ("3号", "ab")


def test_an_accepted_warning_stays_with_its_request_when_rows_move() -> None:
    from core.commands import AcceptWarning

    report = blank_report(get_form("2021"), 2024, "某镇人民政府")
    session = Session(report)
    late = Request("依申请〔2024〕7号", "2024-03-01", applicant="natural", outcome="3.1", answered="2024-06-30")
    session.execute(ReplaceLedger((Request("依申请〔2024〕6号", "2024-02-01", applicant="natural", outcome="3.1",
                                           answered="2024-02-10"), late)))
    t6 = next(f for f in session.findings if f.rule == "T6" and f.ledger_row == 2)
    session.execute(AcceptWarning(t6.key, "申请人补正材料，补正期间不计入答复期限", t6.message))
    session.execute(InsertRequests(0, (Request("依申请〔2024〕5号", "2024-01-05", applicant="natural",
                                               outcome="3.1", answered="2024-01-09"),)))
    moved = next(f for f in session.findings if f.rule == "T6" and f.ledger_row == 3)
    assert moved.accepted == "申请人补正材料，补正期间不计入答复期限"
    # two requests with one 编号: their place tells them apart
    session.execute(InsertRequests(0, (late,)))
    keys = [f.key for f in session.findings if f.rule == "T6" and f.ledger_row is not None]
    assert len(keys) == len(set(keys)) == 2 and all("第" in k for k in keys)
