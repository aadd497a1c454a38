"""Provider-compatibility warnings for strict schemas: not PHI, but text that lands where PHI must not.

Structured outputs supports a subset of JSON Schema.  The SDK folds the keywords it does not
support into the `description` text (`{minimum: 1, maximum: 10}`), so their values reach the
cached schema too; a `pattern` outside the supported dialect is refused; and a request may
carry at most 20 strict tools, 24 optional and 16 union-typed parameters.  Every finding here
is `FindingKind.LINT`, severity low, with a `lint-*` rule id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from phiscan import rules
from phiscan.pointer import join_pointer, resolve_pointer
from phiscan.policy.mint import finding
from phiscan.surfaces.parts import Parts
from phiscan.types import Exposure, Finding, FindingKind, Severity

MAX_STRICT_TOOLS = 20
MAX_OPTIONAL_PARAMETERS = 24
MAX_UNION_PARAMETERS = 16
SUPPORTED_FORMATS = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)
UNSUPPORTED_KEYWORDS = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "maxItems",
        "uniqueItems",
        "contains",
        "minContains",
        "maxContains",
        "minProperties",
        "maxProperties",
        "patternProperties",
        "propertyNames",
        "dependentRequired",
        "dependentSchemas",
        "if",
        "then",
        "else",
        "not",
        "examples",
        "unevaluatedProperties",
        "unevaluatedItems",
    }
)
_CHILD_MAPS = ("properties", "$defs", "definitions")
_CHILD_ONE = ("items", "additionalProperties")
_CHILD_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
# outside the dialect: backreferences, lookaround, word boundaries
_BAD_REGEX = re.compile(r"\\[1-9]|\\k<|\(\?<?[=!]|\\[bB]")


@dataclass(frozen=True, slots=True)
class Counts:
    """What one strict schema spends of the per-request limits."""

    optional: int = 0
    unions: int = 0


def _lint(rule: str, entity: str, path: str, pointer: str, message: str) -> Finding:
    return finding(
        rules.get(rule),
        path=path,
        pointer=pointer,
        surface=None,
        entity=entity,
        severity=Severity.LOW,
        score=1.0,
        exposure=Exposure.SCHEMA_CACHE,
        message=message,
        value=entity,
        shown=entity,
    )


def _nodes(schema: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    stack: list[tuple[Any, str]] = [(schema, pointer)]
    seen: set[int] = set()
    while stack:
        node, ptr = stack.pop()
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        yield node, ptr
        for key in _CHILD_MAPS:
            if isinstance(node.get(key), dict):
                stack.extend((v, join_pointer(ptr, key, k)) for k, v in node[key].items())
        for key in _CHILD_ONE:
            stack.append((node.get(key), join_pointer(ptr, key)))
        for key in _CHILD_LISTS:
            if isinstance(node.get(key), list):
                stack.extend((v, join_pointer(ptr, key, i)) for i, v in enumerate(node[key]))


def bad_pattern(pattern: str) -> bool:
    """True when `pattern` uses a regex feature the structured-outputs dialect lacks."""
    cleaned = pattern.replace("\\\\", "")  # an escaped backslash cannot start an escape
    return bool(_BAD_REGEX.search(cleaned))


def spend(schema: Any) -> Counts:
    """What one strict schema spends of the per-request limits (optional and union-typed parameters)."""
    optional = unions = 0
    for node, _ in _nodes(schema, ""):
        props = node.get("properties")
        if isinstance(props, dict):
            given = node.get("required")
            req: list[Any] = given if isinstance(given, list) else []
            optional += sum(1 for k in props if k not in req)
            unions += sum(
                1
                for v in props.values()
                if isinstance(v, dict) and ("anyOf" in v or "oneOf" in v or isinstance(v.get("type"), list))
            )
    return Counts(optional, unions)


def lint_schema(schema: Any, pointer: str, path: str) -> tuple[list[Finding], Counts]:
    """Warnings for one strict schema, and what it spends of the per-request limits."""
    out: list[Finding] = []
    for node, ptr in _nodes(schema, pointer):
        for key in node:
            if key in UNSUPPORTED_KEYWORDS:
                out.append(
                    _lint(
                        "lint-unsupported-keyword",
                        key,
                        path,
                        join_pointer(ptr, key),
                        f"'{key}' is not supported by structured outputs; the SDK folds it into "
                        "'description', so its value reaches the cached schema",
                    )
                )
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt not in SUPPORTED_FORMATS and fmt != "text":
            out.append(
                _lint(
                    "lint-unsupported-format",
                    "format",
                    path,
                    join_pointer(ptr, "format"),
                    "this 'format' is not supported by structured outputs and is folded into 'description'",
                )
            )
        mi = node.get("minItems")
        if isinstance(mi, int) and mi not in (0, 1):
            out.append(
                _lint(
                    "lint-unsupported-keyword",
                    "minItems",
                    path,
                    join_pointer(ptr, "minItems"),
                    "structured outputs supports only minItems 0 or 1; other values are folded into 'description'",
                )
            )
        pat = node.get("pattern")
        if isinstance(pat, str) and bad_pattern(pat):
            out.append(
                _lint(
                    "lint-pattern-dialect",
                    "pattern",
                    path,
                    join_pointer(ptr, "pattern"),
                    "pattern uses backreferences, lookaround or \\b, which structured outputs does not support",
                )
            )
    return out, spend(schema)


def limit_findings(path: str, strict_tools: int, counts: Sequence[Counts]) -> list[Finding]:
    """Warnings for a request over the per-request limits of strict tools, optional and union parameters."""
    out: list[Finding] = []
    optional = sum(c.optional for c in counts)
    unions = sum(c.unions for c in counts)
    if strict_tools > MAX_STRICT_TOOLS:
        out.append(
            _lint(
                "lint-too-many-strict-tools",
                "strict_tools",
                path,
                "/tools",
                f"{strict_tools} strict tools; the API accepts at most {MAX_STRICT_TOOLS} per request",
            )
        )
    if optional > MAX_OPTIONAL_PARAMETERS:
        out.append(
            _lint(
                "lint-too-many-optional-parameters",
                "optional_parameters",
                path,
                "",
                f"{optional} optional parameters across strict schemas; the limit is {MAX_OPTIONAL_PARAMETERS}",
            )
        )
    if unions > MAX_UNION_PARAMETERS:
        out.append(
            _lint(
                "lint-too-many-union-parameters",
                "union_parameters",
                path,
                "",
                f"{unions} union-typed parameters across strict schemas; the limit is {MAX_UNION_PARAMETERS}",
            )
        )
    return out


def lint_parts(data: Any, parts: Parts, path: str) -> list[Finding]:
    """Every lint warning for a document's strict schemas, and the per-request limits."""
    out: list[Finding] = []
    counts: list[Counts] = []
    strict_tools: set[str] = set()
    for root in parts.roots:
        if root.exposure is not Exposure.SCHEMA_CACHE:
            continue
        try:
            schema = resolve_pointer(data, root.pointer)
        except LookupError:
            continue
        found, c = lint_schema(schema, root.pointer, path)
        out.extend(found)
        counts.append(c)
        if root.pointer.startswith("/tools/"):
            strict_tools.add(root.pointer.split("/")[2])
    if parts.kind == "request":
        out.extend(limit_findings(path, len(strict_tools), counts))
    return out


def public_cache_findings(parts: Parts, path: str, found: Sequence[Finding], base: str = "") -> list[Finding]:
    """One warning for an MCP tool list cached publicly (`cacheScope: "public"`) that carries findings."""
    if parts.kind != "mcp-tools" or parts.extra.get("cacheScope") != "public":
        return []
    if not any(f.path == path and f.kind is not FindingKind.LINT for f in found):
        return []
    return [
        _lint(
            "lint-public-cache-scope",
            "cacheScope",
            path,
            base + "/cacheScope",
            "this tool list says cacheScope 'public', so any intermediary may cache it across users, "
            "with the findings above in it",
        )
    ]
