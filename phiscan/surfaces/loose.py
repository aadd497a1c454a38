"""JSON Schemas wherever a document keeps them.

Formats that carry a schema multiply faster than any list of them: workflow inputs (Arazzo), overlays of an API
description, form definitions, a serving engine's guided-decoding field, an MCP server's elicitation request,
an agent's tool spec.  A document of no known kind, and the parts of a known one that its kind does not read,
are searched for schemas by their own marks, so a schema in a shape phiscan has never seen is still read
rather than passed over with a note.
"""

from __future__ import annotations

import functools
import re
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace
from typing import Any, TypeVar

from phiscan.pointer import join_pointer, pointer_tokens, resolve_pointer
from phiscan.surfaces.identifiers import split_identifier
from phiscan.surfaces.keywords import KNOWN
from phiscan.surfaces.paramlists import PARAMETER_WORDS, TEMPLATE_WORDS, a_tool_s, parameter_list, parameter_list_texts
from phiscan.surfaces.parts import Parts, SchemaRoot
from phiscan.types import Exposure, Role, Surface

_SCHEMA_KEYWORDS = frozenset(
    {
        "properties", "patternProperties", "additionalProperties", "items", "prefixItems",
        "allOf", "anyOf", "oneOf", "$defs", "definitions", "$ref", "enum", "const", "required",
    }
)  # fmt: skip
JSON_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})
# what a property's schema has; a record's `properties` whose members have a `type` that no JSON Schema type
# is (`"title"`, `"date"`, as Notion's pages have) are data, and a schema under a key that names one is read
# whatever its members are
_SUBSCHEMA = frozenset(
    {"type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const", "items", "properties", "description", "format"}
)
# conversation content: messages are not schemas, and a message may quote anything; a prompt, input or system
# text is content when it is text or a list of turns (`{"prompt": {"output_schema": ...}}` is a holder)
_CONVERSATION = frozenset({"messages", "contents"})
_TURNS = frozenset({"input", "system", "prompt", "instructions"})
_DEPTH = 12  # levels searched below the document's top; every container is visited once (linear)
# an agent platform's action, skill or node keeps its tool's name and description beside the tool's schema,
# under keys of its own (`apiName`, `masterLabel`, `slug`, `toolDescription`, `summary`), and sends them to the model as
# the tool's: a key's last word says which a string is, and the words before it must be a tool's (`facilityName`,
# `ownerName`, `fontName` name other things); in the schema's holder, or the holder's holder when the holder only
# wraps the schema (`{"apiName": ..., "input": {"schema": ...}}`, not a manifest's `contributes`)
_NAMING = frozenset({"name", "label", "title", "id", "identifier", "key", "slug"})
_DESCRIBING = frozenset({"description", "summary", "purpose"})  # (a prompt's `instructions` is content: `_TURNS`)
_TOOL_HEADS = frozenset(
    {"api", "tool", "action", "function", "func", "fn", "display", "developer", "master", "skill", "operation", "op"}
    | {"command", "method", "plugin", "qualified", "unique", "short", "long", "llm", "model", "human", "friendly"}
)
_WRAPPERS = frozenset({"schema", "schemas", "request", "body", "definition", "spec", "signature"})
# the type names a map of parameter schemas gives its members (smolagents' own beside JSON Schema's)
_PARAMETER_TYPES = JSON_TYPES | {"any", "image", "audio", "str", "int", "float", "bool", "list", "dict"}
_WRAPPING = PARAMETER_WORDS | _WRAPPERS
_SCHEMA_NAMES = frozenset({"schema", "jsonschema", "json_schema", "inputschema", "input_schema"})
T = TypeVar("T")


def is_schema(doc: Any) -> bool:
    """A dict that looks like a JSON Schema (any draft)."""
    if not isinstance(doc, dict):
        return False
    schema_uri = doc.get("$schema")
    if isinstance(schema_uri, str) and "schema" in schema_uri:
        return True  # a whole document under its `$schema`, a schema or an instance of one, is read whole
    if _json_type(doc.get("type")):
        return True
    return bool(_SCHEMA_KEYWORDS & doc.keys()) and "openapi" not in doc and "swagger" not in doc


def _json_type(kind: Any) -> bool:
    """A JSON Schema type name, or a list of them; in any case (Gemini writes `OBJECT`, `STRING`)."""
    return (isinstance(kind, str) and kind.lower() in JSON_TYPES) or (
        isinstance(kind, list) and bool(kind) and all(isinstance(k, str) and k.lower() in JSON_TYPES for k in kind)
    )


def schema_by_its_marks(node: Any, key: Any) -> bool:
    """A schema that says so itself, wherever it sits: a `$schema`, a map of `properties` that are schemas, or
    a schema-shaped object under a key that names a schema (`requestedSchema`, `json_schema`, `schema`)."""
    if not isinstance(node, dict) or "openapi" in node or "swagger" in node:
        return False
    if isinstance(node.get("$schema"), str):
        return True  # (an instance of another schema too, a Logic Apps workflow: read whole, with the schemas it holds)
    props = node.get("properties")
    if isinstance(props, dict) and props and all(isinstance(v, dict) for v in props.values()):
        foreign = any(isinstance(v.get("type"), str) and not _json_type(v["type"]) for v in props.values())
        if not foreign and (any(_SUBSCHEMA & v.keys() for v in props.values()) or _json_type(node.get("type"))):
            return True
    return isinstance(key, str) and "schema" in key.lower() and is_schema(node) and key.lower() != "uischema"


def nodes_inside(
    doc: Any,
    wanted: Callable[[Any, Any], T | None],
    depth: int,
    passed: Collection[str] = (),
    skip: Callable[[Any, Any], bool] | None = None,
) -> Iterator[tuple[str, Any, T]]:
    """(pointer, node, what `wanted(node, its key)` said) of each node below `doc` it recognises, outermost first
    and not looked into further, searching `depth` levels; `passed` pointers, and the children of a dict that
    `skip(child, key)` refuses, are not entered."""
    # breadth first and every container once: linear in the document (a batch file of 50,000 lines is read
    # whole; stopping early would pass the rest unread), and a YAML alias's node, shared, is read once
    queue: deque[tuple[str, Any, int]] = deque([("", doc, 0)])
    seen = {id(doc)}
    while queue:
        ptr, node, level = queue.popleft()
        keyed = isinstance(node, dict)
        children = node.items() if keyed else enumerate(node) if isinstance(node, list) else ()
        for key, child in children:
            if not isinstance(child, (dict, list)) or id(child) in seen or (keyed and skip and skip(child, key)):
                continue
            seen.add(id(child))
            here = join_pointer(ptr, key)
            if here in passed:
                continue
            if (what := wanted(child, key)) is not None:
                yield here, child, what
            elif level + 1 < depth:
                queue.append((here, child, level + 1))


def loose_schemas(doc: Any, read: Iterable[str] = ()) -> list[str]:
    """Pointers of the schemas inside `doc` (not `doc` itself) found by their marks, outermost first, outside
    the places already `read` (the pointers of what a kind has taken apart, which the search does not enter)."""
    return [ptr for ptr, _, what in _marked(doc, read) if what == "schema"]


def loose_parts(
    doc: Any, path: str, read: Iterable[str] = (), taken: Collection[str] = ()
) -> tuple[tuple[SchemaRoot, ...], tuple[Surface, ...]]:
    """What `doc` holds outside the places `read` (as `loose_schemas`): each schema found by its marks to walk; each
    parameter map's names as property names and its members as schemas; each list of parameter records
    (`paramlists`); the names and descriptions their holders give them (`holder_texts`).  A map or list whose texts a
    kind read already (`taken` pointers) is left to it."""
    roots: list[SchemaRoot] = []
    surfaces: list[Surface] = []
    found: list[str] = []
    covered: set[str] | None = None
    for ptr, node, what in _marked(doc, read):
        if what != "schema":
            if covered is None:  # every pointer above a read text, built once (linear)
                covered = {p[: m.start()] for p in taken for m in re.finditer("/", p)}
            if ptr in covered:
                continue
            holder = resolve_pointer(doc, ptr.rsplit("/", 1)[0])
            records = node if what == "records" else list(node.values())
            tool = a_tool_s(records, holder, bool(holder_texts(doc, [ptr], path, taken)))
            if what == "records" or not tool:  # the schemas inside, whoever's they are (an Arazzo document's inputs)
                roots.extend(SchemaRoot(ptr + p, Exposure.SCHEMA_CACHE) for p in loose_schemas(node))
            if not tool:
                continue  # a workflow's inputs, a pipeline's parameters: no tool's
        if what == "records":
            surfaces.extend(parameter_list_texts(node, ptr, path))
        elif what == "parameters":
            for name in node:
                here = join_pointer(ptr, name)
                surfaces.append(Surface(path, here, Role.PROPERTY_NAME, Exposure.SCHEMA_CACHE, str(name)))
                roots.append(SchemaRoot(here, Exposure.SCHEMA_CACHE, (str(name),)))  # its name says what it is
        else:
            roots.append(SchemaRoot(ptr, Exposure.SCHEMA_CACHE))
        found.append(ptr)
    return tuple(roots), (*surfaces, *holder_texts(doc, found, path, taken))


def holds_loose_schema(doc: Any) -> bool:
    return next(_marked(doc, ()), None) is not None


def _content(node: Any, key: Any) -> bool:
    return key in _CONVERSATION or (key in _TURNS and isinstance(node, list))


def parameter_map(node: Any, key: Any) -> bool:
    """A tool's parameters written as a map of name -> schema, with no object schema around it (smolagents'
    `inputs`, a plugin's `params`): under a key for parameters, every member a dict with a type's name, one at least
    a JSON Schema type (`{"mrn": {"type": "string", "description": ...}}`)."""
    if not (isinstance(node, dict) and node and isinstance(key, str) and _last_key_word(key) in PARAMETER_WORDS):
        return False
    kinds = [m.get("type") if isinstance(m, dict) else None for m in node.values()]
    named = all(isinstance(k, str) and k.lower() in _PARAMETER_TYPES for k in kinds)
    holder = any(str(name).lower() in _SCHEMA_NAMES for name in node)  # `{"inputs": {"schema": {...}}}` holds one
    deployed = any(isinstance(m, dict) and TEMPLATE_WORDS & m.keys() for m in node.values())
    return (
        named and not (holder or deployed) and any(_json_type(k) for k in kinds) and not _SCHEMA_KEYWORDS & node.keys()
    )


def _mark(node: Any, key: Any) -> str | None:
    if schema_by_its_marks(node, key):
        return "schema"
    if parameter_map(node, key):
        return "parameters"
    listed = isinstance(node, list) and bool(node) and isinstance(key, str)  # (the key's words only when it may be)
    return "records" if listed and parameter_list(node, _last_key_word(key)) else None


def _marked(doc: Any, read: Iterable[str]) -> Iterator[tuple[str, Any, str]]:
    return nodes_inside(doc, _mark, _DEPTH, set(read), _content)


def with_loose_schemas(parts: Parts, doc: Any, path: str) -> Parts:
    """`parts` and the schemas its kind left unread (found by `loose_schemas`), read as a schema file's, with
    the names and descriptions their holders give them (`holder_texts`)."""
    read = [r.pointer for r in parts.roots] + list(parts.read)
    if "" in read:  # the whole document is a schema already
        return parts
    roots, texts = loose_parts(doc, path, read, {s.pointer for s in parts.surfaces})
    if not roots and not texts:
        return parts
    return replace(parts, roots=(*parts.roots, *roots), surfaces=(*parts.surfaces, *texts))


def holder_texts(doc: Any, schemas: Iterable[str], path: str, taken: Collection[str] = ()) -> tuple[Surface, ...]:
    """The strings beside each schema found by its marks (at `schemas`) that name or describe it, in its holder
    and the holder's holder (a dict each), as a tool's name and description; `taken` pointers are read already."""
    out: dict[str, Surface] = {}
    holders: set[str] = set()  # each holder read once: a map of many schemas is their holder's (linear)
    for pointer in schemas:
        tokens = pointer_tokens(pointer)
        for level in (1, 2) if len(tokens) > 1 and _last_key_word(tokens[-2]) in _WRAPPING else (1,):
            at = "".join(join_pointer("", t) for t in tokens[:-level])
            holder = resolve_pointer(doc, at)
            if not isinstance(holder, dict):
                break  # (a list's member: its siblings are other members, not its holder's words)
            if at in holders:
                continue
            holders.add(at)
            for key, value in holder.items():
                here = join_pointer(at, key)
                if isinstance(value, str) and isinstance(key, str) and here not in taken:
                    role = _holder_role(key)
                    if role is not None:
                        out[here] = Surface(path, here, role, Exposure.PROMPT, value)
    return tuple(out.values())


def _holder_role(key: str) -> Role | None:
    if key.startswith("$"):  # a schema's `$id`, a template's `$comment`
        return None
    *head, last = _key_words(key) or ("",)
    if not set(head) <= _TOOL_HEADS:
        return None
    return Role.TOOL_NAME if last in _NAMING else Role.TOOL_DESCRIPTION if last in _DESCRIBING else None


@functools.lru_cache(maxsize=1 << 14)  # asked of every key the search for schemas passes, and keys repeat
def _key_words(key: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in split_identifier(key).words)


def _last_key_word(key: str) -> str:
    return next(reversed(_key_words(key)), "")


def held_schemas(keyword: Any, value: Any, ptr: str) -> list[tuple[str, Any]]:
    """(pointer, node) of the schemas found by their own marks inside the value of a word that is no keyword."""
    if not isinstance(keyword, str) or keyword in KNOWN or not isinstance(value, (dict, list)):
        return []
    here = join_pointer(ptr, keyword)
    return [(here + p, resolve_pointer(value, p)) for p in loose_schemas(value)]
