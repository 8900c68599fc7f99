"""The editor and ``check --json`` show the same 表三 when it is derived from a 300-request
ledger (issue 19's first "done means"): one report file, two readers, every cell compared."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from core.cli import main
from core.ledger.commands import ReplaceLedger, SetLedgerMode
from core.ledger.model import Request
from core.registry import get_form
from core.report import blank_report
from core.session import Session
from core.sheet import format_cell
from gui.main_window import MainWindow
from tests.gui.helpers import cell_text, view


def _ledger_file(tmp: Path) -> Path:
    form = get_form("2021")
    spec = form.ledger
    assert spec is not None
    report = blank_report(form, 2025, "某某县自然资源局")
    outcomes = [*spec.outcomes, ""]
    rows = tuple(Request(f"依申请〔2025〕{i + 1}号", f"2025-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}", "网络",
                         spec.applicants[(i * 5) % len(spec.applicants)], name=f"申请人{i}",
                         outcome=outcomes[(i * 3) % len(outcomes)],
                         answered=f"2025-{1 + i % 12:02d}-28" if (i * 3) % len(outcomes) != len(outcomes) - 1 else "",
                         carried=i % 37 == 0)
                 for i in range(300))
    session = Session(report)
    session.execute(ReplaceLedger(rows))
    session.execute(SetLedgerMode(True))
    path = tmp / "ledger.nianbao"
    session.save(path)
    return path


def test_editor_and_check_json_agree_on_a_derived_table_three(window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    path = _ledger_file(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(path), "--json"], out, err) in (0, 1)
    record = json.loads(out.getvalue().splitlines()[0])
    assert record["ledger"]["requests"] == 300 and record["ledger"]["derive"] is True
    assert window.open_path(str(path))
    v = view(window, "requests")
    form = get_form("2021")
    compared = 0
    for address in form.table("requests").addresses(include_legacy=False):
        shown = cell_text(v, address)
        assert shown == format_cell(record["cells"][address], form.kind_of(address)), address
        compared += 1
    assert compared == 25 * 7 and record["cells"]["requests/1/total"] + record["cells"]["requests/2/total"] == 300
