"""Value generators for the sixty-seventh set, each from a published format rule (or a named house style), with
validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  All values are US forms: the set models employer-contracted occupational-health clinics
(DOT physicals, DOT/FMCSA drug and alcohol testing with MRO review, injury care and return to work) and a
workers'-compensation claims administrator in Montana, Wyoming, North Dakota and New Mexico.
"""
import datetime
import ipaddress
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
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def gen_dob(rng, junior=False):
    """A calendar date: senior employees born 1958-01-01 .. 1979-12-31, junior employees 1980-01-01 .. 2004-12-31
    (proleptic Gregorian, ISO 8601 calendar date)."""
    start, days = (datetime.date(1980, 1, 1), 9131) if junior else (datetime.date(1958, 1, 1), 8034)
    return (start + datetime.timedelta(days=rng.randint(0, days))).isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1958 <= d.year <= 2004


DATE_FORMATS = ["date.us_slash", "date.us_unpadded", "date.us_dash", "date.long", "date.abbr", "date.dmy_mil",
                "date.iso", "date.ansi", "date.mmddyyyy", "date.key_mdy", "date.key_ymd", "date.us_2dash",
                "date.ccyymmdd_slash"]


def render_date(fmt, iso):
    """US renderings: mm/dd/yyyy (MCSA-5875 and the CCF print dates this way); m/d/yyyy; mm-dd-yyyy; long
    'March 12, 1984'; abbreviated 'Mar. 12, 1984'; military day-month-year '12 MAR 1984'; ISO 8601 extended; the
    IAIABC EDI / ANSI X12 date CCYYMMDD; flat-file MMDDYYYY; key-safe mm_dd_yyyy and yyyy_mm_dd; two-digit-day dash
    form 'Mar-12-1984'; CCYY/MM/DD as some claims systems print it."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    mo = EN_MONTHS[m - 1]
    return {"date.us_slash": f"{m:02d}/{dd:02d}/{y}", "date.us_unpadded": f"{m}/{dd}/{y}",
            "date.us_dash": f"{m:02d}-{dd:02d}-{y}", "date.long": f"{mo} {dd}, {y}",
            "date.abbr": f"{mo[:3]}. {dd}, {y}", "date.dmy_mil": f"{dd:02d} {mo[:3].upper()} {y}", "date.iso": iso,
            "date.ansi": f"{y}{m:02d}{dd:02d}", "date.mmddyyyy": f"{m:02d}{dd:02d}{y}",
            "date.key_mdy": f"{m:02d}_{dd:02d}_{y}", "date.key_ymd": f"{y}_{m:02d}_{dd:02d}",
            "date.us_2dash": f"{mo[:3]}-{dd:02d}-{y}", "date.ccyymmdd_slash": f"{y}/{m:02d}/{dd:02d}"}[fmt]


# ---------------------------------------------------------------- MRN / chart-number house styles (always cued)
MRN_STYLES = ["mrn.oh7", "mrn.site_dash", "mrn.luhn8", "mrn.eh_year", "mrn.ic6"]
CLINIC_SITES = ["BIL", "GTF", "MSO", "SDY", "CPR", "GCC", "RKS", "MOT", "WLN", "DIK", "FMN", "HOB"]


def gen_mrn(rng, style):
    """Occupational-health clinic house styles (the builder's inventions, written the way such systems print them):
    a clinic chart number 'OH' + 7 digits; a clinic-site code (Billings BIL, Great Falls GTF, Missoula MSO, Sidney
    SDY, Casper CPR, Gillette GCC, Rock Springs RKS, Minot MOT, Williston WLN, Dickinson DIK, Farmington FMN, Hobbs
    HOB) + '-' + 6 digits; an 8-digit chart number (7 digits + Luhn check digit); an employee-health record 'EH' +
    2-digit year + '-' + 5 digits; an injury-care chart 'IC' + 6 digits."""
    while True:
        if style == "mrn.oh7":
            v = "OH" + rdigits(rng, 7, True)
        elif style == "mrn.site_dash":
            v = rng.choice(CLINIC_SITES) + "-" + rdigits(rng, 6, True)
        elif style == "mrn.luhn8":
            b = rdigits(rng, 7, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.eh_year":
            v = f"EH{rng.randint(12, 25)}-" + rdigits(rng, 5, True)
        elif style == "mrn.ic6":
            v = "IC" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.oh7": r"OH[1-9]\d{6}", "mrn.site_dash": r"(?:" + "|".join(CLINIC_SITES) + r")-[1-9]\d{5}",
          "mrn.luhn8": r"[1-9]\d{7}", "mrn.eh_year": r"EH(?:1[2-9]|2[0-5])-[1-9]\d{4}", "mrn.ic6": r"IC[1-9]\d{5}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.luhn8":
        return luhn_ok(v)
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification): 11 characters C A AN N A AN N A A N N;
    C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9.  A workers'-compensation claims administrator
    reports it for Medicare Secondary Payer (Section 111) queries."""
    an = MBI_ALPHA + list(DIG)
    pos = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    return "".join({"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                    "N": rng.choice(DIG)}[p] for p in pos)


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v))


HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.alpha_prefix", "hp.mt_medicaid", "hp.nd_medicaid", "hp.nm_medicaid",
             "hp.union_fund"]
ALPHA_PREFIXES = ["XKM", "YQW", "ZRT", "XDN", "YWB"]


def gen_hpid(rng, style):
    """CMS MBI (plain, or printed 4-3-4 with dashes); a group health plan member id in the Blue plans' card shape,
    a 3-letter alpha prefix + 9 digits (prefixes invented); a Montana Medicaid id (10 digits); a North Dakota
    Medicaid id (9 digits); a New Mexico Medicaid (Turquoise Care) id (11 digits); a building-trades / operating
    engineers health-and-welfare fund member number 'HW' + 3-digit local + '-' + 6 digits (the builder's house
    style).  The state ids are lengths as the builder knows them (always cued)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.alpha_prefix":
            v = rng.choice(ALPHA_PREFIXES) + rdigits(rng, 9, True)
        elif style == "hp.mt_medicaid":
            v = rdigits(rng, 10, True)
        elif style == "hp.nd_medicaid":
            v = rdigits(rng, 9, True)
        elif style == "hp.nm_medicaid":
            v = rdigits(rng, 11, True)
        elif style == "hp.union_fund":
            v = f"HW{rng.choice(['400', '375', '701', '953'])}-" + rdigits(rng, 6, True)
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
    return bool(re.fullmatch({"hp.alpha_prefix": r"(?:" + "|".join(ALPHA_PREFIXES) + r")[1-9]\d{8}",
                              "hp.mt_medicaid": r"[1-9]\d{9}", "hp.nd_medicaid": r"[1-9]\d{8}",
                              "hp.nm_medicaid": r"[1-9]\d{10}",
                              "hp.union_fund": r"HW(?:400|375|701|953)-[1-9]\d{5}"}[style], v))


# ---------------------------------------------------------------- account numbers
def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard", "discover", "amex"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}
TEST_CARDS = ("4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100",
              "6011111111111117", "6011000990139424", "378282246310005", "371449635398431")


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs as US cards carry them: Visa 4 (16), Mastercard 51-55 (16), Discover 6011 / 644-649 / 65
    (16), American Express 34 / 37 (15, printed 4-6-5); last digit by the Luhn algorithm; published test numbers
    excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard":
            v = card(rng, str(rng.randint(51, 55)), 16)
        elif brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16)
        elif brand == "amex":
            v = card(rng, rng.choice(["34", "37"]), 15)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in TEST_CARDS:
            return v


def aba_ok(r):
    """ABA routing number checksum: 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10."""
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


ABA_PREFIXES = ["09", "10", "29", "30"]   # Federal Reserve districts: Minneapolis (MT, ND), Kansas City (WY, NM); thrift 2x/3x


def gen_aba_pair(rng):
    """A US ACH pair 'routing / account' for indemnity (time-loss) direct deposit: an ABA routing number (Federal
    Reserve district prefixes of the four states and their thrift ranges, ABA checksum) and a 10-digit deposit
    account (cued)."""
    while True:
        body = rng.choice(ABA_PREFIXES) + rdigits(rng, 6)
        for c in DIG:
            if aba_ok(body + c):
                r = body + c
                break
        a = rdigits(rng, 10, True)
        if not boring(a):
            return f"{r} / {a}"


def gen_bank(rng):
    """US deposit account number as printed on a check's MICR line: 10-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([10, 11, 12]), True)
        if not boring(v):
            return v


def gen_self_pay(rng):
    """A self-pay patient account at the clinic (pre-employment physicals the worker pays for): 'SP' + 8 digits
    (the builder's house style; cued only)."""
    while True:
        v = "SP" + rdigits(rng, 8, True)
        if not boring(v):
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


# ---------------------------------------------------------------- driver's / CDL licences (state formats)
DL_STATES = ["MT", "MT_old", "WY", "WY_dash", "ND", "NM"]


def gen_dl(rng, st):
    """State driver-licence (and CDL) number formats as the builder reads the states' motor-vehicle agencies'
    descriptions (best-effort): Montana 13 digits (older cards: 9 characters, a letter + 8 digits); Wyoming 9
    digits (printed 6-3 with a hyphen); North Dakota 3 letters + 6 digits; New Mexico 9 digits."""
    while True:
        if st == "MT":
            v = rdigits(rng, 13, True)
        elif st == "MT_old":
            v = rng.choice(UP) + rdigits(rng, 8, True)
        elif st in ("WY", "WY_dash"):
            d = rdigits(rng, 9, True)
            v = d if st == "WY" else f"{d[:6]}-{d[6:]}"
        elif st == "ND":
            v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 6, True)
        elif st == "NM":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"MT": r"[1-9]\d{12}", "MT_old": r"[A-Z][1-9]\d{7}", "WY": r"[1-9]\d{8}", "WY_dash": r"[1-9]\d{5}-\d{3}",
         "ND": r"[A-Z]{3}[1-9]\d{5}", "NM": r"[1-9]\d{8}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01"]) + rdigits(rng, 12)
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
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs) as on an orthopaedic implant label after an injury repair: (01) GTIN-14 with
    check digit, (11) production date YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "3", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


SERIAL_STYLES = ["dev.tens_serial", "dev.hearing_aid_serial", "dev.bone_stim_serial"]


def gen_serial(rng, style):
    """Devices issued to an injured worker, in the builder's house styles (cued only): a TENS unit 'TN' + 2-digit
    year + '-' + 6 digits; a hearing aid (occupational hearing-loss claim) 'HA' + 8 digits; a bone-growth
    stimulator 'BGS' + 2 letters + 7 digits."""
    while True:
        if style == "dev.tens_serial":
            v = f"TN{rng.randint(17, 25)}-" + rdigits(rng, 6, True)
        elif style == "dev.hearing_aid_serial":
            v = "HA" + rdigits(rng, 8, True)
        else:
            v = "BGS" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + rdigits(rng, 7, True)
        if not boring(v):
            return v


SERIAL_RX = {"dev.tens_serial": r"TN(?:1[7-9]|2[0-5])-[1-9]\d{5}", "dev.hearing_aid_serial": r"HA[1-9]\d{7}",
             "dev.bone_stim_serial": r"BGS[A-HJ-NPR-UV-Y]{2}[1-9]\d{6}"}


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1XP", "1XK", "1FU", "3AK", "1M1", "4V4", "3HS", "5KJ", "1FT", "3C6", "1GT", "3TM"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments, as the builder knows them: Peterbilt 1XP, Kenworth 1XK,
    Freightliner USA 1FU and Mexico 3AK, Mack 1M1, Volvo Trucks 4V4, International Mexico 3HS, Western Star 5KJ,
    Ford truck 1FT, Ram Mexico 3C6, GMC truck 1GT, Toyota Mexico truck 3TM) + VDS + check digit + model year + plant
    + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["MT", "WY", "ND", "NM"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """Standard passenger plates (best-effort readings of the states' serial formats): Montana county number +
    '-' + 4 digits + letter ('3-4821B'); Wyoming county number + '-' + 5 digits ('9-12345'); North Dakota
    '123 ABC'; New Mexico 'ABC-123'."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    D = lambda n: rdigits(rng, n, True)
    if st == "MT":
        return f"{rng.randint(1, 56)}-{D(4)}{L(1)}"
    if st == "WY":
        return f"{rng.randint(1, 23)}-{D(5)}"
    if st == "ND":
        return f"{D(3)} {L(3)}"
    if st == "NM":
        return f"{L(3)}-{D(3)}"
    raise KeyError(st)


PLATE_RX = {"MT": r"(?:[1-9]|[1-4]\d|5[0-6])-[1-9]\d{3}[A-Z]", "WY": r"(?:[1-9]|1\d|2[0-3])-[1-9]\d{4}",
            "ND": r"[1-9]\d{2} [A-Z]{3}", "NM": r"[A-Z]{3}-[1-9]\d{2}"}


def plate_ok(st, v):
    return re.fullmatch(PLATE_RX[st], v) is not None


# ---------------------------------------------------------------- IP addresses
ARIN_V4 = [24, 50, 63, 66, 68, 71, 73, 75, 96, 98, 173, 208]    # IANA IPv4 Address Space Registry: ARIN
ARIN_V6 = [0x2602, 0x2603, 0x2604, 0x2605, 0x2607]              # inside ARIN's 2600::/12 allocation
def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as administered by ARIN (the
    North American registry); kept only when is_global and outside RFC 5737."""
    while True:
        a = f"{rng.choice(ARIN_V4)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under ARIN's IPv6 allocation 2600::/12 (IANA IPv6 Global Unicast Address Assignments), outside
    RFC 3849."""
    while True:
        groups = [rng.choice(ARIN_V6)] + [rng.randrange(0x10000) for _ in range(7)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_bracket_port":        # RFC 3986 3.2.2 IP-literal with a port
        return f"[{plain}]:{port}"
    if fmt == "ip.v4_cidr32":              # a single host as a /32 prefix (RFC 4632)
        return f"{plain}/32"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones (NANP, the four states)
US_AREAS = [406, 307, 701, 505, 575]


def gen_phone(rng):
    """NANP numbers (ITU-T E.164 +1) in the area codes of Montana (406), Wyoming (307), North Dakota (701) and New
    Mexico (505, 575) that phonenumbers (libphonenumber metadata) calls valid; exchange never 555."""
    for _ in range(2000):
        nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        e = "+1" + nat
        if phone_ok(e) and not boring(nat[-7:]):
            return e
    raise RuntimeError("phone")


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    d = str(n.national_number)
    return {"phone.paren": phonenumbers.format_number(n, PNF.NATIONAL),      # (406) 456-7890
            "phone.dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "phone.dots": f"{d[:3]}.{d[3:6]}.{d[6:]}",
            "phone.e164": e164, "phone.intl": phonenumbers.format_number(n, PNF.INTERNATIONAL),
            "phone.slash": f"{d[:3]}/{d[3:6]}-{d[6:]}", "phone.tel": phonenumbers.format_number(n, PNF.RFC3966),
            "phone.digits": d, "phone.ext": phonenumbers.format_number(n, PNF.NATIONAL) + f" ext. {int(d[-2:]) + 100}"}[fmt]


def phone_ext_strip(w):
    return re.sub(r" ext\. \d+$", "", w)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["midrivers.com", "bresnan.net", "nemont.net", "3rivers.net", "blackfoot.net", "tctwest.net",
                 "wyoming.com", "rtconnect.net", "srt.com", "drtel.net", "polarcomm.com", "plateautel.net",
                 "valornet.com", "zianet.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.mailto": f"mailto:{plain}",
            "email.upper": plain.upper()}[fmt]


URL_TEMPLATES = ["https://www.gofundme.com/f/{slug}-{tag}",
                 "https://www.givesendgo.com/{slug}",
                 "https://fundly.com/{slug}-recovery-fund",
                 "https://gogetfunding.com/{slug}/",
                 "https://www.facebook.com/{slugdot}.{num}",
                 "https://www.linkedin.com/in/{slug}-{code}",
                 "https://www.{paper}/obituaries/{slug}/article_{uuid}.html",
                 "https://rtw.bigskyoccmed.com/employees/{num}/work-status"]
URL_PAPERS = ["billingsgazette.com", "trib.com", "bismarcktribune.com", "greatfallstribune.com",
              "daily-times.com", "minotdailynews.com"]
URL_TAGS = ["rig-accident-recovery", "help-with-medical-bills", "back-on-the-road", "mine-injury-fund",
            "ranch-accident", "burn-recovery"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("BILLINGS", "MT", "591"), ("GREAT FALLS", "MT", "594"), ("SIDNEY", "MT", "592"), ("BUTTE", "MT", "597"),
          ("GLENDIVE", "MT", "593"), ("BROWNING", "MT", "594"), ("CROW AGENCY", "MT", "590"),
          ("LAME DEER", "MT", "590"), ("CASPER", "WY", "826"), ("GILLETTE", "WY", "827"),
          ("ROCK SPRINGS", "WY", "829"), ("FORT WASHAKIE", "WY", "825"), ("WILLISTON", "ND", "588"),
          ("WATFORD CITY", "ND", "588"), ("MINOT", "ND", "587"), ("DICKINSON", "ND", "586"), ("NEW TOWN", "ND", "587"),
          ("FARMINGTON", "NM", "874"), ("HOBBS", "NM", "882"), ("CARLSBAD", "NM", "882"), ("GALLUP", "NM", "873")]
STREETS = ["SAGEBRUSH", "COTTONWOOD", "PRAIRIE VIEW", "RIMROCK", "BEARTOOTH", "BADLANDS", "MISSOURI", "YELLOWSTONE",
           "WIND RIVER", "MESA VERDE", "PUMPJACK", "KILLDEER", "BIG HORN", "JUNIPER"]
SUFFIXES = ["RD", "HWY", "TRL", "LOOP", "RNCH", "XING", "BLF", "CYN", "MDW", "HOLW", "RDG", "BTM"]  # Pub 28 C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_unit=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional secondary
    unit TRLR (C2: a trailer in an oil-field crew camp or trailer court), city, state, ZIP or ZIP+4; written upper
    case without punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    unit = f" TRLR {rng.randint(2, 148)}" if force_unit else ""
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ").upper().replace(" TRAILER ", " TRLR ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?: TRLR \d{1,3})?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v)
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    states = {c[1] for c in CITIES}
    mixed = lambda t: " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit()) else
                               (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize())
                               for w in t.split(" "))
    if fmt == "addr.mixed":
        return mixed(plain)
    if fmt == "addr.trailer":              # mixed case, the unit spelt out ('Trailer 14')
        return mixed(plain).replace(" Trlr ", " Trailer ")
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["1password-service-account-token", "age-secret-key", "databricks-api-token", "doppler-api-token",
                "dynatrace-api-token", "flyio-access-token", "harness-api-key", "linear-api-key",
                "planetscale-password", "postman-api-token", "prefect-api-token", "pulumi-api-token",
                "readme-api-token", "sendgrid-api-token", "shippo-api-token", "square-access-token"]
SECRET_EXTRA = ["uri.rediss", "uri.amqps", "uri.mongodb_srv", "password"]
AGE_ALPHA = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a rediss://, an amqps:// and a
    mongodb+srv:// URL with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    b64 = al + "+/"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "1password-service-account-token":
        return "ops_eyJ" + R(b64, 260)
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R(AGE_ALPHA, 58)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "doppler-api-token":
        return "dp.pt." + R(lo, 43)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(string.ascii_uppercase + DIG, 24) + "." + R(string.ascii_uppercase + DIG, 64)
    if rule == "flyio-access-token":
        return "fo1_" + R(al + "_-", 42) + R(al, 1)
    if rule == "harness-api-key":
        return f"pat.{R(al + '_-', 21)}{R(al, 1)}.{R(al, 24)}.{R(al, 20)}"
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 42) + R(al, 1)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "sendgrid-api-token":
        return f"SG.{R(al + '_-', 22)}.{R(al + '_-', 43)}"
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "square-access-token":
        return "EAAA" + R(al + "_-", 59) + R(al, 1)
    if rule == "uri.rediss":
        return f"rediss://default:{R(al, 24)}@{R(string.ascii_lowercase, 8)}-cache.{R(lo, 6)}.net:6380/0"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@mq.{R(string.ascii_lowercase, 9)}.com:5671/froi"
    if rule == "uri.mongodb_srv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@claims-{R(lo, 5)}.mongodb.net/" \
               f"wcclaims?retryWrites=true"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them); RE2's '\\z' becomes '\\Z'."""
    rx = rule["regex"].replace("\\z", "\\Z")
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.rediss":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d+", value))
    if rule_id == "uri.amqps":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.mongodb_srv":
        return bool(re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+\?retryWrites=true", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- identifiers
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_ascii_name(s):
    return not re.search(r"[^\x00-\x7f]", ascii_fold(s))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, digits (keep [0-9A-Za-z] runs)."""
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
