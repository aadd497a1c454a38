"""What a value must look like to be an identifier of each category, by the published rules of each format.

`id_shaped` is the shape every assigned number shares (digits, letters and digits, separators; not a
placeholder, version, date, time, decimal, UUID or hash); the others are the formats' own: SSA's SSN and IRS's
ITIN ranges, `phonenumbers` for phone numbers in every region, `ipaddress` for addresses, ISO 3779 VINs,
house-number-and-street addresses.  `SHAPES` maps each category to the entity it reports and its test.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable

from phiscan.detect.addresses import address_shaped
from phiscan.detect.dates import TEXT_FORMS, compact_birth_date, foreign_date
from phiscan.detect.dialplans import dialled_at_home
from phiscan.detect.postal import postal_code
from phiscan.detect.specs import (
    BARE_MAC,
    MAC_FORM,
    digits_of,
    iban_ok,
    mac_shaped,
    phone_ok,
    plain_id_ok,
    public_ip_ok,
    repetitive,
    ssn_ok,
    zip_ok,
)

_MAX_ID = 48  # an identifier is short; a longer string is text
_MACHINE_HEX = re.compile(r"(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}(?![0-9a-z])")

_UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.IGNORECASE)
# (not two groups of three digits and a third of two or three, as identifiers are grouped: `969.343.508`, `420.315.01`,
# a CPF's `123.456.789-09`)
_VERSION = re.compile(r"^(?![1-9]\d\d\.\d{3}\.\d{2,3}(?:[.-]\d{1,4})?$)[vV]?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][\w.]+)?$")
_DECIMAL = re.compile(r"^[-+]?\d+[.,]\d+$")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_HEX = re.compile(r"^(?=.*[a-f])[0-9a-f]{20,}$", re.IGNORECASE)  # digits alone are a long account number
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MON3 = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_Y = r"(?:19\d\d|20[0-2]\d)"
_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE = re.compile(
    # a Y-M-D date may carry its time: ISO 8601 `1957-04-23T00:00:00Z`, HL7 v2 TS `195704230000`
    rf"^(?:{_Y}([-/._ ]?){_M}\1{_D}(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|\d{{4}}(?:\d\d)?)?|"
    rf"{_M}([-/._ ]){_D}\2{_Y}|{_D}([-/._ ]){_M}\3{_Y}|{_M}{_D}{_Y}|{_M}/{_D}/\d\d|"  # and US 7/14/62
    rf"{_MONTH}\.? {_D}(?:st|nd|rd|th)?,? {_Y}|{_D}(?:st|nd|rd|th)? (?:of )?{_MONTH}\.?,? {_Y}|"
    rf"{_D}([-/]){_MONTH}\4{_Y}|{_Y}([-/ ]){_MONTH}\5{_D}|"  # and year first: 1984-Mar-12, 1984 March 12
    rf"(?:0[1-9]|[12]\d|3[01]){_MON3}{_Y}(?::\d\d:\d\d:\d\d)?)$",  # and SAS DATE9 (DATETIME): 07MAR1962
    re.IGNORECASE,
)
# Oracle's default DD-MON-RR (`12-MAR-84`, `12 Mar 84`) and IATA's DDMMMYY (`12MAR84`, AIRIMP's and the SSR DOCS
# element's date of birth): a date only under a birth word, as two digits of year make it as often a code's
_ORACLE = re.compile(rf"{_D}([- ]?){_MONTH}\1\d\d", re.IGNORECASE)
DATE_IN_TEXT = re.compile(
    rf"(?<![\w/.-])(?:{_Y}([-/._]){_M}\1{_D}|{_M}([-/.]){_D}\2{_Y}|{_Y}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|"
    rf"{_MONTH}\.? {_D}(?:st|nd|rd|th)?,? {_Y}|{_D}(?:st|nd|rd|th)? (?:of )?{_MONTH}\.?,? {_Y}|"
    rf"(?:0[1-9]|[12]\d|3[01]){_MON3}(?:{_Y}|\d\d)|{TEXT_FORMS})(?![\w/-]|\.\d)",
    re.IGNORECASE,
)


def is_date(value: str) -> bool:
    return bool(_DATE.match(value.strip())) or foreign_date(value)


_COMPACT_DAY = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SPLIT_DAY = re.compile(r"(?<!\d)(?:19|20)\d\d([-_./])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)")


def id_shaped(value: str, strong: bool = False) -> bool:
    """Written like an identifier: digits with letters or separators, not a placeholder, version, date, time,
    decimal, UUID or hash.  `strong` asks for a longer number (a weak cue such as `account` needs one)."""
    from phiscan.detect.reserved import is_placeholder

    v = value.strip()
    if not 5 <= len(v) <= _MAX_ID or is_placeholder(v):
        return False
    digits = digits_of(v)
    letters = sum(c.isalpha() for c in v)
    if len(digits) < (6 if strong else 4) and not (len(digits) >= 3 and letters + len(digits) >= 8 and not strong):
        return False
    if letters > 12 or len(v.split()) > 4 or "," in v or ";" in v:
        return False
    if re.fullmatch(r"[^\W\d_]{1,6}[ :#]+(?:19|20)\d\d", v):
        return False  # a year after a label (`HN 2023`, `UR 1998`), not a number assigned to someone
    if sum(1 for w in v.split() if sum(c.isalpha() for c in w) >= 2) >= 2:
        return False  # words and a number ("Member ID QK4418273"): text, read for the cues inside it
    if _MACHINE_HEX.search(v):
        return False  # a lower-case hex run (sub-4f8e2a91, a commit, a digest): made by software for software
    if any(rx.match(v) for rx in (_UUID, _VERSION, _DECIMAL, _HEX)) or _TIME.search(v) or is_date(v):
        return False
    if len(digits) <= 10 and (_SPLIT_DAY.search(v) or any(_COMPACT_DAY.search(r) for r in re.findall(r"\d+", v))):
        return False  # a dated name (`W3C-19980720`, `DOB1991_06_06_v2`); a year and a serial (`HN2019-041277`) is one
    # a run (123456, 000001, 777777) is a stand-in, whatever letters stand before it
    return not repetitive(digits) and (plain_id_ok(digits) or letters >= 2)


def _ssn(value: str) -> bool:
    return bool(re.fullmatch(r"\d{3}([- ./]?)\d{2}\1\d{4}", value.strip())) and ssn_ok(value)


def _itin(value: str) -> bool:
    d = digits_of(value)
    if d.startswith("98765432") or repetitive(d) or d.endswith("0000"):  # SSA's advertising block, masks
        return False
    return bool(re.fullmatch(r"9\d\d([- .]?)[5-9]\d\1\d{4}", value.strip())) and int(d[3:5]) in (
        *range(50, 66),
        *range(70, 89),
        90,
        91,
        92,
        *range(94, 100),
    )


def _phone(value: str) -> bool:
    return phone_ok(value.strip())


def _short_plan(digits: str) -> bool:
    """Nine digits that are a country code of three and a national number of six (Greenland's `299227598`): where
    numbers are that short; elsewhere nine digits are as often an id (`493012345`)."""
    import phonenumbers

    return len(digits) - len(str(phonenumbers.parse("+" + digits).country_code)) <= 6


_NANP_WRITTEN = re.compile(r"\+?1?[ .-]?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")


@functools.lru_cache(maxsize=4096)
def _phone_anywhere(value: str) -> bool:
    """A number valid in its own country's national format (`0532 418 27 96`, `8 (912) 345-67-89`, `4405 5229`),
    once a word says it is one: valid in some region as that region writes it, and in none of them a drama,
    example or run-of-digits number (`detect.dialplans`)."""
    v = value.strip()
    if _phone(v):
        return True
    digits = digits_of(v)
    if v.isdigit() and 9 <= len(v) <= 15 and v[0] != "0" and _phone("+" + v) and (len(v) > 9 or _short_plan(v)):
        return True  # E.164 without its `+` (`85591201727`; Greenland's `299227598`), as messaging APIs store them
    if re.search(r"[A-Za-z+]", v) or repetitive(digits[1:]) or is_date(v) or _COMPACT_DAY.fullmatch(digits):
        return False  # `2022-03-01`, `20 24 12 31`: a day, whatever Denmark's plan allows
    if (_NANP_WRITTEN.fullmatch(v) and digits[0] != "0") or "555" in (digits[-10:-7], digits[-7:-4]):
        return False  # a North American number `_phone` turned down, or its 555
    return dialled_at_home(v)


def _url(value: str) -> bool:
    """A web address on a real host (not a documentation domain), under a key that names a personal page."""
    from urllib.parse import urlsplit

    from phiscan.detect.reserved import is_reserved_domain

    v = value.strip()
    if not re.match(r"https?://\S+$", v, re.IGNORECASE) or re.search(r"[{}<>$]", v):
        return False
    try:
        host = (urlsplit(v).hostname or "").lower()
    except ValueError:
        return False
    if not host or "." not in host or is_reserved_domain(host) or _PROJECT_HOST.search(host):
        return False
    return not _PROJECT_PATH.search(urlsplit(v).path)


# Code hosting, package registries and documentation sites: a project's page, not a person's
_PROJECT_HOST = re.compile(
    r"(?:^|\.)(?:github\.com|githubusercontent\.com|gitlab\.com|bitbucket\.org|npmjs\.com|pypi\.org|"
    r"readthedocs\.io|json-schema\.org|w3\.org|schemastore\.org)$|^(?:docs|api|developer|developers|schemas?)\."
)
_PROJECT_PATH = re.compile(r"/(?:docs?|api|schemas?|spec|reference|readme)(?:/|$|\.)", re.IGNORECASE)


def _ip(value: str) -> bool:
    return public_ip_ok(value.strip().split("%")[0], cued=True)  # asked only under a cue that names an address


def _device(value: str) -> bool:
    v = value.strip()
    if MAC_FORM.fullmatch(v) or BARE_MAC.fullmatch(v):
        return mac_shaped(v)
    if MAC_FORM.match(v):
        return False  # a MAC with more after it (`...:eth0`): the MAC recognizer reads it; `SN00:1A:...` is a serial
    return id_shaped(v)


def _zip(value: str) -> bool:
    """USPS ZIP or ZIP+4, the +4 also written without its hyphen (X12 N403, PCORnet ADDRESS_ZIP9), or another
    country's postal code."""
    v = value.strip()
    if re.fullmatch(r"\d{5}(?:-?\d{4})?", v):  # a US stand-in (`12345-1234`) is one, not another country's code
        return zip_ok(v) or (int(v[:5]) < 501 and postal_code(v))
    return postal_code(v)


# category -> (entity reported, shape test); a category's test decides whether a value can be one
SHAPES: dict[str, tuple[str, Callable[[str], bool]]] = {
    "US_SSN": ("US_SSN", lambda v: _ssn(v) or _itin(v)),
    "DATE_OF_BIRTH": (
        "DATE_OF_BIRTH",
        lambda v: is_date(v) or compact_birth_date(v) or _ORACLE.fullmatch(v.strip()) is not None,
    ),
    "PHONE_NUMBER": ("PHONE_NUMBER", _phone_anywhere),
    "STREET_ADDRESS": ("STREET_ADDRESS", address_shaped),
    "URL": ("URL", _url),
    "ZIP_CODE": ("ZIP_CODE", _zip),
    "IP_ADDRESS": ("IP_ADDRESS", _ip),
    "MRN": ("MRN", id_shaped),
    "HEALTH_PLAN_ID": ("HEALTH_PLAN_ID", id_shaped),
    "ACCOUNT_NUMBER": ("ACCOUNT_NUMBER", lambda v: id_shaped(v) or iban_ok(v)),
    "LICENSE_NUMBER": ("US_DRIVER_LICENSE", id_shaped),
    "DEVICE_ID": ("DEVICE_ID", _device),
}


OWN_SHAPES = ("US_SSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "ZIP_CODE", "IP_ADDRESS", "STREET_ADDRESS", "URL")


# A value written in a category's own notation, valid or not: `(614) 555-0199` is written as a phone number
_NOTATION = {
    "PHONE_NUMBER": re.compile(r"\+?1?[ .-]?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+\d[\d ().-]{6,18}\d"),
    "US_SSN": re.compile(r"\d{3}-\d{2}-\d{4}"),
    "ZIP_CODE": re.compile(r"\d{5}-\d{4}"),
}


def looks_like(category: str, value: str) -> bool:
    rx = _NOTATION.get(category)
    return rx is not None and rx.fullmatch(value.strip()) is not None


def other_category(value: str) -> bool:
    """A value with a category of its own: a valid SSN, phone number or date."""
    return _ssn(value) or is_date(value) or _phone(value)


def formatted_other(value: str) -> bool:
    """Written in another category's own format, separators and all (`412-67-8831`, `(916) 809-2395`): that
    format says more than a key does."""
    v = value.strip()
    if v.isdigit() or not any(c in v for c in "-. ()+"):
        return False
    if _ssn(v) or is_date(v) or _dotted_quad(v):
        return True  # (an IPv4 address's dotted quad, under `account`, is the address)
    # a phone number's digits in another grouping (`8057-42-0610`, an Indiana licence) are not its format
    return _phone(v) and (v.startswith(("+", "(")) or bool(_NANP_GROUPING.fullmatch(v)))


def _dotted_quad(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


_NANP_GROUPING = re.compile(r"1?[ .-]?\d{3}[ .-]\d{3}[ .-]\d{4}")
