"""收到…N件,均为自然人申请件 in 一、总体情况 of a copy cut before 表三 (宽城县政府办 2021–2023, 中阳县 2022): the year's
new requests, and, said of them in the very next clause, that every one came from a natural person — 一 自然人 N and
each 法人或其他组织 column 0. Only right after the clause counting the new requests (收到/新收), of a count read; a
clause saying it of anything else (上年结转, 予以公开, 受理) or saying more (均为自然人网上申请) is left unread.
Synthetic text."""

from __future__ import annotations

from typing import Any

from core.importers import import_bytes

ROW_ONE = ("requests/1/natural", "requests/1/commercial", "requests/1/research", "requests/1/nonprofit",
           "requests/1/legal", "requests/1/other", "requests/1/total")
ORGANISATIONS = ROW_ONE[1:6]


def _read(applications: str, year: int = 2023) -> dict[str, Any]:
    """A county office's copy of ``year`` cut in 一、总体情况 (三), before any table, its （二） ``applications``."""
    text = (f"某某县人民政府办公室{year}年度政府信息公开工作年度报告\n"
            f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n"
            "一、总体情况\n"
            f"（一）主动公开方面。{year}年，我办依托政府门户网站发布信息3470条。\n"
            f"（二）依申请公开方面。{applications}\n"
            "（三）政府信息管理方面。按照《条例》及国省相关规定理顺工作机制")
    report, log = import_bytes(text.encode(), "某某县政府办.txt")
    read = {a: report.cells.get(a) for a in ROW_ONE if a not in report.missing}
    assert all(log.read[a].startswith("从正文读取：") for a in read)
    return read


def test_every_new_request_from_a_natural_person_fills_the_row_s_columns() -> None:
    whole = {"requests/1/natural": 35, **{a: 0 for a in ORGANISATIONS}, "requests/1/total": 35}
    assert _read("依法依规做好政府信息依申请公开工作，全年共收到依申请公开35件，均为自然人申请件，全部按规定予以办理") == whole
    assert _read("2023年共收到政府信息公开申请35件，申请人均为自然人。") == whole
    assert _read("全年新收政府信息公开申请2件，全部为自然人提出的申请，均已按时答复。") == {
        "requests/1/natural": 2, **{a: 0 for a in ORGANISATIONS}, "requests/1/total": 2}


def test_said_of_anything_but_the_new_requests_or_saying_more_is_left_unread() -> None:
    assert _read("全年共收到依申请公开35件，均为自然人网上申请。") == {"requests/1/total": 35}
    assert _read("全年共收到政府信息公开申请3件，上年结转1件，均为自然人申请。") == {"requests/1/total": 3}
    assert _read("全年共收到政府信息公开申请3件，予以公开2件，均为自然人申请。") == {"requests/1/total": 3}
    assert _read("全年共受理依申请公开4件，均为自然人申请件。") == {}               # 受理: no 一 read
    assert _read("全年共收到依申请公开35件，多为自然人申请。") == {"requests/1/total": 35}
    # the new requests stated twice with different figures: neither, nor the columns
    assert _read("全年共收到依申请公开35件，均为自然人申请件。全年共收到依申请公开36件。") == {}
