"""Read a JSON or YAML file into plain data, never raising and never quoting content.

Every failure is a `FileError` whose message says what was expected, with a line and
column where there is one; file content (which may be PHI) is never quoted, not even a
key: a duplicate key is reported by position only.

Choices a caller should know:

- An empty or whitespace-only file (a YAML file of comments only, too) is a clean
  document with `data=None`: it holds nothing to scan, and failing a pre-commit run
  over an empty placeholder file helps nobody.
- A YAML stream with more than one document is refused rather than half scanned.
- YAML follows the 1.2 core schema.  Mapping keys become strings as written (`1:` is
  the key "1"), since pointers and JSON keys are strings.  Timestamps and other
  standard tags stay source strings; any other tag (`!!python/...`, `!Ref`) is refused
  and nothing is ever constructed.  Merge keys (`<<`) are applied.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    DocumentStartEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
)
from ruamel.yaml.reader import ReaderError

from phiscan.errors import ConfigError
from phiscan.sourcemap import JsonPositions, LineIndex, Positions, Span, YamlPositions, escape, json_too_deep
from phiscan.types import FileError, Location

__all__ = ["Document", "Limits", "load_bytes", "load_path", "load_text"]

FORMATS = ("json", "yaml")
_EXTENSIONS = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
_LEADING_SPACE = re.compile(r"\s*")
# Git's heuristic: a NUL in the first 8 KiB means binary.
_BINARY_SNIFF = 8192


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


def load_path(path: Path, limits: Limits = Limits()) -> Document | FileError:
    """Read and parse the file at `path`; the format comes from its extension, else its content."""
    name = path.as_posix()
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return FileError(name, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            # Opening a FIFO would block until a writer comes; devices never end.
            return FileError(name, "not a regular file")
        if info.st_size > limits.max_file_bytes:
            return _too_big(name, info.st_size, limits)
        with open(path, "rb") as f:
            raw = f.read(limits.max_file_bytes + 1)
    except OSError as e:
        return FileError(name, _os_message(path, e))
    except Exception as e:
        return _internal(name, e)
    if len(raw) > limits.max_file_bytes:  # it grew after stat
        return _too_big(name, len(raw), limits)
    return load_bytes(raw, name, None, limits)


def load_bytes(
    raw: bytes, path: str, fmt: str | None = None, limits: Limits = Limits()
) -> Document | FileError:
    """Decode (UTF-8, with or without BOM, or UTF-16 with BOM) and parse `raw`."""
    _check_format(fmt)
    try:
        if len(raw) > limits.max_file_bytes:
            return _too_big(path, len(raw), limits)
        text = _decode(raw)
        if isinstance(text, FileError):
            return FileError(path, text.message)
        return _parse(text, path, fmt, limits)
    except Exception as e:
        return _internal(path, e)


def load_text(
    text: str, path: str, fmt: str | None = None, limits: Limits = Limits()
) -> Document | FileError:
    """Parse already decoded `text`; `max_file_bytes` is compared with its length in characters."""
    _check_format(fmt)
    try:
        if len(text) > limits.max_file_bytes:
            return _too_big(path, len(text), limits)
        return _parse(text.removeprefix("\ufeff"), path, fmt, limits)
    except Exception as e:
        return _internal(path, e)


def _check_format(fmt: str | None) -> None:
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)} or None to detect it")


def _parse(text: str, path: str, fmt: str | None, limits: Limits) -> Document | FileError:
    start = _LEADING_SPACE.match(text)
    first = start.end() if start else 0
    if fmt is None:
        fmt = _EXTENSIONS.get(os.path.splitext(path)[1].lower())
    if fmt is None:
        fmt = "json" if text[first : first + 1] in ("{", "[") else "yaml"
    if first == len(text):
        return Document(path, None, fmt)
    if fmt == "json":
        return _load_json(text, path, limits)
    return _load_yaml(text, path, limits)


class _Refused(Exception):
    """A JSON construct refused from inside `json.loads` hooks; the message is ours."""


class _Duplicate(Exception):
    pass


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Duplicate
    return obj


def _no_constant(name: str) -> Any:
    raise _Refused("NaN and Infinity are not JSON")


def _int(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # over sys.get_int_max_str_digits()
        raise _Refused("integer has too many digits") from None


def _load_json(text: str, path: str, limits: Limits) -> Document | FileError:
    deep = json_too_deep(text, limits.max_depth)
    if deep is not None:
        return _at(path, f"nesting deeper than max_depth ({limits.max_depth})", text, deep)
    try:
        data = json.loads(text, object_pairs_hook=_unique_object, parse_constant=_no_constant, parse_int=_int)
    except json.JSONDecodeError as e:
        # The decoder's messages name the expected token and never quote the text.
        message = e.msg.removesuffix(" at").removesuffix(" starting at")
        return FileError(path, f"invalid JSON: {message[:1].lower()}{message[1:]}", e.lineno, e.colno)
    except _Refused as e:
        return FileError(path, f"invalid JSON: {e}")
    except _Duplicate:
        from phiscan.sourcemap import DuplicateKey, scan_json

        try:
            scan_json(text, find_duplicate=True)
        except DuplicateKey as dup:
            return _at(path, "duplicate key in an object", text, dup.offset)
        return FileError(path, "duplicate key in an object")
    except RecursionError:
        return FileError(path, f"nesting deeper than max_depth ({limits.max_depth})")
    return Document(path, data, "json", JsonPositions(text))


def _at(path: str, message: str, text: str, offset: int) -> FileError:
    line, column = LineIndex(text).position(offset)
    return FileError(path, message, line, column)


def _decode(raw: bytes) -> str | FileError:
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return FileError("", "file is UTF-32 text, which is not supported: save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")  # the codec reads and drops the BOM
        except UnicodeDecodeError as e:
            return FileError("", f"file is not valid UTF-16 text (at byte offset {e.start})")
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    if b"\x00" in raw[:_BINARY_SNIFF]:
        return FileError("", "file looks binary")
    try:
        return raw[bom:].decode("utf-8")
    except UnicodeDecodeError as e:
        at = bom + e.start
        return FileError("", f"file is not UTF-8 text (byte 0x{raw[at]:02x} at offset {at})")


def _too_big(path: str, size: int, limits: Limits) -> FileError:
    return FileError(path, f"file is {_size(size)}, over max_file_bytes ({_size(limits.max_file_bytes)})")


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}".removesuffix(".0") + " MB"
    if n >= 10_000:
        return f"{n / 1000:.1f}".removesuffix(".0") + " kB"
    return f"{n} bytes"


def _os_message(path: Path, e: OSError) -> str:
    if e.errno == errno.ENOENT:
        return "broken symlink" if os.path.islink(path) else "no such file"
    if e.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if e.errno == errno.EISDIR:
        return "is a directory"
    if e.errno == errno.ENOTDIR:
        return "not a directory: a parent in the path is a file"
    return f"cannot read file ({errno.errorcode.get(e.errno or 0, type(e).__name__)})"


def _internal(path: str, e: Exception) -> FileError:
    # Last resort: the exception's text may quote content, so only its class is shown.
    return FileError(path, f"could not load file ({type(e).__name__})")


# --- YAML -------------------------------------------------------------------------------------
# Built from parser events rather than ruamel's composer: the composer recurses (deep
# input raises RecursionError) and constructs nodes we would then walk again.

_CORE = "tag:yaml.org,2002:"
_AS_SOURCE = frozenset({"str", "timestamp", "binary"})
_TYPED: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "bool": (bool,),
    "int": (int,),
    "float": (float, int),
}
_COLLECTION_TAGS = frozenset({"!", *(_CORE + t for t in ("map", "seq", "set", "omap", "pairs"))})
_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = {
    **{sign + v: float(sign + "inf") for sign in ("", "+", "-") for v in (".inf", ".Inf", ".INF")},
    **{v: float("nan") for v in (".nan", ".NaN", ".NAN")},
}
# Quoted bits of a parser message are file content, except token names and punctuation.
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_SAFE_QUOTED = re.compile(r"'<[a-z ]+>'|'[^\w\s']'|'\\t'")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BAD_MERGE = "invalid YAML: a merge key (<<) needs a mapping or a list of mappings"
_MULTI_DOC = "multi-document YAML is not supported: put each document in its own file"


_Anchors = dict[str, tuple[Any, "str | None", int]]  # name -> value, pointer, aliases below it


class _YamlRefused(Exception):
    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, mark.line + 1, mark.column + 1


class _Open:
    """A mapping or sequence still being read."""

    __slots__ = (
        "aliases",
        "anchor",
        "data",
        "flow",
        "key",
        "key_span",
        "merges",
        "merging",
        "pointer",
        "start",
    )

    def __init__(
        self, pointer: str, data: dict[str, Any] | list[Any], anchor: str | None, event: Any
    ) -> None:
        self.pointer, self.data, self.anchor = pointer, data, anchor
        self.start, self.flow = event.start_mark, bool(event.flow_style)
        self.key: str | None = None
        self.key_span: Span | None = None
        self.aliases = 0  # alias references below this node, counted as expanded
        self.merges: list[tuple[Any, str]] = []  # (value, pointer) of each "<<" value
        self.merging = False


def _span(start: Any, end: Any) -> Span:
    return (start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def _load_yaml(text: str, path: str, limits: Limits) -> Document | FileError:
    try:
        return _compose(text, path, limits)
    except _YamlRefused as e:
        return FileError(path, e.message, e.line, e.column)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = _QUOTED.sub(_keep_safe, e.problem or e.context or "")
        message = "invalid YAML: " + " ".join(problem.split()).rstrip(" ,:;")
        return FileError(path, message, *((mark.line + 1, mark.column + 1) if mark else ()))
    except ReaderError as e:
        return _at(path, "invalid YAML: control characters are not allowed", text, e.position)


def _keep_safe(quoted: re.Match[str]) -> str:
    return quoted[0] if _SAFE_QUOTED.fullmatch(quoted[0]) else ""


def _compose(text: str, path: str, limits: Limits) -> Document:
    spans: dict[str, tuple[Span, Span | None]] = {}
    redirects: dict[str, str] = {}
    anchors: _Anchors = {}
    stack: list[_Open] = []
    documents: list[Any] = []
    total_aliases = 0
    last_end: Any = None

    def finish(value: Any, pointer: str, span: Span, anchor: str | None, aliases: int) -> None:
        parent = stack[-1] if stack else None
        spans[pointer] = (span, parent.key_span if parent and parent.key is not None else None)
        if anchor is not None:
            anchors[anchor] = (value, pointer, aliases)
        if parent is None:
            documents.append(value)
            return
        parent.aliases += aliases
        if isinstance(parent.data, list):
            parent.data.append(value)
        elif parent.merging:
            parent.merges.append((value, pointer))
            parent.merging, parent.key = False, None
        else:
            parent.data[parent.key] = value  # type: ignore[index]
            parent.key = None

    event: Any
    for event in YAML(typ="safe", pure=True).parse(text):
        if isinstance(event, DocumentStartEvent) and documents:
            raise _YamlRefused(_MULTI_DOC, event.start_mark)
        if not isinstance(event, (NodeEvent, CollectionEndEvent)):
            continue
        parent = stack[-1] if stack else None
        if isinstance(event, NodeEvent) and parent and isinstance(parent.data, dict) and parent.key is None:
            _take_key(parent, event, anchors)
            continue
        if isinstance(event, CollectionEndEvent):
            node = stack.pop()
            if node.merges:
                _merge(node, redirects, event)
            end = event.end_mark if node.flow or last_end is None else last_end
            finish(node.data, node.pointer, _span(node.start, end), node.anchor, node.aliases)
            last_end = end
            continue
        if parent is None:
            pointer = ""
        elif isinstance(parent.data, list):
            pointer = f"{parent.pointer}/{len(parent.data)}"
        else:
            pointer = f"{parent.pointer}/{escape(parent.key or '')}"
        if isinstance(event, ScalarEvent):
            finish(_scalar(event), pointer, _span(event.start_mark, event.end_mark), event.anchor, 0)
        elif isinstance(event, AliasEvent):
            value, target, below = _alias(event, anchors, stack)
            total_aliases += 1 + below
            if total_aliases > limits.max_yaml_aliases:
                raise _YamlRefused(
                    f"too many YAML alias references (over max_yaml_aliases, {limits.max_yaml_aliases})",
                    event.start_mark,
                )
            if target is not None:
                redirects[pointer] = target
            finish(value, pointer, _span(event.start_mark, event.end_mark), None, 1 + below)
        else:
            if len(stack) >= limits.max_depth:
                raise _YamlRefused(f"nesting deeper than max_depth ({limits.max_depth})", event.start_mark)
            tag: str | None = getattr(event, "tag", None)
            if tag is not None and tag not in _COLLECTION_TAGS:
                raise _YamlRefused("invalid YAML: only standard tags are allowed", event.start_mark)
            data: dict[str, Any] | list[Any] = {} if isinstance(event, MappingStartEvent) else []
            stack.append(_Open(pointer, data, event.anchor, event))
            continue
        last_end = event.end_mark
    return Document(path, documents[0] if documents else None, "yaml", YamlPositions(spans, redirects))


def _take_key(node: _Open, event: Any, anchors: _Anchors) -> None:
    """Mapping keys become strings as written; collections as keys are refused."""
    if isinstance(event, AliasEvent):
        value = anchors.get(event.anchor, (None, None, 0))[0]
        if not isinstance(value, str):
            raise _YamlRefused("invalid YAML: an alias used as a key must name a string", event.start_mark)
        key = value
    elif isinstance(event, ScalarEvent):
        if event.tag not in (None, "!", _CORE + "str"):
            _scalar(event)  # refuses custom tags, checks standard ones
        key = _value(event)
        if event.anchor is not None:
            anchors[event.anchor] = (key, None, 0)
        if key == "<<" and event.style is None and event.tag is None:
            node.merging = True
    else:
        raise _YamlRefused("invalid YAML: mappings and sequences cannot be mapping keys", event.start_mark)
    if key in node.data:
        raise _YamlRefused("duplicate key in a mapping", event.start_mark)
    node.key, node.key_span = key, _span(event.start_mark, event.end_mark)


def _alias(event: Any, anchors: _Anchors, stack: list[_Open]) -> tuple[Any, str | None, int]:
    found = anchors.get(event.anchor)
    if found is not None:
        return found
    if any(node.anchor == event.anchor for node in stack):
        raise _YamlRefused("invalid YAML: an alias refers to a node that contains it", event.start_mark)
    raise _YamlRefused("invalid YAML: alias to an undefined anchor", event.start_mark)


def _merge(node: _Open, redirects: dict[str, str], event: Any) -> None:
    """Apply `<<` merge keys: keys written in the mapping win, then earlier merged mappings."""
    assert isinstance(node.data, dict)
    for value, pointer in node.merges:
        if isinstance(value, dict):
            sources = [(value, pointer)]
        elif isinstance(value, list):
            sources = [(item, f"{pointer}/{i}") for i, item in enumerate(value)]
        else:
            sources = [(value, pointer)]
        for source, where in sources:
            if not isinstance(source, dict):
                raise _YamlRefused(_BAD_MERGE, event.start_mark)
            for k, v in source.items():
                if k not in node.data:
                    node.data[k] = v
                    redirects[f"{node.pointer}/{escape(k)}"] = f"{where}/{escape(k)}"


def _value(event: Any) -> str:
    # ruamel decodes an escaped surrogate pair ("\ud83d\ude00", as json.dumps writes) into two
    # lone surrogates; join them, as a JSON parser would, so the text encodes as UTF-8.
    value: str = event.value
    if event.style == '"' and _SURROGATE.search(value):
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return value


def _scalar(event: Any) -> Any:
    """Resolve a scalar by the YAML 1.2 core schema; refuse tags other than the standard ones."""
    tag, value = event.tag, _value(event)
    if tag is None:
        return _resolve(value, event) if event.style is None else value
    if tag == "!" or (tag.startswith(_CORE) and tag[len(_CORE) :] in _AS_SOURCE):
        return value
    types = _TYPED.get(tag[len(_CORE) :]) if tag.startswith(_CORE) else None
    if types is None:
        raise _YamlRefused("invalid YAML: only standard tags are allowed", event.start_mark)
    resolved = _resolve(value, event)
    if float in types and type(resolved) is int:
        resolved = float(resolved)
    if not isinstance(resolved, types) or (isinstance(resolved, bool) and bool not in types):
        raise _YamlRefused("invalid YAML: a value does not match its tag", event.start_mark)
    return resolved


def _resolve(value: str, event: Any) -> Any:
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.fullmatch(value):
        try:
            return int(value, 0) if value[:2] in ("0o", "0x") else int(value)
        except ValueError:  # over sys.get_int_max_str_digits()
            raise _YamlRefused("invalid YAML: integer has too many digits", event.start_mark) from None
    if _FLOAT.fullmatch(value):
        return float(value)
    return _SPECIAL_FLOAT.get(value, value)
