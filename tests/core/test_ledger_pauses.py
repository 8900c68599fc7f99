"""Time that does not count towards the answer period: 补正 (条例第三十条) and 征求意见 (第三十三条第三款).

The due dates below were counted on paper against the 2026 notice (清明 4月4日至6日; 劳动节 5月1日至
5日, Saturday 5月9日 上班), not taken from the code. Then the dates' checks, and the dates through the
project file, the Excel export and import (.xlsx and .xls), and the printed ledger.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pypdfium2
import pytest

from core import storage
from core.findings import INFO, WARNING
from core.ledger.commands import EditRequest, ReplaceLedger
from core.ledger.deadlines import count, days_left, deadline_findings, due_date
from core.ledger.model import Ledger, Request
from core.ledger.print_pdf import ledger_pdf
from core.ledger.workdays import Calendar
from core.ledger.xlsx_io import export_xlsx, import_xlsx
from core.project_errors import ProjectFileError
from core.registry import get_form
from core.report import blank_report
from core.session import Session

MARCH = Request("依申请〔2026〕7号", "2026-03-02", applicant="natural")
"""Received Mon 3月2日: 3月3日–6日 days 1–4, 9–13 days 5–9, 16–20 days 10–14, 23–27 days 15–19,
Mon 3月30日 day 20."""
MAY = Request("依申请〔2026〕9号", "2026-04-27", applicant="natural")
"""Received Mon 4月27日: 4月28日–30日 days 1–3, 劳动节, 5月6日–8日 days 4–6, Sat 5月9日 day 7,
5月11日–15日 days 8–12, 18–22 days 13–17, 25–27 days 18–20: due Wed 5月27日."""


@pytest.fixture(scope="module")
def cal() -> Calendar:
    return Calendar.load()


@pytest.fixture(autouse=True)
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")


# --- the deadline --------------------------------------------------------------------------------

def test_supplemented_application_counts_from_its_arrival_across_qingming(cal: Calendar) -> None:
    assert due_date(MARCH, cal) == dt.date(2026, 3, 30)
    # 补正 arrived Mon 3月16日: 3月17日–20日 days 1–4, 23–27 days 5–9, 3月30日–4月3日 days 10–14,
    # 清明 4月4日–6日, 4月7日–10日 days 15–18, Mon 4月13日 day 19, Tue 4月14日 day 20.
    req = MARCH.with_(supplemented="2026-03-16")
    assert due_date(req, cal) == dt.date(2026, 4, 14)
    assert deadline_findings([req.with_(outcome="3.1", answered="2026-04-10")], dt.date(2026, 4, 20), cal) == []
    late = deadline_findings([req.with_(outcome="3.1", answered="2026-04-15")], dt.date(2026, 4, 20), cal)
    assert [(f.rule, f.severity) for f in late] == [("L-late", WARNING)]
    assert late[0].message == ("第1条申请（编号依申请〔2026〕7号）的答复日期（2026-04-15）晚于答复期限"
                               "（2026-04-14 到期，自补正后收到之日起计算）")
    # open on 4月8日: not overdue (it was, counted from 3月2日), due in four working days
    assert days_left(req, dt.date(2026, 4, 8), cal) == 4
    near = deadline_findings([req], dt.date(2026, 4, 8), cal)
    assert [(f.rule, f.severity) for f in near] == [("L-near", INFO)]
    assert "（答复期限：2026-04-14，自补正后收到之日起计算）" in near[0].message
    assert [f.rule for f in deadline_findings([MARCH], dt.date(2026, 4, 8), cal)] == ["L-overdue"]


def test_consultation_days_across_may_day_and_a_weekend_are_not_counted(cal: Calendar) -> None:
    assert due_date(MAY, cal) == dt.date(2026, 5, 27)
    # Sent Wed 4月29日, opinion came Mon 5月11日: 4月30日, 5月6日–8日, Sat 5月9日 (上班), 5月11日 =
    # 6 working days (劳动节 and Sunday 5月10日 are none). Days 1–2 (4月28日–29日) were used before;
    # 18 more from 5月12日: 12–15 (4), 18–22 (9), 25–29 (14), 6月1日–4日 (18): due Thu 6月4日.
    req = MAY.with_(consult_start="2026-04-29", consult_end="2026-05-11")
    counted = count(req, cal)
    assert counted is not None and (counted.due, counted.paused, counted.ongoing) == (dt.date(2026, 6, 4), 6, False)
    assert deadline_findings([req.with_(outcome="3.1", answered="2026-06-04")], dt.date(2026, 6, 10), cal) == []
    late = deadline_findings([req.with_(outcome="3.1", answered="2026-06-05")], dt.date(2026, 6, 10), cal)
    assert [f.rule for f in late] == ["L-late"]
    assert "（2026-06-04 到期，征求意见 6 个工作日不计入）" in late[0].message
    overdue = deadline_findings([req], dt.date(2026, 6, 8), cal)
    assert overdue[0].rule == "L-overdue" and "征求意见 6 个工作日不计入" in overdue[0].message
    # both at once, extended: 补正 5月6日 (days 1–2: 5月7日–8日), sent 5月8日, back Mon 5月18日:
    # 5月9日, 11–15, 18 = 7 days paused; 47 working days after 5月6日: 5月7日–9日 (3), 11–29 (18),
    # 6月1日–18日 (32; 端午 6月19日), 22日–7月3日 (42), 7月6日–10日 (47): Fri 7月10日.
    both = MAY.with_(supplemented="2026-05-06", consult_start="2026-05-08", consult_end="2026-05-18", extended=True)
    counted = count(both, cal)
    assert counted is not None and (counted.due, counted.paused) == (dt.date(2026, 7, 10), 7)
    assert counted.how() == "自补正后收到之日起计算，征求意见 7 个工作日不计入"


def test_consultation_still_under_way_stops_the_clock_up_to_today(cal: Calendar) -> None:
    waiting = MAY.with_(consult_start="2026-04-29")
    # 5月28日: overdue by the bare count (due 5月27日); the two days used before the letter went out
    # leave 18, and they stay 18 for as long as the opinion is awaited.
    assert [f.rule for f in deadline_findings([MAY], dt.date(2026, 5, 28), cal)] == ["L-overdue"]
    for today in (dt.date(2026, 5, 28), dt.date(2026, 6, 30)):
        assert days_left(waiting, today, cal) == 18
        assert deadline_findings([waiting], today, cal) == []
        counted = count(waiting, cal, today)
        assert counted is not None and counted.ongoing
    counted = count(waiting, cal, dt.date(2026, 5, 28))
    assert counted is not None and counted.how() == "正在征求意见，已暂停 19 个工作日"
    # answered without the opinion's date: the pause runs to the answer (the checks ask for the date)
    assert deadline_findings([waiting.with_(outcome="3.1", answered="2026-06-30")], dt.date(2026, 7, 1), cal) == []


def test_a_consultation_after_the_period_ran_out_does_not_revive_it(cal: Calendar) -> None:
    req = MARCH.with_(consult_start="2026-03-31", consult_end="2026-04-10", outcome="3.1", answered="2026-04-15")
    assert due_date(req, cal) == dt.date(2026, 3, 30)
    late = deadline_findings([req], dt.date(2026, 4, 20), cal)
    assert [f.rule for f in late] == ["L-late"] and "征求意见" not in late[0].message
    # impossible dates move nothing (the checks point at them): 补正 before receipt, end before start
    assert due_date(MARCH.with_(supplemented="2026-02-27"), cal) == dt.date(2026, 3, 30)
    assert due_date(MARCH.with_(consult_start="2026-03-10", consult_end="2026-03-09"), cal) == dt.date(2026, 3, 30)
    assert due_date(MARCH.with_(consult_end="2026-03-09"), cal) == dt.date(2026, 3, 30)


# --- the checks ----------------------------------------------------------------------------------

def t4(requests: tuple[Request, ...]) -> dict[int, str]:
    report = blank_report(get_form("2021"), 2026, "某镇人民政府")
    session = Session(report)
    assert session.execute(ReplaceLedger(requests)) is not None
    return {f.ledger_row: f.message for f in session.findings if f.rule == "T4" and f.ledger_row is not None}


def test_impossible_dates_are_pointed_at() -> None:
    found = t4((
        MARCH.with_(supplemented="2026-02-27"),
        MARCH.with_(consult_start="2026-03-10", consult_end="2026-03-09"),
        MARCH.with_(consult_end="2026-03-09"),
        MARCH.with_(consult_start="2026-03-10", outcome="3.1", answered="2026-03-20"),
        MARCH.with_(consult_start="2026-03-10"),                       # still waiting: fine
        MARCH.with_(supplemented="2026-03-16", consult_start="2026-03-18", consult_end="2026-03-25",
                    outcome="3.1", answered="2026-04-01"),             # all in order
        MARCH.with_(consult_start="2026-02-20", consult_end="2026-03-04", outcome="3.1", answered="2026-03-10"),
        MARCH.with_(supplemented="2026-03-16", outcome="3.1", answered="2026-03-12"),
    ))
    assert set(found) == {1, 2, 3, 4, 7, 8}
    assert "补正后收到日期 2026-02-27 早于收到日期 2026-03-02" in found[1]
    assert "收到意见日期 2026-03-09 早于征求意见日期 2026-03-10" in found[2]
    assert "有收到意见日期但没有征求意见日期" in found[3]
    assert "已答复但没有收到意见日期" in found[4]
    assert "征求意见日期 2026-02-20 早于收到日期 2026-03-02" in found[7]
    assert "答复日期 2026-03-12 早于补正后收到日期 2026-03-16" in found[8]
    assert all(m.startswith("台账第") and m.endswith("请核对") for m in found.values())


# --- the project file ----------------------------------------------------------------------------

def test_project_file_keeps_the_dates_and_gains_keys_only_when_used(tmp_path: Path) -> None:
    report = blank_report(get_form("2021"), 2026, "某镇人民政府")
    session = Session(report)
    plain = MARCH.with_(number="1")
    paused = MAY.with_(supplemented="2026-05-06", consult_start="2026-05-08")
    session.execute(ReplaceLedger((plain, paused)))
    session.execute(EditRequest(1, paused.with_(consult_end="2026-05-18")))
    path = tmp_path / "r.nianbao"
    session.save(path)
    raw = path.read_text(encoding="utf-8")
    rows = json.loads(raw)["ledger"]["requests"]
    assert set(rows[0]) == {"number", "received", "applicant"}
    assert {k: rows[1][k] for k in ("supplemented", "consult_start", "consult_end")} == {
        "supplemented": "2026-05-06", "consult_start": "2026-05-08", "consult_end": "2026-05-18"}
    assert storage.load(path).ledger.requests == report.ledger.requests
    bad = tmp_path / "bad.nianbao"
    bad.write_text(raw.replace('"consult_end": "2026-05-18"', '"consult_end": "2026-05-32"'), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="consult_end"):
        storage.load(bad)


def test_a_bad_date_is_refused_at_the_command() -> None:
    session = Session(blank_report(get_form("2021"), 2026, "某镇人民政府"))
    session.execute(ReplaceLedger((MARCH,)))
    from core.commands import CommandError

    with pytest.raises(CommandError, match="无效"):
        session.execute(EditRequest(0, MARCH.with_(supplemented="2026-3-16")))


# --- Excel and the printed ledger ----------------------------------------------------------------

PAUSED = (MARCH.with_(subject="某某村土地征收补偿方案", outcome="3.1", answered="2026-04-14", supplemented="2026-03-16"),
          MAY.with_(subject="某企业环评材料", outcome="3.2", answered="2026-06-04", consult_start="2026-04-29",
                    consult_end="2026-05-11", notes="征求企业意见"),
          MAY.with_(number="依申请〔2026〕10号", consult_start="2026-05-20"),
          MAY.with_(number="依申请〔2026〕11号"))


def test_export_has_the_columns_when_used_and_reads_back() -> None:
    form = get_form("2021")
    data = export_xlsx(Ledger(list(PAUSED)), form, "某某镇人民政府", 2026)
    ws = openpyxl.load_workbook(io.BytesIO(data))["台账"]
    heads = [c.value for c in ws[2]]
    assert heads[-4:] == ["补正后收到日期", "征求意见日期", "收到意见日期", "备注"]
    assert ws.cell(3, heads.index("补正后收到日期") + 1).value == dt.datetime(2026, 3, 16)
    assert ws.cell(4, heads.index("收到意见日期") + 1).is_date
    got = import_xlsx(data, form)
    assert got.requests == list(PAUSED) and got.notes == []
    # a register that never used them keeps the export it always had
    plain = openpyxl.load_workbook(io.BytesIO(export_xlsx(Ledger([MARCH]), form, "某某镇人民政府", 2026)))["台账"]
    assert "补正后收到日期" not in [c.value for c in plain[2]]


def clerk_register() -> bytes:
    """A township's own register: its own words for the columns, dates as text and as Excel dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["登记日期", "申请事项", "答复情况", "办结日期", "收到补正材料日期", "征求第三方（其他机关）意见日期",
               "第三方答复日期", "征求意见", "备注"])
    ws.append(["2026.3.2", "土地征收补偿", "予以公开", "2026年4月14日", "2026-3-16", None, None, "否", ""])
    ws.append([dt.datetime(2026, 4, 27), "环评材料", "部分公开", "2026/6/4", None, "2026年4月29日",
               dt.datetime(2026, 5, 11), "是", ""])
    ws.append(["2026-04-27", "会议纪要", None, None, "补正中", "2026-05-20", None, None, ""])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_clerk_register_names_the_columns_in_its_own_words() -> None:
    got = import_xlsx(clerk_register(), get_form("2021"))
    assert [(r.received, r.supplemented, r.consult_start, r.consult_end) for r in got.requests] == [
        ("2026-03-02", "2026-03-16", "", ""), ("2026-04-27", "", "2026-04-29", "2026-05-11"),
        ("2026-04-27", "", "2026-05-20", "")]
    assert "第4行“收到补正材料日期”为“补正中”，不是日期，未读取" in got.notes
    assert "第1行的“征求意见”列不是台账的列，未读取" in got.notes  # 是/否, not a date


def test_clerk_register_saved_as_xls(tmp_path: Path) -> None:
    from scripts import old_excel
    from scripts.libreoffice import soffice

    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    made = old_excel.xls_pairs({"clerk": clerk_register()}, tmp_path, "clerk", "")
    xls = made["clerk"][1]
    assert xls.startswith(b"\xd0\xcf\x11\xe0")
    got, want = import_xlsx(xls, get_form("2021")), import_xlsx(clerk_register(), get_form("2021"))
    assert got.requests == want.requests and got.requests[1].consult_end == "2026-05-11"


def test_printed_ledger_shows_the_dates_in_the_remarks() -> None:
    pdf = pypdfium2.PdfDocument(ledger_pdf(Ledger(list(PAUSED)), get_form("2021"), "某某镇人民政府", 2026,
                                           dt.date(2026, 6, 10)))
    try:
        text = "".join("".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))
    finally:
        pdf.close()
    assert "补正后收到：2026-03-16" in text
    assert "征求企业意见征求意见：2026-04-29至2026-05-11" in text
    assert "征求意见：2026-05-20至未收到意见" in text


def test_a_request_waiting_for_its_supplement_is_never_overdue(cal: Calendar) -> None:
    """补正 asked on 2026-03-05 and not received: no period runs (条例第三十条: it counts from the
    supplement), so months later the request is not overdue; the due date shown is the one a
    supplement arriving today would have, and the message says the period has not started."""
    asked = Request("1", "2026-03-02", "网络", "natural", supplement_asked="2026-03-05")
    today = dt.date(2026, 6, 1)
    counted = count(asked, cal, today)
    assert counted is not None and counted.awaiting and counted.due == cal.add_workdays(today, 20)
    assert "期限尚未起算" in counted.how()
    assert days_left(asked, today, cal) == 20
    assert deadline_findings([asked], today, cal) == []
    # without the ask the same request is long overdue
    plain = Request("1", "2026-03-02", "网络", "natural")
    assert [f.rule for f in deadline_findings([plain], today, cal)] == ["L-overdue"]


def test_the_supplement_once_received_starts_the_period_and_a_giving_up_applicant_is_no_late_answer(cal: Calendar) -> None:
    came = Request("1", "2026-03-02", "网络", "natural", supplement_asked="2026-03-05", supplemented="2026-03-16")
    counted = count(came, cal, dt.date(2026, 6, 1))
    assert counted is not None and not counted.awaiting and counted.due == cal.add_workdays(dt.date(2026, 3, 16), 20)
    # the applicant never supplemented; the organ closed it (视为放弃申请) months after receipt
    gave_up = Request("1", "2026-03-02", "网络", "natural", outcome="3.6.1", answered="2026-06-01",
                      supplement_asked="2026-03-05")
    assert deadline_findings([gave_up], dt.date(2026, 6, 2), cal) == []
    late = gave_up.with_(supplement_asked="")
    assert [f.rule for f in deadline_findings([late], dt.date(2026, 6, 2), cal)] == ["L-late"]


def test_the_supplement_ask_date_is_checked_kept_and_read_back(tmp_path: Path) -> None:
    found = t4((MARCH.with_(supplement_asked="2026-03-10", supplemented="2026-03-09"),
                MARCH.with_(supplement_asked="2026-02-27"),
                MARCH.with_(supplement_asked="2026-03-05", supplemented="2026-03-16")))   # in order
    assert set(found) == {1, 2}
    assert "补正后收到日期 2026-03-09 早于补正告知日期 2026-03-10" in found[1]
    assert "补正告知日期 2026-02-27 早于收到日期 2026-03-02" in found[2]
    form = get_form("2021")
    asked = MARCH.with_(supplement_asked="2026-03-05")
    data = export_xlsx(Ledger([asked]), form, "某某镇人民政府", 2026)
    heads = [c.value for c in openpyxl.load_workbook(io.BytesIO(data))["台账"][2]]
    assert heads[-5:] == ["补正告知日期", "补正后收到日期", "征求意见日期", "收到意见日期", "备注"]
    assert import_xlsx(data, form).requests == [asked]
    report = blank_report(form, 2026, "某某镇人民政府")
    Session(report).execute(ReplaceLedger((asked,)))
    storage.save(report, tmp_path / "r.nianbao")
    assert storage.load(tmp_path / "r.nianbao").ledger.requests == [asked]
    pdf = pypdfium2.PdfDocument(ledger_pdf(report.ledger, form, report.organ, 2026, dt.date(2026, 6, 10)))
    try:
        assert "补正告知：2026-03-05" in "".join(pdf[0].get_textpage().get_text_range().split())
    finally:
        pdf.close()
