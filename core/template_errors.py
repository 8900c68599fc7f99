"""How a broken template is reported: one Chinese message naming the file and the entry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class TemplateError(Exception):
    """A template file that cannot be used; the message names file and entry, in Chinese."""


def need(obj: Mapping[str, Any], key: str, typ: type, where: str) -> Any:
    """``obj[key]``, which must be present and of ``typ`` (a bool is not an int here)."""
    if key not in obj:
        raise TemplateError(f"{where}：缺少“{key}”")
    value = obj[key]
    if not isinstance(value, typ) or isinstance(value, bool) and typ is not bool:
        raise TemplateError(f"{where}：“{key}”应为 {typ.__name__}")
    return value


def keys(obj: Any, allowed: Sequence[str], where: str) -> None:
    """Reject anything but an object with only ``allowed`` keys: a misspelt key is an error, not ignored."""
    if not isinstance(obj, dict):
        raise TemplateError(f"{where}：应为对象")
    unknown = [k for k in obj if k not in allowed]
    if unknown:
        raise TemplateError(f"{where}：未知的键“{unknown[0]}”（可用：{'、'.join(allowed)}）")
