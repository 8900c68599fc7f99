"""An OFD package's parts (GB/T 33190): the zip's XML members found by the names the package
gives them, the numbers its attributes hold, and the composite graphic units its resources keep.

Kept apart from ``core.importers.ofd``, which places a page's objects: this module only finds and
parses what a page refers to. Every part is looked up by name inside the package, never on disk.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any, Optional

from core.importers.model import ImportError_
from core.importers.safety import MAX_MEMBER

ROOT = "OFD.xml"
MAX_OBJECTS = 200_000
"""Page objects looked at over a whole document (templates and composite units counted each time
they are drawn): a report's pages hold a few thousand; a crafted package repeats one huge page on
every page."""
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def looks_like_ofd(data: bytes) -> bool:
    """A zip whose root holds ``OFD.xml``, the package's entry (any name, any order of members)."""
    if not data.startswith(b"PK") or ROOT.encode() not in data:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return any(n.lstrip("/") == ROOT for n in zf.namelist())
    except Exception:
        return False


def local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def child(el: Any, name: str) -> Any:
    return next((c for c in el if local(c.tag) == name), None)


def children(el: Any, name: str) -> Iterator[Any]:
    return (c for c in el if local(c.tag) == name)


def text_of(el: Any) -> Optional[str]:
    return el.text if el is not None else None


LIMIT = 1e6
"""The largest size or place taken as written, in millimetres (a page is some 300 wide)."""


def bounded(token: str) -> float:
    """One number of a list, within ``LIMIT`` (a crafted 1e999 is no place on a page; "nan" is no
    number: ``ValueError``)."""
    value = float(token)
    if value != value:
        raise ValueError(token)
    return max(-LIMIT, min(LIMIT, value))


def floats(text: Optional[str]) -> list[float]:
    """The numbers an attribute lists, each within ``LIMIT``."""
    return [bounded(n) for n in NUMBER.findall(text or "")]


def box(text: Optional[str], default: tuple[float, ...]) -> tuple[float, ...]:
    numbers = floats(text)
    return tuple(numbers[:4]) if len(numbers) >= 4 and numbers[2] > 0 and numbers[3] > 0 else default


def deltas(text: Optional[str], letters: int) -> list[float]:
    """A DeltaX or DeltaY list, its ``g n d`` runs (n steps of d) spelled out, as far as the text
    code's ``letters`` need (a crafted "g 1000000000 1" spells out no more)."""
    out: list[float] = []
    tokens = (text or "").split()
    i = 0
    while i < len(tokens) and len(out) < letters:
        if tokens[i] == "g" and i + 2 < len(tokens):
            with contextlib.suppress(ValueError, OverflowError):
                out += [bounded(tokens[i + 2])] * min(int(float(tokens[i + 1])), letters - len(out))
            i += 3
            continue
        with contextlib.suppress(ValueError):
            out.append(bounded(tokens[i]))
        i += 1
    return out


def compose(outer: Matrix, inner: Matrix) -> Matrix:
    """``inner`` then ``outer``: a point of an object inside a composite unit, on the page."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (oa * a + oc * b, ob * a + od * b, oa * c + oc * d, ob * c + od * d,
            oa * e + oc * f + oe, ob * e + od * f + of)


def placement(obj: Any, outer: Matrix = IDENTITY) -> Matrix:
    """Where an object's own coordinates land: its ``CTM`` maps them into its box, whose origin
    (``Boundary``'s first two numbers) stands in what holds it (GB/T 33190 8.2), and ``outer`` is
    how that holder stands on the page (a composite object's own placement)."""
    bounds = floats(obj.get("Boundary"))
    x0, y0 = bounds[:2] if len(bounds) >= 2 else (0.0, 0.0)
    ctm = floats(obj.get("CTM"))
    a, b, c, d, e, f = ctm[:6] if len(ctm) >= 6 else IDENTITY
    return compose(outer, (a, b, c, d, e + x0, f + y0))


def part_path(base: str, loc: str) -> str:
    """A location as the package names it: from its root when it starts with "/", else beside ``base``."""
    loc = loc.strip().replace("\\", "/")
    return loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc)


class Package:
    """The zip's parts, parsed once each, by their names inside the package."""

    def __init__(self, data: bytes, name: str) -> None:
        from lxml import etree  # type: ignore[import-untyped]

        self.name = name
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = {n.lstrip("/"): n for n in self.zip.namelist()}
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
        self.etree = etree
        self.parsed: dict[str, Any] = {}
        self.objects = 0
        self.unit_parts: dict[str, dict[str, Any]] = {}

    def part(self, path: str) -> Any:
        member = self.names.get(posixpath.normpath(path.lstrip("/")))
        if member is None:
            raise ImportError_(f"“{self.name}”不完整：缺少 {path}，无法读取")
        if member not in self.parsed:
            with self.zip.open(member) as f:
                raw = f.read(MAX_MEMBER + 1)
            self.parsed[member] = self.etree.fromstring(raw, self.parser)
        return self.parsed[member]

    def encrypted(self) -> bool:
        """An OFD encrypted as GM/T 0099 says: its parts are ciphertext, listed in ``Encryptions.xml``."""
        return any(posixpath.basename(n) == "Encryptions.xml" for n in self.names)

    def count(self) -> None:
        """One more page object looked at; a document of more is refused (``MAX_OBJECTS``)."""
        self.objects += 1
        if self.objects > MAX_OBJECTS:
            raise ImportError_(f"“{self.name}”的页面内容异常庞大（超过 {MAX_OBJECTS} 个图元），可能已损坏或是恶意文件，未导入")

    def units(self, paths: Iterable[str]) -> dict[str, Any]:
        """The composite graphic units (by ID) the resource files at ``paths`` define: what a page's
        ``CompositeObject`` draws (a converter keeps a PDF's form XObject, a stamp, a repeated
        heading as one). A resource file that is missing or unreadable gives none: it may hold
        only fonts and pictures, which are not read, and the page's own text still is."""
        out: dict[str, Any] = {}
        for path in dict.fromkeys(paths):
            if path not in self.unit_parts:
                found: dict[str, Any] = {}
                with contextlib.suppress(Exception):
                    for group in children(self.part(path), "CompositeGraphicUnits"):
                        for unit in children(group, "CompositeGraphicUnit"):
                            found.setdefault(unit.get("ID", ""), unit)
                self.unit_parts[path] = found
            for key, unit in self.unit_parts[path].items():
                out.setdefault(key, unit)
        return out
