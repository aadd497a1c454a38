"""The stretches of a text that may be an identifier, a postal code or a plate, before the words around them say
which (`phiscan.detect.evidence`)."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.names import is_common
from phiscan.detect.specs import STANDARD_NAMES

# An identifier: alphanumeric groups joined by single separators; a group after a space starts with a digit
# (`CHART 00483921`, `123 456 789`, `H12345678 00`) so a sentence is not one long identifier.  Cyrillic and Greek
# capitals are letters of national series (a Ukrainian licence's); lower-case ones make words.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0x370, 0x530)) if c.isupper())
CANDIDATE = re.compile(
    rf"(?<![\w@/.:+-])(?P<prefix>[{UPPER}]{{1,6}} (?=\d))?(?:\(\d{{2}}\))?[{UPPER}a-z0-9]+"
    rf"(?:(?:[-./#:]|\(\d{{2}}\))[{UPPER}a-z0-9]+|(?<=\d) \d+[{UPPER}a-z]?){{0,8}}"
    r"(?![\w@]|[-./:][A-Za-z0-9])"
)

# a postal code of two letter-led parts (`LS6 2AB`, `M5H 1J8`, `D02 X285`), which identifiers never are
SPACED_POSTAL = re.compile(r"(?<![\w@/.:+-])[A-Z][A-Z0-9]{1,3} [A-Z0-9]{3,4}(?![\w@]|[-./:][A-Za-z0-9])")

# a plate of groups apart (`ABC 1234`, `AB 123 CD`, `粤B·12345`, Russia's `A123BC 77` in Cyrillic): the identifier
# candidates split it
SPACED_PLATE = re.compile(
    rf"(?<![\w@/.:+-])(?:[\u4e00-\u9fff][A-Z][·-]?[A-Z0-9]{{5,6}}|\d?[\u0e01-\u0e2e]{{2}} \d{{1,4}}"
    rf"|(?:[{UPPER}0-9]{{1,6}}[ ·-]){{1,3}}[{UPPER}0-9]{{1,6}})(?![\w@]|[-./:][A-Za-z0-9])"
)

# a standard's name just before a number: the number is the standard's (`ISO 8601`)
STANDARD_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(STANDARD_NAMES)})(?: [{UPPER}]{{1,2}})?[ :-]?$")


# the plates' and vehicles' standards and the labels a group of capitals before a number is in technical text, which
# a plate's letters are not (`GA 36-2018`, `BS AU 145`, `API V2`, `EURO 6`, `TYPE 2`)
_NOT_PLATE_LETTERS = STANDARD_NAMES | {"SAE", "API", "HTTP", "MAX", "MIN", "EURO", "FY", "EU", "MOT"}
_NOT_PLATE_LETTERS |= {"US", "SR", "RT", "RTE", "HWY"}  # a road's (`US 101`)
_GROUP = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def stand_in_plate(value: str) -> bool:
    """A plate documentation writes for any: each group one character repeated or a run (`ABC 1234`, `XX 000 XX`,
    `AAA-0000`, `XYZ 123`)."""
    groups = _GROUP.findall(value.upper())
    return bool(groups) and all(len(set(g)) == 1 or _run(g) for g in groups)


def _run(group: str) -> bool:
    return len(group) >= 3 and all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(group))


def plate_apart(value: str) -> bool:
    """Whether groups apart that a plate's form allows are a plate's, not a label and its number: five letters and
    digits or more, two digits or more, no group a word or a standard's or a label's letters, not a year after
    letters (`FY 2024`, `MOT 2023`), and no stand-in."""
    groups = _GROUP.findall(value.upper())
    plain = "".join(groups)
    if len(plain) < 5 or sum(c.isdigit() for c in plain) < 2 or stand_in_plate(value):
        return False
    if any(g in _NOT_PLATE_LETTERS or (g.isalpha() and len(g) > 2 and is_common(g.lower())) for g in groups):
        return False
    return not (len(groups) == 2 and groups[0].isalpha() and _YEAR.fullmatch(groups[1]))
