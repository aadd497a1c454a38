"""Reading a configuration table: its keys against the allowed ones, with `-` and `_` spellings as one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from phiscan.errors import ConfigError


def keys_of(where: str, prefix: str, table: Mapping[str, Any], allowed: Sequence[str]) -> dict[str, Any]:
    """`table` with `-` spelt `_`; an unknown or doubled key is a `ConfigError` naming it, never its value."""
    out: dict[str, Any] = {}
    for raw, v in table.items():
        k = raw.replace("-", "_")
        if k not in allowed:
            raise ConfigError(f"{where}: unknown key {prefix}{raw!r}; allowed keys: {', '.join(allowed)}")
        if k in out:
            raise ConfigError(f"{where}: {prefix}{raw!r} is given twice (with '-' and with '_')")
        out[k] = v
    return out
