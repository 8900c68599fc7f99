"""The words of 一、总体情况 as the overview readers take them: the section's text (its subsections' with it),
whether it holds any, and its sentences — spaces out, a year's lost 年 put back, a subsection's heading run on
into its first sentence set apart (as a PDF joins them). Every overview reader splits the same way, so a
figure one reads and another weighs are in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from core.forms import Section


def written(section: Section, texts: Mapping[str, str]) -> bool:
    return any(texts.get(k, "").strip() for k in [section.id, *(s.id for s in section.subsections)])


def section_text(section: Section, texts: Mapping[str, str]) -> str:
    return "\n".join(texts[k] for k in [section.id, *(s.id for s in section.subsections)] if texts.get(k))


_RUN_ON_HEADING = re.compile("^[(\uff08][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]{1,2}[)\uff09]"
                             "(?:[^\uff0c,\uff1b;\uff1a:\\d]*?(?:\u60c5\u51b5|\u65b9\u9762)|(?:\u4f9d\u7533\u8bf7\u516c\u5f00|\u4e3b\u52a8\u516c\u5f00)"
                             "(?!\u60c5\u51b5|\u65b9\u9762|\u5de5\u4f5c|\u653f\u5e9c|\u4fe1\u606f|\u7684|\u4e8b\u9879|\u529e\u7406)"
                             "|\u4f9d\u7533\u8bf7\u516c\u5f00(?:\u529e\u7406|\u5de5\u4f5c)(?=\u5168\u5e74|\u672c\u5e74|\u4eca\u5e74|\\d{4}\u5e74))"
                             "(?=[^\uff0c,\uff1b;\uff1a:])")
"""A subsection's heading run on into its first sentence, as a PDF joins the heading's line to the
paragraph under it: （二）依申请公开情况2023年我镇未收到… / （二）依申请公开全年无… — its words up to the
first 情况 or 方面 (no figure, no clause's end), or the subsection's own name alone (依申请公开, 主动公开:
not 依申请公开工作…, 依申请公开政府信息…, whose heading goes on), or 依申请公开办理/工作 where the
sentence's time follows (（二）依申请公开办理全年共收到…, 亳州市政府办公室 2025: 全年 本年 今年 2025年). A copy
printing the heading on a line of its own reads it as a sentence apart: so does this one."""


_RUN_ON_POINT = re.compile("^[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]\u662f"
                           "[^\uff0c,\uff1b;\uff1a:\u3001\\d]{1,16}?\u5de5\u4f5c(?=(?:19|20)\\d{2}\u5e74)")
"""A point's heading run on into its sentence with no stop, the sentence opening with its year (深圳市生态环境局
2022: 二是做好依申请公开工作2022年共收到政府信息公开申请195件…): 一是/二是…, words up to 工作 (no figure, no clause's
end), then a year — set apart as its own sentence, as it is where a stop follows it (二是做好依申请公开工作。2023年…).
Not one going on otherwise (二是做好依申请公开2022年…, 二是依申请公开工作量…): its words stay one with the count."""


_DOT_AS_STOP = "(?<=[\u4e00-\u9fff])(?<![\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341])[.\uff0e]"
"""A dot right after a Chinese word (2022年,未收到依申请公开事项., 杨凌示范区审计局 2022): a page typed with the Western
full stop, or its full-width ．, for 。 — the sentence ends there. Not after a figure (3.5万, 1.依申请公开: a decimal,
an item's number) nor after a numeral character (一.总体情况: a heading's number)."""


def sentences(text: str) -> list[str]:
    """Sentences (ended by 。！？, a dot typed for 。 (``_DOT_AS_STOP``); or a line's end), their spaces taken out (已办 结 20 件), 年 put back after an opening
    year that lost it (2023全年…, 2024共…), a heading run on into the first of them taken off."""
    out = []
    for line in text.splitlines():
        for s in re.split(f"[\u3002\uff01\uff1f!?]|{_DOT_AS_STOP}", line):
            s = re.sub("^((?:19|20)\\d{2})(?=\u5168\u5e74|\u5171)", "\\1\u5e74", re.sub(r"\s+", "", s))  # 2023全年: 2023年全年
            if m := _RUN_ON_HEADING.match(s) or _RUN_ON_POINT.match(s):
                out.append(s[:m.end()])
                s = s[m.end():]
            if s:
                out.append(s)
    return out
