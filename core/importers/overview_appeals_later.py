"""表四's totals from a later section's words (五、六), for a copy holding no 表四 whose 一、总体情况 says nothing
of appeals.

A report keeping the pre-2019 items says the appeals in 六、其他需要报告的事项 (or in 五): "（三）因政府信息公开申请行政复议、
提起行政诉讼的情况 / 全年未出现因政府信息公开申请行政复议、提起行政诉讼的情况" (金山镇 2019), its 四 printing the heading
alone, the table lost. Those words are then the copy's only ones about 表四, and as plain as 一's would be.

A false figure is worse than a missing one, so this reads less than ``overview_counts`` does in 一:

- only for a copy holding none of 表四 whose own section holds no words, and only when no sentence of
  一、总体情况 reads any total of 表四 (its words, where it says them, are the report's own);
- only the sections after 表四's, clause by clause as ``overview_counts.read_clauses`` reads them (the
  appeals' own grammar: ``appeal_totals``), and a clause only where it names the disclosure itself
  (因政府信息公开…, 依申请公开…): a sentence apart, after a request's count or under a heading, has no subject here;
- never a sentence saying an aim (力争 确保 争取 避免 防止 杜绝 做到 保证 努力 下一步 今后 将): 五 is about improvements,
  whose "无行政复议" is one hoped for;
- a cell said twice with different figures is not read.

Each cell read is noted against 表四, as ``overview_counts`` notes its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import core.importers.from_words as from_words
import core.importers.overview_counts as overview_counts
import core.importers.overview_text as overview_text
from core.forms import Form, Table
from core.importers.model import ImportLog
from core.importers.overview_appeals import AIM, DISCLOSURE, REVIEW, SUITS
from core.report import Origin
from core.values import Value

_AIM = re.compile(AIM + "|\u5c06")
"""``AIM``'s words or 将 anywhere in the sentence: what is aimed at, not what was (五 is about improvements)."""


def later_totals(sentences: list[str], year: int) -> dict[str, tuple[int, str]]:
    """Each total of 表四 (by its meaning) the sentences say in a clause naming disclosure, once, with its sentence."""
    found: dict[str, set[int]] = {}
    said: dict[str, str] = {}
    for sentence in sentences:
        if _AIM.search(sentence):
            continue
        for meaning, value, clause in overview_counts.read_clauses(sentence, year):
            if meaning in (REVIEW, *SUITS) and DISCLOSURE.search(clause):
                found.setdefault(meaning, set()).add(value)
                said.setdefault(meaning, sentence)
    return {m: (next(iter(v)), said[m]) for m, v in found.items() if len(v) == 1}


def read_overview(form: Form, absent: list[Table], texts: Mapping[str, str], year: int, source: str,
                  cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str],
                  log: ImportLog, headed: Collection[str] = ()) -> None:
    """Fill the totals of 表四 ``later_totals`` finds in the sections after 表四's, for a copy holding none of
    it whose own section holds no words and whose 一 reads none of them, and one note."""
    appeals = {m: form.prose_cells[m] for m in (REVIEW, *SUITS) if m in form.prose_cells}
    tables = {form.cells[a].table.id for a in appeals.values()}
    if len(tables) != 1 or not form.sections or not tables <= {t.id for t in absent}:
        return
    table = form.table(next(iter(tables)))
    ids = [s.id for s in form.sections]
    if table.section not in ids or overview_text.written(form.section(table.section), texts):
        return
    if any(a in cells and a not in missing for a in appeals.values()):
        return                    # read already (from 一's words): those are the report's own
    first = overview_text.sentences(overview_text.section_text(form.sections[0], texts))
    if any(m in appeals for s in first for m, _, _ in overview_counts.read_clauses(s, year)):
        return
    later = [s for section in form.sections[ids.index(table.section) + 1:]
             for s in overview_text.sentences(overview_text.section_text(section, texts))]
    found = {appeals[m]: v for m, v in later_totals(later, year).items()}
    said = from_words.enter(found, source, cells, origins, missing, log)
    if said:
        log.note(f"{from_words.not_printed(table.name, table.id, headed)}，按后文（五、六部分）中说明因政府信息公开"
                 f"被申请行政复议、提起行政诉讼情况的一句读取了 {len(said)} 项：{from_words.listed(form, table.name, said)}。"
                 "请对照原文核对")
