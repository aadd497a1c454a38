"""The values a surface has already reported, normalised, so one found again in another view is reported once."""

from __future__ import annotations

import functools


class Held:
    """The normalised values already reported for a surface, to ask in about linear time whether a new one
    lies inside one of them, or one of them inside it.  (Asked pairwise, a description with thousands of
    distinct numbers cost time quadratic in them.)  Normalised values are alphanumeric, so no match can
    straddle the NUL that joins them."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._joined = ""
        self._pending: list[str] = []

    def add(self, norm: str) -> None:
        self._seen.add(norm)
        self._pending.append(norm)
        if len(self._pending) >= 64:
            self._joined += "\0" + "\0".join(self._pending)
            self._pending.clear()

    def contains(self, norm: str) -> bool:
        """`norm` is one of them, or part of one."""
        return norm in self._seen or norm in self._joined or any(norm in p for p in self._pending)

    def inside(self, norm: str) -> bool:
        """One of them is part of `norm` (a name is short: its substrings are few)."""
        size = len(norm)
        if size > 64:  # not a name-sized span: ask each held value instead
            return any(held in norm for held in self._seen)
        return any(norm[i:j] in self._seen for i in range(size) for j in range(i + 1, size + 1))


@functools.lru_cache(maxsize=1 << 14)  # asked of each name again in every pass over a long text
def normalised(value: str) -> str:
    """`value` lower-cased, its letters and digits only: how values are compared across a surface's views."""
    return "".join(c for c in value.lower() if c.isalnum())
