"""Documents that carry requests, tool lists or schemas inside an envelope, and event APIs' schemas.

Batch files hold whole requests (Anthropic Message Batches: `requests[].params`; an OpenAI Batch line:
`body`), realtime events hold a session's tools (`session.update`: `session.tools`), and an assistant or an
agent definition holds its tools beside its own fields.  Whatever the envelope, the request or tool list inside
is what the API compiles and caches, so it is found wherever it sits (a few levels down) and taken apart as
itself.  AsyncAPI documents (2.x and 3.x) describe messages whose payloads are JSON Schemas, as OpenAPI's
bodies are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from phiscan.pointer import join_pointer
from phiscan.surfaces.loose import nodes_inside
from phiscan.surfaces.parts import Parts, PartsBuilder, shifted
from phiscan.surfaces.tools import add_tools, is_tool
from phiscan.types import Exposure, Role

# `targetConfiguration` / `mcp` / `lambda` / `toolSchema` / `inlinePayload` (a Bedrock AgentCore gateway target):
# deeper than every envelope we know, and bounded (each container is visited once)
_DEPTH = 8


def inner_documents(doc: Any, wanted: Callable[[Any, Any], str | None]) -> Iterator[tuple[str, Any, str]]:
    """(pointer, node, kind) of each node below `doc` that `wanted(node, its key)` recognises as a kind,
    outermost first and not looked into further; `doc` itself is not asked."""
    return nodes_inside(doc, wanted, _DEPTH)


def merged(kind: str, found: list[tuple[str, Any, Parts]]) -> Parts:
    """One document's parts from those of each node inside it: (pointer, node, its own parts).  The nodes stay
    in `extra["inner"]`, so a request inside is also checked as the request it is."""
    shifts = [shifted(p, ptr) for ptr, _, p in found]
    extra: dict[str, Any] = {k: v for p in shifts for k, v in p.extra.items()}
    extra["inner"] = tuple(found)
    roots, surfaces = tuple(r for p in shifts for r in p.roots), tuple(s for p in shifts for s in p.surfaces)
    return Parts(kind, roots, surfaces, extra, tuple(r for p in shifts for r in p.read))


def with_held(parts: Parts, path: str, kinds: Kinds) -> Parts:
    """`parts` with the documents its kind found held inside (`PartsBuilder.hold`) taken apart as their kind."""
    held = parts.extra.get("held", ())
    if not held:
        return parts
    shifts = [shifted(kinds[kind][1](node, path), ptr) for ptr, node, kind in held]
    return Parts(
        parts.kind,
        parts.roots + tuple(r for p in shifts for r in p.roots),
        parts.surfaces + tuple(s for p in shifts for s in p.surfaces),
        {k: v for k, v in parts.extra.items() if k != "held"},
        parts.read + tuple(r for p in shifts for r in p.read),
    )


def agent_functions(doc: Any) -> tuple[str, list[Any]] | None:
    """A Bedrock agent action group's function details (`functionSchema.functions`), or the bare holder."""
    if not isinstance(doc, dict) or "messages" in doc:
        return None
    if isinstance(doc.get("functionSchema"), dict) and isinstance(doc["functionSchema"].get("functions"), list):
        return "/functionSchema/functions", doc["functionSchema"]["functions"]
    if isinstance(doc.get("functions"), list) and any(is_tool(f) for f in doc["functions"]):
        return "/functions", doc["functions"]
    return None


def parts_agent(doc: Any, path: str) -> Parts:
    b = PartsBuilder("bedrock-agent", path)
    held = agent_functions(doc)
    if held is not None:
        b.text(doc.get("actionGroupName"), "/actionGroupName", Role.TOOL_NAME, Exposure.PROMPT)
        b.text(doc.get("description"), "/description", Role.TOOL_DESCRIPTION, Exposure.PROMPT)
        add_tools(b, held[1], held[0])
    return b.done()


# keys only a request body has: Anthropic, OpenAI, Gemini (both spellings) and Bedrock Converse
REQUEST_KEYS = (
    "output_config", "output_format", "response_format", "generationConfig", "generation_config", "toolConfig",
)  # fmt: skip
# a key one of the kinds has (a data file's records have none: they are passed over at the cost of a set test)
_HINTS = frozenset(
    {"openapi", "swagger", "asyncapi", "tools", "result", "functions", "functionSchema", "name", "modelToolName"}
)
_HINTS |= frozenset({"messages", "contents", "input", "toolSpec", "functionDeclarations", *REQUEST_KEYS})
_HOLDERS = frozenset({"params", "body", "session", "request"})  # where envelopes put a request without `model`
_INNER = ("openapi", "asyncapi", "mcp-tools", "request", "bedrock-agent", "tools", "tool")  # not a bare schema
Kinds = Mapping[str, tuple[Callable[[Any], bool], Callable[[Any, str], Parts]]]


def _inner_kind(node: Any, key: Any, kinds: Kinds) -> str | None:
    if isinstance(node, dict) and _HINTS.isdisjoint(node):
        return None
    if isinstance(node, list) and not any(isinstance(t, dict) and is_tool(t) for t in node[:16]):
        return None
    kind = next((k for k in _INNER if kinds[k][0](node)), None)
    # nested, `messages` alone is any chat log's: a request has its model, or sits where envelopes put one
    return None if kind == "request" and "model" not in node and key not in _HOLDERS else kind


def holds_documents(doc: Any, kinds: Kinds) -> bool:
    """Whether a request, tool list or API description sits a few levels inside `doc`."""
    return next(inner_documents(doc, lambda n, k: _inner_kind(n, k, kinds)), None) is not None


def envelope_parts(doc: Any, path: str, kinds: Kinds) -> Parts:
    """The parts of every request, tool list or API description inside `doc`, as themselves."""
    found = inner_documents(doc, lambda n, k: _inner_kind(n, k, kinds))
    return merged("envelope", [(ptr, node, kinds[kind][1](node, path)) for ptr, node, kind in found])


def is_asyncapi(doc: Any) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("asyncapi"), str)


def parts_asyncapi(doc: Any, path: str) -> Parts:
    """Message payloads and headers, shared schemas, and the texts of operations and messages."""
    b = PartsBuilder("asyncapi", path)
    if not isinstance(doc, dict):  # forced on a list (`--kind asyncapi`): nothing of it is there
        return b.done()
    comps = doc.get("components")
    if isinstance(comps, dict):
        for section in ("schemas", "messageTraits"):
            sec = comps.get(section)
            if isinstance(sec, dict):
                for name, item in sec.items():
                    here = join_pointer("/components", section, name)
                    _message(b, item, here) if section == "messageTraits" else b.schema(item, here, _CACHE)
        messages = comps.get("messages")
        if isinstance(messages, dict):
            for name, msg in messages.items():
                _message(b, msg, join_pointer("/components/messages", name))
    channels = doc.get("channels")
    if isinstance(channels, dict):
        for name, channel in channels.items():
            if not isinstance(channel, dict):
                continue
            here = join_pointer("/channels", name)
            b.text(channel.get("description"), join_pointer(here, "description"), Role.DESCRIPTION, _CACHE)
            _parameters(b, channel.get("parameters"), join_pointer(here, "parameters"))
            for op in ("publish", "subscribe"):  # AsyncAPI 2
                if isinstance(channel.get(op), dict):
                    _operation(b, channel[op], join_pointer(here, op))
            msgs = channel.get("messages")  # AsyncAPI 3
            if isinstance(msgs, dict):
                for mname, msg in msgs.items():
                    _message(b, msg, join_pointer(here, "messages", mname))
    ops = doc.get("operations")  # AsyncAPI 3
    if isinstance(ops, dict):
        for name, op in ops.items():
            if isinstance(op, dict):
                _operation(b, op, join_pointer("/operations", name))
    return b.done()


_CACHE = Exposure.SCHEMA_CACHE


def _operation(b: PartsBuilder, op: dict[str, Any], ptr: str) -> None:
    # as an OpenAPI operation: its id is a tool's name where agents call it, its summary the tool's description
    b.text(op.get("operationId"), join_pointer(ptr, "operationId"), Role.TOOL_NAME, Exposure.PROMPT)
    b.text(op.get("summary"), join_pointer(ptr, "summary"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    b.text(op.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    msg = op.get("message")
    if isinstance(msg, dict) and isinstance(msg.get("oneOf"), list):
        for i, one in enumerate(msg["oneOf"]):
            _message(b, one, join_pointer(ptr, "message", "oneOf", i))
    else:
        _message(b, msg, join_pointer(ptr, "message"))
    msgs = op.get("messages")
    if isinstance(msgs, list):
        for i, one in enumerate(msgs):
            _message(b, one, join_pointer(ptr, "messages", i))


def _message(b: PartsBuilder, msg: Any, ptr: str) -> None:
    if not isinstance(msg, dict):
        return
    for key, role in (("name", Role.TOOL_NAME), ("title", Role.TITLE), ("summary", Role.DESCRIPTION)):
        b.text(msg.get(key), join_pointer(ptr, key), role, _CACHE)
    b.text(msg.get("description"), join_pointer(ptr, "description"), Role.DESCRIPTION, _CACHE)
    for key in ("payload", "headers"):
        b.schema(msg.get(key), join_pointer(ptr, key), _CACHE)
    b.strings(msg.get("examples"), join_pointer(ptr, "examples"), Role.EXAMPLES, _CACHE)


def _parameters(b: PartsBuilder, params: Any, ptr: str) -> None:
    if isinstance(params, dict):
        for name, p in params.items():
            if isinstance(p, dict):
                b.text(name, join_pointer(ptr, name), Role.PROPERTY_NAME, _CACHE)
                b.text(p.get("description"), join_pointer(ptr, name, "description"), Role.DESCRIPTION, _CACHE)
                b.schema(p.get("schema"), join_pointer(ptr, name, "schema"), _CACHE, (name,))
