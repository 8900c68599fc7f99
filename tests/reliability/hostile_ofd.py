"""Crafted OFD packages for ``test_round2_imports``: each within the zip guards (sizes, ratio, no
DTD), each aimed at one loop of ``core.importers.ofd``."""

from __future__ import annotations

import random

from tests.ofd_from_pdf import NS, package_parts, page_of, zipped


def _package(pages: list[str], contents: dict[str, str], templates: str = "") -> bytes:
    return zipped(package_parts(pages, contents, templates))


def ofd_huge_path() -> bytes:
    """One path of 1,000,000 random segments (some 8 MB of abbreviated data, under the XML parser's 10 MB for a text)."""
    rnd = random.Random(7)
    data = " ".join(f"L {rnd.randrange(1000)} {rnd.randrange(1000)}" for _ in range(1_000_000))
    path = f'<ofd:PathObject ID="2" Boundary="0 0 210 297"><ofd:AbbreviatedData>M 0 0 {data}</ofd:AbbreviatedData></ofd:PathObject>'
    return _package(["Pages/P/Content.xml"], {"Pages/P/Content.xml": page_of(path)})


def ofd_one_page_eighty_times() -> bytes:
    """Eighty pages that are one part of 150,000 small path objects and letters."""
    objects = "".join(f'<ofd:PathObject ID="{i}" Boundary="{i % 200} {i % 280} 5 0.2"><ofd:AbbreviatedData>M 0 0 L 5 0'
                      f'</ofd:AbbreviatedData></ofd:PathObject><ofd:TextObject ID="{i}" Boundary="{i % 200} {i % 280} 5 5" '
                      f'Size="3"><ofd:TextCode X="0" Y="3">0</ofd:TextCode></ofd:TextObject>' for i in range(75_000))
    return _package(["Pages/P/Content.xml"] * 80, {"Pages/P/Content.xml": page_of(objects)})


def ofd_spelled_out_steps() -> bytes:
    """Fifty thousand one-letter text codes whose advances say "a billion steps of 1"."""
    objects = "".join(f'<ofd:TextObject ID="{i}" Boundary="10 {i % 280} 5 5" Size="3"><ofd:TextCode X="0" Y="3" '
                      f'DeltaX="g 1000000000 1" DeltaY="g 999999999999999999999 1">{i % 10}</ofd:TextCode></ofd:TextObject>'
                      for i in range(50_000))
    return _package(["Pages/P/Content.xml"], {"Pages/P/Content.xml": page_of(objects)})


def ofd_deep_blocks() -> bytes:
    """Page blocks nested 250 deep around a letter (under the XML parser's own depth limit)."""
    inner = '<ofd:TextObject ID="2" Boundary="10 10 5 5" Size="3"><ofd:TextCode X="0" Y="3">0</ofd:TextCode></ofd:TextObject>'
    nested = '<ofd:PageBlock ID="3">' * 250 + inner + "</ofd:PageBlock>" * 250
    return _package(["Pages/P/Content.xml"], {"Pages/P/Content.xml": page_of(nested)})


def ofd_template_repeated() -> bytes:
    """A page naming one template of 20,000 letters 100,000 times."""
    letters = "".join(f'<ofd:TextObject ID="{i}" Boundary="{i % 190} {i % 280} 5 5" Size="3"><ofd:TextCode X="0" Y="3">'
                      f"{i % 10}</ofd:TextCode></ofd:TextObject>" for i in range(20_000))
    rnd = random.Random(9)      # (each reference told apart, or the zip's ratio guard refuses the package first)
    page = f'<ofd:Page {NS}>' + "".join(f'<ofd:Template TemplateID="9" Z="{rnd.random()}"/>' for _ in range(100_000)) + "</ofd:Page>"
    return _package(["Pages/P/Content.xml"], {"Pages/P/Content.xml": page, "T/Content.xml": page_of(letters)},
                    '<ofd:TemplatePage ID="9" BaseLoc="T/Content.xml"/>')


def ofd_long_text_code() -> bytes:
    """One text code of 2,000,000 digits."""
    rnd = random.Random(11)
    digits = "".join(rnd.choice("0123456789") for _ in range(2_000_000))
    code = f'<ofd:TextObject ID="2" Boundary="10 10 5 5" Size="3"><ofd:TextCode X="0" Y="3">{digits}' \
           "</ofd:TextCode></ofd:TextObject>"
    return _package(["Pages/P/Content.xml"], {"Pages/P/Content.xml": page_of(code)})


CASES = [ofd_huge_path, ofd_one_page_eighty_times, ofd_spelled_out_steps, ofd_deep_blocks, ofd_template_repeated,
         ofd_long_text_code]
