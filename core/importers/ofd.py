"""OFD files (GB/T 33190 版式文档): the fixed-layout format China's own office suites and 电子公文
systems save and sign, read as a PDF is read.

Why by way of the PDF reader: an OFD page, like a PDF page, places each letter and draws each
table border at a spot on the paper; only the wrapping differs (a zip of XML parts, sizes in
millimetres, the text in Unicode). So each page's text codes become placed letters and its path
objects ruling lines, in points from the page's top, and ``core.importers.pdf`` reads the words,
rows and tables from there as it reads a PDF's. Told by content (the package's ``OFD.xml``).

What is read is what a PDF reader would find in the page's text: the page's layers and page
blocks, its templates, and the composite units its objects draw. Annotations (``Annots``: stamps,
watermarks, a signature's appearance, notes) are deliberately left unread, as PDFium's text page
leaves a PDF's: a stamp's upright 某某人民政府办公室 laid over a table's rows would join their
numbers, and a report's own text is never in one.

The zip and XML guards of .docx apply (``safety.check_zip``: no DTD or entities, sizes capped);
every part is looked up by name inside the package, never on disk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Optional

from core.importers.model import ImportError_, ImportLog
from core.importers.ofd_parts import (
    IDENTITY,
    NUMBER,
    ROOT,
    Matrix,
    Package,
    bounded,
    box,
    child,
    children,
    deltas,
    floats,
    local,
    looks_like_ofd,
    part_path,
    placement,
    text_of,
)
from core.importers.pdf import MAX_PAGES, Page, readings_of, report_of
from core.importers.pdf_text import LONG, MAX_CHARS, MAX_PATHS, X_TOLERANCE, Letter, Rule, bar, garbled, words_of
from core.importers.safety import MAX_TABLE_DEPTH, Budget, check_zip
from core.report import Report

__all__ = ["MM", "import_bytes", "looks_like_ofd", "read_pages"]

MM = 72 / 25.4
"""Points in a millimetre: OFD measures in millimetres, the PDF reader's tolerances in points."""
A4: tuple[float, ...] = (0.0, 0.0, 210.0, 297.0)
DEFAULT_SIZE = 3.5
"""A text object's font size (mm) when it states none and its box no height: 五号 (10.5 pt)."""
WIDE_BOX = (0.84, 0.08)
NARROW_BOX = (0.73, 0.18)
"""A letter's box above and below its baseline, in font sizes: a Chinese letter's, and a digit's or
Latin letter's, which a Latin font sets lower. OFD keeps no glyph boxes; these are PDFium's loose
boxes of the fonts a report is printed in, which the PDF reader's measures of lines and blank lines
were taken from (``blank_lines``: a line of digits under a line of Chinese stands lower)."""
HALF = 0.55
"""A letter that is not wide (``_WIDE``) taken as this share of the font size: digits and Latin
letters are some half a size (0.5 in 宋体 and Times, up to 0.56 in sans fonts)."""
SPACED = 0.5
"""The most a text code's letter spacing may be, as a share of its font size (``_spacing``)."""
MIN_STEPS = 3
"""Steps a text code must have for its usual spacing to be told."""
_WIDE = re.compile(r"[\u00b7\u2014-\u201f\u2026\u2030-\u2033\u203b\u2160-\u217f\u2460-\u24ff\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
"""Letters a Chinese font sets a whole size wide: Chinese, Korean and Yi, full-width forms, and the
punctuation, numbered marks and roman numerals Chinese text takes from them (its quotes and dashes
included). Other letters are taken as some half a size (``glyph`` in ``_Page.text``)."""
_BLANKS = frozenset(" \t\r\n\u00a0\u3000")
_ARGS = {"S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0}
"""How many numbers each abbreviated path command takes (GB/T 33190 9.3.2)."""
_TOKEN = re.compile(r"[A-Za-z]|" + NUMBER.pattern)
MAX_TOKENS = 50_000
"""Commands and numbers read from one path's abbreviated data."""


def _spacing(extra: list[float], size: float) -> float:
    """The letter spacing of one text code: its usual step beyond the letters' own widths. OFD keeps
    each letter's place (``DeltaX``) but not its glyph's width, so where one letter ends is a guess;
    a justified line spreads its letters apart (a digit's step 0.88 of the size where it is 0.5
    wide), and they still make one word, as PDFium's boxes of the same letters touch. A step beyond
    that spacing by more than ``pdf_text.X_TOLERANCE`` is a gap, as on a PDF page: the next cell of
    a table row written as one text code (two numbers of neighbouring columns never joined), or a
    tab's stop. Told only from a few steps (the median), and never more than ``SPACED`` of the size:
    a row of one-figure cells in one text code is all gaps, and no spacing."""
    if len(extra) < MIN_STEPS:
        return 0.0
    usual = sorted(max(0.0, v) for v in extra)[len(extra) // 2]
    return usual if usual <= SPACED * size else 0.0


class _Page:
    """One page's letters and ruling lines as the PDF reader places them: points, from its top left."""

    def __init__(self, area: tuple[float, ...], budget: Budget, package: Package, units: dict[str, Any]) -> None:
        self.left, self.top = area[0], area[1]
        self.height = area[3] * MM
        self.letters: list[Letter] = []
        self.across: list[Rule] = []
        self.down: list[Rule] = []
        self.paths = 0
        self.images = 0
        self.budget = budget
        self.package = package
        self.units = units
        self.outer: Matrix = IDENTITY

    def at(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.left) * MM, (y - self.top) * MM

    def objects(self, el: Any, depth: int = 0) -> None:
        if depth > MAX_TABLE_DEPTH:
            raise ImportError_(f"“{self.budget.name}”的页面对象嵌套过深，无法读取")
        for obj in el:
            kind = local(obj.tag)
            if kind == "TextObject":
                self.text(obj)
            elif kind == "PathObject":
                self.path(obj)
            elif kind == "ImageObject":
                self.images += 1
            elif kind in ("PageBlock", "Layer", "Content"):
                self.objects(obj, depth + 1)
            elif kind == "CompositeObject":
                self.composite(obj, depth)
            self.package.count()
            self.budget.tick()

    def composite(self, obj: Any, depth: int) -> None:
        """A composite object draws a unit its resources keep (``CompositeGraphicUnit``), placed by
        the object's box and matrix as any object is: a PDF's form XObject converted to OFD (a
        page's whole text may be one) is such a unit. A unit that is not found draws nothing."""
        unit = self.units.get(obj.get("ResourceID", ""))
        content = child(unit, "Content") if unit is not None else None
        if content is None:
            return
        outer, self.outer = self.outer, placement(obj, self.outer)
        try:
            self.objects(content, depth + 1)
        finally:
            self.outer = outer

    def text(self, obj: Any) -> None:
        """A text object's letters. A text code's steps place its letters (``DeltaX``, ``DeltaY``);
        where it spells out steps down and none across, as a column of vertical text is written
        (ofdrw's ``DrawContext.fillText`` writes ReadDirection 90 so), its letters stand in one
        column, each on its own line as a PDF's vertical text is read; with no steps at all, each
        letter is taken to follow the last by its own (guessed) width or height."""
        bounds = floats(obj.get("Boundary"))
        a, b, c, d, e, f = placement(obj, self.outer)
        sizes = floats(obj.get("Size")) or bounds[3:4] or [DEFAULT_SIZE]   # (no size: the box's height)
        size = sizes[0] if sizes[0] > 0 else DEFAULT_SIZE
        turned = abs(b) > 1e-6 or abs(c) > 1e-6
        across, em = (abs(a) or 1.0) * MM, size * (1.0 if turned else abs(d) or 1.0) * MM
        read = obj.get("ReadDirection", "0").strip()
        upright = not turned and a > 0 and d > 0 and read in ("0", "90") and obj.get("CharDirection", "0").strip() == "0"
        touch = X_TOLERANCE / across           # (in the object's units)
        x = y = 0.0
        for code in children(obj, "TextCode"):
            text = code.text or ""
            if len(self.letters) + len(text) > MAX_CHARS:
                raise _TooMany()
            x = (floats(code.get("X")) or [x])[0]
            y = (floats(code.get("Y")) or [y])[0]
            dx, dy = deltas(code.get("DeltaX"), len(text)), deltas(code.get("DeltaY"), len(text))
            column = not dx and (bool(dy) or read == "90")
            glyphs = [size * (1.0 if _WIDE.match(ch) else HALF) for ch in text]
            spacing = _spacing([dx[i] - glyphs[i] for i in range(min(len(dx), len(text) - 1))], size)
            for i, ch in enumerate(text):
                step = 0.0 if column else dx[i] if i < len(dx) and i < len(text) - 1 else glyphs[i]
                left, base = self.at(a * x + c * y + e, b * x + d * y + f)
                right = left + (step if 0 < step - glyphs[i] <= spacing + touch or 0 < step <= glyphs[i] else glyphs[i]) * across
                above, below = WIDE_BOX if glyphs[i] == size else NARROW_BOX
                top, bottom = base - above * em, base + below * em
                if ch in _BLANKS:
                    self.letters.append(Letter(" ", left, right, top, bottom, 0.0, True))
                else:
                    self.letters.append(Letter(ch, left, right, top, bottom, em, upright, base))
                x += step
                if i < len(dy):
                    y += dy[i]
                elif column:
                    y += size

    def path(self, obj: Any) -> None:
        if obj.get("Stroke", "true") == "false" and obj.get("Fill", "false") == "false":
            return
        self.paths += 1
        if self.paths > MAX_PATHS:
            return
        a, b, c, d, e, f = placement(obj, self.outer)
        data = child(obj, "AbbreviatedData")
        for points, straight in _subpaths(data.text if data is not None else ""):
            placed = [self.at(a * x + c * y + e, b * x + d * y + f) for x, y in points]
            self.lines(placed, straight)

    def lines(self, points: list[tuple[float, float]], straight: list[bool]) -> None:
        """A subpath's ruling lines: the whole of it when it is one thin stroke or bar (a border drawn
        as a filled strip), else its straight sides across and down (a cell's box, a grid in one
        path); a box a third of the page tall or more is a frame, not a table's."""
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
        if bar(left, top, right, bottom, self.across, self.down):
            return
        if bottom - top > self.height / 3 and right - left >= LONG and all(straight):
            return
        for (ax, ay), (bx, by), line in zip(points, points[1:], straight, strict=False):
            if not line:
                continue
            if abs(ay - by) <= 0.5 and abs(ax - bx) >= LONG:
                self.across.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
            elif abs(ax - bx) <= 0.5 and abs(ay - by) >= LONG:
                self.down.append(((ax + bx) / 2, min(ay, by), max(ay, by)))


class _TooMany(Exception):
    pass


def _subpaths(text: str) -> Iterator[tuple[list[tuple[float, float]], list[bool]]]:
    """Each subpath's points (ends of its segments) and whether each segment is straight; the
    path's first ``MAX_TOKENS`` commands and numbers (a table's grid drawn as one path is a few
    thousand)."""
    points: list[tuple[float, float]] = []
    straight: list[bool] = []
    cmd, args = "", list[float]()
    for n, match in enumerate(_TOKEN.finditer(text)):
        if n >= MAX_TOKENS:
            break
        token = match.group()
        if token.isalpha():
            cmd, args = (token if token in _ARGS else ""), []
        elif cmd:
            args.append(bounded(token))
        else:
            continue
        if len(args) < _ARGS.get(cmd, -1):
            continue
        if cmd in ("S", "M"):
            if len(points) > 1:
                yield points, straight
            points, straight = [(args[0], args[1])], []
        elif cmd == "C":
            if len(points) > 1:
                points.append(points[0])
                straight.append(True)
            cmd = ""
        elif points:
            points.append((args[-2], args[-1]))
            straight.append(cmd == "L")
        args = []                       # (a command's numbers may repeat it, as in "L 1 2 3 4")
    if len(points) > 1:
        yield points, straight


def read_pages(data: bytes, name: str) -> list[Page]:
    """Every page of the package's first document, placed as the PDF reader wants it."""
    check_zip(data, name, ROOT)
    budget = Budget(name)
    try:
        package = Package(data, name)
        if package.encrypted():
            raise ImportError_(f"“{name}”是加密的 OFD 文件，需要在 OFD 阅读器中解密（或另存为 PDF）后才能导入")
        return _pages(package, budget)
    except ImportError_:
        raise
    except _TooMany:
        raise ImportError_(f"“{name}”的文字超过 {MAX_CHARS} 个，不像是一份政府信息公开工作年度报告，未导入") from None
    except Exception:
        raise ImportError_(f"“{name}”已损坏或不是有效的 OFD 文件，无法读取") from None


def _pages(package: Package, budget: Budget) -> list[Page]:
    root = package.part(ROOT)
    body = child(root, "DocBody")
    loc = child(body, "DocRoot") if body is not None else None
    if loc is None or not (loc.text or "").strip():
        raise ImportError_(f"“{package.name}”不是有效的 OFD 文件（缺少文档入口 DocRoot）")
    doc_path = part_path(ROOT, loc.text)
    doc = package.part(doc_path)
    common = child(doc, "CommonData")
    area = A4
    templates: dict[str, str] = {}
    shared: list[str] = []
    if common is not None:
        shared = [part_path(doc_path, r.text or "") for r in common if local(r.tag) in ("PublicRes", "DocumentRes")]
        page_area = child(common, "PageArea")
        if page_area is not None:
            area = box(text_of(child(page_area, "PhysicalBox")), A4)
        for t in children(common, "TemplatePage"):
            templates[t.get("ID", "")] = part_path(doc_path, t.get("BaseLoc", ""))
    listed = child(doc, "Pages")
    entries = list(children(listed, "Page")) if listed is not None else []
    if len(entries) > MAX_PAGES:
        raise ImportError_(f"“{package.name}”有 {len(entries)} 页，超过 {MAX_PAGES} 页，不像是一份政府信息公开工作年度报告，未导入")
    pages: list[_Page] = []
    for entry in entries:
        budget.tick()
        page_path = part_path(doc_path, entry.get("BaseLoc", ""))
        xml = package.part(page_path)
        own = child(xml, "Area")
        drawn = [(package.part(where), where) for used in dict.fromkeys(t.get("TemplateID", "") for t in children(xml, "Template"))
                 if (where := templates.get(used)) is not None] + [(xml, page_path)]    # (each template once, then the page)
        units = package.units([part_path(at, r.text or "") for part, at in drawn for r in children(part, "PageRes")] + shared)
        page = _Page(box(text_of(child(own, "PhysicalBox")) if own is not None else None, area), budget, package, units)
        for part, _ in drawn:
            if (content := child(part, "Content")) is not None:
                page.objects(content)
        pages.append(page)
    return _placed(pages, package.name)


def _placed(pages: list[_Page], name: str) -> list[Page]:
    out: list[Page] = []
    for page in pages:
        words, letters = words_of(page.letters, page.down)
        out.append((words, letters, page.height, (page.across, page.down), []))
    if not any(letters for _, letters, _, _, _ in out):
        if any(page.images for page in pages):
            raise ImportError_(f"“{name}”是扫描件（只有图片，没有文字层），本程序不做文字识别（OCR），"
                               "请导入原始的 Word 文件或带文字的 OFD、PDF 文件")
        if sum(page.paths for page in pages) > 100:
            raise ImportError_(f"“{name}”中的文字是画出来的图形（转换时文字被转成了曲线），没有可读取的文字，"
                               "请导入原始的 Word 文件，或在 OFD 阅读器中另存为带文字的 PDF 后再导入")
        raise ImportError_(f"“{name}”中没有文字，无法导入")
    if garbled([w for page in out for w in page[0]]):
        raise ImportError_(f"“{name}”的文字是乱码，无法读取；请导入原始的 Word 文件或网页上的文字")
    return out


def import_bytes(data: bytes, name: str, year: Optional[int] = None) -> tuple[Report, ImportLog]:
    """The report on the OFD's pages, read as a PDF's pages are (``pdf.readings_of``)."""
    return report_of(*readings_of(read_pages(data, name), name), name, "ofd", year)
