"""A row label wrapped over several lines, its numbers on one of them: the first, a middle or the
last (长春经开区文教局 2020: 表二's 规章 and 规范性文件 labels carry their definitions, "规章:地方行政规章指
各省、…但不得称“条例”。", which a PDF prints over several lines). Read from the line the row's words
begin to the line its label ends; where that is not certain, the numbers are left unread, never
given to the row above."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.importers import import_file
from core.importers.row_repair import heads
from core.importers.table_spec import Spec
from core.importers.text import import_text
from importers.files import FIXTURES, ROOT

ENTRY = ROOT / "tests" / "corpus" / "pagesi-changchun-jkq-wjj-2020.json"
HEAD = ("某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n"
        "信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n")
TAIL = "第二十条第(五)项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 43 0 66\n其他对外管理服务事项 19 0 0\n"
RULES = ["规章:地方行政规章指各省、自治区、直辖市的人民政府和省、自治区的人",
         "民政府根据宪法、法律和行政法规等制定和发布的规范性文件。规章的名称一般称",
         "“规定”、“办法”,但不得称“条例”。"]
"""The 规章 label as a converted PDF gives it, line by line: its middle line names 规范性文件 too."""
NORMATIVE = ["规范性文件:是指各级人民政府及其派出机关、县级以上人民政府所属工作部门",
             "和法律、法规授权的具有管理公共事务职能的组织,在法定职权范围内依照",
             "法定程序制定、发布的行政措施、决定、命令或者指示等行政规范。"]
ADDRESSES = [f"art20_1/{r}/{c}" for r in ("rules", "normative") for c in ("made", "published", "total_public")]


def _lines(label: list[str], numbers: str, at: int) -> str:
    return "".join(line + (f" {numbers}" if i == at else "") + "\n" for i, line in enumerate(label))


def _read(body: str) -> list[object]:
    report, _ = import_text(HEAD + body + TAIL, "x.txt")
    return ["-" if a in report.missing else report.cells.get(a) for a in ADDRESSES]


@pytest.mark.parametrize("at", [0, 1, 2], ids=["first-line", "middle-line", "last-line"])
def test_a_label_wrapped_over_lines_is_read_wherever_its_numbers_stand(at: int) -> None:
    assert _read(_lines(RULES, "1 2 3", at) + _lines(NORMATIVE, "4 5 6", at)) == [1, 2, 3, 4, 5, 6]


def test_numbers_on_a_line_of_their_own_inside_the_label() -> None:
    body = f"{RULES[0]}\n1 2 3\n{RULES[1]}\n{RULES[2]}\n{NORMATIVE[0]}\n{NORMATIVE[1]}\n4 5 6\n{NORMATIVE[2]}\n"
    assert _read(body) == [1, 2, 3, 4, 5, 6]


def test_a_definition_naming_another_row_is_read_as_the_row_its_words_begin() -> None:
    """"规章:…制定和发布的规范性文件。…" alone is more like 规范性文件 than 规章 by its words; it begins
    with 规章's, and is read there (with no 规范性文件 row beside it, it was read as that row)."""
    assert _read("".join(RULES) + " 1 2 3\n") == [1, 2, 3, "-", "-", "-"]


@pytest.mark.parametrize("body,want", [
    # 规章 printed its label alone: 规范性文件's numbers are its own, not 规章's
    (_lines(RULES, "", -1) + _lines(NORMATIVE, "4 5 6", 2), ["-", "-", "-", 4, 5, 6]),
    (_lines(RULES, "", -1) + _lines(NORMATIVE, "4 5 6", 1), ["-", "-", "-", 4, 5, 6]),
    (_lines(RULES, "1 2 3", 2) + _lines(NORMATIVE, "", -1), [1, 2, 3, "-", "-", "-"]),
    # a row the form has not (其他主动公开文件, 黄陂 2020) after a 规章 printing no number
    (_lines(RULES, "", -1) + "其他主动公开的文件\n含以本单位名义签发的文件 4 5 6\n", ["-"] * 6),
    # a definition left without its full stop, then a row whose words are garbled past knowing
    (_lines(RULES[:2] + ["“规定”、“办法”,但不得称“条例”"], "", -1)
     + _lines(["规犯姓闻件:是指各级人民政府"] + NORMATIVE[1:], "4 5 6", 2), ["-"] * 6),
    # the form's words whole on a line: the next line is another row unless it opens a note
    ("规章\n其他主动公开的文件 1 2 3\n规范性文件 4 5 6\n", ["-", "-", "-", 4, 5, 6]),
    ("规章\n(设区的市、自治州人民政府应提供相关数据) 1 2 3\n规范性文件 4 5 6\n", [1, 2, 3, 4, 5, 6]),
], ids=["rules-bare-numbers-last", "rules-bare-numbers-middle", "normative-bare", "extra-row",
        "garbled-head", "whole-words-then-another", "whole-words-then-note"])
def test_numbers_are_never_given_to_a_row_they_may_not_belong_to(body: str, want: list[object]) -> None:
    assert _read(body) == want


def test_where_a_row_begins() -> None:
    spec = Spec("t", [("rules", ["规章"]), ("normative", ["规范性文件"])], [("made", ["本年新制作数量"])])
    assert heads("规章:地方行政规章指各省", spec) == ({0}, "规章")
    assert heads("（一）规范性文件（行政机关制定发布的", spec) == ({1}, "规范性文件")
    assert heads("规范性文件。规章的名称一般称", spec) == (set(), "")     # a sentence of a definition
    assert heads("规范性", spec) == ({1}, "")                           # the form's words wrapped
    assert heads("民政府根据宪法", spec) == (set(), "")


def _entry() -> dict[str, object]:
    meta: dict[str, object] = json.loads(ENTRY.read_text(encoding="utf-8"))
    return meta


@pytest.mark.parametrize("pdf", [FIXTURES / "pdf_printed" / "pagesi-changchun-jkq-wjj-2020.pdf",
                                 *sorted((FIXTURES / "pdf_layouts").glob("wrapped-definitions*.pdf"))],
                         ids=lambda p: Path(p).stem.split("__")[0])
def test_the_report_printed_to_pdf_reads_every_cell(pdf: Path) -> None:
    """The copied text printed by LibreOffice (each label wraps over two to four lines, its numbers
    after the last), and its tables set in Word with a narrow label column (the numbers beside the
    label's last line, no borders; beside a middle line, in a drawn grid): every cell as the text."""
    report, _ = import_file(pdf)
    cells = _entry()["cells"]
    assert isinstance(cells, dict)
    assert {a: report.cells.get(a) for a in cells if a not in report.missing} == cells
