"""Value generators for the thirty-eighth set, each from a published format rule, with validators.

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
WAL_MONTHS = ["djanvî", "fevrî", "måss", "avri", "may", "djun", "djulete", "awousse", "setimbe", "octôbe",
              "nôvimbe", "decimbe"]
PMS_MONTHS = ["gené", "fërvé", "mars", "avril", "magg", "giugn", "luj", "agost", "stèmber", "otóber", "novèmber",
              "dzèmber"]
CBK_MONTHS = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre",
              "Noviembre", "Diciembre"]


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


DATE_FORMATS = ["date.iso", "date.us_pad", "date.din_dot", "date.en_long_us", "date.iso_week", "date.ofx",
                "date.eu_slash", "date.walloon", "date.piedmontese", "date.chavacano", "date.compact",
                "date.key_ymd", "date.dmon_lower"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 calendar (1984-03-12), ISO 8601 week date (1984-W11-1) and basic (19840312) dates; US
    mm/dd/yyyy zero-padded; DIN 5008 / Duden dd.mm.yyyy; US long form (March 12, 1984); OFX 2.x datetime
    (YYYYMMDDHHMMSS at midnight, as OFX <DTSTART> fields write it); European dd/mm/yyyy; Walloon
    '12 di måss 1984', Piedmontese '12 ëd mars dël 1984', Chavacano '12 de Marzo 1984' long dates; key-safe
    yyyy_mm_dd; dd-mon-yyyy with a lower-case English month abbreviation."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.us_pad":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.din_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if fmt == "date.en_long_us":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.iso_week":
        iy, iw, idw = d.isocalendar()
        return f"{iy}-W{iw:02d}-{idw}"
    if fmt == "date.ofx":
        return f"{y}{m:02d}{dd:02d}000000"
    if fmt == "date.eu_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if fmt == "date.walloon":
        return f"{dd} di {WAL_MONTHS[m - 1]} {y}"
    if fmt == "date.piedmontese":
        return f"{dd} ëd {PMS_MONTHS[m - 1]} dël {y}"
    if fmt == "date.chavacano":
        return f"{dd} de {CBK_MONTHS[m - 1]} {y}"
    if fmt == "date.compact":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.dmon_lower":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3].lower()}-{y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
def gen_mrn(rng, style):
    """Hospital-number house styles: 'E' + 8 digits (enterprise MPI); 8 digits whose last is a Luhn check digit;
    year-sequence 'yyyy-' + 7 digits; dotted 3.3.2 digits; two-letter site code + 7 digits."""
    while True:
        if style == "mrn.e8":
            v = "E" + rdigits(rng, 8, True)
        elif style == "mrn.luhn8":
            b = rdigits(rng, 7, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.year_seq":
            v = f"{rng.randint(1995, 2024)}-{rdigits(rng, 7, True)}"
        elif style == "mrn.dotted":
            d = rdigits(rng, 8, True)
            v = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        elif style == "mrn.site7":
            v = rng.choice(["SK", "MH", "RG", "NV", "LK"]) + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.e8": r"E[1-9]\d{7}", "mrn.luhn8": r"[1-9]\d{7}", "mrn.year_seq": r"(?:199[5-9]|20[0-2]\d)-[1-9]\d{6}",
          "mrn.dotted": r"[1-9]\d{2}\.\d{3}\.\d{2}", "mrn.site7": r"(?:SK|MH|RG|NV|LK)[1-9]\d{6}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.luhn8":
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


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4); New York Medicaid Client ID Number (CIN: 2 letters, 5 digits, 1 letter,
    e.g. AB12345C); Aetna-style member id ('W' + 9 digits); payer member id with a 2-digit dependent suffix
    (9 digits + '-' + 01..05, as printed on family cards)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.ny_cin":
            v = rng.choice(UP) + rng.choice(UP) + rdigits(rng, 5) + rng.choice(UP)
        elif style == "hp.w9":
            v = "W" + rdigits(rng, 9, True)
        elif style == "hp.dep_suffix":
            v = rdigits(rng, 9, True) + "-" + f"{rng.randint(1, 5):02d}"
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
    if style == "hp.ny_cin":
        return bool(re.fullmatch(r"[A-Z]{2}\d{5}[A-Z]", v))
    if style == "hp.w9":
        return bool(re.fullmatch(r"W[1-9]\d{8}", v))
    return bool(re.fullmatch(r"[1-9]\d{8}-0[1-5]", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"BE": 16, "DE": 22, "IT": 27}


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


IT_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(body):
    """Italian BBAN CIN (Banca d'Italia): odd positions through the odd table, even positions by value, mod 26."""
    s = 0
    for i, c in enumerate(body):
        k = int(c) if c.isdigit() else ord(c) - 65
        s += IT_CIN_ODD[k] if i % 2 == 0 else k
    return chr(65 + s % 26)


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: BE 3n7n2n (bank codes 001 bpost / BNP Paribas Fortis, 063 Belfius, 363 ING;
    national check = first 10 digits mod 97, 0 -> 97), DE 8n10n (Bankleitzahlen of Sparkasse / Volksbank in Bavaria), IT 1a5n5n12c (CIN by the Banca d'Italia
    rule; ABI 01030, 03069, 05034)."""
    if cc == "BE":
        b10 = rng.choice(["001", "063", "363"]) + rdigits(rng, 7, True)
        bban = b10 + f"{(int(b10) % 97) or 97:02d}"
    elif cc == "DE":
        bban = rng.choice(["70150000", "70090100", "75050000"]) + rdigits(rng, 10, True)
    elif cc == "IT":
        rest = rng.choice(["01030", "03069", "05034"]) + rdigits(rng, 5, True) + rdigits(rng, 12, True)
        bban = it_cin(rest) + rest
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["rupay", "verve", "discover", "jcb", "visa"]


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: RuPay 60 / 652 (16), Verve 506099-506198 (16), Discover 6011 (16), JCB 3528-3589 (16),
    Visa 4 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "rupay":
            v = card(rng, rng.choice(["60", "652"]), 16)
        elif brand == "verve":
            v = card(rng, str(rng.randint(506099, 506198)), 16)
        elif brand == "discover":
            v = card(rng, "6011", 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "visa":
            v = card(rng, "4" + rdigits(rng, 5), 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        if len(plain) == 15:
            return sep.join([plain[:4], plain[4:10], plain[10:]])
        return sep.join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


def gen_us_bank(rng):
    """US deposit account number as printed on a cheque's MICR line: 10-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([10, 11, 12]), True)
        if not boring(v):
            return v


def gen_har(rng):
    """Hospital account record: 'HAR' + 10 digits (cued only)."""
    while True:
        v = "HAR" + rdigits(rng, 10, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state DMV published formats)
DL_STATES = ["CA", "FL", "OH", "MI", "NJ", "TX", "PA", "NY"]


def gen_dl(rng, st):
    """State driver-licence number formats as the state DMVs publish them: CA 1 letter + 7 digits; FL 1 letter + 12
    digits (printed A123-456-78-901-2); OH 2 letters + 6 digits; MI 1 letter + 12 digits (printed
    A 123 456 789 012); NJ 1 letter + 14 digits (printed A1234 56789 01234); TX 8 digits; PA 8 digits (printed
    12 345 678); NY 9 digits (printed 123 456 789)."""
    while True:
        L = rng.choice(UP)
        if st == "CA":
            v = L + rdigits(rng, 7, True)
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6, True)
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "TX":
            v = rdigits(rng, 8, True)
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"CA": r"[A-Z][1-9]\d{6}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "OH": r"[A-Z]{2}[1-9]\d{5}",
         "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}", "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "TX": r"[1-9]\d{7}",
         "PA": r"[1-9]\d \d{3} \d{3}", "NY": r"[1-9]\d{2} \d{3} \d{3}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imeisv":                 # 3GPP TS 23.003 6.2.2 IMEISV: TAC + SNR + 2-digit SVN (no check digit)
        return plain[:14] + "01"
    if fmt == "dev.imei_slash":             # TAC/SNR/CD grouping as some labels print it
        return f"{plain[:8]}/{plain[8:14]}/{plain[14]}"
    return plain


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
    if fmt == "dev.mac_bare":              # 12 hex digits, no separators
        return plain.replace(":", "").upper()
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD, (21)
    serial."""
    body = "0" + rng.choice(["0", "4", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Pacemaker / ICD serial as printed on the device card: 3 letters + 6 digits + optional 'H' (cued only)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3)) + rdigits(rng, 6, True) + \
            rng.choice(["", "H"])
        if not boring(v):
            return v


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["JTD", "1HG", "KMH", "YV1", "WBA", "VF1", "TMB", "VSS", "1FA", "JA3", "JS2", "WVW"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Toyota JTD, Honda 1HG, Hyundai KMH, Volvo YV1, BMW WBA,
    Renault VF1, Skoda TMB, SEAT VSS, Ford 1FA, Mitsubishi JA3, Suzuki JS2, Volkswagen WVW) + VDS + check digit +
    model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["IN", "BE", "NG", "PH", "IT"]


def gen_plate(rng, cc):
    """Registration plates: India (state code + 2-digit RTO + 1-2 letters + 4 digits, 'MH 12 AB 1234'); Belgium
    (2010 scheme: digit-3 letters-3 digits, '1-ABC-234'); Nigeria (2011 scheme: 3-letter LGA code + 3 digits + 2
    letters, 'ABC 123 DE'); Philippines (2014 scheme: 3 letters + 4 digits, 'ABC 1234'); Italy (1994 scheme
    'AB 123 CD')."""
    L = lambda n, pool="ABCDEFGHJKLMNPRSTUWXYZ": "".join(rng.choice(pool) for _ in range(n))
    if cc == "IN":
        return f"{rng.choice(['MH', 'TN', 'KA', 'DL', 'WB'])} {rng.randint(1, 60):02d} {L(rng.choice([1, 2]))} " \
               f"{rdigits(rng, 4, True)}"
    if cc == "BE":
        return f"{rng.randint(1, 2)}-{L(3)}-{rdigits(rng, 3)}"
    if cc == "NG":
        return f"{L(3)} {rdigits(rng, 3)} {L(2)}"
    if cc == "PH":
        return f"{L(3)} {rdigits(rng, 4, True)}"
    if cc == "IT":
        return f"{L(2)} {rdigits(rng, 3)} {L(2)}"
    raise KeyError(cc)


PLATE_RX = {"IN": r"(?:MH|TN|KA|DL|WB) \d{2} [A-Z]{1,2} [1-9]\d{3}", "BE": r"[12]-[A-Z]{3}-\d{3}",
            "NG": r"[A-Z]{3} \d{3} [A-Z]{2}", "PH": r"[A-Z]{3} [1-9]\d{3}", "IT": r"[A-Z]{2} \d{3} [A-Z]{2}"}

# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [154, 160, 196, 105], "APNIC": [1, 36, 58, 124], "ARIN": [50, 63, 99, 173],
    "LACNIC": [181, 187, 189, 200], "RIPE NCC": [31, 46, 78, 91]}
RIR_V6 = {"AFRINIC": 0x2c0f, "APNIC": 0x2400, "ARIN": 0x2600, "LACNIC": 0x2800, "RIPE NCC": 0x2a00}


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
    if fmt == "ip.v6_full":                # RFC 4291 2.2 full form, no zero compression
        return ipaddress.IPv6Address(plain).exploded
    if fmt == "ip.v4_url":
        return f"https://{plain}:{port}/"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["BD", "IN", "NG", "BE", "IT", "PH", "ET", "TZ", "ZM", "BF", "GH", "SD", "CD", "MM", "PK", "MX", "US"]
US_AREAS = [208, 509, 701, 605, 406, 307, 501, 601, 205, 304]


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
    if fmt == "phone.intl_dots":         # international form with '.' between groups
        return phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.intl_paren_cc":     # '(+46) 70 123 45 67'
        s = phonenumbers.format_number(n, PNF.INTERNATIONAL)
        cc, rest = s.split(" ", 1)
        return f"({cc}) {rest}"
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["rediffmail.com", "yahoo.co.in", "skynet.be", "telenet.be", "tiscali.it", "alice.it",
                 "yahoo.com.ph", "zoho.com", "proton.me", "gmx.com", "mail.com", "aol.com", "icloud.com",
                 "outlook.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper()}[fmt]


URL_TEMPLATES = ["https://www.patreon.com/{slug}", "https://ko-fi.com/{slug}", "https://soundcloud.com/{slug}",
                 "https://{slug}.bandcamp.com/", "https://open.spotify.com/user/{slug}", "https://medium.com/@{slug}",
                 "https://www.behance.net/{slug}", "https://vimeo.com/{slug}", "https://www.twitch.tv/{slug}",
                 "https://www.ketto.org/fundraiser/{slug}", "https://milaap.org/fundraisers/{slug}",
                 "https://mychart.riverbendhealth.org/patients/{num}/summary"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]*", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("BOISE", "ID", "837"), ("SPOKANE", "WA", "992"), ("FARGO", "ND", "581"), ("SIOUX FALLS", "SD", "571"),
          ("BILLINGS", "MT", "591"), ("CHEYENNE", "WY", "820"), ("LITTLE ROCK", "AR", "722"), ("JACKSON", "MS", "392"),
          ("BIRMINGHAM", "AL", "352"), ("CHARLESTON", "WV", "253")]
STREETS = ["HARRISON", "DIVISION", "BROADWAY", "MINNEKAHTA", "GRAND", "CAPITOL", "MARKHAM", "LAKELAND", "RICHARD ARRINGTON",
           "KANAWHA", "WILLOW BEND", "IRONWOOD", "PRAIRIE ROSE", "OWYHEE"]
SUFFIXES = ["WAY", "CT", "PL", "TER", "SQ", "LOOP", "ROW", "RUN", "PATH", "ALY", "EXPY", "PLZ"]  # Pub 28 app. C1
UNITS = ["SPC", "LOT", "TRLR", "OFC", "DEPT", "RM"]                                        # Pub 28 app. C2
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
    m = re.fullmatch(r"(\d{2,5}) (?:(?:N|S|E|W|NE|SW) )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
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
    if fmt == "addr.semicolon":
        return plain.replace(", ", "; ", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["stripe-access-token", "sendgrid-api-token", "square-access-token", "gitlab-pat", "npm-access-token",
                "hashicorp-tf-api-token", "huggingface-access-token", "doppler-api-token", "linear-api-key",
                "postman-api-token", "grafana-service-account-token", "shopify-access-token",
                "databricks-api-token", "heroku-api-key-v2", "notion-api-token", "jwt"]
SECRET_EXTRA = ["uri.mysql", "uri.amqps", "uri.rediss", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); MySQL, AMQPS (RFC 3986 URIs)
    and Redis TLS URIs with an inline password; passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "stripe-access-token":
        return rng.choice(["sk_live_", "rk_live_"]) + R(al, 48)
    if rule == "sendgrid-api-token":
        return "SG." + R(al + "-_", 22) + "." + R(al + "-_", 43)
    if rule == "square-access-token":
        return "EAAA" + R(al + "-_", 60)
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "-_", 20)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "hashicorp-tf-api-token":
        return R(lo, 14) + ".atlasv1." + R(al, 67)
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "grafana-service-account-token":
        return f"glsa_{R(al, 32)}_{R(hx, 8)}"
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "heroku-api-key-v2":
        return "HRKU-AA" + R(al + "_-", 58)
    if rule == "notion-api-token":
        return "ntn_" + R(DIG, 11) + R(al, 35)
    if rule == "jwt":
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        head = enc({"alg": "RS256", "typ": "JWT", "kid": R(lo, 8)})
        body = enc({"sub": R(lo, 16), "iat": rng.randint(1_700_000_000, 1_780_000_000), "aud": "subscriptions"})
        return f"{head}.{body}.{R(al + '-_', 86)}"
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@db-{R(lo, 6)}.mysql.database.azure.com:3306/" \
               f"billing?ssl-mode=REQUIRED"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(lo, 8)}.rmq.cloudamqp.com/{R(lo, 8)}"
    if rule == "uri.rediss":
        return f"rediss://default:{R(al, 24)}@{R(lo, 10)}.upstash.io:6379"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 3) + \
            rng.choice("?$+=~")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: an inline '(?i)' (anywhere) becomes a whole-pattern flag."""
    rx = rule["regex"]
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.mysql":
        return bool(re.fullmatch(r"mysql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+\?[\w=-]+", value))
    if rule_id == "uri.amqps":
        return bool(re.fullmatch(r"amqps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.rediss":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
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
