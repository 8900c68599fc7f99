"""Excel 97–2003 workbooks (.xls): read as the .xlsx they were saved from, from real files that
LibreOffice's own ``MS Excel 97`` filter writes at run time (``scripts/old_excel.py``): our export
(its hidden 数据 sheet), the official tables as a county lays them out (merged header cells),
a register's values, and damaged, encrypted and other old Office files, each refused in Chinese."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import struct
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from core import xls_book
from core.exporters import render
from core.importers import ImportError_, import_bytes
from core.importers import xls as xls_reader
from core.importers.model import ImportLog
from core.report import Report
from importers.files import differences, fixture, official_xlsx
from importers.test_hidden_sheets import with_last_year
from scripts import old_excel
from scripts.libreoffice import soffice

REPORTS = ("samples/huaian-city-2024", "seeds/000_93aa9cedd0ce63ce")  # the 2021 and the 2019 format
CJK = re.compile(r"[\u4e00-\u9fff]")
PASSWORD = "nianbao"


def values_workbook() -> bytes:
    """What a clerk types: a merged heading, text with spaces, whole and decimal numbers, a date, a
    time, a truth value, a formula that fails and one that copies text, a gap, a second sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "登记"
    ws["A1"] = "收到申请情况"
    ws.merge_cells("A1:C1")
    ws.append(["  申请人 ", 5, 5.5, dt.datetime(2025, 1, 5), dt.time(12, 30), True, "=1/0", None, "=A2"])
    ws.append([])
    ws.append([dt.date(2025, 3, 1), 45000, "第一行\n第二行", -3, "12"])
    ws["A4"].number_format = "yyyy-mm-dd"
    wb.create_sheet("第二页")["B2"] = "另一页"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    """name → (the .xlsx, LibreOffice's .xls of it); two LibreOffice runs for the module."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    folder = tmp_path_factory.mktemp("report-xls")
    sources: dict[str, bytes] = {"values": values_workbook()}
    for i, name in enumerate(REPORTS):
        report = fixture(name)
        sources[f"export{i}"] = render(report, "xlsx")
        sources[f"county{i}"] = official_xlsx(report)
    sources["merged"] = merged_values_workbook()
    sources["hidden"] = with_last_year("hidden")[1]
    return old_excel.xls_pairs(sources, folder, "county0", PASSWORD)


def merged_values_workbook() -> bytes:
    """The 2021 report's official tables with 二、上年结转's 34 merged over 自然人 and 商业企业, and
    规章's 0 under 本年废止件数 merged down over 行政规范性文件's row."""
    wb = openpyxl.load_workbook(io.BytesIO(official_xlsx(fixture(REPORTS[0]))))
    ws = wb.active
    assert ws is not None
    row = next(c.row for r in ws.iter_rows() for c in r if c.value == "二、上年结转政府信息公开申请数量")
    ws.merge_cells(f"D{row}:E{row}")
    ws.merge_cells("C5:C6")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_hidden_sheet_is_not_read_as_in_the_xlsx(made: dict[str, tuple[bytes, bytes]]) -> None:
    """Last year's tables on a hidden sheet before this year's (``test_hidden_sheets``): xlrd's
    sheet visibility leaves it unread, as openpyxl's does in the .xlsx."""
    want = fixture(REPORTS[0])
    got, log = import_bytes(made["hidden"][1], "county.xls")
    assert got.year == want.year and differences(got, dict(want.cells)) == []
    assert any("“2023年”" in n and "隐藏" in n for n in log.notes), log.notes
    same_reading(import_bytes(made["hidden"][0], "county.xlsx"), (got, log))


def refused(data: bytes, name: str = "旧表.xls", read: Callable[..., object] = import_bytes) -> str:
    start = time.monotonic()
    with pytest.raises(ImportError_) as info:
        read(data, name)
    assert time.monotonic() - start < 5
    message = str(info.value)
    assert CJK.search(message) and "Traceback" not in message and f"“{name}”" in message
    return message


def same_reading(a: tuple[Report, ImportLog], b: tuple[Report, ImportLog]) -> None:
    assert a[0].cells == b[0].cells and a[0].missing == b[0].missing
    assert (a[0].format, a[0].year, a[0].organ) == (b[0].format, b[0].year, b[0].organ)
    assert a[1].read == b[1].read


@pytest.mark.parametrize("i", range(len(REPORTS)))
def test_our_export_saved_as_xls_reads_its_data_sheet(made: dict[str, tuple[bytes, bytes]], i: int) -> None:
    report = fixture(REPORTS[i])
    xlsx, xls = made[f"export{i}"]
    got = import_bytes(xls, "年报.xls")
    assert got[1].kind == "xls" and any("数据" in n for n in got[1].notes)
    same_reading(got, import_bytes(xlsx, "年报.xlsx"))
    assert differences(got[0], dict(report.cells)) == [] and not got[0].missing


@pytest.mark.parametrize("i", range(len(REPORTS)))
def test_official_tables_with_merged_headers_read_as_the_xlsx(made: dict[str, tuple[bytes, bytes]], i: int) -> None:
    """The grid reading (no 数据 sheet): the same cells, blanks and misses as the .xlsx it came from."""
    report = fixture(REPORTS[i])
    xlsx, xls = made[f"county{i}"]
    got = import_bytes(xls, "汇总表.xls")
    assert got[1].kind == "xls"
    assert not any("数据" in n for n in got[1].notes)
    same_reading(got, import_bytes(xlsx, "汇总表.xlsx"))
    assert differences(got[0], dict(report.cells)) == []


def test_numbers_merged_over_columns_or_rows_read_as_the_xlsx(made: dict[str, tuple[bytes, bytes]]) -> None:
    """The sheet's MERGEDCELLS records read as the .xlsx's ``mergeCell``: a number merged over two
    columns or two rows is read in none of them (before, in the first, the others blank)."""
    xlsx, xls = made["merged"]
    got = import_bytes(xls, "汇总表.xls")
    same_reading(got, import_bytes(xlsx, "汇总表.xlsx"))
    unread = {"requests/2/natural", "requests/2/commercial", "art20_1/rules/repealed", "art20_1/normative/repealed"}
    assert unread <= set(got[0].missing)
    assert [d for d in differences(got[0], dict(fixture(REPORTS[0]).cells)) if d[0] not in unread] == []


def test_cells_come_out_as_openpyxl_gives_them(made: dict[str, tuple[bytes, bytes]]) -> None:
    with xls_book.open_book(made["values"][1]) as wb:
        assert wb.sheetnames == ["登记", "第二页"] and [ws.title for ws in wb.worksheets] == wb.sheetnames
        rows = list(wb["登记"].iter_rows(values_only=True))
        assert rows == [
            ("收到申请情况", None, None, None, None, None, None, None, None),   # merged: the top-left only
            ("  申请人 ", 5, 5.5, dt.datetime(2025, 1, 5), dt.time(12, 30), True, "#DIV/0!", None, "  申请人 "),
            (None,) * 9,
            (dt.datetime(2025, 3, 1), 45000, "第一行\n第二行", -3, "12", None, None, None, None),
        ]
        assert isinstance(rows[1][1], int) and isinstance(rows[3][1], int)
        assert list(wb["登记"].iter_rows(min_row=2, max_row=2, max_col=3, values_only=True)) == [("  申请人 ", 5, 5.5)]
        assert list(wb["第二页"].iter_rows(max_col=3, values_only=True)) == [(None, None, None), (None, "另一页", None)]
        assert list(wb["登记"].iter_rows(max_row=1, values_only=True)) == rows[:1]  # read again after being dropped
        with pytest.raises(KeyError):
            wb["数据"]
    got = openpyxl.load_workbook(io.BytesIO(made["values"][0]), read_only=True, data_only=True)
    typed = list(got["登记"].iter_rows(values_only=True))   # the .xlsx: its formulas were never calculated
    assert [r[:6] for r in typed] == [r[:6] for r in rows]


def test_encrypted_workbook(made: dict[str, tuple[bytes, bytes]]) -> None:
    assert "密码" in refused(made["locked"][1])
    assert "密码" in refused(made["locked"][1], read=xls_reader.import_bytes)


def _ole_without_workbook(xls: bytes) -> bytes:
    name = "Workbook".encode("utf-16-le") + b"\0\0"
    assert xls.count(name) == 1  # the directory entry's name
    return xls.replace(name, "Xorkbook".encode("utf-16-le") + b"\0\0")


def test_old_office_file_that_is_not_a_workbook(made: dict[str, tuple[bytes, bytes]]) -> None:
    other = _ole_without_workbook(made["county0"][1])
    assert "既不是" in refused(other)
    assert "不是 Excel 工作簿" in refused(other, read=xls_reader.import_bytes)


@pytest.mark.parametrize("name", ["county0", "export0"])
def test_truncated_file(made: dict[str, tuple[bytes, bytes]], name: str) -> None:
    """Cut where the workbook's records are (a few hundred bytes off the end may cost nothing)."""
    xls = made[name][1]
    for cut in (2000, len(xls) // 2, len(xls) * 3 // 4):
        refused(xls[:cut])
        assert xls_book.DAMAGED in refused(xls[:cut], read=xls_reader.import_bytes)


def _records(stream: bytes) -> list[tuple[int, int, int]]:
    """(offset, code, length) of every record, as far as they chain."""
    out, pos = [], 0
    while pos + 4 <= len(stream):
        code, length = struct.unpack_from("<HH", stream, pos)
        out.append((pos, code, length))
        pos += 4 + length
    return out


def _with_stream(tmp_path: Path, xls: bytes, change: Callable[[bytearray], None]) -> bytes:
    """The file with its Workbook stream changed in place (same size), the compound file intact."""
    import olefile

    path = tmp_path / "changed.xls"
    path.write_bytes(xls)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        change(stream)
        ole.write_stream("Workbook", bytes(stream))
    return path.read_bytes()


def _second_sheet_at_first(stream: bytearray) -> None:
    sheets = [pos for pos, code, _ in _records(bytes(stream)) if code == 0x0085]
    first = struct.unpack_from("<I", stream, sheets[0] + 4)[0]
    struct.pack_into("<I", stream, sheets[1] + 4, first)


def _sheet_runs_into_the_next(stream: bytearray) -> None:
    """The first sheet's end and the second's start made records xlrd skips: the first sheet's
    reading runs on through the second."""
    records = _records(bytes(stream))
    sheets = sorted(struct.unpack_from("<I", stream, pos + 4)[0] for pos, code, _ in records if code == 0x0085)
    eof = max(pos for pos, code, _ in records if sheets[0] < pos < sheets[1] and code == 0x000A)
    for pos in (eof, sheets[1]):
        struct.pack_into("<H", stream, pos, 0x0123)


def _garbage(stream: bytearray) -> None:
    rng = random.Random(17)
    for _ in range(400):
        stream[rng.randrange(len(stream))] = rng.randrange(256)


@pytest.mark.parametrize(("change", "must_refuse"), [
    (lambda s: s.__setitem__(slice(0, 4), b"\0\0\0\0"), True),
    (_second_sheet_at_first, True),
    (lambda s: s.__setitem__(slice(len(s) // 2, len(s)), bytes(len(s) - len(s) // 2)), False),
    (_garbage, False),
], ids=["no-bof", "two-sheets-one-place", "zeroed-half", "garbage"])
def test_damaged_stream_inside_a_sound_compound_file(made: dict[str, tuple[bytes, bytes]], tmp_path: Path,
                                                     change: Callable[[bytearray], None], must_refuse: bool) -> None:
    """A report (with what could not be read marked) or a Chinese refusal; never another exception."""
    data = _with_stream(tmp_path, made["export0"][1], change)
    if must_refuse:
        assert xls_book.DAMAGED in refused(data)
        return
    try:
        import_bytes(data, "旧表.xls")
    except ImportError_ as e:
        assert CJK.search(str(e))


def test_a_sheet_running_into_the_next_is_refused(made: dict[str, tuple[bytes, bytes]], tmp_path: Path) -> None:
    """Reading it would mean parsing the next sheet's bytes again (a crafted file could have every
    sheet run on to the end): refused as soon as it is parsed, even when no later sheet is read."""
    data = _with_stream(tmp_path, made["export0"][1], _sheet_runs_into_the_next)
    with xls_book.open_book(data) as wb:
        with pytest.raises(xls_book.XlsError, match="损坏"):
            next(wb.worksheets[0].iter_rows(values_only=True))
        assert next(wb.worksheets[2].iter_rows(values_only=True))  # the sheets after it are sound


@pytest.mark.parametrize(("limit", "value", "words"), [
    ("MAX_STREAM", 4096, "MB"), ("MAX_STRINGS", 10, "种"), ("MAX_GLOBAL_RECORDS", 50, "记录")])
def test_limits_are_checked_before_xlrd_parses(made: dict[str, tuple[bytes, bytes]], monkeypatch: pytest.MonkeyPatch,
                                               limit: str, value: int, words: str) -> None:
    """xlrd cannot be stopped midway: a workbook over a limit is refused before it parses anything."""
    monkeypatch.setattr(xls_book, limit, value)
    assert words in refused(made["county0"][1])
