"""A 繁体 copy whose converter wrote a regional or stray form of a character (陜 for 陝, 衞 for 衛)
reads as simplified too: the table takes OpenCC's variants tables besides TSCharacters
(scripts/build_t2s.py), and a form no OpenCC table maps (陜) from the script's own list."""

from __future__ import annotations

from pathlib import Path

from core.importers import script
from core.importers.text import import_text
from importers.files import differences, fixture, table_text
from scripts import build_t2s

SHAANXI_TRAD = "\u965c\u897f\u7701\u67d0\u7e23\u4eba\u6c11\u653f\u5e9c"   # 陜西省某縣人民政府, as a site wrote it


def test_a_stray_form_of_a_place_name_reads_simplified_in_the_organ() -> None:
    report = fixture("samples/huaian-city-2024")
    text = table_text(report, "tab")
    back = {ord(s): chr(t) for t, s in reversed(list(script.table().items())) if len(s) == 1}
    trad = text.translate(back).replace(report.organ.translate(back), SHAANXI_TRAD)
    assert SHAANXI_TRAD in trad
    got, _ = import_text(trad, "x.txt")
    assert got.organ == "陕西省某县人民政府"
    assert differences(got, dict(report.cells)) == []


def test_the_table_maps_the_regional_forms_and_leaves_simplified_text_alone() -> None:
    assert script.simplified("陜西 衞生 敍述 粧 枱 糭") == "陕西 卫生 叙述 妆 台 粽"
    assert script.simplified("温度 凶 吃 著作 台 叙") == "温度 凶 吃 著作 台 叙"


def test_the_build_reads_a_regional_form_as_its_standard_one(tmp_path: Path) -> None:
    ts = tmp_path / "TSCharacters.txt"
    ts.write_text("衛\t卫\n溫\t温\n乾\t干 乾\n", encoding="utf-8")
    hk = tmp_path / "HKVariants.txt"
    hk.write_text("衛\t衞\n溫\t温\n乾\t乹\n", encoding="utf-8")   # 温 is simplified; 乾 has no reading
    pairs = build_t2s.build(ts, [hk])
    assert pairs["衞"] == "卫" and pairs["衛"] == "卫"
    assert "温" not in pairs and "乹" not in pairs and "乾" not in pairs
    assert pairs[chr(0x965C)] == "陕"
