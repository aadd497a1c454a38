"""Recognise what a document is, and where its schemas and tool texts sit.

Each kind maps a parsed document to `Parts`: the schema roots to walk (with where they are
headed) and the loose strings around them (tool names, descriptions, request metadata).
Kinds are registered in one explicit table, `KINDS`, tried in order by `detect_kind`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from phiscan.surfaces.walk import SchemaRoot, iter_strings, join_pointer
from phiscan.types import Exposure, Role, Surface

_SCHEMA_KEYWORDS = frozenset(
    {
        "properties", "patternProperties", "additionalProperties", "items", "prefixItems",
        "allOf", "anyOf", "oneOf", "$defs", "definitions", "$ref", "enum", "const", "required",
    }
)  # fmt: skip
_JSON_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})


@dataclass(frozen=True, slots=True)
class Parts:
    """What a document holds: schema roots to walk and loose surfaces to scan as they are."""

    kind: str
    roots: tuple[SchemaRoot, ...] = ()
    surfaces: tuple[Surface, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


class _Builder:
    def __init__(self, kind: str, path: str) -> None:
        self.kind = kind
        self.path = path
        self.roots: list[SchemaRoot] = []
        self.surfaces: list[Surface] = []

    def schema(self, doc: Any, pointer: str, exposure: Exposure, context: tuple[str, ...] = ()) -> None:
        if isinstance(doc, dict):
            self.roots.append(SchemaRoot(pointer, exposure, context))

    def text(self, value: Any, pointer: str, role: Role, exposure: Exposure) -> None:
        if isinstance(value, str):
            self.surfaces.append(Surface(self.path, pointer, role, exposure, value))

    def strings(self, value: Any, pointer: str, role: Role, exposure: Exposure, context: tuple[str, ...] = ()
                ) -> None:
        self.surfaces.extend(iter_strings(value, pointer, self.path, role, exposure, context))

    def done(self) -> Parts:
        return Parts(self.kind, tuple(self.roots), tuple(self.surfaces))


def is_schema(doc: Any) -> bool:
    """A dict that looks like a JSON Schema (any draft)."""
    if not isinstance(doc, dict):
        return False
    schema_uri = doc.get("$schema")
    if isinstance(schema_uri, str) and "schema" in schema_uri:
        return True
    kind = doc.get("type")
    if (isinstance(kind, str) and kind in _JSON_TYPES) or (
        isinstance(kind, list) and all(isinstance(k, str) for k in kind) and set(kind) <= _JSON_TYPES
    ):
        return True
    return bool(_SCHEMA_KEYWORDS & doc.keys()) and "openapi" not in doc and "swagger" not in doc


# ---------------------------------------------------------------- tools of each provider
def _strict_exposure(strict: Any, default: bool = False) -> Exposure:
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


def _is_docker_tool(t: Any) -> bool:
    return isinstance(t, dict) and isinstance(t.get("name"), str) and isinstance(t.get("arguments"), list)


def _is_gemini_decl_holder(t: Any) -> bool:
    return isinstance(t, dict) and isinstance(t.get("functionDeclarations"), list)


def _tool(b: _Builder, t: dict[str, Any], ptr: str) -> None:
    """One tool definition of any provider, at `ptr`."""
    if _is_openai_chat_tool(t):
        fn = t["function"]
        exp = _strict_exposure(fn.get("strict"))
        fptr = join_pointer(ptr, "function")
        b.text(fn.get("name"), join_pointer(fptr, "name"), Role.TOOL_NAME, exp)
        b.text(fn.get("description"), join_pointer(fptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
        fctx = (fn["name"],) if isinstance(fn.get("name"), str) else ()
        b.schema(fn.get("parameters"), join_pointer(fptr, "parameters"), exp, fctx)
        return
    if _is_openai_flat_tool(t):
        exp = _strict_exposure(t.get("strict"), default=True)  # Responses API: strict by default
        b.text(t.get("name"), join_pointer(ptr, "name"), Role.TOOL_NAME, exp)
        b.text(t.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
        b.schema(t.get("parameters"), join_pointer(ptr, "parameters"), exp, (str(t.get("name")),))
        return
    if _is_gemini_decl_holder(t):
        for i, decl in enumerate(t["functionDeclarations"]):
            if isinstance(decl, dict):
                dptr = join_pointer(ptr, "functionDeclarations", i)
                b.text(decl.get("name"), join_pointer(dptr, "name"), Role.TOOL_NAME, Exposure.PROMPT)
                b.text(decl.get("description"), join_pointer(dptr, "description"), Role.TOOL_DESCRIPTION,
                       Exposure.PROMPT)
                for key in ("parameters", "parametersJsonSchema", "response", "responseJsonSchema"):
                    b.schema(decl.get(key), join_pointer(dptr, key), Exposure.PROMPT)
        return
    strict = t.get("strict")
    exp = _strict_exposure(strict)
    tool_ctx = (t["name"],) if isinstance(t.get("name"), str) else ()
    b.text(t.get("name"), join_pointer(ptr, "name"), Role.TOOL_NAME, exp)
    b.text(t.get("description"), join_pointer(ptr, "description"), Role.TOOL_DESCRIPTION, Exposure.PROMPT)
    if "input_schema" in t:
        b.schema(t["input_schema"], join_pointer(ptr, "input_schema"), exp, tool_ctx)
        b.strings(t.get("input_examples"), join_pointer(ptr, "input_examples"), Role.EXAMPLES, exp)
    if "inputSchema" in t or "outputSchema" in t:  # MCP
        b.text(t.get("title"), join_pointer(ptr, "title"), Role.TITLE, Exposure.PROMPT)
        b.schema(t.get("inputSchema"), join_pointer(ptr, "inputSchema"), exp, tool_ctx)
        b.schema(t.get("outputSchema"), join_pointer(ptr, "outputSchema"), exp, tool_ctx)
        ann = t.get("annotations")
        if isinstance(ann, dict):
            b.text(ann.get("title"), join_pointer(ptr, "annotations", "title"), Role.METADATA, Exposure.METADATA)
    if isinstance(t.get("arguments"), list):  # Docker MCP registry format
        for i, arg in enumerate(t["arguments"]):
            if isinstance(arg, dict):
                aptr = join_pointer(ptr, "arguments", i)
                b.text(arg.get("name"), join_pointer(aptr, "name"), Role.PROPERTY_NAME, exp)
                b.text(arg.get("desc"), join_pointer(aptr, "desc"), Role.DESCRIPTION, exp)


def _is_tool(t: Any) -> bool:
    return any(
        f(t)
        for f in (_is_anthropic_tool, _is_openai_chat_tool, _is_openai_flat_tool, _is_mcp_tool, _is_docker_tool)
    )


def _tools(b: _Builder, tools: Any, ptr: str) -> None:
    if isinstance(tools, list):
        for i, t in enumerate(tools):
            if isinstance(t, dict):
                _tool(b, t, join_pointer(ptr, i))


# ---------------------------------------------------------------- document kinds
def _parts_schema(doc: Any, path: str) -> Parts:
    b = _Builder("schema", path)
    b.schema(doc, "", Exposure.SCHEMA_CACHE)
    return b.done()


def _parts_tool_list(doc: Any, path: str) -> Parts:
    b = _Builder("tools", path)
    _tools(b, doc, "")
    return b.done()


def _parts_tool(doc: Any, path: str) -> Parts:
    b = _Builder("tool", path)
    _tool(b, doc, "")
    return b.done()


def _parts_mcp_list(doc: Any, path: str) -> Parts:
    b = _Builder("mcp-tools", path)
    base = ""
    if isinstance(doc.get("result"), dict):  # a JSON-RPC response around the result
        doc, base = doc["result"], "/result"
    _tools(b, doc.get("tools"), join_pointer(base, "tools"))
    parts = b.done()
    return Parts(parts.kind, parts.roots, parts.surfaces, {"cacheScope": doc.get("cacheScope")})


def _parts_request(doc: Any, path: str) -> Parts:
    b = _Builder("request", path)
    _tools(b, doc.get("tools"), "/tools")
    oc = doc.get("output_config")
    if isinstance(oc, dict) and isinstance(oc.get("format"), dict):
        b.schema(oc["format"].get("schema"), "/output_config/format/schema", Exposure.SCHEMA_CACHE)
    of = doc.get("output_format")
    if isinstance(of, dict):
        b.schema(of.get("schema"), "/output_format/schema", Exposure.SCHEMA_CACHE)
    rf = doc.get("response_format")
    if isinstance(rf, dict) and isinstance(rf.get("json_schema"), dict):
        js = rf["json_schema"]
        exp = _strict_exposure(js.get("strict"), default=True)
        b.text(js.get("name"), "/response_format/json_schema/name", Role.TOOL_NAME, exp)
        b.text(js.get("description"), "/response_format/json_schema/description", Role.DESCRIPTION, exp)
        b.schema(js.get("schema"), "/response_format/json_schema/schema", exp)
    text = doc.get("text")
    if isinstance(text, dict) and isinstance(text.get("format"), dict):
        fmt = text["format"]
        exp = _strict_exposure(fmt.get("strict"), default=True)
        b.text(fmt.get("name"), "/text/format/name", Role.TOOL_NAME, exp)
        b.schema(fmt.get("schema"), "/text/format/schema", exp)
    gc = doc.get("generationConfig") or doc.get("generation_config")
    gkey = "generationConfig" if "generationConfig" in doc else "generation_config"
    if isinstance(gc, dict):
        for key in ("responseSchema", "responseJsonSchema", "response_schema", "response_json_schema"):
            b.schema(gc.get(key), join_pointer("", gkey, key), Exposure.SCHEMA_CACHE)
    md = doc.get("metadata")
    if isinstance(md, dict):
        b.text(md.get("user_id"), "/metadata/user_id", Role.METADATA, Exposure.METADATA)
    for ptr, role, exposure, raw, context in request_file_texts(doc):
        b.surfaces.append(Surface(path, ptr, role, exposure, raw, context))
    return b.done()


_FILE_NAME_KEYS = frozenset({"filename", "file_name"})
_TOKEN_KEYS = frozenset({"authorization_token", "access_token", "api_key", "token", "bearer_token"})


def _url_file_name(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path.rsplit("/", 1)[-1])


def request_file_texts(doc: dict[str, Any]) -> Iterator[tuple[str, Role, Exposure, str, tuple[str, ...]]]:
    """File names and metadata that travel with message content, and MCP server tokens.

    Document blocks' `title` (a file name) and `context`, any `filename`, the file name at the
    end of a URL source, and `mcp_servers[].authorization_token` (and similar token fields,
    keyed by their name so the secret detectors see it).  Yields (pointer, role, exposure, text, context).
    """
    stack: list[tuple[Any, str]] = [(doc[k], "/" + k) for k in ("messages", "input", "system")
                                    if isinstance(doc.get(k), list)]
    while stack:
        node, ptr = stack.pop()
        if isinstance(node, list):
            stack.extend((v, join_pointer(ptr, i)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
            continue
        if not isinstance(node, dict):
            continue
        is_doc = node.get("type") == "document"
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                stack.append((value, join_pointer(ptr, key)))
            elif not isinstance(value, str):
                continue
            elif key in _FILE_NAME_KEYS or (is_doc and key == "title"):
                yield join_pointer(ptr, key), Role.FILE_NAME, Exposure.FILE_NAME, value, ()
            elif is_doc and key == "context":
                yield join_pointer(ptr, key), Role.METADATA, Exposure.METADATA, value, ()
            elif key == "url" and ptr.endswith("/source") and _url_file_name(value):
                yield join_pointer(ptr, key), Role.FILE_NAME, Exposure.FILE_NAME, _url_file_name(value), ()
    servers = doc.get("mcp_servers")
    for i, server in enumerate(servers if isinstance(servers, list) else ()):
        if isinstance(server, dict):
            for key, value in server.items():
                if key in _TOKEN_KEYS and isinstance(value, str):
                    yield join_pointer("/mcp_servers", i, key), Role.METADATA, Exposure.METADATA, value, (key,)


def _looks_like_request(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    if "messages" in doc or ("input" in doc and "model" in doc):
        return True
    if isinstance(doc.get("tools"), list) and ("model" in doc or "max_tokens" in doc):
        return True
    return any(k in doc for k in ("output_config", "output_format", "response_format", "generationConfig"))


def _parts_openapi(doc: Any, path: str) -> Parts:
    b = _Builder("openapi", path)
    comps = doc.get("components")
    if isinstance(comps, dict):
        for section in ("schemas", "parameters", "requestBodies", "responses", "headers"):
            sec = comps.get(section)
            if isinstance(sec, dict):
                for name, item in sec.items():
                    _openapi_item(b, item, join_pointer("/components", section, name), section)
    defs = doc.get("definitions")  # Swagger 2
    if isinstance(defs, dict):
        for name, item in defs.items():
            b.schema(item, join_pointer("/definitions", name), Exposure.SCHEMA_CACHE)
    paths = doc.get("paths")
    if isinstance(paths, dict):
        for route, ops in paths.items():
            if not isinstance(ops, dict):
                continue
            for method, op in ops.items():
                if isinstance(op, dict):
                    _openapi_operation(b, op, join_pointer("/paths", route, method))
    return b.done()


def _openapi_operation(b: _Builder, op: dict[str, Any], ptr: str) -> None:
    if isinstance(op.get("parameters"), list):
        for i, p in enumerate(op["parameters"]):
            _openapi_item(b, p, join_pointer(ptr, "parameters", i), "parameters")
    if isinstance(op.get("parameters"), dict):
        pass
    _openapi_item(b, op.get("requestBody"), join_pointer(ptr, "requestBody"), "requestBodies")
    responses = op.get("responses")
    if isinstance(responses, dict):
        for code, resp in responses.items():
            _openapi_item(b, resp, join_pointer(ptr, "responses", code), "responses")


def _openapi_item(b: _Builder, item: Any, ptr: str, section: str) -> None:
    if not isinstance(item, dict):
        return
    exp = Exposure.SCHEMA_CACHE
    if section == "schemas":
        b.schema(item, ptr, exp)
        return
    context: tuple[str, ...] = ()
    if section == "parameters" and isinstance(item.get("name"), str):
        context = (item["name"],)
        b.text(item["name"], join_pointer(ptr, "name"), Role.PROPERTY_NAME, exp)
        b.text(item.get("description"), join_pointer(ptr, "description"), Role.DESCRIPTION, exp)
        b.strings(item.get("example"), join_pointer(ptr, "example"), Role.EXAMPLES, exp, context)
    b.schema(item.get("schema"), join_pointer(ptr, "schema"), exp, context)
    content = item.get("content")
    if isinstance(content, dict):
        for media, body in content.items():
            if isinstance(body, dict):
                b.schema(body.get("schema"), join_pointer(ptr, "content", media, "schema"), exp)
                b.strings(body.get("example"), join_pointer(ptr, "content", media, "example"), Role.EXAMPLES, exp)


Detector = Callable[[Any], bool]
Builder = Callable[[Any, str], Parts]

# name -> (does this document look like it, how to take it apart); tried in order
KINDS: dict[str, tuple[Detector, Builder]] = {
    "openapi": (lambda d: isinstance(d, dict) and ("openapi" in d or "swagger" in d), _parts_openapi),
    "mcp-tools": (
        lambda d: isinstance(d, dict)
        and (isinstance(d.get("tools"), list) or (isinstance(d.get("result"), dict)
             and isinstance(d["result"].get("tools"), list)))
        and not _looks_like_request(d),
        _parts_mcp_list,
    ),
    "request": (_looks_like_request, _parts_request),
    "tools": (lambda d: isinstance(d, list) and bool(d) and any(_is_tool(t) for t in d), _parts_tool_list),
    "tool": (lambda d: _is_tool(d), _parts_tool),
    "schema": (is_schema, _parts_schema),
}


def detect_kind(doc: Any) -> str | None:
    """The name of the first kind in `KINDS` that recognises `doc`, or None."""
    for name, (looks, _) in KINDS.items():
        if looks(doc):
            return name
    return None


def parts_of(doc: Any, path: str, kind: str | None = None) -> Parts | None:
    """Take `doc` apart as `kind` (detected when None); None when it is no known kind."""
    kind = kind or detect_kind(doc)
    if kind is None:
        return None
    return KINDS[kind][1](doc, path)


def surfaces_of_parts(parts: Parts, doc: Any, path: str) -> Iterator[Surface]:
    """Every surface of a document: loose ones first, then each schema walked."""
    from phiscan.surfaces.walk import walk_schema

    yield from parts.surfaces
    yield from walk_schema(doc, parts.roots, path)
