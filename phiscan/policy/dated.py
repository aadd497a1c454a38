"""Dates that need no birth word: a calendar date of the last century written into a key, a tool or file name
(`tursun_19830811_record`), or standing alone as a schema's literal (`"const": "1988-06-12"`, a regex's only
literal), whatever language the key around it is in.

A schema pins a value to one day of the last century only when it describes someone (Safe Harbor: every element
of a date but the year, related to an individual, is an identifier). Software's own dates are later (API versions
such as `2010-04-01`, releases), or fixed stand-ins (epochs, the first and last day of a year, Go's reference
day). Across the 3,321 real schema files of the labelled sets, no key and no whole literal held such a date.
"""

from __future__ import annotations

import re

from phiscan.detect.shapes import is_date
from phiscan.surfaces.views import file_stem
from phiscan.types import Detection, Role, Surface

RECOGNIZER = "phiscan:dates"
_SCORE = 0.6
_YEAR = r"(?:19\d\d|200\d)"
_MONTH, _DAY = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
# year first, as keys write dates (`19830811`, `1959_06_12`); not after a `v` (a version: `v20050101`)
_IN_IDENTIFIER = re.compile(rf"(?<![0-9vV])({_YEAR})([-_.]?)({_MONTH})\2({_DAY})(?![0-9])")
_YEAR_IN = re.compile(r"(?<!\d)(19\d\d|20\d\d|24[4-9]\d|25[0-6]\d)(?!\d)")
# Go's reference day; the epochs (Unix, DOS, the Mac's, Apple's) are all a January 1st
_STAND_INS = frozenset({"2006-01-02"})
_IDENTIFIER_ROLES = frozenset({Role.PROPERTY_NAME, Role.TOOL_NAME, Role.FILE_NAME, Role.PATTERN_PROPERTY})
_LITERAL_ROLES = frozenset({Role.CONST, Role.DEFAULT, Role.ENUM, Role.EXAMPLES, Role.TITLE, Role.PATTERN})
# the words of a key whose date is some other thing's (English: a key in another language says nothing here)
_OTHER_DATES = re.compile(
    r"date|time|day|start|end|begin|created|updated|modified|changed|since|until|expires|expiry|expiration|issued|"
    r"effective|released?|published|timestamp|period|valid|validity|version|deadline|due|scheduled|from|to|at|on|"
    r"min|max|minimum|maximum|before|after|epoch|last|first|next|opened|closed|signed|registered"
)


def _stand_in(year: str, month: str, day: str) -> bool:
    """January 1st and December 31st stand for 'some day that year' (and are the epochs); or a known stand-in.
    Month and day may come either way round (`12/31`, `31.12`): the test is the same."""
    pair = tuple(sorted((month, day)))
    return pair in (("01", "01"), ("12", "31")) or f"{year}-{month}-{day}" in _STAND_INS


def _in_identifier(raw: str) -> list[Detection]:
    out = []
    for m in _IN_IDENTIFIER.finditer(raw):
        if not _stand_in(m[1], m[3], m[4]):
            out.append(Detection("DATE_OF_BIRTH", m.start(), m.end(), _SCORE, RECOGNIZER, m[0]))
    return out[:4]


def _whole_date(text: str) -> bool:
    """A literal that is one date and nothing else (no time of day), of the last century, and no stand-in."""
    value = text.strip()
    if not 6 <= len(value) <= 40 or ":" in value or not is_date(value):
        return False
    years = _YEAR_IN.findall(value)
    if len(years) != 1:
        return False
    year = int(years[0]) - (543 if years[0] > "2400" else 0)  # Thailand's Buddhist era
    if not 1900 <= year <= 2009:
        return False
    rest = sorted(n.zfill(2) for n in re.findall(r"\d+", value.replace(years[0], " ", 1)))
    return not (len(rest) == 2 and _stand_in(f"{year}", *rest))


def _about_other_dates(context: tuple[str, ...]) -> bool:
    """The innermost key's words, or their English, name some other thing's date (`start_date`, `releasedOn`)."""
    if not context:
        return False
    from phiscan.detect.vocabulary import normal_words

    words = {w.lower() for w in re.split(r"[\W_]+|(?<=[a-z])(?=[A-Z])", context[-1]) if w}
    return any(_OTHER_DATES.fullmatch(w) for w in words | set(normal_words(context[-1])))  # `fecha`, `日期`


def lone_dates(surface: Surface) -> list[Detection]:
    """The dates of the last century in `surface` that are someone's whatever words stand around them."""
    raw = surface.raw[:400]
    if surface.role in _IDENTIFIER_ROLES:
        return _in_identifier(file_stem(raw) if surface.role is Role.FILE_NAME else raw)
    if surface.role not in _LITERAL_ROLES or _about_other_dates(surface.context):
        return []
    if surface.role is Role.PATTERN:
        from phiscan.surfaces.regexlit import regex_literals

        found = [lit.text for lit in regex_literals(raw)[:16] if _whole_date(lit.text)]
        return [
            Detection("DATE_OF_BIRTH", raw.find(text), raw.find(text) + len(text), _SCORE, RECOGNIZER, text)
            for text in found
            if text in raw
        ]
    if _whole_date(raw):
        at = raw.index(raw.strip())
        return [Detection("DATE_OF_BIRTH", at, at + len(raw.strip()), _SCORE, RECOGNIZER, raw.strip())]
    return []


_DATE_WORDS = r"(?:19|20)\d\d(?: ?)(?:0[1-9]|1[0-2])(?: ?)(?:0[1-9]|[12]\d|3[01])(?!\d)"
NAME_THEN_DATE = re.compile(rf"[^\W\d_]{{2,}} [^\W\d_]{{2,}} {_DATE_WORDS}")
_DATE_AFTER = re.compile(rf" ({_DATE_WORDS})")


def birth_dates(words: str, names: list[Detection]) -> list[Detection]:
    """A date written right after a person's name in an identifier (`rosa_garcia_19570423`) is their birth date."""
    out = []
    for d in names:
        m = _DATE_AFTER.match(words, d.end)
        if m is not None:
            out.append(Detection("DATE_OF_BIRTH", m.start(1), m.end(1), _SCORE, "phiscan:names", m[1]))
    return out
