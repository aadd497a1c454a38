"""Plain JSON values inside a schema document: their strings, and how deep they nest.

`iter_strings` reads values that are not schemas (`examples`, `default`, `x-` extensions, OpenAPI
Example objects), each string with the keys just above it as context, so `{"memberId": ...}` in an
example object says what its value is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from phiscan.pointer import join_pointer
from phiscan.types import Exposure, Role, Surface

MAX_CONTEXT = 2  # property names above a value kept as its context
_FRAMES = frozenset({"value", "values", "example", "examples", "items", "data"})  # keys that say nothing of a value


def nesting_exceeds(value: Any, max_depth: int) -> bool:
    """True when objects and arrays in `value` nest deeper than `max_depth` (cycles count as too deep).

    The loader refuses such files; objects built in memory are checked here before a walk, whose
    pointers would otherwise grow with the depth and cost time and memory quadratic in it.
    """
    stack: list[tuple[Any, int]] = [(value, 0)]
    on_path: set[int] = set()  # containers on the current path: meeting one again is a cycle
    deepest: dict[int, int] = {}  # a shared container need not be walked again at a depth no greater
    while stack:
        node, depth = stack.pop()
        if depth < 0:  # the marker that a container's children are done
            on_path.discard(id(node))
            continue
        if not isinstance(node, (dict, list)):
            continue
        if depth >= max_depth or id(node) in on_path:
            return True
        if deepest.get(id(node), -1) >= depth:
            continue
        deepest[id(node)] = depth
        on_path.add(id(node))
        stack.append((node, -1))
        stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return False


def scalar_text(value: Any) -> str | None:
    """The text of a scalar that can carry an identifier (strings and integers; no identifier is negative, and a
    negative integer's digits are an offset or an ordinal: `-2250837741010944`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    return None


def iter_strings(
    value: Any, pointer: str, path: str, role: Role, exposure: Exposure, context: tuple[str, ...]
) -> Iterator[Surface]:
    """Every scalar string inside an arbitrary JSON value (examples, defaults, x-* values)."""
    stack: list[tuple[Any, str, tuple[str, ...]]] = [(value, pointer, context)]
    seen: set[int] = set()
    while stack:
        node, ptr, ctx = stack.pop()
        text = scalar_text(node)
        if text is not None:
            yield Surface(path, ptr, role, exposure, text, ctx)
        elif isinstance(node, dict):
            if id(node) in seen:
                continue
            seen.add(id(node))
            # a value's own key says what it is (`{"memberId": ...}` in an example object), and a FHIR Identifier's
            # or ContactPoint's `system` what its `value` is (`{"system": ".../mrn", "value": ...}`)
            system = _naming_sibling(node)
            stack.extend(
                (v, join_pointer(ptr, k), _key_context(ctx, k, system)) for k, v in reversed(list(node.items()))
            )
        elif isinstance(node, list):
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.extend((v, join_pointer(ptr, i), ctx) for i, v in reversed(list(enumerate(node))))


_NAMING = ("system", "type")  # siblings that name what a `value` is (FHIR Identifier, ContactPoint)


def _naming_sibling(node: dict[Any, Any]) -> str | None:
    """The text of a sibling that names what an object's `value` is (`system`, `type`), if any."""
    return next((t for k in _NAMING if isinstance(t := node.get(k), str) and 0 < len(t) <= 120), None)


def _key_context(ctx: tuple[str, ...], key: Any, system: str | None) -> tuple[str, ...]:
    """The context of the value at `key` of an object under `ctx`: its key, or for a `value` what names it."""
    if key == "value" and system is not None:
        return (*ctx, system)[-MAX_CONTEXT:]
    return (*ctx, key)[-MAX_CONTEXT:] if isinstance(key, str) and key not in _FRAMES else ctx
