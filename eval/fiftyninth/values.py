"""Value generators for the fifty-ninth set (US formats only), each from a published format rule, with validators.

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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def gen_dob(rng):
    """A calendar date between 1931-01-01 and 2012-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1931, 1, 1) + datetime.timedelta(days=rng.randint(0, 29949))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.us_slash", "date.us_slash_nopad", "date.us_long", "date.us_abbr", "date.us_dash",
                "date.us_2digit", "date.weekday_long", "date.dd_mon_yyyy", "date.iso", "date.hl7",
                "date.mmddyyyy", "date.key_ymd"]


def render_date(fmt, iso):
    """US renderings: mm/dd/yyyy (03/12/1984, the US civil form); m/d/yyyy unpadded (3/12/1984); long form
    'March 12, 1984' (Chicago Manual of Style / US correspondence); abbreviated 'Mar 12, 1984'; mm-dd-yyyy; mm/dd/yy
    (two-digit year, as intake forms write it); 'Monday, March 12, 1984' (US long date with weekday);
    DD-MON-YYYY upper case '12-MAR-1984' (the Oracle default date format many US EHR exports use); ISO 8601
    extended 1984-03-12; HL7 v2 DT / DTM YYYYMMDD (19840312); mmddyyyy run (03121984, US flat-file form);
    key-safe yyyy_mm_dd."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.us_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.us_slash_nopad":
        return f"{m}/{dd}/{y}"
    if fmt == "date.us_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.us_abbr":
        return f"{EN_MONTHS[m - 1][:3]} {dd}, {y}"
    if fmt == "date.us_dash":
        return f"{m:02d}-{dd:02d}-{y}"
    if fmt == "date.us_2digit":
        return f"{m:02d}/{dd:02d}/{y % 100:02d}"
    if fmt == "date.weekday_long":
        return f"{WEEKDAYS[d.weekday()]}, {EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.dd_mon_yyyy":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}"
    if fmt == "date.iso":
        return iso
    if fmt == "date.hl7":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.mmddyyyy":
        return f"{m:02d}{dd:02d}{y}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.nextgen12", "mrn.enterprise_e8", "mrn.luhn9", "mrn.clinic6", "mrn.chart_hash"]
MRN_CLINICS = ["CMH", "CLE", "DAY", "DET", "GRR", "LAN", "ORL", "TPA", "JAX", "PHX", "TUS", "MSA"]


def gen_mrn(rng, style):
    """Ambulatory EHR house styles: a 12-digit zero-padded medical record number (as NextGen's med_rec_nbr column
    stores it: 5 leading zeros + 7 digits); an enterprise id 'E' + 8 digits; 8 digits + a Luhn (ISO/IEC 7812-1
    annex B) check digit; a clinic code (the clinic's city: Columbus, Cleveland, Dayton, Detroit, Grand Rapids,
    Lansing, Orlando, Tampa, Jacksonville, Phoenix, Tucson, Mesa) + '-' + 6 digits; 'Chart #' + 6 digits."""
    while True:
        if style == "mrn.nextgen12":
            v = "00000" + rdigits(rng, 7, True)
        elif style == "mrn.enterprise_e8":
            v = "E" + rdigits(rng, 8, True)
        elif style == "mrn.luhn9":
            b = rdigits(rng, 8, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.clinic6":
            v = f"{rng.choice(MRN_CLINICS)}-" + rdigits(rng, 6, True)
        elif style == "mrn.chart_hash":
            v = "Chart #" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v[5:] if style == "mrn.nextgen12" else v):
            return v


MRN_RX = {"mrn.nextgen12": r"00000[1-9]\d{6}", "mrn.enterprise_e8": r"E[1-9]\d{7}", "mrn.luhn9": r"[1-9]\d{8}",
          "mrn.clinic6": r"(?:" + "|".join(MRN_CLINICS) + r")-[1-9]\d{5}", "mrn.chart_hash": r"Chart #[1-9]\d{5}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v):
        return False
    if style == "mrn.luhn9":
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


HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.oh_medicaid", "hp.fl_medicaid", "hp.ahcccs", "hp.uhc9", "hp.humana_h8"]


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4 with dashes, as CMS shows it on its own pages); an Ohio Medicaid member id (12
    digits); a Florida Medicaid id (10 digits); an Arizona AHCCCS id ('A' + 8 digits); a UnitedHealthcare member id
    (9 digits); a Humana member id ('H' + 8 digits).  Payer and Medicaid styles are the builder's readings of
    published card descriptions (lengths only; no check digits)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.oh_medicaid":
            v = rdigits(rng, 12, True)
        elif style == "hp.fl_medicaid":
            v = rdigits(rng, 10, True)
        elif style == "hp.ahcccs":
            v = "A" + rdigits(rng, 8, True)
        elif style == "hp.uhc9":
            v = rdigits(rng, 9, True)
        elif style == "hp.humana_h8":
            v = "H" + rdigits(rng, 8, True)
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
    return bool(re.fullmatch({"hp.oh_medicaid": r"[1-9]\d{11}", "hp.fl_medicaid": r"[1-9]\d{9}",
                              "hp.ahcccs": r"A[1-9]\d{7}", "hp.uhc9": r"[1-9]\d{8}",
                              "hp.humana_h8": r"H[1-9]\d{7}"}[style], v))


# ---------------------------------------------------------------- account numbers
def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard5", "amex", "discover"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs as US issuers use them: Visa 4 (16), Mastercard 51-55 (16), American Express 34 / 37 (15,
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
                                       "378282246310005", "371449635398431", "6011111111111117",
                                       "6011000990139424", "5555555555554444", "5105105105105100"):
            return v


def render_account(fmt, plain):
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[len(plain)]:
            out.append(plain[i:i + g])
            i += g
        return sep.join(out)
    if fmt == "acct.acct_hash":
        return "Acct #" + plain
    return plain


def gen_us_bank(rng):
    """US deposit account number as printed on a check's MICR line: 9-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([9, 10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Practice-management guarantor account number: 7 digits, written 'Acct #1234567' on statements (cued only)."""
    while True:
        v = rdigits(rng, 7, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["OH", "MI", "FL", "AZ", "AZ9"]


def gen_dl(rng, st):
    """Driver-licence number formats of the four states: Ohio 2 letters + 6 digits (AB123456); Michigan 1 letter +
    12 digits printed A 123 456 789 012; Florida 1 letter + 12 digits printed A123-456-78-901-2; Arizona 1 letter +
    8 digits (A12345678) or 9 digits (the SSN-style older number)."""
    while True:
        L = rng.choice(UP)
        if st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6, True)
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "AZ":
            v = L + rdigits(rng, 8, True)
        elif st == "AZ9":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"OH": r"[A-Z]{2}[1-9]\d{5}", "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}",
         "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "AZ": r"[A-Z][1-9]\d{7}", "AZ9": r"[1-9]\d{8}"}

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


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID of a US carrier: '89' (telecom) + '01' (country code 1) + issuer and account digits to
    18, + Luhn check digit (19 digits) (cued)."""
    while True:
        body = "8901" + rng.choice(["260", "410", "480", "118"])
        body += rdigits(rng, 18 - len(body))
        v = body + luhn_check_digit(body)
        if not boring(v[7:]):
            return v


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
    """Insulin-pump / CGM transmitter / pacemaker serial as printed on the device label: 3 letters + 6 digits, or
    'PJN' + 6 digits style (cued only)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(3)) + rdigits(rng, 6, True)
        if not boring(v):
            return v


SERIAL_RX = r"[A-HJ-NPR-UV-Y]{3}[1-9]\d{5}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FT", "1G1", "1HG", "2T1", "3FA", "4T1", "5NP", "1N4", "5FN", "1J4", "3VW", "2GN"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments of cars sold in the US: Ford truck 1FT, Chevrolet 1G1, Honda
    USA 1HG, Toyota Canada 2T1, Ford Mexico 3FA, Toyota USA 4T1, Hyundai USA 5NP, Nissan USA 1N4, Honda USA MPV 5FN,
    Jeep 1J4, Volkswagen Mexico 3VW, Chevrolet Canada MPV 2GN) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["OH", "MI", "FL", "AZ"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, st):
    """Standard passenger plates (builder's reading of each state's current issue): Ohio 3 letters + 4 digits
    ('ABC 1234'); Michigan 3 letters + 4 digits written without a space ('ABC1234'); Florida 4 letters + 2 digits
    ('ABCD12'); Arizona 3 letters + 4 digits with a space replaced by nothing and the state prefix 'AZ ' as
    registration records write it ('AZ ABC1234')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if st == "OH":
        return f"{L(3)} {rdigits(rng, 4, True)}"
    if st == "MI":
        return f"{L(3)}{rdigits(rng, 4, True)}"
    if st == "FL":
        return f"{L(4)}{rdigits(rng, 2, True)}"
    if st == "AZ":
        return f"AZ {L(3)}{rdigits(rng, 4, True)}"
    raise KeyError(st)


PLATE_RX = {"OH": r"[A-Z]{3} [1-9]\d{3}", "MI": r"[A-Z]{3}[1-9]\d{3}", "FL": r"[A-Z]{4}[1-9]\d",
            "AZ": r"AZ [A-Z]{3}[1-9]\d{3}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "ARIN": [67, 68, 69, 71, 72, 76, 97, 99]}                # US residential ISPs sit in ARIN's space
RIR_V6 = {"ARIN": [0x2600, 0x2601, 0x2605, 0x2607]}


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as allocated to an RIR; kept
    only when is_global and outside RFC 5737."""
    while True:
        first = rng.choice(RIR_V4["ARIN"])
        a = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under an RIR's IPv6 allocation (IANA IPv6 Global Unicast Address Assignments), outside RFC 3849."""
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
AREA_CODES = {"OH": [614, 216, 513, 419, 330, 937], "MI": [313, 248, 616, 517, 734, 810],
              "FL": [305, 407, 813, 904, 954, 561], "AZ": [602, 480, 623]}


def gen_phone(rng, state=None):
    """NANP numbers (ITU-T E.164, country code 1) with an area code of Ohio, Michigan, Florida or Arizona (NANPA
    assignments), exchange 2-9xx, never 555, kept only when phonenumbers (libphonenumber metadata) calls them
    valid."""
    for _ in range(2000):
        st = state or rng.choice(sorted(AREA_CODES))
        nat = str(rng.choice(AREA_CODES[st])) + rng.choice("23456789") + rdigits(rng, 6)
        e = phonenumbers.format_number(phonenumbers.parse(f"+1{nat}"), PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]) and nat[3:6] != "555":
            return e
    raise RuntimeError(state)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    """US renderings: E.164; (614) 555-2368 national (NANP); 614-555-2368; 614.555.2368; 1-614-555-2368; +1
    614-555-2368 (international); RFC 3966 tel: URI; 10 digits without separators (cued)."""
    n = phonenumbers.parse(e164)
    d = e164[2:]
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.dashed":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if fmt == "phone.dotted":
        return f"{d[:3]}.{d[3:6]}.{d[6:]}"
    if fmt == "phone.one_dash":
        return f"1-{d[:3]}-{d[3:6]}-{d[6:]}"
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.digits10":
        return d
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "verizon.net", "charter.net",
                 "msn.com", "me.com", "wowway.com", "frontier.com", "embarqmail.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.facebook.com/{slug}", "https://www.linkedin.com/in/{slug}", "https://x.com/{slug}",
                 "https://www.youtube.com/@{slug}", "https://account.venmo.com/u/{slug}",
                 "https://www.caringbridge.org/site/{slug}", "https://www.gofundme.com/f/{slug}",
                 "https://www.nextdoor.com/profile/{num}", "https://www.mealtrain.com/trains/{slug}",
                 "https://portal.buckeyefamilyclinic.org/patients/{num}/chart"]

def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("COLUMBUS", "OH", "432"), ("CLEVELAND", "OH", "441"), ("DAYTON", "OH", "454"), ("TOLEDO", "OH", "436"),
          ("DETROIT", "MI", "482"), ("GRAND RAPIDS", "MI", "495"), ("LANSING", "MI", "489"), ("FLINT", "MI", "485"),
          ("ORLANDO", "FL", "328"), ("TAMPA", "FL", "336"), ("JACKSONVILLE", "FL", "322"), ("MIAMI", "FL", "331"),
          ("PHOENIX", "AZ", "850"), ("MESA", "AZ", "852"), ("TUCSON", "AZ", "857")]
STREETS = ["MAPLE", "OAK", "ELM", "WASHINGTON", "LINCOLN", "PARK", "LAKE", "HICKORY", "WOODWARD", "GRATIOT",
           "HIGH", "BROAD", "CAMELBACK", "INDIAN SCHOOL", "ORANGE BLOSSOM", "CYPRESS", "PALMETTO", "SAGUARO"]
SUFFIXES = ["ST", "AVE", "RD", "DR", "BLVD", "LN", "CT", "WAY", "PL", "TER"]                # Pub 28 app. C1
UNITS = ["APT", "STE", "UNIT", "LOT"]                                                        # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_unit=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix (the common ST, AVE,
    RD, DR, BLVD, LN, CT, WAY, PL, TER), optional C2 secondary unit (APT, STE, UNIT, LOT), city, state, ZIP or
    ZIP+4 (cities of Ohio, Michigan, Florida and Arizona with their 3-digit ZIP prefixes); written upper case
    without punctuation except the comma before the city."""
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
SECRET_RULES = ["openai-api-key", "github-pat", "gitlab-pat", "npm-access-token", "shopify-access-token",
                "twilio-api-key", "square-access-token", "doppler-api-token", "linear-api-key", "postman-api-token",
                "grafana-service-account-token", "planetscale-password", "databricks-api-token",
                "sentry-user-token", "pulumi-api-token", "prefect-api-token"]
SECRET_EXTRA = ["uri.mysql", "uri.redis", "uri.sqlserver_odbc", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a MySQL URI and a Redis (TLS)
    URI with an inline password (RFC 3986 userinfo) and an ODBC SQL Server connection string with PWD=; passwords
    (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "_-", 73) + R(al, 1) + "T3BlbkFJ" + R(al, 1) + R(al + "_-", 72) + R(al, 1)
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "_-", 19) + R(al, 1)
    if rule == "npm-access-token":
        return "npm_" + R(lo, 36)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "square-access-token":
        return "EAAA" + R(al + "_-", 59) + R(al, 1)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "postman-api-token":
        return "PMAK-" + R(hx, 24) + "-" + R(hx, 34)
    if rule == "grafana-service-account-token":
        return "glsa_" + R(al, 32) + "_" + R(hx, 8)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 42) + R(al, 1)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 6)}-db." \
               f"{R(lo, 8)}.us-east-2.rds.amazonaws.com:3306/clinic"
    if rule == "uri.redis":
        return f"rediss://default:{R(al, 24)}@{R(string.ascii_lowercase, 7)}-{R(lo, 5)}.redis.cache.windows.net:6380/0"
    if rule == "uri.sqlserver_odbc":
        return f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:{R(string.ascii_lowercase, 8)}.database.windows" \
               f".net,1433;Database=ambulatory;Uid={R(string.ascii_lowercase, 6)};Pwd={R(al, 18)};Encrypt=yes;"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
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
    if rule_id == "uri.sqlserver_odbc":
        return bool(re.fullmatch(r"Driver=\{ODBC Driver 18 for SQL Server\};Server=tcp:[\w.]+,\d+;Database=\w+;"
                                 r"Uid=\w+;Pwd=[A-Za-z0-9]{14,};Encrypt=yes;", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- identifiers
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_ascii_name(s):
    return not re.search(r"[^\x00-\x7f]", ascii_fold(s))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, digits (keep [0-9A-Za-z] runs), dot,
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
    if style == "dot":
        return ".".join(w.lower() for w in words)
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
