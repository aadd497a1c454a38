"""Value generators for the twentyninth set, each from a published format rule, with validators.

Generators take a random.Random.  ``render_*`` functions re-render a plain value in a format and ``*_ok`` check it
against its rule; check.py uses both.  Only the standard library and ``phonenumbers`` (libphonenumber metadata) are
used.
"""
import base64
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
    return bool(re.search(r"(\d)\1\1\1", d)) or "1234" in d or "0000" in d


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
    """SSA randomisation rules (June 2011): area 001-899 except 666, group 01-99, serial 0001-9999; never the
    Woolworth card number 078-05-1120 or the advertising block 987-65-432x."""
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if not boring(v) and not v.startswith("078-05"):
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000" \
        and v != "078-05-1120"


SSN_RENDER = {"ssn.dash": lambda p: p, "ssn.space": lambda p: p.replace("-", " "),
              "ssn.bare": lambda p: p.replace("-", ""), "ssn.snake": lambda p: p.replace("-", "_"),
              "ssn.dotted": lambda p: p.replace("-", ".")}

# ---------------------------------------------------------------- dates of birth
EN_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
TET_MONTHS = "Janeiru Fevereiru Marsu Abríl Maiu Juñu Jullu Agostu Setembru Outubru Novembru Dezembru".split()
ILO_MONTHS = "Enero Pebrero Marso Abril Mayo Hunio Hulio Agosto Septiembre Oktubre Nobiembre Disiembre".split()
AS_MONTHS = "জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল মে' জুন জুলাই আগষ্ট ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ".split()
AS_DIGITS = "০১২৩৪৫৬৭৮৯"
DATE_FORMATS = ["date.iso", "date.us", "date.yyyymmdd", "date.mmddyyyy", "date.dmy_slash", "date.dotted",
                "date.es_long", "date.de_long", "date.fr_long", "date.tet_long", "date.ilo_long", "date.as_long",
                "date.iso_dt"]


def gen_dob(rng):
    """A calendar date between 1928-01-01 and 2010-12-31 (proleptic Gregorian, ISO 8601 plain form)."""
    d = datetime.date(1928, 1, 1) + datetime.timedelta(days=rng.randint(0, 30314))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def render_date(fmt, iso):
    """Renderings: ISO 8601 date and date-time (UTC midnight); US mm/dd/yyyy; ASAP / X12 D8 CCYYMMDD; CMS MDS 3.0
    item A0900 boxes MMDDYYYY; dd/mm/yyyy (Argentina, Timor-Leste); dd.mm.yyyy (Switzerland); CLDR long dates for
    es ('12 de marzo de 1984'), de ('12. März 1984'), fr ('12 mars 1984'); Tetum ('12 Marsu 1984', Portuguese-derived
    month names of the Timor-Leste orthography), Ilocano ('Marso 12, 1984', Spanish-derived month names) and
    Assamese (Assamese digits U+09E6-09EF, CLDR 'as' month names); key-safe Y_m_d."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    out = {
        "date.iso": iso, "date.us": f"{m:02d}/{dd:02d}/{y}", "date.yyyymmdd": f"{y}{m:02d}{dd:02d}",
        "date.mmddyyyy": f"{m:02d}{dd:02d}{y}", "date.dmy_slash": f"{dd:02d}/{m:02d}/{y}",
        "date.dotted": f"{dd:02d}.{m:02d}.{y}", "date.es_long": f"{dd} de {ES_MONTHS[m - 1]} de {y}",
        "date.de_long": f"{dd}. {DE_MONTHS[m - 1]} {y}", "date.fr_long": f"{dd} {FR_MONTHS[m - 1]} {y}",
        "date.tet_long": f"{dd} {TET_MONTHS[m - 1]} {y}", "date.ilo_long": f"{ILO_MONTHS[m - 1]} {dd}, {y}",
        "date.as_long": "".join(AS_DIGITS[int(c)] if c.isdigit() else c for c in f"{dd} {AS_MONTHS[m - 1]} {y}"),
        "date.iso_dt": f"{iso}T00:00:00Z", "date.key": f"{y}_{m:02d}_{dd:02d}",
    }
    return out[fmt]


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_RX = {"mrn.ur7": r"UR\d{7}", "mrn.mrhash": r"MR#[1-9]\d{6}", "mrn.fac_colon": r"(NMH|SJH|KCH|RPA):\d{8}",
          "mrn.pad10": r"00[1-9]\d{7}", "mrn.dashed": r"[1-9]\d-\d{2}-\d{2}-\d"}


def gen_mrn(rng, style):
    """Hospital-number house styles: 'UR' (unit record) + 7 digits; 'MR#' + 7 digits; facility mnemonic + ':' + 8
    digits (enterprise MPI style); zero-padded 10-digit chart number; dashed 'NN-NN-NN-N' chart number."""
    while True:
        if style == "mrn.ur7":
            v = "UR" + rdigits(rng, 7)
        elif style == "mrn.mrhash":
            v = "MR#" + rdigits(rng, 7, True)
        elif style == "mrn.fac_colon":
            v = rng.choice(["NMH", "SJH", "KCH", "RPA"]) + ":" + rdigits(rng, 8)
        elif style == "mrn.pad10":
            v = "00" + rdigits(rng, 8, True)
        elif style == "mrn.dashed":
            d = rdigits(rng, 7, True)
            v = f"{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6]}"
        else:
            raise KeyError(style)
        if not boring(v) and re.fullmatch(MRN_RX[style], v):
            return v


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification): 11 characters C A AN N A AN N A A N N;
    C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9.  Never CMS's published example 1EG4-TE5-MK73."""
    an = MBI_ALPHA + list(DIG)
    pos = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    return "".join({"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                    "N": rng.choice(DIG)}[p] for p in pos)


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v)) \
        and v != "1EG4TE5MK73"


HP_RX = {"hp.mbi": None, "hp.mbi_spaced": None, "hp.ch_card": r"80756\d{15}", "hp.humana": r"H\d{8}",
         "hp.tx_medicaid": r"[1-9]\d{8}", "hp.pa_access": r"[1-9]\d{9}"}


def gen_hpid(rng, style):
    """MBI plain / printed 4-3-4 with spaces; Swiss health-insurance card number (ISO/IEC 7812 structure as used
    on the Versichertenkarte / carte d'assuré: 80 + country 756 + 5-digit insurer + 9-digit serial + Luhn digit);
    Humana-style member id 'H' + 8 digits; Texas Medicaid id (9 digits); Pennsylvania ACCESS card number
    (10 digits)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_spaced"):
            v = gen_mbi(rng)
        elif style == "hp.ch_card":
            body = "80756" + rng.choice(["01509", "01542", "01560", "01384", "01555"]) + rdigits(rng, 9)
            v = body + luhn_check_digit(body)
        elif style == "hp.humana":
            v = "H" + rdigits(rng, 8)
        elif style == "hp.tx_medicaid":
            v = rdigits(rng, 9, True)
        elif style == "hp.pa_access":
            v = rdigits(rng, 10, True)
        else:
            raise KeyError(style)
        if not boring(v[5:] if style == "hp.ch_card" else v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_spaced":
        return f"{plain[:4]} {plain[4:7]} {plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.mbi"):
        return mbi_ok(v)
    if style == "hp.ch_card":
        return re.fullmatch(HP_RX[style], v) is not None and luhn_ok(v)
    return re.fullmatch(HP_RX[style], v) is not None


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"CH": 21, "TL": 23}


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
    """SWIFT IBAN Registry BBAN structures: CH 5n12c (IID + account), TL 3n14n2n (bank + account + national check).
    Never the registry's own example CH9300762011623852957."""
    if cc == "CH":
        bban = rng.choice(["00235", "00700", "08390", "00767", "00483"]) + rdigits(rng, 12, True)
    elif cc == "TL":
        bban = rng.choice(["008", "004", "001"]) + rdigits(rng, 14, True) + rdigits(rng, 2)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def cbu_ok(v):
    """BCRA Clave Bancaria Uniforme: 22 digits; block 1 (bank 3 + branch 4 + check) weights 7,1,3,9,7,1,3; block 2
    (account 13 + check) weights 3,9,7,1,3,9,7,1,3,9,7,1,3; check = (10 - sum mod 10) mod 10."""
    if not re.fullmatch(r"\d{22}", v):
        return False
    w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(a) * b for a, b in zip(v[:7], w1)) % 10) % 10
    c2 = (10 - sum(int(a) * b for a, b in zip(v[8:21], w2)) % 10) % 10
    return int(v[7]) == c1 and int(v[21]) == c2


def gen_cbu(rng):
    w1, w2 = [7, 1, 3, 9, 7, 1, 3], [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    b1 = rng.choice(["011", "007", "017", "072", "285", "191"]) + rdigits(rng, 4)
    b1 += str((10 - sum(int(a) * b for a, b in zip(b1, w1)) % 10) % 10)
    b2 = "0" * 4 + rdigits(rng, 9, True)
    b2 += str((10 - sum(int(a) * b for a, b in zip(b2, w2)) % 10) % 10)
    return b1 + b2


def aba_ok(r):
    """ABA routing number (Accredited Standards Committee X9 / Federal Reserve): 9 digits, first two 01-12, 21-32,
    61-72 or 80, and 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10."""
    if not re.fullmatch(r"\d{9}", r) or not (1 <= int(r[:2]) <= 12 or 21 <= int(r[:2]) <= 32):
        return False
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def gen_aba_pair(rng):
    """An ABA routing number and a NACHA 'DFI Account Number' (up to 17 characters; here 10-12 digits)."""
    while True:
        body = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + rdigits(rng, 6)
        d = [int(c) for c in body]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
        r = body + str((10 - s % 10) % 10)
        acct = rdigits(rng, rng.randint(10, 12), True)
        if aba_ok(r) and not boring(acct):
            return f"{r}/{acct}"


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16), Mastercard 51-55 (16), Maestro 6759 / 5018 / 5020 (16), Amex 34/37 (15);
    last digit by the Luhn algorithm; never the well-known test numbers."""
    while True:
        if brand == "visa":
            v = card(rng, "4" + rdigits(rng, 5), 16)
        elif brand == "mc5":
            v = card(rng, str(rng.randint(51, 55)), 16)
        elif brand == "maestro":
            v = card(rng, rng.choice(["6759", "5018", "5020"]), 16)
        elif brand == "amex":
            v = card(rng, rng.choice(["34", "37"]), 15)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("4111111111111111", "4242424242424242", "5555555555554444"):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt == "acct.card_grouped":
        if len(plain) == 15:
            return f"{plain[:4]} {plain[4:10]} {plain[10:]}"
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    if fmt == "acct.card_dashed":
        return "-".join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


# ---------------------------------------------------------------- driver's licences (always cued)
DL_RX = {"FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}",
         "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "OH": r"[A-Z]{2}\d{6}", "AZ": r"[A-Z]\d{8}", "NY": r"\d{3} \d{3} \d{3}",
         "PA": r"\d{2} \d{3} \d{3}", "HI": r"H\d{8}", "CA": r"[A-Z]\d{7}", "TX": r"[1-4]\d{7}"}


def gen_dl(rng, st):
    """State formats from the AAMVA DL/ID Card Design Standard jurisdiction list: FL 1 letter + 12 digits (printed
    A123-456-78-901-0); MI 1 letter + 12 digits (printed A 123 456 789 012); NJ 1 letter + 14 digits (printed
    A1234 56789 01234); OH 2 letters + 6 digits; AZ 1 letter + 8 digits; NY 9 digits (printed 123 456 789); PA 8
    digits (printed 12 345 678); HI 'H' + 8 digits; CA 1 letter + 7 digits; TX 8 digits."""
    while True:
        L = rng.choice(UP)
        if st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6)
        elif st == "AZ":
            v = L + rdigits(rng, 8)
        elif st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "HI":
            v = "H" + rdigits(rng, 8)
        elif st == "CA":
            v = L + rdigits(rng, 7)
        elif st == "TX":
            v = rng.choice("1234") + rdigits(rng, 7)
        else:
            raise KeyError(st)
        if not boring(v) and re.fullmatch(DL_RX[st], v):
            return v


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8) + SNR (6) + Luhn check digit over the 14 digits."""
    while True:
        body = rng.choice(["35", "86", "01", "49", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    """GSMA printed form 'AA-BBBBBB-CCCCCC-D' (TAC split 2 + 6)."""
    if fmt == "dev.imei_dashed":
        return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}"
    return plain


def gen_mac(rng, octets=6):
    """IEEE 802 EUI-48 / EUI-64: unicast (I/G 0) and universally administered (U/L 0) first octet; never the
    RFC 7042 documentation block 00-00-5E-00-53-xx."""
    while True:
        first = rng.randrange(0, 256) & 0b11111100
        if first == 0:
            continue
        o = [first] + [rng.randrange(256) for _ in range(octets - 1)]
        return ":".join(f"{x:02x}" for x in o)


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}([0-9a-f]{2})|([0-9a-f]{2}:){7}[0-9a-f]{2}", v)) and \
        int(v[:2], 16) & 3 == 0 and int(v[:2], 16) != 0


def render_mac(fmt, plain):
    if fmt == "dev.mac_plain":
        return plain.replace(":", "")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI human-readable form (FDA 21 CFR 830, GS1 AIs): (01) GTIN-14 with check digit, (17) expiry YYMMDD,
    (10) lot, (21) serial."""
    body = "0" + rng.choice(["0", "5", "7"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(26, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{1,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant serial as printed on a pacemaker / ICD label: 3 letters + 6 digits + 1 letter (cued only)."""
    return "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 6, True) + rng.choice(UP)


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["YV1", "WBA", "WAU", "TMB", "UU1", "VF1", "KMH", "JHM", "1FT", "3VW", "9BW", "8AJ"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044: Volvo YV1, BMW WBA, Audi WAU, Škoda TMB, Dacia UU1, Renault VF1, Hyundai KMH,
    Honda JHM, Ford trucks 1FT, VW Mexico 3VW, VW Brazil 9BW, Toyota Argentina 8AJ) + VDS + check digit + model
    year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATE_RX = {"AR": r"[A-Z]{2} \d{3} [A-Z]{2}", "ARold": r"[A-Z]{3} \d{3}", "CH": r"(ZH|BE|LU|VD|GE|TI|SG|AG) [1-9]\d{3,5}",
            "TX": r"[A-Z]{3}-\d{4}"}


def gen_plate(rng, cc):
    """Registration plates: Argentina Mercosur (2016: 'AB 123 CD'); Argentina 1995 series ('ABC 123'); Switzerland
    (canton code + 1-6 digits, 'ZH 482913'); Texas (2009 general issue 'ABC-1234')."""
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    while True:
        if cc == "AR":
            v = f"A{L(1)} {rdigits(rng, 3)} {L(2)}"
        elif cc == "ARold":
            v = f"{L(3)} {rdigits(rng, 3)}"
        elif cc == "CH":
            v = f"{rng.choice(['ZH', 'BE', 'LU', 'VD', 'GE', 'TI', 'SG', 'AG'])} {rdigits(rng, rng.randint(4, 6), True)}"
        elif cc == "TX":
            v = f"{L(3)}-{rdigits(rng, 4)}"
        else:
            raise KeyError(cc)
        if not boring(v):
            return v


# ---------------------------------------------------------------- IP addresses
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(v):
    a = ipaddress.ip_address(v)
    return a.is_global and not a.is_multicast and not any(a in n for n in DOC_NETS if n.version == a.version)


def gen_ipv4(rng):
    """IANA IPv4 Special-Purpose Address Registry: is_global, not RFC 5737 documentation, not multicast."""
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip_ok(str(a)) and a.packed[0] not in (0, 10, 127) and a.packed[0] < 224:
            return str(a)


def gen_ipv6(rng):
    """Global unicast 2000::/3 (RFC 4291), outside 2001:db8::/32 (RFC 3849)."""
    while True:
        first = rng.choice([0x2a00, 0x2a0a, 0x2800, 0x2803, 0x2405, 0x2604, 0x2001])
        groups = [first] + [rng.randrange(0x10000) for _ in range(7)]
        groups[4] = 0
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip_ok(str(a)):
            return str(a)


def render_ip(fmt, plain, port=None):
    """ip.v4 / ip.v6 (RFC 5952 compressed); ip.v6_full (all eight groups, zero-padded); ip.v6_port ('[addr]:port',
    RFC 3986 host form); ip.v4_dash (EC2-style 'ip-a-b-c-d' host label); ip.v4_snake (key-safe)."""
    if fmt == "ip.v6_full":
        return ipaddress.IPv6Address(plain).exploded
    if fmt == "ip.v6_port":
        return f"[{plain}]:{port}"
    if fmt == "ip.v4_dash":
        return "ip-" + plain.replace(".", "-")
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["AR", "CH", "TL", "VU", "PH", "IN", "NZ", "ZA", "NA", "US"]
US_AREAS = [602, 505, 801, 502, 614, 404, 808, 504, 205, 803, 412, 702]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid numbers in
    the area codes of the address states, never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    ens = str(ex.national_number)
    while True:
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            keep = rng.randint(2, 3)
            nat = ens[:keep] + rdigits(rng, len(ens) - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]):
            return e


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    return {"phone.e164": e164, "phone.intl": phonenumbers.format_number(n, PNF.INTERNATIONAL),
            "phone.national": phonenumbers.format_number(n, PNF.NATIONAL),
            "phone.tel": phonenumbers.format_number(n, PNF.RFC3966), "phone.digits": e164[1:],
            "phone.00": "00" + e164[1:]}[fmt]


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["bluewin.ch", "gmx.ch", "sunrise.ch", "fibertel.com.ar", "yahoo.com.ar", "hotmail.com.ar",
                 "zoho.com", "mail.com", "aol.com", "me.com", "gmail.com", "outlook.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://www.caringbridge.org/visit/{slug}", "https://www.gofundme.com/f/{slug}",
                 "https://bsky.app/profile/{slug}.bsky.social", "https://www.instagram.com/{slug}/",
                 "https://www.facebook.com/{slug}", "https://www.strava.com/athletes/{num}",
                 "https://www.youtube.com/@{slug}", "https://portal.clinique-lac-leman.ch/patient/{num}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PHOENIX", "AZ", "850"), ("ALBUQUERQUE", "NM", "871"), ("SALT LAKE CITY", "UT", "841"),
          ("LOUISVILLE", "KY", "402"), ("COLUMBUS", "OH", "432"), ("ATLANTA", "GA", "303"), ("HONOLULU", "HI", "968"),
          ("NEW ORLEANS", "LA", "701"), ("BIRMINGHAM", "AL", "352"), ("COLUMBIA", "SC", "292"),
          ("PITTSBURGH", "PA", "152"), ("LAS VEGAS", "NV", "891")]
STREETS = ["SAGUARO", "PINON", "WASATCH", "BARDSTOWN", "OLENTANGY", "PEACHTREE", "KALAKAUA", "TCHOUPITOULAS",
           "HIGHLAND", "GERVAIS", "BUTLER", "SAHARA", "MESQUITE", "CHEROKEE"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CIR", "PKWY", "TRL", "HWY"]  # USPS Publication 28, appendix C1


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional secondary
    unit (APT / STE / '#'), city, state, ZIP or ZIP+4; upper case."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(101, 98999))
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" APT {rng.randint(2, 40)}", f" STE {rng.randint(100, 950)}",
                       f" # {rng.randint(2, 30)}{rng.choice('ABC')}"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{3,5}) (?:[NSEW]{1,2} )?[A-Z]+ (?:AVE|ST|BLVD|DR|LN|RD|CIR|PKWY|TRL|HWY)"
                     r"(?: (?:APT|STE|#) \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.mixed":
        states = {c[1] for c in CITIES}
        return " ".join(w if w in states or w in ("N", "S", "E", "W", "SW", "APT", "STE", "#") else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); URIs with an inline password
    (JDBC PostgreSQL, SFTP, SMTPS); an HTTP Basic credential (RFC 7617); passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    table = {
        "anthropic-api-key": lambda: "sk-ant-api03-" + R(al + "_-", 93) + "AA",
        "openai-api-key": lambda: "sk-proj-" + R(al + "_-", 74) + "T3BlbkFJ" + R(al + "_-", 74),
        "slack-bot-token": lambda: f"xoxb-{R(DIG, 12)}-{R(DIG, 13)}-{R(al, 24)}",
        "gcp-api-key": lambda: "AIza" + R(al + "_-", 35),
        "digitalocean-pat": lambda: "dop_v1_" + R(hx, 64),
        "pulumi-api-token": lambda: "pul-" + R(hx, 40),
        "heroku-api-key-v2": lambda: "HRKU-AA" + R(al + "_-", 58),
        "vault-service-token": lambda: "hvs." + R(al + "_-", 95),
        "planetscale-password": lambda: "pscale_pw_" + R(al + "_", 43),
        "rubygems-api-token": lambda: "rubygems_" + R(hx, 48),
        "dynatrace-api-token": lambda: f"dt0c01.{R(UP + DIG, 24)}.{R(UP + DIG, 64)}",
        "shippo-api-token": lambda: "shippo_live_" + R(hx, 40),
        "prefect-api-token": lambda: "pnu_" + R(al, 36),
        "scalingo-api-token": lambda: "tk-us-" + R(al + "_-", 48),
        "age-secret-key": lambda: "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
        "adobe-client-secret": lambda: "p8e-" + R(al, 32),
        "square-access-token": lambda: "sq0atp-" + R(al + "_-", 22),
        "infracost-api-token": lambda: "ico-" + R(al, 32),
        "openshift-user-token": lambda: "sha256~" + R(al + "_-", 43),
        "artifactory-api-key": lambda: "AKCp" + R(al, 69),
        "flyio-access-token": lambda: "fo1_" + R(al + "_-", 43),
        "uri.jdbc_pg": lambda: f"jdbc:postgresql://pg-{R(lo, 5)}.prod.internal:5432/settlement?user=svc_{R(string.ascii_lowercase, 5)}&password={R(al, 18)}",
        "uri.sftp": lambda: f"sftp://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@sftp.{R(lo, 6)}.net:22/outbound",
        "uri.smtps": lambda: f"smtps://notify-{R(lo, 4)}:{R(al, 20)}@smtp.{R(lo, 5)}.io:465",
        "basic_auth": lambda: "Basic " + base64.b64encode(
            f"{R(string.ascii_lowercase, 7)}:{R(al, 14)}".encode()).decode(),
        "password": lambda: R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 5)
        + rng.choice("?$+=")}
    return table[rule]()


def go_regex_to_py(rx):
    """gitleaks uses Go RE2: a mid-pattern '(?i)' becomes a whole-pattern flag, '\\z' becomes '\\Z'."""
    flags = 0
    if "(?i)" in rx:
        flags = re.I
        rx = rx.replace("(?i)", "")
    rx = rx.replace("(?i:", "(?:").replace(r"\z", r"\Z")
    return re.compile(rx, flags)


def secret_ok(rule_id, value, rules):
    if rule_id.startswith("uri."):
        return bool(re.fullmatch(r"(jdbc:postgresql://[\w.-]+:\d+/\w+\?user=\w+&password=[A-Za-z0-9]{14,}|"
                                 r"(sftp|smtps)://[\w-]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+(/\w+)?)", value))
    if rule_id == "basic_auth":
        m = re.fullmatch(r"Basic ([A-Za-z0-9+/=]+)", value)
        return bool(m) and re.fullmatch(r"[a-z]+:[A-Za-z0-9]{14}", base64.b64decode(m[1]).decode()) is not None
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return go_regex_to_py(rules[rule_id]["regex"]).search(value + " ") is not None


# ---------------------------------------------------------------- identifiers
CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяғөүһҙҫәӑӗҫӳ",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "gh", "o", "u", "h", "dh", "s",
                "a", "a", "e", "s", "u"]))


def ascii_fold(s):
    """Latin diacritics stripped (NFKD); Cyrillic by a simple BGN/PCGN-like table (Chuvash / Bashkir extras)."""
    out = []
    for c in s:
        lc = c.lower()
        if lc in CYR:
            r = CYR[lc]
            out.append(r.capitalize() if c != lc else r)
        else:
            out.append(c)
    s = "".join(out)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style, ascii_only=True):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, digits (keep [0-9A-Za-z] runs),
    native (join native-script words by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    t = ascii_fold(text) if ascii_only else text
    words = [w for w in re.split(r"[^0-9A-Za-z]+", t) if w]
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
