"""``check`` over many files: one file's check as a function of its path alone, so a batch can run
in worker processes (``--jobs``) and still print in input order.

A province's evaluator checks tens of thousands of published reports; each file is independent,
so the batch scales with the cores. Nothing here writes: reading a report never deletes or
creates a file (a project file's stale temp files are left to the next save in that folder).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Optional, TextIO

from core import check_output
from core.report import Report

_last_cache: dict[str, Optional[Report]] = {}


@dataclass(frozen=True)
class Options:
    last_year: str = ""
    json: bool = False
    tables: bool = False


@dataclass(frozen=True)
class Checked:
    out: str
    err: str
    status: int
    """0 clean, 1 errors found, 2 not readable."""


def last_year(path: str, err: TextIO) -> Optional[Report]:
    """Last year's report, read once per process (every file of the batch is checked against it)."""
    if path not in _last_cache:
        _last_cache[path] = check_output._load(path, err)
    return _last_cache[path]


def check_one(path: str, options: Options) -> Checked:
    from core import storage
    from core.findings import ERROR
    from core.project_json import json_text
    from core.validate import validate

    out, err = io.StringIO(), io.StringIO()
    report = check_output._load(path, err)
    if report is None:
        if options.json:
            out.write(json_text({"file": path, "error": "无法读取"}) + "\n")
        return Checked(out.getvalue(), err.getvalue(), 2)
    if options.last_year:
        last = last_year(options.last_year, err)
        if last is not None:
            storage.attach_last_year(report, last)
    findings = validate(report)
    if options.json:
        out.write(check_output.check_line(path, report, findings) + "\n")
    else:
        check_output._print_human(path, report, findings, out, options.tables)
    return Checked(out.getvalue(), err.getvalue(), 1 if any(f.severity == ERROR for f in findings) else 0)


def _chunk(args: tuple[Sequence[str], Options]) -> list[Checked]:
    paths, options = args
    return [check_one(p, options) for p in paths]


def check_all(paths: Sequence[str], options: Options, jobs: int = 1) -> Iterator[Checked]:
    """Each file's result, in the order given; ``jobs`` > 1 checks in that many processes (0: one
    per core). Files go out in chunks so a worker's start-up is paid once per chunk, not per file."""
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(paths) > 1:
        try:                 # only now: the process machinery costs a one-file check 15 ms to import
            from concurrent.futures import ProcessPoolExecutor
        except ImportError:  # the installed app leaves worker processes out (build.spec): one process
            jobs = 1
    if jobs <= 1 or len(paths) < 2:
        for p in paths:
            yield check_one(p, options)
        return
    size = max(1, min(200, len(paths) // (jobs * 4) or 1))
    chunks = [(paths[i:i + size], options) for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        for results in pool.map(_chunk, chunks):
            yield from results
