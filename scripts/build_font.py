"""Rebuild templates/fonts/NotoSerifSC-GB2312.ttf, the CJK font the PDF export falls back to and
the editor's second fallback after Droid Sans Fallback.

Why: reportlab embeds only TrueType (glyf) outlines, and the free Noto Serif SC is published with
CFF outlines. This script keeps the characters a report can use (GB 2312, ASCII, common
punctuation outside GB 2312, and every character of :func:`corpus`: the templates, the sample
and seed reports, and the strings the program itself shows), drops layout and vertical tables, and
converts the cubic CFF outlines to quadratic TrueType ones with fontTools' cu2qu (max error 1 font
unit). The result is about 2.8 MB instead of 11.6 MB.

Three symbols the program shows are in no free CJK font we ship (✖ the error badge of the
navigator, ✗ the error mark of ``check --tables``, ␀ for a NUL in a file name): they are drawn
here (:data:`DRAWN`), so no screen or page needs a system symbol font for them.
``tests/gui/test_font_coverage.py`` fails when the corpus gains a character no shipped font has.

Source: NotoSerifSC-Regular.otf (Noto CJK 2.003, SIL Open Font License 1.1), for instance from the
PyPI package ``pylopdf-fonts-zh-cn==0.1.1`` (``pip download --no-deps``, unzip the wheel). Needs
``fonttools`` (a development dependency).

    .venv/bin/python scripts/build_font.py path/to/NotoSerifSC-Regular.otf
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import sys
import tokenize
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
EXTRA = ("—－·…“”‘’《》〈〉（）【】、，。；：？！％＋．／０１２３４５６７８９"
         "–―•‧﹝﹞〇⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
"""Punctuation, numbering and 〇 a clerk types or pastes that GB 2312 lacks or maps elsewhere."""


def _json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def _data_text(path: Path) -> str:
    """A data file's text, and the strings of a JSON one decoded (``\\u`` escapes included)."""
    text = path.read_text(encoding="utf-8")
    with contextlib.suppress(ValueError):
        text += "".join(_json_strings(json.loads(text)))
    return text


def _literals(path: Path) -> str:
    """The string literals of a Python file as written (escapes stay ASCII: ``"\\u9fff"`` in a
    regular expression is no character to show), without docstrings and comments, which are
    English and never shown."""
    source = path.read_text(encoding="utf-8")
    docs = {(n.value.lineno, n.value.col_offset) for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
    kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    return "".join(tok.string for tok in tokenize.generate_tokens(io.StringIO(source).readline)
                   if tok.type in kinds and tok.start not in docs)


BINARY = (".doc", ".xls", ".docx", ".xlsx", ".pdf", ".png", ".odt", ".rtf")
"""Fixture files whose text is not UTF-8 or is escaped (Office, RTF and ODF files for the importers' tests): their words are
the fixtures' own, already counted from the text they were made from."""


def corpus_sources() -> list[Path]:
    """Files whose characters a report, the editor or an export shows."""
    return sorted([*(SHARED / "seeds").glob("*.txt"), *(SHARED / "samples" / "expected").glob("*"),
                   *(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.is_file() and p.suffix not in BINARY),
                   *(ROOT / "templates").glob("*.json"),
                   *(ROOT / "gui").glob("*.py"), *(ROOT / "core").rglob("*.py")])


def corpus() -> dict[str, Path]:
    """Every printable character of :func:`corpus_sources` → the first file that has it
    (whitespace and control characters left out)."""
    found: dict[str, Path] = {}
    for path in corpus_sources():
        text = _literals(path) if path.suffix == ".py" else _data_text(path)
        for ch in text:
            if ch not in found and not ch.isspace() and not unicodedata.category(ch).startswith("C"):
                found[ch] = path
    return found


def characters() -> str:
    chars = {chr(c) for c in range(0x20, 0x7F)} | set(EXTRA) | set(corpus())
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([b1, b2]).decode("gb2312"))
    return "".join(sorted(c for c in chars if ord(c) >= 0x20))


# --- the drawn symbols: full-width, centred on the math axis of ×, in font units (1000 per em) ---

CENTRE = (500, 368)


def _cross(pen: Any, half_arm: float, half_stroke: float) -> None:
    """An X: a plus sign of two bars (``half_stroke`` each side of the axis, ``half_arm`` from the
    centre to a bar's end) turned 45°, drawn as one clockwise 12-point contour (no overlap)."""
    a, w = half_arm, half_stroke
    plus = [(w, a), (w, w), (a, w), (a, -w), (w, -w), (w, -a), (-w, -a), (-w, -w), (-a, -w), (-a, w),
            (-w, w), (-w, a)]  # clockwise with y up, as TrueType wants its outer contours
    r = 0.5 ** 0.5
    pts = [(round(CENTRE[0] + r * (x + y)), round(CENTRE[1] + r * (y - x))) for x, y in plus]
    pen.moveTo(pts[0])
    for p in pts[1:]:
        pen.lineTo(p)
    pen.closePath()


def _null(pen: Any, glyph_set: Any, cmap: dict[int, str]) -> None:
    """␀ as the standard shows it: small N, U, L stepping down from left to right."""
    for ch, dx, dy in (("N", 40, 440), ("U", 345, 220), ("L", 640, 0)):
        glyph_set[cmap[ord(ch)]].draw(TransformPen(Cu2QuPen(pen, 1.0, reverse_direction=True),
                                                   (0.42, 0, 0, 0.42, dx, dy)))


DRAWN: dict[int, Callable[[Any, Any, dict[int, str]], None]] = {
    0x2716: lambda pen, gs, cmap: _cross(pen, 350, 75),   # ✖ HEAVY MULTIPLICATION X
    0x2717: lambda pen, gs, cmap: _cross(pen, 380, 36),   # ✗ BALLOT X
    0x2400: _null,                                        # ␀ SYMBOL FOR NULL
}
"""Code point → how to draw it, for symbols the corpus uses that Noto Serif SC lacks."""


def build(src: Path, out: Path) -> None:
    font = TTFont(str(src))
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "DSIG", "GPOS", "GSUB", "GDEF"]
    sub = subset.Subsetter(opts)
    sub.populate(text=characters())
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    cmap = font.getBestCmap()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    added: dict[int, str] = {}
    for cp, draw in DRAWN.items():
        if cp not in cmap:
            pen = TTGlyphPen(None)
            draw(pen, glyph_set, cmap)
            added[cp] = f"uni{cp:04X}"
            glyphs[added[cp]] = pen.glyph()
    order = order + list(added.values())
    font.setGlyphOrder(order)
    del font["CFF "]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for cp, name in added.items():
        glyphs[name].recalcBounds(glyf)
        font["hmtx"].metrics[name] = (1000, glyphs[name].xMin)
        for table in font["cmap"].tables:
            if table.isUnicode() and table.format != 14:
                table.cmap[cp] = name
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    notice = ("Modified by the 政府信息公开工作年度报告编辑器 project: subset to GB 2312 and the "
              "characters of its templates and messages; CFF outlines converted to TrueType; "
              "U+2400, U+2716 and U+2717 drawn by the project. Licensed under the SIL Open Font "
              "License 1.1.")
    font["name"].setName(notice, 10, 3, 1, 0x409)
    font.save(str(out))
    missing = sorted(ch for ch in corpus() if ord(ch) not in font.getBestCmap())
    print(f"{out}: {len(glyphs)} glyphs ({len(added)} drawn), {out.stat().st_size / 1e6:.2f} MB")
    if missing:
        print("not in this font (Droid Sans Fallback must have them):", " ".join(missing))


if __name__ == "__main__":
    build(Path(sys.argv[1]), OUT)
