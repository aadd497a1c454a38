"""Gateway settings: the scan configuration the CLI uses, plus a `gateway` table, then command-line flags.

The file is found as `phiscan scan` finds it (`.phiscan.toml`, or `[tool.phiscan]` in `pyproject.toml`, from the
working folder up; `--config FILE` names one).  Its scan keys (`profile`, `fail_on`, `min_score`, `allowlist`,
`entities`, `recognizers`, ...) shape the checks; its `gateway` table holds what only the gateway needs.
Errors name the file and the key, never a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phiscan.app.gateway_keys import ANY, check_table, gateway_values, upstreams
from phiscan.app.settings import COMMAND_LINE, DEFAULT, Config, discover, load, parse, read_file
from phiscan.errors import ConfigError

DEFAULT_UPSTREAMS = (("anthropic", "https://api.anthropic.com"), ("openai", "https://api.openai.com"))
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
    gateway = check_table(str(file), table.pop("gateway", {}))
    cli = {k: v for k, v in flags.items() if k not in SCAN_FLAGS and k != "upstream"}
    given = gateway_values(COMMAND_LINE, cli)
    if flags.get("upstream"):  # upstreams on the command line replace those of the file
        gateway.pop("upstream", None)
        given["upstreams"] = upstreams(COMMAND_LINE, "upstream", list(flags["upstream"]))
    return GatewaySettings(**_fields({**gateway, **given}), scan=_scan_config(file, table, flags))
