"""Message content: the blocks a request carries, and the file names, metadata and tokens that ride with them.

Message text itself is prompt content (not cached with the schema); what travels with it and lands
elsewhere is: a document's title (a file name), its context, URL sources' file names and MCP server tokens.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from phiscan.pointer import join_pointer
from phiscan.types import Exposure, Role

_MESSAGE_KEYS = frozenset({"role", "content", "type", "cache_control", "text"})
_TEXT_BLOCK_KEYS = frozenset({"type", "text", "cache_control"})
_TEXT_TYPES = frozenset({"text", "input_text", "output_text", "message"})


def content_blocks(body: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every content block in `messages` (Anthropic) or `input` (OpenAI Responses), nested ones too."""
    stack: list[tuple[Any, str]] = []
    for key in ("messages", "input", "system", "prompt"):
        if isinstance(body.get(key), list):
            stack.append((body[key], "/" + key))
    while stack:
        node, ptr = stack.pop()
        if isinstance(node, list):
            stack.extend((v, join_pointer(ptr, i)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
        elif isinstance(node, dict):
            if "type" in node:
                yield node, ptr
            if isinstance(node.get("content"), list):
                stack.append((node["content"], join_pointer(ptr, "content")))


_FILE_NAME_KEYS = frozenset({"filename", "file_name"})
_TOKEN_KEYS = frozenset({"authorization_token", "access_token", "api_key", "token", "bearer_token"})


def _url_file_name(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path.rsplit("/", 1)[-1])


def request_file_texts(doc: dict[str, Any]) -> Iterator[tuple[str, Role, Exposure, str, tuple[str, ...]]]:
    """File names and metadata that travel with message content, and MCP server tokens.

    Document blocks' `title` (a file name) and `context`, any `filename`, the file name at the
    end of a URL source, and `mcp_servers[].authorization_token` (and similar token fields,
    keyed by their name so the secret detectors see it).  Yields (pointer, role, exposure, text, context).
    """
    stack: list[tuple[Any, str]] = [
        (doc[k], "/" + k) for k in ("messages", "input", "system", "prompt") if isinstance(doc.get(k), list)
    ]
    while stack:
        node, ptr = stack.pop()
        if isinstance(node, list):
            stack.extend((v, join_pointer(ptr, i)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
            continue
        if not isinstance(node, dict):
            continue
        is_doc = node.get("type") == "document"
        for key, value in node.items():
            if isinstance(value, (dict, list)):
                stack.append((value, join_pointer(ptr, key)))
            elif not isinstance(value, str):
                continue
            elif key in _FILE_NAME_KEYS or (is_doc and key == "title"):
                yield join_pointer(ptr, key), Role.FILE_NAME, Exposure.FILE_NAME, value, ()
            elif is_doc and key == "context":
                yield join_pointer(ptr, key), Role.METADATA, Exposure.METADATA, value, ()
            elif key == "url" and ptr.endswith("/source") and _url_file_name(value):
                yield join_pointer(ptr, key), Role.FILE_NAME, Exposure.FILE_NAME, _url_file_name(value), ()
    servers = doc.get("mcp_servers")
    for i, server in enumerate(servers if isinstance(servers, list) else ()):
        if isinstance(server, dict):
            for key, value in server.items():
                if key in _TOKEN_KEYS and isinstance(value, str):
                    yield join_pointer("/mcp_servers", i, key), Role.METADATA, Exposure.METADATA, value, (key,)


def has_files(body: dict[str, Any]) -> bool:
    """False when every message is plain text, so the walk for file names and sources can be skipped."""
    for key in ("messages", "input", "system", "prompt"):
        items = body.get(key)
        if not isinstance(items, list):
            continue
        for m in items:
            if not isinstance(m, dict):
                return True
            if not m.keys() <= _MESSAGE_KEYS or m.get("type", "message") not in _TEXT_TYPES:
                return True
            content = m.get("content")
            if isinstance(content, list):
                for block in content:
                    if (
                        not isinstance(block, dict)
                        or not block.keys() <= _TEXT_BLOCK_KEYS
                        or block.get("type") not in _TEXT_TYPES
                    ):
                        return True
    return False
