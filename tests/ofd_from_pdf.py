"""A PDF rewritten as an OFD package, the way PDF-to-OFD converters and office suites write one: each
run of letters on a baseline a ``TextObject`` (its box the ``Boundary``, its letters' advances in
``DeltaX``, runs of equal ones as ``g n d``), each drawn path a ``PathObject`` of abbreviated
commands, sizes in millimetres, pages listed in ``Document.xml``. Read from the PDF by PDFium, so a
printed corpus report or a published sample PDF becomes an OFD holding the same page.

Options, each a way real packages differ: ``template`` puts every page's last line (the page
number) on a template page; ``ctm`` writes each text object's place as a transformation matrix
instead of its box's origin; ``grid`` draws each page's rules as one path object; ``bare`` writes
the XML without the ``ofd:`` namespace prefix; ``nested`` puts the objects in a ``PageBlock``;
``glyphs`` writes each letter as a text object of its own, scaled by its matrix; ``points`` writes
each text object in points, scaled to millimetres by its matrix, which moves it as its box does
(both place the text); ``composite`` draws each page as one composite object whose unit, kept in
the document's resources, holds the page in points (as a converter keeps a PDF's form XObject);
``annots`` adds each page a stamp and a watermark as annotations, and a turned watermark on a
layer of the page (what a reader must leave unread)."""

from __future__ import annotations

import ctypes
import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

MM = 72 / 25.4
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def package_parts(pages: list[str], contents: dict[str, str], common: str = "") -> dict[str, str]:
    """A hand-made package's parts: ``OFD.xml``, its document listing ``pages`` (locations inside
    ``Doc_0``) on A4, ``common`` (templates, resources) in its common data, and ``contents`` (each
    part's text by its location inside ``Doc_0``). Tests add or replace parts before zipping them."""
    listed = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="{loc}"/>' for i, loc in enumerate(pages))
    return {
        "OFD.xml": f"<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f"<ofd:Document {NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
                              f"</ofd:PhysicalBox></ofd:PageArea>{common}</ofd:CommonData>"
                              f"<ofd:Pages>{listed}</ofd:Pages></ofd:Document>",
        **{f"Doc_0/{name}": text for name, text in contents.items()},
    }


def page_of(objects: str) -> str:
    """A page part holding ``objects`` on one layer."""
    return f'<ofd:Page {NS}><ofd:Content><ofd:Layer ID="1">{objects}</ofd:Layer></ofd:Content></ofd:Page>'


def zipped(parts: dict[str, str]) -> bytes:
    from tests.importers.files import zip_bytes

    return zip_bytes({name: text.encode("utf-8") for name, text in parts.items()})


@dataclass
class _Run:
    x: list[float] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    base: float = 0.0
    size: float = 0.0


def _n(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".") or "0"


def _deltas(xs: list[float]) -> str:
    steps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    out: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j + 1 < len(steps) and abs(steps[j + 1] - steps[i]) < 1e-3:
            j += 1
        if j - i >= 2:
            out += ["g", str(j - i + 1), _n(steps[i])]
        else:
            out += [_n(s) for s in steps[i:j + 1]]
        i = j + 1
    return " ".join(out)


def _runs(page: object, height: float) -> list[_Run]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()  # type: ignore[attr-defined]
    tp = textpage.raw
    ox, oy = ctypes.c_double(), ctypes.c_double()
    rect = raw.FS_RECTF()
    runs: list[_Run] = []
    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(tp, i)
        if code in (0, 0xFFFE, 0xFFFF) or raw.FPDFText_IsGenerated(tp, i) == 1 or chr(code) in "\r\n":
            continue
        if not raw.FPDFText_GetCharOrigin(tp, i, ctypes.byref(ox), ctypes.byref(oy)):
            continue
        if not raw.FPDFText_GetLooseCharBox(tp, i, rect):
            continue
        loose, size = rect.top - rect.bottom, raw.FPDFText_GetFontSize(tp, i)
        if not 0.6 * loose <= size <= 1.6 * loose:
            size = loose     # (a font scaled by its text matrix: GetFontSize gives it unscaled)
        x, base = ox.value / MM, (height - oy.value) / MM
        run = runs[-1] if runs else None
        if run is None or abs(run.base - base) > 0.2 or abs(run.size - size / MM) > 0.05 or x < run.x[-1]:
            runs.append(_Run(base=base, size=size / MM))
            run = runs[-1]
        run.x.append(x)
        run.text.append(chr(code))
    textpage.close()
    return runs


def _paths(page: object, height: float) -> list[list[tuple[str, list[float]]]]:
    import pypdfium2.raw as raw

    out = []
    fx, fy = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):  # type: ignore[attr-defined]
        m = obj.get_matrix()
        commands: list[tuple[str, list[float]]] = []
        pending: list[float] = []
        for k in range(raw.FPDFPath_CountSegments(obj.raw)):
            seg = raw.FPDFPath_GetPathSegment(obj.raw, k)
            raw.FPDFPathSegment_GetPoint(seg, fx, fy)
            x = m.a * fx.value + m.c * fy.value + m.e
            y = m.b * fx.value + m.d * fy.value + m.f
            point = [x / MM, (height - y) / MM]
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                commands.append(("M", point))
            elif kind == raw.FPDF_SEGMENT_LINETO:
                commands.append(("L", point))
            elif kind == raw.FPDF_SEGMENT_BEZIERTO:
                pending += point
                if len(pending) == 6:
                    commands.append(("B", pending))
                    pending = []
            if raw.FPDFPathSegment_GetClose(seg):
                commands.append(("C", []))
        if commands:
            out.append(commands)
    return out


def _text_object(ident: int, run: _Run, p: str, ctm: bool) -> str:
    left, top = run.x[0], run.base - run.size
    width = max(run.x[-1] - run.x[0] + run.size, run.size)
    where = f'CTM="1 0 0 1 {_n(left)} {_n(top)}" Boundary="0 0 {_n(left + width)} {_n(top + run.size * 1.3)}"' if ctm \
        else f'Boundary="{_n(left)} {_n(top)} {_n(width)} {_n(run.size * 1.3)}"'
    deltas = _deltas(run.x)
    delta = f' DeltaX="{deltas}"' if deltas else ""
    return (f'<{p}TextObject ID="{ident}" {where} Font="2" Size="{_n(run.size)}">'
            f'<{p}FillColor Value="0 0 0"/>'
            f'<{p}TextCode X="0" Y="{_n(run.size)}"{delta}>{escape("".join(run.text))}</{p}TextCode>'
            f'</{p}TextObject>')


def _point_text_object(ident: int, run: _Run, p: str) -> str:
    """A text object measured in points, its matrix scaling it to millimetres and moving it a
    millimetre, its box's origin a millimetre short of the text: both move the text."""
    left, top = run.x[0] - 1, run.base - run.size - 1
    width = max(run.x[-1] - run.x[0] + run.size, run.size) + 2
    deltas = _deltas([x * MM for x in run.x])
    delta = f' DeltaX="{deltas}"' if deltas else ""
    return (f'<{p}TextObject ID="{ident}" Boundary="{_n(left)} {_n(top)} {_n(width)} {_n(run.size * 1.3 + 2)}" '
            f'CTM="{25.4 / 72:.6f} 0 0 {25.4 / 72:.6f} 1 1" Font="2" Size="{_n(run.size * MM)}">'
            f'<{p}TextCode X="0" Y="{_n(run.size * MM)}"{delta}>{escape("".join(run.text))}</{p}TextCode>'
            f'</{p}TextObject>')


def _scaled(run: _Run, scale: float) -> _Run:
    return _Run([x * scale for x in run.x], run.text, run.base * scale, run.size * scale)


def _glyph_objects(ident: int, run: _Run, p: str) -> str:
    """Each letter of the run a text object of its own, its size in twentieths of a millimetre
    scaled back by its matrix (as a desktop PDF-to-OFD converter, 易转换, writes a page)."""
    return "".join(f'<{p}TextObject ID="{ident}" Boundary="{_n(x)} {_n(run.base - run.size)} {_n(run.size)} '
                   f'{_n(run.size)}" Size="{_n(run.size * 20)}" CTM="0.05 0 0 0.05 0 0" Font="2">'
                   f'<{p}TextCode X="0" Y="{_n(run.size * 20)}">{escape(ch)}</{p}TextCode></{p}TextObject>'
                   for x, ch in zip(run.x, run.text, strict=True))


def _path_object(ident: int, commands: list[tuple[str, list[float]]], p: str) -> str:
    xs = [v for _, pt in commands for v in pt[0::2]]
    ys = [v for _, pt in commands for v in pt[1::2]]
    left, top = (min(xs), min(ys)) if xs else (0.0, 0.0)
    width, height = (max(xs) - left, max(ys) - top) if xs else (0.0, 0.0)
    parts = []
    for cmd, pt in commands:
        rel = [v - (left if i % 2 == 0 else top) for i, v in enumerate(pt)]
        parts.append(" ".join([cmd] + [_n(v) for v in rel]))
    return (f'<{p}PathObject ID="{ident}" Boundary="{_n(left)} {_n(top)} {_n(max(width, 0.01))} {_n(max(height, 0.01))}" '
            f'LineWidth="0.25"><{p}AbbreviatedData>{" ".join(parts)}</{p}AbbreviatedData></{p}PathObject>')


def _annotations(ident: int, p: str, ns: str) -> str:
    """A stamp whose appearance holds upright text and a ring over the page's middle, and a
    watermark's turned text, as ``Annot`` elements of a page (GB/T 33190 15; the watermark as
    KaiserY/ofdsdk crates/ofdsdk-test/tests/annotation.rs holds OFD R&W's)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><{p}PageAnnot {ns}>'
            f'<{p}Annot ID="{ident}" Type="Stamp" Creator="test"><{p}Appearance Boundary="60 90 90 40">'
            f'<{p}PathObject ID="{ident + 1}" Boundary="0 0 40 40" Stroke="true"><{p}AbbreviatedData>M 0 20 A 20 20 0 1 1 40 20 '
            f'A 20 20 0 1 1 0 20 C</{p}AbbreviatedData></{p}PathObject>'
            f'<{p}TextObject ID="{ident + 2}" Boundary="0 10 90 8" Font="2" Size="5"><{p}TextCode X="0" Y="5" '
            f'DeltaX="g 8 5">某某县人民政府办公室</{p}TextCode><{p}TextCode X="0" Y="12" DeltaX="g 5 3">2024 12</{p}TextCode>'
            f'</{p}TextObject></{p}Appearance></{p}Annot>'
            f'<{p}Annot ID="{ident + 3}" Type="Watermark" Creator="test"><{p}Appearance Boundary="0 0 210 297">'
            f'<{p}TextObject ID="{ident + 4}" Boundary="0 0 210 297" Font="2" Size="20" CTM="0.866 -0.5 0.5 0.866 20 150">'
            f'<{p}TextCode X="0" Y="20" DeltaX="g 3 20">测试水印</{p}TextCode></{p}TextObject></{p}Appearance></{p}Annot>'
            f'</{p}PageAnnot>')


def ofd_from_pdf(data: bytes, template: bool = False, ctm: bool = False, grid: bool = False,
                 bare: bool = False, nested: bool = False, glyphs: bool = False, points: bool = False,
                 composite: bool = False, annots: bool = False) -> bytes:
    import pypdfium2 as pdfium

    p = "" if bare else "ofd:"
    ns = 'xmlns="http://www.ofdspec.org/2016"' if bare else NS
    pdf = pdfium.PdfDocument(data)
    files: dict[str, str] = {}
    units: list[str] = []
    pages = []
    box = "0 0 210 297"
    ident = 10
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        box = f"0 0 {_n(width / MM)} {_n(height / MM)}"
        runs = _runs(page, height)
        paths = _paths(page, height)
        page.close()
        foot: list[_Run] = []
        if template and runs:
            last = max(r.base for r in runs)
            if last > height / MM * 0.85:
                foot = [r for r in runs if r.base == last]
                runs = [r for r in runs if r.base != last]
        body = []
        scale = MM if composite else 1.0       # (a composite unit's content in points)
        for run in runs:
            ident += 1
            body.append(_glyph_objects(ident, run, p) if glyphs else _point_text_object(ident, run, p) if points
                        else _text_object(ident, _scaled(run, scale), p, ctm))
        drawn = [[(cmd, [v * scale for v in pt]) for cmd, pt in path] for path in paths]
        if grid and paths:
            ident += 1
            body.append(_path_object(ident, [c for path in drawn for c in path], p))
        else:
            for path in drawn:
                ident += 1
                body.append(_path_object(ident, path, p))
        if annots:
            ident += 1
            body.append(f'<{p}TextObject ID="{ident}" Boundary="0 0 210 297" Font="2" Size="30" CTM="0.707 -0.707 0.707 0.707 '
                        f'40 200"><{p}TextCode X="0" Y="30" DeltaX="g 3 30">内部资料</{p}TextCode></{p}TextObject>')
        objects = "".join(body)
        if composite:
            ident += 1
            units.append(f'<{p}CompositeGraphicUnit ID="{ident}" Width="{_n(width)}" Height="{_n(height)}"><{p}Content>'
                         f'{objects}</{p}Content></{p}CompositeGraphicUnit>')
            objects = (f'<{p}CompositeObject ID="{ident + 1}" Boundary="{box}" CTM="{25.4 / 72:.6f} 0 0 {25.4 / 72:.6f} 0 0" '
                       f'ResourceID="{ident}"/>')
            ident += 1
        if annots:
            files[f"Doc_0/Annots/Page_{index}/Annotation.xml"] = _annotations(ident + 1, p, ns)
            ident += 5
        if nested:
            objects = f'<{p}PageBlock ID="{ident + 1}">{objects}</{p}PageBlock>'
            ident += 1
        use = ""
        if foot:
            ident += 1
            files[f"Doc_0/Tpls/Tpl_{index}/Content.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8"?><{p}Page {ns}><{p}Content><{p}Layer ID="{ident}">'
                + "".join(_text_object(ident + 1 + k, r, p, ctm) for k, r in enumerate(foot))
                + f"</{p}Layer></{p}Content></{p}Page>")
            ident += len(foot) + 1
            use = f'<{p}Template TemplateID="{1000 + index}" ZOrder="Background"/>'
        files[f"Doc_0/Pages/Page_{index}/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><{p}Page {ns}><{p}Area><{p}PhysicalBox>{box}</{p}PhysicalBox></{p}Area>'
            f'{use}<{p}Content><{p}Layer ID="{ident + 1}" Type="Body">{objects}</{p}Layer></{p}Content></{p}Page>')
        ident += 1
        pages.append((index, bool(foot)))
    pdf.close()
    tpls = "".join(f'<{p}TemplatePage ID="{1000 + i}" BaseLoc="Tpls/Tpl_{i}/Content.xml"/>' for i, has in pages if has)
    listed = "".join(f'<{p}Page ID="{2000 + i}" BaseLoc={quoteattr(f"Pages/Page_{i}/Content.xml")}/>' for i, _ in pages)
    res = f"<{p}DocumentRes>DocumentRes.xml</{p}DocumentRes>" if units else ""
    marks = (f"<{p}Annotations>Annots/Annotations.xml</{p}Annotations>" if annots else "")
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><{p}Document {ns}><{p}CommonData><{p}MaxUnitID>{ident + 1}</{p}MaxUnitID>'
        f'<{p}PageArea><{p}PhysicalBox>{box}</{p}PhysicalBox></{p}PageArea><{p}PublicRes>PublicRes.xml</{p}PublicRes>'
        f'{res}{tpls}</{p}CommonData><{p}Pages>{listed}</{p}Pages>{marks}</{p}Document>')
    if units:
        files["Doc_0/DocumentRes.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><{p}Res {ns} BaseLoc="Res">'
                                          f'<{p}CompositeGraphicUnits>{"".join(units)}</{p}CompositeGraphicUnits></{p}Res>')
    if annots:
        files["Doc_0/Annots/Annotations.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><{p}Annotations {ns}>'
            + "".join(f'<{p}Page PageID="{2000 + i}"><{p}FileLoc>Page_{i}/Annotation.xml</{p}FileLoc></{p}Page>' for i, _ in pages)
            + f"</{p}Annotations>")
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><{p}Res {ns} BaseLoc="Res"><{p}Fonts>'
        f'<{p}Font ID="2" FontName="宋体" FamilyName="宋体"/></{p}Fonts></{p}Res>')
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><{p}OFD {ns} Version="1.0" DocType="OFD"><{p}DocBody><{p}DocInfo>'
        f'<{p}DocID>0</{p}DocID><{p}Creator>test</{p}Creator></{p}DocInfo><{p}DocRoot>Doc_0/Document.xml</{p}DocRoot>'
        f'</{p}DocBody></{p}OFD>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ["OFD.xml"] + sorted(n for n in files if n != "OFD.xml"):
            zf.writestr(name, files[name])
    return out.getvalue()
