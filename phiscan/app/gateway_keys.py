"""The `gateway` table's keys: one check each, shared by `phiscan gateway` and by `phiscan scan`, which checks
the table so one configuration file serves both.  Errors name the file and the key, never a value."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from phiscan.app.tables import keys_of
from phiscan.errors import ConfigError

PROVIDERS = ("anthropic", "openai")
ANY = "*"  # the upstream key that covers every route


def _err(where: str, key: str, allowed: str) -> ConfigError:
    return ConfigError(f"{where}: {'gateway.' + key if key else 'gateway'} must be {allowed}")


def _url(where: str, key: str, v: Any) -> str:
    parts = urlsplit(v) if isinstance(v, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise _err(where, key, "an http:// or https:// origin such as https://api.anthropic.com")
    return str(v).rstrip("/")


def _table(where: str, key: str, v: Any) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _err(where, key, "a table")
    return v


def upstreams(where: str, key: str, v: Any) -> tuple[tuple[str, str], ...]:
    table = dict(_pairs(v)) if isinstance(v, list) else _table(where, key, v)
    for name in table:
        if name not in (*PROVIDERS, ANY) and not name.startswith("/"):
            raise _err(where, key, f"keyed by a provider ({', '.join(PROVIDERS)}), a route path or '*'")
    return tuple((name, _url(where, f"{key}.{name}", url)) for name, url in table.items())


def _pairs(items: list[Any]) -> list[tuple[str, str]]:
    """`[PROVIDER=]URL` strings (the `--upstream` flag) as (key, URL); a bare URL covers every route."""
    out = []
    for item in items:
        name, sep, url = str(item).partition("=")
        out.append((name, url) if sep and not name.startswith(("http:", "https:")) else (ANY, str(item)))
    return out


def _listen(where: str, key: str, v: Any) -> tuple[str, int]:
    host, sep, port = v.rpartition(":") if isinstance(v, str) else ("", "", "")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise _err(where, key, "HOST:PORT, such as 127.0.0.1:8787 or [::1]:8787")
    return host.strip("[]"), int(port)


def _number(kind: type, low: float) -> Callable[[str, str, Any], Any]:
    def check(where: str, key: str, v: Any) -> Any:
        if isinstance(v, bool) or not isinstance(v, (int, float) if kind is float else int) or v < low:
            raise _err(where, key, f"{'a number' if kind is float else 'an integer'} of at least {low}")
        return kind(v)

    return check


def _flag(where: str, key: str, v: Any) -> bool:
    if not isinstance(v, bool):
        raise _err(where, key, "true or false")
    return v


def _path(where: str, key: str, v: Any) -> str:
    if not isinstance(v, str) or not v:
        raise _err(where, key, "a file path, or '-' for stderr")
    return v


_CHECKS: dict[str, Callable[[str, str, Any], Any]] = {
    "listen": _listen,
    "upstream": lambda w, k, v: ((ANY, _url(w, k, v)),),
    "upstreams": upstreams,
    "fail_open": _flag,
    "max_body_bytes": _number(int, 1),
    "connect_timeout": _number(float, 0.001),
    "timeout": _number(float, 0.001),
    "workers": _number(int, 1),
    "audit_log": _path,
}


def gateway_values(where: str, table: Mapping[str, Any]) -> dict[str, Any]:
    """The given `gateway` keys, each checked and converted."""
    raw = keys_of(where, "gateway.", table, tuple(_CHECKS))
    return {k: _CHECKS[k](where, k, v) for k, v in raw.items()}


def check_table(where: str, value: Any) -> dict[str, Any]:
    """A `gateway` table as `phiscan scan` sees it: checked key by key, so a file both commands read is
    valid for both."""
    return gateway_values(where, _table(where, "", value))
