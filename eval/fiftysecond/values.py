"""Value generators for the fifty-second set, each from a published format rule, with validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  Values are synthetic: random digits and letters shaped by the rules, never a real
person's data or a live credential.
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
    """dash (SSA printed form), U+2009 thin spaces between the groups (as typeset forms print it), bare 9 digits,
    '_' in identifiers."""
    return {"ssn.dash": plain, "ssn.thin": plain.replace("-", "\u2009"), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ROMAN_LOWER = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def gen_dob(rng):
    """A calendar date between 1931-01-01 and 2013-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1931, 1, 1) + datetime.timedelta(days=rng.randint(0, 30315))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.iso", "date.mdy_dots", "date.dmy_space_abbr_upper", "date.yorkshire", "date.scouse",
                "date.cockney", "date.mdy_ordinal_lower", "date.ymd_dots", "date.mimic_ts", "date.nppes_mdy",
                "date.key_ymd", "date.key_mdy", "date.julian_yyyyddd"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended calendar date (1984-03-12); US dotted mm.dd.yyyy (03.12.1984); upper-case
    day-month-year with an abbreviated month (12 MAR 1984, as hospital wristbands print it); Yorkshire
    '12th o' March, 1984', Scouse 'the 12th of March '84' and Cockney 'March the 12th, 1984' (the builder's spellings
    of spoken dates, the year kept in full except the Scouse form's two-digit year); lower-case ordinal 'march 12th
    1984'; yyyy.mm.dd (1984.03.12); MIMIC-style timestamp at midnight (1984-03-12 00:00:00); NPPES-style
    MM/DD/YYYY (03/12/1984, the dissemination file's date form); key-safe yyyy_mm_dd and mm_dd_yyyy; year + day of
    year yyyyddd (1984072, ISO 8601 ordinal date in basic form)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    mon = EN_MONTHS[m - 1]
    if fmt == "date.iso":
        return iso
    if fmt == "date.mdy_dots":
        return f"{m:02d}.{dd:02d}.{y}"
    if fmt == "date.dmy_space_abbr_upper":
        return f"{dd:02d} {mon[:3].upper()} {y}"
    if fmt == "date.yorkshire":
        return f"{ordinal(dd)} o' {mon}, {y}"
    if fmt == "date.scouse":
        return f"the {ordinal(dd)} of {mon} '{y % 100:02d}"
    if fmt == "date.cockney":
        return f"{mon} the {ordinal(dd)}, {y}"
    if fmt == "date.mdy_ordinal_lower":
        return f"{mon.lower()} {ordinal(dd)} {y}"
    if fmt == "date.ymd_dots":
        return f"{y}.{m:02d}.{dd:02d}"
    if fmt == "date.mimic_ts":
        return f"{iso} 00:00:00"
    if fmt == "date.nppes_mdy":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.key_mdy":
        return f"{m:02d}_{dd:02d}_{y}"
    if fmt == "date.julian_yyyyddd":
        return f"{y}{d.timetuple().tm_yday:03d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.hn7", "mrn.split55", "mrn.pairs4", "mrn.hash8", "mrn.mod11_slash"]


def mod11_check(body):
    """Modulus 11 with weights 2..7 cycling from the right; a remainder giving 10 is rejected by the generator."""
    s = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    r = (11 - s % 11) % 11
    return None if r == 10 else str(r)


def gen_mrn(rng, style):
    """Hospital-number house styles (the builder's picks): 'HN' + 7 digits (hospital number); 10 digits printed
    ddddd-ddddd; 8 digits printed in pairs dd-dd-dd-dd; '#' + 8 digits; 7 digits + '/' + a modulus-11 check
    digit."""
    while True:
        if style == "mrn.hn7":
            v = "HN" + rdigits(rng, 7, True)
        elif style == "mrn.split55":
            d = rdigits(rng, 10, True)
            v = f"{d[:5]}-{d[5:]}"
        elif style == "mrn.pairs4":
            d = rdigits(rng, 8, True)
            v = "-".join(d[i:i + 2] for i in range(0, 8, 2))
        elif style == "mrn.hash8":
            v = "#" + rdigits(rng, 8, True)
        elif style == "mrn.mod11_slash":
            b = rdigits(rng, 7, True)
            c = mod11_check(b)
            if c is None:
                continue
            v = f"{b}/{c}"
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.hn7": r"HN[1-9]\d{6}", "mrn.split55": r"[1-9]\d{4}-\d{5}", "mrn.pairs4": r"[1-9]\d-\d\d-\d\d-\d\d",
          "mrn.hash8": r"#[1-9]\d{7}", "mrn.mod11_slash": r"[1-9]\d{6}/\d"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.mod11_slash":
        return mod11_check(v[:7]) == v[8]
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


HP_STYLES = ["hp.mbi", "hp.masshealth", "hp.mainecare", "hp.hpi_member"]


def gen_hpid(rng, style):
    """CMS MBI (plain); a MassHealth member id (12 digits); a MaineCare member id (9 digits + a letter); a Harvard
    Pilgrim member id (9 digits + '-' + 2-digit member suffix).  The three payer styles are best-effort readings of
    the payers' card descriptions."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.masshealth":
            v = rdigits(rng, 12, True)
        elif style == "hp.mainecare":
            v = rdigits(rng, 9, True) + rng.choice("ABCDEFGHJK")
        elif style == "hp.hpi_member":
            v = rdigits(rng, 9, True) + "-0" + rng.choice("123")
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    if style == "hp.masshealth":
        return bool(re.fullmatch(r"[1-9]\d{11}", v))
    if style == "hp.mainecare":
        return bool(re.fullmatch(r"[1-9]\d{8}[A-HJK]", v))
    return bool(re.fullmatch(r"[1-9]\d{8}-0[1-3]", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"LV": 21, "BG": 22, "IE": 22}
LV_BANKS = ["HABA", "UNLA", "PARX", "RIKO"]  # 4-letter bank codes (Latvia)
BG_BANKS = ["UNCR", "STSA", "FINV", "BPBI"]  # 4-letter bank codes (Bulgaria)
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]  # 4-letter bank codes (Ireland)


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
    banks = {"LV": LV_BANKS, "BG": BG_BANKS, "IE": IE_BANKS}[v[:2]]
    return b[:4] in banks and b[4:].isdigit()


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: LV 4!a13!c (bank codes HABA, UNLA, PARX, RIKO + 13 digits); BG
    4!a4!n2!n8!c (bank codes UNCR, STSA, FINV, BPBI + 4-digit branch + 2-digit account type + 8 digits); IE
    4!a6!n8!n (bank codes AIBK, BOFI, IPBS, ULSB + 6-digit sort code + 8-digit account).  Check digits by ISO 7064
    MOD 97-10.  (Only digits are drawn for the account part.)"""
    if cc == "LV":
        bban = rng.choice(LV_BANKS) + rdigits(rng, 13, True)
    elif cc == "BG":
        bban = rng.choice(BG_BANKS) + rdigits(rng, 4, True) + rng.choice(["10", "15", "20"]) + rdigits(rng, 8, True)
    elif cc == "IE":
        bban = rng.choice(IE_BANKS) + rdigits(rng, 6, True) + rdigits(rng, 8, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["laser", "bankcard", "nps", "diners3839"]
CARD_GROUPS = {16: [4, 4, 4, 4]}
CARD_RX = {"laser": r"(?:6304|6706|6771|6709)\d{12}", "bankcard": r"5610\d{12}", "nps": r"6054[0-4]\d{11}",
           "diners3839": r"3[89]\d{14}"}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Laser (Ireland) 6304 / 6706 / 6771 / 6709; Bankcard (Australia) 5610; NPS Pridnestrovie
    60540-60544; Diners Club International 38 / 39; all 16 digits, last digit by the Luhn algorithm."""
    while True:
        if brand == "laser":
            v = card(rng, rng.choice(["6304", "6706", "6771", "6709"]), 16)
        elif brand == "bankcard":
            v = card(rng, "5610", 16)
        elif brand == "nps":
            v = card(rng, "6054" + rng.choice("01234"), 16)
        elif brand == "diners3839":
            v = card(rng, rng.choice(["38", "39"]), 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def card_ok(v):
    return luhn_ok(v) and any(re.fullmatch(rx, v) for rx in CARD_RX.values())


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        return sep.join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


def gen_guarantor(rng):
    """Hospital guarantor account: 'GTR' + 8 digits (cued only; the builder's house style)."""
    while True:
        v = "GTR" + rdigits(rng, 8, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["UT", "MS", "DC"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them (lengths only, best effort): UT 4-10 digits
    (9 drawn here); MS 9 digits; DC 7 digits (the older 9-digit SSN-based form is not drawn)."""
    while True:
        if st == "UT":
            v = rdigits(rng, 9, True)
        elif st == "MS":
            v = "8" + rdigits(rng, 8)
        elif st == "DC":
            v = rdigits(rng, 7, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"UT": r"[1-9]\d{8}", "MS": r"8\d{8}", "DC": r"[1-9]\d{6}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_slash":            # TAC/SNR/CD with the check digit after a slash: AABBBBBB-CCCCCC/D
        return f"{plain[:8]}-{plain[8:14]}/{plain[14]}"
    return plain


ICCID_CC = ["254", "56", "371", "359", "420"]    # Kenya, Chile, Latvia, Bulgaria, Czechia (ITU-T E.164 codes)


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (254 Kenya, 56 Chile, 371 Latvia, 359 Bulgaria, 420
    Czechia) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
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
    if fmt == "dev.mac_bare":              # 12 hex digits without separators, upper case (as many inventories store it)
        return plain.replace(":", "").upper()
    if fmt == "dev.mac_underscore":        # lower-case pairs joined by '_' (as some asset tags and hostnames carry it)
        return plain.replace(":", "_")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (10) lot only."""
    body = "0" + rng.choice(["0", "4", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    lot = "".join(rng.choice(UP + DIG) for _ in range(7))
    return f"(01){gtin}(10){lot}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(10\)([A-Z0-9]{1,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Pacemaker / ICD serial as printed on the device registration card: 3 letters + 6 digits + optional 'H'
    (cued only; the builder's house style)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(3)) + rdigits(rng, 6, True) + \
            rng.choice(["", "H"])
        if not boring(v):
            return v


SERIAL_RX = r"[A-HJ-NPR-UV-Y]{3}[1-9]\d{5}H?"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1B3", "1D7", "2FM", "3HG", "4M2", "5N1", "JM3", "JT2", "KND", "VF7", "WF0", "UU1"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Dodge car 1B3, Dodge truck 1D7, Ford Canada MPV 2FM, Honda
    Mexico 3HG, Mercury 4M2, Nissan USA MPV 5N1, Mazda MPV JM3, Toyota Japan car JT2, Kia MPV KND, Citroen VF7, Ford
    Germany WF0, Dacia UU1) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["LV", "BG", "CL", "KE", "CZ"]
PL = "ABCDEHKMPTXY"          # letters shared by Latin and Cyrillic plates (Bulgaria uses these)
PL_FULL = "ABCDEFGHJKLMNPRSTUVWXYZ"
BG_REGIONS = ["CA", "CB", "PB", "B", "A", "CH"]
CZ_REGIONS = "ABCEHJKLMPSTUZ"


def gen_plate(rng, cc):
    """Registration plates: Latvia (2 letters + '-' + 1-4 digits, 'AB-1234'); Bulgaria (region code + 4 digits + 2
    letters, 'CA 1234 AB'); Chile (2007 format, 4 consonants + 2 digits, 'BCDF12', printed 'BC DF 12'); Kenya ('K' +
    2 letters + ' ' + 3 digits + letter, 'KDA 123A'); Czechia (digit + region letter + digit/letter + ' ' + 4
    digits, '1A2 3456')."""
    L = lambda n, pool=PL_FULL: "".join(rng.choice(pool) for _ in range(n))
    if cc == "LV":
        return f"{L(2)}-{rdigits(rng, rng.choice([3, 4]), True)}"
    if cc == "BG":
        return f"{rng.choice(BG_REGIONS)} {rdigits(rng, 4, True)} {L(2, PL)}"
    if cc == "CL":
        cons = "BCDFGHJKLPRSTVWXYZ"
        s = L(4, cons)
        return f"{s[:2]} {s[2:]} {rdigits(rng, 2, True)}"
    if cc == "KE":
        return f"K{L(2)} {rdigits(rng, 3, True)}{L(1)}"
    if cc == "CZ":
        return f"{rng.randint(1, 9)}{rng.choice(CZ_REGIONS)}{rng.randint(1, 9)} {rdigits(rng, 4, True)}"
    raise KeyError(cc)


PLATE_RX = {"LV": r"[A-Z]{2}-[1-9]\d{2,3}", "BG": r"(?:" + "|".join(BG_REGIONS) + r") [1-9]\d{3} [ABCDEHKMPTXY]{2}",
            "CL": r"[B-DF-HJ-LPR-TV-Z]{2} [B-DF-HJ-LPR-TV-Z]{2} [1-9]\d", "KE": r"K[A-Z]{2} [1-9]\d{2}[A-Z]",
            "CZ": r"[1-9][" + CZ_REGIONS + r"][1-9] [1-9]\d{3}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR (none drawn by the earlier sets)
    "APNIC": [113, 117, 119, 121], "ARIN": [64, 99, 104, 108], "RIPE NCC": [84, 87, 90, 91]}
RIR_V6 = {"AFRINIC": 0x2c0d, "APNIC": 0x2408, "ARIN": 0x2600, "LACNIC": 0x2805, "RIPE NCC": 0x2a04}


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
    if fmt == "ip.v6_bracket":             # RFC 3986 3.2.2 IP-literal without a port
        return f"[{plain}]"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["KE", "TZ", "CL", "PE", "CO", "CZ", "SK", "HU", "BG", "LV", "MU", "CA", "US"]
US_AREAS = [207, 603, 413, 508, 978, 301, 410, 443, 262, 608, 515, 319]
CA_AREAS = [587, 365, 431]


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
    """E.164; ITU-T E.123 international; the Skype 'callto:' URI with the E.164 number; international with U+00A0
    no-break spaces between the groups; national (cued); digits only (cued)."""
    n = phonenumbers.parse(e164)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.callto":
        return "callto:" + e164
    if fmt == "phone.intl_nbsp":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", "\u00a0")
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["seznam.cz", "post.cz", "azet.sk", "abv.bg", "mail.bg", "inbox.lv", "freemail.hu", "vtr.net",
                 "myfairpoint.net", "gwi.net", "roadrunner.com", "frontiernet.net", "twc.com", "telus.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """plain; as an RFC 6350 vCard EMAIL property line ('EMAIL;TYPE=home:addr')."""
    return {"email.plain": plain, "email.vcard": f"EMAIL;TYPE=home:{plain}"}[fmt]


URL_TEMPLATES = ["https://codepen.io/{slug}", "https://replit.com/@{slug}", "https://untappd.com/user/{slug}",
                 "https://trakt.tv/users/{slug}", "https://myanimelist.net/profile/{slug}", "https://{slug}.itch.io",
                 "https://gravatar.com/{slug}", "https://buymeacoffee.com/{slug}",
                 "https://givebutter.com/{slug}", "https://www.impactguru.com/fundraiser/{slug}",
                 "https://mychart.pinetreefamilyhealth.org/patients/{num}/records"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PORTLAND", "ME", "041"), ("BANGOR", "ME", "044"), ("LEWISTON", "ME", "042"), ("CONCORD", "NH", "033"),
          ("NASHUA", "NH", "030"), ("KEENE", "NH", "034"), ("WORCESTER", "MA", "016"), ("PITTSFIELD", "MA", "012"),
          ("LOWELL", "MA", "018"), ("FREDERICK", "MD", "217"), ("SALISBURY", "MD", "218"), ("MADISON", "WI", "537"),
          ("RACINE", "WI", "534"), ("DES MOINES", "IA", "503"), ("CEDAR RAPIDS", "IA", "524")]
STREETS = ["CONGRESS", "EXCHANGE", "MONADNOCK", "PLEASANT", "SHREWSBURY", "WACHUSETT", "ANTIETAM", "CATOCTIN",
           "MONONA", "ASHWORTH", "INGERSOLL", "KENDUSKEAG", "SEBAGO", "HOUSATONIC"]
SUFFIXES = ["ANX", "BRG", "CMN", "CURV", "FRK", "INLT", "ISLE", "LDG", "PASS", "SPUR", "TRCE", "VIA"]  # Pub 28 app. C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix (no secondary unit),
    city, state, ZIP or ZIP+4; written upper case without punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    """upper case (Pub 28 form); title case with the state code kept; street line and last line joined by ' - ';
    the street line only (cued)."""
    states = {c[1] for c in CITIES}
    if fmt == "addr.title":
        return " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit()) else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    if fmt == "addr.dash":
        return plain.replace(", ", " - ", 1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["gitlab-rrt", "gitlab-pat-routable", "gitlab-runner-authentication-token-routable",
                "grafana-api-key", "slack-legacy-bot-token", "aws-amazon-bedrock-api-key-short-lived",
                "settlemint-application-access-token", "settlemint-service-access-token",
                "easypost-test-api-token", "microsoft-teams-webhook", "sidekiq-sensitive-url",
                "artifactory-reference-token", "facebook-access-token", "nuget-config-password",
                "authress-service-client-access-key"]
SECRET_EXTRA = ["uri.snowflake", "uri.jdbc_pg", "kafka.jaas", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a Snowflake SQLAlchemy URI and a
    PostgreSQL JDBC URL with an inline password, a Kafka SASL/PLAIN JAAS line with password="..."; passwords
    (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    uuid = lambda: f"{R(hx, 8)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 12)}"
    if rule == "gitlab-rrt":
        return "GR1348941" + R(al + "_-", 19) + R(al, 1)
    if rule == "gitlab-pat-routable":
        return "glpat-" + R(al + "_-", 35) + R(al, 1) + "." + R(lo, 2) + R(lo, 7)
    if rule == "gitlab-runner-authentication-token-routable":
        return f"glrt-t{rng.randint(1, 3)}_" + R(al + "_-", 30) + R(al, 1) + "." + R(lo, 2) + R(lo, 7)
    if rule == "grafana-api-key":
        return "eyJrIjoi" + R(al, 84)
    if rule == "slack-legacy-bot-token":
        return f"xoxb-{R(DIG, 11)}-{R(al, 24)}"
    if rule == "aws-amazon-bedrock-api-key-short-lived":
        return "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + R(al, 120)
    if rule == "settlemint-application-access-token":
        return "sm_aat_" + R(al, 16)
    if rule == "settlemint-service-access-token":
        return "sm_sat_" + R(al, 16)
    if rule == "easypost-test-api-token":
        return "EZTK" + R(al, 54)
    if rule == "microsoft-teams-webhook":
        return f"https://{R(lo, 8)}.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{R(lo, 32)}/{uuid()}"
    if rule == "sidekiq-sensitive-url":
        return f"https://{R(hx, 8)}:{R(hx, 8)}@gems.contribsys.com/"
    if rule == "artifactory-reference-token":
        return "cmVmd" + R(al, 59)
    if rule == "facebook-access-token":
        return R(DIG, 15) + "|" + R(lo + "_-", 32) + R(lo, 1)
    if rule == "nuget-config-password":
        return f'<add key="ClearTextPassword" value="{R(al, 14)}" />'
    if rule == "authress-service-client-access-key":
        return f"sc_{R(lo, 12)}.{R(lo, 5)}.acc_{R(lo, 16)}.{R(al, 60)}"
    if rule == "uri.snowflake":
        return f"snowflake://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 2)}" \
               f"{R(DIG, 5)}.us-east-2.aws/clinic_db/public?warehouse=compute_wh"
    if rule == "uri.jdbc_pg":
        return f"jdbc:postgresql://{R(string.ascii_lowercase, 6)}.internal:5432/intake?user=" \
               f"{R(string.ascii_lowercase, 6)}&password={R(al, 20)}&ssl=true"
    if rule == "kafka.jaas":
        return f'org.apache.kafka.common.security.plain.PlainLoginModule required username="' \
               f'{R(string.ascii_uppercase + DIG, 16)}" password="{R(al + "+/", 40)}";'
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 5) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them); the RE2 class '[[:alnum:]]' becomes
    '[A-Za-z0-9]'."""
    rx = rule["regex"].replace("[[:alnum:]]", "[A-Za-z0-9]")
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.snowflake":
        return bool(re.fullmatch(r"snowflake://[a-z]+:[A-Za-z0-9]{14,}@[a-z0-9.-]+/\w+/\w+\?warehouse=\w+", value))
    if rule_id == "uri.jdbc_pg":
        return bool(re.fullmatch(r"jdbc:postgresql://[\w.-]+:\d+/\w+\?user=\w+&password=[A-Za-z0-9]{14,}&ssl=true",
                                 value))
    if rule_id == "kafka.jaas":
        return bool(re.fullmatch(r'org\.apache\.kafka\.common\.security\.plain\.PlainLoginModule required '
                                 r'username="[A-Z0-9]+" password="[A-Za-z0-9+/]{20,}";', value))
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
