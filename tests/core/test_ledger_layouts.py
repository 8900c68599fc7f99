"""Registers as clerks lay them out, read as a careful person would read them.

Each register is built here with openpyxl the way such sheets look: a request written over two
rows with its 编号/日期/申请人 merged down, one 办理结果 merged over two requests, a merged title, a
two-row header (申请人情况 over 自然人 | 法人或其他组织, 办理情况 over 答复日期 | 办理结果), 合计 and
填表说明 rows under the table, quarter headings merged across it, blank spacer rows, one sheet per
quarter with a 汇总 copy, rows hidden by a filter, numbers stored as text. The expected requests
are what a person reading the sheet would record; where the sheet cannot tell, a Chinese note names
the rows. The same registers saved as .xls by LibreOffice read the same.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import openpyxl
import pytest

from core.ledger import xlsx_read
from core.ledger.model import Request
from core.ledger.sheet_layout import Merge, xml_layout
from core.ledger.xlsx_io import LedgerImport, import_xlsx
from core.registry import get_form
from scripts import old_excel
from scripts.libreoffice import soffice

HEAD = ["编号", "收到日期", "申请人", "申请人类型", "申请内容", "办理结果", "答复日期"]
LI4 = Request(number="Y1", received="2025-01-05", applicant="natural", name="李四", subject="预算", outcome="3.1",
              answered="2025-01-20")
WANG5 = Request(number="Y2", received="2025-02-03", applicant="natural", name="王五", subject="征地补偿标准",
                outcome="3.2", answered="2025-02-18")


def book(rows: Sequence[Sequence[Any]], merges: Sequence[str] = (), title: str = "台账") -> Any:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(list(row))
    for ref in merges:
        ws.merge_cells(ref)
    return wb


def data(wb: Any) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def read(raw: bytes) -> LedgerImport:
    return import_xlsx(raw, get_form("2021"))


def wrapped() -> bytes:
    """One request over three rows (编号, 日期, 申请人, 类型, 结果 merged down), a spacer, another."""
    return data(book([
        HEAD,
        ["Y1", "2025-1-5", "李四", "自然人", "2024年度财政预算执行情况", "予以公开", "2025-1-20"],
        [None, None, None, None, "及相关会议纪要", None, None],
        [None, None, None, None, "注：含附件", None, None],
        [None] * 7,
        ["Y2", "2025-2-3", "王五", "自然人", "征地补偿标准", "部分公开", "2025-2-18"],
    ], ["A2:A4", "B2:B4", "C2:C4", "D2:D4", "F2:F4", "G2:G4"]))


def test_a_request_written_over_several_rows_is_one_request() -> None:
    got = read(wrapped())
    # a line that reads like a note under the table (注：…) is a line of the request its merged cells tie it to
    assert got.requests == [LI4.with_(subject="2024年度财政预算执行情况\n及相关会议纪要\n注：含附件"), WANG5]
    assert got.notes == []


def outcome_over_two() -> bytes:
    return data(book([
        HEAD,
        ["Y1", "2025-1-5", "李四", "自然人", "预算", "本机关不掌握相关政府信息", "2025-1-20"],
        ["Y3", "2025-1-6", "李四", "自然人", "决算", None, None],
        ["Y2", "2025-2-3", "王五", "自然人", "征地补偿标准", "部分公开", "2025-2-18"],
    ], ["F2:F3", "G2:G3"]))


def test_an_outcome_merged_over_two_requests_is_the_outcome_of_both() -> None:
    got = read(outcome_over_two())
    assert got.requests == [LI4.with_(outcome="3.4.1"),
                            LI4.with_(number="Y3", received="2025-01-06", subject="决算", outcome="3.4.1"), WANG5]
    assert got.notes == []


def name_merged_only() -> bytes:
    """Keys written in the first row only (not merged): the merged 申请人 ties the rows below to it."""
    return data(book([
        HEAD,
        ["Y1", "2025-1-5", "李四", "自然人", "1.预算", "予以公开", "2025-1-20"],
        [None, None, None, None, "2.决算", None, None],
        [None, None, None, None, "3.三公经费", None, "2025-1-21"],
        ["Y2", "2025-2-3", "王五", "自然人", "征地补偿标准", "部分公开", "2025-2-18"],
        [None, None, None, None, "无关的一行", None, None],
    ], ["C2:C4"]))


def test_rows_tied_by_a_merged_cell_to_the_request_above_continue_it() -> None:
    got = read(name_merged_only())
    # 答复日期 written twice in one request: the first row's and the third row's differ, not read;
    # the last row is tied by no merged cell: a request of its own, as before
    assert got.requests == [LI4.with_(subject="1.预算\n2.决算\n3.三公经费", answered=""), WANG5,
                            Request(subject="无关的一行")]
    assert got.notes == ["第2\u20134行“答复日期”各行不同（“2025-1-20”“2025-1-21”），同一件申请只能有一个，未读取"]


def disagreeing() -> bytes:
    return data(book([
        HEAD,
        ["Y1", "2025-1-5", "李四", "自然人", "一、预算", "予以公开", "2025-1-20"],
        [None, None, None, None, "二、决算", "部分公开", None],
        ["Y2", "2025-2-3", "王五", "自然人", "征地补偿标准", "部分公开", "2025-2-18"],
    ], ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3"]))


def test_one_request_whose_rows_give_two_outcomes_is_noted_not_guessed() -> None:
    got = read(disagreeing())
    assert got.requests == [LI4.with_(subject="一、预算\n二、决算", outcome=""), WANG5]
    assert got.notes == ["第2\u20133行“办理结果”各行不同（“予以公开”“部分公开”），同一件申请只能有一个，未读取"]


def key_merged_over_two() -> bytes:
    """One 编号 merged over two rows that each have a 收到日期 of their own."""
    return data(book([
        HEAD,
        ["Y1", "2025-1-5", "李四", "自然人", "预算", "予以公开", "2025-1-20"],
        [None, "2025-1-9", "李四", "自然人", "决算", "予以公开", "2025-1-22"],
    ], ["A2:A3"]))


def test_a_merged_key_over_rows_with_their_own_dates_reads_each_row_and_says_so() -> None:
    got = read(key_merged_over_two())
    assert got.requests == [LI4, LI4.with_(received="2025-01-09", subject="决算", answered="2025-01-22")]
    assert got.notes == ["第2\u20133行的“编号”是合并单元格，但各行另有自己的编号或收到日期，已按每行一件申请读取，请核对"]


def no_keys() -> bytes:
    return data(book([
        ["申请人", "申请内容", "办理结果", "答复日期"],
        ["李四", "预算", "予以公开", "2025-1-20"],
        [None, "决算", "部分公开", "2025-1-21"],
    ], ["A2:A3"]))


def test_without_key_columns_merged_rows_are_read_one_each_and_noted() -> None:
    got = read(no_keys())
    assert got.requests == [Request(name="李四", subject="预算", outcome="3.1", answered="2025-01-20"),
                            Request(name="李四", subject="决算", outcome="3.2", answered="2025-01-21")]
    assert "第2\u20133行的“申请人”是合并单元格，表中没有编号、序号或收到日期列，无法判断是一件还是几件申请，已按每行一件读取，请核对" in got.notes


def two_row_header() -> bytes:
    """A merged title; 序号, 收到日期, 申请内容 merged down over two header rows; 申请人情况 over
    自然人 | 法人或其他组织; 办理情况 over 答复日期 | 办理结果."""
    return data(book([
        ["XX镇2025年政府信息公开申请登记台账"],
        ["序号", "收到日期", "申请人情况", None, "申请内容", "办理情况", None],
        [None, None, "自然人", "法人或其他组织", None, "答复日期", "办理结果"],
        [1, "2025-1-5", "李四", None, "预算", "2025-1-20", "予以公开"],
        [2, "2025-2-3", None, "某某公司", "招标文件", "2025-2-20", "部分公开"],
        [3, "2025-3-3", "√", None, "会议纪要", None, None],
        [4, "2025-3-4", "赵六", "某某律所", "执法案卷", None, None],
    ], ["A1:G1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:G2"]))


def test_applicant_type_columns_under_a_two_row_header() -> None:
    got = read(two_row_header())
    assert got.personal
    assert got.requests == [
        Request(number="1", received="2025-01-05", applicant="natural", name="李四", subject="预算", outcome="3.1",
                answered="2025-01-20"),
        Request(number="2", received="2025-02-03", name="某某公司", subject="招标文件", outcome="3.2", answered="2025-02-20"),
        Request(number="3", received="2025-03-03", applicant="natural", subject="会议纪要"),
        Request(number="4", received="2025-03-04", name="赵六；某某律所", subject="执法案卷"),
    ]
    assert got.notes == [
        "没有“编号”列，以“序号”列作为编号",
        "第5行“法人或其他组织”有内容，但表三将其分为商业企业、科研机构、社会公益组织、法律服务机构、其他，申请人类型未读取，请在台账中选择",
        "第7行“自然人”“法人或其他组织”都有内容，申请人类型未读取，请核对",
    ]


def test_a_notes_column_named_other_is_no_applicant_type() -> None:
    got = read(data(book([["编号", "收到日期", "申请内容", "办理结果", "其他"], ["Y1", "2025-1-5", "预算", "予以公开", "电话催办"]])))
    assert got.requests == [Request(number="Y1", received="2025-01-05", subject="预算", outcome="3.1")]
    assert "第1行的“其他”列不是台账的列，未读取" in got.notes


def totals_and_notes() -> bytes:
    return data(book([
        ["XX局政府信息公开申请登记表"],
        HEAD,
        ["一季度"],
        ["Y1", "2025-1-5", "李四", "自然人", "预算", "予以公开", "2025-1-20"],
        [None] * 7,
        ["二季度"],
        ["Y2", "2025-2-3", "王五", "自然人", "征地补偿标准", "部分公开", "2025-2-18"],
        ["合  计", None, None, None, "2件", None, None],
        ["填表说明：1.收到日期填写收到申请之日；2.办理结果按表三填写。"],
        [None] * 7,
        ["制表人：张三", None, None, "审核人：李四"],
        ["注：本表一式两份"],
        ["说明：依申请公开工作台账"],
    ], ["A1:G1", "A3:G3", "A6:G6", "A9:G10", "A12:G12"]))


def test_headings_totals_and_notes_are_no_requests() -> None:
    got = read(totals_and_notes())
    assert got.requests == [LI4, WANG5]
    assert got.notes == [f"第{n}行“{text}”不是申请记录，未读取" for n, text in (
        (3, "一季度"), (6, "二季度"), (8, "合  计"), (9, "填表说明：1.收到日期填写收到申请之日；"), (11, "制表人：张三"),
        (12, "注：本表一式两份"), (13, "说明：依申请公开工作台账"))]


def quarters() -> bytes:
    wb = book([HEAD, ["Y1", "2025-1-5", "李四", "自然人", "预算", "予以公开", "2025-1-20"]], title="一季度")
    second = wb.create_sheet("二季度")
    for row in (["XX镇二季度"], HEAD, ["Y2", "2025-2-3", "王五", "自然人", "征地补偿标准", "部分公开", "2025-2-18"],
                ["Y3", "2025-4-1", "孙八", "自然人", "会议纪要", "予以公开", "2025/13/1"]):
        second.append(row)
    total = wb.create_sheet("汇总")
    total.sheet_state = "hidden"
    for row in (HEAD, ["Y1", "2025-1-5", "李四", "自然人", "预算", "予以公开", "2025-1-20"],
                ["Y2", "2025-2-3", "王五", "自然人", "征地补偿标准", "部分公开", "2025-2-18"]):
        total.append(row)
    wb.create_sheet("说明").append(["本台账按季度分表"])
    return data(wb)


def test_every_register_sheet_is_read_once_and_a_summary_copy_is_not_counted_twice() -> None:
    got = read(quarters())
    three = Request(number="Y3", received="2025-04-01", applicant="natural", name="孙八", subject="会议纪要",
                    outcome="3.1")
    assert got.requests == [LI4, WANG5, three]
    assert got.notes == ["读取了 3 张工作表：“一季度”1 件、“二季度”2 件、“汇总”2 件",
                         "工作表“二季度”第4行“答复日期”为“2025/13/1”，不是日期，未读取",
                         "工作表“汇总”在 Excel 中是隐藏的，已照常读取，请核对是否属于本台账",
                         "工作表“汇总”中有 2 件与前面工作表中的申请完全相同（可能是汇总表），未重复读取"]


def hidden_rows() -> bytes:
    wb = book([HEAD + ["身份证号"]] + [[f"Y{i}", "2025-1-5", "李四", "自然人", "预算", "予以公开", "2025-1-20", ""]
                                       for i in range(1, 15)])
    ws = wb.active
    for n in (3, 5, 6, 7):
        ws.row_dimensions[n].hidden = True
    ws.column_dimensions["H"].hidden = True
    return data(wb)


def test_hidden_rows_are_read_and_named_in_one_note() -> None:
    got = read(hidden_rows())
    assert len(got.requests) == 14
    assert got.notes == ["第1行的“身份证号”列不是台账的列，未读取",
                         "第3、5\u20137行在 Excel 中是隐藏的（可能被筛选或折叠），已照常读取，请核对是否属于本台账"]


def numbers_as_text() -> bytes:
    return data(book([HEAD, ["001", "45662", "李四", "自然人", "预算", "予以公开", "2025-01-20"],
                      [2.0, 45663, "王五", "自然人", "决算", "予以公开", "20250121"]]))


def test_numbers_stored_as_text() -> None:
    got = read(numbers_as_text())
    # "001" stays as the clerk wrote it; a serial day typed as text is what Excel shows (45662), no date
    assert [(r.number, r.received, r.answered) for r in got.requests] == [("001", "", "2025-01-20"),
                                                                          ("2", "2025-01-06", "2025-01-21")]
    assert got.notes == ["第2行“收到日期”为“45662”，不是日期，未读取"]


def test_requests_over_two_rows_count_once_against_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_read, "MAX_REQUESTS", 5)
    rows: list[list[Any]] = [HEAD]
    merges = []
    for i in range(5):
        rows += [[f"Y{i}", "2025-1-5", "李四", "自然人", "预算", "予以公开", "2025-1-20"], [None, None, None, None, "续"]]
        merges += [f"{c}{2 * i + 2}:{c}{2 * i + 3}" for c in "ABCD"]
    assert len(read(data(book(rows, merges))).requests) == 5


def test_merged_ranges_and_hidden_rows_from_the_sheet_xml() -> None:
    xml = (b"<worksheet><sheetData><x:row r='2' hidden='true'/><row r=\"3\" spans=\"1:3\"/><row r=\"9\" hidden=\"0\"/>"
           b"</sheetData><rowBreaks/><mergeCells count=\"3\"><mergeCell ref=\"B2:B3\"/><x:mergeCell ref='C4:A2'/>"
           b"<mergeCell ref=\"D5\"/></mergeCells></worksheet>")
    layout = xml_layout(xml)
    assert layout.merges == [Merge(2, 1, 3, 1), Merge(2, 0, 4, 2)]
    assert layout.hidden_rows == frozenset({2}) and layout.last_row == 9


LAYOUTS: dict[str, Callable[[], bytes]] = {
    "wrapped": wrapped, "outcome_over_two": outcome_over_two, "name_merged_only": name_merged_only,
    "disagreeing": disagreeing, "key_merged_over_two": key_merged_over_two, "no_keys": no_keys,
    "two_row_header": two_row_header, "totals_and_notes": totals_and_notes, "quarters": quarters,
    "hidden_rows": hidden_rows, "numbers_as_text": numbers_as_text,
}


@pytest.fixture(scope="module")
def as_xls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    folder = tmp_path_factory.mktemp("layouts-xls")
    sources = {name: make() for name, make in LAYOUTS.items()}
    for name, raw in sources.items():
        (folder / f"{name}.xlsx").write_bytes(raw)
    made = old_excel.to_xls([folder / f"{name}.xlsx" for name in sources], folder / "xls", folder / "work")
    return {name: (sources[name], path.read_bytes()) for name, path in zip(sources, made, strict=True)}


@pytest.mark.parametrize("name", LAYOUTS)
def test_the_same_registers_saved_as_xls_read_the_same(as_xls: dict[str, tuple[bytes, bytes]], name: str) -> None:
    xlsx, xls = as_xls[name]
    a, b = read(xlsx), read(xls)
    assert (b.requests, b.notes, b.personal) == (a.requests, a.notes, a.personal)
