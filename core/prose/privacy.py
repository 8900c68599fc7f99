"""The privacy scan before publishing: mobile numbers, ID numbers, bank cards, requesters' names.

Quiet where it can be: an 18-digit number is an ID number only when its check digit is right, a
16–19 digit number a bank card only when it passes the Luhn check, a name only a common surname
right after 申请人/当事人…, and a mobile number in a sentence giving the office's contact details
(联系电话、咨询电话) is a warning, not an error: offices do publish a duty mobile.
Each finding carries its span; ``mask`` hides it and ``mask_command`` is the edit that does so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from core.findings import Finding
from core.forms import Form, RuleSpec
from core.prose.common import finding
from core.prose.sentences import sentences
from core.report import Report
from core.rule_instances import Instance

if TYPE_CHECKING:  # (the editor's command, built only when the clerk masks a number: not for ``check``)
    from core.commands import SetText

MOBILE, MOBILE_CONTACT, ID_NUMBER, BANK_CARD, NAME = "mobile", "mobile_contact", "id", "bank", "name"
LEDGER_NAME = "ledger_name"
WHAT = {MOBILE: "手机号码", MOBILE_CONTACT: "联系方式中的手机号码（若为个人手机请改用办公电话）",
        ID_NUMBER: "身份证号码", BANK_CARD: "银行卡号", NAME: "申请人等个人姓名",
        LEDGER_NAME: "台账中登记的申请人姓名或名称"}

_MOBILE = re.compile(r"(?<![\dA-Za-z])1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?![\dA-Za-z@])")
_ID = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
_CARD = re.compile(r"(?<![\dA-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![\dA-Za-z])")
_DIGIT_RUN = re.compile(r"\d[\d\s\-Xx]{10,}")
"""Where the three number patterns can match: each of their matches is 11 or more of these
characters starting with a digit, so the text's rare long digit runs are all they need to read
(scanning every position with their look-behind was most of this check's time over a folder)."""
_CONTACT = re.compile(r"联系|电话|咨询|热线|值班")
DEFAULT_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
                    "沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤")
_NOT_IN_NAME = set("的了是在和与及对将已未不无所应其提要逾补申请人进行反映诉求信息公开等们某×＊*ＸX")
_AFTER_NAME = re.compile(r"[于向在称来通申要提的，,。、（(\s：:；;]|先生|女士|同志")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_checksum_ok(number: str) -> bool:
    """GB 11643: the 18th character checks the first 17."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17].upper()


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) >= 16 and total % 10 == 0


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int
    end: int


@lru_cache(maxsize=64)
def _cue_pattern(name_cues: tuple[str, ...]) -> re.Pattern[str]:
    """申请人：张三 and the like; built once per set of cues, not per text scanned."""
    return re.compile("(?:" + "|".join(map(re.escape, name_cues)) + r")\s*[:：]?\s*")


def scan(text: str, name_cues: tuple[str, ...] = ("申请人", "当事人", "举报人", "投诉人", "来信人", "信访人"),
         surnames: str = DEFAULT_SURNAMES) -> list[Hit]:
    """Personal data in ``text``, in order."""
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, a: int, b: int) -> None:
        if any(a < y and x < b for x, y in taken):
            return
        taken.append((a, b))
        hits.append(Hit(kind, a, b))

    runs = [(m.start(), min(len(text), m.end() + 1)) for m in _DIGIT_RUN.finditer(text)]
    # (one character past a run: the patterns' look-ahead reads it)
    for m in _in_runs(_ID, text, runs):
        if id_checksum_ok(m.group()):
            add(ID_NUMBER, m.start(), m.end())
    for m in _in_runs(_CARD, text, runs):
        if luhn_ok(m.group()) and not id_checksum_ok(m.group()):
            add(BANK_CARD, m.start(), m.end())
    contact: list[tuple[int, int]] | None = None  # split into sentences only when a number is there
    for m in _in_runs(_MOBILE, text, runs):
        if contact is None:
            contact = [(s.start, s.end) for s in sentences(text) if _CONTACT.search(s.text)]
        in_contact = any(a <= m.start() < b for a, b in contact)
        add(MOBILE_CONTACT if in_contact else MOBILE, m.start(), m.end())
    if name_cues:
        for m in _cue_pattern(name_cues).finditer(text):
            a = m.end()
            if a >= len(text) or text[a] not in surnames:
                continue
            for length in (3, 2):
                name = text[a:a + length]
                if len(name) < length or not all("\u4e00" <= ch <= "\u9fff" for ch in name) \
                        or any(ch in _NOT_IN_NAME for ch in name[1:]):
                    continue
                if a + length == len(text) or _AFTER_NAME.match(text, a + length):
                    add(NAME, a, a + length)
                    break
    hits.sort(key=lambda h: h.start)
    return hits


def _in_runs(pattern: re.Pattern[str], text: str, runs: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text``, found only inside ``runs`` (the same, in the same order)."""
    for a, b in runs:
        yield from pattern.finditer(text, a, b)


def mask(text: str, span: tuple[int, int]) -> str:
    """``text`` with the personal data at ``span`` hidden: 138****5678, 3201**********123X,
    6222*********0123, 张某某."""
    a, b = span
    part = text[a:b]
    digits = [i for i, ch in enumerate(part) if ch.isdigit() or ch in "Xx"]
    if digits:
        keep = set(digits[:3] + digits[-4:]) if len(digits) >= 11 else set()
        hidden = "".join("*" if i in digits and i not in keep else ch for i, ch in enumerate(part))
    else:
        hidden = part[:1] + "某" * (len(part) - 1)
    return text[:a] + hidden + text[b:]


def mask_command(report: Report, f: Finding) -> Optional[SetText]:
    """The one action offered on a privacy finding: the text with that span hidden."""
    if f.span is None:
        return None
    key, a, b = f.span
    text = report.texts.get(key, "")
    if b > len(text):
        return None
    from core.commands import SetText

    return SetText(key, mask(text, (a, b)))


def privacy(rule: RuleSpec, form: Form) -> list[Instance]:
    severities = {str(k): str(v) for k, v in dict(rule.params["severities"]).items()}
    cues = tuple(str(c) for c in rule.params.get("name_cues", ()))
    surnames = str(rule.params.get("surnames", DEFAULT_SURNAMES))
    out = []
    for key in form.text_keys():
        heading = form.text_heading(key)

        def run(report: Report, key: str = key, heading: str = heading) -> list[Finding]:
            text = report.texts.get(key, "")
            if not text:
                return []
            found: list[Finding] = []
            count: dict[str, int] = {}
            hits = scan(text, cues, surnames)
            hits += [h for h in ledger_names(text, report) if not any(o.start < h.end and h.start < o.end for o in hits)]
            for h in hits:
                if h.kind not in severities:
                    continue
                n = count[h.kind] = count.get(h.kind, 0) + 1
                shown = mask(text, (h.start, h.end))[h.start:h.end]
                found.append(finding(rule, f"{rule.id}@{key}/{h.kind}/{n}", (), (key, h.start, h.end),
                                     severities[h.kind], where=heading, what=WHAT[h.kind], shown=shown))
            return found

        out.append(Instance(f"{rule.id}@{key}", rule.id, (f"text:{key}", "ledger"), run))
    return out


def ledger_names(text: str, report: Report) -> list[Hit]:
    """Where the prose names an applicant the ledger knows (two characters or more: a name the
    clerk registered is personal wherever it appears, whatever words stand around it)."""
    names = {r.name.strip() for r in report.ledger.requests if len(r.name.strip()) >= 2}
    hits: list[Hit] = []
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            if not any(h.start < start + len(name) and start < h.end for h in hits):
                hits.append(Hit(LEDGER_NAME, start, start + len(name)))
            start = text.find(name, start + len(name))
    return hits
