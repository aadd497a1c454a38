"""The dates a text writes: those with a month's name or figures, and those a birth date's label vouches for."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.dates import YEAR_DAY, month_named
from phiscan.detect.names import is_common
from phiscan.detect.shapes import DATE_IN_TEXT
from phiscan.detect.specs import QUANTITIES
from phiscan.detect.vocabulary import STRONG, cues_in, normal_words


def dates_in(
    text: str, limit: int, context: tuple[str, ...] = ()
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the first `limit` dates in `text` whose month word, if any, is a month's name; and of those whose
    word is no month's name the lists hold but comes right after a birth date's label and its colon (`Dzimšanas
    datums: 14 me 1971`): the label says a month is meant, however that language spells it.  Where the text's key
    names a birth date (its `context`), a date another language's month names is one too (`3. März 1970` under
    `dob`), as the birth date's recognizer reads an English one there."""
    named: list[tuple[int, int]] = []
    born: list[tuple[int, int]] = []
    for m in itertools.islice(DATE_IN_TEXT.finditer(text), limit):
        # as keys write a date (`1971_04_23`): a migration's or a batch's, unless a birth label stands before it
        underscored = "_" in m.group()
        month = m.groupdict().get("month") or m.groupdict().get("month_first") or ""
        if month_named(m) and not underscored:
            keyed = month and not is_common(month.lower()) and _stands_alone(text, m) and _birth_keyed(context)
            (born if keyed else named).append(m.span())
        elif not _after_birth_label(text, m):
            continue
        elif underscored:
            named.append(m.span())
        elif _spelt_month(m.groupdict().get("month") or ""):
            born.append(m.span())
    if "-" in text:
        born += [m.span() for m in itertools.islice(_YEAR_DAY.finditer(text), limit) if _after_birth_label(text, m)]
    return named, born


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """The date is the text, or stands after its colon (`Left over: 9. Oktober 1958`), not in a sentence about a rule
    (`Pflichtfeld seit 1. Januar 2020`)."""
    before = text[: m.start()].rstrip()
    return not before or before.endswith(":")


def _birth_keyed(context: tuple[str, ...]) -> bool:
    from phiscan.detect.contextcues import context_cues

    return bool(context) and context_cues(context).get("DATE_OF_BIRTH", (0, 0))[0] == STRONG


# ISO 8601's ordinal date, a year and its day (`1987-213`): a date only a birth label says is one
_YEAR_DAY = re.compile(rf"(?<![\w/.-])(?:{YEAR_DAY.pattern})(?![\w/-]|\.\d)")


_FORM_NOTE = re.compile(r"\s*(?:\([^()]{1,16}\)|\[[^\[\]]{1,16}\])\s*:$")  # `DOB (ymd):`, `dob [date_ymd]:`


def _after_birth_label(text: str, m: re.Match[str]) -> bool:
    before = _FORM_NOTE.sub(":", text[max(0, m.start() - 60) : m.start()].rstrip())  # `DOB (ymd):`
    if not before.endswith(":"):
        return False
    words = normal_words(" ".join(before.split()[-6:]))
    cue = cues_in(words).get("DATE_OF_BIRTH")
    return cue is not None and cue[0] == STRONG and cue[1] == len(words) - 1


# a unit (`18 yrs 2006`, `12 ml 2019`) or a placeholder (`01 UNK 1970`) between a day and a year: no month
_NO_MONTH = QUANTITIES | {"yr", "wk", "wks", "mo", "mos", "pcs", "ca", "bc", "ad", "unk", "na", "nk", "tbd"}


def _spelt_month(word: str) -> bool:
    """A word that can be a month as some language spells it: in lower case or capitalised, no English word, no unit,
    no placeholder (`XX`, `MMM`, `UNK`: capitals or one letter repeated)."""
    low = word.lower()
    return bool(word) and not word.isupper() and not is_common(low) and low not in _NO_MONTH and len(set(low)) > 1
