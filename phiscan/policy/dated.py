"""Dates that need no birth word: a calendar date of the last century written into a name (a property's, a regex
key's, a tool's or a file's) right after a word English does not have (`tursun_19830811_record`), or standing
alone as a schema's literal (`"const": "1988-06-12"`, a regex's only literal) under a key with no English word.

A schema pins a value to one day of the last century only when it describes someone (Safe Harbor: every element
of a date but the year, related to an individual, is an identifier). Software's own dates are later (API versions
such as `2010-04-01`, releases), fixed stand-ins (epochs, the first and last day of a year, Go's reference day),
or named by their key: an English word (`founded`, `namespace`, `changes_19990315`), a standard's or product's
name (`loinc_19990315`), or a word for a date, a span or a version in another language (`data_inizio`, `版本`).
A key with no word (a definition's enum, a bare `2004-06-21`) says nothing, and is left alone. Across the real
schema files of the labelled sets (3,356), no key and no whole literal held such a date.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from phiscan.detect.shapes import is_date
from phiscan.types import Detection, Role, Surface

RECOGNIZER = "phiscan:dates"
_SCORE = 0.6
_YEAR = r"(?:19\d\d|200\d)"
_MONTH, _DAY = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
# year first (`19830811`, `1959_06_12`), or day first with its separators (`14_09_1976`); not after a `v` or `0x`
_IN_IDENTIFIER = re.compile(
    rf"(?<![0-9vVxX])(?:(?P<y>{_YEAR})(?P<s>[-_.]?)(?P<m>{_MONTH})(?P=s)(?P<d>{_DAY})"
    rf"|(?P<d2>{_DAY})(?P<s2>[-_.])(?P<m2>{_MONTH})(?P=s2)(?P<y2>{_YEAR}))(?![0-9])"
)
_YEAR_IN = re.compile(r"(?<!\d)(19\d\d|20\d\d|24[4-9]\d|25[0-6]\d)(?!\d)")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
# Go's reference day; the epochs (Unix, DOS, the Mac's, Apple's) are all a January 1st
_STAND_INS = frozenset({(2006, 1, 2)})
_LITERAL_ROLES = frozenset({Role.CONST, Role.DEFAULT, Role.ENUM, Role.EXAMPLES, Role.TITLE, Role.PATTERN})
# words of a key, in other languages, that make its dates a span's or a version's (Italian `data_inizio`, German
# `gueltig_ab`, Chinese `版本`)
_OTHER_DATES = re.compile(
    r"inizio|inicio|início|fine|fin|fim|ende|ab|bis|von|desde|hasta|"
    r"gueltig|gültig|valido|válido|valide|versione|versión|versão|versie|wersja|verze|rev|ver|build|snapshot|"
    r"срок|период|начало|конец|версия|версія|開始|开始|終了|结束|版本|バージョン|버전"
)
_EVENT = re.compile(r"[a-z]{3,}ed|launch|premiere|cutoff|window|range|sunset")
# standards, terminologies and products whose releases are named by date (`loinc_19990315`, `html4_19971218`)
_STANDARDS = re.compile(
    r"snomed|loinc|rxnorm|meddra|fhir|openapi|swagger|pubmed|dicom|cdisc|dcterms|foaf|rdfs?|owl|xsd|hl|icd|cpt|ndc|"
    r"umls|mesh|iso|ietf|rfc|w3c|html|xml|json|yaml|s3|sdb|aws|azure|gcp|kalender|revision|edition"
)
# a word for "date" alone: a date of what, the key's other words say (Persian `tarikh_tavallod` is a birth date)
_DATE_WORD = re.compile(r"data|datum|dato|fecha|tarih|tarikh|date|дата|日期|日付|日|날짜")
# and in a key's own words, what dates software names its things by (`since_1998_04_01`, `tbl_sales_20050315`)
_DATED_THINGS = re.compile(
    r"time|day|start|end|begin|created|updated|modified|changed|since|until|expires?|expiry|expiration|issued|"
    r"effective|released?|published|timestamp|period|valid|validity|version|deadline|due|scheduled|from|to|at|on|"
    r"as|of|min|max|before|after|epoch|last|first|next|opened|closed|signed|registered|fy|q[1-4]?|quarter|year|"
    r"month|week|tbl|table|sales|reports?|export|import|backup|dump|logs?|batch|run|job|migration|patch|hotfix|"
    r"archive|invoice|orders?|txn|transaction|settled|trade|events?|api|v|sdk"
)
_MONTHS = {m: i + 1 for i, m in enumerate(re.findall(r"\w+", "jan feb mar apr may jun jul aug sep oct nov dec"))}


def _stand_in(year: int, month: int, day: int) -> bool:
    """January 1st and December 31st stand for 'some day that year' (and are the epochs); or a known stand-in."""
    return (month, day) in ((1, 1), (12, 31)) or (year, month, day) in _STAND_INS


def _real_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return not _stand_in(year, month, day)


def _key_words(key: str) -> list[str]:
    return [w.lower() for w in re.split(r"[\W_]+|(?<=[a-z])(?=[A-Z])", key) if w]


def _in_identifier(raw: str) -> list[Detection]:
    raw = unicodedata.normalize("NFKC", _INVISIBLE.sub("", raw))
    words = _key_words(re.sub(r"\d+", " ", raw))
    if any(_OTHER_DATES.fullmatch(w) or _DATED_THINGS.fullmatch(w) or _EVENT.fullmatch(w) for w in words):
        return []  # `since_1998_04_01`, `release_19990315`, `tbl_sales_20050315`: another thing's date
    out = []
    for m in _IN_IDENTIFIER.finditer(raw):
        year, month, day = (int(m["y"] or m["y2"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
        if _real_day(year, month, day) and _after_a_word(raw[: m.start()]):
            out.append(Detection("DATE_OF_BIRTH", m.start(), m.end(), _SCORE, RECOGNIZER, m[0]))
    return out[:4]


def _after_a_word(before: str) -> bool:
    """The word right before a date in a name is one English does not have, of a language's shape (a vowel), and
    no standard's or product's name: `tursun_19830811`, not `changes_19990315`, `rfc_2616_19990601`,
    `loinc_19990315`, a bare `2004-06-21` key: names of things carry their dates."""
    from phiscan.detect.names import is_common, schema_word

    words = _key_words(re.sub(r"\d+", " ", before))
    word = words[-1] if words else ""
    return (
        len(word) >= 3
        and re.search(r"[aeiouyæøåäöüáéíóúàèìòùâêîôûąęėįųūłőű]", word) is not None
        and not (is_common(word) or schema_word(word) or _DATE_WORD.fullmatch(word) or _STANDARDS.fullmatch(word))
    )


def _whole_date(text: str) -> bool:
    """A literal that is one real date and nothing else (no time of day, no version's single-digit parts), of the
    last century, and no stand-in."""
    value = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).strip()
    if not 6 <= len(value) <= 40 or ":" in value or not is_date(value):
        return False
    years = _YEAR_IN.findall(value)
    if len(years) != 1:
        return False
    year = int(years[0]) - (543 if years[0] > "2400" else 0)  # Thailand's Buddhist era
    if not 1900 <= year <= 2009:
        return False
    rest = re.findall(r"\d+", value.replace(years[0], " ", 1))
    if "." in value and any(len(n) == 1 for n in rest):
        return False  # `3.12.1999`, `2001.1.2`: a version's parts
    month = next((_MONTHS[w[:3]] for w in re.findall(r"[a-z]+", value.lower()) if w[:3] in _MONTHS), None)
    days = [int(n) for n in rest]
    if month is not None and len(days) == 1:
        return _real_day(year, month, days[0])
    if len(days) == 2:  # month and day after the year; before it, either way round
        a, b = days
        return _real_day(year, a, b) or (not value.startswith(years[0]) and _real_day(year, b, a))
    return True  # a month another language names: read as written


def _about_other_dates(context: tuple[str, ...]) -> bool:
    """The innermost key has a word English has, or names some other thing's date, a span or a version in another
    language (`start_date`, `namespace`, `data_inizio`, `版本`), or is a word for a date alone (`fecha`, `дата`)."""
    from phiscan.detect.names import is_common, schema_word
    from phiscan.detect.vocabulary import normal_words

    words = _key_words(context[-1])
    english = {w for w in normal_words(context[-1]) if w.isascii()}
    if any(_OTHER_DATES.fullmatch(w) or _DATED_THINGS.fullmatch(w) or _EVENT.fullmatch(w) for w in words) or all(
        _DATE_WORD.fullmatch(w) for w in words
    ):
        return True
    if english & {"time", "version", "start", "end"} or english == {"date"}:
        return True
    return any(len(w) <= 2 or is_common(w) or schema_word(w) or _STANDARDS.fullmatch(w) for w in words)


def lone_dates(surface: Surface) -> list[Detection]:
    """The dates of the last century in `surface` that are someone's whatever words stand around them."""
    raw = surface.raw[:400]
    if surface.role in (Role.PROPERTY_NAME, Role.PATTERN_PROPERTY, Role.TOOL_NAME, Role.FILE_NAME):
        return _in_identifier(raw)
    if surface.role not in _LITERAL_ROLES or not surface.context or not re.search(r"\d{4}", raw):
        return []
    if surface.role is Role.PATTERN:
        from phiscan.surfaces.regexlit import regex_literals

        found = [lit.text for lit in regex_literals(raw)[:16] if _whole_date(lit.text)]
    else:
        found = [raw.strip()] if _whole_date(raw) else []
    if not found or _about_other_dates(surface.context):  # (the key's words only for a date: they cost a load)
        return []
    return [
        Detection("DATE_OF_BIRTH", raw.find(text), raw.find(text) + len(text), _SCORE, RECOGNIZER, text)
        for text in found
        if text in raw
    ]


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
