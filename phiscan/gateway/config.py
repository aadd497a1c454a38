"""Gateway settings: the scan configuration the CLI uses, plus a `gateway` table, then command-line flags.

The file is found as `phiscan scan` finds it (`.phiscan.toml`, or `[tool.phiscan]` in `pyproject.toml`, from the
working folder up; `--config FILE` names one).  Its scan keys (`profile`, `fail_on`, `min_score`, `allowlist`,
`entities`, `recognizers`, ...) shape the checks; its `gateway` table holds what only the gateway needs.
Errors name the file and the key, never a value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from phiscan.app.keys import keys_of
from phiscan.app.settings import COMMAND_LINE, DEFAULT, Config, discover, load, parse, read_file
from phiscan.errors import ConfigError

PROVIDERS = ("anthropic", "openai")
DEFAULT_UPSTREAMS = (("anthropic", "https://api.anthropic.com"), ("openai", "https://api.openai.com"))
ANY = "*"  # the upstream key that covers every route
SCAN_FLAGS = ("profile", "fail_on")  # the scan keys `phiscan gateway` takes as flags


@dataclass(frozen=True, slots=True)
class GatewaySettings:
    """Everything one gateway process needs; the same in every worker."""

    host: str = "127.0.0.1"
    port: int = 8787
    upstreams: tuple[tuple[str, str], ...] = ()  # (route path, provider or "*"; origin URL); built-ins below them
    fail_open: bool = False  # forward what could not be fully checked (logged); findings are refused either way
    max_body_bytes: int = 32 * 1024 * 1024  # Anthropic's own limit for a Messages request
    connect_timeout: float = 10.0
    timeout: float = 600.0  # the SDKs' own default: long generations are slow before their first byte
    workers: int = 1
    audit_log: str = "-"  # "-" is stderr
    scan: Config = field(default_factory=lambda: load(isolated=True))

    def upstream(self, route: str, provider: str) -> str:
        """The origin a request to `route` (a route template) of `provider` goes to: the most specific key wins."""
        table = dict(self.upstreams)
        for key in (route, provider, ANY):
            if key in table:
                return table[key]
        return dict(DEFAULT_UPSTREAMS)[provider]


# ---------------------------------------------------------------- one check per `gateway` key
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


def _upstreams(where: str, key: str, v: Any) -> tuple[tuple[str, str], ...]:
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
    "upstreams": _upstreams,
    "fail_open": _flag,
    "max_body_bytes": _number(int, 1),
    "connect_timeout": _number(float, 0.001),
    "timeout": _number(float, 0.001),
    "workers": _number(int, 1),
    "audit_log": _path,
}


def _gateway_values(where: str, table: Mapping[str, Any]) -> dict[str, Any]:
    raw = keys_of(where, "gateway.", table, tuple(_CHECKS))
    return {k: _CHECKS[k](where, k, v) for k, v in raw.items()}


def check_table(where: str, value: Any) -> dict[str, Any]:
    """A `gateway` table as `phiscan scan` sees it: checked key by key, so a file both commands read is
    valid for both."""
    return _gateway_values(where, _table(where, "", value))


def _fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """`gateway` values as `GatewaySettings` fields."""
    out = {k: v for k, v in values.items() if k not in ("listen", "upstream", "upstreams")}
    if "listen" in values:
        out["host"], out["port"] = values["listen"]
    ups = (*values.get("upstream", ()), *values.get("upstreams", ()))
    if ups:
        out["upstreams"] = ups
    return out


# ---------------------------------------------------------------- loading
def _scan_config(file: Path | None, table: Mapping[str, Any], flags: Mapping[str, Any]) -> Config:
    given = load(isolated=True, overrides={k: v for k, v in flags.items() if k in SCAN_FLAGS})
    root = file.resolve().parent if file is not None else None
    from_file = parse(table, str(file), root) if file is not None else {}
    values, sources = dict(given.values), dict(given.sources)
    for k, v in from_file.items():
        if sources[k] == DEFAULT:  # a flag beats the file
            values[k], sources[k] = v, str(file)
    return Config(values, sources, file, root)


def load_settings(config_file: str | Path | None = None, flags: Mapping[str, Any] | None = None) -> GatewaySettings:
    """Defaults, then the config file (given, or found from the working folder), then `flags`.

    `flags` holds the command line's values (None for a flag not given): `profile`, `fail_on` and the `gateway`
    keys, with `upstream` as a list of `[PROVIDER=]URL` strings.  A `ConfigError` names what is wrong.
    """
    flags = {k: v for k, v in (flags or {}).items() if v is not None}
    file = Path(config_file) if config_file is not None else discover(())
    table = dict(read_file(file) or {}) if file is not None else {}
    if config_file is not None and not table and file is not None and file.name == "pyproject.toml":
        raise ConfigError(f"{file}: has no [tool.phiscan] table")
    gateway = _gateway_values(str(file), _table(str(file), "", table.pop("gateway", {})))
    cli = {k: v for k, v in flags.items() if k not in SCAN_FLAGS and k != "upstream"}
    given = _gateway_values(COMMAND_LINE, cli)
    if flags.get("upstream"):  # upstreams on the command line replace those of the file
        gateway.pop("upstream", None)
        given["upstreams"] = _upstreams(COMMAND_LINE, "upstream", list(flags["upstream"]))
    return GatewaySettings(**_fields({**gateway, **given}), scan=_scan_config(file, table, flags))
