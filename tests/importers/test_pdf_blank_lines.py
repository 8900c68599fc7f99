"""A typed text printed to PDF: its blank lines (a copy of one cell per line parts its empty cells
with them) come back from the space they left, where the page is typed text and the count is sure
(``core.importers.blank_lines``); nowhere else."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.importers import import_bytes, import_file
from core.importers.blank_lines import agreed, blank_counts, with_blank_lines
from core.importers.layout import Line, Token
from core.importers.model import ImportLog
from core.registry import get_form
from core.report import Report

HEIGHT = 842.0
OFFSET = 100000.0
MARGIN = 59.66
CHINESE, BLANK, GLYPH = 14.35, 11.65, 9.3
"""As LibreOffice prints a text with the shipped fonts: a line of Chinese, a blank (or Latin) line,
a Chinese letter's box."""


def blank_lines(lines: list[Line], heights: list[float], offset: float) -> list[Line]:
    """The one reading of ``lines`` (a document whose every page foot is sure)."""
    (counts,) = blank_counts(lines, heights, offset)
    return with_blank_lines(lines, counts)


def _line(text: str, top: float, page: int = 0, right: float = 200.0) -> Line:
    y = page * OFFSET + top
    return Line([Token(text, 90.0, right, y, y + GLYPH)], positional=True, page=page)


def _page(rows: list[tuple[str, int]], page: int = 0) -> list[Line]:
    """Lines of ``(text, blank lines before it)``, the first two a paragraph the page wrapped."""
    out, top = [], MARGIN
    prev: Line | None = None
    for text, blanks in rows:
        if prev is not None:
            top += (BLANK if prev.text.isascii() else CHINESE) + blanks * BLANK
        prev = _line(text, top, page, 500.0 if text.startswith("二〇") else 200.0)
        out.append(prev)
    return out


ROWS = [("二〇二四年本镇认真贯彻落实条例的要求，做好政府信息公开工作", 0), ("各项工作有序开展。", 0),
        ("一、本年新收政府信息公开申请数量", 1), ("12", 1), ("12", 6), ("二、上年结转政府信息公开申请数量", 1)]


def _blanks(lines: list[Line]) -> list[int]:
    """How many blank lines stand before each printed one."""
    out, run = [], 0
    for line in lines:
        if not line.positional and not line.text:
            run += 1
            continue
        out.append(run)
        run = 0
    return out


def test_blank_lines_come_back_from_the_space_they_left() -> None:
    lines = _page(ROWS)
    assert _blanks(blank_lines(lines, [HEIGHT], OFFSET)) == [b for _, b in ROWS]
    assert _blanks(lines) == [0] * len(ROWS)          # (the page's own lines are left as they were)


def test_a_page_drawing_lines_is_left_as_it_was() -> None:
    """A word processor's page (a ruled table) is no typed text."""
    lines = _page(ROWS)
    lines[3].rules = ((400.0, 90.0, 500.0),)
    assert blank_lines(lines, [HEIGHT], OFFSET) == lines


def test_letters_of_other_sizes_are_left_as_they_were() -> None:
    """A heading twice the body's size: a report made in WPS or Word, its spacing no blank lines."""
    lines = _page(ROWS)
    t = lines[2].tokens[0]
    lines[2].tokens = [Token(t.text, t.x0, t.x1, t.top - 2 * GLYPH, t.bottom)]
    assert blank_lines(lines, [HEIGHT], OFFSET) == lines


def test_a_space_of_no_whole_number_of_blank_lines_leaves_the_document_as_it_was() -> None:
    """Spacing before a paragraph (half a line): no blank line, and the page is not typed text."""
    lines = _page(ROWS)
    for line in lines[4:]:
        line.tokens = [Token(t.text, t.x0, t.x1, t.top + BLANK / 2, t.bottom + BLANK / 2) for t in line.tokens]
    assert blank_lines(lines, [HEIGHT], OFFSET) == lines


def test_no_wrapped_paragraph_says_nothing_of_a_line_s_height() -> None:
    lines = [line for line in _page(ROWS) if not line.text.startswith("各项")]
    assert blank_lines(lines, [HEIGHT], OFFSET) == lines


def _pages(n: int, foot_room: float, opens: int) -> tuple[list[Line], float]:
    """``n`` pages (and their height) whose last line leaves ``foot_room`` blank lines of room above
    the lower margin (as high as the upper one), each after the first opening after ``opens``
    blank lines."""
    lines = []
    for p in range(n):
        page = _page(ROWS[:4], page=p)
        page.append(_line("行政许可", page[-1].tokens[0].top - p * OFFSET + 2 * BLANK, page=p))
        shift = opens * BLANK if p else 0.0
        for line in page:
            line.tokens = [Token(t.text, t.x0, t.x1, t.top + shift, t.bottom + shift) for t in line.tokens]
        lines += page
    last = lines[len(lines) // n - 1].tokens[0].top
    return lines, last + CHINESE + foot_room * BLANK + MARGIN - 1.2 * (CHINESE - GLYPH)


def test_a_full_page_foot_holds_the_blank_lines_that_fit_there() -> None:
    """The next page opens with two blank lines: the foot was full, three more stand there."""
    lines, height = _pages(2, 3.5, 2)
    assert _blanks(blank_lines(lines, [height, height], OFFSET))[5] == 5


def test_a_foot_one_blank_line_more_or_fewer_could_fill_is_read_both_ways() -> None:
    """Three blank lines and a hair of room: two or three stood there, as the margin is measured;
    or a line of Chinese opening the next page after two blanks, or one and no room for it."""
    for room, opens, feet in ((3.05, 2, [2, 3]), (2.1, 0, [1, 2])):
        lines, height = _pages(2, room, opens)
        readings = blank_counts(lines, [height, height], OFFSET)
        assert [_blanks(with_blank_lines(lines, counts))[5] for counts in readings] == [opens + f for f in feet]


def test_more_feet_unsure_than_readings_put_no_blank_line_back() -> None:
    """Four page feet each of two counts: sixteen readings, more than are built; none is put back
    (three such feet are read eight ways)."""
    lines, height = _pages(4, 3.05, 2)
    assert len(blank_counts(lines, [height] * 4, OFFSET)) == 8
    lines, height = _pages(5, 3.05, 2)
    assert blank_counts(lines, [height] * 5, OFFSET) == [{}]


def _report(cells: dict[str, object], missing: tuple[str, ...] = (), organ: str = "某某镇人民政府") -> tuple[Report, ImportLog]:
    report = Report(form=get_form("2021"), year=2024, organ=organ)
    report.cells.update(cells)      # type: ignore[arg-type]
    report.missing.update({a: "未找到" for a in missing})
    return report, ImportLog(source="x.pdf", read={a: str(v) for a, v in cells.items() if a not in missing})


def test_of_the_readings_the_one_reading_most_is_kept_and_what_another_reads_otherwise_is_not() -> None:
    """A foot one blank line off leaves a row a cell short, unread: the reading reading it is the copy's.
    A cell two readings read differently is neither's."""
    fewer = _report({"requests/1/natural": None, "requests/1/total": None, "requests/3.1/natural": 4},
                    missing=("requests/1/natural", "requests/1/total"))
    most = _report({"requests/1/natural": 12, "requests/1/total": 7, "requests/3.1/natural": 5})
    report, log = agreed([fewer, most]) or (None, None)
    assert report is not None and log is most[1] and set(report.cells) == set(most[0].cells)
    assert most[0].cells["requests/3.1/natural"] == 5      # built anew, not written into (one door in)
    assert report.cells["requests/1/natural"] == 12 and report.cells["requests/1/total"] == 7
    assert report.cells["requests/3.1/natural"] is None and "requests/3.1/natural" in report.missing
    assert "requests/3.1/natural" in log.missing and "requests/3.1/natural" not in log.read


def test_readings_naming_another_organ_are_not_merged() -> None:
    assert agreed([_report({}), _report({}, organ="某某县人民政府")]) is None


ONE_CELL_A_LINE = "\n".join([
    "某某镇2024年政府信息公开工作年度报告", "", "一、总体情况", "",
    "2024年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，围绕全镇中心工作，加强政府信息公开平台建设，"
    "及时准确公开各类政府信息，切实保障人民群众的知情权、参与权、表达权和监督权，全年政府信息公开工作有序开展。", "",
    "三、收到和处理政府信息公开申请情况", "", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "",
    *[x for cell in ("申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益组织",
                     "法律服务机构", "其他") for x in (cell, "")],
    "一、本年新收政府信息公开申请数量", "", "12", "", "", "", "", "", "", "7", "",
    "二、上年结转政府信息公开申请数量", "", "", "", "", "", "", "", "", "",
    "三、本年度办理结果", "", "(一)予以公开", "", "4", "", "", "", "", "", "", "",
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", ""])
"""A copy of one cell per line (大营镇 2023's kind): a blank line parts two cells, and each empty cell
is one blank line more — 一、本年新收 has 自然人 12 and 总计 7, 二、上年结转 none."""


def test_a_copy_of_one_cell_per_line_printed_by_libreoffice_reads_as_its_text(tmp_path: Path) -> None:
    """Read without its blank lines, the PDF placed none of these rows' numbers (each row printed
    fewer numbers than its columns, no telling where)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from scripts.libreoffice import convert, soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    text, _ = import_bytes(ONE_CELL_A_LINE.encode("utf-8"), "copy.txt")
    rows = [a for a in text.cells if a.split("/")[0] == "requests" and a.split("/")[1] in ("1", "2", "3.1")]
    assert (text.cells["requests/1/natural"], text.cells["requests/1/total"], text.cells["requests/3.1/natural"]) == (12, 7, 4)
    src = tmp_path / "copy.txt"
    src.write_text(ONE_CELL_A_LINE, encoding="utf-8")
    printed, _ = import_file(convert(src, "pdf", tmp_path / "out", tmp_path / "lo"))
    assert {a: printed.cells.get(a) for a in rows} == {a: text.cells[a] for a in rows}
    assert [a for a in rows if a in printed.missing] == [a for a in rows if a in text.missing]


def _gapped(blank: str) -> str:
    """A table of one cell per line whose cells are parted by three blank lines and whose empty cells
    are two more each — a browser's copy of paragraph cells ("", a tab line, "") with its tab lines
    printed blank: no one count parts most cells."""
    header = ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    rows = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "1.属于国家秘密"]
    gap = "\n" + blank * 3
    body = gap.join(header) + "\n" + blank * 4
    for label in rows:
        body += label + "\n" + (blank * 4 if label.endswith("结果") or label.endswith("不予公开") else
                                blank * 3 + "26" + gap + blank * 10 + "26\n" + blank * 4)
    return "\n".join(["某某镇人民政府2024年政府信息公开工作年度报告", "", "三、收到和处理政府信息公开申请情况", ""]) + "\n" + body


def test_blank_lines_no_one_count_parts_count_no_empty_cell() -> None:
    """The row's blank lines after its last number are no empty cells where no count of blank lines
    parts the cells: 26, ten blank lines more than usual, 26, then four — read left to right with the
    closing blank lines as its empty cells, it put the total's 26 under 商业企业."""
    report, _ = import_bytes(_gapped("\n").encode("utf-8"), "copy.txt")
    rows = [a for a in report.cells if a.split("/")[0] == "requests" and a.split("/")[1] in ("1", "2", "3.1", "3.2")]
    assert rows and all(a in report.missing or report.cells[a] is None for a in rows)
    assert not any(report.cells.get(a) == 26 for a in rows if not a.endswith("/total") and not a.endswith("/natural"))


def test_such_a_copy_printed_by_libreoffice_reads_no_cell_its_text_does_not(tmp_path: Path) -> None:
    """Printed, the copy's blank lines come back as they stood (one page, every count sure), and
    its rows stay unread as in the text: a printed copy reads no cell its text leaves unread."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from scripts.libreoffice import convert, soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path / "copy.txt"
    src.write_text(_gapped("\n"), encoding="utf-8")
    text, _ = import_file(src)
    printed, _ = import_file(convert(src, "pdf", tmp_path / "out", tmp_path / "lo"))
    rows = [a for a in text.cells if a.split("/")[0] == "requests" and a.split("/")[1] in ("1", "2", "3.1", "3.2")]
    assert all(a in text.missing for a in rows)
    assert all(a in printed.missing or printed.cells[a] == text.cells[a] for a in printed.cells)
