"""From a source's lines to a printed report and its log: the part every importer shares.

The format (2019 or 2021) is told by the labels the tables print; the year by the title (the year
before or after the organ), else the statistical period, else the publication date (a page's 发布时间,
else the date of the report's 落款 in January to March), else the year the opening speaks of, else
the one 一、总体情况's sentences open with (``report_year``, ``opening_year``) — each origin noted in the log. Each table
of the form is read from its region; each cell is then read, printed blank, or missing with the reason
(a table the source does not print, or a page cut short, is missing, not refused), and the report
keeps the totals as printed.
"""

from __future__ import annotations

import re
from typing import Optional

import core.importers.block_cells as block_cells
import core.importers.opening_year as opening_year
import core.importers.overview_appeals_later as overview_appeals_later
import core.importers.overview_appeals_next as overview_appeals_next
import core.importers.overview_counts as overview_counts
import core.importers.overview_decisions as overview_decisions
import core.importers.overview_normative as overview_normative
import core.importers.overview_results as overview_results
import core.importers.placed_organ as placed_organ
import core.importers.printed_text as printed_text
import core.importers.reach as reach
import core.importers.regions as regions
import core.importers.report_year as report_year
import core.importers.script as script
import core.importers.sections as sections
import core.importers.stated as stated
import core.importers.title_search as title_search
import core.importers.what_it_is as what_it_is
from core.forms import Form, Table
from core.importers.layout import Line, mark_space_cells
from core.importers.match import MIXED, detect_format, fold, format_hits, is_mixed, key, read_value, similarity
from core.importers.model import ImportError_, ImportLog, YearNotFound
from core.importers.page_marks import is_dashed
from core.importers.prose_tables import stated_cells
from core.importers.settle import note as settled_note
from core.importers.settle import settle
from core.importers.table_reading import Reading, read_tables
from core.importers.title_sentence import named_year, speaks_of_itself
from core.registry import available_formats, first_year, form_for_year, get_form
from core.report import IMPORTED, PRINTED, Origin, Report
from core.text_clean import clean_text
from core.values import Value, format_value

MAX_LINES = 200_000
GIVEN = opening_year.GIVEN


def choose_form(text: str, year: Optional[int], mixed: bool) -> Form:
    forms = [get_form(f) for f in available_formats()]
    year_form = form_for_year(year) if year is not None and report_year.has_form(year) else None
    form = detect_format(text, forms, year_form, mixed)   # forms are loaded once: the year's is among them
    return form or year_form or forms[-1]


def _mixed_note(form: Form, year: Optional[int]) -> str:
    why = f"按报告年度 {year} 年应使用的" if year is not None and form.applies_to(year) else "按"
    return f"原文表格混用了两版格式的表头，{why}{form.name}读取；表头属于另一版格式的表格按位置录入，请对照原文核对"


def build(lines: list[Line], source: str, kind: str, given_year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """The report printed in ``lines`` (read from the file named ``source``); ``given_year``, the
    year the clerk says it is for, counts only when the source names none."""
    if len(lines) > MAX_LINES:
        raise ImportError_(f"“{source}”内容过多（超过 {MAX_LINES} 行），不像是一份年度报告")
    log = ImportLog(source=source, kind=kind)
    # "— 5 —", the page number of a 公文 (GB/T 9704), left inside a table by a PDF-to-text conversion
    lines = [line for line in lines if not is_dashed(line.text)]
    lines = block_cells.rejoin(lines)    # a browser's copy of cells that hold paragraphs
    mark_space_cells(lines)
    full = "\n".join(line.text for line in lines)
    if script.is_traditional(full):
        convert = script.converter(full)
        lines = [script.converted(line, convert) for line in lines]
        full = "\n".join(line.text for line in lines)
        log.note("原文为繁体字（网站的繁体版），已按简体字读取，导入的正文也为简体字，请核对")
    if (read := script.lines_without_pinyin(lines)) is not lines:
        lines = read
        full = "\n".join(line.text for line in lines)
        log.note("原文汉字后注有拼音（如“规(guī)章”，网站的注音功能），读取时已去掉")
    log.source_text = full
    forms = [get_form(f) for f in available_formats()]
    probe = regions.find(lines, forms[-1])
    head_end = min(probe.headings) if probe.headings else min(40, len(lines))
    preamble = "\n".join(line.text for line in lines[:head_end])
    opening = preamble if preamble.strip() else _first_paragraph(lines[head_end + 1:])
    period = stated.period_year(full)
    organ, year, title, how, title_lines = title_search.metadata(lines, head_end, period)
    head = [fold(text) for text in printed_text.paragraphs(lines, max(1, head_end) + 8)]
    whole = [fold(text) for text in printed_text.paragraphs(lines, len(lines))]
    if (placed := placed_organ.whole_name(organ, head, whole)) is not None:
        organ = placed[0]
        log.note(placed[1])     # 市文化广电和旅游局 titled, 常州市文化广电和旅游局 printed in its words
    year, said = report_year.report_year(lines, full, probe, head_end, opening, preamble, period, year, title, how,
                                         given_year, log)
    if year is not None and not report_year.has_form(year):
        # a report of 2018 or before (or a notice about one): the old form's sections and tables
        # (概述、…收费及减免情况, 收到申请数/同意公开答复数…) are none of the supported forms', and
        # read onto the current one its sections' words would land under other headings
        # — unless it is no such report at all (a 绩效评价报告 of 2018): then that is what is said
        kind_of = what_it_is.another_kind([line.text for line in lines], full) if not title else None
        raise ImportError_(what_it_is.not_a_report(source, kind_of) if kind_of else _before_forms(source, year, said))
    mixed = is_mixed([t.text for line in lines for t in line.tokens], forms)
    form = choose_form(full, year, mixed)
    reading = read_tables(lines, form, source)
    if not mixed and year is not None and report_year.has_form(year) and form_for_year(year) is not form and reading.found.tables:
        # labels of an older form in a report of a year that requires another (a block's header kept
        # from last year's Word file): read on the year's form too, keep it when it fits the source better
        other = read_tables(lines, form_for_year(year), source)
        if other.found.tables and other.misfit < reading.misfit:
            reading, form, mixed = other, other.form, True
    if (not reading.log.read and not mixed and year is not None and report_year.has_form(year)
            and form_for_year(year) is not form and _labels_printed(_unsentenced(lines), form, forms) < MIXED):
        # no table cell read (tables as pictures, a copy cut before them) and the other form told by
        # words of the prose (…以公开政府规章、规范性文件…为重点 in a 2021 report; 新制作了…8件规范性文件,
        # 行政许可处理决定数量为13134件): words of sentences are no table's headers; the year's form, not
        # a false "wrong format" finding, every cell of the year's form absent, and sentences read onto its rows
        form = form_for_year(year)
        reading = read_tables(lines, form, source)
    if mixed:
        log.note(_mixed_note(form, year))
    found = reading.found
    # with no table read, a report is known by its title, its sections' headings, its overview laid out
    # as the form's items, or its preamble's words about itself (``_speaks_of_its_year``, over the lines
    # as read in); anything else (a notice, a page of prose) is no report
    known = (bool(title) or _form_headings(found, form) >= 2 or (bool(form.sections) and what_it_is.outlines_the_overview(
        [line.text for line in reading.lines], found.headings, form.sections[0])))
    if not found.tables and not (year is not None and (
            known or _speaks_of_its_year(year, period, opening, preamble, lines, head_end))):
        # a copy cut in 一、总体情况 under no title: a report by its heading and words, its year the one
        # its sentences open with (``opening_year``) or the clerk's, never only the one its prose names most
        looks = what_it_is.reads_as_a_report(full, _form_headings(found, form))
        year, said, bare = opening_year.settle(year, said, given_year, looks, lines, probe, log)
        if said == GIVEN and year is not None and (its_form := choose_form(full, year, mixed)) is not form:
            form, reading = its_form, read_tables(lines, its_form, source)      # (the clerk's year: its form)
            found = reading.found
        if year is None and (known or looks):
            # a report by its title, its sections' headings or its words, naming no year (a copy of its
            # prose signed on no date): the year the clerk gives is what it lacks, not the look of a report
            raise YearNotFound(f"“{source}”中未找到报告年度（标题、统计期限、发布时间或落款日期），也没有统计表，"
                               "请指定报告年度后导入（编辑器导入时会询问年度；命令行 convert 可加 --year）")
        if not bare and what_it_is.calls_itself_the_report(full):
            # the report by its own words (本年度报告…): its tables did not come along, it is no other text
            raise ImportError_(what_it_is.tables_not_copied(source))
        if not bare:
            raise ImportError_(f"“{source}”中未找到任何统计表（表二、表三、表四），不像是政府信息公开工作年度报告，"
                               "或表格是图片（扫描件）无法读取")
    lines = reading.lines
    if not found.tables and (named := what_it_is.another_document([x.text for x in lines[:head_end]])):
        raise ImportError_(what_it_is.not_a_report(source, f"原文是“{named}”"))     # a notice, a reading of one
    if year is None:
        raise YearNotFound(f"“{source}”中未找到报告年度（标题、统计期限、发布时间或落款日期），无法导入")
    for n in reading.flat_notes:
        log.note(n)
    unseen_at = len(log.notes) if not found.tables else None   # (said below, once it is known why)
    absent = [t.name for t in form.tables if t.id not in found.tables]
    if absent:
        # a page cut short, or a partial copy: read as far as it goes, the rest marked not read (and
        # where the source stops inside a table, said: the tables after it were cut off, not left out)
        cut = f"（原文到{reading.ends_in}就结束了，复制或摘录不完整）" if reading.ends_in else ""
        log.note(f"原文中未找到{'、'.join(dict.fromkeys(absent))}{cut}：已读取原文中有的表格，其余单元格标为未读取")
    if not form.applies_to(year):
        log.note(f"报告年度 {year} 年按规定应使用{form_for_year(year).name if report_year.has_form(year) else '其他格式'}，"
                 f"原文表格为{form.name}，按原文格式导入")
    for n in reading.log.notes:
        log.note(n)
    log.read.update(reading.log.read)
    log.missing.update(reading.log.missing)
    cells, origins, missing = reading.cells, reading.origins, reading.missing
    open_rows, unsplit, skip = reading.open_rows, reading.unsplit, reading.skip
    _rows_split_by_another_form(form, forms, reading, cells, missing, log)
    # what a copied page prints above the report's title (its menu, breadcrumb, a 索引号/发布机构 grid)
    # is no words of the report: the preamble starts below the title
    above = set(range(min(title_lines))) if title_lines else set()
    texts, notes = sections.split(lines, found, form, skip | title_lines | above | found.contents | found.left)
    for n in notes:
        log.note(n)
    for done in settle(form, year, organ, texts, open_rows):
        row = done.row
        if done.split is None:
            if not row.partly:                  # (a row partly read has said so already)
                log.note(f"{row.name}一行的数字连在一起（{row.run}），无法确定如何分列，未读取")
            continue
        for a, text in zip(row.slots, done.split, strict=True):
            if text is not None and a in missing and a in unsplit:
                cells[a] = read_value(text, form.kind_of(a))[0] if text else None
                origins[a] = Origin(IMPORTED, source)
                log.read[a] = text
                missing.pop(a)
                log.missing.pop(a, None)
        log.note(settled_note(form, done))
    # what the tables left unread, before any figure is read from the words: how far the copy reached is
    # told by the tables it printed (a copy cut in 一、总体情况 whose words give 表四's totals never came to 表四)
    unprinted_cells = dict(missing)
    unfound = [t for t in form.tables if t.id not in found.tables]
    _from_prose(form, unfound, texts, year, organ, source, cells, origins, missing, log)
    # a table's heading with sentences under it and no row: the table given in words (its own section's
    # grammar, as for a section that prints its table as a sentence); each table its own words, as two of
    # one section's (表二's （一） and （五）) may both be given so
    for worded in reading.worded:
        table = form.table(worded)
        _from_prose(form, [table], {table.section: reading.worded[worded]}, year, organ, source, cells,
                    origins, missing, log)
    # a copy cut before 表三/表四, or inside its header before any row: the totals 一、总体情况 states in
    # words (收到申请0件,上年结转0件…)
    unprinted = [t for t in form.tables if t.id not in found.tables or t.id in reading.headed_only]
    # (a table printed as its header alone is told so in their notes: ``headed``)
    headed = reading.headed_only
    overview_counts.read_overview(form, unprinted, texts, year, source, cells, origins, missing, log,
                                  bool(found.tables), headed)
    # …表四's 0s from a sentence apart that says no appeal followed them (未发生行政复议、行政诉讼情况)
    overview_appeals_next.read_overview(form, unprinted, texts, year, source, cells, origins, missing, log, headed)
    # …or, 一 saying nothing of them, from a later section's (六、其他需要报告的事项: 全年未出现因政府信息公开申请行政复议…)
    overview_appeals_later.read_overview(form, unprinted, texts, year, source, cells, origins, missing, log, headed)
    # …its result rows, where those it lists add up to the requests handled (予以公开19件,部分公开3件…)
    overview_results.read_overview(form, unprinted, texts, year, source, cells, origins, missing, log, headed)
    # …and 表二's 第二十条第（一）项 (制发行政规范性文件0件、废止文件0件…)
    overview_normative.read_overview(form, unprinted, texts, year, source, cells, origins, missing, log, headed)
    # …and 表二's other blocks (行政许可处理决定数量为13134件, 共处理行政处罚530宗…)
    overview_decisions.read_overview(form, unprinted, texts, year, organ, source, cells, origins, missing, log, headed)
    if how:
        log.note(_how_titled(how, title))
    if title and how != title_search.NAMED_IN_TEXT and (conflict := what_it_is.preamble_names_another(
            organ, [line.text for line in lines[max(title_lines, default=-1) + 1:head_end]])):
        log.note(conflict)     # the title's organ, and the preamble's sentence naming another's report
    if not organ:
        log.note("原文的标题和正文开头都没有写明单位名称，导入后请填写")
    elif site := what_it_is.site_words_in(organ):
        log.note(site)
    log.contact = stated.contact(texts.get("preamble", "") + "\n" + full[:4000])
    if log.contact:
        log.note("联系方式：" + "；".join(f"{k} {v}" for k, v in log.contact.items()))
    texts = {k: clean_text(v) for k, v in texts.items()}         # NUL, controls, lone surrogates
    # sections a copy cut short never came to: not read, not absent (S1–S3 skip them, N2 says so)
    unread = reach.unread_sections(form, lines, found, texts, unprinted_cells)
    if unseen_at is not None:
        log.notes.insert(unseen_at, _why_no_table(form, unread))
    report = Report(form=form, year=year, organ=clean_text(organ), title=clean_text(title), cells=cells,
                    origins=origins, missing=missing, totals=PRINTED, texts=texts, notes=list(log.notes),
                    unread_sections=unread)
    return report, log


def _why_no_table(form: Form, unread: dict[str, str]) -> str:
    """Why no table was read: a copy cut before the sections that hold them (a search excerpt that
    stops in 一、总体情况) never came to them, and to call them unreadable would send the clerk looking
    for digits run together that the source never showed; otherwise they are there and cannot be made
    out (digits run together in a copied page, tables as pictures or as sentences): the report's
    words are read, a table's figures its own section states, every other cell marked not read."""
    if all(t.section in unread for t in form.tables):
        where = "；".join(dict.fromkeys(unread[t.section] for t in form.tables))
        return f"原文复制不完整，统计表所在的部分没有读到（{where}），表格未读取，请对照原文填写"
    return "原文中的统计表无法辨认（数字连在一起、表格是图片或以文字叙述），表格未读取，请对照原文填写"


def _before_forms(source: str, year: int, said: str) -> str:
    """Why a report of a year before every supported form is not imported."""
    first = first_year()
    names = "、".join(get_form(f).name for f in available_formats())
    return (f"“{source}”写的是 {year} 年度（年度按{said}）：{first} 年以前的政府信息公开工作年度报告使用旧的格式，"
            f"章节和统计表都与本程序支持的{names}不同，无法导入；请导入 {first} 年度及以后的年度报告")


def _rows_split_by_another_form(form: Form, forms: list[Form], reading: Reading, cells: dict[str, Value],
                                missing: dict[str, str], log: ImportLog) -> None:
    """A row of ``form`` that the source prints as another form's sub-rows (a 2021 report whose 表二
    kept 2019's header, read on the 2019 form, prints 表三's （六）其他处理 as 2021's three items
    1.申请人无正当理由逾期不补正… 2.申请人逾期未按收费通知… 3.其他): no one printed row is that row —
    the one it was matched to (3.其他) holds a part of it, the other parts are dropped — so its cells
    are not read, with the reason, rather than read as a part of themselves."""
    for table in form.tables:
        span = reading.found.tables.get(table.id)
        if span is None:
            continue
        printed = key("".join(line.text for line in reading.lines[span[0]:span[1]]))
        own = {r.id for r in table.rows}
        for row in table.rows:
            parts = [r for f in forms if f is not form for t in f.tables if t.id == table.id
                     for r in t.rows if r.id.startswith(row.id + ".") and r.id not in own]
            shown = [r for r in parts if any(len(key(lab)) >= 8 and key(lab) in printed for lab in (r.label, *r.aliases))]
            if not shown:
                continue
            addresses = [table.address(row.id, c.id) for c in table.cols]
            if all(a in missing for a in addresses):
                continue
            why = (f"原文{table.name}把“{row.label}”分项印出（{'、'.join(r.label for r in shown)} 等，另一版格式的行），"
                   f"本格式只有一行，未读取")
            for a in addresses:
                cells[a] = None
                missing[a] = log.missing[a] = why
                log.read.pop(a, None)
            log.note(f"{why}，请对照原文合计后填写")


def _labels_printed(text: str, form: Form, forms: list[Form]) -> int:
    """How many of ``form``'s own labels (those no other form prints) ``text`` holds."""
    return next((hits for f, hits, _ in format_hits(text, forms) if f is form), 0)


_SENTENCE = re.compile("[\u3002\uff0c,\uff1b;\uff01\uff1f!?]")     # 。，,；;！？


def _unsentenced(lines: list[Line]) -> str:
    """The lines that are no sentences (no 。，；！？ in them): a table's headers and rows, however
    they were copied (one line run together: 第二十条第(一)项信息内容本年新制作数量…规范性文件3312)."""
    return "\n".join(line.text for line in lines if not _SENTENCE.search(line.text))


def _first_paragraph(lines: list[Line]) -> str:
    """The first paragraph of ``lines``: under the heading a copy starts at (一、总体情况), where a page
    with no preamble above its body prints what the document is (本年报根据《…条例》…由某镇人民政府编制)."""
    return next((line.text for line in lines if line.text.strip()), "")


def _speaks_of_its_year(year: int, period: Optional[int], opening: str, preamble: str, lines: list[Line],
                        head_end: int) -> bool:
    """The opening is the report's words about itself, with the period it covers (本年度报告根据《…政府信息公开
    条例》…由浙江省水利厅编制: a copy cut before its tables; a copy starting at 一、总体情况 prints them as its first
    paragraph), or with the year that sentence names (现将2023年度政府信息公开工作情况报告如下: a copy stating no
    period), read over its paragraphs as written, where a PDF wrapped the sentence (…情况报 / 告如下). Asked only
    of a copy holding no table, so no other import reflows its opening."""
    if year == period and speaks_of_itself(opening):
        return True
    reflowed = "\n".join(printed_text.paragraphs(lines, head_end)) if preamble.strip() else opening
    return year == named_year(reflowed)


def _form_headings(found: regions.Regions, form: Form) -> int:
    """How many of the form's section headings the source prints (一、总体情况 …): with the year,
    what makes a source without a title or a table a report (its tables given as sentences)."""
    return sum(1 for s in form.sections if similarity(found.heading_text.get(s.id, ""), s.heading) >= 0.9)


def _from_prose(form: Form, absent: list[Table], texts: dict[str, str], year: int, organ: str, source: str,
                cells: dict[str, Value], origins: dict[str, Origin], missing: dict[str, str], log: ImportLog) -> None:
    """The figures of the tables the source does not print that their sections state in words
    (one note per table, which the import preview shows as that table's reason for doubt)."""
    by_table = stated_cells(form, absent, texts, year, organ)
    for table in absent:
        stated = by_table[table.id]
        for s in stated:
            cells[s.address] = s.value
            origins[s.address] = Origin(IMPORTED, source)
            log.read[s.address] = s.said
            missing.pop(s.address, None)
            log.missing.pop(s.address, None)
        if stated:
            said = "；".join(f"{form.label(s.address).removeprefix(table.name).strip()} 为 "
                            f"{format_value(s.value, form.kind_of(s.address))}（“{s.said}”）" for s in stated)
            log.note(f"原文没有列出{table.name}，按正文所述读取了 {len(stated)} 项：{said}。其余单元格标为未读取，请对照原文核对")


def _how_titled(how: str, title: str) -> str:
    """The note of where the title came from, saying what was done with it ("标题分两行：…" told the
    clerk a fact and left them to guess that the lines were joined, and into what)."""
    if not title:
        return how
    if how == title_search.WRAPPED:
        return f"原文标题分两行，已合并读取为“{title}”"
    if how == title_search.SCRAMBLED:
        return f"原文标题“{title}”末尾的文字顺序错乱，单位名称和年度按其读取，请核对标题"
    if how == title_search.NAMED_IN_TEXT:
        return f"原文没有标题，单位名称和年度按正文开头所说的报告名称“{title}”读取，请核对"
    return f"{how}：{title}"
