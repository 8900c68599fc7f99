"""The form of the report: title, the six headings, the number of parts, statistical period, contact.

Each check names what is wrong (缺少“工作”, “行政法复议”应为“行政复议”) so the clerk can fix it
in one go. A line counts as a section heading only when it starts with 一、…六、 and resembles an
official heading or contains a known slip: sub-items numbered 一、二、 inside a section are left alone.
"""

from __future__ import annotations

import re
from typing import Optional

from core.findings import INFO, Finding
from core.forms import Form, RuleSpec
from core.prose.common import finding
from core.prose.numbers import chinese_to_int
from core.prose.scanning import may_hold
from core.prose.sentences import excerpt, sentences
from core.report import Report
from core.rule_instances import Instance

MINOR_TITLE_PROBLEMS = frozenset({"“年度”重复", "年份写在了机关名称之前"})
"""Title forms many organs use ("XX2023年度政府信息公开工作年度报告", "2024年XX政府信息公开工作年度
报告"): an info, not a warning."""
_STANDARD_TITLE = re.compile(r"(.+?)(\d{4})年政府信息公开工作年度报告")


def standard_title(form_title: str) -> re.Pattern[str]:
    """The template's title ("{organ}{year}年政府信息公开工作年度报告") as a pattern."""
    pattern = re.escape("".join(form_title.split()))
    return re.compile(pattern.replace(r"\{organ\}", "(.+?)").replace(r"\{year\}", r"(\d{4})"))


def title_problem(title: str, standard: Optional[re.Pattern[str]] = None) -> Optional[str]:
    """What is wrong with a title, or None when it follows the form's title (by default
    <机关><年度>年政府信息公开工作年度报告)."""
    t = "".join(title.split())
    if not t or (standard or _STANDARD_TITLE).fullmatch(t):
        return None
    if re.search(r"政府信息公开工作\d{4}年度?报告", t) or re.search(r"信息公开工作\d{4}年", t):
        return "年份写在了“政府信息公开工作”之后"
    if re.search(r"报告[（(]\d{4}年度?[）)]$", t):
        return "年份写在了标题末尾"
    if re.search(r"\d{4}年度?政府信息公开年度报告", t):
        return "缺少“工作”二字"
    if re.search(r"\d{4}年度政府信息公开工作年度报告", t):
        return "“年度”重复"
    if re.fullmatch(r"\d{4}年度?(.{2,})政府信息公开工作年度报告", t):
        return "年份写在了机关名称之前"
    if re.match(r"\d{4}年", t):
        # 2022年湖口县卫生健康委员会信息公开年报: the organ is there, after the year; the form is not
        named = re.match(r"\d{4}年度?(.*?)(?:(?:政府|政务)?信息公开|政务公开)", t)
        return "不符合规定格式" if named and len(named.group(1)) >= 2 else "缺少机关名称"
    if not re.search(r"\d{4}", t):
        return "缺少年份"
    return "不符合规定格式"


def report_title(rule: RuleSpec, form: Form) -> list[Instance]:
    standard = standard_title(form.title)

    def run(report: Report) -> list[Finding]:
        title = report.display_title()
        problem = title_problem(title, standard)
        if problem is None:
            return []
        severity = INFO if problem in MINOR_TITLE_PROBLEMS else ""
        return [finding(rule, rule.id, (), None, severity, title=title, problem=problem)]

    return [Instance(rule.id, rule.id, ("meta",), run)]


_HEADING = re.compile(r"^[ \t　]*([一二三四五六])[、.．][ \t　]*([^\n。]{2,40}?)[ \t　：:]*$", re.M)


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _similar(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x | y) if x and y else 0.0


def section_headings(rule: RuleSpec, form: Form) -> list[Instance]:
    variants = {str(k): {"".join(str(v).split()) for v in vs} for k, vs in dict(rule.params.get("variants", {})).items()}
    typos = [(str(w), str(r)) for w, r in rule.params.get("typos", [])]
    official = {s.id: s.heading.split("、", 1)[-1] for s in form.sections}
    out = []
    for key in form.text_keys():
        def run(report: Report, key: str = key) -> list[Finding]:
            text = report.texts.get(key, "")
            found = []
            for m in _HEADING.finditer(text):
                number = str(chinese_to_int(m.group(1)))
                if number not in official:
                    continue
                heading = "".join(m.group(2).split())
                expected = official[number]
                if heading == expected or heading in variants.get(number, set()):
                    continue
                slips = [f"“{w}”应为“{r}”" for w, r in typos if w in heading]
                if not slips and _similar(heading, expected) < 0.4:
                    continue
                problem = "；".join(slips) if slips else "与规定标题不同"
                found.append(finding(rule, f"{rule.id}@{key}/{number}", (), (key, m.start(), m.end()),
                                     where=form.text_heading(key), found=m.group(1) + "、" + heading,
                                     expected=form.section(number).heading, problem=problem))
            return found

        out.append(Instance(f"{rule.id}@{key}", rule.id, (f"text:{key}",), run))
    return out


_PARTS = re.compile(r"([一二三四五六七八九十\d]{1,3})\s*个?(?:部分|方面内容)")
_PARTS_WORDS = re.compile(r"组成|构成|包括|包含|分为|共")
_REPORT_WORDS = re.compile(r"全文|本报告|年度报告|本年度报告")


def parts_claim(rule: RuleSpec, form: Form) -> list[Instance]:
    parts = int(rule.params["parts"])
    out = []
    for key in form.text_keys():
        def run(report: Report, key: str = key) -> list[Finding]:
            text = report.texts.get(key, "")
            found: list[Finding] = []
            if not _REPORT_WORDS.search(text) or not (may_hold(_PARTS, text) and _PARTS.search(text)):
                return found                 # no sentence can hold both: not split at all
            for s in sentences(text):
                if not _REPORT_WORDS.search(s.text) or not _PARTS_WORDS.search(s.text):
                    continue
                for m in _PARTS.finditer(s.text):
                    raw = m.group(1)
                    said = int(raw) if raw.isdigit() else chinese_to_int(raw)
                    if said is None or said == parts:
                        continue
                    found.append(finding(rule, f"{rule.id}@{key}", (), (key, s.start, s.end),
                                         where=form.text_heading(key), sentence=excerpt(s.text), said=m.group(),
                                         expected=parts))
            return found

        out.append(Instance(f"{rule.id}@{key}", rule.id, (f"text:{key}",), run))
    return out


_PERIOD = re.compile(r"1\s*月\s*1\s*日[^。]{0,40}?12\s*月\s*31\s*日")
_PERIOD_WORDS = re.compile(r"统计(?:期限|时限|时间|区间|周期|数据|范围)|起止时间|所列数据|数据(?:的)?(?:期限|时限|时间|周期|区间)")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


_OPENING_PERIOD = re.compile(r"统计(?:期限|时限|区间|周期)|所列数据|起止时间")
"""What says the report's period in 一's opening, where other words (统计数据, 统计时间) may be about
anything else."""


def _opening(report: Report) -> str:
    """The text under 一、总体情况 before its first sub-heading. Many reports open 一 with what the
    format puts in the preamble (本报告所列数据的统计期限…, 如对本报告有任何疑问请与…联系): said there,
    it is said, and asking for it again would have the clerk write it twice."""
    return report.texts.get("1", "")


def stat_period(rule: RuleSpec, form: Form) -> list[Instance]:
    """The preamble is where the format puts it; it runs once the preamble is written, so a report
    still being drafted is not nagged."""
    def run(report: Report) -> list[Finding]:
        if not report.texts.get("preamble", "").strip():
            return []
        text = report.texts["preamble"]
        if not _PERIOD.search(text) and not _PERIOD_WORDS.search(text) and _OPENING_PERIOD.search(_opening(report)):
            text = _opening(report)
        if _PERIOD.search(text):
            return []
        words = _PERIOD_WORDS.search(text)
        if not words:
            return [finding(rule, rule.id, (), None, problem="前言未写明统计期限（本报告所列数据统计期限自该年1月1日起至12月31日止）")]
        dates = [(int(m.group(2)), int(m.group(3))) for m in _DATE.finditer(text, words.start(), words.end() + 60)]
        if len(dates) >= 2 and (dates[0] != (1, 1) or dates[-1] != (12, 31)):
            return [finding(rule, rule.id, (), None, problem="应为该年1月1日至12月31日")]
        # the period is mentioned in words the check cannot read as two dates: unsure, an info
        return [finding(rule, rule.id, (), None, INFO, problem="未能读出起止日期，请核对是否为该年1月1日至12月31日")]

    return [Instance(rule.id, rule.id, ("text:preamble", "text:1"), run)]


LANDLINE = re.compile(r"(?<![\d])(?:[(（]?0\d{2,3}[)）]?[-－—\s]?)?[2-9]\d{6,7}(?:[-－—转]\d{1,5})?(?!\d)")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_PHONE_AT = re.compile(r"(?:联系电话|咨询电话|电话|联系方式|热线)\s*[:：]?\s*([0-9０-９\-－—()（）\s]{5,24})")
_EMAIL_AT = re.compile(r"(?:电子邮箱|电子信箱|邮箱|E-?mail|email|邮件地址)\s*[:：]?\s*([^\s，,。；;）)]+)", re.I)


NO_CONTACT = "未写明联系方式（联系电话、电子邮箱等）"

_LANDLINE_DIGITS = re.compile(r"[2-9]\d{6}")
_MOBILE_DIGITS = re.compile(r"1[3-9]\d")


def has_phone(text: str) -> bool:
    """``LANDLINE`` or ``MOBILE`` is in ``text``. Every landline holds seven digits in a row, the
    first 2–9, and every mobile 1, 3–9 and a digit: looked for first, these are found at the speed
    of a scan for a digit (the full patterns begin with a look-behind, tried at every character),
    and most of a report's words hold neither."""
    return bool(_LANDLINE_DIGITS.search(text) and LANDLINE.search(text)
                or _MOBILE_DIGITS.search(text) and MOBILE.search(text))


def has_email(text: str) -> bool:
    """``EMAIL`` is in ``text``: never without an @."""
    return "@" in text and EMAIL.search(text) is not None


def contact_problems(text: str) -> list[str]:
    """What is missing or malformed in the contact details of ``text``."""
    problems = []
    phone, email = has_phone(text), has_email(text)
    if not phone and not email:
        problems.append(NO_CONTACT)
    for m in _PHONE_AT.finditer(text):
        raw = m.group(1).strip()
        if not re.search(r"\d{5}", raw.replace("-", "")):
            continue
        if not (LANDLINE.fullmatch(raw) or MOBILE.fullmatch(raw)) and not LANDLINE.match(raw) and not MOBILE.match(raw):
            problems.append(f"电话“{raw}”格式不对（应为区号-号码，如0517-87290606）")
    for m in _EMAIL_AT.finditer(text):
        raw = m.group(1).strip().rstrip("。.")
        if "@" in raw and not EMAIL.fullmatch(raw):
            problems.append(f"电子邮箱“{raw}”格式不对")
        elif "@" not in raw and "＠" in raw:
            problems.append(f"电子邮箱“{raw}”中的“＠”是全角字符，应为半角“@”")
        elif "@" not in raw and re.search(r"[A-Za-z0-9]", raw) and not EMAIL.search(raw):
            problems.append(f"电子邮箱“{raw}”格式不对（缺少@）")
    return problems


_CONTACT_CUE = re.compile(r"联系|疑问|咨询")


def _opening_contact(report: Report) -> str:
    """The paragraphs of 一's opening that give a phone or an e-mail as the report's contact (如对本报告
    有疑问…联系: a bare number there may be a count or a date, a 监督举报电话 is the public's, not the
    report's)."""
    return "\n".join(p for p in _opening(report).split("\n")
                     if _CONTACT_CUE.search(p) and (has_phone(p) or has_email(p)))


def contact_block(rule: RuleSpec, form: Form) -> list[Instance]:
    def run(report: Report) -> list[Finding]:
        if not report.texts.get("preamble", "").strip():
            return []
        problems = [("前言", p) for p in contact_problems(report.texts["preamble"])]
        opening = _opening_contact(report) if ("前言", NO_CONTACT) in problems else ""
        if opening:
            problems = [w for w in problems if w[1] != NO_CONTACT]
            problems += [(form.text_heading("1"), p) for p in contact_problems(opening)]
        return [finding(rule, f"{rule.id}@{i}" if i else rule.id, (), None, where=where, problem=p)
                for i, (where, p) in enumerate(problems)]

    return [Instance(rule.id, rule.id, ("text:preamble", "text:1"), run)]
