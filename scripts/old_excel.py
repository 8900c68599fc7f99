"""Excel 97–2003 (.xls) copies of .xlsx workbooks, written by LibreOffice: the .xls readers' test files.

No .xls writer is installed (xlwt is unmaintained), and LibreOffice's own ``MS Excel 97`` filter
writes what Excel and WPS write; the tests make their files at run time so they always follow the
current exporters. A password-protected copy needs a macro, since LibreOffice 7.4's ``--convert-to``
takes no password: it is written into the private profile (``scripts/libreoffice.profile_dir``)
and run there, never in the user's own profile.

    .venv/bin/python scripts/old_excel.py OUT_DIR FILE.xlsx... [--password PW]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.libreoffice import profile_dir, soffice  # noqa: E402

FILTER = "xls:MS Excel 97"
MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveXls(src As String, dst As String, pw As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, load())
  Dim save(1) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;MS Excel 97&quot;
  save(1).Name = &quot;Password&quot;
  save(1).Value = pw
  doc.storeToURL(ConvertToURL(dst), save())
  doc.close(True)
End Sub
</script:module>
"""


def _run(args: list[str], timeout: float) -> None:
    exe = soffice()
    if exe is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")
    subprocess.run([exe, *args], check=True, capture_output=True, timeout=timeout)


def to_xls(sources: Sequence[Path], outdir: Path, work: Path, password: str = "",
           timeout: float = 180) -> list[Path]:
    """``outdir/<stem>.xls`` for each source (one LibreOffice run for all when there is no password)."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = profile_dir(work)
    where = f"-env:UserInstallation={profile.as_uri()}"
    outs = [outdir / f"{src.stem}.xls" for src in sources]
    if not password:
        _run([where, "--headless", "--convert-to", FILTER, "--outdir", str(outdir), *map(str, sources)], timeout)
    else:
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        if not module.exists():  # the first start writes the profile's macro library
            _run([where, "--headless", "--terminate_after_init"], timeout)
        module.write_text(MACRO, encoding="utf-8")
        for src, out in zip(sources, outs, strict=True):
            if any(c in f"{src}{out}{password}" for c in '"\n'):
                raise ValueError("a path or password with a double quote cannot be passed to the macro")
            _run([where, "--headless", f'macro:///Standard.Module1.SaveXls("{src}","{out}","{password}")'], timeout)
    missing = [o.name for o in outs if not o.exists()]
    if missing:
        raise FileNotFoundError(f"LibreOffice wrote no {', '.join(missing)}")
    return outs


def xls_pairs(sources: dict[str, bytes], folder: Path, locked_from: str, password: str) -> dict[str, tuple[bytes, bytes]]:
    """name → (the .xlsx bytes, LibreOffice's .xls of them) for every source, and ``locked``:
    ``locked_from``'s .xls saved with ``password`` — what the .xls tests read."""
    src, out, work = folder / "xlsx", folder / "xls", folder / "work"
    src.mkdir(parents=True, exist_ok=True)
    for name, data in sources.items():
        (src / f"{name}.xlsx").write_bytes(data)
    paths = to_xls([src / f"{n}.xlsx" for n in sources], out, work)
    made = {n: (sources[n], p.read_bytes()) for n, p in zip(sources, paths, strict=True)}
    locked = to_xls([src / f"{locked_from}.xlsx"], out / "locked", work, password=password)[0]
    made["locked"] = (sources[locked_from], locked.read_bytes())
    return made


def main(argv: list[str]) -> int:
    password = ""
    if "--password" in argv:
        i = argv.index("--password")
        password = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as work:
        for out in to_xls([Path(a).resolve() for a in argv[1:]], Path(argv[0]), Path(work), password):
            print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
