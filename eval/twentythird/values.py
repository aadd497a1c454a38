"""Value generators for the twentythird set, each with its validator.

Every format is a `Fmt(name, category, gen, render, check, must_cue, doc)`: `gen(rng) -> plain`,
`render(plain) -> written` (what lands in the file), `check(plain) -> bool` (the published rule). The rule each
format follows is named in its `doc` and in the docstring of its helper. stdlib + phonenumbers only.
"""
from __future__ import annotations

import datetime
import ipaddress
import re
import string
import unicodedata
from dataclasses import dataclass
from typing import Callable

import phonenumbers

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = UP + LOW + DIG


@dataclass
class Fmt:
    name: str
    category: str
    gen: Callable
    render: Callable
    check: Callable
    must_cue: bool
    doc: str


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def fold(s: str) -> str:
    """ASCII fold (Unicode NFKD, combining marks dropped) for key-safe name forms."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ------------------------------------------------------------------ check digits
def luhn_digit(payload: str) -> str:
    """ISO/IEC 7812-1 Annex B (Luhn mod 10) check digit for a digit string."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    s = re.sub(r"\D", "", s)
    return len(s) > 1 and luhn_digit(s[:-1]) == s[-1]


def iban_check(country: str, bban: str) -> str:
    """ISO 13616-1 IBAN check digits (ISO 7064 MOD 97-10)."""
    t = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in t))
    return "%02d" % (98 - n % 97)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin: str) -> str:
    """49 CFR 565.15(c): transliterate, weight 8-7-6-5-4-3-2-10-0-9..2, sum mod 11 (10 -> 'X')."""
    s = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def gs1_digit(payload: str) -> str:
    """GS1 General Specifications 7.9.1 mod-10 check digit (weights 3,1 from the right)."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(payload)))
    return str((10 - s % 10) % 10)


# ------------------------------------------------------------------ PERSON
# Hand-written table: (romanised "Given Family", native script or None, culture). Key-safe forms fold diacritics.
NAMES = [
    ("Aino Korhonen", None, "Finnish"),
    ("Zdeňka Dvořáková", None, "Czech"),
    ("Ionuț Bălănescu", None, "Romanian"),
    ("Svetlana Hristova", "Светлана Христова", "Bulgarian (Cyrillic)"),
    ("Neema Mwakilema", None, "Swahili (Tanzania)"),
    ("Kalaiselvi Ramasamy", "கலைச்செல்வி ராமசாமி", "Tamil"),
    ("Sharmin Akter", "শারমিন আক্তার", "Bengali"),
    ("Aigerim Zhaksybekova", "Айгерім Жақсыбекова", "Kazakh"),
    ("Rūta Kazlauskienė", None, "Lithuanian"),
    ("Jordi Puigdollers Vila", None, "Catalan"),
    ("Sri Rahayuningsih", None, "Javanese/Indonesian"),
    ("Aung Kyaw Moe", "အောင်ကျော်မိုး", "Burmese (no family name)"),
    ("Sione Fifita", None, "Tongan"),
    ("Haingonirina Rakotomalala", None, "Malagasy"),
    ("Widlène Jean-Baptiste", None, "Haitian"),
    ("Mihray Tursun", "مىھراي تۇرسۇن", "Uyghur"),
    ("Chaltu Gemechu", None, "Oromo"),
    ("Losana Vunibola", None, "Fijian"),
]
NAME_INDEX = {n[0]: n for n in NAMES}
HEBREW = {"first": [], "last": []}  # filled by build.py from sources/hebrew-names.json


def person_ok(plain: str) -> bool:
    """Plain name is a row of the hand-written table (romanised or native), or first + last from the Hebrew lists."""
    if plain in NAME_INDEX or any(n[1] == plain for n in NAMES):
        return True
    parts = plain.split(" ", 1)
    return len(parts) == 2 and parts[0] in HEBREW["first"] and parts[1] in HEBREW["last"]


def _split(plain):
    g, f = plain.split(" ", 1)
    return g, f


def gen_table_name(rng):
    return rng.choice(NAMES)[0]


def gen_two_part(rng):
    """Names whose order is Given Family (the Burmese row has no family name and is kept whole)."""
    return rng.choice([n for n in NAMES if "Burmese" not in n[2]])[0]


def gen_native_name(rng):
    return rng.choice([n for n in NAMES if n[1]])[1]


def gen_hebrew(rng):
    return rng.choice(HEBREW["first"]) + " " + rng.choice(HEBREW["last"])


def camel(words):
    return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])


def _words(plain):
    return re.split(r"[\s-]+", fold(plain))


PERSON_FMTS = [
    Fmt("person_natural", "PERSON", gen_table_name, lambda p: p, person_ok, False, "hand table, Given Family"),
    Fmt("person_last_comma", "PERSON", gen_two_part,
        lambda p: f"{_split(p)[1].upper()}, {_split(p)[0]}", person_ok, False, "hand table, FAMILY, Given"),
    Fmt("person_caps", "PERSON", gen_table_name, lambda p: p.upper(), person_ok, False, "hand table, ALL CAPS"),
    Fmt("person_initial", "PERSON", gen_two_part, lambda p: f"{_split(p)[0][0]}. {_split(p)[1]}", person_ok, False,
        "hand table, initial + family"),
    Fmt("person_native", "PERSON", gen_native_name, lambda p: p, person_ok, False, "hand table, native script"),
    Fmt("person_hebrew", "PERSON", gen_hebrew, lambda p: p, person_ok, False,
        "shlomoweb1/random-names-hebrew lists (Hebrew script)"),
    Fmt("person_hebrew_comma", "PERSON", gen_hebrew, lambda p: f"{_split(p)[1]}, {_split(p)[0]}", person_ok, False,
        "shlomoweb1/random-names-hebrew lists, 'Family, Given' (Hebrew script)"),
    Fmt("person_snake", "PERSON", gen_table_name, lambda p: "_".join(w.lower() for w in _words(p)), person_ok, False,
        "hand table, snake_case (diacritics folded)"),
    Fmt("person_camel", "PERSON", gen_table_name, lambda p: camel(_words(p)), person_ok, False,
        "hand table, camelCase"),
    Fmt("person_kebab", "PERSON", gen_table_name, lambda p: "-".join(w.lower() for w in _words(p)), person_ok, False,
        "hand table, kebab-case"),
]

# ------------------------------------------------------------------ DATE_OF_BIRTH
CA_M = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
        "desembre"]
ID_M = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
        "Desember"]
LT_M = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
        "lapkričio", "gruodžio"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December"]


def gen_date(rng):
    d0 = datetime.date(1932, 1, 1).toordinal()
    d1 = datetime.date(2008, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1)).isoformat()


def date_ok(plain):
    """A real calendar date (ISO 8601 extended form) between 1900 and 2010."""
    try:
        d = datetime.date.fromisoformat(plain)
    except ValueError:
        return False
    return 1900 <= d.year <= 2010


def _d(p):
    return datetime.date.fromisoformat(p)


def ca_date(p):
    """Catalan long date (IEC usage): '3 de maig de 1961', elided 'd'' before a vowel month."""
    d = _d(p)
    m = CA_M[d.month - 1]
    return f"{d.day} d'{m} de {d.year}" if m[0] in "aeiou" else f"{d.day} de {m} de {d.year}"


DOB_FMTS = [
    Fmt("dob_iso", "DATE_OF_BIRTH", gen_date, lambda p: p, date_ok, True, "ISO 8601 extended"),
    Fmt("dob_fi", "DATE_OF_BIRTH", gen_date, lambda p: f"{_d(p).day}.{_d(p).month}.{_d(p).year}", date_ok, True,
        "Finnish SFS 4175 short date d.m.yyyy"),
    Fmt("dob_cs", "DATE_OF_BIRTH", gen_date, lambda p: f"{_d(p).day}. {_d(p).month}. {_d(p).year}", date_ok, True,
        "Czech CSN 01 6910 date 'd. m. yyyy'"),
    Fmt("dob_bg", "DATE_OF_BIRTH", gen_date, lambda p: _d(p).strftime("%d.%m.%Y") + " г.", date_ok, True,
        "Bulgarian dd.mm.yyyy with 'г.' (година)"),
    Fmt("dob_he", "DATE_OF_BIRTH", gen_date, lambda p: _d(p).strftime("%d/%m/%Y"), date_ok, True,
        "Israeli dd/mm/yyyy"),
    Fmt("dob_ca", "DATE_OF_BIRTH", gen_date, ca_date, date_ok, True, "Catalan long date"),
    Fmt("dob_id", "DATE_OF_BIRTH", gen_date, lambda p: f"{_d(p).day} {ID_M[_d(p).month - 1]} {_d(p).year}", date_ok,
        True, "Indonesian (PUEBI) 'd Bulan yyyy'"),
    Fmt("dob_lt", "DATE_OF_BIRTH", gen_date,
        lambda p: f"{_d(p).year} m. {LT_M[_d(p).month - 1]} {_d(p).day} d.", date_ok, True,
        "Lithuanian 'yyyy m. mėnesio d d.' (genitive month)"),
    Fmt("dob_hl7", "DATE_OF_BIRTH", gen_date, lambda p: p.replace("-", ""), date_ok, True, "HL7 v2 DT YYYYMMDD"),
    Fmt("dob_key", "DATE_OF_BIRTH", gen_date, lambda p: p.replace("-", "_"), date_ok, True, "key-safe Y_m_d"),
    Fmt("dob_en_long", "DATE_OF_BIRTH", gen_date, lambda p: f"{EN_M[_d(p).month - 1]} {_d(p).day}, {_d(p).year}",
        date_ok, True, "US long date"),
]


# ------------------------------------------------------------------ MRN (house styles; always cued)
def mrn_fmt(name, gen, rx, doc):
    return Fmt(name, "MRN", gen, lambda p: p, lambda p: re.fullmatch(rx, p) is not None, True, doc)


def _mrn10(rng):
    b = "1" + rs(rng, DIG, 8)
    return b + luhn_digit(b)


MRN_FMTS = [
    mrn_fmt("mrn_mr_yy", lambda r: f"MR-{r.randint(10, 25)}-{rs(r, DIG, 6)}", r"MR-\d{2}-\d{6}",
            "house style MR-<yy>-<6 digits> (admission year prefix)"),
    mrn_fmt("mrn_pat8", lambda r: "PAT" + rs(r, DIG, 8), r"PAT\d{8}", "house style PAT + 8 digits"),
    Fmt("mrn_luhn10", "MRN", _mrn10, lambda p: p, lambda p: re.fullmatch(r"1\d{9}", p) is not None and luhn_ok(p), True,
        "10-digit chart number starting 1 with a Luhn check digit"),
    mrn_fmt("mrn_year_slash", lambda r: f"{r.randint(2003, 2025)}/{rs(r, DIG, 5)}", r"20\d{2}/\d{5}",
            "Czech/Slovak chorobopis style yyyy/nnnnn"),
    mrn_fmt("mrn_fo", lambda r: f"FO-{rs(r, DIG, 5)}/{r.randint(2010, 2025)}", r"FO-\d{5}/20\d{2}",
            "Romanian foaie de observatie FO-nnnnn/yyyy"),
    mrn_fmt("mrn_dotted", lambda r: f"{rs(r, DIG, 3)}.{rs(r, DIG, 3)}.{rs(r, DIG, 2)}", r"\d{3}\.\d{3}\.\d{2}",
            "house style nnn.nnn.nn"),
    mrn_fmt("mrn_rm_id", lambda r: f"RM-{rs(r, DIG, 2)}-{rs(r, DIG, 2)}-{rs(r, DIG, 2)}", r"RM-\d{2}-\d{2}-\d{2}",
            "Indonesian rekam medis RM-nn-nn-nn"),
    mrn_fmt("mrn_hc", lambda r: "HC" + rs(r, DIG, 7) + rs(r, UP, 1), r"HC\d{7}[A-Z]",
            "Catalan historia clinica HC + 7 digits + letter"),
]

# ------------------------------------------------------------------ HEALTH_PLAN_ID (always cued)
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + DIG


def gen_mbi(rng):
    """CMS MBI format (CMS 'Understanding the MBI', positions 1-11): C A AN N A AN N A A N N; no S L O I B Z."""
    return (rng.choice("123456789") + rng.choice(MBI_A) + rng.choice(MBI_AN) + rng.choice(DIG) + rng.choice(MBI_A)
            + rng.choice(MBI_AN) + rng.choice(DIG) + rng.choice(MBI_A) + rng.choice(MBI_A) + rng.choice(DIG)
            + rng.choice(DIG))


MBI_RX = rf"[1-9][{MBI_A}][{MBI_AN}]\d[{MBI_A}][{MBI_AN}]\d[{MBI_A}]{{2}}\d{{2}}"


def gen_ehic(rng):
    """EHIC card identification number (field 8): 20 digits, ISO/IEC 7812-1 MII '80' + ISO 3166-1 numeric
    country (203 CZ, 246 FI, 642 RO, 100 BG, 440 LT) + 14 digits + Luhn check digit."""
    b = "80" + rng.choice(["203", "246", "642", "100", "440"]) + rs(rng, DIG, 14)
    return b + luhn_digit(b)


HPID_FMTS = [
    Fmt("mbi", "HEALTH_PLAN_ID", gen_mbi, lambda p: p, lambda p: re.fullmatch(MBI_RX, p) is not None, True, "CMS MBI"),
    Fmt("mbi_dashed", "HEALTH_PLAN_ID", gen_mbi, lambda p: f"{p[:4]}-{p[4:7]}-{p[7:]}",
        lambda p: re.fullmatch(MBI_RX, p) is not None, True, "CMS MBI printed with dashes (4-3-4)"),
    Fmt("ehic", "HEALTH_PLAN_ID", gen_ehic, lambda p: p,
        lambda p: re.fullmatch(r"80(203|246|642|100|440)\d{15}", p) is not None and luhn_ok(p), True, "EHIC number"),
    Fmt("aetna_w", "HEALTH_PLAN_ID", lambda r: "W" + rs(r, DIG, 9), lambda p: p,
        lambda p: re.fullmatch(r"W\d{9}", p) is not None, True, "payer member id W + 9 digits"),
    Fmt("humana_h", "HEALTH_PLAN_ID", lambda r: "H" + rs(r, DIG, 8), lambda p: p,
        lambda p: re.fullmatch(r"H\d{8}", p) is not None, True, "payer member id H + 8 digits"),
    Fmt("cigna_u", "HEALTH_PLAN_ID", lambda r: "U" + rs(r, DIG, 8) + "01", lambda p: p,
        lambda p: re.fullmatch(r"U\d{8}01", p) is not None, True, "payer member id U + 8 digits + 01 suffix"),
    Fmt("tx_medicaid", "HEALTH_PLAN_ID", lambda r: "5" + rs(r, DIG, 8), lambda p: p,
        lambda p: re.fullmatch(r"5\d{8}", p) is not None, True, "Texas Medicaid 9-digit client number"),
]

# ------------------------------------------------------------------ ACCOUNT_NUMBER
IBAN_SPEC = {  # ISO 13616 registry: country -> (length, BBAN generator)
    "CZ": (24, lambda r: rs(r, DIG, 20)),
    "FI": (18, lambda r: rs(r, DIG, 14)),
    "RO": (24, lambda r: rs(r, UP, 4) + rs(r, UP + DIG, 16)),
    "BG": (22, lambda r: rs(r, UP, 4) + rs(r, DIG, 6) + rs(r, UP + DIG, 8)),
    "LT": (20, lambda r: rs(r, DIG, 16)),
    "IL": (23, lambda r: rs(r, DIG, 19)),
    "KZ": (20, lambda r: rs(r, DIG, 3) + rs(r, UP + DIG, 13)),
}


def gen_iban(rng):
    c = rng.choice(sorted(IBAN_SPEC))
    bban = IBAN_SPEC[c][1](rng)
    return c + iban_check(c, bban) + bban


def iban_valid(p):
    return p[:2] in IBAN_SPEC and len(p) == IBAN_SPEC[p[:2]][0] and iban_ok(p)


def gen_card(rng):
    """Luhn-valid PANs: Mastercard 2-series (2221-2720, 16), Visa (4, 16), Amex (34/37, 15), Maestro 6759 (16)."""
    kind = rng.choice(["mc2", "visa", "amex", "maestro"])
    if kind == "mc2":
        b = str(rng.randint(2221, 2720)) + rs(rng, DIG, 11)
    elif kind == "visa":
        b = "4" + rs(rng, DIG, 14)
    elif kind == "amex":
        b = rng.choice(["34", "37"]) + rs(rng, DIG, 12)
    else:
        b = "6759" + rs(rng, DIG, 11)
    return b + luhn_digit(b)


def card_ok(p):
    return luhn_ok(p) and re.fullmatch(r"(2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|4\d{15}|3[47]\d{13}|6759\d{12})",
                                       p) is not None


def card_group(p):
    return f"{p[:4]} {p[4:10]} {p[10:]}" if len(p) == 15 else " ".join(p[i:i + 4] for i in range(0, 16, 4))


ACCT_FMTS = [
    Fmt("iban_compact", "ACCOUNT_NUMBER", gen_iban, lambda p: p, iban_valid, False, "ISO 13616 IBAN, electronic form"),
    Fmt("iban_print", "ACCOUNT_NUMBER", gen_iban, lambda p: " ".join(p[i:i + 4] for i in range(0, len(p), 4)),
        iban_valid, False, "ISO 13616 IBAN, paper form (groups of 4)"),
    Fmt("card_spaced", "ACCOUNT_NUMBER", gen_card, card_group, card_ok, False, "Luhn PAN, grouped"),
    Fmt("card_dashed", "ACCOUNT_NUMBER", gen_card, lambda p: card_group(p).replace(" ", "-"), card_ok, False,
        "Luhn PAN, dash-grouped"),
    Fmt("har10", "ACCOUNT_NUMBER", lambda r: "7" + rs(r, DIG, 9), lambda p: p,
        lambda p: re.fullmatch(r"7\d{9}", p) is not None, True, "hospital account record (HAR), 10 digits"),
    Fmt("us_checking", "ACCOUNT_NUMBER", lambda r: rs(r, "123456789", 1) + rs(r, DIG, 11), lambda p: p,
        lambda p: re.fullmatch(r"[1-9]\d{11}", p) is not None, True, "US checking account, 12 digits"),
]

# ------------------------------------------------------------------ LICENSE_NUMBER (always cued)
DL = {  # state -> (generator, regex): driver licence number formats from the published state format table
    "CA": (lambda r: rs(r, UP, 1) + rs(r, DIG, 7), r"[A-Z]\d{7}"),
    "NY": (lambda r: rs(r, DIG, 9), r"\d{9}"),
    "FL": (lambda r: rs(r, UP, 1) + rs(r, DIG, 12), r"[A-Z]\d{12}"),
    "TX": (lambda r: rs(r, "1234", 1) + rs(r, DIG, 7), r"[1-4]\d{7}"),
    "PA": (lambda r: rs(r, DIG, 8), r"\d{8}"),
    "NJ": (lambda r: rs(r, UP, 1) + rs(r, DIG, 14), r"[A-Z]\d{14}"),
    "MI": (lambda r: rs(r, UP, 1) + rs(r, DIG, 12), r"[A-Z]\d{12}"),
    "OH": (lambda r: rs(r, UP, 2) + rs(r, DIG, 6), r"[A-Z]{2}\d{6}"),
    "AZ": (lambda r: rs(r, UP, 1) + rs(r, DIG, 8), r"[A-Z]\d{8}"),
    "GA": (lambda r: rs(r, DIG, 9), r"\d{9}"),
    "VA": (lambda r: rs(r, UP, 1) + rs(r, DIG, 8), r"[A-Z]\d{8}"),
}


def dl_fmt(state, render=lambda p: p, suffix=""):
    g, rx = DL[state]
    return Fmt(f"dl_{state.lower()}{suffix}", "LICENSE_NUMBER", g, render,
               lambda p, rx=rx: re.fullmatch(rx, p) is not None, True,
               f"{state} driver licence number format (state DL format table)")


LIC_FMTS = [dl_fmt("CA"), dl_fmt("NY"), dl_fmt("FL", lambda p: f"{p[0]}{p[1:4]}-{p[4:7]}-{p[7:9]}-{p[9:12]}-{p[12]}",
                                              "_printed"),
            dl_fmt("TX"), dl_fmt("PA", lambda p: f"{p[:2]} {p[2:5]} {p[5:]}", "_printed"),
            dl_fmt("NJ", lambda p: f"{p[:5]} {p[5:10]} {p[10:]}", "_printed"),
            dl_fmt("MI", lambda p: f"{p[0]} {p[1:4]} {p[4:7]} {p[7:10]} {p[10:]}", "_printed"),
            dl_fmt("OH"), dl_fmt("AZ"), dl_fmt("GA"), dl_fmt("VA")]


# ------------------------------------------------------------------ DEVICE_ID
def gen_imei(rng):
    """3GPP TS 23.003 s6.2: IMEI = TAC(8) + SNR(6) + Luhn check digit; TACs with GSMA reporting body 35/86/01."""
    b = rng.choice(["35", "86", "01"]) + rs(rng, DIG, 12)
    return b + luhn_digit(b)


def gen_mac(rng):
    """IEEE 802 EUI-48, universally administered unicast (first octet: I/G bit 0, U/L bit 0)."""
    o = [rng.randrange(0, 256) & 0xFC] + [rng.randrange(0, 256) for _ in range(5)]
    if o[0] == 0:
        o[0] = 0x3C
    return ":".join("%02x" % x for x in o)


def mac_ok(p):
    return re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", p) is not None and int(p[:2], 16) & 3 == 0 and p != "00:00:00:00:00:00"


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830 / GS1 GenSpecs): (01) GTIN-14 with mod-10 check, (17) expiry YYMMDD, (21) serial."""
    g = "0" + rs(rng, DIG, 12)
    gtin = g + gs1_digit(g)
    exp = f"{rng.randint(26, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return f"(01){gtin}(17){exp}(21){rs(rng, UP + DIG, 9)}"


def udi_ok(p):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(21\)([A-Z0-9]{9})", p)
    return bool(m) and gs1_digit(m.group(1)[:13]) == m.group(1)[13]


DEV_FMTS = [
    Fmt("imei", "DEVICE_ID", gen_imei, lambda p: p, lambda p: re.fullmatch(r"\d{15}", p) is not None and luhn_ok(p),
        True, "3GPP IMEI (bare digits: cued)"),
    Fmt("imei_grouped", "DEVICE_ID", gen_imei, lambda p: f"{p[:2]}-{p[2:8]}-{p[8:14]}-{p[14]}",
        lambda p: re.fullmatch(r"\d{15}", p) is not None and luhn_ok(p), True, "3GPP IMEI AA-BBBBBB-CCCCCC-D"),
    Fmt("mac_colon", "DEVICE_ID", gen_mac, lambda p: p, mac_ok, False, "EUI-48, IEEE colon form"),
    Fmt("mac_cisco", "DEVICE_ID", gen_mac, lambda p: ".".join(p.replace(":", "")[i:i + 4] for i in (0, 4, 8)), mac_ok,
        False, "EUI-48, dotted triple-hextet form"),
    Fmt("mac_upper_dash", "DEVICE_ID", gen_mac, lambda p: p.replace(":", "-").upper(), mac_ok, False,
        "EUI-48, IEEE 802 canonical hyphen form"),
    Fmt("udi_gs1", "DEVICE_ID", gen_udi, lambda p: p, udi_ok, False, "GS1 UDI, human-readable AIs"),
    Fmt("implant_sn", "DEVICE_ID", lambda r: rs(r, UP, 3) + rs(r, DIG, 6) + rs(r, UP, 1), lambda p: p,
        lambda p: re.fullmatch(r"[A-Z]{3}\d{6}[A-Z]", p) is not None, True, "implant serial (cued)"),
]

# ------------------------------------------------------------------ VEHICLE_ID
WMIS = ["TMB", "UU1", "YV1", "WBA", "VF1", "JTD", "KMH", "SAL", "3VW", "LVS", "5YJ", "1HG", "VSS", "ZFA"]


def gen_vin(rng):
    """ISO 3779 VIN with the 49 CFR 565.15 check digit in position 9; WMI from a list of real manufacturer WMIs."""
    v = list(rng.choice(WMIS) + rs(rng, VIN_CH, 5) + "0" + rs(rng, "ABCDEFGHJKLMNPRSTVWXY123456789", 1)
             + rs(rng, VIN_CH, 1) + rs(rng, DIG, 6))
    v[8] = vin_check("".join(v))
    return "".join(v)


def vin_ok(p):
    return re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", p) is not None and vin_check(p) == p[8]


VIN_FMTS = [Fmt("vin", "VEHICLE_ID", gen_vin, lambda p: p, vin_ok, False, "ISO 3779 VIN"),
            Fmt("vin_lower", "VEHICLE_ID", gen_vin, lambda p: p.lower(), vin_ok, False, "VIN written lower-case")]


# ------------------------------------------------------------------ IP_ADDRESS
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(p):
    """Public (ipaddress.is_global) and outside the documentation ranges of RFC 5737 and RFC 3849."""
    a = ipaddress.ip_address(p)
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


def gen_v4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        if ip_ok(str(a)):
            return str(a)


def gen_v6(rng):
    while True:
        a = ipaddress.IPv6Address((0x2000 + rng.randrange(0, 0x1000)) << 112 | rng.getrandbits(48) << 64
                                  | rng.getrandbits(16))
        if ip_ok(str(a)):
            return str(a)


IP_FMTS = [
    Fmt("ipv4", "IP_ADDRESS", gen_v4, lambda p: p, ip_ok, False, "IPv4 dotted quad"),
    Fmt("ipv4_port", "IP_ADDRESS", gen_v4, lambda p: p + ":8443", ip_ok, False, "IPv4 with port"),
    Fmt("ipv4_cidr32", "IP_ADDRESS", gen_v4, lambda p: p + "/32", ip_ok, False, "IPv4 host route /32"),
    Fmt("ipv4_snake", "IP_ADDRESS", gen_v4, lambda p: p.replace(".", "_"), ip_ok, False, "IPv4 joined by _ (keys)"),
    Fmt("ipv6", "IP_ADDRESS", gen_v6, lambda p: p, ip_ok, False, "IPv6 RFC 5952 compressed"),
    Fmt("ipv6_full", "IP_ADDRESS", gen_v6, lambda p: ipaddress.IPv6Address(p).exploded, ip_ok, False,
        "IPv6 exploded"),
    Fmt("ipv6_bracket", "IP_ADDRESS", gen_v6, lambda p: f"[{p}]:5061", ip_ok, False, "IPv6 RFC 3986 [addr]:port"),
]


# ------------------------------------------------------------------ URL
def _slug(rng):
    return "-".join(w.lower() for w in _words(gen_table_name(rng)))


URL_TPL = [
    ("url_ketto", lambda s: f"https://www.ketto.org/fundraiser/help-{s}-fight-kidney-failure"),
    ("url_milaap", lambda s: f"https://milaap.org/fundraisers/support-{s}"),
    ("url_givesendgo", lambda s: f"https://www.givesendgo.com/{s}-recovery"),
    ("url_facebook", lambda s: f"https://www.facebook.com/{s.replace('-', '.')}"),
    ("url_telegram", lambda s: f"https://t.me/{s.replace('-', '_')}"),
    ("url_xing", lambda s: f"https://www.xing.com/profile/{s.replace('-', '_').title()}"),
    ("url_threads", lambda s: f"https://www.threads.net/@{s.replace('-', '.')}"),
    ("url_portal", None),
]


def gen_portal(rng):
    return f"https://mychart.{rng.choice(['fairviewhealth', 'sanfordhealth', 'baptisthealth'])}.org/MyChart/Patient/{rs(rng, DIG, 8)}/TestResults"


URL_FMTS = [Fmt(n, "URL", (lambda r, t=t: t(_slug(r))) if t else gen_portal, lambda p: p,
                lambda p: re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/\S+", p) is not None
                and not re.search(r"example\.(com|org|net)", p), False, f"personal profile / fundraiser / portal URL ({n})")
            for n, t in URL_TPL]

# ------------------------------------------------------------------ PHONE_NUMBER
PHONE_REGIONS = ["FI", "CZ", "RO", "BG", "LT", "IL", "KE", "TZ", "IN", "BD", "KZ", "MM", "TO", "MG", "HT", "FJ", "US"]


def gen_phone(rng):
    """phonenumbers (libphonenumber metadata) is_valid_number for a mobile number of one of PHONE_REGIONS;
    US numbers never use the 555 exchange. Plain form is E.164."""
    region = rng.choice(PHONE_REGIONS)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(2000):
        k = min(6, len(nat) - 3)
        cand = nat[:-k] + rs(rng, DIG, k)
        if region == "US":
            cand = rng.choice(["206", "312", "404", "512", "615", "702", "808", "907", "971", "414"]) + \
                   rng.choice("23456789") + rs(rng, DIG, 2) + rs(rng, DIG, 4)
            if cand[3:6] == "555":
                continue
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError(region)


def phone_ok(p):
    n = phonenumbers.parse(p)
    return phonenumbers.is_valid_number(n) and not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def _pf(fmt):
    return lambda p: phonenumbers.format_number(phonenumbers.parse(p), fmt)


PHONE_FMTS = [
    Fmt("phone_e164", "PHONE_NUMBER", gen_phone, lambda p: p, phone_ok, False, "E.164"),
    Fmt("phone_intl", "PHONE_NUMBER", gen_phone, _pf(phonenumbers.PhoneNumberFormat.INTERNATIONAL), phone_ok, False,
        "ITU-T E.123 international"),
    Fmt("phone_national", "PHONE_NUMBER", gen_phone, _pf(phonenumbers.PhoneNumberFormat.NATIONAL), phone_ok, True,
        "national format (cued)"),
    Fmt("phone_rfc3966", "PHONE_NUMBER", gen_phone, _pf(phonenumbers.PhoneNumberFormat.RFC3966), phone_ok, False,
        "RFC 3966 tel: URI"),
]


# ------------------------------------------------------------------ US_SSN
def gen_ssn(rng):
    """SSA rules (SSA POMS RM 10201.035 / randomization 2011): area 001-899 except 666, group 01-99,
    serial 0001-9999; the advertising block 987-65-4320..4329 and 078-05-1120 are excluded."""
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if s != "078-05-1120" and not s.startswith("987-65-432"):
            return s


def ssn_ok(p):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", p)
    return bool(m) and 0 < int(m.group(1)) < 900 and m.group(1) != "666" and m.group(2) != "00" and m.group(3) != "0000"


SSN_FMTS = [
    Fmt("ssn_dashed", "US_SSN", gen_ssn, lambda p: p, ssn_ok, False, "SSA ddd-dd-dddd"),
    Fmt("ssn_spaced", "US_SSN", gen_ssn, lambda p: p.replace("-", " "), ssn_ok, False, "SSA ddd dd dddd"),
    Fmt("ssn_bare", "US_SSN", gen_ssn, lambda p: p.replace("-", ""), ssn_ok, True, "SSA 9 digits (cued)"),
    Fmt("ssn_snake", "US_SSN", gen_ssn, lambda p: p.replace("-", "_"), ssn_ok, False, "SSA joined by _ (keys)"),
]

# ------------------------------------------------------------------ EMAIL_ADDRESS
EMAIL_DOMAINS = ["seznam.cz", "centrum.cz", "abv.bg", "yahoo.ro", "inbox.lt", "walla.co.il", "gmail.com",
                 "outlook.com", "mail.kz", "proton.me", "suomi24.fi", "yahoo.co.id"]


def gen_email(rng):
    """Personal address: name-derived local part on a real consumer mail domain (never RFC 2606 reserved)."""
    w = [x.lower() for x in _words(gen_table_name(rng))]
    local = rng.choice([f"{w[0]}.{w[-1]}", f"{w[0][0]}{w[-1]}{rng.randint(1, 99)}", f"{w[-1]}.{w[0]}{rng.randint(60, 99)}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def email_ok(p):
    return re.fullmatch(r"[a-z0-9.]+@([a-z0-9.-]+)", p) is not None and p.split("@")[1] in EMAIL_DOMAINS


EMAIL_FMTS = [Fmt("email", "EMAIL_ADDRESS", gen_email, lambda p: p, email_ok, False, "personal e-mail"),
              Fmt("email_mailto", "EMAIL_ADDRESS", gen_email, lambda p: "mailto:" + p, email_ok, False,
                  "RFC 6068 mailto: URI")]

# ------------------------------------------------------------------ STREET_ADDRESS / ZIP_CODE
CITIES = [("Lubbock", "TX", "79424"), ("Macon", "GA", "31204"), ("Bend", "OR", "97701"),
          ("Las Cruces", "NM", "88001"), ("Bangor", "ME", "04401"), ("Lafayette", "LA", "70503"),
          ("Tulsa", "OK", "74105"), ("Omaha", "NE", "68104"), ("Duluth", "MN", "55803"), ("Erie", "PA", "16505")]
STREETS = ["Wexford Ridge", "Calle Alegre", "Tamarack", "Old Mill Pond", "Bayou Tortue", "Cedar Hollow", "Pecan Grove",
           "Quail Run", "Kessler Farm", "Sandhill Crane"]
SUFFIX = ["Dr", "Rd", "Ln", "Ct", "Blvd", "Trl", "Pkwy", "Cir"]  # USPS Publication 28 Appendix C1 abbreviations
UNITS = ["Apt", "Unit", "Ste", "#", "Lot"]  # USPS Publication 28 Appendix C2 secondary unit designators


def gen_street(rng):
    """US street address in USPS Publication 28 style: number, directional?, name, suffix, unit?, city, state ZIP."""
    city, st, z = rng.choice(CITIES)
    d = rng.choice(["", "N ", "SW ", "E "])
    unit = rng.choice(["", f", {rng.choice(UNITS)} {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"])
    return f"{rng.randint(11, 9899)} {d}{rng.choice(STREETS)} {rng.choice(SUFFIX)}{unit}, {city}, {st} {z}"


def street_ok(p):
    return re.fullmatch(r"\d{2,4} (?:[NSEW]{1,2} )?[A-Z][A-Za-z ]+ [A-Z][a-z]{1,3}(?:, (?:Apt|Unit|Ste|#|Lot) \d+[BC]?)?"
                        r", [A-Z][A-Za-z ]+, [A-Z]{2} \d{5}", p) is not None and any(
        p.endswith(f"{c}, {s} {z}") for c, s, z in CITIES)


def gen_zip(rng):
    """USPS ZIP of a listed city, or ZIP+4 with a random add-on (0001-9999)."""
    z = rng.choice(CITIES)[2]
    return z if rng.random() < 0.5 else f"{z}-{rng.randint(1, 9999):04d}"


def zip_ok(p):
    return re.fullmatch(r"\d{5}(-\d{4})?", p) is not None and p[:5] in {c[2] for c in CITIES} and not p.endswith("-0000")


STREET_FMTS = [Fmt("us_street", "STREET_ADDRESS", gen_street, lambda p: p, street_ok, False, "USPS Pub. 28"),
               Fmt("us_street_caps", "STREET_ADDRESS", gen_street, lambda p: p.upper(),
                   street_ok, False, "USPS Pub. 28, upper case (as on mail pieces)")]
ZIP_FMTS = [Fmt("zip", "ZIP_CODE", gen_zip, lambda p: p, zip_ok, True, "USPS ZIP / ZIP+4")]

# ------------------------------------------------------------------ SECRET (gitleaks rule ids)
B64U = ALNUM + "_-"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
HEX = "0123456789abcdef"


def _jwt(rng):
    import base64
    import json
    def b(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    h = b({"alg": "HS256", "typ": "JWT"})
    p = b({"sub": rs(rng, DIG, 8), "iat": 1760000000 + rng.randint(0, 10 ** 6), "scope": "fhir/Patient.read"})
    return f"{h}.{p}.{rs(rng, B64U, 43)}"


SECRET_RULES = {  # gitleaks rule id -> (generator, python regex equivalent of the rule's secret group)
    "anthropic-api-key": (lambda r: "sk-ant-api03-" + rs(r, B64U, 93) + "AA", r"sk-ant-api03-[a-zA-Z0-9_\-]{93}AA"),
    "openai-api-key": (lambda r: "sk-proj-" + rs(r, B64U, 58) + "T3BlbkFJ" + rs(r, B64U, 58),
                       r"sk-proj-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}"),
    "pypi-upload-token": (lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, ALNUM + "_-", 70), r"pypi-AgEIcHlwaS5vcmc[\w-]{50,1000}"),
    "age-secret-key": (lambda r: "AGE-SECRET-KEY-1" + rs(r, BECH, 58), rf"AGE-SECRET-KEY-1[{BECH}]{{58}}"),
    "pulumi-api-token": (lambda r: "pul-" + rs(r, HEX, 40), r"pul-[a-f0-9]{40}"),
    "sendinblue-api-token": (lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, LOW + DIG, 16),
                             r"xkeysib-[a-f0-9]{64}-[a-z0-9]{16}"),
    "dynatrace-api-token": (lambda r: "dt0c01." + rs(r, UP + DIG, 24) + "." + rs(r, UP + DIG, 64),
                            r"dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}"),
    "prefect-api-token": (lambda r: "pnu_" + rs(r, ALNUM, 36), r"pnu_[a-zA-Z0-9]{36}"),
    "sentry-user-token": (lambda r: "sntryu_" + rs(r, HEX, 64), r"sntryu_[a-f0-9]{64}"),
    "heroku-api-key-v2": (lambda r: "HRKU-AA" + rs(r, ALNUM + "_-", 58), r"HRKU-AA[0-9a-zA-Z_-]{58}"),
    "harness-api-key": (lambda r: "pat." + rs(r, ALNUM + "_-", 22) + "." + rs(r, ALNUM, 24) + "." + rs(r, ALNUM, 20),
                        r"pat\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{20}"),
    "infracost-api-token": (lambda r: "ico-" + rs(r, ALNUM, 32), r"ico-[a-zA-Z0-9]{32}"),
    "jwt": (_jwt, r"ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9/\\_-]{17,}\.[a-zA-Z0-9/\\_-]{10,}={0,2}"),
}


def sec_fmt(rule):
    g, rx = SECRET_RULES[rule]
    return Fmt("secret_" + rule, "SECRET", g, lambda p: p, lambda p, rx=rx: re.fullmatch(rx, p) is not None, False,
               f"gitleaks rule '{rule}' (config/gitleaks.toml)")


def gen_pg(rng):
    """MongoDB SRV connection string with an inline password (MongoDB 'Connection String URI Format')."""
    return f"mongodb+srv://clinic_app:{rs(rng, ALNUM, 14)}@cluster0.{rs(rng, LOW + DIG, 5)}.mongodb.net/ehr?retryWrites=true"


def gen_password(rng):
    """Plain password: two words + digits + symbol (cued)."""
    return rng.choice(["Kuusi", "Lipa", "Stejar", "Mvua", "Zaitun", "Kelapa", "Roure", "Ąžuolas"]) + rng.choice(
        "!#%*") + rs(rng, DIG, 3) + rng.choice(["Tamm", "Bor", "Nyota", "Gunung", "Pi"])


SECRET_FMTS = [sec_fmt(r) for r in SECRET_RULES] + [
    Fmt("secret_mongodb_uri", "SECRET", gen_pg, lambda p: p,
        lambda p: re.fullmatch(r"mongodb\+srv://[a-z_]+:[A-Za-z0-9]{14}@cluster0\.[a-z0-9]{5}\.mongodb\.net/\S+", p)
        is not None, False, "MongoDB URI with inline password"),
    Fmt("secret_password", "SECRET", gen_password, lambda p: p,
        lambda p: re.fullmatch(r"\w+[!#%*]\d{3}\w+", p) is not None, True, "plain password (cued)"),
]

ALL_FMTS = (PERSON_FMTS + DOB_FMTS + MRN_FMTS + HPID_FMTS + ACCT_FMTS + LIC_FMTS + DEV_FMTS + VIN_FMTS + IP_FMTS
            + URL_FMTS + PHONE_FMTS + SSN_FMTS + EMAIL_FMTS + STREET_FMTS + ZIP_FMTS + SECRET_FMTS)
FMTS = {f.name: f for f in ALL_FMTS}
BY_CAT = {}
for _f in ALL_FMTS:
    BY_CAT.setdefault(_f.category, []).append(_f)


# ------------------------------------------------------------------ reserved placeholders (hard negatives)
def reserved_ok(v: str) -> bool:
    """RFC 2606 / RFC 6761 domains, NANP 555-01xx, RFC 5737 / RFC 3849 ranges, all-zero / masked SSNs,
    YOUR_*-style tokens, MRN-XXXX masks."""
    if re.search(r"@example\.(com|org|net)\b|\bexample\.(com|org|net)/", v):
        return True
    if re.search(r"555-01\d\d", v):
        return True
    for tok in re.findall(r"[0-9a-fA-F:.]{7,}", v):
        try:
            a = ipaddress.ip_address(tok.strip(".:"))
        except ValueError:
            continue
        if any(a in n for n in DOC_NETS if n.version == a.version):
            return True
    if re.fullmatch(r"000-00-0000|XXX-XX-XXXX|\*\*\*-\*\*-\d{4}", v):
        return True
    if re.search(r"YOUR_[A-Z_]+|<[A-Z_]+>|REPLACE_ME|X{4,}", v):
        return True
    return False


def key_safe(s: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9_-]+", s) is not None


def file_safe(s: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9_.@+-]+", s) is not None
