"""Fundraisers and memorials for one person: a page under an appeal's section, or a slug that asks for one
person's treatment or funeral, with a person's name in it (`ketto.org/fundraiser/help-rosa-garcia-fight-cancer`).
Read by `phiscan.detect.urls.personal_url`."""

from __future__ import annotations

import itertools
import re
from urllib.parse import unquote_plus

SLUG_SPLIT = re.compile(r"[-_.+]|%20")
_APPEAL_SECTIONS = frozenset(
    {"fundraiser", "fundraisers", "campaign", "campaigns", "fund", "donate", "memorial", "memorials", "obituary"}
    | {"obituaries", "tribute", "tributes", "appeal", "appeals", "crowdfunding", "fundraising", "fundraising-events"}
    | {"donation", "donations", "spendenaktion", "cagnotte", "collecte", "vaquinha", "campanha", "raccolta", "zbiorka"}
)
# a slug that asks for one person's treatment or funeral (`harjono-sebayang-treatment-fund`, `reha-fur-...`)
_APPEAL_CAUSES = frozenset(
    {"treatment", "surgery", "transplant", "chemo", "chemotherapy", "cancer", "recovery", "rehab", "reha"}
    | {"medical", "hospital", "therapy", "memorial", "burial", "funeral", "leukemia", "tumor", "tumour", "kidney"}
)
_LOOSE_SECTIONS = frozenset({"campaign", "campaigns", "fund", "donate", "donation", "donations"})
_APPEAL_WORDS = frozenset({"help", "support", "save", "pray", "stand", "fight", "justice", "for", "in", "remembering"})


def listed_name(word: str) -> bool:
    """A given name or a surname of the gazetteers (which hold the folded forms too), as a slug or handle writes it."""
    from phiscan.detect.names import fold, gazetteer

    return (w := fold(word.lower())) in gazetteer("given_names") or w in gazetteer("surnames")


def appeal(segments: list[str], plainly: bool = False) -> bool:
    """A fundraiser's or a memorial's page: under such a section, or a slug that asks (`help-...`, `save-...`) or
    names a cause (`...-treatment-fund`).  `plainly`: not by a marketing section nor `for-grafana-loki`."""
    sections = _APPEAL_SECTIONS - _LOOSE_SECTIONS if plainly else _APPEAL_SECTIONS
    asks = _APPEAL_WORDS - {"for", "in", "stand", "justice"} if plainly else _APPEAL_WORDS
    return any(s.lower() in sections for s in segments[:-1]) or any(
        (len(words := SLUG_SPLIT.split(s.lower())) >= 2 and words[0] in asks)
        or (len(words) >= 3 and not _APPEAL_CAUSES.isdisjoint(words))
        for s in segments
    )


def name_in_slug(segment: str, loose: bool = False) -> bool:
    """Two neighbouring words of a slug that are a person's name (`help-rosa-garcia-fight-cancer`), or, `loose`
    (plainly an appeal), one listed and neither a dictionary, schema or place word (`zendesk-freshdesk`)."""
    from phiscan.detect.names import is_common, is_place, known_full_name, schema_word

    def plain(w: str) -> tuple[bool, bool]:  # (no word of the page's own, a listed name)
        low = w.lower()
        ok = len(w) >= 3 and not (is_common(w) or schema_word(w) or low in _APPEAL_CAUSES or low in _APPEAL_WORDS)
        return ok, listed_name(low)

    def named(a: str, b: str) -> bool:
        (a_ok, a_listed), (b_ok, b_listed) = plain(a), plain(b)
        return a_ok and b_ok and (a_listed or b_listed) and not is_place([a, b])

    words = [w.title() for w in SLUG_SPLIT.split(unquote_plus(segment)) if w.isalpha()][:12]
    return any(known_full_name(f"{a} {b}") or (loose and named(a, b)) for a, b in itertools.pairwise(words))
