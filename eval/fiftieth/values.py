"""Value generators for the fiftieth set, each from a published format rule, with validators.

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
    """dash (SSA's printed form); bare 9 digits; '_' in identifiers; U+FF0D full-width hyphen-minus (as CJK input
    methods type it)."""
    return {"ssn.dash": plain, "ssn.bare": plain.replace("-", ""), "ssn.snake": plain.replace("-", "_"),
            "ssn.fullwidth": plain.replace("-", "\uff0d")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MS_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
             "November", "Disember"]                                   # Malay month names (as Manglish writes them)
PIJIN_MONTHS = ["Janueri", "Febueri", "Maj", "Epril", "Mei", "Jun", "Julae", "Ogas", "Septemba", "Oktoba",
                "Novemba", "Disemba"]                                  # Solomon Islands Pijin (builder's spelling)
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


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


DATE_FORMATS = ["date.iso", "date.ja_era", "date.cjk", "date.ko", "date.thai_be", "date.malay", "date.pijin",
                "date.us_weekday_abbr", "date.iso_basic_time", "date.key_mdy", "date.excel_dmy2", "date.mmddyy",
                "date.yy_dots"]


def ja_era(d):
    """Japanese era (gengo) by the Cabinet Office era tables: Showa from 1926-12-25, Heisei from 1989-01-08,
    Reiwa from 2019-05-01; the first year of an era is written 元 in formal use, 1 here."""
    if d >= datetime.date(1989, 1, 8):
        return "平成", d.year - 1988
    return "昭和", d.year - 1925


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended calendar date (1984-03-12); Japanese era date (昭和59年3月12日, JIS X 0301
    era names); CJK year-month-day (1984年3月12日); Korean (1984년 3월 12일); Thai Buddhist-era dd/mm/yyyy (BE = CE
    + 543, 12/03/2527); Malay / Manglish '12 Mac 1984'; Solomon Islands Pijin '12 Maj 1984'; US short weekday form
    'Mon, Mar 12, 1984' (RFC 5322 weekday names); ISO 8601 basic date-time at midnight (19840312T000000); key-safe
    unpadded US m_d_yyyy; spreadsheet dd-Mon-yy (12-Mar-84); 6-digit US MMDDYY (031284); yy.mm.dd (84.03.12, the
    East Asian short form)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.ja_era":
        era, ey = ja_era(d)
        return f"{era}{ey}年{m}月{dd}日"
    if fmt == "date.cjk":
        return f"{y}年{m}月{dd}日"
    if fmt == "date.ko":
        return f"{y}년 {m}월 {dd}일"
    if fmt == "date.thai_be":
        return f"{dd:02d}/{m:02d}/{y + 543}"
    if fmt == "date.malay":
        return f"{dd} {MS_MONTHS[m - 1]} {y}"
    if fmt == "date.pijin":
        return f"{dd} {PIJIN_MONTHS[m - 1]} {y}"
    if fmt == "date.us_weekday_abbr":
        return f"{WEEKDAYS[d.weekday()]}, {EN_MONTHS[m - 1][:3]} {dd}, {y}"
    if fmt == "date.iso_basic_time":
        return f"{y}{m:02d}{dd:02d}T000000"
    if fmt == "date.key_mdy":
        return f"{m}_{dd}_{y}"
    if fmt == "date.excel_dmy2":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3]}-{y % 100:02d}"
    if fmt == "date.mmddyy":
        return f"{m:02d}{dd:02d}{y % 100:02d}"
    if fmt == "date.yy_dots":
        return f"{y % 100:02d}.{m:02d}.{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.hn8", "mrn.rn_dash6", "mrn.cr7", "mrn.mod10_431", "mrn.hash10"]


def gen_mrn(rng, style):
    """Hospital-number house styles: 'HN' + 8 digits (the 'hospital number' of Thai and Malaysian hospitals);
    'RN-' + 6 digits (registration number); 'CR' + 7 digits (case record); 8 digits printed dddd-ddd-d whose last
    digit is a Luhn check digit; '#' + 10 digits."""
    while True:
        if style == "mrn.hn8":
            v = "HN" + rdigits(rng, 8, True)
        elif style == "mrn.rn_dash6":
            v = "RN-" + rdigits(rng, 6, True)
        elif style == "mrn.cr7":
            v = "CR" + rdigits(rng, 7, True)
        elif style == "mrn.mod10_431":
            b = rdigits(rng, 7, True)
            c = b + luhn_check_digit(b)
            v = f"{c[:4]}-{c[4:7]}-{c[7]}"
        elif style == "mrn.hash10":
            v = "#" + rdigits(rng, 10, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.hn8": r"HN[1-9]\d{7}", "mrn.rn_dash6": r"RN-[1-9]\d{5}", "mrn.cr7": r"CR[1-9]\d{6}",
          "mrn.mod10_431": r"[1-9]\d{3}-\d{3}-\d", "mrn.hash10": r"#[1-9]\d{9}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.mod10_431":
        return luhn_ok(v.replace("-", ""))
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


HP_STYLES = ["hp.mbi", "hp.ahcccs", "hp.masshealth", "hp.il_rin"]


def gen_hpid(rng, style):
    """CMS MBI (plain); an Arizona AHCCCS member id ('A' + 8 digits); a MassHealth member id (12 digits); an
    Illinois Medicaid recipient identification number (RIN, 9 digits) -- the last three cued only."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.ahcccs":
            v = "A" + rdigits(rng, 8, True)
        elif style == "hp.masshealth":
            v = rdigits(rng, 12, True)
        elif style == "hp.il_rin":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    return bool(re.fullmatch({"hp.ahcccs": r"A[1-9]\d{7}", "hp.masshealth": r"[1-9]\d{11}",
                              "hp.il_rin": r"[1-9]\d{8}"}[style], v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"CR": 22, "DO": 28, "TL": 23}
DO_BANKS = ["BAGR", "BCBH", "BPDO", "BNVA"]   # 4-character bank codes (Dominican Republic)


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
    if v[:2] == "CR":
        return b[0] == "0" and b.isdigit()
    if v[:2] == "DO":
        return b[:4] in DO_BANKS and b[4:].isdigit()
    return b.isdigit()


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: CR 4n14n ('0' + 3-digit bank code + 14 digits); DO 4c20n (bank codes
    BAGR, BCBH, BPDO, BNVA + 20 digits); TL 3n14n2n (19 digits; the national check digits are drawn at random).
    Check digits by ISO 7064 MOD 97-10.  (Only digits are drawn for the account part.)"""
    if cc == "CR":
        bban = "0" + rdigits(rng, 3, True) + rdigits(rng, 14, True)
    elif cc == "DO":
        bban = rng.choice(DO_BANKS) + rdigits(rng, 20, True)
    elif cc == "TL":
        bban = "0" + rdigits(rng, 2, True) + rdigits(rng, 16, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["napas", "carnet", "naranja"]
CARD_GROUPS = {16: [4, 4, 4, 4]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs (as the published IIN tables list them): Napas (Viet Nam) 9704, Carnet (Mexico) 506199-506499,
    Tarjeta Naranja (Argentina) 589562; 16 digits, last digit by the Luhn algorithm."""
    while True:
        if brand == "napas":
            v = card(rng, "9704", 16)
        elif brand == "carnet":
            v = card(rng, str(rng.randint(506199, 506499)), 16)
        elif brand == "naranja":
            v = card(rng, "589562", 16)
        else:
            raise KeyError(brand)
        if not boring(v):
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


CLABE_W = [3, 7, 1] * 6


def clabe_check(body17):
    """CLABE (Banco de Mexico): weights 3, 7, 1 repeating, products mod 10 summed; check = (10 - sum mod 10) mod 10."""
    s = sum((int(c) * w) % 10 for c, w in zip(body17, CLABE_W))
    return str((10 - s % 10) % 10)


def gen_clabe(rng):
    """Mexican CLABE: 3-digit bank + 3-digit plaza + 11-digit account + check digit (18 digits, cued only)."""
    while True:
        b = rng.choice(["002", "012", "014", "021", "072"]) + rdigits(rng, 3, True) + rdigits(rng, 11, True)
        v = b + clabe_check(b)
        if not boring(v[6:]):
            return v


def clabe_ok(v):
    return bool(re.fullmatch(r"\d{18}", v)) and clabe_check(v[:17]) == v[17]


def gen_adm_account(rng):
    """Hospital admission account number: 'ADM' + 9 digits (cued only)."""
    while True:
        v = "ADM" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state / province formats)
DL_STATES = ["UT", "MS", "DC", "ON", "QC", "BC", "AB"]


def gen_dl(rng, st):
    """Driver-licence number formats as the issuers describe them: Utah 4-10 digits (9 drawn); Mississippi 9 digits;
    District of Columbia 7 digits; Ontario letter + 14 digits printed A1234-56789-01234; Quebec letter + 12 digits
    printed A1234-567890-12; British Columbia 7 digits; Alberta 9 digits printed 123456-789."""
    while True:
        L = rng.choice(UP)
        if st == "UT":
            v = rdigits(rng, 9, True)
        elif st == "MS":
            v = "8" + rdigits(rng, 8)
        elif st == "DC":
            v = rdigits(rng, 7, True)
        elif st == "ON":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]}-{d[4:9]}-{d[9:]}"
        elif st == "QC":
            d = rdigits(rng, 12)
            v = f"{L}{d[:4]}-{d[4:10]}-{d[10:]}"
        elif st == "BC":
            v = rdigits(rng, 7, True)
        elif st == "AB":
            d = rdigits(rng, 9, True)
            v = f"{d[:6]}-{d[6:]}"
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"UT": r"[1-9]\d{8}", "MS": r"8\d{8}", "DC": r"[1-9]\d{6}", "ON": r"[A-Z]\d{4}-\d{5}-\d{5}",
         "QC": r"[A-Z]\d{4}-\d{6}-\d{2}", "BC": r"[1-9]\d{6}", "AB": r"[1-9]\d{5}-\d{3}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    return plain


def gen_meid_dec(rng):
    """3GPP2 S.R0048 MEID in its 18-digit decimal form: the 32-bit manufacturer code (8 hex digits, 'A0'-'FF'
    first octet) as 10 decimal digits + the 24-bit serial (6 hex digits) as 8 decimal digits."""
    mfr = rng.randrange(0xA0000000, 0x100000000)
    ser = rng.randrange(0x100000, 0x1000000)
    return f"{mfr:010d}{ser:08d}"


def meid_dec_ok(v):
    return bool(re.fullmatch(r"\d{18}", v)) and 0xA0000000 <= int(v[:10]) <= 0xFFFFFFFF and \
        0x100000 <= int(v[10:]) <= 0xFFFFFF


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (60 Malaysia, 677 Solomon Islands, 501 Belize, 506 Costa
    Rica, 670 Timor-Leste) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["60", "677", "501", "506", "670"])
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
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "4", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant / pump serial as printed on the device label: letter + '-' + 7 digits (cued only)."""
    while True:
        v = rng.choice("ABCDEFGHJKLMNPRTUVWXY") + "-" + rdigits(rng, 7, True)
        if not boring(v):
            return v


SERIAL_RX = r"[A-HJ-NPR-UV-Y]-[1-9]\d{6}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1N6", "5N1", "3HG", "4V4", "9BG", "MAJ", "MR0", "MM8", "LSV", "LFV", "KNM", "1B3"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments as published lists give them: Nissan USA truck 1N6, Nissan
    USA MPV 5N1, Honda Mexico 3HG, Volvo Trucks USA 4V4, Chevrolet Brazil 9BG, Ford India MAJ, Toyota Thailand MR0,
    Mazda Thailand MM8, SAIC Volkswagen LSV, FAW-Volkswagen LFV, Renault Samsung KNM, Dodge car 1B3) + VDS + check
    digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["MY", "CL", "CR"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
MY_STATES = ["W", "B", "J", "P", "S", "Q"]
CL_LET = "BCDFGHJKLPRSTVWXYZ"


def gen_plate(rng, cc):
    """Registration plates: Malaysia (state prefix + 2 letters + 1-4 digits, 'BKL 1234'); Chile (2007 series: 4
    consonants + 2 digits, written with a middle dot 'BC·DF·12'); Costa Rica (3 letters + '-' + 3 digits, 'BCR-123')."""
    L = lambda n, pool=PL: "".join(rng.choice(pool) for _ in range(n))
    if cc == "MY":
        return f"{rng.choice(MY_STATES)}{L(2)} {rdigits(rng, rng.choice([3, 4]), True)}"
    if cc == "CL":
        return f"{L(2, CL_LET)}·{L(2, CL_LET)}·{rdigits(rng, 2, True)}"
    if cc == "CR":
        return f"{L(3)}-{rdigits(rng, 3, True)}"
    raise KeyError(cc)


PLATE_RX = {"MY": r"(?:" + "|".join(MY_STATES) + r")[A-Z]{2} [1-9]\d{2,3}",
            "CL": f"[{CL_LET}]{{2}}·[{CL_LET}]{{2}}·[1-9]\\d", "CR": r"[A-Z]{3}-[1-9]\d{2}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR, none drawn by the six earlier sets
    "APNIC": [113, 118, 124, 219], "ARIN": [99, 104, 108, 209], "RIPE NCC": [84, 87, 90, 91]}
RIR_V6 = {"AFRINIC": 0x2c0d, "APNIC": 0x2408, "ARIN": 0x2620, "LACNIC": 0x2805, "RIPE NCC": 0x2a04}


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as administered by an RIR; kept
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
    if fmt == "ip.v6_upper":               # RFC 5952 compressed form, but upper-case hex (RFC 4291 allows it)
        return plain.upper()
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["MY", "SB", "BZ", "CR", "CL", "TL", "ID", "TH", "MX", "CA", "US"]
US_AREAS = [601, 662, 228, 769, 202, 502, 859, 270, 512, 915, 207, 413]
CA_AREAS = [438, 905, 587]


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
    if fmt == "phone.e123":              # ITU-T E.123 international notation: groups separated by spaces only
        return phonenumbers.format_number(n, PNF.INTERNATIONAL).replace("-", " ")
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["yahoo.com.my", "streamyx.com", "solomon.com.sb", "btl.net", "racsa.co.cr", "vtr.net",
                 "yahoo.co.id", "163.com", "daum.net", "nate.com", "mediacombb.net", "suddenlink.net", "q.com",
                 "gci.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """plain; HTML numeric character reference for '@' (name&#64;domain, as web forms escape it); the full-width
    commercial at U+FF20 (name＠domain, as CJK input methods type it)."""
    return {"email.plain": plain, "email.entity": plain.replace("@", "&#64;"),
            "email.fullwidth_at": plain.replace("@", "\uff20")}[fmt]


URL_TEMPLATES = ["https://opencollective.com/{slug}", "https://buymeacoffee.com/{slug}", "https://{slug}.itch.io",
                 "https://www.producthunt.com/@{slug}", "https://huggingface.co/{slug}", "https://replit.com/@{slug}",
                 "https://unsplash.com/@{slug}", "https://500px.com/p/{slug}",
                 "https://kitabisa.com/campaign/{slug}", "https://www.vakinha.com.br/vaquinha/{slug}",
                 "https://www.impactguru.com/fundraiser/{slug}",
                 "https://mychart.deltabluffsclinic.org/patients/{num}/summary"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("EL PASO", "TX", "799"), ("LAREDO", "TX", "780"), ("AMARILLO", "TX", "791"), ("BANGOR", "ME", "044"),
          ("PRESQUE ISLE", "ME", "047"), ("DODGE CITY", "KS", "678"), ("SALINA", "KS", "674"),
          ("JONESBORO", "AR", "724"), ("TEXARKANA", "AR", "718"), ("BEMIDJI", "MN", "566"), ("DULUTH", "MN", "558")]
STREETS = ["MESA", "ZARAGOZA", "POLK", "HAMMOND", "PENOBSCOT", "AROOSTOOK", "WYATT EARP", "SANTA FE", "CRAIGHEAD",
           "STATE LINE", "PAUL BUNYAN", "SUPERIOR", "CANAL", "CEDAR"]
SUFFIXES = ["BRG", "CMN", "CURV", "FLD", "FRK", "GTWY", "INLT", "LDG", "MEWS", "OVAL", "SPUR", "TRCE"]  # Pub 28 C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, hc=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, city, state, ZIP or
    ZIP+4; or (hc) a highway contract route address 'HC n BOX n' (Pub 28 section 2.6); upper case without
    punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    if hc:
        return f"HC {rng.randint(1, 79)} BOX {rng.randint(10, 2999)}, {city}, {st} {z}"
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(?:(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")|HC \d{1,2} BOX \d{2,4})(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    states = {c[1] for c in CITIES}
    if fmt == "addr.mixed":
        return " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit() or w in ("HC", "BOX")) else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["aws-amazon-bedrock-api-key-short-lived", "gitlab-pat-routable", "grafana-api-key",
                "sentry-org-token", "settlemint-application-access-token", "settlemint-service-access-token",
                "slack-legacy-bot-token", "sidekiq-sensitive-url", "easypost-test-api-token",
                "flutterwave-encryption-key", "flutterwave-public-key", "microsoft-teams-webhook",
                "authress-service-client-access-key", "facebook-access-token", "jwt-base64"]
SECRET_EXTRA = ["uri.ftps", "uri.snowflake", "uri.rtsp", "password"]
B64 = string.ascii_letters + DIG + "+/"


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); an FTPS URI, a Snowflake
    SQLAlchemy URL and an RTSP camera URL with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    uuid = lambda: f"{R(hx, 8)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 12)}"
    if rule == "aws-amazon-bedrock-api-key-short-lived":
        return "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + R(al, 60)
    if rule == "gitlab-pat-routable":
        return "glpat-" + R(al + "_-", 35) + "." + R(lo, 2) + R(lo, 7)
    if rule == "grafana-api-key":
        return "eyJrIjoi" + R(al, 80) + "=="
    if rule == "sentry-org-token":
        return "sntrys_eyJpYXQiO" + R(al, 40) + "LCJyZWdpb25fdXJs" + R(al, 60) + "_" + R(al, 43)
    if rule == "settlemint-application-access-token":
        return "sm_aat_" + R(al, 16)
    if rule == "settlemint-service-access-token":
        return "sm_sat_" + R(al, 16)
    if rule == "slack-legacy-bot-token":
        return f"xoxb-{R(DIG, 11)}-{R(al, 24)}"
    if rule == "sidekiq-sensitive-url":
        return f"https://{R(hx, 8)}:{R(hx, 8)}@enterprise.contribsys.com/"
    if rule == "easypost-test-api-token":
        return "EZTK" + R(lo, 54)
    if rule == "flutterwave-encryption-key":
        return "FLWSECK_TEST-" + R("abcdefgh0123456789", 12)
    if rule == "flutterwave-public-key":
        return "FLWPUBK_TEST-" + R("abcdefgh0123456789", 32) + "-X"
    if rule == "microsoft-teams-webhook":
        return f"https://{R(string.ascii_lowercase, 8)}.webhook.office.com/webhookb2/{uuid()}@{uuid()}/" \
               f"IncomingWebhook/{R(lo, 32)}/{uuid()}"
    if rule == "authress-service-client-access-key":
        return f"sc_{R(lo, 20)}.{R(lo, 5)}.acc_{R(lo, 24)}.{R(lo + '+/_=-', 64)}"
    if rule == "facebook-access-token":
        return R(DIG, 15) + "|" + R(lo + "-_", 32)
    if rule == "jwt-base64":
        return "ZXlKaGJHY2lPaU" + R(al + "+/", 80)
    if rule == "uri.ftps":
        return f"ftps://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@ftp.{R(string.ascii_lowercase, 6)}-" \
               f"{R(lo, 5)}.net:990/outbound"
    if rule == "uri.snowflake":
        return f"snowflake://{R(string.ascii_lowercase, 6)}:{R(al, 22)}@{R(lo, 7)}-{R(lo, 6)}/intake/public" \
               f"?warehouse=wh_{R(string.ascii_lowercase, 5)}"
    if rule == "uri.rtsp":
        return f"rtsp://admin:{R(al, 16)}@{R(string.ascii_lowercase, 6)}.cam-{R(lo, 5)}.net:554/stream1"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them); RE2's '\\z' becomes '\\Z'."""
    rx = rule["regex"].replace(r"\z", r"\Z")
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None or re.search(rx, value, flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.ftps":
        return bool(re.fullmatch(r"ftps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:990/\w+", value))
    if rule_id == "uri.snowflake":
        return bool(re.fullmatch(r"snowflake://[a-z]+:[A-Za-z0-9]{14,}@[\w-]+/\w+/\w+\?warehouse=\w+", value))
    if rule_id == "uri.rtsp":
        return bool(re.fullmatch(r"rtsp://admin:[A-Za-z0-9]{14,}@[\w.-]+:554/\w+", value))
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
