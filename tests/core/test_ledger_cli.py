"""``main.py ledger`` end to end: a register imported, 表三 derived, exported, printed; ``check
--json`` then says what the ledger counted."""

from __future__ import annotations

import io
import json
from pathlib import Path

from openpyxl import load_workbook

from core import storage
from core.cli import main
from core.ledger.commands import ReplaceLedger
from core.ledger.model import Request
from core.ledger.xlsx_io import export_xlsx
from core.registry import get_form
from core.report import blank_report
from core.session import Session


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def _register(tmp: Path, n: int = 300) -> Path:
    report = blank_report(get_form("2021"), 2025, "某某镇人民政府")
    kinds = ["natural", "commercial", "legal", "nonprofit"]
    outcomes = ["3.1", "3.2", "3.3.4", "3.4.1", "3.5.2", "3.6.1", ""]
    rows = tuple(Request(f"{i + 1}", f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "网络", kinds[i % 4],
                         name=f"申请人{i}", contact="13900000000", subject="征收补偿",
                         outcome=outcomes[i % 7], answered=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 7 != 6 else "")
                 for i in range(n))
    Session(report).execute(ReplaceLedger(rows))
    path = tmp / "台账.xlsx"
    path.write_bytes(export_xlsx(report.ledger, report.form, report.organ, 2025, include_personal=True))
    return path


def test_import_derive_check_export_print(tmp_path: Path) -> None:
    project = tmp_path / "2025.nianbao"
    assert _run("new", "--year", "2025", "--organ", "某某镇人民政府", str(project))[0] == 0
    code, out, err = _run("ledger", str(project), "--import", str(_register(tmp_path)), "--derive", "on")
    assert code == 0, err
    assert "导入 300 条" in out
    report = storage.load(project)
    assert report.ledger.derive and len(report.ledger.requests) == 300
    code, out, _ = _run("check", str(project), "--json")
    record = json.loads(out.splitlines()[0])
    assert record["ledger"] == {"requests": 300, "derive": True, "not_counted": 0, "open": 42}
    cells = record["cells"]
    assert cells["requests/1/total"] == 300 and cells["requests/4/total"] == 42
    for c in ("natural", "commercial", "research", "nonprofit", "legal", "other", "total"):
        assert cells[f"requests/1/{c}"] + cells[f"requests/2/{c}"] == cells[f"requests/3.7/{c}"] + cells[f"requests/4/{c}"]
    assert not any(f["rule"].startswith("R") and f["severity"] == "error" and "requests" in " ".join(f["cells"])
                   for f in record["findings"])
    assert "申请人1" not in out
    book, pdf = tmp_path / "导出.xlsx", tmp_path / "台账.pdf"
    assert _run("ledger", str(project), "--export", str(book), "--print", str(pdf))[0] == 0
    texts = [str(v) for row in load_workbook(book).active.iter_rows(values_only=True) for v in row if v]
    assert len([t for t in texts if t == "征收补偿"]) == 300 and not any("申请人1" in t for t in texts)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_bad_register_is_a_message(tmp_path: Path) -> None:
    project = tmp_path / "2025.nianbao"
    _run("new", "--year", "2025", "--organ", "某镇", str(project))
    bad = tmp_path / "台账.xlsx"
    bad.write_bytes(b"not a workbook")
    before = project.read_bytes()
    code, out, err = _run("ledger", str(project), "--import", str(bad))
    assert code == 2 and err.strip() and "Traceback" not in err and project.read_bytes() == before


def test_the_listing_says_when_a_consultation_stops_the_clock(tmp_path: Path) -> None:
    """An open request waiting for a consulted party's opinion is listed with the pause that keeps it
    from being overdue, as the editor's deadline column shows it; one counted plainly is listed as before."""
    report = blank_report(get_form("2021"), 2025, "某某镇人民政府")
    rows = (Request("1", "2025-01-06", "网络", "natural", subject="征收补偿", consult_start="2025-01-08"),
            Request("2", "2025-01-06", "网络", "natural", subject="征收补偿"))
    Session(report).execute(ReplaceLedger(rows))
    project = tmp_path / "2025.nianbao"
    storage.save(report, project)
    code, out, _ = _run("ledger", str(project))
    assert code == 0
    first, second = (line for line in out.splitlines() if "未办结" in line)
    assert first.startswith("  第1条 1（2025-01-06 收）未办结：剩余 ") and "正在征求意见" in first
    assert second.startswith("  第2条 2（2025-01-06 收）未办结：已逾期 ") and "（" not in second.split("：", 1)[1]
