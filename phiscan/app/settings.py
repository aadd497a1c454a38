"""Configuration: `[tool.phiscan]` in pyproject.toml or a `.phiscan.toml`, then command-line flags.

Discovery walks up from the first scanned path (`.phiscan.toml` before `pyproject.toml` in
each folder; a pyproject without `[tool.phiscan]` is passed over) and the first file found
wins; `--config FILE` skips discovery.  Flags override file values, and every value
remembers where it came from, which `phiscan config` prints.  An unknown key or a bad
value raises `ConfigError` naming the file, the key and what is allowed.  Config values
may themselves be PHI (an allowlisted name), so messages name keys and indexes, never values.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from phiscan.app.keys import ENTITY, KEYS, Recognizer, check, table_of
from phiscan.app.tables import keys_of
from phiscan.errors import ConfigError
from phiscan.policy.suppress import Suppressions
from phiscan.types import Severity

if TYPE_CHECKING:
    from phiscan.detect.analyzer import Analyzer
    from phiscan.options import ScanOptions

DEFAULT = "default"
COMMAND_LINE = "command line"


@dataclass(frozen=True, slots=True)
class Config:
    """The effective configuration: each value and where it came from."""

    values: Mapping[str, Any]
    sources: Mapping[str, str]
    file: Path | None = None
    root: Path | None = None

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def suppressions(self) -> Suppressions:
        """Disabled rules and per-file ignores, for the post-detection step."""
        off = frozenset(k for k, on in self["entities"].items() if not on and not ENTITY.match(k))
        per_file = tuple((g, tuple(r)) for g, r in self["per_file_ignores"].items())
        return Suppressions(off, per_file, str(self.root) if self.root else None)

    def custom_patterns(self) -> list[tuple[str, str, str, float, tuple[str, ...]]]:
        """(entity, name, regex, score, context) of each custom recognizer and of the deny list."""
        out = [
            (r.entity, r.name or f"custom_{i}_{r.entity.lower()}", r.regex, r.score, r.context)
            for i, r in enumerate(self["recognizers"])
        ]
        if self["deny_list"]:
            out.append(("DENY_LIST", "phiscan_deny_list", deny_regex(self["deny_list"]), 1.0, ()))
        return out

    def analyze_also(self) -> re.Pattern[str] | None:
        """Texts matching this skip the built-in prefilter, which does not know custom patterns."""
        rx = [r.regex for r in self["recognizers"]]
        if self["deny_list"]:
            rx.append(deny_regex(self["deny_list"]))
        return re.compile("|".join(f"(?:{r})" for r in rx), re.IGNORECASE) if rx else None


def deny_regex(terms: Sequence[str]) -> str:
    """A term matches, ignoring case, where it starts a word, together with the rest of that word.

    So `PT-` matches `PT-004512` whole, and `Lakeside Clinic` matches the phrase.
    """
    alts = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return rf"(?<![A-Za-z0-9])(?:{alts})[A-Za-z0-9_-]*"


def parse(table: Mapping[str, Any], where: str, base: Path | None = None) -> dict[str, Any]:
    """Validate a `[tool.phiscan]` table; relative paths in it are resolved against `base`."""
    raw = keys_of(where, "", table, tuple(KEYS))
    return {k: check(where, k, v, base) for k, v in raw.items()}


def read_file(path: Path) -> dict[str, Any] | None:
    """The phiscan table of a config file; None for a pyproject.toml without `[tool.phiscan]`."""
    if sys.version_info >= (3, 11):  # imported here: most scans find no config file to parse
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with open(path, "rb") as f:
            doc = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file does not exist") from None
    except OSError as e:
        raise ConfigError(f"{path}: config file cannot be read ({e.strerror or e})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    if path.name == "pyproject.toml":
        tool = doc.get("tool", {})
        table = tool.get("phiscan") if isinstance(tool, dict) else None
        if table is None:
            return None
        return table_of(str(path), "[tool.phiscan]", table) if isinstance(table, dict) else _bad_tool(path)
    return doc


def _bad_tool(path: Path) -> dict[str, Any]:
    raise ConfigError(f"{path}: [tool.phiscan] must be a table")


def discover(paths: Sequence[str | os.PathLike[str]]) -> Path | None:
    """The config file for a scan of `paths`: walk up from the first one (or the working folder)."""
    start = Path(paths[0]) if paths else Path.cwd()
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for d in (folder, *folder.parents):
        for name in (".phiscan.toml", "pyproject.toml"):
            candidate = d / name
            if candidate.is_file() and (name != "pyproject.toml" or read_file(candidate) is not None):
                return candidate
    return None


def load(
    paths: Sequence[str | os.PathLike[str]] = (),
    config_file: str | os.PathLike[str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    *,
    isolated: bool = False,
) -> Config:
    """Defaults, then the config file (given or discovered), then `overrides` (command-line flags)."""
    values = {k: key.default for k, key in KEYS.items()}
    sources = dict.fromkeys(KEYS, DEFAULT)
    file: Path | None = None
    if config_file is not None:
        file = Path(config_file)
        table = read_file(file)
        if table is None:
            raise ConfigError(f"{file}: has no [tool.phiscan] table")
    elif not isolated:
        file = discover(paths)
        table = read_file(file) if file is not None else None
    else:
        table = None
    root = file.resolve().parent if file is not None else None
    if table is not None and file is not None:
        for k, v in parse(table, str(file), root).items():
            values[k], sources[k] = v, str(file)
    for k, v in (overrides or {}).items():
        if v is None:
            continue
        values[k] = check(COMMAND_LINE, k, list(v) if isinstance(v, tuple) else v, None)
        sources[k] = COMMAND_LINE
    return Config(values, sources, file, root)


def scan_options(cfg: Config, base: ScanOptions | None = None, **fields: Any) -> ScanOptions:
    """A `ScanOptions` for `cfg` (starting from `base`), plus any extra fields given."""
    from phiscan.policy.decide import Policy
    from phiscan.scan import ScanOptions

    base = base or ScanOptions()
    entities = cfg["entities"]
    disabled = set(base.policy.disabled_entities) | {k for k, on in entities.items() if not on and ENTITY.match(k)}
    disabled -= {k for k, on in entities.items() if on}
    policy: Policy = replace(
        base.policy,
        min_score=cfg["min_score"],
        disabled_entities=frozenset(disabled),
        allow_values=frozenset(cfg["allowlist"]["values"]) | base.policy.allow_values,
        allow_patterns=(*base.policy.allow_patterns, *(re.compile(r) for r in cfg["allowlist"]["regexes"])),
    )
    return replace(
        base,
        policy=policy,
        fail_on=cfg["fail_on"],
        nlp_model=cfg["nlp_model"],
        exclude=cfg["exclude"],
        include=cfg["include"],
        profile=cfg["profile"],
        suppressions=cfg.suppressions(),
        analyze_also=cfg.analyze_also(),
        **fields,
    )


def render(cfg: Config, out: Callable[[str], None]) -> None:
    """Print the effective configuration as TOML-like lines with each value's source."""
    out(f"# config file: {cfg.file if cfg.file else '(none found)'}")
    for k in KEYS:
        name = k.replace("_", "-") if k == "per_file_ignores" else k
        line = f"# {name} is unset" if cfg[k] is None else f"{name} = {_show(cfg[k])}"
        out(f"{line}  # {cfg.sources[k]}")


def _show(v: Any) -> str:
    if isinstance(v, Severity):
        return f'"{v.value}"'
    if v is None:
        return "(unset)"
    if isinstance(v, Recognizer):
        ctx = f", context = {_show(v.context)}" if v.context else ""
        return f'{{entity = "{v.entity}", regex = {_show(v.regex)}, score = {v.score}{ctx}}}'
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, (tuple, list)):
        return "[" + ", ".join(_show(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_show(k)} = {_show(x)}" for k, x in v.items()) + "}"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


__all__ = [
    "COMMAND_LINE",
    "DEFAULT",
    "Config",
    "Recognizer",
    "deny_regex",
    "discover",
    "load",
    "parse",
    "render",
    "scan_options",
]


def setup(
    paths: Sequence[str | os.PathLike[str]],
    config_file: str | os.PathLike[str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    *,
    kind: str | None = None,
    show_values: bool = False,
    use_baseline: bool = True,
) -> tuple[ScanOptions, Analyzer | None, Config]:
    """What the CLI needs for a scan: `(ScanOptions, Analyzer or None for the shared one, Config)`."""
    from phiscan.detect.analyzer import Analyzer
    from phiscan.detect.custom import custom_recognizers
    from phiscan.policy.baseline import load as load_baseline
    from phiscan.policy.decide import Policy
    from phiscan.scan import ScanOptions

    cfg = load(paths, config_file, overrides)
    baseline = load_baseline(cfg["baseline"]) if use_baseline and cfg["baseline"] else None
    options = scan_options(cfg, ScanOptions(policy=Policy(show_values=show_values), kind=kind), baseline=baseline)
    if cfg["baseline"]:  # the baseline is JSON too, but no schema: don't scan it
        options = replace(options, exclude=(*options.exclude, Path(cfg["baseline"]).name))
    extra = custom_recognizers(cfg.custom_patterns())
    return options, (Analyzer(cfg["nlp_model"], extra_recognizers=extra) if extra else None), cfg
