"""Two causes the printed corpus showed (a text entry printed to PDF by LibreOffice read fewer cells
than the text), each on small texts printed here, with the close cases that must stay as they were:

* a copy of one cell per line, each closed by its pipe, that a page cut inside a row's label ("6.属"):
  printed, that last line holds no pipe, so it is the one line left as the page placed it, and the
  whole table was taken for positioned words (pagesdx-yueyanglou-jiedao-2023's PDF lost the nine
  总计 its text reads);
* a section heading in a page's list item, its bullet copied before it ("• 一、总体情况"): the text
  read it where a space followed the bullet, the PDF (and a copy with none) did not, and the
  overview's sentences went unread (pagesq-shantou-zwfwsjj-2024's PDF lost its three 0 of 表四).
"""

from __future__ import annotations

import pytest

from core.importers import import_bytes
from core.importers.layout import Line, Token
from core.importers.safety import Budget
from core.importers.text import text_lines
from core.importers.text_cells import usual_gap
from core.report import Report
from importers.files import text_and_pdf

_HEAD = ("某某街道办事处2023年政府信息公开工作年度报告\n"
         "本报告所列数据统计期限自2023年1月1日至2023年12月31日。\n"
         "三、收到和处理政府信息公开申请情况\n")
_HEADER = ["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |", "申请人情况 |", "||||||||",
           "自然人 |", "法人或其他组织 |", "总计 |", "|||||||", "商业 企业 |", "科研 机构 |", "社会公益组织 |",
           "法律服务机构 |", "其他 |", "|||||"]
_ROWS = [("一、本年新收政府信息公开申请数量", "3"), ("二、上年结转政府信息公开申请数量", "1"),
         ("三、本年度办理结果", None), ("(一)予以公开", "2"), ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "1")]
_TOTALS = {"requests/1/total": 3, "requests/2/total": 1, "requests/3.1/total": 2, "requests/3.2/total": 1}


def _one_per_line(cut: str) -> str:
    """表三 as a page's copy prints it one cell per line: each row's label, six empty cells (a "|"
    each), the 总计 closed by its pipe, then "||"; the copy stops at ``cut``."""
    lines = list(_HEADER)
    for label, total in _ROWS:
        lines.append(f"{label} |")
        if total is not None:
            lines += ["|"] * 6 + [f"{total} |", "||"]
    return _HEAD + "\n".join(lines) + "\n" + cut


_OVERVIEW = ("某某区数据管理局2024年政府信息公开工作年度报告\n"
             "{lead}一、总体情况\n"
             "2024年,我局全年共收到政府信息公开申请11件,均已按时答复。本年度未发生行政复议和行政诉讼案件。\n"
             "二、主动公开政府信息情况\n"
             "我局全年通过门户网站主动公开政府信息120条。\n")
_APPEALS = ("appeals/review/total", "appeals/suit_direct/total", "appeals/suit_after_review/total")


def _texts() -> dict[str, str]:
    out = {"cut-label": _one_per_line("6.属"), "cut-closed": _one_per_line("6.属于四类过程性信息 |")}
    out |= {f"bullet-{n}": _OVERVIEW.format(lead=lead) for n, lead in enumerate(("• ", "  •   ", "•", "● "))}
    return out


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Report, Report]]:
    """Each text's own reading and its PDF's (one LibreOffice run for all)."""
    return text_and_pdf(_texts(), tmp_path_factory.mktemp("cut"), tmp_path_factory.mktemp("lo"))


@pytest.mark.parametrize("name", ["cut-label", "cut-closed"])
def test_a_copy_of_one_cell_per_line_cut_in_a_label_reads_as_its_text_when_printed(
        printed: dict[str, tuple[Report, Report]], name: str) -> None:
    text, pdf = printed[name]
    assert {a: text.cells.get(a) for a in _TOTALS} == _TOTALS
    assert {a: pdf.cells.get(a) for a in _TOTALS} == _TOTALS, [pdf.missing.get(a) for a in _TOTALS]
    # its empty applicant cells stay empty, not read as another column's figure
    assert pdf.cells.get("requests/1/natural") is None and pdf.cells.get("requests/1/other") is None


def _closed(text: str) -> Line:
    return text_lines(text, Budget("x.txt"))[0]


def _placed(*words: str) -> Line:
    """A line as a PDF places it: each word where it stands."""
    tokens, x = [], 90.0
    for word in words:
        tokens.append(Token(word, x, x + 12.0 * len(word), 100.0, 110.0))
        x += 12.0 * len(word) + 30.0
    return Line(tokens, positional=True)


def test_only_a_last_line_of_one_word_may_be_placed_among_closed_cells() -> None:
    """The copy's cells closed by their pipes (no line parting two cells): so with a cut last line as the
    page placed it, one word alone. Not where a placed line stands among the cells, nor where the last
    holds words apart (their places may part cells): those are the positioned reader's."""
    cells = [_closed(t) for t in ("自然人 |", "|", "|", "0 |", "||", "3 |")]
    assert usual_gap([*cells, _placed("6.属")]) == 0
    assert usual_gap([*cells, _closed("6.属")]) == 0
    assert usual_gap([*cells, _placed("6.属于", "0")]) != 0
    assert usual_gap([*cells[:3], _placed("0"), *cells[3:], _closed("6.属")]) != 0


@pytest.mark.parametrize("n", range(4))
def test_a_heading_after_a_list_bullet_opens_its_section(printed: dict[str, tuple[Report, Report]], n: int) -> None:
    text, pdf = printed[f"bullet-{n}"]
    for report in (text, pdf):
        assert {a: report.cells.get(a) for a in _APPEALS} == dict.fromkeys(_APPEALS, 0)
        assert "本年度未发生行政复议和行政诉讼案件" in report.texts.get("1", "")


def test_the_heading_read_is_its_words_without_the_bullet() -> None:
    """The section's heading as printed is its words: no note that 一 is headed otherwise than the form."""
    _, log = import_bytes(_OVERVIEW.format(lead="• ").encode("utf-8"), "x.txt")
    assert not any("标题原文" in note for note in log.notes), log.notes


def test_a_bulleted_row_label_is_no_heading() -> None:
    """A bullet before a table's numbered row (• 一、本年新收…) makes it no section heading: the rows
    of 表三 are told from the sections' headings by their words, as without the bullet."""
    text = _OVERVIEW.format(lead="") + "三、收到和处理政府信息公开申请情况\n• 一、本年新收政府信息公开申请数量 11\n"
    report, _ = import_bytes(text.encode("utf-8"), "x.txt")
    assert "本年新收" not in report.texts.get("1", "") + report.texts.get("2", "")
