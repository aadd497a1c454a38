"""Provider-compatibility lint: pure, no analyzer needed except for the public-cache rule."""

from __future__ import annotations

from typing import Any

import pytest

from phiscan.detect.analyzer import Analyzer
from phiscan.policy.lint import Counts, bad_pattern, limit_findings, lint_parts, lint_schema
from phiscan.scan import scan_document
from phiscan.surfaces.kinds import parts_of
from phiscan.types import FindingKind, Severity


def _request(tools: list[Any]) -> dict[str, Any]:
    return {"model": "m", "max_tokens": 1, "messages": [], "tools": tools}


def _tool(name: str, props: dict[str, Any], strict: bool = True, required: list[str] | None = None) -> dict[str, Any]:
    schema = {"type": "object", "properties": props, "required": required if required is not None else list(props)}
    return {"name": name, "strict": strict, "input_schema": schema}


def _lint(body: Any) -> list[Any]:
    parts = parts_of(body, "r.json")
    assert parts is not None
    return lint_parts(body, parts, "r.json")


def test_unsupported_keywords_in_strict_schemas_are_reported_where_they_sit() -> None:
    body = _request(
        [
            _tool(
                "t",
                {
                    "age": {"type": "integer", "minimum": 0, "maximum": 120},
                    "code": {"type": "string", "maxLength": 8, "examples": ["A1"], "format": "binary"},
                    "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
                },
            )
        ]
    )
    found = {(f.pointer, f.rule) for f in _lint(body)}
    base = "/tools/0/input_schema/properties"
    assert found == {
        (f"{base}/age/minimum", "lint-unsupported-keyword"),
        (f"{base}/age/maximum", "lint-unsupported-keyword"),
        (f"{base}/code/maxLength", "lint-unsupported-keyword"),
        (f"{base}/code/examples", "lint-unsupported-keyword"),
        (f"{base}/code/format", "lint-unsupported-format"),
        (f"{base}/tags/minItems", "lint-unsupported-keyword"),
    }
    assert all(f.kind is FindingKind.LINT and f.severity is Severity.LOW for f in _lint(body))


def test_non_strict_tools_and_supported_keywords_are_quiet() -> None:
    lax = _request([_tool("t", {"age": {"type": "integer", "minimum": 0}}, strict=False)])
    ok = _request(
        [
            _tool(
                "t",
                {
                    "when": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                },
            )
        ]
    )
    assert _lint(lax) == [] and _lint(ok) == []


def test_output_config_schema_is_linted() -> None:
    body = {
        "model": "m",
        "messages": [],
        "output_config": {
            "format": {
                "type": "json_schema",
                "schema": {
                    "type": "object",
                    "properties": {"n": {"type": "number", "multipleOf": 5}},
                    "required": ["n"],
                },
            }
        },
    }
    assert [f.pointer for f in _lint(body)] == ["/output_config/format/schema/properties/n/multipleOf"]


@pytest.mark.parametrize(
    ("pattern", "bad"),
    [
        (r"^\d{3}-\d{2}$", False),
        (r"^[A-Z]+(?:-[0-9]+)?$", False),
        (r"^\\b$", False),
        (r"(a)\1", True),
        (r"^(?=.*\d).+$", True),
        (r"(?<!x)y", True),
        (r"\bword\b", True),
        (r"(?<n>a)\k<n>", True),
    ],
)
def test_pattern_dialect(pattern: str, bad: bool) -> None:
    assert bad_pattern(pattern) is bad


def test_more_than_twenty_strict_tools() -> None:
    tools = [_tool(f"t{i}", {"x": {"type": "string"}}) for i in range(21)]
    rules = [f.rule for f in _lint(_request(tools))]
    assert rules == ["lint-too-many-strict-tools"]
    assert _lint(_request(tools[:20])) == []


def test_optional_and_union_parameter_limits() -> None:
    props = {f"p{i}": {"type": ["string", "null"]} for i in range(25)}
    found = {f.rule for f in _lint(_request([_tool("t", props, required=[])]))}
    assert found == {"lint-too-many-optional-parameters", "lint-too-many-union-parameters"}
    _, counts = lint_schema(
        {"type": "object", "properties": {"a": {"anyOf": [{"type": "string"}]}, "b": {}}, "required": ["a"]}, "", ""
    )
    assert counts == Counts(optional=1, unions=1)
    assert limit_findings("", 20, [Counts(24, 16)]) == []


def test_public_mcp_tool_list_with_findings_gets_one_more(analyzer: Analyzer) -> None:
    tools = {
        "tools": [
            {
                "name": "find_patient",
                "description": "Find a patient.",
                "inputSchema": {
                    "type": "object",
                    "properties": {"name": {"type": "string", "enum": ["Maria Gonzalez", "Dwayne Okafor"]}},
                },
            }
        ],
        "cacheScope": "public",
    }
    report = scan_document(tools, analyzer=analyzer)
    assert [f.pointer for f in report.warnings if f.rule == "lint-public-cache-scope"] == ["/cacheScope"]
    private = scan_document({**tools, "cacheScope": "private"}, analyzer=analyzer)
    assert not any(f.rule == "lint-public-cache-scope" for f in private.warnings)
    clean = {"tools": [{"name": "ping", "inputSchema": {"type": "object"}}], "cacheScope": "public"}
    assert scan_document(clean, analyzer=analyzer).findings == ()
