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
from typing import Any

from phiscan.errors import ConfigError
from phiscan.policy.suppress import Suppressions
from phiscan.types import Severity

DEFAULT = "default"
COMMAND_LINE = "command line"
PROFILES = ("hipaa", "zdr", "none")
_ENTITY = re.compile(r"^[A-Z][A-Z0-9_]*$")
_RULE = re.compile(r"^[a-z][a-z0-9*?-]*$")
_DEFAULTS: dict[str, Any] = {
    "include": (),
    "exclude": (),
    "fail_on": Severity.MEDIUM,
    "min_score": 0.5,
    "profile": "hipaa",
    "nlp_model": None,
    "baseline": None,
    "entities": {},
    "allowlist": {"values": (), "regexes": ()},
    "per_file_ignores": {},
    "deny_list": (),
    "recognizers": (),
}
_ALLOWED = {
    "include": "a list of path globs",
    "exclude": "a list of path globs",
    "fail_on": "one of 'low', 'medium', 'high'",
    "min_score": "a number from 0 to 1",
    "profile": "one of " + ", ".join(repr(p) for p in PROFILES),
    "nlp_model": "a path to a spaCy pipeline folder or an installed pipeline package name",
    "baseline": "a path to a baseline file",
    "entities": "a table of entity names (PERSON) or rule ids (phi-zip-code) to true/false",
    "allowlist": "a table with 'values' (exact strings) and 'regexes' (regular expressions)",
    "per_file_ignores": "a table of path glob -> list of rule ids",
    "deny_list": "a list of terms",
    "recognizers": "an array of tables with 'entity', 'regex', 'score' and optional 'context', 'name'",
}


@dataclass(frozen=True, slots=True)
class Recognizer:
    """A custom regex recognizer from `[[tool.phiscan.recognizers]]`."""

    entity: str
    regex: str
    score: float
    context: tuple[str, ...] = ()
    name: str = ""


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
        off = frozenset(k for k, on in self["entities"].items() if not on and not _ENTITY.match(k))
        per_file = tuple((g, tuple(r)) for g, r in self["per_file_ignores"].items())
        return Suppressions(off, per_file, str(self.root) if self.root else None)

    def extra_recognizers(self) -> list[Any]:
        """Presidio recognizers for the custom regexes and the deny list (imports Presidio)."""
        from presidio_analyzer import Pattern, PatternRecognizer

        out: list[Any] = []
        for i, r in enumerate(self["recognizers"]):
            name = r.name or f"custom_{i}_{r.entity.lower()}"
            out.append(PatternRecognizer(supported_entity=r.entity, name=name,
                                         patterns=[Pattern(name, r.regex, r.score)], context=list(r.context)))
        if self["deny_list"]:
            out.append(PatternRecognizer(supported_entity="DENY_LIST", name="phiscan_deny_list",
                                         patterns=[Pattern("deny_list", deny_regex(self["deny_list"]), 1.0)]))
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


def _err(where: str, key: str, allowed: str, got: str = "") -> ConfigError:
    tail = f" (got {got})" if got else ""
    return ConfigError(f"{where}: {key} must be {allowed}{tail}")


def _type(v: Any) -> str:
    return {str: "a string", bool: "a boolean", int: "an integer", float: "a number", list: "a list",
            dict: "a table"}.get(type(v), type(v).__name__)


def _globs(where: str, key: str, v: Any) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        raise _err(where, key, _ALLOWED[key], _type(v))
    return tuple(v)


def _rule_names(where: str, key: str, v: Any) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) and (_RULE.match(x) or _ENTITY.match(x)) for x in v):
        raise _err(where, key, "a list of rule ids (phi-ssn, secret-*) or entity names (US_SSN)", _type(v))
    return tuple(v)


def _regex(where: str, key: str, v: Any) -> str:
    if not isinstance(v, str) or not v:
        raise _err(where, key, "a regular expression string", _type(v))
    try:
        re.compile(v)
    except re.error as e:
        raise ConfigError(f"{where}: {key} is not a valid regular expression ({e.msg} at position {e.pos})"
                          ) from None
    return v


def _score(where: str, key: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
        got = "out of range" if isinstance(v, (int, float)) and not isinstance(v, bool) else _type(v)
        raise _err(where, key, "a number from 0 to 1", got)
    return float(v)


def _table(where: str, key: str, v: Any) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _err(where, key, _ALLOWED[key.split(".")[0].split("[")[0]], _type(v))
    return v


def _keys(where: str, prefix: str, table: Mapping[str, Any], allowed: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for raw, v in table.items():
        k = raw.replace("-", "_")
        if k not in allowed:
            raise ConfigError(f"{where}: unknown key {prefix}{raw!r}; allowed keys: {', '.join(allowed)}")
        if k in out:
            raise ConfigError(f"{where}: {prefix}{raw!r} is given twice (with '-' and with '_')")
        out[k] = v
    return out


def _recognizers(where: str, v: Any) -> tuple[Recognizer, ...]:
    if not isinstance(v, list):
        raise _err(where, "recognizers", _ALLOWED["recognizers"], _type(v))
    out = []
    for i, item in enumerate(v):
        at = f"recognizers[{i}]"
        t = _keys(where, at + ".", _table(where, at, item), ("entity", "regex", "score", "context", "name"))
        for need in ("entity", "regex", "score"):
            if need not in t:
                raise ConfigError(f"{where}: {at} needs {need!r} ({_ALLOWED['recognizers']})")
        if not isinstance(t["entity"], str) or not _ENTITY.match(t["entity"]):
            raise _err(where, at + ".entity", "an UPPER_SNAKE entity name such as CLINIC_PATIENT_ID")
        context = t.get("context", [])
        if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
            raise _err(where, at + ".context", "a list of words", _type(context))
        name = t.get("name", "")
        if not isinstance(name, str):
            raise _err(where, at + ".name", "a string", _type(name))
        out.append(Recognizer(t["entity"], _regex(where, at + ".regex", t["regex"]),
                              _score(where, at + ".score", t["score"]), tuple(context), name))
    return tuple(out)


def _check(where: str, key: str, v: Any, base: Path | None) -> Any:
    """Validate one top-level value and convert it to its internal form."""
    if key in ("include", "exclude"):
        return _globs(where, key, v)
    if key == "fail_on":
        if v not in ("low", "medium", "high"):
            raise _err(where, key, _ALLOWED[key], _type(v) if not isinstance(v, str) else "another string")
        return Severity(v)
    if key == "min_score":
        return _score(where, key, v)
    if key == "profile":
        if v not in PROFILES:
            raise _err(where, key, _ALLOWED[key], _type(v) if not isinstance(v, str) else "another string")
        return v
    if key in ("nlp_model", "baseline"):
        if not isinstance(v, str) or not v:
            raise _err(where, key, _ALLOWED[key], _type(v))
        if base is not None and (key == "baseline" or (base / v).is_dir()):
            return str(base / v)
        return v
    if key == "entities":
        t = _table(where, key, v)
        for name, on in t.items():
            if not (_ENTITY.match(name) or _RULE.match(name)) or not isinstance(on, bool):
                raise _err(where, f"entities.{name}", "true or false, keyed by entity name or rule id")
        return dict(t)
    if key == "allowlist":
        t = _keys(where, "allowlist.", _table(where, key, v), ("values", "regexes"))
        values = t.get("values", [])
        if not isinstance(values, list) or not all(isinstance(x, str) for x in values):
            raise _err(where, "allowlist.values", "a list of strings", _type(values))
        regexes = t.get("regexes", [])
        if not isinstance(regexes, list):
            raise _err(where, "allowlist.regexes", "a list of regular expressions", _type(regexes))
        return {"values": tuple(values),
                "regexes": tuple(_regex(where, f"allowlist.regexes[{i}]", r) for i, r in enumerate(regexes))}
    if key == "per_file_ignores":
        t = _table(where, key, v)
        return {g: _rule_names(where, f"per-file-ignores.{g!r}", rules) for g, rules in t.items()}
    if key == "deny_list":
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise _err(where, key, "a list of non-empty terms", _type(v))
        return tuple(v)
    if key == "recognizers":
        return _recognizers(where, v)
    raise AssertionError(key)  # pragma: no cover - _keys admits only known keys


def parse(table: Mapping[str, Any], where: str, base: Path | None = None) -> dict[str, Any]:
    """Validate a `[tool.phiscan]` table; relative paths in it are resolved against `base`."""
    raw = _keys(where, "", table, tuple(_DEFAULTS))
    return {k: _check(where, k, v, base) for k, v in raw.items()}


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
        return _table(str(path), "[tool.phiscan]", table) if isinstance(table, dict) else _bad_tool(path)
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


def load(paths: Sequence[str | os.PathLike[str]] = (), config_file: str | os.PathLike[str] | None = None,
         overrides: Mapping[str, Any] | None = None, *, isolated: bool = False) -> Config:
    """Defaults, then the config file (given or discovered), then `overrides` (command-line flags)."""
    values = dict(_DEFAULTS)
    sources = dict.fromkeys(_DEFAULTS, DEFAULT)
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
        values[k] = _check(COMMAND_LINE, k, list(v) if isinstance(v, tuple) else v, None)
        sources[k] = COMMAND_LINE
    return Config(values, sources, file, root)


def scan_options(cfg: Config, base: Any | None = None, **fields: Any) -> Any:
    """A `ScanOptions` for `cfg` (starting from `base`), plus any extra fields given."""
    from phiscan.policy.decide import Policy
    from phiscan.scan import ScanOptions

    base = base or ScanOptions()
    entities = cfg["entities"]
    disabled = (set(base.policy.disabled_entities) | {k for k, on in entities.items() if not on and _ENTITY.match(k)})
    disabled -= {k for k, on in entities.items() if on}
    policy: Policy = replace(
        base.policy,
        min_score=cfg["min_score"],
        disabled_entities=frozenset(disabled),
        allow_values=frozenset(cfg["allowlist"]["values"]) | base.policy.allow_values,
        allow_patterns=(*base.policy.allow_patterns, *(re.compile(r) for r in cfg["allowlist"]["regexes"])),
    )
    extra: dict[str, Any] = {"include": cfg["include"], "profile": cfg["profile"],
                             "suppressions": cfg.suppressions(), "analyze_also": cfg.analyze_also()}
    known = set(getattr(ScanOptions, "__dataclass_fields__", {}))
    extra = {k: v for k, v in extra.items() if k in known}
    return replace(base, policy=policy, fail_on=cfg["fail_on"], nlp_model=cfg["nlp_model"],
                   exclude=cfg["exclude"], **extra, **fields)


def render(cfg: Config, out: Callable[[str], None]) -> None:
    """Print the effective configuration as TOML-like lines with each value's source."""
    out(f"# config file: {cfg.file if cfg.file else '(none found)'}")
    for k in _DEFAULTS:
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


__all__ = ["COMMAND_LINE", "DEFAULT", "Config", "Recognizer", "deny_regex", "discover", "load", "parse",
           "render", "scan_options"]


def setup(paths: Sequence[str | os.PathLike[str]], config_file: str | os.PathLike[str] | None = None,
          overrides: Mapping[str, Any] | None = None, *, kind: str | None = None, show_values: bool = False,
          use_baseline: bool = True) -> tuple[Any, Any, Config]:
    """What the CLI needs for a scan: `(ScanOptions, Analyzer or None for the shared one, Config)`."""
    from phiscan.detect.analyzer import Analyzer
    from phiscan.policy.baseline import load as load_baseline
    from phiscan.policy.decide import Policy
    from phiscan.scan import ScanOptions

    cfg = load(paths, config_file, overrides)
    baseline = load_baseline(cfg["baseline"]) if use_baseline and cfg["baseline"] else None
    options = scan_options(cfg, ScanOptions(policy=Policy(show_values=show_values), kind=kind), baseline=baseline)
    if cfg["baseline"]:  # the baseline is JSON too, but no schema: don't scan it
        options = replace(options, exclude=(*options.exclude, Path(cfg["baseline"]).name))
    extra = cfg.extra_recognizers() if cfg["recognizers"] or cfg["deny_list"] else []
    return options, (Analyzer(cfg["nlp_model"], extra_recognizers=extra) if extra else None), cfg
