"""Reports of centrally and vertically managed organs (海事局, 矿山安全监察局, a province's 林草局), cut in
their overview as search excerpts are (issue 17: read any real report): a page served through a site's
big5 gateway, whose converter changed words (信息 → 資訊), is read by the form's own words; a sentence
whose subject is another body dealing with the report's own (国家某局转发我省信息) names no organ of the
report; "未收到申请公开事项" says no request came."""

from __future__ import annotations

from core.importers import import_bytes, script
from core.importers.organ_words import organ_in_words
from core.importers.overview_counts import _read_sentence
from core.importers.text import import_text

_GATEWAY = ("根據《中華人民共和國政府資訊公開條例》等規定,特向社會公佈青山海事局2021年政府資訊公開工作年度報告。"
            "本年度報告中所列數據統計期限自2021年1月1日起至2021年12月31日止。如對本年度報告有疑問,請與青山海事局辦公室聯繫。\n"
            "一、總體情況\n2021年,青山海事局通過局門戶網站對外公開資訊120條。\n"
            "(二)依申請公開情況\n2021年,青山海事局收到政府資訊公開申請3件。\n"
            "(三)行政復議、行政訴訟情況\n2021年,青山海事局未發生政府資訊公開行政復議和行政訴訟案件。\n")


def test_a_page_whose_converter_changed_words_is_read_by_the_forms_words() -> None:
    report, log = import_text(_GATEWAY, "x.txt")
    assert (report.organ, report.year) == ("青山海事局", 2021)
    assert report.cells.get("requests/1/total") == 3
    assert any("繁体" in n for n in log.notes)
    prose = "".join(report.texts.values())
    assert "公开信息120条" in prose and "资讯" not in prose       # read back as the report wrote it


def test_a_converter_of_characters_alone_keeps_its_words() -> None:
    """信息公開 as printed: the page's 資訊 were the report's own 资讯 (news), and stay so."""
    text = _GATEWAY.replace("資訊公開", "信息公開").replace("公開資訊", "公開教育資訊")
    assert script.is_traditional(text)
    report, _ = import_text(text, "x.txt")
    assert report.organ == "青山海事局"
    assert "教育资讯" in "".join(report.texts.values())
    assert script.converter(text)("教育資訊") == "教育资讯"
    assert script.converter(_GATEWAY)("教育資訊") == "教育信息"


def test_another_body_dealing_with_the_reports_own_names_no_organ() -> None:
    """国家某局累计转发我省信息330条: the subject is the State's body; the report (我局, 我省) is a
    province's, whose name the copy never prints."""
    head = ["2023年,我局持续深化政府信息公开。", "(一)强化主动公开。全年主动发布各类政府信息8000余条。"
            "国家林草局累计转发我省信息330条,较上年增长57.14%。"]
    assert organ_in_words(head, head) is None
    own = ["2023年,某某省林业和草原局认真贯彻《条例》,持续深化政府信息公开。", "我局全年发布信息8000余条。"]
    assert organ_in_words(own, own) is not None
    itself = ["2023年,某某县某某镇人民政府认真贯彻《条例》,推动我镇政务公开工作提质增效。"]   # 我镇: itself
    assert organ_in_words(itself, itself) is not None
    text = ("根据《中华人民共和国政府信息公开条例》规定编制本报告。报告所列数据期限为2023年1月1日至2023年12月31日。\n"
            "一、总体情况\n2023年,我局持续深化政府信息公开。\n(一)强化主动公开。全年通过门户网站主动发布各类政府信息8000余条。"
            "国家林草局累计转发我省信息330条,较上年增长57.14%。\n(二)规范办理依申请公开。全年受理政府信息公开申请24件。\n")
    report, _ = import_bytes(text.encode(), "x.txt")
    assert report.organ == ""


def test_no_request_for_disclosure_received() -> None:
    assert _read_sentence("2024年,某某局未收到申请公开事项", 2024) == [("requests/1/total", 0)]
    assert _read_sentence("全年未收到申请公开政府信息的事项", 2024) == [("requests/1/total", 0)]
    assert _read_sentence("未收到申请事项", 2024) == []                 # no 公开: whose requests, not said
    assert _read_sentence("未收到申请公开事项的投诉", 2024) == []
