"""The organ an untitled copy's opening names as the one doing the work, the last place an organ
is read from: "2020年，宣城市气象局认真贯彻落实…", "为认真做好京山市卫生健康局政府信息公开工作，…",
"台吉镇根据《中华人民共和国政府信息公开条例》…", "2025年和平街道办事处通过铁东区门户网站公开信息65条".

Why only there, and so narrowly: a copy that starts at 一、总体情况 often names its organ nowhere
else, and the clerk would type it again; but a body mentions other organs too (区委区政府, a county
office's contact line). So only a paragraph's first words are read (and 由…编制, which says who wrote
the report), only a name that begins with a place (宣城市, 天山乡 — never 县统计局 or 我局), and the
log says where it came from.
"""

from __future__ import annotations

import re
from typing import Optional

import core.importers.script as script
from core.organ_level import abbreviates

_NAME = r"([\u4e00-\u9fff（）()]{3,30}?)"
UNDER = r"在[^，,。；;]{2,30}?下\s*[，,]\s*"
"""在区委、区政府的坚强领导下，: who the organ works under, said before or after its name."""
FOLLOWING_VERB = (r"(?:以(?=贯彻|落实|深入|全面|推进|提升|加强))?(?:认真|坚持|以习|深入|按照|严格|全面|进一步|始终|紧紧|高度|积极"
                  r"|持续|不断|围绕|紧扣|聚焦|切实|着力|扎实|依法|贯彻|落实|共(?!青)|全年|累计|通过|利用|" + UNDER + ")")
"""The words after the organ: a verb of its work (认真, 坚持…), 共 before a count (2023年度，洋县自然
资源局共完成…65条; 共公开, 共受理) — not 共青团, which begins a name —, or whom it works under (2022年以来，
丰收乡在县委县政府的正确领导下，认真…)."""
_BY_THE_RULES = r"(?:(?:根据|按照|依据|依照)\s*《[^《》]{2,40}》(?:\s*[(（][^()（）]{0,20}[)）])?\s*[，,]\s*)?"
"""根据《中华人民共和国政府信息公开条例》(简称《条例》),2022年度某市某局认真贯彻…: the law the work
follows, said before the year and the organ doing it."""
_SUBJECT = re.compile(
    r"^\s*" + _BY_THE_RULES + r"(?:(?:(?:19|20)\d{2}\s*年度?|今年以来|本年度|一年来)\s*(?:以来)?\s*[，,、]?\s*)(?:"
    + UNDER + ")?" + _NAME
    + r"(?:政府信息公开工作|政务公开工作|信息公开工作|" + FOLLOWING_VERB + ")")
"""2020年，宣城市气象局认真…; 2023年，在区委、区政府的坚强领导下，官洲街道办事处认真贯彻…; the law it
follows may come first (根据《条例》，2022年度某局认真贯彻…)."""
_TO_DO = re.compile(r"^\s*为(?:了)?(?:认真|切实|进一步|全面)?(?:做好|推进|加强|规范)" + _NAME + r"(?:的)?(?:政府信息公开|政务公开)")
_BY_LAW = re.compile(r"^\s*" + _NAME + r"(?:根据|依据|依照)《")
"""台吉镇根据《中华人民共和国政府信息公开条例》…规定 (the organ as the opening's subject, no year)."""
_BY_WHOM = re.compile(r"由" + _NAME + r"(?:负责)?(?:编制|编写|撰写)(?:而成|完成)?(?=[，,。；;]|$)")
"""本报告依据…要求，由保康县农业农村局编制。: who wrote the report, said of the report itself anywhere
in the preamble's sentence. Not an office (由两城镇人民政府党政办公室编制: the office writes its
government's report, or its own — which, the words do not say — unless a government's office is the
subject of the opening's work too, see ``_office_at_work``), nor one with 政务/工作 in its name
(由…区政务公开工作领导小组办公室编制, for the whole district). 编写而成 and 撰写 say the same
(本年度报告由遂溪县发展和改革局编写而成)."""
_OWN_REPORT = r"本\s*(?:年度)?\s*(?:报\s*告|年\s*报)"
"""本报告, 本年度报告, 本年报: the document the sentence stands in, named by no name."""
_ITS_OWN = (_OWN_REPORT + r"|(?:(?:19|20)\d{2}\s*年度?\s*)?本\s*(?:机关|单位|部门|级)\s*(?:(?:政府|政务)\s*)?信\s*息\s*公\s*开"
            r"[^，,。；;《》]{0,8}?报\s*告")
"""…本报告, 2024年度本机关信息公开工作报告, 2021年度本级政府信息公开年度报告 (this level's: 郑州高新区双桥办事处 2021): the
report named as the maker's own (本机关's), never by another's name."""
_MAKES = (r"(?:特|现|已|认真)?(?:编制|编写|撰写)(?:完成|而成)?了?(?:并(?:向社会)?(?:公布|发布|公开)了?)?"
          r"|(?:特|现)?(?:向社会|向公众)?(?:公布|发布)了?")
_MAKER = re.compile(r"(?:^|(?<=[，,。；;]))\s*(?:[并现特已]?\s*由\s*)?" + _NAME + r"\s*(?:负责)?(?:" + _MAKES + r")\s*《?\s*(?:"
                    + _ITS_OWN + ")")
"""…等文件要求,由闽清县发展和改革局编制本报告; …要求,闽侯县人民政府办公室编制了本报告; …要求,佛冈县住房和城乡建设局特向
社会公布2024年度本机关信息公开工作报告: the subject of a clause, from its start, making or publishing the very report
the sentence stands in. Never a notice cited (根据《某市人民政府办公室关于编制…的通知》: the name is inside its quotes,
no clause's start) nor a contact (请与…联系: no verb of making)."""
_MADE_BY = re.compile(_OWN_REPORT + r"\s*是?(?:(?!数据|数字|资料|图表)[^。；;]){0,80}?由\s*" + _NAME
                      + r"(?=根据|按照|依据|依照|围绕|结合|综合)[^。；;]{0,120}?(?:编制|编写|撰写)")
"""本报告由永新镇人民政府根据《条例》…编制; 本年度报告根据…要求,由安康市统计局围绕2020年度政府信息公开工作情况编制而成:
the report, in one sentence, said to be made by the organ, what it was made from said between. Not its figures
(本报告所列数据由某县统计局根据…编制: who compiled the figures, not the report)."""
_NOT_A_SUBJECT = re.compile(r"^(?:根据|按照|依据|依照|结合|围绕|综合|通过|经|对|在|为|向|与|受|按|据|要求|会同|配合|组织"
                            r"|由|并由)")
"""Words that open a clause before an organ's name, no part of it (按照某市人民政府办公室要求编制本报告; 并由…,
whose 并由某县 would pass for a place)."""
_OFFICE = re.compile(r"(?:办公室|办|科|股)$")
"""An office, or a section of one (由…厚桥街道党政办公室综合科编制, a 股 of a county bureau): a part of an
organ that writes the report, never the organ it reports for."""
_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,}?(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟|乡|镇|苏木|街道|街)"
                    r"|(?![本该此各全我其每在])[\u4e00-\u9fff]县"
                    r"|(?![本该此各全我其每两乡城村集小重])[\u4e00-\u9fff](?:(?:乡|镇)(?:人民)?政府|街道办事处)"
                    r"|(?:国家|中国|国务院)[\u4e00-\u9fff]{1,20}(?:部|委员会|总局|局|署|办公室|院)$)")
"""A name that begins with a place (武汉's districts call a 街道 "武湖街"; 洋县, 易县, 滑县, 莘县, 代县: a
county's name may be one character before 县, never 本县 or 该县, which name none, nor 在县 (在县信息公开中心…指导下: the
preposition of whom the organ works under, 渠县行政审批局 2019); so may a township's, where its
government's name follows and says it is one: 厚镇人民政府, 桥乡政府, 沙街道办事处 — never 本镇, 该镇, 乡镇, 城镇, 村镇,
which name none, and a bare 厚镇 says too little). 内蒙古's townships
are 苏木 beside its 乡 and 镇 (伊敏苏木人民政府, 哈日诺尔苏木): a place as much as a 乡. A department of the
State Council begins with the whole country's words and none of a place (2022年，国家新闻出版署坚持…,
中国气象局, 国务院国有资产监督管理委员会): only the whole name, ending as an organ's does (国家层面 is none)."""
SITE_WORDS = r"官方网站|官网|网站|网址|网页|公众号|微信|微博"
"""Words of a website or an account, which no organ's name holds: a subject counted with 共 (某县人民
政府门户网站共发布…) is no organ, and an organ read from a mirror's title holding them (its 官方网站 in the
district's place) is told to the clerk (``what_it_is.site_words_in``)."""
_NOT_AN_ORGAN = re.compile(r"党委|区委|县委|市委|政府的|领导|指导|部署|要求|以来|工作(?!(?:管理)?(?:办公室|局)$)|信息公开|政务|报告"
                           r"|主动|依法公开|收到"
                           r"|全市|全县|全区|全镇|全乡"
                           r"|(?:院|局|委|办|府|中心|站|所|处|镇|乡|街道)在[\u4e00-\u9fff]"
                           rf"|{SITE_WORDS}|新媒体|平台"
                           r"|我|^本(?:单位|机关|部门|局|委|办|镇|乡|街道)|^(?![镇乡全](?![城级村镇乡市县区])[\u4e00-\u9fff]{1,2}?[县市])[省市县区旗州盟乡镇街各全度]|^(?:开发区|高新区|经开区|园区)")
"""Words no organ's name holds (a website or an account counted with 共: 某县人民政府门户网站共发布…),
and names that begin without a place (区城乡建设局, 开发区管委会), the words of the work itself (2021年人社分局主动
公开市人社局…, 本年度,依法公开区公安局…, 2024年共收到公众向州政府或州政府办公室…: where no verb the list knows follows
the name, the reading ran on over 主动, 依法公开, 收到), and a body followed by 在, the
preposition of where it worked (2021年医院在淮北市人民政府信息公开网上…发布: a printed line opening so read 医院在淮北市人民政府); a name may hold 信息 (乌海市工业和
信息化局) and begin with 本 (本溪市财政局), and hold 工作 just before the office or bureau it names
(某县扶贫开发工作办公室, 某市金融工作办公室, 二道区房屋征收工作管理办公室), never elsewhere. A place's own name
may begin with 镇, 乡 or 全 (镇康县, 镇江市, 乡宁县, 全椒县: a character or two, then 县 or 市), never 镇政府, 全县. No name
holds 我 (2022年度我区通过…: the report's own word for itself, with the 度 of its 年度 left over when
the year is read as 2022年), nor 报告 (本报告由永新镇人民政府根据《条例》…: the report, then its maker)."""


_NAME_END = re.compile(r"(?:政府|办事处|委员会|管委会|局|厅|委|办|室|中心|署|院|站|所|处|部|会|馆|队|社|场|机关"
                       r"|关|校|组|团|公司|省|市|县|区|旗|州|盟|乡|镇|街道|街|苏木|村)$")
"""How a name ends: the kind of body (局, 办事处, 委员会, 中心, 林场, 海关…) or, for a government named by its
place, the place (丰收乡, 台吉镇, 洋县). The name of an opening's subject is found where a verb of its
work follows, and a sentence that does not go on with one runs the name on into its words
(2022年,蠡县交通运输局对政府信息高度重视: 高度 follows 蠡县交通运输局对政府信息, no name)."""


def names_a_place(organ: str) -> bool:
    """``organ`` begins with a place and holds no word an organ's name never holds."""
    return bool(_PLACE.match(organ)) and not _NOT_AN_ORGAN.search(organ)


def opening_subject(paragraphs: list[str], any_verb: bool = False) -> Optional[tuple[str, str]]:
    """(organ, the words it was read from) from the first of ``paragraphs`` whose first words name
    one, or that says who made the report (由…编制, …编制了本报告, …特向社会公布…本机关…报告); None when
    none does. Read in simplified characters (由廣州市統計局編制 as 由广州市统计局编制: a page's traditional
    words, too few for the whole report to be converted), the words shown as printed. ``any_verb``: the
    subject before any verb too (``_any_verb``), and whose work the report says it sums up (``_SUMMED_UP``),
    read after the report's other words (its contact, its signature) have named none: they are surer."""
    simple = [script.simplified(text) for text in paragraphs]     # (one character for one)
    for printed, text in zip(paragraphs, simple, strict=True):
        m = _SUBJECT.match(text) or _TO_DO.match(text) or _BY_LAW.match(text)
        if any_verb and (m is None or not _named(m.group(1))):
            rest = _RUN_IN.sub("", text, count=1)       # (一)主动公开。2024年，某街道…: the heading run in
            printed, text = printed[len(text) - len(rest):], rest
            strict = _SUBJECT.match(text)
            m = strict if strict and _named(strict.group(1)) else _any_verb(text) or _SUMMED_UP.search(text)
        by = _maker(text)      # (本报告依据《…》: 本报告 is the subject _BY_LAW finds, and no organ)
        by_words = _shown(printed[by.start():by.end()]) if by else ""
        if by and _OFFICE.search(by.group(1)):
            at_work = _office_at_work(re.sub(r"\s+", "", by.group(1)), simple)
            by, by_words = (by, f"{by_words}…{at_work}") if at_work else (None, "")
        # the words shown are those the organ was read from, to the name's end (2024年,笕桥街道办事处 — not
        # 2024年,笕桥街道办事处以习, the verb that told where the name ends)
        end = m.end(1) if m else 0
        if m and m.group(1).endswith("人民") and (gov := re.match(r"\s*政\s*府", printed[end:])) \
                and re.sub(r"\s+", "", script.simplified(printed[:m.end()])).endswith("政府信息公开工作"):
            end += gov.end()    # 水江镇人民政府信息公开工作在区委…: one 政府 ends the name and begins 政府信息公开
        for found, words in ((m, (_shown if any_verb else str)(printed[:end]) if m else ""), (by, by_words)):
            organ = re.sub(r"\s+", "", found.group(1)) if found else ""
            if found is m and end > (m.end(1) if m else 0):
                organ += "政府"
            if found is m and (_PART_OFFICE.search(organ) or (
                    any_verb and _OFFICE.search(organ) and not _OWN_OFFICE.search(organ))):
                continue        # 2023年，某镇人民政府办公室…, 某局办公室…: a part of the organ at its work
            if names_a_place(organ) and _NAME_END.search(organ):
                return None if another_at_work(organ, simple) else (fuller(organ, simple), words.strip())
    return None


def _named(name: str) -> bool:
    """``name`` begins with a place and ends as a name does: a verb-list reading that runs on past the name
    (蠡县交通运输局对政府信息) is none, and the any-verb reading is tried instead."""
    name = re.sub(r"\s+", "", name)
    return names_a_place(name) and _NAME_END.search(name) is not None


_AT_WORK = re.compile(r"(?:19|20)\d{2}\s*年度?\s*[，,、]?\s*" + _NAME + r"(?=" + FOLLOWING_VERB + r"|主动|没有|未|无|已)")
"""2024年,寻召乡主动公开…: a sentence opening with the year and an organ at the year's work (its counts: 主动公开,
没有收到, 未发生, 已…, or a verb of the opening's)."""


def another_at_work(organ: str, paragraphs: list[str]) -> bool:
    """Whether a sentence of ``paragraphs`` opens with another organ at the year's work — neither a short
    form of ``organ`` nor it of that: a township's report written over its county office's template says
    2024年,平乡县人民政府办公室认真落实… and then 2024年,寻召乡主动公开…, 寻召乡没有收到… (平乡县寻召乡 2024).
    Which of the two the report is, the opening does not say, so neither is read."""
    for text in paragraphs:
        for sentence in re.split(r"[。；;！？!?]", text):
            m = _AT_WORK.match(sentence.strip())
            other = re.sub(r"\s+", "", m.group(1)) if m else ""
            if other and names_a_place(other) and _NAME_END.search(other) \
                    and not abbreviates(other, organ) and not abbreviates(organ, other):
                return True
    return False


def _maker(text: str) -> Optional[re.Match[str]]:
    """Where ``text`` says who made the report (由…编制, …编制了本报告, 本报告由…根据…编制), the name in
    group 1; None when it does not, or when what stands there opens with a preposition (按照…要求)."""
    for pattern in (_BY_WHOM, _MAKER, _MADE_BY):
        for m in pattern.finditer(text):
            name = re.sub(r"\s+", "", m.group(1))
            if not _NOT_A_SUBJECT.match(name) and names_a_place(name) and _NAME_END.search(name):
                return m
    return None


def _shown(words: str) -> str:
    """The words shown to the clerk, the middle of a long sentence left out (本报告由某镇人民政府根据…编制)."""
    words = words.strip()
    return words if len(words) <= 60 else f"{words[:40]}…{words[-12:]}"


_OWN_OFFICE = re.compile(r"(?:人民政府|政府|委员会|管委会|工委)办公[室厅]$")
"""An office that is an organ of its own (某市人民政府办公室, 某县地方志编纂委员会办公室), not a part of
one (某局办公室, 某镇党政办公室, 某镇人民政府办公室: whose report is their bureau's or town's). Its words take a
township government's office too, which ``_PART_OFFICE``, read beside it, tells apart."""
_PART_OFFICE = re.compile(r"(?:局|镇|乡|街道|办事处|苏木|(?:镇|乡|街道|苏木)(?:人民)?政府)(?:党政综合|党政|综合|行政)?办公[室厅]$")
"""An office that is surely a part of the organ before it: a bureau's, a township's or its government's (某局办公室,
某镇党政办公室, 某镇人民政府办公室 — a township has no office reporting apart from it). Read as the opening's subject
whatever the verb (2023年，大禾镇人民政府办公室严格按照…): the organ is not the office, and which it is the
contact or the report's other words say (``organ_words``, which reads the township's government). Never a
county's or a city's government office (某县人民政府办公室), nor an office named by its work (某市人民政府外事办公室,
某区人民防空办公室): organs of their own."""


def part_office(name: str) -> bool:
    """``name`` is an office surely a part of the organ before it (某局办公室, 某镇党政办公室): the one who
    wrote that organ's report, never the organ it reports for."""
    return _PART_OFFICE.search(name) is not None


_OFFICE_AT_WORK = re.compile(r"(?:^|(?<=[。；;]))\s*(?:(?:19|20)\d{2}\s*年度?\s*[，,、]?\s*)?"
                             r"([\u4e00-\u9fff]{1,20}办公[室厅])\s*" + FOLLOWING_VERB)
"""2025年，市政府办公室认真贯彻…: an office opening a sentence of the opening as the one doing the work."""
_OFFICE_SELF = re.compile(r"(?:^|[。；;，,、]|年度?|以来)\s*([我本]办)(?![理结公事法])")
"""本年度我办主动公开政府信息135条; 2023年，我办坚持…: the report speaking of its own work as an office's (我办),
a clause's subject — never 我办理 or 本办法."""
_GOVERNMENT_SELF = re.compile(r"[我本全](?:省|市|县|区|旗|州|盟|镇|乡|街道)")
"""我县, 本市, 全县: the report speaking as a government, or of its whole county; its office may have written
it, and 我办 name the office at its government's work (县政府办公室(我办)负责…)."""


def _office_at_work(office: str, paragraphs: list[str]) -> str:
    """The words in which ``office``, said to have written the report (由广汉市人民政府办公室编制), is
    also the subject of the opening's work (2025年，市政府办公室认真贯彻…), by its name or a short
    form of it (every character in order); "" when it is not. Written by a government's office, a
    report may be its government's (由某县人民政府办公室编制, and 2023年，某县坚持…): only the office
    doing the work itself makes the report the office's own — named, or as the report's own 我办 (本年度我办主动
    公开…) in a report that never speaks as a government (我县, 本市, 全县)."""
    if not _OWN_OFFICE.search(office) or _PART_OFFICE.search(office):    # (某镇人民政府办公室: its town's)
        return ""
    for text in paragraphs:
        for m in _OFFICE_AT_WORK.finditer(text):
            if len(m.group(1)) >= 4 and abbreviates(m.group(1), office):
                return m.group().strip()
    if any(_GOVERNMENT_SELF.search(text) for text in paragraphs):
        return ""
    for text in paragraphs:
        if (itself := _OFFICE_SELF.search(text)) is not None:
            return re.split(r"[，,。；;]", text[itself.start(1):])[0].strip()
    return ""


_LEAD = re.compile(r"^\s*" + _BY_THE_RULES + r"(?:(?:19|20)\d{2}\s*年度?|今年以来|本年度|一年来)\s*(?:以来)?\s*[，,、]?\s*"
                   r"(?:" + UNDER + r")?([\u4e00-\u9fff（）()]{3,40})")
"""The year (or 今年以来…), whom the organ works under, then the clause's words up to its first mark."""
_US = re.compile(r"[我本](省|市|县|区|州|旗|盟|厅|局|委|办|镇|乡|街道|中心)")
"""我镇, 本局…: the report's own body in its own words; after a name that is no such unit (某县公安局联合我镇…)
the sentence is of another body's dealings with it."""
_RUN_IN = re.compile(r"^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}\s*、)"
                     r"\s*[\u4e00-\u9fff、]{2,16}?[。：:]\s*(?=(?:19|20)\d{2}\s*年)")
"""(一)主动公开。2024年，…; 1.组织领导：2025年，…: a section's heading run in before its first sentence, which opens
with the year."""
_ENDING = re.compile(r"(?:办事处|人民政府|委员会|管委会|办公室|局|中心|街道|镇|乡|苏木)$")
"""How a full name ends, read whatever verb follows (not 市, 县, 区: 洋县 is read only before a verb
``FOLLOWING_VERB`` knows)."""
_COMPOUND = re.compile(r"城乡|城镇|村镇|乡镇|乡村")
"""Words whose 乡 or 镇 ends no place (住房和城乡建设局, 乡村振兴局, 各乡镇)."""
_NEVER_INSIDE = re.compile(r"[各我该]|(?<!安)全")
"""Words no name holds after its first character (东城区各街道, 某县全县; 安全 is a bureau's word)."""


def _any_verb(text: str) -> Optional[re.Match[str]]:
    """The opening's subject whatever verb follows (2025年，永外街道立足自身…; 2022年度，蠡县交通运输局未发生…:
    verbs too many to list), its name in group 1: with no verb to end it, only a name's ending does, and a
    clause may hold more than one (永外街道围绕辖区中心工作: 永外街道, or all up to 中心?). So every prefix
    of the clause ending as a name does is looked at, and the longest read only when it is each shorter
    one's own fuller name (街道 → 街道办事处, 镇 → 镇人民政府, 东城区人民政府 → 东城区人民政府永定门外街道
    办事处); never a name whose party body or website is the subject (某街道党工委…, 某局党组…, 某街道官方网站
    发布…). None when unclear."""
    m = _LEAD.match(text)
    if m is None:
        return None
    clause = m.group(1)
    names = [clause[:end] for end in range(3, len(clause) + 1)
             if _ENDING.search(clause[:end])
             and not any(c.start() <= end - 1 < c.end() for c in _COMPOUND.finditer(clause))]
    names = [name for name in names if names_a_place(name) and not _NEVER_INSIDE.search(name[1:])]
    if not names or not all(_own_fuller(name, names[-1]) for name in names[:-1]) \
            or re.match(r"党|纪|团|[(（]|(?:政府)?(?:门户)?(?:" + SITE_WORDS + ")", clause[len(names[-1]):]):
        return None
    sentence = re.split(r"[。；;！？!?]", clause + text[m.end(1):], maxsplit=1)[0][len(names[-1]):]
    if any(us.group(1) not in names[-1] for us in _US.finditer(sentence)):
        return None                      # 2024年，某县公安局联合我镇…: another body, at work with the report's own
    return re.match(re.escape(text[:m.start(1)]) + "(" + re.escape(names[-1]) + ")", text)


def _own_fuller(short: str, long: str) -> bool:
    """``long`` is ``short``'s own fuller name: a township's with its government's words (街道办事处,
    镇人民政府), or one under the government that names it (某区人民政府某街道办事处, 某县人民政府办公室) —
    never a part of a township's government (镇人民政府办公室)."""
    rest = long[len(short):]
    if short.endswith("街道"):
        return rest == "办事处"
    if short.endswith(("镇", "乡", "苏木")):
        return rest in ("人民政府", "政府")
    if short.endswith("人民政府") and not re.search(r"(?:镇|乡|街道|苏木)人民政府$", short):
        return re.fullmatch(r"[\u4e00-\u9fff]{2,12}?(?:街道|镇|乡)(?:办事处|人民政府)?|办公室", rest) is not None
    return False


_SUMMED_UP = re.compile(r"本\s*(?:年度)?\s*报\s*告[^。；;]{0,120}?[，,]\s*(?:全面|系统)?\s*总结了?\s*"
                        + _NAME + r"\s*(?:19|20)\d{2}\s*年度?\s*的?\s*(?:政府|政务)?\s*信息\s*公开")
"""本报告根据《条例》…编制，全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况: the report
saying whose year of work it sums up."""


def fuller(organ: str, paragraphs: list[str]) -> str:
    """``organ`` as the fuller name the opening prints of it, when ``organ`` is a township's short one (穆寨街办,
    永外街道, 大云镇) and one fuller name follows its place (穆寨街道办事处, 大云镇人民政府), itself no part of a
    longer name (地址:青阳县杜村乡人民政府 gives no 杜村乡人民政府 for 青阳县杜村乡); else as read."""
    m = re.match(r"(.{2,}?)(?:街道办|街办|街道|镇|乡|苏木)$", organ)
    if m is None:
        return organ
    found = {f.group() for text in paragraphs
             for f in re.finditer(r"(?<![省市县区旗州盟])" + re.escape(m.group(1))
                                 + r"(?:街道办事处|(?:镇|乡|苏木)人民政府)", text)}
    found = {name for name in found if len(name) > len(organ) and abbreviates(organ, name)}
    return found.pop() if len(found) == 1 else organ
