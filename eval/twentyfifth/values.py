"""Value generators for the twentyfifth set, each from a published format rule, and their validators.

Every generator takes a random.Random and returns a dict {"plain": ..., "written": ..., "format": ..., "must_cue": bool}.
`plain` is the value as the format rule sees it; `written` is how it is printed in the planted string.
`validate(category, format, plain)` re-checks `plain` against the rule (check.py calls it for every positive).
Only the standard library and phonenumbers are used.
"""
from __future__ import annotations

import base64
import ipaddress
import json
import re
import string
import unicodedata

import phonenumbers

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def rnd(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ check-digit rules
def luhn_ok(digits: str) -> bool:
    """ISO/IEC 7812-1 Annex B (Luhn) check."""
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


VIN_TRANS = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
             "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
             "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v: str) -> str:
    """49 CFR 565.15(c): weighted sum mod 11 (10 -> X) over the transliterated characters."""
    s = sum(VIN_TRANS[c] * w for c, w in zip(v.upper(), VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def vin_ok(v: str) -> bool:
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and v[8] == vin_check(v)


def iban_ok(iban: str) -> bool:
    """ISO 13616-1: move the first four characters to the end, letters to 10..35, mod 97 == 1."""
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


IBAN_LEN = {"FR": 27, "DE": 22, "TR": 26, "LU": 20, "PT": 25, "BE": 16}


def iban_make(cc: str, bban: str) -> str:
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"


def gs1_check(body: str) -> str:
    """GS1 General Specifications 7.9.1: mod-10 check digit with weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(data: str) -> str:
    """ANSI/HIBC 2.6 Supplier Labeling Standard: modulus 43 check character."""
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in data) % 43]


# ------------------------------------------------------------------ PERSON
def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_ascii_name(s):
    return all(ord(c) < 128 for c in s)


# ------------------------------------------------------------------ DATE_OF_BIRTH
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "mr": ["जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर",
           "डिसेंबर"],
}
DEVA = "०१२३४५६७८९"
ARAB = "٠١٢٣٤٥٦٧٨٩"


def to_digits(s, table):
    return "".join(table[int(c)] if c.isdigit() and ord(c) < 128 else c for c in s)


def from_digits(s):
    out = []
    for c in s:
        if c in DEVA:
            out.append(str(DEVA.index(c)))
        elif c in ARAB:
            out.append(str(ARAB.index(c)))
        else:
            out.append(c)
    return "".join(out)


def jp_era(y, m, d):
    """Japanese era names (Gengō) per the Era Name Act 1979: Shōwa 1926-12-25..1989-01-07, Heisei 1989-01-08.."""
    if (y, m, d) >= (1989, 1, 8):
        return f"平成{y - 1988}年{m}月{d}日"
    return f"昭和{y - 1925}年{m}月{d}日"


DATE_FORMATS = ["iso", "us_slash", "us_long", "hl7_dt", "dmy_dot", "dmy_slash", "fr_long", "de_long", "tr_long",
                "sw_long", "id_long", "mr_deva", "ar_digits", "jp_era", "jp_kanji"]


def render_date(iso: str, fmt: str) -> str:
    """ISO 8601 calendar date rendered in a named national style (CLDR long-date patterns for fr/de/tr/sw/id/mr)."""
    y, m, d = (int(x) for x in iso.split("-"))
    return {
        "iso": iso,
        "us_slash": f"{m:02d}/{d:02d}/{y}",
        "us_long": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "hl7_dt": f"{y}{m:02d}{d:02d}",
        "dmy_dot": f"{d:02d}.{m:02d}.{y}",
        "dmy_slash": f"{d:02d}/{m:02d}/{y}",
        "fr_long": f"{d} {MONTHS['fr'][m - 1]} {y}",
        "de_long": f"{d}. {MONTHS['de'][m - 1]} {y}",
        "tr_long": f"{d} {MONTHS['tr'][m - 1]} {y}",
        "sw_long": f"{d} {MONTHS['sw'][m - 1]} {y}",
        "id_long": f"{d} {MONTHS['id'][m - 1]} {y}",
        "mr_deva": to_digits(f"{d} ", DEVA) + MONTHS["mr"][m - 1] + to_digits(f" {y}", DEVA),
        "ar_digits": to_digits(f"{d:02d}/{m:02d}/{y}", ARAB),
        "jp_era": jp_era(y, m, d),
        "jp_kanji": f"{y}年{m}月{d}日",
        "key_ymd": f"{y}_{m:02d}_{d:02d}",
    }[fmt]


def gen_dob(rng, fmt=None):
    import datetime
    while True:
        y = rng.randint(1931, 2011)
        try:
            dt = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
            break
        except ValueError:
            continue
    iso = dt.isoformat()
    fmt = fmt or rng.choice(DATE_FORMATS)
    return {"plain": iso, "written": render_date(iso, fmt), "format": f"dob:{fmt}", "must_cue": True}


# ------------------------------------------------------------------ US_SSN
def ssn_ok(s: str) -> bool:
    """SSA: area 001-899 except 666, group 01-99, serial 0001-9999 (Program Operations Manual RM 10201.030)."""
    m = re.fullmatch(r"(\d{3})[- _]?(\d{2})[- _]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000"


def gen_ssn(rng, fmt=None):
    while True:
        a, g, n = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    plain = f"{a:03d}-{g:02d}-{n:04d}"
    fmt = fmt or rng.choice(["dash", "dash", "space", "bare"])
    w = {"dash": plain, "space": plain.replace("-", " "), "bare": plain.replace("-", "")}[fmt]
    return {"plain": plain, "written": w, "format": f"ssn:{fmt}", "must_cue": fmt in ("bare", "space")}


# ------------------------------------------------------------------ PHONE_NUMBER
PHONE_REGIONS = {  # region: national-number patterns (ITU-T E.164 national plans, via phonenumbers metadata)
    "KE": ["7{d8}", "11{d7}"], "DZ": ["5{d8}", "6{d8}", "7{d8}"], "IN": ["9{d9}", "8{d9}", "7{d9}"],
    "CL": ["9{d8}"], "LU": ["621{d6}", "661{d6}", "691{d6}"], "TR": ["53{d8}", "54{d8}", "50{d8}"],
    "JP": ["90{d8}", "80{d8}", "70{d8}"], "ID": ["812{d8}", "813{d8}", "857{d7}"], "DE": ["151{d8}", "160{d7}", "176{d8}"],
    "FR": ["6{d8}", "7{d8}"], "UG": ["77{d7}", "70{d7}"], "BT": ["17{d6}", "77{d6}"],
}
US_AREAS = ["201", "205", "212", "213", "214", "216", "225", "234", "248", "260", "267", "301", "313", "314", "336",
            "404", "405", "412", "414", "470", "480", "502", "504", "513", "571", "585", "602", "609", "614", "646",
            "678", "702", "703", "713", "718", "732", "754", "786", "804", "813", "832", "856", "904", "908", "917",
            "929", "954", "973"]
PHONE_FORMATS = ["e164", "intl", "national", "rfc3966", "digits"]


def phone_render(num, fmt):
    if fmt == "e164":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if fmt == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt == "national":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if fmt == "rfc3966":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.RFC3966)
    if fmt == "digits":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)[1:]
    raise KeyError(fmt)


def phone_ok(e164: str) -> bool:
    try:
        n = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(n):
        return False
    if n.country_code == 1 and str(n.national_number)[3:6] == "555":
        return False
    return True


def gen_phone(rng, region=None, fmt=None):
    region = region or rng.choice(sorted(PHONE_REGIONS) + ["US", "US"])
    for _ in range(500):
        if region == "US":
            nsn = rng.choice(US_AREAS) + str(rng.randint(2, 9)) + rnd(rng, DIG, 2) + rnd(rng, DIG, 4)
            if nsn[3:6] == "555" or nsn[4:6] == "11":
                continue
        else:
            pat = rng.choice(PHONE_REGIONS[region])
            nsn = re.sub(r"\{d(\d+)\}", lambda m: rnd(rng, DIG, int(m.group(1))), pat)
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            break
    else:
        raise RuntimeError(region)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    fmt = fmt or rng.choice(PHONE_FORMATS)
    return {"plain": e164, "written": phone_render(num, fmt), "format": f"phone:{region}:{fmt}",
            "must_cue": fmt in ("national", "digits"), "region": region}


def phone_parse_written(written: str, region: str) -> str:
    w = written
    if w.startswith("tel:"):
        w = w[4:]
    if re.fullmatch(r"\d{8,15}", w):
        w = "+" + w
    n = phonenumbers.parse(w, region)
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


# ------------------------------------------------------------------ EMAIL_ADDRESS
EMAIL_DOMAINS = ["rediffmail.com", "yahoo.fr", "free.fr", "laposte.net", "gmx.net", "yahoo.co.jp", "ymail.com",
                 "protonmail.com", "zoho.com", "hotmail.fr", "yandex.com", "web.de", "yahoo.co.in", "aol.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "test", "invalid", "localhost", "example")


def email_ok(e: str) -> bool:
    """RFC 5322 addr-spec (dot-atom subset) on a non-reserved (RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", e)
    if not m:
        return False
    dom = m.group(1).lower()
    return not any(dom == r or dom.endswith("." + r) for r in RESERVED_DOMAINS)


def email_local(rng, given, family):
    g, f = (re.sub(r"[^a-z]", "", fold(x).lower()) for x in (given, family))
    styles = [f"{g}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{g[0]}{f}", f"{f}.{g}{rng.randint(60, 99)}", f"{g}_{f}"]
    return rng.choice(styles)


def gen_email(rng, given, family, fmt=None):
    e = email_local(rng, given, family) + "@" + rng.choice(EMAIL_DOMAINS)
    fmt = fmt or rng.choice(["plain", "plain", "plain", "mailto"])
    return {"plain": e, "written": ("mailto:" + e) if fmt == "mailto" else e, "format": f"email:{fmt}",
            "must_cue": False}


# ------------------------------------------------------------------ STREET_ADDRESS / ZIP_CODE
# USPS ZIP Code prefixes (first three digits) by state, USPS Publication 65 / National 5-digit ZIP Code Directory.
STATE_CITIES = {
    "NJ": [("Newark", "071"), ("Trenton", "086"), ("Paterson", "075")],
    "TX": [("Houston", "770"), ("Austin", "787"), ("El Paso", "799")],
    "FL": [("Miami", "331"), ("Tampa", "336"), ("Orlando", "328")],
    "GA": [("Atlanta", "303"), ("Savannah", "314")],
    "OH": [("Columbus", "432"), ("Cleveland", "441")],
    "MI": [("Detroit", "482"), ("Lansing", "489")],
    "AZ": [("Phoenix", "850"), ("Tucson", "857")],
    "VA": [("Richmond", "232"), ("Norfolk", "235")],
    "NY": [("Buffalo", "142"), ("Rochester", "146"), ("Albany", "122")],
    "NV": [("Las Vegas", "891"), ("Reno", "895")],
}
STREETS = ["Oak", "Maple", "Cedar", "Willow", "Lakeview", "Hillcrest", "Magnolia", "Sycamore", "Riverside",
           "Juniper", "Chestnut", "Briarwood", "Pinecrest", "Harbor View", "Kensington", "Orchard"]
SUFFIX = [("Street", "ST"), ("Avenue", "AVE"), ("Road", "RD"), ("Drive", "DR"), ("Lane", "LN"),
          ("Court", "CT"), ("Boulevard", "BLVD"), ("Place", "PL"), ("Terrace", "TER")]
UNIT = [("Apt", "APT"), ("Unit", "UNIT"), ("Suite", "STE")]


def gen_zip(rng, state=None, plus4=None):
    state = state or rng.choice(sorted(STATE_CITIES))
    city, pre = rng.choice(STATE_CITIES[state])
    z = pre + f"{rng.randint(1, 99):02d}"
    plus4 = rng.random() < 0.35 if plus4 is None else plus4
    if plus4:
        z += f"-{rng.randint(1, 9999):04d}"
    return {"plain": z, "written": z, "format": "zip:plus4" if "-" in z else "zip:5", "must_cue": True,
            "state": state, "city": city}


def zip_ok(z):
    return bool(re.fullmatch(r"\d{5}(-\d{4})?", z)) and z[:5] != "00000" and z[5:] != "-0000"


def gen_address(rng, fmt=None):
    """USPS Publication 28 (standardised delivery line + last line), in mixed case or all upper case."""
    state = rng.choice(sorted(STATE_CITIES))
    city, pre = rng.choice(STATE_CITIES[state])
    num = rng.randint(12, 9899)
    st = rng.choice(STREETS)
    suf_long, suf_abbr = rng.choice(SUFFIX)
    unit = rng.choice(UNIT) if rng.random() < 0.3 else None
    z = pre + f"{rng.randint(1, 99):02d}"
    fmt = fmt or rng.choice(["mixed", "upper", "line_only", "mixed_zip4"])
    if fmt == "upper":
        line = f"{num} {st.upper()} {suf_abbr}" + (f" {unit[1]} {rng.randint(1, 40)}" if unit else "")
        w = f"{line}, {city.upper()} {state} {z}"
    elif fmt == "line_only":
        w = f"{num} {st} {suf_long}" + (f", {unit[0]} {rng.randint(1, 40)}" if unit else "")
    elif fmt == "mixed_zip4":
        w = f"{num} {st} {suf_abbr.title()}, {city}, {state} {z}-{rng.randint(1, 9999):04d}"
    else:
        w = f"{num} {st} {suf_long}" + (f" {unit[0]} {rng.randint(1, 40)}" if unit else "") + f", {city}, {state} {z}"
    return {"plain": w, "written": w, "format": f"address:{fmt}", "must_cue": False}


def address_ok(a):
    return bool(re.match(r"\d{2,5} [A-Za-z][A-Za-z ]+ [A-Za-z]+", a))


# ------------------------------------------------------------------ MRN
MRN_FORMATS = ["knh", "uhid", "mrhash", "dashed_pairs", "chart7", "bare9", "yr_slash"]


def gen_mrn(rng, fmt=None):
    """House styles of medical record numbers (no public check rule; digits random)."""
    fmt = fmt or rng.choice(MRN_FORMATS)
    if fmt == "knh":  # Kenyan referral-hospital style: site/year/serial
        w = f"KNH/{rng.randint(2015, 2026)}/{rng.randint(1, 999999):06d}"
    elif fmt == "uhid":  # Indian hospital UHID: site + 10 digits
        w = f"UHID{rnd(rng, UP, 2)}{rnd(rng, DIG, 10)}"
    elif fmt == "mrhash":
        w = f"MR# {rnd(rng, DIG, 8)}"
    elif fmt == "dashed_pairs":
        w = "-".join(rnd(rng, DIG, 2) for _ in range(4))
    elif fmt == "chart7":
        w = f"CH{rnd(rng, DIG, 7)}"
    elif fmt == "bare9":
        w = str(rng.randint(1, 9)) + rnd(rng, DIG, 8)
    else:
        w = f"{rng.randint(2010, 2026)}-{rnd(rng, DIG, 7)}"
    return {"plain": w, "written": w, "format": f"mrn:{fmt}", "must_cue": True}


# ------------------------------------------------------------------ HEALTH_PLAN_ID
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(m):
    """CMS Medicare Beneficiary Identifier format (CMS MBI Format Specifications, 2016)."""
    m = m.replace("-", "")
    if len(m) != 11:
        return False
    a, an, n = MBI_ALPHA, MBI_ALPHA + DIG, DIG
    pat = ["123456789", a, an, n, a, an, n, a, a, n, n]
    return all(c in p for c, p in zip(m, pat))


def gen_hpid(rng, fmt=None):
    fmt = fmt or rng.choice(["mbi", "mbi_dashed", "aetna_w", "cigna_u", "humana_h", "medicaid_fl", "bcbs_prefix"])
    if fmt in ("mbi", "mbi_dashed"):
        a, an = MBI_ALPHA, MBI_ALPHA + DIG
        m = (rng.choice("123456789") + rng.choice(a) + rng.choice(an) + rng.choice(DIG) + rng.choice(a)
             + rng.choice(an) + rng.choice(DIG) + rng.choice(a) + rng.choice(a) + rnd(rng, DIG, 2))
        w = m if fmt == "mbi" else f"{m[:4]}-{m[4:7]}-{m[7:]}"
    elif fmt == "aetna_w":  # Aetna member ID: W + 9 digits
        w = "W" + rnd(rng, DIG, 9)
    elif fmt == "cigna_u":  # Cigna ID: U + 8 digits + 2-digit dependant suffix
        w = "U" + rnd(rng, DIG, 8) + " " + rng.choice(["01", "02", "03"])
    elif fmt == "humana_h":
        w = "H" + rnd(rng, DIG, 8)
    elif fmt == "medicaid_fl":  # Florida Medicaid recipient ID: 10 digits
        w = rnd(rng, DIG, 10)
    else:  # BCBS: 3-letter alpha prefix + 9 digits
        w = rnd(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + rnd(rng, DIG, 9)
    return {"plain": w, "written": w, "format": f"hpid:{fmt}", "must_cue": True}


# ------------------------------------------------------------------ ACCOUNT_NUMBER
CARD_SCHEMES = {  # ISO/IEC 7812 IIN ranges per the card networks' published BIN tables
    "visa": (["4"], 16), "mastercard": (["51", "53", "55", "2221", "2720"], 16), "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16), "jcb": (["3528", "3589"], 16), "rupay": (["6521", "6522", "508"], 16),
    "troy": (["9792"], 16), "diners": (["36"], 14),
}


def group_card(n, scheme):
    if scheme == "amex":
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    if scheme == "diners":
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def fr_rib_key(bank, branch, account):
    """French RIB key: 97 - ((89*bank + 15*branch + 3*account) mod 97) (numeric account)."""
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["FR", "DE", "TR", "LU", "PT", "BE"])
    if cc == "FR":
        b, g, a = rnd(rng, DIG, 5), rnd(rng, DIG, 5), rnd(rng, DIG, 11)
        bban = b + g + a + f"{fr_rib_key(b, g, a):02d}"
    elif cc == "DE":
        bban = rnd(rng, DIG, 8) + rnd(rng, DIG, 10)
    elif cc == "TR":
        bban = rnd(rng, DIG, 5) + "0" + rnd(rng, DIG, 16)
    elif cc == "LU":
        bban = rnd(rng, DIG, 3) + rnd(rng, DIG + UP, 13)
    elif cc == "PT":
        body = rnd(rng, DIG, 4) + rnd(rng, DIG, 4) + rnd(rng, DIG, 11)
        ck = 98 - (int(body) * 100) % 97
        bban = body + f"{ck:02d}"
    else:  # BE: 3 bank + 7 account + 2 check (mod 97 of the first 10, 97 for 0)
        body = rnd(rng, DIG, 10)
        ck = int(body) % 97 or 97
        bban = body + f"{ck:02d}"
    return iban_make(cc, bban)


def gen_account(rng, fmt=None):
    fmt = fmt or rng.choice(["iban_e", "iban_p", "card_grouped", "card_plain", "fin", "bank_us"])
    if fmt.startswith("iban"):
        ib = gen_iban(rng)
        w = ib if fmt == "iban_e" else " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return {"plain": ib, "written": w, "format": f"account:{fmt}:{ib[:2]}", "must_cue": False}
    if fmt.startswith("card"):
        scheme = rng.choice(sorted(CARD_SCHEMES))
        pre, ln = CARD_SCHEMES[scheme]
        p = rng.choice(pre)
        if scheme == "mastercard" and len(p) == 4:
            p = str(rng.randint(2221, 2720))
        n = luhn_complete(p + rnd(rng, DIG, ln - len(p) - 1))
        w = group_card(n, scheme) if fmt == "card_grouped" else n
        return {"plain": n, "written": w, "format": f"account:{fmt}:{scheme}", "must_cue": fmt == "card_plain"}
    if fmt == "fin":  # hospital financial (encounter account) number, Cerner FIN style
        w = "FIN " + rnd(rng, DIG, 10)
        return {"plain": w, "written": w, "format": "account:fin", "must_cue": True}
    w = rnd(rng, DIG, rng.choice([10, 11, 12]))  # US DDA account number, ANSI X9.13 field 4 width
    return {"plain": w, "written": w, "format": "account:bank_us", "must_cue": True}


def account_ok(fmt, plain):
    if fmt.startswith("account:iban"):
        return iban_ok(plain)
    if fmt.startswith("account:card"):
        return plain.isdigit() and luhn_ok(plain)
    if fmt == "account:fin":
        return bool(re.fullmatch(r"FIN \d{10}", plain))
    return bool(re.fullmatch(r"\d{10,12}", plain))


# ------------------------------------------------------------------ LICENSE_NUMBER
DL_FORMATS = {  # AAMVA DL/ID Card Design Standard, state formats (as printed)
    "CA": (r"[A-Z]\d{7}", lambda r: rnd(r, UP, 1) + rnd(r, DIG, 7)),
    "NY": (r"\d{3} \d{3} \d{3}", lambda r: " ".join(rnd(r, DIG, 3) for _ in range(3))),
    "FL": (r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", lambda r: f"{rnd(r, UP, 1)}{rnd(r, DIG, 3)}-{rnd(r, DIG, 3)}-{rnd(r, DIG, 2)}-{rnd(r, DIG, 3)}-{rnd(r, DIG, 1)}"),
    "TX": (r"\d{8}", lambda r: rnd(r, "123456789", 1) + rnd(r, DIG, 7)),
    "NJ": (r"[A-Z]\d{4} \d{5} \d{5}", lambda r: f"{rnd(r, UP, 1)}{rnd(r, DIG, 4)} {rnd(r, DIG, 5)} {rnd(r, DIG, 5)}"),
    "MI": (r"[A-Z] \d{3} \d{3} \d{3} \d{3}", lambda r: rnd(r, UP, 1) + " " + " ".join(rnd(r, DIG, 3) for _ in range(4))),
    "OH": (r"[A-Z]{2}\d{6}", lambda r: rnd(r, UP, 2) + rnd(r, DIG, 6)),
    "AZ": (r"[A-Z]\d{8}", lambda r: rnd(r, "ABDY", 1) + rnd(r, DIG, 8)),
    "VA": (r"[A-Z]\d{2}-\d{2}-\d{4}", lambda r: f"{rnd(r, 'ABCT', 1)}{rnd(r, DIG, 2)}-{rnd(r, DIG, 2)}-{rnd(r, DIG, 4)}"),
    "PA": (r"\d{2} \d{3} \d{3}", lambda r: f"{rnd(r, DIG, 2)} {rnd(r, DIG, 3)} {rnd(r, DIG, 3)}"),
}


def gen_license(rng, state=None):
    state = state or rng.choice(sorted(DL_FORMATS))
    w = DL_FORMATS[state][1](rng)
    return {"plain": w, "written": w, "format": f"license:{state}", "must_cue": True, "state": state}


def license_ok(fmt, plain):
    return bool(re.fullmatch(DL_FORMATS[fmt.split(":")[1]][0], plain))


# ------------------------------------------------------------------ DEVICE_ID
def gen_device(rng, fmt=None):
    fmt = fmt or rng.choice(["imei", "imei_dashed", "mac_colon", "mac_hyphen", "mac_dotted", "udi_gs1", "udi_hibc",
                             "implant_serial"])
    if fmt.startswith("imei"):  # 3GPP TS 23.003 sec. 6.2.1: TAC(8) + SNR(6) + Luhn check digit
        tac = rng.choice(["35", "86", "01", "99"]) + rnd(rng, DIG, 6)
        imei = luhn_complete(tac + rnd(rng, DIG, 6))
        w = imei if fmt == "imei" else f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}"
        return {"plain": imei, "written": w, "format": f"device:{fmt}", "must_cue": True}
    if fmt.startswith("mac"):  # IEEE 802 EUI-48, unicast, universally administered
        b = [rng.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        plain = ":".join(f"{x:02x}" for x in b)
        if fmt == "mac_colon":
            w = plain
        elif fmt == "mac_hyphen":
            w = plain.upper().replace(":", "-")
        else:
            h = plain.replace(":", "")
            w = f"{h[:4]}.{h[4:8]}.{h[8:]}"
        return {"plain": plain, "written": w, "format": f"device:{fmt}", "must_cue": False}
    if fmt == "udi_gs1":  # GS1 UDI: (01) GTIN-14 (17) expiry (10) lot (21) serial
        body = "0" + rnd(rng, DIG, 12)
        gtin = body + gs1_check(body)
        w = f"(01){gtin}(17){rng.randint(26, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(10){rnd(rng, UP + DIG, 6)}(21){rnd(rng, DIG, 9)}"
        return {"plain": w, "written": w, "format": "device:udi_gs1", "must_cue": False}
    if fmt == "udi_hibc":  # HIBCC: +LIC(4) PCN(n) UM(1) / serial, mod-43 check
        data = "+" + rnd(rng, UP, 1) + rnd(rng, UP + DIG, 3) + rnd(rng, UP + DIG, 6) + "0" + "/$$+" + rnd(rng, DIG, 9)
        w = data + hibc_check(data)
        return {"plain": w, "written": w, "format": "device:udi_hibc", "must_cue": False}
    w = f"{rnd(rng, UP, 3)}{rnd(rng, DIG, 6)}{rnd(rng, UP, 1)}"  # implant serial as printed on the implant card
    return {"plain": w, "written": w, "format": "device:implant_serial", "must_cue": True}


def device_ok(fmt, plain):
    f = fmt.split(":")[1]
    if f.startswith("imei"):
        return len(plain) == 15 and plain.isdigit() and luhn_ok(plain)
    if f.startswith("mac"):
        if not re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", plain):
            return False
        return int(plain[:2], 16) & 3 == 0
    if f == "udi_gs1":
        m = re.match(r"\(01\)(\d{14})", plain)
        return bool(m) and gs1_check(m.group(1)[:13]) == m.group(1)[13]
    if f == "udi_hibc":
        return hibc_check(plain[:-1]) == plain[-1]
    return bool(re.fullmatch(r"[A-Z]{3}\d{6}[A-Z]", plain))


# ------------------------------------------------------------------ VEHICLE_ID
WMIS = ["JT2", "4T1", "1HG", "1FA", "MAT", "MA1", "KMH", "VF1", "NM4", "WVW", "WBA", "YV1", "TMB", "UU1", "MA3"]
PLATES = {  # national plate formats (as issued)
    "KE": (r"K[A-Z]{2} \d{3}[A-Z]", lambda r: f"K{rnd(r, 'ABCDEFGH', 1)}{rnd(r, UP, 1)} {rnd(r, DIG, 3)}{rnd(r, UP, 1)}"),
    "IN-MH": (r"MH \d{2} [A-Z]{2} \d{4}", lambda r: f"MH {r.randint(1, 50):02d} {rnd(r, UP, 2)} {rnd(r, DIG, 4)}"),
    "DZ": (r"\d{5} \d{3} \d{2}", lambda r: f"{rnd(r, DIG, 5)} {r.randint(100, 125)} {r.randint(1, 58):02d}"),
    "TR": (r"\d{2} [A-Z]{3} \d{2,3}", lambda r: f"{r.randint(1, 81):02d} {rnd(r, 'ABCDEFGHJKLMNPRSTUVYZ', 3)} {rnd(r, DIG, 3)}"),
    "CL": (r"[B-Z]{4}-\d{2}", lambda r: f"{rnd(r, 'BCDFGHJKLPRSTVWXYZ', 4)}-{rnd(r, DIG, 2)}"),
    "LU": (r"[A-Z]{2} \d{4}", lambda r: f"{rnd(r, UP, 2)} {rnd(r, DIG, 4)}"),
    "US-NY": (r"[A-Z]{3}-\d{4}", lambda r: f"{rnd(r, UP, 3)}-{rnd(r, DIG, 4)}"),
}


def gen_vehicle(rng, fmt=None):
    fmt = fmt or rng.choice(["vin", "vin", "vin_lower", "plate"])
    if fmt.startswith("vin"):
        wmi = rng.choice(WMIS)
        v = wmi + rnd(rng, VIN_CHARS, 5) + "0" + rng.choice(VIN_YEAR) + rnd(rng, VIN_CHARS, 1) + rnd(rng, DIG, 6)
        v = v[:8] + vin_check(v) + v[9:]
        return {"plain": v, "written": v.lower() if fmt == "vin_lower" else v, "format": f"vehicle:{fmt}:{wmi}",
                "must_cue": False}
    cc = rng.choice(sorted(PLATES))
    w = PLATES[cc][1](rng)
    return {"plain": w, "written": w, "format": f"vehicle:plate:{cc}", "must_cue": True}


def vehicle_ok(fmt, plain):
    p = fmt.split(":")
    if p[1].startswith("vin"):
        return vin_ok(plain)
    return bool(re.fullmatch(PLATES[p[2]][0], plain))


# ------------------------------------------------------------------ IP_ADDRESS
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(s):
    """IANA special-purpose registries (RFC 6890): global, and outside RFC 5737 / RFC 3849 documentation ranges."""
    a = ipaddress.ip_address(s)
    return a.is_global and not any(a in n for n in DOC_NETS) and not a.is_multicast


def gen_ip(rng, fmt=None):
    fmt = fmt or rng.choice(["v4", "v4", "v4_port", "v4_cidr", "v6", "v6_bracket"])
    while True:
        if fmt.startswith("v4"):
            a = ipaddress.ip_address(".".join(str(rng.randint(1, 223)) for _ in range(1)) + "." +
                                     ".".join(str(rng.randint(0, 255)) for _ in range(2)) + "." + str(rng.randint(1, 254)))
        else:
            a = ipaddress.ip_address("2" + rnd(rng, "0123456789abcdef", 3) + ":" + ":".join(
                rnd(rng, "0123456789abcdef", 4) for _ in range(3)) + "::" + rnd(rng, "123456789abcdef", 1) + rnd(rng, "0123456789abcdef", 2))
        if ip_ok(str(a)):
            break
    plain = str(a)
    w = {"v4": plain, "v4_port": f"{plain}:{rng.choice([443, 8443, 5432, 22])}", "v4_cidr": f"{plain}/32",
         "v6": plain, "v6_bracket": f"[{plain}]:{rng.choice([443, 8080])}"}[fmt]
    return {"plain": plain, "written": w, "format": f"ip:{fmt}", "must_cue": False}


# ------------------------------------------------------------------ URL
def gen_url(rng, given, family, fmt=None):
    g, f = (re.sub(r"[^a-z-]", "", fold(x).lower().replace(" ", "-")) for x in (given, family))
    fmt = fmt or rng.choice(["gofundme", "mchanga", "ketto", "milaap", "instagram", "github", "facebook", "portal"])
    if fmt == "gofundme":
        u = f"https://www.gofundme.com/f/help-{g}-{f}-{rng.choice(['recover', 'heal', 'surgery', 'dialysis'])}"
    elif fmt == "mchanga":
        u = f"https://www.mchanga.africa/fundraiser/{rng.randint(10000, 99999)}-{g}-{f}-medical-fund"
    elif fmt == "ketto":
        u = f"https://www.ketto.org/fundraiser/support-{g}-{f}-{rng.randint(100000, 999999)}"
    elif fmt == "milaap":
        u = f"https://milaap.org/fundraisers/support-{g}-{f}"
    elif fmt == "instagram":
        u = f"https://www.instagram.com/{g}.{f}{rng.randint(10, 99)}/"
    elif fmt == "github":
        u = f"https://github.com/{g[0]}{f}{rng.randint(1, 99)}"
    elif fmt == "facebook":
        u = f"https://www.facebook.com/profile.php?id=1000{rnd(rng, DIG, 11)}"
    else:
        u = f"https://mychart.{rng.choice(['mercyhealth', 'sanfordhealth', 'ochsner'])}.org/MyChart/patients/{rnd(rng, DIG, 8)}/summary"
    return {"plain": u, "written": u, "format": f"url:{fmt}", "must_cue": False}


def url_ok(u):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/\S+", u)) and "example." not in u


# ------------------------------------------------------------------ SECRET
B64URL = ALNUM + "-_"


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def gen_secret(rng, rule=None):
    """Random strings shaped by the gitleaks rule regexes (gitleaks@b58d3f1 config/gitleaks.toml)."""
    rule = rule or rng.choice(SECRET_RULES)
    if rule == "github-pat":
        s = "ghp_" + rnd(rng, ALNUM, 36)
    elif rule == "gitlab-runner-authentication-token":
        s = "glrt-" + rnd(rng, ALNUM + "_-", 20)
    elif rule == "slack-bot-token":
        s = f"xoxb-{rnd(rng, DIG, 12)}-{rnd(rng, DIG, 13)}-{rnd(rng, ALNUM, 24)}"
    elif rule == "gcp-api-key":
        s = "AIza" + rnd(rng, ALNUM + "_-", 35)
    elif rule == "anthropic-api-key":
        s = "sk-ant-api03-" + rnd(rng, ALNUM + "_-", 93) + "AA"
    elif rule == "openai-api-key":
        s = "sk-proj-" + rnd(rng, ALNUM + "_-", 74) + "T3BlbkFJ" + rnd(rng, ALNUM + "_-", 74)
    elif rule == "pypi-upload-token":
        s = "pypi-AgEIcHlwaS5vcmc" + rnd(rng, ALNUM + "_-", 70)
    elif rule == "digitalocean-pat":
        s = "dop_v1_" + rnd(rng, "0123456789abcdef", 64)
    elif rule == "jwt":
        hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        pl = b64u(json.dumps({"sub": rnd(rng, DIG, 10), "iat": rng.randint(1700000000, 1790000000),
                              "scope": "patient/*.read"}, separators=(",", ":")).encode())
        s = f"{hdr}.{pl}.{rnd(rng, ALNUM, 43)}"
    elif rule == "sentry-user-token":
        s = "sntryu_" + rnd(rng, "0123456789abcdef", 64)
    elif rule == "age-secret-key":
        s = "AGE-SECRET-KEY-1" + rnd(rng, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    elif rule == "prefect-api-token":
        s = "pnu_" + rnd(rng, ALNUM, 36)
    elif rule == "pulumi-api-token":
        s = "pul-" + rnd(rng, "0123456789abcdef", 40)
    elif rule == "harness-api-key":
        s = f"pat.{rnd(rng, ALNUM + '_-', 22)}.{rnd(rng, ALNUM, 24)}.{rnd(rng, ALNUM, 20)}"
    elif rule == "postgres-uri":
        s = f"postgresql://svc_{rnd(rng, LOW, 5)}:{rnd(rng, ALNUM, 18)}@db-{rnd(rng, LOW, 6)}.internal:5432/ehr"
    elif rule == "mongodb-uri":
        s = f"mongodb+srv://app{rng.randint(1, 9)}:{rnd(rng, ALNUM, 16)}@cluster0.{rnd(rng, LOW + DIG, 5)}.mongodb.net/claims"
    elif rule == "password":
        s = rnd(rng, UP, 1) + rnd(rng, LOW, 5) + rng.choice("!#$%&*@") + rnd(rng, DIG, 4) + rnd(rng, LOW, 2)
    else:
        raise KeyError(rule)
    return {"plain": s, "written": s, "format": f"secret:{rule}", "must_cue": rule == "password"}


SECRET_RULES = ["github-pat", "gitlab-runner-authentication-token", "slack-bot-token", "gcp-api-key",
                "anthropic-api-key", "openai-api-key", "pypi-upload-token", "digitalocean-pat", "jwt",
                "sentry-user-token", "age-secret-key", "prefect-api-token", "pulumi-api-token", "harness-api-key",
                "postgres-uri", "mongodb-uri", "password"]
SECRET_EXTRA_RX = {"postgres-uri": r"postgresql://[a-z_]+:[A-Za-z0-9]{18}@[a-z.-]+:5432/\w+",
                   "mongodb-uri": r"mongodb\+srv://app\d:[A-Za-z0-9]{16}@[a-z0-9.]+/\w+",
                   "password": r"[A-Z][a-z]{5}[!#$%&*@]\d{4}[a-z]{2}"}


def gitleaks_rx(regex: str) -> str:
    """Go RE2 -> Python: drop the trailing boundary group gitleaks appends, keep the token group."""
    r = regex.replace(r"(?:[\x60'\"\s;]|\\[nr]|$)", "")
    r = r.replace("(?:[\\x60'\"\\s;]|\\\\[nr]|$)", "")
    return r


def secret_ok(fmt, plain, rules):
    rule = fmt.split(":", 1)[1]
    if rule in SECRET_EXTRA_RX:
        return bool(re.fullmatch(SECRET_EXTRA_RX[rule], plain))
    rx = gitleaks_rx(rules[rule])
    return re.search(rx, plain) is not None and re.search(rx, plain).group(0) == plain


# ------------------------------------------------------------------ dispatcher
def validate(category, fmt, plain, rules=None) -> bool:
    if category == "PERSON":
        return bool(plain.strip()) and len(plain.split()) >= 2
    if category == "DATE_OF_BIRTH":
        import datetime
        d = datetime.date.fromisoformat(plain)
        return 1900 < d.year < 2020
    if category == "US_SSN":
        return ssn_ok(plain)
    if category == "PHONE_NUMBER":
        return phone_ok(plain)
    if category == "EMAIL_ADDRESS":
        return email_ok(plain)
    if category == "STREET_ADDRESS":
        return address_ok(plain)
    if category == "ZIP_CODE":
        return zip_ok(plain)
    if category == "MRN":
        return any(c.isdigit() for c in plain)
    if category == "HEALTH_PLAN_ID":
        return mbi_ok(plain) if "mbi" in fmt else bool(re.fullmatch(r"[A-Z0-9 ]{9,14}", plain))
    if category == "ACCOUNT_NUMBER":
        return account_ok(fmt, plain)
    if category == "LICENSE_NUMBER":
        return license_ok(fmt, plain)
    if category == "DEVICE_ID":
        return device_ok(fmt, plain)
    if category == "VEHICLE_ID":
        return vehicle_ok(fmt, plain)
    if category == "IP_ADDRESS":
        return ip_ok(plain)
    if category == "URL":
        return url_ok(plain)
    if category == "SECRET":
        return secret_ok(fmt, plain, rules or {})
    raise KeyError(category)
