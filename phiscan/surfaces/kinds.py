"""Recognise what a document is, and where its schemas and tool texts sit.

Each kind maps a parsed document to `Parts`: the schema roots to walk (with where they are
headed) and the loose strings around them (tool names, descriptions, request metadata).
Kinds are registered in one explicit table, `KINDS`, tried in order by `parts_of`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from phiscan.pointer import join_pointer
from phiscan.surfaces.catalogues import (
    is_agent_card,
    is_discovery,
    is_openrpc,
    is_sk_plugin,
    parts_agent_card,
    parts_discovery,
    parts_openrpc,
    parts_sk_plugin,
)
from phiscan.surfaces.envelopes import (
    REQUEST_KEYS,
    agent_functions,
    envelope_parts,
    holds_documents,
    is_asyncapi,
    parts_agent,
    parts_asyncapi,
    with_held,
)
from phiscan.surfaces.loose import holds_loose_schema, is_schema, loose_parts, with_loose_schemas
from phiscan.surfaces.openapi import is_openapi, parts_openapi
from phiscan.surfaces.parts import Parts, PartsBuilder
from phiscan.surfaces.tools import add_tool, add_tools, is_tool, strict_exposure
from phiscan.types import Exposure, Role, Surface


# ---------------------------------------------------------------- document kinds
def _parts_schema(doc: Any, path: str) -> Parts:
    b = PartsBuilder("schema", path)
    b.schema(doc, "", Exposure.SCHEMA_CACHE)
    return b.done()


def _parts_tool_list(doc: Any, path: str) -> Parts:
    b = PartsBuilder("tools", path)
    add_tools(b, doc, "")
    return b.done()


def _parts_tool(doc: Any, path: str) -> Parts:
    b = PartsBuilder("tool", path)
    add_tool(b, doc, "")
    return b.done()


def _parts_mcp_list(doc: Any, path: str) -> Parts:
    b = PartsBuilder("mcp-tools", path)
    base = ""
    if isinstance(doc.get("result"), dict):  # a JSON-RPC response around the result
        doc, base = doc["result"], "/result"
    add_tools(b, doc.get("tools"), join_pointer(base, "tools"))
    parts = b.done()
    return replace(parts, extra={**parts.extra, "cacheScope": doc.get("cacheScope")})


def _parts_request(doc: Any, path: str) -> Parts:
    b = PartsBuilder("request", path)
    add_tools(b, doc.get("tools"), "/tools")
    add_tools(b, doc.get("functions"), "/functions")  # OpenAI's legacy chat `functions`
    tc = doc.get("toolConfig")  # Bedrock Converse
    if isinstance(tc, dict):
        add_tools(b, tc.get("tools"), "/toolConfig/tools")
    rm = doc.get("requestMetadata")  # Bedrock Converse: kept with the invocation logs
    if isinstance(rm, dict):
        for k, v in rm.items():
            b.strings(v, join_pointer("/requestMetadata", k), Role.METADATA, Exposure.METADATA, (k,))
    oc = doc.get("output_config")
    if isinstance(oc, dict) and isinstance(oc.get("format"), dict):
        b.schema(oc["format"].get("schema"), "/output_config/format/schema", Exposure.SCHEMA_CACHE)
    of = doc.get("output_format")
    if isinstance(of, dict):
        b.schema(of.get("schema"), "/output_format/schema", Exposure.SCHEMA_CACHE)
    vf = doc.get("responseFormat")  # the Vercel AI SDK's call options: `{type: "json", name, description, schema}`
    if isinstance(vf, dict) and vf.get("type") == "json":
        b.text(vf.get("name"), "/responseFormat/name", Role.TOOL_NAME, Exposure.SCHEMA_CACHE)
        b.text(vf.get("description"), "/responseFormat/description", Role.DESCRIPTION, Exposure.SCHEMA_CACHE)
        b.schema(vf.get("schema"), "/responseFormat/schema", Exposure.SCHEMA_CACHE)
    rf = doc.get("response_format")
    if isinstance(rf, dict) and isinstance(rf.get("json_schema"), dict):
        js = rf["json_schema"]
        exp = strict_exposure(js.get("strict"), default=True)
        b.text(js.get("name"), "/response_format/json_schema/name", Role.TOOL_NAME, exp)
        b.text(js.get("description"), "/response_format/json_schema/description", Role.DESCRIPTION, exp)
        b.schema(js.get("schema"), "/response_format/json_schema/schema", exp)
    text = doc.get("text")
    if isinstance(text, dict) and isinstance(text.get("format"), dict):
        fmt = text["format"]
        exp = strict_exposure(fmt.get("strict"), default=True)
        b.text(fmt.get("name"), "/text/format/name", Role.TOOL_NAME, exp)
        b.schema(fmt.get("schema"), "/text/format/schema", exp)
    gc = doc.get("generationConfig") or doc.get("generation_config")
    gkey = "generationConfig" if "generationConfig" in doc else "generation_config"
    if isinstance(gc, dict):
        for key in ("responseSchema", "responseJsonSchema", "response_schema", "response_json_schema"):
            b.schema(gc.get(key), join_pointer("", gkey, key), Exposure.SCHEMA_CACHE)
    md = doc.get("metadata")
    if isinstance(md, dict):  # Anthropic's `user_id`; OpenAI keeps any key with stored completions and responses
        for k, v in md.items():
            b.strings(v, join_pointer("/metadata", k), Role.METADATA, Exposure.METADATA, (k,))
    for field in ("user", "safety_identifier"):  # OpenAI's end-user identifiers, sent like metadata.user_id
        b.text(doc.get(field), join_pointer("", field), Role.METADATA, Exposure.METADATA)
    from phiscan.surfaces.messages import request_file_texts

    for ptr, role, exposure, raw, context in request_file_texts(doc):
        b.surfaces.append(Surface(path, ptr, role, exposure, raw, context))
    return b.done()


def _looks_like_request(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    if "messages" in doc or "contents" in doc or ("input" in doc and "model" in doc):  # `contents`: Gemini
        return True
    if isinstance(doc.get("prompt"), list) and any(k in doc for k in ("tools", "responseFormat", "model")):
        return True  # the AI SDK's call options
    if isinstance(doc.get("tools"), list) and ("model" in doc or "max_tokens" in doc):
        return True
    return any(k in doc for k in REQUEST_KEYS)


def _parts_embedded(doc: Any, path: str) -> Parts:
    roots, surfaces = loose_parts(doc, path)
    return Parts("embedded", roots, surfaces)


def _tool_list(tools: Any) -> bool:
    """A list of tools, however little of one each has; a list of wrappers (Haystack's `{"type": ...,
    "data": tool}`) is searched as an envelope instead, so the tools inside are read as tools."""
    if not isinstance(tools, list):
        return False
    head = [t for t in tools[:16] if isinstance(t, dict)]
    wrapped = any(isinstance(v, dict) and is_tool(v) for t in head for v in t.values())
    return not wrapped or any(is_tool(t) for t in head)


Detector = Callable[[Any], bool]
TakeApart = Callable[[Any, str], Parts]

# name -> (does this document look like it, how to take it apart); tried in order
KINDS: dict[str, tuple[Detector, TakeApart]] = {
    # (the version string: an agent's tool `{"type": "openapi", "openapi": {...}}` holds a description, is none)
    "openapi": (is_openapi, parts_openapi),
    "asyncapi": (is_asyncapi, parts_asyncapi),
    "discovery": (is_discovery, parts_discovery),
    "openrpc": (is_openrpc, parts_openrpc),
    "mcp-tools": (
        lambda d: (
            isinstance(d, dict)
            and (
                _tool_list(d.get("tools"))
                or (isinstance(d.get("result"), dict) and _tool_list(d["result"].get("tools")))
            )
            and not _looks_like_request(d)
        ),
        lambda d, path: with_held(_parts_mcp_list(d, path), path, KINDS),
    ),
    "request": (_looks_like_request, lambda d, path: with_held(_parts_request(d, path), path, KINDS)),
    # (after tools and requests: a document with both keeps them read)
    "a2a-card": (is_agent_card, parts_agent_card),
    "sk-plugin": (is_sk_plugin, parts_sk_plugin),
    "bedrock-agent": (lambda d: agent_functions(d) is not None, parts_agent),
    "tools": (
        lambda d: isinstance(d, list) and bool(d) and any(is_tool(t) for t in d),
        lambda d, path: with_held(_parts_tool_list(d, path), path, KINDS),
    ),
    "tool": (lambda d: is_tool(d), lambda d, path: with_held(_parts_tool(d, path), path, KINDS)),
    "schema": (is_schema, _parts_schema),
    # a batch file, a realtime event, an assistant: the requests or tools inside, wherever they sit
    "envelope": (lambda d: holds_documents(d, KINDS), lambda d, path: envelope_parts(d, path, KINDS)),
    # any other document: the schemas inside it, found by their own marks (`phiscan.surfaces.loose`)
    "embedded": (holds_loose_schema, _parts_embedded),
}


def detect_kind(doc: Any) -> str | None:
    """The name of the kind `parts_of` takes `doc` apart as, or None."""
    parts = parts_of(doc, "")
    return parts.kind if parts is not None else None


def parts_of(doc: Any, path: str, kind: str | None = None) -> Parts | None:
    """Take `doc` apart as `kind` (detected when None); None when it is no known kind.  A detected kind that
    finds nothing gives way to the next that recognises `doc`, and what it leaves unread is searched for
    schemas (`phiscan.surfaces.loose`)."""
    if kind is not None:
        if not isinstance(doc, dict) and not (kind in ("tools", "envelope", "embedded") and isinstance(doc, list)):
            return None  # (a kind forced on what cannot be one: a note says it was skipped)
        parts = KINDS[kind][1](doc, path)
        return parts if kind == "embedded" else with_loose_schemas(parts, doc, path)  # (embedded's are all loose)
    first: Parts | None = None
    for name, (looks, take_apart) in KINDS.items():
        if (isinstance(doc, dict) or name in ("tools", "envelope", "embedded")) and looks(doc):
            parts = take_apart(doc, path)
            if name == "embedded":  # its roots are all the loose schemas there are; none read is no document
                if first is not None:
                    return with_loose_schemas(first, doc, path)
                return parts if parts.roots or parts.surfaces else None
            if first is not None and first.kind == "request" and (parts.roots or parts.surfaces):
                # a request stays a request (its features are checked), with what the later kind found in it
                return with_loose_schemas(
                    replace(parts, kind=first.kind, extra={**parts.extra, **first.extra}), doc, path
                )
            if parts.roots or parts.surfaces:
                return with_loose_schemas(parts, doc, path)
            first = first or parts  # (a request without tools is still a request, to check as one)
    return with_loose_schemas(first, doc, path) if first is not None else None


def surfaces_of_parts(parts: Parts, doc: Any, path: str) -> Iterator[Surface]:
    """Every surface of a document: loose ones first, then each schema walked."""
    from phiscan.surfaces.walk import walk_schema

    yield from parts.surfaces
    yield from walk_schema(doc, parts.roots, path)
