"""Dates as other languages and scripts write them: `28. September 1939`, `9 de septiembre de 1994`,
`2008年10月27日`, `1994년 9월 9일`, abbreviated months (`12 janv. 1985`), Roman months (`22-II-1967`), and a
European day-first date with a two-digit year (`23/10/99`).

The month names are `phiscan/data/month_names.txt` (Faker's date-time locales, CLDR's data); English months
are spelled by `phiscan.detect.shapes`.  A day, a month name and a four-digit year together are a date; the
name alone is no evidence (`mai`, `ekim` are words too), so it is only read between the two numbers.
"""

from __future__ import annotations

import functools
import re

from phiscan.data import word_list
from phiscan.detect.names import SIGNS, gazetteer

_Y = r"(?:19\d\d|20[0-2]\d)"
_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
# day, month name, year (English also after `the`: `the 20th of May 1954`): German `28. September 1939`, Spanish
# and Portuguese `9 de septiembre de 1994`, French `4 mars 1961`, the day with its ordinal's ending and a short word
# before the month (Esperanto `27-a de septembro 1996`, Yiddish's day with its ordinal's letters, Papiamento `3 di
# òktober 1996`); and the CJK forms with their unit characters
# (and a month in Roman numerals, as Central and Eastern Europe write it: `22-II-1967`, `3.XI.1984`)
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})"
# Thailand writes the Buddhist era (Gregorian + 543: 2443-2569 is 1900-2026), after a Thai month name;
# Vietnam's administrative documents write `ngày 07 tháng 06 năm 1968` (Decree 30/2020/NĐ-CP), Mongolian
# `1989 оны 6 (дугаар) сарын 21` (year, month, day, each with its case ending)
_BE = r"(?:พ\.ศ\. ?)?(?:24[4-9]\d|25[0-6]\d)"
# the Thai months as abbreviated (ม.ค. ... ธ.ค.); the Russian and Ukrainian year's abbreviation (`1962 g.`)
_THAI_ABBR = r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\."
# a month's name, with the vowel signs of the scripts `\w` leaves them out of (Tamil `மார்ச்`); Hebrew writes it
# with `ב`, "in" (`12 במרץ 1984`), Lithuanian and Latvian year first, with their units (`1984 m. kovo 12 d.`,
# `1984. gada 12. marts`), as CLDR's long date formats of those languages give them
# (Thai's months have a form of their own, with the Buddhist era); Thaana's vowel signs (Dhivehi `ޖޫން`) and
# Hebrew's points (Yiddish `אַפּריל`); two letters are a month's name in some scripts (Hindi `मई`)
_SIGNS = SIGNS.replace("\u0e00-", "\u0e80-") + "\u07a6-\u07b0\u05b0-\u05c7"
# the word some languages put between a day and its month; glibc's LC_TIME date formats add Maltese `ta'` (with its
# apostrophe), Hausa `ga`, Welsh `mis` and Breton `a viz` (`21 ta' Settembru 1974`)
_OF = r"(?:de|di|do|da|del|of|ng|na|ya|ye|ta['\u2019]|ga|mis|a viz)"
# a day's ordinal ending: English's, French `1er`, `2e`, Spanish and Portuguese `1º`, Esperanto `27-a`, Yiddish's
_ORDINAL = r"(?:\.|-?(?:st|nd|rd|th|er|re|e|a|o|\u00aa|\u00ba)|\u05d8\u05df|\u05e1\u05d8\u05df)"
_NAME = rf"[^\W\d_](?:[^\W\d_]|[{_SIGNS}]){{1,14}}"
TEXT_FORMS = (
    rf"(?:the )?{_D}{_ORDINAL}? (?:{_OF} |\u05d1)?(?P<month>{_NAME})\.?(?: del?)?,? {_Y}(?: [\u0433\u0440]\.)?|"
    rf"{_Y} m\. (?P<unit_month>{_NAME}) {_D} d\.?|{_Y}\. gada {_D}\. (?P<gada_month>{_NAME})|"
    rf"{_D}[./ -]{_ROMAN}[./ -]{_Y}|"
    rf"{_Y} ?年 ?{_M} ?月 ?{_D} ?日|{_Y}년 ?{_M}월 ?{_D}일|"
    rf"{_D} (?:(?P<thai_month>[\u0e01-\u0e4e]{{4,12}})|{_THAI_ABBR}) {_BE}|(?:ngày )?{_D} tháng {_M} năm {_Y}|"
    rf"{_Y} оны {_M}(?: дугаар)? сарын {_D}|{_Y}\. (?P<year_first>[^\W\d_]{{3,12}}) {_D}\.?|"  # Hungarian
    # the month first, as English (`May the 20th, 1954`, as said): Indonesian `Mei 12, 1991`
    rf"(?P<month_first>{_NAME})\.? (?:the )?{_D}(?:st|nd|rd|th)?,? {_Y}"
)
_FORMS = re.compile(rf"(?:{TEXT_FORMS}|{_D}(?P<sep>[/.-]){_M}(?P=sep)\d\d)", re.IGNORECASE)


_ENGLISH = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november"}
    | {"december", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)


def month_names() -> frozenset[str]:
    return word_list("month_names.txt")


def month_named(match: re.Match[str]) -> bool:
    """A `TEXT_FORMS` match whose month word, if it has one, is a month's name."""
    groups = match.groupdict()
    if groups.get("month_first"):  # the month first only as its whole name, no English word (`Api 12, 2020`, `Here 5`)
        first = groups["month_first"].lower()
        said = re.search(r"(?i) the \d", match.group()) is not None  # `May the 20th`: no verb's `may`
        return first in month_names() and (said or first not in gazetteer("common_words"))
    month = next((groups[g] for g in _MONTH_GROUPS if groups.get(g)), None)
    return month is None or month.lower().rstrip(".") in _abbreviated() or _folded_month(month)


def _folded_month(word: str) -> bool:
    """A month's whole name as written with marks its list lacks (Papiamento's `òktober`), no English word."""
    from phiscan.detect.names import fold

    low = word.lower().rstrip(".")
    return not low.isascii() and (f := fold(low)) in month_names() and f not in gazetteer("common_words")


_MONTH_GROUPS = (
    "month",
    "thai_month",
    "year_first",
    "unit_month",
    "gada_month",
    "month_first",
)  # the forms' month words


@functools.cache
def _abbreviated() -> frozenset[str]:
    """Every month name and each of its first three letters or more (`janv`, `févr`, `Okt`, `ene`)."""
    from phiscan.detect.names import fold, gazetteer

    # a cut that is an English word is no abbreviation (`the` of thermidor, `her` of herfstmaand)
    words = gazetteer("common_words")
    # as keyboards without the marks write them (`Eylul`), unless the folded name is an English word
    names = month_names() | {f for n in month_names() if (f := fold(n)) != n and f not in words}
    cuts = {n[:k] for n in names | _ENGLISH for k in range(3, len(n))}
    return frozenset(names | _ENGLISH | {c for c in cuts if c in _ENGLISH or c not in words})


# Compact forms a birth word makes dates of (alone, six or eight digits are as often an id): ICAO 9303's
# machine-readable zone (YYMMDD), and day-first or two-digit-year forms (DDMMYYYY, DDMMYY, MMDDYY)
_MM, _DD = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
_COMPACT = re.compile(rf"\d\d{_MM}{_DD}|{_DD}{_MM}{_Y}|{_DD}{_MM}\d\d|{_MM}{_DD}\d\d")


# The Solar Hijri calendar of Iran and Afghanistan, year first (`1372/02/09`): 1279-1405 is 1900-2026
_SOLAR_HIJRI = re.compile(r"(?:12[89]\d|13\d\d|140[0-5])([/.-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])")


# A day-first date in the Buddhist era (`12/03/2527`), as Thai forms write it in figures; Japan's era dates, as its
# forms write them (`昭和59年3月12日`) and as JIS X 0301 abbreviates them (`S59.03.12`: M, T, S, H, R for Meiji to
# Reiwa); a day-first date with the year's abbreviation or its ordinal stop (Russian `12.03.1984 g.`, in Cyrillic;
# Serbian `12.03.1984.`)
_OTHER_ERAS = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:24[4-9]\d|25[0-6]\d)"
    # each era's years (Meiji 45, Taishō 15, Shōwa 64, Heisei 31, Reiwa so far), a month and a day that exist
    r"|(?:明治 ?(?:元|[1-9]|[1-3]\d|4[0-5])|大正 ?(?:元|[1-9]|1[0-5])|昭和 ?(?:元|[1-9]|[1-5]\d|6[0-4])"
    r"|平成 ?(?:元|[1-9]|[12]\d|3[01])|令和 ?(?:元|[1-9]|1\d|20)) ?年 ?(?:[1-9]|1[0-2]) ?月 ?(?:[1-9]|[12]\d|3[01]) ?日"
    r"|(?:M(?:[1-9]|[1-3]\d|4[0-5])|T(?:[1-9]|1[0-5])|S(?:[1-9]|[1-5]\d|6[0-4])|H(?:[1-9]|[12]\d|3[01])|R(?:[1-9]|1\d|20))"
    r"([./-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])"
    rf"|{_D}\.{_M}\.{_Y}(?:\.| ?(?:\u0433\.|\u0433\u043e\u0434\u0430))"
    # Taiwan's Minguo era (1912 is its year 1; `民國80年5月12日`), the Buddhist era year first (`2534-05-12`), and
    # Korea's dotted date with its spaces (`1991. 5. 12.`)
    r"|民[國国] ?(?:元|[1-9]\d?|1[01]\d) ?年 ?(?:[1-9]|1[0-2]) ?月 ?(?:[1-9]|[12]\d|3[01]) ?日"
    rf"|{_BE}([/.-]){_M}\3{_D}|{_Y}\. {_M}\. {_D}\.?"
)


# The months of the other calendars people are born in, as CLDR's English data names them (ca-persian, ca-islamic,
# ca-ethiopic, ca-hebrew; Unicode License) and as those countries' records romanise them, with the years of each
# calendar that are 1900-2026: Solar Hijri 1279-1405, Hijri 1317-1448, Ethiopian 1892-2019, Hebrew 5660-5787
_CALENDARS = (
    ((1279, 1405), "farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand"),
    ((1317, 1448), "muharram moharram safar rajab shaban shaaban ramadan ramazan shawwal"),
    (
        (1892, 2019),
        "meskerem tekemt tikimt hedar hidar tahsas ter tir yekatit megabit miazia miyazya genbot ginbot sene "
        "hamle nehasse nehase pagumen pagume",
    ),
    ((5660, 5787), "tishri tishrei heshvan cheshvan kislev tevet shevat adar nisan iyar sivan tamuz tammuz av elul"),
)  # (`tir` is two calendars')
_CALENDAR_DATE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])\.? ([A-Za-z]{2,12}),? (\d{4})|([A-Za-z]{2,12}) (?:0?[1-9]|[12]\d|3[01]),? (\d{4})"
)


def _calendar_date(value: str) -> bool:
    """`22 Ordibehesht 1370`, `12 Ginbot 1983`, `Shawwal 28, 1411`: a day, a month of another calendar and a year of
    that calendar that is one of the last hundred and more."""
    m = _CALENDAR_DATE.fullmatch(value)
    if m is None:
        return False
    month, year = (m[1], m[2]) if m[1] else (m[3], m[4])
    return any(month.lower() in names.split() and low <= int(year) <= high for (low, high), names in _CALENDARS)


# ISO 8601's basic date and time (`19610714T083000Z`) and HL7 v2's DTM (`19610714083000-0500`: YYYYMMDD, then
# HHMM[SS[.S...]] and a zone), as a record keeps a birth's date and time
_BASIC_DATE_TIME = re.compile(
    rf"{_Y}{_MM}{_DD}T?(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\.\d{{1,4}})?)?(?:Z|[+-]\d{{4}})?"
)


# ISO 8601's ordinal date, a year and the day of it (`1987-213`), and its week date, a year, its week and the day of it
# (`1955-W27-1`, `1955W271`)
YEAR_DAY = re.compile(
    r"(?:19|20)\d\d-(?:00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6])|(?:19|20)\d\d(-?)W(?:0[1-9]|[1-4]\d|5[0-3])\1[1-7]"
)


def compact_birth_date(value: str) -> bool:
    """Six or eight digits that read as a date one of those ways, a year and its day, or a date of another calendar
    or era, or with its year's mark (only where a birth word names them)."""
    v = value.strip()
    forms = (_COMPACT, _SOLAR_HIJRI, _OTHER_ERAS, _BASIC_DATE_TIME, YEAR_DAY)
    return any(form.fullmatch(v) for form in forms) or _calendar_date(v)


def foreign_date(value: str) -> bool:
    """A whole value written as one of these dates, or with the stop Serbian and Hungarian put after a year."""
    v = value.strip()
    m = _FORMS.fullmatch(v[:-1] if v[-2:-1].isdigit() and v.endswith(".") else v)
    return m is not None and month_named(m)
