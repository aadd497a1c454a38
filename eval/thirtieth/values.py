"""Value generators for the thirtieth set, each from a published format rule, with validators.

Each generator takes a random.Random.  ``plain`` is the value as its rule sees it (ISO date, E.164 number, IBAN
without spaces, lower-case colon MAC, ...); the ``render_*`` functions write it in one of the format's real-world
renderings, and the ``*_ok`` functions check a plain value against its rule.  check.py uses both.  Only the standard
library and ``phonenumbers`` (libphonenumber metadata) are used.

Rules used (named again in each docstring):
  SSA SSN randomisation (2011); ISO 8601 / CLDR month names (Interlingua, Asturian, Tetum, Assamese) / AAMVA DL/ID
  2020 DBB (MMDDCCYY) / AIHW METeOR DDMMYYYY / HL7 v2 DT; ISO 13616 + SWIFT IBAN Registry (CH, CY, AD, GL) and
  ISO 7064 MOD 97-10; ISO/IEC 7812 IINs + Luhn (Visa, Mastercard 51-55, Elo, Troy); CMS MBI format specification;
  AAMVA DL/ID jurisdiction formats (CA, FL, NJ, OH, HI, NH, TX, PA); 3GPP TS 23.003 IMEI; IEEE 802 EUI-48 / EUI-64;
  GS1 General Specifications (GTIN-14 check digit, AIs 01/17/10/21) for FDA UDIs; 49 CFR 565.15 VIN check digit and
  SAE J1044 WMIs; Mercosur (AR), Swiss, Spanish (2000) and Indian (AS) registration plates; IANA IPv4/IPv6
  special-purpose registries (RFC 5737, RFC 3849); ITU-T E.164 via libphonenumber; USPS Publication 28; RFC 5322 /
  RFC 2606 / RFC 6761; RFC 7519 JWT; RFC 3986 URIs with userinfo; gitleaks rules (config/gitleaks.toml).
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
    """Reject runs and ladders (123456789, 000000, 7777) that read as documentation placeholders."""
    d = re.sub(r"\D", "", s)
    if len(d) >= 4 and (len(set(d)) <= 2 or d in "01234567890123456789" or d in "98765432109876543210"):
        return True
    return bool(re.search(r"(\d)\1\1\1", d)) or "1234" in d or "0000" in d or "4321" in d


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
    """SSA randomisation rules (2011): area 001-899 except 666, group 01-99, serial 0001-9999; never the advertised
    078-05-1120 or the 987-65-432x range."""
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if not boring(v) and not v.startswith("078-05"):
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


def render_ssn(fmt, plain):
    return {"ssn.dash": plain, "ssn.space": plain.replace("-", " "), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
IA_MONTHS = "januario februario martio april maio junio julio augusto septembre octobre novembre decembre".split()
AST_MONTHS = "xineru febreru marzu abril mayu xunu xunetu agostu setiembre ochobre payares avientu".split()
TET_MONTHS = "Janeiru Fevereiru Marsu Abríl Maiu Juñu Jullu Agostu Setembru Outubru Novembru Dezembru".split()
AS_MONTHS = "জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল মে জুন জুলাই আগষ্ট ছেপ্টেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ".split()
EN_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
EN_MON3 = [m[:3] for m in EN_MONTHS]
BN_DIGITS = "০১২৩৪৫৬৭৮৯"   # Bengali-Assamese digits, U+09E6-U+09EF


def as_digits(s):
    return "".join(BN_DIGITS[int(c)] if c.isdigit() else c for c in s)


def gen_dob(rng):
    """A calendar date between 1932-01-01 and 2011-12-31 (proleptic Gregorian, ISO 8601 plain form)."""
    d = datetime.date(1932, 1, 1) + datetime.timedelta(days=rng.randint(0, 29219))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.iso", "date.us", "date.dmy_slash", "date.dotted", "date.yyyymmdd", "date.aamva_dbb",
                "date.meteor", "date.dd_mon_yyyy", "date.en_gb_long", "date.ia_long", "date.ast_long",
                "date.tet_long", "date.as_digits", "date.as_long"]


def render_date(fmt, iso):
    """Renderings: ISO 8601; US mm/dd/yyyy; dd/mm/yyyy (Argentina); dd.mm.yyyy (Switzerland); HL7 v2 DT YYYYMMDD;
    AAMVA DL/ID 2020 element DBB (MMDDCCYY); AIHW METeOR DDMMYYYY; dd-Mon-yyyy; British long date; long dates with
    the month names of Interlingua, Asturian ('12 de marzu de 1984'), Tetum and Assamese; Assamese digits
    dd-mm-yyyy; key-safe Y_m_d."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    r = {
        "date.iso": iso,
        "date.us": f"{m:02d}/{dd:02d}/{y}",
        "date.dmy_slash": f"{dd:02d}/{m:02d}/{y}",
        "date.dotted": f"{dd:02d}.{m:02d}.{y}",
        "date.yyyymmdd": f"{y}{m:02d}{dd:02d}",
        "date.aamva_dbb": f"{m:02d}{dd:02d}{y}",
        "date.meteor": f"{dd:02d}{m:02d}{y}",
        "date.dd_mon_yyyy": f"{dd:02d}-{EN_MON3[m - 1]}-{y}",
        "date.en_gb_long": f"{dd} {EN_MONTHS[m - 1]} {y}",
        "date.ia_long": f"{dd} de {IA_MONTHS[m - 1]} {y}",
        "date.ast_long": f"{dd} de {AST_MONTHS[m - 1]} de {y}",
        "date.tet_long": f"{dd} {TET_MONTHS[m - 1]} {y}",
        "date.as_digits": as_digits(f"{dd:02d}-{m:02d}-{y}"),
        "date.as_long": as_digits(f"{dd} ") + AS_MONTHS[m - 1] + as_digits(f", {y}"),
        "date.key": f"{y}_{m:02d}_{dd:02d}",
    }
    return r[fmt]


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_RX = {"mrn.mr7": r"MR[1-9]\d{6}", "mrn.pad10": r"000[1-9]\d{6}", "mrn.chk": r"CH\d{6}-\d",
          "mrn.yy": r"\d{2}-[1-9]\d{5}", "mrn.e8": r"E[1-9]\d{7}"}


def gen_mrn(rng, style):
    """Hospital-number house styles: 'MR' + 7 digits; 10-digit zero-padded chart number (3 leading zeros);
    'CH' + 6 digits + '-' + Luhn check digit; 2-digit registration year + '-' + 6 digits; enterprise 'E' + 8 digits."""
    while True:
        if style == "mrn.mr7":
            v = "MR" + rdigits(rng, 7, True)
        elif style == "mrn.pad10":
            v = "000" + rdigits(rng, 7, True)
        elif style == "mrn.chk":
            b = rdigits(rng, 6)
            v = f"CH{b}-{luhn_check_digit(b)}"
        elif style == "mrn.yy":
            v = f"{rng.randint(70, 99):02d}-{rdigits(rng, 6, True)}"
        elif style == "mrn.e8":
            v = "E" + rdigits(rng, 8, True)
        else:
            raise KeyError(style)
        if not boring(v.replace("000", "", 1) if style == "mrn.pad10" else v):
            return v


def mrn_ok(fmt, v):
    if not re.fullmatch(MRN_RX[fmt], v):
        return False
    if fmt == "mrn.chk":
        return luhn_check_digit(v[2:8]) == v[-1]
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]
HP_RX = {"hp.mbi": None, "hp.mbi_dashed": None, "hp.fl_medicaid": r"[1-9]\d{9}", "hp.humana": r"H[1-9]\d{7}",
         "hp.prefix_w": r"[A-Z]{3}W[1-9]\d{8}", "hp.suffix_star": r"[1-9]\d{8}\*0[1-3]"}


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification, CMS 2016): 11 characters
    C A AN N A AN N A A N N; C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9."""
    an = MBI_ALPHA + list(DIG)
    out = ""
    for p in ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]:
        out += {"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                "N": rng.choice(DIG)}[p]
    return out


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v))


def gen_hpid(rng, style):
    """MBI plain and printed 4-3-4 (CMS); Florida Medicaid recipient ID (10 digits); payer member ids as printed on
    cards: 'H' + 8 digits, 3-letter BlueCard-style alpha prefix + 'W' + 9 digits, 9 digits + '*0n' dependant
    suffix (house styles; only the MBI has a published check structure)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.fl_medicaid":
            v = rdigits(rng, 10, True)
        elif style == "hp.humana":
            v = "H" + rdigits(rng, 8, True)
        elif style == "hp.prefix_w":
            v = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(3)) + "W" + rdigits(rng, 9, True)
        elif style == "hp.suffix_star":
            v = rdigits(rng, 9, True) + "*0" + rng.choice("123")
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dashed":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    return plain


def hpid_ok(fmt, v):
    return mbi_ok(v) if fmt.startswith("hp.mbi") else re.fullmatch(HP_RX[fmt], v) is not None


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"CH": 21, "CY": 28, "AD": 24, "GL": 18}


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: CH 5n12c (bank clearing number + account), CY 3n5n16c (bank, branch,
    account), AD 4n4n12c (bank, branch, account), GL 4n10n (bank, account)."""
    A = UP + DIG
    if cc == "CH":
        bban = rng.choice(["00762", "00230", "00700", "08390", "80808"]) + "0" + rdigits(rng, 11, True)
    elif cc == "CY":
        bban = rng.choice(["002", "005", "018"]) + rdigits(rng, 5, True) + "0000" + rdigits(rng, 12, True)
    elif cc == "AD":
        bban = rng.choice(["0001", "0003", "0006"]) + rdigits(rng, 4, True) + "".join(rng.choice(A) for _ in range(12))
    elif cc == "GL":
        bban = "6471" + rdigits(rng, 10, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16 digits), Mastercard 51-55 (16), Elo (636368, 504175, 438935; 16),
    Troy 9792 (16); last digit by the Luhn algorithm."""
    prefix = {"visa": "4" + rdigits(rng, 5), "mc5": "5" + rng.choice("12345"),
              "elo": rng.choice(["636368", "504175", "438935"]), "troy": "9792"}[brand]
    while True:
        body = prefix + rdigits(rng, 15 - len(prefix))
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital guarantor account as printed on statements: 'G' + 9 digits (house style; cued only)."""
    while True:
        v = "G" + rdigits(rng, 9, True)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt == "acct.card_grouped":
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    if fmt == "acct.card_dashed":
        return "-".join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


# ---------------------------------------------------------------- driver's licences (AAMVA DL/ID standard, annex)
DL_RX = {"CA": r"[A-Z]\d{7}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "NJ": r"[A-Z]\d{4} \d{5} \d{5}",
         "OH": r"[A-Z]{2}\d{6}", "HI": r"H\d{8}", "NH": r"\d{2}[A-Z]{3}\d{5}", "TX": r"[1-4]\d{7}",
         "PA": r"\d{2} \d{3} \d{3}"}


def gen_dl(rng, st):
    """State formats from the AAMVA DL/ID Card Design Standard's jurisdiction list: CA 1 letter + 7 digits;
    FL 1 letter + 12 digits (printed A000-000-00-000-0); NJ 1 letter + 14 digits (printed A0000 00000 00000);
    OH 2 letters + 6 digits; HI 'H' + 8 digits; NH 2 digits + 3 letters + 5 digits; TX 8 digits; PA 8 digits
    (printed 00 000 000)."""
    while True:
        L = rng.choice(UP)
        if st == "CA":
            v = L + rdigits(rng, 7)
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6)
        elif st == "HI":
            v = "H" + rdigits(rng, 8)
        elif st == "NH":
            v = rdigits(rng, 2) + "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 5)
        elif st == "TX":
            v = rng.choice("1234") + rdigits(rng, 7)
        elif st == "PA":
            d = rdigits(rng, 8)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        else:
            raise KeyError(st)
        if not boring(v) and re.fullmatch(DL_RX[st], v):
            return v


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 section 6.2.1: IMEI = TAC (8) + SNR (6) + check digit (Luhn over the 14 digits)."""
    body = rng.choice(["35", "86", "99", "01"]) + rdigits(rng, 12)
    return body + luhn_check_digit(body)


def render_imei(fmt, plain):
    if fmt == "dev.imei_grouped":           # printed 'AA-BBBBBB-CCCCCC-D' (TAC split as on handset labels)
        return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}"
    return plain


def gen_mac(rng, octets=6):
    """IEEE 802 EUI-48 (or EUI-64): unicast (I/G bit 0), universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(octets - 1)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}([0-9a-f]{2})((:[0-9a-f]{2}){2})?", v)) and int(v[:2], 16) & 3 == 0 \
        and int(v[:2], 16) != 0


def render_mac(fmt, plain):
    if fmt == "dev.mac_hyphen_lower":
        return plain.replace(":", "-")
    if fmt == "dev.mac_upper":
        return plain.upper()
    if fmt == "dev.mac_bare":
        return plain.replace(":", "").lower()
    if fmt == "dev.eui64":
        return plain.upper()
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI as registered in FDA GUDID: (01) GTIN-14 with check digit, (17) expiry YYMMDD, (10) lot,
    (21) serial number."""
    body = "0" + rng.choice(["0", "8", "5"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(26, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_implant_serial(rng):
    """Implantable pulse-generator serial as printed on the device label: 3 letters + 6 digits + 'H' (cued only)."""
    while True:
        v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 6, True) + "H"
        if not boring(v):
            return v


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["WBA", "WVW", "YV1", "TMB", "VF1", "UU1", "MAT", "1FA", "KMH", "SAL", "3VW", "9BW", "8AP"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044: BMW WBA, Volkswagen WVW, Volvo YV1, Skoda TMB, Renault VF1, Dacia UU1, Tata MAT,
    Ford 1FA, Hyundai KMH, Land Rover SAL, VW Mexico 3VW, VW Brazil 9BW, Fiat Argentina 8AP) + VDS + check digit +
    model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8] and v[:3] in WMIS


PLATE_RX = {"AR": r"[A-Z]{2} \d{3} [A-Z]{2}", "CH": r"(ZH|BE|GE|VD|TI|LU) [1-9]\d{2,5}",
            "ES": r"\d{4} [B-DF-HJ-NP-TV-Z]{3}", "IN": r"AS \d{2} [A-Z]{2} \d{4}"}


def gen_plate(rng, cc):
    """Registration plates: Argentina Mercosur (2016: 'AB 123 CD'); Switzerland (canton code + up to 6 digits,
    'ZH 123456'); Spain (2000 national system: 4 digits + 3 consonants, no vowels, no Q or Ñ: '1234 BCD'); India
    (Assam: 'AS' + RTO + series + number, 'AS 01 AB 1234')."""
    while True:
        if cc == "AR":
            v = f"A{rng.choice('ABCDEFGH')} {rdigits(rng, 3)} {rng.choice(UP)}{rng.choice(UP)}"
        elif cc == "CH":
            v = f"{rng.choice(['ZH', 'BE', 'GE', 'VD', 'TI', 'LU'])} {rdigits(rng, rng.choice([4, 5, 6]), True)}"
        elif cc == "ES":
            v = f"{rdigits(rng, 4)} " + "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
        elif cc == "IN":
            v = f"AS {rng.randint(1, 34):02d} {rng.choice(UP)}{rng.choice(UP)} {rdigits(rng, 4, True)}"
        else:
            raise KeyError(cc)
        if not boring(v) and re.fullmatch(PLATE_RX[cc], v):
            return v


# ---------------------------------------------------------------- IP addresses
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(v):
    """IANA special-purpose registries: global, not multicast, outside the RFC 5737 / RFC 3849 documentation blocks."""
    a = ipaddress.ip_address(v)
    return a.is_global and not a.is_multicast and not any(a in n for n in DOC_NETS if n.version == a.version)


def gen_ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip_ok(str(a)) and a.packed[0] not in (0, 10, 127) and a.packed[0] < 224:
            return str(a)


def gen_ipv6(rng):
    """Global unicast 2000::/3 (RFC 4291), outside 2001:db8::/32 and other special-purpose blocks."""
    while True:
        first = rng.choice([0x2a00, 0x2a05, 0x2406, 0x2803, 0x2c0e, 0x2604, 0x2001])
        groups = [first, rng.randrange(0x100, 0x10000)] + [rng.randrange(0x10000) for _ in range(2)] + \
                 [0, 0] + [rng.randrange(1, 0x10000) for _ in range(2)]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip_ok(str(a)):
            return str(a)


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_port":
        return f"[{plain}]:{port}"
    if fmt == "ip.v4_host":              # EC2-style private DNS label form, 'ip-52-14-88-7'
        return "ip-" + plain.replace(".", "-")
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["AR", "CH", "TL", "IN", "ES", "ML", "GL", "IM", "US", "US", "US"]
US_AREA = [520, 505, 775, 208, 406, 316, 918, 501, 225, 251, 843, 859]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that libphonenumber (phonenumbers) calls valid mobile numbers of the region (US: valid
    numbers of the address cities' area codes, never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    ens = str(ex.national_number)
    for _ in range(2000):
        if region == "US":
            nat = str(rng.choice(US_AREA)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, len(ens) - keep)
        try:
            n = phonenumbers.parse(f"+{cc}{nat}")
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e164) and (region == "US" or phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)) \
                and not boring(nat[-7:]):
            return e164
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
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.digits":
        return e164[1:]
    if fmt == "phone.dotted_us":          # '520.555.0199' style, US only
        s = str(n.national_number)
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["bluewin.ch", "gmx.ch", "fibertel.com.ar", "yahoo.com.ar", "protonmail.ch", "rediffmail.com",
                 "zoho.com", "mail.com", "yandex.com", "me.com", "hey.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered domain (not RFC 2606 / RFC 6761)."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d.lstrip(".") or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://www.ketto.org/fundraiser/{slug}", "https://milaap.org/fundraisers/support-{slug}",
                 "https://www.betterplace.me/{slug}", "https://www.xing.com/profile/{Slug}",
                 "https://bsky.app/profile/{slug}.bsky.social", "https://www.flickr.com/people/{slug}/",
                 "https://keybase.io/{slug}", "https://www.instagram.com/{slug}/",
                 "https://myhealth.{hosp}.org/patient/{num}/summary"]
HOSPITALS = ["tucson-regional", "boise-valley-med", "lexington-heart", "mobile-infirmary-west"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("TUCSON", "AZ", "857"), ("ALBUQUERQUE", "NM", "871"), ("RENO", "NV", "895"), ("BOISE", "ID", "837"),
          ("BILLINGS", "MT", "591"), ("WICHITA", "KS", "672"), ("TULSA", "OK", "741"), ("LITTLE ROCK", "AR", "722"),
          ("BATON ROUGE", "LA", "708"), ("MOBILE", "AL", "366"), ("CHARLESTON", "SC", "294"),
          ("LEXINGTON", "KY", "405")]
STREETS = ["SAGUARO", "PINON", "SAGEBRUSH", "CHOKECHERRY", "BLUESTEM", "MESQUITE", "PALMETTO", "BAYOU", "DOGWOOD",
           "BLUEGRASS", "REDBUD", "YUCCA", "OCOTILLO", "PRAIRIE ROSE", "SANDHILL"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CT", "PL", "TRL", "LOOP", "CIR", "PKWY"]  # USPS Pub. 28, app. C1


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional unit
    (APT/UNIT/STE), city, state, ZIP or ZIP+4; upper case."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(102, 19899))
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" APT {rng.randint(2, 40)}", f" UNIT {rng.choice('ABCDEF')}{rng.randint(1, 9)}",
                       f" STE {rng.randint(101, 480)}"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.35:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


STREET_RX = re.compile(r"(\d{3,5}) (?:(?:N|S|E|W|SW) )?[A-Z]+(?: [A-Z]+)? (?:" + "|".join(SUFFIXES) + r")"
                       r"(?: (?:APT|UNIT|STE) [A-Z0-9]+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?")


def street_ok(v):
    m = STREET_RX.fullmatch(v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    states = {c[1] for c in CITIES}
    if fmt == "addr.mixed":
        return " ".join(w if (w.rstrip(",") in states and len(w) == 2) or w in ("N", "S", "E", "W", "SW") or
                        re.fullmatch(r"[A-Z]\d", w) else w.capitalize() for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.twoline":
        line, rest = plain.split(", ", 1)
        return line + "\n" + rest.replace(",", "")
    return plain


def unrender_street(fmt, written):
    if fmt == "addr.twoline":
        line, rest = written.split("\n")
        city_st, z = rest.rsplit(" ", 1)
        city, st = city_st.rsplit(" ", 1)
        return f"{line}, {city}, {st} {z}"
    return written.upper()


# ---------------------------------------------------------------- secrets
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); RFC 7519 HS256 JWTs; ClickHouse,
    SFTP and SMTPS URIs with a password in the RFC 3986 userinfo; passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 93) + "AA"
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "slack-bot-token":
        return f"xoxb-{R(DIG, 12)}-{R(DIG, 13)}-{R(al, 24)}"
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "sendinblue-api-token":
        return "xkeysib-" + R(hx, 64) + "-" + R(al, 16)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(UP + DIG, 24) + "." + R(UP + DIG, 64)
    if rule == "easypost-api-token":
        return "EZAK" + R(lo, 54)
    if rule == "heroku-api-key-v2":
        return "HRKU-AA" + R(al + "_-", 58)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "_-", 48)
    if rule == "infracost-api-token":
        return "ico-" + R(al, 32)
    if rule == "jwt":
        head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = b64u(json.dumps({"sub": R(lo, 12), "iat": rng.randint(1700000000, 1760000000),
                                "scope": rng.choice(["crm:write", "bookings", "inbox.read"])},
                               separators=(",", ":")).encode())
        return f"{head}.{body}.{R(al, 43)}"
    if rule == "uri.clickhouse":
        return f"clickhouse://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@ch-{R(lo, 6)}.eu-central-1.aws.clickhouse.cloud:9440/crm"
    if rule == "uri.sftp":
        return f"sftp://{R(string.ascii_lowercase, 6)}:{R(al, 15)}@files-{R(lo, 5)}.partner-drop.net:22/outbound"
    if rule == "uri.smtps":
        return f"smtps://{R(string.ascii_lowercase, 8)}:{R(al, 16)}@smtp.{R(lo, 6)}-mail.com:465/"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 3) + \
            rng.choice("?$+=")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a mid-pattern '(?i)' becomes a whole-pattern flag (Python keeps
    scoped '(?-i:...)' groups as they are)."""
    rx = rule["regex"]
    flags = re.I if "(?i)" in rx else 0          # Python accepts global flags only at the start
    rx = rx.replace("(?i)", "").replace("[[:alnum:]]", "[0-9A-Za-z]")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id.startswith("uri."):
        return bool(re.fullmatch(r"(clickhouse|sftp|smtps)://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+(:\d+)?/\w*", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- names and identifiers
SYR_ROMAN = dict(zip("ܐܒܓܕܗܘܙܚܛܝܟܠܡܢܣܥܦܨܩܪܫܬ", "a b g d h w z kh t y k l m n s a p ts q r sh t".split()))
NKO_ROMAN = dict(zip("ߊߋߌߍߎߏߐߓߔߕߖߗߘߙߚߛߜߝߞߟߡߢߣߤߥߦ", "a e i e u o o b p t j c d r rr s gb f k l m ny n h w y".split()))
CYR_ROMAN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүәҙһҫңҡғ",
                     "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya o u a dh h th ng q gh"
                     .split()))
BN_ROMAN = None   # Assamese names carry a hand-written romanisation in cues.HAND_NAMES; never machine-romanised


def romanise(s):
    """Syriac (Estrangelo letters, vowels not written), N'Ko and Bashkir Cyrillic to ASCII, for identifiers only."""
    out = []
    for c in s:
        lc = c.lower()
        if c in SYR_ROMAN:
            out.append(SYR_ROMAN[c])
        elif c in NKO_ROMAN:
            out.append(NKO_ROMAN[c])
        elif lc in CYR_ROMAN:
            r = CYR_ROMAN[lc].replace("-", "")
            out.append(r.capitalize() if c != lc else r)
        else:
            out.append(c)
    return "".join(out)


FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae",
                            "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def ascii_fold(s):
    s = romanise(s).translate(FOLD_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, dotted (lower words joined by '.'),
    native (native-script words joined by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    words = [w for w in re.split(r"[^0-9A-Za-z]+", ascii_fold(text)) if w]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dotted":
        return ".".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "upper_snake":
        return "_".join(w.upper() for w in words)
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
