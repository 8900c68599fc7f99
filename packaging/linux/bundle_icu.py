"""A smaller ICU data library for the Linux bundle (used by build.spec).

Why: PySide6's Qt ships ICU with all of its data, 31 MB — the largest file in the bundle, bigger
than Qt itself. Qt asks ICU for little: collation (QCollator: the file dialog sorts names, Chinese by
pinyin), a few codecs, time-zone names. Everything else (dictionaries for Thai or Khmer line breaks,
transliteration, the names and currencies of 800 locales) is never read. This keeps root, Chinese
and English data and the GB18030 codec, 4.5 MB; ``--selftest`` checks the pinyin order in the
frozen app.

The library holds one symbol, ``icudt<NN>_dat``, pointing at an ICU common-data package. The package
is cut with ICU's own ``icupkg`` (Debian: icu-devtools), which refuses a cut that leaves an item
without one it depends on, and wrapped back into a shared library with binutils' ``ld``/``objcopy``
(PyInstaller needs binutils on Linux anyway).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LOCALE = re.compile(r"^(root|res_index|pool|en|en_US|en_US_POSIX|en_001|zh(_[A-Za-z]+)*)\.res$")
"""Locale resources kept in every resource tree: the root, English and all Chinese variants."""
TREES_KEPT = ("coll", "zone", "curr", "lang", "region", "unit")
"""Resource trees kept, for the locales above; others (brkitr, translit, rbnf) are dropped whole."""
TOP_DROPPED = ("unames.icu", "confusables.cfu", "confusablesWholeScript.cfu")
CODECS_KEPT = ("gb18030.cnv",)
"""UTF-8/16/32, Latin-1 and ASCII are built into ICU; GB18030 is the one table codec worth keeping."""


def keep(item: str) -> bool:
    """Whether an item of the data package (``coll/zh.res``, ``gb18030.cnv``…) stays."""
    tree, _, name = item.rpartition("/")
    if tree:
        if tree not in TREES_KEPT:
            return False
        return bool(LOCALE.match(name)) or name.endswith(".icu") or not name.endswith(".res")
    if name.endswith(".cnv"):
        return name in CODECS_KEPT
    if name in TOP_DROPPED:
        return False
    if re.match(r"^[a-z]{2,3}(_\w+)?\.res$", name):
        return bool(LOCALE.match(name))
    return True


def _run(*argv: str, cwd: Path | None = None) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True, cwd=cwd).stdout


def trimmed(library: Path, workdir: Path) -> Path:
    """Build the trimmed copy of ``library`` (``libicudata.so.NN``) in ``workdir``; return its path."""
    syms = re.findall(r"^\s*\d+: [0-9a-f]+ +(\S+) +\w+ +GLOBAL +DEFAULT +(\d+) (icudt\d+_dat)$",
                      _run("readelf", "--dyn-syms", "-W", str(library)), re.M)
    if len(syms) != 1:
        raise SystemExit(f"{library}: expected one icudt*_dat symbol, found {syms}")
    size, section, symbol = syms[0]
    headers = _run("readelf", "-S", "-W", str(library))
    row = re.search(rf"\[\s*{section}\]\s+(\S+)\s+\w+\s+\w+\s+\w+\s+(\w+)", headers)
    if row is None or int(row.group(2), 16) != int(size, 0):
        raise SystemExit(f"{library}: the data symbol does not fill its section; not trimming")
    name = symbol[:-4] + "l"  # icudt73l: the package's own name, little-endian
    work = workdir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    full = work / "full" / f"{name}.dat"
    full.parent.mkdir()
    _run("objcopy", "-O", "binary", f"--only-section={row.group(1)}", str(library), str(full))
    items = _run("icupkg", "-l", str(full)).split()
    (work / "remove.txt").write_text("\n".join(i for i in items if not keep(i)) + "\n")
    cut = work / f"{name}.dat"
    _run("icupkg", "-r", str(work / "remove.txt"), str(full), str(cut))
    stem = f"_binary_{name}_dat"
    _run("ld", "-r", "-b", "binary", "-o", "raw.o", cut.name, cwd=work)  # symbols named after the file
    _run("objcopy", f"--redefine-sym={stem}_start={symbol}", f"--strip-symbol={stem}_end",
         f"--strip-symbol={stem}_size", "--rename-section=.data=.rodata,alloc,load,readonly,data,contents",
         str(work / "raw.o"), str(work / "named.o"))
    _run("objcopy", "--set-section-alignment=.rodata=16", str(work / "named.o"), str(work / "data.o"))
    out = work / library.name
    _run("ld", "-shared", "-soname", library.name, "-o", str(out), str(work / "data.o"))
    return out
