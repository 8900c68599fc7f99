"""The level of an organ (乡镇街道, 县级部门, 县, 市级部门, 市, 省级部门, 省), told from its name.

Why: what is plausible depends on who reports. A city's 行政事业性收费 runs to 24,252 万元 and a
county's to 18,651 万元, while a township's rarely reaches a few hundred; one limit for all either
flags real figures or misses a 元 typed into the 万元 column. The name is read from its end: the last
administrative unit (省/自治区, 市/州/盟/地区, 县/区/旗, 乡/镇/街道/苏木) gives the level, and a
department after it (局, 委, 办, 厅…) rather than 人民政府/办事处 makes it that level's department.
When the name says too little ("司法局", "管委会") the level is unknown ("") and the caller must
stay unsure.
"""

from __future__ import annotations

import re
from functools import lru_cache

TOWNSHIP, COUNTY_DEPT, COUNTY, CITY_DEPT, CITY, PROVINCE_DEPT, PROVINCE = (
    "township", "county_dept", "county", "city_dept", "city", "province_dept", "province")
LEVELS = (TOWNSHIP, COUNTY_DEPT, COUNTY, CITY_DEPT, CITY, PROVINCE_DEPT, PROVINCE)

_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_UNIT = re.compile(r"自治区|特别行政区|自治州|自治县|地区|街道|苏木|[省市州盟县旗区乡镇]")
# A unit character inside an ordinary word is not a unit: 市场监督管理局, 城乡建设, 区域, 开发区…
_NOT_AFTER = {"市": ("城", "超", "都"), "乡": ("城", "家", "故", "下", "老"), "镇": ("乡", "城"),
              "区": ("园", "景", "社", "片", "校", "小", "商", "开发", "高新", "保税", "示范", "试验", "实验", "功能",
                    "风景", "保护", "工业", "经济", "辖", "城市", "灾", "山", "库", "牧", "林", "矿", "投资")}
_NOT_BEFORE = ("场", "政", "容", "民", "级", "直", "属", "域", "划", "村", "镇", "土", "委", "长", "情")
_GOVERNMENT = re.compile(r"^(?:人民政府|政府|人民政府办公室|政府办公室|人民政府办公厅|政府办公厅|办事处|街道办事处|街道办|公所|"
                         r"人民政府办|政府办|管理委员会|管委会)?$")
_LEVEL_OF_UNIT = {"自治区": PROVINCE, "特别行政区": PROVINCE, "省": PROVINCE, "自治州": CITY, "地区": CITY,
                  "盟": CITY, "市": CITY, "州": CITY, "自治县": COUNTY, "县": COUNTY, "旗": COUNTY, "区": COUNTY,
                  "街道": TOWNSHIP, "苏木": TOWNSHIP, "乡": TOWNSHIP, "镇": TOWNSHIP}
_DEPT = {PROVINCE: PROVINCE_DEPT, CITY: CITY_DEPT, COUNTY: COUNTY_DEPT, TOWNSHIP: TOWNSHIP}


def _units(name: str) -> list[re.Match[str]]:
    """The administrative units named in ``name``, in order."""
    units: list[re.Match[str]] = []
    for m in _UNIT.finditer(name):
        before, after = name[:m.start()], name[m.end():m.end() + 1]
        if before.endswith(_NOT_AFTER.get(m.group(), ())) or after.startswith(_NOT_BEFORE):
            continue
        named = m.start() - (units[-1].end() if units else 0)
        if named < 1:
            if not units or units[-1].start() < 1 or (len(units) > 1 and units[-1].start() == units[-2].end()):
                continue                          # 镇江市: a place name starting with a unit's character
            units.pop()                           # 桐乡市, 贵州省: the unit before was part of the name
        units.append(m)
    return units


def word_before(before: str, unit: str) -> str:
    """The word ``before`` ends in that makes ``unit``'s character part of an ordinary word (实验 of 实验区,
    开发 of 开发区, 城 of 城市), or "": no unit is named there."""
    return next((w for w in _NOT_AFTER.get(unit, ()) if before.endswith(w)), "")


@lru_cache(maxsize=64)
def abbreviates(short: str, name: str) -> bool:
    """科委 for 科学技术委员会, 司法局 for 洪泽区司法局: every character of ``short`` in ``name``, in order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def home_unit(name: str) -> str:
    """The organ's own unit: 区 for 洪泽区司法局, 镇 for 兴华镇人民政府 ("" when none is named)."""
    units = _units(plain_name(name))
    return units[-1].group() if units else ""


def plain_name(name: str) -> str:
    """The name without spaces and without a bracketed remark after it."""
    return re.sub(r"[（(].*$", "", "".join(name.split())) if name else ""


@lru_cache(maxsize=64)
def organ_level(name: str) -> str:
    """The level of the organ ``name`` ("" when the name does not tell); cached, since R8 asks for
    every cell it checks."""
    name = plain_name(name)
    units = _units(name)
    if not units:
        return ""
    last = units[-1]
    level = _LEVEL_OF_UNIT[last.group()]
    if level == CITY and len(units) == 1 and name.startswith(_MUNICIPALITIES):
        level = PROVINCE                          # 北京市人民政府 is a province; 北京市东城区 a county
    if level == CITY and last.group() == "市" and len(units) >= 2 and _LEVEL_OF_UNIT[units[-2].group()] == CITY:
        level = COUNTY                            # 某州某市: a county-level city
    rest = name[last.end():]
    if _GOVERNMENT.match(rest):
        return level
    return _DEPT[level]
