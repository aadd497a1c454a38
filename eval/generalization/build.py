#!/usr/bin/env python3
"""Build the phiscan *generalization* evaluation set: planted/** and planted/labels.jsonl.

Every file is written from scratch (no copy of a developer-set file): a tool list, a request
body, an MCP tool, a Gemini declaration, an OpenAPI 3 document or a plain JSON Schema around
hand-written domain content, with 1-4 planted values or hard negatives at recorded JSON
pointers. Values come from published format rules (CMS MBI spec, ISO 3779 VIN check digit,
ABA routing checksum, Luhn, IBAN mod-97, NANP and libphonenumber metadata, state DL formats,
GS1 AIs, provider token layouts) and from Faker locales the developer set does not use.

Deterministic: a fixed seed, no set iteration, no clock. Re-running reproduces byte-identical
output. Standard library + Faker + phonenumbers only.

    python build.py            # (re)writes planted/ next to this file
"""

from __future__ import annotations

import os as _os
import sys as _sys

# Some Faker providers pick from sets, whose order depends on string hashing: pin it.
if __name__ == "__main__" and _os.environ.get("PYTHONHASHSEED") != "0":
    _os.environ["PYTHONHASHSEED"] = "0"
    _os.execv(_sys.executable, [_sys.executable, *_sys.argv])

import base64
import hashlib
import ipaddress
import json
import random
import re
import shutil
import string
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from faker import Faker

SEED = 20260917
HERE = Path(__file__).resolve().parent
OUT = HERE / "planted"
ID_PREFIX = "gen"

R = random.Random(SEED)


def pick(seq, rng=None):
    return (rng or R).choice(list(seq))


def chance(p):
    return R.random() < p


_CYCLES = {}


def cyc(name, styles):
    """Round-robin over a shuffled copy of styles, so every format occurs before any repeats."""
    q = _CYCLES.get(name)
    if not q:
        q = list(styles)
        R.shuffle(q)
        _CYCLES[name] = q
    return q.pop()


def rand_digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def rand_from(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


# =====================================================================================
# check digits
# =====================================================================================
def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


VIN_TRANS = {
    **{str(d): d for d in range(10)},
    "A": 1,
    "B": 2,
    "C": 3,
    "D": 4,
    "E": 5,
    "F": 6,
    "G": 7,
    "H": 8,
    "J": 1,
    "K": 2,
    "L": 3,
    "M": 4,
    "N": 5,
    "P": 7,
    "R": 9,
    "S": 2,
    "T": 3,
    "U": 4,
    "V": 5,
    "W": 6,
    "X": 7,
    "Y": 8,
    "Z": 9,
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin17: str) -> str:
    s = sum(VIN_TRANS[c] * w for c, w in zip(vin17, VIN_WEIGHTS, strict=False))
    r = s % 11
    return "X" if r == 10 else str(r)


def aba_ok(r9: str) -> bool:
    d = [int(c) for c in r9]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def gs1_check(digits: str) -> str:
    # GS1 mod-10: weights 3,1,3,... from the right of the payload
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


# =====================================================================================
# names (Faker locales the developer set does not use; it used en_US and Spanish locales)
# =====================================================================================
NAME_LOCALES = [
    "pl_PL",
    "cs_CZ",
    "tr_TR",
    "de_DE",
    "fr_FR",
    "nl_NL",
    "pt_BR",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "sw",
    "zu_ZA",
    "ga_IE",
    "hu_HU",
    "ro_RO",
    "fi_FI",
    "it_IT",
    "id_ID",
    "zh_CN",
    "ja_JP",
    "vi_VN",
    "sk_SK",
    "hr_HR",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "tw_GH",
    "no_NO",
    "da_DK",
    "en_IN",
]
FAMILY_FIRST = ["zh_CN", "ja_JP", "vi_VN", "hu_HU"]
# first names that are also ordinary words used as hard negatives in this set
NAME_STOP = [
    "Will",
    "June",
    "Jordan",
    "Madison",
    "Georgia",
    "Chase",
    "Mercedes",
    "Austin",
    "Florence",
    "Victoria",
    "Sydney",
    "Ruby",
    "Olive",
    "Jasmine",
    "Charlotte",
    "Dakota",
    "Amazon",
    "Lincoln",
    "April",
    "May",
    "Summer",
    "Paris",
    "Jane",
    "John",
    "Doe",
    "Mai",
]
FAKERS = {}
for _i, _loc in enumerate([*NAME_LOCALES, "en_AU", "en_GB"]):
    _f = Faker(_loc)
    _f.seed_instance(SEED + _i)
    FAKERS[_loc] = _f

FOLD = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "æ": "ae", "Æ": "AE"}  # noqa: RUF001


def ascii_fold(s: str) -> str:
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, given, family, middle=None, locale=""):
        self.given, self.family, self.middle, self.locale = given, family, middle, locale

    @property
    def words(self):
        if self.locale == "vi_VN" and self.middle:
            g = [self.middle, self.given]
        else:
            g = [self.given] + ([self.middle] if self.middle else [])
        return g, self.family.split()

    def natural(self):
        given = " ".join(self.words[0])
        if self.locale in FAMILY_FIRST:
            return f"{self.family} {given}"
        return f"{given} {self.family}"

    def text(self, shape):
        given = " ".join(self.words[0])
        if shape == "natural":
            return self.natural()
        if shape == "western":
            return f"{given} {self.family}"
        if shape == "comma":
            return f"{self.family}, {given}"
        if shape == "comma_caps":
            return f"{ascii_fold(self.family).upper()}, {ascii_fold(given).upper()}"
        if shape == "caps":
            return ascii_fold(self.natural()).upper()
        if shape == "lower":
            return self.natural().lower()
        if shape == "ascii":
            return ascii_fold(self.natural())
        if shape == "xpn":  # HL7 v2 XPN: family^given^middle
            g = self.words[0]
            return (
                f"{ascii_fold(self.family).upper()}^{ascii_fold(g[-1] if self.locale == 'vi_VN' else g[0]).upper()}"
                + (f"^{ascii_fold(g[0] if self.locale == 'vi_VN' else g[1]).upper()}" if len(g) > 1 else "")
            )
        if shape == "initial":
            return f"{self.given[0]}. {self.family}"
        raise ValueError(shape)

    def tokens(self, family_first=None):
        ff = self.locale in FAMILY_FIRST if family_first is None else family_first
        g, f = self.words
        toks = (f + g) if ff else (g + f)
        out = []
        for t in toks:
            out += re.split(r"[\s'\-]+", ascii_fold(t))
        return [t for t in out if t]

    def ident(self, style):
        t = self.tokens()
        if style == "snake":
            return "_".join(x.lower() for x in t)
        if style == "kebab":
            return "-".join(x.lower() for x in t)
        if style == "camel":
            return t[0].lower() + "".join(x.capitalize() for x in t[1:])
        if style == "pascal":
            return "".join(x.capitalize() for x in t)
        if style == "screaming":
            return "_".join(x.upper() for x in t)
        if style == "dot":
            return ".".join(x.lower() for x in t)
        if style == "pascal_snake":  # Nowak_Jan (file names)
            t2 = self.tokens(family_first=True)
            return "_".join(x.capitalize() for x in t2)
        raise ValueError(style)


_used_names = []


def new_person(locale=None) -> Person:
    for _ in range(200):
        loc = locale or pick(NAME_LOCALES)
        f = FAKERS[loc]
        middle = None
        if loc in ("zh_CN", "ja_JP"):
            given, family = f.first_romanized_name(), f.last_romanized_name()
        elif loc == "vi_VN":
            family = f.last_name()
            given = f.first_name_female() if chance(0.5) else f.first_name_male()
            middle = pick(["Thị", "Văn", "Minh", "Ngọc", "Đức", "Thanh", "Hữu", "Quang"])
        else:
            given, family = f.first_name(), f.last_name()
            if loc in ("pl_PL", "pt_BR", "de_DE", "fr_FR", "it_IT", "cs_CZ", "yo_NG") and chance(0.22):
                middle = f.first_name()
        if any(w in NAME_STOP for w in (given, middle or "", family)) or given == family:
            continue
        if not re.fullmatch(r"[^\W\d_][\w'\- ]*", given + " " + family):
            continue
        key = (given, family)
        if key in _used_names:
            continue
        _used_names.append(key)
        return Person(given, family, middle, loc)
    raise RuntimeError("name pool exhausted")


# =====================================================================================
# value generators. Each returns Val(text, kind, raw) for a context:
#   "text"  free text (descriptions, const, enum ...)
#   "ident" [A-Za-z0-9_-] only (tool names, keys, file names)
# =====================================================================================
class Val:
    """text: the label value; embed: what is written into the document (contains text)."""

    def __init__(self, text, kind="literal", raw=None, person=None, embed=None):
        self.text, self.kind, self.raw, self.person = text, kind, raw, person
        self.embed = embed if embed is not None else text

    def __repr__(self):
        return f"Val({self.text!r})"


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def rand_dob():
    y = R.randint(1931, 2016)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return y, m, d


def fmt_dob(ymd, style):
    y, m, d = ymd
    mon = MONTHS[m - 1]
    return {
        "compact": f"{y:04d}{m:02d}{d:02d}",
        "dmy_long": f"{d} {mon} {y}",
        "mdy_abbr": f"{mon[:3]} {d}, {y}",
        "mdy_dot": f"{m:02d}.{d:02d}.{y}",
        "ymd_slash": f"{y}/{m:02d}/{d:02d}",
        "dmy_slash": f"{d:02d}/{m:02d}/{y}",
        "dmy_dot": f"{d:02d}.{m:02d}.{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dmy_abbr_dash": f"{d:02d}-{mon[:3].upper()}-{y}",
        "ordinal": f"{mon} {d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}, {y}",
        "m_d_yy": f"{m}/{d}/{y}",
        "hl7_ts": f"{y:04d}{m:02d}{d:02d}0000",
    }[style]


DOB_TEXT_STYLES = [
    "compact",
    "dmy_long",
    "mdy_abbr",
    "mdy_dot",
    "ymd_slash",
    "dmy_slash",
    "dmy_dot",
    "iso",
    "dmy_abbr_dash",
    "ordinal",
    "m_d_yy",
    "compact",
    "dmy_long",
    "mdy_abbr",
]


def v_dob(ctx="text"):
    ymd = rand_dob()
    if ctx == "ident":
        return Val(fmt_dob(ymd, pick(["compact", "compact", "iso"])).replace("-", pick(["_", "-", ""])), "key_literal")
    style = cyc("dob", DOB_TEXT_STYLES)
    return Val(fmt_dob(ymd, style), f"dob_{style}")


def v_person(ctx="text"):
    p = new_person()
    if ctx == "ident":
        style = pick(["snake", "kebab", "camel", "pascal", "screaming", "snake", "camel"])
        return Val(p.ident(style), f"{style}_joined", person=p)
    shape = cyc(
        "person",
        ["natural", "natural", "western", "comma", "comma_caps", "caps", "lower", "ascii", "natural", "xpn", "natural"],
    )
    return Val(p.text(shape), f"name_{shape}", person=p)


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        if (a, g, s) in [(987, 65, 4321), (78, 5, 1120), (219, 9, 9999)]:
            continue
        return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def itin_parts():
    a = R.randint(900, 999)
    g = pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"{a}", f"{g:02d}", f"{R.randint(1, 9999):04d}"


def v_ssn(ctx="text"):
    parts = itin_parts() if chance(0.18) else ssn_parts()
    kind = "itin" if parts[0].startswith("9") else "literal"
    if ctx == "ident":
        return Val(pick(["", "_", "-"]).join(parts), "key_literal" if kind == "literal" else "itin")
    sep = pick(["-", " ", ".", "", "-", " "])
    return Val(sep.join(parts), kind)


# ---- MRN: house styles other than MRN-/MR#/E0
HOSP_AUTH = ["STMARY", "UHN", "NWMC", "CHOP", "BAYSTATE", "LAKESIDE", "MERCYW", "RIVERBEND", "KLINIKUM", "ZIEKENHUIS"]


def v_mrn(ctx="text"):
    style = cyc(
        "mrn", ["chart", "mr_space", "h7", "a8", "pt_year", "bare", "ur", "epi", "cmrn", "k8", "cx", "rm", "bare"]
    )
    if ctx == "ident":
        style = pick(["h7", "a8", "k8", "rm", "bare", "chartjoin", "pt_year"])
    if style == "chart":
        t = f"CHART {rand_digits(8)}"
    elif style == "chartjoin":
        t = f"CHART{rand_digits(8)}"
    elif style == "mr_space":
        t = f"MR {rand_digits(7, True)}"
    elif style == "h7":
        t = f"H{rand_digits(7)}"
    elif style == "a8":
        t = f"A{rand_digits(8)}"
    elif style == "pt_year":
        t = f"PT-{R.randint(2009, 2025)}-{rand_digits(6)}"
    elif style == "bare":
        t = rand_digits(pick([7, 8, 10]), True)
    elif style == "ur":
        t = f"UR {rand_digits(6, True)}"
    elif style == "epi":
        t = f"EPI {rand_digits(9, True)}"
    elif style == "cmrn":
        t = f"CMRN {rand_digits(10, True)}"
    elif style == "k8":
        t = f"K{rand_digits(8)}"
    elif style == "rm":
        t = f"RM{rand_digits(7)}"
    else:  # HL7 CX composite; the label value is the id part
        idv = rand_digits(9, True)
        return Val(idv, "hl7_cx", embed=f"{idv}^^^{pick(HOSP_AUTH)}^MR")
    return Val(t, f"mrn_{style}" if style != "bare" else "bare_digits")


# ---- phones
US_AREA = [
    "205",
    "907",
    "480",
    "479",
    "916",
    "720",
    "860",
    "302",
    "904",
    "404",
    "808",
    "208",
    "773",
    "317",
    "515",
    "316",
    "502",
    "504",
    "207",
    "443",
    "617",
    "734",
    "612",
    "601",
    "314",
    "406",
    "402",
    "702",
    "603",
    "973",
    "505",
    "716",
    "919",
    "701",
    "216",
    "405",
    "503",
    "412",
    "401",
    "843",
    "605",
    "615",
    "210",
    "801",
    "802",
    "804",
    "206",
    "304",
    "414",
    "307",
    "346",
    "628",
    "726",
    "945",
    "564",
    "838",
]


def valid_us_number():
    while True:
        npa = pick(US_AREA)
        nxx = f"{R.randint(2, 9)}{rand_digits(2)}"
        if nxx[1:] == "11" or nxx == "555" or nxx == "958" or nxx == "959":
            continue
        line = rand_digits(4)
        n = phonenumbers.parse(f"+1{npa}{nxx}{line}")
        if phonenumbers.is_valid_number(n):
            return n


# fictional / drama ranges to avoid (Ofcom, ACMA)
FICTIONAL = [
    r"^\+4420 ?7946 ?0",
    r"^\+44113 ?496 ?0",
    r"^\+44161 ?496 ?0",
    r"^\+447700 ?900",
    r"^\+441632 ?960",
    r"^\+61491 ?570",
    r"^\+612 ?5550",
    r"^\+617 ?0100",
    r"^\+613 ?5550",
]


def valid_intl_number(region):
    ex = phonenumbers.example_number_for_type(
        region, pick([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    )
    nat = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nat) // 3)
        cand = nat[:keep] + rand_digits(len(nat) - keep)
        if cand == nat:
            continue
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if not phonenumbers.is_valid_number(n):
            continue
        e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        if any(re.match(p.replace(" ?", ""), e164) for p in FICTIONAL):
            continue
        return n
    raise RuntimeError(region)


INTL_REGIONS = ["GB", "DE", "IN", "BR", "AU", "PL", "NG", "FR", "NL", "VN", "TR", "PH", "MX", "KE", "IE"]


def v_phone(ctx="text"):
    if ctx == "ident":
        n = valid_us_number() if chance(0.6) else valid_intl_number(pick(INTL_REGIONS))
        e = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        return Val(e[1:], "key_literal")
    if cyc("phone_region", ["us"] * 11 + ["intl"] * 9) == "us":
        n = valid_us_number()
        npa, rest = str(n.national_number)[:3], str(n.national_number)[3:]
        t = cyc(
            "phone_us",
            [
                phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164),
                phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.RFC3966),
                phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                f"1-{npa}-{rest[:3]}-{rest[3:]}",
                f"+1 ({npa}) {rest[:3]}-{rest[3:]}",
                f"{npa}/{rest[:3]}-{rest[3:]}",
                f"({npa}) {rest[:3]}-{rest[3:]} x{R.randint(10, 4999)}",
                f"{npa} {rest[:3]} {rest[3:]}",
            ],
        )
        return Val(t)
    n = valid_intl_number(cyc("phone_cc", INTL_REGIONS))
    fmt = cyc(
        "phone_fmt",
        [
            phonenumbers.PhoneNumberFormat.E164,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
        ],
    )
    return Val(phonenumbers.format_number(n, fmt), "literal_intl")


# ---- email on real, non-reserved domains that the developer set does not use
EMAIL_DOMAINS = [
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "web.de",
    "t-online.de",
    "wp.pl",
    "onet.pl",
    "interia.pl",
    "seznam.cz",
    "centrum.cz",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "libero.it",
    "virgilio.it",
    "ziggo.nl",
    "kpnmail.nl",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
    "yandex.com",
    "mail.com",
    "zoho.com",
    "fastmail.com",
    "hey.com",
    "comcast.net",
    "verizon.net",
    "att.net",
    "sbcglobal.net",
    "cox.net",
    "charter.net",
    "rediffmail.com",
    "naver.com",
    "qq.com",
    "163.com",
    "bigpond.com",
    "optusnet.com.au",
    "btinternet.com",
    "sky.com",
    "shaw.ca",
    "rogers.com",
    "telus.net",
    "bluewin.ch",
    "gmx.at",
    "tutanota.com",
    "posteo.de",
    "citromail.hu",
    "abv.bg",
    "inbox.lv",
    "mail.ee",
]


def v_email(ctx="text"):
    p = new_person()
    t = p.tokens(family_first=False)
    first, last = t[0].lower(), t[-1].lower()
    yy = str(R.randint(1950, 2012))
    local = pick(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first}",
            f"{first}_{last}{yy[-2:]}",
            f"{first}{last}{yy}",
            f"{first}-{last}",
            f"{last}{first[0]}{R.randint(1, 99)}",
            f"{first}.{last}.{yy}",
        ]
    )
    return Val(f"{local}@{pick(EMAIL_DOMAINS)}", person=p)


# ---- addresses: US built from USPS Publication 28 suffixes/unit designators; non-US from Faker locales
US_STREETS = [
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Ninth",
    "Park",
    "Oak",
    "Pine",
    "Maple",
    "Cedar",
    "Elm",
    "Hill",
    "Lake",
    "Walnut",
    "Spruce",
    "Ridge",
    "Church",
    "Willow",
    "Mill",
    "Sunset",
    "Kinnickinnic",
    "Wabash",
    "Pulaski",
    "Magnolia",
    "Peachtree",
    "Sepulveda",
    "Alvarado",
    "Nicollet",
    "Euclid",
    "Fulton",
    "Halsted",
    "Glisan",
    "Tchoupitoulas",
    "Broadway",
    "Kalanianaole",
    "Cherry Creek",
    "Colfax",
    "Delmar",
    "Lyndale",
    "Prytania",
    "Ventura",
    "Ashland",
    "Coldwater Canyon",
    "Belmont",
]
USPS_SUFFIX = [
    "St",
    "Ave",
    "Blvd",
    "Rd",
    "Dr",
    "Ln",
    "Ct",
    "Pl",
    "Ter",
    "Way",
    "Pkwy",
    "Cir",
    "Trl",
    "Hwy",
    "Loop",
    "Sq",
    "Xing",
    "Aly",
    "Row",
    "Run",
    "STREET",
    "AVENUE",
    "Road",
    "Drive",
    "Lane",
    "Court",
]
USPS_UNIT = [
    "Apt {n}",
    "Apt {n}{L}",
    "# {n}",
    "Ste {n}",
    "Unit {n}",
    "Fl {f}",
    "Lot {n}",
    "Trlr {n}",
    "Rm {n}",
    "Bldg {L}",
    "APT {n}",
    "#{n}",
]
US_CITIES = [
    ("Milwaukee", "WI", "532"),
    ("Chicago", "IL", "606"),
    ("Portland", "OR", "972"),
    ("Atlanta", "GA", "303"),
    ("Tucson", "AZ", "857"),
    ("Albuquerque", "NM", "871"),
    ("Omaha", "NE", "681"),
    ("Boise", "ID", "837"),
    ("Richmond", "VA", "232"),
    ("Providence", "RI", "029"),
    ("Burlington", "VT", "054"),
    ("Anchorage", "AK", "995"),
    ("Honolulu", "HI", "968"),
    ("Minneapolis", "MN", "554"),
    ("Cleveland", "OH", "441"),
    ("Pittsburgh", "PA", "152"),
    ("Louisville", "KY", "402"),
    ("Memphis", "TN", "381"),
    ("Baton Rouge", "LA", "708"),
    ("Spokane", "WA", "992"),
    ("Fresno", "CA", "937"),
    ("Sacramento", "CA", "958"),
    ("El Paso", "TX", "799"),
    ("Tulsa", "OK", "741"),
    ("Des Moines", "IA", "503"),
    ("Buffalo", "NY", "142"),
    ("Newark", "NJ", "071"),
    ("Hartford", "CT", "061"),
    ("Worcester", "MA", "016"),
    ("Savannah", "GA", "314"),
    ("Wichita", "KS", "672"),
    ("Fargo", "ND", "581"),
    ("Billings", "MT", "591"),
    ("Reno", "NV", "895"),
    ("Durham", "NC", "277"),
    ("Greenville", "SC", "296"),
    ("Rochester", "MN", "559"),
    ("Lubbock", "TX", "794"),
    ("Duluth", "MN", "558"),
    ("Flagstaff", "AZ", "860"),
]


def us_zip(zip3=None, plus4=None):
    z = (zip3 or pick(US_CITIES)[2]) + f"{R.randint(1, 98):02d}"
    if plus4 if plus4 is not None else chance(0.35):
        z += f"-{R.randint(1, 9998):04d}"
    return z


def us_street_line():
    num = str(R.randint(2, 98999)) if chance(0.8) else f"{R.randint(1, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    pre = pick(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    line = f"{num} {pre}{pick(US_STREETS)} {pick(USPS_SUFFIX)}"
    if chance(0.55):
        unit = pick(USPS_UNIT).format(n=R.randint(1, 2400), L=pick("ABCDEFGH"), f=R.randint(2, 30))
        line += pick([" ", ", "]) + unit
    return line


def v_address(ctx="text"):
    if chance(0.62):
        line = us_street_line()
        city, st, z3 = pick(US_CITIES)
        if chance(0.7):
            line += f", {city}, {st} {us_zip(z3)}"
        return Val(line, "us")
    loc = pick(["pl_PL", "de_DE", "nl_NL", "pt_BR", "cs_CZ", "it_IT", "fi_FI", "fr_FR"])
    f = FAKERS[loc]
    street = f"{R.randint(1, 180)} {f.street_name()}" if loc == "fr_FR" else f.street_address()
    if chance(0.8):
        return Val(f"{street}, {f.postcode()} {f.city()}", "non_us")
    return Val(street, "non_us")


def v_zip(ctx="text"):
    if ctx == "ident":
        return Val(us_zip(plus4=False), "key_literal")
    z = us_zip()
    return Val(z, "zip_plus4" if "-" in z else "literal")


# ---- health plan ids
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # A-Z minus S L O I B Z (CMS MBI format)


def mbi():
    an = MBI_ALPHA + string.digits
    c = [
        str(R.randint(1, 9)),
        pick(MBI_ALPHA),
        pick(an),
        str(R.randint(0, 9)),
        pick(MBI_ALPHA),
        pick(an),
        str(R.randint(0, 9)),
        pick(MBI_ALPHA),
        pick(MBI_ALPHA),
        str(R.randint(0, 9)),
        str(R.randint(0, 9)),
    ]
    return "".join(c)


HICN_BIC = ["A", "B", "B1", "B2", "C1", "C2", "D", "D1", "E", "F1", "F2", "HA", "M", "T", "W", "W1", "K1"]


def v_health_plan(ctx="text"):
    style = cyc(
        "plan",
        [
            "mbi",
            "mbi_dash",
            "hicn",
            "suffix",
            "w9",
            "h8",
            "u10",
            "medi_cal",
            "fl_medicaid",
            "mbi",
            "prefix_space",
            "tx_medicaid",
        ],
    )
    if ctx == "ident":
        style = pick(["mbi", "mbi", "w9", "u10", "medi_cal"])
    m = mbi()
    if style == "mbi":
        return Val(m, "mbi")
    if style == "mbi_dash":
        return Val(f"{m[:4]}-{m[4:7]}-{m[7:]}", "mbi")
    if style == "hicn":
        return Val("".join(ssn_parts()) + pick(HICN_BIC), "hicn")
    if style == "suffix":
        return Val(f"{rand_from('ABCDEFGHJKLMNPRSTUVWXYZ', 3)}{rand_digits(9)}-0{R.randint(1, 4)}", "member_id")
    if style == "w9":
        return Val(f"W{rand_digits(9)}", "member_id")
    if style == "h8":
        return Val(f"H{rand_digits(8)} 0{R.randint(0, 3)}", "member_id")
    if style == "u10":
        return Val(f"U{rand_digits(8)}0{R.randint(1, 3)}", "member_id")
    if style == "medi_cal":
        return Val(f"9{rand_digits(7)}{pick('ABCDEFGH')}", "medicaid")
    if style == "fl_medicaid":
        return Val(rand_digits(10, True), "medicaid")
    if style == "tx_medicaid":
        return Val(rand_digits(9, True), "medicaid")
    return Val(f"{rand_from('ABCDEFGHJKLMNPRSTUVWXYZ', 3)} {rand_digits(8)} 0{R.randint(1, 3)}", "member_id")


# ---- accounts: cards (Luhn, not test numbers), bank + ABA, IBAN, hospital accounts
TEST_CARDS = [
    "4111111111111111",
    "4242424242424242",
    "4012888888881881",
    "5555555555554444",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "2223003122003222",
    "4000056655665556",
    "3530111333300000",
]


def card():
    brand = cyc("card", ["visa", "amex", "mc2", "discover", "visa", "mc5", "jcb"])
    while True:
        if brand == "visa":
            p = "4" + rand_digits(14)
        elif brand == "amex":
            p = pick(["34", "37"]) + rand_digits(12)
        elif brand == "mc2":
            p = str(R.randint(2221, 2720)) + rand_digits(11)
        elif brand == "mc5":
            p = f"5{R.randint(1, 5)}" + rand_digits(13)
        elif brand == "jcb":
            p = str(R.randint(3528, 3589)) + rand_digits(11)
        else:
            p = pick(["6011", str(R.randint(644, 649)) + rand_digits(1), "65" + rand_digits(2)]) + rand_digits(11)
        n = p + luhn_digit(p)
        if n in TEST_CARDS or re.search(r"(\d)\1{5}", n):
            continue
        return brand, n


def group_card(brand, n):
    sep = pick([" ", "-", "", " "])
    if brand == "amex":
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    return sep.join([n[i : i + 4] for i in range(0, 16, 4)]) if sep else n


def aba():
    while True:
        r = f"{pick(list(range(1, 13)) + list(range(21, 33))):02d}" + rand_digits(6)
        for d in range(10):
            if aba_ok(r + str(d)):
                return r + str(d)


def iban():
    cc = pick(["DE", "PL", "AT", "BE", "NL"])
    if cc == "DE":
        bban = rand_digits(8, True) + rand_digits(10)
    elif cc == "PL":
        bban = rand_digits(24)
    elif cc == "AT":
        bban = rand_digits(16, True)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + rand_digits(10)
    else:
        acct = rand_digits(10)
        bban = acct + f"{(int(acct) % 97) or 97:02d}"
    s = cc + iban_check(cc, bban) + bban
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if chance(0.7) else s


def v_account(ctx="text"):
    style = cyc("acct", ["card", "card", "bank", "iban", "har", "fin", "vn", "pan", "enc", "guar", "card", "bank"])
    if ctx == "ident":
        style = pick(["card_plain", "bank_plain", "har_plain", "pan_plain"])
    if style == "card":
        b, n = card()
        return Val(group_card(b, n), f"card_{b}")
    if style == "card_plain":
        b, n = card()
        return Val(n, f"card_{b}")
    if style == "bank":
        acct = rand_digits(R.randint(8, 12), True)
        if chance(0.5):
            return Val(
                acct,
                "bank_account",
                embed=pick([f"ABA {aba()} / acct {acct}", f"{aba()}:{acct}", f"routing {aba()}, account {acct}"]),
            )
        return Val(acct, "bank_account")
    if style == "bank_plain":
        return Val(rand_digits(R.randint(9, 12), True), "bank_account")
    if style == "iban":
        return Val(iban(), "iban")
    if style in ("har", "har_plain"):
        return Val(("HAR " if style == "har" else "HAR") + "4" + rand_digits(9), "hospital_account")
    if style == "fin":
        return Val(f"FIN {rand_digits(11, True)}", "hospital_account")
    if style == "vn":
        return Val(f"VN{pick(['', ' ', '-'])}{rand_digits(9)}", "hospital_account")
    if style in ("pan", "pan_plain"):
        return Val(("PAN " if style == "pan" else "PAN") + rand_digits(8, True), "hospital_account")
    if style == "enc":
        return Val(f"ENC-{R.randint(19, 25)}-{rand_digits(7)}", "hospital_account")
    return Val(f"{rand_digits(7, True)}-{rand_digits(2)}", "guarantor_account")


# ---- driver's licences (state formats as published by the states' DMVs)
def v_license(ctx="text"):
    L = string.ascii_uppercase
    st = cyc("dl", ["CA", "FL", "NY", "NY_SP", "IL", "TX", "WA", "PA", "NJ", "MI", "WI", "OH", "MA", "MD", "VA", "MN"])
    if ctx == "ident":
        st = pick(["CA", "TX", "OH", "MA", "WA", "VA"])
    if st == "CA":
        t = pick(L) + rand_digits(7)
    elif st == "FL":
        t = f"{pick(L)}{rand_digits(3)}-{rand_digits(3)}-{rand_digits(2)}-{rand_digits(3)}-{rand_digits(1)}"
    elif st == "NY":
        t = rand_digits(9, True)
    elif st == "NY_SP":
        d = rand_digits(9, True)
        t = f"{d[:3]} {d[3:6]} {d[6:]}"
    elif st == "IL":
        t = f"{pick(L)}{rand_digits(3)}-{rand_digits(4)}-{rand_digits(4)}"
    elif st == "TX":
        t = rand_digits(8, True)
    elif st == "WA":
        t = "WDL" + rand_from(L + string.digits, 9)
    elif st == "PA":
        d = rand_digits(8)
        t = f"{d[:2]} {d[2:5]} {d[5:]}"
    elif st == "NJ":
        t = f"{pick(L)}{rand_digits(4)} {rand_digits(5)} {rand_digits(5)}"
    elif st == "MI":
        t = f"{pick(L)} {rand_digits(3)} {rand_digits(3)} {rand_digits(3)} {rand_digits(3)}"
    elif st == "WI":
        t = f"{pick(L)}{rand_digits(3)}-{rand_digits(4)}-{rand_digits(4)}-{rand_digits(2)}"
    elif st == "OH":
        t = rand_from(L, 2) + rand_digits(6)
    elif st == "MA":
        t = "S" + rand_digits(8)
    elif st == "MD":
        t = f"{pick(L)}-{rand_digits(3)}-{rand_digits(3)}-{rand_digits(3)}-{rand_digits(3)}"
    elif st == "VA":
        t = pick(L) + rand_digits(8)
    else:
        t = pick(L) + rand_digits(12)
    return Val(t, f"dl_{st.split('_')[0].lower()}")


# ---- devices
TACS = ["35", "86", "01", "35", "86", "49", "99"]


def imei():
    p = pick(TACS) + rand_digits(12)
    return p + luhn_digit(p)


def mac():
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0b11111100  # universally administered, unicast
    return b


def gtin14():
    p = pick(["0", "1"]) + "0" + rand_digits(11, True)
    return p + gs1_check(p)


def v_device(ctx="text"):
    style = cyc(
        "dev",
        [
            "imei",
            "imei_dash",
            "meid",
            "mac_colon",
            "mac_dash",
            "mac_dot",
            "udi",
            "udi",
            "implant",
            "serial",
            "imei",
            "udi_short",
        ],
    )
    if ctx == "ident":
        style = pick(["imei", "mac_bare", "meid", "serial_bare"])
    if style == "imei":
        return Val(imei(), "imei")
    if style == "imei_dash":
        i = imei()
        return Val(f"{i[:2]}-{i[2:8]}-{i[8:14]}-{i[14]}", "imei")
    if style == "meid":
        return Val(pick(["A0", "A1", "A1", "99"]) + rand_from(HEXU, 12), "meid")
    if style.startswith("mac"):
        b = mac()
        if style == "mac_colon":
            return Val(":".join(f"{x:02x}" for x in b), "mac")
        if style == "mac_dash":
            return Val("-".join(f"{x:02X}" for x in b), "mac")
        if style == "mac_bare":
            return Val("".join(f"{x:02x}" for x in b), "mac")
        h = "".join(f"{x:02x}" for x in b)
        return Val(f"{h[:4]}.{h[4:8]}.{h[8:]}", "mac_cisco")
    if style in ("udi", "udi_short"):
        exp = f"{R.randint(25, 31):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
        sn = pick(["SN", "S", "", "X"]) + rand_digits(R.randint(5, 8))
        if style == "udi_short":
            return Val(f"(01){gtin14()}(21){sn}", "gs1_udi")
        lot = rand_from(string.ascii_uppercase, 1) + rand_digits(5)
        return Val(f"(01){gtin14()}(17){exp}(10){lot}(21){sn}", "gs1_udi")
    if style == "implant":
        return Val(
            pick(
                [
                    f"SN {rand_digits(4)}-{rand_digits(4)}-{rand_digits(2)}",
                    f"RFN{rand_digits(7)}",
                    f"BLK{rand_digits(6)}Y",
                    f"IPG-{rand_digits(8)}",
                ]
            ),
            "implant_serial",
        )
    if style == "serial_bare":
        return Val(f"RX{rand_digits(8)}", "device_serial")
    return Val(
        pick(
            [
                f"RX-{rand_digits(5)}-{rand_digits(4)}",
                f"{rand_from('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{rand_digits(7)}",
                f"SN:{rand_from(HEXU, 10)}",
            ]
        ),
        "device_serial",
    )


# ---- vehicles: VIN with ISO 3779 check digit; plates in context
WMI = [
    "WBA",
    "WVW",
    "JTD",
    "KMH",
    "SAL",
    "VF1",
    "ZFA",
    "YV1",
    "JN1",
    "4T1",
    "3VW",
    "1C4",
    "5NP",
    "KNA",
    "JM1",
    "JF2",
    "WDD",
    "SAJ",
    "WP0",
    "TMB",
    "VSS",
    "W0L",
    "2HG",
    "3N1",
    "1N4",
    "5FN",
    "4S4",
    "KNM",
    "LRW",
    "MAJ",
]
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin():
    while True:
        body = pick(WMI) + rand_from(VIN_CHARS, 5) + "0" + pick(YEAR_CODES) + rand_from(VIN_CHARS, 1) + rand_digits(6)
        v = body[:8] + vin_check(body) + body[9:]
        if vin_check(v) == v[8]:
            return v


def v_vehicle(ctx="text"):
    if ctx == "ident" or chance(0.72):
        return Val(vin(), "vin")
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    t = pick(
        [
            f"{R.randint(1, 9)}{rand_from(L, 3)}{rand_digits(3)}",  # California 1ABC234
            f"{rand_from(L, 3)}-{rand_digits(4)}",  # NY
            f"{rand_from(L, 2)}{rand_digits(2)} {rand_from(L, 3)}",  # UK
            f"{pick(['M', 'HH', 'B', 'K', 'F'])}-{rand_from(L, 2)} {R.randint(10, 9999)}",  # DE
            f"{rand_from(L, 3)}{rand_digits(1)}{rand_from(L, 1)}{rand_digits(2)}",
        ]
    )  # BR Mercosul
    return Val(t, "plate")


# ---- IP addresses: public, not documentation, not private
BAD_FIRST = [24, 67, 73, 76, 98, 174]  # first octets the developer set uses


def ipv4():
    while True:
        a = R.randint(1, 223)
        if a in BAD_FIRST:
            continue
        ip = ipaddress.IPv4Address(f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
        if ip.is_global and not ip.is_multicast:
            return str(ip)


V6_PREFIXES = [
    "2a02:8108",
    "2a01:4f8",
    "2600:1700",
    "2406:da18",
    "2804:14c",
    "2c0f:f7a8",
    "2a00:23c7",
    "2601:646",
    "2405:201",
    "2a02:c7c",
    "2001:4860:7",
    "2a03:2880:f0",
    "2607:fb90",
    "2402:3a80",
]


def ipv6():
    while True:
        pre = pick(V6_PREFIXES)
        groups = pre.split(":")
        rest = [f"{R.randint(0, 0xFFFF):x}" for _ in range(8 - len(groups))]
        for i in range(R.randint(0, 3)):
            rest[-(i + 2)] = "0"
        addr = ipaddress.IPv6Address(":".join(groups + rest))
        if addr.is_global:
            return addr


def v_ip(ctx="text"):
    if ctx == "ident":
        return Val(ipv4().replace(".", pick(["_", "-"])), "key_literal")
    style = cyc("ip", ["v4", "v4", "v4", "v6c", "v6full", "v6mixed", "v4", "v6c", "nat64"])
    if style == "v4":
        return Val(ipv4(), "ipv4")
    if style == "v6c":
        return Val(ipv6().compressed, "ipv6_compressed")
    if style == "v6full":
        return Val(ipv6().exploded, "ipv6_full")
    if style == "nat64":
        return Val(f"64:ff9b::{ipv4()}", "ipv6_mixed")
    return Val(f"::ffff:{ipv4()}", "ipv6_mixed")


# ---- URLs: portal links, personal sites, fundraisers, memorial pages (with a person in them)
HEALTH_DOMAINS = [
    "valleyregional-health.org",
    "northshore-care.net",
    "riverbendmed.org",
    "stbrigid-hospital.ie",
    "klinikum-hanse.de",
    "pacificsummit.health",
    "mercywest.org",
    "lakeside-clinics.com",
    "prairiehealth.org",
    "ziekenhuis-noord.nl",
]


def v_url(ctx="text"):
    p = new_person()
    style = cyc(
        "url",
        [
            "portal_q",
            "portal_path",
            "gofundme",
            "caringbridge",
            "legacy",
            "everloved",
            "linkedin",
            "ghpages",
            "mastodon",
            "own_domain",
            "portal_q",
            "mealtrain",
            "bsky",
            "forevermissed",
        ],
    )
    kebab, snake, dot = p.ident("kebab"), p.ident("snake"), p.ident("dot")
    y, m, d = rand_dob()
    dom = pick(HEALTH_DOMAINS)
    if style == "portal_q":
        q = p.natural()
        t = pick(
            [
                f"https://portal.{dom}/chart?patient={ascii_fold(q).replace(' ', '+')}&dob={m:02d}/{d:02d}/{y}",
                f"https://mychart-alt.{dom}/records?name={ascii_fold(q).replace(' ', '%20')}&mrn={rand_digits(8)}",
                f"https://{dom}/patient-portal/visit-summary?pid={rand_digits(7)}&lastName="
                f"{ascii_fold(p.family).replace(' ', '+')}",
            ]
        )
    elif style == "portal_path":
        t = pick(
            [
                f"https://records.{dom}/p/{dot}/records",
                f"https://{dom}/patients/{kebab}-{y}/labs",
                f"https://portal.{dom}/u/{snake}/imaging/{rand_digits(6)}",
            ]
        )
    elif style == "gofundme":
        t = (
            f"https://www.gofundme.com/f/{pick(['help-', 'support-', 'stand-with-', ''])}{kebab}"
            f"{pick(['-fight-leukemia', '-recovery-fund', '-transplant', '-medical-bills', ''])}"
        )
    elif style == "caringbridge":
        t = f"https://www.caringbridge.org/site/{kebab.replace('-', '')}{pick(['', str(y)])}"
    elif style == "legacy":
        t = f"https://www.legacy.com/us/obituaries/name/{kebab}-obituary?id={rand_digits(8)}"
    elif style == "everloved":
        t = f"https://everloved.com/life-of/{kebab}/"
    elif style == "forevermissed":
        t = f"https://www.forevermissed.com/{kebab}/about"
    elif style == "linkedin":
        t = f"https://www.linkedin.com/in/{kebab}-{rand_from(HEXL, 6)}/"
    elif style == "ghpages":
        t = f"https://{kebab}.github.io/"
    elif style == "mastodon":
        t = f"https://mastodon.social/@{snake.replace('_', '')}"
    elif style == "bsky":
        t = f"https://bsky.app/profile/{kebab}.bsky.social"
    elif style == "mealtrain":
        t = f"https://www.mealtrain.com/trains/{rand_from(string.ascii_lowercase + string.digits, 6)}/?for={kebab}"
    else:
        t = (
            f"https://www.{kebab.replace('-', '')}.{pick(['com', 'net', 'dev', 'me', 'pl', 'de', 'nl'])}/"
            f"{pick(['', 'about', 'blog/', 'cv'])}"
        )
    return Val(t, f"url_{style}", person=p)


# ---- secrets: provider formats with correct prefix, length and charset; random bodies
def jwt():
    hdr = {"alg": pick(["RS256", "HS256", "ES256"]), "kid": rand_from(ALNUM, 12), "typ": "JWT"}
    body = {
        "sub": rand_from(HEXL, 24),
        "iss": pick(
            ["https://auth.riverbendmed.org", "https://login.acmecloud.io", "https://sso.lakeside-clinics.com"]
        ),
        "aud": pick(["ehr-api", "billing", "fhir"]),
        "iat": R.randint(1_700_000_000, 1_760_000_000),
        "scope": pick(["patient/*.read", "user/*.*", "system/Claim.write"]),
    }
    body["exp"] = body["iat"] + 3600

    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")

    sig = rand_from(B64URL, 43 if hdr["alg"] == "HS256" else 86)
    return f"{enc(hdr)}.{enc(body)}.{sig}"


def pem():
    kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    b64 = string.ascii_letters + string.digits + "+/"
    first = {
        "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
        "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        "EC PRIVATE KEY": "MHcCAQEEI",
        "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
    }[kind]
    lines = [first + rand_from(b64, 64 - len(first))] + [rand_from(b64, 64) for _ in range(R.randint(2, 4))]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def v_secret(ctx="text"):
    q = _CYCLES.get("secret")
    if not q:  # every provider format named in the README first, then the others
        first = [
            "aws",
            "ghp",
            "github_pat",
            "glpat",
            "slack_bot",
            "slack_hook",
            "stripe",
            "openai_proj",
            "anthropic",
            "google",
            "twilio",
            "sendgrid",
            "npm",
            "pypi",
            "azure_conn",
            "postgres",
            "jwt",
            "pem",
            "hex_secret",
            "b64_secret",
        ]
        then = [
            "aws_secret",
            "password",
            "slack_user",
            "stripe_rk",
            "openai_svc",
            "mongo",
            "redis",
            "hf",
            "shopify",
            "dop",
            "telegram",
            "mailgun",
        ]
        R.shuffle(first)
        R.shuffle(then)
        _CYCLES["secret"] = q = then[::-1] + first[::-1]
    style = q.pop()
    if style == "aws":
        t = pick(["AKIA", "ASIA"]) + rand_from(string.ascii_uppercase + "234567", 16)
    elif style == "aws_secret":
        t = rand_from(string.ascii_letters + string.digits + "+/", 40)
    elif style == "ghp":
        t = pick(["ghp_", "gho_", "ghs_", "ghu_"]) + rand_from(ALNUM, 36)
    elif style == "github_pat":
        t = "github_pat_11" + rand_from(string.ascii_uppercase + string.digits, 20) + "_" + rand_from(ALNUM, 59)
    elif style == "glpat":
        t = "glpat-" + rand_from(ALNUM + "-_", 20)
    elif style == "slack_bot":
        t = f"xoxb-{rand_digits(12, True)}-{rand_digits(13, True)}-{rand_from(ALNUM, 24)}"
    elif style == "slack_user":
        t = f"xoxp-{rand_digits(12, True)}-{rand_digits(12, True)}-{rand_digits(13, True)}-{rand_from(HEXL, 32)}"
    elif style == "slack_hook":
        t = (
            f"https://hooks.slack.com/services/T{rand_from(string.ascii_uppercase + string.digits, 10)}/"
            f"B{rand_from(string.ascii_uppercase + string.digits, 10)}/{rand_from(ALNUM, 24)}"
        )
    elif style == "stripe":
        t = "sk_live_51" + rand_from(ALNUM, 97)
    elif style == "stripe_rk":
        t = "rk_live_51" + rand_from(ALNUM, 97)
    elif style == "openai_proj":
        t = "sk-proj-" + rand_from(B64URL, 156)
    elif style == "openai_svc":
        t = "sk-svcacct-" + rand_from(B64URL, 140)
    elif style == "anthropic":
        t = "sk-ant-api03-" + rand_from(B64URL, 93) + "AA"
    elif style == "google":
        t = "AIza" + rand_from(B64URL, 35)
    elif style == "twilio":
        t = "SK" + rand_from(HEXL, 32)
    elif style == "sendgrid":
        t = "SG." + rand_from(B64URL, 22) + "." + rand_from(B64URL, 43)
    elif style == "npm":
        t = "npm_" + rand_from(ALNUM, 36)
    elif style == "pypi":
        t = "pypi-AgEIcHlwaS5vcmc" + rand_from(B64URL, 150)
    elif style == "azure_conn":
        key = base64.b64encode(bytes(R.randint(0, 255) for _ in range(64))).decode()
        t = (
            f"DefaultEndpointsProtocol=https;AccountName={pick(['ehrarchive', 'claimsblob', 'imagingprod'])}"
            f"{rand_digits(2)};AccountKey={key};EndpointSuffix=core.windows.net"
        )
    elif style == "postgres":
        t = (
            f"{pick(['postgres', 'postgresql'])}://{pick(['svc_fhir', 'etl', 'app_rw', 'reporting'])}:"
            f"{rand_from(ALNUM, 20)}@"
            + pick(
                [
                    "pg-prod-2.internal.riverbendmed.org",
                    "claims-db.c9x.us-east-2.rds.amazonaws.com",
                    "db.prairiehealth.org",
                ]
            )
            + f":5432/{pick(['fhir', 'claims', 'ehr'])}"
        )
    elif style == "mongo":
        t = (
            f"mongodb+srv://{pick(['api', 'ingest'])}:{rand_from(ALNUM, 18)}@cluster0."
            f"{rand_from(string.ascii_lowercase + string.digits, 5)}"
            f".mongodb.net/{pick(['scheduling', 'labs'])}?retryWrites=true&w=majority"
        )
    elif style == "redis":
        t = f"rediss://:{rand_from(ALNUM, 32)}@cache-{rand_digits(3)}.northshore-care.net:6380/0"
    elif style == "jwt":
        t = jwt()
    elif style == "pem":
        t = pem()
    elif style == "hex_secret":
        t = rand_from(HEXL, pick([32, 40, 64]))
    elif style == "b64_secret":
        t = rand_from(ALNUM + "~._-", pick([34, 40, 48]))
    elif style == "hf":
        t = "hf_" + rand_from(string.ascii_letters, 34)
    elif style == "shopify":
        t = "shpat_" + rand_from(HEXL, 32)
    elif style == "dop":
        t = "dop_v1_" + rand_from(HEXL, 64)
    elif style == "telegram":
        t = f"{rand_digits(10, True)}:AA{rand_from(B64URL, 33)}"
    elif style == "mailgun":
        t = "key-" + rand_from(HEXL, 32)
    else:
        words = ["copper", "lantern", "fjord", "quartz", "meadow", "violet", "ember", "tundra", "harbor", "falcon"]
        t = pick(
            [
                f"{pick(words).capitalize()}-{pick(words)}-{R.randint(10, 99)}!{rand_from(ALNUM, 4)}",
                rand_from(ALNUM + "!#$%&*", 16),
            ]
        )
    return Val(t, f"secret_{style}")


GEN = {
    "PERSON": v_person,
    "DATE_OF_BIRTH": v_dob,
    "MRN": v_mrn,
    "US_SSN": v_ssn,
    "PHONE_NUMBER": v_phone,
    "EMAIL_ADDRESS": v_email,
    "STREET_ADDRESS": v_address,
    "ZIP_CODE": v_zip,
    "HEALTH_PLAN_ID": v_health_plan,
    "ACCOUNT_NUMBER": v_account,
    "LICENSE_NUMBER": v_license,
    "DEVICE_ID": v_device,
    "VEHICLE_ID": v_vehicle,
    "IP_ADDRESS": v_ip,
    "URL": v_url,
    "SECRET": v_secret,
}
CATEGORIES = list(GEN)


# =====================================================================================
# schema helpers and hand-written domain content (unlabelled surrounding text)
# =====================================================================================
def S(desc=None, **kw):
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def I(desc=None, **kw):  # noqa: E743
    d = {"type": "integer"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def N(desc=None, **kw):
    d = {"type": "number"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def B(desc=None, **kw):
    d = {"type": "boolean"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def E(values, desc=None, **kw):
    d = {"type": "string", "enum": list(values)}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def A(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def O(props, desc=None, required=None, **kw):  # noqa: E743
    d = {"type": "object"}
    if desc:
        d["description"] = desc
    d["properties"] = props
    if required:
        d["required"] = list(required)
    d.update(kw)
    return d


def T(name, desc, schema):
    return {"name": name, "description": desc, "schema": schema}


def D_fhir_patient():
    return [
        T(
            "search_patients",
            "Search the FHIR R4 server for Patient resources. Results are paged; use the next link to continue.",
            O(
                {
                    "family": S("Family name, matched with the :contains modifier."),
                    "given": S("Given name; partial match."),
                    "birthdate": S(
                        "Date or prefixed date (ge/le) compared against Patient.birthDate.",
                        pattern=r"^(eq|ge|le|gt|lt)?\d{4}(-\d{2}(-\d{2})?)?$",
                    ),
                    "identifier": S("Token search in the form system|value."),
                    "active": B("Only return active records."),
                    "_count": I("Page size.", minimum=1, maximum=200, default=50),
                    "_sort": E(["family", "-_lastUpdated", "birthdate"], "Sort order."),
                },
                required=["family"],
            ),
        ),
        T(
            "read_patient",
            "Read one Patient by logical id, including contained RelatedPerson resources.",
            O(
                {
                    "id": S("Logical id of the Patient resource.", pattern=r"^[A-Za-z0-9\-\.]{1,64}$"),
                    "_elements": A(S(), "Restrict the returned elements, e.g. name, telecom."),
                    "includeContacts": B("Also return Patient.contact entries.", default=False),
                },
                required=["id"],
            ),
        ),
        T(
            "update_patient_telecom",
            "Replace the telecom list of a Patient. The server keeps history; the previous version stays readable.",
            O(
                {
                    "patientId": S("Logical id of the Patient."),
                    "telecom": A(
                        O(
                            {
                                "system": E(
                                    ["phone", "fax", "email", "pager", "url", "sms", "other"], "ContactPoint.system"
                                ),
                                "value": S("The actual contact point details."),
                                "use": E(["home", "work", "temp", "old", "mobile"], "ContactPoint.use"),
                                "rank": I("Preference order, 1 = highest.", minimum=1),
                                "period": O(
                                    {"start": S(format="date-time"), "end": S(format="date-time")},
                                    "Time period when the contact point was in use.",
                                ),
                            },
                            required=["system", "value"],
                        ),
                        "New telecom list.",
                        minItems=1,
                    ),
                    "ifMatch": S("ETag of the version being replaced, for optimistic locking."),
                },
                required=["patientId", "telecom"],
            ),
        ),
        T(
            "merge_duplicate_patients",
            "Mark one Patient as replaced-by another after a manual duplicate review.",
            O(
                {
                    "sourcePatientId": S("Record that will be inactivated."),
                    "targetPatientId": S("Surviving record."),
                    "reviewer": O(
                        {
                            "practitionerId": S("Practitioner.id of the reviewer."),
                            "note": S("Free-text reason for the merge.", maxLength=500),
                        }
                    ),
                    "dryRun": B("Only report what would change.", default=True),
                },
                required=["sourcePatientId", "targetPatientId"],
            ),
        ),
    ]


def D_coverage():
    return [
        T(
            "check_eligibility",
            "Send an X12 270 eligibility inquiry through the clearinghouse and return the parsed 271.",
            O(
                {
                    "payerId": S("Clearinghouse payer id."),
                    "serviceTypeCodes": A(
                        E(["1", "30", "33", "35", "47", "48", "50", "86", "88", "98", "AL", "MH", "UC"]),
                        "X12 service type codes to ask about.",
                        maxItems=10,
                    ),
                    "dateOfService": S("Date of service.", format="date"),
                    "provider": O(
                        {
                            "npi": S("Rendering provider NPI.", pattern=r"^\d{10}$"),
                            "taxonomy": S("NUCC taxonomy code."),
                        },
                        required=["npi"],
                    ),
                    "coverageLevel": E(["IND", "FAM", "ESP", "EMP"], "Benefit coverage level."),
                },
                required=["payerId", "provider"],
            ),
        ),
        T(
            "get_coverage",
            "Fetch a FHIR Coverage resource with its payor and class entries.",
            O(
                {
                    "coverageId": S("Logical id of the Coverage resource."),
                    "includePayor": B("Resolve Coverage.payor references.", default=True),
                    "asOf": S("Return the version that was current at this instant.", format="date-time"),
                },
                required=["coverageId"],
            ),
        ),
        T(
            "list_plan_benefits",
            "List benefit limits and accumulators for a plan and network tier.",
            O(
                {
                    "planId": S("Plan identifier from Coverage.class where type = plan."),
                    "network": E(["IN", "OUT", "TIER1", "TIER2"], "Network tier."),
                    "benefitYear": I("Plan year.", minimum=2015, maximum=2035),
                    "accumulators": A(
                        E(["deductible", "oopMax", "visitLimit", "coinsurance"]), "Which accumulators to return."
                    ),
                }
            ),
        ),
    ]


def D_claims():
    line = O(
        {
            "procedureCode": S("CPT or HCPCS code."),
            "modifiers": A(S(pattern=r"^[A-Z0-9]{2}$"), maxItems=4),
            "units": N("Service units.", minimum=0),
            "chargeAmount": N("Billed charge in USD.", minimum=0),
            "placeOfService": S("CMS place-of-service code.", pattern=r"^\d{2}$"),
            "diagnosisPointers": A(I(minimum=1, maximum=12), maxItems=4),
        },
        required=["procedureCode", "units", "chargeAmount"],
    )
    return [
        T(
            "submit_professional_claim",
            "Create an 837P claim and queue it for the next clearinghouse batch.",
            O(
                {
                    "claim": O(
                        {
                            "frequencyCode": E(["1", "7", "8"], "Claim frequency type code."),
                            "billingProvider": O(
                                {
                                    "npi": S(pattern=r"^\d{10}$"),
                                    "taxId": S("Billing provider EIN."),
                                    "address": O(
                                        {"line1": S(), "city": S(), "state": S(maxLength=2), "postalCode": S()}
                                    ),
                                }
                            ),
                            "diagnosisCodes": A(S("ICD-10-CM code without the dot."), minItems=1, maxItems=12),
                            "serviceLines": A(line, minItems=1, maxItems=50),
                        },
                        required=["billingProvider", "serviceLines"],
                    ),
                    "testMode": B("Send with ISA15 = T.", default=False),
                },
                required=["claim"],
            ),
        ),
        T(
            "claim_status",
            "Ask the payer for the status of a claim (X12 276/277).",
            O(
                {
                    "claimId": S("Our claim id."),
                    "payerClaimControlNumber": S("ICN/DCN returned by the payer, if known."),
                    "serviceDateFrom": S(format="date"),
                    "serviceDateTo": S(format="date"),
                },
                required=["claimId"],
            ),
        ),
        T(
            "list_remittances",
            "List 835 remittance advice files received in a date range.",
            O(
                {
                    "from": S(format="date"),
                    "to": S(format="date"),
                    "checkNumber": S("EFT trace or check number."),
                    "payer": S("Payer name filter."),
                    "includeAdjustments": B(default=True),
                }
            ),
        ),
    ]


def D_cms_claim_record():
    return [
        T(
            "load_carrier_claims",
            "Load a batch of CMS carrier claim records into the analytics warehouse.",
            O(
                {
                    "records": A(
                        O(
                            {
                                "CLM_ID": S("Encrypted claim id."),
                                "CLM_FROM_DT": S("Claim from date (YYYYMMDD).", pattern=r"^\d{8}$"),
                                "CLM_THRU_DT": S("Claim through date (YYYYMMDD).", pattern=r"^\d{8}$"),
                                "ICD_DGNS_CD1": S("Principal diagnosis code."),
                                "LINE_HCPCS_CD": S("HCPCS code of the line."),
                                "LINE_NCH_PMT_AMT": N("NCH payment amount."),
                                "PRF_PHYSN_NPI": S("Performing physician NPI."),
                                "LINE_PRCSG_IND_CD": E(["A", "B", "C", "D", "I", "R", "S"], "Processing indicator."),
                            }
                        ),
                        minItems=1,
                    ),
                    "sourceFile": S("Name of the RIF extract this batch came from."),
                    "year": I(minimum=2008, maximum=2030),
                },
                required=["records"],
            ),
        ),
        T(
            "beneficiary_summary",
            "Return the Master Beneficiary Summary row for a synthetic beneficiary key.",
            O(
                {
                    "key": S("Warehouse surrogate key."),
                    "year": I(minimum=2008, maximum=2030),
                    "fields": A(
                        E(
                            [
                                "BENE_ESRD_IND",
                                "BENE_HI_CVRAGE_TOT_MONS",
                                "BENE_SMI_CVRAGE_TOT_MONS",
                                "SP_STATE_CODE",
                                "BENE_RACE_CD",
                            ]
                        )
                    ),
                },
                required=["key"],
            ),
        ),
    ]


def D_scheduling():
    return [
        T(
            "find_open_slots",
            "Find free appointment slots for a service at a location.",
            O(
                {
                    "serviceType": E(
                        ["new-patient", "follow-up", "telehealth", "procedure", "lab-draw"], "Kind of visit."
                    ),
                    "locationId": S("Location.id of the clinic."),
                    "start": S("Earliest start.", format="date-time"),
                    "end": S("Latest end.", format="date-time"),
                    "durationMinutes": I(minimum=5, maximum=240, default=20),
                    "language": S("Preferred language of the clinician (BCP 47)."),
                },
                required=["serviceType", "start"],
            ),
        ),
        T(
            "book_appointment",
            "Book a slot. Fails with 409 if the slot was taken in the meantime.",
            O(
                {
                    "slotId": S("Slot.id returned by find_open_slots."),
                    "patient": O(
                        {
                            "reference": S("Relative reference such as Patient/123."),
                            "contactPreference": E(["sms", "email", "call", "portal"], "How to send reminders."),
                        }
                    ),
                    "reasonCode": S("SNOMED CT code for the reason."),
                    "comment": S(maxLength=280),
                    "interpreterNeeded": B(default=False),
                },
                required=["slotId", "patient"],
            ),
        ),
        T(
            "cancel_appointment",
            "Cancel an appointment and release its slot.",
            O(
                {
                    "appointmentId": S(),
                    "reason": E(["pat", "prov", "maint", "meds", "oth"], "HL7 appointment cancellation reason."),
                    "notify": B("Send the cancellation notice.", default=True),
                },
                required=["appointmentId", "reason"],
            ),
        ),
    ]


def D_pharmacy():
    return [
        T(
            "create_prescription",
            "Create a new e-prescription and route it to the patient's pharmacy.",
            O(
                {
                    "medication": O(
                        {"rxnormCode": S("RxNorm concept id."), "display": S("Drug name and strength.")},
                        required=["rxnormCode"],
                    ),
                    "sig": O(
                        {
                            "dose": N(minimum=0),
                            "unit": E(["mg", "mL", "tablet", "capsule", "puff", "unit"]),
                            "route": E(["oral", "sublingual", "inhalation", "topical", "subcutaneous"]),
                            "frequency": S("Timing in plain words or as a GTS code, e.g. BID."),
                        }
                    ),
                    "quantity": N(minimum=0),
                    "daysSupply": I(minimum=1, maximum=365),
                    "refills": I(minimum=0, maximum=11),
                    "substitutionAllowed": B(default=True),
                    "pharmacy": O({"ncpdpId": S("NCPDP provider id.", pattern=r"^\d{7}$"), "name": S()}),
                },
                required=["medication", "sig"],
            ),
        ),
        T(
            "check_drug_interactions",
            "Check a list of RxNorm concepts for interactions and duplicate therapy.",
            O(
                {
                    "rxcuis": A(S(pattern=r"^\d+$"), minItems=2, maxItems=25),
                    "severity": E(["any", "moderate", "major"], default="moderate"),
                },
                required=["rxcuis"],
            ),
        ),
        T(
            "refill_request",
            "Ask the prescriber to authorise a refill.",
            O(
                {"prescriptionId": S(), "pharmacyNote": S(maxLength=500), "urgent": B(default=False)},
                required=["prescriptionId"],
            ),
        ),
    ]


def D_labs():
    return [
        T(
            "order_lab_panel",
            "Place a lab order for one or more LOINC-coded tests.",
            O(
                {
                    "tests": A(
                        O(
                            {
                                "loincCode": S("LOINC code."),
                                "priority": E(["routine", "urgent", "asap", "stat"], default="routine"),
                            },
                            required=["loincCode"],
                        ),
                        minItems=1,
                    ),
                    "specimen": O(
                        {
                            "type": E(["blood", "serum", "urine", "swab", "csf"]),
                            "collectedAt": S(format="date-time"),
                            "container": S("Tube or container type."),
                        }
                    ),
                    "fastingRequired": B(default=False),
                    "clinicalNotes": S(maxLength=1000),
                },
                required=["tests"],
            ),
        ),
        T(
            "get_results",
            "Get result observations for an order, with reference ranges and abnormal flags.",
            O(
                {
                    "orderId": S(),
                    "includeReferenceRanges": B(default=True),
                    "status": A(E(["preliminary", "final", "amended", "corrected", "cancelled"])),
                },
                required=["orderId"],
            ),
        ),
        T(
            "trend_observation",
            "Return a time series for one LOINC code.",
            O(
                {
                    "loincCode": S(),
                    "from": S(format="date"),
                    "to": S(format="date"),
                    "unit": S("UCUM unit to convert to, e.g. mmol/L."),
                    "maxPoints": I(default=100),
                },
                required=["loincCode"],
            ),
        ),
    ]


def D_hl7v2():
    return [
        T(
            "map_adt_message",
            "Map an inbound HL7 v2.5.1 ADT message to FHIR resources.",
            O(
                {
                    "messageType": E(["ADT^A01", "ADT^A03", "ADT^A04", "ADT^A08", "ADT^A31"], "MSH-9."),
                    "sendingFacility": S("MSH-4."),
                    "segments": O(
                        {
                            "PID": O(
                                {
                                    "setId": S("PID-1"),
                                    "patientIdentifierList": A(S(), "PID-3, CX repetitions"),
                                    "administrativeSex": S("PID-8"),
                                    "race": S("PID-10"),
                                    "primaryLanguage": S("PID-15"),
                                }
                            ),
                            "PV1": O(
                                {
                                    "patientClass": E(["E", "I", "O", "P", "R", "B"], "PV1-2"),
                                    "assignedLocation": S("PV1-3"),
                                    "admitSource": S("PV1-14"),
                                    "dischargeDisposition": S("PV1-36"),
                                }
                            ),
                            "IN1": A(
                                O(
                                    {
                                        "setId": S("IN1-1"),
                                        "planId": S("IN1-2"),
                                        "companyName": S("IN1-4"),
                                        "groupNumber": S("IN1-8"),
                                    }
                                ),
                                "Insurance segments.",
                            ),
                        }
                    ),
                    "strict": B("Reject messages with unknown Z-segments.", default=False),
                },
                required=["messageType", "segments"],
            ),
        ),
        T(
            "ack_message",
            "Build an ACK for a received message.",
            O(
                {
                    "controlId": S("MSH-10 of the message being acknowledged."),
                    "code": E(["AA", "AE", "AR"]),
                    "text": S("MSA-3 text.", maxLength=80),
                },
                required=["controlId", "code"],
            ),
        ),
    ]


def D_devices():
    return [
        T(
            "register_device",
            "Register a device in the asset inventory and link it to a care location.",
            O(
                {
                    "deviceName": S("Display name."),
                    "modelNumber": S(),
                    "manufacturer": S(),
                    "lotNumber": S(),
                    "expirationDate": S(format="date"),
                    "status": E(["active", "inactive", "entered-in-error"], default="active"),
                    "location": O({"ward": S(), "bed": S(), "building": S()}),
                    "type": O({"system": S(default="http://snomed.info/sct"), "code": S()}),
                },
                required=["deviceName"],
            ),
        ),
        T(
            "get_device_readings",
            "Read telemetry from a monitored device.",
            O(
                {
                    "deviceId": S("Inventory id."),
                    "metric": E(["spo2", "heart_rate", "resp_rate", "nibp", "temp"]),
                    "window": E(["5m", "1h", "24h", "7d"], default="1h"),
                    "downsample": B(default=True),
                },
                required=["deviceId", "metric"],
            ),
        ),
        T(
            "recall_check",
            "Check the inventory against the FDA recall feed.",
            O({"productCodes": A(S(pattern=r"^[A-Z]{3}$"), "FDA product codes."), "since": S(format="date")}),
        ),
    ]


def D_billing():
    return [
        T(
            "get_statement",
            "Return the latest patient statement with aging buckets.",
            O(
                {
                    "statementId": S(),
                    "format": E(["json", "pdf"], default="json"),
                    "aging": A(E(["0-30", "31-60", "61-90", "91-120", "120+"])),
                },
                required=["statementId"],
            ),
        ),
        T(
            "post_payment",
            "Post a patient payment against open charges.",
            O(
                {
                    "amount": N(minimum=0.01),
                    "method": E(["card", "ach", "check", "cash", "hsa"]),
                    "reference": S("Processor reference or check number."),
                    "allocation": A(O({"chargeId": S(), "amount": N()}), "Optional explicit allocation."),
                },
                required=["amount", "method"],
            ),
        ),
        T(
            "create_payment_plan",
            "Set up a monthly payment plan for an outstanding balance.",
            O(
                {
                    "balance": N(minimum=0),
                    "months": I(minimum=2, maximum=36),
                    "firstPaymentDate": S(format="date"),
                    "autopay": B(default=False),
                },
                required=["balance", "months"],
            ),
        ),
    ]


def D_telehealth():
    return [
        T(
            "start_video_visit",
            "Create a video room for a scheduled visit and return join links.",
            O(
                {
                    "visitId": S(),
                    "participantRole": E(["patient", "clinician", "interpreter", "caregiver"]),
                    "client": O(
                        {
                            "userAgent": S(),
                            "bandwidthKbps": I(minimum=0),
                            "region": E(["us-east", "us-west", "eu-central"]),
                        }
                    ),
                    "recording": B("Record the session (needs consent on file).", default=False),
                },
                required=["visitId"],
            ),
        ),
        T(
            "end_visit",
            "Close the room and write the visit duration to the encounter.",
            O(
                {"visitId": S(), "disposition": E(["completed", "no-show", "technical-failure", "converted-to-phone"])},
                required=["visitId"],
            ),
        ),
    ]


def D_referrals():
    return [
        T(
            "create_referral",
            "Create an outbound referral (ServiceRequest) with supporting documents.",
            O(
                {
                    "specialty": S("NUCC taxonomy or a plain specialty name."),
                    "urgency": E(["routine", "urgent", "emergent"]),
                    "reasonText": S(maxLength=2000),
                    "attachments": A(O({"contentType": S(), "url": S(format="uri"), "title": S()})),
                    "receivingOrganization": S("Organization.id of the receiver."),
                },
                required=["specialty", "urgency"],
            ),
        ),
        T(
            "referral_status",
            "Get the current status of a referral.",
            O({"referralId": S(), "includeHistory": B(default=False)}, required=["referralId"]),
        ),
    ]


def D_cloud():
    return [
        T(
            "create_vm",
            "Create a virtual machine from a marketplace image.",
            O(
                {
                    "name": S(pattern=r"^[a-z][a-z0-9-]{2,62}$"),
                    "region": E(["eastus2", "westeurope", "centralus", "southeastasia", "uksouth"]),
                    "size": S("VM size, e.g. Standard_D4s_v5."),
                    "image": O({"publisher": S(), "offer": S(), "sku": S(), "version": S(default="latest")}),
                    "networkInterfaces": A(
                        O({"subnetId": S(), "publicIp": B(default=False), "acceleratedNetworking": B(default=True)})
                    ),
                    "tags": O({}, "Resource tags.", additionalProperties={"type": "string"}),
                },
                required=["name", "region", "size"],
            ),
        ),
        T(
            "add_firewall_rule",
            "Add an inbound or outbound rule to a network security group.",
            O(
                {
                    "nsg": S("Network security group name."),
                    "priority": I(minimum=100, maximum=4096),
                    "direction": E(["Inbound", "Outbound"]),
                    "access": E(["Allow", "Deny"]),
                    "sourceAddressPrefix": S("CIDR, service tag or *."),
                    "destinationPortRange": S("Port or range, e.g. 443 or 8000-8100."),
                    "protocol": E(["Tcp", "Udp", "Icmp", "*"]),
                },
                required=["nsg", "priority", "direction", "access"],
            ),
        ),
        T(
            "create_bucket",
            "Create an object storage bucket.",
            O(
                {
                    "name": S(pattern=r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"),
                    "storageClass": E(["STANDARD", "NEARLINE", "COLDLINE", "ARCHIVE"]),
                    "versioning": B(default=True),
                    "retentionDays": I(minimum=0),
                    "lifecycle": A(O({"action": E(["Delete", "SetStorageClass"]), "ageDays": I(minimum=1)})),
                },
                required=["name"],
            ),
        ),
    ]


def D_ci():
    return [
        T(
            "trigger_pipeline",
            "Trigger a CI pipeline on a ref with optional variables.",
            O(
                {
                    "project": S("Group/project path."),
                    "ref": S("Branch or tag."),
                    "variables": A(
                        O({"key": S(pattern=r"^[A-Z][A-Z0-9_]*$"), "value": S(), "masked": B(default=False)})
                    ),
                    "skipTests": B(default=False),
                },
                required=["project", "ref"],
            ),
        ),
        T(
            "get_job_log",
            "Return the tail of a job log.",
            O(
                {"jobId": I(), "tail": I(minimum=1, maximum=5000, default=200), "stripAnsi": B(default=True)},
                required=["jobId"],
            ),
        ),
        T(
            "list_artifacts",
            "List artifacts produced by a pipeline.",
            O({"pipelineId": I(), "pathGlob": S(default="**/*"), "expired": B(default=False)}, required=["pipelineId"]),
        ),
    ]


def D_ecommerce():
    return [
        T(
            "create_order",
            "Create an order from a cart and reserve stock.",
            O(
                {
                    "items": A(
                        O(
                            {"sku": S(), "quantity": I(minimum=1), "unitPrice": N(minimum=0)},
                            required=["sku", "quantity"],
                        ),
                        minItems=1,
                    ),
                    "shipping": O(
                        {
                            "method": E(["ground", "2day", "overnight", "pickup"]),
                            "giftWrap": B(default=False),
                            "instructions": S(maxLength=200),
                        }
                    ),
                    "couponCode": S(pattern=r"^[A-Z0-9]{4,16}$"),
                    "currency": E(["USD", "EUR", "GBP", "PLN", "BRL"]),
                },
                required=["items"],
            ),
        ),
        T(
            "track_shipment",
            "Track a parcel by carrier tracking number.",
            O(
                {"trackingNumber": S(), "carrier": E(["ups", "usps", "fedex", "dhl", "inpost", "correios"])},
                required=["trackingNumber"],
            ),
        ),
        T(
            "refund_order",
            "Refund all or part of an order.",
            O(
                {
                    "orderId": S(),
                    "amount": N(minimum=0),
                    "reason": E(["damaged", "late", "wrong-item", "changed-mind", "other"]),
                    "restock": B(default=True),
                },
                required=["orderId", "reason"],
            ),
        ),
    ]


def D_weather():
    return [
        T(
            "get_forecast",
            "Get a daily forecast for a point.",
            O(
                {
                    "latitude": N(minimum=-90, maximum=90),
                    "longitude": N(minimum=-180, maximum=180),
                    "units": E(["metric", "imperial"], default="metric"),
                    "days": I(minimum=1, maximum=16, default=7),
                    "hourly": B(default=False),
                },
                required=["latitude", "longitude"],
            ),
        ),
        T(
            "get_alerts",
            "Active weather alerts for an area.",
            O(
                {
                    "area": S("Two-letter state or marine zone code."),
                    "severity": A(E(["Extreme", "Severe", "Moderate", "Minor"])),
                    "urgency": E(["Immediate", "Expected", "Future"]),
                },
                required=["area"],
            ),
        ),
        T(
            "air_quality",
            "Current air quality index for a point.",
            O(
                {"latitude": N(), "longitude": N(), "pollutants": A(E(["pm25", "pm10", "o3", "no2", "so2", "co"]))},
                required=["latitude", "longitude"],
            ),
        ),
    ]


def D_fleet():
    return [
        T(
            "get_vehicle_status",
            "Latest telematics snapshot for a fleet vehicle.",
            O(
                {
                    "unitNumber": S("Fleet unit number painted on the vehicle."),
                    "fields": A(E(["odometer", "fuelLevel", "engineHours", "location", "dtc"])),
                    "maxAgeSeconds": I(default=300),
                },
                required=["unitNumber"],
            ),
        ),
        T(
            "schedule_maintenance",
            "Schedule preventive maintenance.",
            O(
                {
                    "unitNumber": S(),
                    "serviceType": E(["oil", "tires", "brakes", "inspection", "recall"]),
                    "odometer": I(minimum=0),
                    "shop": O({"id": S(), "bay": S()}),
                },
                required=["unitNumber", "serviceType"],
            ),
        ),
        T(
            "log_trip",
            "Record a trip for mileage reimbursement.",
            O(
                {
                    "unitNumber": S(),
                    "startOdometer": I(),
                    "endOdometer": I(),
                    "purpose": E(["patient-transport", "delivery", "service-call", "other"]),
                },
                required=["unitNumber", "startOdometer", "endOdometer"],
            ),
        ),
    ]


def D_payroll():
    return [
        T(
            "update_direct_deposit",
            "Change where an employee's net pay is deposited.",
            O(
                {
                    "employeeId": S(),
                    "accountType": E(["checking", "savings"]),
                    "split": O({"mode": E(["percent", "amount", "remainder"]), "value": N(minimum=0)}),
                    "effectiveDate": S(format="date"),
                },
                required=["employeeId", "accountType"],
            ),
        ),
        T(
            "run_payroll_preview",
            "Preview gross-to-net for a pay period.",
            O(
                {"payGroup": S(), "periodEnd": S(format="date"), "includeBonuses": B(default=False)},
                required=["payGroup", "periodEnd"],
            ),
        ),
        T(
            "onboard_employee",
            "Create an employee record and send the welcome packet.",
            O(
                {
                    "workerType": E(["W2", "1099", "intern"]),
                    "department": S(),
                    "startDate": S(format="date"),
                    "manager": O({"employeeId": S(), "notify": B(default=True)}),
                },
                required=["workerType", "startDate"],
            ),
        ),
    ]


def D_crm():
    return [
        T(
            "create_ticket",
            "Open a support ticket.",
            O(
                {
                    "subject": S(maxLength=140),
                    "body": S(),
                    "priority": E(["low", "normal", "high", "urgent"]),
                    "requester": O({"locale": S(default="en-US"), "channel": E(["email", "chat", "phone", "web"])}),
                    "tags": A(S(), maxItems=20),
                },
                required=["subject", "body"],
            ),
        ),
        T(
            "search_contacts",
            "Search CRM contacts by free text.",
            O(
                {
                    "query": S(minLength=2),
                    "limit": I(minimum=1, maximum=100, default=25),
                    "includeArchived": B(default=False),
                },
                required=["query"],
            ),
        ),
        T(
            "merge_contacts",
            "Merge two contact records.",
            O(
                {"primaryId": S(), "secondaryId": S(), "keep": E(["primary", "newest", "most-complete"])},
                required=["primaryId", "secondaryId"],
            ),
        ),
    ]


def D_iot():
    return [
        T(
            "provision_device",
            "Provision a gateway and push its first configuration.",
            O(
                {
                    "hardwareModel": S(),
                    "firmwareVersion": S(pattern=r"^\d+\.\d+\.\d+$"),
                    "network": O(
                        {"ssid": S(), "band": E(["2.4GHz", "5GHz", "6GHz"]), "vlan": I(minimum=1, maximum=4094)}
                    ),
                    "site": S("Site code."),
                },
                required=["hardwareModel"],
            ),
        ),
        T(
            "rotate_device_credentials",
            "Rotate the X.509 credential of a device.",
            O(
                {"deviceId": S(), "keyType": E(["rsa2048", "ecdsa-p256"]), "graceHours": I(default=24)},
                required=["deviceId"],
            ),
        ),
        T(
            "ota_update",
            "Schedule a firmware update for a device group.",
            O(
                {
                    "group": S(),
                    "targetVersion": S(),
                    "window": O({"start": S(format="date-time"), "end": S(format="date-time")}),
                },
                required=["group", "targetVersion"],
            ),
        ),
    ]


def D_auth():
    return [
        T(
            "create_api_client",
            "Register an OAuth client for a partner integration.",
            O(
                {
                    "clientName": S(),
                    "scopes": A(S(), minItems=1),
                    "redirectUris": A(S(format="uri")),
                    "grantTypes": A(E(["authorization_code", "client_credentials", "refresh_token"])),
                    "tokenTtlSeconds": I(minimum=60, maximum=86400, default=3600),
                },
                required=["clientName", "scopes"],
            ),
        ),
        T(
            "rotate_client_secret",
            "Rotate a client secret; the old one keeps working for the overlap period.",
            O({"clientId": S(), "overlapMinutes": I(minimum=0, maximum=1440, default=60)}, required=["clientId"]),
        ),
        T(
            "configure_webhook",
            "Configure the outbound webhook for events.",
            O(
                {
                    "events": A(E(["claim.paid", "appointment.booked", "result.final", "order.shipped"])),
                    "endpoint": S(format="uri"),
                    "signing": O({"algorithm": E(["hmac-sha256"]), "header": S(default="X-Signature")}),
                },
                required=["events", "endpoint"],
            ),
        ),
    ]


def D_notify():
    return [
        T(
            "send_sms",
            "Send a text message through the messaging provider.",
            O(
                {
                    "to": S("Destination in E.164."),
                    "body": S(maxLength=1600),
                    "senderId": S("Alphanumeric sender id or short code."),
                    "scheduleAt": S(format="date-time"),
                },
                required=["to", "body"],
            ),
        ),
        T(
            "send_email",
            "Send a transactional email from a template.",
            O(
                {
                    "to": A(S(format="email"), minItems=1),
                    "templateId": S(),
                    "variables": O({}, additionalProperties=True),
                    "replyTo": S(format="email"),
                },
                required=["to", "templateId"],
            ),
        ),
    ]


def D_docs():
    return [
        T(
            "search_docs",
            "Full-text search over the product documentation.",
            O(
                {
                    "query": S(minLength=2),
                    "product": E(["api", "sdk", "console", "cli"]),
                    "version": S(),
                    "limit": I(default=10),
                },
                required=["query"],
            ),
        ),
        T(
            "get_page",
            "Fetch one documentation page as Markdown.",
            O({"slug": S(pattern=r"^[a-z0-9/-]+$"), "anchor": S()}, required=["slug"]),
        ),
    ]


DOMAINS = {
    # name: (builder, healthcare?, categories that fit naturally)
    "fhir_patient": (
        D_fhir_patient,
        True,
        [
            "PERSON",
            "DATE_OF_BIRTH",
            "MRN",
            "PHONE_NUMBER",
            "EMAIL_ADDRESS",
            "STREET_ADDRESS",
            "ZIP_CODE",
            "US_SSN",
            "URL",
            "LICENSE_NUMBER",
        ],
    ),
    "coverage": (
        D_coverage,
        True,
        ["HEALTH_PLAN_ID", "PERSON", "DATE_OF_BIRTH", "US_SSN", "ZIP_CODE", "ACCOUNT_NUMBER"],
    ),
    "claims": (
        D_claims,
        True,
        ["HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "MRN", "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "VEHICLE_ID"],
    ),
    "cms_claims": (D_cms_claim_record, True, ["HEALTH_PLAN_ID", "DATE_OF_BIRTH", "ZIP_CODE", "US_SSN", "MRN"]),
    "scheduling": (D_scheduling, True, ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "MRN", "DATE_OF_BIRTH", "URL"]),
    "pharmacy": (
        D_pharmacy,
        True,
        ["PERSON", "DATE_OF_BIRTH", "MRN", "PHONE_NUMBER", "STREET_ADDRESS", "HEALTH_PLAN_ID", "LICENSE_NUMBER"],
    ),
    "labs": (D_labs, True, ["MRN", "PERSON", "DATE_OF_BIRTH", "DEVICE_ID", "ACCOUNT_NUMBER"]),
    "hl7v2": (
        D_hl7v2,
        True,
        [
            "PERSON",
            "MRN",
            "US_SSN",
            "LICENSE_NUMBER",
            "ACCOUNT_NUMBER",
            "HEALTH_PLAN_ID",
            "DATE_OF_BIRTH",
            "STREET_ADDRESS",
            "PHONE_NUMBER",
            "ZIP_CODE",
        ],
    ),
    "devices": (D_devices, True, ["DEVICE_ID", "MRN", "PERSON", "IP_ADDRESS"]),
    "billing": (
        D_billing,
        True,
        ["ACCOUNT_NUMBER", "PERSON", "STREET_ADDRESS", "ZIP_CODE", "EMAIL_ADDRESS", "HEALTH_PLAN_ID"],
    ),
    "telehealth": (D_telehealth, True, ["IP_ADDRESS", "DEVICE_ID", "PERSON", "URL", "EMAIL_ADDRESS", "SECRET"]),
    "referrals": (D_referrals, True, ["PERSON", "DATE_OF_BIRTH", "MRN", "URL", "PHONE_NUMBER"]),
    "cloud": (D_cloud, False, ["IP_ADDRESS", "SECRET", "DEVICE_ID", "EMAIL_ADDRESS"]),
    "ci": (D_ci, False, ["SECRET", "IP_ADDRESS", "EMAIL_ADDRESS", "URL"]),
    "ecommerce": (
        D_ecommerce,
        False,
        ["STREET_ADDRESS", "ZIP_CODE", "ACCOUNT_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"],
    ),
    "weather": (D_weather, False, ["ZIP_CODE", "IP_ADDRESS", "SECRET"]),
    "fleet": (D_fleet, False, ["VEHICLE_ID", "LICENSE_NUMBER", "DEVICE_ID", "PERSON"]),
    "payroll": (
        D_payroll,
        False,
        ["US_SSN", "ACCOUNT_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH", "PERSON", "LICENSE_NUMBER"],
    ),
    "crm": (D_crm, False, ["EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "URL", "STREET_ADDRESS"]),
    "iot": (D_iot, False, ["DEVICE_ID", "IP_ADDRESS", "SECRET"]),
    "auth": (D_auth, False, ["SECRET", "URL", "EMAIL_ADDRESS", "IP_ADDRESS"]),
    "notify": (D_notify, False, ["PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON", "SECRET"]),
    "docs": (D_docs, False, ["SECRET", "URL"]),
}


# =====================================================================================
# context vocabulary: key names from FHIR R4, HL7 v2 (PID/IN1/GT1/NK1), CMS RIF/CCW data
# dictionaries, schema.org Person, and common abbreviations, in several case styles
# =====================================================================================
CTX_KEYS = {
    "PERSON": [
        "insuredName",
        "INSURED_NAME",
        "guarantorName",
        "guarantor-name",
        "nk1Name",
        "NextOfKinName",
        "emergencyContact",
        "relatedPersonName",
        "pt_full_name",
        "ptName",
        "PATIENT_NAME_XPN",
        "beneName",
        "subscriberFullName",
        "caregiver",
        "legalGuardian",
        "responsibleParty",
        "authorizedRep",
        "recipientName",
        "householdMember",
        "policyHolder",
        "POLICY_HOLDER",
        "decedentName",
        "proxyName",
        "familyContact",
        "patientDisplay",
        "givenAndFamily",
    ],
    "DATE_OF_BIRTH": [
        "birthDate",
        "ptDOB",
        "dtOfBirth",
        "dob_yyyymmdd",
        "BENE_BIRTH_DT",
        "DOB",
        "birth-date",
        "BirthDt",
        "insuredDob",
        "INS_DOB",
        "subscriberBirthDate",
        "guarantorDob",
        "born",
        "birthdateText",
        "patientBirthDateTime",
        "DOB_TXT",
        "dobRaw",
    ],
    "MRN": [
        "medRecNum",
        "MedRecNo",
        "chartNo",
        "mrnLocal",
        "localPatientId",
        "facilityMrn",
        "hospitalNumber",
        "urNumber",
        "med_rec_no",
        "MEDICAL_REC_NUM",
        "enterpriseId",
        "recordNumber",
        "chartId",
        "sourceMrn",
        "pid3Value",
        "EMPI_ID",
    ],
    "US_SSN": [
        "ssnNbr",
        "SSN_NUM",
        "socSecNo",
        "taxpayerId",
        "itin",
        "insuredSsn",
        "guarantorSsn",
        "ssn9",
        "employeeSsn",
        "SSNRaw",
        "ss_number",
        "pid19",
        "GT1_12_SSN",
        "tinOrSsn",
    ],
    "PHONE_NUMBER": [
        "mobileNo",
        "cellPhone",
        "telecomValue",
        "PHONE_HOME",
        "homeTel",
        "contactTel",
        "callbackNum",
        "smsTo",
        "msisdn",
        "phoneE164",
        "altPhone",
        "WORK_PHONE",
        "guardianPhone",
        "faxNum",
        "nk1Phone",
        "pid13Home",
    ],
    "EMAIL_ADDRESS": [
        "emailAddr",
        "eMail",
        "notifyEmail",
        "portalLogin",
        "replyToAddress",
        "ownerEmail",
        "EMAIL_ADDR",
        "preferredEmail",
        "guardian-email",
        "patientEmailAddress",
        "loginId",
        "recipientAddress",
        "telecomEmail",
    ],
    "STREET_ADDRESS": [
        "addrLine",
        "streetAddr",
        "residence",
        "homeAddr",
        "mailingAddr",
        "addressLine1",
        "ADDR_1",
        "deliveryAddress",
        "shipTo",
        "billingStreet",
        "guarantorAddress",
        "lastKnownAddress",
        "permanentAddress",
        "pid11Street",
    ],
    "ZIP_CODE": [
        "zip5",
        "zipPlus4",
        "residenceZip",
        "ptZip",
        "BENE_ZIP_CD",
        "mailingPostalCd",
        "ZIP_CD",
        "postalCd",
        "homeZip5",
        "zip-code-residence",
        "shipToZip",
        "billingZip",
        "addrZip",
    ],
    "HEALTH_PLAN_ID": [
        "insMemberNo",
        "subscr_id",
        "subscriberId",
        "MBI",
        "BENE_MBI_ID",
        "HICN",
        "hicNumber",
        "medicareNo",
        "mediCalCin",
        "medicaidId",
        "payerMemberId",
        "memberIdentifier",
        "insuredIdNumber",
        "IN1_49",
        "healthPlanBeneficiaryNo",
        "cardholderId",
    ],
    "ACCOUNT_NUMBER": [
        "guarantorAcct",
        "harNumber",
        "finNbr",
        "visitNumber",
        "patientAccountNo",
        "PID_18",
        "acctNo",
        "billingAcct",
        "cardPan",
        "ccNumber",
        "bankAcct",
        "ibanNumber",
        "depositAccount",
        "ACCT_NBR",
        "encounterFin",
        "hospitalAccount",
    ],
    "LICENSE_NUMBER": [
        "lic_no",
        "dlNumber",
        "driversLicNo",
        "PID_20",
        "DL_NUM",
        "operatorLicense",
        "dlId",
        "stateDl",
        "idDocumentNumber",
        "drvLic",
        "driverLicenseNo",
    ],
    "DEVICE_ID": [
        "devSerial",
        "serialNumber",
        "udiCarrier",
        "carrierHRF",
        "imei",
        "IMEI",
        "meid",
        "macAddr",
        "hwAddr",
        "implantSerial",
        "deviceIdentifier",
        "pumpSerial",
        "ipgSerial",
        "monitorMac",
        "handsetImei",
        "udiHrf",
        "SERIAL_NO",
    ],
    "VEHICLE_ID": [
        "regPlate",
        "tagNo",
        "plateNumber",
        "vinNumber",
        "VIN",
        "vehicleIdNo",
        "chassisNo",
        "licensePlate",
        "vehVin",
        "PLATE",
        "ambulanceVin",
        "unitVin",
    ],
    "IP_ADDRESS": [
        "ipAddr",
        "clientIp",
        "remoteAddr",
        "sourceIp",
        "X-Forwarded-For",
        "lastSeenIp",
        "originIp",
        "REMOTE_ADDR",
        "peerAddress",
        "loginIpAddress",
        "callerIp",
        "deviceIp",
    ],
    "URL": [
        "personalSite",
        "profileLink",
        "portalUrl",
        "homepageUrl",
        "fundraiserUrl",
        "memorialPage",
        "obituaryLink",
        "caringbridgeSite",
        "websiteUrl",
        "socialProfile",
        "chartLink",
        "deepLink",
    ],
    "SECRET": [
        "apiToken",
        "clientSecret",
        "accessKey",
        "AWS_SECRET_ACCESS_KEY",
        "authToken",
        "bearer",
        "webhookSecret",
        "connectionString",
        "DATABASE_URL",
        "privateKey",
        "serviceKey",
        "pat",
        "botToken",
        "signingKey",
        "npmToken",
        "registryToken",
        "dbPassword",
        "STORAGE_CONN",
    ],
}
# neutral descriptions for the host property (say what the field is, never contain a value)
CTX_DESC = {
    "PERSON": ["Name as printed on the card.", "Person to contact.", "Display name.", "Full name (XPN).", None],
    "DATE_OF_BIRTH": ["Birth date.", "As received from the source system.", None, "YYYYMMDD or free text."],
    "MRN": ["Local record number.", "Identifier assigned by the facility.", None, "PID-3 value."],
    "US_SSN": ["Nine digits.", None, "Tax identifier.", "Used for credit checks only."],
    "PHONE_NUMBER": ["Callback number.", None, "Reachable number.", "Any format; normalised server-side."],
    "EMAIL_ADDRESS": ["Where notices are sent.", None, "Login.", "Verified address."],
    "STREET_ADDRESS": ["Street, number and unit.", None, "One line.", "Where to deliver."],
    "ZIP_CODE": [None, "Five digits or ZIP+4.", "Residence ZIP.", "Used for tax and network lookup."],
    "HEALTH_PLAN_ID": ["As printed on the member card.", None, "Payer-assigned.", "Medicare or Medicaid number."],
    "ACCOUNT_NUMBER": [None, "Billing account.", "Account to charge.", "Hospital account record."],
    "LICENSE_NUMBER": [None, "State-issued licence number.", "Identity document number.", "For ID verification."],
    "DEVICE_ID": [None, "Hardware identifier.", "As reported by the device.", "Serial or UDI."],
    "VEHICLE_ID": [None, "Vehicle identifier.", "As on the registration.", "Unit identifier."],
    "IP_ADDRESS": [None, "Caller address.", "IPv4 or IPv6.", "Last seen address."],
    "URL": [None, "Link.", "Page for updates.", "Web address."],
    "SECRET": [None, "Credential used by the connector.", "Do not log.", "Sent as a header."],
}
TITLE_LABEL = {
    "PERSON": ["", "Guardian: ", "Subscriber ", "Contact "],
    "DATE_OF_BIRTH": ["DOB ", "Born ", ""],
    "MRN": ["Chart ", "Record ", ""],
    "US_SSN": ["SSN ", ""],
    "PHONE_NUMBER": ["Callback ", "Cell ", ""],
    "EMAIL_ADDRESS": ["Email ", ""],
    "STREET_ADDRESS": ["Home: ", ""],
    "ZIP_CODE": ["ZIP ", "Zip "],
    "HEALTH_PLAN_ID": ["Member ", "Plan ID ", ""],
    "ACCOUNT_NUMBER": ["Account ", ""],
    "LICENSE_NUMBER": ["DL ", "Licence "],
    "DEVICE_ID": ["Device ", ""],
    "VEHICLE_ID": ["Vehicle ", ""],
    "IP_ADDRESS": ["Host ", ""],
    "URL": ["", "Page "],
    "SECRET": [""],
}


def frag(cat, v: Val):
    e = v.embed
    k = v.kind
    if cat == "PERSON":
        return pick(["{v}", "{v}", "patient {v}", "{v} (guardian)", "{v}'s daughter"]).format(v=e)
    if cat == "DATE_OF_BIRTH":
        return pick(["DOB {v}", "born {v}", "date of birth {v}", "b. {v}"]).format(v=e)
    if cat == "MRN":
        return pick(
            ["chart {v}", "record no. {v}", "med rec {v}"] if not re.match(r"[A-Z]{2,}", e) else ["{v}"]
        ).format(v=e)
    if cat == "US_SSN":
        return (
            pick(["ITIN {v}", "SSN/ITIN {v}"]) if k == "itin" else pick(["SSN {v}", "social {v}", "SS# {v}"])
        ).format(v=e)
    if cat == "PHONE_NUMBER":
        return pick(["cell {v}", "phone {v}", "call back on {v}", "mobile {v}"]).format(v=e)
    if cat == "EMAIL_ADDRESS":
        return pick(["email {v}", "reachable at {v}", "<{v}>", "{v}"]).format(v=e)
    if cat == "STREET_ADDRESS":
        return pick(["address {v}", "{v}", "home address {v}", "mailing address {v}"]).format(v=e)
    if cat == "ZIP_CODE":
        return pick(["ZIP {v}", "home ZIP {v}", "zip code {v}"]).format(v=e)
    if cat == "HEALTH_PLAN_ID":
        lab = {
            "mbi": ["MBI {v}", "Medicare {v}"],
            "hicn": ["HICN {v}", "Medicare claim no. {v}"],
            "medicaid": ["Medicaid {v}", "Medicaid ID {v}"],
        }.get(k, ["member ID {v}", "subscriber {v}", "member {v}"])
        return pick(lab).format(v=e)
    if cat == "ACCOUNT_NUMBER":
        if k.startswith("card"):
            return pick(["card {v}", "card on file {v}"]).format(v=e)
        if k == "iban":
            return f"IBAN {e}"
        if k == "bank_account":
            return pick(["acct {v}", "bank account {v}"]).format(v=e) if e == v.text else e
        if k == "guarantor_account":
            return f"guarantor acct {e}"
        return pick(["{v}", "account {v}"]).format(v=e)
    if cat == "LICENSE_NUMBER":
        return pick(["DL {v}", "driver's licence {v}", "license no. {v}", "DL# {v}"]).format(v=e)
    if cat == "DEVICE_ID":
        lab = {
            "imei": "IMEI {v}",
            "meid": "MEID {v}",
            "mac": "MAC {v}",
            "mac_cisco": "MAC {v}",
            "gs1_udi": "UDI {v}",
            "implant_serial": "implant serial {v}",
        }.get(k, "serial {v}")
        return lab.format(v=e)
    if cat == "VEHICLE_ID":
        return (pick(["VIN {v}", "vehicle {v}"]) if k == "vin" else pick(["plate {v}", "tag {v}"])).format(v=e)
    if cat == "IP_ADDRESS":
        return pick(["from {v}", "IP {v}", "client address {v}"]).format(v=e)
    if cat == "URL":
        return pick(["{v}", "page {v}", "{v}"]).format(v=e)
    if cat == "SECRET":
        return pick(["token {v}", "key {v}", "secret {v}", "credentials {v}"]).format(v=e)
    raise ValueError(cat)


SENT = [
    "Example: {f}.",
    "Sample used in QA: {f}.",
    "Defaults to {f} when the caller omits it.",
    "Temporary: pinned to {f} until the migration finishes.",
    "Copied from ticket OPS-{n}: {f}.",
    "Test with {f}.",
    "Last verified against {f}.",
    "Override for {f} (incident INC-{n}).",
    "For the pilot, always use {f}.",
    "Known bad record: {f}.",
    "Reproduces with {f}.",
    "Escalated case: {f}.",
    "(dev note: {f})",
    "Do not ship - still hard-coded to {f}.",
]
COMMENT_SENT = [
    "TODO remove before release: {f}",
    "fixture: {f}",
    "seeded from prod export ({f})",
    "debug: {f}",
    "left over from the demo with {f}",
    "QA account - {f}",
]


def sentence(groups_items, templates=SENT):
    frs = [frag(c, v) for c, v in groups_items]
    f = frs[0] if len(frs) == 1 else ", ".join(frs[:-1]) + " and " + frs[-1]
    return pick(templates).format(f=f, n=R.randint(1000, 9999))


def js_escape(s, escape_dash=None):
    if escape_dash is None:
        escape_dash = chance(0.4)
    out = []
    for ch in s:
        if ch in ".^$*+?()[]{}|\\/":
            out.append("\\" + ch)
        elif ch == "-" and escape_dash:
            out.append("\\-")
        else:
            out.append(ch)
    return "".join(out)


def cased(words, style):
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "screaming":
        return "_".join(w.upper() for w in words)
    return "_".join(w.lower() for w in words)


KEY_PREFIX = {
    "MRN": ["chart", "mrn", "pt", "record", "ur"],
    "US_SSN": ["ssn", "tin", "ss"],
    "PHONE_NUMBER": ["tel", "sms", "cb", "mobile"],
    "HEALTH_PLAN_ID": ["member", "mbi", "ins", "subscr"],
    "ACCOUNT_NUMBER": ["acct", "har", "guar", "pan"],
    "LICENSE_NUMBER": ["dl", "lic", "drv"],
    "DEVICE_ID": ["dev", "imei", "sn", "udi"],
    "VEHICLE_ID": ["vin", "veh", "unit"],
    "IP_ADDRESS": ["ip", "host", "peer"],
    "DATE_OF_BIRTH": ["dob", "born"],
    "EMAIL_ADDRESS": ["notify", "acl"],
    "ZIP_CODE": ["zip"],
}


def joined(prefix, value, style):
    if style == "camel":
        return prefix.lower() + value[:1].upper() + value[1:]
    if style == "kebab":
        return f"{prefix.lower()}-{value}"
    if style == "screaming":
        return f"{prefix.upper()}_{value}"
    if style == "pascal":
        return prefix.capitalize() + value
    return f"{prefix.lower()}_{value}"


# =====================================================================================
# documents
# =====================================================================================
def esc_tok(t):
    return str(t).replace("~", "~0").replace("/", "~1")


def ptr(path):
    return "".join("/" + esc_tok(t) for t in path)


def get_at(root, path):
    node = root
    for t in path:
        node = node[t]
    return node


def deep(o):
    return json.loads(json.dumps(o))


def to_strict(s):
    if isinstance(s, dict):
        s = {k: to_strict(v) for k, v in s.items()}
        if s.get("type") == "object" and "properties" in s:
            s["required"] = list(s["properties"])
            s["additionalProperties"] = False
        return s
    if isinstance(s, list):
        return [to_strict(x) for x in s]
    return s


GEMINI_DROP = [
    "additionalProperties",
    "const",
    "pattern",
    "$defs",
    "$ref",
    "patternProperties",
    "examples",
    "default",
    "$comment",
    "minLength",
    "maxLength",
]


def to_gemini(s):
    if isinstance(s, dict):
        out = {}
        for k, v in s.items():
            if k in GEMINI_DROP:
                continue
            if k == "type" and isinstance(v, str):
                out[k] = v.upper()
            elif k == "format" and v not in ("date-time", "enum", "int32", "int64", "float", "double"):
                continue
            elif k == "properties":
                out[k] = {pk: to_gemini(pv) for pk, pv in v.items()}
            else:
                out[k] = to_gemini(v)
        if out.get("type") == "STRING" and "enum" in out:
            out["format"] = "enum"
        if out.get("type") == "OBJECT" and not out.get("properties"):
            out["properties"] = {"value": {"type": "STRING"}}
        return out
    if isinstance(s, list):
        return [to_gemini(x) for x in s]
    return s


def pascal(name):
    return "".join(w.capitalize() for w in re.split(r"[_\-\s]+", name) if w)


def camel(name):
    p = pascal(name)
    return p[:1].lower() + p[1:]


def extract_defs(schema, defs):
    """Move first-level nested object schemas into $defs and reference them (2020-12 style)."""
    for k, v in list(schema.get("properties", {}).items()):
        if v.get("type") == "object" and v.get("properties") and chance(0.7):
            name = pascal(k)
            defs[name] = v
            ref = {"$ref": f"#/$defs/{name}"}
            if "description" in v and chance(0.5):
                ref["description"] = v.pop("description")
            schema["properties"][k] = ref
        elif (
            v.get("type") == "array"
            and isinstance(v.get("items"), dict)
            and v["items"].get("properties")
            and chance(0.7)
        ):
            name = pascal(k[:-1] if k.endswith("s") else k + "Item")
            defs[name] = v["items"]
            v["items"] = {"$ref": f"#/$defs/{name}"}
    return schema


ORGS = [
    "riverbendmed.org",
    "northshore-care.net",
    "prairiehealth.org",
    "acmecloud.io",
    "tallgrass.dev",
    "lakeside-clinics.com",
    "kestrel-logistics.com",
    "orbitpay.io",
    "mercywest.org",
    "fernleaf.app",
]
PROMPTS = {
    "fhir_patient": [
        "Find the chart for the patient in bed 12 and update their mobile number.",
        "Search for duplicate patient records created this week.",
    ],
    "coverage": ["Is this patient's plan active for physical therapy next Tuesday?", "Check benefits for the visit."],
    "claims": ["Submit yesterday's office visits as professional claims.", "What is the status of claim 2291?"],
    "cms_claims": ["Load the 2021 carrier claims extract.", "Summarise ESRD coverage months for the cohort key."],
    "scheduling": ["Book the first telehealth slot next week.", "Cancel tomorrow's lab draw."],
    "pharmacy": ["Send a 30-day refill of the usual inhaler.", "Check these three medications for interactions."],
    "labs": ["Order a lipid panel, fasting.", "Show the HbA1c trend for the last year."],
    "hl7v2": ["Map this ADT^A04 to FHIR.", "Build an AA acknowledgement."],
    "devices": ["Register the new infusion pump on ward 4B.", "Any recalls affecting our inventory?"],
    "billing": ["What does the latest statement show?", "Set up a six-month payment plan."],
    "telehealth": ["Start the video visit for the 3 pm appointment.", "Close the room, the patient did not show."],
    "referrals": ["Refer to cardiology, urgent.", "Has the dermatology referral been accepted?"],
    "cloud": ["Spin up a D4s VM in westeurope.", "Open port 443 from the office range."],
    "ci": ["Re-run the pipeline on main.", "Show me the last 200 lines of job 8812."],
    "ecommerce": ["Create an order for two of SKU TEE-BLK-M.", "Where is my parcel?"],
    "weather": ["Will it rain in Lyon this weekend?", "Any severe alerts for Kansas?"],
    "fleet": ["When is unit 42 due for brakes?", "Log today's delivery trip."],
    "payroll": ["Preview payroll for the period ending Friday.", "Switch my deposit to savings."],
    "crm": ["Open an urgent ticket about the outage.", "Find contacts at the Leeds office."],
    "iot": ["Provision the new gateway at site OSL-2.", "Roll firmware 3.2.1 to the lab group."],
    "auth": ["Register a client for the analytics partner.", "Rotate the billing integration secret."],
    "notify": ["Text the on-call engineer that the job failed.", "Email the weekly report template."],
    "docs": ["How do I paginate list endpoints?", "Open the webhooks page."],
}


class Doc:
    def __init__(self, fmt, domain, root):
        self.fmt, self.domain, self.root = fmt, domain, root
        self.schemas = []  # paths of object schemas where plants may be hosted
        self.tools = []  # dicts: path, name_key, desc_key
        self.meta = []  # (kind, path-to-container, key)
        self.gemini = fmt.startswith("gemini")
        self.strict = False
        self.openapi = fmt == "openapi"
        self.params = []  # OpenAPI parameter list paths
        self.media = []  # OpenAPI media-type object paths
        self.used = []  # pointers already holding a label
        self.renamed = []  # tool indices already renamed
        self.labels = []
        self.orig_name = ""  # first tool name / schema title before planting (for the default file name)

    def hosts(self):
        out = []

        def walk(node, path, depth):
            if not isinstance(node, dict):
                return
            if isinstance(node.get("properties"), dict) and node.get("type") in ("object", "OBJECT", None):
                out.append((path, node, depth))
                for k, v in node["properties"].items():
                    walk(v, [*path, "properties", k], depth + 1)
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key], [*path, key], depth + 1)
            for key in ("$defs", "definitions"):
                if isinstance(node.get(key), dict):
                    for k, v in node[key].items():
                        walk(v, [*path, key, k], depth + 1)
            for key in ("oneOf", "anyOf", "allOf"):
                if isinstance(node.get(key), list):
                    for i, v in enumerate(node[key]):
                        walk(v, [*path, key, i], depth + 1)

        for sp in self.schemas:
            walk(get_at(self.root, sp), list(sp), 0)
        return out


def tool_entry_fmt(fmt, t, schema):
    if fmt in ("anthropic_tools",):
        return {"name": t["name"], "description": t["description"], "input_schema": schema}
    if fmt == "anthropic_request_tools":
        return {"name": t["name"], "description": t["description"], "input_schema": to_strict(schema), "strict": True}
    if fmt in ("openai_tools", "openai_chat"):
        return {
            "type": "function",
            "function": {
                "name": t["name"],
                "description": t["description"],
                "parameters": to_strict(schema),
                "strict": True,
            },
        }
    if fmt == "openai_responses":
        return {
            "type": "function",
            "name": t["name"],
            "description": t["description"],
            "parameters": to_strict(schema),
            "strict": True,
        }
    if fmt in ("mcp_tool", "mcp_list"):
        e = {"name": t["name"]}
        if chance(0.5):
            e["title"] = t["name"].replace("_", " ").capitalize()
        e["description"] = t["description"]
        e["inputSchema"] = schema
        e["annotations"] = {
            "title": t["name"].replace("_", " ").title(),
            "readOnlyHint": t["name"].startswith(("get", "list", "search", "read", "find", "check", "track")),
            "openWorldHint": chance(0.5),
        }
        if chance(0.3):
            e["annotations"]["destructiveHint"] = False
        return e
    if fmt.startswith("gemini"):
        return {"name": t["name"], "description": t["description"], "parameters": to_gemini(schema)}
    raise ValueError(fmt)


def build_doc(fmt, domain, ntools):
    tools = DOMAINS[domain][0]()
    ntools = min(ntools, len(tools))
    idx = sorted(R.sample(range(len(tools)), ntools))
    sel = [tools[i] for i in idx]
    org = pick(ORGS)
    if fmt in (
        "anthropic_tools",
        "openai_tools",
        "mcp_list",
        "gemini_decl",
        "anthropic_request_tools",
        "openai_chat",
        "openai_responses",
        "gemini_request",
        "mcp_tool",
    ):
        if fmt == "mcp_tool":
            sel = sel[:1]
        entries = [tool_entry_fmt(fmt, t, deep(t["schema"])) for t in sel]
        if fmt in ("anthropic_tools", "openai_tools"):
            root = entries
            base = []
        elif fmt == "mcp_tool":
            root = entries[0]
            base = None
        elif fmt == "mcp_list":
            root = {"tools": entries}
            if chance(0.3):
                root["nextCursor"] = base64.b64encode(f"page={R.randint(2, 9)}".encode()).decode()
            base = ["tools"]
        elif fmt == "gemini_decl":
            root = {"functionDeclarations": entries}
            base = ["functionDeclarations"]
        elif fmt == "gemini_request":
            root = {
                "contents": [{"role": "user", "parts": [{"text": pick(PROMPTS[domain])}]}],
                "tools": [{"functionDeclarations": entries}],
                "toolConfig": {"functionCallingConfig": {"mode": pick(["AUTO", "ANY"])}},
                "generationConfig": {"temperature": pick([0, 0.2, 0.7])},
            }
            base = ["tools", 0, "functionDeclarations"]
        elif fmt == "anthropic_request_tools":
            root = {
                "model": pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"]),
                "max_tokens": pick([1024, 2048, 4096]),
                "metadata": {"user_id": hashlib.sha256(str(R.random()).encode()).hexdigest()[:32]},
                "system": "You are an assistant for the operations team. Use the tools; never guess identifiers.",
                "messages": [{"role": "user", "content": pick(PROMPTS[domain])}],
                "tools": entries,
                "tool_choice": {"type": "auto"},
            }
            base = ["tools"]
        elif fmt == "openai_chat":
            root = {
                "model": pick(["gpt-4.1", "gpt-4o-2024-08-06", "gpt-4.1-mini"]),
                "messages": [
                    {"role": "system", "content": "Call functions when you need data. Reply briefly."},
                    {"role": "user", "content": pick(PROMPTS[domain])},
                ],
                "tools": entries,
                "tool_choice": "auto",
                "parallel_tool_calls": chance(0.5),
                "user": "usr_" + rand_from(HEXL, 16),
            }
            base = ["tools"]
        else:  # openai_responses
            root = {
                "model": pick(["gpt-5", "gpt-5-mini", "o4-mini"]),
                "input": [{"role": "user", "content": pick(PROMPTS[domain])}],
                "tools": entries,
                "store": False,
                "safety_identifier": hashlib.sha256(str(R.random()).encode()).hexdigest(),
            }
            base = ["tools"]
        doc = Doc(fmt, domain, root)
        for i, _e in enumerate(entries):
            tpath = [] if base is None else [*base, i]
            if fmt in ("openai_tools", "openai_chat"):
                doc.tools.append({"path": [*tpath, "function"], "name": "name", "desc": "description"})
                doc.schemas.append([*tpath, "function", "parameters"])
                doc.meta.append(("comment", [*tpath, "function", "parameters"], "$comment"))
                doc.strict = True
            elif fmt == "openai_responses":
                doc.tools.append({"path": tpath, "name": "name", "desc": "description"})
                doc.schemas.append([*tpath, "parameters"])
                doc.meta.append(("comment", [*tpath, "parameters"], "$comment"))
                doc.strict = True
            elif fmt.startswith("gemini"):
                doc.tools.append({"path": tpath, "name": "name", "desc": "description"})
                doc.schemas.append([*tpath, "parameters"])
            elif fmt.startswith("mcp"):
                doc.tools.append({"path": tpath, "name": "name", "desc": "description"})
                doc.schemas.append([*tpath, "inputSchema"])
                doc.meta.append(("annotations_title", [*tpath, "annotations"], "title"))
                doc.meta.append(("comment", [*tpath, "inputSchema"], "$comment"))
            else:
                doc.tools.append({"path": tpath, "name": "name", "desc": "description"})
                doc.schemas.append([*tpath, "input_schema"])
                doc.meta.append(("comment", [*tpath, "input_schema"], "$comment"))
                if fmt == "anthropic_request_tools":
                    doc.strict = True
        if fmt == "anthropic_request_tools":
            doc.meta.append(("user_id", ["metadata"], "user_id"))
        if fmt == "openai_chat":
            doc.meta.append(("user", [], "user"))
            if chance(0.5):
                rf = to_strict(deep(sel[0]["schema"]))
                root["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": sel[0]["name"] + "_result", "strict": True, "schema": rf},
                }
                doc.schemas.append(["response_format", "json_schema", "schema"])
        if fmt == "openai_responses":
            doc.meta.append(("safety_identifier", [], "safety_identifier"))
            if chance(0.5):
                root["text"] = {
                    "format": {
                        "type": "json_schema",
                        "name": sel[0]["name"] + "_summary",
                        "schema": to_strict(deep(sel[-1]["schema"])),
                        "strict": True,
                    }
                }
                doc.schemas.append(["text", "format", "schema"])
        if fmt in ("openai_tools", "openai_chat", "openai_responses", "anthropic_request_tools"):
            for _e in entries:
                pass
        return doc
    if fmt == "anthropic_request_output":
        schema = deep(sel[0]["schema"])
        if chance(0.5):
            schema = to_strict(schema)
        root = {
            "model": pick(["claude-sonnet-4-5", "claude-opus-4-1"]),
            "max_tokens": pick([1024, 2048]),
            "metadata": {"user_id": hashlib.sha256(str(R.random()).encode()).hexdigest()[:32]},
            "messages": [
                {
                    "role": "user",
                    "content": "Extract the fields from the attached form into the schema. " + pick(PROMPTS[domain]),
                }
            ],
            "output_config": {"format": {"type": "json_schema", "schema": schema}},
        }
        doc = Doc(fmt, domain, root)
        doc.schemas.append(["output_config", "format", "schema"])
        doc.meta.append(("user_id", ["metadata"], "user_id"))
        doc.meta.append(("comment", ["output_config", "format", "schema"], "$comment"))
        return doc
    if fmt == "jsonschema":
        t0 = sel[0]
        schema = deep(t0["schema"])
        defs = {}
        root = {
            "$schema": pick(
                ["https://json-schema.org/draft/2020-12/schema"] * 3 + ["http://json-schema.org/draft-07/schema#"]
            ),
            "$id": f"https://schemas.{org}/{domain.replace('_', '-')}/{t0['name'].replace('_', '-')}.schema.json",
            "title": pascal(t0["name"]) + pick(["Request", "Input", "Payload", ""]),
            "description": t0["description"],
        }
        draft7 = "draft-07" in root["$schema"]
        if len(sel) > 1 and chance(0.5):
            # oneOf over the selected operations
            for t in sel:
                defs[pascal(t["name"])] = extract_defs(deep(t["schema"]), defs)
                defs[pascal(t["name"])]["properties"] = {
                    "op": {"const": t["name"]},
                    **defs[pascal(t["name"])]["properties"],
                }
            root["oneOf"] = [{"$ref": f"#/$defs/{pascal(t['name'])}"} for t in sel]
        else:
            schema = extract_defs(schema, defs)
            root.update({k: v for k, v in schema.items() if k != "description"})
        if defs:
            root["$defs"] = defs
        if draft7:
            txt = json.dumps(root).replace("#/$defs/", "#/definitions/")
            root = json.loads(txt)
            if "$defs" in root:
                root["definitions"] = root.pop("$defs")
        doc = Doc(fmt, domain, root)
        doc.schemas.append([])
        doc.meta.append(("comment", [], "$comment"))
        doc.meta.append(("x", [], "x-" + pick(["owner-note", "sample", "fixture", "review-note"])))
        return doc
    if fmt == "openapi":
        v31 = chance(0.5)
        root = {
            "openapi": "3.1.0" if v31 else "3.0.3",
            "info": {
                "title": f"{pascal(domain)} service",
                "version": pick(["1.4.0", "2.0.1", "0.9.3", "3.2.0"]),
                "description": f"Internal API used by the {domain.replace('_', ' ')} tools.",
            },
            "servers": [{"url": f"https://api.{org}/v{R.randint(1, 3)}"}],
            "paths": {},
            "components": {"schemas": {}},
        }
        doc = Doc(fmt, domain, root)
        for t in sel:
            sname = pascal(t["name"]) + "Request"
            schema = deep(t["schema"])
            root["components"]["schemas"][sname] = schema
            doc.schemas.append(["components", "schemas", sname])
            path = "/" + t["name"].replace("_", "-")
            simple = [
                (k, v) for k, v in schema["properties"].items() if v.get("type") in ("string", "integer", "boolean")
            ]
            if (
                t["name"].startswith(("get", "list", "search", "read", "find", "track", "claim_status", "referral"))
                and simple
            ):
                params = []
                for k, v in simple[:4]:
                    p = {"name": k, "in": "query", "required": k in schema.get("required", []), "schema": deep(v)}
                    if "description" in p["schema"]:
                        p["description"] = p["schema"].pop("description")
                    params.append(p)
                op = {
                    "operationId": camel(t["name"]),
                    "summary": t["description"],
                    "parameters": params,
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"data": {"type": "array", "items": {"type": "object"}}},
                                    }
                                }
                            },
                        }
                    },
                }
                root["paths"][path] = {"get": op}
                for i in range(len(params)):
                    doc.params.append(["paths", path, "get", "parameters", i])
            else:
                op = {
                    "operationId": camel(t["name"]),
                    "summary": t["description"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{sname}"}}},
                    },
                    "responses": {
                        "201" if t["name"].startswith("create") else "200": {"description": "Accepted"},
                        "400": {"description": "Validation error"},
                    },
                }
                root["paths"][path] = {"post": op}
                doc.media.append(["paths", path, "post", "requestBody", "content", "application/json"])
        doc.meta.append(("x", ["info"], "x-" + pick(["maintainer-note", "test-fixture", "sample-record"])))
        return doc
    raise ValueError(fmt)


# =====================================================================================
# planting
# =====================================================================================
# in a regex alternation that mixes categories, the host key names only the first one: the others
# get a cue of their own unless their format says what they are (no randomness is used for this)
MIX_CUE = {
    "ZIP_CODE": "zip:",
    "LICENSE_NUMBER": "dl:",
    "ACCOUNT_NUMBER": "acct:",
    "MRN": "chart:",
    "US_SSN": "ssn:",
    "HEALTH_PLAN_ID": "member:",
    "DEVICE_ID": "sn:",
    "DATE_OF_BIRTH": "dob:",
    "PHONE_NUMBER": "tel:",
}

# categories whose values say what they are without a key or cue (a bare value may stand alone)
SELF_EVIDENT = ["EMAIL_ADDRESS", "URL", "SECRET", "PERSON", "STREET_ADDRESS", "VEHICLE_ID", "IP_ADDRESS"]


class Plant:
    def __init__(self, doc):
        self.d = doc

    # ---- helpers
    def label(self, path, surface, cat, value, kind, raw=None, pointer=None):
        p = ptr(path) if pointer is None else pointer
        lab = {"pointer": p, "surface": surface, "category": cat, "value": value, "kind": kind}
        if raw is not None and raw != value:
            lab["raw"] = raw
        self.d.labels.append(lab)
        if p not in self.d.used:
            self.d.used.append(p)
        return lab

    def typ(self, t):
        return t.upper() if self.d.gemini else t

    def choose_host(self, deep_bias=0.55):
        hs = self.d.hosts()
        if not hs:
            raise RuntimeError("no host")
        deepers = [h for h in hs if h[2] >= 1]
        if deepers and chance(deep_bias):
            return pick(deepers)
        return pick(hs)

    def add_prop(self, host, key, node):
        path, obj, _ = host
        props = obj["properties"]
        k = key
        n = 2
        while k in props:
            k = f"{key}{n}"
            n += 1
        props[k] = node
        req = obj.get("required")
        if obj.get("additionalProperties") is False and isinstance(req, list):
            req.append(k)
        return [*path, "properties", k]

    def ctx_prop(self, cat, host=None):
        host = host or self.choose_host()
        key = pick(CTX_KEYS[cat])
        node = {"type": self.typ("string")}
        desc = pick(CTX_DESC[cat])
        if desc:
            node["description"] = desc
        return self.add_prop(host, key, node), node

    # ---- positive surfaces
    def value_surface(self, surface, items):
        """items: list of (cat, Val) (same cat except for description/title)."""
        d = self.d
        cat = items[0][0]
        if d.openapi and surface == "examples" and chance(0.65):
            return self.openapi_example(items)
        path, node = self.ctx_prop(cat)
        if surface in ("const", "default"):
            cat, v = items[0]
            node[surface] = v.embed
            self.label([*path, surface], surface, cat, v.text, v.kind)
        elif surface == "examples":
            if d.gemini:
                cat, v = items[0]
                node["example"] = v.embed
                self.label([*path, "example"], "examples", cat, v.text, v.kind)
            else:
                node["examples"] = [v.embed for _, v in items]
                for i, (c, v) in enumerate(items):
                    self.label([*path, "examples", i], "examples", c, v.text, v.kind)
        elif surface == "enum":
            node["enum"] = [v.embed for _, v in items]
            if d.gemini:
                node["format"] = "enum"
            for i, (c, v) in enumerate(items):
                self.label([*path, "enum", i], "enum", c, v.text, v.kind)
        elif surface == "title":
            c, v = items[0]
            node["title"] = pick(TITLE_LABEL[c]) + v.embed
            self.label([*path, "title"], "title", c, v.text, v.kind)
        elif surface == "pattern":
            self.pattern_on(node, path, items)
        elif surface == "description":
            node["description"] = ((node.get("description", "") + " ") if chance(0.5) else "") + sentence(items)
            for c, v in items:
                self.label([*path, "description"], "description", c, v.text, v.kind)
        else:
            raise ValueError(surface)

    def regex_items(self, items):
        esc = [js_escape(v.text) for _, v in items]
        return esc

    def pattern_on(self, node, path, items):
        esc = self.regex_items(items)
        if len(items) == 1:
            rx = pick(["^{0}$", "^{0}$", "^(?:{0})$", "^{0}(\\s.*)?$", "\\b{0}\\b", "^{0}$"]).format(esc[0])
        else:
            shape = pick(["^({a})$", "^(?:{a})$", "^(?:{a}|TEST-\\d+)$", "^Patient/({a})$", "^({a})(-\\d+)?$"])
            if "Patient/" in shape and items[0][0] not in ("PERSON", "MRN"):
                shape = "^({a})$"
            alts = [
                e
                if (
                    i == 0
                    or c == items[0][0]
                    or c in SELF_EVIDENT
                    or (c == "PHONE_NUMBER" and not re.fullmatch(r"\d+", v.text))
                    or v.kind in ("gs1_udi", "mac", "mac_cisco", "mbi", "iban")
                    or v.kind.startswith("card_")
                )
                else MIX_CUE.get(c, "") + e
                for i, ((c, v), e) in enumerate(zip(items, esc, strict=False))
            ]
            rx = shape.format(a="|".join(alts))
        node["pattern"] = rx
        cats = [c for c, _ in items]
        if len(items) > 1 and all(c == cats[0] for c in cats):
            self.label(
                [*path, "pattern"],
                "pattern",
                cats[0],
                "|".join(esc),
                "literal_alternation",
                raw=" | ".join(v.text for _, v in items),
            )
        else:
            for (c, v), e in zip(items, esc, strict=False):
                self.label(
                    [*path, "pattern"],
                    "pattern",
                    c,
                    e,
                    v.kind if len(items) == 1 else "literal_alternation",
                    raw=v.text,
                )

    def stray_description(self, items):
        """Append to the description of an existing, unrelated property."""
        cands = []
        for path, obj, _depth in self.d.hosts():
            for k, v in obj["properties"].items():
                p = ptr([*path, "properties", k, "description"])
                if isinstance(v, dict) and "$ref" not in v and p not in self.d.used:
                    cands.append(([*path, "properties", k], v))
        if not cands:
            return self.value_surface("description", items)
        path, node = pick(cands)
        node["description"] = (node.get("description", "").rstrip() + " " + sentence(items)).strip()
        for c, v in items:
            self.label([*path, "description"], "description", c, v.text, v.kind)

    def openapi_example(self, items):
        d = self.d
        cat, v = items[0]
        key = pick(CTX_KEYS[cat])
        mode = pick(["param_example", "param_examples", "media", "components"])
        if len(items) > 1:
            return self.plain_examples(items)
        if mode.startswith("param"):
            ops = []
            for p, item in d.root["paths"].items():
                for m, op in item.items():
                    ops.append((["paths", p, m], op))
            opath, op = pick(ops)
            params = op.setdefault("parameters", [])
            prm = {
                "name": key,
                "in": pick(["query", "header"]) if not key[0].isupper() else "header",
                "required": False,
                "schema": {"type": "string"},
            }
            if mode == "param_example":
                prm["example"] = v.embed
                params.append(prm)
                self.label([*opath, "parameters", len(params) - 1, "example"], "examples", cat, v.text, v.kind)
            else:
                ename = pick(["sample", "typical", "regression", "fromTicket"])
                prm["examples"] = {
                    ename: {
                        "summary": pick(["Typical value", "Seen in production", "Regression case"]),
                        "value": v.embed,
                    }
                }
                params.append(prm)
                self.label(
                    [*opath, "parameters", len(params) - 1, "examples", ename, "value"], "examples", cat, v.text, v.kind
                )
            return
        if not d.media:
            return self.plain_examples(items)
        mpath = pick(d.media)
        media = get_at(d.root, mpath)
        ename = pick(["basic", "fullRecord", "edgeCase", "demo"])
        value = {"requestId": rand_from(HEXL, 8), key: v.embed}
        if mode == "media":
            media.setdefault("examples", {})[ename] = {"summary": "Example request", "value": value}
            self.label([*mpath, "examples", ename, "value", key], "examples", cat, v.text, v.kind)
        else:
            cname = pascal(d.domain) + pascal(ename) + "Example"
            d.root["components"].setdefault("examples", {})[cname] = {"summary": "Shared example", "value": value}
            media.setdefault("examples", {})[ename] = {"$ref": f"#/components/examples/{cname}"}
            self.label(["components", "examples", cname, "value", key], "examples", cat, v.text, v.kind)

    def plain_examples(self, items):
        path, node = self.ctx_prop(items[0][0])
        node["examples"] = [v.embed for _, v in items]
        for i, (c, v) in enumerate(items):
            self.label([*path, "examples", i], "examples", c, v.text, v.kind)

    def host_description(self, items):
        path, obj, _ = self.choose_host(0.7)
        obj["description"] = (obj.get("description", "").rstrip() + " " + sentence(items)).strip()
        for c, v in items:
            self.label([*path, "description"], "description", c, v.text, v.kind)

    def pattern_property(self, cat):
        v = GEN[cat]("text" if cat in ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS") else "ident")
        e = js_escape(v.text)
        cue = {
            "MRN": ["chart:", "mrn-", "ur/"],
            "US_SSN": ["ssn:", "tin-"],
            "LICENSE_NUMBER": ["dl:", "dl-"],
            "HEALTH_PLAN_ID": ["member/", "mbr:"],
            "ACCOUNT_NUMBER": ["acct:", "har/"],
            "DEVICE_ID": [v.kind.split("_")[0] + ":"],
        }.get(cat, [""])
        rx = pick(["^{c}{0}$", "^{c}{0}$", "^{c}{0}(\\.[a-z]+)?$", "^{c}{0}/.*$"]).format(e, c=pick(cue))
        host = self.choose_host()
        path, obj, _ = host
        tgt = pick(
            [
                {
                    "type": "object",
                    "properties": {"status": {"type": "string"}, "since": {"type": "string", "format": "date"}},
                },
                {"type": "string"},
                {"type": "boolean"},
                {"type": "object", "additionalProperties": {"type": "string"}},
            ]
        )
        obj.setdefault("patternProperties", {})[rx] = tgt
        self.label([*path, "patternProperties", rx], "pattern_property", cat, e, v.kind, raw=v.text)

    def property_name(self, cats):
        host = self.choose_host()
        node = pick(
            [
                {
                    "type": "object",
                    "properties": {"status": {"type": "string"}, "updated": {"type": "string", "format": "date-time"}},
                },
                {"type": "string"},
                {"type": "array", "items": {"type": "string"}},
                {"type": "object", "description": "Per-record overrides.", "additionalProperties": True},
            ]
        )
        if self.d.gemini:
            node = to_gemini(node)
        if cats == ["PERSON", "DATE_OF_BIRTH"]:
            p = v_person("ident").person
            y, m, dd = rand_dob()
            style = pick(["camel", "snake", "kebab", "pascal", "screaming"])
            pid = p.ident({"pascal": "pascal"}.get(style, style))
            if style in ("camel", "pascal"):
                dob = f"{y}{m:02d}{dd:02d}"
                key = f"{pid}{pick(['Dob', 'Born', 'DOB'])}{dob}"
            elif style == "screaming":
                dob = f"{y}_{m:02d}_{dd:02d}"
                key = f"{pid}_DOB_{dob}"
            else:
                sep = "-" if style == "kebab" else "_"
                dob = sep.join([str(y), f"{m:02d}", f"{dd:02d}"]) if chance(0.6) else f"{y}{m:02d}{dd:02d}"
                key = f"{pid}{sep}{pick(['dob', 'born', 'b'])}{sep}{dob}"
            path = self.add_prop(host, key, node)
            self.label(path, "property_name", "PERSON", pid, f"{style}_joined")
            self.label(path, "property_name", "DATE_OF_BIRTH", dob, "key_literal")
            return
        cat = cats[0]
        if cat == "PERSON":
            p = v_person("ident").person
            style = pick(["camel", "snake", "kebab", "pascal", "screaming"])
            pid = p.ident(style)
            suffix = pick(
                [
                    "",
                    "",
                    {
                        "camel": "Household",
                        "pascal": "Contact",
                        "snake": "_guardian",
                        "kebab": "-proxy",
                        "screaming": "_NOK",
                    }[style],
                ]
            )
            path = self.add_prop(host, pid + suffix, node)
            self.label(path, "property_name", cat, pid, f"{style}_joined")
            return
        if cat in ("EMAIL_ADDRESS",) or (
            cat in ("IP_ADDRESS", "DEVICE_ID", "VEHICLE_ID", "HEALTH_PLAN_ID", "PHONE_NUMBER") and chance(0.45)
        ):
            v = GEN[cat]("text")
            if cat == "IP_ADDRESS" and " " in v.text:
                v = Val(ipv4(), "ipv4")
            if cat == "DEVICE_ID" and v.kind not in ("mac", "mac_cisco", "gs1_udi"):
                v = Val(":".join(f"{x:02X}" for x in mac()), "mac")  # only self-evident formats as bare keys
            if cat == "HEALTH_PLAN_ID" and v.kind != "mbi":
                v = Val(mbi(), "mbi")
            if cat == "VEHICLE_ID" and v.kind != "vin":
                v = Val(vin(), "vin")
            if cat == "PHONE_NUMBER":
                v = Val(
                    phonenumbers.format_number(
                        valid_us_number() if chance(0.5) else valid_intl_number(pick(INTL_REGIONS)),
                        phonenumbers.PhoneNumberFormat.E164,
                    ),
                    "e164",
                )
            path = self.add_prop(host, v.embed if cat != "DEVICE_ID" else v.text, node)
            self.label(path, "property_name", cat, v.text, "key_literal")
            return
        v = GEN[cat]("ident")
        style = pick(["snake", "camel", "kebab", "screaming", "pascal"])
        prefixes = KEY_PREFIX.get(cat, ["id"])
        if cat == "DEVICE_ID":
            prefixes = {"imei": ["imei", "handset"], "mac": ["mac", "hw"], "meid": ["meid"]}.get(v.kind, ["sn", "dev"])
        key = joined(pick(prefixes), v.text, style)
        path = self.add_prop(host, key, node)
        self.label(path, "property_name", cat, v.text, "key_literal")

    def tool_name(self, cats):
        d = self.d
        free = [i for i in range(len(d.tools)) if i not in d.renamed]
        i = pick(free)
        d.renamed.append(i)
        t = d.tools[i]
        tool = get_at(d.root, t["path"])
        old = tool[t["name"]]
        style = pick(["snake", "camel", "kebab"])
        verb = pick(["get", "fetch", "open", "sync", "notify", "intake", "review", "export", "lookup"])
        if cats[0] == "PERSON":
            p = v_person("ident").person
            pid = p.ident({"camel": "pascal"}.get(style, style))
            parts = [verb, pid]
            labels = [("PERSON", pid, f"{'pascal' if style == 'camel' else style}_joined")]
            if len(cats) > 1:
                y, m, dd = rand_dob()
                dob = f"{y}{m:02d}{dd:02d}"
                parts.append(dob)
                labels.append(("DATE_OF_BIRTH", dob, "key_literal"))
            sep = {"snake": "_", "kebab": "-", "camel": ""}[style]
            name = sep.join(parts)
        else:
            cat = cats[0]
            v = GEN[cat]("ident")
            val = v.text
            if not re.fullmatch(r"[A-Za-z0-9_\-]+", val):
                val = re.sub(r"[^A-Za-z0-9]", "_", val)
            base = old if chance(0.5) else verb
            pre = pick(KEY_PREFIX.get(cat, ["id"]))
            if style == "snake":
                name = f"{base}_{pre}_{val}"
            elif style == "kebab":
                name = f"{base.replace('_', '-')}-{pre}-{val}"
            else:
                name = f"{camel(base)}{pre.capitalize()}{val}"
            labels = [(cat, val, v.kind if val == v.text else "key_literal")]
        name = name[:64]
        tool[t["name"]] = name
        for c, val, kind in labels:
            assert val in name, (val, name)
            self.label(t["path"] + [t["name"]], "tool_name", c, val, kind)

    def tool_description(self, items):
        d = self.d
        t = pick(d.tools)
        tool = get_at(d.root, t["path"])
        tool[t["desc"]] = (
            (tool.get(t["desc"], "").rstrip() + " " + sentence(items)).strip()
            if chance(0.75)
            else sentence(
                items,
                [
                    "Runs only for {f}.",
                    "Hard-wired to {f} during the pilot.",
                    "Internal: used by the desk for {f}.",
                    "Wraps the legacy endpoint; test record {f}.",
                ],
            )
        )
        for c, v in items:
            self.label(t["path"] + [t["desc"]], "tool_description", c, v.text, v.kind)

    def metadata(self, items):
        d = self.d
        cat, v = items[0]
        ident_slots = [m for m in d.meta if m[0] in ("user_id", "user", "safety_identifier")]
        if (
            len(items) == 1
            and ident_slots
            and cat in ("EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "MRN", "HEALTH_PLAN_ID", "US_SSN")
            and chance(0.8)
        ):
            kind, cpath, key = pick(ident_slots)
            if cat == "PERSON":
                pid = v.person.ident(pick(["dot", "kebab", "snake"]))
                val = pid
                text = pick(["{}", "pt-{}", "{}@portal"]).format(pid)
                k = "key_literal"
            elif cat == "PHONE_NUMBER":
                n = valid_us_number() if chance(0.5) else valid_intl_number(pick(INTL_REGIONS))
                val = text = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
                k = "e164"
            else:  # ids that do not name their kind get a cue
                cue = {
                    "MRN": ["mrn:{}", "chart-{}"],
                    "HEALTH_PLAN_ID": ["member:{}", "mbr-{}"],
                    "US_SSN": ["ssn:{}"],
                }.get(cat, ["{}", "user:{}"])
                val, text, k = v.text, pick(cue).format(v.text), v.kind
            get_at(d.root, cpath)[key] = text
            self.label([*cpath, key], "metadata", cat, val, k)
            return
        slots = [m for m in d.meta if m[0] in ("comment", "x", "annotations_title")]
        kind, cpath, key = pick(slots)
        if kind == "comment" and chance(0.5):
            hp, _, _ = self.choose_host()
            cpath = hp
        cont = get_at(d.root, cpath)
        if kind == "annotations_title":
            text = f"{cont.get('title', 'Lookup')} - {', '.join(frag(c, x) for c, x in items)}"
        elif (
            kind == "x"
            and len(items) == 1
            and cat in SELF_EVIDENT
            and v.kind not in ("plate", "secret_hex_secret", "secret_b64_secret", "secret_password")
            and chance(0.4)
        ):
            text = v.embed
        else:
            text = sentence(items, COMMENT_SENT)
        if ptr([*cpath, key]) in d.used:
            key = key + "-2"
        cont[key] = text
        for c, x in items:
            self.label([*cpath, key], "metadata", c, x.text, x.kind)


# ---- file-name plants
FMT_SUFFIX = {
    "anthropic_tools": ".tools.json",
    "openai_tools": ".tools.json",
    "anthropic_request_tools": ".request.json",
    "anthropic_request_output": ".request.json",
    "openai_chat": ".request.json",
    "openai_responses": ".request.json",
    "mcp_tool": ".json",
    "mcp_list": ".mcp.json",
    "gemini_decl": ".functions.json",
    "gemini_request": ".request.json",
    "openapi": ".openapi.json",
    "jsonschema": ".schema.json",
}


def file_name_plant(cats, fmt):
    """returns (stem, labels) where labels are (cat, value, kind)."""
    sfx = FMT_SUFFIX[fmt]
    what = pick(["mri-order", "intake", "consent", "discharge", "labs", "referral", "claim", "eligibility", "export"])
    if cats[0] == "PERSON":
        p = v_person("ident").person
        style = pick(["pascal_snake", "kebab", "snake", "pascal_snake"])
        pid = p.ident(style)
        labels = [("PERSON", pid, f"{style}_joined")]
        if len(cats) > 1:
            ymd = rand_dob()
            dob = fmt_dob(ymd, pick(["iso", "compact", "iso"]))
            labels.append(("DATE_OF_BIRTH", dob, "key_literal"))
            stem = {
                "pascal_snake": f"{pid}_DOB_{dob}_{what}",
                "kebab": f"{pid}-{dob}-{what}",
                "snake": f"{what}_{pid}_{dob}",
            }[style]
        else:
            stem = {"pascal_snake": f"{pid}_{what}", "kebab": f"{what}-{pid}", "snake": f"{pid}_{what}"}[style]
        return stem + sfx, labels
    cat = cats[0]
    if cat == "EMAIL_ADDRESS":
        v = v_email()
        return f"{v.text}{pick(['_prefs', '.settings', '_notifications'])}{sfx}", [(cat, v.text, "literal")]
    if cat == "IP_ADDRESS" and chance(0.5):
        ip = ipv4()
        return f"fw-allow-{ip}{sfx}", [(cat, ip, "ipv4")]
    if cat == "PHONE_NUMBER" and chance(0.5):
        n = valid_us_number() if chance(0.5) else valid_intl_number(pick(INTL_REGIONS))
        e = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        return f"sms-{e}{sfx}", [(cat, e, "e164")]
    if cat == "DATE_OF_BIRTH":
        ymd = rand_dob()
        dob = fmt_dob(ymd, pick(["iso", "compact"]))
        return f"{what}_dob_{dob}{sfx}", [(cat, dob, "key_literal")]
    v = GEN[cat]("ident")
    val = re.sub(r"[^A-Za-z0-9_\-]", "_", v.text)
    pre = pick(KEY_PREFIX.get(cat, ["id"]))
    return f"{pick([pre + '_' + val + '_' + what, what + '-' + pre + '-' + val, pre + val])}{sfx}", [
        (cat, val, v.kind if val == v.text else "key_literal")
    ]


# =====================================================================================
# hard negatives (category NONE)
# =====================================================================================
NEG_LABEL_KEYS = [
    "insMemberNo",
    "dtOfBirth",
    "ptDOB",
    "medRecNum",
    "encounterFin",
    "hcn",
    "lic_no",
    "regPlate",
    "tagNo",
    "devSerial",
    "ipAddr",
    "mobileNo",
    "personalSite",
    "guarantorAcct",
    "subscr_id",
    "BENE_BIRTH_DT",
    "MBI",
    "HICN",
    "ssnNbr",
    "emailAddr",
    "apiToken",
    "clientSecret",
    "udiCarrier",
    "DriverLicenseNumber",
    "familyName",
    "givenName",
    "telecom",
    "streetAddressLine",
    "zipPlus4",
    "handsetImei",
    "macAddr",
    "vinNumber",
    "BENE_ZIP_CD",
    "payerMemberId",
    "NK1_NAME",
    "Pid19Ssn",
]
NEG_KEY_NODE = {
    "telecom": {
        "type": "array",
        "items": {"type": "object", "properties": {"system": {"type": "string"}, "value": {"type": "string"}}},
    },
    "udiCarrier": {
        "type": "object",
        "properties": {"deviceIdentifier": {"type": "string"}, "carrierHRF": {"type": "string"}},
    },
}
NEG_REGEX = [
    (
        "mbiFormat",
        r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$",
    ),
    ("hicnFormat", r"^\d{9}[A-Z]\d?$"),
    ("vinFormat", r"^[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{8}$"),
    ("e164", r"^\+[1-9]\d{1,14}$"),
    (
        "ipv6",
        r"^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|::([0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4})$",
    ),
    ("ipv4", r"^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$"),
    ("macFormat", r"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$"),
    ("imeiFormat", r"^\d{15}$"),
    ("caDlFormat", r"^[A-Z]\d{7}$"),
    ("flDlFormat", r"^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$"),
    ("itinFormat", r"^9\d{2}-(5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])-\d{4}$"),
    ("zipPlus4Format", r"^\d{5}-\d{4}$"),
    ("ukPostcode", r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"),
    ("ibanFormat", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"),
    ("npiFormat", r"^\d{10}$"),
    ("udiGs1", r"^\(01\)\d{14}(\(17\)\d{6})?(\(10\)[!-z]{1,20})?(\(21\)[!-z]{1,20})?$"),
    ("awsKeyIdFormat", r"^(AKIA|ASIA)[A-Z2-7]{16}$"),
    ("githubPatFormat", r"^ghp_[A-Za-z0-9]{36}$"),
    ("compactDate", r"^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$"),
    ("nanpPhone", r"^\(?([2-9][0-8][0-9])\)?[-. ]?([2-9][0-9]{2})[-. ]?([0-9]{4})$"),
]
NEG_REGEX_PROPS = [r"^\d{3}-\d{2}-\d{4}$", r"^[A-Z]\d{8}$", r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$", r"^x-[a-z0-9-]+$"]
NEG_CODES = [
    ("administrativeSex", ["F", "M", "O", "U", "A", "N"], "HL7 v2 table 0001."),
    ("maritalStatus", ["A", "D", "M", "S", "W", "P"], "HL7 v2 table 0002."),
    ("countryOfBirth", ["VNM", "POL", "NGA", "BRA", "IND"], "ISO 3166-1 alpha-3."),
    ("rxcui", ["197361", "310965", "860975", "314076"], "RxNorm concept ids allowed in this formulary."),
    ("loincPanel", ["8480-6", "8462-4", "2093-3", "4544-3"], "LOINC codes."),
    ("typeOfBill", ["0111", "0131", "0831", "0851"], "NUBC type of bill."),
    ("cptCode", ["99213", "99214", "99395", "93000"], "CPT evaluation and management or diagnostic code."),
    ("dischargeStatus", ["01", "02", "06", "20", "30"], "NUBC patient discharge status."),
    ("placeOfService", ["02", "10", "11", "22"], "CMS place of service."),
    ("relationshipCode", ["MTH", "FTH", "SPS", "CHILD", "GRPRN"], "v3 RoleCode."),
    ("dateFormat", ["ISO-8601", "RFC-3339", "RFC-2822"], "Serialisation of timestamps."),
    ("productCode", ["ABC-1234", "KLM-2201", "QRS-0450"], "Internal catalogue codes."),
    ("ndc", ["0002-8215-01", "0169-4132-12", "50090-2875-0"], "NDC package codes."),
    ("hcpcs", ["G0438", "J3490", "A0428"], "HCPCS Level II."),
    ("providerTaxonomy", ["207Q00000X", "363LF0000X", "208D00000X"], "NUCC taxonomy."),
    ("revenueCode", ["0450", "0300", "0636"], "UB-04 revenue codes."),
    ("usStateFips", ["06", "36", "48", "17"], "FIPS state codes."),
]
NEG_PLACEHOLDER = [
    ("callbackNum", "+1-202-555-0173", "examples"),
    ("contactTel", "(312) 555-0114", "default"),
    ("emailAddr", "jan.kowalski@example.org", "examples"),
    ("notifyEmail", "patient@example.net", "default"),
    ("portalUrl", "https://portal.example.com/chart?patient={id}", "default"),
    ("ipAddr", "2001:db8::1", "examples"),
    ("peerAddress", "2001:db8:85a3::8a2e:370:7334", "default"),
    ("callerIp", "203.0.113.7", "examples"),
    ("clientIp", "198.51.100.42", "const"),
    ("remoteAddr", "192.0.2.10", "default"),
    ("cardPan", "4111 1111 1111 1111", "examples"),
    ("apiKey", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "examples"),
    ("ibanNumber", "GB82 WEST 1234 5698 7654 32", "examples"),
    ("ssnNbr", "000-00-0000", "default"),
    ("tinOrSsn", "987-65-4321", "examples"),
    ("accessKey", "AKIAIOSFODNN7EXAMPLE", "examples"),
    ("secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "default"),
    ("ukPhone", "+44 20 7946 0958", "examples"),
    ("auMobile", "0491 570 156", "examples"),
    ("macAddr", "00:00:5E:00:53:01", "examples"),
    ("insuredName", "John Doe", "default"),
    ("guarantorName", "Jane Q. Public", "examples"),
    ("MBI", "1EG4-TE5-MK73", "examples"),
    ("vinNumber", "1M8GDM9AXKP042788", "examples"),
    ("githubToken", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "default"),
    ("openaiKey", "<YOUR_OPENAI_API_KEY>", "default"),
    ("stripeKey", "${STRIPE_SECRET_KEY}", "default"),
    ("chartNo", "CHART XXXXXXXX", "examples"),
    ("sourceAddressPrefix", "Allow 10.0.0.0/8 and 172.16.0.0/12 only; deny everything else.", "description"),
    ("allowedRanges", "Example rule: 198.51.100.0/24 -> 443/tcp.", "description"),
]
NEG_VERSION = [
    ("schema", None),
    ("anthropicVersion", "2023-06-01"),
    ("apiVersion", "2024-06-20"),
    ("azureApiVersion", "2023-09-01-preview"),
    ("fhirVersion", "4.0.1"),
    ("x-api-version", "2025-01-15"),
    ("deprecated_desc", "Deprecated since 2023-10-16; use v2 of this field."),
    ("schemaVersion", "3.2.1"),
    ("x-released", "2024-03-05"),
    ("file", "2024-10-22_release"),
    ("file", "2025-02-18_changelog"),
]
NEG_NAMEWORDS = [
    ("birthMonth", ["April", "May", "June", "July"], "enum"),
    ("clinicCity", "Austin", "default"),
    ("vehicleModel", "Lincoln Navigator", "const"),
    ("shipCountry", ["Jordan", "Georgia", "Chad"], "enum"),
    ("branchCity", "Madison", "default"),
    ("documentType", ["Will", "Trust", "Power of Attorney"], "enum"),
    ("vehicleMake", "Mercedes", "default"),
    ("bank", ["Chase", "Citi", "Ally"], "enum"),
    ("carrier", "Amazon", "default"),
    ("siteCity", "Florence", "const"),
    ("auState", "Victoria", "default"),
    ("airport", "Sydney", "default"),
    ("language", ["Ruby", "Go", "Rust"], "enum"),
    ("colour", "Olive", "default"),
    ("riceVariety", "Jasmine", "const"),
    ("hubCity", "Charlotte", "default"),
    ("title", "DevToolPortalProperties", "title"),
    ("title", "EnqueueServerProperties", "title"),
    ("title", "WeatherForecastRequest", "title"),
    ("title", "HarperReviewSettings", "title"),
]
NEG_CATWORDS = [
    ("title", "PID-19 SSN Number - Patient"),
    ("title", "Insured's ID Number (IN1-49)"),
    ("description", "Coverage.subscriberId: the insurer-assigned identifier for the subscriber."),
    ("description", "Date of birth of the beneficiary as recorded by SSA (BENE_BIRTH_DT), YYYYMMDD."),
    ("description", "Device.udiCarrier.carrierHRF: the full UDI carrier in human-readable form."),
    ("description", "Driver's license number of the patient (PID-20). Never log this field."),
    ("description", "IMEI of the handset registered for two-factor prompts."),
    ("description", "Guarantor account number from GT1; used for statements only."),
    ("description", "MAC address of the bedside monitor, colon separated."),
    ("description", "The member's Medicare Beneficiary Identifier, 11 characters, no dashes."),
    ("description", "Medical record number in the house style of the sending facility."),
    ("description", "ZIP+4 of the patient's residence, used to pick the network."),
    ("title", "Patient Account Number (PID-18)"),
    ("title", "Next of kin phone"),
    ("description", "VIN of the vehicle involved in a motor-vehicle accident claim (17 characters)."),
]
NEG_TOOLWORDS = [
    ("name", "get_patient_by_mbi"),
    ("name", "searchGuarantorAccounts"),
    ("name", "verify-dl-number"),
    ("name", "lookup_insured_id"),
    ("name", "resolveChartNumber"),
    ("name", "fetch_beneficiary_dob"),
    ("description", "Returns the insured's ID number (IN1-49) for a claim."),
    ("description", "Finds the device record for an IMEI or MAC address."),
    ("description", "Looks up a member by Medicare Beneficiary Identifier and date of birth."),
    ("description", "Masks SSNs, phone numbers and e-mail addresses in free text before it is stored."),
]
NEG_FILEWORDS = [
    "insured-member-lookup",
    "pid-segment-mapping",
    "dob_reconciliation",
    "guarantor_account",
    "vin-decoder",
    "mbi-eligibility",
    "ssn-masking-rules",
]


# which pool entries fit a healthcare ("h") or a general ("g") tool; untagged entries fit both
NEG_TAGS = {
    "key": {
        "h": [
            "insMemberNo",
            "dtOfBirth",
            "ptDOB",
            "medRecNum",
            "encounterFin",
            "hcn",
            "guarantorAcct",
            "subscr_id",
            "BENE_BIRTH_DT",
            "MBI",
            "HICN",
            "udiCarrier",
            "telecom",
            "BENE_ZIP_CD",
            "payerMemberId",
            "NK1_NAME",
            "Pid19Ssn",
            "familyName",
            "givenName",
        ]
    },
    "codes": {
        "g": ["productCode"],
        "h": [
            "administrativeSex",
            "maritalStatus",
            "countryOfBirth",
            "rxcui",
            "loincPanel",
            "typeOfBill",
            "cptCode",
            "dischargeStatus",
            "placeOfService",
            "relationshipCode",
            "ndc",
            "hcpcs",
            "providerTaxonomy",
            "revenueCode",
        ],
    },
    "rx": {"h": ["mbiFormat", "hicnFormat", "npiFormat", "udiGs1", "itinFormat"]},
    "nw": {
        "g": [
            "vehicleModel",
            "shipCountry",
            "branchCity",
            "vehicleMake",
            "bank",
            "carrier",
            "airport",
            "language",
            "colour",
            "riceVariety",
            "hubCity",
        ],
        "h": ["clinicCity", "documentType"],
    },
    "cw": {},
}


class NegPools:
    def __init__(self):
        self.i = {}

    def take(self, name, pool, health=None):
        tags = NEG_TAGS.get(name, {})
        k = self.i.get(name, 0)
        for step in range(len(pool)):
            item = pool[(k + step) % len(pool)]
            head = item[0] if isinstance(item, tuple) else item
            bad = tags.get("g" if health else "h", []) if health is not None else []
            if head not in bad:
                self.i[name] = k + step + 1
                return item
        self.i[name] = k + 1
        return pool[k % len(pool)]


NP = NegPools()


def plant_neg(pl: Plant, kind):
    d = pl.d
    health = DOMAINS[d.domain][1]
    if kind == "category_label_key":
        key = NP.take("key", NEG_LABEL_KEYS, health)
        node = deep(NEG_KEY_NODE.get(key, {"type": "string", "maxLength": R.randint(8, 64)}))
        if d.gemini:
            node = to_gemini(node)
        path = pl.add_prop(pl.choose_host(), key, node)
        key = path[-1]
        pl.label(path, "property_name", "NONE", key, kind)
    elif kind == "format_regex":
        if not d.strict and chance(0.15):
            rx = NP.take("rxprop", NEG_REGEX_PROPS)
            path, obj, _ = pl.choose_host()
            obj.setdefault("patternProperties", {})[rx] = {"type": "string"}
            pl.label([*path, "patternProperties", rx], "pattern_property", "NONE", rx, kind)
            return
        key, rx = NP.take("rx", NEG_REGEX, health)
        path = pl.add_prop(pl.choose_host(), key, {"type": "string", "pattern": rx})
        pl.label([*path, "pattern"], "pattern", "NONE", rx, kind)
    elif kind == "code_enum":
        key, vals, desc = NP.take("codes", NEG_CODES, health)
        vals = vals[: R.randint(3, min(4, len(vals)))]
        node = {"type": pl.typ("string"), "description": desc, "enum": list(vals)}
        if d.gemini:
            node["format"] = "enum"
        path = pl.add_prop(pl.choose_host(), key, node)
        for i, v in enumerate(vals):
            pl.label([*path, "enum", i], "enum", "NONE", v, kind)
    elif kind == "code_id":  # opaque artifact ids labelled as code_enum
        if "$id" in d.root and isinstance(d.root, dict):
            u = "urn:uuid:" + "-".join(rand_from(HEXL, n) for n in (8, 4, 4, 4, 12))
            d.root["$id"] = u
            pl.label(["$id"], "metadata", "NONE", u, "code_enum")
        else:
            h = hashlib.sha256(str(R.random()).encode()).hexdigest()
            path = pl.add_prop(
                pl.choose_host(),
                "schemaDigest",
                {"type": pl.typ("string"), "const" if not d.gemini else "description": f"sha256:{h}"},
            )
            pl.label(
                path + (["const"] if not d.gemini else ["description"]),
                "const" if not d.gemini else "description",
                "NONE",
                f"sha256:{h}",
                "code_enum",
            )
    elif kind == "reserved_placeholder":
        key, val, surf = NP.take("ph", NEG_PLACEHOLDER)
        if d.gemini and surf in ("const", "examples", "default"):
            surf = "enum"
        node = {"type": pl.typ("string")}
        path = pl.add_prop(pl.choose_host(), key, node)
        if surf == "enum":
            node["enum"] = [val]
            if d.gemini:
                node["format"] = "enum"
            pl.label([*path, "enum", 0], "enum", "NONE", val, kind)
        elif surf == "examples":
            node["examples"] = [val]
            pl.label([*path, "examples", 0], "examples", "NONE", val, kind)
        elif surf == "description":
            node["description"] = val
            pl.label([*path, "description"], "description", "NONE", val, kind)
        else:
            node[surf] = val
            pl.label([*path, surf], surf, "NONE", val, kind)
    elif kind == "version_date":
        key, val = NP.take("ver", [x for x in NEG_VERSION if x[0] != "file"])
        if key == "schema":
            sp = pick(d.schemas)
            s = get_at(d.root, sp)
            if d.gemini or "$schema" in s:
                key, val = "anthropicVersion", "2023-06-01"
            else:
                s["$schema"] = pick(
                    ["https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema"]
                )
                pl.label([*sp, "$schema"], "metadata", "NONE", s["$schema"], kind)
                return
        if key.startswith("x-") and not d.gemini:
            cont_path = pick([m[1] for m in d.meta if m[0] in ("x", "comment")] or [d.schemas[0]])
            get_at(d.root, cont_path)[key] = val
            pl.label([*cont_path, key], "metadata", "NONE", val, kind)
            return
        if key == "deprecated_desc":
            path = pl.add_prop(pl.choose_host(), "legacyCode", {"type": pl.typ("string"), "description": val})
            pl.label([*path, "description"], "description", "NONE", val, kind)
            return
        if key.startswith("x-"):
            key = camel(key[2:])
        node = {"type": pl.typ("string")}
        path = pl.add_prop(pl.choose_host(), key, node)
        if d.gemini:
            node["enum"] = [val]
            node["format"] = "enum"
            pl.label([*path, "enum", 0], "enum", "NONE", val, kind)
        else:
            node["const"] = val
            pl.label([*path, "const"], "const", "NONE", val, kind)
    elif kind == "name_like_word":
        key, val, surf = NP.take("nw", NEG_NAMEWORDS, health)
        if surf == "title":
            path, obj, _ = pl.choose_host()
            if ptr([*path, "title"]) in d.used:
                path = pl.add_prop(
                    (path, obj, 0),
                    "settings",
                    {"type": pl.typ("object"), "properties": {"enabled": {"type": pl.typ("boolean")}}},
                )
                obj = get_at(d.root, path)
            obj["title"] = val
            pl.label([*path, "title"], "title", "NONE", val, kind)
            return
        if d.gemini and surf == "const":
            surf = "enum"
            val = [val]
        node = {"type": pl.typ("string")}
        path = pl.add_prop(pl.choose_host(), key, node)
        if surf == "enum":
            node["enum"] = list(val)
            if d.gemini:
                node["format"] = "enum"
            for i, v in enumerate(val):
                pl.label([*path, "enum", i], "enum", "NONE", v, kind)
        else:
            node[surf] = val
            pl.label([*path, surf], surf, "NONE", val, kind)
    elif kind == "category_words_text":
        surf, text = NP.take("cw", NEG_CATWORDS)
        key = pick(["identifier", "value", "field", "ref", "code", "text"])
        node = {"type": pl.typ("string"), surf: text}
        path = pl.add_prop(pl.choose_host(), key, node)
        pl.label([*path, surf], surf, "NONE", text, kind)
    elif kind == "tool_category_words":
        which, text = NP.take("tw", NEG_TOOLWORDS)
        free = [i for i in range(len(d.tools)) if i not in d.renamed]
        if which == "name" and free:
            i = pick(free)
            d.renamed.append(i)
            t = d.tools[i]
            get_at(d.root, t["path"])[t["name"]] = text
            pl.label(t["path"] + [t["name"]], "tool_name", "NONE", text, kind)
        else:
            if which == "name":
                text = "Looks up a patient record by chart number and date of birth."
            cands = [t for t in d.tools if ptr(t["path"] + [t["desc"]]) not in d.used]
            if not cands:
                return plant_neg(pl, "category_words_text")
            t = pick(cands)
            get_at(d.root, t["path"])[t["desc"]] = text
            pl.label(t["path"] + [t["desc"]], "tool_description", "NONE", text, kind)
    else:
        raise ValueError(kind)


# =====================================================================================
# plan: which (surface, category) labels exist, how they group, which file they go to
# =====================================================================================
SURF_TARGET = {
    "property_name": 42,
    "enum": 54,
    "const": 36,
    "pattern": 32,
    "pattern_property": 15,
    "title": 26,
    "description": 52,
    "examples": 36,
    "default": 31,
    "tool_name": 21,
    "tool_description": 33,
    "file_name": 18,
    "metadata": 18,
}
CAT_TARGET = {c: 24 for c in CATEGORIES}
CAT_TARGET["PERSON"] = 46
CAT_TARGET["DATE_OF_BIRTH"] = 32
_NO_KEY = ["STREET_ADDRESS", "ZIP_CODE", "URL", "SECRET"]
ALLOWED = {
    "property_name": [c for c in CATEGORIES if c not in _NO_KEY],
    "enum": CATEGORIES,
    "const": CATEGORIES,
    "examples": CATEGORIES,
    "default": CATEGORIES,
    "description": CATEGORIES,
    "tool_description": CATEGORIES,
    "metadata": CATEGORIES,
    "pattern": [c for c in CATEGORIES if c != "STREET_ADDRESS"],
    "pattern_property": [
        "PERSON",
        "MRN",
        "US_SSN",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "HEALTH_PLAN_ID",
        "ACCOUNT_NUMBER",
        "DEVICE_ID",
        "VEHICLE_ID",
        "IP_ADDRESS",
        "LICENSE_NUMBER",
    ],
    "title": [c for c in CATEGORIES if c != "SECRET"],
    "tool_name": [
        "PERSON",
        "DATE_OF_BIRTH",
        "MRN",
        "US_SSN",
        "PHONE_NUMBER",
        "HEALTH_PLAN_ID",
        "ACCOUNT_NUMBER",
        "LICENSE_NUMBER",
        "DEVICE_ID",
        "VEHICLE_ID",
        "IP_ADDRESS",
    ],
    "file_name": [
        "PERSON",
        "DATE_OF_BIRTH",
        "MRN",
        "US_SSN",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "HEALTH_PLAN_ID",
        "ACCOUNT_NUMBER",
        "LICENSE_NUMBER",
        "DEVICE_ID",
        "VEHICLE_ID",
        "IP_ADDRESS",
    ],
}
SURF_ORDER = [
    "tool_name",
    "file_name",
    "pattern_property",
    "property_name",
    "title",
    "pattern",
    "metadata",
    "tool_description",
    "const",
    "default",
    "examples",
    "description",
    "enum",
]
NEG_PLAN = [
    ("code_enum", 11),
    ("code_id", 2),
    ("category_label_key", 22),
    ("reserved_placeholder", 24),
    ("name_like_word", 16),
    ("format_regex", 17),
    ("version_date", 11),
    ("category_words_text", 14),
    ("tool_category_words", 10),
]
NEG_FILE_PLAN = [("file_name_category_words", w) for w in NEG_FILEWORDS[:6]] + [
    ("version_date", w) for w in ["2024-10-22_release", "2025-02-18_changelog"]
]
FORMATS = [
    ("anthropic_tools", 30),
    ("anthropic_request_tools", 18),
    ("anthropic_request_output", 10),
    ("openai_tools", 24),
    ("openai_chat", 14),
    ("openai_responses", 12),
    ("mcp_tool", 20),
    ("mcp_list", 8),
    ("gemini_decl", 9),
    ("gemini_request", 7),
    ("openapi", 30),
    ("jsonschema", 48),
]
FOLDER = {
    "anthropic_tools": "anthropic-tools",
    "anthropic_request_tools": "anthropic-requests",
    "anthropic_request_output": "anthropic-requests",
    "openai_tools": "openai-tools",
    "openai_chat": "openai-requests",
    "openai_responses": "openai-requests",
    "mcp_tool": "mcp-tools",
    "mcp_list": "mcp-tools",
    "gemini_decl": "gemini",
    "gemini_request": "gemini",
    "openapi": "openapi",
    "jsonschema": "jsonschema",
}
TOOL_FMTS = [
    "anthropic_tools",
    "anthropic_request_tools",
    "openai_tools",
    "openai_chat",
    "openai_responses",
    "mcp_tool",
    "mcp_list",
    "gemini_decl",
    "gemini_request",
]
STRICT_FMTS = ["anthropic_request_tools", "openai_tools", "openai_chat", "openai_responses"]


def plan_labels():
    count = {c: 0 for c in CATEGORIES}
    per = {}
    out = []
    for s in SURF_ORDER:
        for _ in range(SURF_TARGET[s]):
            allowed = ALLOWED[s]
            if s == "tool_name":
                allowed = [c for c in allowed if c != "DATE_OF_BIRTH" or per.get((s, "DATE_OF_BIRTH"), 0) < 4]
            best = max(allowed, key=lambda c: (CAT_TARGET[c] - count[c]) - 2.5 * per.get((s, c), 0) + R.random() * 2.0)
            count[best] += 1
            per[(s, best)] = per.get((s, best), 0) + 1
            out.append((s, best))
    return out


def group_labels(labels):
    by_s = {}
    for s, c in labels:
        by_s.setdefault(s, []).append(c)
    groups = []
    for s in SURF_ORDER:
        cats = by_s.get(s, [])
        R.shuffle(cats)
        if s in ("property_name", "tool_name", "file_name"):
            persons = [c for c in cats if c == "PERSON"]
            dobs = [c for c in cats if c == "DATE_OF_BIRTH"]
            others = [c for c in cats if c not in ("PERSON", "DATE_OF_BIRTH")]
            npair = min(len(persons), len(dobs))
            for _ in range(npair):
                groups.append({"surface": s, "cats": ["PERSON", "DATE_OF_BIRTH"]})
            for c in persons[npair:] + dobs[npair:] + others:
                groups.append({"surface": s, "cats": [c]})
        elif s == "enum":
            cats.sort(key=lambda c: CATEGORIES.index(c))
            i = 0
            while i < len(cats):
                n = pick([1, 1, 2, 2, 3])
                j = i + 1
                while j < len(cats) and j - i < n and cats[j] == cats[i]:
                    j += 1
                groups.append({"surface": s, "cats": cats[i:j]})
                i = j
        elif s == "examples":
            i = 0
            while i < len(cats):
                if i + 1 < len(cats) and cats[i + 1] == cats[i] and chance(0.5):
                    groups.append({"surface": s, "cats": cats[i : i + 2]})
                    i += 2
                else:
                    groups.append({"surface": s, "cats": [cats[i]]})
                    i += 1
        elif s in ("description", "tool_description", "metadata", "pattern"):
            i = 0
            while i < len(cats):
                if (
                    i + 1 < len(cats)
                    and cats[i + 1] != cats[i]
                    and chance(0.33 if s != "pattern" else 0.15)
                    and not (s == "pattern" and "STREET_ADDRESS" in cats[i : i + 2])
                ) or (s == "pattern" and i + 1 < len(cats) and cats[i + 1] == cats[i] and chance(0.6)):
                    groups.append({"surface": s, "cats": cats[i : i + 2]})
                    i += 2
                else:
                    groups.append({"surface": s, "cats": [cats[i]]})
                    i += 1
        else:
            for c in cats:
                groups.append({"surface": s, "cats": [c]})
    for g in groups:
        g["kind"] = "pos"
    return groups


def compatible(g, f):
    fmt = f["fmt"]
    s = g.get("surface")
    if g["kind"] == "neg":
        k = g["neg"]
        if k == "tool_category_words":
            return fmt in TOOL_FMTS
        if k == "format_regex":
            return not fmt.startswith("gemini")
        if k in ("file_name_category_words", "version_file"):
            return not f["file_named"]
        if k == "code_id":
            return fmt == "jsonschema" or not fmt.startswith("gemini")
        return True
    if s in ("tool_name", "tool_description"):
        if fmt not in TOOL_FMTS:
            return False
        if s == "tool_name":
            maxt = 1 if fmt == "mcp_tool" else 3
            return f["tool_names"] < maxt
        return True
    if s == "metadata":
        return not fmt.startswith("gemini")
    if s in ("pattern", "const"):
        return not fmt.startswith("gemini")
    if s == "pattern_property":
        return not fmt.startswith("gemini") and fmt not in STRICT_FMTS
    if s == "file_name":
        return not f["file_named"]
    return True


def allocate(groups):
    files = []
    for fmt, n in FORMATS:
        for _ in range(n):
            files.append(
                {"fmt": fmt, "cap": pick([1, 2, 2, 3, 3, 3, 4, 4]), "groups": [], "file_named": False, "tool_names": 0}
            )

    def w(g):
        if g["kind"] == "neg":
            return {"code_enum": 3, "name_like_word": 2}.get(g["neg"], 1)
        return len(g["cats"])

    def load(f):
        return sum(w(g) for g in f["groups"])

    R.shuffle(files)
    prio = {"tool_name": 0, "file_name": 1, "pattern_property": 2, "tool_description": 3, "metadata": 4}

    def gprio(g):
        if g["kind"] == "neg":
            return {"tool_category_words": 0, "file_name_category_words": 1, "version_file": 1}.get(g["neg"], 6)
        return prio.get(g["surface"], 5)

    order = sorted(range(len(groups)), key=lambda i: (gprio(groups[i]), R.random()))
    for gi in order:
        g = groups[gi]
        cands = [
            f for f in files if compatible(g, f) and load(f) + w(g) <= max(f["cap"], w(g) if not f["groups"] else 0)
        ]
        if not cands:
            cands = [f for f in files if compatible(g, f)]
            f = min(cands, key=lambda f: (load(f), R.random()))
        else:
            f = max(cands, key=lambda f: (f["cap"] - load(f), R.random()))
        f["groups"].append(g)
        if g.get("surface") == "file_name" or (
            g["kind"] == "neg" and g["neg"] in ("file_name_category_words", "version_file")
        ):
            f["file_named"] = True
        if g.get("surface") == "tool_name" or (g["kind"] == "neg" and g["neg"] == "tool_category_words"):
            f["tool_names"] += 1
    return [f for f in files if f["groups"]]


def choose_domain(f):
    need_tools = sum(1 for g in f["groups"] if g.get("surface") == "tool_name" or g.get("neg") == "tool_category_words")
    cats = [c for g in f["groups"] if g["kind"] == "pos" for c in g["cats"]]
    health_neg = any(g.get("neg") in ("category_words_text", "tool_category_words", "code_enum") for g in f["groups"])
    best, bs = None, -1e9
    for name, (fn, health, aff) in DOMAINS.items():
        if len(fn()) < max(need_tools + (1 if chance(0.3) else 0), 1):
            continue
        sc = sum(1.0 for c in cats if c in aff) + (0.6 if health and health_neg else 0) + R.random() * 1.6
        if sc > bs:
            best, bs = name, sc
    return best


# =====================================================================================
# main
# =====================================================================================
def plant_pos(pl: Plant, g):
    s, cats = g["surface"], g["cats"]
    if s == "tool_name":
        return pl.tool_name(cats)
    if s == "property_name":
        return pl.property_name(cats)
    if s == "pattern_property":
        return pl.pattern_property(cats[0])
    items = []
    for c in cats:
        v = GEN[c]("text")
        for _ in range(20):
            if not (s in ("pattern", "title") and "\n" in v.embed):
                break
            v = GEN[c]("text")
        items.append((c, v))
    if s == "tool_description":
        return pl.tool_description(items)
    if s == "metadata":
        return pl.metadata(items)
    if s == "description":
        r = R.random()
        if r < 0.45:
            return pl.value_surface("description", items)
        if r < 0.8:
            return pl.stray_description(items)
        return pl.host_description(items)
    return pl.value_surface(s, items)


def default_name(doc, fmt, i):
    first = doc.orig_name or doc.domain
    first = re.sub(r"[^A-Za-z0-9_\-]", "_", first)[:40]
    stem = pick(
        [
            f"{doc.domain}.{first}",
            f"{first}",
            f"{doc.domain}-{first}",
            f"{i % 97:02d}_{first}",
            f"{doc.domain}_{first}_v{R.randint(1, 4)}",
        ]
    )
    return stem + FMT_SUFFIX[fmt]


def dump(root):
    style = R.random()
    if style < 0.75:
        return json.dumps(root, indent=2, ensure_ascii=False) + "\n"
    if style < 0.92:
        return json.dumps(root, indent=4, ensure_ascii=False) + "\n"
    return json.dumps(root, ensure_ascii=False, separators=(",", ":"))


def main():
    plan = plan_labels()
    groups = group_labels(plan)
    for k, n in NEG_PLAN:
        groups += [{"kind": "neg", "neg": k} for _ in range(n)]
    for k, w in NEG_FILE_PLAN:
        groups.append({"kind": "neg", "neg": "version_file" if k == "version_date" else k, "word": w})
    files = allocate(groups)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    all_labels = []
    names = []
    for fi, f in enumerate(files):
        fmt = f["fmt"]
        domain = choose_domain(f)
        need = sum(1 for g in f["groups"] if g.get("surface") == "tool_name" or g.get("neg") == "tool_category_words")
        ntools = 1 if fmt == "mcp_tool" else max(need, pick([1, 2, 2, 3, 3, 4]))
        doc = build_doc(fmt, domain, ntools)
        if doc.tools:
            doc.orig_name = get_at(doc.root, doc.tools[0]["path"])[doc.tools[0]["name"]]
        elif fmt == "jsonschema":
            doc.orig_name = doc.root.get("title", "schema")
        pl = Plant(doc)
        fname, file_labels = None, []
        pos = [g for g in f["groups"] if g["kind"] == "pos"]
        neg = [g for g in f["groups"] if g["kind"] == "neg"]
        for g in pos:
            if g["surface"] == "file_name":
                fname, fl = file_name_plant(g["cats"], fmt)
                file_labels += [
                    {"pointer": "", "surface": "file_name", "category": c, "value": v, "kind": k} for c, v, k in fl
                ]
            else:
                plant_pos(pl, g)
        for g in neg:
            k = g["neg"]
            if k in ("file_name_category_words", "version_file"):
                fname = g["word"] + FMT_SUFFIX[fmt]
                file_labels.append(
                    {
                        "pointer": "",
                        "surface": "file_name",
                        "category": "NONE",
                        "value": g["word"],
                        "kind": "version_date" if k == "version_file" else k,
                    }
                )
                continue
            if k == "tool_category_words" and not doc.tools:
                k = "category_words_text"
            plant_neg(pl, k)
        if fname is None:
            fname = default_name(doc, fmt, fi)
        stem, n = fname, 2
        while f"{FOLDER[fmt]}/{fname}" in names:
            fname = (
                stem.replace(".json", f"-{n}.json", 1)
                if not stem.endswith(FMT_SUFFIX[fmt])
                else stem[: -len(FMT_SUFFIX[fmt])] + f"-{n}" + FMT_SUFFIX[fmt]
            )
            n += 1
        rel = f"{FOLDER[fmt]}/{fname}"
        names.append(rel)
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(doc.root), encoding="utf-8")
        for lab in doc.labels + file_labels:
            row = {
                "id": "",
                "file": rel,
                "pointer": lab["pointer"],
                "surface": lab["surface"],
                "category": lab["category"],
                "value": lab["value"],
                "kind": lab["kind"],
            }
            if "raw" in lab:
                row["raw"] = lab["raw"]
            row["base"] = f"generated:{fmt}/{domain} (seed {SEED})"
            all_labels.append(row)
    all_labels.sort(key=lambda r: (r["file"], r["pointer"], r["category"], r["value"]))
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for i, row in enumerate(all_labels):
            row["id"] = f"{ID_PREFIX}-{i:04d}"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    pos = [r for r in all_labels if r["category"] != "NONE"]
    print(
        f"wrote {len(names)} files, {len(pos)} positive labels, {len(all_labels) - len(pos)} hard negatives",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
