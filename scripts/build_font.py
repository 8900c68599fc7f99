"""Rebuild templates/fonts/NotoSerifSC-GB2312.ttf, the CJK font the PDF export falls back to.

Why: reportlab embeds only TrueType (glyf) outlines, and the free Noto Serif SC is published with
CFF outlines. This script keeps the characters a report can use (GB 2312, ASCII, and every
character of the templates and the sample reports), drops layout and vertical tables, and converts
the cubic CFF outlines to quadratic TrueType ones with fontTools' cu2qu (max error 1 font unit).
The result is about 2.8 MB instead of 11.6 MB.

Source: NotoSerifSC-Regular.otf (Noto CJK, SIL Open Font License 1.1), for instance from the PyPI
package ``pylopdf-fonts-zh-cn==0.1.1``. Needs ``fonttools`` (a development dependency).

    .venv/bin/python scripts/build_font.py path/to/NotoSerifSC-Regular.otf
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates" / "fonts" / "NotoSerifSC-GB2312.ttf"
EXTRA = "—－·…“”‘’《》〈〉（）【】、，。；：？！％＋．／０１２３４５６７８９"


def characters() -> str:
    chars = {chr(c) for c in range(0x20, 0x7F)} | set(EXTRA)
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([b1, b2]).decode("gb2312"))
    sources = list((ROOT / "templates").glob("*.json"))
    sources += list((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    for p in sources:
        chars |= set(p.read_text(encoding="utf-8"))
    return "".join(sorted(c for c in chars if ord(c) >= 0x20))


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
    glyphs = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = glyphs
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
              "characters of its templates; CFF outlines converted to TrueType. Licensed under "
              "the SIL Open Font License 1.1.")
    font["name"].setName(notice, 10, 3, 1, 0x409)
    font.save(str(out))
    print(f"{out}: {len(glyphs)} glyphs, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    build(Path(sys.argv[1]), OUT)
