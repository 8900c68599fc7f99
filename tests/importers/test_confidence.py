"""How sure a reading is, per table (core/importers/confidence.py), as ``check --json`` says it."""

from __future__ import annotations

import json
import subprocess
import sys

from core.importers.confidence import ABSENT, DOUBT, SURE, confidence
from core.importers.text import import_text
from core.validate import validate
from importers.files import FIXTURES, ROOT, fixture, table_text


def levels(report: object) -> dict[str, str]:
    return {t.table: t.level for t in confidence(report, validate(report))}  # type: ignore[arg-type]


def test_a_clean_reading_is_sure_everywhere() -> None:
    got, _ = import_text(table_text(fixture("samples/huaian-city-2024"), "tab"), "x.txt")
    assert set(levels(got).values()) == {SURE}


def test_a_page_cut_after_table_two_has_the_rest_absent() -> None:
    text = table_text(fixture("samples/huaian-city-2024"), "tab")
    got, _ = import_text(text[:text.index("三、收到和处理")], "x.txt")
    found = levels(got)
    assert found["requests"] == found["appeals"] == ABSENT
    assert {found[t] for t in found if t.startswith("art20")} == {SURE}


def test_a_table_whose_totals_fail_or_that_lost_cells_is_doubtful() -> None:
    report = fixture("samples/huaian-city-2024")
    report.missing["requests/3.2/natural"] = "原文中该格为空"
    report.cells["appeals/review/upheld"] = 99
    found = {t.table: t for t in confidence(report, validate(report))}
    assert found["requests"].level == DOUBT and "1 个单元格未能读取" in found["requests"].reasons
    assert found["appeals"].level == DOUBT and found["appeals"].reasons == ("1 处合计与各项不符",)
    assert found["art20_1"].level == SURE


def test_check_json_says_it_per_table() -> None:
    path = FIXTURES / "samples" / "hongze-district-2023.nianbao"
    proc = subprocess.run([sys.executable, "main.py", "check", "--json", str(path)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    tables = {t["table"]: t for t in json.loads(proc.stdout)["import"]["tables"]}
    assert tables["appeals"]["confidence"] == DOUBT and tables["appeals"]["read"] == tables["appeals"]["cells"] == 15
    assert tables["art20_1"]["confidence"] == SURE


def test_a_table_printed_but_read_in_no_cell_is_doubtful_not_absent() -> None:
    """平潭 2019 prints 表二第二十条第（五）项, its rows' digits run together (3960181): no cell
    could be read. The preview said 原文没有 of a table the clerk sees in the source."""
    from core.importers import import_file

    report, _ = import_file(str(ROOT / "tests" / "corpus" / "code-pingtan-2019.txt"))
    found = {t.table: t for t in confidence(report, validate(report))}
    five = found["art20_5"]
    assert five.read == 0 and five.level == DOUBT, five
    assert any("数字连在一起（3960181）" in r for r in five.reasons), five.reasons
    cut = table_text(fixture("samples/huaian-city-2024"), "tab")
    got, _ = import_text(cut[:cut.index("三、收到和处理")], "x.txt")
    assert levels(got)["requests"] == ABSENT  # a table the copy does not reach stays absent
