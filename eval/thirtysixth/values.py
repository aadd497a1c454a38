"""Value generators for the thirty-sixth set, each from a published format rule, with validators.

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
WAR_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Septyembre", "Oktubre",
              "Nobyembre", "Disyembre"]
SZL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "moja", "czyrwca", "lipca", "siyrpnia", "września",
                  "października", "listopada", "grudnia"]
LI_MONTHS = ["jannewarie", "fibberwarie", "miert", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]


def gen_dob(rng):
    """A calendar date between 1928-01-01 and 2011-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1928, 1, 1) + datetime.timedelta(days=rng.randint(0, 30680))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.iso", "date.us_nopad", "date.dmon", "date.gb_long", "date.ordinal", "date.slash_ymd",
                "date.mrz", "date.rfc3339", "date.waray", "date.silesian", "date.limburgish", "date.compact",
                "date.key_dmy"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 calendar (1984-03-12), ordinal (1984-072) and basic (19840312) dates; RFC 3339
    date-time at midnight UTC; US m/d/yyyy without zero padding; DD-MON-YYYY (upper-case English month
    abbreviation, as Oracle's default NLS_DATE_FORMAT family writes it); British long form (12 March 1984); MOSIP
    ID-schema yyyy/MM/dd; ICAO Doc 9303 MRZ YYMMDD; Waray 'Marso 12, 1984', Silesian '12 marca 1984' and
    Limburgish '12 miert 1984' long dates; key-safe dd_mm_yyyy."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.us_nopad":
        return f"{m}/{dd}/{y}"
    if fmt == "date.dmon":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y}"
    if fmt == "date.gb_long":
        return f"{dd} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.ordinal":
        return f"{y}-{d.timetuple().tm_yday:03d}"
    if fmt == "date.slash_ymd":
        return f"{y}/{m:02d}/{dd:02d}"
    if fmt == "date.mrz":
        return f"{y % 100:02d}{m:02d}{dd:02d}"
    if fmt == "date.rfc3339":
        return f"{iso}T00:00:00Z"
    if fmt == "date.waray":
        return f"{WAR_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.silesian":
        return f"{dd} {SZL_MONTHS_GEN[m - 1]} {y}"
    if fmt == "date.limburgish":
        return f"{dd} {LI_MONTHS[m - 1]} {y}"
    if fmt == "date.compact":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.key_dmy":
        return f"{dd:02d}_{m:02d}_{y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
def mod11_digit(body):
    """ISO 7064-style weighted mod 11 (weights 2..7 from the right, as many hospital systems use); 10 -> 'X'."""
    s = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def gen_mrn(rng, style):
    """Hospital-number house styles: Australian-style unit record 'UR' + 7 digits; 7 digits + '-' + weighted mod-11
    check; site-prefixed 'H-' + 3-letter site + '-' + 6 digits; 'PT' + 2-digit year + '-' + 6 digits;
    'M' + 9 digits."""
    while True:
        if style == "mrn.ur7":
            v = "UR" + rdigits(rng, 7, True)
        elif style == "mrn.mod11":
            b = rdigits(rng, 7, True)
            v = f"{b}-{mod11_digit(b)}"
        elif style == "mrn.site6":
            v = "H-" + rng.choice(["HUS", "KYS", "OYS", "TAY", "VSS"]) + "-" + rdigits(rng, 6, True)
        elif style == "mrn.pt_year":
            v = f"PT{rng.randint(0, 99):02d}-{rdigits(rng, 6, True)}"
        elif style == "mrn.m9":
            v = "M" + rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.ur7": r"UR[1-9]\d{6}", "mrn.mod11": r"[1-9]\d{6}-[0-9X]", "mrn.site6": r"H-[A-Z]{3}-[1-9]\d{5}",
          "mrn.pt_year": r"PT\d{2}-[1-9]\d{5}", "mrn.m9": r"M[1-9]\d{8}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.mod11":
        return mod11_digit(v[:7]) == v[-1]
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


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4); Ontario Health Card Number (10 digits, last one a Luhn check digit, plus a
    2-letter version code; printed 1234-567-890-AB); Quebec RAMQ health insurance number (4 letters + 8 digits,
    printed AAAA 0000 0000: family-name letters, given-name initial, YYMMDD with 50 added to the month for women,
    2 administrative digits); BCBS-style member id (3-letter alpha prefix + 9 digits)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.ohip":
            body = rdigits(rng, 9, True)
            v = body + luhn_check_digit(body) + rng.choice(UP) + rng.choice(UP)
        elif style == "hp.ramq":
            yy, mm, dd = rng.randint(30, 99), rng.randint(1, 12) + rng.choice([0, 50]), rng.randint(1, 28)
            v = "".join(rng.choice(UP) for _ in range(4)) + f"{yy:02d}{mm:02d}{dd:02d}" + rdigits(rng, 2)
        elif style == "hp.bcbs":
            v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dashed":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    if style == "hp.ohip":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:10]}-{plain[10:]}"
    if style == "hp.ramq":
        return f"{plain[:4]} {plain[4:8]} {plain[8:]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.mbi"):
        return mbi_ok(v)
    if style == "hp.ohip":
        return bool(re.fullmatch(r"\d{10}[A-Z]{2}", v)) and luhn_ok(v[:10])
    if style == "hp.ramq":
        m = re.fullmatch(r"[A-Z]{4}(\d{2})(\d{2})(\d{2})\d{2}", v)
        return bool(m) and (1 <= int(m[2]) <= 12 or 51 <= int(m[2]) <= 62) and 1 <= int(m[3]) <= 31
    return bool(re.fullmatch(r"[A-Z]{3}[1-9]\d{8}", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"FI": 18, "PL": 28, "NL": 18, "BE": 16, "SA": 24, "GB": 22}


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
    """SWIFT IBAN Registry BBAN structures: FI 3n11n, PL 8n16n, NL 4a10n (bank codes INGB, ABNA, RABO, TRIO), BE
    3n7n2n (national check = first 10 digits mod 97, 0 -> 97), SA 2n18c (bank codes 10, 45, 80), GB 4a6n8n (bank
    codes NWBK, BARC, LOYD, MIDL with their sort-code ranges)."""
    if cc == "FI":
        bban = rng.choice(["123", "157", "405", "800"]) + rdigits(rng, 11)
    elif cc == "PL":
        bban = rng.choice(["10205561", "11402004", "10901014", "12401112"]) + rdigits(rng, 16, True)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "TRIO"]) + "0" + rdigits(rng, 9, True)
    elif cc == "BE":
        b = rng.choice(["068", "310", "001", "539"]) + rdigits(rng, 7, True)
        chk = int(b) % 97 or 97
        bban = f"{b}{chk:02d}"
    elif cc == "SA":
        bban = rng.choice(["10", "45", "80"]) + "000" + rdigits(rng, 15, True)
    elif cc == "GB":
        bank, sort = rng.choice([("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("MIDL", "40")])
        bban = bank + sort + rdigits(rng, 4) + rdigits(rng, 8, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["discover", "jcb", "diners", "visa", "mc5"]


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Discover 6011 / 644-649 / 65 (16), JCB 3528-3589 (16), Diners Club International 36 (14),
    Visa 4 (16), Mastercard 51-55 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "diners":
            v = card(rng, "36", 14)
        elif brand == "visa":
            v = card(rng, "4" + rdigits(rng, 5), 16)
        elif brand == "mc5":
            v = card(rng, str(rng.randint(51, 55)), 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        if len(plain) == 14:
            return sep.join([plain[:4], plain[4:10], plain[10:]])
        return sep.join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


def gen_us_bank(rng):
    """US deposit account number as printed on a cheque's MICR line: 10-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital guarantor account: 'GA' + 9 digits (cued only)."""
    while True:
        v = "GA" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state DMV published formats)
DL_STATES = ["FL", "NY", "CA", "TX", "PA", "MI", "NJ", "OH"]


def gen_dl(rng, st):
    """State driver-licence number formats as the state DMVs publish them: FL 1 letter + 12 digits (printed
    A123-456-78-901-0); NY 9 digits (printed 123 456 789); CA 1 letter + 7 digits; TX 8 digits; PA 8 digits (printed
    12 345 678); MI 1 letter + 12 digits (printed A 123 456 789 012); NJ 1 letter + 14 digits (printed
    A1234 56789 01234); OH 2 letters + 6 digits."""
    while True:
        L = rng.choice(UP)
        if st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "CA":
            v = L + rdigits(rng, 7, True)
        elif st == "TX":
            v = rng.choice("1234") + rdigits(rng, 7)
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "OH":
            v = rng.choice(UP) + rng.choice(UP) + rdigits(rng, 6, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "NY": r"[1-9]\d{2} \d{3} \d{3}", "CA": r"[A-Z][1-9]\d{6}",
         "TX": r"[1-4]\d{7}", "PA": r"[1-9]\d \d{3} \d{3}", "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}",
         "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "OH": r"[A-Z]{2}[1-9]\d{5}"}

# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_printed":          # TAC-SNR grouping as printed on labels: AA-BBBBBB-CCCCCC-D
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
    h = plain.replace(":", "")
    if fmt == "dev.mac_cisco":             # Cisco IOS dotted form
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "dev.mac_upper":
        return plain.upper()
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (17) expiry YYMMDD, (10) lot, (21)
    serial."""
    body = "0" + rng.choice(["0", "3", "5", "6"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(26, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(5))
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant / pump serial as printed on the device label: 'SN' + 3 letters + 7 digits (cued only)."""
    while True:
        v = "SN" + "".join(rng.choice("ACDEFHJKLMNPRTUVWXY") for _ in range(3)) + rdigits(rng, 7, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FA", "KMH", "WVW", "WBA", "YV1", "TMB", "VF1", "2HG", "MAT", "JTD", "3VW", "SAL"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Ford 1FA, Hyundai KMH, Volkswagen WVW, BMW WBA, Volvo YV1,
    Skoda TMB, Renault VF1, Honda Canada 2HG, Tata MAT, Toyota JTD, Volkswagen Mexico 3VW, Land Rover SAL) + VDS +
    check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["FI", "GB", "QC", "SA", "PH", "PL"]


def gen_plate(rng, cc):
    """Registration plates: Finland (Traficom: 2-3 letters + 1-3 digits, 'ABC-123'); Great Britain (DVLA 2001
    scheme: 2 letters, 2-digit age identifier, 3 letters, 'AB51 CDE'); Quebec (SAAQ passenger: '123 ABC');
    Saudi Arabia (Latin side: 4 digits + 3 letters, '1234 ABJ'); Philippines (LTO 2014: 'ABC 1234'); Poland
    (Silesian district codes SK / SL / SG + 5 characters, 'SK 4821J')."""
    L = lambda n, pool="ABCDEFGHJKLMNPRSTUVXYZ": "".join(rng.choice(pool) for _ in range(n))
    if cc == "FI":
        return f"{L(3)}-{rng.randint(1, 999)}"
    if cc == "GB":
        return f"{L(2)}{rng.choice(['05', '12', '19', '21', '55', '62', '68', '71'])} {L(3)}"
    if cc == "QC":
        return f"{rdigits(rng, 3, True)} {L(3)}"
    if cc == "SA":
        return f"{rdigits(rng, 4, True)} {L(3, 'ABDEGHJKLNRSTUVXZ')}"
    if cc == "PH":
        return f"{L(3)} {rdigits(rng, 4, True)}"
    if cc == "PL":
        return f"{rng.choice(['SK', 'SL', 'SG', 'SY'])} {rdigits(rng, 4, True)}{L(1)}"
    raise KeyError(cc)


PLATE_RX = {"FI": r"[A-Z]{3}-[1-9]\d{0,2}", "GB": r"[A-Z]{2}\d{2} [A-Z]{3}", "QC": r"[1-9]\d{2} [A-Z]{3}",
            "SA": r"[1-9]\d{3} [A-Z]{3}", "PH": r"[A-Z]{3} [1-9]\d{3}", "PL": r"S[KLGY] [1-9]\d{3}[A-Z]"}

# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [41, 102, 105, 197], "APNIC": [49, 110, 117, 183], "ARIN": [24, 71, 98, 174],
    "LACNIC": [177, 179, 186, 201], "RIPE NCC": [77, 81, 88, 95]}
RIR_V6 = {"AFRINIC": 0x2c0f, "APNIC": 0x2401, "ARIN": 0x2607, "LACNIC": 0x2804, "RIPE NCC": 0x2a02}


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
        groups = [rng.choice(list(RIR_V6.values()))] + [rng.randrange(0x10000) for _ in range(3)] + \
            [rng.randrange(0x10000) for _ in range(4)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_bracket":
        return f"[{plain}]:{port}"
    if fmt == "ip.v4_cidr32":
        return f"{plain}/32"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["CA", "GB", "SA", "FI", "PH", "PL", "NL", "BE", "NG", "NP", "TZ", "NA", "ML", "ID", "US"]
US_AREAS = [602, 505, 713, 404, 813, 614, 412, 716, 804, 502]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid, never
    555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    for _ in range(2000):
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            ens = str(ex.national_number)
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]):
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
    if fmt == "phone.intl00":            # ITU-T E.123 / E.164 with the '00' international prefix
        return "00" + phonenumbers.format_number(n, PNF.INTERNATIONAL)[1:]
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["btinternet.com", "yahoo.co.uk", "videotron.ca", "sympatico.ca", "proton.me", "wp.pl", "o2.pl",
                 "elisanet.fi", "zoho.com", "aol.com", "mail.com", "gmx.com", "kpnmail.nl", "telenet.be"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.mailto": "mailto:" + plain, "email.upper": plain.upper()}[fmt]


URL_TEMPLATES = ["https://www.gofundme.com/f/{slug}", "https://ko-fi.com/{slug}", "https://www.patreon.com/{slug}",
                 "https://www.instagram.com/{slug}", "https://www.facebook.com/{slug}", "https://x.com/{slug}",
                 "https://medium.com/@{slug}", "https://about.me/{slug}", "https://linktr.ee/{slug}",
                 "https://mychart.northbayhealth.org/MyChart/patients/{num}",
                 "https://www.caringbridge.org/site/{slug}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PHOENIX", "AZ", "850"), ("ALBUQUERQUE", "NM", "871"), ("HOUSTON", "TX", "770"), ("ATLANTA", "GA", "303"),
          ("TAMPA", "FL", "336"), ("COLUMBUS", "OH", "432"), ("PITTSBURGH", "PA", "152"), ("BUFFALO", "NY", "142"),
          ("RICHMOND", "VA", "232"), ("LOUISVILLE", "KY", "402")]
STREETS = ["PALO VERDE", "SANDIA", "BRAZOS", "PEACHTREE", "BAYSHORE", "OLENTANGY", "MONONGAHELA", "ELMWOOD",
           "MONUMENT", "BARDSTOWN", "MESQUITE", "CHATTAHOOCHEE", "ALLEGHENY", "CATALPA"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CIR", "PKWY", "TRL", "HWY", "PIKE", "XING"]  # Pub 28 app. C1
UNITS = ["APT", "UNIT", "RM", "FL", "BLDG", "STE"]                                                  # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NW", "SE"]


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
    m = re.fullmatch(r"(\d{2,5}) (?:(?:N|S|E|W|NW|SE) )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
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
    if fmt == "addr.two_line":
        line, rest = plain.split(", ", 1)
        return line + "\n" + rest.replace(",", "")
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["shippo-api-token", "easypost-api-token", "slack-bot-token", "anthropic-api-key", "openai-api-key",
                "github-pat", "gcp-api-key", "digitalocean-pat", "pypi-upload-token", "planetscale-password",
                "rubygems-api-token", "dynatrace-api-token", "github-oauth", "pulumi-api-token", "prefect-api-token",
                "jwt"]
SECRET_EXTRA = ["uri.postgres", "uri.mongodb_srv", "ado.mssql", "password"]


def _b64url(rng, n):
    return "".join(rng.choice(string.ascii_letters + DIG + "-_") for _ in range(n))


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); PostgreSQL (RFC 3986 URI,
    libpq), MongoDB SRV and SQL Server ADO.NET connection strings with an inline password; passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "easypost-api-token":
        return "EZAK" + R(lo, 54)
    if rule == "slack-bot-token":
        return f"xoxb-{R(DIG, 12)}-{R(DIG, 13)}-{R(al, 24)}"
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 93) + "AA"
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "_-", 74) + "T3BlbkFJ" + R(al + "_-", 74)
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "gcp-api-key":
        return "AIza" + R(al + "_-", 35)
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "_-", 60)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(UP + DIG, 24) + "." + R(UP + DIG, 64)
    if rule == "github-oauth":
        return "gho_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "jwt":
        import base64
        import json as _j
        enc = lambda o: base64.urlsafe_b64encode(_j.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        head = enc({"alg": "HS256", "typ": "JWT"})
        body = enc({"sub": R(lo, 12), "iat": rng.randint(1_700_000_000, 1_780_000_000), "scope": "ship:write"})
        return f"{head}.{body}.{_b64url(rng, 43)}"
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@pg-{R(lo, 6)}.postgres.database.azure.com" \
               f":5432/hitas?sslmode=require"
    if rule == "uri.mongodb_srv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@cluster0.{R(lo, 5)}.mongodb.net/" \
               f"shipments?retryWrites=true&w=majority"
    if rule == "ado.mssql":
        return f"Server=tcp:sql-{R(lo, 6)}.database.windows.net,1433;Initial Catalog=payroll;User ID=" \
               f"{R(string.ascii_lowercase, 6)};Password={R(al, 16)};Encrypt=True;"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: an inline '(?i)' becomes a whole-pattern flag."""
    rx = rule["regex"]
    flags = 0
    if "(?i)" in rx:
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.postgres":
        return bool(re.fullmatch(r"postgresql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+\?sslmode=require", value))
    if rule_id == "uri.mongodb_srv":
        return bool(re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+\?[\w=&]+", value))
    if rule_id == "ado.mssql":
        return bool(re.search(r";Password=[A-Za-z0-9]{14,};", value))
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
