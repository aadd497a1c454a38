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
        if "_" in m.group() and not _after_birth_label(text, m):
            continue  # a date as keys write it (`1958_08_12`) only right after its label: else a migration's
        if month_named(m):
            named.append(m.span())
        elif _after_birth_label(text, m) and _spelt_month(m.groupdict().get("month") or ""):
            born.append(m.span())
    return named, born


_FORM_NOTE = re.compile(r"\s*\([^()]{1,12}\)\s*:$")


def _after_birth_label(text: str, m: re.Match[str]) -> bool:
    before = _FORM_NOTE.sub(":", text[max(0, m.start() - 60) : m.start()].rstrip())  # `DOB (ymd):`
    if not before.endswith(":"):
        return False
    words = normal_words(" ".join(before.split()[-6:]))
    cue = cues_in(words).get("DATE_OF_BIRTH")
    return cue is not None and cue[0] == STRONG and cue[1] == len(words) - 1


# a unit or a placeholder between a day and a year (`18 yrs 2006`, `12 MMM 1985`, `01 UNK 1970`): no month
_NO_MONTH = frozenset({"yrs", "yr", "hrs", "hr", "wks", "wk", "mos", "mo", "ml", "mg", "kg", "pcs", "ca", "bc", "ad"})
_NO_MONTH |= {"unk", "na", "tbd", "nk", "xx", "mm", "mmm", "dd", "month", "months", "days", "weeks", "years", "hours"}


def _spelt_month(word: str) -> bool:
    """A word that can be a month as some language spells it: in lower case or capitalised, no English word, no unit,
    no placeholder (`XX`, `MMM`, `UNK`)."""
    low = word.lower()
    return bool(word) and not word.isupper() and not is_common(low) and low not in _NO_MONTH and len(set(low)) > 1
