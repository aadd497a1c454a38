"""Value generators for the fifty-sixth set, each from a published format rule, with validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  The set models what US EHR- and payer-integration data carries, so every format is a
US one.
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
    """Dashed ddd-dd-dddd (as SSA prints it), space-separated, bare 9 digits, '_'-joined for identifiers."""
    return {"ssn.dash": plain, "ssn.space": plain.replace("-", " "), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def gen_dob(rng):
    """A calendar date between 1938-01-01 and 2019-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1938, 1, 1) + datetime.timedelta(days=rng.randint(0, 29950))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2020


DATE_FORMATS = ["date.us_slash", "date.us_slash_unpadded", "date.us_dash", "date.iso", "date.fhir_iso",
                "date.hl7_dtm", "date.us_long", "date.us_abbr", "date.mmddyyyy", "date.epic_abbr_upper",
                "date.key_iso", "date.us_weekday"]


def render_date(fmt, iso):
    """Renderings US records use: mm/dd/yyyy (US civil usage); m/d/yyyy unpadded (as spreadsheets and Salesforce
    list views print it); mm-dd-yyyy; ISO 8601 yyyy-mm-dd (the FHIR `date` type, HL7 FHIR R4 datatypes);
    FHIR/ISO 8601 dateTime at midnight with a US offset (1984-03-12T00:00:00-05:00); HL7 v2 DTM / X12 D8
    CCYYMMDD (19840312); US long form 'March 12, 1984'; US abbreviated 'Mar 12, 1984'; 8-digit MMDDYYYY
    (03121984, as US flat files and card-reader fields write it); upper-case day-MON-year '12-MAR-1984' (as
    Oracle-backed EHR reports print dates); key-safe yyyy_mm_dd; US long form with weekday
    ('Monday, March 12, 1984')."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.us_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.us_slash_unpadded":
        return f"{m}/{dd}/{y}"
    if fmt == "date.us_dash":
        return f"{m:02d}-{dd:02d}-{y}"
    if fmt == "date.iso":
        return iso
    if fmt == "date.fhir_iso":
        return f"{iso}T00:00:00-05:00"
    if fmt == "date.hl7_dtm":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.us_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.us_abbr":
        return f"{EN_MONTHS[m - 1][:3]} {dd}, {y}"
    if fmt == "date.mmddyyyy":
        return f"{m:02d}{dd:02d}{y}"
    if fmt == "date.epic_abbr_upper":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}"
    if fmt == "date.key_iso":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.us_weekday":
        return f"{d.strftime('%A')}, {EN_MONTHS[m - 1]} {dd}, {y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.zero10", "mrn.z7", "mrn.fac3_8", "mrn.gs1check9", "mrn.spaced9"]
MRN_FACS = ["LMH", "SJR", "MCH", "UHS", "BCH"]


def gen_mrn(rng, style):
    """MRN house styles as US EHR reports print them: 10 digits zero-padded ('000' + 7 digits, the zero-filled
    medical record number many EHR exports show); 'Z' + 7 digits (an enterprise / external patient id style);
    3-letter facility code + 8 digits; 8 digits + a mod-10 check digit with weights 3,1 (the GS1 rule, used here as
    a house check digit); 9 digits printed ddd ddd ddd.  (House styles, not a published standard.)"""
    while True:
        if style == "mrn.zero10":
            v = "000" + rdigits(rng, 7, True)
        elif style == "mrn.z7":
            v = "Z" + rdigits(rng, 7, True)
        elif style == "mrn.fac3_8":
            v = rng.choice(MRN_FACS) + rdigits(rng, 8, True)
        elif style == "mrn.gs1check9":
            b = rdigits(rng, 8, True)
            v = b + gs1_check(b)
        elif style == "mrn.spaced9":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        else:
            raise KeyError(style)
        if not boring(v[3:] if style == "mrn.zero10" else v):
            return v


MRN_RX = {"mrn.zero10": r"000[1-9]\d{6}", "mrn.z7": r"Z[1-9]\d{6}",
          "mrn.fac3_8": r"(?:" + "|".join(MRN_FACS) + r")[1-9]\d{7}", "mrn.gs1check9": r"[1-9]\d{8}",
          "mrn.spaced9": r"[1-9]\d{2} \d{3} \d{3}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v):
        return False
    if style == "mrn.gs1check9":
        return gs1_check(v[:8]) == v[8]
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


HP_STYLES = ["hp.mbi", "hp.member_suffix", "hp.ny_cin", "hp.pa_recip"]


def gen_hpid(rng, style):
    """CMS MBI (plain); a commercial payer member id with a dependent suffix (9 digits + '-' + '0n', the
    subscriber-plus-suffix form printed on US member cards); a New York Medicaid Client Identification Number (CIN:
    2 letters + 5 digits + 1 letter); a Pennsylvania Medical Assistance recipient number (10 digits, cued only)."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.member_suffix":
            v = rdigits(rng, 9, True) + "-0" + rng.choice("1234")
        elif style == "hp.ny_cin":
            v = "".join(rng.choice(UP) for _ in range(2)) + rdigits(rng, 5, True) + rng.choice(UP)
        elif style == "hp.pa_recip":
            v = rdigits(rng, 10, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    if style == "hp.member_suffix":
        return bool(re.fullmatch(r"[1-9]\d{8}-0[1-4]", v))
    if style == "hp.ny_cin":
        return bool(re.fullmatch(r"[A-Z]{2}[1-9]\d{4}[A-Z]", v))
    return bool(re.fullmatch(r"[1-9]\d{9}", v))


# ---------------------------------------------------------------- account numbers
def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard5", "amex", "discover"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs of the four US networks: Visa 4 (16), Mastercard 51-55 (16), American Express 34 / 37 (15,
    printed 4-6-5), Discover 6011 / 65 (16); last digit by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard5":
            v = card(rng, str(rng.randint(51, 55)), 16)
        elif brand == "amex":
            v = card(rng, rng.choice(["34", "37"]), 15)
        elif brand == "discover":
            v = card(rng, rng.choice(["6011", "65"]), 16)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("4111111111111111", "4242424242424242", "4012888888881881",
                                       "5555555555554444", "5105105105105100", "378282246310005",
                                       "371449635398431", "6011111111111117", "6011000990139424"):
            return v


def render_account(fmt, plain):
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[len(plain)]:
            out.append(plain[i:i + g])
            i += g
        return sep.join(out)
    if fmt == "acct.rtn_acct":
        return plain.replace(":", " ")
    return plain


def aba_check_ok(rtn):
    """ABA routing transit number checksum: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) = 0 mod 10."""
    d = [int(c) for c in rtn]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def gen_rtn_acct(rng):
    """A US bank routing transit number (Federal Reserve district prefix 01-12, ABA checksum) and a 10-digit
    checking account number, stored 'rtn:acct' and written with a space (cued only)."""
    while True:
        body = f"{rng.randint(1, 12):02d}" + rdigits(rng, 6)
        for c in DIG:
            if aba_check_ok(body + c):
                rtn = body + c
                break
        acct = rdigits(rng, 10, True)
        if not boring(acct) and not boring(rtn):
            return f"{rtn}:{acct}"


def gen_checking(rng):
    """US checking account number as printed on a cheque's MICR line: 10-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital guarantor / encounter account: 'G' + 9 digits (house style, cued only)."""
    while True:
        v = "G" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["NY", "PA", "KY", "HI", "NH", "WV", "VT", "NE"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states' DMVs describe them: NY 9 digits (printed ddd ddd ddd);
    PA 8 digits (printed dd ddd ddd); KY 1 letter + 8 digits; HI 'H' + 8 digits; NH 2 digits + 3 letters + 5
    digits; WV 1 letter + 6 digits; VT 8 digits; NE 1 letter + 8 digits."""
    while True:
        L = rng.choice(UP)
        if st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "KY":
            v = L + rdigits(rng, 8, True)
        elif st == "HI":
            v = "H" + rdigits(rng, 8, True)
        elif st == "NH":
            v = rdigits(rng, 2, True) + "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 5)
        elif st == "WV":
            v = L + rdigits(rng, 6, True)
        elif st == "VT":
            v = rdigits(rng, 8, True)
        elif st == "NE":
            v = L + rdigits(rng, 8, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"NY": r"[1-9]\d{2} \d{3} \d{3}", "PA": r"[1-9]\d \d{3} \d{3}", "KY": r"[A-Z][1-9]\d{7}",
         "HI": r"H[1-9]\d{7}", "NH": r"[1-9]\d[A-Z]{3}\d{5}", "WV": r"[A-Z][1-9]\d{5}", "VT": r"[1-9]\d{7}",
         "NE": r"[A-Z][1-9]\d{7}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    return plain


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0), universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(5)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and \
        v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    if fmt == "dev.mac_upper":             # upper case with colons, as router and MDM consoles print it
        return plain.upper()
    if fmt == "dev.mac_ieee":              # IEEE 802 canonical: upper case, hyphens (Windows ipconfig form)
        return plain.upper().replace(":", "-")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs) in the order US labels print it: (01) GTIN-14 with check digit, (11)
    production date YYMMDD, (17) expiry YYMMDD, (21) serial."""
    body = "00" + rng.choice(["3", "8"]) + rdigits(rng, 10)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(22, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(17){exp}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(17\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng, kind):
    """Device serials as printed on US device labels (house styles, cued only): insulin pump 'NG' + 7 digits; CGM
    transmitter 6 upper-case alphanumerics with at least two digits and two letters; implanted cardiac device
    'PJN' + 6 digits."""
    while True:
        if kind == "pump":
            v = "NG" + rdigits(rng, 7, True)
        elif kind == "cgm":
            v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6))
            if sum(c.isdigit() for c in v) < 2 or sum(c.isalpha() for c in v) < 2:
                continue
        else:
            v = "PJN" + rdigits(rng, 6, True)
        if not boring(v):
            return v


SERIAL_RX = {"pump": r"NG[1-9]\d{6}", "cgm": r"[A-HJ-NP-Z2-9]{6}", "icd": r"PJN[1-9]\d{5}"}


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FM", "1N6", "5FN", "4S4", "3GN", "1GN", "2T1", "3FA", "1C6", "JM1", "4JG", "5XY"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments of the makes on US roads: Ford USA MPV 1FM, Nissan USA
    truck 1N6, Honda USA MPV 5FN, Subaru USA 4S4, Chevrolet Mexico MPV 3GN, Chevrolet USA MPV 1GN, Toyota Canada
    car 2T1, Ford Mexico car 3FA, Ram USA truck 1C6, Mazda JM1, Mercedes-Benz USA MPV 4JG, Kia USA MPV 5XY) + VDS +
    check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["CA", "NY", "PA"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """US passenger plates (cued only): California '1ABC234' (digit, 3 letters, 3 digits); New York 'ABC-1234';
    Pennsylvania 'ABC-1234' (3 letters, dash, 4 digits)."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if st == "CA":
        return f"{rng.randint(5, 9)}{L(3)}{rdigits(rng, 3, True)}"
    return f"{L(3)}-{rdigits(rng, 4, True)}"


PLATE_RX = {"CA": r"[5-9][A-Z]{3}[1-9]\d{2}", "NY": r"[A-Z]{3}-[1-9]\d{3}", "PA": r"[A-Z]{3}-[1-9]\d{3}"}


def plate_ok(st, v):
    return re.fullmatch(PLATE_RX[st], v) is not None


# ---------------------------------------------------------------- IP addresses
ARIN_V4 = [67, 68, 69, 70, 71, 72, 76, 99, 108, 173, 174, 184]    # IANA IPv4 registry: /8s administered by ARIN
ARIN_V6 = [0x2600, 0x2601, 0x2605, 0x2607]                        # IANA IPv6 unicast assignments: ARIN


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as administered by ARIN (the US
    registry); kept only when is_global and outside RFC 5737."""
    while True:
        a = f"{rng.choice(ARIN_V4)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under ARIN's IPv6 allocations (IANA IPv6 Global Unicast Address Assignments), outside RFC 3849."""
    while True:
        groups = [rng.choice(ARIN_V6)] + [rng.randrange(0x10000) for _ in range(7)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
US_AREAS = [718, 646, 716, 215, 412, 717, 502, 859, 808, 603, 304, 802, 402, 617, 312, 713]


def gen_phone(rng, region="US"):
    """NANP numbers (ITU-T E.164 +1) in US area codes of the set's states and big metros, valid by phonenumbers
    (libphonenumber metadata); central-office code 2-9, never 555."""
    for _ in range(2000):
        nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        e = f"+1{nat}"
        if phone_ok(e) and not boring(nat[-7:]) and nat[3:6] not in ("555", "911", "411"):
            return e
    raise RuntimeError(region)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    """All the common US writings: (617) 824-3391 (the NANP national form); 617-824-3391; 617.824.3391;
    +1 617-824-3391; E.164 +16178243391; 1-617-824-3391 (long-distance dialling form); 617 824 3391; ten digits
    without separators; RFC 3966 tel: URI."""
    n = phonenumbers.parse(e164)
    d = e164[2:]
    if fmt == "phone.paren":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if fmt == "phone.dots":
        return f"{d[:3]}.{d[3:6]}.{d[6:]}"
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.one_dash":
        return f"1-{d[:3]}-{d[3:6]}-{d[6:]}"
    if fmt == "phone.spaces":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if fmt == "phone.digits10":
        return d
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net",
                 "verizon.net", "att.net", "msn.com", "me.com", "charter.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """Plain; 'Display Name <addr>' is not used (the name would be a second identifier); mixed case as people type
    it into intake forms (the local part capitalised); mailto: URI (RFC 6068)."""
    if fmt == "email.capital":
        return plain[:1].upper() + plain[1:]
    return {"email.plain": plain, "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.facebook.com/{slug}", "https://www.instagram.com/{slug}",
                 "https://www.linkedin.com/in/{slug}", "https://www.tiktok.com/@{slug}",
                 "https://account.venmo.com/u/{slug}", "https://cash.app/${slug}", "https://nextdoor.com/profile/{num}",
                 "https://www.gofundme.com/f/{slug}", "https://www.caringbridge.org/site/{slug}",
                 "https://mychart.lakeviewregionalhealth.org/MyChart/patients/{num}/summary"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@$./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("BUFFALO", "NY", "142"), ("ROCHESTER", "NY", "146"), ("PITTSBURGH", "PA", "152"),
          ("ALLENTOWN", "PA", "181"), ("LOUISVILLE", "KY", "402"), ("LEXINGTON", "KY", "405"),
          ("HONOLULU", "HI", "968"), ("MANCHESTER", "NH", "031"), ("CHARLESTON", "WV", "253"),
          ("BURLINGTON", "VT", "054"), ("OMAHA", "NE", "681"), ("LINCOLN", "NE", "685")]
STREETS = ["MAPLE", "OAK", "ELM", "WASHINGTON", "LINCOLN", "PARK", "CHURCH", "HIGHLAND", "LAKE", "HILL", "MAIN",
           "CEDAR", "PINE", "JEFFERSON", "MADISON", "WALNUT", "SUNSET", "RIVERSIDE"]
SUFFIXES = ["ST", "AVE", "RD", "DR", "LN", "CT", "BLVD", "PL", "WAY", "CIR", "TER", "PKWY"]   # Pub 28 app. C1
UNITS = ["APT", "STE", "UNIT", "FL"]                                                         # Pub 28 app. C2
DIRS = ["N", "S", "E", "W"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_unit=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional C2 secondary
    unit, city, state, ZIP or ZIP+4; the standardized (upper case, no punctuation except the comma before the
    city) form."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 9899))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    unit = rng.choice(["", "", f" {rng.choice(UNITS)} {rng.randint(1, 40)}{rng.choice(['', 'A', 'B', 'C'])}"])
    if force_unit:
        unit = f" APT {rng.randint(1, 40)}{rng.choice(['', 'A', 'B', 'C'])}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
                     + "|".join(UNITS) + r"|#) \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    """USPS standardized upper case; the everyday mixed-case form with the suffix abbreviation capitalised ('1420
    Maple Ave Apt 3B, Louisville, KY 40205'); the unit written '#' (Pub 28 C2); the two-line label form; the
    delivery line only (cued)."""
    states = {c[1] for c in CITIES}
    if fmt == "addr.mixed":
        return " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit()) else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    if fmt == "addr.hash_unit":
        return re.sub(r" APT ", " # ", plain, count=1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["twilio-api-key", "square-access-token", "azure-ad-client-secret", "slack-webhook-url", "jwt",
                "postman-api-token", "shopify-access-token", "npm-access-token", "linear-api-key",
                "sentry-user-token", "doppler-api-token", "databricks-api-token", "pulumi-api-token",
                "planetscale-password", "grafana-cloud-api-token", "prefect-api-token"]
SECRET_EXTRA = ["uri.mysql", "uri.redis", "uri.amqps", "password"]


def b64url(rng, n):
    return "".join(rng.choice(string.ascii_letters + DIG) for _ in range(n))


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); MySQL, Redis (TLS) and AMQPS
    URIs with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "square-access-token":
        return "EAAA" + R(al + "-_", 59) + R(al, 1)
    if rule == "azure-ad-client-secret":
        return R(al, 3) + rng.choice(DIG) + "Q~" + R(al + "_~.-", 33) + R(al, 1)
    if rule == "slack-webhook-url":
        return f"https://hooks.slack.com/services/T{R(string.ascii_uppercase + DIG, 8)}/B{R(string.ascii_uppercase + DIG, 10)}/{R(al, 24)}"
    if rule == "jwt":
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).decode().rstrip("=")
        body = base64.urlsafe_b64encode(json.dumps({"sub": R(DIG, 9), "scope": "patient/*.read",
                                                    "iat": rng.randint(1700000000, 1790000000)}).encode()).decode().rstrip("=")
        return f"{hdr}.{body}.{R(al + '_-', 43)}"
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "grafana-cloud-api-token":
        return "glc_" + R(al, 60)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 6)}-db." \
               f"{R(lo, 10)}.us-east-1.rds.amazonaws.com:3306/claims"
    if rule == "uri.redis":
        return f"rediss://default:{R(al, 24)}@{R(lo, 8)}.redis.cache.windows.net:6380/0"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 22)}@{R(lo, 12)}.mq.us-east-2.amazonaws.com:5671/%2F"
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
        return bool(re.fullmatch(r"mysql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.redis":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d+", value))
    if rule_id == "uri.amqps":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/%2F", value))
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
