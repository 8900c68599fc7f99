"""An opening's subject is the organ's name up to its verb: a body followed by 在 (the preposition of
where it worked) names no organ. A printed page wrapped 淮北市人民医院 2021's sentence so that a line
opened "2021 年医院在淮北市人民政府信息公开网上…", and 医院在淮北市人民政府 was read as the organ."""

from __future__ import annotations

from core.importers.opening import opening_subject


def test_a_body_at_work_somewhere_is_no_organ() -> None:
    for text in ("2021年医院在淮北市人民政府信息公开网上及时完善内容、规范发布信息总计22条。",
                 "2023年，我局在县人民政府门户网站发布信息56条。",
                 "2022年，中心在市政府网站公开信息12条。"):
        assert opening_subject([text], any_verb=True) is None, text


def test_an_organ_at_its_work_is_still_read() -> None:
    found = opening_subject(["2021年，淮北市人民医院认真贯彻落实《中华人民共和国政府信息公开条例》。"], any_verb=True)
    assert found is not None and found[0] == "淮北市人民医院"
    found = opening_subject(["2023年，泸溪县白沙镇人民政府在县委县政府的领导下，认真贯彻落实《条例》。"], any_verb=True)
    assert found is not None and found[0] == "泸溪县白沙镇人民政府", found
