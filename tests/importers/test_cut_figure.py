"""A copy that stops on a figure which lacks the pipe closing every other figure of its table may
have stopped inside that figure (the 1 of 12): it is not read, and the clerk is told why.

Found by the sweep of provincial departments' and governments' reports (pagesan-*): a page's
excerpt ending "(一)予以公开 |\\n4 |\\n0 |\\n2 |\\n1" read the cut-off "1" as the cell's figure, as it
did the bare "1" that ends 山头街道 2020's excerpt (whose reader left that cell out as unknowable)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.importers import import_file
from core.importers.layout import CUT_FIGURE, Line, Token, without_cut_figure
from core.importers.printed_text import typed_rows
from core.importers.safety import Budget

_HEAD = ("某县统计局2021年政府信息公开工作年度报告\n"
         "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
         "一、总体情况\n本年度，我局依法做好政府信息公开工作。\n"
         "二、主动公开政府信息情况\n")
_ONE_PER_LINE = (_HEAD + "第二十条第（一）项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
                 "规章 |\n0 |\n0 |\n0 |\n行政规范性文件 |\n2 |\n0 |\n1{end}")
_PIPE_ROWS = (_HEAD + "第二十条第（一）项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
              "规章 | 0 | 0 | 0 |\n行政规范性文件 | 2 | 0 | 5 |\n第二十条第（五）项 | |||\n"
              "信息内容 | 本年处理决定数量 | ||\n行政许可 | 7 | ||\n第二十条第（六）项 | |||\n"
              "信息内容 | 本年处理决定数量 | ||\n行政处罚 | 2 | ||\n行政强制 | 1{end}")
_IN_FORCE = "art20_1/normative/in_force"
_ENFORCEMENT = "art20_6/enforcement/decisions"


def _imported(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return import_file(path)


def test_a_last_figure_without_its_closing_pipe_is_not_read(tmp_path: Path) -> None:
    for layout, cut in ((_ONE_PER_LINE, _IN_FORCE), (_PIPE_ROWS, _ENFORCEMENT)):
        for end in ("", "\n"):
            report, log = _imported(tmp_path, layout.format(end=end))
            assert report.cells["art20_1/normative/issued"] == 2
            assert report.cells["art20_1/normative/repealed"] == 0
            assert report.cells.get(cut) is None and cut in report.missing, (layout, end)
            assert any("“1”" in n and "可能在这个数中间截断" in n for n in log.notes), log.notes


def test_a_last_figure_known_whole_is_read(tmp_path: Path) -> None:
    """Its closing pipe printed, a space after it (the copy went on past it), a 0 (no count goes on
    from a 0), or a layout closing no figure by a pipe: the figure is whole, or nothing says otherwise."""
    texts = [(_ONE_PER_LINE.format(end=" |"), _IN_FORCE), (_PIPE_ROWS.format(end=" |\n"), _ENFORCEMENT),
             (_PIPE_ROWS.format(end=" "), _ENFORCEMENT), (_ONE_PER_LINE.replace("1{end}", "0{end}").format(end=""), _IN_FORCE),
             (_ONE_PER_LINE.replace(" |", "").replace("|||\n", "").format(end=""), _IN_FORCE)]
    for text, address in texts:
        report, log = _imported(tmp_path, text)
        assert report.cells.get(address) is not None, text[-40:]
        assert not any("可能在这个数中间截断" in n for n in log.notes), log.notes


def test_a_crawled_excerpt_ending_on_a_bare_figure_leaves_that_cell_unread() -> None:
    """山头街道 2020's excerpt ends "规范性文件 |\\n0 |\\n1" (each figure before closed by its pipe):
    its reader left 本年新公开数量 out as unknowable (1, or the start of 10…); so does the importer."""
    report, log = import_file(Path(__file__).resolve().parent.parent / "corpus" / "pagesr-boshan-shantou-2020.txt")
    assert report.cells["art20_1/normative/made"] == 0
    assert "art20_1/normative/published" in report.missing
    assert any("“1”" in n and "可能在这个数中间截断" in n for n in log.notes), log.notes


def _printed_line(text: str, top: float) -> Line:
    """A line of a typed text as a PDF prints it: each word where it stands."""
    tokens, x = [], 90.0
    for word in text.split(" "):
        tokens.append(Token(word, x, x + 6.0 * len(word), top, top + 9.3))
        x += 6.0 * len(word) + 3.0
    return Line(tokens, positional=True)


def test_a_printed_copy_s_last_figure_without_its_closing_pipe_is_marked_as_its_text_s() -> None:
    """The PDF of such a copy prints its pipes as letters: its last line is marked cut as the text's is,
    and nothing else is (a figure closed by its pipe, or a 0, is whole)."""
    rows = ["规章 |", "0 |", "1 |", "1 |", "规范性文件 |", "0 |"]
    for last, cut in (("1", True), ("1 |", False), ("0", False)):
        lines = [_printed_line(text, 60.0 + 14.0 * i) for i, text in enumerate([*rows, last])]
        out = typed_rows(lines, Budget("x.pdf"))
        assert bool(out[-1].extra.get(CUT_FIGURE)) is cut, last
        assert not any(line.extra.get(CUT_FIGURE) for line in out[:-1])
    # the copy's last cell opened by its pipe ("| 1"): the line goes with its figure, no "|" left to be
    # read as one more empty cell of the row
    lines = [_printed_line(text, 60.0 + 14.0 * i) for i, text in enumerate([*rows, "|", "| 1"])]
    out = typed_rows(lines, Budget("x.pdf"))
    kept, note = without_cut_figure(out)
    assert note is not None and len(kept) == len(out) - 1 and kept[-1] is out[-2]


def test_a_printed_copy_stopping_on_a_bare_figure_leaves_that_cell_unread(tmp_path: Path) -> None:
    """山头街道 2020's excerpt printed to PDF read its bare last "1" as 本年新公开数量, which its text
    (and its hand-read entry) leave unread."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from scripts.libreoffice import convert, soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path / "report.txt"
    src.write_text(_ONE_PER_LINE.format(end=""), encoding="utf-8")
    for fmt in ("pdf", "docx"):
        report, log = import_file(convert(src, fmt, tmp_path / fmt, tmp_path / "lo"))
        assert report.cells["art20_1/normative/issued"] == 2, fmt
        assert report.cells.get(_IN_FORCE) is None and _IN_FORCE in report.missing, fmt
        assert any("“1”" in n and "可能在这个数中间截断" in n for n in log.notes), (fmt, log.notes)
