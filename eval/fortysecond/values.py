"""Value generators for the forty-second set, each from a published format rule, with validators.

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
PDT_MONTHS = ["Januar", "Februar", "Maat", "April", "Mai", "Jüni", "Jüli", "August", "Septamba", "Oktooba",
              "Novamba", "Dezamba"]                                     # Plautdietsch (builder's spelling)
NRF_MONTHS = ["janvyi", "févriyi", "mars", "avri", "mai", "juîn", "juilet", "août", "septembre", "octobre",
              "novembre", "décembre"]                                   # Jerriais (builder's spelling)
EGL_MONTHS = ["żenèr", "farvèr", "mèrz", "avréll", "maż", "żùgn", "lói", "agòst", "setàmber", "utòber",
              "nuvàmber", "dizàmber"]                                   # Emilian, Bolognese (builder's spelling)


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


DATE_FORMATS = ["date.iso", "date.dmy_dot", "date.us_slash", "date.dmy_dash", "date.en_mdy_long", "date.en_dmy_abbr",
                "date.iso_basic", "date.thai_be", "date.plautdietsch", "date.jerriais", "date.emilian",
                "date.key_ymd", "date.mmddccyy"]

def render_date(fmt, iso):
    """Renderings: ISO 8601 extended calendar date (1984-03-12); dd.mm.yyyy (Danish usage); US mm/dd/yyyy;
    dd-mm-yyyy; English month-day long form (March 12, 1984); English day + abbreviated month (12-Mar-1984);
    ISO 8601 basic format CCYYMMDD (19840312); Thai Buddhist Era dd/mm/(yyyy+543) (12/03/2527); Plautdietsch '12. Maat 1984', Jerriais
    '12 d'mars 1984' and Emilian '12 ed mèrz 1984' long dates; key-safe yyyy_mm_dd; 8-digit MMDDCCYY as US flat-file
    layouts write dates (03121984)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.dmy_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if fmt == "date.us_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if fmt == "date.en_mdy_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.en_dmy_abbr":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3]}-{y}"
    if fmt == "date.iso_basic":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.thai_be":
        return f"{dd:02d}/{m:02d}/{y + 543}"
    if fmt == "date.plautdietsch":
        return f"{dd}. {PDT_MONTHS[m - 1]} {y}"
    if fmt == "date.jerriais":
        return f"{dd} d'{NRF_MONTHS[m - 1]} {y}" if NRF_MONTHS[m - 1][0] in "aeiouéa" else f"{dd} {NRF_MONTHS[m - 1]} {y}"
    if fmt == "date.emilian":
        return f"{dd} ed {EGL_MONTHS[m - 1]} {y}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.mmddccyy":
        return f"{m:02d}{dd:02d}{y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.luhn9", "mrn.site2_7", "mrn.dotted", "mrn.mr_yy6", "mrn.e8"]
MRN_SITES = ["MN", "FG", "BJ", "RC", "DL"]

def gen_mrn(rng, style):
    """Hospital-number house styles: 8 digits + a Luhn check digit; 2-letter site code + 7 digits; 9 digits printed
    ddd.ddd.ddd; 'MR' + 2-digit registration year + '-' + 6 digits; 'E' + 8 digits (enterprise number)."""
    while True:
        if style == "mrn.luhn9":
            b = rdigits(rng, 8, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.site2_7":
            v = rng.choice(MRN_SITES) + rdigits(rng, 7, True)
        elif style == "mrn.dotted":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        elif style == "mrn.mr_yy6":
            v = f"MR{rng.randint(0, 25):02d}-" + rdigits(rng, 6, True)
        elif style == "mrn.e8":
            v = "E" + rdigits(rng, 8, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.luhn9": r"[1-9]\d{8}", "mrn.site2_7": r"(?:" + "|".join(MRN_SITES) + r")[1-9]\d{6}",
          "mrn.dotted": r"[1-9]\d{2}\.\d{3}\.\d{3}", "mrn.mr_yy6": r"MR(?:[01]\d|2[0-5])-[1-9]\d{5}",
          "mrn.e8": r"E[1-9]\d{7}"}

def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
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


HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.ny_medicaid_cin", "hp.aetna_w", "hp.humana_h"]


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4 with hyphens); New York Medicaid Client ID Number (2 letters + 5 digits + 1
    letter, 'AB12345C'); an Aetna member id ('W' + 9 digits); a Humana member id ('H' + 8 digits)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.ny_medicaid_cin":
            v = rng.choice(UP) + rng.choice(UP) + rdigits(rng, 5, True) + rng.choice(UP)
        elif style == "hp.aetna_w":
            v = "W" + rdigits(rng, 9, True)
        elif style == "hp.humana_h":
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
    if style == "hp.ny_medicaid_cin":
        return bool(re.fullmatch(r"[A-Z]{2}[1-9]\d{4}[A-Z]", v))
    if style == "hp.aetna_w":
        return bool(re.fullmatch(r"W[1-9]\d{8}", v))
    return bool(re.fullmatch(r"H[1-9]\d{7}", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"DK": 18, "SE": 24, "LU": 20}


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
    if v[:2] == "DK":
        return b[:4] in DK_BANKS and b.isdigit()
    if v[:2] == "SE":
        return b[:3] in SE_BANKS and b.isdigit()
    return b[:3] in LU_BANKS and b.isdigit()


DK_BANKS = ["3000", "2000", "5301", "9570"]
SE_BANKS = ["500", "800", "600", "300"]
LU_BANKS = ["001", "019", "003", "008"]


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: DK 4n9n1n (registration numbers 3000, 2000, 5301, 9570 + 10 digits);
    SE 3n16n1n (bank codes 500, 800, 600, 300 + 17 digits); LU 3n13c (bank codes 001, 019, 003, 008 + 13 digits).
    Check digits by ISO 7064 MOD 97-10."""
    if cc == "DK":
        bban = rng.choice(DK_BANKS) + rdigits(rng, 10, True)
    elif cc == "SE":
        bban = rng.choice(SE_BANKS) + rdigits(rng, 17, True)
    elif cc == "LU":
        bban = rng.choice(LU_BANKS) + rdigits(rng, 13, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban

def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["discover", "jcb", "mastercard5", "mir", "rupay"]
CARD_GROUPS = {16: [4, 4, 4, 4]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Discover 6011 / 644-649 / 65 (16), JCB 3528-3589 (16), Mastercard 51-55 (16), Mir
    2200-2204 (16), RuPay 60 / 65 / 81 / 82 (16; 65 is shared with Discover); last digit by the Luhn algorithm;
    published test numbers excluded."""
    while True:
        if brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "mastercard5":
            v = card(rng, str(rng.randint(51, 55)), 16)
        elif brand == "mir":
            v = card(rng, str(rng.randint(2200, 2204)), 16)
        elif brand == "rupay":
            v = card(rng, rng.choice(["60", "81", "82"]) + rng.choice("123456789"), 16)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("6011111111111117", "6011000990139424", "3530111333300000",
                                       "3566002020360505", "5555555555554444", "5105105105105100",
                                       "2200000000000004"):
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
    """Hospital encounter billing account: 'ENC' + 10 digits (cued only)."""
    while True:
        v = "ENC" + rdigits(rng, 10, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["ND", "MN", "NE", "KS", "VT", "NH", "FL", "NJ"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: ND 3 letters + 6 digits; MN 1 letter + 12
    digits; NE 1 letter + 8 digits; KS 'K' + 8 digits; VT 8 digits; NH 2 digits + 3 letters + 5 digits; FL 1 letter
    + 12 digits (printed A123-456-78-901-2); NJ 1 letter + 14 digits (printed A1234 56789 01234)."""
    while True:
        L = rng.choice(UP)
        if st == "ND":
            v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 6, True)
        elif st == "MN":
            v = L + rdigits(rng, 12)
        elif st == "NE":
            v = L + rdigits(rng, 8, True)
        elif st == "KS":
            v = "K" + rdigits(rng, 8, True)
        elif st == "VT":
            v = rdigits(rng, 8, True)
        elif st == "NH":
            v = f"{rng.randint(10, 99)}" + "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 5)
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"ND": r"[A-Z]{3}[1-9]\d{5}", "MN": r"[A-Z]\d{12}", "NE": r"[A-Z][1-9]\d{7}", "KS": r"K[1-9]\d{7}",
         "VT": r"[1-9]\d{7}", "NH": r"[1-9]\d[A-Z]{3}\d{5}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d",
         "NJ": r"[A-Z]\d{4} \d{5} \d{5}"}

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
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (45 Denmark, 66 Thailand, 264 Namibia, 255 Tanzania,
    224 Guinea) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["45", "66", "264", "255", "224"])
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
    """Cochlear-implant / pacemaker serial as printed on the patient's implant card: 3 letters + 6 digits + 'R' or
    'S' (cued only)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3)) + rdigits(rng, 6, True) + \
            rng.choice(["R", "S"])
        if not boring(v):
            return v


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FT", "1HG", "2T1", "3VW", "4T1", "5NP", "JM1", "JF1", "SAL", "YV1", "WBA", "TMB"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Ford truck 1FT, Honda USA 1HG, Toyota Canada 2T1, Volkswagen
    Mexico 3VW, Toyota USA 4T1, Hyundai USA 5NP, Mazda JM1, Subaru JF1, Land Rover SAL, Volvo YV1, BMW WBA, Skoda TMB) +
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


PLATES = ["DK", "NA", "JE", "TZ", "MZ"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_plate(rng, cc):
    """Registration plates: Denmark (2 letters + 5 digits, 'AB 12 345'); Namibia (regional 'N' + 5 digits + town
    letter(s), 'N 12345 W'); Jersey ('J' + up to 6 digits, 'J 123456'); Tanzania ('T' + 3 digits + 3 letters,
    'T 123 ABC'); Mozambique (3 letters + 3 digits + province pair, 'ABC 123 MC')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "DK":
        d = rdigits(rng, 5, True)
        return f"{L(2)} {d[:2]} {d[2:]}"
    if cc == "NA":
        return f"N {rdigits(rng, 5, True)} {rng.choice(['W', 'WB', 'S', 'R', 'K'])}"
    if cc == "JE":
        return f"J {rdigits(rng, 6, True)}"
    if cc == "TZ":
        return f"T {rdigits(rng, 3, True)} {L(3)}"
    if cc == "MZ":
        return f"{L(3)} {rdigits(rng, 3, True)} {rng.choice(['MC', 'MP', 'GZ', 'NL', 'ZB'])}"
    raise KeyError(cc)


PLATE_RX = {"DK": r"[A-Z]{2} [1-9]\d \d{3}", "NA": r"N [1-9]\d{4} (?:W|WB|S|R|K)", "JE": r"J [1-9]\d{5}",
            "TZ": r"T [1-9]\d{2} [A-Z]{3}", "MZ": r"[A-Z]{3} [1-9]\d{2} (?:MC|MP|GZ|NL|ZB)"}

def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [105, 154, 196], "APNIC": [1, 36, 58, 101], "ARIN": [50, 63, 72, 96],
    "LACNIC": [181, 187, 189, 200], "RIPE NCC": [46, 77, 78, 95]}
RIR_V6 = {"AFRINIC": 0x2c0f, "APNIC": 0x2404, "ARIN": 0x2607, "LACNIC": 0x2803, "RIPE NCC": 0x2a05}


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
PHONE_REGIONS = ["DK", "TH", "NA", "TZ", "GN", "MG", "DZ", "ZA", "AU", "JE", "MW", "CA", "US"]
US_AREAS = [701, 605, 406, 218, 320, 785, 402, 802, 603, 239, 732, 863]
CA_AREAS = [306, 639, 867]


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
EMAIL_DOMAINS = ["mail.dk", "stofanet.dk", "outlook.com", "icloud.com", "me.com", "aol.com", "gmx.com", "zoho.com",
                 "proton.me", "mail.com", "yahoo.co.uk", "btinternet.com", "web.de", "comcast.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.facebook.com/{slug}", "https://x.com/{slug}", "https://www.linkedin.com/in/{slug}",
                 "https://www.youtube.com/@{slug}", "https://www.patreon.com/{slug}", "https://ko-fi.com/{slug}",
                 "https://www.threads.net/@{slug}", "https://bsky.app/profile/{slug}.bsky.social",
                 "https://www.justgiving.com/crowdfunding/{slug}", "https://givealittle.co.nz/cause/{slug}",
                 "https://www.ketto.org/fundraiser/{slug}",
                 "https://myhealth.redriverplainsclinic.org/patients/{num}/summary"]

def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]*", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("MINOT", "ND", "587"), ("FARGO", "ND", "581"), ("BELCOURT", "ND", "583"), ("PINE RIDGE", "SD", "577"),
          ("RAPID CITY", "SD", "577"), ("BEMIDJI", "MN", "566"), ("DULUTH", "MN", "558"), ("MACY", "NE", "680"),
          ("WINNEBAGO", "NE", "680"), ("SISSETON", "SD", "572")]
STREETS = ["TURTLE MOUNTAIN", "RED RIVER", "BROADWAY", "HIGHLAND", "LAKESHORE", "MAPLE", "BIRCHMONT", "SUPERIOR",
           "OMAHA", "BUFFALO", "JUNIPER", "PRAIRIE VIEW", "SHEYENNE", "MOUSE RIVER"]
SUFFIXES = ["AVE", "BLVD", "CT", "DR", "LN", "PL", "RD", "SQ", "TER", "WAY", "HTS", "RDG"]   # Pub 28 app. C1
UNITS = ["RM", "FL", "LOT", "SPC", "TRLR", "DEPT"]                                         # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional C2 secondary
    unit, city, state, ZIP or ZIP+4; written upper case without punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    unit = rng.choice(["", "", f" {rng.choice(UNITS)} {rng.randint(2, 40)}{rng.choice(['', 'A', 'B'])}"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
                     + "|".join(UNITS) + r") \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
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
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["doppler-api-token", "linear-api-key", "planetscale-password", "postman-api-token",
                "prefect-api-token", "readme-api-token", "shopify-access-token", "databricks-api-token",
                "npm-access-token", "gitlab-pat", "huggingface-access-token", "grafana-service-account-token",
                "sentry-user-token", "infracost-api-token", "flyio-access-token", "openai-api-key"]
SECRET_EXTRA = ["uri.mysql", "uri.rediss", "uri.amqps", "password"]
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); PostgreSQL, MongoDB (SRV) and
    SMTPS URIs with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "doppler-api-token":
        return "dp.pt." + R(lo, 43)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "_-", 19) + R(al, 1)
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "grafana-service-account-token":
        return f"glsa_{R(al, 32)}_{R(hx, 8)}"
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "infracost-api-token":
        return "ico-" + R(al, 32)
    if rule == "flyio-access-token":
        return "fo1_" + R(al + "_-", 42) + R(al, 1)
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "_-", 73) + R(al, 1) + "T3BlbkFJ" + R(al + "_-", 73) + R(al, 1)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(string.ascii_lowercase, 7)}." \
               f"mysql.database.azure.com:3306/payroll?ssl-mode=REQUIRED"
    if rule == "uri.rediss":
        return f"rediss://default:{R(al, 24)}@{R(lo, 8)}.upstash.io:6379"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 22)}@{R(string.ascii_lowercase, 6)}.rmq.cloudamqp.com/" \
               f"{R(string.ascii_lowercase, 6)}"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~")
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
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
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
