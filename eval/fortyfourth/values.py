"""Value generators for the forty-fourth set, each from a published format rule, with validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.
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
HEXU = "0123456789ABCDEF"


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
            "ssn.snake": plain.replace("-", "_"), "ssn.slash": plain.replace("-", "/")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
JAM_MONTHS = ["Jenyuweri", "Febyuweri", "Maach", "Iepril", "Mie", "Jun", "Julai", "Aagos", "Septemba", "Oktuoba",
              "Novemba", "Disemba"]                                     # Jamaican Patois (builder's JLU-style spelling)
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]                                  # Spanish (Rioplatense usage)
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]                                    # Dutch


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


DATE_FORMATS = ["date.us_slash", "date.dmy_dash", "date.dmy_dot", "date.en_mdy_long", "date.oracle_dmon",
                "date.ordinal_dmy", "date.rioplatense", "date.patois", "date.dutch_long", "date.key_ymd",
                "date.mmddyyyy", "date.ymd_dot"]


def render_date(fmt, iso):
    """Renderings: US mm/dd/yyyy; dd-mm-yyyy (India, the Netherlands); dd.mm.yyyy (Germany, DIN 5008 numeric);
    English month-first long form with a comma (March 12, 1984); Oracle DD-MON-YYYY (12-MAR-1984); Indian English
    ordinal day-month (12th March 1984); Rioplatense Spanish '12 de marzo de 1984'; Jamaican Patois '12 Maach 1984';
    Dutch '12 maart 1984'; key-safe yyyy_mm_dd; 8-digit MMDDCCYY (03121984, as US flat files write dates);
    yyyy.mm.dd."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.us_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if fmt == "date.dmy_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if fmt == "date.en_mdy_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.oracle_dmon":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}"
    if fmt == "date.ordinal_dmy":
        return f"{ordinal(dd)} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.rioplatense":
        return f"{dd} de {ES_MONTHS[m - 1]} de {y}"
    if fmt == "date.patois":
        return f"{dd} {JAM_MONTHS[m - 1]} {y}"
    if fmt == "date.dutch_long":
        return f"{dd} {NL_MONTHS[m - 1]} {y}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.mmddyyyy":
        return f"{m:02d}{dd:02d}{y}"
    if fmt == "date.ymd_dot":
        return f"{y}.{m:02d}.{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.luhn10", "mrn.dash_check", "mrn.site2_6", "mrn.dot333", "mrn.yy_seq6"]
MRN_SITES = ["SX", "KT", "NW", "MV", "TH"]


def gen_mrn(rng, style):
    """Hospital-number house styles: 9 digits + a Luhn check digit (10 digits); 7 digits + '-' + a Luhn check
    digit; 2-letter site prefix + 6 digits; 9 digits printed ddd.ddd.ddd; 2-digit registration year + '-' + 6-digit
    sequence."""
    while True:
        if style == "mrn.luhn10":
            b = rdigits(rng, 9, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.dash_check":
            b = rdigits(rng, 7, True)
            v = b + "-" + luhn_check_digit(b)
        elif style == "mrn.site2_6":
            v = rng.choice(MRN_SITES) + rdigits(rng, 6, True)
        elif style == "mrn.dot333":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        elif style == "mrn.yy_seq6":
            v = f"{rng.randint(0, 24):02d}-" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.luhn10": r"[1-9]\d{9}", "mrn.dash_check": r"[1-9]\d{6}-\d",
          "mrn.site2_6": r"(?:" + "|".join(MRN_SITES) + r")[1-9]\d{5}", "mrn.dot333": r"[1-9]\d{2}\.\d{3}\.\d{3}",
          "mrn.yy_seq6": r"(?:[01]\d|2[0-4])-[1-9]\d{5}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.luhn10":
        return luhn_ok(v)
    if style == "mrn.dash_check":
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


HP_STYLES = ["hp.mbi_dashed", "hp.aetna_w", "hp.humana_h", "hp.ny_cin", "hp.uhc_suffix"]


def gen_hpid(rng, style):
    """CMS MBI printed 4-3-4 with dashes (as CMS's MBI guidance shows it); an Aetna member id ('W' + 9 digits); a
    Humana member id ('H' + 8 digits); a New York Medicaid Client Identification Number (CIN: 2 letters + 5 digits +
    1 letter); a UnitedHealthcare member id (9 digits + '-' + 2-digit dependent suffix)."""
    while True:
        if style == "hp.mbi_dashed":
            v = gen_mbi(rng)
        elif style == "hp.aetna_w":
            v = "W" + rdigits(rng, 9, True)
        elif style == "hp.humana_h":
            v = "H" + rdigits(rng, 8, True)
        elif style == "hp.ny_cin":
            v = "".join(rng.choice(UP) for _ in range(2)) + rdigits(rng, 5, True) + rng.choice(UP)
        elif style == "hp.uhc_suffix":
            v = rdigits(rng, 9, True) + "-0" + rng.choice("123")
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dashed":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi_dashed":
        return mbi_ok(v)
    if style == "hp.aetna_w":
        return bool(re.fullmatch(r"W[1-9]\d{8}", v))
    if style == "hp.humana_h":
        return bool(re.fullmatch(r"H[1-9]\d{7}", v))
    if style == "hp.ny_cin":
        return bool(re.fullmatch(r"[A-Z]{2}[1-9]\d{4}[A-Z]", v))
    return bool(re.fullmatch(r"[1-9]\d{8}-0[1-3]", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"DE": 22, "NL": 18, "PK": 24}
DE_BLZ = ["10070000", "20040000", "37040044", "50010517", "70020270"]   # 8-digit Bankleitzahlen (format only)
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO"]                       # 4-letter bank codes (Netherlands)
PK_BANKS = ["HABB", "MUCB", "UNIL", "SCBL", "ALFH"]                       # 4-letter bank codes (Pakistan)


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
    if v[:2] == "DE":
        return b[:8] in DE_BLZ and b[8:].isdigit()
    if v[:2] == "NL":
        return b[:4] in NL_BANKS and b[4:].isdigit()
    return b[:4] in PK_BANKS and b[4:].isdigit()


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: DE 8!n10!n (Bankleitzahl + 10-digit account); NL 4!a10!n (bank code +
    10 digits); PK 4!a16!c (bank code + 16 characters; only digits drawn).  Check digits by ISO 7064 MOD 97-10."""
    if cc == "DE":
        bban = rng.choice(DE_BLZ) + rdigits(rng, 10, True)
    elif cc == "NL":
        bban = rng.choice(NL_BANKS) + rdigits(rng, 10, True)
    elif cc == "PK":
        bban = rng.choice(PK_BANKS) + rdigits(rng, 16, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["mastercard5", "discover", "jcb", "rupay"]
CARD_GROUPS = {16: [4, 4, 4, 4]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs (16 digits, printed 4-4-4-4): Mastercard 51-55; Discover 6011 / 644-649 / 65; JCB
    3528-3589; RuPay 60 / 81 / 82 / 508; last digit by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "mastercard5":
            v = card(rng, str(rng.randint(51, 55)), 16)
        elif brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "rupay":
            v = card(rng, rng.choice(["60", "81", "82", "508"]), 16)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("5555555555554444", "5105105105105100", "6011111111111117",
                                       "6011000990139424", "3530111333300000", "3566002020360505",
                                       "5200828282828210", "6500000000000002"):
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
    """US deposit account number as printed on a cheque's MICR line: 8-17 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([8, 10, 13, 15, 17]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital guarantor account number: 'GA' + 8 digits (cued only)."""
    while True:
        v = "GA" + rdigits(rng, 8, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["FL", "NJ", "MD", "CO", "KY", "NH", "VT", "HI"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: FL 1 letter + 12 digits (printed
    A123-456-78-901-0); NJ 1 letter + 14 digits (printed A1234 56789 01234); MD 1 letter + 12 digits (printed
    A-123-456-789-012); CO 9 digits (printed 12-345-6789); KY 1 letter + 8 digits; NH 2 digits + 3 letters + 5
    digits; VT 7 digits + 'A'; HI 'H' + 8 digits."""
    while True:
        L = rng.choice(UP)
        if st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "MD":
            d = rdigits(rng, 12)
            v = f"{L}-{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"
        elif st == "CO":
            d = rdigits(rng, 9, True)
            v = f"{d[:2]}-{d[2:5]}-{d[5:]}"
        elif st == "KY":
            v = L + rdigits(rng, 8, True)
        elif st == "NH":
            v = rdigits(rng, 2, True) + "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 5)
        elif st == "VT":
            v = rdigits(rng, 7, True) + "A"
        elif st == "HI":
            v = "H" + rdigits(rng, 8, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "NJ": r"[A-Z]\d{4} \d{5} \d{5}",
         "MD": r"[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}", "CO": r"[1-9]\d-\d{3}-\d{4}", "KY": r"[A-Z][1-9]\d{7}",
         "NH": r"[1-9]\d[A-Z]{3}\d{5}", "VT": r"[1-9]\d{6}A", "HI": r"H[1-9]\d{7}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def gen_imeisv(rng):
    """3GPP TS 23.003 6.2.2: IMEISV = TAC (8) + SNR (6) + 2-digit software version number, no check digit (cued)."""
    while True:
        v = rng.choice(["35", "86", "01"]) + rdigits(rng, 12) + f"{rng.randint(1, 98):02d}"
        if not boring(v):
            return v


def gen_meid(rng):
    """3GPP2 S.R0048 MEID: 14 hexadecimal digits, regional code A0-FF (hex MEID), manufacturer code, serial (cued)."""
    while True:
        v = rng.choice(["A0", "A1", "A2", "A3"]) + "".join(rng.choice(HEXU) for _ in range(12))
        if re.search(r"[A-F]", v[2:]) and not boring(v):
            return v


def render_imei(fmt, plain):
    return plain


ICCID_CC = ["27", "221", "54", "91", "31"]   # ITU-T E.164 country codes: South Africa, Senegal, Argentina, India, NL


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (27 South Africa, 221 Senegal, 54 Argentina, 91 India,
    31 the Netherlands) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(ICCID_CC)
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


def gen_eui64(rng):
    """IEEE EUI-64: 8 octets, unicast, universally administered first octet (written upper case, colon-separated)."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02X}" for o in [first] + [rng.randrange(256) for _ in range(7)])


def eui64_ok(v):
    return bool(re.fullmatch(r"([0-9A-F]{2}:){7}[0-9A-F]{2}", v)) and int(v[:2], 16) & 3 == 0


def render_mac(fmt, plain):
    if fmt == "dev.mac_upper":             # upper case, colons (as many device labels print it)
        return plain.upper()
    if fmt == "dev.mac_hyphen_lower":      # lower case, hyphens
        return plain.replace(":", "-")
    if fmt == "dev.mac_bare_lower":        # 12 hex digits without separators, lower case
        return plain.replace(":", "")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD, (10) lot,
    (21) serial."""
    body = "0" + rng.choice(["0", "3", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(7))
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implantable device serial as printed on the implant card: 3 letters + 6 digits + 1 letter (cued only)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3)) + rdigits(rng, 6, True) + \
            rng.choice("ABCDEFGHJKLMNPRSTVWXY")
        if not boring(v):
            return v


SERIAL_RX = r"[A-HJ-NPR-TV-Y]{3}[1-9]\d{5}[A-HJ-NPR-TV-Y]"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FT", "4T1", "5NP", "3VW", "JTD", "WBA", "WDD", "YV1", "MA3", "AHT", "9BW", "8AJ"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565 / ISO 3779: WMI (SAE J1044 / ISO 3780 assignments: Ford truck 1FT, Toyota USA 4T1, Hyundai USA 5NP,
    Volkswagen Mexico 3VW, Toyota Japan JTD, BMW WBA, Mercedes-Benz WDD, Volvo YV1, Maruti Suzuki India MA3, Toyota
    South Africa AHT, Volkswagen Brazil 9BW, Toyota Argentina 8AJ) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["ZA", "SN", "AR", "IN", "DE"]
PL = "ABCDEFGHJKLMNPRSTVWXYZ"
SN_REGIONS = ["DK", "TH", "SL", "ZG", "KL"]
IN_STATES = ["MH", "DL", "KA", "TN", "UP", "GJ"]
DE_DISTRICTS = ["B", "M", "HH", "K", "S", "DD", "HB", "KI"]


def gen_plate(rng, cc):
    """Registration plates: South Africa, Gauteng (2 letters + 2 digits + 2 letters + 'GP', 'AB 12 CD GP'); Senegal
    (region code + 4 digits + 2 letters, 'DK-1234-AB'); Argentina, Mercosur (2 letters + 3 digits + 2 letters,
    'AB 123 CD'); India (state code + 2-digit district + 2 letters + 4 digits, 'MH 12 AB 1234'); Germany (district
    code + 1-2 letters + 1-4 digits, 'HH-AB 1234')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "ZA":
        return f"{L(2)} {rdigits(rng, 2, True)} {L(2)} GP"
    if cc == "SN":
        return f"{rng.choice(SN_REGIONS)}-{rdigits(rng, 4, True)}-{L(2)}"
    if cc == "AR":
        return f"{L(2)} {rdigits(rng, 3, True)} {L(2)}"
    if cc == "IN":
        return f"{rng.choice(IN_STATES)} {rng.randint(1, 49):02d} {L(2)} {rdigits(rng, 4, True)}"
    if cc == "DE":
        return f"{rng.choice(DE_DISTRICTS)}-{L(rng.choice([1, 2]))} {rdigits(rng, rng.choice([3, 4]), True)}"
    raise KeyError(cc)


PLATE_RX = {"ZA": r"[A-Z]{2} [1-9]\d [A-Z]{2} GP", "SN": r"(?:" + "|".join(SN_REGIONS) + r")-[1-9]\d{3}-[A-Z]{2}",
            "AR": r"[A-Z]{2} [1-9]\d{2} [A-Z]{2}",
            "IN": r"(?:" + "|".join(IN_STATES) + r") (?:0[1-9]|[1-4]\d) [A-Z]{2} [1-9]\d{3}",
            "DE": r"(?:" + "|".join(DE_DISTRICTS) + r")-[A-Z]{1,2} [1-9]\d{2,3}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [105, 196], "APNIC": [36, 110, 122], "ARIN": [50, 72, 107],
    "LACNIC": [181, 187, 200], "RIPE NCC": [46, 78, 188]}
RIR_V6 = {"AFRINIC": 0x2c0f, "APNIC": 0x2404, "ARIN": 0x2607, "LACNIC": 0x2803, "RIPE NCC": 0x2a01}


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
    if fmt == "ip.v6_bracket":             # RFC 3986 3.2.2 IP-literal without a port
        return f"[{plain}]"
    if fmt == "ip.v6_upper":               # RFC 5952 recommends lower case; many logs print upper case
        return plain.upper()
    if fmt == "ip.v4_cidr":                # a single host as a /32 prefix (RFC 4632)
        return f"{plain}/32"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["ZA", "SN", "AR", "UY", "JM", "IN", "DE", "NL", "CA", "US"]
US_AREAS = [843, 854, 912, 229, 478, 406, 307, 802, 803, 864, 706, 762]
CA_AREAS = [867, 250, 418]
JM_AREAS = [876, 658]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (NANP: valid, never
    555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    nanp = {"US": US_AREAS, "CA": CA_AREAS, "JM": JM_AREAS}
    for _ in range(4000):
        if region in nanp:
            nat = str(rng.choice(nanp[region])) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            ens = str(ex.national_number)
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]):
            if region not in ("US", "CA") and phonenumbers.number_type(n) not in (
                    phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
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
    if fmt == "phone.intl_hyphens":      # international form with '-' between groups
        return phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", "-")
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.paren_cc":          # '(+27) 82 123 4567': country code in parentheses, national significant number
        intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
        ccs = f"+{n.country_code}"
        return f"({ccs}) " + intl[len(ccs):].strip()
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["outlook.com", "yahoo.com", "icloud.com", "aol.com", "proton.me", "gmx.de", "web.de", "zoho.com",
                 "comcast.net", "mweb.co.za", "orange.sn", "rediffmail.com", "ziggo.nl", "t-online.de"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.upper": plain.upper(), "email.paren": f"({plain})",
            "email.capitalised": plain[:1].upper() + plain[1:]}[fmt]


URL_TEMPLATES = ["https://www.linkedin.com/in/{slug}", "https://x.com/{slug}", "https://www.youtube.com/@{slug}",
                 "https://www.threads.net/@{slug}", "https://bsky.app/profile/{slug}.bsky.social",
                 "https://www.twitch.tv/{slug}", "https://soundcloud.com/{slug}", "https://gitlab.com/{slug}",
                 "https://www.backabuddy.co.za/campaign/{slug}", "https://www.leetchi.com/c/{slug}",
                 "https://gogetfunding.com/{slug}",
                 "https://mychart.seaislandsmed.org/patient/{num}/summary"]
FUNDRAISER_HOSTS = ("backabuddy", "leetchi", "gogetfunding")


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("BEAUFORT", "SC", "299"), ("SAINT HELENA ISLAND", "SC", "299"), ("CHARLESTON", "SC", "294"),
          ("SAVANNAH", "GA", "314"), ("DARIEN", "GA", "313"), ("BROWNING", "MT", "594"), ("HARDIN", "MT", "590"),
          ("RIVERTON", "WY", "825"), ("LANDER", "WY", "825"), ("BURLINGTON", "VT", "054")]
STREETS = ["SEA ISLAND", "PENN CENTER", "LADYS ISLAND", "ABERCORN", "OGLETHORPE", "BLACKFEET", "CROW AGENCY",
           "WIND RIVER", "SHOSHONE", "CHURCH", "PEARL", "MARSH HEN", "OYSTER FACTORY", "SPANISH MOSS"]
SUFFIXES = ["AVE", "BLVD", "DR", "LN", "RD", "CT", "PL", "TER", "WAY", "SQ", "GLN", "HTS"]   # Pub 28 app. C1
UNITS = ["RM", "FL", "SPC", "LOT", "TRLR", "DEPT"]                                      # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NE", "SW"]


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
    v = v.replace("\n", ", ").replace("; ", ", ")
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
    if fmt == "addr.semicolon":           # one-line form with ';' between the delivery line and the last line
        return plain.replace(", ", "; ", 1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["github-pat", "gitlab-pat", "slack-user-token", "openai-api-key", "npm-access-token",
                "shopify-access-token", "twilio-api-key", "linear-api-key", "doppler-api-token", "postman-api-token",
                "databricks-api-token", "grafana-service-account-token", "huggingface-access-token",
                "planetscale-password", "prefect-api-token", "pulumi-api-token"]
SECRET_EXTRA = ["uri.mysql", "uri.redis", "uri.amqp", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); MySQL, Redis (TLS) and AMQP (TLS)
    URIs with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "_-", 19) + R(al, 1)
    if rule == "slack-user-token":
        return f"xoxp-{R(DIG, 12)}-{R(DIG, 12)}-{R(DIG, 13)}-{R(al, 32)}"
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "_-", 73) + R(al, 1) + "T3BlbkFJ" + R(al + "_-", 73) + R(al, 1)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "grafana-service-account-token":
        return f"glsa_{R(al, 32)}_{R(hx, 8)}"
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 42) + R(al, 1)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 22)}@{R(string.ascii_lowercase, 6)}-" \
               f"{R(lo, 6)}.mysql.database.azure.com:3306/lineage?ssl-mode=REQUIRED"
    if rule == "uri.redis":
        return f"rediss://default:{R(al, 24)}@{R(lo, 8)}.upstash.io:6379/0"
    if rule == "uri.amqp":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(lo, 5)}.rmq.cloudamqp.com/{R(string.ascii_lowercase, 6)}"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
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
        return bool(re.fullmatch(r"mysql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+\?[\w=&-]+", value))
    if rule_id == "uri.redis":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d+", value))
    if rule_id == "uri.amqp":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- identifiers
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("Ł", "L").replace("ł", "l"))
                   if not unicodedata.combining(c))


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
