"""R6 on prose carried over unrevised from last year's report (``report.carried_texts``, S7).

A rolled-over report prints last year's sentences, with last year's figures, unless the clerk revises
them. They are compared with this year's tables; a contradiction warns (never an error: it must not
block the export) and says that the sentence was copied from last year.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from builders import clean_report

from core import calc
from core.commands import Paste, SetCell, SetText
from core.exporters import export
from core.findings import WARNING, Finding, blocking
from core.report import Report
from core.rollover import new_report
from core.session import Session
from core.storage import load
from core.validate import validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# In 洪泽区's 2024 report (一、总体情况), carried into 2025 by the rollover:
ORIGINAL = "2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。"
# The original's subject is 区政府办, another organ than the report's (区政府): R6 leaves such a
# figure alone, so these tests use the same sentence about the report's own figure.
SENTENCE = ORIGINAL.replace("区政府办代表区政府", "本机关")


def rolled_over(new_requests: int) -> Session:
    """洪泽区 2025 from its real 2024 report, this year's tables then filled in as a clerk would:
    ``new_requests`` new requests from natural persons, all granted, every other figure 0, and the
    preamble's statistical period revised. Sections 一、五、六 stay last year's, unrevised."""
    last = load(FIXTURES / "samples" / "hongze-district-2024.nianbao")
    report = new_report(2025, last=last)
    assert report.last_year is last and "1" in report.carried_texts and ORIGINAL in report.texts["1"]
    report.texts["1"] = report.texts["1"].replace(ORIGINAL, SENTENCE)
    session = Session(report)
    form = report.form
    session.execute(Paste([(a, Decimal(0) if form.kind_of(a) == "money" else 0)
                           for a in form.input_addresses() if report.cells[a] is None]))
    session.execute(SetCell("requests/1/natural", new_requests))
    session.execute(SetCell("requests/3.1/natural", new_requests))
    session.execute(SetText("preamble", report.texts["preamble"].replace("2024 年", "2025 年")))
    return session


def r6(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule == "R6"]


def test_carried_sentence_contradicting_this_years_table_warns() -> None:
    session = rolled_over(14)
    report = session.report
    found = r6(session.findings)
    assert [(f.severity, f.key, f.cells, f.message) for f in found] == [(
        WARNING, "R6@1/received/1/carried", ("requests/1/total",),
        f"一、总体情况中沿用上年报告的句子：“{SENTENCE}”写 17件，而本年度表三“本年新收政府信息公开申请数量”为 14")]
    assert found[0].span is not None
    text, start, end = found[0].span
    assert text == "1" and report.texts["1"][start:end] == SENTENCE          # the editor underlines it
    assert blocking(session.findings) == []                                    # nothing else in the way either
    assert "S7@1" in {f.key for f in session.findings}
    assert r6(validate(report)) == found                                       # edit by edit = from scratch


def test_carried_sentence_agreeing_with_this_years_table_is_quiet() -> None:
    session = rolled_over(17)
    assert r6(session.findings) == []
    assert r6(validate(session.report)) == []
    assert "S7@1" in {f.key for f in session.findings}                         # still last year's wording


def test_revised_text_is_checked_as_before() -> None:
    """Once revised the text is this year's: a year other than 2025 is about another year, and the
    same figure written for this year is R6's usual warning again (its key is not the carried one)."""
    session = rolled_over(14)
    session.execute(SetText("1", session.report.texts["1"]))
    assert r6(session.findings) == []
    session.execute(SetText("1", session.report.texts["1"].replace(SENTENCE, SENTENCE.replace("2024 年", "全年"))))
    assert [(f.severity, f.key) for f in r6(session.findings)] == [(WARNING, "R6@1/received/1")]
    session.execute(SetText("1", session.report.texts["1"], carried=True))     # marked last year's again
    assert [(f.severity, f.key) for f in r6(session.findings)] == [(WARNING, "R6@1/received/1/carried")]


def test_carried_warning_does_not_block_the_final_export(tmp_path: Path) -> None:
    session = rolled_over(14)
    target = export(session.report, tmp_path / "2025.docx")                   # validates; refused on an error
    assert target.read_bytes().startswith(b"PK")
    assert [(f.key, f.severity) for f in r6(validate(session.report))] == [("R6@1/received/1/carried", WARNING)]


def carried(text: str, year: int = 2024, last_year: int | None = None) -> set[tuple[str, str]]:
    """R6's (key, severity) on ``text`` carried into section 一（二） of the clean report of ``year``
    (新收 21); ``last_year`` attaches a report of that year as the one the text came from."""
    report = clean_report("2021", year)
    if last_year is not None:
        report.last_year = clean_report("2021", last_year)
    report.texts["1.2"] = text
    report.carried_texts.add("1.2")
    calc.recompute_all(report)
    return {(f.key, f.severity) for f in validate(report) if f.rule == "R6"}


@pytest.mark.parametrize("text,expected", [
    ("本年度共收到政府信息公开申请18件。", {("R6@1.2/received/1/carried", WARNING)}),
    ("2023年共收到政府信息公开申请18件。", {("R6@1.2/received/1/carried", WARNING)}),   # the year it was written for
    ("2023年共收到政府信息公开申请21件。", set()),
    ("2022年共收到政府信息公开申请18件。", set()),                                      # still another year
    ("2024年计划收到政府信息公开申请18件。", set()),                                    # last year's plan for this one
    ("收取行政事业性收费5万元。", {("R6@1.2/fees/1/carried", WARNING)}),                 # a warning stays one
    ("本年度共收到政府信息公开申请22件。", {("R6@1.2/received/1/carried", "info")}),     # two readings: info
])
def test_carried_texts_of_the_clean_report(text: str, expected: set[tuple[str, str]]) -> None:
    assert carried(text) == expected


def test_carried_text_is_read_as_of_the_report_it_came_from() -> None:
    """A rollover may skip a year (2022's report carried into 2024): its year is then 2022."""
    assert carried("2022年共收到政府信息公开申请18件。", last_year=2022) == {("R6@1.2/received/1/carried", WARNING)}
    assert carried("2023年共收到政府信息公开申请18件。", last_year=2022) == set()


def test_the_same_sentence_not_carried_is_checked_under_its_own_key() -> None:
    """This year's own text gets R6's usual warning, under a key an explanation accepted for the
    copied sentence does not match."""
    report: Report = clean_report("2021")
    report.texts["1.2"] = "本年度共收到政府信息公开申请18件。"
    assert {(f.key, f.severity) for f in validate(report) if f.rule == "R6"} == {("R6@1.2/received/1", WARNING)}
