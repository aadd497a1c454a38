"""Value generators for the fifty-fifth set, each from a published format rule, with validators.

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
    """ssn.dash ddd-dd-dddd; ssn.u2010 joined by U+2010 HYPHEN (as word processors and PDFs turn '-'); ssn.bare 9
    digits; ssn.snake joined by '_' (identifiers)."""
    return {"ssn.dash": plain, "ssn.u2010": plain.replace("-", "\u2010"), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                 "października", "listopada", "grudnia"]                 # Polish month names, genitive case
UK_MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
                 "листопада", "грудня"]                                   # Ukrainian month names, genitive case
TL_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
             "Nobyembre", "Disyembre"]                                    # Filipino (Tagalog) month names
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


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


DATE_FORMATS = ["date.iso", "date.pl_genitive", "date.pl_numeric_r", "date.uk_genitive", "date.surzhyk_gr",
                "date.tl_ika", "date.rfc3339_ph", "date.key_ymon", "date.roman_space", "date.oracle_rr",
                "date.en_weekday_dmy", "date.en_dmy_comma", "date.en_dmy_upper_abbr"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended calendar date (1984-03-12); Polish long date with the genitive month name
    (12 marca 1984); Polish numeric date with the abbreviation of 'roku' (12.03.1984 r., as Polish forms write it);
    Ukrainian long date with the genitive month name (12 березня 1984); Surzhyk numeric date with the Russian
    abbreviation of 'year of birth' (12.03.1984 г.р.); Filipino (Tagalog) ordinal date (ika-12 ng Marso 1984); RFC 3339
    date-time at local midnight in Philippine Standard Time (1984-03-12T00:00:00+08:00); key-safe year, lower-case
    English month abbreviation, day (1984mar12); day, Roman-numeral month, year separated by spaces (12 III 1984, the
    Polish hand-written usage); Oracle DD-MON-RR (12-MAR-84); British long form with the weekday (Monday 12 March
    1984); day-month with a comma before the year (12 March, 1984, Philippine English usage); day, upper-case month
    abbreviation, year (12 MAR 1984)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.pl_genitive":
        return f"{dd} {PL_MONTHS_GEN[m - 1]} {y}"
    if fmt == "date.pl_numeric_r":
        return f"{dd:02d}.{m:02d}.{y} r."
    if fmt == "date.uk_genitive":
        return f"{dd} {UK_MONTHS_GEN[m - 1]} {y}"
    if fmt == "date.surzhyk_gr":
        return f"{dd:02d}.{m:02d}.{y} г.р."
    if fmt == "date.tl_ika":
        return f"ika-{dd} ng {TL_MONTHS[m - 1]} {y}"
    if fmt == "date.rfc3339_ph":
        return f"{iso}T00:00:00+08:00"
    if fmt == "date.key_ymon":
        return f"{y}{EN_MONTHS[m - 1][:3].lower()}{dd:02d}"
    if fmt == "date.roman_space":
        return f"{dd} {ROMAN[m - 1]} {y}"
    if fmt == "date.oracle_rr":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3].upper()}-{y % 100:02d}"
    if fmt == "date.en_weekday_dmy":
        return f"{EN_DAYS[d.weekday()]} {dd} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.en_dmy_comma":
        return f"{dd} {EN_MONTHS[m - 1]}, {y}"
    if fmt == "date.en_dmy_upper_abbr":
        return f"{dd} {EN_MONTHS[m - 1][:3].upper()} {y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.ledger_year", "mrn.w731_8", "mrn.chn8", "mrn.hrn7", "mrn.d251"]


def w731_check(body):
    """Weights 7, 3, 1 repeating from the left, sum mod 10 (the weighting of many registry numbers)."""
    return str(sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(body)) % 10)


def gen_mrn(rng, style):
    """Hospital-number house styles: main-ledger number + '/' + admission year (4821/2017, the Polish 'numer księgi
    głównej' style); 7 digits + a 7-3-1 weighted check digit; 'CHN-' + 8 digits; 'HRN' + 7 digits (hospital record
    number, as Philippine hospitals print it); 2 digits + '-' + 5 digits + '-' + 1 digit."""
    while True:
        if style == "mrn.ledger_year":
            v = rdigits(rng, 4, True) + "/" + str(rng.randint(1998, 2024))
        elif style == "mrn.w731_8":
            b = rdigits(rng, 7, True)
            v = b + w731_check(b)
        elif style == "mrn.chn8":
            v = "CHN-" + rdigits(rng, 8, True)
        elif style == "mrn.hrn7":
            v = "HRN" + rdigits(rng, 7, True)
        elif style == "mrn.d251":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]}-{d[2:7]}-{d[7]}"
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.ledger_year": r"[1-9]\d{3}/(?:199[89]|20[0-2]\d)", "mrn.w731_8": r"[1-9]\d{7}",
          "mrn.chn8": r"CHN-[1-9]\d{7}", "mrn.hrn7": r"HRN[1-9]\d{6}", "mrn.d251": r"[1-9]\d-\d{5}-\d"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.w731_8":
        return w731_check(v[:7]) == v[7]
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


HP_STYLES = ["hp.mbi", "hp.ahcccs", "hp.masshealth", "hp.il_rin", "hp.pa_access"]


def gen_hpid(rng, style):
    """CMS MBI (plain); an Arizona AHCCCS member id ('A' + 8 digits); a MassHealth member id (12 digits); an Illinois
    Medicaid recipient id number (RIN, 9 digits); a Pennsylvania ACCESS card number (10 digits).  All cued."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.ahcccs":
            v = "A" + rdigits(rng, 8, True)
        elif style == "hp.masshealth":
            v = rdigits(rng, 12, True)
        elif style == "hp.il_rin":
            v = rdigits(rng, 9, True)
        elif style == "hp.pa_access":
            v = rdigits(rng, 10, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


HP_RX = {"hp.ahcccs": r"A[1-9]\d{7}", "hp.masshealth": r"[1-9]\d{11}", "hp.il_rin": r"[1-9]\d{8}",
         "hp.pa_access": r"[1-9]\d{9}"}


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    return re.fullmatch(HP_RX[style], v) is not None and not boring(v)


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"PL": 28, "UA": 29, "TR": 26}
PL_BANKS = ["102", "105", "109", "114", "124"]                # 3-digit bank numbers (NBP register)
UA_BANKS = ["305299", "322001", "300465", "380805"]           # 6-digit MFO bank codes
TR_BANKS = ["00010", "00012", "00015", "00046", "00062", "00064"]   # 5-digit bank codes (BDDK / EFT)


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def pl_sort_check(seven):
    """Polish bank sort number (numer rozliczeniowy): 3-digit bank + 4-digit branch + a check digit, weights
    3, 9, 7, 1, 3, 9, 7, check = (10 - sum mod 10) mod 10."""
    s = sum(int(c) * w for c, w in zip(seven, (3, 9, 7, 1, 3, 9, 7)))
    return str((10 - s % 10) % 10)


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1) or not v[2:].isdigit():
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    b = v[4:]
    if v[:2] == "PL":
        return b[:3] in PL_BANKS and pl_sort_check(b[:7]) == b[7]
    if v[:2] == "UA":
        return b[:6] in UA_BANKS
    return b[:5] in TR_BANKS and b[5] == "0"


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: PL 8n16n (bank sort number with its check digit + 16-digit account);
    UA 6n19c (MFO bank code + 19-character account, digits drawn); TR 5n1n16c (bank code + reserve digit '0' + 16
    characters, digits drawn).  Check digits by ISO 7064 MOD 97-10."""
    if cc == "PL":
        seven = rng.choice(PL_BANKS) + rdigits(rng, 4, True)
        bban = seven + pl_sort_check(seven) + rdigits(rng, 16, True)
    elif cc == "UA":
        bban = rng.choice(UA_BANKS) + "00000" + rdigits(rng, 14, True)
    elif cc == "TR":
        bban = rng.choice(TR_BANKS) + "0" + rdigits(rng, 16, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["prostir", "laser", "solo", "bankcard"]
CARD_GROUPS = {16: [4, 4, 4, 4]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Prostir (Ukraine's national scheme) 9804, Laser (Ireland) 6304 / 6706 / 6709 / 6771, Solo
    (UK) 6334 / 6767, Bankcard (Australia) 5610; all 16 digits, last digit by the Luhn algorithm."""
    while True:
        pfx = {"prostir": ["9804"], "laser": ["6304", "6706", "6709", "6771"], "solo": ["6334", "6767"],
               "bankcard": ["5610"]}[brand]
        v = card(rng, rng.choice(pfx), 16)
        if not boring(v[4:]):
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
    if fmt == "acct.nrb":                 # Polish NRB: the IBAN without 'PL', printed 2 + 6 x 4 digits
        d = plain[2:]
        return d[:2] + " " + " ".join(d[i:i + 4] for i in range(2, 26, 4))
    return plain


def gen_hosp_account(rng):
    """Hospital account number 'ACC-' + admission year + '-' + 6 digits (cued only)."""
    while True:
        v = f"ACC-{rng.randint(2005, 2025)}-" + rdigits(rng, 6, True)
        if not boring(v[9:]):
            return v


HOSP_ACCT_RX = r"ACC-20(?:0[5-9]|1\d|2[0-5])-[1-9]\d{5}"


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["UT", "MS", "DC", "PR"]


def gen_dl(rng, st):
    """Driver-licence number formats as the jurisdictions describe them (lengths only): UT 9 digits (4-10 allowed);
    MS 9 digits; DC 7 digits; PR 7 digits."""
    while True:
        n = {"UT": 9, "MS": 9, "DC": 7, "PR": 7}[st]
        v = rdigits(rng, n, True)
        if not boring(v):
            return v


DL_RX = {"UT": r"[1-9]\d{8}", "MS": r"[1-9]\d{8}", "DC": r"[1-9]\d{6}", "PR": r"[1-9]\d{6}"}

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


ICCID_CC = ["48", "380", "90", "880", "251"]


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (48 Poland, 380 Ukraine, 90 Turkey, 880 Bangladesh, 251
    Ethiopia) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
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


def render_mac(fmt, plain):
    if fmt == "dev.mac_h3c":               # three hyphen-separated groups of 4 hex digits (H3C / Huawei VRP display)
        h = plain.replace(":", "")
        return f"{h[:4]}-{h[4:8]}-{h[8:]}"
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "4", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(15, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant / infusion-device serial as printed on the label: a letter + 4 digits + '/' + 4 digits (cued only;
    the builder's house style)."""
    while True:
        v = rng.choice("BCDFGHKLMNPRSTW") + rdigits(rng, 4, True) + "/" + rdigits(rng, 4, True)
        if not boring(v):
            return v


SERIAL_RX = r"[BCDFGHKLMNPRSTW][1-9]\d{3}/[1-9]\d{3}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["NMT", "NM0", "Y6D", "SUU", "TMA", "U5Y", "VR3", "MR0", "MHF", "PL1", "3TM", "5N1"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Toyota Turkey NMT, Ford Otosan Turkey NM0, ZAZ Ukraine Y6D,
    Solaris Poland SUU, Hyundai Czech Republic TMA, Kia Slovakia U5Y, Peugeot VR3, Toyota Thailand MR0, Toyota
    Indonesia MHF, Proton Malaysia PL1, Toyota Mexico 3TM, Nissan USA SUV 5N1) + VDS + check digit + model year +
    plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["UA", "TR", "BD", "MY"]
UA_LET = "ABCEHIKMOPTX"                    # Cyrillic letters that have Latin look-alikes, as Ukrainian plates use
UA_REGIONS = ["AA", "KA", "BC", "AX", "KX", "BH", "AI", "BI"]
BD_METROS = ["DHAKA METRO", "CHATTA METRO", "KHULNA METRO", "RAJSHAHI METRO"]
BD_CLASSES = ["GA", "KHA", "GHA", "CHA"]
MY_PREFIX = ["W", "V", "J", "P", "B", "S"]


def gen_plate(rng, cc):
    """Registration plates: Ukraine (2-letter region + 4 digits + 2 letters, 'AA 1234 BC', 2004 format); Turkey
    (2-digit province 01-81 + 1-3 letters + 2-4 digits, '34 ABC 123'); Bangladesh (metro name + class letter(s) +
    2-digit series + '-' + 4 digits, 'DHAKA METRO-GA 12-3456', romanised); Malaysia (state prefix + up to 2 letters +
    1-4 digits, 'WXY 1234')."""
    if cc == "UA":
        return f"{rng.choice(UA_REGIONS)} {rdigits(rng, 4, True)} {rng.choice(UA_LET)}{rng.choice(UA_LET)}"
    if cc == "TR":
        n = rng.choice([1, 2, 3])
        digs = {1: 4, 2: 3, 3: 2}[n]
        return f"{rng.randint(1, 81):02d} {''.join(rng.choice(PL) for _ in range(n))} {rdigits(rng, digs, True)}"
    if cc == "BD":
        return f"{rng.choice(BD_METROS)}-{rng.choice(BD_CLASSES)} {rng.randint(11, 99)}-{rdigits(rng, 4, True)}"
    if cc == "MY":
        return f"{rng.choice(MY_PREFIX)}{''.join(rng.choice(PL) for _ in range(2))} {rdigits(rng, 4, True)}"
    raise KeyError(cc)


PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
PLATE_RX = {"UA": r"(?:" + "|".join(UA_REGIONS) + r") [1-9]\d{3} [" + UA_LET + "]{2}",
            "TR": r"(?:0[1-9]|[1-7]\d|8[01]) (?:[A-Z] [1-9]\d{3}|[A-Z]{2} [1-9]\d{2}|[A-Z]{3} [1-9]\d)",
            "BD": r"(?:" + "|".join(BD_METROS) + r")-(?:" + "|".join(BD_CLASSES) + r") [1-9]\d-[1-9]\d{3}",
            "MY": r"[" + "".join(MY_PREFIX) + r"][A-Z]{2} [1-9]\d{3}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR (none drawn by sets 43-48)
    "APNIC": [113, 119, 124], "ARIN": [99, 104, 108], "RIPE NCC": [84, 87, 91, 93]}
RIR_V6 = {"AFRINIC": 0x2c0d, "APNIC": 0x2408, "ARIN": 0x2608, "LACNIC": 0x2805, "RIPE NCC": 0x2a04}


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
    if fmt == "ip.v6_upper":               # RFC 4291 2.2 compressed form, upper-case hex (RFC 5952 prefers lower)
        return plain.upper()
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["UA", "TR", "BD", "ET", "BY", "KZ", "AM", "CY", "CA", "US"]
US_AREAS = [601, 662, 228, 769, 202, 318, 504, 413, 617, 781, 508, 351]
CA_AREAS = [587, 236, 431]


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
    """phone.e164; phone.intl (ITU-T E.123 international); phone.callto (the Skype 'callto:' URI scheme with the
    E.164 number); phone.intl_hyphen (international form with every group joined by '-'); phone.national (cued);
    phone.digits (cued, in identifiers)."""
    n = phonenumbers.parse(e164)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.callto":
        return "callto:" + e164
    if fmt == "phone.intl_hyphen":
        return re.sub(r"[\s-]+", "-", phonenumbers.format_number(n, PNF.INTERNATIONAL))
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.digits":              # the E.164 digits without '+' (identifiers only, cued)
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["onet.pl", "o2.pl", "op.pl", "ukr.net", "i.ua", "meta.ua", "mynet.com", "ttmail.com", "ethionet.et",
                 "q.com", "suddenlink.net", "mediacombb.net", "hughes.net", "mchsi.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """email.plain; email.domain_upper (the domain in upper case; RFC 5321 2.4 domains are case-insensitive);
    email.paren_at ('(at)' for '@', the anti-harvesting spelling, cued)."""
    local, dom = plain.split("@")
    return {"email.plain": plain, "email.domain_upper": f"{local}@{dom.upper()}",
            "email.paren_at": f"{local}(at){dom}"}[fmt]


URL_TEMPLATES = ["https://www.researchgate.net/profile/{Slug}", "https://500px.com/p/{slug}",
                 "https://www.couchsurfing.com/people/{slug}", "https://www.fiverr.com/{slug}",
                 "https://www.tripadvisor.com/Profile/{slug}", "https://www.kickstarter.com/profile/{slug}",
                 "https://zrzutka.pl/{fund}", "https://pomagam.pl/{fund}", "https://www.siepomaga.pl/{fund}",
                 "https://mychart.magnoliacrossclinic.org/patients/{num}/summary"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("WORCESTER", "MA", "016"), ("FALL RIVER", "MA", "027"), ("NASHUA", "NH", "030"), ("KEENE", "NH", "034"),
          ("BANGOR", "ME", "044"), ("LEWISTON", "ME", "042"), ("DULUTH", "MN", "558"), ("ROCHESTER", "MN", "559"),
          ("EAU CLAIRE", "WI", "547"), ("GREEN BAY", "WI", "543"), ("HAMTRAMCK", "MI", "482"), ("PARMA", "OH", "441")]
STREETS = ["KOSCIUSZKO", "PULASKI", "TAMARACK", "MILLBROOK", "SAWMILL", "CRANBERRY", "GRANITE", "HEMLOCK", "QUARRY",
           "BIRCH", "CONANT", "STATE"]
SUFFIXES = ["DL", "FLD", "FRK", "FT", "IS", "MSN", "PNES", "PR", "RTE", "STA", "TRCE", "VIS"]   # Pub 28 app. C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, hc=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, city, state, ZIP or
    ZIP+4, upper case without punctuation except the comma before the city; or (hc) a highway contract route
    address 'HC n BOX n' (Pub 28 section 2.4)."""
    city, st, pfx = rng.choice(CITIES)
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    if hc:
        return f"HC {rng.randint(1, 89)} BOX {rng.randint(10, 4999)}, {city}, {st} {z}"
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"HC [1-9]\d? BOX [1-9]\d{1,3}, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?", v)
    if m:
        return any(c == m[1] and s == m[2] and m[3].startswith(p) for c, s, p in CITIES)
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v)
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["easypost-test-api-token", "gitlab-rrt", "grafana-api-key", "authress-service-client-access-key",
                "atlassian-api-token", "settlemint-application-access-token", "settlemint-service-access-token",
                "gitlab-pat-routable", "aws-amazon-bedrock-api-key-short-lived", "slack-legacy-bot-token",
                "microsoft-teams-webhook", "sidekiq-sensitive-url", "facebook-access-token", "private-key",
                "nuget-config-password", "freemius-secret-key"]
SECRET_EXTRA = ["uri.snowflake", "kafka_jaas", "uri.ftp", "password"]
B64 = string.ascii_letters + DIG + "+/"


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT): EasyPost test key (EZTK), GitLab
    runner registration token (GR1348941), Grafana API key (eyJrIjoi), Authress service-client access key, Atlassian
    API token (ATATT3), SettleMint application and service access tokens, routable GitLab PAT, short-lived Amazon
    Bedrock API key, Slack legacy bot token, Microsoft Teams incoming-webhook URL, Sidekiq Enterprise gem-server URL
    with credentials, Facebook app access token (app id|secret), a PEM private key, a NuGet.config ClearTextPassword
    line and a Freemius secret_key line; a Snowflake URI with an inline password (RFC 3986 userinfo), a Kafka SASL/PLAIN
    JAAS line with password=, an FTP URI with an inline password; passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    uuid = lambda: f"{R(hx, 8)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 12)}"
    if rule == "easypost-test-api-token":
        return "EZTK" + R(lo, 54)
    if rule == "gitlab-rrt":
        return "GR1348941" + R(al + "_-", 19) + R(al, 1)
    if rule == "grafana-api-key":
        return "eyJrIjoi" + R(al, rng.randint(80, 120))
    if rule == "authress-service-client-access-key":
        return f"sc_{R(lo, 12)}.{R(lo, 5)}.acc_{R(lo, 20)}.{R(al + '+/', 60)}"
    if rule == "atlassian-api-token":
        return "ATATT3" + R(al + "_-", 185) + R(al, 1)
    if rule == "settlemint-application-access-token":
        return "sm_aat_" + R(al, 16)
    if rule == "settlemint-service-access-token":
        return "sm_sat_" + R(al, 16)
    if rule == "gitlab-pat-routable":
        return "glpat-" + R(al + "_-", 36) + R(al, 1) + "." + R(lo, 2) + R(lo, 7)
    if rule == "aws-amazon-bedrock-api-key-short-lived":
        return "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + R(al, 120)
    if rule == "slack-legacy-bot-token":
        return f"xoxb-{R(DIG, 11)}-{R(al, 24)}"
    if rule == "microsoft-teams-webhook":
        return f"https://{R(lo, 9)}.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{R(hx, 32)}/{uuid()}"
    if rule == "sidekiq-sensitive-url":
        return f"https://{R(hx, 8)}:{R(hx, 8)}@enterprise.contribsys.com/"
    if rule == "facebook-access-token":
        return f"{rng.choice('123456789')}{R(DIG, 14)}|{R(lo + '_-', 32)}"
    if rule == "private-key":
        body = R(B64, 64) + "\n" + R(B64, 64) + "\n" + R(B64, 44) + "=="
        return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"
    if rule == "nuget-config-password":
        return f'<add key="ClearTextPassword" value="{R(al, 18)}" />'
    if rule == "freemius-secret-key":
        return f"'secret_key' => 'sk_{R(al + '+=<>', 29)}'"
    if rule == "uri.snowflake":
        return f"snowflake://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 2)}" \
               f"{R(DIG, 5)}.eu-central-1/ANALYTICS/PUBLIC?warehouse=TRANSFORMING"
    if rule == "kafka_jaas":
        return f'org.apache.kafka.common.security.plain.PlainLoginModule required username="{R(string.ascii_lowercase, 8)}"' \
               f' password="{R(al, 22)}";'
    if rule == "uri.ftp":
        return f"ftp://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@ftp.{R(string.ascii_lowercase, 7)}.net/exports/"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them); '\\z' becomes '\\Z'."""
    rx = rule["regex"].replace("\\z", "\\Z")
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.snowflake":
        return bool(re.fullmatch(r"snowflake://[a-z]+:[A-Za-z0-9]{14,}@[a-z0-9.-]+/\w+/\w+\?warehouse=\w+", value))
    if rule_id == "kafka_jaas":
        return bool(re.fullmatch(r'org\.apache\.kafka\.common\.security\.plain\.PlainLoginModule required '
                                 r'username="[a-z]+" password="[A-Za-z0-9]{14,}";', value))
    if rule_id == "uri.ftp":
        return bool(re.fullmatch(r"ftp://[a-z]+:[A-Za-z0-9]{12,}@[\w.-]+/\w+/", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- identifiers
def ascii_fold(s):
    """NFKD without combining marks; 'ł' / 'Ł' (no decomposition) folded to 'l' / 'L'."""
    s = s.replace("ł", "l").replace("Ł", "L")
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
