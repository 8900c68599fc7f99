"""Working days and answer deadlines against the 2026 notice, counted by hand.

The expected dates below were counted on paper from 国务院办公厅关于2026年部分节假日安排的通知
(春节 2月15日至23日放假, 2月14日、2月28日上班; 清明 4月4日至6日; 中秋 9月25日至27日; 国庆
10月1日至7日, 9月20日、10月10日上班), not taken from the code.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from core.findings import INFO, WARNING
from core.ledger import workdays
from core.ledger.deadlines import BASIS, days_left, deadline_findings, due_date
from core.ledger.model import Request
from core.ledger.workdays import Calendar, CalendarError, default_calendar


@pytest.fixture(scope="module")
def cal() -> Calendar:
    return Calendar.load()


def write(folder: Path, year: int, **fields: object) -> Path:
    doc: dict[str, object] = {"kind": "nianbao-holidays", "year": year, "official": True, "source": "测试用通知",
                              "holidays": [f"{year}-01-01"], "workdays": []}
    doc.update(fields)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{year}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_shipped_years(cal: Calendar) -> None:
    assert cal.known(2026)
    assert not cal.known(2027)  # the 2027 notice is not entered yet
    assert cal.known(2025)      # 国办发明电〔2024〕12号, for the reports written in January 2026
    assert not cal.known(2024)
    entry = cal.year(2026)
    assert entry is not None and "国务院办公厅" in entry.source
    assert len(entry.holidays) == 3 + 9 + 3 + 5 + 3 + 3 + 7


@pytest.mark.parametrize(("day", "working"), [
    (date(2026, 1, 1), False), (date(2026, 1, 4), True),  # 元旦; Sunday 调休上班
    (date(2026, 2, 13), True), (date(2026, 2, 14), True), (date(2026, 2, 15), False),
    (date(2026, 2, 23), False), (date(2026, 2, 24), True), (date(2026, 2, 28), True), (date(2026, 3, 1), False),
    (date(2026, 4, 6), False), (date(2026, 5, 5), False), (date(2026, 5, 9), True),
    (date(2026, 9, 20), True), (date(2026, 9, 25), False), (date(2026, 10, 7), False), (date(2026, 10, 10), True),
    (date(2026, 10, 11), False), (date(2026, 3, 2), True),
    (date(2027, 1, 1), True), (date(2027, 1, 2), False),  # unknown year: weekends only
])
def test_is_workday(cal: Calendar, day: date, working: bool) -> None:
    assert cal.is_workday(day) is working


def test_received_on_last_working_day_before_spring_festival(cal: Calendar) -> None:
    # Sat 2月14日 is a 调休 working day and the last before the holiday. Day 1 is Tue 2月24日, day 5
    # the 调休 Saturday 2月28日, days 6–20 Mon 3月2日 … Fri 3月20日.
    assert cal.add_workdays(date(2026, 2, 14), 20) == date(2026, 3, 20)
    assert due_date(Request(received="2026-02-14"), cal) == date(2026, 3, 20)
    # Received Fri 2月13日: the 调休 Saturday itself is day 1, so one working day earlier.
    assert due_date(Request(received="2026-02-13"), cal) == date(2026, 3, 19)
    # Weekends only (no calendar) would have said Fri 3月13日.
    assert Calendar().add_workdays(date(2026, 2, 14), 20) == date(2026, 3, 13)


def test_extension_crosses_qingming(cal: Calendar) -> None:
    # From 3月20日: 3月23日–4月3日 are days 1–10, 4月4日–6日 清明, 4月7日–10日 days 11–14,
    # 4月13日–17日 days 15–19, Mon 4月20日 day 20.
    assert due_date(Request(received="2026-02-14", extended=True), cal) == date(2026, 4, 20)


def test_national_day(cal: Calendar) -> None:
    # Received Fri 9月18日: Sun 9月20日 (调休) day 1, 9月21日–24日 days 2–5, 中秋 9月25日–27日,
    # 9月28日–30日 days 6–8, 国庆 10月1日–7日, 10月8日–9日 days 9–10, Sat 10月10日 (调休) day 11,
    # 10月12日–16日 days 12–16, 10月19日–22日 days 17–20.
    assert due_date(Request(received="2026-09-18"), cal) == date(2026, 10, 22)


def test_add_workdays_zero_and_between(cal: Calendar) -> None:
    assert cal.add_workdays(date(2026, 2, 15), 0) == date(2026, 2, 15)
    assert cal.add_workdays(date(2026, 2, 15), 1) == date(2026, 2, 24)  # received during the holiday
    assert cal.workdays_between(date(2026, 2, 13), date(2026, 2, 24)) == 2  # 2月14日 and 2月24日
    assert cal.workdays_between(date(2026, 2, 24), date(2026, 2, 13)) == -2
    assert cal.workdays_between(date(2026, 3, 2), date(2026, 3, 2)) == 0
    assert cal.workdays_between(date(2026, 9, 30), date(2026, 10, 8)) == 1
    with pytest.raises(ValueError):
        cal.add_workdays(date(2026, 1, 1), -1)


def test_days_left(cal: Calendar) -> None:
    req = Request(received="2026-02-14")  # due Fri 3月20日
    assert days_left(req, date(2026, 3, 16), cal) == 4
    assert days_left(req, date(2026, 3, 20), cal) == 0
    assert days_left(req, date(2026, 3, 21), cal) == -1  # Saturday after: already late
    assert days_left(req, date(2026, 3, 23), cal) == -1
    assert days_left(req, date(2026, 3, 24), cal) == -2
    assert days_left(req.with_(outcome="3.1", answered="2026-03-01"), date(2026, 3, 24), cal) is None
    assert days_left(req.with_(answered="2026-03-01"), date(2026, 3, 24), cal) is None
    assert days_left(Request(), date(2026, 3, 24), cal) is None
    assert due_date(Request(received="0202-02-14"), cal) is None  # a typo, not a 1 800-year-old request
    assert due_date(Request(received="9999-12-30"), cal) is None


def test_findings(cal: Calendar) -> None:
    name, contact = "张三丰", "13800000000 北京市某路1号"
    requests = [
        Request(number="依申请〔2026〕1号", received="2026-02-14", name=name, contact=contact),  # due 3月20日, open: overdue
        Request(number="依申请〔2026〕2号", received="2026-02-14", outcome="3.1", answered="2026-03-23", name=name, contact=contact),
        Request(received="2026-02-14", outcome="3.1", answered="2026-03-20"),  # on the last day: fine
        Request(received="2026-02-14", extended=True),  # due 4月20日: far off
        Request(number="依申请〔2026〕5号", received="2026-02-27", name=name, contact=contact),  # due Thu 3月26日: 3 left
        Request(number="", received=""),  # no date: nothing to say
        Request(received="2026-02-14", extended=True, outcome="3.1", answered="2026-04-21"),
    ]
    found = deadline_findings(requests, date(2026, 3, 23), cal)
    by_key = {f.key: f for f in found}
    assert [(f.rule, f.severity, f.cells) for f in found] == [
        ("L-overdue", WARNING, ("ledger/1",)), ("L-late", WARNING, ("ledger/2",)),
        ("L-near", INFO, ("ledger/5",)), ("L-late", WARNING, ("ledger/7",))]
    assert set(by_key) == {"L-due@ledger/1", "L-due@ledger/2", "L-due@ledger/5", "L-due@ledger/7"}
    assert by_key["L-due@ledger/1"].message == \
        "第1条申请（编号依申请〔2026〕1号）已超过答复期限（2026-03-20 到期），已逾期 1 个工作日"
    assert "2026-03-23" in by_key["L-due@ledger/2"].message and "2026-03-20" in by_key["L-due@ledger/2"].message
    assert "3 个工作日" in by_key["L-due@ledger/5"].message
    assert "延期后的答复期限" in by_key["L-due@ledger/7"].message
    for f in found:
        assert f.basis == BASIS
        assert "张三丰" not in f.message and "13800000000" not in f.message and "北京" not in f.message
    # Due today is near, not overdue; the near window is a parameter.
    assert [f.rule for f in deadline_findings(requests[4:5], date(2026, 3, 26), cal)] == ["L-near"]
    assert "今天到期" in deadline_findings(requests[4:5], date(2026, 3, 26), cal)[0].message
    assert deadline_findings(requests[4:5], date(2026, 3, 23), cal, near=2) == []


def test_unknown_year_counts_weekends_and_says_so(cal: Calendar) -> None:
    # Received Tue 2026-12-15; 2027 has no official arrangement, so 1月1日 (Fri) counts as a
    # working day: 12月16日–31日 days 1–12, 1月1日 day 13, 1月4日–8日 days 14–18, 1月11日–12日.
    req = Request(received="2026-12-15")
    assert due_date(req, cal) == date(2027, 1, 12)
    found = deadline_findings([req], date(2026, 12, 20), cal)
    assert [(f.rule, f.severity, f.key) for f in found] == [("L-calendar", INFO, "L-calendar@2027")]
    assert found[0].message == "2027年节假日安排尚未录入，期限只按周末计算"
    # A 2026 request answered within 2026 involves no unknown year.
    assert deadline_findings([Request(received="2026-03-02", outcome="3.1", answered="2026-03-05")],
                             date(2026, 12, 20), cal) == []
    # Open and overdue into 2027: the count from the due date to today crosses into it.
    late = deadline_findings([Request(received="2026-11-02")], date(2027, 1, 5), cal)
    assert [f.rule for f in late] == ["L-overdue", "L-calendar"]


def test_override_replaces_a_shipped_year(tmp_path: Path) -> None:
    write(tmp_path, 2027, holidays=["2027-01-01", "2027-02-08"], workdays=["2027-02-06"])
    cal = Calendar.load(tmp_path)
    assert cal.known(2027) and cal.known(2026)
    assert not cal.is_workday(date(2027, 2, 8)) and cal.is_workday(date(2027, 2, 6))
    assert deadline_findings([Request(received="2026-12-15")], date(2026, 12, 20), cal) == []
    assert Calendar.load(tmp_path / "missing").known(2026)


def test_default_calendar_is_cached_and_reads_the_user_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NIANBAO_DATA_DIR", str(tmp_path))
    write(tmp_path / "holidays", 2027)
    first = default_calendar()
    assert first is default_calendar()
    assert first.known(2027) and first.known(2026)


@pytest.mark.parametrize(("name", "content", "says"), [
    ("2026.json", "{not json", "不是有效的 JSON"),
    ("2026.json", "[]", "JSON 对象"),
    ("2026.json", b"\xff\xfe{}", "UTF-8"),
    ("2026.json", '{"kind": "x"}', "kind"),
    ("2026.json", '{"kind": "nianbao-holidays", "kind": "nianbao-holidays"}', "两次"),
    ("2025.json", {"year": 2026}, "文件名应为"),
    ("2026.json", {"holiday": []}, "不认识的键"),
    ("2026.json", {"holidays": ["2026-1-1"]}, "YYYY-MM-DD"),
    ("2026.json", {"holidays": ["2026-02-30"]}, "不是有效日期"),
    ("2026.json", {"holidays": ["2025-12-31"]}, "不在 2026 年"),
    ("2026.json", {"holidays": ["2026-01-01", "2026-01-01"]}, "重复"),
    ("2026.json", {"workdays": ["2026-01-05"]}, "不是周末"),
    ("2026.json", {"workdays": ["2026-01-04"], "holidays": ["2026-01-04"]}, "同时列在"),
    ("2026.json", {"official": "yes"}, "official"),
    ("2026.json", {"official": True, "holidays": []}, "没有放假日期"),
    ("2026.json", {"official": True, "source": ""}, "source"),
    ("2026.json", {"official": False}, "official 改为 true"),
    ("2026.json", {"year": True}, "year"),
])
def test_bad_file_is_refused_with_its_name(tmp_path: Path, name: str, content: object, says: str) -> None:
    path = tmp_path / name
    if isinstance(content, dict):
        doc: dict[str, object] = {"kind": "nianbao-holidays", "year": 2026, "official": True, "source": "测试",
                                  "holidays": ["2026-01-01"], "workdays": []}
        doc.update(content)
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(str(content), encoding="utf-8")
    with pytest.raises(CalendarError) as caught:
        Calendar.load(tmp_path)
    message = str(caught.value)
    assert name in message and "节假日文件" in message and says in message


def test_oversized_and_bom_files(tmp_path: Path) -> None:
    path = write(tmp_path, 2026)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # Notepad's BOM is fine
    assert Calendar.load(tmp_path).known(2026)
    path.write_text(" " * (workdays.MAX_BYTES + 1), encoding="utf-8")
    with pytest.raises(CalendarError, match="超过 1 MB"):
        Calendar.load(tmp_path)
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(CalendarError, match="2026.json"):
        Calendar.load(tmp_path)


def test_bad_shipped_folder_names_the_file(tmp_path: Path) -> None:
    write(tmp_path, 2026, note=5)
    with pytest.raises(CalendarError, match="note 应是文字"):
        Calendar.load(shipped=tmp_path)
