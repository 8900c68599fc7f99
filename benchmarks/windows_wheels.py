"""Fetching the win_amd64 wheels of the pinned versions for the Windows bundle projection
(``packaging_windows``): pip download into a cache under build/, reused when already there.

Why apart: the projection's arithmetic is tested without network; only this touches pip.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PLATFORM = "win_amd64"
PYTHON = "3.11"
CACHE = Path(__file__).resolve().parent.parent / "build" / "windows-wheels"  # /build/ is ignored by git


class FetchError(Exception):
    """The win_amd64 wheels could not be downloaded (no network, or no such wheel)."""


def pins(*files: Path) -> dict[str, str]:
    """name==version lines of requirements files, by canonical name."""
    found = {}
    for f in files:
        for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", f.read_text(encoding="utf-8"), re.M):
            found[canonical(m[1])] = m[2]
    return found


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def fetch(wanted: dict[str, str], cache: Path = CACHE) -> list[Path]:
    """The win_amd64 wheels of these exact versions, downloaded with pip into `cache` unless there."""
    cache.mkdir(parents=True, exist_ok=True)

    def cached(name: str, version: str) -> Path | None:
        for w in cache.glob("*.whl"):
            parts = w.name.split("-")
            if canonical(parts[0]) == canonical(name) and parts[1] == version and w.stem.endswith(PLATFORM):
                return w
        return None

    missing = [f"{n}=={v}" for n, v in sorted(wanted.items()) if cached(n, v) is None]
    if missing:
        cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--quiet", "--retries", "2",
               "--no-deps", "--only-binary=:all:", "--platform", PLATFORM, "--python-version", PYTHON,
               "-d", str(cache), *missing]
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode:
            last = [line for line in run.stderr.splitlines() if line.strip() and "is ignored" not in line][-3:]
            raise FetchError(f"pip download {' '.join(missing)} failed ({run.returncode}): " + " / ".join(last))
    paths = [cached(n, v) for n, v in sorted(wanted.items())]
    lost = [f"{n}=={v}" for (n, v), p in zip(sorted(wanted.items()), paths, strict=True) if p is None]
    if lost:
        raise FetchError(f"pip reported success but no {PLATFORM} wheel is in {cache}: {', '.join(lost)}")
    return [p for p in paths if p is not None]
