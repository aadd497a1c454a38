"""Value generators for the fortieth set, each from a published format rule, with validators.

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
LMO_MONTHS = ["genar", "febrar", "marz", "april", "magg", "giugn", "luj", "agost", "settember", "ottober",
              "november", "dicember"]                                   # Lombard / Milanese (builder's spelling)
PCD_MONTHS = ["janvié", "févrié", "mars", "avri", "mai", "juin", "juillet", "aoüt", "siptimbe", "octobe",
              "novimbe", "déchimbe"]                                    # Picard (builder's spelling)
BCL_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
              "Nobyembre", "Disyembre"]                                 # Central Bikol (builder's spelling)


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


DATE_FORMATS = ["date.iso", "date.basic", "date.us_slash", "date.dmy_dash", "date.dmy_dot", "date.en_long_us",
                "date.abbr_uk", "date.iso_local_midnight", "date.lombard", "date.picard", "date.bikol",
                "date.key_ymd"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended calendar date (1984-03-12) and basic format (19840312); US mm/dd/yyyy;
    dd-mm-yyyy (Peruvian / Irish usage with hyphens); dd.mm.yyyy padded (Swiss / Bosnian usage); US long form
    (March 12, 1984); British abbreviated form (12 Mar 1984); ISO 8601 local date-time at midnight without offset
    (1984-03-12T00:00:00, as FHIR-less exports write a birth instant); Lombard '12 de marz del 1984', Picard
    '12 d'mars 1984' and Bikol 'Marso 12, 1984' long dates; key-safe yyyy_mm_dd."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.basic":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.us_slash":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if fmt == "date.dmy_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if fmt == "date.en_long_us":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.abbr_uk":
        return f"{dd} {EN_MONTHS[m - 1][:3]} {y}"
    if fmt == "date.iso_local_midnight":
        return f"{iso}T00:00:00"
    if fmt == "date.lombard":
        return f"{dd} de {LMO_MONTHS[m - 1]} del {y}"
    if fmt == "date.picard":
        return f"{dd} d'{PCD_MONTHS[m - 1]} {y}"
    if fmt == "date.bikol":
        return f"{BCL_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.luhn8", "mrn.year_seq", "mrn.site2_7", "mrn.dotted9", "mrn.h8"]
MRN_SITES = ["TU", "DU", "JN", "MS", "BM"]


def gen_mrn(rng, style):
    """Hospital-number house styles: 7 digits + a Luhn check digit; 4-digit registration year + '-' + 6-digit
    sequence; 2-letter site code + 7 digits; 9 digits printed in three dot-separated groups; 'H' + 8 digits."""
    while True:
        if style == "mrn.luhn8":
            b = rdigits(rng, 7, True)
            v = b + luhn_check_digit(b)
        elif style == "mrn.year_seq":
            v = f"{rng.randint(1985, 2024)}-" + rdigits(rng, 6, True)
        elif style == "mrn.site2_7":
            v = rng.choice(MRN_SITES) + rdigits(rng, 7, True)
        elif style == "mrn.dotted9":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        elif style == "mrn.h8":
            v = "H" + rdigits(rng, 8, True)
        else:
            raise KeyError(style)
        if not boring(v[5:] if style == "mrn.year_seq" else v):
            return v


MRN_RX = {"mrn.luhn8": r"[1-9]\d{7}", "mrn.year_seq": r"(?:19[89]\d|20[0-2]\d)-[1-9]\d{5}",
          "mrn.site2_7": r"(?:" + "|".join(MRN_SITES) + r")[1-9]\d{6}", "mrn.dotted9": r"[1-9]\d{2}\.\d{3}\.\d{3}",
          "mrn.h8": r"H[1-9]\d{7}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v[5:] if style == "mrn.year_seq" else v):
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


HP_STYLES = ["hp.mbi", "hp.mbi_dashed", "hp.ny_cin", "hp.aetna_w", "hp.tx_medicaid"]


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4 with hyphens as on the Medicare card's 'dashes are not used' note shows it
    split); New York Medicaid Client Identification Number (2 letters + 5 digits + 1 letter, 'AB12345C'); Aetna
    member id ('W' + 9 digits); Texas Medicaid client number (9 digits, cued only)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.ny_cin":
            v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rdigits(rng, 5) + \
                rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        elif style == "hp.aetna_w":
            v = "W" + rdigits(rng, 9, True)
        elif style == "hp.tx_medicaid":
            v = rdigits(rng, 9, True)
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
    if style == "hp.aetna_w":
        return bool(re.fullmatch(r"W[1-9]\d{8}", v))
    return bool(re.fullmatch(r"[1-9]\d{8}", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"BE": 16, "IE": 22, "CH": 21}


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def be_check(d10):
    """Belgian account number check: the first 10 digits mod 97, 0 written as 97 (two digits)."""
    r = int(d10) % 97
    return f"{r or 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    b = v[4:]
    if v[:2] == "BE":
        return b.isdigit() and be_check(b[:10]) == b[10:]
    if v[:2] == "IE":
        return b[:4] in IE_BANKS and b[4:].isdigit()
    return b[:5] in CH_CLEARING and b[5:].isdigit()


IE_BANKS = ["AIBK", "BOFI", "IPBS"]
CH_CLEARING = ["00762", "00230", "00700", "08390"]


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: BE 3n7n2n (bank codes 001, 068, 363; national check = first 10 digits
    mod 97); IE 4a6n8n (BIC bank codes AIBK, BOFI, IPBS + 6-digit sort code + 8-digit account); CH 5n12c (bank
    clearing numbers 00762, 00230, 00700, 08390 + 12-digit account)."""
    if cc == "BE":
        body = rng.choice(["001", "068", "363"]) + rdigits(rng, 7, True)
        bban = body + be_check(body)
    elif cc == "IE":
        bban = rng.choice(IE_BANKS) + rng.choice(["90", "93", "98"]) + rdigits(rng, 4) + rdigits(rng, 8, True)
    elif cc == "CH":
        bban = rng.choice(CH_CLEARING) + "0" + rdigits(rng, 11, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard5", "discover", "jcb", "mir"]


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16), Mastercard 51-55 (16), Discover 6011 / 644-649 / 65 (16), JCB 3528-3589 (16),
    Mir 2200-2204 (16); last digit by the Luhn algorithm; the published test numbers are excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4" + rng.choice("0123456789"), 16)
        elif brand == "mastercard5":
            v = card(rng, str(rng.randint(51, 55)), 16)
        elif brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "mir":
            v = card(rng, str(rng.randint(2200, 2204)), 16)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("4111111111111111", "4242424242424242", "5555555555554444",
                                       "6011111111111117", "3530111333300000"):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        return sep.join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


def gen_us_bank(rng):
    """US deposit account number as printed on a cheque's MICR line: 9-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([9, 10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital account (visit / encounter billing account): 'V' + 10 digits (cued only)."""
    while True:
        v = "V" + rdigits(rng, 10, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["NY", "FL", "CA", "TX", "NJ", "MI", "PA", "OH"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: NY 9 digits (printed 123 456 789); FL 1
    letter + 12 digits (printed A123-456-78-901-0); CA 1 letter + 7 digits; TX 8 digits; NJ 1 letter + 14 digits
    (printed A1234 56789 01234); MI 1 letter + 12 digits (printed A 123 456 789 012); PA 8 digits (printed
    12 345 678); OH 2 letters + 6 digits."""
    while True:
        L = rng.choice(UP)
        if st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "CA":
            v = L + rdigits(rng, 7)
        elif st == "TX":
            v = rdigits(rng, 8, True)
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"NY": r"[1-9]\d{2} \d{3} \d{3}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "CA": r"[A-Z]\d{7}",
         "TX": r"[1-9]\d{7}", "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}",
         "PA": r"[1-9]\d \d{3} \d{3}", "OH": r"[A-Z]{2}\d{6}"}


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
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (51 Peru, 65 Singapore, 32 Belgium, 353 Ireland, 41
    Switzerland) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["51", "65", "32", "353", "41"])
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
    """Insulin-pump / neurostimulator serial as printed on the patient's device card: 2 letters + 7 digits + one of
    'H', 'K', 'N' (cued only)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(2)) + rdigits(rng, 7, True) + \
            rng.choice(["H", "K", "N"])
        if not boring(v):
            return v


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FA", "1G1", "5NP", "WBA", "YV1", "TMB", "VF1", "JT2", "JF1", "JM1", "KMH", "VSS"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Ford USA 1FA, Chevrolet USA 1G1, Hyundai USA 5NP, BMW
    WBA, Volvo YV1, Skoda TMB, Renault VF1, Toyota Japan JT2, Subaru JF1, Mazda JM1, Hyundai Korea KMH, SEAT VSS) +
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


PLATES = ["PE", "SG", "BE", "IE", "CH"]
SG_CHECK = "AZYXUTSRPMLKJHGEDCB"


def sg_plate_check(prefix, digits):
    """Singapore LTA plate checksum: the last two prefix letters (A=1 ... Z=26) and the four digits (zero-padded
    left) weighted 9, 4, 5, 4, 3, 2; sum mod 19 indexes 'AZYXUTSRPMLKJHGEDCB'."""
    p = prefix[-2:].rjust(2, "@")
    vals = [(ord(c) - 64 if c != "@" else 0) for c in p] + [int(c) for c in digits.rjust(4, "0")]
    return SG_CHECK[sum(a * b for a, b in zip(vals, [9, 4, 5, 4, 3, 2])) % 19]


def gen_plate(rng, cc):
    """Registration plates: Peru (3 alphanumerics + '-' + 3 digits, 'A1B-234'); Singapore ('S' + 2 letters + 1-4
    digits + the LTA checksum letter, 'SBA 1234 X'); Belgium (2010 scheme '1-ABC-234'); Ireland (2013 scheme year +
    period, county letters, sequence: '191-D-12345'); Switzerland (canton + up to 6 digits, 'ZH 123456')."""
    L = lambda n, pool="ABCDEFGHJKLMNPRSTUVWXYZ": "".join(rng.choice(pool) for _ in range(n))
    if cc == "PE":
        return f"{L(1)}{rng.choice(DIG)}{L(1)}-{rdigits(rng, 3, True)}"
    if cc == "SG":
        pre = "S" + L(2, "BCDEFGHJKLMNPRSTUVXYZ")
        dg = str(rng.randint(1, 9999))
        return f"{pre} {dg} {sg_plate_check(pre, dg)}"
    if cc == "BE":
        return f"{rng.randint(1, 2)}-{L(3)}-{rdigits(rng, 3, True)}"
    if cc == "IE":
        return f"{rng.randint(13, 24)}{rng.choice([1, 2])}-{rng.choice(['D', 'C', 'G', 'KY', 'L', 'W'])}-" \
               f"{rng.randint(1, 99999)}"
    if cc == "CH":
        return f"{rng.choice(['ZH', 'BE', 'VD', 'GE', 'TI', 'LU'])} {rng.randint(10000, 999999)}"
    raise KeyError(cc)


PLATE_RX = {"PE": r"[A-Z]\d[A-Z]-[1-9]\d{2}", "SG": r"S[A-Z]{2} [1-9]\d{0,3} [A-Z]",
            "BE": r"[12]-[A-Z]{3}-[1-9]\d{2}", "IE": r"(?:1[3-9]|2[0-4])[12]-(?:D|C|G|KY|L|W)-[1-9]\d{0,4}",
            "CH": r"(?:ZH|BE|VD|GE|TI|LU) [1-9]\d{4,5}"}


def plate_ok(cc, v):
    if not re.fullmatch(PLATE_RX[cc], v):
        return False
    if cc == "SG":
        pre, dg, ck = v.split(" ")
        return sg_plate_check(pre, dg) == ck
    return True


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [105, 154, 196], "APNIC": [36, 58, 101, 116], "ARIN": [50, 63, 67, 108],
    "LACNIC": [181, 187, 189, 200], "RIPE NCC": [31, 46, 77, 78]}
RIR_V6 = {"AFRINIC": 0x2c0f, "APNIC": 0x2403, "ARIN": 0x2607, "LACNIC": 0x2800, "RIPE NCC": 0x2a01}


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
PHONE_REGIONS = ["PE", "SG", "BE", "IE", "CH", "IN", "TW", "PH", "VN", "CM", "TZ", "CA", "US"]
US_AREAS = [520, 480, 918, 580, 541, 509, 406, 701, 605, 316]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid, never
    555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    for _ in range(2000):
        if region in ("US", "CA"):
            nat = str(rng.choice(US_AREAS if region == "US" else [867, 250, 306, 709])) + rng.choice("23456789") + rdigits(rng, 6)
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
EMAIL_DOMAINS = ["terra.com.pe", "singnet.com.sg", "skynet.be", "eircom.net", "bluewin.ch", "ymail.com",
                 "rocketmail.com", "aol.com", "outlook.com", "icloud.com", "gmx.com", "proton.me", "zoho.com",
                 "mail.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://ko-fi.com/{slug}", "https://www.patreon.com/{slug}", "https://about.me/{slug}",
                 "https://{slug}.carrd.co/", "https://codeberg.org/{slug}", "https://gitlab.com/{slug}",
                 "https://www.behance.net/{slug}", "https://vimeo.com/{slug}", "https://soundcloud.com/{slug}",
                 "https://givealittle.co.nz/cause/{slug}", "https://www.justgiving.com/page/{slug}",
                 "https://www.ketto.org/fundraiser/{slug}",
                 "https://mychart.desertsagehealth.org/patients/{num}/summary"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]*", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("TUCSON", "AZ", "857"), ("DURANT", "OK", "747"), ("OKMULGEE", "OK", "744"), ("JUNEAU", "AK", "998"),
          ("KETCHIKAN", "AK", "999"), ("BELLINGHAM", "WA", "982"), ("MISSOULA", "MT", "598"),
          ("BISMARCK", "ND", "585"), ("RAPID CITY", "SD", "577"), ("CHEYENNE", "WY", "820")]
STREETS = ["SABINO CANYON", "EVERGREEN", "CHOCTAW", "GRAND", "EGAN", "TONGASS", "CHUCKANUT", "HIGGINS", "REGENT",
           "BAKER", "SAINT JOSEPH", "CAPITOL", "MOUNTAIN VIEW", "GLACIER"]
SUFFIXES = ["AVE", "BLVD", "CT", "DR", "LN", "PL", "RD", "ST", "TER", "WAY", "SQ", "RUN"]   # Pub 28 app. C1
UNITS = ["RM", "FL", "LOT", "TRLR", "SPC", "DEPT"]                                         # Pub 28 app. C2
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
SECRET_RULES = ["gitlab-pat", "npm-access-token", "huggingface-access-token", "shopify-access-token",
                "linear-api-key", "postman-api-token", "doppler-api-token", "planetscale-password",
                "grafana-service-account-token", "databricks-api-token", "hashicorp-tf-api-token", "prefect-api-token",
                "readme-api-token", "sendgrid-api-token", "shippo-api-token", "heroku-api-key-v2"]
SECRET_EXTRA = ["uri.mysql", "uri.redis", "uri.amqp", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); MySQL, Redis (TLS) and AMQP
    URIs with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "_-", 19) + R(al, 1)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "postman-api-token":
        return f"PMAK-{R(hx, 24)}-{R(hx, 34)}"
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 42) + R(al, 1)
    if rule == "grafana-service-account-token":
        return f"glsa_{R(al, 32)}_{R(hx, 8)}"
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "hashicorp-tf-api-token":
        return f"{R(lo, 14)}.atlasv1.{R(al + '_-', 66)}{R(al, 1)}"
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "sendgrid-api-token":
        return f"SG.{R(al + '_-', 22)}.{R(al + '_-', 42)}{R(al, 1)}"
    if rule == "shippo-api-token":
        return f"shippo_{rng.choice(['live', 'test'])}_{R(hx, 40)}"
    if rule == "heroku-api-key-v2":
        return "HRKU-AA" + R(al + "_-", 57) + R(al, 1)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(string.ascii_lowercase, 7)}." \
               f"mysql.database.azure.com:3306/sormas?ssl-mode=REQUIRED"
    if rule == "uri.redis":
        return f"rediss://default:{R(al, 24)}@{R(string.ascii_lowercase, 8)}.cache.amazonaws.com:6380/0"
    if rule == "uri.amqp":
        return f"amqps://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@{R(string.ascii_lowercase, 7)}.rmq.cloudamqp.com/" \
               f"{R(string.ascii_lowercase, 8)}"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
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
    if rule_id == "uri.redis":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d+", value))
    if rule_id == "uri.amqp":
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
