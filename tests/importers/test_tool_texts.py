"""Text another tool took out of a report, pasted: a console browser's dump of the web page
(``w3m -dump -cols 200``: tables drawn with │ ├─┼─┤, a cell's words wrapped over its lines, a merged
cell's words a few a line beside other rows), pandoc's Markdown of the Word file (pipe and grid
tables, the tables with merged cells as HTML inside the text; a text's own signs escaped and its
paragraphs wrapped at 72 columns) and LibreOffice's 另存为文本 (every cell of the grid a line). The
fixtures are the tools' real output for corpus entries (their web page, .docx or text); the
entries' hand-read cells are the expected ones."""

from __future__ import annotations

import json
from pathlib import Path

from corpus_import import score_report

from core.importers import import_bytes
from core.importers.box_tables import unboxed
from core.importers.confidence import SURE, confidence
from core.importers.markdown_text import unescaped
from core.importers.pasted import import_pasted
from core.validate import validate

HERE = Path(__file__).resolve().parents[1]
TEXTS = HERE / "fixtures" / "tool_texts"
META = json.loads((HERE / "corpus" / "code-shuyang-fgj-2023.json").read_text(encoding="utf-8"))


def _meta(entry: str) -> dict[str, object]:
    meta: dict[str, object] = json.loads((HERE / "corpus" / f"{entry}.json").read_text(encoding="utf-8"))
    return meta


def _read(text: str, meta: dict[str, object] | None = None) -> tuple[list[str], list[str], set[str]]:
    report, _ = import_pasted(None, text)
    score = score_report(meta or META, report)
    sure = {t.table for t in confidence(report, validate(report)) if t.level == SURE}
    return score.wrong, score.missing, sure


def test_a_w3m_dump_reads_every_cell_of_its_drawn_tables() -> None:
    wrong, missing, sure = _read((TEXTS / "w3m-dump-shuyang-fgj-2023.txt").read_text(encoding="utf-8"))
    assert (wrong, missing) == ([], [])
    assert {"requests", "appeals"} <= sure


def test_a_w3m_dump_whose_table_parts_draw_their_own_columns_is_read() -> None:
    """A 2019 report's 表二 in one drawn table: 第（五）项 has three columns and 第（八）项 two, and
    w3m moves a wall by a column between parts (┴┬): each part's cells are read under its own
    header, none taken for a merged cell."""
    text = (TEXTS / "w3m-dump-shanghai-szfbgt-2019.txt").read_text(encoding="utf-8")
    wrong, missing, _ = _read(text, _meta("code-shanghai-szfbgt-2019"))
    assert (wrong, missing) == ([], [])


def test_a_number_drawn_over_two_columns_beside_others_leaves_its_table_unread() -> None:
    """One row of 表三 with its wall between 自然人 and 商业企业 gone (26 merged over both): which of
    them holds it is not drawn, so the table is left as the lines it is (nothing of it read, none
    guessed), and the other tables are still read."""
    lines = (TEXTS / "w3m-dump-shuyang-fgj-2023.txt").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if "一、本年新收政府信息公开申请数量" in line)
    lines[at] = lines[at].replace("│ 26     │", "│  26    ", 1) + " │"
    wrong, missing, _ = _read("\n".join(lines))
    assert wrong == []
    assert {a for a in META["cells"] if a.startswith("requests/")} <= set(missing)
    assert not [a for a in missing if a.startswith("art20_")]


def test_a_merged_cell_drawn_over_rows_goes_to_its_first_row_and_wrapped_words_join() -> None:
    drawn = [
        "┌──────┬────────────┬────┐",
        "│      │ 1.本机关不 │ 3  │",
        "│ （四 │ 掌握       │    │",
        "│ ）无 ├────────────┼────┤",
        "│ 法提 │ 2.没有现成 │ 0  │",
        "│ 供   │            │    │",
        "└──────┴────────────┴────┘",
    ]
    assert unboxed(["前言", *drawn, "后记"]) == ["前言", "（四）无法提供\t1.本机关不掌握\t3", "2.没有现成\t0", "后记"]


def test_a_pandoc_grid_table_reads_as_rows_and_a_dash_in_a_cell_is_no_rule() -> None:
    grid = [
        "+----------+------------+",
        "| 信息内容 | 本年处理决 |",
        "|          | 定数量     |",
        "+==========+============+",
        "| 行政许可 | -          |",
        "+----------+------------+",
        "| 行政处罚 | 12 +(0)    |",
        "+----------+------------+",
    ]
    assert unboxed(grid) == ["信息内容\t本年处理决定数量", "行政许可\t-", "行政处罚\t12 +(0)"]


def test_a_drawing_not_closed_or_with_text_outside_its_walls_stays_as_it_is() -> None:
    open_ended = ["┌────┬────┐", "│ 规章 │ 0  │", "│ 行政 │ 1  │"]
    assert unboxed(open_ended) == open_ended
    astray = ["+------+----+", "| 规章 | 0  |", "|  行政许可 | 1 |", "+------+----+"]
    assert unboxed(astray) == astray


def test_pandoc_markdown_holding_its_merged_tables_as_html_is_read_by_their_markup() -> None:
    """pandoc writes a Word table with merged cells as HTML inside its Markdown: pasted, the text
    is read as a file of it is (by its markup), not as lines of tags. Text that merely names a
    table tag without cells stays text."""
    text = (TEXTS / "pandoc-gfm-shuyang-fgj-2023.txt").read_text(encoding="utf-8")
    wrong, missing, sure = _read(text)
    assert (wrong, missing) == ([], [])
    assert {"requests", "appeals"} <= sure
    dump = (TEXTS / "w3m-dump-shuyang-fgj-2023.txt").read_text(encoding="utf-8")
    named = dump.replace("二、主动公开政府信息情况", "网页以 <table> 标签排版。\n\n二、主动公开政府信息情况", 1)
    _, log = import_pasted(None, named)
    assert log.kind == "text"
    assert _read(named)[:2] == ([], [])


def test_pandoc_markdown_of_a_pipe_copy_is_unescaped_and_its_wrapped_rows_joined() -> None:
    """pandoc -t gfm of a copy printing its tables with pipes: every pipe escaped (\\| 规章 \\| 0 \\|)
    and a long row wrapped at a space (…政府信息公开申请 \\| / 9 \\| 0 \\| …): read as the copy is."""
    meta = _meta("code-shuyang-county-2025")
    text = (TEXTS / "pandoc-gfm-of-text-shuyang-county-2025.txt").read_text(encoding="utf-8")
    wrong, missing, _ = _read(text, meta)
    assert (wrong, missing) == ([], [])


def test_markdown_blocks_of_the_writers_own_are_not_joined_nor_a_lone_backslash_taken() -> None:
    escaped = ["\\# 2024年度报告", "", "\\| 行政许可 \\| 3 \\|", "", "正文一行，", "接着一行。", "",
               "| 信息内容 | 本年处理决定数量 |", "|---|---|", "| 行政许可 | 3 |", "", "  规章   0   0   0",
               "  行政规范性文件   1   0   5"]
    assert unescaped(escaped) == ["# 2024年度报告", "", "| 行政许可 | 3 |", "", "正文一行， 接着一行。", "",
                                  "| 信息内容 | 本年处理决定数量 |", "|---|---|", "| 行政许可 | 3 |", "",
                                  "  规章   0   0   0", "  行政规范性文件   1   0   5"]
    few = ["路径 C:\\报告\\2024 与 a\\*b", "下一行"]
    assert unescaped(few) == ["路径 C:\\报告\\2024 与 a*b", "下一行"]


def test_libreoffice_text_of_a_word_table_reads_each_cell_line_in_its_column() -> None:
    """LibreOffice's 另存为文本 of the .docx: each cell of the grid a line (an empty cell an empty
    line or a space, a merged cell's covered cells empty lines before the next label)."""
    for name, entry in (("libreoffice-txt-shuyang-fgj-2023.txt", "office-shuyang-fgj-2023-docx"),
                        ("libreoffice-txt-shanghai-szfbgt-2019.txt", "office-shanghai-szfbgt-2019-docx")):
        wrong, missing, _ = _read((TEXTS / name).read_text(encoding="utf-8"), _meta(entry))
        assert wrong == []
        assert not [a for a in missing if a.startswith("requests/")], name


def test_a_cell_a_line_copy_that_lost_its_empty_cells_is_not_read_by_position() -> None:
    """The same text with each row's empty cells gone (26 then 26, the numbers next to each other)
    and empty lines between the rows instead: the empty lines are no cells then, and where each
    number stands is not printed — 表三 is not read by position (no cell read wrong)."""
    lines = (TEXTS / "libreoffice-txt-shuyang-fgj-2023.txt").read_text(encoding="utf-8").split("\n")
    assert _read("\n".join(lines), _meta("office-shuyang-fgj-2023-docx"))[:2] == ([], [])   # (as saved: read)
    start = next(i for i, line in enumerate(lines) if line.startswith("一、本年新收"))
    end = next(i for i, line in enumerate(lines) if line.startswith("四、结转下年度")) + 8
    rows = [line for line in lines[start:end] if line.strip()]
    spaced: list[str] = []
    for i, line in enumerate(rows):
        spaced.append(line)
        if line.strip().isdigit() and (i + 1 == len(rows) or not rows[i + 1].strip().isdigit()):
            spaced += [""] * 6
    wrong, missing, _ = _read("\n".join(lines[:start] + spaced + lines[end:]), _meta("office-shuyang-fgj-2023-docx"))
    assert wrong == []
    assert "requests/1/natural" in missing


def test_text_holding_markup_reads_the_same_from_a_file_as_pasted() -> None:
    """One rule routes text holding HTML, however it came: its tables' markup is read when its
    markup cells outnumber its Markdown pipe cells. A saved pandoc Markdown file with pipe tables
    beside a page's one small layout table, or text merely naming a table tag, is text, as it is
    pasted; a Markdown file holding its merged tables as HTML is read by the markup."""
    pipes = (HERE / "corpus" / "code-shuyang-county-2025.txt").read_text(encoding="utf-8")
    layout = "<table><tr><td>索引号</td><td>001</td></tr></table>\n\n" + pipes
    dump = (TEXTS / "w3m-dump-shuyang-fgj-2023.txt").read_text(encoding="utf-8")
    named = dump.replace("二、主动公开政府信息情况", "网页以 <table> 标签排版。\n\n二、主动公开政府信息情况", 1)
    merged = (TEXTS / "pandoc-gfm-shuyang-fgj-2023.txt").read_text(encoding="utf-8")
    for text, kind in ((layout, "text"), (named, "text"), (merged, "html")):
        from_file, file_log = import_bytes(text.encode("utf-8"), "上年报告.md")
        pasted, pasted_log = import_pasted(None, text)
        assert (file_log.kind, pasted_log.kind) == (kind, kind)
        assert from_file.cells == pasted.cells
    report, _ = import_bytes(layout.encode("utf-8"), "上年报告.md")
    score = score_report(_meta("code-shuyang-county-2025"), report)
    assert (score.wrong, score.missing) == ([], [])
