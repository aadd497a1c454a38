"""YAML into plain data for `phiscan.documents.load`, from ruamel's parser events.

Built from events rather than ruamel's composer: the composer recurses (deep input raises
RecursionError) and constructs nodes we would then walk again.  Kept apart from `phiscan.documents.load`
so that a scan of JSON files never imports ruamel.
"""

from __future__ import annotations

import re
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

from phiscan.documents.document import Document, Limits, error_at
from phiscan.documents.sourcemap import Span, YamlPositions
from phiscan.pointer import escape_token
from phiscan.types import FileError

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

    def __init__(self, pointer: str, data: dict[str, Any] | list[Any], anchor: str | None, event: Any) -> None:
        self.pointer, self.data, self.anchor = pointer, data, anchor
        self.start, self.flow = event.start_mark, bool(event.flow_style)
        self.key: str | None = None
        self.key_span: Span | None = None
        self.aliases = 0  # alias references below this node, counted as expanded
        self.merges: list[tuple[Any, str]] = []  # (value, pointer) of each "<<" value
        self.merging = False


def _span(start: Any, end: Any) -> Span:
    return (start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def load_yaml(text: str, path: str, limits: Limits) -> Document | FileError:
    """`text` as a `Document`, or a `FileError` naming the line and column, never quoting content."""
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
        return error_at(path, "invalid YAML: control characters are not allowed", text, e.position)


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
            pointer = f"{parent.pointer}/{escape_token(parent.key or '')}"
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
                    redirects[f"{node.pointer}/{escape_token(k)}"] = f"{where}/{escape_token(k)}"


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
