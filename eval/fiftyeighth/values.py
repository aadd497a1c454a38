"""Value generators for the fifty-eighth set (Canadian forms), each from a published format rule, with validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  Category assignments of the Canadian forms (the developer policy names US forms):
SIN -> US_SSN (the national person identifier), postal code -> ZIP_CODE, provincial health card numbers ->
HEALTH_PLAN_ID, provincial driver's licences -> LICENSE_NUMBER, provincial plates -> VEHICLE_ID.
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


# ---------------------------------------------------------------- Social Insurance Number (labelled US_SSN)
SIN_FIRST = "1234567"        # 1 Atlantic, 2-3 Quebec, 4-5 Ontario, 6 Prairies / territories, 7 BC / Yukon


def gen_sin(rng):
    """Employment and Social Development Canada SIN rules: 9 digits, the first digit gives the province of
    registration (1-7 for permanent residents and citizens; 0, 8 and 9 not drawn), the last digit is the Luhn
    (mod-10) check digit; the published specimen 046 454 286 is excluded.  Plain form ddd-ddd-ddd."""
    while True:
        body = rng.choice(SIN_FIRST) + rdigits(rng, 7)
        v = body + luhn_check_digit(body)
        if not boring(v) and v != "046454286":
            return f"{v[:3]}-{v[3:6]}-{v[6:]}"


def sin_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{3})-(\d{3})", v)
    return bool(m) and v[0] in SIN_FIRST and luhn_ok(v.replace("-", ""))


SIN_FORMATS = ["sin.dash", "sin.space", "sin.bare", "sin.snake"]


def render_sin(fmt, plain):
    return {"sin.dash": plain, "sin.space": plain.replace("-", " "), "sin.bare": plain.replace("-", ""),
            "sin.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
CP_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def gen_dob(rng):
    """A calendar date between 1929-01-01 and 2012-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1929, 1, 1) + datetime.timedelta(days=rng.randint(0, 30679))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.iso", "date.dmy_slash", "date.mdy_slash", "date.ymd_slash", "date.en_long", "date.cp_abbr",
                "date.fr_long", "date.fr_le", "date.dd_mon_yyyy", "date.hl7", "date.key_ymd", "date.fhir_offset",
                "date.fr_num"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 / CSA Z234.5 all-numeric date 1984-03-12 (the form the Government of Canada
    recommends); dd/mm/yyyy and mm/dd/yyyy (both in Canadian use); yyyy/mm/dd; English 'March 12, 1984'; Canadian
    Press month abbreviations 'Mar. 12, 1984' (CP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March-July
    spelled out); Canadian French (OQLF) '12 mars 1984' and 'le 12 mars 1984'; hospital-system DD-MON-YYYY
    12-MAR-1984; HL7 v2 DT YYYYMMDD; key-safe yyyy_mm_dd; FHIR dateTime at midnight Eastern Standard Time
    (1984-03-12T00:00:00-05:00); Quebec numeric 12-03-1984."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.dmy_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if fmt == "date.mdy_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.ymd_slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if fmt == "date.en_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.cp_abbr":
        return f"{CP_ABBR[m - 1]} {dd}, {y}"
    if fmt == "date.fr_long":
        return f"{'1er' if dd == 1 else dd} {FR_MONTHS[m - 1]} {y}"
    if fmt == "date.fr_le":
        return f"le {'1er' if dd == 1 else dd} {FR_MONTHS[m - 1]} {y}"
    if fmt == "date.dd_mon_yyyy":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}"
    if fmt == "date.hl7":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.fhir_offset":
        return f"{iso}T00:00:00-05:00"
    if fmt == "date.fr_num":
        return f"{dd:02d}-{m:02d}-{y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.d7", "mrn.luhn8", "mrn.u_prefix", "mrn.dash_233", "mrn.site_slash"]
MRN_SITES = ["NRH", "LGH", "PCH", "SJC", "MVH"]      # invented site codes


def gen_mrn(rng, style):
    """Hospital chart-number house styles (invented, as Canadian hospital information systems print them):
    7 digits; 7 digits + Luhn check digit; 'U' + 8 digits (unit number); dd-ddd-ddd; invented 3-letter site code
    + '/' + 7 digits."""
    while True:
        if style == "mrn.d7":
            v = rdigits(rng, 7, True)
        elif style == "mrn.luhn8":
            b = rdigits(rng, 7, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.u_prefix":
            v = "U" + rdigits(rng, 8, True)
        elif style == "mrn.dash_233":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]}-{d[2:5]}-{d[5:]}"
        elif style == "mrn.site_slash":
            v = f"{rng.choice(MRN_SITES)}/" + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.d7": r"[1-9]\d{6}", "mrn.luhn8": r"[1-9]\d{7}", "mrn.u_prefix": r"U[1-9]\d{7}",
          "mrn.dash_233": r"[1-9]\d-\d{3}-\d{3}", "mrn.site_slash": r"(?:" + "|".join(MRN_SITES) + r")/[1-9]\d{6}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.luhn8":
        return luhn_ok(v)
    return True


# ---------------------------------------------------------------- provincial health card numbers (always cued)
HP_STYLES = ["hp.on_dash", "hp.on_space", "hp.on_joined", "hp.bc_phn", "hp.bc_spaced", "hp.ab_phn"]
VC_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"


def bc_phn_check(d):
    """BC Ministry of Health PHN check digit: digits 2-9 weighted 2,4,8,5,10,9,7,3, sum mod 11, check =
    11 - remainder; remainders 0 and 1 give no valid check digit."""
    s = sum(int(c) * w for c, w in zip(d[1:9], [2, 4, 8, 5, 10, 9, 7, 3])) % 11
    c = 11 - s
    return None if c >= 10 else str(c)


def gen_hpid(rng, style):
    """Ontario health number: 10 digits, the 10th a Luhn (mod-10) check digit over the first 9, plus a 2-letter
    version code (printed 1234-567-890-AB or 1234 567 890 AB, or joined); BC Personal Health Number: 10 digits
    starting '9' with the mod-11 check digit above (printed 9123 456 789); Alberta AHCIP Personal Health Number:
    9 digits, first digit non-zero, printed 5-4 (12345-6789; no check digit modelled).  Plain forms: Ontario
    'dddddddddd AA', BC 10 digits, Alberta 'ddddd-dddd'."""
    while True:
        if style.startswith("hp.on"):
            b = rdigits(rng, 9, True)
            v = b + luhn_check_digit(b) + " " + rng.choice(VC_LETTERS) + rng.choice(VC_LETTERS)
        elif style.startswith("hp.bc"):
            b = "9" + rdigits(rng, 8)
            c = bc_phn_check(b + "0")
            if c is None:
                continue
            v = b + c
        elif style == "hp.ab_phn":
            d = rdigits(rng, 9, True)
            v = f"{d[:5]}-{d[5:]}"
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.on_dash":
        d, vc = plain.split(" ")
        return f"{d[:4]}-{d[4:7]}-{d[7:]}-{vc}"
    if style == "hp.on_space":
        d, vc = plain.split(" ")
        return f"{d[:4]} {d[4:7]} {d[7:]} {vc}"
    if style == "hp.on_joined":
        return plain.replace(" ", "")
    if style == "hp.bc_spaced":
        return f"{plain[:4]} {plain[4:7]} {plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.on"):
        m = re.fullmatch(r"([1-9]\d{9}) ([A-Z]{2})", v)
        return bool(m) and luhn_ok(m[1]) and all(c in VC_LETTERS for c in m[2])
    if style.startswith("hp.bc"):
        return bool(re.fullmatch(r"9\d{9}", v)) and bc_phn_check(v) == v[9]
    return bool(re.fullmatch(r"[1-9]\d{4}-\d{4}", v))


# ---------------------------------------------------------------- account numbers
CA_INSTITUTIONS = ["001", "002", "003", "004", "006", "010", "815", "219"]   # Payments Canada institution numbers
CARD_BRANDS = ["visa", "mastercard5", "amex"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}
ACCT_FORMATS = ["acct.ca_tia", "acct.ca_eft", "acct.card", "acct.card_grouped", "acct.card_dashed", "acct.hosp"]


def gen_ca_bank(rng):
    """Canadian deposit account as a cheque shows it (Payments Canada Standard 006): 5-digit branch transit +
    3-digit institution number (BMO 001, Scotiabank 002, RBC 003, TD 004, National Bank 006, CIBC 010,
    Desjardins 815, ATB 219) + 7-digit account.  Plain 'ttttt-iii-aaaaaaa'."""
    while True:
        v = f"{rdigits(rng, 5, True)}-{rng.choice(CA_INSTITUTIONS)}-{rdigits(rng, 7, True)}"
        if not boring(v[10:]):
            return v


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16), Mastercard 51-55 (16), American Express 37 (15, printed 4-6-5); last digit
    by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard5":
            v = card(rng, "5" + rng.choice("12345"), 16)
        else:
            v = card(rng, "37", 15)
        if not boring(v) and v not in ("4111111111111111", "4242424242424242", "4012888888881881",
                                       "5555555555554444", "5105105105105100", "378282246310005",
                                       "371449635398431"):
            return v


def gen_hosp_acct(rng):
    """Hospital registration / encounter account: 'V' + 9 digits (house style, cued only)."""
    while True:
        v = "V" + rdigits(rng, 9, True)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.ca_eft":          # Payments Canada EFT form: '0' + institution + transit, then the account
        t, i, a = plain.split("-")
        return f"0{i}{t} {a}"
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[len(plain)]:
            out.append(plain[i:i + g])
            i += g
        return sep.join(out)
    return plain


def account_ok(fmt, plain):
    if fmt in ("acct.ca_tia", "acct.ca_eft"):
        m = re.fullmatch(r"[1-9]\d{4}-(\d{3})-[1-9]\d{6}", plain)
        return bool(m) and m[1] in CA_INSTITUTIONS
    if fmt.startswith("acct.card"):
        return luhn_ok(plain) and len(plain) in CARD_GROUPS
    return re.fullmatch(r"V[1-9]\d{8}", plain) is not None


# ---------------------------------------------------------------- driver's licences (provincial formats)
DL_PROVS = ["ON", "QC", "BC", "AB", "NS"]


def gen_dl(rng, pv):
    """Provincial driver's licence numbers as printed: Ontario 1 letter + 14 digits (A1234-56789-01234); Quebec
    (SAAQ) 1 letter + 12 digits (A1234-567890-12); BC 7 digits; Alberta 6 digits + '-' + 3 digits; Nova Scotia 5
    letters + 9 digits.  Letters drawn at random (the provinces derive them from the surname)."""
    while True:
        L = rng.choice(UP)
        if pv == "ON":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]}-{d[4:9]}-{d[9:]}"
        elif pv == "QC":
            d = rdigits(rng, 12)
            v = f"{L}{d[:4]}-{d[4:10]}-{d[10:]}"
        elif pv == "BC":
            v = rdigits(rng, 7, True)
        elif pv == "AB":
            d = rdigits(rng, 9, True)
            v = f"{d[:6]}-{d[6:]}"
        elif pv == "NS":
            v = "".join(rng.choice(UP) for _ in range(5)) + rdigits(rng, 9, True)
        else:
            raise KeyError(pv)
        if not boring(v):
            return v


DL_RX = {"ON": r"[A-Z]\d{4}-\d{5}-\d{5}", "QC": r"[A-Z]\d{4}-\d{6}-\d{2}", "BC": r"[1-9]\d{6}",
         "AB": r"[1-9]\d{5}-\d{3}", "NS": r"[A-Z]{5}[1-9]\d{8}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_slash":            # as carriers' forms print it with the SV split off: 14 + '/' + check
        return f"{plain[:14]}/{plain[14]}"
    return plain


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID as Canadian carriers issue them: '89' + '302' (Canada's MCC, as the Canadian ICCIDs
    carry it) + 2-digit issuer + account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89302" + rng.choice(["22", "61", "72", "37"])
        body += rdigits(rng, 18 - len(body))
        v = body + luhn_check_digit(body)
        if not boring(v[7:]):
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


def gen_udi(rng):
    """GS1 UDI (Health Canada / FDA UDI, GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD,
    (21) serial."""
    body = "0" + rng.choice(["0", "6", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Continuous glucose monitor / hearing-aid serial as printed on the device label: 2 letters + 8 digits (cued
    only; house style)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(2)) + rdigits(rng, 8, True)
        if not boring(v):
            return v


SERIAL_RX = r"[A-HJ-NPR-Y]{2}[1-9]\d{7}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["2T1", "2T3", "2T2", "2FM", "2C3", "2GN", "2HK", "2HJ", "2FT", "2G4", "2LM", "2A4"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c) (Canada's CMVSS 115 uses the same VIN): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565 / CMVSS 115 VIN with Canadian-assembly WMIs (SAE J1044 assignments, country code 2 = Canada):
    Toyota Canada 2T1 / 2T3 / Lexus Canada 2T2, Ford Canada MPV 2FM / truck 2FT, Chrysler Canada car 2C3 /
    Chrysler minivan 2A4, GM Canada 2GN / Buick 2G4, Honda Canada 2HK / 2HJ, Lincoln Canada 2LM."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["ON", "AB", "BC", "QC"]
PL = "ABCDEFGHJKLMNPRSTVWXYZ"


def gen_plate(rng, pv):
    """Provincial passenger plates (best-effort readings of the current series): Ontario 4 letters + 3 digits
    ('ABCD 123'); Alberta 3 letters + '-' + 4 digits ('ABC-1234'); BC 2 letters + digit + ' ' + 2 digits +
    letter ('AB1 23C'); Quebec letter + 2 digits + ' ' + 3 letters ('A12 BCD')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if pv == "ON":
        return f"{L(4)} {rdigits(rng, 3, True)}"
    if pv == "AB":
        return f"{L(3)}-{rdigits(rng, 4, True)}"
    if pv == "BC":
        return f"{L(2)}{rng.choice('123456789')} {rdigits(rng, 2)}{L(1)}"
    if pv == "QC":
        return f"{L(1)}{rdigits(rng, 2, True)} {L(3)}"
    raise KeyError(pv)


PLATE_RX = {"ON": r"[A-Z]{4} [1-9]\d{2}", "AB": r"[A-Z]{3}-[1-9]\d{3}", "BC": r"[A-Z]{2}[1-9] \d{2}[A-Z]",
            "QC": r"[A-Z][1-9]\d [A-Z]{3}"}


def plate_ok(pv, v):
    return re.fullmatch(PLATE_RX[pv], v) is not None


# ---------------------------------------------------------------- IP addresses
ARIN_V4 = [67, 69, 70, 99, 142, 174, 184, 206, 209]   # IANA IPv4 registry: /8s administered by ARIN
ARIN_V6 = [0x2604, 0x2605, 0x2607]                     # inside ARIN's 2600::/12 (IANA IPv6 unicast assignments)


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as ARIN-administered (the RIR
    that serves Canada); kept only when is_global and outside RFC 5737."""
    while True:
        a = f"{rng.choice(ARIN_V4)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under ARIN's 2600::/12 (IANA IPv6 Global Unicast Address Assignments), outside RFC 3849."""
    while True:
        groups = [rng.choice(ARIN_V6)] + [rng.randrange(0x10000) for _ in range(7)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_bracket":             # RFC 3986 3.2.2 IP-literal
        return f"[{plain}]"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_xff":                 # as an X-Forwarded-For header value (RFC 7239 predecessor), client first
        return f"{plain}, 10.0.0.1"
    return plain


# ---------------------------------------------------------------- phones
CA_AREAS = [647, 437, 905, 289, 613, 343, 438, 450, 418, 581, 604, 778, 236, 250, 403, 587, 780, 825]


def gen_phone(rng):
    """NANP numbers (ITU-T E.164, country code 1) with Canadian area codes (CNAC assignments); the exchange never
    555 and never N11; phonenumbers must call them valid and place them in region CA."""
    for _ in range(2000):
        nat = str(rng.choice(CA_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        if nat[4:6] == "11" or nat[3:6] == "555":
            continue
        e = "+1" + nat
        if phone_ok(e) and not boring(nat[-7:]):
            return e
    raise RuntimeError("phone")


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == "CA" and \
        str(n.national_number)[3:6] != "555"


PHONE_FORMATS = ["phone.e164", "phone.intl", "phone.paren", "phone.dash", "phone.one_dash", "phone.dots",
                 "phone.tel", "phone.digits"]


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    nat = e164[2:]
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.paren":               # NANP national form (613) 724-1856
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.dash":
        return f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"
    if fmt == "phone.one_dash":            # with the trunk prefix 1, as Canadian directories print long distance
        return f"1-{nat[:3]}-{nat[3:6]}-{nat[6:]}"
    if fmt == "phone.dots":
        return f"{nat[:3]}.{nat[3:6]}.{nat[6:]}"
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.digits":
        return nat
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["telus.net", "sympatico.ca", "hotmail.ca", "yahoo.ca", "live.ca", "cogeco.ca", "eastlink.ca",
                 "sasktel.net", "mymts.net", "globetrotter.net", "xplornet.com", "execulink.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.canadahelps.org/en/pages/{slug}/", "https://www.zeffy.com/en-CA/peer-to-peer/{slug}",
                 "https://www.inaturalist.org/people/{slug}", "https://untappd.com/user/{slug}",
                 "https://www.komoot.com/user/{num}", "https://www.myfitnesspal.com/profile/{slug}",
                 "https://www.pinterest.ca/{slug}/", "https://www.facebook.com/groups/{slug}",
                 "https://portal.riverbendfamilyhealth.ca/patients/{num}/visits"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- Canadian addresses and postal codes
PC_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"          # Canada Post: D F I O Q U never used
PC_FIRST = {"ON": "KLMNP", "QC": "GHJ", "BC": "V", "AB": "T", "MB": "R", "NS": "B"}
CITIES = [("OTTAWA", "ON", "K"), ("MISSISSAUGA", "ON", "L"), ("BRAMPTON", "ON", "L"), ("TORONTO", "ON", "M"),
          ("LONDON", "ON", "N"), ("SUDBURY", "ON", "P"), ("GATINEAU", "QC", "J"), ("QUEBEC", "QC", "G"),
          ("MONTREAL", "QC", "H"), ("SURREY", "BC", "V"), ("KELOWNA", "BC", "V"), ("CALGARY", "AB", "T"),
          ("EDMONTON", "AB", "T"), ("WINNIPEG", "MB", "R"), ("HALIFAX", "NS", "B")]
EN_STREETS = ["MAPLE", "CONFEDERATION", "LAKESHORE", "HERITAGE", "RIDEAU VALLEY", "ASPEN", "BIRCHMOUNT",
              "GLENMORE", "WILLOWDALE", "TAMARACK", "CEDARBRAE", "MEADOWLARK"]
EN_TYPES = ["ST", "AVE", "RD", "CRES", "DR", "BLVD", "CRT", "PL", "WAY", "TERR"]    # Canada Post street types
FR_STREETS = ["SAINT-DENIS", "DES ERABLES", "NOTRE-DAME", "PRINCIPALE", "DU VILLAGE", "SAINTE-ANNE"]
FR_TYPES = ["RUE", "BOUL", "CH", "AV", "RANG"]
DIRS = ["E", "W", "N", "S"]


def gen_postal(rng, first=None):
    """Canada Post postal code A1A 1A1: a forward sortation area (letter, digit, letter) and a local delivery unit
    (digit, letter, digit); the first letter is the province's (or region's); D, F, I, O, Q, U are never used and
    W, Z never lead.  Plain form with one space."""
    a = first or rng.choice("ABCEGHJKLMNPRSTVXY")
    return f"{a}{rng.randint(0, 9)}{rng.choice(PC_LETTERS)} {rng.randint(0, 9)}{rng.choice(PC_LETTERS)}{rng.randint(0, 9)}"


def postal_ok(v):
    return re.fullmatch(r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d", v) is not None


def gen_street(rng, force_unit=False):
    """Canada Post Addressing Guidelines (civic address, upper case, no punctuation except the unit hyphen):
    [unit '-'] civic number, street name and type (English: type after the name, optional direction; French, in
    Quebec cities: type before the name), then municipality, province code and postal code, the last two separated
    by two spaces ('12-345 MAPLE AVE W, OTTAWA ON  K1A 0B1')."""
    city, pv, first = rng.choice(CITIES)
    num = str(rng.randint(2, 9999))
    unit = f"{rng.randint(1, 2400)}-" if (force_unit or rng.random() < 0.35) else ""
    if pv == "QC" and rng.random() < 0.7:
        street = f"{rng.choice(FR_TYPES)} {rng.choice(FR_STREETS)}"
    else:
        street = f"{rng.choice(EN_STREETS)} {rng.choice(EN_TYPES)}" + (f" {rng.choice(DIRS)}" if rng.random() < 0.3
                                                                       else "")
    return f"{unit}{num} {street}, {city} {pv}  {gen_postal(rng, first)}"


ADDR_RX = re.compile(r"(?:(\d{1,4})-)?(\d{1,4}) ((?:(?:" + "|".join(FR_TYPES) + r") (?:" + "|".join(FR_STREETS) +
                     r"))|(?:(?:" + "|".join(EN_STREETS) + r") (?:" + "|".join(EN_TYPES) + r")(?: (?:" +
                     "|".join(DIRS) + r"))?)), ([A-Z]+) ([A-Z]{2})  ([A-Z]\d[A-Z] \d[A-Z]\d)")


def street_ok(v):
    m = ADDR_RX.fullmatch(v)
    return bool(m) and any(c == m[4] and p == m[5] and m[6][0] == f for c, p, f in CITIES) and postal_ok(m[6])


ADDR_FORMATS = ["addr.cp", "addr.twoline", "addr.mixed", "addr.unit_word", "addr.hash_unit", "addr.line"]
FR_TYPE_WORDS = {"RUE": "rue", "BOUL": "boulevard", "CH": "chemin", "AV": "avenue", "RANG": "rang"}
PROV_FR = {"QC": "Québec"}


def _title(s):
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in s.split(" "))


def render_street(fmt, plain):
    """addr.cp: Canada Post one-line form; addr.twoline: street line / municipality line on two lines; addr.mixed:
    mixed case with commas ('12-345 Maple Ave W, Ottawa, ON K1A 0B1'; French streets '345, rue Saint-Denis,
    app. 12, Montreal (QC) H2X 1K4'); addr.unit_word: 'Unit 12' (or 'app. 12') after the street; addr.hash_unit:
    '#12' after the street; addr.line: the street line only (cued)."""
    m = ADDR_RX.fullmatch(plain)
    unit, num, street, city, pv, pc = m.groups()
    fr = street.split(" ")[0] in FR_TYPES
    if fmt == "addr.cp":
        return plain
    if fmt == "addr.twoline":
        return plain.replace(", ", "\n", 1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fr:
        t, name = street.split(" ", 1)
        st = f"{FR_TYPE_WORDS[t]} {_title(name.lower())}"
        u = ""
        if unit:
            u = {"addr.mixed": f", app. {unit}", "addr.unit_word": f", app. {unit}", "addr.hash_unit": f" #{unit}"}[fmt]
        return f"{num}, {st}{u}, {_title(city.lower())} ({pv})  {pc}"
    words = street.split(" ")
    st = " ".join(w if w in DIRS else w.capitalize() for w in words)
    c = _title(city.lower())
    if fmt == "addr.mixed":
        return f"{unit + '-' if unit else ''}{num} {st}, {c}, {pv} {pc}"
    if fmt == "addr.unit_word":
        return f"{num} {st}{', Unit ' + unit if unit else ''}, {c}, {pv} {pc}"
    if fmt == "addr.hash_unit":
        return f"{num} {st}{' #' + unit if unit else ''}, {c}, {pv} {pc}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["databricks-api-token", "doppler-api-token", "linear-api-key", "postman-api-token",
                "pulumi-api-token", "sentry-user-token", "shopify-access-token", "twilio-api-key",
                "npm-access-token", "planetscale-password", "infracost-api-token", "prefect-api-token",
                "octopus-deploy-api-key", "shippo-api-token", "easypost-api-token", "sendinblue-api-token"]
SECRET_EXTRA = ["uri.mysql", "uri.amqps", "jdbc.sqlserver", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a MySQL URI and an AMQPS URI
    with an inline password (RFC 3986 userinfo), a JDBC SQL Server URL with password=; passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "infracost-api-token":
        return "ico-" + R(al, 32)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "octopus-deploy-api-key":
        return "API-" + R(string.ascii_uppercase + DIG, 26)
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "easypost-api-token":
        return "EZAK" + R(al, 54)
    if rule == "sendinblue-api-token":
        return f"xkeysib-{R(hx, 64)}-{R(al, 16)}"
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(lo, 8)}.ca-central-1.rds.amazonaws.com:3306/" \
               f"clinic"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 22)}@{R(string.ascii_lowercase, 7)}.rmq.cloudamqp.com/" \
               f"{R(string.ascii_lowercase, 6)}"
    if rule == "jdbc.sqlserver":
        return f"jdbc:sqlserver://{R(string.ascii_lowercase, 8)}.database.windows.net:1433;databaseName=intake;" \
               f"user={R(string.ascii_lowercase, 6)};password={R(al, 18)};encrypt=true"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept; '\\z' becomes '\\Z'."""
    rx = rule["regex"].replace(r"\z", r"\Z")
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.mysql":
        return bool(re.fullmatch(r"mysql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.amqps":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "jdbc.sqlserver":
        return bool(re.fullmatch(r"jdbc:sqlserver://[\w.]+:\d+;databaseName=\w+;user=\w+;password=[A-Za-z0-9]{14,};"
                                 r"encrypt=true", value))
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
