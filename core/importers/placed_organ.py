"""The organ's whole name when its title leaves out the place: 市文化广电和旅游局2023年…报告 over a
preamble that says 常州市文化广电和旅游局编制了…, and a contact line 请联系:常州市文化广电和旅游局办公室.

Why: many organs title their report as their own site prints it (市XX局, 区XX局, 县XX局, 镇人民政府),
the place left to the page it stands on; imported as printed, the report's organ names no place, and
the clerk must type it again. Why so narrowly: a name is never made whole by guessing its place; only
a full name the same report prints (its page's 来源 field, its opening's subject or sentence naming its
report, its contact line, its signature, or a sentence's words where a name begins: 2019年孝感市政府
研究室主动公开…, the subject right after the year), ending with the title's words, completes them — and only when every such name names
one place (江苏省常州市… and 常州市… are one); two different places leave
the title's name as printed, and the clerk is told either way.
"""

from __future__ import annotations

import re
from typing import Optional

from core.importers.opening import names_a_place, opening_subject
from core.importers.organ_words import is_name, names_in_words
from core.importers.prose import named_in_sentence

_PLACELESS = re.compile(r"^[市县区旗州盟乡镇]")
"""How a name begins that leaves out its place: with the kind of place it is (市…局, 区…局, 镇人民政府)."""
_FIELD = re.compile(r"(?:来\s*源|发\s*布\s*机\s*构|发布单位|发文机关|发文单位)\s*[:：]\s*"
                    r"([\u4e00-\u9fff（）()]{3,30})(?=$|[\s|\uff5c,，;；。])", re.M)
"""来源：常州市文化广电和旅游局, a page's field naming who published the article (the site's owner as often:
only a name ending with the title's words is taken from it)."""
_NOT_A_PLACE = re.compile(r"的|了|编制|公布|发布|转载|印发|本站|网|我|^(?:[本全各该在向对与经由据同请督让使按及并]|会同|配合|协助|协调"
                         r"|联合|联系|组织|参加|要求|指导|推动|通过|依托|积极|上报|报送|督促|提请|商请|会商)")
"""Words before the title's name that are no place (编制了市…局, 本站转载市…局, 配合市…局, 协调市…局), at the
cost of a few real places missed (本溪市, 全椒县, 同心县: the title's name is then kept, never a wrong one)."""
_STARTS = r"(?:(?<=\d年)|(?<=\d年度))(?![年月日度])"
"""Where a name printed in a sentence begins: right after the year (2019年孝感市政府研究室主动公开…),
the sentence's subject. Never after a mere mark: a verb's object may follow one (，协调市文化广电和旅游局…,
，报送区教育局审核), and 协调市 would be read as a city."""
_MARKS = "。；;！？，,"
"""Where the clause shown to the clerk ends."""


def placeless(organ: str) -> bool:
    """``organ`` begins with the kind of place, not its name (市文化广电和旅游局, 镇人民政府)."""
    return bool(_PLACELESS.match(organ)) and not names_a_place(organ)


def whole_name(organ: str, head: list[str], lines: list[str]) -> Optional[tuple[str, str]]:
    """(the organ to read, the note telling the clerk) when ``organ`` leaves out its place and the
    report (``lines``, a line a paragraph; ``head``, its first paragraphs) prints a full name ending
    with it: that name when all such names name one place, else ``organ`` as it was. None when
    ``organ`` names its place, or no full name ends with it."""
    if not placeless(organ):
        return None
    found = [(named[0], named[2], "正文开头所说的报告名称") for text in head
             if (named := named_in_sentence(text)) is not None]
    if (subject := opening_subject(head)) is not None:
        found.append((subject[0], subject[1], "正文开头"))
    found += [(re.sub(r"\s+", "", m.group(1)), m.group().strip(), "网页的发布信息")
              for text in head for m in _FIELD.finditer(text)]
    found += names_in_words(head, lines)
    found += _printed_whole(organ, lines)
    whole = [(name, words, where) for name, words, where in found
             if len(name) > len(organ) and name.endswith(organ) and is_name(name, body=False)
             and not _NOT_A_PLACE.search(name[:-len(organ)])]
    if not whole:
        return None
    names = sorted({name for name, _, _ in whole}, key=len)
    if any(not name.endswith(names[0]) for name in names[1:]):
        listed = "、".join(f"“{name}”" for name in names)
        return organ, f"标题中的单位名称“{organ}”没有写地名，原文写有{listed}，不能确定是哪一个，单位名称按标题读取，请核对"
    name, words, where = next(w for w in whole if w[0] == names[0])
    words = words if len(words) <= 60 else words[:60] + "…"
    return name, f"标题中的单位名称“{organ}”没有写地名，已按{where}“{words}”读作“{name}”，请核对"


def _printed_whole(organ: str, lines: list[str]) -> list[tuple[str, str, str]]:
    """Every place printed just before ``organ`` where a name may begin (，常州市文化广电和旅游局编制…,
    2019年孝感市政府研究室…): (the whole name, the words around it, where)."""
    pattern = re.compile(_STARTS + r"([\u4e00-\u9fff]{2,8}?)" + re.escape(organ))
    return [(m.group(1) + organ, _clause(line, m.start(), m.end()), "正文")
            for line in lines for m in pattern.finditer(line)]


def _clause(line: str, start: int, end: int) -> str:
    """The clause of ``line`` that holds ``line[start:end]``, to show the clerk where the name is."""
    first = max(line.rfind(mark, 0, start) for mark in _MARKS) + 1
    last = min((i for mark in _MARKS if (i := line.find(mark, end)) >= 0), default=len(line))
    return line[first:last].strip()
