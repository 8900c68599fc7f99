"""The ledger's Excel export and import, the forgiving label parsers, and the printed ledger.

Round trips use random requests; a clerk's own register (other headers, order, text dates) is built
with openpyxl here; hostile files must be refused with a Chinese message, never a traceback; the
applicant's name and contact must reach neither the default export nor the PDF.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import re
import zipfile
from typing import Any

import openpyxl
import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.exporters.selfcheck import check_pdf
from core.forms import Form
from core.ledger import xlsx_read
from core.ledger.labels import applicant_choices, outcome_choices, parse_applicant, parse_outcome
from core.ledger.model import CHANNELS, MAX_FIELD_CHARS, Ledger, Request
from core.ledger.print_pdf import ledger_pdf
from core.ledger.xlsx_io import LedgerImportError, export_xlsx, import_xlsx
from core.registry import get_form
from core.text_clean import clean_text

FORMS = ("2019", "2021")
TODAY = dt.date(2026, 1, 15)
NAME, CONTACT = "欧阳娜娜", "福州市鼓楼区某某路88号 13912345678"


@pytest.fixture(autouse=True)
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")


def form_of(fmt: str) -> Form:
    return get_form(fmt)


def chinese(message: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", message) is not None


# --- labels --------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMS)
@pytest.mark.parametrize(("text", "row"), [
    ("（三）不予公开 1.属于国家秘密", "3.3.1"), ("属于国家秘密", "3.3.1"), ("国家秘密", "3.3.1"),
    ("不予公开—国家秘密", "3.3.1"), ("不予公开（属于国家秘密）", "3.3.1"),
    ("本机关不掌握相关政府信息", "3.4.1"), ("予以公开", "3.1"), ("全部公开", "3.1"), ("部分公开", "3.2"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.2"), ("部分公开（区分处理）", "3.2"),
    ("重复申请", "3.5.2"), ("（五）不予处理 2.重复申请", "3.5.2"), (" 3.危及\"三安全一稳定\" ", "3.3.3"),
])
def test_outcome_words_registers_write(fmt: str, text: str, row: str) -> None:
    assert parse_outcome(text, form_of(fmt)) == row


@pytest.mark.parametrize("fmt", FORMS)
@pytest.mark.parametrize("text", ["公开", "不予公开", "无法提供", "不予处理", "已办结", "其他", "", "3.3.1"])
def test_ambiguous_or_unknown_outcomes_are_never_guessed(fmt: str, text: str) -> None:
    assert parse_outcome(text, form_of(fmt)) is None


def test_other_handling_depends_on_the_format() -> None:
    assert parse_outcome("其他处理", form_of("2019")) == "3.6"
    assert parse_outcome("其他处理", form_of("2021")) is None  # three rows in 2021
    assert parse_outcome("（六）其他处理 3.其他", form_of("2021")) == "3.6.3"
    assert parse_outcome("其他处理—其他", form_of("2021")) == "3.6.3"


@pytest.mark.parametrize("fmt", FORMS)
def test_every_label_parses_back_to_its_id(fmt: str) -> None:
    form = form_of(fmt)
    for row, label in outcome_choices(form):
        assert parse_outcome(label, form) == row
    for col, label in applicant_choices(form):
        assert parse_applicant(label, form) == col
    assert outcome_choices(form)[2] == ("3.3.1", "（三）不予公开 1.属于国家秘密")


@pytest.mark.parametrize(("text", "label"), [
    ("自然人", "自然人"), ("个人", "自然人"), ("公民", "自然人"), ("企业", "商业企业"), ("公司", "商业企业"),
    ("商业企业", "商业企业"), ("科研机构", "科研机构"), ("社会公益组织", "社会公益组织"),
    ("公益组织", "社会公益组织"), ("法律服务机构", "法律服务机构"), ("律师事务所", "法律服务机构"),
    ("其他", "其他"), ("法人", None), ("法人或其他组织", None), ("张三", None)])
def test_applicant_words(text: str, label: str | None) -> None:
    form = form_of("2021")
    col = parse_applicant(text, form)
    assert (dict(applicant_choices(form))[col] if col else None) == label


# --- round trip ----------------------------------------------------------------------------------

_chars = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
_text = st.text(st.one_of(_chars, st.just("\n")), max_size=60).map(lambda t: clean_text(t).strip())
_date = st.one_of(st.just(""), st.dates(dt.date(1995, 1, 1), dt.date(2150, 12, 31)).map(dt.date.isoformat))


@st.composite
def requests(draw: st.DrawFn, form: Form) -> Request:
    return Request(
        number=draw(_text), received=draw(_date), channel=draw(st.one_of(st.sampled_from(CHANNELS), _text)),
        applicant=draw(st.sampled_from([""] + [c for c, _ in applicant_choices(form)])), name=draw(_text),
        contact=draw(_text), subject=draw(st.one_of(_text, st.just("=HYPERLINK(\"x\")"))),
        outcome=draw(st.sampled_from([""] + [r for r, _ in outcome_choices(form)])), answered=draw(_date),
        extended=draw(st.booleans()), carried=draw(st.booleans()), notes=draw(_text))


@pytest.mark.parametrize("fmt", FORMS)
def test_round_trip(fmt: str) -> None:
    form = form_of(fmt)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(requests(form), max_size=12), st.booleans())
    def check(reqs: list[Request], personal: bool) -> None:
        data = export_xlsx(Ledger(reqs), form, "某某县人民政府办公室", 2025, include_personal=personal)
        got = import_xlsx(data, form)
        expected = reqs if personal else [r.with_(name="", contact="") for r in reqs]
        assert got.requests == expected
        assert got.notes == []
        assert got.personal == personal

    check()


def test_export_layout() -> None:
    form = form_of("2021")
    req = Request("依申请〔2025〕1号", "2025-01-05", "网络", "commercial", NAME, CONTACT, "预算公开", "3.3.1",
                  "2025-01-20", True, False, "")
    ws_data = export_xlsx(Ledger([req]), form, "某某局", 2025)
    wb = openpyxl.load_workbook(io.BytesIO(ws_data))
    ws = wb["台账"]
    assert ws["A1"].value == "某某局2025年政府信息公开申请办理台账"
    assert [c.value for c in ws[2]] == ["序号", "编号", "收到日期", "申请方式", "申请人类型", "申请内容", "办理结果",
                                        "答复日期", "延期", "上年结转", "备注"]
    assert ws.freeze_panes == "A3"
    assert ws["C3"].value == dt.datetime(2025, 1, 5) and ws["C3"].is_date
    assert ws["E3"].value == "商业企业" and ws["G3"].value == "（三）不予公开 1.属于国家秘密"
    assert ws["I3"].value == "是" and ws["J3"].value == "否"
    ranges = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert {"E3", "G3", "I3", "J3"} <= set(ranges)
    assert wb["选项"].sheet_state == "hidden"
    assert [wb["选项"].cell(i + 1, 1).value for i in range(21)] == [label for _, label in outcome_choices(form)]
    with_personal = openpyxl.load_workbook(io.BytesIO(export_xlsx(Ledger([req]), form, "某某局", 2025, True)))["台账"]
    assert [c.value for c in with_personal[2]][5:7] == ["申请人", "联系方式"]


def test_default_export_holds_no_personal_data() -> None:
    form = form_of("2021")
    reqs = [Request(number=f"{i}", name=NAME, contact=CONTACT, subject="申请公开预算") for i in range(3)]
    data = export_xlsx(Ledger(reqs), form, "某某局", 2025)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        everything = html.unescape("".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()))
    assert "申请公开预算" in everything
    assert NAME not in everything and "13912345678" not in everything and "鼓楼区" not in everything


# --- a clerk's own register ----------------------------------------------------------------------

def clerk_register() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2025年登记"
    ws.append(["某某镇2025年依申请公开登记表"])
    ws.append(["填报单位：某某镇党政办"])
    ws.append(["登记日期", "序号", "申请人姓名", "申请人类别", "联系电话", "通讯地址", "申请事项", "答复情况（必填）",
               "办结日期", "是否延期", "经办人", "备注"])
    rows: list[list[Any]] = [
        [dt.datetime(2025, 1, 5), 1, "李四", "个人", "13800000000", "某路1号", "征地补偿标准", "属于国家秘密",
         "2025年1月20日", "否", "王五", ""],
        ["2025.2.3", 2, "某某公司", "企业", None, None, "招标文件", "予以公开", "2025/2/18", "√", "王五", "补正一次"],
        [None, None, None, None, None, None, None, None, None, None, None, None],
        ["2025/13/01", 3, "赵六", "律师事务所", None, None, "执法案卷", "已办结", "2025-3-1", "延期20个工作日", "", ""],
        ["20250410", 4, "钱七", "法人", None, None, "会议纪要", "不予公开", 45770, "否", "", ""],
        [None, 5, None, None, None, None, None, None, None, None, None, None],
        ["2025-5-6 09:30", 6, "孙八", "公民", None, None, "x" * (MAX_FIELD_CHARS + 5), "（四）无法提供 1.本机关不掌握相关政府信息",
         None, "否", "", ""],
        ["合计：5件"],
    ]
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_clerk_register_is_read_cell_by_cell() -> None:
    got = import_xlsx(clerk_register(), form_of("2021"))
    assert got.personal
    assert got.requests == [
        Request("1", "2025-01-05", "", "natural", "李四", "13800000000；某路1号", "征地补偿标准", "3.3.1", "2025-01-20",
                False, False, ""),
        Request("2", "2025-02-03", "", "commercial", "某某公司", "", "招标文件", "3.1", "2025-02-18", True, False,
                "补正一次"),
        Request("3", "", "", "legal", "赵六", "", "执法案卷", "", "2025-03-01", True, False, ""),
        Request("4", "2025-04-10", "", "", "钱七", "", "会议纪要", "", "2025-04-23", False, False, ""),
        Request("6", "2025-05-06", "", "natural", "孙八", "", "x" * MAX_FIELD_CHARS, "3.4.1", "", False, False, ""),
    ]
    notes = "\n".join(got.notes)
    assert "第3行的“经办人”列不是台账的列，未读取" in notes
    assert "第7行“登记日期”为“2025/13/01”，不是日期，未读取" in notes
    assert "第7行“答复情况（必填）”为“已办结”，无法对应表三的行，未读取" in notes
    assert "第8行“申请人类别”为“法人”，无法对应表三的申请人类型，未读取" in notes
    assert "第8行“答复情况（必填）”为“不予公开”，可能是" in notes and "请写明具体情形" in notes
    assert f"第10行“申请事项”超过 {MAX_FIELD_CHARS} 字，只读取了前 {MAX_FIELD_CHARS} 字" in notes
    assert "第11行“合计：5件”不是申请记录，未读取" in notes
    assert "没有“编号”列，以“序号”列作为编号" in notes
    assert "申请方式" not in notes  # an absent optional column is not worth a note


def test_header_found_under_a_merged_group_heading() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["编号", "收到日期", "申请人信息", None, "申请内容", "处理结果"])
    ws.append([None, None, "姓名", "联系方式", None, None])
    ws.append(["A-1", "2025-3-4", "周九", "电话", "预算", "部分公开"])
    buf = io.BytesIO()
    wb.save(buf)
    got = import_xlsx(buf.getvalue(), form_of("2021"))
    assert got.requests == [Request(number="A-1", received="2025-03-04", name="周九", contact="电话", subject="预算",
                                    outcome="3.2")]


def test_unnamed_columns_and_other_formats_are_noted() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["收到日期", "申请内容", "办理结果", None])
    ws.append(["2025-3-4", "预算", "（六）其他处理", "电话催办两次"])
    buf = io.BytesIO()
    wb.save(buf)
    got = import_xlsx(buf.getvalue(), form_of("2021"))
    assert got.requests == [Request(received="2025-03-04", subject="预算")]
    assert "第D列没有可识别的列名，其中的内容（如第2行）未读取" in got.notes
    assert any(n.startswith("第2行“办理结果”为“（六）其他处理”，可能是“（六）其他处理 1.") for n in got.notes)
    assert import_xlsx(buf.getvalue(), form_of("2019")).requests == [Request(received="2025-03-04", subject="预算",
                                                                            outcome="3.6")]


def test_a_register_full_of_unreadable_cells_lists_a_few_hundred_and_counts_the_rest() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["编号", "收到日期", "申请人类型", "申请内容"])
    for i in range(1000):
        ws.append([f"Y{i}", f"第{i}天", "自然人", "预算"])   # 1,000 dates that are not dates
    buf = io.BytesIO()
    wb.save(buf)
    got = import_xlsx(buf.getvalue(), form_of("2021"))
    assert len(got.requests) == 1000 and all(r.received == "" for r in got.requests)
    assert len(got.notes) == xlsx_read.MAX_NOTES + 1
    assert "第2行“收到日期”为“第0天”，不是日期，未读取" in got.notes
    noted = len(got._noted)                                  # the missing 办理结果/答复日期 columns too
    assert got.notes[-1] == f"另有 {noted - xlsx_read.MAX_NOTES} 处未能读取，未逐条列出（各处均已留空），请对照原表检查"


# --- hostile files -------------------------------------------------------------------------------

def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(("data", "words"), [
    (b"", "空"),
    ("序号,编号\n1,2\n".encode(), "不是 Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".xls"),
    (b"PK\x03\x04" + b"\0" * (20 * 1024 * 1024 + 1), "20 MB"),
    (b"PK\x03\x04garbage", "损坏"),
    (_zip({"xl/workbook.xml": b" " * (5 * 1024 * 1024)}), "压缩炸弹"),
    (_zip({"xl/workbook.xml": b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;</x>"}), "XML"),
    (_zip({"word/document.xml": b"<x/>"}), "Excel"),
    (_zip({"xl/workbook.xml": b"<not a workbook"}), "损坏"),
], ids=["empty", "csv", "xls", "too-large", "bad-zip", "zip-bomb", "xml-entities", "word", "bad-workbook"])
def test_hostile_files_are_refused_in_chinese(data: bytes, words: str) -> None:
    with pytest.raises(LedgerImportError) as e:
        import_xlsx(data, form_of("2021"))
    assert words in str(e.value) and chinese(str(e.value))


def test_a_sheet_without_a_header_row_is_refused() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i in range(40):
        ws.append([i, "某某", "内容"])
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(LedgerImportError, match="没有找到台账的表头行"):
        import_xlsx(buf.getvalue(), form_of("2021"))


def test_too_many_requests_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_read, "MAX_REQUESTS", 5)
    data = export_xlsx(Ledger([Request(number=str(i)) for i in range(6)]), form_of("2021"), "某某局", 2025)
    with pytest.raises(LedgerImportError, match="超过 5 条申请记录"):
        import_xlsx(data, form_of("2021"))


@functools.cache
def small_export() -> bytes:
    """One export for every example (an export's bytes carry the moment it was made)."""
    return export_xlsx(Ledger([Request(number="1", subject="预算", outcome="3.1")]), form_of("2021"), "某某局", 2025)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_exports_never_raise_anything_else(data: st.DataObject) -> None:
    form = form_of("2021")
    good = bytearray(small_export())
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(good) - 1))
        good[at] = data.draw(st.integers(0, 255))
    try:
        got = import_xlsx(bytes(good), form)
    except LedgerImportError as e:
        assert chinese(str(e))
    else:
        assert isinstance(got.requests, list)


# --- the printed ledger --------------------------------------------------------------------------

def pdf_pages(data: bytes) -> list[str]:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return ["".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.mark.parametrize("fmt", FORMS)
def test_pdf_prints_no_personal_data_and_keeps_rows_whole(fmt: str) -> None:
    form = form_of(fmt)
    outcomes = [r for r, _ in outcome_choices(form)]
    reqs = [Request(number=f"N{i:03d}", received="2025-03-04", channel="网络", applicant="natural", name=NAME,
                    contact=CONTACT, subject=f"第{i}件申请公开某某道路改造工程的立项批复" * (1 + i % 4),
                    outcome=outcomes[i % len(outcomes)], answered="2025-03-20", notes=f"备注{i}")
            for i in range(60)]
    reqs[5] = reqs[5].with_(subject="很长的申请内容" * 300)
    data = ledger_pdf(Ledger(reqs), form, "某某市某某区人民政府办公室", 2025, TODAY)
    check_pdf(data)
    assert b"Helvetica" not in data
    pages = pdf_pages(data)
    total = len(pages)
    assert total > 2
    for n, text in enumerate(pages, 1):
        assert "某某市某某区人民政府办公室2025年政府信息公开申请办理台账" in text
        assert "申请内容办理结果答复日期" in text  # the header row on every page
        assert f"第{n}页共{total}页" in text
        assert NAME not in text and "13912345678" not in text and "鼓楼区" not in text
    for i, req in enumerate(reqs):
        where = [n for n, text in enumerate(pages) if req.number in text]
        assert len(where) == 1
        assert f"备注{i}" in pages[where[0]]  # the row's last cell is on the same page as its first
    assert "全文共2100字" in "".join(pages)


def test_pdf_of_an_empty_ledger() -> None:
    pages = pdf_pages(ledger_pdf(Ledger(), form_of("2021"), "某某局", 2025, TODAY))
    assert len(pages) == 1 and "没有申请记录" in pages[0] and "第1页共1页" in pages[0]
