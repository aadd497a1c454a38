"""The schema walk: every role, every place a subschema hides, refs followed safely."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phiscan.pointer import pointer_tokens, resolve_pointer
from phiscan.surfaces.kinds import detect_kind, parts_of, surfaces_of_parts
from phiscan.surfaces.walk import SchemaRoot, scalar_text, schema_keywords, walk_schema
from phiscan.types import KEY_ROLES, Exposure, Role, Surface


def walk(doc: Any, exposure: Exposure = Exposure.SCHEMA_CACHE) -> list[Surface]:
    return list(walk_schema(doc, [SchemaRoot("", exposure)], "f.json"))


def surfaces(doc: Any) -> dict[str, Role]:
    return {s.pointer: s.role for s in walk(doc)}


def pairs(doc: Any) -> set[tuple[str, Role]]:
    """(pointer, role) of every surface: a key and its value can share a pointer (`/x-note`)."""
    return {(s.pointer, s.role) for s in walk(doc)}


def check_surface(doc: Any, s: Surface) -> None:
    """The pointer leads back to the text: to the value itself, or for a key role to the entry the key names."""
    node = resolve_pointer(doc, s.pointer)
    if s.role in KEY_ROLES:
        assert pointer_tokens(s.pointer)[-1] == s.raw, s
    else:
        assert scalar_text(node) == s.raw, s


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
    assert pairs(doc) == {
        ("/title", Role.TITLE),
        ("/description", Role.DESCRIPTION),
        ("/$comment", Role.METADATA),
        ("/x-note", Role.PROPERTY_NAME),  # an extension's name is not a keyword: it is read as a key
        ("/x-note", Role.METADATA),
        ("/properties/a~1b", Role.PROPERTY_NAME),
        ("/properties/a~1b/enum/0", Role.ENUM),
        ("/properties/a~1b/enum/1", Role.ENUM),
        ("/properties/a~1b/const", Role.CONST),
        ("/properties/a~1b/pattern", Role.PATTERN),
        ("/properties/a~1b/default", Role.DEFAULT),
        ("/properties/a~1b/examples/0", Role.EXAMPLES),
        ("/properties/a~1b/examples/1/nested", Role.PROPERTY_NAME),  # the key of an example object
        ("/properties/a~1b/examples/1/nested", Role.EXAMPLES),
        ("/patternProperties/^k$", Role.PATTERN_PROPERTY),
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
    # the target is walked once although reached twice; a `$ref` that resolves only repeats keys read there
    assert found == {
        "/shared/person/properties/self",
        "/shared/person/const",
    }


def test_remote_and_missing_refs_are_read_as_text_and_never_followed() -> None:
    doc = {"properties": {"a": {"$ref": "https://127.0.0.1:9/x.json"}, "b": {"$ref": "#/nope"}}}
    assert pairs(doc) == {
        ("/properties/a", Role.PROPERTY_NAME),
        ("/properties/a/$ref", Role.METADATA),
        ("/properties/b", Role.PROPERTY_NAME),
        ("/properties/b/$ref", Role.METADATA),
    }


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


# ---------------------------------------------------------------- every string of the cached schema (issue 12)
SSN = "078-05-1120"
NAME = "Maria Gonzalez"
NAME_KEY = "maria_gonzalez_dob"

# (schema, pointer, role, text): a schema with an SSN or a name in one place the walk used to skip
NEWLY_READ: dict[str, tuple[dict[str, Any], str, Role, str]] = {
    "$id": ({"$id": f"urn:patient:{SSN}"}, "/$id", Role.METADATA, f"urn:patient:{SSN}"),
    "id (draft 4)": ({"id": f"patients/{SSN}.json"}, "/id", Role.METADATA, f"patients/{SSN}.json"),
    "$anchor": ({"$anchor": f"p-{SSN}"}, "/$anchor", Role.METADATA, f"p-{SSN}"),
    "$dynamicAnchor": ({"$dynamicAnchor": NAME_KEY}, "/$dynamicAnchor", Role.METADATA, NAME_KEY),
    "local $ref": ({"$ref": f"#/$defs/{NAME_KEY}"}, "/$ref", Role.METADATA, f"#/$defs/{NAME_KEY}"),
    "remote $ref": (
        {"$ref": f"https://127.0.0.1:9/{SSN}.json"},
        "/$ref",
        Role.METADATA,
        f"https://127.0.0.1:9/{SSN}.json",
    ),
    "$dynamicRef": ({"$dynamicRef": f"#{NAME_KEY}"}, "/$dynamicRef", Role.METADATA, f"#{NAME_KEY}"),
    "$recursiveRef": ({"$recursiveRef": f"#{SSN}"}, "/$recursiveRef", Role.METADATA, f"#{SSN}"),
    "$comment": ({"$comment": f"for {NAME}"}, "/$comment", Role.METADATA, f"for {NAME}"),
    "required entry": ({"required": ["mrn", SSN]}, "/required/1", Role.METADATA, SSN),
    "dependentRequired key": (
        {"dependentRequired": {NAME_KEY: ["mrn"]}},
        f"/dependentRequired/{NAME_KEY}",
        Role.PROPERTY_NAME,
        NAME_KEY,
    ),
    "dependentRequired name": (
        {"dependentRequired": {"mrn": ["dob", SSN]}},
        "/dependentRequired/mrn/1",
        Role.METADATA,
        SSN,
    ),
    "dependencies key (names)": ({"dependencies": {SSN: ["mrn"]}}, f"/dependencies/{SSN}", Role.PROPERTY_NAME, SSN),
    "dependencies key (schema)": (
        {"dependencies": {NAME_KEY: {"required": ["mrn"]}}},
        f"/dependencies/{NAME_KEY}",
        Role.PROPERTY_NAME,
        NAME_KEY,
    ),
    "dependencies name": ({"dependencies": {"mrn": [SSN]}}, "/dependencies/mrn/0", Role.METADATA, SSN),
    "propertyOrdering": ({"propertyOrdering": ["mrn", NAME_KEY]}, "/propertyOrdering/1", Role.METADATA, NAME_KEY),
    "format": ({"format": SSN}, "/format", Role.METADATA, SSN),
    "contentMediaType": (
        {"contentMediaType": f"application/x-{SSN}"},
        "/contentMediaType",
        Role.METADATA,
        f"application/x-{SSN}",
    ),
    "contentEncoding": ({"contentEncoding": SSN}, "/contentEncoding", Role.METADATA, SSN),
    "type, not a type name": ({"type": ["string", SSN]}, "/type/1", Role.METADATA, SSN),
    "discriminator.propertyName": (
        {"discriminator": {"propertyName": NAME_KEY}},
        "/discriminator/propertyName",
        Role.METADATA,
        NAME_KEY,
    ),
    "discriminator.mapping key": (
        {"discriminator": {"propertyName": "kind", "mapping": {SSN: "#/$defs/a"}}},
        f"/discriminator/mapping/{SSN}",
        Role.PROPERTY_NAME,
        SSN,
    ),
    "discriminator.mapping value": (
        {"discriminator": {"mapping": {"a": f"#/$defs/{NAME_KEY}"}}},
        "/discriminator/mapping/a",
        Role.METADATA,
        f"#/$defs/{NAME_KEY}",
    ),
    "discriminator (Swagger 2)": ({"discriminator": NAME_KEY}, "/discriminator", Role.METADATA, NAME_KEY),
    "xml.name": ({"xml": {"name": NAME_KEY, "wrapped": True}}, "/xml/name", Role.METADATA, NAME_KEY),
    "xml.namespace": ({"xml": {"namespace": f"urn:{SSN}"}}, "/xml/namespace", Role.METADATA, f"urn:{SSN}"),
    "externalDocs.url": ({"externalDocs": {"url": f"urn:{SSN}"}}, "/externalDocs/url", Role.METADATA, f"urn:{SSN}"),
    "externalDocs.description": (
        {"externalDocs": {"description": f"for {NAME}"}},
        "/externalDocs/description",
        Role.DESCRIPTION,
        f"for {NAME}",
    ),
    "x-enum-varnames": ({"x-enum-varnames": ["ACTIVE", SSN]}, "/x-enum-varnames/1", Role.ENUM, SSN),
    "x-enumNames": ({"x-enumNames": [NAME]}, "/x-enumNames/0", Role.ENUM, NAME),
    "x-enum-descriptions": (
        {"x-enum-descriptions": [f"for {NAME}"]},
        "/x-enum-descriptions/0",
        Role.ENUM,
        f"for {NAME}",
    ),
    "x- string": ({"x-owner": NAME}, "/x-owner", Role.METADATA, NAME),
    "x- name": ({f"x-{NAME_KEY}": True}, f"/x-{NAME_KEY}", Role.PROPERTY_NAME, f"x-{NAME_KEY}"),
    "x- object key": ({"x-meta": {SSN: 1}}, f"/x-meta/{SSN}", Role.PROPERTY_NAME, SSN),
    "unknown keyword name": ({NAME_KEY: {"type": "string"}}, f"/{NAME_KEY}", Role.PROPERTY_NAME, NAME_KEY),
    "unknown keyword object": (
        {"errorMessage": {"required": f"for {NAME}"}},
        "/errorMessage/required",
        Role.METADATA,
        f"for {NAME}",
    ),
    "$vocabulary key": (
        {"$vocabulary": {f"urn:{SSN}": True}},
        f"/$vocabulary/urn:{SSN}",
        Role.PROPERTY_NAME,
        f"urn:{SSN}",
    ),
    "example object key": ({"examples": [{SSN: "x"}]}, f"/examples/0/{SSN}", Role.PROPERTY_NAME, SSN),
    "default object key": ({"default": {NAME_KEY: 1}}, f"/default/{NAME_KEY}", Role.PROPERTY_NAME, NAME_KEY),
    "enum object member": ({"enum": [{"who": NAME}]}, "/enum/0/who", Role.ENUM, NAME),
    "const object key": ({"const": {SSN: True}}, f"/const/{SSN}", Role.PROPERTY_NAME, SSN),
    "title, not a string": ({"title": ["t", NAME]}, "/title/1", Role.METADATA, NAME),
    "description, an object": ({"description": {"en": f"for {NAME}"}}, "/description/en", Role.METADATA, f"for {NAME}"),
    "minLength, text": ({"minLength": SSN}, "/minLength", Role.METADATA, SSN),
    "not, text": ({"not": SSN}, "/not", Role.METADATA, SSN),
    "allOf, text member": ({"allOf": [{"const": "c"}, SSN]}, "/allOf/1", Role.METADATA, SSN),
    "allOf, one object": ({"allOf": {"const": SSN}}, "/allOf/const", Role.CONST, SSN),
    "properties, text value": ({"properties": {"a": SSN}}, "/properties/a", Role.METADATA, SSN),
    "properties, a list": ({"properties": ["a", SSN]}, "/properties/1", Role.METADATA, SSN),
    "x-phiscan-ignore value": ({"x-phiscan-ignore": [SSN]}, "/x-phiscan-ignore/0", Role.METADATA, SSN),
}


@pytest.mark.parametrize("exposure", [Exposure.SCHEMA_CACHE, Exposure.PROMPT])
@pytest.mark.parametrize("where", list(NEWLY_READ))
def test_each_newly_read_place_yields_its_text_at_its_pointer(where: str, exposure: Exposure) -> None:
    schema, pointer, role, text = NEWLY_READ[where]
    nested = {"type": "object", "properties": {"patient": schema}}  # the same place one level down
    for doc, prefix in ((schema, ""), (nested, "/properties/patient")):
        found = walk(doc, exposure)
        assert (prefix + pointer, role, text) in {(s.pointer, s.role, s.raw) for s in found}
        for s in found:
            check_surface(doc, s)
            assert s.exposure is exposure  # the exposure of the schema the text is in
        if prefix:
            (s,) = [s for s in found if s.pointer == prefix + pointer and s.role is role]
            assert s.context == _CONTEXT.get(where, ("patient",))


# An unknown keyword's own name follows the keys above (an `x-` extension that is a note about the schema, such as
# `x-dicom-tag`, has its own name alone)
_CONTEXT = {
    "x-enum-varnames": ("patient", "x-enum-varnames"),
    "x-enumNames": ("patient", "x-enumNames"),
    "x-enum-descriptions": ("patient", "x-enum-descriptions"),
    "x- string": ("patient", "x-owner"),
    "x- object key": ("patient", "x-meta"),
    "unknown keyword object": ("patient", "errorMessage"),
}


def test_an_extension_that_is_about_the_schema_does_not_take_the_property_as_its_context() -> None:
    doc = {"type": "object", "properties": {"PatientID": {"type": "string", "x-dicom-tag": "00100020"}}}
    found = walk(doc, Exposure.SCHEMA_CACHE)
    (tag,) = [s for s in found if s.pointer == "/properties/PatientID/x-dicom-tag" and s.role is Role.METADATA]
    assert tag.context == ("x-dicom-tag",)


@pytest.mark.parametrize("extension", ["x-placeholder", "x-prefill", "x-fixture", "x-demo", "x-hint", "x-seed"])
def test_an_extension_that_holds_a_value_of_the_property_keeps_its_key(extension: str) -> None:
    doc = {"type": "object", "properties": {"ssn": {"type": "string", extension: "412678831"}}}
    (value,) = [
        s for s in walk(doc, Exposure.SCHEMA_CACHE) if s.pointer.endswith(extension) and s.role is Role.METADATA
    ]
    assert value.context == ("ssn", extension)


def test_vocabulary_and_keyword_names_are_not_read() -> None:
    doc = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": ["object", "null"],
        "required": ["ssn"],
        "minProperties": 1,
        "nullable": True,
        "readOnly": False,
        "properties": {
            "ssn": {"type": "STRING", "format": "int64", "minLength": 9, "maxLength": 11, "deprecated": True},
            "dob": {"type": "string", "format": "date-time"},
            "photo": {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"},
            "card": {"type": "string", "contentMediaType": "Application/JSON", "contentEncoding": "7bit"},
            "mail": {"type": "string", "format": "email"},
            "ids": {"type": "array", "items": {"type": "string", "format": "uuid"}, "uniqueItems": True},
        },
        "additionalProperties": False,
        "discriminator": {"propertyName": "kind"},
        "xml": {"wrapped": True, "attribute": False},
    }
    got = pairs(doc)
    assert got == {
        ("/$schema", Role.METADATA),  # `required` names only defined properties: read where they are defined
        ("/discriminator/propertyName", Role.METADATA),
        *((f"/properties/{p}", Role.PROPERTY_NAME) for p in ("ssn", "dob", "photo", "card", "mail", "ids")),
    }
    keywords = schema_keywords()
    assert {"format", "required", "discriminator", "xml", "x-phiscan-ignore", "minLength", "nullable"} <= keywords
    assert not any(s.raw in keywords for s in walk(doc) if s.role in KEY_ROLES)


def test_a_subschema_under_an_unknown_keyword_is_walked_and_its_name_read() -> None:
    doc = {"type": "object", NAME_KEY: {"type": "string", "const": SSN}, "x-ext": {"const": SSN}}
    assert pairs(doc) == {
        (f"/{NAME_KEY}", Role.PROPERTY_NAME),
        (f"/{NAME_KEY}/const", Role.CONST),  # walked as the subschema it looks like
        ("/x-ext", Role.PROPERTY_NAME),
        ("/x-ext/const", Role.PROPERTY_NAME),  # an extension's value is data: its keys and strings are read
        ("/x-ext/const", Role.METADATA),
    }


def test_a_shared_value_is_read_once_per_exposure() -> None:
    names = [f"n{i}" for i in range(1_000)]
    doc = {"allOf": [{"required": names, "x-enum-varnames": names, "examples": [names]} for _ in range(1_000)]}
    found = [s for s in walk(doc) if s.raw != "x-enum-varnames"]  # the extension's name, once in each schema
    assert len(found) == len(names)  # read where it is first reached: 1,000 strings, not 3,000,000
    assert {s.pointer for s in found} == {f"/allOf/0/required/{i}" for i in range(1_000)}


def test_a_local_ref_is_read_not_resolved_again_and_a_remote_one_never_fetched() -> None:
    doc = {"$defs": {"a": {"const": "c"}}, "properties": {"p": {"$ref": "#/$defs/a"}, "q": {"$ref": "#/$defs/a"}}}
    found = [s.pointer for s in walk(doc)]
    assert found.count("/$defs/a/const") == 1
    assert not {"/properties/p/$ref", "/properties/q/$ref"} & set(found)  # they resolve: their keys are read there
    assert "/$defs/a" in found  # where the name a local reference repeats is read


_places = st.sampled_from(
    [
        "$id",
        "$anchor",
        "$ref",
        "required",
        "dependentRequired",
        "dependencies",
        "format",
        "type",
        "contentMediaType",
        "discriminator",
        "xml",
        "externalDocs",
        "x-enum-varnames",
        "x-ext",
        "not",
        "title",
        "const",
        "examples",
        "mystery",
    ]
)
_texts = st.text(max_size=12) | st.sampled_from(["~", "/", "~1", "0", "", "a/b~c", SSN, NAME, "string", "date-time"])
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | _texts,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(_texts | _places, c, max_size=3),
    max_leaves=12,
)
_schemas = st.recursive(
    st.dictionaries(_places, _values, max_size=4),
    lambda c: st.dictionaries(
        _places | st.just("properties") | st.just("allOf"), c | st.lists(c, max_size=2), max_size=3
    ),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_schemas)
def test_every_new_surface_leads_back_to_its_text(schema: dict[str, Any]) -> None:
    for s in walk(schema):
        check_surface(schema, s)


def test_required_reads_only_names_no_property_defines() -> None:
    doc = {"type": "object", "required": ["ssn", "412-67-8831"], "properties": {"ssn": {"type": "string"}}}
    assert ("/required/1", Role.METADATA) in pairs(doc)
    assert ("/required/0", Role.METADATA) not in pairs(doc)


def test_a_negative_integer_carries_no_identifier() -> None:
    # an ordinal or an offset (`-2250837741010944`): no card, phone or record number is negative
    assert scalar_text(-2250837741010944) is None
    assert scalar_text(2250837741010944) == "2250837741010944"
    assert scalar_text(True) is None
