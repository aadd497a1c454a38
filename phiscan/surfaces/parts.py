"""What a document kind makes of a document: the schema roots to walk and the loose strings around them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from phiscan.surfaces.identifiers import spelt_context
from phiscan.surfaces.values import iter_strings
from phiscan.types import Exposure, Role, Surface


@dataclass(frozen=True, slots=True)
class SchemaRoot:
    """A place in a document where a JSON Schema starts, and where it is headed."""

    pointer: str
    exposure: Exposure
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Parts:
    """What a document holds: schema roots to walk and loose surfaces to scan as they are."""

    kind: str
    roots: tuple[SchemaRoot, ...] = ()
    surfaces: tuple[Surface, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    read: tuple[str, ...] = ()  # containers the kind read as loose text (an `example` object): no schema to seek


class PartsBuilder:
    """Collects a document's schema roots and loose surfaces while a kind takes it apart."""

    def __init__(self, kind: str, path: str) -> None:
        self.kind = kind
        self.path = path
        self.roots: list[SchemaRoot] = []
        self.surfaces: list[Surface] = []
        self.read: list[str] = []
        self.held: list[tuple[str, Any, str]] = []

    def schema(self, doc: Any, pointer: str, exposure: Exposure, context: tuple[str, ...] = ()) -> None:
        if isinstance(doc, dict):
            self.roots.append(SchemaRoot(pointer, exposure, context))

    def text(self, value: Any, pointer: str, role: Role, exposure: Exposure, context: tuple[str, ...] = ()) -> None:
        if isinstance(value, str):
            self.surfaces.append(Surface(self.path, pointer, role, exposure, value, context))

    def label(self, value: Any, pointer: str, role: Role, exposure: Exposure, name: Any) -> None:
        """A tool's title or display name: the tool's `name` is its context when it only spells it."""
        self.text(value, pointer, role, exposure, spelt_context(value, name))

    def strings(self, value: Any, pointer: str, role: Role, exposure: Exposure, context: tuple[str, ...] = ()) -> None:
        self.surfaces.extend(iter_strings(value, pointer, self.path, role, exposure, context))
        if isinstance(value, (dict, list)):
            self.read.append(pointer)

    def hold(self, doc: Any, pointer: str, kind: str) -> None:
        """A document of another kind held here (an agent tool's OpenAPI description), taken apart as that kind
        (`phiscan.surfaces.envelopes.with_held`)."""
        if isinstance(doc, dict):
            self.held.append((pointer, doc, kind))

    def done(self) -> Parts:
        extra: dict[str, Any] = {"held": tuple(self.held)} if self.held else {}
        return Parts(self.kind, tuple(self.roots), tuple(self.surfaces), extra, tuple(self.read))


def shifted(parts: Parts, prefix: str) -> Parts:
    """`parts` of a node found at `prefix`, with pointers into the whole document."""
    return Parts(
        parts.kind,
        tuple(SchemaRoot(prefix + r.pointer, r.exposure, r.context) for r in parts.roots),
        tuple(replace(s, pointer=prefix + s.pointer) for s in parts.surfaces),
        parts.extra,
        tuple(prefix + p for p in parts.read),
    )
