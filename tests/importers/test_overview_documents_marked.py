"""表二's 本年废止 is the year's repealed 规范性文件, not the documents an organ marked 废止 in the catalogue
of what it published (标注废止文件200个, 广东省发展和改革委员会 2024: of any year and kind, beside 制发规范性文件6个):
a copy cut before 表二 leaves that cell unread rather than read so."""

from __future__ import annotations

import pytest

from core.importers import import_bytes

REPEALED, ISSUED = "art20_1/normative/repealed", "art20_1/normative/issued"
TITLE = "某某省某某局2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n"


@pytest.mark.parametrize("marked", ["标注废止文件200个", "标记废止规范性文件12件"])
def test_documents_marked_repealed_are_not_the_years_repealed(marked: str) -> None:
    report, _ = import_bytes((TITLE + f"（三）政府信息管理。制发规范性文件6个，{marked}。\n").encode("utf-8"), "x.txt")
    assert report.cells.get(ISSUED) == 6
    assert REPEALED in report.missing


def test_the_years_repealed_documents_are_still_read() -> None:
    report, _ = import_bytes((TITLE + "（三）政府信息管理。制发规范性文件6个，废止文件2个。\n").encode("utf-8"), "x.txt")
    assert (report.cells.get(ISSUED), report.cells.get(REPEALED)) == (6, 2)
