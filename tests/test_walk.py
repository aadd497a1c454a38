"""The schema walk: every role, every place a subschema hides, refs followed safely."""

from __future__ import annotations

from typing import Any

from phiscan.pointer import resolve_pointer
from phiscan.surfaces.kinds import detect_kind, parts_of, surfaces_of_parts
from phiscan.surfaces.walk import SchemaRoot, walk_schema
from phiscan.types import Exposure, Role


def surfaces(doc: Any) -> dict[str, Role]:
    return {s.pointer: s.role for s in walk_schema(doc, [SchemaRoot("", Exposure.SCHEMA_CACHE)], "f.json")}


def test_each_role_is_reported_at_its_pointer() -> None:
    doc = {
        "title": "T",
        "description": "D",
        "$comment": "C",
        "x-note": "X",
        "properties": {
            "a/b": {
                "enum": ["e0", 7, None],
                "const": "k",
                "pattern": "^p$",
                "default": "d",
                "examples": ["x0", {"nested": "x1"}],
            }
        },
        "patternProperties": {"^k$": {}},
    }
    assert surfaces(doc) == {
        "/title": Role.TITLE,
        "/description": Role.DESCRIPTION,
        "/$comment": Role.METADATA,
        "/x-note": Role.METADATA,
        "/properties/a~1b": Role.PROPERTY_NAME,
        "/properties/a~1b/enum/0": Role.ENUM,
        "/properties/a~1b/enum/1": Role.ENUM,
        "/properties/a~1b/const": Role.CONST,
        "/properties/a~1b/pattern": Role.PATTERN,
        "/properties/a~1b/default": Role.DEFAULT,
        "/properties/a~1b/examples/0": Role.EXAMPLES,
        "/properties/a~1b/examples/1/nested": Role.EXAMPLES,
        "/patternProperties/^k$": Role.PATTERN_PROPERTY,
    }


def test_every_subschema_keyword_is_walked() -> None:
    def leaf() -> dict[str, str]:
        return {"const": "v"}

    doc = {
        "additionalProperties": leaf(),
        "items": [leaf()],
        "prefixItems": [leaf()],
        "contains": leaf(),
        "not": leaf(),
        "allOf": [leaf()],
        "anyOf": [leaf()],
        "oneOf": [leaf()],
        "if": leaf(),
        "then": leaf(),
        "else": leaf(),
        "dependentSchemas": {"d": leaf()},
        "propertyNames": leaf(),
        "unevaluatedItems": leaf(),
        "unevaluatedProperties": leaf(),
        "$defs": {"x": leaf()},
        "definitions": {"y": leaf()},
        "dependencies": {"z": leaf()},
    }
    found = set(surfaces(doc))
    for where in (
        "/additionalProperties",
        "/items/0",
        "/prefixItems/0",
        "/contains",
        "/not",
        "/allOf/0",
        "/anyOf/0",
        "/oneOf/0",
        "/if",
        "/then",
        "/else",
        "/dependentSchemas/d",
        "/propertyNames",
        "/unevaluatedItems",
        "/unevaluatedProperties",
        "/$defs/x",
        "/definitions/y",
        "/dependencies/z",
    ):
        assert where + "/const" in found


def test_local_refs_are_followed_where_the_walk_would_not_go_and_cycles_end() -> None:
    doc = {
        "tools": [{"input_schema": {"$ref": "#/shared/person"}}],
        "shared": {"person": {"properties": {"self": {"$ref": "#/shared/person"}}, "const": "c"}},
    }
    found = {s.pointer for s in walk_schema(doc, [SchemaRoot("/tools/0/input_schema", Exposure.SCHEMA_CACHE)], "")}
    assert found == {"/shared/person/properties/self", "/shared/person/const"}


def test_remote_and_missing_refs_are_ignored() -> None:
    doc = {"properties": {"a": {"$ref": "https://127.0.0.1:9/x.json"}, "b": {"$ref": "#/nope"}}}
    assert set(surfaces(doc)) == {"/properties/a", "/properties/b"}


def test_shared_objects_are_walked_once() -> None:
    leaf = {"const": "v"}
    doc = {"allOf": [leaf] * 1000}
    assert len(surfaces(doc)) == 1


def test_deep_nesting_does_not_recurse() -> None:
    doc: dict[str, Any] = {"const": "bottom"}
    for _ in range(20_000):
        doc = {"not": doc}
    assert len(surfaces(doc)) == 1


def test_context_carries_the_two_nearest_property_names() -> None:
    doc = {"properties": {"patient": {"properties": {"member_id": {"const": "X"}}}}}
    (s,) = [s for s in walk_schema(doc, [SchemaRoot("", Exposure.SCHEMA_CACHE)], "") if s.role is Role.CONST]
    assert s.context == ("patient", "member_id")


def test_every_pointer_resolves_to_its_text() -> None:
    doc = {"properties": {"a~b": {"enum": ["x", "y"], "title": "t"}}}
    for s in walk_schema(doc, [SchemaRoot("", Exposure.SCHEMA_CACHE)], ""):
        node = resolve_pointer(doc, s.pointer)
        assert node == s.raw or (s.role is Role.PROPERTY_NAME and s.pointer.endswith("a~0b"))


def test_kinds_are_detected_from_content() -> None:
    assert detect_kind({"$schema": "https://json-schema.org/draft/2020-12/schema"}) == "schema"
    assert detect_kind({"type": "object"}) == "schema"
    assert detect_kind([{"name": "t", "input_schema": {}}]) == "tools"
    assert detect_kind({"name": "t", "inputSchema": {}}) == "tool"
    assert detect_kind({"tools": [{"name": "t", "inputSchema": {}}]}) == "mcp-tools"
    assert detect_kind({"model": "m", "messages": [], "tools": []}) == "request"
    assert detect_kind({"openapi": "3.1.0"}) == "openapi"
    assert detect_kind({"services": {"web": {}}}) is None


def test_strict_tools_travel_to_the_schema_cache_and_others_to_the_prompt() -> None:
    doc = {
        "model": "m",
        "messages": [],
        "tools": [
            {"name": "a", "strict": True, "input_schema": {"properties": {"p": {}}}},
            {"name": "b", "input_schema": {"properties": {"q": {}}}},
        ],
        "output_config": {"format": {"type": "json_schema", "schema": {"properties": {"r": {}}}}},
        "metadata": {"user_id": "u"},
    }
    parts = parts_of(doc, "r.json")
    assert parts is not None
    got = {s.pointer: (s.role, s.exposure) for s in surfaces_of_parts(parts, doc, "r.json")}
    assert got["/tools/0/name"] == (Role.TOOL_NAME, Exposure.SCHEMA_CACHE)
    assert got["/tools/0/input_schema/properties/p"] == (Role.PROPERTY_NAME, Exposure.SCHEMA_CACHE)
    assert got["/tools/1/input_schema/properties/q"] == (Role.PROPERTY_NAME, Exposure.PROMPT)
    assert got["/output_config/format/schema/properties/r"] == (Role.PROPERTY_NAME, Exposure.SCHEMA_CACHE)
    assert got["/metadata/user_id"] == (Role.METADATA, Exposure.METADATA)
