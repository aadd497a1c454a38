"""Edits that keep a document's layout: take members or elements out of a collection, put a new scalar where
an old one was, append words to a description.  Each returns None when the text around the spot is not a
shape it knows, and the fix is then left for a person (the plan verifies every edit by parsing the result)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from phiscan.fix.places import Edit, Places
from phiscan.pointer import join_pointer

_BLANK = re.compile(r"[ \t]*")
_DASH = re.compile(r"[ \t]*-[ \t]+")
_LINE_REST = re.compile(r"[ \t]*(?:#[^\n]*)?(?:\r?\n|$)")


def encode(value: str, places: Places) -> str:
    """`value` as a scalar of the document's format: a JSON string, or a quoted YAML scalar (which reads the
    same in block and flow context)."""
    if places.fmt == "yaml" and value.isprintable() and "'" not in value:
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=places.fmt == "yaml")


def replace_value(places: Places, pointer: str, value: str) -> Edit | None:
    """Put the string `value` where the scalar at `pointer` is."""
    span = places.value(pointer)
    if span is None or places.text[span[0] : span[0] + 1] in ("[", "{", "&", "*", "!"):
        return None  # a collection, an anchor, an alias or a tag: not a plain scalar to swap
    return Edit(span[0], span[1], encode(value, places))


def _item(places: Places, container: str, token: str | int) -> tuple[int, int] | None:
    """The span of one member (key to value) or element of the collection at `container`."""
    pointer = join_pointer(container, token)
    value = places.value(pointer)
    if value is None:
        return None
    key = places.key(pointer) if isinstance(token, str) else None
    return (key[0] if key else value[0]), value[1]


def remove_items(places: Places, container: str, remove: Sequence[str | int]) -> list[Edit] | None:
    """Edits taking the members (str tokens) or elements (int indices) `remove` out of the collection at
    `container`, commas and line breaks with them."""
    node = places.node(container)
    tokens: list[str | int] = list(node) if isinstance(node, dict) else list(range(len(node)))
    spans = [_item(places, container, t) for t in tokens]
    if any(s is None for s in spans):
        return None
    items = [s for s in spans if s is not None]
    gone = [i for i, t in enumerate(tokens) if t in set(remove)]
    runs: list[tuple[int, int]] = []
    for i in gone:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    flow = places.is_flow(container)
    edits: list[Edit] = []
    for first, last in runs:
        edit = _flow_run(places, container, items, first, last) if flow else _block_run(places, items, first, last)
        if edit is None:
            return None
        edits.append(edit)
    return edits


def _flow_run(places: Places, container: str, items: list[tuple[int, int]], first: int, last: int) -> Edit | None:
    if first > 0:  # from the end of the kept item before: its comma goes, the line layout after stays
        return Edit(items[first - 1][1], items[last][1], "")
    if last + 1 < len(items):  # the first items: up to where the next kept one starts
        return Edit(items[first][0], items[last + 1][0], "")
    span = places.value(container)  # all of them: an empty collection
    return None if span is None else Edit(span[0] + 1, span[1] - 1, "")


def _block_run(places: Places, items: list[tuple[int, int]], first: int, last: int) -> Edit | None:
    text = places.text
    start = items[first][0]
    head = places.line_start(start)
    if _BLANK.fullmatch(text, head, start):  # the items own their lines: delete the lines
        end = items[last][1]
        if end > 0 and text[end - 1] != "\n":
            rest = _LINE_REST.match(text, end)
            if rest is None:
                return None
            end = rest.end()
        return Edit(head, end, "")
    if _DASH.fullmatch(text, head, start) and last + 1 < len(items):  # `- default: x` then `  title: y`
        return Edit(start, items[last + 1][0], "")
    return None


def append_words(places: Places, pointer: str, words: str) -> Edit | None:
    """Insert `words` (plain ASCII, no quotes) at the end of the one-line string at `pointer`."""
    span = places.value(pointer)
    if span is None:
        return None
    raw = places.text[span[0] : span[1]]
    if "\n" in raw or raw[:1] in ("|", ">", "&", "*", "!", "[", "{"):
        return None
    if raw[:1] in ('"', "'") and raw[-1:] == raw[:1] and len(raw) >= 2:
        return Edit(span[1] - 1, span[1] - 1, words)
    if places.fmt == "yaml" and not places.is_flow(pointer.rsplit("/", 1)[0]):
        return Edit(span[1], span[1], words)  # a plain scalar in block context
    return None


def replace_member(places: Places, pointer: str, members: Sequence[tuple[str, str]]) -> Edit | None:
    """Put new members (name, string value) where the member at `pointer` is, in its place and indentation."""
    key, value = places.key(pointer), places.value(pointer)
    if key is None or value is None:
        return None
    if places.fmt == "json":
        parts = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in members]
        return Edit(key[0], value[1], ", ".join(parts))
    parts = [f"{k}: {encode(v, places)}" for k, v in members]
    if places.is_flow(pointer.rsplit("/", 1)[0]):
        return Edit(key[0], value[1], ", ".join(parts))
    indent = key[0] - places.line_start(key[0])
    newline = "\r\n" if "\r\n" in places.text else "\n"  # the file's own line ending
    return Edit(key[0], value[1], (newline + " " * indent).join(parts))
