"""Where each value of a loaded document sits in its source text.

JSON positions come from a small iterative scanner run on the first `locate` only.
`json_source_map` was measured first and not used: ~0.5 s on the 2.8 MB FHIR schema,
pointers with `/` or `~` in a key left unescaped, key escapes (`\\u00e9`) left raw, and
recursive descent.  YAML positions are recorded from the parser's marks while loading.

Columns count code points, lines and columns are 1-based, and the end is exclusive
(the position just after the value), as SARIF's `endColumn` is.
"""

from __future__ import annotations

import bisect
import json
import re
from itertools import accumulate
from typing import Any, Protocol

from phiscan.pointer import escape_token
from phiscan.types import Location

# line, column, end_line, end_column: 1-based, end exclusive
Span = tuple[int, int, int, int]

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.S)
_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}


class Positions(Protocol):
    """Anything that can place a pointer in the source text."""

    def locate(self, pointer: str, key: bool) -> Location | None: ...


class LineIndex:
    """Converts character offsets in a text to 1-based line and column."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of the character at `offset`."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def span(self, start: int, end: int) -> Location:
        """The Location of the characters `start` up to (not including) `end`."""
        return Location(*self.position(start), *self.position(end))


def json_too_deep(text: str, max_depth: int) -> int | None:
    """Offset of the first bracket nested deeper than `max_depth`, else None.

    Runs before `json.loads`, whose C scanner recurses and raises RecursionError on deep
    input.  Brackets inside strings do not count.  The common case is decided in C: a
    count of opening brackets, then a depth sum over the brackets left once strings are
    removed; the Python loop that finds the offset runs only for a document to refuse.
    """
    if text.count("[") + text.count("{") <= max_depth:
        return None
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if max(accumulate(map(_DELTA.__getitem__, brackets)), default=0) <= max_depth:
        return None
    depth = 0
    for m in _DEPTH_TOKEN.finditer(text):
        char = text[m.start()]
        if char in "[{":
            depth += 1
            if depth > max_depth:
                return m.start()
        elif char in "]}":
            depth -= 1
    return None


class _Frame:
    __slots__ = ("index", "is_object", "key_end", "key_start", "keys", "pointer", "start")

    def __init__(self, pointer: str, is_object: bool, start: int, key_start: int, key_end: int) -> None:
        self.pointer = pointer
        self.is_object = is_object
        self.start = start
        self.key_start = key_start
        self.key_end = key_end
        self.index = 0
        self.keys: set[str] = set()


class DuplicateKey(Exception):
    """Raised by `scan_json(..., find_duplicate=True)` with the offset of the repeated key."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def scan_json(text: str, *, find_duplicate: bool = False) -> dict[str, tuple[int, int, int, int]]:
    """Map every pointer of a valid JSON text to (key_start, key_end, value_start, value_end) offsets.

    Key offsets are -1 for the root and array elements.  Iterative, so depth costs no
    stack.  The text must already have parsed with `json.loads`.
    """
    offsets: dict[str, tuple[int, int, int, int]] = {}
    stack: list[_Frame] = []
    ws = _skip
    pointer, key_start, key_end = "", -1, -1
    pos = ws(text, 0)
    while True:
        char = text[pos]
        if char in "{[":
            frame = _Frame(pointer, char == "{", pos, key_start, key_end)
            stack.append(frame)
            pos = ws(text, pos + 1)
            if text[pos] not in "]}":
                pointer, key_start, key_end, pos = _child(text, frame, pos, find_duplicate)
                continue
        else:
            end = _scalar_end(text, pos, char)
            offsets[pointer] = (key_start, key_end, pos, end)
            pos = ws(text, end)
        # Close finished containers until a comma starts the next member.
        while stack:
            frame = stack[-1]
            if text[pos] == ",":
                pointer, key_start, key_end, pos = _child(text, frame, ws(text, pos + 1), find_duplicate)
                break
            offsets[frame.pointer] = (frame.key_start, frame.key_end, frame.start, pos + 1)
            stack.pop()
            pos = ws(text, pos + 1)
        else:
            return offsets


def _child(text: str, frame: _Frame, pos: int, find_duplicate: bool) -> tuple[str, int, int, int]:
    if not frame.is_object:
        frame.index += 1
        return f"{frame.pointer}/{frame.index - 1}", -1, -1, pos
    m = _STRING.match(text, pos)
    assert m is not None  # the text parsed as JSON
    raw = m.group()
    key: str = json.loads(raw) if "\\" in raw else raw[1:-1]
    if find_duplicate:
        if key in frame.keys:
            raise DuplicateKey(pos)
        frame.keys.add(key)
    colon = _skip(text, m.end())
    return f"{frame.pointer}/{escape_token(key)}", pos, m.end(), _skip(text, colon + 1)


def _skip(text: str, pos: int) -> int:
    m = _WS.match(text, pos)
    assert m is not None  # the pattern matches the empty string
    return m.end()


def _scalar_end(text: str, pos: int, char: str) -> int:
    if char == '"':
        m = _STRING.match(text, pos)
    elif char in "tn":
        return pos + 4
    elif char == "f":
        return pos + 5
    else:
        m = _NUMBER.match(text, pos)
    assert m is not None  # the text parsed as JSON
    return m.end()


class JsonPositions:
    """Positions in a JSON text, scanned on the first `locate` and kept."""

    __slots__ = ("_lines", "_offsets", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._offsets: dict[str, tuple[int, int, int, int]] | None = None
        self._lines: LineIndex | None = None

    def locate(self, pointer: str, key: bool) -> Location | None:
        """The span of the value at `pointer`, or of its key when `key` (the value if it has none)."""
        if self._offsets is None or self._lines is None:
            self._offsets = scan_json(self._text)
            self._lines = LineIndex(self._text)
        found = self._offsets.get(pointer)
        if found is None:
            return None
        key_start, key_end, start, end = found
        if key and key_start >= 0:
            return self._lines.span(key_start, key_end)
        return self._lines.span(start, end)


class JsonLinesPositions:
    """Positions in a JSON Lines text: each record's own, moved to the record's line."""

    __slots__ = ("_records",)

    def __init__(self, records: list[tuple[int, Any]]) -> None:
        self._records = records  # (line number, the line's Document)

    def locate(self, pointer: str, key: bool) -> Location | None:
        head, _, rest = pointer.removeprefix("/").partition("/")
        if not head.isdigit() or int(head) >= len(self._records):
            return None
        line, doc = self._records[int(head)]
        found: Location | None = doc.locate("/" + rest if rest else "", key=key)
        if found is None:
            return None
        return Location(found.line + line - 1, found.column, found.end_line + line - 1, found.end_column)


class YamlPositions:
    """Positions recorded while composing YAML, with aliases and merge keys redirected.

    A pointer that passes through an alias (`*x`) or a merged entry (`<<: *x`) is
    rewritten to the same path below the anchored node, so it lands where the text is.
    """

    __slots__ = ("_redirects", "_spans")

    def __init__(self, spans: dict[str, tuple[Span, Span | None]], redirects: dict[str, str]) -> None:
        self._spans = spans
        self._redirects = redirects

    def locate(self, pointer: str, key: bool) -> Location | None:
        """The span of the value at `pointer`, or of its key when `key` (the value if it has none)."""
        for _ in range(len(self._redirects) + 1):
            found = self._spans.get(pointer)
            if found is not None:
                value, key_span = found
                return Location(*(key_span if key and key_span is not None else value))
            cut = len(pointer)
            while cut > 0:
                target = self._redirects.get(pointer[:cut])
                if target is not None:
                    pointer = target + pointer[cut:]
                    break
                cut = pointer.rfind("/", 0, cut)
            else:
                return None
        return None
