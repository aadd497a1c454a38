"""Value generators for the sixty-fourth set, each from a published format rule (or a named house style), with
validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  All values are US forms: the set models a pediatric and school-based health network in
Utah, Kansas, Nebraska and South Dakota.
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
ERAS = {"child": (datetime.date(2005, 1, 1), datetime.date(2020, 12, 31)),
        "parent": (datetime.date(1970, 1, 1), datetime.date(1995, 12, 31))}


def gen_dob(rng, parent=False):
    """A calendar date (proleptic Gregorian, ISO 8601 calendar date): children and teenagers born 2005-01-01 ..
    2020-12-31, parents / guardians born 1970-01-01 .. 1995-12-31."""
    a, b = ERAS["parent" if parent else "child"]
    return (a + datetime.timedelta(days=rng.randint(0, (b - a).days))).isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1970 <= d.year <= 1995 or 2005 <= d.year <= 2020


DATE_FORMATS = ["date.us_slash", "date.us_unpadded", "date.us_dash", "date.long", "date.abbr_dot", "date.iso",
                "date.hl7", "date.mmddyyyy", "date.key_mdy", "date.key_ymd", "date.day_first_long", "date.us_short_yr4",
                "date.iso_t"]


def render_date(fmt, iso):
    """US renderings: mm/dd/yyyy; m/d/yyyy without padding; mm-dd-yyyy; long 'March 12, 2012'; abbreviated with a
    period 'Sept. 12, 2012' (AP style abbreviations: Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March-July spelt
    out); ISO 8601 extended calendar date; HL7 v2 DT / ISO 8601 basic YYYYMMDD (as VXU messages carry the birth
    date); flat-file MMDDYYYY; key-safe mm_dd_yyyy and yyyy_mm_dd; day-first long '12 March 2012' (as some
    immunization forms print it); m-d-yyyy unpadded with dashes; ISO 8601 date-time at midnight 'T00:00:00'."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    mo = EN_MONTHS[m - 1]
    ap = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}.get(m, mo)
    return {"date.us_slash": f"{m:02d}/{dd:02d}/{y}", "date.us_unpadded": f"{m}/{dd}/{y}",
            "date.us_dash": f"{m:02d}-{dd:02d}-{y}", "date.long": f"{mo} {dd}, {y}",
            "date.abbr_dot": f"{ap} {dd}, {y}", "date.iso": iso,
            "date.hl7": f"{y}{m:02d}{dd:02d}", "date.mmddyyyy": f"{m:02d}{dd:02d}{y}",
            "date.key_mdy": f"{m:02d}_{dd:02d}_{y}", "date.key_ymd": f"{y}_{m:02d}_{dd:02d}",
            "date.day_first_long": f"{dd} {mo} {y}", "date.us_short_yr4": f"{m}-{dd}-{y}",
            "date.iso_t": f"{iso}T00:00:00"}[fmt]


# ---------------------------------------------------------------- MRN / chart-number house styles (always cued)
MRN_STYLES = ["mrn.ped7", "mrn.sbhc6", "mrn.luhn8", "mrn.clinic_dash", "mrn.shr_year"]


def gen_mrn(rng, style):
    """Pediatric-clinic and school-health house styles (the builder's inventions, written the way such systems print
    them): a pediatric chart number 'PED' + 7 digits; a school-based health centre visit record 'SBHC-' + 6 digits;
    an 8-digit clinic patient id whose last digit is a Luhn check digit; a 2-digit clinic code + '-' + 6-digit
    patient number; a school health record 'SHR' + 2-digit school year + 5 digits."""
    while True:
        if style == "mrn.ped7":
            v = "PED" + rdigits(rng, 7, True)
        elif style == "mrn.sbhc6":
            v = "SBHC-" + rdigits(rng, 6, True)
        elif style == "mrn.luhn8":
            b = rdigits(rng, 7, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.clinic_dash":
            v = f"{rng.randint(11, 68)}-" + rdigits(rng, 6, True)
        elif style == "mrn.shr_year":
            v = f"SHR{rng.randint(18, 26)}" + rdigits(rng, 5, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.ped7": r"PED[1-9]\d{6}", "mrn.sbhc6": r"SBHC-[1-9]\d{5}", "mrn.luhn8": r"[1-9]\d{7}",
          "mrn.clinic_dash": r"[1-6]\d-[1-9]\d{5}", "mrn.shr_year": r"SHR(?:1[89]|2[0-6])[1-9]\d{4}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.luhn8":
        return luhn_ok(v)
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
HP_STYLES = ["hp.ut_medicaid", "hp.ks_kancare", "hp.ne_heritage", "hp.sd_medicaid", "hp.member_alpha",
             "hp.member_suffix"]


def gen_hpid(rng, style):
    """State programme ids as the builder knows them (best-effort lengths, always cued): a Utah Medicaid / Utah CHIP
    member id (10 digits); a KanCare (Kansas Medicaid and CHIP) member id (11 digits); a Nebraska Medicaid (Heritage
    Health) id (9 digits + 2 letters); a South Dakota Medicaid recipient id (9 digits); a parent's commercial plan
    member id as employer-plan cards print it, a 3-letter alpha prefix + 9 digits, or 'W' + 9 digits + a 2-digit
    dependent suffix ('-01' .. '-04')."""
    while True:
        if style == "hp.ut_medicaid":
            v = rdigits(rng, 10, True)
        elif style == "hp.ks_kancare":
            v = rdigits(rng, 11, True)
        elif style == "hp.ne_heritage":
            v = rdigits(rng, 9, True) + "".join(rng.choice(UP) for _ in range(2))
        elif style == "hp.sd_medicaid":
            v = rdigits(rng, 9, True)
        elif style == "hp.member_alpha":
            v = "".join(rng.choice("BCDFGHJKMNPRSTVWXZ") for _ in range(3)) + rdigits(rng, 9, True)
        elif style == "hp.member_suffix":
            v = "W" + rdigits(rng, 9, True) + f"-0{rng.randint(1, 4)}"
        else:
            raise KeyError(style)
        if not boring(v):
            return v


HP_RX = {"hp.ut_medicaid": r"[1-9]\d{9}", "hp.ks_kancare": r"[1-9]\d{10}", "hp.ne_heritage": r"[1-9]\d{8}[A-Z]{2}",
         "hp.sd_medicaid": r"[1-9]\d{8}", "hp.member_alpha": r"[BCDFGHJKMNPRSTVWXZ]{3}[1-9]\d{8}",
         "hp.member_suffix": r"W[1-9]\d{8}-0[1-4]"}


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    return re.fullmatch(HP_RX[style], v) is not None and not boring(v)


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



ABA_PREFIXES = ["10", "09"]   # Federal Reserve districts: Kansas City (10: KS, NE), Minneapolis (09: SD) ...
ABA_PREFIXES += ["12"]        # ... and San Francisco (12: UT)


def gen_aba_pair(rng):
    """A US ACH pair 'routing / account': an ABA routing number (Federal Reserve district prefix of the four
    states: 10 Kansas City, 09 Minneapolis, 12 San Francisco; ABA checksum) and an 11-digit deposit account
    (cued)."""
    while True:
        body = rng.choice(ABA_PREFIXES) + rdigits(rng, 6)
        for c in DIG:
            if aba_ok(body + c):
                r = body + c
                break
        a = rdigits(rng, 11, True)
        if not boring(a):
            return f"{r} / {a}"


def gen_bank(rng):
    """US deposit account number as printed on a check's MICR line: 9-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([9, 10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """A pediatric clinic guarantor account 'GA' + 8 digits (the builder's house style; the guarantor is the parent
    who pays; cued only)."""
    while True:
        v = "GA" + rdigits(rng, 8, True)
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


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["UT", "KS", "KS_dashed", "NE", "NE_short", "SD", "SD_short"]


def gen_dl(rng, st):
    """State driver-licence number formats as the builder reads the states' motor-vehicle agencies' descriptions
    (best-effort): Utah 4-10 digits (9 used here); Kansas 'K' + 8 digits (printed 'K12-34-5678'); Nebraska 1 letter +
    8 digits (or 1 letter + 6 digits on older cards); South Dakota 8 digits (or 6 digits on older cards)."""
    while True:
        if st == "UT":
            v = rdigits(rng, 9, True)
        elif st in ("KS", "KS_dashed"):
            d = rdigits(rng, 8, True)
            v = "K" + d if st == "KS" else f"K{d[:2]}-{d[2:4]}-{d[4:]}"
        elif st == "NE":
            v = rng.choice(UP) + rdigits(rng, 8, True)
        elif st == "NE_short":
            v = rng.choice(UP) + rdigits(rng, 6, True)
        elif st == "SD":
            v = rdigits(rng, 8, True)
        elif st == "SD_short":
            v = rdigits(rng, 6, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"UT": r"[1-9]\d{8}", "KS": r"K[1-9]\d{7}", "KS_dashed": r"K[1-9]\d-\d{2}-\d{4}", "NE": r"[A-Z][1-9]\d{7}",
         "NE_short": r"[A-Z][1-9]\d{5}", "SD": r"[1-9]\d{7}", "SD_short": r"[1-9]\d{5}"}


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
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs) as on a nebulizer or CGM box label: (01) GTIN-14 with check digit, (17)
    expiry date YYMMDD, (10) lot, (21) serial."""
    body = "0" + rng.choice(["0", "5", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(26, 29):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


SERIAL_STYLES = ["dev.pump_serial", "dev.cgm_tx", "dev.neb_serial", "dev.hearing_serial"]


def gen_serial(rng, style):
    """Pediatric home-device serials in the builder's house styles (cued only): an insulin pump 'PMP' + 8 digits;
    a CGM transmitter 'CT' + 4 upper-case letters / digits + 4 digits; a nebulizer 'NB' + 2-digit year + '-' + 6
    digits; a hearing aid 'HA' + 'L' or 'R' + 8 digits."""
    while True:
        if style == "dev.pump_serial":
            v = "PMP" + rdigits(rng, 8, True)
        elif style == "dev.cgm_tx":
            v = "CT" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(4)) + rdigits(rng, 4, True)
        elif style == "dev.neb_serial":
            v = f"NB{rng.randint(18, 26)}-" + rdigits(rng, 6, True)
        else:
            v = "HA" + rng.choice("LR") + rdigits(rng, 8, True)
        if not boring(v):
            return v


SERIAL_RX = {"dev.pump_serial": r"PMP[1-9]\d{7}", "dev.cgm_tx": r"CT[A-HJ-NP-Z2-9]{4}[1-9]\d{3}",
             "dev.neb_serial": r"NB(?:1[89]|2[0-6])-[1-9]\d{5}", "dev.hearing_serial": r"HA[LR][1-9]\d{7}"}


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["5FN", "5TD", "2C4", "1BA", "4DR", "5XY", "5NM", "1FM", "1C4", "1GT", "3VW", "4UZ"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments as the builder knows them: Honda USA MPV 5FN, Toyota USA MPV
    5TD, Chrysler Canada MPV 2C4, Blue Bird bus 1BA, IC Bus 4DR, Kia USA MPV 5XY, Hyundai USA MPV 5NM, Ford MPV 1FM,
    Jeep / Chrysler MPV 1C4, GMC truck 1GT, Volkswagen Mexico 3VW, Freightliner / Thomas Built bus chassis 4UZ) + VDS
    + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["UT", "KS", "NE", "SD"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """Standard passenger plates (best-effort readings of the states' serial formats): Utah 'A123BC'; Kansas
    '123 ABC'; Nebraska 'ABC 123'; South Dakota county-number prefix + letter + digits '1A 2345' (county 1-67)."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    D = lambda n: rdigits(rng, n, True)
    if st == "UT":
        return f"{L(1)}{D(3)}{L(2)}"
    if st == "KS":
        return f"{D(3)} {L(3)}"
    if st == "NE":
        return f"{L(3)} {D(3)}"
    if st == "SD":
        return f"{rng.randint(1, 67)}{L(1)} {D(4)}"
    raise KeyError(st)


PLATE_RX = {"UT": r"[A-Z][1-9]\d{2}[A-Z]{2}", "KS": r"[1-9]\d{2} [A-Z]{3}", "NE": r"[A-Z]{3} [1-9]\d{2}",
            "SD": r"(?:[1-9]|[1-5]\d|6[0-7])[A-Z] [1-9]\d{3}"}


def plate_ok(st, v):
    return re.fullmatch(PLATE_RX[st], v) is not None


# ---------------------------------------------------------------- IP addresses
ARIN_V4 = [63, 65, 69, 71, 75, 97, 173, 184, 206, 209]   # IANA IPv4 Address Space Registry: administered by ARIN
ARIN_V6 = [0x2602, 0x2603, 0x2604, 0x2605, 0x2606, 0x2607]  # inside ARIN's 2600::/12 allocation


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
US_AREAS = [801, 385, 435, 316, 620, 785, 913, 402, 531, 308, 605]


def gen_phone(rng):
    """NANP numbers (ITU-T E.164 +1) in area codes of Utah (801, 385, 435), Kansas (316, 620, 785, 913), Nebraska
    (402, 531, 308) and South Dakota (605) that phonenumbers (libphonenumber metadata) calls valid; exchange never
    555."""
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
    return {"phone.paren": phonenumbers.format_number(n, PNF.NATIONAL),      # (303) 456-7890
            "phone.dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "phone.dots": f"{d[:3]}.{d[3:6]}.{d[6:]}",
            "phone.e164": e164, "phone.intl": phonenumbers.format_number(n, PNF.INTERNATIONAL),
            "phone.one_dash": f"1-{d[:3]}-{d[3:6]}-{d[6:]}", "phone.tel": phonenumbers.format_number(n, PNF.RFC3966),
            "phone.digits": d}[fmt]


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["xmission.com", "cox.net", "midco.net", "gpcom.net", "windstream.net", "centurylink.net",
                 "everestkc.net", "kc.rr.com", "ymail.com", "rocketmail.com", "netzero.net", "juno.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.gofundme.com/f/{slug}-{word}",
                 "https://www.givesendgo.com/{slug}",
                 "https://www.signupgenius.com/go/{hexcode}-{word}",
                 "https://www.hudl.com/profile/{num}/{slug}",
                 "https://www.maxpreps.com/athletes/{slug}/?careerid={code}",
                 "https://www.caringbridge.org/visit/{flat}",
                 "https://mychart.prairiekidsclinic.org/patients/{num}/immunizations"]
URL_WORDS = ["medical-fund", "recovery", "meals", "transplant-fund", "cancer-fight", "nicu-journey"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?(?:\?careerid=[a-z0-9]+)?", v)) and \
        "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("SALT LAKE CITY", "UT", "841"), ("PROVO", "UT", "846"), ("OGDEN", "UT", "844"), ("ST GEORGE", "UT", "847"),
          ("WICHITA", "KS", "672"), ("TOPEKA", "KS", "666"), ("LAWRENCE", "KS", "660"), ("SALINA", "KS", "674"),
          ("OMAHA", "NE", "681"), ("LINCOLN", "NE", "685"), ("GRAND ISLAND", "NE", "688"), ("NORFOLK", "NE", "687"),
          ("SIOUX FALLS", "SD", "571"), ("RAPID CITY", "SD", "577"), ("ABERDEEN", "SD", "574"),
          ("BROOKINGS", "SD", "570")]
STREETS = ["COTTONWOOD", "WILLOW BROOK", "PRAIRIE VIEW", "BUFFALO", "SUNFLOWER", "BLUESTEM", "CANYON", "LARK",
           "MEADOWLARK", "PHEASANT", "RIVERBEND", "BOULDER"]
SUFFIXES = ["HOLW", "XING", "RDG", "BND", "PKWY", "GLN", "CV", "LNDG", "CRST", "KNLS", "SHRS", "FRD"]  # Pub 28 C1
DIRS = ["N", "S", "E", "W", "NW", "SE"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_apt=False, grid=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional secondary
    unit APT (C2), city, state, ZIP or ZIP+4; written upper case without punctuation except the comma before the
    city.  The Utah grid form (Pub 28 allows numeric street names with a post-directional) is
    '2735 E 3300 S, SALT LAKE CITY, UT 84109'."""
    if grid:
        city, st, pfx = rng.choice([c for c in CITIES if c[1] == "UT"])
        num = str(rng.randint(1, 98) * 100 + rng.randint(1, 99))
        street = f"{rng.choice('NSEW')} {rng.randint(1, 98) * 100} {rng.choice('NSEW')}"
        z = gen_zip(rng, pfx)
        return f"{num} {street}, {city}, {st} {z}"
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    apt = f" APT {rng.randint(1, 48)}{rng.choice(['', '', 'A', 'B', 'C'])}" if force_apt else ""
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{apt}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ").upper().replace(" APT ", " APT ")
    g = re.fullmatch(r"(\d{3,4}) [NSEW] \d{3,4} [NSEW], ([A-Z ]+), (UT) (\d{5})", v)
    if g:
        return any(c == g[2] and s == g[3] and g[4].startswith(p) for c, s, p in CITIES)
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?: APT \d{1,2}[ABC]?)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v)
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    states = {c[1] for c in CITIES}
    keep = lambda w: w.rstrip(",") in states or w in DIRS or w in "NSEW" or w[0].isdigit()
    mixed = lambda t: " ".join(w if keep(w) else (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize())
                               for w in t.split(" "))
    if fmt in ("addr.mixed", "addr.apt", "addr.grid"):
        return mixed(plain)
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["age-secret-key", "doppler-api-token", "duffel-api-token", "huggingface-access-token",
                "linear-api-key", "npm-access-token", "planetscale-api-token", "postman-api-token", "prefect-api-token",
                "pulumi-api-token", "readme-api-token", "rubygems-api-token", "scalingo-api-token",
                "sendgrid-api-token", "shippo-api-token"]
SECRET_EXTRA = ["uri.postgres", "uri.mongodb_srv", "uri.redis", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a PostgreSQL URI, a MongoDB
    'mongodb+srv' URI and a Redis URI with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "duffel-api-token":
        return "duffel_test_" + R(al + "_-", 42) + R(al, 1)
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "planetscale-api-token":
        return "pscale_tkn_" + R(al + "_-", 42) + R(al, 1)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "_-", 47) + R(al, 1)
    if rule == "sendgrid-api-token":
        return f"SG.{R(al + '_-', 22)}.{R(al + '_-', 42)}{R(al, 1)}"
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 6)}-db." \
               f"{R(lo, 6)}.us-west-2.rds.amazonaws.com:5432/immunizations"
    if rule == "uri.mongodb_srv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@cluster0.{R(lo, 5)}.mongodb.net/" \
               f"sportsphysicals"
    if rule == "uri.redis":
        return f"redis://default:{R(al, 24)}@{R(string.ascii_lowercase, 8)}.cache.{R(lo, 5)}.net:6380/0"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
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
    if rule_id == "uri.postgres":
        return bool(re.fullmatch(r"postgresql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.mongodb_srv":
        return bool(re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.redis":
        return bool(re.fullmatch(r"redis://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d+", value))
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

