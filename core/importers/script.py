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

import re
from functools import lru_cache

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


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])[(（][a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]* ?[)）]")
"""规(guī)章: the reading a site's 注音 feature puts after a character (a tone mark makes it pinyin);
now and then with a space before its closing bracket (委员会(huì )), which is the reading's too."""


def has_pinyin(text: str) -> bool:
    return _PINYIN.search(text) is not None


def without_pinyin(text: str) -> str:
    return _PINYIN.sub("", text)
