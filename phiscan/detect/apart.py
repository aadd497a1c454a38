"""Values written in groups apart, which the identifier candidates split (`phiscan.detect.candidates`): postal codes
(`LS6 2AB`), plates (`AB 123 CD`) and Medicare numbers as their card prints them (`8N58 D72 XM65`), each read right
after the words that name it (`phiscan.detect.evidence`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence

from phiscan.detect.candidates import MAX_CANDIDATES, SPACED_MBI, SPACED_PLATE, SPACED_POSTAL, STANDARD_BEFORE
from phiscan.detect.contextcues import words_before
from phiscan.detect.plates import plate_apart
from phiscan.detect.postal import postal_code
from phiscan.detect.records import RECOGNIZER, Reader
from phiscan.detect.vocabulary import cues_in
from phiscan.types import Detection

Cues = Callable[[int], dict[str, tuple[int, int]]]  # the cues of the words before a position of the text
Tail = Callable[[int, int], dict[str, tuple[int, int]]]  # the key's cues for a value that ends its text, between two
_NUMBER_WORDS = frozenset({"id", "identifier", "number", "#"})  # what may stand between a label and its number


def values_apart(
    text: str, found: Sequence[Detection], cues_before: Cues, tail: Tail, classify: Reader, score: Mapping[int, float]
) -> list[Detection]:
    """Postal codes, plates and Medicare numbers written in groups apart, right after the words that name them or
    ending a text whose key names them (`tail`), where nothing in `found` stands; `score` is each cue strength's."""
    out: list[Detection] = []
    for m in itertools.islice(SPACED_POSTAL.finditer(text), MAX_CANDIDATES):
        if _taken(m, found) or not postal_code(m.group()):
            continue
        cue = (cues_before(m.start()) or tail(m.start(), m.end())).get("ZIP_CODE")
        if cue is not None:
            out.append(Detection("ZIP_CODE", m.start(), m.end(), score[cue[0]], RECOGNIZER, m.group()))
    for m in itertools.islice(SPACED_PLATE.finditer(text), MAX_CANDIDATES):
        if _taken(m, (*found, *out)):
            continue
        # the plate's name right before it, its number's word after it (`VIN nbr:`; not `license plate as read by
        # the ALPR 2000 camera`), no standard's
        named = cues_in(words_before(text, m.start()), head=True).get("VEHICLE_ID")
        keyed = tail(m.start(), m.end()).get("VEHICLE_ID") if named is None else None
        if (named or keyed) is None or not plate_apart(m[0]):
            continue
        if STANDARD_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        cue = keyed or cues_before(m.start()).get("VEHICLE_ID")
        if cue and (got := classify(m[0], {"VEHICLE_ID": cue})):
            out.append(Detection(got[0], m.start(), m.end(), got[1], RECOGNIZER, m[0]))
    for m in itertools.islice(SPACED_MBI.finditer(text), MAX_CANDIDATES):
        # its label right before it, then its number's word only (not `Krankenkasse Formular 3AC1 HK2 PQ11`)
        words = words_before(text, m.start())
        cue = cues_in(words, head=True).get("HEALTH_PLAN_ID")
        if cue and set(words[cue[1] + 1 :]) <= _NUMBER_WORDS and not _taken(m, (*found, *out)):
            out.append(Detection("HEALTH_PLAN_ID", m.start(), m.end(), score[cue[0]], RECOGNIZER, m[0]))
    return out


def _taken(m: re.Match[str], found: Sequence[Detection]) -> bool:
    return any(d.start < m.end() and m.start() < d.end for d in found)
