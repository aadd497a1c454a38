"""A request as the SDK guard sees it: the JSON body an SDK call would send, and its parts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from phiscan.surfaces.messages import content_blocks, has_files, request_file_texts

_TRANSPORT = frozenset({"extra_headers", "extra_query", "timeout", "betas"})
_PART_KEYS = (
    "output_config",
    "output_format",
    "response_format",
    "text",
    "generationConfig",
    "generation_config",
    "metadata",
)
_FILE_PREFIXES = ("/messages/", "/input/", "/system/", "/mcp_servers/")


def _jsonable(obj: Any) -> Any:
    schema = getattr(obj, "model_json_schema", None)
    if isinstance(obj, type) and callable(schema):
        return schema()
    dump = getattr(obj, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(obj, (set, frozenset, tuple)) or hasattr(obj, "__iter__"):
        return list(obj)
    return repr(obj)


def canonical(value: Any) -> bytes:
    """The canonical JSON of a part: sorted keys, no spaces."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=_jsonable).encode("utf-8", "surrogatepass")


def request_body(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON body an SDK call sends, from its keyword arguments (transport options dropped)."""
    body = {
        k: v
        for k, v in kwargs.items()
        if k not in _TRANSPORT and k != "extra_body" and type(v).__name__ not in ("Omit", "NotGiven")
    }
    extra = kwargs.get("extra_body")
    if isinstance(extra, dict):
        body.update(extra)
    for key in ("tools", "messages", "input"):
        if key in body and not isinstance(body[key], (list, str, dict)):
            body[key] = list(body[key])  # the SDKs accept any iterable
    fmt = body.get("output_format")
    if isinstance(fmt, type):  # anthropic .parse(output_format=Model)
        body["output_config"] = {"format": {"type": "json_schema", "schema": _jsonable(fmt)}}
        del body["output_format"]
    rf = body.get("response_format")
    if isinstance(rf, type):  # openai chat .parse(response_format=Model)
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": rf.__name__, "schema": _jsonable(rf), "strict": True},
        }
    tf = body.pop("text_format", None)
    if isinstance(tf, type):  # openai responses .parse(text_format=Model)
        body["text"] = {"format": {"type": "json_schema", "name": tf.__name__, "schema": _jsonable(tf), "strict": True}}
    return body


LISTED_PARTS = ("tools", "functions")  # `functions`: Chat Completions' deprecated form of `tools`


def request_parts(body: dict[str, Any]) -> list[tuple[str, Any]]:
    """The request cut into parts, each judged (and cached) on its own: every tool, every schema-bearing key,
    `metadata`, and (as one part, `@files`) the file names and sources its messages carry."""
    out: list[tuple[str, Any]] = []
    for key in LISTED_PARTS:  # each tool its own part: a request often adds one tool to a known list
        items = body.get(key)
        if isinstance(items, list):
            out.extend((f"/{key}/{i}", t) for i, t in enumerate(items))
    out.extend(("/" + k, body[k]) for k in _PART_KEYS if k in body)
    if "mcp_servers" in body or has_files(body):
        files: list[Any] = list(request_file_texts(body))
        files.extend(
            (ptr, b.get("type"), b["source"].get("type") if isinstance(b.get("source"), dict) else None)
            for b, ptr in content_blocks(body)
            if "source" in b or b.get("type") == "container_upload"
        )
        if files:
            out.append(("@files", files))
    return out


def part_owner(pointer: str, prefixes: Sequence[str]) -> str | None:
    """Which of the parts `prefixes` the finding at `pointer` belongs to."""
    for p in prefixes:
        if p == "@files":
            if pointer.startswith(_FILE_PREFIXES):
                return p
        elif pointer == p or pointer.startswith(p + "/"):
            return p
    return None
