"""The dates a text writes: those with a month's name or figures, and those a birth date's label vouches for."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.dates import month_named
from phiscan.detect.names import is_common
from phiscan.detect.shapes import DATE_IN_TEXT
from phiscan.detect.vocabulary import STRONG, cues_in, normal_words


def dates_in(text: str, limit: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the first `limit` dates in `text` whose month word, if any, is a month's name; and of those whose
    word is no month's name the lists hold but comes right after a birth date's label and its colon (`Dzimšanas
    datums: 6 me 1958`): the label says a month is meant, however that language spells it."""
    named, born = [], []
    for m in itertools.islice(DATE_IN_TEXT.finditer(text), limit):
        if month_named(m):
            named.append(m.span())
        elif _after_birth_label(text, m):
            born.append(m.span())
    return named, born


def _after_birth_label(text: str, m: re.Match[str]) -> bool:
    month = m.groupdict().get("month")
    before = text[max(0, m.start() - 60) : m.start()].rstrip()
    if not month or is_common(month.lower()) or not before.endswith(":"):
        return False
    words = normal_words(" ".join(before.split()[-6:]))
    cue = cues_in(words).get("DATE_OF_BIRTH")
    return cue is not None and cue[0] == STRONG and cue[1] == len(words) - 1
