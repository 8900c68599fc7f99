"""A line of prose that states a count, told from a table's row that prints one.

Why: a report's overview says its figures in the words of the form's row labels (本年新收政府信息公开
申请数量为4件，与上年相比减少66.6%，上年结转政府信息公开申请数量为1件，…). Printed to a page, the
paragraph wraps, and a line may begin with such a label: taken for 表三's header or a row, the
overview's sentence was neither read as prose nor as a table (东华门街道 2025 printed to PDF). A
table's row prints its label and then only numbers or blank cells (a 件 after them at most:
本年新收政府信息公开申请数量 4件 0件); a sentence goes on with a verb or a copula before its number
(为/是/共/达/有…) or on past its number's unit into another clause (4件，与上年相比…).
"""

from __future__ import annotations

import re

from core.importers.match import fold

_NUMBER = r"(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_UNIT = r"(?:件|个|条|项|次|宗|起|人次|份)"
"""The units a sentence's count ends in. Not ``overview_appeals.UNIT``, on purpose: that one reads a figure
into a cell, so it takes only what a request or an appeal is counted in — never 人次, people (接待来访群众12人次),
which no cell counts; this one reads no figure, it only tells a sentence from a row, and a sentence counting
people (培训干部120人次，…) is a sentence all the same. UNIT's 件次 (whose 件 ``_COPULA`` finds anyway) and 例
are not here: a shared list would newly take 3件次，… and 5例，… for a clause going on (``_CLAUSE_AFTER``), a
change no copy seen has asked for."""

_COPULA = re.compile(r"(?:为|是|共计?|总计为|合计为|累计|达到?|有)" + _NUMBER + _UNIT)
"""为4件, 是1件, 共计3件, 达12件, 有2件: a sentence's verb before its number; never a row's label
(总计 and 合计 alone name a row, 总计 4件 is its cells: only 总计为 is said)."""

_CLAUSE_AFTER = re.compile(r"\d" + _UNIT + r"[,;。!?][^\d\s]")
"""4件，与上年相比…: a number's unit and then another clause of words — a cell ends at its unit."""


def states_a_count(text: str) -> bool:
    """Whether a line is a sentence saying a count in words rather than a row of cells. The line's
    spaces are dropped first: a PDF's text layer spaces a number from the words around it
    (上年结转政府信息公开申请数量为 1 件,…)."""
    s = re.sub(r"\s+", "", fold(text))      # (folded: ，；！？ are ,;!?)
    return bool(_COPULA.search(s) or _CLAUSE_AFTER.search(s))
