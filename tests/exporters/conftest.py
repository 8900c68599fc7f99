"""Export tests use the shipped fonts only, so the files are the same on every machine."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _shipped_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_SYSTEM_FONTS", "0")
