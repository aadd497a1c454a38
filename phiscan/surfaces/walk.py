"""Walk a JSON Schema and yield every string that would travel with it.

A cached schema carries all its text, so every string is read except the names of the keywords
in `phiscan.surfaces.keywords` and the vocabulary it lists (docs/schema-text.md).  The walk is a
keyword dispatch over an explicit stack (no recursion, so a schema nested 100,000 levels deep
cannot raise `RecursionError`).  Objects reached twice (YAML aliases) are walked once.  Local
`$ref`s are followed into parts of the document the walk would not otherwise reach, and findings
are reported where the text physically is; remote `$ref`s are read as text, never fetched.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from phiscan.pointer import join_pointer, resolve_pointer
from phiscan.surfaces.keywords import (
    FIELDS,
    KNOWN,
    REFERENCES,
    SCALARS,
    SCHEMA_HINTS,
    SCHEMA_MAPS,
    SUBSCHEMAS,
    TEXT_ROLES,
    VALUE_ROLES,
    VOCABULARY,
)
from phiscan.surfaces.loose import held_schemas
from phiscan.surfaces.parts import SchemaRoot
from phiscan.surfaces.schemacontext import key_words, named, named_by, own_words
from phiscan.surfaces.values import MAX_CONTEXT, scalar_text
from phiscan.types import Exposure, Role, Surface


def schema_keywords() -> frozenset[str]:
    """The JSON Schema keywords the walk knows (safe to show: they are never values)."""
    return KNOWN


class _Reader:
    """Reads the values of keywords for one walk.  A container reached twice is read once, so shared (aliased)
    values cost no more than the document's size; its text is reported where it is reached first."""

    __slots__ = ("doc", "path", "seen")

    def __init__(self, path: str, doc: Any = None) -> None:
        self.path = path
        self.doc = doc
        self.seen: set[tuple[int, Exposure]] = set()

    def resolves(self, ref: str) -> bool:
        """True for a local reference to a place in this document (whose keys are read where they are)."""
        if not ref.startswith("#/"):
            return ref == "#"
        try:
            resolve_pointer(self.doc, _decode_fragment(ref[1:]))
        except LookupError:
            return False
        return True

    def value(
        self,
        value: Any,
        pointer: str,
        role: Role,
        exposure: Exposure,
        context: tuple[str, ...],
        skip: frozenset[str] = frozenset(),
    ) -> Iterator[Surface]:
        """Each string and integer in `value` in `role`, except vocabulary (`skip`, in lower case), and each key of
        an object in it as a property name (the only key role that is not a regex).  The keys inside an example's
        record do not name its values: API references' sample payloads would be findings (`postal_code`, a card's
        `billing_address`), as they are not when a property's own example is read under its key."""
        stack: list[tuple[Any, str]] = [(value, pointer)]
        while stack:
            node, ptr = stack.pop()
            text = scalar_text(node)
            if text is not None:
                if not skip or text.lower() not in skip:
                    yield Surface(self.path, ptr, role, exposure, text, context)
                continue
            if not isinstance(node, (dict, list)) or (id(node), exposure) in self.seen:
                continue
            self.seen.add((id(node), exposure))
            items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
            children = [(v, join_pointer(ptr, k)) for k, v in items]
            if isinstance(node, dict):
                for (k, _), (_, here) in zip(items, children, strict=True):
                    if isinstance(k, str):
                        yield Surface(self.path, here, Role.PROPERTY_NAME, exposure, k, context)
            stack.extend(reversed(children))

    def fields(
        self, value: Any, pointer: str, roles: dict[str, Role], exposure: Exposure, context: tuple[str, ...]
    ) -> Iterator[Surface]:
        """An object of named fields (`discriminator`, `xml`): each field's value in its role; the name of a field
        that is not one of them is read too."""
        if not isinstance(value, dict):  # `discriminator: petType` (Swagger 2), or a misplaced value
            yield from self.value(value, pointer, Role.METADATA, exposure, context)
            return
        for name, sub in value.items():
            here = join_pointer(pointer, name)
            role = roles.get(name) if isinstance(name, str) else Role.METADATA
            if role is None:
                yield Surface(self.path, here, Role.PROPERTY_NAME, exposure, name, context)
            yield from self.value(sub, here, role or Role.METADATA, exposure, context)


def walk_schema(doc: Any, roots: Sequence[SchemaRoot], path: str) -> Iterator[Surface]:
    """Yield a `Surface` for every string of the schemas rooted at `roots` in `doc`."""
    seen: set[tuple[int, Exposure]] = set()
    walked: set[str] = set()
    reader = _Reader(path, doc)
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
        held = {k: held_schemas(k, v, ptr) for k, v in node.items() if not _misplaced_schema(k, v)}
        yield from _schema_strings(node, ptr, context, exposure, reader, held)
        children: list[tuple[Any, str, tuple[str, ...], Exposure]] = []
        for keyword, key_role in SCHEMA_MAPS.items():
            if keyword not in node:
                continue
            sub = node[keyword]
            if not isinstance(sub, dict):
                yield from reader.value(sub, join_pointer(ptr, keyword), Role.METADATA, exposure, context)
                continue
            for name, child in sub.items():
                child_ptr = join_pointer(ptr, keyword, name)
                if isinstance(name, str):  # a key's own title and description say what the key is
                    yield Surface(path, child_ptr, key_role, exposure, name, key_words(node, keyword, name, context))
                if isinstance(child, dict):
                    child_ctx = named_by(sub, name, context) if keyword == "properties" else context
                    children.append((child, child_ptr, child_ctx, exposure))
                else:  # the property names a `dependencies` entry requires, or text where a subschema belongs
                    yield from reader.value(child, child_ptr, Role.METADATA, exposure, context)
        for keyword in SUBSCHEMAS:
            if keyword not in node:
                continue
            sub = node[keyword]
            here = join_pointer(ptr, keyword)
            for child_ptr, child in (
                [(join_pointer(here, i), c) for i, c in enumerate(sub)] if isinstance(sub, list) else [(here, sub)]
            ):
                if isinstance(child, dict):
                    children.append((child, child_ptr, context, exposure))
                else:  # a boolean schema reads as nothing; text where a subschema belongs is read
                    yield from reader.value(child, child_ptr, Role.METADATA, exposure, context)
        for keyword, sub in node.items():
            if _misplaced_schema(keyword, sub):
                children.append((sub, join_pointer(ptr, keyword), (*context, keyword)[-MAX_CONTEXT:], exposure))
            else:  # the schemas a document read whole keeps inside (a Logic Apps workflow's trigger)
                children += [(h, p, context, exposure) for p, h in held.get(keyword, ())]
        target = node.get("$ref")
        if isinstance(target, str) and target.startswith("#/"):
            pending_refs.append((_decode_fragment(target[1:]), context, exposure))
        stack.extend(reversed(children))


def _misplaced_schema(keyword: Any, value: Any) -> bool:
    """The whole schema object is cached, so a subschema under an unknown keyword (a typo, a property put one
    level too high) travels too: what looks like one is walked as one."""
    return (
        isinstance(keyword, str)
        and keyword not in KNOWN
        and not keyword.startswith("x-")
        and isinstance(value, dict)
        and not SCHEMA_HINTS.isdisjoint(value)
    )


_NAMES_KEYS = frozenset({"required", "propertyOrdering"})


def _defined_properties(node: dict[Any, Any]) -> frozenset[str]:
    """The property names a schema defines, in lower case: listed again in `required`, they are no new text."""
    props = node.get("properties")
    return frozenset(k.lower() for k in props if isinstance(k, str)) if isinstance(props, dict) else frozenset()


def _decode_fragment(fragment: str) -> str:
    from urllib.parse import unquote

    return unquote(fragment)


def _schema_strings(
    node: dict[Any, Any],
    ptr: str,
    context: tuple[str, ...],
    exposure: Exposure,
    reader: _Reader,
    held: dict[Any, list[tuple[str, Any]]],
) -> Iterator[Surface]:
    """The text of a schema object's keywords, other than its subschemas and the schemas `held` inside its other
    words (`walk_schema` reads those)."""
    path = reader.path
    own = own_words(node, context)
    for keyword, value in node.items():
        if not isinstance(keyword, str) or keyword in SCHEMA_MAPS or keyword in SUBSCHEMAS:
            continue
        here = join_pointer(ptr, keyword)
        if keyword in TEXT_ROLES:
            if isinstance(value, str):  # a pattern's literals are values, named by the title as an enum's are
                yield Surface(
                    path, here, TEXT_ROLES[keyword], exposure, value, own if keyword == "pattern" else context
                )
            else:  # a list or an object where one string belongs
                yield from reader.value(value, here, Role.METADATA, exposure, context)
        elif keyword in REFERENCES and isinstance(value, str) and reader.resolves(value):
            continue  # a local reference repeats keys of this document, read where they are defined
        elif keyword in VALUE_ROLES:
            skip = VOCABULARY.get(keyword, frozenset())
            if keyword in _NAMES_KEYS:  # `required` repeats keys read where they are defined
                skip = skip | _defined_properties(node)
            yield from reader.value(value, here, VALUE_ROLES[keyword], exposure, own, skip)
        elif keyword in FIELDS:
            yield from reader.fields(value, here, FIELDS[keyword], exposure, context)
        elif keyword in SCALARS:
            if isinstance(value, (str, list, dict)):  # numbers and booleans are bounds and switches
                yield from reader.value(value, here, Role.METADATA, exposure, context)
        else:  # not a keyword: an `x-` extension, an editor's annotation, a typo, a property one level too high
            yield Surface(path, here, Role.PROPERTY_NAME, exposure, keyword, context)
            if _misplaced_schema(keyword, value):
                continue  # walked as a subschema
            reader.seen.update((id(h), exposure) for _, h in held.get(keyword, ()))  # walked as schemas
            enum_like = keyword.startswith("x-") and isinstance(value, list) and all(isinstance(v, str) for v in value)
            yield from reader.value(
                value, here, Role.ENUM if enum_like else Role.METADATA, exposure, named(keyword, context)
            )
