"""The configuration keys, declared once: each key's default, what it must be, and how it is checked.

Errors name the file, the key and what is allowed, never a value: config values may themselves be PHI
(an allowlisted name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phiscan.app.gateway_keys import check_table
from phiscan.app.tables import keys_of
from phiscan.errors import ConfigError
from phiscan.policy.eligibility import PROFILES
from phiscan.types import Severity

ENTITY = re.compile(r"^[A-Z][A-Z0-9_]*$")
RULE = re.compile(r"^[a-z][a-z0-9*?-]*$")
Check = Callable[[str, str, Any, "Path | None"], Any]


@dataclass(frozen=True, slots=True)
class Recognizer:
    """A custom regex recognizer from `[[tool.phiscan.recognizers]]`."""

    entity: str
    regex: str
    score: float
    context: tuple[str, ...] = ()
    name: str = ""


def _err(where: str, key: str, allowed: str, got: str = "") -> ConfigError:
    tail = f" (got {got})" if got else ""
    return ConfigError(f"{where}: {key} must be {allowed}{tail}")


def _type(v: Any) -> str:
    return {
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        list: "a list",
        dict: "a table",
    }.get(type(v), type(v).__name__)


def _globs(where: str, key: str, v: Any) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        raise _err(where, key, KEYS[key].allowed, _type(v))
    return tuple(v)


def _rule_names(where: str, key: str, v: Any) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) and (RULE.match(x) or ENTITY.match(x)) for x in v):
        raise _err(where, key, "a list of rule ids (phi-ssn, secret-*) or entity names (US_SSN)", _type(v))
    return tuple(v)


def _regex(where: str, key: str, v: Any) -> str:
    if not isinstance(v, str) or not v:
        raise _err(where, key, "a regular expression string", _type(v))
    try:
        re.compile(v)
    except re.error as e:
        raise ConfigError(f"{where}: {key} is not a valid regular expression ({e.msg} at position {e.pos})") from None
    return v


def _score(where: str, key: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
        got = "out of range" if isinstance(v, (int, float)) and not isinstance(v, bool) else _type(v)
        raise _err(where, key, "a number from 0 to 1", got)
    return float(v)


def table_of(where: str, key: str, v: Any) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _err(where, key, KEYS[key.split(".")[0].split("[")[0]].allowed, _type(v))
    return v


def _recognizers(where: str, v: Any) -> tuple[Recognizer, ...]:
    if not isinstance(v, list):
        raise _err(where, "recognizers", KEYS["recognizers"].allowed, _type(v))
    out = []
    for i, item in enumerate(v):
        at = f"recognizers[{i}]"
        t = keys_of(where, at + ".", table_of(where, at, item), ("entity", "regex", "score", "context", "name"))
        for need in ("entity", "regex", "score"):
            if need not in t:
                raise ConfigError(f"{where}: {at} needs {need!r} ({KEYS['recognizers'].allowed})")
        if not isinstance(t["entity"], str) or not ENTITY.match(t["entity"]):
            raise _err(where, at + ".entity", "an UPPER_SNAKE entity name such as CLINIC_PATIENT_ID")
        context = t.get("context", [])
        if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
            raise _err(where, at + ".context", "a list of words", _type(context))
        name = t.get("name", "")
        if not isinstance(name, str):
            raise _err(where, at + ".name", "a string", _type(name))
        out.append(
            Recognizer(
                t["entity"],
                _regex(where, at + ".regex", t["regex"]),
                _score(where, at + ".score", t["score"]),
                tuple(context),
                name,
            )
        )
    return tuple(out)


def _choice(options: tuple[str, ...], convert: Callable[[str], Any] = str) -> Check:
    def check(where: str, key: str, v: Any, base: Path | None) -> Any:
        if v not in options:
            raise _err(where, key, KEYS[key].allowed, _type(v) if not isinstance(v, str) else "another string")
        return convert(v)

    return check


def _path(where: str, key: str, v: Any, base: Path | None) -> str:
    if not isinstance(v, str) or not v:
        raise _err(where, key, KEYS[key].allowed, _type(v))
    if base is not None and (key == "baseline" or (base / v).is_dir()):
        return str(base / v)
    return v


def _entities(where: str, key: str, v: Any, base: Path | None) -> dict[str, bool]:
    t = table_of(where, key, v)
    for name, on in t.items():
        if not (ENTITY.match(name) or RULE.match(name)) or not isinstance(on, bool):
            raise _err(where, f"entities.{name}", "true or false, keyed by entity name or rule id")
    return dict(t)


def _allowlist(where: str, key: str, v: Any, base: Path | None) -> dict[str, tuple[str, ...]]:
    t = keys_of(where, "allowlist.", table_of(where, key, v), ("values", "regexes"))
    values = t.get("values", [])
    if not isinstance(values, list) or not all(isinstance(x, str) for x in values):
        raise _err(where, "allowlist.values", "a list of strings", _type(values))
    regexes = t.get("regexes", [])
    if not isinstance(regexes, list):
        raise _err(where, "allowlist.regexes", "a list of regular expressions", _type(regexes))
    return {
        "values": tuple(values),
        "regexes": tuple(_regex(where, f"allowlist.regexes[{i}]", r) for i, r in enumerate(regexes)),
    }


def _per_file(where: str, key: str, v: Any, base: Path | None) -> dict[str, tuple[str, ...]]:
    t = table_of(where, key, v)
    return {g: _rule_names(where, f"per-file-ignores.{g!r}", rules) for g, rules in t.items()}


def _deny_list(where: str, key: str, v: Any, base: Path | None) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        raise _err(where, key, "a list of non-empty terms", _type(v))
    return tuple(v)


def _gateway(where: str, key: str, v: Any, base: Path | None) -> dict[str, Any]:
    return check_table(where, v)


@dataclass(frozen=True, slots=True)
class Key:
    """One configuration key: its default, what it must be (said in errors), and how it is checked."""

    default: Any
    allowed: str
    check: Check


KEYS: dict[str, Key] = {
    "include": Key((), "a list of path globs", lambda w, k, v, b: _globs(w, k, v)),
    "exclude": Key((), "a list of path globs", lambda w, k, v, b: _globs(w, k, v)),
    "fail_on": Key(
        Severity.MEDIUM, "one of 'low', 'medium', 'high'", _choice(tuple(s.value for s in Severity), Severity)
    ),
    "min_score": Key(0.5, "a number from 0 to 1", lambda w, k, v, b: _score(w, k, v)),
    "profile": Key("hipaa", "one of " + ", ".join(repr(p) for p in PROFILES), _choice(PROFILES)),
    "nlp_model": Key(None, "a path to a spaCy pipeline folder or an installed pipeline package name", _path),
    "baseline": Key(None, "a path to a baseline file", _path),
    "entities": Key({}, "a table of entity names (PERSON) or rule ids (phi-zip-code) to true/false", _entities),
    "allowlist": Key(
        {"values": (), "regexes": ()},
        "a table with 'values' (exact strings) and 'regexes' (regular expressions)",
        _allowlist,
    ),
    "per_file_ignores": Key({}, "a table of path glob -> list of rule ids", _per_file),
    "deny_list": Key((), "a list of terms", _deny_list),
    "recognizers": Key(
        (),
        "an array of tables with 'entity', 'regex', 'score' and optional 'context', 'name'",
        lambda w, k, v, b: _recognizers(w, v),
    ),
    "gateway": Key({}, "a table of gateway settings (docs/gateway.md)", _gateway),
}


def check(where: str, key: str, v: Any, base: Path | None) -> Any:
    """Validate one top-level value and convert it to its internal form."""
    return KEYS[key].check(where, key, v, base)
