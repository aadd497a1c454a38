"""Tool definitions of every provider (Anthropic, OpenAI chat and Responses, Gemini, MCP, Bedrock, Cohere v1,
Docker's MCP registry), agent framework (OpenAI Agents SDK, Semantic Kernel, Julep) and voice-agent platform
(`calltools`): where each keeps its name, description and schemas, and whether the schema is strict."""

from __future__ import annotations

import re
from typing import Any

from phiscan.pointer import join_pointer
from phiscan.surfaces.calltools import add_call_tool, is_call_tool
from phiscan.surfaces.parts import PartsBuilder
from phiscan.types import Exposure, Role


def strict_exposure(strict: Any, default: bool = False) -> Exposure:
    on = default if strict is None else strict is True
    return Exposure.SCHEMA_CACHE if on else Exposure.PROMPT


def _is_anthropic_tool(t: Any) -> bool:
    return isinstance(t, dict) and isinstance(t.get("name"), str) and "input_schema" in t


def _is_openai_chat_tool(t: Any) -> bool:
    return isinstance(t, dict) and t.get("type") == "function" and isinstance(t.get("function"), dict)


def _is_openai_flat_tool(t: Any) -> bool:
    return isinstance(t, dict) and t.get("type") == "function" and "parameters" in t and "name" in t


def _is_mcp_tool(t: Any) -> bool:
    return isinstance(t, dict) and isinstance(t.get("name"), str) and "inputSchema" in t


def _is_vscode_tool(t: Any) -> bool:  # `contributes.languageModelTools`: a tool without arguments has no schema
    return isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(t.get("modelDescription"), str)


def _is_docker_tool(t: Any) -> bool:
    return isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(t.get("arguments"), list)


# Gemini's REST API takes camelCase and its SDKs' JSON snake_case: both reach the model
_GEMINI_DECLS = ("functionDeclarations", "function_declarations")
_GEMINI_SCHEMAS = (
    "parameters", "parametersJsonSchema", "parameters_json_schema",
    "response", "responseJsonSchema", "response_json_schema",
)  # fmt: skip


def _gemini_decls(t: Any) -> tuple[str, list[Any]] | None:
    if isinstance(t, dict):
        for key in _GEMINI_DECLS:
            if isinstance(t.get(key), list):
                return key, t[key]
    return None


def _is_cohere_tool(t: Any) -> bool:
    """Cohere's Chat API v1 tool: `{name, description, parameter_definitions: {name: {description, type}}}`."""
    return isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(t.get("parameter_definitions"), dict)


# a tool whose JSON schema sits beside its name under its SDK's own key -> the key of its strictness, and its
# default: the OpenAI Agents SDK's FunctionTool (strict by default), Pydantic AI's ToolDefinition, and
# LlamaIndex's ToolMetadata as dumped (`fn_schema`)
_FLAT_SCHEMAS = {
    "params_json_schema": ("strict_json_schema", True),
    "parameters_json_schema": ("strict", False),
    "fn_schema": ("strict", False),
}


def _flat_schema(t: Any) -> str | None:
    """The key of a flat tool's schema: `{name, description, <key>: {...}}`, or None."""
    if not (isinstance(t, dict) and isinstance(t.get("name"), str)):
        return None
    return next((key for key in _FLAT_SCHEMAS if isinstance(t.get(key), dict)), None)


_SK_MARKS = ("plugin_name", "pluginName", "return_parameter", "returnParameter", "is_prompt", "isPrompt")
_SK_PARAM_MARKS = ("is_required", "isRequired", "default_value", "defaultValue", "schema_data", "type_")


def is_sk_function(t: Any) -> bool:
    """Semantic Kernel's function metadata: `parameters` a list of `{name, description, default_value, schema}`."""
    if not (isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(params := t.get("parameters"), list)):
        return False
    # its own keys, so a CI pipeline's `parameters: [{name, default}]` is no function
    return any(mark in t for mark in _SK_MARKS) or any(
        isinstance(p, dict) and isinstance(p.get("name"), str) and any(k in p for k in _SK_PARAM_MARKS) for p in params
    )


def _add_sk_function(b: PartsBuilder, t: dict[str, Any], ptr: str) -> None:
    # the .NET SDK's JSON is camelCase, the Python SDK's snake_case
    b.text(t["name"], join_pointer(ptr, "name"), Role.TOOL_NAME, Exposure.PROMPT)
    b.text(t.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    params = [(join_pointer(ptr, "parameters", i), p) for i, p in enumerate(t["parameters"]) if isinstance(p, dict)]
    for key in ("return_parameter", "returnParameter"):
        if isinstance(t.get(key), dict):
            params.append((join_pointer(ptr, key), t[key]))
    for here, param in params:
        name = param.get("name")
        context = (name,) if isinstance(name, str) and name else tool_context(t["name"])
        b.text(name, join_pointer(here, "name"), Role.PROPERTY_NAME, Exposure.PROMPT)
        b.text(param.get("description"), join_pointer(here, "description"), Role.DESCRIPTION, Exposure.PROMPT)
        for key in ("default_value", "defaultValue"):
            b.strings(param.get(key), join_pointer(here, key), Role.DEFAULT, Exposure.PROMPT, context)
        for key in ("schema_data", "schema"):
            b.schema(param.get(key), join_pointer(here, key), Exposure.PROMPT, context)


def _is_bedrock_tool(t: Any) -> bool:
    return isinstance(t, dict) and isinstance(t.get("toolSpec"), dict)


def _agent_parameters(params: Any) -> bool:
    """A Bedrock agent function's `parameters`: a map of name -> {description, type, required}, not a schema."""
    return (
        isinstance(params, dict)
        and bool(params)
        and "properties" not in params
        and all(isinstance(v, dict) and isinstance(v.get("type"), str) for v in params.values())
    )


def _add_bedrock(b: PartsBuilder, t: dict[str, Any], ptr: str) -> None:
    """Bedrock Converse's `{"toolSpec": {name, description, inputSchema: {json}}}`."""
    spec, sptr = t["toolSpec"], join_pointer(ptr, "toolSpec")
    exp = strict_exposure(spec.get("strict"))
    b.text(spec.get("name"), join_pointer(sptr, "name"), Role.TOOL_NAME, exp)
    b.text(spec.get("description"), join_pointer(sptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    schema = spec.get("inputSchema")
    if isinstance(schema, dict):
        ctx = tool_context(spec.get("name"))
        b.schema(schema.get("json"), join_pointer(sptr, "inputSchema", "json"), exp, ctx)


def _add_agent_parameters(b: PartsBuilder, params: dict[str, Any], ptr: str) -> None:
    for name, detail in params.items():
        here = join_pointer(ptr, name)
        b.text(name, here, Role.PROPERTY_NAME, Exposure.PROMPT)
        b.text(detail.get("description"), join_pointer(here, "description"), Role.DESCRIPTION, Exposure.PROMPT)


def _is_gemini_decl(t: Any) -> bool:
    """A bare function declaration: Gemini's, or the legacy OpenAI `functions` entry of the same shape."""
    return (
        isinstance(t, dict)
        and isinstance(t.get("name"), str)
        and "type" not in t
        and any(isinstance(t.get(k), dict) for k in _GEMINI_SCHEMAS)
    )


def _add_gemini_decl(b: PartsBuilder, decl: dict[str, Any], ptr: str) -> None:
    b.text(decl.get("name"), join_pointer(ptr, "name"), Role.TOOL_NAME, Exposure.PROMPT)
    b.text(decl.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    if _agent_parameters(decl.get("parameters")):  # a Bedrock agent's function, same outline
        _add_agent_parameters(b, decl["parameters"], join_pointer(ptr, "parameters"))
        return
    for key in _GEMINI_SCHEMAS:
        b.schema(decl.get(key), join_pointer(ptr, key), Exposure.PROMPT, tool_context(decl["name"]))


_HOLDS_A_VALUE = re.compile(r"\d{4}")


def tool_context(name: object) -> tuple[str, ...]:
    """A tool's name as the context of its parameters: it says what they are about, unless it holds a value
    of its own (`lookup_dob_1941_01_01`), whose label names that value and not the parameters."""
    return (name,) if isinstance(name, str) and not _HOLDS_A_VALUE.search(name) else ()


def _add_flat(b: PartsBuilder, t: dict[str, Any], ptr: str, schema: str, exp: Exposure) -> None:
    """A tool whose name, description and schema sit side by side."""
    b.text(t.get("name"), join_pointer(ptr, "name"), Role.TOOL_NAME, exp)
    b.text(t.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    b.schema(t.get(schema), join_pointer(ptr, schema), exp, tool_context(t.get("name")))


def _add_function(b: PartsBuilder, fn: dict[str, Any], ptr: str, exp: Exposure, name: object = None) -> None:
    """A function definition (OpenAI's `{name, description, parameters}`); `name`, the tool's when it has none."""
    b.text(fn.get("name"), join_pointer(ptr, "name"), Role.TOOL_NAME, exp)
    b.text(fn.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    b.schema(fn.get("parameters"), join_pointer(ptr, "parameters"), exp, tool_context(fn.get("name", name)))


def add_tool(b: PartsBuilder, t: dict[str, Any], ptr: str) -> None:
    """One tool definition of any provider, at `ptr`."""
    kind = t.get("type")
    if kind in _HELD_TOOLS and isinstance(held := t.get(kind), dict):
        _add_held(b, held, join_pointer(ptr, kind))
        return
    if _is_openai_chat_tool(t):
        exp = strict_exposure(t["function"].get("strict"))
        _add_function(b, t["function"], join_pointer(ptr, "function"), exp, t.get("name"))
        for field, role in (("name", Role.TOOL_NAME), ("description", Role.TOOL_DESCRIPTION)):  # Julep's, beside it
            if t.get(field) != t["function"].get(field):  # (once, when both say the same)
                b.text(t.get(field), join_pointer(ptr, field), role, exp if field == "name" else Exposure.PROMPT)
        return
    if _is_openai_flat_tool(t):  # the Responses API's, strict by default
        _add_flat(b, t, ptr, "parameters", strict_exposure(t.get("strict"), default=True))
        return
    if _is_bedrock_tool(t):
        _add_bedrock(b, t, ptr)
        return
    if (key := _flat_schema(t)) is not None:
        flag, default = _FLAT_SCHEMAS[key]
        _add_flat(b, t, ptr, key, strict_exposure(t.get(flag), default=default))
        return
    if is_sk_function(t):
        _add_sk_function(b, t, ptr)
        return
    if (held := _gemini_decls(t)) is not None:
        key, decls = held
        for i, decl in enumerate(decls):
            if _is_gemini_decl(decl):
                _add_gemini_decl(b, decl, join_pointer(ptr, key, i))
        return
    if _is_gemini_decl(t):
        _add_gemini_decl(b, t, ptr)
        return
    if is_call_tool(t):
        add_call_tool(b, t, ptr, tool_context)
        return
    exp, name = strict_exposure(t.get("strict")), t.get("name")
    tool_ctx = tool_context(name)
    b.text(name, join_pointer(ptr, "name"), Role.TOOL_NAME, exp)
    for key in ("description", "modelDescription", "userDescription", "displayName"):  # VS Code's model reads the 2nd
        b.label(t.get(key), join_pointer(ptr, key), Role.TOOL_DESCRIPTION, Exposure.PROMPT, name)
    if "input_schema" in t:
        b.schema(t["input_schema"], join_pointer(ptr, "input_schema"), exp, tool_ctx)
        b.strings(t.get("input_examples"), join_pointer(ptr, "input_examples"), Role.EXAMPLES, exp)
    if "inputSchema" in t or "outputSchema" in t:  # MCP; and VS Code's `languageModelTools` contribution
        b.label(t.get("title"), join_pointer(ptr, "title"), Role.TITLE, Exposure.PROMPT, name)
        b.schema(t.get("inputSchema"), join_pointer(ptr, "inputSchema"), exp, tool_ctx)
        b.schema(t.get("outputSchema"), join_pointer(ptr, "outputSchema"), exp, tool_ctx)
        if isinstance(ann := t.get("annotations"), dict):
            b.label(ann.get("title"), join_pointer(ptr, "annotations", "title"), Role.METADATA, Exposure.METADATA, name)
    if _agent_parameters(t.get("parameter_definitions")):  # Cohere v1: a Bedrock agent's outline
        _add_agent_parameters(b, t["parameter_definitions"], join_pointer(ptr, "parameter_definitions"))
    if isinstance(t.get("arguments"), list):  # Docker MCP registry format
        for i, arg in enumerate(t["arguments"]):
            if isinstance(arg, dict):
                aptr = join_pointer(ptr, "arguments", i)
                b.text(arg.get("name"), join_pointer(aptr, "name"), Role.PROPERTY_NAME, exp)
                b.text(arg.get("desc"), join_pointer(aptr, "desc"), Role.DESCRIPTION, exp)


_HELD_TOOLS = frozenset({"openapi", "azure_function"})  # `{"type": "openapi", "openapi": {...}}`


def _add_held(b: PartsBuilder, held: dict[str, Any], ptr: str) -> None:
    """Azure AI agents' tools: an OpenAPI tool's name and description reach the model and its spec is the
    OpenAPI description it is; an Azure Function tool holds a function definition."""
    fn = held.get("function")
    fn, fptr = (fn, join_pointer(ptr, "function")) if isinstance(fn, dict) else (held, ptr)
    _add_function(b, fn, fptr, Exposure.PROMPT)
    b.hold(held.get("spec"), join_pointer(ptr, "spec"), "openapi")


def is_tool(t: Any) -> bool:
    return any(
        f(t)
        for f in (
            _is_anthropic_tool,
            _is_openai_chat_tool,
            _is_openai_flat_tool,
            _is_mcp_tool,
            _is_vscode_tool,
            _is_docker_tool,
            _is_gemini_decl,
            _gemini_decls,
            _is_bedrock_tool,
            _is_cohere_tool,
            lambda t: _flat_schema(t) is not None,
            is_call_tool,
            is_sk_function,
        )
    )


def add_tools(b: PartsBuilder, tools: Any, ptr: str) -> None:
    """A list of tools, or the Vercel AI SDK's map of name -> `{description, inputSchema | parameters}`."""
    if isinstance(tools, dict):
        for name, t in tools.items():
            if isinstance(t, dict) and any(k in t for k in ("inputSchema", "parameters", "description")):
                here = join_pointer(ptr, name)
                b.text(name, here, Role.TOOL_NAME, Exposure.PROMPT)
                b.text(t.get("description"), join_pointer(here, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
                for key in ("inputSchema", "parameters"):
                    b.schema(t.get(key), join_pointer(here, key), strict_exposure(t.get("strict")), tool_context(name))
    if isinstance(tools, list):
        for i, t in enumerate(tools):
            if isinstance(t, dict):
                add_tool(b, t, join_pointer(ptr, i))
