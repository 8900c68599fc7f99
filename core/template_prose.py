"""Which cell each meaning the prose readers find in 一、总体情况 fills (the template's ``prose_cells``).

The readers of the overview's words (``core.importers.overview_*``) know what a sentence says —
the year's new requests, those carried in, a none of 行政复议 — not where a form keeps it: that is a
fact about the form, so the template says it, and next year's form with other ids needs a new
template, not new code. A meaning the template leaves out (the 2019 form has no 本年制发 column for
规范性文件) is one its readers do not read. ``results`` maps the results reader's names of the
outcomes (the numbering of the national form's 三（一）…（六）: ``3.4.1`` is 本机关不掌握相关政府信息)
to the cells holding them; an outcome the form splits further (the 2021 form's 其他处理 is three rows)
or only sums is left out, and is not read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.forms import Form
from core.template_errors import TemplateError, keys

NEW_REQUESTS = "new_requests"
"""本年新收: the requests received this year."""
CARRIED_IN = "carried_in"
"""上年结转: the requests last year carried over into this one."""
DECIDED_TOTAL = "decided_total"
"""办结 / 办理结果总计: every request decided this year."""
CARRIED_OUT = "carried_out"
"""结转下年度: the requests carried over into next year."""
REVIEW_TOTAL = "review_total"
"""行政复议's total."""
SUIT_DIRECT_TOTAL = "suit_direct_total"
"""行政诉讼 brought without a review first: its total."""
SUIT_AFTER_REVIEW_TOTAL = "suit_after_review_total"
"""行政诉讼 brought after a review: its total."""
REVIEW_UPHELD, REVIEW_CORRECTED = "review_upheld", "review_corrected"
REVIEW_OTHER, REVIEW_PENDING = "review_other", "review_pending"
"""行政复议's results, said right after its total (结果维持 结果纠正 其他结果 尚未审结: ``overview_review_results``)."""
NORMATIVE_ISSUED = "normative_issued"
"""行政规范性文件 本年制发."""
NORMATIVE_REPEALED = "normative_repealed"
"""行政规范性文件 本年废止."""
NORMATIVE_IN_FORCE = "normative_in_force"
"""行政规范性文件 现行有效."""
RULES_ISSUED = "rules_issued"
"""规章 本年制发 (said with the 规范性文件 in a none: 未制发规章、规范性文件; or a count naming them: 制发政府规章1份)."""
RULES_REPEALED = "rules_repealed"
"""规章 本年废止 (said with the 规范性文件 in a none: 未废止规章、规范性文件)."""
RULES_IN_FORCE = "rules_in_force"
"""规章 现行有效 (a count naming them: 现行有效政府规章8份)."""
NEW_NATURAL, NEW_COMMERCIAL, NEW_RESEARCH = "new_natural", "new_commercial", "new_research"
NEW_NONPROFIT, NEW_LEGAL, NEW_OTHER = "new_nonprofit", "new_legal", "new_other"
"""本年新收 by applicant: 自然人, then the 法人或其他组织 kinds (商业企业 科研机构 社会公益组织 法律服务机构 其他)."""

MEANINGS = (NEW_REQUESTS, CARRIED_IN, DECIDED_TOTAL, CARRIED_OUT, REVIEW_TOTAL, SUIT_DIRECT_TOTAL,
            SUIT_AFTER_REVIEW_TOTAL, REVIEW_UPHELD, REVIEW_CORRECTED, REVIEW_OTHER, REVIEW_PENDING,
            NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE, RULES_ISSUED, RULES_REPEALED, RULES_IN_FORCE, NEW_NATURAL, NEW_COMMERCIAL, NEW_RESEARCH, NEW_NONPROFIT, NEW_LEGAL, NEW_OTHER)
RESULTS = "results"
OUTCOMES = ("3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8",
            "3.4.1", "3.4.2", "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6")
"""The outcomes the results reader names a single row by (its groups 3.3, 3.4, 3.5 only count toward a sum)."""


def prose_cells(raw: Mapping[str, Any], form: Form, name: str) -> tuple[dict[str, str], dict[str, str]]:
    """(meaning → address, outcome → address) of the template's ``prose_cells``; each address a cell
    of the form, not of a legacy row (kept to read older reports, never a place a figure is entered)."""
    spec = raw.get("prose_cells", {})
    where = f"{name}：prose_cells"
    keys(spec, (*MEANINGS, RESULTS), where)
    results = spec.get(RESULTS, {})
    keys(results, OUTCOMES, f"{where}：{RESULTS}")
    out: list[dict[str, str]] = []
    for entries, at in (({k: v for k, v in spec.items() if k != RESULTS}, where), (results, f"{where}：{RESULTS}")):
        for key, address in entries.items():
            if not isinstance(address, str) or address not in form.cells or form.is_legacy(address):
                raise TemplateError(f"{at}[{key}]：“{address}”不是本格式可填写的单元格")
        out.append(dict(entries))
    return out[0], out[1]
