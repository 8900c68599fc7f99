"""The request ledger from an Excel 97–2003 workbook (.xls): our export and a clerk's own register,
saved as .xls by LibreOffice's ``MS Excel 97`` filter at run time (``scripts/old_excel.py``), import
with the same requests (dates included) and notes as the .xlsx they came from; an encrypted,
damaged or non-Excel old Office file is refused in Chinese."""

from __future__ import annotations

import datetime as dt
import io
import random
import re

import openpyxl
import pytest

from core.ledger.labels import applicant_choices, outcome_choices
from core.ledger.model import CHANNELS, Ledger, Request
from core.ledger.xlsx_io import LedgerImport, LedgerImportError, export_xlsx, import_xlsx
from core.registry import get_form
from scripts import old_excel
from scripts.libreoffice import soffice

PASSWORD = "taizhang"
SUBJECTS = ("2024年度财政预算执行情况", "某某路拓宽工程征地补偿标准及依据", "=HYPERLINK(\"x\")",
            "第一项：会议纪要\n第二项：批复文件", "  执法案卷  ")


def requests(fmt: str, count: int) -> list[Request]:
    """``count`` varied requests: every applicant type and outcome, open ones, flags, long text."""
    form = get_form(fmt)
    rng = random.Random(count)
    applicants = [c for c, _ in applicant_choices(form)]
    outcomes = [r for r, _ in outcome_choices(form)]
    out = []
    for i in range(count):
        received = dt.date(2025, 1, 2) + dt.timedelta(days=rng.randrange(360))
        answered = received + dt.timedelta(days=rng.randrange(1, 40))
        done = i % 7 != 3
        out.append(Request(
            number=f"依申请〔2025〕{i + 1}号", received=received.isoformat() if i % 11 else "",
            channel=CHANNELS[i % len(CHANNELS)], applicant=applicants[i % len(applicants)],
            name=f"申请人{i}", contact=f"1390000{i:04d}", subject=SUBJECTS[i % len(SUBJECTS)].strip(),
            outcome=outcomes[i % len(outcomes)] if done else "", answered=answered.isoformat() if done else "",
            extended=i % 5 == 0, carried=i % 13 == 0, notes="补正一次" if i % 9 == 0 else ""))
    return out


def clerk_register() -> bytes:
    """A register typed by hand: a merged title, a merged group heading over 姓名 | 联系方式, dates
    as Excel dates, as text and as serial numbers in General cells, flags as √, a totals row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2025年台账"
    ws.append(["某某镇2025年依申请公开登记台账"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "收到日期", "申请人信息", None, "申请人类型", "申请内容", "办理结果", "答复日期", "是否延期"])
    ws.merge_cells("C2:D2")
    ws.append([None, None, "姓名", "联系方式", None, None, None, None, None])
    ws.append([1, dt.datetime(2025, 1, 6), "李四", "13800000000", "自然人", "征地补偿标准", "予以公开", "2025-1-20", None])
    ws.append([2, "2025年2月3日", "某某公司", "", "商业企业", "招标文件", "部分公开", 45715, "√"])
    ws.append([3, 45747.0, "赵六", "某路1号", "其他", "执法案卷", "本机关不掌握相关政府信息", dt.date(2025, 4, 18), "否"])
    ws.append([4, "2025.5.6", "钱七", None, "公民", "会议纪要", None, None, None])
    ws.append(["合计：4件"])
    ws["B4"].number_format = "yyyy-mm-dd"
    ws["H6"].number_format = "yyyy-mm-dd"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


SOURCES = {
    "export2021": lambda: export_xlsx(Ledger(requests("2021", 300)), get_form("2021"), "某某县人民政府办公室", 2025, True),
    "export2019": lambda: export_xlsx(Ledger(requests("2019", 40)), get_form("2019"), "某某镇人民政府", 2025),
    "clerk": clerk_register,
}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    """name → (the .xlsx, LibreOffice's .xls of it), and ``locked``: the 2019 export with a password."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    data = {name: make() for name, make in SOURCES.items()}
    return old_excel.xls_pairs(data, tmp_path_factory.mktemp("ledger-xls"), "export2019", PASSWORD)


def same(a: LedgerImport, b: LedgerImport) -> None:
    assert (a.requests, a.notes, a.personal) == (b.requests, b.notes, b.personal)


@pytest.mark.parametrize(("name", "fmt", "count", "personal"), [("export2021", "2021", 300, True),
                                                                ("export2019", "2019", 40, False)])
def test_our_export_saved_as_xls_imports_the_same_requests(made: dict[str, tuple[bytes, bytes]], name: str,
                                                           fmt: str, count: int, personal: bool) -> None:
    xlsx, xls = made[name]
    got = import_xlsx(xls, get_form(fmt))
    same(got, import_xlsx(xlsx, get_form(fmt)))
    want = requests(fmt, count)
    assert got.requests == (want if personal else [r.with_(name="", contact="") for r in want])
    assert got.notes == [] and got.personal == personal
    assert any(r.received == "" for r in got.requests) and any(r.answered == "" for r in got.requests)


def test_clerk_register_saved_as_xls(made: dict[str, tuple[bytes, bytes]]) -> None:
    xlsx, xls = made["clerk"]
    got = import_xlsx(xls, get_form("2021"))
    same(got, import_xlsx(xlsx, get_form("2021")))
    assert got.requests == [
        Request("1", "2025-01-06", "", "natural", "李四", "13800000000", "征地补偿标准", "3.1", "2025-01-20"),
        Request("2", "2025-02-03", "", "commercial", "某某公司", "", "招标文件", "3.2", "2025-02-27", True),
        Request("3", "2025-03-31", "", "other", "赵六", "某路1号", "执法案卷", "3.4.1", "2025-04-18", False),
        Request("4", "2025-05-06", "", "natural", "钱七", "", "会议纪要"),
    ]
    assert got.notes == ["没有“编号”列，以“序号”列作为编号"]


def _refused(data: bytes) -> str:
    with pytest.raises(LedgerImportError) as info:
        import_xlsx(data, get_form("2021"))
    message = str(info.value)
    assert re.search(r"[\u4e00-\u9fff]", message) and "Traceback" not in message
    return message


def test_encrypted_damaged_and_other_old_office_files_are_refused(made: dict[str, tuple[bytes, bytes]]) -> None:
    assert "密码" in _refused(made["locked"][1])
    xls = made["export2021"][1]
    for cut in (2000, len(xls) // 2, len(xls) * 3 // 4):
        assert "损坏" in _refused(xls[:cut])
    name = "Workbook".encode("utf-16-le") + b"\0\0"
    assert xls.count(name) == 1
    assert "不是 Excel 工作簿" in _refused(xls.replace(name, "Xorkbook".encode("utf-16-le") + b"\0\0"))
    assert ".xls" in _refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
