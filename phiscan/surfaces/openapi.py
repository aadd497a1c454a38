"""OpenAPI (3.x) and Swagger (2.0) descriptions: where their schemas, parameters, examples and notes sit, and
their operations, which agents call as tools (Bedrock action groups, GPT actions, Azure agents' OpenAPI tools)."""

from __future__ import annotations

import re
from typing import Any

from phiscan.pointer import join_pointer
from phiscan.surfaces.parts import Parts, PartsBuilder
from phiscan.types import Exposure, Role


def is_openapi(doc: Any) -> bool:
    return isinstance(doc, dict) and _version(doc.get("openapi", doc.get("swagger")))


_MAINTAINER = re.compile(
    r"x-(?:[\w-]*[-_])?(?:contact|maintainer|owner|author|team|support)s?(?:[-_](?:name|email|url|info))?",
    re.IGNORECASE,
)


# the document's own fields in OpenAPI 3.x and Swagger 2.0 (`x-*` are extensions): any other key at its root holds
# content the specifications do not place, read as the document's metadata rather than passed over
_FIELDS = frozenset(
    {"openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags"}
    | {"externalDocs", "swagger", "host", "basePath", "schemes", "consumes", "produces", "definitions"}
    | {"parameters", "responses", "securityDefinitions"}
)


def _extensions(b: PartsBuilder, node: Any, ptr: str, fields: frozenset[str] | None = None) -> None:
    """`x-*` extension values of an OpenAPI object (the document, its `info`, a path, an operation): sample
    records and notes live there, read with their key as context; with `fields`, also any key not among them."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str):
                continue
            # who maintains the API is its `info.contact`, however a vendor spells it: not a finding
            extension = key.startswith("x-") and not _MAINTAINER.fullmatch(key)
            if extension or (fields is not None and key not in fields and not key.startswith("x-")):
                b.strings(value, join_pointer(ptr, key), Role.METADATA, Exposure.METADATA, (key,))


def parts_openapi(doc: Any, path: str) -> Parts:
    b = PartsBuilder("openapi", path)
    _extensions(b, doc, "", _FIELDS)
    _extensions(b, doc.get("info"), "/info")
    comps = doc.get("components")
    if isinstance(comps, dict):
        for section in ("schemas", "parameters", "requestBodies", "responses", "headers"):
            sec = comps.get(section)
            if isinstance(sec, dict):
                for name, item in sec.items():
                    _openapi_item(b, item, join_pointer("/components", section, name), section)
        # Example objects, shared through `$ref`: real specs keep their sample patient here
        b.strings(comps.get("examples"), "/components/examples", Role.EXAMPLES, Exposure.SCHEMA_CACHE)
    defs = doc.get("definitions")  # Swagger 2
    if isinstance(defs, dict):
        for name, item in defs.items():
            b.schema(item, join_pointer("/definitions", name), Exposure.SCHEMA_CACHE)
    for section in ("parameters", "responses"):  # Swagger 2's shared parameters and responses
        shared = doc.get(section)
        if isinstance(shared, dict):
            for name, item in shared.items():
                _openapi_item(b, item, join_pointer("", section, name), section)
    for routes in ("paths", "webhooks"):  # (OpenAPI 3.1's webhooks are path items too)
        if isinstance(doc.get(routes), dict):
            for route, ops in doc[routes].items():
                if isinstance(ops, dict):
                    _path_item(b, ops, join_pointer("", routes, route))
    return b.done()


def _path_item(b: PartsBuilder, ops: dict[str, Any], ptr: str) -> None:
    _extensions(b, ops, ptr)
    for method, op in ops.items():
        if method == "parameters" and isinstance(op, list):  # shared by the path's operations
            for i, p in enumerate(op):
                _openapi_item(b, p, join_pointer(ptr, "parameters", i), "parameters")
        elif isinstance(op, dict) and not str(method).startswith("x-"):
            _extensions(b, op, join_pointer(ptr, method))
            _openapi_operation(b, op, join_pointer(ptr, method))


def _openapi_operation(b: PartsBuilder, op: dict[str, Any], ptr: str) -> None:
    # an operation is a tool where agents call APIs from their specs (Bedrock action groups, GPT actions): its
    # operationId is the tool's name and its summary and description the tool's description, sent as prompt
    b.text(op.get("operationId"), join_pointer(ptr, "operationId"), Role.TOOL_NAME, Exposure.PROMPT)
    b.text(op.get("summary"), join_pointer(ptr, "summary"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    b.text(op.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    if isinstance(op.get("parameters"), list):
        for i, p in enumerate(op["parameters"]):
            _openapi_item(b, p, join_pointer(ptr, "parameters", i), "parameters")
    _openapi_item(b, op.get("requestBody"), join_pointer(ptr, "requestBody"), "requestBodies")
    responses = op.get("responses")
    if isinstance(responses, dict):
        for code, resp in responses.items():
            _openapi_item(b, resp, join_pointer(ptr, "responses", code), "responses")


# a Swagger 2.0 parameter's or header's schema keywords sit in it, beside `in` and `name`
_INLINE = (("default", Role.DEFAULT), ("enum", Role.ENUM), ("pattern", Role.PATTERN), ("x-example", Role.EXAMPLES))


def _openapi_item(b: PartsBuilder, item: Any, ptr: str, section: str, label: str = "") -> None:
    """A component or an operation's part; `label`, a header's name, says what it holds."""
    if not isinstance(item, dict):
        return
    exp = Exposure.SCHEMA_CACHE
    if section == "schemas":
        b.schema(item, ptr, exp)
        return
    context: tuple[str, ...] = (label,) if label else ()
    if section == "parameters" and isinstance(item.get("name"), str):
        context = (item["name"],)
        b.text(item["name"], join_pointer(ptr, "name"), Role.PROPERTY_NAME, exp)
    if section in ("parameters", "headers"):
        b.text(item.get("description"), join_pointer(ptr, "description"), Role.DESCRIPTION, exp)
        b.strings(item.get("example"), join_pointer(ptr, "example"), Role.EXAMPLES, exp, context)
        b.strings(item.get("examples"), join_pointer(ptr, "examples"), Role.EXAMPLES, exp, context)
        _extensions(b, {k: v for k, v in item.items() if k != "x-example"}, ptr)
        if "schema" not in item and "content" not in item:
            for key, role in _INLINE:
                b.strings(item.get(key), join_pointer(ptr, key), role, exp, context)
            b.schema(item.get("items"), join_pointer(ptr, "items"), exp, context)
    b.schema(item.get("schema"), join_pointer(ptr, "schema"), exp, context)
    content = item.get("content")
    if isinstance(content, dict):
        for media, body in content.items():
            if isinstance(body, dict):
                here = join_pointer(ptr, "content", media)
                b.schema(body.get("schema"), join_pointer(here, "schema"), exp)
                b.strings(body.get("example"), join_pointer(here, "example"), Role.EXAMPLES, exp)
                b.strings(body.get("examples"), join_pointer(here, "examples"), Role.EXAMPLES, exp)
    headers = item.get("headers")
    if section == "responses" and isinstance(headers, dict):
        for name, header in headers.items():
            _openapi_item(b, header, join_pointer(ptr, "headers", name), "headers", str(name))


def _version(value: Any) -> bool:
    """An OpenAPI version: a string, or the number YAML makes of an unquoted `swagger: 2.0` or `openapi: 3.1`."""
    return isinstance(value, str) or (isinstance(value, (int, float)) and not isinstance(value, bool))
