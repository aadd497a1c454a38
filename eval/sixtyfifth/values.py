"""Value generators for the sixty-fifth set, each from a published format rule (or a named house style), with
validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  All values are US forms: the set models an outpatient behavioural-health and substance-use
treatment provider (community mental-health centres, opioid treatment programmes, recovery housing) in Kentucky, West
Virginia, Indiana and Arkansas.
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
    """A calendar date: clients born 1950-01-01 .. 2005-12-31, emergency contacts and sponsors born 1950-01-01 ..
    2000-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    start = datetime.date(1950, 1, 1)
    span = (datetime.date(2000 if family else 2005, 12, 31) - start).days
    d = start + datetime.timedelta(days=rng.randint(0, span))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1950 <= d.year <= 2005


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


# ---------------------------------------------------------------- MRN / client-id house styles (always cued)
MRN_STYLES = ["mrn.chart_luhn8", "mrn.cl6", "mrn.otp_reg", "mrn.episode", "mrn.rh6"]
OTP_STATES = ["KY", "WV", "IN", "AR"]


def gen_mrn(rng, style):
    """Behavioural-health EHR and registry house styles (the builder's inventions, written the way such systems
    print them): a CMHC chart number of 7 digits + a Luhn check digit; a client id 'CL-' + 6 digits; an opioid
    treatment programme central-registry number 'OTP-' + state + '-' + 6 digits; a client number with an episode
    of care 'CN' + 5 digits + '-' + 2-digit episode; a recovery-housing resident id 'RH' + 6 digits."""
    while True:
        if style == "mrn.chart_luhn8":
            b = rdigits(rng, 7, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.cl6":
            v = "CL-" + rdigits(rng, 6, True)
        elif style == "mrn.otp_reg":
            v = f"OTP-{rng.choice(OTP_STATES)}-" + rdigits(rng, 6, True)
        elif style == "mrn.episode":
            v = "CN" + rdigits(rng, 5, True) + f"-{rng.randint(1, 9):02d}"
        elif style == "mrn.rh6":
            v = "RH" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.chart_luhn8": r"[1-9]\d{7}", "mrn.cl6": r"CL-[1-9]\d{5}", "mrn.otp_reg": r"OTP-(?:KY|WV|IN|AR)-[1-9]\d{5}",
          "mrn.episode": r"CN[1-9]\d{4}-0[1-9]", "mrn.rh6": r"RH[1-9]\d{5}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.chart_luhn8":
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


HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.ky_medicaid", "hp.wv_medicaid", "hp.in_ihcp", "hp.ar_medicaid",
             "hp.mco_member"]
MCO_PREFIXES = ["KYP", "WVM", "INH", "ARM"]


def gen_hpid(rng, style):
    """CMS MBI (plain, or printed 4-3-4 with dashes); a Kentucky Medicaid member id (10 digits); a West Virginia
    Medicaid member id (11 digits); an Indiana Health Coverage Programs (IHCP) member id, as Healthy Indiana Plan and
    Hoosier Healthwise members carry it (12 digits); an Arkansas Medicaid id (10 digits, also on ARHOME cards); a
    Medicaid managed-care plan member number (3 letters, the builder's invention, + 9 digits).  The state id
    lengths are as the builder knows them (always cued)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style in ("hp.ky_medicaid", "hp.ar_medicaid"):
            v = rdigits(rng, 10, True)
        elif style == "hp.wv_medicaid":
            v = rdigits(rng, 11, True)
        elif style == "hp.in_ihcp":
            v = rdigits(rng, 12, True)
        elif style == "hp.mco_member":
            v = rng.choice(MCO_PREFIXES) + rdigits(rng, 9, True)
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
    return bool(re.fullmatch({"hp.ky_medicaid": r"[1-9]\d{9}", "hp.ar_medicaid": r"[1-9]\d{9}",
                              "hp.wv_medicaid": r"[1-9]\d{10}", "hp.in_ihcp": r"[1-9]\d{11}",
                              "hp.mco_member": r"(?:KYP|WVM|INH|ARM)[1-9]\d{8}"}[style], v))


# ---------------------------------------------------------------- account numbers
def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard", "discover", "amex"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}
TEST_CARDS = ("4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100",
              "6011111111111117", "6011000990139424", "378282246310005", "371449635398431")


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs as US cards carry them: Visa 4 (16), Mastercard 2-series 2221-2720 (16), Discover 6011 / 644-649 / 65
    (16), American Express 34 / 37 (15, printed 4-6-5); last digit by the Luhn algorithm; published test numbers
    excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard":
            v = card(rng, str(rng.randint(2221, 2720)), 16)
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


ABA_PREFIXES = ["04", "05", "07", "08"]   # Federal Reserve districts: Cleveland (eastern KY), Richmond (WV), Chicago (IN), St. Louis (AR, western KY, southern IN)


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
    """A sliding-fee-scale self-pay client account 'SF-' + 7 digits (the builder's house style; cued only)."""
    while True:
        v = "SF-" + rdigits(rng, 7, True)
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
DL_STATES = ["KY", "WV", "WV_digits", "IN", "IN_dashed", "AR"]


def gen_dl(rng, st):
    """State driver-licence number formats as the builder knows the states' motor-vehicle agencies to issue them:
    Kentucky 1 letter + 8 digits; West Virginia 1 letter + 6 digits (or 7 digits); Indiana 10 digits (printed
    '1234-56-7890'); Arkansas 9 digits."""
    while True:
        L = rng.choice(UP)
        if st == "KY":
            v = L + rdigits(rng, 8, True)
        elif st == "WV":
            v = L + rdigits(rng, 6, True)
        elif st == "WV_digits":
            v = rdigits(rng, 7, True)
        elif st in ("IN", "IN_dashed"):
            d = rdigits(rng, 10, True)
            v = d if st == "IN" else f"{d[:4]}-{d[4:6]}-{d[6:]}"
        elif st == "AR":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"KY": r"[A-Z][1-9]\d{7}", "WV": r"[A-Z][1-9]\d{5}", "WV_digits": r"[1-9]\d{6}", "IN": r"[1-9]\d{9}",
         "IN_dashed": r"[1-9]\d{3}-\d{2}-\d{4}", "AR": r"[1-9]\d{8}"}


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
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs) as on a breathalyzer or ankle-monitor label: (01) GTIN-14 with check digit,
    (11) production date YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "3", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


SERIAL_STYLES = ["dev.lockbox_serial", "dev.breath_serial", "dev.ankle_serial"]


def gen_serial(rng, style):
    """Take-home medication lockbox, breathalyzer and ankle-monitor serials in the builder's house styles (cued
    only): a lockbox 'LB' + 2-digit year + '-' + 5 digits; a breathalyzer 'BAC' + 7 digits; an ankle monitor
    'AM' + 2 letters + 6 digits."""
    while True:
        if style == "dev.lockbox_serial":
            v = f"LB{rng.randint(17, 25)}-" + rdigits(rng, 5, True)
        elif style == "dev.breath_serial":
            v = "BAC" + rdigits(rng, 7, True)
        else:
            v = "AM" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + rdigits(rng, 6, True)
        if not boring(v):
            return v


SERIAL_RX = {"dev.lockbox_serial": r"LB(?:1[7-9]|2[0-5])-[1-9]\d{4}", "dev.breath_serial": r"BAC[1-9]\d{6}",
             "dev.ankle_serial": r"AM[A-HJ-NPR-UV-Y]{2}[1-9]\d{5}"}


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FT", "1G1", "2HG", "3N1", "1HG", "4T1", "5FN", "1FM", "2C4", "1FB", "3C4", "1GC"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments as the builder knows them: Ford truck 1FT, Chevrolet car
    1G1, Honda Canada car 2HG, Nissan Mexico car 3N1, Honda USA car 1HG, Toyota USA car 4T1, Honda USA MPV 5FN, Ford
    MPV 1FM, Chrysler Canada MPV 2C4 (minivans), Ford bus / passenger van 1FB, Chrysler Mexico MPV 3C4, Chevrolet
    truck 1GC) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["KY", "WV", "IN", "AR"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """Standard passenger plates (best-effort readings of the states' serial formats): Kentucky '123 ABC';
    West Virginia '1AB 234'; Indiana '123ABC'; Arkansas 'ABC 12D'."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    D = lambda n: rdigits(rng, n, True)
    if st == "KY":
        return f"{D(3)} {L(3)}"
    if st == "WV":
        return f"{D(1)}{L(2)} {D(3)}"
    if st == "IN":
        return f"{D(3)}{L(3)}"
    if st == "AR":
        return f"{L(3)} {D(2)}{L(1)}"
    raise KeyError(st)


PLATE_RX = {"KY": r"[1-9]\d{2} [A-Z]{3}", "WV": r"[1-9][A-Z]{2} [1-9]\d{2}", "IN": r"[1-9]\d{2}[A-Z]{3}",
            "AR": r"[A-Z]{3} [1-9]\d[A-Z]"}


def plate_ok(st, v):
    return re.fullmatch(PLATE_RX[st], v) is not None


# ---------------------------------------------------------------- IP addresses
ARIN_V4 = [23, 24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71]     # IANA IPv4 Address Space Registry: administered by ARIN
ARIN_V6 = [0x2602, 0x2603, 0x2605, 0x2607]           # inside ARIN's 2600::/12 allocation


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
US_AREAS = [502, 859, 606, 270, 364, 304, 681, 317, 219, 260, 574, 765, 812, 930, 501, 479, 870]


def gen_phone(rng):
    """NANP numbers (ITU-T E.164 +1) in area codes of Kentucky (502, 859, 606, 270, 364), West Virginia (304,
    681), Indiana (317, 219, 260, 574, 765, 812, 930) and Arkansas (501, 479, 870) that phonenumbers (libphonenumber
    metadata) calls valid; exchange never 555."""
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
EMAIL_DOMAINS = ["windstream.net", "suddenlink.net", "iglou.com", "insightbb.com", "frontiernet.net", "citynet.net",
                 "bellsouth.net", "aristotle.net", "indy.rr.com", "fuse.net", "sbcglobal.net", "juno.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.gofundme.com/f/{slug}-recovery-fund",
                 "https://www.givesendgo.com/{slug}",
                 "https://www.tributes.com/obituary/show/{slug}-{num}",
                 "https://www.dignitymemorial.com/obituaries/{city}-{st}/{slug}-{num}",
                 "https://www.linkedin.com/in/{slug}-{code}",
                 "https://www.instagram.com/{uslug}",
                 "https://www.spotfund.com/story/{num}",
                 "https://portal.bluegrassrecoverycare.org/clients/{num}/plan"]
URL_PAPERS = []
URL_CITIES = [("ky", "hazard"), ("wv", "beckley"), ("in", "muncie"), ("ar", "jonesboro")]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("LOUISVILLE", "KY", "402"), ("LEXINGTON", "KY", "405"), ("HAZARD", "KY", "417"), ("PIKEVILLE", "KY", "415"),
          ("HUNTINGTON", "WV", "257"), ("BECKLEY", "WV", "258"), ("CHARLESTON", "WV", "253"), ("MORGANTOWN", "WV", "265"),
          ("INDIANAPOLIS", "IN", "462"), ("EVANSVILLE", "IN", "477"), ("MUNCIE", "IN", "473"), ("TERRE HAUTE", "IN", "478"),
          ("LITTLE ROCK", "AR", "722"), ("FORT SMITH", "AR", "729"), ("JONESBORO", "AR", "724"), ("PINE BLUFF", "AR", "716")]
STREETS = ["TROUBLESOME", "CARR FORK", "BIG SANDY", "COAL RUN", "LAUREL", "POPLAR", "CEDAR", "DOGWOOD", "REDBUD",
           "CHESTNUT", "BEECH", "BUCKEYE", "OZARK", "RIVER"]
SUFFIXES = ["HOLW", "BR", "CRK", "FRK", "RDG", "RUN", "KNL", "HTS", "VLY", "PIKE", "LNDG", "XING"]  # Pub 28 C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_room=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional secondary
    unit APT (C2 'APARTMENT' -> APT), city, state, ZIP or ZIP+4; written upper case without punctuation except the
    comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    room = f" APT {rng.randint(1, 24)}{rng.choice(['', '', 'A', 'B'])}" if force_room else ""
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{room}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ").upper().replace(" APARTMENT ", " APT ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?: APT \d{1,2}[AB]?)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v)
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
    if fmt == "addr.room":                 # mixed case, the unit spelt out ('Apartment 4B')
        return mixed(plain).replace(" Apt ", " Apartment ")
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["doppler-api-token", "npm-access-token", "postman-api-token", "linear-api-key",
                "shopify-access-token", "planetscale-password", "rubygems-api-token", "adobe-client-secret",
                "notion-api-token", "hashicorp-tf-api-token", "clojars-api-token", "dynatrace-api-token",
                "frameio-api-token", "huggingface-access-token", "readme-api-token", "openshift-user-token"]
SECRET_EXTRA = ["uri.couchbase", "uri.amqp", "uri.redis", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a couchbases:// URL, an
    amqps:// URL and a rediss:// URL with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    low = string.ascii_lowercase
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "adobe-client-secret":
        return "p8e-" + R(al, 32)
    if rule == "notion-api-token":
        return "ntn_" + rdigits(rng, 11) + R(al, 35)
    if rule == "hashicorp-tf-api-token":
        return R(lo, 14) + ".atlasv1." + R(lo + "-_", 66)
    if rule == "clojars-api-token":
        return "CLOJARS_" + R(lo, 60)
    if rule == "dynatrace-api-token":
        return f"dt0c01.{R(string.ascii_uppercase + DIG, 24)}.{R(string.ascii_uppercase + DIG, 64)}"
    if rule == "frameio-api-token":
        return "fio-u-" + R(al + "-_", 64)
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "openshift-user-token":
        return "sha256~" + R(al + "_-", 42) + R(al, 1)
    if rule == "uri.couchbase":
        return f"couchbases://{R(low, 7)}:{R(al, 20)}@cb.{R(lo, 12)}.cloud.couchbase.com/intake"
    if rule == "uri.amqp":
        return f"amqps://{R(low, 6)}:{R(al, 18)}@{R(low, 9)}.cloudamqp.com/reminders"
    if rule == "uri.redis":
        return f"rediss://default:{R(al, 24)}@{R(low, 7)}-cache.{R(lo, 6)}.net:6380/0"
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
    if rule_id == "uri.couchbase":
        return bool(re.fullmatch(r"couchbases://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.amqp":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.redis":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d", value))
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
