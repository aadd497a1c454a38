"""The stretches of a text that may be an identifier, a postal code or a plate, before the words around them say
which (`phiscan.detect.evidence`)."""

from __future__ import annotations

import re

from phiscan.detect.specs import STANDARD_NAMES

MAX_CANDIDATES = 2000  # per text: a text with more numbers is a table, read by the pattern recognizers

# An identifier: alphanumeric groups joined by single separators; a group after a space starts with a digit
# (`CHART 00483921`, `123 456 789`, `H12345678 00`) so a sentence is not one long identifier.  Cyrillic and Greek
# capitals are letters of national series (a Ukrainian licence's); lower-case ones make words.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0x370, 0x530)) if c.isupper())
CANDIDATE = re.compile(
    # not the rest of an international number (`+44 7700 900417`)
    r"(?<![\w@/.:+-])(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )"
    rf"(?P<prefix>[{UPPER}]{{1,6}} (?=\d))?(?:\(\d{{2}}\))?[{UPPER}a-z0-9]+"
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

# a Medicare Beneficiary Identifier in the three groups its card prints (`8N58 D72 XM65`; CMS's MBI format: no S, L,
# O, I, B or Z): the candidates split it, and alone it is any part number's shape, so a word must name it
_MBI_LETTER = "AC-HJKMNP-RT-Y"
SPACED_MBI = re.compile(
    rf"(?<![\w@/.:+-])[1-9][{_MBI_LETTER}][{_MBI_LETTER}0-9]\d [{_MBI_LETTER}][{_MBI_LETTER}0-9]\d "
    rf"[{_MBI_LETTER}]{{2}}\d\d(?![\w@]|[-./:][A-Za-z0-9])"
)

# a standard's name just before a number: the number is the standard's (`ISO 8601`)
STANDARD_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(STANDARD_NAMES)})(?: [{UPPER}]{{1,2}})?[ :-]?$")
# a web address in text, as far as its characters go (RFC 3986), not its sentence's closing mark
URL_PATTERN = r"https?://[^\s\"'<>()\[\]{}|\\^`]+[^\s\"'<>()\[\]{}|\\^`.,;:!?]"


# a field's name with its ordinal glued on, then its value of four digits or more (`zipplus4 83729`, `phone2
# 4917623918847`): the candidates take both as one (a postcode's `LS6 2AB` is not one)
_NUMBERED_FIELD = re.compile(r"[A-Za-z]{2,}\d (?=\d{4,}$)")


def numbered_field(candidate: str) -> int:
    """Where the value starts in a candidate that begins with a field's numbered name, or 0."""
    m = _NUMBERED_FIELD.match(candidate)
    return m.end() if m is not None else 0


def series_number(prefix: str, number: str) -> bool:
    """A licence's or a policy's series before a serial number (six digits or more, in groups), not a
    standard's or a product's code before its number (`ISO 18013`, `UTF 8`, `SKU 88231`, `GOST R 52249-2009`)."""
    serial = re.fullmatch(r"\d+(?:[- /_]\d+)*", number) is not None and sum(c.isdigit() for c in number) >= 6
    return bool(prefix) and prefix.strip() not in STANDARD_NAMES and serial
