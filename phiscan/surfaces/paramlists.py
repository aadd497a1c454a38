"""A tool's parameters written as a list of records, one per parameter (`[{"name": ..., "type": ..., ...}]`), as
many agent and automation platforms define them (Dify's tool parameters, a plugin's inputs, an automation's input
fields): each record's name is a property name, and its description, label, default, options and examples are read
as a schema's are.  An OpenAPI parameter (`in`) and a deployment template's (`defaultValue`) are none."""

from __future__ import annotations

from typing import Any

from phiscan.pointer import join_pointer
from phiscan.types import Exposure, Role, Surface

# the last word of a key that holds a tool's parameters (a map of schemas or a list of records)
PARAMETER_WORDS = frozenset({"inputs", "input", "params", "parameters", "arguments", "args"})
# a deployment template's parameters (Azure Resource Manager's, CloudFormation's), which no model is sent
TEMPLATE_WORDS = frozenset({"defaultValue", "allowedValues", "minValue", "maxValue", "Default", "AllowedValues"})
_NAME_KEYS = ("name", "key", "property", "id")
_OPTIONS = frozenset({"options", "choices", "enum", "examples"})
# an OpenAPI parameter's `in`, a deployment template's, a data schema's column (BigQuery's `mode`, Avro's `doc`,
# a Table Schema's `constraints`), and a record that holds a schema (searched for it instead)
_NOT_A_TOOL_S = TEMPLATE_WORDS | {"in", "mode", "doc", "aliases", "constraints"}
_NOT_A_TOOL_S |= {"properties", "items", "$ref", "allOf", "anyOf", "oneOf"}
# what only an LLM tool's parameter record says (Dify's), and what a pipeline's or a data record's holder has
_LLM_MARKS = frozenset({"llm_description", "human_description", "form"})
_NOT_A_TOOL_S_HOLDER = frozenset(
    {"trigger", "stages", "jobs", "steps", "pool", "extends", "primaryKey", "tasks", "mainSteps"}
)
# a parameter record's own keys -> the role of the strings under them (a string, a list of them, a locale's map of
# them, or options of `{value, label}`)
_ROLES = {
    **dict.fromkeys(
        ("description", "llm_description", "human_description", "helpText", "help", "hint"), Role.DESCRIPTION
    ),
    **dict.fromkeys(("label", "title", "displayName"), Role.TITLE),
    **dict.fromkeys(("placeholder", "example", "examples"), Role.EXAMPLES),
    **dict.fromkeys(("default",), Role.DEFAULT),
    **dict.fromkeys(("enum", "options", "choices"), Role.ENUM),
}


def parameter_list(node: Any, last_word: str) -> bool:
    """A list of parameter records under a key for parameters (its `last_word`): each a dict with a name and a type
    written as text, none an OpenAPI parameter nor a deployment template's."""
    return (
        isinstance(node, list)
        and bool(node)
        and last_word in PARAMETER_WORDS
        and all(
            isinstance(m, dict)
            and isinstance(m.get("type"), str)
            and any(isinstance(m.get(k), str) for k in _NAME_KEYS)
            and not _NOT_A_TOOL_S & m.keys()
            and not any(isinstance(k, str) and "schema" in k.lower() for k in m)
            for m in node
        )
    )


def a_tool_s(records: list[Any], holder: Any, tool_text: bool) -> bool:
    """Parameters (records, or a map's members) that are an LLM tool's: one says so (`llm_description`), or their
    holder names or describes a tool (`tool_text`) and is no pipeline's, data record's (`type: record`) or runner's."""
    if any(isinstance(r, dict) and _LLM_MARKS & r.keys() for r in records):
        return True
    plain = isinstance(holder, dict) and not _NOT_A_TOOL_S_HOLDER & holder.keys() and holder.get("type") != "record"
    return plain and tool_text


def parameter_list_texts(node: list[dict[str, Any]], ptr: str, path: str) -> list[Surface]:
    """The surfaces of each parameter record in `node` (at `ptr`), headed where a schema found by its marks is: the
    platform writes the tool's schema from them, and whether it is strict no document says."""
    out: list[Surface] = []
    for i, record in enumerate(node):
        here = join_pointer(ptr, i)
        key = next(k for k in _NAME_KEYS if isinstance(record.get(k), str))
        name = record[key]
        out.append(Surface(path, join_pointer(here, key), Role.PROPERTY_NAME, Exposure.SCHEMA_CACHE, name))
        for field, role in _ROLES.items():
            for at, text in _texts(record.get(field), join_pointer(here, field)):
                out.append(Surface(path, at, role, Exposure.SCHEMA_CACHE, text, (name,)))
    return out


def _texts(value: Any, ptr: str) -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(ptr, value)]
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    out: list[tuple[str, str]] = []
    for k, v in items:
        if isinstance(v, str):
            out.append((join_pointer(ptr, k), v))
        elif isinstance(v, dict) and ptr.rsplit("/", 1)[-1] in _OPTIONS:  # an option's `{value, label}`
            here = join_pointer(ptr, k)  # (its label may be a locale's map)
            for f in ("value", "label", "title"):
                out.extend(_texts(v[f], join_pointer(here, f)) if isinstance(v.get(f), (str, dict)) else ())
    return out
