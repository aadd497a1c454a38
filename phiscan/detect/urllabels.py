"""A web address after a label that names a person's page (`Fundraiser: https://…`, `Kolèk lajan: https://…`): the
label says whose it is, as a key would (`fundraiserUrl`), where the address alone says nothing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from phiscan.detect.candidates import URL_PATTERN
from phiscan.detect.records import RECOGNIZER
from phiscan.types import Detection

_URL = re.compile(URL_PATTERN)
_MAX_URLS = 64  # a text's first few addresses: a label names the one right after it


def labelled_urls(
    text: str,
    cues_before: Callable[[int], dict[str, tuple[int, int]]],
    classify: Callable[[str, dict[str, tuple[int, int]]], tuple[str, float] | None],
) -> list[Detection]:
    """Each address in `text` whose label right before it (`cues_before`) names a personal page strongly, as the
    key's own cue would classify it (documentation's and code hosts' addresses stay no one's)."""
    from phiscan.detect.vocabulary import STRONG

    if "://" not in text:
        return []
    out = []
    for m in itertools.islice(_URL.finditer(text), _MAX_URLS):
        cue = cues_before(m.start()).get("URL")
        if cue is None or cue[0] != STRONG:
            continue
        found = classify(m.group(), {"URL": cue})
        if found is not None:
            out.append(Detection(found[0], m.start(), m.end(), found[1], RECOGNIZER, m.group()))
    return out
