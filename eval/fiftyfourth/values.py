"""Value generators for the fifty-fourth set, each from a published format rule, with validators.

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
    """dashed ddd-dd-dddd (SSA card form); space-separated; bare 9 digits (HL7 v2 PID-19 usage); '_' in
    identifiers."""
    return {"ssn.dash": plain, "ssn.space": plain.replace("-", " "), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def gen_dob(rng):
    """A calendar date between 1931-01-01 and 2013-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1931, 1, 1) + datetime.timedelta(days=rng.randint(0, 30315))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.us_slash", "date.us_slash_unpadded", "date.iso", "date.hl7_dtm", "date.us_long",
                "date.us_abbr", "date.dd_mon_yyyy", "date.us_dash", "date.js_iso", "date.es_mx", "date.key_ymd",
                "date.fhir_datetime"]


def render_date(fmt, iso):
    """Renderings: US mm/dd/yyyy; US m/d/yyyy (unpadded, as Excel and many US EHR exports write it); ISO 8601 /
    FHIR `date` yyyy-mm-dd; HL7 v2 DTM to the day YYYYMMDD (PID-7); US long 'March 12, 1984'; US abbreviated
    'Mar 12, 1984'; Oracle DD-MON-YYYY '12-MAR-1984'; US mm-dd-yyyy; JavaScript Date.toISOString() at midnight UTC
    '1984-03-12T00:00:00.000Z'; Mexican Spanish long form '12 de marzo de 1984' (NOM-004 expediente usage); key-safe
    yyyy_mm_dd; FHIR dateTime with a US offset '1984-03-12T00:00:00-05:00'."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    return {
        "date.us_slash": f"{m:02d}/{dd:02d}/{y}",
        "date.us_slash_unpadded": f"{m}/{dd}/{y}",
        "date.iso": iso,
        "date.hl7_dtm": f"{y}{m:02d}{dd:02d}",
        "date.us_long": f"{EN_MONTHS[m - 1]} {dd}, {y}",
        "date.us_abbr": f"{EN_MONTHS[m - 1][:3]} {dd}, {y}",
        "date.dd_mon_yyyy": f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}",
        "date.us_dash": f"{m:02d}-{dd:02d}-{y}",
        "date.js_iso": f"{iso}T00:00:00.000Z",
        "date.es_mx": f"{dd} de {ES_MONTHS[m - 1]} de {y}",
        "date.key_ymd": f"{y}_{m:02d}_{dd:02d}",
        "date.fhir_datetime": f"{iso}T00:00:00-05:00",
    }[fmt]


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.num8", "mrn.cx", "mrn.fhir_token", "mrn.luhn_dash", "mrn.e_prefix"]
MRN_AUTH = ["SMH", "UMC", "CHH", "BMC", "MHS"]               # invented assigning-authority namespace ids
MRN_SYSTEMS = ["https://fhir.lonestarregional-health.org/mrn", "https://ehr.gulfcoastcommunitymed.org/id/mrn",
               "urn:mrn:valleyfamilyclinic"]                   # invented identifier systems


def gen_mrn(rng, style):
    """Hospital MRN house styles (plain value = the record number itself): 8 digits; 9 digits as the ID of an HL7 v2
    CX (PID-3) with an assigning authority and identifier type code MR; 8 digits as the value of a FHIR token
    (system|value, FHIR R4 search 'token' syntax); 7 digits + '-' + Luhn check digit; 'E' + 7 digits."""
    while True:
        if style == "mrn.num8":
            v = rdigits(rng, 8, True)
        elif style == "mrn.cx":
            v = rdigits(rng, 9, True)
        elif style == "mrn.fhir_token":
            v = rdigits(rng, 8, True)
        elif style == "mrn.luhn_dash":
            b = rdigits(rng, 7, True)
            v = f"{b}-{luhn_check_digit(b)}"
        elif style == "mrn.e_prefix":
            v = "E" + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_mrn(style, plain, ctx=None):
    """The written form: the CX adds '^^^<assigning authority>^MR' (ctx = authority); the FHIR token prefixes
    '<system>|' (ctx = system)."""
    if style == "mrn.cx":
        return f"{plain}^^^{ctx}^MR"
    if style == "mrn.fhir_token":
        return f"{ctx}|{plain}"
    return plain


MRN_RX = {"mrn.num8": r"[1-9]\d{7}", "mrn.cx": r"[1-9]\d{8}", "mrn.fhir_token": r"[1-9]\d{7}",
          "mrn.luhn_dash": r"[1-9]\d{6}-\d", "mrn.e_prefix": r"E[1-9]\d{6}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.luhn_dash":
        return luhn_check_digit(v[:7]) == v[8]
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


HP_STYLES = ["hp.mbi", "hp.mbi_dash", "hp.aetna_w", "hp.uhc9", "hp.medical_cin", "hp.imss_nss"]


def gen_hpid(rng, style):
    """CMS MBI (plain; and 4-3-4 with dashes, the readability form CMS shows); an Aetna-style member id ('W' + 9
    digits); a UnitedHealthcare-style 9-digit member id (cued); a California Medi-Cal CIN (8 digits + a check
    letter position, written 9ddddddd + letter); a Mexican IMSS Número de Seguridad Social (11 digits: subdelegation
    2, registration year 2, birth year 2, serial 4, Luhn check digit)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dash"):
            v = gen_mbi(rng)
        elif style == "hp.aetna_w":
            v = "W" + rdigits(rng, 9, True)
        elif style == "hp.uhc9":
            v = rdigits(rng, 9, True)
        elif style == "hp.medical_cin":
            v = "9" + rdigits(rng, 7) + rng.choice("ABCDEFGHJKMNPRSTUVWXY")
        elif style == "hp.imss_nss":
            body = f"{rng.randint(1, 99):02d}{rng.randint(80, 99):02d}{rng.randint(50, 79):02d}" + rdigits(rng, 4)
            v = body + luhn_check_digit(body)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dash":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.mbi"):
        return mbi_ok(v)
    if style == "hp.aetna_w":
        return bool(re.fullmatch(r"W[1-9]\d{8}", v))
    if style == "hp.uhc9":
        return bool(re.fullmatch(r"[1-9]\d{8}", v))
    if style == "hp.medical_cin":
        return bool(re.fullmatch(r"9\d{7}[A-Z]", v))
    return bool(re.fullmatch(r"\d{11}", v)) and luhn_ok(v)


# ---------------------------------------------------------------- account numbers
def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard", "amex", "discover"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}
TEST_CARDS = ("4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424")


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16), Mastercard 51-55 (16), American Express 34 / 37 (15, printed 4-6-5),
    Discover 6011 / 65 (16); last digit by the Luhn algorithm; published test numbers excluded."""
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
        if not boring(v) and v not in TEST_CARDS:
            return v


def render_account(fmt, plain):
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[len(plain)]:
            out.append(plain[i:i + g])
            i += g
        return sep.join(out)
    if fmt == "acct.card_masked_last":     # never used for positives: a masked card is not a card number
        return plain
    return plain


def gen_us_bank(rng):
    """US checking account number as on a cheque's MICR line: 10-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([10, 11, 12]), True)
        if not boring(v):
            return v


def gen_hosp_acct(rng):
    """Hospital billing account (HL7 v2 PID-18 patient account number) house style: 'HB' + 9 digits (cued only)."""
    while True:
        v = "HB" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["CA", "TX", "FL", "NY", "PA", "OH", "NJ", "MA"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states publish them: CA 1 letter + 7 digits; TX 8 digits; FL 1
    letter + 12 digits (printed A123-456-78-901-0); NY 9 digits (printed 123 456 789); PA 8 digits (printed
    12 345 678); OH 2 letters + 6 digits; NJ 1 letter + 14 digits (printed A1234 56789 01234); MA 'S' + 8 digits."""
    while True:
        L = rng.choice(UP)
        if st == "CA":
            v = L + rdigits(rng, 7, True)
        elif st == "TX":
            v = rdigits(rng, 8, True)
        elif st == "FL":
            d = rdigits(rng, 12, True)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "OH":
            v = rng.choice(UP) + rng.choice(UP) + rdigits(rng, 6, True)
        elif st == "NJ":
            d = rdigits(rng, 14, True)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "MA":
            v = "S" + rdigits(rng, 8, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"CA": r"[A-Z][1-9]\d{6}", "TX": r"[1-9]\d{7}", "FL": r"[A-Z][1-9]\d{2}-\d{3}-\d{2}-\d{3}-\d",
         "NY": r"[1-9]\d{2} \d{3} \d{3}", "PA": r"[1-9]\d \d{3} \d{3}", "OH": r"[A-Z]{2}[1-9]\d{5}",
         "NJ": r"[A-Z][1-9]\d{3} \d{5} \d{5}", "MA": r"S[1-9]\d{7}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0), universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(5)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0


def render_mac(fmt, plain):
    if fmt == "dev.mac_ieee":              # IEEE 802 canonical: upper case, hyphens
        return plain.upper().replace(":", "-")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_gtin(rng):
    body = "0" + rng.choice(["0", "3", "8"]) + rdigits(rng, 11)
    return body + gs1_check(body)


def gen_udi(rng):
    """GS1 UDI human-readable form (FDA 21 CFR 830; US Core Implantable Device udiCarrier.carrierHRF): (01) GTIN-14
    with check digit, (17) expiry YYMMDD, (10) lot, (21) serial."""
    gtin = gen_gtin(rng)
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant / pump serial as printed on the device label (US Core Device.serialNumber): 3 letters + 6 digits +
    1 letter (cued only; house style)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 6, True) + \
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if not boring(v):
            return v


SERIAL_RX = r"[A-HJ-NP-Z]{3}[1-9]\d{5}[A-HJ-NP-Z]"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FA", "1FT", "1G1", "1HG", "4T1", "1N4", "5NP", "4S4", "2T1", "3VW", "5XY", "1FM"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (Ford car 1FA, Ford truck 1FT, Ford MPV 1FM, Chevrolet car 1G1, Honda USA 1HG, Toyota USA
    4T1, Nissan USA 1N4, Hyundai USA 5NP, Subaru USA 4S4, Toyota Canada 2T1, Volkswagen Mexico 3VW, Kia USA 5XY) +
    VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["CA", "TX", "NY"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """US passenger plates: California 1ABC234 (digit, 3 letters, 3 digits); Texas ABC-1234; New York ABC-1234."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if st == "CA":
        return f"{rng.randint(5, 9)}{L(3)}{rdigits(rng, 3, True)}"
    return f"{L(3)}-{rdigits(rng, 4, True)}"


PLATE_RX = {"CA": r"[5-9][A-Z]{3}[1-9]\d{2}", "TX": r"[A-Z]{3}-[1-9]\d{3}", "NY": r"[A-Z]{3}-[1-9]\d{3}"}


def plate_ok(st, v):
    return re.fullmatch(PLATE_RX[st], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to ARIN (US ISPs) and LACNIC (Mexico)
    "ARIN": [68, 71, 76, 97, 99, 107, 108, 174], "LACNIC": [187, 189, 201]}
RIR_V6 = {"ARIN": 0x2600, "LACNIC": 0x2806}


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as allocated to ARIN or LACNIC;
    kept only when is_global and outside RFC 5737."""
    while True:
        first = rng.choice([b for bs in RIR_V4.values() for b in bs])
        a = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under ARIN's 2600::/12 or LACNIC's 2800::/12 (IANA IPv6 Global Unicast Address Assignments)."""
    while True:
        groups = [rng.choice(list(RIR_V6.values())) + rng.randrange(8)] + [rng.randrange(0x10000) for _ in range(7)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_bracket_port":        # RFC 3986 3.2.2 IP-literal with a port
        return f"[{plain}]:{port}"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_mapped":              # RFC 4291 2.5.5.2 IPv4-mapped IPv6 (as dual-stack servers log clients)
        return f"::ffff:{plain}"
    return plain


# ---------------------------------------------------------------- phones
US_AREAS = [213, 323, 310, 818, 713, 832, 281, 210, 214, 972, 305, 786, 312, 773, 602, 480, 718, 347, 915, 956,
            702, 619, 404, 407]
PR_DR_AREAS = [787, 939, 809, 829, 849]
MX_AREAS = ["55", "33", "81", "656", "664"]                  # CDMX, Guadalajara, Monterrey, Ciudad Juárez, Tijuana


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid: US metro area codes and the NANP
    codes of Puerto Rico (787, 939) and the Dominican Republic (809, 829, 849), never exchange 555; Mexican
    10-digit numbers (Plan Nacional de Numeración 2019: area code + subscriber, dialled +52 without the old 1)."""
    for _ in range(2000):
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
            cc = 1
        elif region == "PRDR":
            nat = str(rng.choice(PR_DR_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
            cc = 1
        else:
            ac = rng.choice(MX_AREAS)
            nat = ac + rng.choice("23456789") + rdigits(rng, 10 - len(ac) - 1)
            cc = 52
        e = f"+{cc}{nat}"
        if phone_ok(e) and not boring(nat[-7:]):
            return e
    raise RuntimeError(region)


PHONE_REGIONS = ["US", "US", "US", "PRDR", "MX"]


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    """E.164; international; NANP national '(213) 482-1937'; dashed '213-482-1937'; dotted '213.482.1937';
    '1-213-482-1937'; RFC 3966 tel: URI; bare 10 digits (cued)."""
    n = phonenumbers.parse(e164)
    nat = str(n.national_number)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if n.country_code == 1:
        if fmt == "phone.dashed":
            return f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"
        if fmt == "phone.dotted":
            return f"{nat[:3]}.{nat[3:6]}.{nat[6:]}"
        if fmt == "phone.one_dashed":
            return f"1-{nat[:3]}-{nat[3:6]}-{nat[6:]}"
    if fmt == "phone.digits":
        return nat
    raise KeyError(fmt)


NANP_ONLY = ("phone.dashed", "phone.dotted", "phone.one_dashed")


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "verizon.net",
                 "msn.com", "hotmail.com", "att.net", "live.com", "prodigy.net.mx"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.facebook.com/{slug}", "https://www.instagram.com/{slug}",
                 "https://www.linkedin.com/in/{slug}", "https://x.com/{slug}", "https://www.youtube.com/@{slug}",
                 "https://www.gofundme.com/f/{slug}", "https://www.tiktok.com/@{slug}",
                 "https://www.caringbridge.org/site/{slug}", "https://venmo.com/u/{slug}",
                 "https://mychart.lonestarregional-health.org/MyChart/patient/{num}/results"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("LOS ANGELES", "CA", "900"), ("HOUSTON", "TX", "770"), ("SAN ANTONIO", "TX", "782"),
          ("CHICAGO", "IL", "606"), ("PHOENIX", "AZ", "850"), ("MIAMI", "FL", "331"), ("BRONX", "NY", "104"),
          ("EL PASO", "TX", "799"), ("MCALLEN", "TX", "785"), ("DALLAS", "TX", "752"), ("SAN DIEGO", "CA", "921"),
          ("ORLANDO", "FL", "328")]
STREETS = ["MAIN", "OAK", "MAPLE", "WASHINGTON", "PARK", "ELM", "CEDAR", "LINCOLN", "JEFFERSON", "CESAR CHAVEZ",
           "MARTIN LUTHER KING JR", "PINE", "SUNSET", "MADISON", "RIVERSIDE"]
SUFFIXES = ["ST", "AVE", "BLVD", "DR", "RD", "LN", "CT", "WAY", "PL", "TER"]          # Pub 28 app. C1
UNITS = ["APT", "STE", "UNIT", "FL", "RM", "TRLR"]                                    # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_unit=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional C2 secondary
    unit, city, state, ZIP or ZIP+4; upper case without punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    unit = rng.choice(["", "", f" {rng.choice(UNITS)} {rng.randint(2, 40)}{rng.choice(['', 'A', 'B'])}"])
    if force_unit:
        unit = f" {rng.choice(UNITS)} {rng.randint(2, 40)}{rng.choice(['', 'A', 'B'])}"
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
    states = {c[1] for c in CITIES}
    if fmt == "addr.mixed":
        return " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit()) else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    if fmt == "addr.hash_unit":           # the unit written with '#' (Pub 28 C2: '#' when the designator is unknown)
        return re.sub(r" (?:" + "|".join(UNITS) + r") ", " # ", plain, count=1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["aws-access-token", "azure-ad-client-secret", "github-pat", "github-fine-grained-pat",
                "slack-bot-token", "slack-webhook-url", "stripe-access-token", "openai-api-key",
                "anthropic-api-key", "gcp-api-key", "twilio-api-key", "sendgrid-api-token", "npm-access-token",
                "postman-api-token", "square-access-token", "jwt"]
SECRET_EXTRA = ["uri.postgres", "uri.rediss", "uri.azure_sql", "password"]


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT; ids as listed in SECRET_RULES);
    an Azure Database for PostgreSQL URI and an Azure Cache for Redis `rediss://` URI with an inline password
    (RFC 3986 userinfo), an Azure SQL ADO.NET connection string with Password=; passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "aws-access-token":
        return "AKIA" + R(string.ascii_uppercase + "234567", 16)
    if rule == "azure-ad-client-secret":
        return R(al, 3) + R(DIG, 1) + "Q~" + R(al + "_~.-", 33) + R(al, 1)
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "github-fine-grained-pat":
        return "github_pat_" + R(al, 22) + "_" + R(al, 59)
    if rule == "slack-bot-token":
        return f"xoxb-{R(DIG, 12)}-{R(DIG, 13)}-{R(al, 24)}"
    if rule == "slack-webhook-url":
        return f"https://hooks.slack.com/services/T{R(UP + DIG, 10)}/B{R(UP + DIG, 10)}/{R(al, 24)}"
    if rule == "stripe-access-token":
        return "sk_live_" + R(al, 24)
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "_-", 73) + R(al, 1) + "T3BlbkFJ" + R(al, 1) + R(al + "_-", 72) + R(al, 1)
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 92) + R(al, 1) + "AA"
    if rule == "gcp-api-key":
        return "AIza" + R(al + "_-", 34) + R(al, 1)
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "sendgrid-api-token":
        return "SG." + R(al + "_-", 22) + "." + R(al + "_-", 42) + R(al, 1)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "postman-api-token":
        return "PMAK-" + R(hx, 24) + "-" + R(hx, 34)
    if rule == "square-access-token":
        return "EAAA" + R(al + "_-", 59) + R(al, 1)
    if rule == "jwt":
        head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        while True:
            body = b64u(json.dumps({"sub": R(lo, 12), "iat": rng.randint(1700000000, 1790000000),
                                    "scope": "patient/*.read"}, separators=(",", ":")).encode())
            if re.match(r"ey[a-zA-Z0-9]{17}", body):
                break
        return f"{head}.{body}.{b64u(bytes(rng.randrange(256) for _ in range(32)))}"
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 7)}:{R(al, 22)}@{R(string.ascii_lowercase, 6)}-" \
               f"{R(lo, 6)}.postgres.database.azure.com:5432/ehr?sslmode=require"
    if rule == "uri.rediss":
        return f"rediss://:{R(al, 32)}@{R(string.ascii_lowercase, 8)}.redis.cache.windows.net:6380/0"
    if rule == "uri.azure_sql":
        return f"Server=tcp:{R(string.ascii_lowercase, 8)}.database.windows.net,1433;Initial Catalog=claims;" \
               f"User ID={R(string.ascii_lowercase, 6)};Password={R(al, 18)};Encrypt=True;"
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
    if rule_id == "uri.postgres":
        return bool(re.fullmatch(r"postgresql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+\?[\w=&-]+", value))
    if rule_id == "uri.rediss":
        return bool(re.fullmatch(r"rediss://:[A-Za-z0-9]{20,}@[\w.-]+:\d+/\d+", value))
    if rule_id == "uri.azure_sql":
        return bool(re.fullmatch(r"Server=tcp:[\w.]+,\d+;Initial Catalog=\w+;User ID=\w+;Password=[A-Za-z0-9]{14,};"
                                 r"Encrypt=True;", value))
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
