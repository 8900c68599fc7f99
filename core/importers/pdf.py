"""PDFs with a text layer (WPS, Word, LibreOffice exports), read from word positions (PDFium).

``extract_tables`` depends on ruling lines that many published PDFs draw partly or not at all, so
tables are read from where the words stand instead: each page's words become lines, pages are
stacked (a table broken across pages is one table), page numbers are dropped, and ``tables``
finds rows by label and columns by position. Encrypted files, scans without text and oversized
files are refused with a message that says which. PDFium runs in a child process that is killed
when its time is up and whose memory is capped (``_isolated``): a crafted page keeps PDFium busy in
C, where no check of ours can run.
"""

from __future__ import annotations

import contextlib
import copy
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any, Optional

from core.importers.blank_lines import agreed, counted, each_way, with_blank_lines
from core.importers.build import build
from core.importers.layout import Line, Token
from core.importers.match import stands_in_cell
from core.importers.model import ImportError_, ImportLog
from core.importers.page_marks import is_bare, is_page_number
from core.importers.pdf_text import (
    MAX_CHARS,
    Cut,
    Rule,
    TooManyChars,
    Word,
    garbled,
    image_count,
    page_cuts,
    page_rules,
    page_words,
)
from core.importers.pdf_turn import page_view
from core.importers.printed_cells import tabbed
from core.importers.printed_text import typed_rows, wrapped_paragraphs
from core.importers.safety import Budget
from core.importers.spread_digits import joined_spread
from core.importers.tab_stops import tab_rows
from core.importers.unflatten import ran_together
from core.registry import available_formats, get_form
from core.report import Report

MAX_PAGES = 80
"""An annual report runs to a few dozen pages; beyond this the file is not one."""
MAX_PDFIUM_SECONDS = 4.0
"""Time PDFium may take over a whole file: a published report of 80 pages reads in about a second;
a crafted one would take minutes (see ``_isolated``)."""
MAX_CHILD_BYTES = 400 * 1024 * 1024
"""Memory PDFium may take on top of what the process holds when it starts."""
PAGE_GAP = 100000.0
"""Pages are stacked this far apart, so positions stay ordered across a table's page break."""


def _page_number(text: str, index: int) -> bool:
    """A page number in the top or bottom margin: "— 3 —", "第3页" as printed (``page_marks``), and a
    bare number only where it is about this page's own (the cover may be unnumbered) — a table's "0"
    or "12" that a page break left at the foot of a page is a cell, not a page number."""
    if not is_page_number(text):
        return False
    if not is_bare(text):
        return True
    return index - 2 <= int(text) - 1 <= index and int(text) > 0


MARGIN_NUMBER = "margin_number"
"""``Line.extra`` key of a bare number in a page's margin that may be its page number: where it
stands and how it relates to the page's index (``bottom:0`` — page 1 prints 1)."""


def drop_page_numbers(lines: list[Line], pages: int) -> list[Line]:
    """Bare margin numbers that are page numbers: on a one-page document the page's own number, on
    a longer one numbers that recur in the same margin on at least two pages in step with them. A
    bare number found once is a table's cell a page break left at the top or foot of a page (a
    table of LibreOffice's printing carries no page numbers at all, and its "1" opens a page)."""
    marks: dict[str, set[int]] = {}
    for line in lines:
        if MARGIN_NUMBER in line.extra:
            marks.setdefault(line.extra[MARGIN_NUMBER], set()).add(line.page)
    out = []
    for line in lines:
        mark = line.extra.pop(MARGIN_NUMBER, None)
        if mark is not None and (pages == 1 or len(marks[mark]) >= 2):   # two pages, not two lines of one
            continue
        out.append(line)
    return out


def page_lines(words: list[Word], height: float, index: int, budget: Budget | None = None,
               rules: Sequence[Rule] = (), verticals: Sequence[Rule] = (), cuts: Sequence[Cut] = ()) -> list[Line]:
    """One page's words grouped into lines (top to bottom), page numbers left out; a bare number in
    a margin is only marked (``drop_page_numbers`` decides over the whole document). Each line
    carries the page's lines drawn across (``rules``) and down (``verticals``), where a drawn
    table's rows and columns end, and what the page cuts at its right edge (``cuts``)."""
    budget = budget or Budget("PDF")
    offset = index * PAGE_GAP
    drawn = tuple((offset + y, x0, x1) for y, x0, x1 in rules)
    columns = tuple((x, offset + y0, offset + y1) for x, y0, y1 in verticals)
    cut = tuple((x, offset + y0, offset + y1) for x, y0, y1 in cuts)
    groups: list[list[Word]] = []
    g_top = g_bottom = 0.0           # the last group's extent, kept as words join it (linear)
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        if groups and (g_top <= mid <= g_bottom or abs(w.top - g_top) < 2):
            groups[-1].append(w)
            g_top, g_bottom = min(g_top, w.top), max(g_bottom, w.bottom)
            continue
        groups.append([w])
        g_top, g_bottom = w.top, w.bottom
    lines = []
    for g in groups:
        budget.line(len(g))
        g = joined_spread(sorted(g, key=lambda w: w.x0), verticals)
        tokens = [Token(w.text, w.x0, w.x1, offset + w.top, offset + w.bottom) for w in g]
        text = "".join(t.text for t in tokens)
        top = min(w.top for w in g)
        extra: dict[str, str] = {}
        if _page_number(text, index) and (top > height * 0.85 or top < height * 0.1):
            if not is_bare(text):
                continue
            extra[MARGIN_NUMBER] = f"{'top' if top < height * 0.1 else 'bottom'}:{int(text) - 1 - index}"
        lines.append(Line(tokens, positional=True, page=index, extra=extra, rules=drawn, verticals=columns,
                          cuts=cut))
    margins = Counter(round(line.tokens[0].x0) for line in lines if len(line.text) >= 15)
    left = min(margins, key=lambda m: (-margins[m], m)) if margins else 0
    for line in lines:
        line.indent = line.tokens[0].x0 - left
    return lines


def _open(data: bytes, name: str) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ImportError_(f"“{name}”是加密的 PDF，需要密码才能打开；请导入未加密的文件") from None
        raise ImportError_(f"“{name}”已损坏或不是有效的 PDF 文件，无法读取") from None


Page = tuple[list[Word], int, float, tuple[list[Rule], list[Rule]], list[Cut]]
"""One page as PDFium gives it: its words, how many letters, its height, its lines drawn across and
down, and what its clip cuts at the right (``page_cuts``)."""


def read_pages(data: bytes, name: str) -> list[Page]:
    """Every page's words, read by PDFium in this process (see ``_isolated`` for the bounds)."""
    budget = Budget(name)       # in-process (a frozen Windows build), time is checked between pages
    pdf = _open(data, name)
    try:
        if len(pdf) > MAX_PAGES:
            raise ImportError_(f"“{name}”有 {len(pdf)} 页，超过 {MAX_PAGES} 页，不像是一份政府信息公开工作年度报告，未导入")
        pages: list[Page] = []
        chars = 0
        images = 0
        for i in range(len(pdf)):
            budget.tick()
            page = pdf[i]
            try:
                view = page_view(page)
                rules = page_rules(page, view)
                words, letters = page_words(page, MAX_CHARS - chars, rules[1], view)
                chars += letters
                if not letters:
                    images += image_count(page)
                pages.append((words, letters, view.height, rules, page_cuts(page, view)))
            except TooManyChars:
                raise ImportError_(f"“{name}”的文字超过 {MAX_CHARS} 个，不像是一份政府信息公开工作年度报告，未导入") from None
            finally:
                page.close()
        if chars == 0:
            if images:
                raise ImportError_(f"“{name}”是扫描件（只有图片，没有文字层），本程序不做文字识别（OCR），"
                                   "请导入原始的 Word 文件或带文字的 PDF")
            raise ImportError_(f"“{name}”中没有文字，无法导入")
        if garbled([w for page in pages for w in page[0]]):
            raise ImportError_(f"“{name}”的文字层是乱码：PDF 中的字体没有附带文字对照表，复制出的文字也是乱码。"
                               "请导入原始的 Word 文件、网页上的文字，或用其他软件重新生成的 PDF")
        return pages
    except ImportError_:
        raise
    except Exception:  # PDFium reports a damaged page as an error of its own kind
        raise ImportError_(f"“{name}”已损坏或不是有效的 PDF 文件，无法读取") from None
    finally:
        with contextlib.suppress(Exception):  # a broken file may fail to close; nothing open matters
            pdf.close()


def _cap_memory() -> None:
    """In the child: its address space limited to what it uses now plus ``MAX_CHILD_BYTES``."""
    with contextlib.suppress(Exception):
        import resource

        with open("/proc/self/statm") as f:
            used = int(f.read().split()[0]) * resource.getpagesize()
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        soft = used + MAX_CHILD_BYTES if hard == resource.RLIM_INFINITY else min(hard, used + MAX_CHILD_BYTES)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _answer(data: bytes, name: str) -> tuple[str, object]:
    try:
        return "pages", read_pages(data, name)
    except ImportError_ as e:
        return "refused", str(e)
    except MemoryError:
        return "memory", ""
    except BaseException:
        return "broken", ""


def _forked(data: bytes, name: str, seconds: float) -> tuple[str, object]:
    """``read_pages`` in a forked child (no new interpreter: fast, and the frozen bundle needs no
    multiprocessing), its answer pickled back through a pipe; killed when the time is up."""
    import pickle
    import select
    import signal

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:                                       # the child: answer, then leave at once
        try:
            os.close(read_end)
            _cap_memory()
            try:
                payload = pickle.dumps(_answer(data, name))
            except MemoryError:
                payload = pickle.dumps(("memory", ""))
            view = memoryview(payload)
            while view:
                view = view[os.write(write_end, view):]
        finally:
            os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_end], [], [], left)[0]:
                raise ImportError_(f"读取“{name}”超过 {seconds:g} 秒仍未完成，已停止；"
                                   "PDF 的内容异常复杂或已损坏，请导入原始的 Word 文件")
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
    try:
        answer = pickle.loads(b"".join(chunks))     # our own child's bytes, never the file's
    except Exception:                             # the child died mid-answer: out of memory, or PDFium crashed
        return "memory", ""
    assert isinstance(answer, tuple)
    return answer


def _isolated(data: bytes, name: str, seconds: float) -> list[Page]:
    """``read_pages`` where it can be stopped: PDFium parses a page's content in C, where no check
    of ours runs, and a crafted page (millions of drawing operators, a stream inflating to
    gigabytes) takes minutes and gigabytes there. On Linux a forked child does it under a memory
    cap and is killed when the time is up; elsewhere (no fork) it runs here, bounded between pages."""
    if not sys.platform.startswith("linux"):
        return read_pages(data, name)
    kind, body = _forked(data, name, seconds)
    if kind == "pages":
        assert isinstance(body, list)
        return body
    if kind == "refused":
        raise ImportError_(str(body))
    if kind == "memory":
        raise ImportError_(f"“{name}”的内容异常庞大（解压后超过 {MAX_CHILD_BYTES // 1024 // 1024} MB 的内存上限），"
                           "可能已损坏或是恶意文件，未导入")
    raise ImportError_(f"“{name}”已损坏或不是有效的 PDF 文件，无法读取")


RUNNING_MARGIN = 0.1
"""The share of a page's height at its top and at its foot where running headers and footers stand."""


def drop_running_lines(lines: list[Line], heights: list[float]) -> list[Line]:
    """A running header or footer (the organ and the report's title printed atop every page): a
    line in a page's top or bottom margin printed at the same place on at least two pages with the
    same words (its digits aside: 第 3 页). Read where it falls, it was a row of whatever table the
    page break cut (its year a number of that row). A line that is one cell's value alone ("/", 无, a
    number) is no header: a table printed one cell per line puts its "/" at the foot of two pages
    at the same place as often as not, and dropped, 行政处罚's "/" left its row without a cell."""
    def where(line: Line) -> Optional[tuple[str, int]]:
        height = heights[line.page] if line.page < len(heights) else 0.0
        top = line.tokens[0].top - line.page * PAGE_GAP
        if not height or RUNNING_MARGIN * height < top < (1 - RUNNING_MARGIN) * height or stands_in_cell(line.text):
            return None
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text)), round(top / 3)

    pages: dict[tuple[str, int], set[int]] = {}
    for line in lines:
        w = where(line)
        if w is not None:
            pages.setdefault(w, set()).add(line.page)
    return [line for line in lines if (w := where(line)) is None or len(pages[w]) < 2 or not w[0].strip("#")]


def readings(data: bytes, name: str, isolate: bool = True) -> tuple[list[Line], list[list[Line]]]:
    """The document's lines as printed, and as read with a typed text's blank lines put back (its empty
    cells, in a copy of one cell per line), one reading for each way its page feet may hold them
    (``blank_lines``; the lines as printed alone when the pages are no typed text) — or, a copy of
    paragraph cells, its tables as its text held them (``printed_cells``)."""
    return readings_of(_isolated(data, name, MAX_PDFIUM_SECONDS) if isolate else read_pages(data, name), name)


def readings_of(pages: list[Page], name: str) -> tuple[list[Line], list[list[Line]]]:
    """``readings`` of pages already placed (a PDF's by PDFium, an OFD's by ``core.importers.ofd``)."""
    budget = Budget(name)
    lines: list[Line] = []
    for i, (words, _, height, (across, down), cuts) in enumerate(pages):
        lines.extend(page_lines(words, height, i, budget, across, down, cuts))
    lines = drop_page_numbers(lines, len(pages))
    lines = drop_running_lines(lines, [page[2] for page in pages])
    # (counted from where the printed lines stand, before any is read again as text)
    found = counted(lines, [page[2] for page in pages], PAGE_GAP)
    # a page's tables run together into one paragraph, wrapped by the page: that paragraph on one line
    forms = [ran_together(get_form(f)) for f in available_formats()]
    lines = wrapped_paragraphs(lines, lambda text: any(wanted(text) for wanted in forms), budget)
    # typed text printed to the page (a tab-separated or pipe table, wrapped rows, a number beside
    # its unit) read as that text, across page breaks too
    lines = typed_rows(tab_rows(lines, budget), budget)
    if found is not None and (cells := tabbed(lines, *found)) is not None:
        return lines, cells      # a browser's copy of paragraph cells: its tables as its text held them
    blanks = each_way(found)
    return lines, [with_blank_lines(copy.deepcopy(lines) if len(blanks) > 1 else lines, counts) for counts in blanks]


def read_lines(data: bytes, name: str, isolate: bool = True) -> list[Line]:
    """The document's lines, blank lines put back where their count is sure (the fewest else)."""
    return readings(data, name, isolate)[1][0]


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """The report read from the document: when its page feet may hold one blank line more or fewer,
    read every way, the cells the readings differ on not read (or, if they differ in more, as printed)."""
    return report_of(*readings(data, name), name, "pdf", year)


def report_of(printed: list[Line], read: list[list[Line]], name: str, kind: str,
              year: Optional[int]) -> tuple[Report, ImportLog]:
    """The report of a document's ``readings``: each reading built, the cells they differ on not read."""
    if len(read) == 1:
        return build(read[0], name, kind, year)
    try:
        built = [build(lines, name, kind, year) for lines in read]
    except ImportError_:
        built = []
    return (agreed(built) if built else None) or build(printed, name, kind, year)
