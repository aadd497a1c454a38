"""Value generators for the sixty-first set, each from a published format rule (or a named house style), with
validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  All values are US forms: the set models a post-acute and long-term care operator in
Colorado, Minnesota, New Jersey and Missouri.
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


def gen_dob(rng, family=False):
    """A calendar date: residents born 1925-01-01 .. 1960-12-31, family contacts 1960-01-01 .. 1995-12-31
    (proleptic Gregorian, ISO 8601 calendar date)."""
    start = datetime.date(1960 if family else 1925, 1, 1)
    d = start + datetime.timedelta(days=rng.randint(0, 13148))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1925 <= d.year <= 1996


DATE_FORMATS = ["date.us_slash", "date.us_unpadded", "date.us_dash", "date.long", "date.abbr", "date.upper_long",
                "date.iso", "date.hl7", "date.mmddyyyy", "date.key_mdy", "date.key_ymd", "date.weekday",
                "date.sql_dt"]


def render_date(fmt, iso):
    """US renderings: mm/dd/yyyy; m/d/yyyy without padding; mm-dd-yyyy; long 'March 12, 1984'; abbreviated
    'Mar 12, 1984'; upper-case long 'MARCH 12, 1984'; ISO 8601 extended calendar date; HL7 v2 DT / ISO 8601 basic
    YYYYMMDD (as ADT feeds and MDS / OASIS submission files carry birth dates); flat-file MMDDYYYY; key-safe
    mm_dd_yyyy and yyyy_mm_dd; long form with weekday 'Monday, March 12, 1984'; SQL DATETIME at midnight."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    mo = EN_MONTHS[m - 1]
    return {"date.us_slash": f"{m:02d}/{dd:02d}/{y}", "date.us_unpadded": f"{m}/{dd}/{y}",
            "date.us_dash": f"{m:02d}-{dd:02d}-{y}", "date.long": f"{mo} {dd}, {y}",
            "date.abbr": f"{mo[:3]} {dd}, {y}", "date.upper_long": f"{mo.upper()} {dd}, {y}", "date.iso": iso,
            "date.hl7": f"{y}{m:02d}{dd:02d}", "date.mmddyyyy": f"{m:02d}{dd:02d}{y}",
            "date.key_mdy": f"{m:02d}_{dd:02d}_{y}", "date.key_ymd": f"{y}_{m:02d}_{dd:02d}",
            "date.weekday": f"{WEEKDAYS[d.weekday()]}, {mo} {dd}, {y}",
            "date.sql_dt": f"{iso} 00:00:00"}[fmt]


# ---------------------------------------------------------------- MRN / resident-number house styles (always cued)
MRN_STYLES = ["mrn.res_luhn7", "mrn.hh6", "mrn.hsp6", "mrn.fac_dash", "mrn.alf5"]


def gen_mrn(rng, style):
    """Post-acute EHR house styles (the builder's inventions, written the way such systems print them): a SNF
    resident number of 6 digits + a Luhn check digit; a home-health medical-record number 'HH' + 6 digits; a
    hospice patient number 'HSP-' + 6 digits; a 3-digit facility code + '-' + 5-digit resident number; an
    assisted-living resident id 'ALF' + 5 digits."""
    while True:
        if style == "mrn.res_luhn7":
            b = rdigits(rng, 6, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.hh6":
            v = "HH" + rdigits(rng, 6, True)
        elif style == "mrn.hsp6":
            v = "HSP-" + rdigits(rng, 6, True)
        elif style == "mrn.fac_dash":
            v = f"{rng.randint(101, 489)}-" + rdigits(rng, 5, True)
        elif style == "mrn.alf5":
            v = "ALF" + rdigits(rng, 5, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.res_luhn7": r"[1-9]\d{6}", "mrn.hh6": r"HH[1-9]\d{5}", "mrn.hsp6": r"HSP-[1-9]\d{5}",
          "mrn.fac_dash": r"[1-4]\d{2}-[1-9]\d{4}", "mrn.alf5": r"ALF[1-9]\d{4}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.res_luhn7":
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


HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.hicn", "hp.co_medicaid", "hp.mn_pmi", "hp.nj_medicaid", "hp.mo_dcn"]
HICN_BIC = ["A", "B", "B1", "C1", "D", "T", "M"]


def gen_hpid(rng, style):
    """CMS MBI (plain, or printed 4-3-4 with dashes); the legacy Medicare HICN (the beneficiary's valid-range SSN
    digits + a beneficiary identification code, e.g. A, B, B1, C1, D, T, M; still on older post-acute records); a
    Health First Colorado (Colorado Medicaid) member id (1 letter + 6 digits); a Minnesota Medical Assistance PMI
    number (8 digits); an NJ FamilyCare / New Jersey Medicaid id (12 digits); a MO HealthNet departmental client
    number, DCN (8 digits).  The state ids are lengths as the builder knows them (always cued)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.hicn":
            v = gen_ssn(rng).replace("-", "") + rng.choice(HICN_BIC)
        elif style == "hp.co_medicaid":
            v = rng.choice(UP) + rdigits(rng, 6, True)
        elif style in ("hp.mn_pmi", "hp.mo_dcn"):
            v = rdigits(rng, 8, True)
        elif style == "hp.nj_medicaid":
            v = rdigits(rng, 12, True)
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
    if style == "hp.hicn":
        m = re.fullmatch(r"(\d{9})([A-Z]\d?)", v)
        return bool(m) and ssn_ok(f"{m[1][:3]}-{m[1][3:5]}-{m[1][5:]}") and m[2] in HICN_BIC
    return bool(re.fullmatch({"hp.co_medicaid": r"[A-Z][1-9]\d{5}", "hp.mn_pmi": r"[1-9]\d{7}",
                              "hp.mo_dcn": r"[1-9]\d{7}", "hp.nj_medicaid": r"[1-9]\d{11}"}[style], v))


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


ABA_PREFIXES = ["10", "09", "02", "08"]   # Federal Reserve districts: Kansas City (CO, MO), Minneapolis, New York (NJ), St. Louis


def gen_aba_pair(rng):
    """A US ACH pair 'routing / account': an ABA routing number (Federal Reserve district prefix of the four
    states, ABA checksum) and a 10-digit deposit account (cued)."""
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


def gen_private_pay(rng):
    """A private-pay resident billing account 'PP-' + 7 digits (the builder's house style; cued only)."""
    while True:
        v = "PP-" + rdigits(rng, 7, True)
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
DL_STATES = ["CO", "CO_alpha", "MN", "NJ", "NJ_spaced", "MO", "MO_digits"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states' motor-vehicle agencies describe them: Colorado 9 digits
    (or 2 letters + 6 digits on older cards); Minnesota 1 letter + 12 digits; New Jersey 1 letter + 14 digits
    (printed 'A1234 56789 01234'); Missouri 1 letter + 9 digits (or 9 digits)."""
    while True:
        L = rng.choice(UP)
        if st == "CO":
            v = rdigits(rng, 9, True)
        elif st == "CO_alpha":
            v = L + rng.choice(UP) + rdigits(rng, 6, True)
        elif st == "MN":
            v = L + rdigits(rng, 12, True)
        elif st in ("NJ", "NJ_spaced"):
            d = rdigits(rng, 14, True)
            v = f"{L}{d}" if st == "NJ" else f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "MO":
            v = L + rdigits(rng, 9, True)
        elif st == "MO_digits":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"CO": r"[1-9]\d{8}", "CO_alpha": r"[A-Z]{2}[1-9]\d{5}", "MN": r"[A-Z][1-9]\d{11}",
         "NJ": r"[A-Z][1-9]\d{13}", "NJ_spaced": r"[A-Z][1-9]\d{3} \d{5} \d{5}", "MO": r"[A-Z][1-9]\d{8}",
         "MO_digits": r"[1-9]\d{8}"}


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
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs) as on a home oxygen concentrator or hospital-bed label: (01) GTIN-14 with
    check digit, (11) production date YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "3", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


SERIAL_STYLES = ["dev.o2_serial", "dev.bed_serial", "dev.tablet_serial"]


def gen_serial(rng, style):
    """Durable-medical-equipment and telehealth serials in the builder's house styles (cued only): an oxygen
    concentrator 'OC' + 2-digit year + '-' + 6 digits; a hospital bed 'HB' + 9 digits; a telehealth tablet
    'TH' + 2 letters + 8 digits."""
    while True:
        if style == "dev.o2_serial":
            v = f"OC{rng.randint(16, 25)}-" + rdigits(rng, 6, True)
        elif style == "dev.bed_serial":
            v = "HB" + rdigits(rng, 9, True)
        else:
            v = "TH" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + rdigits(rng, 8, True)
        if not boring(v):
            return v


SERIAL_RX = {"dev.o2_serial": r"OC(?:1[6-9]|2[0-5])-[1-9]\d{5}", "dev.bed_serial": r"HB[1-9]\d{8}",
             "dev.tablet_serial": r"TH[A-HJ-NPR-UV-Y]{2}[1-9]\d{7}"}


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1GN", "1C6", "2T3", "3GC", "5N1", "1D7", "1FD", "4S4", "5J6", "1N6", "2FM", "1GK"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Chevrolet MPV 1GN, Ram truck 1C6, Toyota Canada MPV 2T3,
    Chevrolet Mexico truck 3GC, Nissan USA MPV 5N1, Dodge truck 1D7, Ford incomplete / commercial 1FD, Subaru USA MPV
    4S4, Honda USA MPV 5J6, Nissan USA truck 1N6, Ford Canada MPV 2FM, GMC MPV 1GK) + VDS + check digit + model
    year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["CO", "MN", "NJ", "MO"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """Standard passenger plates (best-effort readings of the states' current serial formats): Colorado
    'ABC-D12'; Minnesota 'ABC-123'; New Jersey 'A12-BCD'; Missouri 'AB1-C2D'."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    D = lambda n: rdigits(rng, n, True)
    if st == "CO":
        return f"{L(3)}-{L(1)}{D(2)}"
    if st == "MN":
        return f"{L(3)}-{D(3)}"
    if st == "NJ":
        return f"{L(1)}{D(2)}-{L(3)}"
    if st == "MO":
        return f"{L(2)}{D(1)}-{L(1)}{D(1)}{L(1)}"
    raise KeyError(st)


PLATE_RX = {"CO": r"[A-Z]{3}-[A-Z][1-9]\d", "MN": r"[A-Z]{3}-[1-9]\d{2}", "NJ": r"[A-Z][1-9]\d-[A-Z]{3}",
            "MO": r"[A-Z]{2}[1-9]-[A-Z][1-9][A-Z]"}


def plate_ok(st, v):
    return re.fullmatch(PLATE_RX[st], v) is not None


# ---------------------------------------------------------------- IP addresses
ARIN_V4 = [47, 99, 104, 108, 162, 199, 204, 207]     # IANA IPv4 Address Space Registry: administered by ARIN
ARIN_V6 = [0x2600, 0x2601, 0x2610, 0x2620]           # inside ARIN's 2600::/12 allocation


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
US_AREAS = [303, 719, 970, 720, 612, 651, 763, 952, 218, 507, 201, 732, 856, 908, 973, 609, 417, 573, 636, 660]


def gen_phone(rng):
    """NANP numbers (ITU-T E.164 +1) in area codes of Colorado (303, 719, 970, 720), Minnesota (612, 651, 763,
    952, 218, 507), New Jersey (201, 732, 856, 908, 973, 609) and Missouri (417, 573, 636, 660) that phonenumbers
    (libphonenumber metadata) calls valid; exchange never 555."""
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
EMAIL_DOMAINS = ["swbell.net", "usfamily.net", "mchsi.com", "optimum.net", "prodigy.net", "wowway.com", "rcn.com",
                 "socket.net", "hickorytech.net", "paulbunyan.net", "arvig.net", "centurytel.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://lotsahelpinghands.com/c/{num}/",
                 "https://www.legacy.com/us/obituaries/{paper}/name/{slug}-obituary?id={num}",
                 "https://www.mealtrain.com/trains/{code}",
                 "https://www.tributearchive.com/obituaries/{num}/{slug}",
                 "https://www.echovita.com/us/obituaries/{st}/{city}/{slug}-{num}",
                 "https://www.posthope.org/{slug}",
                 "https://giveinkind.com/p/{slug}",
                 "https://portal.northstarhomecare.org/patients/{num}/care-plan"]
URL_PAPERS = ["denverpost", "startribune", "stltoday", "nj", "kansascity", "duluthnewstribune"]
URL_CITIES = [("co", "pueblo"), ("mn", "duluth"), ("nj", "toms-river"), ("mo", "springfield")]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?(?:\?id=\d+)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("DENVER", "CO", "802"), ("PUEBLO", "CO", "810"), ("GREELEY", "CO", "806"), ("GRAND JUNCTION", "CO", "815"),
          ("DULUTH", "MN", "558"), ("ROCHESTER", "MN", "559"), ("ST CLOUD", "MN", "563"), ("MANKATO", "MN", "560"),
          ("TOMS RIVER", "NJ", "087"), ("CHERRY HILL", "NJ", "080"), ("PATERSON", "NJ", "075"),
          ("TRENTON", "NJ", "086"), ("SPRINGFIELD", "MO", "658"), ("COLUMBIA", "MO", "652"), ("JOPLIN", "MO", "648"),
          ("CAPE GIRARDEAU", "MO", "637")]
STREETS = ["ELM", "MAPLE", "LAKEVIEW", "PROSPECT", "CHERRY CREEK", "SUMMIT", "LONDON", "SUPERIOR", "MESA", "BLUFF",
           "HICKORY", "WALNUT", "SYCAMORE", "OAK KNOLL"]
SUFFIXES = ["OVAL", "PASS", "SPUR", "TRCE", "PARK", "MEWS", "COR", "CURV", "EXT", "GTWY", "PNES", "VIS"]  # Pub 28 C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_room=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional secondary
    unit RM (a facility room: C2 'ROOM' -> RM), city, state, ZIP or ZIP+4; written upper case without punctuation
    except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    room = f" RM {rng.randint(101, 348)}{rng.choice(['', '', 'A', 'B'])}" if force_room else ""
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{room}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ").upper().replace(" ROOM ", " RM ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?: RM \d{3}[AB]?)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v)
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
    if fmt == "addr.room":                 # mixed case, the facility room spelt out ('Room 214')
        return mixed(plain).replace(" Rm ", " Room ")
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["artifactory-reference-token", "authress-service-client-access-key",
                "aws-amazon-bedrock-api-key-short-lived", "easypost-test-api-token", "facebook-access-token",
                "flutterwave-public-key", "gitlab-pat-routable", "gitlab-rrt",
                "gitlab-runner-authentication-token-routable", "grafana-api-key", "microsoft-teams-webhook",
                "sentry-org-token", "settlemint-application-access-token", "settlemint-service-access-token",
                "slack-legacy-bot-token", "sidekiq-sensitive-url"]
SECRET_EXTRA = ["uri.sqlserver", "uri.ftp", "uri.oracle", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a go-mssqldb sqlserver:// URL,
    an FTP URL and an Oracle URL with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    b64 = al + "+/"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    uuid = lambda: f"{R(hx, 8)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 12)}"
    if rule == "artifactory-reference-token":
        return "cmVmd" + R(al, 59)
    if rule == "authress-service-client-access-key":
        return f"sc_{R(lo, 10)}.{R(lo, 5)}.acc_{R(lo, 16)}.{R(lo + '+/_=-', 44)}{R(lo, 1)}"
    if rule == "aws-amazon-bedrock-api-key-short-lived":
        return "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + R(al, 120)
    if rule == "easypost-test-api-token":
        return "EZTK" + R(al, 54)
    if rule == "facebook-access-token":
        return rdigits(rng, 15, True) + "|" + R(lo + "-_", 31) + R(lo, 1)
    if rule == "flutterwave-public-key":
        return "FLWPUBK_TEST-" + R("abcdefgh0123456789", 32) + "-X"
    if rule == "gitlab-pat-routable":
        return "glpat-" + R(al + "_-", 30) + R(al, 1) + "." + R(lo, 2) + R(lo, 7)
    if rule == "gitlab-rrt":
        return "GR1348941" + R(al + "_-", 19) + R(al, 1)
    if rule == "gitlab-runner-authentication-token-routable":
        return f"glrt-t{rng.randint(1, 3)}_" + R(al + "_-", 30) + R(al, 1) + "." + R(lo, 2) + R(lo, 7)
    if rule == "grafana-api-key":
        return "eyJrIjoi" + R(al, 84)
    if rule == "microsoft-teams-webhook":
        return (f"https://{R(string.ascii_lowercase, 9)}.webhook.office.com/webhookb2/{uuid()}@{uuid()}"
                f"/IncomingWebhook/{R(hx, 32)}/{uuid()}")
    if rule == "sentry-org-token":
        return "sntrys_eyJpYXQiO" + R(b64, 24) + "LCJyZWdpb25fdXJs" + R(b64, 40) + "_" + R(b64, 43)
    if rule == "settlemint-application-access-token":
        return "sm_aat_" + R(al, 16)
    if rule == "settlemint-service-access-token":
        return "sm_sat_" + R(al, 16)
    if rule == "slack-legacy-bot-token":
        return f"xoxb-{rdigits(rng, 11, True)}-{R(al, 24)}"
    if rule == "sidekiq-sensitive-url":
        return f"https://{R(hx, 8)}:{R(hx, 8)}@gems.contribsys.com/"
    if rule == "uri.sqlserver":
        return f"sqlserver://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 8)}." \
               f"database.windows.net:1433?database=careplans"
    if rule == "uri.ftp":
        return f"ftp://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@ftp.{R(string.ascii_lowercase, 9)}.com/oasis/"
    if rule == "uri.oracle":
        return f"oracle://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@{R(string.ascii_lowercase, 7)}-db." \
               f"{R(lo, 5)}.net:1521/MDSPRD"
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
    if rule_id == "uri.sqlserver":
        return bool(re.fullmatch(r"sqlserver://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+\?database=\w+", value))
    if rule_id == "uri.ftp":
        return bool(re.fullmatch(r"ftp://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+/", value))
    if rule_id == "uri.oracle":
        return bool(re.fullmatch(r"oracle://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
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
