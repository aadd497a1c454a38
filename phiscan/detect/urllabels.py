"""A web address right after a label that names a person's page (`Fundraiser: https://…`, `Kolèk lajan: https://…`):
the label says whose it is, as a key would (`fundraiserUrl`), where the address alone says nothing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from phiscan.detect.candidates import URL_PATTERN
from phiscan.detect.records import RECOGNIZER
from phiscan.types import Detection

_URL = re.compile(URL_PATTERN)
_MAX_URLS = 64  # a text's first few addresses: a label names the one right after it
_LABEL_END = re.compile(r"[:\uff1a]\s*$")  # a label's colon right before the address, not a sentence's words
# an organisation's page as often as a person's: a hospital's portal, Memorial Day, Memorial Sloan Kettering
_NOT_ONE_PERSONS = frozenset({"portal", "memorial"})


def labelled_urls(
    text: str,
    cues_before: Callable[[int], dict[str, tuple[int, int]]],
    classify: Callable[[str, dict[str, tuple[int, int]]], tuple[str, float] | None],
) -> list[Detection]:
    """Each address in `text` right after a label's colon whose words name a personal page strongly (`cues_before`),
    whose path ends in a page's own name (a handle or a slug, no site's root, word or file), as the key's own cue
    would classify it (documentation's and code hosts' addresses stay no one's)."""
    from phiscan.detect.vocabulary import STRONG, normal_words

    if "://" not in text:
        return []
    out = []
    for m in itertools.islice(_URL.finditer(text), _MAX_URLS):
        before = text[max(0, m.start() - 40) : m.start()]
        if _LABEL_END.search(before) is None or _NOT_ONE_PERSONS.intersection(normal_words(before)):
            continue
        cue = cues_before(m.start()).get("URL")
        if cue is None or cue[0] != STRONG or not _own_page(m.group()):
            continue
        found = classify(m.group(), {"URL": cue})
        if found is not None:
            out.append(Detection(found[0], m.start(), m.end(), found[1], RECOGNIZER, m.group()))
    return out


def _own_page(url: str) -> bool:
    """The address's last path segment names one page: not the site's root, a file (`index.htm`), or dictionary
    words only (`/donate`, `/Wall-of-Faces`, `/friends-of-the-library`)."""
    from phiscan.detect.names import is_common

    segments = [s for s in urlsplit(url).path.split("/") if s]
    if not segments or re.search(r"\.[a-z]{2,5}$", segments[-1], re.IGNORECASE):
        return False
    parts = [p for p in re.split(r"[-_.]", segments[-1]) if p]
    return len(segments[-1]) >= 3 and not all(is_common(p) or p.isdigit() or len(p) <= 3 for p in parts)
