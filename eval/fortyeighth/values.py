"""Value generators for the forty-eighth set, each from a published format rule, with validators.

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
    """'-' (SSA's printed form); U+00A0 no-break spaces (as word processors and PDF exports join the groups); bare 9
    digits; '_' in identifiers."""
    return {"ssn.dash": plain, "ssn.nbsp": plain.replace("-", "\u00a0"), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SCO_MONTHS = ["Januar", "Februar", "Mairch", "Aprile", "Mey", "Juin", "Julie", "August", "September", "October",
              "November", "December"]                                  # Scots (Doric) month names (builder's spelling)
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def gen_dob(rng):
    """A calendar date between 1931-01-01 and 2011-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1931, 1, 1) + datetime.timedelta(days=rng.randint(0, 29583))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.mdy_yy", "date.dmy_dot_yy", "date.dmy_dash_yy", "date.yymmdd", "date.uk_weekday",
                "date.us_upper", "date.ymd_long", "date.en_lower", "date.iso_seconds", "date.doric", "date.geordie",
                "date.month_the", "date.key_y_m_d"]


def render_date(fmt, iso):
    """Renderings: US mm/dd/yy (03/12/84); dd.mm.yy (12.03.84); dd-mm-yy (12-03-84); YYMMDD (840312, as older
    flat files and the ICAO MRZ write dates); British abbreviated weekday form without commas (Mon 12 Mar 1984); US long
    form in upper case (MARCH 12, 1984); year-first long form (1984 March 12); lower-case day-month (12 march 1984);
    ISO 8601 local date-time to the second without an offset (1984-03-12T00:00:00); Doric (Scots) '12 Mairch 1984';
    Geordie '12th o' March 1984'; 'March the 12th, 1984'; key-safe unpadded yyyy_m_d (1984_3_12)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    yy = f"{y % 100:02d}"
    if fmt == "date.mdy_yy":
        return f"{m:02d}/{dd:02d}/{yy}"
    if fmt == "date.dmy_dot_yy":
        return f"{dd:02d}.{m:02d}.{yy}"
    if fmt == "date.dmy_dash_yy":
        return f"{dd:02d}-{m:02d}-{yy}"
    if fmt == "date.yymmdd":
        return f"{yy}{m:02d}{dd:02d}"
    if fmt == "date.uk_weekday":
        return f"{WEEKDAYS[d.weekday()]} {dd} {EN_MONTHS[m - 1][:3]} {y}"
    if fmt == "date.us_upper":
        return f"{EN_MONTHS[m - 1].upper()} {dd}, {y}"
    if fmt == "date.ymd_long":
        return f"{y} {EN_MONTHS[m - 1]} {dd}"
    if fmt == "date.en_lower":
        return f"{dd} {EN_MONTHS[m - 1].lower()} {y}"
    if fmt == "date.iso_seconds":
        return f"{iso}T00:00:00"
    if fmt == "date.doric":
        return f"{dd} {SCO_MONTHS[m - 1]} {y}"
    if fmt == "date.geordie":
        return f"{ordinal(dd)} o' {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.month_the":
        return f"{EN_MONTHS[m - 1]} the {ordinal(dd)}, {y}"
    if fmt == "date.key_y_m_d":
        return f"{y}_{m}_{dd}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.ur7", "mrn.mod97_8", "mrn.dot44", "mrn.slash35", "mrn.pt_hash7"]


def mod97_check(body):
    """ISO/IEC 7064 MOD 97-10 applied to a digit string: two check digits 98 - (body * 100 mod 97)."""
    return f"{98 - (int(body) * 100) % 97:02d}"


def gen_mrn(rng, style):
    """Hospital-number house styles: 'UR' + 7 digits (a unit-record number); 8 digits + '-' + two ISO/IEC 7064
    MOD 97-10 check digits; 'dddd.dddd'; 'ddd/ddddd'; 'PT#' + 7 digits."""
    while True:
        if style == "mrn.ur7":
            v = "UR" + rdigits(rng, 7, True)
        elif style == "mrn.mod97_8":
            b = rdigits(rng, 8, True)
            v = f"{b}-{mod97_check(b)}"
        elif style == "mrn.dot44":
            d = rdigits(rng, 8, True)
            v = f"{d[:4]}.{d[4:]}"
        elif style == "mrn.slash35":
            d = rdigits(rng, 8, True)
            v = f"{d[:3]}/{d[3:]}"
        elif style == "mrn.pt_hash7":
            v = "PT#" + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.ur7": r"UR[1-9]\d{6}", "mrn.mod97_8": r"[1-9]\d{7}-\d\d", "mrn.dot44": r"[1-9]\d{3}\.\d{4}",
          "mrn.slash35": r"[1-9]\d{2}/\d{5}", "mrn.pt_hash7": r"PT#[1-9]\d{6}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.mod97_8":
        return mod97_check(v[:8]) == v[9:]
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


HP_STYLES = ["hp.mbi_dotted", "hp.nc_medicaid", "hp.oscar", "hp.mi_medicaid"]


def gen_hpid(rng, style):
    """CMS MBI printed 4-3-4 with dots; a North Carolina Medicaid id (9 digits + a letter); an Oscar Health member id
    ('OSC' + 8 digits, the builder's reading of the card); a Michigan Medicaid id (10 digits, cued only)."""
    while True:
        if style == "hp.mbi_dotted":
            v = gen_mbi(rng)
        elif style == "hp.nc_medicaid":
            v = rdigits(rng, 9, True) + rng.choice("KLMNPQRST")
        elif style == "hp.oscar":
            v = "OSC" + rdigits(rng, 8, True)
        elif style == "hp.mi_medicaid":
            v = rdigits(rng, 10, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dotted":
        return f"{plain[:4]}.{plain[4:7]}.{plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi_dotted":
        return mbi_ok(v)
    if style == "hp.nc_medicaid":
        return bool(re.fullmatch(r"[1-9]\d{8}[K-T]", v))
    if style == "hp.oscar":
        return bool(re.fullmatch(r"OSC[1-9]\d{7}", v))
    return bool(re.fullmatch(r"[1-9]\d{9}", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"AT": 20, "HR": 21, "EE": 20}
AT_BANKS = ["12000", "20111", "32000", "14000"]      # 5-digit Bankleitzahl (Austria)
HR_BANKS = ["2340009", "2360000", "2484008", "2402006"]  # 7-digit bank codes (Croatia)
EE_BANKS = ["22", "10", "17", "33"]                  # 2-digit bank codes (Estonia)


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1) or not v[4:].isdigit():
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    b = v[4:]
    return (v[:2] == "AT" and b[:5] in AT_BANKS) or (v[:2] == "HR" and b[:7] in HR_BANKS) or \
        (v[:2] == "EE" and b[:2] in EE_BANKS)


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: AT 5n11n (bank code + 11-digit account); HR 7n10n (bank code + 10-digit
    account); EE 2n2n11n1n (bank code + branch + account + national check digit, drawn as digits).  Check digits by
    ISO 7064 MOD 97-10."""
    if cc == "AT":
        bban = rng.choice(AT_BANKS) + rdigits(rng, 11, True)
    elif cc == "HR":
        bban = rng.choice(HR_BANKS) + rdigits(rng, 10, True)
    elif cc == "EE":
        bban = rng.choice(EE_BANKS) + rdigits(rng, 14, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


CARD_BRANDS = ["visa_electron", "lankapay", "borica", "carte_blanche"]
CARD_GROUPS = {16: [4, 4, 4, 4], 14: [4, 6, 4]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa Electron (4026, 417500, 4508, 4844, 4913, 4917; 16), LankaPay (357111; 16), BORICA
    (2205; 16), Diners Club Carte Blanche (300-305; 14, printed 4-6-4); last digit by the Luhn algorithm."""
    while True:
        if brand == "visa_electron":
            v = card(rng, rng.choice(["4026", "417500", "4508", "4844", "4913", "4917"]), 16)
        elif brand == "lankapay":
            v = card(rng, "357111", 16)
        elif brand == "borica":
            v = card(rng, "2205", 16)
        elif brand == "carte_blanche":
            v = card(rng, str(rng.randint(300, 305)), 14)
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


def gen_cu_share(rng):
    """Credit-union member account with a share suffix: 7 digits + '-S' + 2 digits (cued only)."""
    while True:
        v = rdigits(rng, 7, True) + "-S" + f"{rng.randint(1, 20):02d}"
        if not boring(v):
            return v


def gen_acct_hash(rng):
    """Hospital patient account written 'ACCT#' + 8 digits (cued only)."""
    while True:
        v = "ACCT#" + rdigits(rng, 8, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["AL", "AK", "DE", "GA", "MO", "SD", "TN", "SC"]
DL_RX = {"AL": r"[1-9]\d{7}", "AK": r"[1-9]\d{6}", "DE": r"[1-9]\d{6}", "GA": r"0[1-9]\d{7}",
         "MO": r"[A-Z][1-9]\d{8}", "SD": r"[1-9]\d{7}", "TN": r"[1-9]\d{8}", "SC": r"[1-9]\d{9}"}


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them (builder's reading): AL 8 digits; AK 7
    digits; DE 7 digits; GA 9 digits (leading 0); MO 1 letter + 9 digits; SD 8 digits; TN 9 digits; SC 10 digits."""
    while True:
        if st == "GA":
            v = "0" + rdigits(rng, 8, True)
        elif st == "MO":
            v = rng.choice(UP) + rdigits(rng, 9, True)
        else:
            n = {"AL": 8, "AK": 7, "DE": 7, "SD": 8, "TN": 9, "SC": 10}[st]
            v = rdigits(rng, n, True)
        if not boring(v) and re.fullmatch(DL_RX[st], v):
            return v


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_tac_snr":            # TAC-SNR-CD: 8-6-1 with hyphens
        return f"{plain[:8]}-{plain[8:14]}-{plain[14]}"
    return plain


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (354 Iceland, 43 Austria, 385 Croatia, 63 Philippines,
    352 Luxembourg) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["354", "43", "385", "63", "352"])
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
    if fmt == "dev.mac_cisco_upper":       # three dot-separated groups of 4 hex digits, upper case
        h = plain.replace(":", "").upper()
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD, (17) expiry
    YYMMDD, (10) lot."""
    body = "0" + rng.choice(["0", "3", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(21, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(7))
    return f"(01){gtin}(11){prod}(17){exp}(10){lot}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_esn(rng):
    """3GPP2 pseudo-ESN (pESN): 32 bits written as 8 hex digits, the first octet 0x80 (cued only)."""
    return "80" + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))


def gen_serial(rng):
    """Neurostimulator / pump serial as printed on the label: 4 digits + '-' + 2 letters + '-' + 4 digits (cued
    only)."""
    while True:
        v = rdigits(rng, 4, True) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + "-" + \
            rdigits(rng, 4, True)
        if not boring(v):
            return v


SERIAL_RX = r"[1-9]\d{3}-[A-HJ-NPR-UV-Y]{2}-[1-9]\d{3}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


WMIS = ["5TD", "3C6", "2C4", "1GT", "1G4", "1G6", "5LM", "19U", "JTH", "JS1", "1FU", "1HD"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Toyota USA MPV 5TD, Ram Mexico 3C6, Dodge Canada 2C4, GMC
    truck 1GT, Buick 1G4, Cadillac 1G6, Lincoln 5LM, Acura USA 19U, Lexus JTH, Suzuki JS1, Freightliner 1FU,
    Harley-Davidson 1HD) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


PLATES = ["IE", "HR", "PH", "LU", "IS"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
IE_COUNTIES = ["D", "C", "G", "L", "KY", "WX"]
HR_CITIES = ["ZG", "ST", "RI", "OS", "ZD"]


def gen_plate(rng, cc):
    """Registration plates: Ireland (2-digit year + county code + serial, '191-D-12345' style, written '19-D-12345');
    Croatia (city code + 3-4 digits + '-' + 1-2 letters, 'ZG 1234-AB'); Philippines (3 letters + 4 digits,
    'ABC 1234'); Luxembourg (2 letters + 4 digits, 'AB 1234'); Iceland (2 letters + 3 digits, 'AB 123')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "IE":
        return f"{rng.randint(10, 24)}-{rng.choice(IE_COUNTIES)}-{rdigits(rng, rng.choice([4, 5]), True)}"
    if cc == "HR":
        return f"{rng.choice(HR_CITIES)} {rdigits(rng, rng.choice([3, 4]), True)}-{L(rng.choice([1, 2]))}"
    if cc == "PH":
        return f"{L(3)} {rdigits(rng, 4, True)}"
    if cc == "LU":
        return f"{L(2)} {rdigits(rng, 4, True)}"
    if cc == "IS":
        return f"{L(2)} {rdigits(rng, 3, True)}"
    raise KeyError(cc)


PLATE_RX = {"IE": r"(?:1\d|2[0-4])-(?:" + "|".join(IE_COUNTIES) + r")-[1-9]\d{3,4}",
            "HR": r"(?:" + "|".join(HR_CITIES) + r") [1-9]\d{2,3}-[A-Z]{1,2}", "PH": r"[A-Z]{3} [1-9]\d{3}",
            "LU": r"[A-Z]{2} [1-9]\d{3}", "IS": r"[A-Z]{2} [1-9]\d{2}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by an RIR, none drawn by the earlier sets
    "APNIC": [42, 59, 111, 112], "ARIN": [73, 74, 75, 96], "RIPE NCC": [82, 83, 86, 88]}
RIR_V6 = {"AFRINIC": 0x2c0c, "APNIC": 0x2407, "ARIN": 0x2603, "LACNIC": 0x2802, "RIPE NCC": 0x2a00}


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
    if fmt == "ip.v4_ptr":                 # RFC 1035 3.5 reverse-mapping name
        return ".".join(reversed(plain.split("."))) + ".in-addr.arpa"
    if fmt == "ip.v6_full_upper":          # RFC 4291 2.2 full form, upper case
        return ipaddress.IPv6Address(plain).exploded.upper()
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["IS", "AT", "HR", "PH", "LU", "AL", "MN", "GE", "TO", "WS", "CA", "US"]
US_AREAS = [901, 615, 731, 205, 256, 302, 404, 770, 314, 816, 423, 334]
CA_AREAS = [416, 514, 819, 519]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US / CA: valid, never
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
    if fmt == "phone.plus_zero":         # '+cc (0)national' as European letterheads print it (never for NANP)
        nat = phonenumbers.format_number(n, PNF.NATIONAL)
        if n.country_code == 1 or not nat.startswith("0"):
            return phonenumbers.format_number(n, PNF.INTERNATIONAL)
        return f"+{n.country_code} (0){nat[1:]}"
    if fmt == "phone.sms":               # RFC 5724 sms: URI
        return "sms:" + e164
    if fmt == "phone.national_compact":  # national significant form without spaces or punctuation
        return re.sub(r"[^\d]", "", phonenumbers.format_number(n, PNF.NATIONAL))
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["gmx.at", "a1.net", "chello.at", "simnet.is", "net.hr", "yahoo.com.ph", "pt.lu", "videotron.ca",
                 "shaw.ca", "bell.net", "tds.net", "netzero.net", "peoplepc.com", "mail.ee"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """plain; Exchange proxy-address form 'SMTP:addr'; percent-encoded '@' (RFC 3986, as it appears in query
    strings)."""
    return {"email.plain": plain, "email.smtp": f"SMTP:{plain}",
            "email.urlenc": plain.replace("@", "%40")}[fmt]


URL_TEMPLATES = ["https://dev.to/{slug}", "https://www.kaggle.com/{slug}", "https://www.mixcloud.com/{slug}/",
                 "https://www.ravelry.com/people/{slug}", "https://www.chess.com/member/{slug}",
                 "https://pixelfed.social/{slug}", "https://www.etsy.com/people/{slug}", "https://{slug}.hashnode.dev",
                 "https://www.crowdfunder.co.uk/p/{slug}", "https://www.spotfund.com/story/{slug}",
                 "https://give.asia/campaign/{slug}",
                 "https://mychart.riverbendtnhealth.org/patients/{num}/summary"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("DOTHAN", "AL", "363"), ("SELMA", "AL", "367"), ("GADSDEN", "AL", "359"), ("JACKSON", "TN", "383"),
          ("COOKEVILLE", "TN", "385"), ("KINGSPORT", "TN", "376"), ("JOPLIN", "MO", "648"), ("SEDALIA", "MO", "653"),
          ("ROLLA", "MO", "654"), ("DOVER", "DE", "199"), ("PADUCAH", "KY", "420"), ("HAZARD", "KY", "417")]
STREETS = ["MAGNOLIA", "CAHABA", "OVERTON", "CUMBERLAND", "HOLSTON", "ZORA", "RANGELINE", "LOCUST GROVE", "SILVER LAKE",
           "KIRKWOOD", "BROAD", "TRADEWATER", "ROCKY TOP", "SHOAL CREEK"]
SUFFIXES = ["BYP", "CSWY", "CTR", "FWY", "MTN", "RNCH", "TPKE", "VLG", "SMT", "PRT", "RIV", "LK"]   # Pub 28 app. C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_rural=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, city, state, ZIP or
    ZIP+4 (no secondary unit); or a rural-route address 'RR n BOX n' (Pub 28 section 24); upper case without
    punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    if force_rural:
        return f"RR {rng.randint(1, 9)} BOX {rng.randint(10, 999)}, {city}, {st} {z}"
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace(" / ", ", ")
    if v.endswith(", USA"):
        v = v[:-5]
    m = re.fullmatch(r"(?:(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")|RR \d BOX \d+)(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.usa":                 # with the country name as the last line of an international label
        return plain + ", USA"
    if fmt == "addr.slash":               # street line and last line joined by ' / '
        return plain.replace(", ", " / ", 1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["anthropic-admin-api-key", "vault-batch-token", "1password-service-account-token",
                "1password-secret-key", "slack-config-access-token", "slack-config-refresh-token",
                "slack-legacy-token", "slack-legacy-workspace-token", "facebook-page-access-token",
                "intra42-client-secret", "gitlab-feature-flag-client-token", "gitlab-session-cookie",
                "huggingface-organization-api-token", "airtable-personnal-access-token",
                "aws-amazon-bedrock-api-key-long-lived", "jwt"]
SECRET_EXTRA = ["uri.ldaps", "uri.elastic", "odbc.pwd", "password"]


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); an LDAPS URI and an HTTPS
    Elasticsearch endpoint with an inline password (RFC 3986 userinfo) and an ODBC connection string with Pwd=;
    passwords (cued).  The JWT is RFC 7519 compact form with an HS256 header, made-up claims and a random
    signature."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    up = string.ascii_uppercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "anthropic-admin-api-key":
        return "sk-ant-admin01-" + R(al + "_-", 92) + R(al, 1) + "AA"
    if rule == "vault-batch-token":
        return "hvb." + R(al + "_-", 150) + R(al, 1)
    if rule == "1password-service-account-token":
        return "ops_eyJ" + R(al + "+/", 259) + R(al, 1)
    if rule == "1password-secret-key":
        return f"A3-{R(up, 6)}-{R(up, 11)}-{R(up, 5)}-{R(up, 5)}-{R(up, 5)}"
    if rule == "slack-config-access-token":
        return f"xoxe.xoxp-1-{R(up, 164)}"
    if rule == "slack-config-refresh-token":
        return f"xoxe-1-{R(up, 146)}"
    if rule == "slack-legacy-token":
        return f"xoxs-{R(DIG, 10)}-{R(DIG, 11)}-{R(DIG, 12)}-{R(hx, 64)}"
    if rule == "slack-legacy-workspace-token":
        return f"xoxa-2-{R(al, 40)}"
    if rule == "facebook-page-access-token":
        return "EAAM" + R(al, 140)
    if rule == "intra42-client-secret":
        return "s-s4t2ud-" + R(hx, 64)
    if rule == "gitlab-feature-flag-client-token":
        return "glffct-" + R(al + "_-", 19) + R(al, 1)
    if rule == "gitlab-session-cookie":
        return "_gitlab_session=" + R(lo, 32)
    if rule == "huggingface-organization-api-token":
        return "api_org_" + R(string.ascii_letters, 34)
    if rule == "airtable-personnal-access-token":
        return "pat" + R(al, 14) + "." + R(hx, 64)
    if rule == "aws-amazon-bedrock-api-key-long-lived":
        return "ABSK" + R(al + "+/", 131) + R(al, 1)
    if rule == "jwt":
        hdr = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        claims = {"sub": R(lo, 12), "iat": rng.randint(1_700_000_000, 1_790_000_000), "scope": "svc"}
        body = b64url(json.dumps(claims, separators=(",", ":")).encode())
        return f"{hdr}.{body}.{b64url(bytes(rng.randrange(256) for _ in range(32)))}"
    if rule == "uri.ldaps":
        return f"ldaps://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@dir-{R(lo, 5)}.corp.riverbendtn.net:636/" \
               f"dc=riverbendtn,dc=net"
    if rule == "uri.elastic":
        return f"https://elastic:{R(al, 24)}@{R(lo, 10)}.us-east-1.aws.found.io:9243"
    if rule == "odbc.pwd":
        return f"Driver={{PostgreSQL Unicode}};Server={R(string.ascii_lowercase, 8)}.internal;Port=5432;" \
               f"Database=winget;Uid={R(string.ascii_lowercase, 6)};Pwd={R(al, 18)};"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them); the RE2 class '[[:alnum:]]' becomes
    '[A-Za-z0-9]'."""
    rx = rule["regex"].replace("[[:alnum:]]", "[A-Za-z0-9]")   # RE2 POSIX class -> Python
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.ldaps":
        return bool(re.fullmatch(r"ldaps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:636/[\w=,]+", value))
    if rule_id == "uri.elastic":
        return bool(re.fullmatch(r"https://elastic:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
    if rule_id == "odbc.pwd":
        return bool(re.fullmatch(r"Driver=\{[\w ]+\};Server=[\w.]+;Port=\d+;Database=\w+;Uid=\w+;"
                                 r"Pwd=[A-Za-z0-9]{14,};", value))
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
