"""Overlapping detections in one view, settled: an outer identifier over what it contains, secrets over
everything they touch, validated patterns over the name model."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from phiscan import rules
from phiscan.detect.barecodes import ENTITY as BARE_CODE
from phiscan.types import Detection


def is_ner(d: Detection) -> bool:
    return d.recognizer == "SpacyRecognizer"


def is_inferred(d: Detection) -> bool:
    """A detection from the name model or from the schema's words: it yields to any pattern it touches."""
    return d.recognizer in ("SpacyRecognizer", "phiscan:context")


def strong_secret(d: Detection) -> bool:
    """A named credential format; heuristic ones (a password after a keyword) compete like any pattern."""
    return rules.is_secret(d.entity) and d.score >= 0.9


def _overlaps(a: Detection, b: Detection) -> bool:
    return a.start < b.end and b.start < a.end


def _within(a: Detection, b: Detection) -> bool:
    return b.start <= a.start and a.end <= b.end


class _Disjoint:
    """Detections that do not overlap one another, sorted by start: the ones overlapping a span are found in
    O(log n + k), so a long description with thousands of detections costs n log n, not n squared."""

    def __init__(self, items: Sequence[Detection] = ()) -> None:
        self._items = sorted(items, key=lambda d: d.start)
        self._starts = [d.start for d in self._items]

    def overlapping(self, d: Detection) -> list[Detection]:
        i = max(bisect.bisect_right(self._starts, d.start) - 1, 0)  # earlier ones end before this one starts
        out = []
        while i < len(self._items) and self._items[i].start < d.end:
            if _overlaps(d, self._items[i]):
                out.append(self._items[i])
            i += 1
        return out

    def replace(self, gone: Sequence[Detection], new: Detection | None) -> None:
        """Drop `gone` (found by `overlapping`, so a run of neighbours) and put `new` in its place."""
        if gone:
            at = bisect.bisect_left(self._starts, gone[0].start)
            while self._items[at] is not gone[0]:  # only empty spans share a start
                at += 1
            del self._items[at : at + len(gone)]
            del self._starts[at : at + len(gone)]
        if new is not None:
            at = bisect.bisect_right(self._starts, new.start)
            self._items.insert(at, new)
            self._starts.insert(at, new.start)


def _outer_first(found: Sequence[Detection]) -> list[Detection]:
    """Among overlapping detections of one kind, an outer identifier wins over what it contains,
    otherwise the higher score wins."""
    kept: list[Detection] = []  # in the order they were kept: later stages rely on it for ties
    index = _Disjoint()
    for d in sorted(found, key=lambda d: (-(d.end - d.start), -d.score)):
        clash = index.overlapping(d)
        if not clash:
            kept.append(d)
            index.replace((), d)
        elif not any(_within(d, k) for k in clash) and all(d.score > k.score for k in clash):
            ids = {id(k) for k in clash}
            kept = [k for k in kept if id(k) not in ids] + [d]
            index.replace(clash, d)
    return kept


def _explained(found: Sequence[Detection]) -> list[Detection]:
    """`found` without an unexplained code that any other detection touches: what says what a value is wins.
    (The others by start, with the furthest end reached so far: each code is asked in O(log n).)"""
    others = sorted((d for d in found if d.entity != BARE_CODE), key=lambda d: d.start)
    starts = [d.start for d in others]
    reach = list(itertools.accumulate((d.end for d in others), max))

    def touched(d: Detection) -> bool:
        i = bisect.bisect_left(starts, d.end)  # the others that start before the code ends
        return i > 0 and reach[i - 1] > d.start

    return [d for d in found if d.entity != BARE_CODE or not touched(d)]


def resolve_overlaps(found: Sequence[Detection]) -> list[Detection]:
    """One view's detections without double counting.  Secrets beat everything they touch; validated
    patterns beat the name model, except a street address around its own ZIP code.  What the schema's own
    words say (`phiscan.detect.evidence`) competes with the patterns by score: a strong word (`SSN`, `member
    ID`) outweighs a weak pattern that only a context word lifted over the threshold (`card` before a number)."""
    if len(found) <= 1:
        return list(found)
    if any(d.entity == BARE_CODE for d in found):
        found = _explained(found)
    secrets = _outer_first([d for d in found if strong_secret(d)])
    held = _Disjoint(secrets)
    is_name = [is_ner(d) or (is_inferred(d) and d.entity == "PERSON") for d in found]
    named = [d for d, name in zip(found, is_name, strict=True) if name and not held.overlapping(d)]
    patterns = _outer_first(
        [
            d
            for d, name in zip(found, is_name, strict=True)
            if not name and not strong_secret(d) and not held.overlapping(d)
        ]
    )
    by_start = _Disjoint(patterns)
    dropped: set[int] = set()
    names: list[Detection] = []
    for n in _outer_first(named):
        touching = by_start.overlapping(n)
        if n.entity == "LOCATION" and touching and all(p.entity == "ZIP_CODE" and _within(p, n) for p in touching):
            dropped.update(id(p) for p in touching)
            by_start.replace(touching, None)
            names.append(n)
        elif not touching:
            names.append(n)
    return secrets + [p for p in patterns if id(p) not in dropped] + names


def outermost(found: Sequence[Detection]) -> list[Detection]:
    """`found` without a span inside another's (`L. Gomez` in `Maria L. Gomez`), in one sweep by start."""
    out: list[Detection] = []
    reach = -1  # the furthest end of the spans kept so far, all of which start no later
    for d in sorted(found, key=lambda d: (d.start, -d.end)):
        if d.end > reach:
            out.append(d)
            reach = d.end
    return out
