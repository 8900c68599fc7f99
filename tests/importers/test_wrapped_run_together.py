"""A page whose text ran together (every row's label and its run of digits on one line, "…申请数量
3000003二、上年结转…0000000…"), printed to a PDF and taken out by pdftotext, or dumped by w3m from a
word processor's HTML: the one line is wrapped at the page's width, anywhere. Two causes gave wrong
cells in tables marked doubtful:

- the header's names run together on one wrapped line ("法人或其他组织总计商业企业科研机构社会公益
  组织…") were taken for the one column they were most like (社会公益组织), the rows' one number put
  under it (一's 4000004) and every other column entered blank;
- a wrapped line holding the labels of several rows and their runs ("一、本年新收…数量 3000003 二、上年
  结转…数量", then 0000000) was matched to the first row, which took the last row's figures (二's
  noughts read as 一's 3, 0, … 3).

The fixtures are the tools' real output for corpus entries (code-pingtan-*: their crawled text made a
PDF by LibreOffice, then pdftotext; pandoc's HTML of the .docx, dumped by w3m)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.importers.pasted import import_pasted
from core.importers.table_spec import names_several
from core.report import Report

HERE = Path(__file__).resolve().parents[1]
TEXTS = HERE / "fixtures" / "tool_texts"
COLS = ("natural", "commercial", "research", "nonprofit", "legal", "other", "total")


def _want(entry: str) -> dict[str, object]:
    cells: dict[str, object] = json.loads((HERE / "corpus" / f"{entry}.json").read_text(encoding="utf-8"))["cells"]
    return cells


def _wrong(report: Report, want: dict[str, object]) -> list[str]:
    """Cells read (not marked unread) with another value than the person read from the source; a
    row only the old form has (（六）其他处理) is not one of the report's cells when not read."""
    return [a for a, v in want.items() if a not in report.missing and report.cells.get(a) != v
            and not (a.startswith("requests/3.6/") and report.cells.get(a) is None)]


@pytest.mark.parametrize(("name", "entry"), [
    ("pdftotext-layout-pingtan-hzs-2022.txt", "code-pingtan-hzs-2022"),
    ("pdftotext-pingtan-suping-2025.txt", "code-pingtan-suping-2025"),
    ("pdftotext-pingtan-gwh-2025.txt", "codez-pingtan-gwh-2025"),
    ("w3m-dump-of-pandoc-html-pingtan-2021.txt", "code-pingtan-2021"),
])
def test_a_wrapped_run_together_page_reads_no_cell_wrong(name: str, entry: str) -> None:
    report, _ = import_pasted(None, (TEXTS / name).read_text(encoding="utf-8"))
    assert _wrong(report, _want(entry)) == []


def test_a_header_run_together_names_no_column_for_a_rows_one_number() -> None:
    """一's 4000004 (its seven cells' digits) under the header run together: not 社会公益组织's, and
    the other columns are not entered blank; the rows are left unread with the reason."""
    report, log = import_pasted(None, (TEXTS / "pdftotext-layout-pingtan-hzs-2022.txt").read_text(encoding="utf-8"))
    for row in ("2", "3.6.3"):
        assert all(f"requests/{row}/{c}" in report.missing for c in COLS), row
    assert not any("列的数值（表头未列此列，或此列各格空白），该列各格按空白录入" in n for n in log.notes), log.notes
    assert any("表头无法说明各是哪一列" in n for n in log.notes), log.notes


def test_a_line_naming_several_rows_gives_its_figures_to_the_last() -> None:
    """"…一、本年新收政府信息公开申请数量 3000003 二、上年结转政府信息公开申请数量" then 0000000: the
    noughts are 二's, read; 一's run stands inside the line, not read (it was read as 0 … 0)."""
    report, log = import_pasted(None, (TEXTS / "pdftotext-pingtan-suping-2025.txt").read_text(encoding="utf-8"))
    assert all(report.cells[f"requests/2/{c}"] == 0 and f"requests/2/{c}" not in report.missing for c in COLS)
    assert all(f"requests/1/{c}" in report.missing for c in COLS)
    assert any("一行含有几行的行名，其后的数值属于最后一个行名" in n for n in log.notes), log.notes


def test_a_rows_numbering_glued_to_the_runs_before_it_still_cuts_the_line() -> None:
    """"握相关政府信息 1200000122.没有现成信息需要另行制作 20000023.补正后申请内容仍不明确" then
    0000000: 2. and 3. follow the runs without a space; the noughts are 3.'s (they were read as 2.'s,
    whose 2 … 2 stand inside the line)."""
    report, _ = import_pasted(None, (TEXTS / "pdftotext-pingtan-gwh-2025.txt").read_text(encoding="utf-8"))
    assert all(report.cells[f"requests/3.4.3/{c}"] == 0 and f"requests/3.4.3/{c}" not in report.missing for c in COLS)
    assert all(f"requests/3.4.2/{c}" in report.missing for c in COLS)


@pytest.mark.parametrize(("text", "several"), [
    ("法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量", True),
    ("00000003.其他1000001（七）总计630020469四、结转下年度继续办理", True),
    ("社会公益组织", False),
    ("法人或其他组织", False),     # (其他 inside the group's name: one column at most, as before)
    ("总计", False),
])
def test_header_words_naming_several_columns(text: str, several: bool) -> None:
    cols = [["自然人"], ["商业企业"], ["科研机构"], ["社会公益组织"], ["法律服务机构"], ["其他"], ["总计"]]
    assert names_several(text, cols) is several
