"""The quick tier's knob (``scripts/dev test --quick`` sets ``NIANBAO_QUICK=1``): random-sequence
tests run a quarter of their length there, for the inner loop; CI runs them at full length."""

from __future__ import annotations

import os

QUICK = os.environ.get("NIANBAO_QUICK") == "1"


def scaled(n: int) -> int:
    """``n`` iterations of a random-sequence test, a quarter of them in the quick tier."""
    return max(1, n // 4) if QUICK else n
