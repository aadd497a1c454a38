"""Findings the user has chosen not to see: inline `x-phiscan-ignore`, per-file ignores, disabled rules.

Inline ignores follow the data: `x-phiscan-ignore` (`true`, or a list of rule ids or entity
names) on an object covers every finding at that object or below it, so on a property's
schema it covers the property's name in `properties`, its `enum`, `const` and `pattern`.
Per-file ignores follow ruff's `per-file-ignores`: a path glob maps to rule ids (globs
allowed, `secret-*`).  Both are counted in `Report.ignored`; disabled rules are not
findings at all and are not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from phiscan.documents.paths import path_matches, relative_posix
from phiscan.pointer import structural_pointer, unescape_token
from phiscan.surfaces.walk import schema_keywords
from phiscan.types import Finding, Note

KEYWORD = "x-phiscan-ignore"


@dataclass(frozen=True, slots=True)
class Suppressions:
    """Rules switched off everywhere, and per path glob; `root` is what the globs are relative to."""

    disabled_rules: frozenset[str] = frozenset()
    per_file: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: str | None = None
    inline: bool = True


def rule_matches(finding: Finding, names: Iterable[str]) -> bool:
    """True when one of `names` (rule ids, rule globs such as `secret-*`, or entity names) names `finding`."""
    return any(n == finding.entity or fnmatchcase(finding.rule, n) for n in names)


def _relative(path: str, root: str | None) -> str:
    if root is None or not path:
        return path
    rel = relative_posix(path, root)
    return path if rel is None else rel


def _inline(data: Any, pointer: str) -> list[tuple[str, Any]]:
    """(pointer, value) of each `x-phiscan-ignore` on the objects from the document root down to `pointer`."""
    found: list[tuple[str, Any]] = []
    node = data
    tokens = [] if pointer == "" else pointer[1:].split("/")
    for depth in range(len(tokens) + 1):
        if isinstance(node, dict) and KEYWORD in node:
            found.append(("".join("/" + t for t in tokens[:depth]), node[KEYWORD]))
        if depth == len(tokens):
            break
        token = unescape_token(tokens[depth])
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            break
    return found


def _valid(value: Any) -> bool:
    return value is True or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def suppress(
    findings: Sequence[Finding], data: Mapping[str, Any], rules: Suppressions
) -> tuple[list[Finding], int, list[Note]]:
    """Drop disabled rules and ignored findings; `data` maps a path to its parsed document.

    Returns the kept findings, how many were ignored, and notes about malformed ignores.
    """
    kept: list[Finding] = []
    ignored = 0
    bad: set[tuple[str, str]] = set()
    for f in findings:
        if rule_matches(f, rules.disabled_rules):
            continue
        rel = _relative(f.path, rules.root) if rules.per_file else f.path
        if any(rule_matches(f, names) for glob, names in rules.per_file if path_matches(rel, glob)):
            ignored += 1
            continue
        if rules.inline and f.path in data and _inline_covers(f, data[f.path], bad):
            ignored += 1
            continue
        kept.append(f)
    notes = [
        Note(
            path,
            f"{KEYWORD} at {structural_pointer(ptr, schema_keywords()) or '/'} must be true or a list of rule ids; "
            "it was not applied",
        )
        for path, ptr in sorted(bad)
    ]
    return kept, ignored, notes


def _inline_covers(f: Finding, doc: Any, bad: set[tuple[str, str]]) -> bool:
    for where, value in _inline(doc, f.pointer):
        if not _valid(value):
            bad.add((f.path, where))
        elif value is True or rule_matches(f, value):
            return True
    return False
