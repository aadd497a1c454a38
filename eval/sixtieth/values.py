"""Value generators for the sixtieth set, each from a published format rule, with validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.
"""
import base64
import datetime
import ipaddress
import json
import re
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

DIG = string.digits
UP = string.ascii_uppercase


def rdigits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def boring(s):
    """Reject runs and ladders (123456789, 000000, 1111) that read as documentation placeholders."""
    d = re.sub(r"\D", "", s)
    if len(d) >= 4 and (len(set(d)) <= 2 or d in "01234567890123456789" or d in "98765432109876543210"):
        return True
    return bool(re.search(r"(\d)\1\1\1", d)) or "1234" in d or "0000" in d or "9876" in d


# ---------------------------------------------------------------- Luhn (ISO/IEC 7812-1 annex B)
def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return num.isdigit() and luhn_check_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------- US SSN
def gen_ssn(rng):
    """SSA Social Security Number randomization (June 2011): area 001-899 except 666, group 01-99, serial
    0001-9999; the advertised 078-05-1120 and 219-09-9999 excluded."""
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if not boring(v) and v not in ("078-05-1120", "219-09-9999"):
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


def render_ssn(fmt, plain):
    return {"ssn.dash": plain, "ssn.space": plain.replace("-", " "), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_"), "ssn.dot": plain.replace("-", ".")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def gen_dob(rng):
    """A calendar date between 1938-01-01 and 2014-12-31 (proleptic Gregorian, ISO 8601 calendar date): patients of
    a multi-specialty group, pediatric to geriatric."""
    d = datetime.date(1938, 1, 1) + datetime.timedelta(days=rng.randint(0, 28123))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.us_slash", "date.us_slash_unpadded", "date.iso", "date.us_long", "date.us_abbr", "date.us_dash",
                "date.hl7", "date.mmddyy", "date.dd_mon_yyyy", "date.key_iso", "date.key_us", "date.us_long_caps",
                "date.iso_z"]


def render_date(fmt, iso):
    """US renderings: mm/dd/yyyy (the US civil form, as intake forms print it); m/d/yyyy unpadded (as spreadsheets
    export it); ISO 8601 extended (yyyy-mm-dd); 'March 12, 1984' (the US long form, Chicago Manual of Style); 'Mar 12,
    1984' (abbreviated month); mm-dd-yyyy; HL7 v2 DT / DTM date CCYYMMDD (19840312); MMDDYY six digits (as claim
    forms and card readers print it); DD-MON-YYYY upper case (12-MAR-1984, the Oracle / EHR report default); key-safe
    yyyy_mm_dd and mm_dd_yyyy; 'MARCH 12, 1984' upper case; ISO 8601 date-time at midnight UTC (1984-03-12T00:00:00Z,
    as FHIR / JSON exports store a date-only field)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    return {
        "date.us_slash": f"{m:02d}/{dd:02d}/{y}",
        "date.us_slash_unpadded": f"{m}/{dd}/{y}",
        "date.iso": iso,
        "date.us_long": f"{EN_MONTHS[m - 1]} {dd}, {y}",
        "date.us_abbr": f"{EN_MONTHS[m - 1][:3]} {dd}, {y}",
        "date.us_dash": f"{m:02d}-{dd:02d}-{y}",
        "date.hl7": f"{y}{m:02d}{dd:02d}",
        "date.mmddyy": f"{m:02d}{dd:02d}{y % 100:02d}",
        "date.dd_mon_yyyy": f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}",
        "date.key_iso": f"{y}_{m:02d}_{dd:02d}",
        "date.key_us": f"{m:02d}_{dd:02d}_{y}",
        "date.us_long_caps": f"{EN_MONTHS[m - 1].upper()} {dd}, {y}",
        "date.iso_z": f"{iso}T00:00:00Z",
    }[fmt]


# ---------------------------------------------------------------- MRN / chart numbers (always cued)
MRN_STYLES = ["mrn.drchrono", "mrn.site7", "mrn.pn8", "mrn.luhn10", "mrn.hash6"]
MRN_SITES = ["RAL", "DUR", "KNX", "CHA", "SPI", "PEO", "BKN", "ALB"]      # clinic codes (Raleigh, Durham, Knoxville,
                                                                        # Chattanooga, Springfield, Peoria, Brooklyn,
                                                                        # Albany)


def gen_mrn(rng, style, name=None):
    """Ambulatory EHR chart-number house styles: a DrChrono-style chart id (first two letters of the last name, first
    two of the first name, six digits: 'SMJO000412'); clinic site code + '-' + 7 digits ('KNX-0048213'); 'PN' + 8
    digits (practice-management patient number); 10 digits whose last digit is a Luhn check digit (ISO/IEC 7812
    annex B, as several practice-management systems check chart numbers); '#' + 6 digits (a paper chart number)."""
    while True:
        if style == "mrn.drchrono":
            a = "".join(rng.choice(UP) for _ in range(4)) if not name else name
            v = a + f"{rng.randint(1, 99999):06d}"
        elif style == "mrn.site7":
            v = f"{rng.choice(MRN_SITES)}-" + rdigits(rng, 7)
        elif style == "mrn.pn8":
            v = "PN" + rdigits(rng, 8, True)
        elif style == "mrn.luhn10":
            b = rdigits(rng, 9, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.hash6":
            v = "#" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v.lstrip("0")) and not (style == "mrn.site7" and v.endswith("0000000")):
            return v


MRN_RX = {"mrn.drchrono": r"[A-Z]{4}\d{6}", "mrn.site7": r"(?:" + "|".join(MRN_SITES) + r")-\d{7}",
          "mrn.pn8": r"PN[1-9]\d{7}", "mrn.luhn10": r"[1-9]\d{9}", "mrn.hash6": r"#[1-9]\d{5}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v):
        return False
    if style == "mrn.luhn10":
        return luhn_ok(v)
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification): 11 characters C A AN N A AN N A A N N;
    C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9."""
    an = MBI_ALPHA + list(DIG)
    pos = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    return "".join({"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                    "N": rng.choice(DIG)}[p] for p in pos)


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v))


HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.ny_cin", "hp.il_rin", "hp.tenncare", "hp.aetna_w", "hp.bcbs_prefix"]


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4 with dashes as on the Medicare card); a New York Medicaid Client ID Number (CIN,
    eMedNY: 2 letters + 5 digits + 1 letter, 'AB12345C'); an Illinois HFS recipient identification number (RIN, 9
    digits); a TennCare member id (9 digits, as printed on the TennCare card); an Aetna member id ('W' + 9 digits); a
    Blue Cross Blue Shield member id (3-letter alpha prefix + 9 digits, the BCBSA alpha-prefix convention)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.ny_cin":
            v = rng.choice(UP) + rng.choice(UP) + rdigits(rng, 5) + rng.choice(UP)
        elif style in ("hp.il_rin", "hp.tenncare"):
            v = rdigits(rng, 9, True)
        elif style == "hp.aetna_w":
            v = "W" + rdigits(rng, 9, True)
        elif style == "hp.bcbs_prefix":
            v = rng.choice(["QMF", "XEK", "ZGP", "NCB", "YYT", "JQB"]) + rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dashed":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.mbi"):
        return mbi_ok(v)
    return re.fullmatch({"hp.ny_cin": r"[A-Z]{2}\d{5}[A-Z]", "hp.il_rin": r"[1-9]\d{8}", "hp.tenncare": r"[1-9]\d{8}",
                         "hp.aetna_w": r"W[1-9]\d{8}", "hp.bcbs_prefix": r"[A-Z]{3}[1-9]\d{8}"}[style], v) is not None


# ---------------------------------------------------------------- account numbers
def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard", "amex", "discover"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs as US issuers use them: Visa 4 (16), Mastercard 51-55 (16), American Express 34 / 37 (15,
    printed 4-6-5), Discover 6011 / 65 (16); last digit by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard":
            v = card(rng, str(rng.randint(51, 55)), 16)
        elif brand == "amex":
            v = card(rng, rng.choice(["34", "37"]), 15)
        elif brand == "discover":
            v = card(rng, rng.choice(["6011", "65"]), 16)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("4111111111111111", "4242424242424242", "4012888888881881",
                                       "5555555555554444", "5105105105105100", "378282246310005", "371449635398431",
                                       "6011111111111117", "6011000990139424"):
            return v


def render_account(fmt, plain):
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[len(plain)]:
            out.append(plain[i:i + g])
            i += g
        return sep.join(out)
    return plain


def gen_us_bank(rng):
    """US deposit account number as printed on a check's MICR line: 10-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Practice-management guarantor account: 'G' + 7 digits (cued only)."""
    while True:
        v = "G" + rdigits(rng, 7, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["NC", "TN", "IL", "NY", "NYL"]


def gen_dl(rng, st):
    """Driver-licence number formats of the four states (AAMVA DL/ID card design standard, state descriptions): North
    Carolina 1-12 digits (drawn as 12 digits with leading zeros, as the card prints it, or 8-10 digits); Tennessee 7-9
    digits; Illinois 1 letter (the surname's Soundex letter) + 11 digits printed A123-4567-8901; New York 9 digits
    printed 'ddd ddd ddd', and the older New York form 1 letter + 7 digits ('NYL')."""
    while True:
        if st == "NC":
            v = rng.choice(["0000" + rdigits(rng, 8, True), rdigits(rng, rng.choice([8, 9, 10]), True)])
        elif st == "TN":
            v = rdigits(rng, rng.choice([7, 8, 9]), True)
        elif st == "IL":
            d = rdigits(rng, 11)
            v = f"{rng.choice(UP)}{d[:3]}-{d[3:7]}-{d[7:]}"
        elif st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "NYL":
            v = rng.choice(UP) + rdigits(rng, 7, True)
        else:
            raise KeyError(st)
        if not boring(v.lstrip("0")):
            return v


DL_RX = {"NC": r"(?:0000[1-9]\d{7}|[1-9]\d{7,9})", "TN": r"[1-9]\d{6,8}", "IL": r"[A-Z]\d{3}-\d{4}-\d{4}",
         "NY": r"[1-9]\d{2} \d{3} \d{3}", "NYL": r"[A-Z][1-9]\d{6}"}

# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_dashed":            # 3GPP TS 23.003 presentation AA-BBBBBB-CCCCCC-D
        return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}"
    return plain


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0), universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(5)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and \
        v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    if fmt == "dev.mac_ieee":              # IEEE 802 canonical: upper case, hyphens
        return plain.upper().replace(":", "-")
    if fmt == "dev.mac_cisco":             # three dot-separated groups of 4 hex digits (Cisco IOS)
        h = plain.replace(":", "")
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "dev.mac_bare":              # 12 hex digits without separators, upper case (as many inventories store it)
        return plain.replace(":", "").upper()
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (17) expiry YYMMDD, (10) lot, (21) serial."""
    body = "0" + rng.choice(["0", "5", "6", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(s):
    """HIBC LIC (ANSI/HIBC 2.x): modulo-43 check character over every character, the leading '+' included."""
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in s) % 43]


def gen_hibcc(rng):
    """HIBCC UDI, concatenated primary and secondary structure: '+' + LIC (letter + 3 alphanumerics) + product
    number (5 alphanumerics) + unit-of-measure digit + '/' + '$+' + serial (8 alphanumerics) + mod-43 check."""
    al = UP + DIG
    s = "+" + rng.choice(UP) + "".join(rng.choice(al) for _ in range(3)) + "".join(rng.choice(al) for _ in range(5)) + \
        rng.choice(DIG) + "/$+" + "".join(rng.choice(al) for _ in range(8))
    return s + hibc_check(s)


def hibcc_ok(v):
    return bool(re.fullmatch(r"\+[A-Z][A-Z0-9]{3}[A-Z0-9]{5}\d/\$\+[A-Z0-9]{8}.", v)) and hibc_check(v[:-1]) == v[-1]


def gen_serial(rng):
    """Insulin-pump serial as printed on the pump label: 'PMP' + 5 digits + 'H' (cued only); or a continuous glucose
    monitor transmitter serial: 6 alphanumerics starting '8' (cued only)."""
    while True:
        if rng.random() < 0.5:
            v = "PMP" + rdigits(rng, 5, True) + "H"
        else:
            v = "8" + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(5))
        if not boring(v) and re.search(r"[A-Z]", v[1:]):
            return v


SERIAL_RX = r"(?:PMP[1-9]\d{4}H|8[A-HJKMNP-Z2-9]{5})"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FT", "1FA", "1G1", "4T1", "1N4", "5NP", "1C6", "4S4", "1HG", "5FN", "1GN", "3GN"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments of vehicles common on US roads: Ford truck 1FT, Ford car 1FA,
    Chevrolet 1G1, Toyota USA (Kentucky) 4T1, Nissan USA (Smyrna, Tennessee) 1N4, Hyundai USA 5NP, Ram truck 1C6,
    Subaru USA 4S4, Honda USA 1HG, Honda USA MPV 5FN, Chevrolet MPV 1GN, Chevrolet Mexico MPV 3GN) + VDS + check
    digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["NC", "NY", "IL", "TN"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """Standard passenger plates as the state DMVs issue their serials: North Carolina and New York 3 letters + '-' + 4
    digits ('ABC-1234'); Illinois 2 letters + ' ' + 5 digits ('AB 12345'); Tennessee 3 digits + '-' + 3 letters
    ('123-ABC'; a best-effort reading of the county-sticker series)."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if st in ("NC", "NY"):
        return f"{L(3)}-{rdigits(rng, 4, True)}"
    if st == "IL":
        return f"{L(2)} {rdigits(rng, 5, True)}"
    if st == "TN":
        return f"{rdigits(rng, 3, True)}-{L(3)}"
    raise KeyError(st)


PLATE_RX = {"NC": r"[A-Z]{3}-[1-9]\d{3}", "NY": r"[A-Z]{3}-[1-9]\d{3}", "IL": r"[A-Z]{2} [1-9]\d{4}",
            "TN": r"[1-9]\d{2}-[A-Z]{3}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by ARIN (US residential ISPs use them)
    "ARIN": [67, 68, 69, 70, 71, 72, 76, 97, 99, 107, 108, 174]}
RIR_V6 = {"ARIN": [0x2600, 0x2601, 0x2604, 0x2605, 0x2607, 0x2610]}   # IANA IPv6 unicast assignments to ARIN


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as administered by ARIN; kept
    only when is_global and outside RFC 5737."""
    while True:
        first = rng.choice([b for bs in RIR_V4.values() for b in bs])
        a = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under an ARIN IPv6 allocation (IANA IPv6 Global Unicast Address Assignments), outside RFC 3849."""
    while True:
        groups = [rng.choice(RIR_V6["ARIN"])] + [rng.randrange(0x10000) for _ in range(7)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_bracket_port":        # RFC 3986 3.2.2 IP-literal with a port
        return f"[{plain}]:{port}"
    if fmt == "ip.v6_full":                # RFC 4291 2.2 full form, no zero compression
        return ipaddress.IPv6Address(plain).exploded
    if fmt == "ip.v4_cidr32":              # a single host as a /32 prefix (RFC 4632)
        return f"{plain}/32"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
US_AREAS = {"NC": [919, 704, 336, 252, 910, 828, 984, 980], "TN": [865, 629, 931, 423, 615],
            "IL": [312, 773, 217, 309, 630, 847, 618, 815, 224], "NY": [212, 718, 917, 347, 516, 585, 716, 315, 914]}


def gen_phone(rng, region="US"):
    """NANP numbers (ITU-T E.164, country code 1) with an area code of North Carolina, Tennessee, Illinois or New
    York (NANPA area-code assignments) that phonenumbers (libphonenumber metadata) calls valid; never 555, never an
    N11 exchange."""
    for _ in range(2000):
        st = rng.choice(sorted(US_AREAS))
        nat = str(rng.choice(US_AREAS[st])) + rng.choice("23456789") + rdigits(rng, 6)
        if nat[4:6] == "11":
            continue
        e = "+1" + nat
        if phone_ok(e) and not boring(nat[-7:]):
            return e
    raise RuntimeError(region)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    """US renderings: '(919) 283-4410' (libphonenumber NATIONAL), '919-283-4410', '919.283.4410', '+1 919-283-4410'
    (INTERNATIONAL), E.164, '1-919-283-4410' (the long-distance dialing form), 10 digits (cued), RFC 3966 tel: URI."""
    n = phonenumbers.parse(e164)
    nat = str(n.national_number)
    a, b, c = nat[:3], nat[3:6], nat[6:]
    return {"phone.paren": phonenumbers.format_number(n, PNF.NATIONAL), "phone.dash": f"{a}-{b}-{c}",
            "phone.dot": f"{a}.{b}.{c}", "phone.intl": phonenumbers.format_number(n, PNF.INTERNATIONAL),
            "phone.e164": e164, "phone.one_dash": f"1-{a}-{b}-{c}", "phone.digits": nat,
            "phone.tel": phonenumbers.format_number(n, PNF.RFC3966)}[fmt]


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "charter.net", "verizon.net",
                 "optonline.net", "earthlink.net", "msn.com", "me.com", "mail.com", "juno.com", "windstream.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """Plain; in angle brackets (RFC 5322 angle-addr); upper case (as some intake systems store it); RFC 6068
    mailto: URI."""
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.linkedin.com/in/{slug}", "https://www.facebook.com/{slug}", "https://x.com/{slug}",
                 "https://www.caringbridge.org/site/{slug}", "https://givebutter.com/{slug}",
                 "https://fundly.com/{slug}", "https://account.venmo.com/u/{slug}", "https://www.{slug}.com",
                 "https://portal.tarheelpedsderm.com/patient/{num}/chart",
                 "https://mychart.cumberlandurgentcare.org/patients/{num}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("RALEIGH", "NC", "276"), ("DURHAM", "NC", "277"), ("GREENSBORO", "NC", "274"), ("ASHEVILLE", "NC", "288"),
          ("KNOXVILLE", "TN", "379"), ("CHATTANOOGA", "TN", "374"), ("MURFREESBORO", "TN", "371"),
          ("SPRINGFIELD", "IL", "627"), ("PEORIA", "IL", "616"), ("NAPERVILLE", "IL", "605"),
          ("CHAMPAIGN", "IL", "618"), ("BROOKLYN", "NY", "112"), ("ALBANY", "NY", "122"), ("BUFFALO", "NY", "142"),
          ("ROCHESTER", "NY", "146")]
STREETS = ["OAK RIDGE", "FALLS OF NEUSE", "GLENWOOD", "HILLSBOROUGH", "KINGSTON", "SEQUOYAH", "CUMBERLAND",
           "LINCOLNWOOD", "WABASH", "PRAIRIE VIEW", "FLATBUSH", "DELAWARE", "CENTRAL", "MAPLE", "ELMWOOD", "DOGWOOD"]
SUFFIXES = ["ST", "AVE", "RD", "DR", "LN", "CT", "BLVD", "PL", "WAY", "TER", "PIKE", "PKWY"]   # Pub 28 app. C1
UNITS = ["APT", "STE", "UNIT", "#"]                                                        # Pub 28 app. C2
DIRS = ["N", "S", "E", "W"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_unit=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional C2 secondary
    unit, city, state, ZIP or ZIP+4; written upper case without punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 9899))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    unit = ""
    if force_unit or rng.random() < 0.25:
        u = rng.choice(UNITS)
        unit = f" {u} {rng.randint(1, 30)}{rng.choice(['', 'A', 'B', 'C'])}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.35:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
                     + "|".join(re.escape(u) for u in UNITS) + r") \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?",
                     v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    """Upper case (USPS style); mixed case as people type it ('1423 Oak Ridge Dr, Raleigh, NC 27609'); the street line
    only (cued); two lines (street line, line break, last line); with ', USA'."""
    states = {c[1] for c in CITIES}
    if fmt == "addr.mixed":
        return " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit() or w == "#") else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":
        return plain.replace(", ", "\n", 1)
    if fmt == "addr.usa":
        return plain + ", USA"
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["github-pat", "gitlab-pat", "twilio-api-key", "square-access-token", "shopify-access-token",
                "npm-access-token", "postman-api-token", "linear-api-key", "doppler-api-token", "pulumi-api-token",
                "databricks-api-token", "sentry-user-token", "prefect-api-token", "shippo-api-token"]
SECRET_EXTRA = ["uri.mysql", "uri.rediss", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a MySQL URI and a TLS Redis URI
    with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "_-", 19) + R(al, 1)
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "square-access-token":
        return "EAAA" + R(al + "_-", 59) + R(al, 1)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "postman-api-token":
        return "PMAK-" + R(hx, 24) + "-" + R(hx, 34)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 6)}-" \
               f"{R(lo, 6)}.mysql.database.azure.com:3306/intake?ssl-mode=REQUIRED"
    if rule == "uri.rediss":
        return f"rediss://default:{R(al, 24)}@{R(lo, 8)}.upstash.io:6379"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them)."""
    rx = rule["regex"]
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.mysql":
        return bool(re.fullmatch(r"mysql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+\?[\w=&-]+", value))
    if rule_id == "uri.rediss":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- identifiers
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_ascii_name(s):
    return not re.search(r"[^\x00-\x7f]", ascii_fold(s))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, digits (keep [0-9A-Za-z] runs),
    native (join native-script words by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    words = [w for w in re.split(r"[^0-9A-Za-z]+", ascii_fold(text)) if w]
    if not words:
        return ""
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "upper_snake":
        return "_".join(w.upper() for w in words)
    if style == "digits":
        return "".join(words)
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
