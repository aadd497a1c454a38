"""A parsed document and the bounds its loading respects: the values `documents/` hands to `surfaces/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from phiscan.documents.sourcemap import LineIndex, Positions
from phiscan.types import FileError, Location


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or accidental file from exhausting time or memory."""

    max_file_bytes: int = 50_000_000
    max_depth: int = 512  # nesting depth of the parsed document
    max_yaml_aliases: int = 1000  # alias references, counted as expanded (billion laughs)
    max_string_chars: int = 100_000  # a longer string is analysed up to here, and a note says so
    max_surfaces_per_file: int = 200_000  # strings walked per document; beyond, it is reported unfinished


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed file: plain dict/list/str/int/float/bool/None data and where it came from."""

    path: str
    data: Any
    format: str
    _positions: Positions | None = field(default=None, repr=False, compare=False)

    def locate(self, pointer: str, *, key: bool = False) -> Location | None:
        """The 1-based span of the value at an RFC 6901 `pointer` (end exclusive).

        With `key=True`, the span of the member's key, which is where property names are
        reported; a pointer with no key (the root, an array element) gives its value.
        None for an unknown pointer.  JSON positions are computed on the first call.
        """
        return None if self._positions is None else self._positions.locate(pointer, key)


def error_at(path: str, message: str, text: str, offset: int) -> FileError:
    """A `FileError` at the line and column of character `offset` in `text`."""
    line, column = LineIndex(text).position(offset)
    return FileError(path, message, line, column)
