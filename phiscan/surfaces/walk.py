"""Walk a JSON Schema and yield every string that would travel with it.

The walk is a keyword dispatch over an explicit stack (no recursion, so a schema nested
100,000 levels deep cannot raise `RecursionError`).  Objects reached twice (YAML aliases)
are walked once.  Local `$ref`s are followed into parts of the document the walk would not
otherwise reach, and findings are reported where the text physically is; remote `$ref`s
are never fetched.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from phiscan.pointer import join_pointer, resolve_pointer
from phiscan.types import Exposure, Role, Surface

# keyword -> how its value holds subschemas
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = (
    "additionalProperties",
    "additionalItems",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "items",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
_TEXT_ROLES = {
    "title": Role.TITLE,
    "description": Role.DESCRIPTION,
    "$comment": Role.METADATA,
    "pattern": Role.PATTERN,
    "const": Role.CONST,
    "default": Role.DEFAULT,
    "examples": Role.EXAMPLES,
    "example": Role.EXAMPLES,
    "enum": Role.ENUM,
}
_KEY_ROLES = {
    "properties": Role.PROPERTY_NAME,
    "patternProperties": Role.PATTERN_PROPERTY,
    # definition names are keys of the cached schema too
    "$defs": Role.PROPERTY_NAME,
    "definitions": Role.PROPERTY_NAME,
    "dependentSchemas": Role.PROPERTY_NAME,
}
_MAX_CONTEXT = 2
_KNOWN = frozenset(
    {
        *_SCHEMA_MAPS,
        *_SCHEMA_ONE,
        *_SCHEMA_LISTS,
        *_TEXT_ROLES,
        "dependencies",
        "$ref",
        "$schema",
        "$id",
        "id",
        "required",
        "type",
        "format",
        "discriminator",
        "xml",
        "externalDocs",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$recursiveRef",
        "$recursiveAnchor",
        "$vocabulary",
        "contentMediaType",
        "contentEncoding",
        "dependentRequired",
    }
)
_SCHEMA_HINTS = frozenset(
    {
        "type",
        "properties",
        "description",
        "title",
        "enum",
        "const",
        "pattern",
        "items",
        "allOf",
        "anyOf",
        "oneOf",
        "$ref",
    }
)


def schema_keywords() -> frozenset[str]:
    """The JSON Schema keywords the walk knows (safe to show: they are never values)."""
    return _KNOWN


def nesting_exceeds(value: Any, max_depth: int) -> bool:
    """True when objects and arrays in `value` nest deeper than `max_depth` (cycles count as too deep).

    The loader refuses such files; objects built in memory are checked here before a walk, whose
    pointers would otherwise grow with the depth and cost time and memory quadratic in it.
    """
    stack: list[tuple[Any, int]] = [(value, 0)]
    on_path: set[int] = set()  # containers on the current path: meeting one again is a cycle
    deepest: dict[int, int] = {}  # a shared container need not be walked again at a depth no greater
    while stack:
        node, depth = stack.pop()
        if depth < 0:  # the marker that a container's children are done
            on_path.discard(id(node))
            continue
        if not isinstance(node, (dict, list)):
            continue
        if depth >= max_depth or id(node) in on_path:
            return True
        if deepest.get(id(node), -1) >= depth:
            continue
        deepest[id(node)] = depth
        on_path.add(id(node))
        stack.append((node, -1))
        stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return False


@dataclass(frozen=True, slots=True)
class SchemaRoot:
    """A place in a document where a JSON Schema starts, and where it is headed."""

    pointer: str
    exposure: Exposure
    context: tuple[str, ...] = ()


def scalar_text(value: Any) -> str | None:
    """The text of a scalar that can carry an identifier (strings and integers)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def iter_strings(
    value: Any, pointer: str, path: str, role: Role, exposure: Exposure, context: tuple[str, ...]
) -> Iterator[Surface]:
    """Every scalar string inside an arbitrary JSON value (examples, defaults, x-* values)."""
    stack: list[tuple[Any, str]] = [(value, pointer)]
    seen: set[int] = set()
    while stack:
        node, ptr = stack.pop()
        text = scalar_text(node)
        if text is not None:
            yield Surface(path, ptr, role, exposure, text, context)
        elif isinstance(node, (dict, list)):
            if id(node) in seen:
                continue
            seen.add(id(node))
            items = node.items() if isinstance(node, dict) else enumerate(node)
            stack.extend((v, join_pointer(ptr, k)) for k, v in reversed(list(items)))


def walk_schema(doc: Any, roots: Sequence[SchemaRoot], path: str) -> Iterator[Surface]:
    """Yield a `Surface` for every string of the schemas rooted at `roots` in `doc`."""
    seen: set[tuple[int, Exposure]] = set()
    walked: set[str] = set()
    stack: list[tuple[Any, str, tuple[str, ...], Exposure]] = []
    for root in reversed(roots):
        try:
            node = resolve_pointer(doc, root.pointer)
        except LookupError:
            continue
        stack.append((node, root.pointer, root.context, root.exposure))
    pending_refs: list[tuple[str, tuple[str, ...], Exposure]] = []
    while stack or pending_refs:
        if not stack:
            ref, context, exposure = pending_refs.pop()
            if ref in walked:
                continue
            try:
                stack.append((resolve_pointer(doc, ref), ref, context, exposure))
            except LookupError:
                continue
        node, ptr, context, exposure = stack.pop()
        if not isinstance(node, dict) or (id(node), exposure) in seen:
            continue
        seen.add((id(node), exposure))
        walked.add(ptr)
        yield from _schema_strings(node, ptr, path, context, exposure)
        children: list[tuple[Any, str, tuple[str, ...], Exposure]] = []
        for keyword in _SCHEMA_MAPS:
            sub = node.get(keyword)
            if not isinstance(sub, dict):
                continue
            key_role = _KEY_ROLES.get(keyword)
            for name, child in sub.items():
                child_ptr = join_pointer(ptr, keyword, name)
                if key_role is not None and isinstance(name, str):
                    yield Surface(path, child_ptr, key_role, exposure, name, context)
                child_ctx = (*context, name)[-_MAX_CONTEXT:] if keyword == "properties" else context
                children.append((child, child_ptr, child_ctx, exposure))
        for keyword in _SCHEMA_ONE:
            sub = node.get(keyword)
            if isinstance(sub, dict):
                children.append((sub, join_pointer(ptr, keyword), context, exposure))
        for keyword in _SCHEMA_LISTS:
            sub = node.get(keyword)
            if isinstance(sub, list):
                for i, child in enumerate(sub):
                    children.append((child, join_pointer(ptr, keyword, i), context, exposure))
        deps = node.get("dependencies")
        if isinstance(deps, dict):
            for dep, child in deps.items():
                if isinstance(child, dict):
                    children.append((child, join_pointer(ptr, "dependencies", dep), context, exposure))
        for keyword, sub in node.items():
            # The whole schema object is cached, so a subschema misplaced under an unknown keyword
            # (a typo, a vendor extension) travels too: walk what looks like one.
            if (
                isinstance(keyword, str)
                and keyword not in _KNOWN
                and not keyword.startswith("x-")
                and isinstance(sub, dict)
                and _SCHEMA_HINTS & sub.keys()
            ):
                children.append((sub, join_pointer(ptr, keyword), (*context, keyword)[-_MAX_CONTEXT:], exposure))
        target = node.get("$ref")
        if isinstance(target, str) and target.startswith("#/"):
            pending_refs.append((_decode_fragment(target[1:]), context, exposure))
        stack.extend(reversed(children))


def _is_text(value: Any) -> bool:
    """A string, or a list of strings: the shape of annotation keywords."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _decode_fragment(fragment: str) -> str:
    from urllib.parse import unquote

    return unquote(fragment)


def _schema_strings(
    node: dict[str, Any], ptr: str, path: str, context: tuple[str, ...], exposure: Exposure
) -> Iterator[Surface]:
    for keyword, value in node.items():
        if not isinstance(keyword, str):
            continue
        role = _TEXT_ROLES.get(keyword)
        if role is None and keyword.startswith("x-") and keyword != "x-phiscan-ignore":
            role = Role.METADATA
        if role is None:
            if keyword == "$schema" and isinstance(value, str):
                yield Surface(path, join_pointer(ptr, keyword), Role.METADATA, exposure, value, context)
            elif keyword not in _KNOWN and _is_text(value):
                # any other annotation (markdownDescription, errorMessage, a typo) is cached with the schema
                yield from iter_strings(value, join_pointer(ptr, keyword), path, Role.METADATA, exposure, context)
            continue
        here = join_pointer(ptr, keyword)
        if role in (Role.TITLE, Role.DESCRIPTION, Role.PATTERN):
            if isinstance(value, str):
                yield Surface(path, here, role, exposure, value, context)
        elif role is Role.ENUM:
            if isinstance(value, list):
                for i, member in enumerate(value):
                    text = scalar_text(member)
                    if text is not None:
                        yield Surface(path, join_pointer(here, i), role, exposure, text, context)
        else:
            yield from iter_strings(value, here, path, role, exposure, context)
