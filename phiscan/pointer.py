"""RFC 6901 JSON Pointers, once: escaping, joining, splitting, resolving, and masking flagged keys.

Pointers are built while a walk descends and rendered only when reported.  A pointer can carry PHI
itself (a property named after a patient), so every pointer that leaves phiscan in a report, a note or
an exception goes through `masked_pointer` first.
"""

from __future__ import annotations

import hashlib
from typing import Any

from phiscan.masking import mask

MAX_SHOWN_TOKEN = 80  # display (text, SARIF, GitHub): longer tokens show a head and a hash
MAX_RAW_TOKEN = 1_000  # the JSON report, whose pointers are otherwise raw
SHOWN_HEAD = 40


def escape_token(token: str) -> str:
    """Escape one reference token: `~` -> `~0`, `/` -> `~1`."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    """The reference token as written in the document."""
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(base: str, *tokens: str | int) -> str:
    """`base` with reference tokens appended."""
    return base + "".join("/" + escape_token(str(t)) for t in tokens)


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of `pointer` (none for the root, `""`)."""
    return [unescape_token(t) for t in pointer.split("/")[1:]] if pointer else []


def property_name(pointer: str) -> str:
    """The name of the innermost property a pointer passes through (`/properties/password/examples/0`: `password`),
    or ''."""
    tokens = pointer_tokens(pointer)
    at = max((i for i, t in enumerate(tokens[:-1]) if t == "properties"), default=-1)
    return tokens[at + 1] if at >= 0 else ""


_VALUE_KEYWORDS = frozenset({"default", "const", "enum", "examples", "example"})


def member_name(pointer: str) -> str:
    """The key of the innermost object member a value sits in, inside a default, const, enum or example
    (`/properties/cfg/default/heroku_api_key`: `heroku_api_key`), or ''."""
    tokens = pointer_tokens(pointer)
    at = max(
        (i for i, t in enumerate(tokens) if t in _VALUE_KEYWORDS and (i == 0 or tokens[i - 1] != "properties")),
        default=-1,
    )
    return next((t for t in reversed(tokens[at + 1 :]) if not t.isdigit()), "") if at >= 0 else ""


def resolve_pointer(doc: Any, pointer: str) -> Any:
    """The node at `pointer` in `doc`; raise `LookupError` when there is none."""
    if pointer and not pointer.startswith("/"):
        raise LookupError(pointer)
    node = doc
    for token in pointer_tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise LookupError(pointer)
    return node


def masked_pointer(pointer: str, sensitive: frozenset[str]) -> str:
    """`pointer` for display: each token that is a flagged key masked (`/properties/m****_g*******/type`), and
    each token longer than `MAX_SHOWN_TOKEN` shortened to its head and a hash of it, so a 100,000-character
    pattern key does not fill a report once per finding below it (the hash keeps shortened tokens apart).

    `sensitive` holds the pointers whose last token is such a key (`Report.sensitive_pointers`).
    """
    if not pointer:
        return pointer
    out: list[str] = []
    prefix = ""
    for token in pointer.split("/")[1:]:
        prefix += "/" + token
        shown = escape_token(mask(unescape_token(token))) if prefix in sensitive else token
        out.append(_short(shown, MAX_SHOWN_TOKEN))
    return "".join("/" + t for t in out)


def shortened_pointer(pointer: str, limit: int = MAX_RAW_TOKEN) -> str:
    """`pointer` with each token longer than `limit` shortened to its head and a hash (the JSON report's rule:
    pointers stay raw, but a 100,000-character key is no address anyone resolves, and it would repeat in
    every finding below it)."""
    if len(pointer) <= limit:
        return pointer
    return "".join("/" + _short(t, limit) for t in pointer.split("/")[1:])


def _short(token: str, limit: int) -> str:
    if len(token) <= limit:
        return token
    digest = hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{token[:SHOWN_HEAD]}…{digest}"


# tokens that are document structure, never a value: kept as they are by `structural_pointer`
_STRUCTURE = frozenset({
    "tools", "input_schema", "inputSchema", "outputSchema", "function", "parameters", "messages", "content",
    "source", "output_config", "output_format", "format", "schema", "response_format", "json_schema", "text",
    "result", "components", "schemas", "paths", "requestBody", "responses", "generationConfig", "responseSchema",
    "responseJsonSchema", "functionDeclarations", "metadata", "annotations", "mcp_servers", "input_examples",
    "arguments", "application~1json",
})  # fmt: skip


def structural_pointer(pointer: str, keywords: frozenset[str]) -> str:
    """`pointer` with every token that is not schema or document structure masked, for notes about a string
    phiscan could not fully analyse: any key on the way (a property named after a patient) could be PHI that
    was not flagged, because the analysis did not finish.  `keywords` are the schema keywords the walk knows."""
    keep = _STRUCTURE | keywords
    return "".join("/" + (t if (t.isascii() and t.isdigit()) or t in keep else mask(t)) for t in pointer.split("/")[1:])
