"""Where the tokens of a document sit in its text, as character offsets, and text edits over them.

A fix edits the source text at exact spans, so the rest of the file (its formatting, key order, YAML
comments) stays as it was byte for byte.  JSON offsets come from `phiscan.documents.sourcemap.scan_json`;
YAML offsets from the spans the loader recorded, converted from lines and columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from phiscan.documents.document import Document
from phiscan.documents.sourcemap import scan_json
from phiscan.pointer import pointer_tokens, resolve_pointer
from phiscan.types import Location


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the characters `start` up to `end` (exclusive) with `text`; `start == end` inserts."""

    start: int
    end: int
    text: str


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """`text` with `edits` made; they must not overlap (two insertions at one offset keep their order)."""
    out: list[str] = []
    at = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < at:
            raise ValueError("overlapping edits")
        out += (text[at : e.start], e.text)
        at = e.end
    out.append(text[at:])
    return "".join(out)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the spans share a character, or one is an insertion strictly inside the other."""
    return a[0] < b[1] and b[0] < a[1]


class Places:
    """Offsets of the values and keys of one loaded document in its text."""

    __slots__ = ("_doc", "_json", "_starts", "data", "fmt", "text")

    def __init__(self, text: str, doc: Document) -> None:
        self.text, self.data, self.fmt, self._doc = text, doc.data, doc.format, doc
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self._json = scan_json(text) if doc.format == "json" else None

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and column (columns count code points, as every span here does)."""
        return self._starts[line - 1] + column - 1

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of `offset`."""
        import bisect

        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def region(self, loc: Location) -> tuple[int, int]:
        """A `Location` as offsets."""
        return self.offset(loc.line, loc.column), self.offset(loc.end_line, loc.end_column)

    def value(self, pointer: str) -> tuple[int, int] | None:
        """The span of the value at `pointer` (a YAML block scalar's without its trailing line breaks)."""
        if self._json is not None:
            found = self._json.get(pointer)
            return None if found is None else (found[2], found[3])
        loc = self._doc.locate(pointer)
        if loc is None:
            return None
        start, end = self.region(loc)
        while end > start and self.text[end - 1] in " \t\r\n":
            end -= 1
        return start, end

    def key(self, pointer: str) -> tuple[int, int] | None:
        """The span of the key of the member at `pointer`; None for the root and array elements."""
        if not self.in_object(pointer):
            return None
        if self._json is not None:
            found = self._json.get(pointer)
            return None if found is None or found[0] < 0 else (found[0], found[1])
        loc = self._doc.locate(pointer, key=True)
        return None if loc is None else self.region(loc)

    def in_object(self, pointer: str) -> bool:
        """True when the node at `pointer` is a member of an object (it has a key)."""
        if not pointer:
            return False
        try:
            return isinstance(resolve_pointer(self.data, pointer.rsplit("/", 1)[0]), dict)
        except LookupError:
            return False

    def node(self, pointer: str) -> Any:
        """The parsed value at `pointer` (LookupError when there is none)."""
        return resolve_pointer(self.data, pointer)

    def is_flow(self, pointer: str) -> bool:
        """True for JSON, and for a YAML collection written in flow style (`[a, b]`, `{a: 1}`)."""
        if self.fmt == "json":
            return True
        span = self.value(pointer)
        return span is not None and self.text[span[0] : span[0] + 1] in ("[", "{")

    def line_start(self, offset: int) -> int:
        """The offset of the first character of `offset`'s line."""
        return self._starts[self.position(offset)[0] - 1]


def last_token(pointer: str) -> str:
    """The unescaped last reference token of `pointer`."""
    tokens = pointer_tokens(pointer)
    return tokens[-1] if tokens else ""
