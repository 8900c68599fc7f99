"""Checks an exported file for what WPS Office and the printers need, before it is written.

WPS lays a table out from ``w:gridCol`` (it ignores autofit), falls back to a Latin font for
Chinese text in a run without ``w:eastAsia``, and a PDF whose fonts are not embedded prints with
whatever the reader substitutes. A file failing these checks is a bug in the exporter, not the
clerk's doing, so ``SelfCheckError`` is raised and nothing is written.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class SelfCheckError(Exception):
    """The exported file is not what WPS needs; the message says what is wrong (Chinese)."""


def _fail(problems: list[str], what: str) -> None:
    if problems:
        shown = "；".join(problems[:5]) + ("……" if len(problems) > 5 else "")
        raise SelfCheckError(f"导出的{what}未通过自检（程序缺陷，请反馈）：{shown}")


def check_docx(data: bytes) -> None:
    """Every table fixed-layout with gridCol widths; every style and run names an East Asian font."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = ET.fromstring(z.read("word/styles.xml"))
    for i, tbl in enumerate(doc.iter(f"{W}tbl"), 1):
        layout = tbl.find(f"{W}tblPr/{W}tblLayout")
        if layout is None or layout.get(f"{W}type") != "fixed":
            problems.append(f"第 {i} 个表格不是固定列宽")
        cols = tbl.findall(f"{W}tblGrid/{W}gridCol")
        if not cols or any(int(c.get(f"{W}w", "0")) <= 0 for c in cols):
            problems.append(f"第 {i} 个表格缺少列宽（gridCol）")
        n = len(cols)
        for r, tr in enumerate(tbl.findall(f"{W}tr"), 1):
            spans = 0
            for tc in tr.findall(f"{W}tc"):
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                spans += int(span.get(f"{W}val", "1")) if span is not None else 1
            if spans != n:
                problems.append(f"第 {i} 个表格第 {r} 行的单元格数与列数不符")
    for k, run in enumerate(doc.iter(f"{W}r"), 1):
        if run.find(f"{W}t") is None or not (run.find(f"{W}t").text or ""):  # type: ignore[union-attr]
            continue
        fonts = run.find(f"{W}rPr/{W}rFonts")
        if fonts is None or not fonts.get(f"{W}eastAsia"):
            problems.append(f"第 {k} 段文字未设置中文字体（w:eastAsia）")
    for style in styles.iter(f"{W}style"):
        if style.get(f"{W}type") != "paragraph" or style.get(f"{W}customStyle") != "1" and \
                style.get(f"{W}styleId") != "Normal":
            continue
        fonts = style.find(f"{W}rPr/{W}rFonts")
        if fonts is None or not fonts.get(f"{W}eastAsia"):
            problems.append(f"样式“{style.get(f'{W}styleId')}”未设置中文字体（w:eastAsia）")
    _fail(problems, " Word 文档")


_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b(.*?)endobj", re.S)
_TYPE = re.compile(rb"/Type\s*/(FontDescriptor|Font)\b")
_BASE = re.compile(rb"/BaseFont\s*/([^\s/>\[]+)")
_FONTNAME = re.compile(rb"/FontName\s*/([^\s/>\[]+)")
_FONTFILE = re.compile(rb"/FontFile[23]?\b")


def check_pdf(data: bytes) -> None:
    """Every font the PDF uses is embedded (a FontDescriptor with FontFile2 for each BaseFont).

    reportlab writes object dictionaries uncompressed, so they can be read without a PDF library.
    """
    if not data.startswith(b"%PDF-"):
        _fail(["不是 PDF 文件"], " PDF 文件")
    used: set[bytes] = set()
    embedded: set[bytes] = set()
    for obj in _OBJ.finditer(data):
        head = obj.group(1).split(b"stream", 1)[0]
        kind = _TYPE.search(head)
        if kind is None:
            continue
        if kind.group(1) == b"Font":
            base = _BASE.search(head)
            if base:
                used.add(base.group(1))
        else:
            name = _FONTNAME.search(head)
            if name and _FONTFILE.search(head):
                embedded.add(name.group(1))
    problems = [] if used else ["没有找到任何字体"]
    problems += [f"字体 {n.decode('latin-1')} 未嵌入" for n in sorted(used - embedded)]
    _fail(problems, " PDF 文件")


def check_xlsx(data: bytes) -> None:
    """Every sheet protected and set for A4; every table sheet fitted to the page width; every
    formula carrying its value (so previewers that never calculate still show numbers)."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
        sheets = [(n, ET.fromstring(z.read(n))) for n in names]
    for n, sheet in sheets:
        if sheet.find(f"{S}sheetProtection") is None:
            problems.append(f"{n} 未保护")
        setup = sheet.find(f"{S}pageSetup")
        if setup is None or setup.get("paperSize") != "9":
            problems.append(f"{n} 纸张不是 A4")
        for c in sheet.iter(f"{S}c"):
            if c.find(f"{S}f") is not None and c.find(f"{S}v") is None:
                problems.append(f"{n} 的 {c.get('r')} 公式没有值")
    for n, sheet in sheets[:-1]:
        fit = sheet.find(f"{S}sheetPr/{S}pageSetUpPr")
        if fit is None or fit.get("fitToPage") != "1":
            problems.append(f"{n} 打印时未缩放到页宽")
    _fail(problems, " Excel 表格")
