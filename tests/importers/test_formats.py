"""Every importable kind reads the same report: our own docx/PDF/xlsx exports, the blank official
Word template filled in, an official-layout Excel sheet, web text (tab, pipe, spaces, one cell
per line), a saved web page, a partial copy, and the project file itself."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core.exporters import render
from core.importers import import_bytes, import_file
from core.importers.match import read_value, similarity
from core.values import NA
from importers.files import (
    FIXTURES,
    ROOT,
    SHARED,
    TEMPLATE,
    differences,
    filled_template,
    fixture,
    html_text,
    official_xlsx,
    table_text,
)

NAMES = sorted(f"{p.parent.name}/{p.stem}" for p in FIXTURES.glob("*/*.nianbao"))


@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx"])
@pytest.mark.parametrize("name", NAMES)
def test_our_export_imports_back(name: str, fmt: str) -> None:
    report = fixture(name)
    got, log = import_bytes(render(report, fmt), f"x.{fmt}")
    assert differences(got, dict(report.cells)) == []
    assert (got.format, got.year) == (report.format, report.year)
    assert got.organ == report.organ
    assert not got.missing


@pytest.mark.parametrize("style", ["tab", "pipe"])
@pytest.mark.parametrize("name", NAMES)
def test_web_text_separated(name: str, style: str) -> None:
    report = fixture(name)
    got, _ = import_bytes(table_text(report, style).encode("utf-8"), "page.txt")
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("style", ["space", "lines"])
@pytest.mark.parametrize("name", ["samples/hongze-district-2023", "samples/huaian-city-2024", "seeds/000_93aa9cedd0ce63ce"])
def test_web_text_without_blank_cells(name: str, style: str) -> None:
    report = fixture(name)
    got, _ = import_bytes(table_text(report, style).encode("gb18030"), "page.txt")
    assert differences(got, dict(report.cells)) == []


def test_lost_blank_cells_are_missing_not_guessed() -> None:
    """One cell per line drops printed blanks: 表四 with 10 of 15 numbers cannot be placed, nor 表三's
    rows printing six 0 where the table's other rows print seven (总计 printed blank: which of the
    seven the copy lost is not printed; they were read from the left, 总计 blank, right by luck).
    Whatever is read is read right."""
    report = fixture("seeds/002_623967a19d51db49")
    got, log = import_bytes(table_text(report, "lines").encode(), "page.txt")
    appeals = [a for a in report.cells if a.startswith("appeals/")]
    assert all(a in got.missing and got.cells[a] is None for a in appeals)
    assert any("无法确定" in n for n in log.notes)
    assert all(f"requests/3.3.6/{c}" in got.missing for c in ("natural", "total"))
    assert not [d for d in differences(got, dict(report.cells)) if not d[0].startswith("appeals/") and d[0] not in got.missing]


@pytest.mark.parametrize("name", NAMES)
def test_html_page(name: str) -> None:
    report = fixture(name)
    got, log = import_bytes(html_text(report).encode("utf-8"), "page.html")
    assert log.kind == "html"
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("name", NAMES)
def test_official_layout_xlsx(name: str) -> None:
    report = fixture(name)
    got, log = import_bytes(official_xlsx(report), "county.xlsx")
    assert log.kind == "xlsx"
    assert differences(got, dict(report.cells)) == []


@pytest.mark.skipif(not TEMPLATE.is_file(), reason="../shared not present")
def test_official_word_template_with_merged_cells() -> None:
    report = fixture("samples/huaian-city-2024")
    got, log = import_bytes(filled_template(report), "filled.docx")
    assert log.kind == "docx"
    assert differences(got, dict(report.cells)) == []


def test_partial_copy_up_to_table_three() -> None:
    report = fixture("samples/hongze-district-2023")
    text = table_text(report, "tab")
    cut = text[:text.index("四、政府信息公开行政复议")]
    got, _ = import_bytes(cut.encode(), "part.txt")
    from core.validate import validate

    appeals = {a for a in report.cells if a.startswith("appeals/")}
    assert appeals <= set(got.missing) and all(got.cells[a] is None for a in appeals)
    rules = {f.rule for f in validate(got)}
    assert "R4" not in rules and "R5b" not in rules and "N1" in rules  # not copied is not an error


def test_project_file_imports_as_is() -> None:
    path = FIXTURES / "samples" / "hongze-district-2024.nianbao"
    got, log = import_file(path)
    assert log.kind == "project" and got.cells == fixture("samples/hongze-district-2024").cells


def test_tolerant_labels_and_values() -> None:
    assert similarity("2.其他法律行政止公开", "2.其他法律行政法规禁止公开") > 0.75
    assert similarity("（二）部分公开(区分处理的, 只计这一情形, 不计其他情形)",
                      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）") == 1.0
    assert similarity("结 果 维 持", "结果维持") == 1.0
    assert similarity("5.属于三类内部", "5.属于三类内部事务信息") > similarity("事务信息", "5.属于三类内部事务信息")
    assert read_value("+1", "change") == (1, "")
    assert read_value("-18", "change") == (-18, "")
    assert read_value("减4", "change")[0] == -4
    value, note = read_value("251000元", "money", "万元")
    assert str(value) == "251000" and "单位" in note
    assert read_value("/", "count") == (NA, "")
    assert read_value("０", "count") == (0, "")


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
def test_cli_check_json_of_a_pdf() -> None:
    pdf = SHARED / "samples" / "hongze-district-2023.pdf"
    proc = subprocess.run([sys.executable, "main.py", "check", "--json", str(pdf)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 1, proc.stderr
    record = json.loads(proc.stdout)
    assert record["cells"]["appeals/review/upheld"] == 10
    assert record["origin"]["appeals/review/upheld"] == {"kind": "imported", "source": pdf.name}
    assert record["import"]["missing"] == []
    assert any("旧版单行" in n for n in record["import"]["notes"])
    assert {f["rule"] for f in record["findings"] if f["severity"] == "error"} == {"R4", "L1"}


def test_cli_convert_docx_to_project(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    src = folder / "last.docx"
    src.write_bytes(render(fixture("seeds/003_bd56896d5bf88536"), "docx"))
    dst = folder / "last.nianbao"
    proc = subprocess.run([sys.executable, "main.py", "convert", str(src), str(dst)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    from core import storage

    assert storage.load(dst).cells == fixture("seeds/003_bd56896d5bf88536").cells
    bad = folder / "not.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    proc = subprocess.run([sys.executable, "main.py", "check", str(bad)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 2 and "无法读取" in proc.stderr and "Traceback" not in proc.stderr
