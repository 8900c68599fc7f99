"""Collect every unit's report from the county's folders, check each, and check them together.

The county's 政务公开办 receives a folder of files in whatever form the units send (project files,
Word, PDF, Excel, web text). Each file becomes one row; a file that cannot be read is a row with
its problem, never a traceback, so one bad attachment does not stop the other two hundred. The
collection's year and format are the ones asked for, or else the most common among the readable
units: a unit of another year or format, a second report of the same organ, or the county's own
aggregate lying in the folder is named and left out of the sum, never mixed in. The cross-unit
checks (C1–C4) are worded by the template (``collect`` in ``shared.json``).

Reading is sequential: a project file reads and validates in about 5 ms, so two hundred units take
about a second, and a PDF is already read in a forked child with its own limits.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Optional, Union

from core import atomic
from core.builtin_rules import same_organ
from core.county.model import Collection, Unit
from core.damage import damage
from core.findings import ERROR, INFO, WARNING, Finding
from core.forms import Form
from core.journal import SUFFIX as AUTOSAVE_SUFFIX
from core.project_errors import ProjectFileError, ReadError
from core.reading import read_report, readable_suffixes
from core.registry import available_formats, form_for_year, get_form
from core.report import AGGREGATED, Report
from core.safe_io import os_reason
from core.section_rules import export_blockers
from core.template_county import fill

PathLike = Union[str, Path]
SKIPPED_SUFFIXES = (atomic.BACKUP_SUFFIX, atomic.TEMP_SUFFIX, AUTOSAVE_SUFFIX)
"""Our own backups, temporary files and autosaves: never a unit's report."""
AGGREGATE_EXCLUDED = "这是汇总报告，不是单位的报告"


def collect(folders: Sequence[PathLike], year: Optional[int] = None, fmt: Optional[str] = None,
            last_units: Sequence[str] = (), skip: Iterable[PathLike] = ()) -> Collection:
    """Every unit report in ``folders`` (and their subfolders one level down; a file may be named
    directly), read, validated and checked across units. ``year`` and ``fmt`` fix the collection's
    year and format (else the most common among readable units); ``last_units`` are last year's
    organs, each absent one a C1 finding; ``skip`` are files never read (the aggregate being
    written, the checklist)."""
    paths, units = unit_files(folders, skip)
    units.extend(read_unit(p) for p in paths)
    readable = [u for u in units if u.report is not None and not u.excluded]
    of_format = [u for u in readable if u.format == fmt] if fmt else readable
    year = year if year is not None else _most_common([u.year for u in of_format or readable if u.year is not None])
    fmt = fmt or _format_for(year, readable)
    collection = Collection(year, fmt, units)
    rules = _rules_form(fmt, year)
    expected_name = get_form(fmt).name if fmt in available_formats() else fmt
    first: dict[str, Unit] = {}
    for u in readable:
        report = u.report
        assert report is not None
        if year is not None and u.year != year:
            _exclude(collection, u, _finding(rules, "C3", u, organ=u.name, file=u.path.name, year=u.year,
                                             expected=year))
        elif fmt and u.format != fmt:
            _exclude(collection, u, _finding(rules, "C4", u, organ=u.name, file=u.path.name,
                                             format_name=report.form.name, expected_name=expected_name))
        elif _organ_key(u.organ):
            earlier = first.setdefault(_organ_key(u.organ), u)
            if earlier is not u:
                _exclude(collection, u, _finding(rules, "C2", u, organ=u.name, file=u.path.name,
                                                 first=earlier.path.name))
    present = [u.organ for u in units if u.report is not None and u.organ and u.excluded != AGGREGATE_EXCLUDED]
    for organ in dict.fromkeys(" ".join(n.split()) for n in last_units):
        if organ and not any(same_organ(organ, p) for p in present):
            collection.missing.append(organ)
            collection.findings.append(_finding(rules, "C1", None, organ=organ))
    return collection


def unit_files(folders: Sequence[PathLike], skip: Iterable[PathLike] = ()) -> tuple[list[Path], list[Unit]]:
    """The files to read, each once, and a row for each folder that cannot be listed.

    A folder's files and those of its subfolders one level down (a county often keeps one folder
    per unit; deeper is an archive, not this year's submissions); a file named directly is read
    whatever its name. Hidden files, Office lock files (``~$``), our backups, temporary files and
    autosaves, and names no reader is meant for are left out."""
    skipped = {_resolved(Path(p)) for p in skip}
    seen: set[Path] = set()
    paths: list[Path] = []
    problems: list[Unit] = []
    for folder in map(Path, folders):
        try:
            if folder.is_file():
                found = [folder]
            elif folder.is_dir():
                found = _listing(folder)
            else:
                problems.append(Unit(folder, problem=f"找不到“{folder}”", excluded=f"找不到“{folder}”"))
                continue
        except OSError as e:
            why = f"无法打开“{folder}”：{os_reason(e)}"
            problems.append(Unit(folder, problem=why, excluded=why))
            continue
        for path in found:
            key = _resolved(path)
            if key not in seen and key not in skipped:
                seen.add(key)
                paths.append(path)
    return paths, problems


def _listing(folder: Path) -> list[Path]:
    suffixes = readable_suffixes()
    out: list[Path] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            try:
                out.extend(p for p in sorted(entry.iterdir()) if _wanted(p, suffixes))
            except OSError:
                continue  # an unreadable subfolder is not a unit's report
        elif _wanted(entry, suffixes):
            out.append(entry)
    return out


def _wanted(path: Path, suffixes: tuple[str, ...]) -> bool:
    name = path.name.lower()
    if name.startswith((".", "~$")) or name.endswith(SKIPPED_SUFFIXES):
        return False
    return path.suffix.lower() in suffixes and path.is_file()


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def read_unit(path: Path) -> Unit:
    """One file as a row: the report read and validated, or the reason it could not be."""
    unit = Unit(path)
    try:
        report = _read(path)
    except ReadError as e:
        unit.problem = unit.excluded = str(e)
        return unit
    except Exception as e:  # noqa: BLE001 - a reader failing unforeseen: a row with its problem, logged
        _log(e)
        unit.problem = unit.excluded = f"“{path.name}”无法读取（{damage(e)}）"
        return unit
    from core.validate import validate

    findings = validate(report)
    unit.report, unit.findings = report, findings
    unit.organ, unit.year, unit.format = " ".join(report.organ.split()), report.year, report.format
    unit.errors = sum(f.severity == ERROR for f in findings)
    unit.warnings = sum(f.severity == WARNING for f in findings)
    unit.infos = sum(f.severity == INFO for f in findings)
    unit.not_read = len(report.missing)
    unit.export_ready = not export_blockers(report, findings)
    if is_aggregate(report):
        unit.excluded = AGGREGATE_EXCLUDED
    return unit


def _read(path: Path) -> Report:
    """A workbook this program exported is read from its data sheet (losslessly, as ``convert``
    does); any other file through ``read_report``."""
    if path.suffix.lower() == ".xlsx":
        from core.exporters.xlsx_import import read_xlsx

        try:
            return read_xlsx(path)
        except ProjectFileError:
            pass
    return read_report(path)


def _log(e: Exception) -> None:
    from core.crash_log import write_log

    with contextlib.suppress(OSError):
        write_log(type(e), e, e.__traceback__)


def is_aggregate(report: Report) -> bool:
    """A county aggregate (its cells are the units' sums) is not a unit: collecting the folder it
    was saved in must not add it to itself."""
    return any(o.kind == AGGREGATED for o in report.origins.values())


def _most_common(values: Sequence[int]) -> Optional[int]:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v)) if counts else None


def _format_for(year: Optional[int], readable: Sequence[Unit]) -> str:
    """The most common format among the units of ``year``; on a tie, or with none, the year's."""
    if year is None:
        return ""
    try:
        official = form_for_year(year).format
    except KeyError:
        official = ""
    counts = Counter(u.format for u in readable if u.year == year)
    return max(counts, key=lambda f: (counts[f], f == official)) if counts else official


def _rules_form(fmt: str, year: Optional[int]) -> Form:
    """The form whose template words the cross-unit checks: the collection's, else the latest."""
    if fmt in available_formats():
        return get_form(fmt)
    try:
        return form_for_year(year) if year is not None else get_form(available_formats()[-1])
    except KeyError:
        return get_form(available_formats()[-1])


def _organ_key(organ: str) -> str:
    """Two units are one organ when their names are the same but for spaces. The looser match of
    last year's list (``same_organ``: 洪泽区人民政府 = 淮安市洪泽区人民政府) would merge 东镇 with
    城东镇 here and drop a real unit from the sum."""
    return "".join(organ.split())


def _finding(form: Form, rid: str, unit: Optional[Unit], **values: object) -> Finding:
    """A cross-unit finding; its key names the unit's file (or, for C1, the organ with no file)."""
    rule = form.collect_rules.get(rid)
    where = str(unit.path) if unit is not None else str(values.get("organ", ""))
    if rule is None:  # a template set without ``collect``: the check still excludes, unworded
        return Finding(rid, WARNING, (), rid, "", f"{rid}@{where}")
    return Finding(rid, rule.severity, (), fill(rule.message, values), rule.basis, f"{rid}@{where}")


def _exclude(collection: Collection, unit: Unit, finding: Finding) -> None:
    unit.excluded = finding.message
    collection.findings.append(finding)


def read_unit_list(path: Path) -> list[str]:
    """Last year's organs, one a line (UTF-8, or GBK as Notepad saves it on a Chinese Windows; lines
    starting with # are comments); raises ``ReadError`` with the Chinese reason."""
    from core.atomic import reason
    from core.project_errors import ReadError

    if not path.is_file():
        raise ReadError(f"找不到文件“{path}”")
    try:
        raw = path.read_bytes()[:2_000_001]
    except OSError as e:
        raise ReadError(f"无法读取“{path}”：{reason(e)}") from None
    if len(raw) > 2_000_000:
        raise ReadError(f"“{path.name}”超过 2 MB，不像单位名单")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ReadError(f"“{path.name}”不是文本文件")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
