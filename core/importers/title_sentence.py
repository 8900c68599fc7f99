"""A report's name read from a sentence of its preamble, on a line that is no title.

A copy with no title line often opens with its preamble's one sentence naming the report
("根据《中华人民共和国政府信息公开条例》规定,现发布重庆市铜梁区商务委员会2021年政府信息公开工作年度报告。").
The organ and year are read from it as from a title, but the line is the preamble: taken for the
title, it was left out of the report's words, and the check then had no preamble to find the
statistical period or the contact missing from.
"""

from __future__ import annotations

import re
from typing import Optional

_CLAUSE = re.compile(r"[，,。；;]|《[^》]*》")
"""What a title never holds before the organ's name and a sentence does: a clause before it
(根据《条例》规定，…) or a law or notice quoted (《中华人民共和国政府信息公开条例》)."""


def names_its_report(text: str, organ: str) -> bool:
    """``text``, read as naming ``organ``'s report, is a sentence of the preamble, not a title."""
    at = text.find(organ) if organ else -1
    return at > 0 and _CLAUSE.search(text[:at]) is not None


_QUOTED_YEAR_FIRST = re.compile(r"《\s*((?:19|20)\d{2})\s*年度?\s*([\u4e00-\u9fff][^，,。；;《》“”\d]{1,29}?)\s*"
                                r"((?:(?<!人民)(?:政府|政务))?\s*信息\s*公开[^，,。；;《》]{0,12}?报\s*告)\s*》")
"""我镇认真编制了《2021年色威镇政府信息公开工作年度报告》: the report's name quoted whole, the year before
the organ — the quotes bound the name, so no verb before it is needed to tell where it starts. After 人民
the 政府 is the organ's (《2021年某镇人民政府信息公开…》 is 某镇人民政府's)."""


def quoted_year_first(text: str) -> Optional[tuple[str, int, str]]:
    """(organ, year, the rest of the name after the organ) of a quoted name with the year first."""
    m = _QUOTED_YEAR_FIRST.search(text)
    return (m.group(2), int(m.group(1)), f"{m.group(1)}年" + shared_government(m.group(2), m.group(3))) if m else None


def shared_government(organ: str, words: str) -> str:
    """The report's words after its organ, whole: in 2020年桂洋镇人民政府信息公开工作年度报告 one 政府 ends the
    organ's name and begins the report's (政府信息公开), so the name put back together in the usual order
    holds it twice — 桂洋镇人民政府2020年政府信息公开…, not a title lacking 政府 (a false F1)."""
    return "政府" + words if organ.endswith("人民政府") and re.match(r"\s*信\s*息", words) else words


_ITSELF = re.compile(r"本(?:年度)?(?:报\s*告|年\s*报)[^。；;]*?政府信息公开|政府信息公开[^。；;]*?本(?:年度)?(?:报\s*告|年\s*报)"
                     r"|政府信息公开[^。；;]*?(?:编制|编写|撰写)而成"
                     r"|(?:特|现)(?:(?:向社会|予以?)?(?:公布|公开|发布)|编制(?:完成)?了?)[^。；;，,]*?政府信息公开工作年度报告(?!编制|格式)"
                     r"|(?:特|现)(?:向社会|予以?)?(?:公布|公开|发布)[^。；;，,]*?政府信息公开(?:工作)?情况(?=\s*(?:[。；;]|$))"
                     r"|编制了(?:(?!自查|检查|督查|整改|评估|考核)[^。；;，,]){0,30}?政府信息公开(?:工作)?(?:年度)?报告"
                     r"|现将(?:(?!自查|检查|督查|整改|评估|考核)[^。；;，,]){0,30}?政府信息公开(?:工作)?(?:情况)?报告如下"
                     r"|政府信息公开[^。；;]*?现\s*将(?:(?!自查|检查|督查|整改|评估|考核)[^。；;，,]){0,50}?"
                     r"年\s*度\s*报\s*告\s*予\s*以\s*(?:公\s*开|公\s*布|发\s*布)"
                     r"|政府信息公开工作(?:年度)?报告(?:是)?(?:依据|根据|按照)《[^》]*条例》[^。；;，,《]{0,20}?编制(?=\s*(?:[。；;，,]|$))")
"""本年度报告根据《中华人民共和国政府信息公开条例》…由浙江省水利厅编制 (编制本报告): one sentence both
naming the document it opens (本报告, 本年度报告, 本年报) and the law or form it reports under. "…结合2021年度
本街道政府信息公开工作情况编制而成" names it by the subject left out: 而成 (was made) is said only of the
document the sentence stands in. "特向社会公布2023年政府信息公开工作年度报告" (现向社会…) is the report
publishing itself under no title: a notice asks others to publish theirs, never says 特/现 (hereby, now);
so are 现予以公开2025年某镇政府信息公开工作年度报告 and 现发布… (not of the report's 编制 or 格式: a notice's words),
and 现公布青川县骑马乡2024年度政府信息公开情况。 (青川县骑马乡 2024: the report publishing itself as the state of its
政府信息公开, the sentence ending there — not …公开工作考核情况, nor …公开情况统计表, a part or a check of it).
So is 现编制(完成)2023年政府信息公开工作年度报告 (来宾市卫健委 2023: the report made now, by the one who
speaks — a notice asks others to make theirs, never says 现编制). So is "县政府编制了2020年度政府信息公开工作报告"
(a report made, 了: a notice asks for one to be made, never says it was; …编制了2021年政府信息公开年度报告 names
it without 工作, 淮安市自然资源和规划局 2021) and "现将信访局2021年度政府信息公开工作报告如下"
(现将…报告如下: the report introducing its own words); so is "根据《…政府信息公开条例》有关要求,现将…2024年度…年度报告予以公开"
(现将…年度报告予以公开/公布/发布, the report publishing itself in the sentence naming the law it reports under, whatever
words the name holds: 西关街道 2024 printed 政府信息工作年度报告); neither across a clause, nor of a check's report (自查
检查 督查 整改 评估 考核: 现将我局政府信息公开工作自查情况报告如下 is no annual report), and with the period (or the year
its sentence names: ``named_year``) still required of a copy with no table. So is "千泉街道政府信息公开工作年度报告依据
《中华人民共和国政府信息公开条例》编制。" (the report, by its name, the subject of the sentence saying under which law
it was made: a notice says what others' reports must be made by, 要/应…编制, and under a 格式 or a 通知, not the 条例 alone)."""


def speaks_of_itself(text: str) -> bool:
    """``text`` (a preamble) says, of the document it opens, that it is a 政府信息公开 report: with
    its statistical period, what a copy cut before its tables and under no title is known by."""
    return _ITSELF.search(text) is not None or any(_made_under_the_law(s) for s in _SENTENCE.findall(text))


_UNDER_THE_LAW = re.compile(r"^\s*(?:\u6309\u7167|\u6839\u636e|\u4f9d\u636e)\u300a\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd"
                            r"\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u6761\u4f8b\u300b")
"""按照/根据/依据《中华人民共和国政府信息公开条例》 opening a sentence."""
_ASKS = re.compile(r"\u8981(?!\u6c42)|\u5e94|\u987b|\u8bf7|\u52a1\u5fc5|\u5404")
"""要 (not 要求) 应 须 请 务必 各: the words a notice asks others by (各单位要…编制, 应当编制)."""


def _made_under_the_law(sentence: str) -> bool:
    """A sentence that opens with the 条例 (按照/根据/依据《中华人民共和国政府信息公开条例》…) and ends
    with 编制, the document it stands in left unsaid as the subject: "按照《…条例》《…通知》要求,结合环城乡
    信息公开工作实际编制。" (榆树市环城乡 2023) is the report saying how it was made, as 编制而成 does.
    A notice asks others to make theirs (各单位要/应/须/请…编制) or names what is to be made after the verb
    (…编制年度报告): neither is read so. The documents quoted in 《》 (closed: one left open runs on) are taken out before the words
    asking are looked for (《…关于做好…编制和发布…的通知》 may hold any)."""
    if _UNDER_THE_LAW.match(sentence) is None:
        return False
    words = re.sub(r"\u300a[^\u300a\u300b]*\u300b", "", sentence).rstrip()
    return words.endswith("\u7f16\u5236") and _ASKS.search(words) is None


_SENTENCE = re.compile(r"[^\u3002\uff1b;\n]+")
_NAMED_YEAR = re.compile(r"(?<![\d\u3014\[\uff08(\u7b2c])((?:19|20)\d{2})\s*\u5e74(?!\s*\d{1,2}\s*\u6708)"
                         r"(?!\s*\u5ea6?\s*(?:\u5de5\u4f5c)?\s*(?:\u601d\u8def|\u6253\u7b97|\u5c55\u671b))")
"""A year of work (2023年, 2023年度), not a date's (2023年1月…), a document number's (〔2021〕, 第…) nor
the next year's plans a preamble lists among its parts (…2025年工作完成情况、…2026年工作思路 / 打算 / 展望):
a report saying what it holds names the year after its own there, and that is no second year of it."""


def named_year(text: str) -> Optional[int]:
    """The year the sentence of ``text`` that speaks of the report itself names, when it names one only
    (现将2023年度政府信息公开工作情况报告如下; 本报告根据《条例》，并结合杨村街道2025年度政府信息公开工作
    情况编制): the report saying which year it is of, as a title would — what a copy under no title and
    stating no period is known by. Years inside 《》 are a quoted document's (《2023年政务公开工作要点》),
    not the report's; None when no such sentence names one, or they name two."""
    years = {int(y) for sentence in _SENTENCE.findall(text) if _ITSELF.search(sentence) is not None
             for y in _NAMED_YEAR.findall(re.sub(r"\u300a[^\u300a\u300b]*\u300b", "", sentence))}
    return years.pop() if len(years) == 1 else None


_ENDINGS = ("工作年度报告", "年度报告", "工作报告")
_SCRAMBLED_END = re.compile(r"^(.*信\s*息\s*公\s*开)\s*([工作年度报告\s]{4,12})$")
"""昌图县七家子镇2023年政府信息公开 工作告年度报: a title whose last words a page printed out of order (its
characters set apart, then run back together in another order)."""


def unscrambled(title: str) -> Optional[str]:
    """``title`` with its last words put back in order, when they hold exactly the characters of a
    title's usual ending (工作年度报告, 年度报告, 工作报告) in another order, not ending with 报告; None when
    they do (…年度工作报告 is how some title it) or are other words. Nothing but those characters is moved: the organ and year are read as printed."""
    m = _SCRAMBLED_END.match(title.strip())
    if m is None:
        return None
    tail = re.sub(r"\s+", "", m.group(2))
    if tail.endswith("报告"):
        return None                     # 政府信息公开年度工作报告: words of a title, in an order some use
    ending = next((e for e in _ENDINGS if sorted(e) == sorted(tail)), None)
    return None if ending is None or ending == tail else m.group(1) + ending
