"""The words a report names itself by: a title line (title_parts) and a sentence naming its report
(named_in_sentence) — organ, year and the report's name. Where among the head's lines the title
stands is ``title_search``; the prose of each section is ``sections``."""

from __future__ import annotations

import re
from typing import Optional

from core.importers.match import fold
from core.importers.opening import names_a_place, part_office
from core.importers.script import without_pinyin
from core.importers.title_sentence import quoted_year_first, shared_government, unscrambled

_REPORT = r"(?:报\s*告|年\s*报)"
"""How a title ends: …年度报告, …工作报告, or 政府信息公开年报."""
_TITLE = re.compile(r"(.{2,40}?)\s*[（(]?\s*((?:19|20)\d{2})\s*[）)]?\s*"
                    r"(?:年度?\s*(?:(?:政府|政务)?\s*信息\s*公开|政务\s*公开)|(?:政府|政务)\s*信息\s*公开)"
                    rf".{{0,12}}?{_REPORT}")
"""…2024年政府信息公开工作年度报告; …2024年政务公开工作年度报告, as some organs title the same report."""
_TITLE_YEAR_FIRST = re.compile(r"^[（(]?\s*((?:19|20)\d{2})\s*[）)]?\s*年度?\s*(.{2,40}?)\s*"
                               rf"(?:((?:人民)?政府|政务)?\s*信息\s*公开|政务\s*公开).{{0,12}}?{_REPORT}")
"""2019年上海市人民政府办公厅政府信息公开工作年度报告: the year first, the organ after it."""
_TITLE_YEAR_INSIDE = re.compile(r"^(.{2,40}?)\s*((?:(?<!人民)政府|政务)?\s*信息\s*公开\s*(?:工作)?\s*"
                                r"((?:19|20)\d{2})\s*年度?\s*(?:报\s*告|年\s*报))\s*$")
"""西安市阎良区机关事务服务中心政府信息公开工作2021年度报告: the year after 信息公开工作, just before
报告 (the prose check names the misplacement; the importer still reads the organ and year)."""
_TITLE_YEAR_AFTER = re.compile(r"^(.{2,40}?)\s*((?:(?<!人民)(?:政府|政务)?\s*信息\s*公开|政务\s*公开).{0,12}?" + _REPORT + r")\s*"
                               r"[（(]\s*((?:19|20)\d{2})\s*年度?\s*[）)]\s*$")
"""宝坻区大钟庄镇政府信息公开工作年度报告 (2019年): the year after the title, in brackets."""
PAGE_CHROME = re.compile(r"^.*(?:信息公开年报|政务公开年报|年度报告|专栏|首页|栏目|导航|登录\|?注册|标题[:：]|当前位置[:：]?)")
"""What a web page prints before the title on the same line — a breadcrumb or menu (…政府信息公开年报,
…专题专栏), 登录|注册, 标题：— is cut off at its last marker."""
FIELD_LABEL = re.compile(r"^[•·●\u25e6\u25aa■◆\u25b6\u25ba\u2023\u2219・\-–—*\s]*(?:(?:标\s*题|名\s*称|文件名称|信息名称|主题|中文名)\s*(?:[:：]\s*|\s+)"
                          r"|(?:标\s*题|(?:文件|信息)?名\s*称)(?=[\u4e00-\u9fff]))")
"""A page's field that holds the title (标题：…, 名称 …), the field list often drawn as bullets
(• 名称 兰陵县新兴镇2022年…), or its label run into its value when the grid's cells lost their gap
(标题水城区杨梅乡2022年…: no organ's name begins 标题 or 名称): the label and its bullet are no part of the organ's name.
An encyclopedia page's infobox row (中文名 | 泸州市江阳区人民政府2019年…报告 | 发布单位 | …) labels the title 中文名."""
_YEAR_ONLY = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(?:度)?\s*(?:政府|政务)?\s*信息\s*公开")
DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
"""A date on a line of its own (2021年9月26日): a page's or a signature's, never part of a title."""


_NO_ORGAN = ("政府", "人民政府", "政务", "本机关", "本单位")
"""What a year-first title may hold where an organ's name would stand, naming none."""
LEAD_IN = re.compile(r"^(?:.*(?:[，,。；;：:《“”\"]|现将|现予?公布|(?:特|现)向社会公[布开]|现公开|特此公布|(?:特|现)发布|(?:特|现)编制(?:了|完成)?|[是系]由)|由)")
"""A sentence's words before the organ (根据《条例》要求，现公布乌兰察布市区域经济合作局2020年度…报告; 现发布,
特发布 as 铜梁区商务委 2021 words it; 现公开, 现向社会公开 as 杨陵区卫健局 2020 does: the verbs _IN_SENTENCE knows)."""
_LEAD_OUT = re.compile(r"(?:(?:特|现)?编制(?:了|完成|的)?|关于)$")
"""东湖街道特编制2023年…报告, 新九镇人民政府关于2021年度…的年度报告: the words after the organ."""
_NOT_A_NAME = re.compile(r"(?:我|本|全)(?:省|镇|乡|街道|街道办|局|区|县|市|州|旗|盟|苏木|委|办|厅|署|机关|单位|部门|院|校|中心|所|站|级|级政府|级机关)"
                         r"|街道(?:办事处|办)?|办事处|乡镇")
"""现将我镇2022年…报告, 特向社会公布我旗2021年度…报告: the report's own words for itself, not its name
(本溪市 is one). So is the kind of body alone (现特向社会公布街道2022年…报告: 街道, 街道办事处, 办事处, 乡镇),
which names no one of them."""
_PUBLISH = r"现将|现予?公布|现向社会公布|现发布|特发布|公布"
"""The verbs a preamble names its own report with (现将…报告公布如下)."""
_IN_SENTENCE = re.compile(rf"(?:(?:{_PUBLISH}|现向社会公开|现公开|(?:特|现)编制(?:了|完成)?|(?:^|(?<=[，,。；;]))(?:编制|发布))《?(?!了|完成)([\u4e00-\u9fff][^，,。；;《》“”]{{1,29}}?)|"
                          r"([^，,。；;《》“”]{2,30}?)(?:特?编制(?:了|完成|的)?|(?:特|现)向社会(?:公布|发布))《?)\s*((?:19|20)\d{2})\s*年度?\s*"
                          r"(?:政府|政务)?\s*信息\s*公开[^，,。；;《》]{0,12}?报\s*告")
"""现将北坡镇2022年政府信息公开工作年度报告进行公开, 东湖街道特编制2023年政府信息公开年度报告, 由鞍山市行政审批局
编制的2020年度…报告, …等相关规定，编制达州市通川区统计局2024年…报告 (…要求，发布青岛市即墨区环秀街道2022年…报告:
发布 as 编制, the clause's first word), …要求，眉山市东坡区松江镇人民政府特向社会公布
2020年…报告: the organ and year a preamble names its report by."""
_QUOTED = re.compile(r"《\s*([\u4e00-\u9fff][^，,。；;《》“”\d]{1,29}?)\s*((?:19|20)\d{2})\s*年度?\s*"
                     r"(?:政府|政务)?\s*信息\s*公开[^，,。；;《》]{0,12}?报\s*告\s*》")
"""现形成《海城市卫生健康局2025年政府信息公开工作年度报告》: the report's name quoted whole."""
_YEAR_BEFORE = re.compile(rf"(?:{_PUBLISH}|(?:特|现)编制)《?\s*((?:19|20)\d{{2}})\s*年度?\s*"
                          r"([\u4e00-\u9fff][^，,。；;《》“”\d]{1,29}?)\s*(?:(?<!人民)(?:政府|政务))?\s*信息\s*公开[^，,。；;《》]{0,12}?报\s*告")
"""现向社会公布2022年卯都乡信息公开工作年度报告, 特编制2023年度和静县克尔古提乡人民政府办公室信息公开年度报告:
the year before the organ. After 人民 the 政府 is the organ's (特向社会公布2020年桂洋镇人民政府信息公开工作年度报告
named 桂洋镇人民), as in the title patterns."""
NO_YEAR_TITLE = re.compile(r"(.{2,30}?)\s*(?:(?:(?<!人民)(?:政府|政务))?\s*信息\s*公开|政务\s*公开)\s*(?:工作)?\s*(?:年度)?\s*"
                            r"(?:报\s*告|年\s*报)")
"""驼峰路街道办事处政府信息公开工作年度报告: a title naming no year (the year comes from elsewhere); 某镇人民政府
信息公开工作年度报告 keeps its 人民政府."""


_CN_YEAR = re.compile(r"([〇○零一二][〇○零一二三四五六七八九]{3})(?=\s*年)")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


_OTHER_KIND = re.compile(r"自查|整改|季度|半年")
"""Words of a title naming another kind of report on the same work (2020年四季度政务公开工作自查报告, a
quarter's self-inspection; …政务公开整改报告): no 年度报告, its period no organ's name."""


NO_NAME = re.compile(r"^编制|^请|关[于於]|要求|规定|向社会|公布|号\s*[)）]|(?:19|20)\d{2}\s*年"
                     r"|各(?:乡|镇|街道|部门|单位|县|区|市|级|有关|地|委|办|局)|^(?:制定|印发|并\s*发布)|索\s*引\s*号|发\s*文\s*字\s*号"
                     r"|编写|了$")
"""Words no organ's name holds, left where a line of a sentence stood for a title or a sentence's name:
编制万源市玉带乡 (the verb before it), 湖北省人民政府办公厅关於做好 (a notice's title; 於 as a traditional copy
keeps it), 号)等相关文件要求 (a document number's end and the sentence around it), a year (…委员会2022年度),
特向社会公布 (the verb of a preamble's sentence whose line a PDF made short enough to pass for a title),
请各乡镇、各部门 (a notice asking every office to write its report: those addressed, no one organ), 制定二道江区鸭园镇 and
并发布本单位 (…结合工作实际,制定某镇2025年度…报告; 现编制并发布本单位2023年度…报告: the verbs, and 本单位 naming none), 索引号…
发文字号东街街道 (a page's index grid printing the title as its document number's value: its labels), 认真组织编写了 (…实际,认真组织
编写了2021年…工 / 作年度报告, a printed copy's wrap of a preamble short enough to pass for a title: the verb 编写, and 了,
which ends a sentence's verb and no name)."""


_PAGE_TAG = re.compile(r"^\s*[【\[][^】\]\d\s]{1,6}(?<![省市县区镇乡旗盟局委办厅处所站院道村])[】\]]\s*(?=[\u4e00-\u9fff])")
"""【图文】嘉兴市市场监督管理局2022年度…报告: a site's tag for the kind of post (图文, 视频, 置顶…) in brackets before
the title's name, which was read as part of the organ (图文】嘉兴市…). Only before a name (【青石镇】2024年…, the
brackets around the organ itself before its year, stay), and never a tag ending as a place or an office does (【某县】
卫生健康局…: the name's own first part)."""


_CLAUSE_END = re.compile(r"[，,。；;：:！!？?]")
"""A clause's end, which no organ's name holds: a sentence opening with its year (2023年,高新区扎实开展各项工作。
现将政府信息公开工作情况报告如下) is no year-first title, its words up to 信息公开 no organ (",高新区…现将")."""


def title_parts(text: str) -> Optional[tuple[str, int, str]]:
    """(organ, year, title) from a title line such as 平罗县渠口乡人民政府 2020 年 政府信息公开年度报告;
    None when the line names none, or names another kind of report (a self-inspection, a quarter's)."""
    parts = _title_parts(text)
    return None if parts is None or _OTHER_KIND.search(parts[2]) else parts


def _title_parts(text: str) -> Optional[tuple[str, int, str]]:
    if "报" not in text:
        return None     # every title ends …报告 or …年报 (the patterns' search over a long line costs seconds)
    clean = re.sub(r"[#*]+", "", fold(text)).strip()
    clean = FIELD_LABEL.sub("", clean)          # a page's 标题：… field
    clean = _PAGE_TAG.sub("", clean)            # 【图文】嘉兴市…: the page's tag of the post, not the organ's
    clean = _ALIAS.sub("", clean)                # 某局(以下简称发改局)2024年…: the name without its short form
    clean = without_pinyin(clean)                # 委员会(huì )2022年…: a reading a PDF printed apart from its word
    clean = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS), clean)   # 二〇二三年 → 2023年
    if (mended := unscrambled(clean)) is not None:
        # its last words out of order: the organ and year read from it put right, the title as printed
        parts = title_parts(mended)
        printed = re.sub(r"\s+", "", clean)
        return (parts[0], parts[1], printed[printed.find(parts[0]):]) if parts and parts[0] in printed else None
    first = _TITLE_YEAR_FIRST.search(clean.rsplit(">", 1)[-1].strip())    # (after a breadcrumb: 首页 > … > 2023年…)
    if first:
        # "XX县人民政府信息公开…": 人民政府 is the organ's; "XX镇政府信息公开…": 政府 is the title's
        tail = first.group(3) or ""
        organ = re.sub(r"\s+", "", first.group(2) + (tail if tail.startswith("人民") else ""))
        title = re.sub(r"\s+", "", first.group())
        if organ in _NO_ORGAN:
            return "", int(first.group(1)), title   # 2022年政府信息公开工作年度报告: the organ is on another line
        if len(organ) >= 2 and re.search(r"[\u4e00-\u9fff]", organ) and not NO_NAME.search(organ) \
                and not _CLAUSE_END.search(organ):
            return organ, int(first.group(1)), title
    m = _TITLE.search(clean)
    if not m:
        after = _TITLE_YEAR_AFTER.match(clean.rsplit(">", 1)[-1].strip())
        if after is None:
            return _year_inside(clean.rsplit(">", 1)[-1].strip())
        # 宝坻区大钟庄镇政府信息公开工作年度报告 (2019年): read as 宝坻区大钟庄镇2019年…报告, titled as printed
        organ = _LEAD_OUT.sub("", LEAD_IN.sub("", PAGE_CHROME.sub("", re.sub(r"\s+", "", after.group(1)))))
        organ = _past_marks(organ)
        if len(organ) < 2 or names_none(organ) or NO_NAME.search(organ):
            return None
        return organ, int(after.group(3)), re.sub(r"\s+", "", after.group()[after.group().find(organ):])
    organ = PAGE_CHROME.sub("", re.sub(r"\s+", "", m.group(1)).split(">")[-1])
    organ = _LEAD_OUT.sub("", LEAD_IN.sub("", organ))
    organ = _past_marks(organ)                           # Page8-…: a flip-book's page before the name
    organ = re.sub(r"[^\u4e00-\u9fff）)]+$", "", organ)  # 【青石镇】2024年…: the page's brackets after it
    if len(organ) < 2 or not re.search(r"[\u4e00-\u9fff]", organ) or _NOT_A_NAME.fullmatch(organ) or NO_NAME.search(organ):
        return None                                  # 《某市人民政府办公室关于做好2022年…报告编制…的通知》: not a title
    year = int(m.group(2))
    title = re.sub(r"\s+", "", clean[m.start():m.end()])
    return organ, year, title[title.find(organ):] if organ in title else title


def _past_marks(organ: str) -> str:
    """``organ`` without the marks a page printed before the name (Page8-…, a flip-book's page); "" when
    they are a year's digits and the words left the rest of that year (现将2022年度和2023年度…报告如下,
    2022年和2023年…: two years named, 年度和 the words joining them, which name no one)."""
    cut = re.match(r"[^\u4e00-\u9fff]*", organ)
    marks = cut.group() if cut else ""
    rest = organ[len(marks):]
    return "" if re.search(r"(?:19|20)\d{2}\s*$", marks) and rest.startswith("\u5e74") else rest


def _year_inside(clean: str) -> Optional[tuple[str, int, str]]:
    """(organ, year, title) of a title that puts the year inside its last words (…信息公开工作2021年度报告);
    an organ-less one (政府信息公开工作2021年度报告) leaves the organ to the line above it."""
    m = _TITLE_YEAR_INSIDE.match(clean)
    if m is None:
        return None
    organ = _LEAD_OUT.sub("", LEAD_IN.sub("", PAGE_CHROME.sub("", re.sub(r"\s+", "", m.group(1)))))
    named = organ
    organ = _past_marks(organ)
    title = re.sub(r"\s+", "", m.group())
    if named and not organ:
        return None                                  # (2022年度和政府信息公开工作2023年度报告: no title's words)
    if not organ or organ in _NO_ORGAN:
        return "", int(m.group(3)), title
    if len(organ) < 2 or names_none(organ) or NO_NAME.search(organ):
        return None
    return organ, int(m.group(3)), title[title.find(organ):]


def names_none(organ: str) -> bool:
    """政府, 我镇, 全县: words standing where an organ's name would, naming none."""
    return organ in _NO_ORGAN or _NOT_A_NAME.fullmatch(organ) is not None


def named_in_sentence(text: str) -> Optional[tuple[str, int, str]]:
    """(organ, year, the report's name) as a sentence names its report: 现将北坡镇2022年…报告,
    东湖街道特编制2023年…报告, 《海城市卫生健康局2025年…报告》, 现向社会公布2022年卯都乡…报告."""
    if "报" not in text:
        return None     # (each way of naming it ends …报告)
    text = without_pinyin(_ALIAS.sub("", text))     # 现将某局(以下简称发改局)2024年度…报告, 委员会(huì ): the name alone
    m = _IN_SENTENCE.search(text)
    quoted = _QUOTED.search(text) if m is None else None
    after = _YEAR_BEFORE.search(text) if m is None and quoted is None else None
    if m is not None:
        organ, year, rest = m.group(1) or m.group(2), int(m.group(3)), text[m.start(3):m.end()]
    elif quoted is not None:
        organ, year, rest = quoted.group(1), int(quoted.group(2)), text[quoted.start(2):quoted.end()].rstrip("》 ")
    elif after is not None:
        organ, year = after.group(2), int(after.group(1))
        rest = f"{after.group(1)}年" + shared_government(organ, text[after.end(2):after.end()])
    elif (year_first := quoted_year_first(text)) is not None:
        organ, year, rest = year_first          # 认真编制了《2021年色威镇…报告》
    else:
        return None
    organ = _MANNER.sub("", re.sub(r"^由", "", re.sub(r"\s+", "", organ)))
    organ = re.sub(r"\u7684$", "", organ)   # 公布某局的2023年…报告: the sentence's possessive, no name's end
    organ = _VERB.split(organ)[-1]      # 编制本报告现向社会公开安乐乡2019年…: the name stands after the last verb
    organ = re.sub(r"(?:19|20)\d{2}[—–\-－~～至]$", "", organ)   # 我校2021—2022学年度…: a span of years, not the name
    if m is not None and m.group(2) and part_office(organ):
        return None                     # 由某区教育局办公室编制的2024年…报告: its maker, a part of the bureau, no name
    if m is not None and m.group(2) and not names_a_place(organ):
        return None                     # 根据《条例》规定编制2023年…: the words before the verb, not a name
    if len(organ) < 2 or names_none(organ) or names_none(_ASIDE.sub("", organ)) or NO_NAME.search(organ):
        return None                     # 本级政府(机关): the report's own words, an aside after them
    return organ, year, organ + re.sub(r"\s+", "", rest)


_VERB = re.compile(rf"{_PUBLISH}|现向社会公开|现公开")
"""The verbs a preamble names its report after: a name never holds one, so a name read from an earlier
verb (编制) on stops at the last of them."""
_ASIDE = re.compile(r"[(（][^()（）]*[)）]$")
"""An aside closing the words (特向社会公布2019年度本级政府(机关)信息公开…报告): 本级政府 names none, with it or not."""
_ALIAS = re.compile(r"\s*[(（]\s*(?:以下)?\s*(?:简称|称)[^()（）]{0,20}[)）]")
"""(以下简称发改局), the short name a sentence gives the organ it names: no part of the name."""
_MANNER = re.compile(r"(?:认真|精心|依法|及时|严格|如实|全面|规范|统一|组织|负责)+$")
"""How a sentence says the report was written, not who wrote it (…结合实际工作，认真编制了2016年度…报告):
never the organ, nor the end of its name."""
