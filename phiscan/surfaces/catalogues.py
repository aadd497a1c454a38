"""Documents that list what an agent or an API can do, for a model to choose from: A2A Agent Cards, Semantic
Kernel plugins and Google API Discovery documents.

- An A2A Agent Card (https://a2a-protocol.org, `AgentCard`) names an agent and its `skills`. A client agent
  offers a remote agent to its model as a tool: the card's and each skill's name and description are the tool's,
  and a skill's `examples` are sample requests, all sent as prompt.
- A Semantic Kernel plugin (`{name, description, functions}`, as its SDKs serialise `KernelPlugin`) is offered
  to the model as its functions, each named `<plugin>-<function>`.
- A Google API Discovery document (`"kind": "discovery#restDescription"`,
  https://developers.google.com/discovery/v1/reference/apis) keeps its JSON schemas under `schemas` and its
  methods under `resources` (nested): a method is a tool where agents call the API, its `parameters` JSON schemas.
- An OpenRPC document (https://spec.open-rpc.org, `{"openrpc": "1.x", "methods": [...]}`) describes a JSON-RPC
  API as OpenAPI does a REST one: each method (a tool where agents call it) has `params` and a `result`, content
  descriptors of a name, a description and a JSON `schema`, and `examples` of their values.
"""

from __future__ import annotations

from typing import Any

from phiscan.pointer import join_pointer
from phiscan.surfaces.parts import Parts, PartsBuilder
from phiscan.surfaces.tools import add_tools, is_sk_function
from phiscan.types import Exposure, Role

_PROMPT, _CACHE = Exposure.PROMPT, Exposure.SCHEMA_CACHE
_CARD_MARKS = ("protocolVersion", "capabilities", "defaultInputModes", "defaultOutputModes", "preferredTransport")


def is_agent_card(doc: Any) -> bool:
    """An A2A Agent Card: a name, a list of skills, and a field only cards have."""
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("name"), str)
        and isinstance(doc.get("skills"), list)
        and any(mark in doc for mark in _CARD_MARKS)
    )


def parts_agent_card(doc: dict[str, Any], path: str) -> Parts:
    b = PartsBuilder("a2a-card", path)
    b.text(doc.get("name"), "/name", Role.TOOL_NAME, _PROMPT)
    b.text(doc.get("description"), "/description", Role.TOOL_DESCRIPTION, _PROMPT)
    skills = doc.get("skills")  # (a kind forced on another document has none)
    for i, skill in enumerate(skills if isinstance(skills, list) else ()):
        if not isinstance(skill, dict):
            continue
        here = join_pointer("/skills", i)
        for field in ("id", "name"):
            b.text(skill.get(field), join_pointer(here, field), Role.TOOL_NAME, _PROMPT)
        b.text(skill.get("description"), join_pointer(here, "description"), Role.TOOL_DESCRIPTION, _PROMPT)
        b.strings(skill.get("examples"), join_pointer(here, "examples"), Role.EXAMPLES, _PROMPT)
        b.strings(skill.get("tags"), join_pointer(here, "tags"), Role.METADATA, _PROMPT)
    return b.done()


def is_sk_plugin(doc: Any) -> bool:
    return (
        isinstance(doc, dict) and isinstance(doc.get("functions"), list) and any(map(is_sk_function, doc["functions"]))
    )


def parts_sk_plugin(doc: dict[str, Any], path: str) -> Parts:
    b = PartsBuilder("sk-plugin", path)
    b.text(doc.get("name"), "/name", Role.TOOL_NAME, _PROMPT)
    b.text(doc.get("description"), "/description", Role.TOOL_DESCRIPTION, _PROMPT)
    add_tools(b, doc.get("functions"), "/functions")
    return b.done()


def is_discovery(doc: Any) -> bool:
    return isinstance(doc, dict) and (doc.get("kind") == "discovery#restDescription" or "discoveryVersion" in doc)


def parts_discovery(doc: dict[str, Any], path: str) -> Parts:
    b = PartsBuilder("discovery", path)
    schemas = doc.get("schemas")
    if isinstance(schemas, dict):
        for name, schema in schemas.items():
            b.schema(schema, join_pointer("/schemas", name), _CACHE)
    _parameters(b, doc.get("parameters"), "/parameters")
    # resources hold methods and resources, to any depth: walked without recursion, every one read
    stack: list[tuple[dict[str, Any], str]] = [(doc, "")]
    while stack:
        node, ptr = stack.pop()
        methods = node.get("methods")
        if isinstance(methods, dict):
            for name, method in methods.items():
                if isinstance(method, dict):
                    _method(b, method, join_pointer(ptr, "methods", name))
        resources = node.get("resources")
        if isinstance(resources, dict):
            for name, resource in resources.items():
                if isinstance(resource, dict):
                    stack.append((resource, join_pointer(ptr, "resources", name)))
    return b.done()


def _method(b: PartsBuilder, method: dict[str, Any], ptr: str) -> None:
    b.text(method.get("id"), join_pointer(ptr, "id"), Role.TOOL_NAME, _PROMPT)
    b.text(method.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, _PROMPT)
    _parameters(b, method.get("parameters"), join_pointer(ptr, "parameters"))


def _parameters(b: PartsBuilder, params: Any, ptr: str) -> None:
    """Discovery parameters: a map of name -> JSON schema (with `location`)."""
    if isinstance(params, dict):
        for name, schema in params.items():
            here = join_pointer(ptr, name)
            b.text(name, here, Role.PROPERTY_NAME, _CACHE)
            b.schema(schema, here, _CACHE, (name,))


def is_openrpc(doc: Any) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("openrpc"), str) and isinstance(doc.get("methods"), list)


def parts_openrpc(doc: dict[str, Any], path: str) -> Parts:
    b = PartsBuilder("openrpc", path)
    for i, method in enumerate(doc.get("methods") or ()):
        if not isinstance(method, dict):
            continue
        here = join_pointer("/methods", i)
        b.text(method.get("name"), join_pointer(here, "name"), Role.TOOL_NAME, _PROMPT)
        for field in ("summary", "description"):
            b.text(method.get(field), join_pointer(here, field), Role.TOOL_DESCRIPTION, _PROMPT)
        params = method.get("params")
        for j, param in enumerate(params if isinstance(params, list) else ()):
            _descriptor(b, param, join_pointer(here, "params", j))
        _descriptor(b, method.get("result"), join_pointer(here, "result"))
        examples = method.get("examples")
        pairs = examples.items() if isinstance(examples, dict) else enumerate(examples or ())
        for j, pairing in pairs if isinstance(examples, (dict, list)) else ():
            _pairing(b, pairing, join_pointer(here, "examples", j))
        _notes(b, method, here)
    components = doc.get("components")
    if isinstance(components, dict):
        _notes(b, components, "/components")
        for section in ("schemas", "contentDescriptors", "examples", "examplePairings"):
            held = components.get(section)
            for name, item in held.items() if isinstance(held, dict) else ():
                here = join_pointer("/components", section, name)
                b.text(name, here, Role.PROPERTY_NAME, _CACHE)  # a component's own name, scanned (and masked)
                if section == "schemas":
                    b.schema(item, here, _CACHE)
                elif section == "contentDescriptors":
                    _descriptor(b, item, here)
                elif section == "examples":
                    _example(b, item, here, (name,))
                else:
                    _pairing(b, item, here)
    return b.done()


def _example(b: PartsBuilder, item: Any, ptr: str, context: tuple[str, ...]) -> None:
    """An Example object: `{name, summary, description, value}`, its value read under the name it is for."""
    if isinstance(item, dict):
        name = item.get("name")
        ctx = (name,) if isinstance(name, str) else context
        for field in ("summary", "description", "externalValue"):
            b.text(item.get(field), join_pointer(ptr, field), Role.DESCRIPTION, _PROMPT)
        b.strings(item.get("value"), join_pointer(ptr, "value"), Role.EXAMPLES, _PROMPT, ctx)


def _pairing(b: PartsBuilder, pairing: Any, ptr: str) -> None:
    """An example pairing: its params' and result's values, each under its parameter's name."""
    if not isinstance(pairing, dict):
        return
    for field in ("name", "summary", "description"):
        b.text(pairing.get(field), join_pointer(ptr, field), Role.DESCRIPTION, _PROMPT)
    params = pairing.get("params")
    for k, example in enumerate(params if isinstance(params, list) else ()):
        _example(b, example, join_pointer(ptr, "params", k), ())
    _example(b, pairing.get("result"), join_pointer(ptr, "result"), ())


def _notes(b: PartsBuilder, node: dict[str, Any], ptr: str) -> None:
    """Errors (their messages and data), links (their params) and tags of a method or of `components`."""
    for section in ("errors", "links", "tags"):
        held = node.get(section)
        items = held.items() if isinstance(held, dict) else enumerate(held) if isinstance(held, list) else ()
        for key, item in items:
            if isinstance(item, dict):
                here = join_pointer(ptr, section, key)
                for field in ("message", "summary", "description"):
                    b.text(item.get(field), join_pointer(here, field), Role.DESCRIPTION, _PROMPT)
                for field in ("data", "params"):
                    b.strings(item.get(field), join_pointer(here, field), Role.EXAMPLES, _PROMPT)


def _descriptor(b: PartsBuilder, item: Any, ptr: str) -> None:
    """A content descriptor: a parameter's or result's name, its texts and its JSON schema."""
    if not isinstance(item, dict):
        return
    name = item.get("name")
    b.text(name, join_pointer(ptr, "name"), Role.PROPERTY_NAME, _CACHE)
    for field in ("summary", "description"):
        b.text(item.get(field), join_pointer(ptr, field), Role.DESCRIPTION, _CACHE)
    b.schema(item.get("schema"), join_pointer(ptr, "schema"), _CACHE, (name,) if isinstance(name, str) else ())
