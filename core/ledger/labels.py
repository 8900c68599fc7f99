"""The words a register writes for an outcome or an applicant type, read as the form's own ids.

Clerks' registers rarely copy the form's label: they write the leaf alone (属于国家秘密), the
item without its counting note (部分公开), a short form (国家秘密), or a word of their own
(个人, 律师事务所). Everything is matched against the form's labels and row aliases, so a new
format needs no code; the few synonyms below name a *label*, never a row id. A word that fits more
than one row (公开, 2021's 其他处理, 法人) is never resolved: a wrong count in 表三 is worse than a
cell the clerk is asked to fill in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Optional

from core.forms import Form, Table

OUTCOME_SYNONYMS = {"全部公开": "予以公开", "同意公开": "予以公开"}
"""Words registers use for a label of the outcome side (synonym → the label's words)."""

APPLICANT_SYNONYMS = {
    "个人": "自然人", "公民": "自然人", "自然人申请": "自然人",
    "企业": "商业企业", "公司": "商业企业", "企业法人": "商业企业",
    "科研院所": "科研机构",
    "公益组织": "社会公益组织",
    "律师事务所": "法律服务机构", "律所": "法律服务机构",
}
"""Words registers use for an applicant column (synonym → the column's label)."""

MIN_LEAF_CHARS = 3
"""A leaf read alone must say something by itself: 2021's "3.其他" (其他) does not."""

_NUMBERING = re.compile(r"\([一二三四五六七八九十]+\)|(?<![0-9])[0-9]{1,2}[.、](?![0-9])|^[一二三四五六七八九十]+、")
_NOTE = re.compile(r"\([^()]*\)")
_SHORT = re.compile(r"^([0-9]{1,2}[.、])?属于")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def normalize(text: str) -> str:
    """The words of ``text`` only: full-width forms folded, numbering ((三), 1., 三、), spaces and
    punctuation dropped, so （三）不予公开 1.属于国家秘密 and 不予公开—属于国家秘密 compare equal."""
    text = _NUMBERING.sub("", _nfkc(text).strip())
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PSZC")


def _without_notes(text: str) -> str:
    """``text`` without its bracketed notes: 部分公开（区分处理的，只计这一情形…） → 部分公开."""
    return _NOTE.sub("", _nfkc(text))


class Labels:
    """The lookup tables of one form: normalized words → the ids they may mean."""

    def __init__(self, form: Form) -> None:
        self.outcomes: dict[str, set[str]] = {}
        self.applicants: dict[str, set[str]] = {}
        spec = form.ledger
        if spec is None:
            return
        table = form.table(spec.table)
        self._outcome_keys(table, spec.outcomes)
        for col_id in spec.applicants:
            self._add(self.applicants, col_id, table.col(col_id).label)
        for word, label in APPLICANT_SYNONYMS.items():
            self._synonym(self.applicants, word, label)
        for word, label in OUTCOME_SYNONYMS.items():
            self._synonym(self.outcomes, word, label)

    @staticmethod
    def _add(keys: dict[str, set[str]], target: str, *texts: str) -> None:
        for text in texts:
            for variant in (text, _without_notes(text)):
                key = normalize(variant)
                if key:
                    keys.setdefault(key, set()).add(target)

    def _synonym(self, keys: dict[str, set[str]], word: str, label: str) -> None:
        meant = keys.get(normalize(label), set())
        if len(meant) == 1 and normalize(word) not in keys:
            keys[normalize(word)] = set(meant)

    def _outcome_keys(self, table: Table, outcomes: Iterable[str]) -> None:
        rows = [table.row(r) for r in outcomes]
        groups: dict[str, list[str]] = {}
        for row in rows:
            groups.setdefault(row.group, []).append(row.id)
        for row in rows:
            short = [_nfkc(x).strip() for x in (row.label, *row.aliases)]
            short += [_SHORT.sub("", leaf) for leaf in short]  # 属于国家秘密 → 国家秘密
            if row.group:
                self._add(self.outcomes, row.id, *(f"{row.group}{leaf}" for leaf in short))
                self._add(self.outcomes, row.id, row.group)  # ambiguous unless the group has one row
                self._add(self.outcomes, row.id, *(x for x in short if len(normalize(x)) >= MIN_LEAF_CHARS))
            else:
                self._add(self.outcomes, row.id, *short)

    @staticmethod
    def _lookup(keys: dict[str, set[str]], text: str) -> set[str]:
        """Every id ``text`` may mean: by its words, else by its words without bracketed notes."""
        for variant in (text, _without_notes(text)):
            found = keys.get(normalize(variant))
            if found:
                return found
        return set()

    def outcome_candidates(self, text: str) -> set[str]:
        return self._lookup(self.outcomes, text)

    def applicant_candidates(self, text: str) -> set[str]:
        return self._lookup(self.applicants, text)

    def outcome(self, text: str) -> Optional[str]:
        found = self.outcome_candidates(text)
        return next(iter(found)) if len(found) == 1 else None

    def applicant(self, text: str) -> Optional[str]:
        found = self.applicant_candidates(text)
        return next(iter(found)) if len(found) == 1 else None


_cache: dict[int, tuple[Form, Labels]] = {}


def labels(form: Form) -> Labels:
    """The lookup tables of ``form``, built once per form object (an import reads 20,000 rows)."""
    entry = _cache.get(id(form))
    if entry is None or entry[0] is not form:
        entry = _cache[id(form)] = (form, Labels(form))
    return entry[1]


def outcome_choices(form: Form) -> list[tuple[str, str]]:
    """(row id, label as the form prints it) of every outcome a request may have, in form order."""
    if form.ledger is None:
        return []
    table = form.table(form.ledger.table)
    return [(r, table.row_label(r)) for r in form.ledger.outcomes]


def applicant_choices(form: Form) -> list[tuple[str, str]]:
    """(column id, label) of every applicant type, in form order."""
    if form.ledger is None:
        return []
    table = form.table(form.ledger.table)
    return [(c, table.col(c).label) for c in form.ledger.applicants]


def outcome_label(form: Form, row_id: str) -> str:
    """How a stored outcome is written out: the form's label, or the id itself when the form has
    no such outcome (a request kept from another format), so nothing is silently blanked."""
    return dict(outcome_choices(form)).get(row_id, row_id)


def applicant_label(form: Form, col_id: str) -> str:
    return dict(applicant_choices(form)).get(col_id, col_id)


def parse_outcome(text: str, form: Form) -> Optional[str]:
    """The outcome row ``text`` names, or None when it names none or more than one."""
    return labels(form).outcome(text)


def parse_applicant(text: str, form: Form) -> Optional[str]:
    """The applicant column ``text`` names, or None when it names none or more than one."""
    return labels(form).applicant(text)
