"""The labels a value carries itself (`SSN 283625873`, `MBI93471629E`, `Pt#40318842`): what the label names,
the value is, whatever its key or the language of the text around it says."""

from __future__ import annotations

import re

from phiscan.detect.printedlabels import key_only_pattern, label_phrase
from phiscan.detect.shapes import OWN_SHAPES, SHAPES, id_shaped
from phiscan.detect.vocabulary import STRONG, cues_in, normal_words
from phiscan.surfaces.views import GLUED_ID

_FIRST_NUMBER = re.compile(r"[A-Za-z]?\d")
_GLUED_ID = re.compile(rf"{GLUED_ID}[._-]?")  # not a model's `380G10`
# a label stuck to its number by one mark (`FIN-880042173`, `Pt#40318842`, `MEDREC/403188/21`), or capitals glued
# to a number of an identifier's length (`EPI8812734`)
_STUCK = re.compile(r"([A-Z][A-Za-z]{1,6})[-#:/](?=\d)|([A-Z]{2,6})(?=\d{7,}(?!\d))")
_MARKS = ("#", "-", "/", ":")


def value_label(value: str) -> dict[str, tuple[int, int]] | None:
    """The strong cues of the words before a value's first number that name a category alone (`SSN`, `DL#`):
    empty when they stand apart and the text goes on (`Member ID QK4418273`), None when there are none."""
    first = _FIRST_NUMBER.search(value)
    if first is None or first.start() == 0:
        return None
    # the letter before the number may be the number's own (`DL C51576180`) or the label's (`MBI93471629E`)
    for head in dict.fromkeys((value[: first.end() - 1], value[: first.start()])):  # the longer first
        phrase = label_phrase(head.strip()) if head.strip() else None
        named = {c: v for c, v in cues_in(normal_words(phrase or head)).items() if v[0] == STRONG}
        rest = value[len(head) :]  # glued (`MBI93471629E`) or joined by one mark (`Pt#40318842`, `MEDREC/403188/21`)
        joined = head[:-1].isalpha() and head[-1:] in _MARKS and id_shaped(rest, strong=True)
        # glued to a number of an identifier's length, or to a value in its category's own notation (`dob3/19/1947`)
        glued = joined or (
            head.isalpha()
            and (_GLUED_ID.fullmatch(rest) is not None or any(SHAPES[c][1](rest) for c in named if c in OWN_SHAPES))
        )
        if (named or phrase is not None) and (glued or len(head) == first.start()):
            return named if glued else {}  # then the label names the number; apart the text goes on
    return None


def stuck_label(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The label stuck to the number at `text[start:end]`, as the words of a cue, and where the number starts: a
    hospital's own from the labels table (`FIN-880042173`, `ENC-21-0730151`, NCIC's `OLN/40718223`), or words
    naming a category before a long number (`Pt#40318842`, `MEDREC/403188/21`); not a tracker's key
    (`DEV-10423`, `LIC-40917`), nor a key-only word."""
    m = _STUCK.match(text, start)
    if m is None:
        return None
    word = m[1] or m[2]
    listed = label_phrase(m[0]) or (label_phrase(word) if m[2] else None)
    if listed is not None:
        return listed, m.end()
    long_number = sum(c.isdigit() for c in text[m.end() : end]) >= 6
    if not long_number or key_only_pattern().fullmatch(word.lower()):
        return None
    words = normal_words(m[0])
    return (" ".join(words), m.end()) if any(s == STRONG for s, _ in cues_in(words).values()) else None
