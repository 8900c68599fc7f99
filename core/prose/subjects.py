"""Whose figure a sentence states: the report's own organ, or another one named as the subject.

"区司法局收到政府信息公开申请12件" in a district government's report, or "区政府办代表区政府受理…17件"
in it, state another organ's figure, which the report's tables (the whole government's) need not
equal. An organ named after 向/对/被/经 (向市政府申请行政复议) is not the subject, and 本机关, 我局,
本镇 are the report's own. An organ counts as the report's own when it names the same unit (区, 镇…)
and its rest (司法局, 人民政府, 科委) abbreviates the report's organ name; without an organ name nothing
named can be told to be ours, so the figure is left alone.
"""

from __future__ import annotations

import re
from typing import Optional

from core.organ_level import abbreviates, home_unit, plain_name, word_before

_UNITS = ("街道", "省", "市", "州", "县", "区", "旗", "镇", "乡")


def other_organ(pattern: Optional[re.Pattern[str]], text: str, start: int, end: int, own: str) -> bool:
    """Whether ``text[start:end]`` names an organ other than ``own`` as a subject."""
    if pattern is None:
        return False
    own = "".join(own.split())
    return any(not _is_own(_named(text, m), own) for m in pattern.finditer(text, start, end))


def _named(text: str, m: re.Match[str]) -> str:
    """The organ a match names: with the word its unit's character ends (实验区管委 in 平潭综合实验区管委会's
    2025 report, "实验区管委会（办公室）制发行政规范性文件9件": 区 there is no district but part of 实验区, a name
    compared whole with the report's organ — taken as 区 + 管委, a district's other organ, the report's own
    figures were left unread, and its 表二's run of digits 97253 unsettled)."""
    named = "".join(m.group().split())
    unit = next((u for u in _UNITS if named.startswith(u)), "")
    word = word_before(text[max(0, m.start() - 4):m.start()], unit) if unit else ""
    return word + named


def _is_own(named: str, own: str) -> bool:
    named = "".join(named.split())
    unit = next((u for u in _UNITS if named.startswith(u)), "")
    rest = named[len(unit):]
    if not own or not rest or not abbreviates(rest, own):
        return False
    if not unit:
        return True
    # the unit must be the organ's own: 市政府 in a county's report is the city's
    return home_unit(own) == unit


_GOVERNMENT = re.compile(r"(街道|[省市州县区旗镇乡])(?:人民政府|政府|管理委员会|管委会|办事处)?$")


def own_area(scope: str, own: str) -> bool:
    """Whether a scope word (全区, 全县) names the area of the report's own organ when that organ is
    the area's government (人民政府, 管委会, 街道办事处 — not a department, not the government's office)."""
    unit = scope[1:] if scope.startswith("全") else ""
    found = _GOVERNMENT.search(plain_name(own))
    return bool(unit) and found is not None and found.group(1) == unit
