"""Value generators for the sixty-sixth set, each from a published format rule (or a named house style), with
validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  All values are US forms: the set models an eye-care group (ophthalmology practices,
optometry clinics and an ambulatory surgery centre) in Maine, New Hampshire, Vermont and Massachusetts.
Adapted from the sixty-first set's values.py (SSN, Luhn, MBI, IMEI, MAC, GS1, VIN, IP and phone machinery kept;
pools and house styles replaced).
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
    """A calendar date: older patients (cataract, retina) born 1928-01-01 .. 1960-12-31, younger patients (contact
    lenses, driver-vision forms) and family contacts born 1961-01-01 .. 2000-12-31 (ISO 8601 calendar date)."""
    if family:
        start, span = datetime.date(1961, 1, 1), 14609
    else:
        start, span = datetime.date(1928, 1, 1), 12052
    d = start + datetime.timedelta(days=rng.randint(0, span))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1928 <= d.year <= 2000


DATE_FORMATS = ["date.us_slash", "date.us_unpadded", "date.us_dash", "date.long", "date.abbr", "date.upper_long",
                "date.iso", "date.hl7", "date.mmddyyyy", "date.key_mdy", "date.key_ymd", "date.oracle",
                "date.hcfa_spaced"]


def render_date(fmt, iso):
    """US renderings: mm/dd/yyyy; m/d/yyyy without padding; mm-dd-yyyy; long 'March 12, 1984'; abbreviated
    'Mar 12, 1984'; upper-case long 'MARCH 12, 1984'; ISO 8601 extended calendar date; HL7 v2 DT / ISO 8601 basic
    YYYYMMDD; flat-file MMDDYYYY; key-safe mm_dd_yyyy and yyyy_mm_dd; the dd-MON-yyyy form of Oracle-backed
    practice systems; and 'MM DD YYYY' with spaces, as the HCFA-1500 (NUCC 02/12) box 3 prints a birth date."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    mo = EN_MONTHS[m - 1]
    return {"date.us_slash": f"{m:02d}/{dd:02d}/{y}", "date.us_unpadded": f"{m}/{dd}/{y}",
            "date.us_dash": f"{m:02d}-{dd:02d}-{y}", "date.long": f"{mo} {dd}, {y}",
            "date.abbr": f"{mo[:3]} {dd}, {y}", "date.upper_long": f"{mo.upper()} {dd}, {y}", "date.iso": iso,
            "date.hl7": f"{y}{m:02d}{dd:02d}", "date.mmddyyyy": f"{m:02d}{dd:02d}{y}",
            "date.key_mdy": f"{m:02d}_{dd:02d}_{y}", "date.key_ymd": f"{y}_{m:02d}_{dd:02d}",
            "date.oracle": f"{dd:02d}-{mo[:3].upper()}-{y}",
            "date.hcfa_spaced": f"{m:02d} {dd:02d} {y}"}[fmt]


# ---------------------------------------------------------------- MRN / chart-number house styles (always cued)
MRN_STYLES = ["mrn.eye_dash", "mrn.asc7", "mrn.chart_luhn8", "mrn.site_dash", "mrn.rv6"]
SITE_CODES = ["PM", "BG", "LW", "MN", "NS", "BT", "RU", "WO", "LO", "NB"]


def gen_mrn(rng, style):
    """Eye-care EHR house styles (the builder's inventions, written the way such systems print them): a practice
    chart number 'EYE-' + 6 digits; an ambulatory-surgery-centre medical-record number 'ASC' + 7 digits; an 8-digit
    chart number whose last digit is a Luhn check digit; a 2-letter clinic site code + '-' + 6 digits; a retina
    service number 'RV' + 6 digits."""
    while True:
        if style == "mrn.eye_dash":
            v = "EYE-" + rdigits(rng, 6, True)
        elif style == "mrn.asc7":
            v = "ASC" + rdigits(rng, 7, True)
        elif style == "mrn.chart_luhn8":
            b = rdigits(rng, 7, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.site_dash":
            v = rng.choice(SITE_CODES) + "-" + rdigits(rng, 6, True)
        elif style == "mrn.rv6":
            v = "RV" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.eye_dash": r"EYE-[1-9]\d{5}", "mrn.asc7": r"ASC[1-9]\d{6}", "mrn.chart_luhn8": r"[1-9]\d{7}",
          "mrn.site_dash": r"(?:" + "|".join(SITE_CODES) + r")-[1-9]\d{5}", "mrn.rv6": r"RV[1-9]\d{5}"}


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



HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.mainecare", "hp.nh_medicaid", "hp.vt_medicaid", "hp.ma_medicaid",
             "hp.bluecross_prefix", "hp.vision_plan"]


def gen_hpid(rng, style):
    """CMS MBI (plain, or printed 4-3-4 with dashes); a MaineCare member id (9 digits + 1 letter); a New Hampshire
    Medicaid id (11 digits); a Vermont Medicaid (Green Mountain Care / Dr. Dynasaur) id (7 digits); a Massachusetts
    Medicaid member id (12 digits); a Blue Cross Blue Shield member id with its 3-letter alpha prefix + 9 digits; a
    vision-plan subscriber id (letter + 9 digits).  The state and plan id lengths are as the builder knows them
    (best-effort; always cued)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.mainecare":
            v = rdigits(rng, 9, True) + rng.choice("ABCDEFGHJKLMNPRSTUVWXY")
        elif style == "hp.nh_medicaid":
            v = rdigits(rng, 11, True)
        elif style == "hp.vt_medicaid":
            v = rdigits(rng, 7, True)
        elif style == "hp.ma_medicaid":
            v = "1000" + rdigits(rng, 8, True)
        elif style == "hp.bluecross_prefix":
            v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 9, True)
        elif style == "hp.vision_plan":
            v = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdigits(rng, 9, True)
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
    return bool(re.fullmatch({"hp.mainecare": r"[1-9]\d{8}[A-Z]", "hp.nh_medicaid": r"[1-9]\d{10}",
                              "hp.vt_medicaid": r"[1-9]\d{6}", "hp.ma_medicaid": r"1000[1-9]\d{7}",
                              "hp.bluecross_prefix": r"[A-Z]{3}[1-9]\d{8}", "hp.vision_plan": r"[A-Z][1-9]\d{8}"}[style],
                             v))


# ---------------------------------------------------------------- account numbers
def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard2", "unionpay", "discover65"]
CARD_GROUPS = {16: [4, 4, 4, 4]}
TEST_CARDS = ("4111111111111111", "4242424242424242", "4012888888881881", "2223003122003222", "2223000048400011",
              "6200000000000005", "6011111111111117", "6011000990139424", "6555900000604105")


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs as US cards carry them: Visa 4 (16), Mastercard 2-series 2221-2720 (16), UnionPay 62 (16),
    Discover 65 (16); last digit by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard2":
            v = card(rng, str(rng.randint(2221, 2720)), 16)
        elif brand == "unionpay":
            v = card(rng, "62" + str(rng.randint(1, 8)), 16)
        elif brand == "discover65":
            v = card(rng, "65", 16)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in TEST_CARDS:
            return v


def aba_ok(r):
    """ABA routing number checksum: 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10."""
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


ABA_PREFIXES = ["01", "11", "21"]   # Federal Reserve district 1 (Boston): banks 01, 11; thrift institutions 21


def gen_aba_pair(rng):
    """A US ACH pair 'routing / account': an ABA routing number (Boston Federal Reserve district prefixes, ABA
    checksum) and an 11-digit deposit account (cued)."""
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


def gen_private_pay(rng):
    """A patient account number as HCFA-1500 box 26 carries it: guarantor 'G' + 8 digits (the builder's house
    style; cued only)."""
    while True:
        v = "G" + rdigits(rng, 8, True)
        if not boring(v):
            return v


PP_RX = r"G[1-9]\d{7}"


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
DL_STATES = ["ME", "ME_x", "NH", "VT", "VT_a", "MA", "MA_digits"]


def gen_dl(rng, st):
    """State driver-licence number formats (best-effort readings of the AAMVA-derived format tables the states'
    motor-vehicle agencies follow): Maine 7 digits (or 7 digits + 'X'); New Hampshire 2 digits + 3 letters + 5
    digits; Vermont 8 digits (or 7 digits + 'A'); Massachusetts 'S' or another letter + 8 digits (or 9 digits)."""
    while True:
        if st == "ME":
            v = rdigits(rng, 7, True)
        elif st == "ME_x":
            v = rdigits(rng, 7, True) + "X"
        elif st == "NH":
            v = rdigits(rng, 2, True) + "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 5)
        elif st == "VT":
            v = rdigits(rng, 8, True)
        elif st == "VT_a":
            v = rdigits(rng, 7, True) + "A"
        elif st == "MA":
            v = rng.choice("SSSAB") + rdigits(rng, 8, True)
        elif st == "MA_digits":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"ME": r"[1-9]\d{6}", "ME_x": r"[1-9]\d{6}X", "NH": r"[1-9]\d[A-Z]{3}\d{5}", "VT": r"[1-9]\d{7}",
         "VT_a": r"[1-9]\d{6}A", "MA": r"[SAB][1-9]\d{7}", "MA_digits": r"[1-9]\d{8}"}


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
    """GS1 UDI (FDA 21 CFR 830; GS1 General Specifications AIs) as on an intraocular-lens carton: (01) GTIN-14 with
    check digit, (17) expiry date YYMMDD, (10) lot, (21) serial."""
    body = "0" + rng.choice(["0", "3", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    serial = rdigits(rng, 11, True)
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


SERIAL_STYLES = ["dev.iol_serial", "dev.amd_monitor", "dev.lv_magnifier"]


def gen_serial(rng, style):
    """Eye-care device serials in the builder's house styles (cued only): an intraocular-lens serial of 11 digits
    (as printed on the implant card); a home macular-degeneration monitor 'HM' + 2-digit year + '-' + 7 digits; a
    low-vision video magnifier 'LVM' + 2 letters + 6 digits."""
    while True:
        if style == "dev.iol_serial":
            v = rdigits(rng, 11, True)
        elif style == "dev.amd_monitor":
            v = f"HM{rng.randint(18, 26)}-" + rdigits(rng, 7, True)
        else:
            v = "LVM" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + rdigits(rng, 6, True)
        if not boring(v):
            return v


SERIAL_RX = {"dev.iol_serial": r"[1-9]\d{10}", "dev.amd_monitor": r"HM(?:1[89]|2[0-6])-[1-9]\d{6}",
             "dev.lv_magnifier": r"LVM[A-HJ-NPR-UV-Y]{2}[1-9]\d{5}"}


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["4S3", "JF2", "JTM", "1FT", "1C4", "5TF", "KMH", "3VW", "2HK", "4T1", "1HG", "5FN"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments as the builder knows them: Subaru USA passenger car 4S3,
    Subaru Japan MPV JF2, Toyota Japan MPV JTM, Ford USA truck 1FT, Jeep / Chrysler USA MPV 1C4, Toyota USA truck
    5TF, Hyundai Korea passenger car KMH, Volkswagen Mexico 3VW, Honda Canada MPV 2HK, Toyota USA passenger car 4T1,
    Honda USA passenger car 1HG, Honda USA MPV 5FN) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]



PLATES = ["ME", "NH", "VT", "MA"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """Standard passenger plates (best-effort readings of the states' serial formats): Maine '1234 AB'; New
    Hampshire '123 4567'; Vermont 'ABC 123'; Massachusetts '1ABC23'."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    D = lambda n: rdigits(rng, n, True)
    if st == "ME":
        return f"{D(4)} {L(2)}"
    if st == "NH":
        return f"{D(3)} {rdigits(rng, 4)}"
    if st == "VT":
        return f"{L(3)} {D(3)}"
    if st == "MA":
        return f"{D(1)}{L(3)}{D(2)}"
    raise KeyError(st)


PLATE_RX = {"ME": r"[1-9]\d{3} [A-Z]{2}", "NH": r"[1-9]\d{2} \d{4}", "VT": r"[A-Z]{3} [1-9]\d{2}",
            "MA": r"[1-9][A-Z]{3}[1-9]\d"}


def plate_ok(st, v):
    return re.fullmatch(PLATE_RX[st], v) is not None


# ---------------------------------------------------------------- IP addresses
ARIN_V4 = [24, 50, 66, 71, 73, 75, 96, 173]       # IANA IPv4 Address Space Registry: administered by ARIN
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
US_AREAS = [207, 603, 802, 617, 857, 781, 339, 508, 774, 978, 351, 413]


def gen_phone(rng):
    """NANP numbers (ITU-T E.164 +1) in area codes of Maine (207), New Hampshire (603), Vermont (802) and
    Massachusetts (617, 857, 781, 339, 508, 774, 978, 351, 413) that phonenumbers (libphonenumber metadata) calls
    valid; exchange never 555."""
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
    return {"phone.paren": phonenumbers.format_number(n, PNF.NATIONAL),      # (207) 456-7890
            "phone.dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "phone.dots": f"{d[:3]}.{d[3:6]}.{d[6:]}",
            "phone.e164": e164, "phone.intl": phonenumbers.format_number(n, PNF.INTERNATIONAL),
            "phone.one_dash": f"1-{d[:3]}-{d[3:6]}-{d[6:]}", "phone.tel": phonenumbers.format_number(n, PNF.RFC3966),
            "phone.digits": d, "phone.slash": f"{d[:3]}/{d[3:6]}-{d[6:]}"}[fmt]


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["gwi.net", "myfairpoint.net", "metrocast.net", "sover.net", "together.net", "tds.net",
                 "maine.rr.com", "nh.rr.com", "midmaine.com", "pivot.net", "tidewater.net", "gmavt.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.caringbridge.org/site/{slug}",
                 "https://www.gofundme.com/f/{slug}-cataract-surgery-fund",
                 "https://www.givesendgo.com/{slug}",
                 "https://www.spotfund.com/story/{num}",
                 "https://fundly.com/{slug}",
                 "https://www.facebook.com/{dot}",
                 "https://www.instagram.com/{under}/",
                 "https://myeyes.cascoeyeassociates.org/patients/{num}/visits"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PORTLAND", "ME", "041"), ("BANGOR", "ME", "044"), ("LEWISTON", "ME", "042"), ("PRESQUE ISLE", "ME", "047"),
          ("MANCHESTER", "NH", "031"), ("NASHUA", "NH", "030"), ("CONCORD", "NH", "033"), ("KEENE", "NH", "034"),
          ("BURLINGTON", "VT", "054"), ("RUTLAND", "VT", "057"), ("SAINT JOHNSBURY", "VT", "058"),
          ("BRATTLEBORO", "VT", "053"), ("WORCESTER", "MA", "016"), ("LOWELL", "MA", "018"),
          ("NEW BEDFORD", "MA", "027"), ("SPRINGFIELD", "MA", "011")]
STREETS = ["BIRCH", "CHESTNUT", "HARBOR VIEW", "MILL POND", "OLD COUNTY", "PLEASANT", "RIVERSIDE", "SCHOOLHOUSE",
           "SPRUCE", "TAMARACK", "WHITE PINE", "MEETINGHOUSE", "CANAL", "GRANITE"]
SUFFIXES = ["HL", "PT", "CMN", "LNDG", "FRY", "BRK", "HVN", "XING", "HBR", "MDWS", "ORCH", "RDG"]  # Pub 28 C1
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
    num = str(rng.randint(12, 9999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    room = f" APT {rng.randint(1, 4)}{rng.choice(['A', 'B', 'C', 'R', 'L'])}" if force_room else ""
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{room}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ").upper().replace(" APARTMENT ", " APT ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?: APT \d[ABCRL])?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v)
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
    if fmt == "addr.room":                 # mixed case, the unit spelt out ('Apartment 2B')
        return mixed(plain).replace(" Apt ", " Apartment ")
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["age-secret-key", "clojars-api-token", "databricks-api-token", "doppler-api-token",
                "duffel-api-token", "dynatrace-api-token", "frameio-api-token", "hashicorp-tf-api-token",
                "linear-api-key", "npm-access-token", "planetscale-password", "postman-api-token",
                "prefect-api-token", "pulumi-api-token", "rubygems-api-token", "sentry-user-token"]
SECRET_EXTRA = ["uri.mongodb_srv", "uri.amqps", "uri.redis", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a MongoDB SRV URL, an AMQPS
    URL and a Redis URL with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "clojars-api-token":
        return "CLOJARS_" + R(lo, 60)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "duffel-api-token":
        return "duffel_" + rng.choice(["test", "live"]) + "_" + R(al + "_-", 42) + R(al, 1)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(string.ascii_uppercase + DIG, 24) + "." + R(string.ascii_uppercase + DIG, 64)
    if rule == "frameio-api-token":
        return "fio-u-" + R(al + "-_", 63) + R(al, 1)
    if rule == "hashicorp-tf-api-token":
        return R(lo, 14) + ".atlasv1." + R(al + "-_", 66) + R(al, 1)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 42) + R(al, 1)
    if rule == "postman-api-token":
        return "PMAK-" + R(hx, 24) + "-" + R(hx, 34)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "uri.mongodb_srv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@cluster0.{R(lo, 5)}.mongodb.net/" \
               f"optical_orders"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 22)}@{R(string.ascii_lowercase, 8)}.rmq.cloudamqp.com/" \
               f"{R(string.ascii_lowercase, 8)}"
    if rule == "uri.redis":
        return f"redis://default:{R(al, 24)}@redis-{rng.randint(10000, 19999)}.c{rng.randint(1, 300)}." \
               f"us-east-1-2.ec2.redns.redis-cloud.com:{rng.randint(10000, 19999)}"
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
    if rule_id == "uri.mongodb_srv":
        return bool(re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.amqps":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.redis":
        return bool(re.fullmatch(r"redis://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
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
