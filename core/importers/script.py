"""Reports copied from a site's traditional-character version, read as simplified; and the pinyin a
site's 注音 feature writes after characters, left out.

Many government sites offer a 繁体 button that converts the page in the browser; a page saved or
copied in that mode prints every label of the form in traditional characters, and nothing of the
form's labels, anchors or titles would be found. A text whose Chinese characters are largely
traditional is converted character by character (``templates/chars/t2s.tsv``, from OpenCC) before
it is read, and the clerk is told so: the prose comes back in simplified characters too.

Simplified text is never changed: the table leaves out every character that is also simplified,
and a text is converted only when at least a tenth of its Chinese characters are traditional
(simplified reports have none; a converted page about a third).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from core.importers.layout import Line, Token
from core.registry import TEMPLATES_DIR

TABLE = TEMPLATES_DIR / "chars" / "t2s.tsv"
MIN_SHARE = 0.1
MIN_COUNT = 10
_HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """Traditional code point → simplified character (empty when the file is missing: nothing converts)."""
    out: dict[int, str] = {}
    try:
        text = TABLE.read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.splitlines():
        if line and not line.startswith("#"):
            trad, _, simple = line.partition("\t")
            if len(trad) == 1 and simple:
                out[ord(trad)] = simple
    return out


def is_traditional(text: str) -> bool:
    """Whether ``text`` reads as traditional characters (share and count of traditional-only ones)."""
    t = table()
    han = _HAN.findall(text)
    trad = sum(1 for ch in han if ord(ch) in t)
    return trad >= MIN_COUNT and trad >= MIN_SHARE * len(han)


def simplified(text: str) -> str:
    return text.translate(table())


_WORD_CONVERTED = "\u8cc7\u8a0a\u516c\u958b"
"""資訊公開: 信息公开 as a converter of words, not only characters, writes it (Taiwan's usage: a site's
big5 gateway, big5.mot.gov.cn, prints 政府資訊公開, 資訊內容). A converter of characters alone leaves
信息公開, so the words say which kind made the page."""
_INFORMATION = ("\u8d44\u8baf", "\u4fe1\u606f")
"""资讯 (資訊, read character by character) → 信息."""


def converter(text: str) -> Callable[[str], str]:
    """How the lines of ``text`` (largely traditional) are read in simplified characters: one character
    for one, and where the page's converter changed words (``_WORD_CONVERTED``), its 資訊 read back as
    信息 — as the form's own words (政府信息公开, 信息内容) and the title's, or none of them is found
    (海南海事局's title sentence named no organ). Two characters for two: nothing shifts."""
    if _WORD_CONVERTED not in text:
        return simplified
    return lambda line: simplified(line).replace(*_INFORMATION)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])[(（][a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]* ?[)）]")
"""规(guī)章: the reading a site's 注音 feature puts after a character (a tone mark makes it pinyin);
now and then with a space before its closing bracket (委员会(huì )), which is the reading's too."""


def without_pinyin(text: str) -> str:
    return _PINYIN.sub("", text)


def lines_without_pinyin(lines: list[Line]) -> list[Line]:
    """``lines`` with the readings left out, ``lines`` itself when there are none.

    A PDF printed from such a page splits a reading where the fonts change (委员会(huì / )2022年, the
    space the site put before the bracket) or wraps the line before it (…要求,现 / (xiàn)发布…): read
    token by token, it stays. So the tokens of a run of consecutive lines that are not a real table's
    rows are read as one text (a reading is still only a toned syllable in brackets right after a
    character), and each keeps what was not a reading; two tokens a reading split are one again; a token,
    or a line, left with nothing goes. A real table's rows are cells of their own: they are read cell by
    cell, as before."""
    out: list[Line] = []
    run: list[Line] = []
    for line in lines:
        if line.grid:
            out += _run_without_pinyin(run)
            run = []
            out.append(converted(line, without_pinyin))
        else:
            run.append(line)
    out += _run_without_pinyin(run)
    return out if len(out) != len(lines) or any(a is not b for a, b in zip(out, lines, strict=True)) else lines


def converted(line: Line, convert: Callable[[str], str]) -> Line:
    """``line`` with ``convert`` applied to each token's text and its extra texts; ``line`` itself when
    nothing changes (characters to simplified ones, readings left out)."""
    tokens = [dataclasses.replace(t, text=convert(t.text)) for t in line.tokens]
    if [t.text for t in tokens] == [t.text for t in line.tokens] and all(convert(v) == v for v in line.extra.values()):
        return line
    return dataclasses.replace(line, tokens=tokens, extra={k: convert(v) for k, v in line.extra.items()})


def _run_without_pinyin(run: list[Line]) -> list[Line]:
    pieces = [t.text for line in run for t in line.tokens]
    joined = "".join(pieces)
    gone = {i for m in _PINYIN.finditer(joined) for i in range(*m.span())}
    if not gone:
        return [converted(line, without_pinyin) if line.extra else line for line in run]
    out: list[Line] = []
    at = 0
    for line in run:
        tokens: list[Token] = []
        for t in line.tokens:
            kept = "".join(ch for i, ch in enumerate(t.text, at) if i not in gone)
            inside = bool(tokens) and t.text != "" and at - 1 in gone and at in gone
            at += len(t.text)
            if inside:      # 会(huì / ),提升: one run of text the reading split, whole again
                tokens[-1] = dataclasses.replace(tokens[-1], text=tokens[-1].text + kept, x1=t.x1)
            elif kept or not t.text:
                tokens.append(t if kept == t.text else dataclasses.replace(t, text=kept))
        if tokens or not line.tokens:
            extra = {k: without_pinyin(v) for k, v in line.extra.items()}
            changed = len(tokens) != len(line.tokens) or any(a is not b for a, b in zip(tokens, line.tokens, strict=True))
            out.append(dataclasses.replace(line, tokens=tokens, extra=extra) if changed or extra != line.extra
                       else line)
    return out
