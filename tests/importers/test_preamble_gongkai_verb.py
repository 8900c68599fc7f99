"""A preamble naming its report with 现公开 / 现向社会公开 (杨陵区卫健局 2020: 根据《…条例》,现公开我局2020年度
政府信息公开工作年度报告。): the verb is no part of the organ's name, as 现公布 and 现发布 are not."""

from __future__ import annotations

import pytest

from core.importers.text import import_text
from importers.files import differences, fixture, table_text

SEED = "seeds/003_bd56896d5bf88536"


def _with_head(head: str) -> tuple[object, str]:
    report = fixture(SEED)
    text = table_text(report, "tab")
    return report, text.replace(report.display_title(), head.format(organ=report.organ, y=report.year), 1)


@pytest.mark.parametrize("verb", ["现公开", "现向社会公开"])
def test_a_preamble_naming_its_report_with_gongkai_gives_the_organ_alone(verb: str) -> None:
    """Read as 现公开某某局 before the change."""
    report, text = _with_head("根据《中华人民共和国政府信息公开条例》," + verb + "{organ}{y}年度政府信息公开工作年度报告。")
    got, _ = import_text(text, "x.txt")
    assert (got.year, got.organ) == (report.year, report.organ)
    assert differences(got, dict(report.cells)) == []


@pytest.mark.parametrize("verb", ["现公开", "现向社会公开"])
def test_its_own_words_for_itself_are_no_organ(verb: str) -> None:
    """现公开我局2020年度…报告: 我局 names no organ; the organ stays unread, never 现公开我局."""
    report, text = _with_head("根据《中华人民共和国政府信息公开条例》," + verb + "我局{y}年度政府信息公开工作年度报告。")
    got, _ = import_text(text, "x.txt")
    assert got.year == report.year
    assert "公开" not in got.organ and "我局" not in got.organ, got.organ
