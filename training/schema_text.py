"""Walk a JSON document and yield each scanned string as phiscan presents it to the model.

Used to mine schema vocabulary for hard negatives (`mine_vocab.py`) and to sample real
strings for the noise measurement (`scripts/eval_ner.py`).  This is a simplified mirror of
phiscan's surface walker: it needs the presentation, not the pointers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from training.present import file_stem, present_identifier, regex_literals

_TOOL_KEYS = frozenset({"input_schema", "inputSchema", "parameters", "arguments"})


def bucket(path: str, buckets: int = 10) -> int:
    """A stable bucket for a file path, so mining and evaluation use disjoint real files."""
    return int(hashlib.sha1(path.encode()).hexdigest(), 16) % buckets


def iter_strings(doc: Any, file_name: str) -> Iterator[tuple[str, str]]:
    """(role, presented text) for the file name, every key and every string value."""
    yield "file_name", present_identifier(file_stem(file_name))
    yield from _walk(doc, parent_key=None, container=None)


def _walk(node: Any, parent_key: str | None, container: Any) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if parent_key == "patternProperties":
                for lit in regex_literals(key):
                    yield "pattern_property", lit
            else:
                yield "property_name", present_identifier(key)
            yield from _walk(value, key, node)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, parent_key, container)
    elif isinstance(node, str) and node:
        if parent_key == "pattern":
            for lit in regex_literals(node):
                yield "pattern", lit
        elif parent_key == "name" and isinstance(container, dict) and _TOOL_KEYS & container.keys():
            yield "tool_name", present_identifier(node)
        else:
            yield parent_key or "value", node
