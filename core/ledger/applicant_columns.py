"""Registers that give each applicant type a column: 申请人情况 over 自然人 | 法人或其他组织.

Such a register writes the applicant's name (or a √) under the column of its type, as 表三 counts
them; the type is then the column's, and a name the cell's. 法人或其他组织 is a group of several
of 表三's columns (商业企业, 科研机构 …): the name is read, the type is left to the clerk with a note,
never guessed from the name. A heading counts only among two or more such headings, so a column of
notes named 其他 in an ordinary register stays a column not read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Optional

from core.ledger.labels import Labels, normalize
from core.ledger.model import MAX_FIELD_CHARS

TYPED = "typed"
"""The field of a column named by an applicant type, as the ledger reader's header rows give it."""
GROUP_WORDS = frozenset(normalize(w) for w in ("法人或其他组织", "法人或者其他组织", "法人和其他组织", "法人及其他组织"))
"""Headings naming every applicant type but 自然人."""


def column_types(labels: Labels, heads: Iterable[tuple[int, str]]) -> dict[int, frozenset[str]]:
    """Column index → the applicant types its heading names, for headings that are applicant types
    (empty unless there are two or more, one of them 自然人 or the 法人 group)."""
    natural = frozenset(labels.applicant_candidates("自然人"))
    everyone = frozenset(x for ids in labels.applicants.values() for x in ids)
    found: dict[int, frozenset[str]] = {}
    for i, text in heads:
        ids = frozenset(labels.applicant_candidates(text))
        if not ids and normalize(text) in GROUP_WORDS:
            ids = everyone - natural
        if ids:
            found[i] = ids
    if len(found) < 2 or not any(ids == natural or len(ids) > 1 for ids in found.values()):
        return {}
    return found


def with_types(labels: Labels, heads: list[tuple[int, Optional[str], str]]) -> list[tuple[int, Optional[str], str]]:
    """A header row's (column, field, text) with the columns named by applicant types as ``TYPED``."""
    typed = column_types(labels, ((i, t) for i, k, t in heads if k is None))
    return [(i, TYPED if i in typed else k, t) for i, k, t in heads]


def read_typed(cells: list[tuple[str, frozenset[str], Any]], fields: dict[str, Any], where: str,
               flag: Callable[[Any, str], Optional[bool]], text: Callable[[Any], str],
               choices: list[tuple[str, str]], note: Callable[[str], None]) -> bool:
    """Fill ``fields``' applicant type and name, unless read from columns of their own, from the
    filled cells (heading, types, value) of one request's type columns: a mark (√, 是) gives the
    type only, a 否 nothing, other text the name as well. True when a name was read."""
    types: set[frozenset[str]] = set()
    names: list[str] = []
    for head, ids, raw in cells:
        mark = flag(raw, head)
        if mark is not False:
            types.add(ids)
        if mark is None:
            names.append(text(raw))
    heads = "".join(f"“{head}”" for head, ids, _ in cells if ids in types)
    kind = ""
    if len(types) > 1:
        note(f"{where}{heads}都有内容，申请人类型未读取，请核对")
    elif types and len(ids := next(iter(types))) > 1:
        kinds = "、".join(label for x, label in choices if x in ids)
        note(f"{where}{heads}有内容，但表三将其分为{kinds}，申请人类型未读取，请在台账中选择")
    elif types:
        kind = next(iter(ids))
    if kind and not fields.get("applicant"):
        fields["applicant"] = kind
    if names and not fields.get("name"):
        fields["name"] = "；".join(names)[:MAX_FIELD_CHARS]
        return True
    return False
