"""What an unseen-report trial on 2019-form reports of counties, their departments and townships in
the north-east and west (helper 92: 新疆, 内蒙古, …) found: 内蒙古's townships are 苏木, and a report
signed by one (伊敏苏木人民政府 over its date) had its organ left empty; and a search excerpt cut inside
一、总体情况, before any table, was told its tables could not be made out (digits run together,
pictures), which the copy never showed."""

from __future__ import annotations

from core.importers.opening import names_a_place, opening_subject
from core.importers.organ_words import organ_in_words
from core.importers.text import import_text

_SIGNED = ["三、收到和处理政府信息公开申请情况", "2019年度,我苏木未收到政府信息公开申请情况。",
           "四、政府信息公开行政复议、行政诉讼情况", "2019年,我苏木未发生政府信息公开行政复议和行政诉讼情况。",
           "六、其他需要报告的事项", "本单位无其他需报告事项。", "伊敏苏木人民政府", "2020年1月9日"]


def test_a_sumu_is_a_place_an_organ_is_named_by() -> None:
    """苏木 stands where 乡 or 镇 does in 内蒙古: its government signs and opens sentences by that name."""
    assert names_a_place("伊敏苏木人民政府") and names_a_place("哈日诺尔苏木")
    assert organ_in_words([], _SIGNED) == ("伊敏苏木人民政府", "伊敏苏木人民政府 2020年1月9日", "落款")
    assert opening_subject(["2019年,巴音乌兰苏木认真贯彻落实《条例》。"]) == (
        "巴音乌兰苏木", "2019年,巴音乌兰苏木")
    assert not names_a_place("苏木人民政府")                   # no place before it


def test_a_copy_signed_by_a_sumu_is_read_as_its_report() -> None:
    report, log = import_text("\n".join(_SIGNED), "excerpt.txt")
    assert (report.year, report.organ) == (2019, "伊敏苏木人民政府")
    assert any("落款" in n and "伊敏苏木人民政府" in n for n in log.notes)


_CUT = ("本年度报告根据《中华人民共和国政府信息公开条例》要求,由查干屯格乡人民政府党政办公室编制。"
        "本报告中统计数据期限为2020年1月1日至2020年12月31日。\n一、总体情况\n2020年,我乡按照上级有关要求,"
        "不断完善政府信息公开制度。\n㈠依申请公开情况。2020年查干屯格乡没有收到政府信息公开申请。\n㈡政府信息管理情况。查干屯格乡根")


def test_a_copy_cut_before_its_tables_is_not_told_they_cannot_be_made_out() -> None:
    """The tables' sections were never reached: the copy is incomplete, not its tables unreadable."""
    report, log = import_text(_CUT, "excerpt.txt")
    assert report.year == 2020 and set(report.form.input_addresses()) <= set(report.missing)
    assert {"2", "3", "4"} <= set(report.unread_sections)
    assert any("复制不完整，统计表所在的部分没有读到" in n for n in log.notes)
    assert not any("无法辨认" in n for n in log.notes)


def test_tables_written_as_sentences_are_still_told_unreadable() -> None:
    """Sections 三 and 四 reached and holding a sentence each instead of their tables: there is no
    table to read there, and the old words say so."""
    _, log = import_text("\n".join(_SIGNED), "excerpt.txt")
    assert any("统计表无法辨认" in n for n in log.notes)
