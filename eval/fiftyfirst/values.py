"""Value generators for the fifty-first set, each from a published format rule, with validators.

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
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]                                 # Colombian Spanish (lower case, as written)
DEVA_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")                 # Devanagari digits (Marathi usage)


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


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


DATE_FORMATS = ["date.iso", "date.mdy_slash", "date.dmy_dash_abbr", "date.bajan_ordinal", "date.en_mdy_long",
                "date.devanagari_dmy", "date.iso_offset", "date.es_co_long", "date.dmy_dots", "date.mmddccyy",
                "date.key_ymd", "date.iso_basic", "date.ddmmyyyy"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended calendar date (1984-03-12); US mm/dd/yyyy (DS-11, CMS-40B); dd-Mon-yyyy
    (12-Mar-1984, Caribbean form and ledger usage); Bajan-style ordinal '12th of March, 1984'; English 'March 12, 1984';
    dd/mm/yyyy in Devanagari digits (१२/०३/१९८४, Marathi usage); ISO 8601 date-time at midnight with the Bogotá
    offset (1984-03-12T00:00:00-05:00); Colombian Spanish '12 de marzo de 1984'; dd.mm.yyyy; COBOL-style 8-digit
    MMDDCCYY (03121984); key-safe yyyy_mm_dd; ISO 8601 basic format CCYYMMDD (19840312); 8-digit DDMMCCYY."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.mdy_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.dmy_dash_abbr":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3]}-{y}"
    if fmt == "date.bajan_ordinal":
        return f"{ordinal(dd)} of {EN_MONTHS[m - 1]}, {y}"
    if fmt == "date.en_mdy_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.devanagari_dmy":
        return f"{dd:02d}/{m:02d}/{y}".translate(DEVA_DIGITS)
    if fmt == "date.iso_offset":
        return f"{iso}T00:00:00-05:00"
    if fmt == "date.es_co_long":
        return f"{dd} de {ES_MONTHS[m - 1]} de {y}"
    if fmt == "date.dmy_dots":
        return f"{dd:02d}.{m:02d}.{y}"
    if fmt == "date.mmddccyy":
        return f"{m:02d}{dd:02d}{y}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.iso_basic":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.ddmmyyyy":
        return f"{dd:02d}{m:02d}{y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.mod11_8", "mrn.dash333", "mrn.k7", "mrn.year_site6", "mrn.h_slash6"]
MRN_SITES = ["LF", "HM", "LW", "GL", "FS"]


def mod11_check(body):
    """Modulus 11 with weights 2..7 cycling from the right (the weighting used by many hospital number systems);
    a remainder giving 10 is rejected by the generator."""
    s = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    r = (11 - s % 11) % 11
    return None if r == 10 else str(r)


def gen_mrn(rng, style):
    """Hospital-number house styles: 7 digits + a modulus-11 check digit; 9 digits printed ddd-ddd-ddd; 'K' + 7
    digits; 4-digit registration year + '-' + 2-letter site code + '-' + 6 digits; 'H/' + 6 digits."""
    while True:
        if style == "mrn.mod11_8":
            b = rdigits(rng, 7, True)
            c = mod11_check(b)
            if c is None:
                continue
            v = b + c
        elif style == "mrn.dash333":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "mrn.k7":
            v = "K" + rdigits(rng, 7, True)
        elif style == "mrn.year_site6":
            v = f"{rng.randint(1998, 2024)}-{rng.choice(MRN_SITES)}-" + rdigits(rng, 6, True)
        elif style == "mrn.h_slash6":
            v = "H/" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.mod11_8": r"[1-9]\d{7}", "mrn.dash333": r"[1-9]\d{2}-\d{3}-\d{3}", "mrn.k7": r"K[1-9]\d{6}",
          "mrn.year_site6": r"(?:199[89]|20[0-2]\d)-(?:" + "|".join(MRN_SITES) + r")-[1-9]\d{5}",
          "mrn.h_slash6": r"H/[1-9]\d{5}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.mod11_8":
        return mod11_check(v[:7]) == v[7]
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


HP_STYLES = ["hp.mbi", "hp.mbi_spaced", "hp.bcbs_prefix", "hp.cigna_u", "hp.la_medicaid"]


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4 with spaces); a Blue Cross Blue Shield member id (3-letter alpha prefix + 9
    digits); a Cigna member id ('U' + 8 digits + ' ' + 2-digit member suffix); a Louisiana Medicaid id (13 digits,
    cued only)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_spaced"):
            v = gen_mbi(rng)
        elif style == "hp.bcbs_prefix":
            v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 9, True)
        elif style == "hp.cigna_u":
            v = "U" + rdigits(rng, 8, True) + " 0" + rng.choice("123")
        elif style == "hp.la_medicaid":
            v = rdigits(rng, 13, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_spaced":
        return f"{plain[:4]} {plain[4:7]} {plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.mbi"):
        return mbi_ok(v)
    if style == "hp.bcbs_prefix":
        return bool(re.fullmatch(r"[A-Z]{3}[1-9]\d{8}", v))
    if style == "hp.cigna_u":
        return bool(re.fullmatch(r"U[1-9]\d{7} 0[1-3]", v))
    return bool(re.fullmatch(r"[1-9]\d{12}", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"MD": 24, "RO": 24, "AZ": 28}
MD_BANKS = ["AG", "MO", "VI", "EX"]          # 2-character bank codes (Moldova)
RO_BANKS = ["BTRL", "RNCB", "BRDE", "INGB"]  # 4-letter bank codes (Romania)
AZ_BANKS = ["NABZ", "AIIB", "PAHA", "IBAZ"]  # 4-letter bank codes (Azerbaijan)


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    b = v[4:]
    if v[:2] == "MD":
        return b[:2] in MD_BANKS and b[2:].isdigit()
    if v[:2] == "RO":
        return b[:4] in RO_BANKS and b[4:].isdigit()
    return b[:4] in AZ_BANKS and b[4:].isdigit()


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: MD 2c18c (bank codes AG, MO, VI, EX + 18 digits); RO 4a16c (bank codes
    BTRL, RNCB, BRDE, INGB + 16 digits); AZ 4a20c (bank codes NABZ, AIIB, PAHA, IBAZ + 20 digits).  Check digits by
    ISO 7064 MOD 97-10.  (Only digits are drawn for the account part.)"""
    if cc == "MD":
        bban = rng.choice(MD_BANKS) + rdigits(rng, 18, True)
    elif cc == "RO":
        bban = rng.choice(RO_BANKS) + rdigits(rng, 16, True)
    elif cc == "AZ":
        bban = rng.choice(AZ_BANKS) + rdigits(rng, 20, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard2", "amex", "unionpay", "diners"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16), Mastercard 2221-2720 (16), American Express 34 / 37 (15, printed 4-6-5),
    UnionPay 62 (16), Diners Club International 36 (14, printed 4-6-4); last digit by the Luhn algorithm; published
    test numbers excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard2":
            v = card(rng, str(rng.randint(2221, 2720)), 16)
        elif brand == "amex":
            v = card(rng, rng.choice(["34", "37"]), 15)
        elif brand == "unionpay":
            v = card(rng, "62" + rng.choice("12345678"), 16)
        elif brand == "diners":
            v = card(rng, "36", 14)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("4111111111111111", "4242424242424242", "4012888888881881",
                                       "378282246310005", "371449635398431", "36227206271667",
                                       "6200000000000005", "2223003122003222", "30569309025904"):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[len(plain)]:
            out.append(plain[i:i + g])
            i += g
        return sep.join(out)
    return plain


def gen_us_bank(rng):
    """US deposit account number as printed on a cheque's MICR line: 9-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([9, 10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital account record number: 'HAR' + 9 digits (cued only)."""
    while True:
        v = "HAR" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["IL", "WI", "MI", "AZ", "OK", "WA", "NM", "LA"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: IL 1 letter + 11 digits (printed
    A123-4567-8901); WI 1 letter + 13 digits (printed A123-4567-8901-23); MI 1 letter + 12 digits (printed
    A 123 456 789 012); AZ 1 letter + 8 digits; OK 1 letter + 9 digits; WA 'WDL' + 9 alphanumerics (2018 format);
    NM 9 digits; LA 9 digits beginning '00'."""
    while True:
        L = rng.choice(UP)
        if st == "IL":
            d = rdigits(rng, 11)
            v = f"{L}{d[:3]}-{d[3:7]}-{d[7:]}"
        elif st == "WI":
            d = rdigits(rng, 13)
            v = f"{L}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}"
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "AZ":
            v = L + rdigits(rng, 8, True)
        elif st == "OK":
            v = L + rdigits(rng, 9, True)
        elif st == "WA":
            v = "WDL" + "".join(rng.choice(UP + DIG) for _ in range(9))
            if not re.search(r"\d", v[3:]) or not re.search(r"[A-Z]", v[3:]):
                continue
        elif st == "NM":
            v = rdigits(rng, 9, True)
        elif st == "LA":
            v = "00" + rdigits(rng, 7, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"IL": r"[A-Z]\d{3}-\d{4}-\d{4}", "WI": r"[A-Z]\d{3}-\d{4}-\d{4}-\d{2}",
         "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}", "AZ": r"[A-Z][1-9]\d{7}", "OK": r"[A-Z][1-9]\d{8}",
         "WA": r"WDL[A-Z0-9]{9}", "NM": r"[1-9]\d{8}", "LA": r"00[1-9]\d{6}"}

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
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (233 Ghana, 373 Moldova, 64 New Zealand, 225 Cote
    d'Ivoire, 229 Benin) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["233", "373", "64", "225", "229"])
        body += rdigits(rng, 18 - len(body))
        v = body + luhn_check_digit(body)
        if not boring(v[6:]):
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
    """Insulin-pump / neurostimulator serial as printed on the device label: 'SN' + 2 letters + 7 digits (cued
    only)."""
    while True:
        v = "SN" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + rdigits(rng, 7, True)
        if not boring(v):
            return v


SERIAL_RX = r"SN[A-HJ-NPR-UV-Y]{2}[1-9]\d{6}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1C4", "1GC", "2HG", "3N1", "5YJ", "JN1", "KNA", "KMH", "VF1", "ZFA", "WVW", "SAJ"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Chrysler/Jeep MPV 1C4, Chevrolet truck 1GC, Honda Canada 2HG,
    Nissan Mexico 3N1, Tesla 5YJ, Nissan Japan JN1, Kia KNA, Hyundai Korea KMH, Renault VF1, Fiat ZFA, Volkswagen
    Germany WVW, Jaguar SAJ) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["GH", "MD", "NZ", "RO", "EE"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
GH_REGIONS = ["GR", "AS", "GW", "GT", "ER", "CR"]
RO_COUNTIES = ["B", "CJ", "IS", "TM", "BV", "CT"]


def gen_plate(rng, cc):
    """Registration plates: Ghana (region code + 4 digits + '-' + 2-digit year, 'GR 1234-22'); Moldova (3 letters
    + 3 digits, 'ABC 123'); New Zealand (3 letters + 3 digits, 'ABC123'); Romania (county code + 2 or 3 digits + 3
    letters, 'CJ 12 ABC'); Estonia (3 digits + 3 letters, '123 ABC')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "GH":
        return f"{rng.choice(GH_REGIONS)} {rdigits(rng, 4, True)}-{rng.randint(10, 24)}"
    if cc == "MD":
        return f"{L(3)} {rdigits(rng, 3, True)}"
    if cc == "NZ":
        return f"{L(3)}{rdigits(rng, 3, True)}"
    if cc == "RO":
        c = rng.choice(RO_COUNTIES)
        return f"{c} {rdigits(rng, 3 if c == 'B' else 2, True)} {L(3)}"
    if cc == "EE":
        return f"{rdigits(rng, 3, True)} {L(3)}"
    raise KeyError(cc)


PLATE_RX = {"GH": r"(?:" + "|".join(GH_REGIONS) + r") [1-9]\d{3}-(?:1\d|2[0-4])", "MD": r"[A-Z]{3} [1-9]\d{2}",
            "NZ": r"[A-Z]{3}[1-9]\d{2}", "RO": r"(?:B [1-9]\d{2}|(?:" + "|".join(RO_COUNTIES[1:]) + r") [1-9]\d) [A-Z]{3}",
            "EE": r"[1-9]\d{2} [A-Z]{3}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [105, 154, 196], "APNIC": [1, 36, 101, 115], "ARIN": [50, 63, 67, 108],
    "LACNIC": [181, 187, 189, 201], "RIPE NCC": [46, 77, 91, 178]}
RIR_V6 = {"AFRINIC": 0x2c0f, "APNIC": 0x2404, "ARIN": 0x2604, "LACNIC": 0x2804, "RIPE NCC": 0x2a01}


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as allocated to an RIR; kept
    only when is_global and outside RFC 5737."""
    while True:
        first = rng.choice([b for bs in RIR_V4.values() for b in bs])
        a = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under an RIR's IPv6 allocation (IANA IPv6 Global Unicast Address Assignments), outside RFC 3849."""
    while True:
        groups = [rng.choice(list(RIR_V6.values()))] + [rng.randrange(0x10000) for _ in range(7)]
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
PHONE_REGIONS = ["IN", "CO", "BB", "TT", "PH", "PE", "LK", "NP", "JM", "BO", "CA", "US"]
US_AREAS = [303, 719, 970, 801, 435, 208, 986, 406, 307, 385, 720, 775]
CA_AREAS = [403, 780, 587]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid, never
    555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    for _ in range(2000):
        if region in ("US", "CA"):
            nat = str(rng.choice(US_AREAS if region == "US" else CA_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            ens = str(ex.national_number)
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]):
            if region not in ("US", "CA") and phonenumbers.number_type(n) not in (phonenumbers.PhoneNumberType.MOBILE,
                                                                       phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                continue
            return e
    raise RuntimeError(region)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.intl_dots":         # international form with '.' between groups
        return phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.idd00":             # ITU-T E.123 / E.164 with the '00' international prefix instead of '+'
        return "00" + phonenumbers.format_number(n, PNF.INTERNATIONAL)[1:]
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["rediffmail.com", "yahoo.co.in", "outlook.com", "une.net.co", "caribsurf.com", "tstt.net.tt",
                 "comcast.net", "q.com", "msn.com", "aol.com", "zoho.com", "gmx.com", "icloud.com", "telus.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.behance.net/{slug}", "https://dribbble.com/{slug}", "https://soundcloud.com/{slug}",
                 "https://vimeo.com/{slug}", "https://www.flickr.com/people/{slug}", "https://letterboxd.com/{slug}",
                 "https://linktr.ee/{slug}", "https://www.threads.net/@{slug}",
                 "https://www.ketto.org/fundraiser/{slug}", "https://www.justgiving.com/crowdfunding/{slug}",
                 "https://www.vakinha.com.br/vaquinha/{slug}",
                 "https://mychart.frontrangefamilyclinic.org/portal/patients/{num}/results"]

def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("GREELEY", "CO", "806"), ("PUEBLO", "CO", "810"), ("DURANGO", "CO", "813"), ("OGDEN", "UT", "844"),
          ("PROVO", "UT", "846"), ("POCATELLO", "ID", "832"), ("TWIN FALLS", "ID", "833"), ("BILLINGS", "MT", "591"),
          ("MISSOULA", "MT", "598"), ("CASPER", "WY", "826")]
STREETS = ["CACHE LA POUDRE", "ARKANSAS", "ANIMAS", "WASATCH", "UINTA", "PORTNEUF", "SNAKE RIVER", "YELLOWSTONE",
           "BITTERROOT", "PLATTE", "SPRUCE", "ASPEN", "COTTONWOOD", "SAGEBRUSH"]
SUFFIXES = ["AVE", "BLVD", "DR", "LN", "RD", "TER", "WAY", "PL", "SQ", "HTS", "CRK", "EST"]   # Pub 28 app. C1
UNITS = ["APT", "STE", "UNIT", "BLDG", "OFC", "PH"]                                         # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NW", "SE"]


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
SECRET_RULES = ["databricks-api-token", "doppler-api-token", "gitlab-pat", "grafana-service-account-token",
                "huggingface-access-token", "linear-api-key", "npm-access-token", "openai-api-key",
                "planetscale-password", "postman-api-token", "prefect-api-token", "pulumi-api-token",
                "readme-api-token", "scalingo-api-token", "sentry-user-token", "shopify-access-token"]
SECRET_EXTRA = ["uri.mysql", "uri.rediss", "uri.amqps", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); MySQL, Redis-over-TLS and
    AMQP-over-TLS URIs with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "_-", 19) + R(al, 1)
    if rule == "grafana-service-account-token":
        return "glsa_" + R(al, 32) + "_" + R(hx, 8)
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "openai-api-key":
        return "sk-" + R(al, 20) + "T3BlbkFJ" + R(al, 20)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 42) + R(al, 1)
    if rule == "postman-api-token":
        return "PMAK-" + R(hx, 24) + "-" + R(hx, 34)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "_-", 47) + R(al, 1)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 21)}@{R(string.ascii_lowercase, 6)}-" \
               f"{R(lo, 5)}.mysql.database.azure.com:3306/things?ssl-mode=REQUIRED"
    if rule == "uri.rediss":
        return f"rediss://default:{R(al, 24)}@{R(lo, 8)}.cache.amazonaws.com:6379/0"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(lo, 7)}.rmq.cloudamqp.com/{R(string.ascii_lowercase, 6)}"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 3) + \
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
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d+", value))
    if rule_id == "uri.amqps":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
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
