"""Long text in bounded windows, and the small steps around them: offsets shifted back, duplicates from
overlapping windows dropped, unencodable code points replaced one for one, links kept whole."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from phiscan.surfaces.views import View
from phiscan.types import Detection

# The scheme is bounded: unbounded, a long run of letters costs time quadratic in its length.
_URL_SPAN = re.compile(r"[a-z][a-z0-9+.-]{0,31}://[^\s\"'<>]+", re.IGNORECASE)


def outside_urls(text: str, found: list[Detection]) -> list[Detection]:
    """Numbers and names inside a link (a StackOverflow question id) are part of the link, not PHI."""
    spans = [m.span() for m in _URL_SPAN.finditer(text)]
    if not spans:
        return found
    return [d for d in found if d.entity == "URL" or not any(a <= d.start and d.end <= b for a, b in spans)]


# Lone surrogates (a `\ud800` JSON escape) cannot be encoded, and spaCy's tokenizer raises on them: the text
# is analysed with U+FFFD in their place, one code point for one, so every offset still fits the original.
_UNENCODABLE = re.compile("[\ud800-\udfff]")


def encodable(view: View) -> View:
    if not _UNENCODABLE.search(view.text):
        return view
    return replace(view, text=_UNENCODABLE.sub("\ufffd", view.text))


# Presidio's context step costs matches x tokens of its text, so a window's cost grows with its square: small
# windows keep long text linear with a small constant.
WINDOW = 2400  # characters Presidio and the name model see at once (1,200 cost 10% more: per-window steps)
OVERLAP = 120  # longer than any one thing a recognizer finds (an address, a name with titles, a URL)
# Text longer than this skips the pre-screens: it nearly always holds something, and they cost more than
# they save on it.
LONG = 4800


def windows(text: str) -> list[tuple[int, str]]:
    """`text` as overlapping windows of at most `WINDOW` characters: (offset, window)."""
    if len(text) <= WINDOW:
        return [(0, text)]
    out = []
    for start in range(0, len(text), WINDOW - OVERLAP):
        out.append((start, text[start : start + WINDOW]))
        if start + WINDOW >= len(text):
            break
    return out


def shifted(d: Detection, offset: int) -> Detection:
    return d if not offset else Detection(d.entity, d.start + offset, d.end + offset, d.score, d.recognizer, d.matched)


def distinct(found: list[Detection]) -> list[Detection]:
    """One detection per (entity, span, recognizer): windows overlap, so some are found twice."""
    best: dict[tuple[str, int, int, str], Detection] = {}
    for d in found:
        key = (d.entity, d.start, d.end, d.recognizer)
        if key not in best or d.score > best[key].score:
            best[key] = d
    return list(best.values())


def within_any(spans: list[tuple[int, int]]) -> Callable[[Detection], bool]:
    """A test for "lies within one of `spans`", in log time per detection (a view may hold thousands)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))  # the furthest end of any span so far

    def inside(d: Detection) -> bool:
        i = bisect.bisect_right(starts, d.start) - 1
        return i >= 0 and reach[i] >= d.end

    return inside
