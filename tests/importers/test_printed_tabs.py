"""A report copied from a web page as tab-separated text (the seeds in ``../shared/seeds``), pasted
into a word processor and printed to PDF, is read as the text it was.

The seeds printed by LibreOffice (its 1.25 cm tab stops, and Word's 2-character stops given through
the .docx) must be read as their text reads them: none refused, no table called sure with a wrong
cell, and the share read right held. Then one test per cause the printed seeds showed
(``scripts/corpus_printed_report.py``), each on a small PDF drawn here:

* a tabbed row's words stand on tab stops, not in columns: its cells are its words in order, an
  empty cell for each stop a run of tabs skipped; the stops are found, not assumed;
* a drawn table (numbers centred in their cells) is not taken for tabs;
* a row wrapped at a tab is joined to its last cells;
* a label a tab glued to its number is split only at the form's own label;
* a row typed with blanks reads as text, and so does one cell per line whose label holds blanks.
"""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from core.importers import import_bytes, import_file
from core.importers.confidence import SURE, confidence
from core.importers.pdf import read_lines
from core.validate import validate

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
FONT = ROOT / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
SIZE = 10.5


# --- the seeds printed by LibreOffice -------------------------------------------------------------------

@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Path, Path]]]:
    """Per kind of copy: (the seed's text, its printed copy)."""
    sys.path.insert(0, str(ROOT))
    from scripts.libreoffice import convert, soffice, with_tab_stop

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    if not SEEDS.is_dir():
        pytest.skip("the seeds are not here")
    out, work = tmp_path_factory.mktemp("tabs"), tmp_path_factory.mktemp("lo")
    files: dict[str, list[tuple[Path, Path]]] = {"docx": [], "pdf": [], "word-2ch": []}
    for seed in sorted(SEEDS.glob("*.txt")):
        text = out / seed.name
        shutil.copy(seed, text)
        docx = convert(text, "docx", out, work)
        files["docx"].append((seed, docx))
        files["pdf"].append((seed, convert(text, "pdf", out, work)))
        word = with_tab_stop(docx, 420, out / f"{seed.stem}-2ch.docx")
        files["word-2ch"].append((seed, convert(word, "pdf", out / "2ch", work)))
    return files


# word-2ch: tab stops two characters apart glue seed 001's three header names into one cell
# ("商业机构科研机构社会公益组织"); the number under it may be any of the three, so that column is left
# unread (``table_spec.names_several``), where it was given to 社会公益组织 by likeness (0.92 then; 865/953 now)
@pytest.mark.parametrize("kind,floor", [("docx", 0.999), ("pdf", 0.999), ("word-2ch", 0.90)])
def test_printed_seeds_are_read_as_their_text(printed: dict[str, list[tuple[Path, Path]]], kind: str,
                                               floor: float) -> None:
    right = cells = 0
    for seed, path in printed[kind]:
        want, _ = import_file(seed)
        expected = {a: v for a, v in want.cells.items() if a not in want.missing and v is not None}
        got, _ = import_file(path)                         # refused: ImportError_ fails the test
        sure = {t.table for t in confidence(got, validate(got)) if t.level == SURE}
        wrong = [a for a, v in expected.items() if a not in got.missing and got.cells.get(a) != v]
        assert [a for a in wrong if a.split("/")[0] in sure] == [], (seed.name, kind)
        right += sum(1 for a, v in expected.items() if a not in got.missing and got.cells.get(a) == v)
        cells += len(expected)
    assert right / cells >= floor, (kind, right, cells)


# --- causes, each on a small PDF ---------------------------------------------------------------------------

def _canvas(runs: list[tuple[float, float, str]]) -> bytes:
    """One A4 page holding (x, y, text) runs in the shipped serif."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("PrintedTabsCJK", str(FONT)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for x, y, text in runs:
        c.setFont("PrintedTabsCJK", SIZE)
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _width(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("PrintedTabsCJK", str(FONT)))
    return float(pdfmetrics.stringWidth(text, "PrintedTabsCJK", SIZE))


LEFT = 72.0
PROSE = "本机关严格落实政府信息公开条例的各项要求，主动公开政府信息，依法办理政府信息公开申请事项。"
RIGHT = LEFT + _width(PROSE) if FONT.exists() else 0.0


def _typed(rows: list[list[str]], pitch: float, y: float = 760) -> list[tuple[float, float, str]]:
    """Rows typed with tabs as a word processor sets them: each cell at the next stop past the text
    before it (an empty cell: one more stop)."""
    runs = [(LEFT, 800.0, PROSE)]
    for row in rows:
        x = LEFT
        for j, cell in enumerate(row):
            if j:
                x = LEFT + (int((x - LEFT) / pitch + 1e-6) + 1) * pitch
            if cell:
                runs.append((x, y, cell))
                x += _width(cell)
        y -= 18
    return runs


def _cells(data: bytes) -> list[list[str]]:
    return [line.cells for line in read_lines(data, "x.pdf", isolate=False)]


ROWS = [["规章", "0", "", "12"], ["行政规范性文件", "3", "1", "20"], ["其他对外管理服务事项", "", "7", "0"],
        ["一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"]]


@pytest.mark.parametrize("pitch", [35.43, 21.0, 36.0])
def test_tabbed_rows_are_their_words_in_order(pitch: float) -> None:
    cells = _cells(_canvas(_typed(ROWS, pitch)))
    for row in ROWS:
        assert row in cells, (pitch, cells)


def test_a_drawn_table_is_not_read_as_tabs() -> None:
    runs = [(LEFT, 800.0, PROSE)]
    for i, row in enumerate([["规章", "0", "105", "12"], ["行政规范性文件", "3", "1", "2001"],
                             ["行政许可", "48", "7", "0"], ["行政处罚", "5", "13", "260"]]):
        runs.append((LEFT, 760 - 18 * i, row[0]))
        for j, value in enumerate(row[1:]):
            runs.append((230 + 70 * j + 30 - _width(value) / 2, 760 - 18 * i, value))   # centred in its cell
    lines = read_lines(_canvas(runs), "x.pdf", isolate=False)
    assert all(line.positional for line in lines)


def test_a_row_wrapped_at_a_tab_is_joined() -> None:
    pitch = 35.43
    label = "5.要求行政机关确认或重新出具已获取信息"
    row = ["", "", label] + ["0"] * 7                      # two leading tabs, as the seeds type 表三
    runs = [(LEFT, 800.0, PROSE), (LEFT + 2 * pitch, 760, label)]
    x, placed = LEFT + 2 * pitch + _width(label), 0
    for value in row[3:]:
        k = int((x - LEFT) / pitch + 1e-6) + 1
        if LEFT + k * pitch + _width(value) > RIGHT:
            break
        x = LEFT + k * pitch
        runs.append((x, 760, value))
        x += _width(value)
        placed += 1
    rest = 7 - placed
    runs += [(LEFT + (j + 1) * pitch, 742, "0") for j in range(rest)]            # the tab wrapped too
    runs += [(LEFT + pitch, 724, "(七) 总计"), (LEFT + 4 * pitch, 724, "0")]     # a row of its own, not wrapped
    cells = _cells(_canvas(runs))
    assert rest > 0 and row in cells, cells
    assert ["", "(七) 总计", "", "0"] in cells


def test_a_label_glued_to_its_number_is_split_at_the_form_label() -> None:
    label = "行政规范性文件"
    pitch = (_width(label) + 0.9) / 2                   # the tab after the label lands 0.9 pt on
    rows = [["规章", "0", "0", "0"], [label, "6", "2", "30"], ["共计文件", "6"], ["行政许可", "4", "1"]]
    runs = _typed(rows, pitch)
    runs = [r for r in runs if r[2] != "共计文件"] + [(LEFT, 724, "共计文件6")]    # no label of the form
    cells = _cells(_canvas(runs))
    assert [label, "6", "2", "30"] in cells, cells
    assert not any(c[:1] == ["共计文件"] for c in cells)


def test_a_row_typed_with_blanks_is_read_as_text() -> None:
    runs = [(LEFT, 800, PROSE), (LEFT, 760, "（一）予以公开 0 0 0 0 0 0 0"),
            (LEFT, 742, "（三）不予公开 1.属于国家秘密 2 0 0 0 0 0 2")]
    cells = _cells(_canvas(runs))
    assert ["（一）予以公开", "0", "0", "0", "0", "0", "0", "0"] in cells
    assert ["（三）不予公开 1.属于国家秘密", "2", "0", "0", "0", "0", "0", "2"] in cells


ONE_PER_LINE = """某某县人民政府2024年政府信息公开工作年度报告
本报告统计期限自2024年1月1日至2024年12月31日。
二、主动公开政府信息情况
第二十条第(一)项
信息内容
本年制发件数
本年废止件数
现行有效件数
规 章
0
0
0
行政 规范性文件
3
1
20
第二十条第(五)项
"""


def test_one_cell_per_line_with_blanks_in_a_label_is_read_as_text() -> None:
    runs = [(LEFT, 800 - 16 * i, line) for i, line in enumerate(ONE_PER_LINE.splitlines())]
    report, _ = import_bytes(_canvas(runs), "x.pdf")
    text_report, _ = import_bytes(ONE_PER_LINE.encode("utf-8"), "x.txt")
    for col, value in (("issued", 3), ("repealed", 1), ("in_force", 20)):
        assert text_report.cells[f"art20_1/normative/{col}"] == value
        assert report.cells[f"art20_1/normative/{col}"] == value, report.missing


def test_a_row_whose_label_ends_next_to_a_stop_is_not_read() -> None:
    """Whether the tab after a label ending a hair off a stop stopped there cannot be told, nor so how
    many empty cells follow: the row is not read, with why, rather than read one column off."""
    from core.importers.layout import Line, Token
    from core.importers.tab_stops import Stops, tab_cells
    from core.importers.table_reading import _spec
    from core.importers.tables import read
    from core.registry import get_form

    stops = Stops(left=72.0, pitch=35.43, right=544.5, em=10.5)

    def row(label: str, end: float, values: list[tuple[int, str]]) -> Line:
        tokens = [Token(label, 72.0, end, 700, 710)]
        tokens += [Token(v, stops.at(k), stops.at(k) + 6, 700, 710) for k, v in values]
        return Line(tokens, positional=True)

    clear = row("规章", 93.0, [(1, "0"), (2, "0"), (3, "0")])
    assert tab_cells(clear, stops) == ["规章", "0", "0", "0"] and "unsure" not in clear.extra
    tie = row("行政规范性文件", stops.at(2), [(3, "3"), (4, "1"), (5, "20")])     # ends on a stop: the tab moves on
    assert tab_cells(tie, stops) == ["行政规范性文件", "3", "1", "20"] and "unsure" not in tie.extra
    hair = row("行政规范性文件", stops.at(2) - 0.05, [(3, "3"), (4, "1"), (5, "20")])
    assert tab_cells(hair, stops) == ["行政规范性文件", "", "3", "1", "20"] and "unsure" in hair.extra

    table = get_form("2021").table("art20_1")
    lines = []
    for line in (clear, hair):
        cells = tab_cells(line, stops) or []
        tokens = [Token(c, j, j + 1, 0, 1) for j, c in enumerate(cells)]
        lines.append(Line(tokens, positional=False, extra=dict(line.extra)))
    res = read(lines, _spec(table))
    assert res.cells[("rules", "in_force")] == "0"
    assert not any(rid == "normative" for rid, _ in res.cells)
    assert any("无法确定" in n and "行政规范性文件" in n for n in res.notes)


def test_one_cell_per_line_indented_as_a_block_is_read_as_text() -> None:
    """A copy whose every line is indented alike (a page's text printed as it was copied: "    规章",
    "    0"): each lone number was read as a cell after an empty one, so no row had its numbers and
    表二's rows were not found."""
    lines = ONE_PER_LINE.splitlines()
    runs = [(LEFT if i < 3 else LEFT + 35.43, 800 - 16 * i, line) for i, line in enumerate(lines)]
    runs.append((LEFT, 800 - 16 * len(lines), PROSE))
    report, _ = import_bytes(_canvas(runs), "x.pdf")
    for col, value in (("issued", 3), ("repealed", 1), ("in_force", 20)):
        assert report.cells[f"art20_1/normative/{col}"] == value, report.missing
    assert [report.cells[f"art20_1/rules/{col}"] for col in ("issued", "repealed", "in_force")] == [0, 0, 0]


INDENTED = [("二、主动公开政府信息情况", 0), ("第二十条第(一)项 |", 0), ("信息内容 |", 0), ("本年制发件数 |", 3),
            ("本年废止件数 |", 3), ("现行有效件数 |", 3), ("规章 |", 0), ("0 |", 3), ("0 |", 3), ("0", 3), ("|", 0),
            ("行政规范性文件 |", 0), ("0 |", 3), ("0 |", 3), ("5", 3), ("|", 0), ("第二十条第(五)项 |", 0)]
"""A crawl that kept its HTML source's tabs, one cell per line ("\\t\\t\\t0  | "), each row's last cell
closed by a pipe on the line after it ("\\t\\t\\t0", "   | ": pagesac-suixi-nyncj-2021): (text, stops)."""


def test_cells_indented_by_tabs_are_one_per_line() -> None:
    """Printed by LibreOffice, the two blanks before a cell's closing pipe took it half a stop on
    ("0  |" ends on 3½ stops), and the three before a lone pipe half a stop from the margin, so the
    page looked typed on stops of half the pitch: each lone number was read as a cell after six
    empty ones, and the row's last 0, with no pipe on its line, left 现行有效件数 read empty (a wrong
    reading). A page whose every tab leads its line, before its one cell, is read as the text it was."""
    pitch = 35.43
    report, _ = import_bytes(_canvas(_indented(pitch)), "x.pdf", year=2024)
    assert [report.cells.get(f"art20_1/rules/{c}") for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [0, 0, 5]


def _indented(pitch: float) -> list[tuple[float, float, str]]:
    """``INDENTED`` as LibreOffice prints it: a cell's closing pipe after two blanks half a stop on."""
    runs = [(LEFT, 800.0, PROSE)]
    for i, (text, stop) in enumerate(INDENTED):
        y, x = 780 - 16 * i, LEFT + stop * pitch
        if text == "|":
            runs.append((LEFT + pitch / 2, y, "|"))
        elif text.endswith(" |") and text[:-2].isdigit():
            runs += [(x, y, text[:-2]), (x + pitch / 2, y, "|")]
        else:
            runs.append((x, y, text))
    return runs


def test_pipes_typed_after_blanks_do_not_halve_the_tab_stops() -> None:
    """The same page with one table typed with tabs after it (信息内容→本年处理决定数量, 行政许可→7): its
    tabs part cells, so the page is read as tabbed, and the pipes standing half a stop on were taken
    for words a tab had placed: the stops were found at half the pitch, each lone number stood after
    six empty cells, and 现行有效件数 of both rows read empty (wrong: 0 and 5). A pipe closes its cell
    where the blanks before it put it; the stops are found from the words alone."""
    pitch = 35.43
    y = 780 - 16 * len(INDENTED)
    table = [(LEFT, y, "信息内容"), (LEFT + 3 * pitch, y, "本年处理决定数量"), (LEFT, y - 16, "行政许可"),
             (LEFT + 3 * pitch, y - 16, "7")]
    report, _ = import_bytes(_canvas(_indented(pitch) + table), "x.pdf", year=2024)
    assert [report.cells.get(f"art20_1/rules/{c}") for c in ("issued", "repealed", "in_force")] == [0, 0, 0]
    assert [report.cells.get(f"art20_1/normative/{c}") for c in ("issued", "repealed", "in_force")] == [0, 0, 5]
    assert report.cells.get("art20_5/license/decisions") == 7


def test_a_tabbed_table_among_indented_lines_is_still_read() -> None:
    """Not every page with lines indented by tabs is so: one row with two cells parted by a tab makes
    the page typed with tabs, and its rows are read as tabbed cells."""
    rows = [["规章", "0", "", "12"], ["", "", "", "7"], ["行政规范性文件", "3", "1", "20"]]
    cells = _cells(_canvas(_typed(rows, 35.43)))
    assert ["", "", "", "7"] in cells and ["行政规范性文件", "3", "1", "20"] in cells, cells


def test_a_line_on_the_stops_among_rows_standing_off_them_is_no_tab_row() -> None:
    """A table without lines, its equal columns one stop wide, each number centred in its cell: a
    line of single 0s (its label wrapped on the lines above and below) stands on the stops, as tabs
    would put it, while the rows above and below, whose numbers are wider, stand off them. Read as
    tabs, its 0s came after empty cells past the table's columns and left the table's reading by
    position (its row read blank); it stays a line of the table, where its numbers stand. A table
    typed with tabs, one row typed with blanks among them, is still read as tabs."""
    pitch, zero = 35.43, _width("0")
    first = LEFT + 6 * pitch                               # the first value column's 0 starts on stop 6

    def centred(values: list[str], y: float) -> list[tuple[float, float, str]]:
        return [(first + j * pitch + (zero - _width(v)) / 2, y, v) for j, v in enumerate(values) if v]

    runs = [(LEFT, 800.0, PROSE)]
    for i, values in enumerate([["64", "0", "2", "0", "70"], ["27", "0", "1", "0", "30"], ["22", "3", "0", "0", "25"]]):
        runs += [(LEFT, 760 - 18 * i, f"第{i + 1}行")] + centred(values, 760 - 18 * i)
    runs += [(LEFT, 706, "申请人无正当理由"), (LEFT, 688, "逾期不补正")] + centred(["0"] * 5, 697)
    runs += [(LEFT, 670, "第五行")] + centred(["63", "0", "4", "0", "69"], 670)
    lines = read_lines(_canvas(runs), "x.pdf", isolate=False)
    zeros = [line for line in lines if line.text.split() == ["0"] * 5]
    assert len(zeros) == 1 and zeros[0].positional, [(line.cells, line.positional) for line in lines]

    typed = _typed(ROWS, pitch) + [(LEFT, 680.0, "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0")]
    cells = _cells(_canvas(typed))
    for row in ROWS:
        assert row in cells, cells
