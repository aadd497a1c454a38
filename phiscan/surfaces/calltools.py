"""Tools a voice-agent platform calls over HTTP for the model, defined with the agent or the call: Retell's custom
tools (`general_tools`, a state's `tools`: `{type: "custom", name, description, url, parameters}`) and Ultravox's
temporary and durable tools (`{modelToolName, description, dynamicParameters: [{name, location, schema}], http}`);
and any platform's tool written as a name, a description and an object's schema side by side, whatever its key.
Their names, descriptions and parameter schemas reach the model as any tool's do.
Shapes: https://docs.retellai.com/api-references/create-retell-llm, https://docs.ultravox.ai/tools/custom/http-vs-client-tools
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from phiscan.pointer import join_pointer
from phiscan.surfaces.loose import JSON_TYPES
from phiscan.surfaces.parts import PartsBuilder
from phiscan.types import Exposure, Role

_ULTRAVOX_MARKS = ("dynamicParameters", "description", "http", "client")


def _object_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "object" or isinstance(schema.get("properties"), dict))


# a schema's own types: a schema with a `name` and a `parameters` keyword is still a schema, walked as one
_NOT_TOOL_TYPES = JSON_TYPES | {"function"}


def _typed_tool(t: Any) -> bool:
    """A tool of a `type` other than a function's (`custom`) whose `parameters` is an object's JSON Schema, or
    Retell's custom tool without parameters (its webhook's `url` beside its name)."""
    if not (isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(t.get("type"), str)):
        return False
    if t["type"] in _NOT_TOOL_TYPES or "properties" in t or "$schema" in t:
        return False
    return _object_schema(t.get("parameters")) or (t["type"] == "custom" and isinstance(t.get("url"), str))


def _schema_keys(t: dict[str, Any]) -> list[str]:
    """The keys of `t` that hold an object's JSON Schema by their name (`parameters`, `body_parameters`,
    `input_schema`, `argsSchema`)."""
    return [k for k, v in t.items() if k.lower().endswith(("parameters", "schema")) and _object_schema(v)]


# a schema's, an OpenAPI parameter's or a request's keys, and those of the tools `tools.add_tool` reads whole (an MCP
# tool's `annotations` and `outputSchema`, an Anthropic tool's `input_examples`)
_NOT_DESCRIBED = ("properties", "$schema", "in", "messages", "input_schema", "inputSchema", "outputSchema")


def _described_tool(t: Any) -> bool:
    """A tool as any platform writes one: a name, a description and an object's JSON Schema side by side, whatever
    the schema's key (Telnyx's webhook tool's `body_parameters`, an `args_schema`); not a schema itself, nor an
    OpenAPI parameter (`in`) or a structured output's format (`strict` beside a bare `schema`)."""
    if not (isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(t.get("description"), str)):
        return False
    if t.get("type") in _NOT_TOOL_TYPES or any(k in t for k in _NOT_DESCRIBED):
        return False
    keys = _schema_keys(t)
    return bool(keys) and not (keys == ["schema"] and "strict" in t)


def _ultravox_tool(t: Any) -> bool:
    return isinstance(t, dict) and isinstance(t.get("modelToolName"), str) and any(k in t for k in _ULTRAVOX_MARKS)


def is_call_tool(t: Any) -> bool:
    return _typed_tool(t) or _ultravox_tool(t) or _described_tool(t)


def add_call_tool(
    b: PartsBuilder, t: dict[str, Any], ptr: str, tool_context: Callable[[object], tuple[str, ...]]
) -> None:
    """`t`'s name, description and schemas; `tool_context` is what a tool's name says about its parameters."""
    name_key = "modelToolName" if _ultravox_tool(t) else "name"
    name = t[name_key]
    b.text(name, join_pointer(ptr, name_key), Role.TOOL_NAME, Exposure.PROMPT)
    # Retell's words said while the tool runs are the model's to say
    for key in ("description", "execution_message_description"):
        b.text(t.get(key), join_pointer(ptr, key), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    if name_key == "name":
        for key in _schema_keys(t):
            b.schema(t[key], join_pointer(ptr, key), Exposure.PROMPT, tool_context(name))
        return
    params = t.get("dynamicParameters")
    for i, param in enumerate(params if isinstance(params, list) else []):
        if isinstance(param, dict):  # each parameter's own name says what its schema holds
            here, own = join_pointer(ptr, "dynamicParameters", i), param.get("name")
            b.text(own, join_pointer(here, "name"), Role.PROPERTY_NAME, Exposure.PROMPT)
            context = (own,) if isinstance(own, str) and own else tool_context(name)
            b.schema(param.get("schema"), join_pointer(here, "schema"), Exposure.PROMPT, context)
