"""The requests decided this year named as a whole, a clause a run of results may follow, for ``overview_results``.

Some overviews give no count received and start at the requests decided (本年度共办结依申请政府信息公开事项23件,
其中予以公开7件,不予公开1件,无法提供12件,不予处理2件,其他处理1件: 杭州市教育局 2020). The results then part
those decided, which are the form's 三（七） whether or not some were carried in from last year — so such a run is
read as one after the requests received is, where its figures add up to the 办结 count exactly.

The clause is (共|累计|合计)(已)办结, then the requests' own words (``WHAT``, naming them: 公开 among the words), then
one figure: 办结23件 with no words of what was decided is no head (it may count anything the sentence spoke of). Before
the verb only the clause's time and subject, as for the requests received (全区 全市, 其中, 网上…, another time or
year: not read). Only where no run of the requests received is open: after 收到… the 办结 clause stays what it was.
"""

from __future__ import annotations

import re

from core.importers.overview_appeals import AMOUNT, UNIT
from core.importers.request_words import WHAT, before_verb_ok, names_requests

DECIDED_HEAD = re.compile(f"^(?P<pre>.*?)(?:\u5171|\u7d2f\u8ba1|\u5408\u8ba1)?(?:\u5df2)?\u529e\u7ed3"
                          f"(?P<what>{WHAT}){AMOUNT}(?P<n>\\d+)\\s*{UNIT}$")
"""(共|累计|合计)(已)办结 + the requests' words + N件."""


def decided_head(clause: str, year: int, narrow: re.Pattern[str], another_time: re.Pattern[str]) -> int | None:
    """The figure of a clause naming this year's requests decided as a whole (its words name the requests, its
    prefix only time and subject), or None."""
    m = DECIDED_HEAD.fullmatch(clause)
    if m is None or not m["what"] or not names_requests(m["what"]):
        return None
    if not before_verb_ok(m["pre"], year, narrow=narrow, another_time=another_time):
        return None
    return int(m["n"])
