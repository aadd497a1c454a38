"""Value generators for the forty-ninth set, each from a published format rule, with validators.

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
    """dash (SSA print form); U+2009 THIN SPACE between groups; bare 9 digits; U+FF0D FULLWIDTH HYPHEN-MINUS (as
    East Asian input methods type it); '_' for identifiers."""
    return {"ssn.dash": plain, "ssn.thin": plain.replace("-", "\u2009"), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_"), "ssn.fullwidth": plain.replace("-", "\uff0d")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VLS_MONTHS = ["januoari", "februoari", "meert", "april", "mei", "juni", "juli", "oogst", "september", "oktober",
              "november", "december"]                                   # West Flemish (builder's spelling)
WIEN_MONTHS = ["Jänner", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"]                                  # Austrian / Viennese usage
TUN_MONTHS = ["janfi", "fifri", "mars", "avril", "mai", "juan", "juilia", "out", "septembre", "octobre", "novembre",
              "decembre"]                                               # Tunisian Arabic, Latin script (builder's)


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


DATE_FORMATS = ["date.dmy_slash_yy", "date.ymd_hu", "date.d_mon_apos_yy", "date.mon_slash", "date.hl7_dtm",
                "date.dmy_dot_short", "date.mdy_short", "date.flemish", "date.viennese", "date.tunisian",
                "date.en_weekday", "date.key_dmon", "date.yymmdd_dash"]


def render_date(fmt, iso):
    """Renderings: dd/mm/yy (British and Belgian short form); Hungarian / Korean style 'yyyy. mm. dd.' (the
    national standards MSZ 7794 and KS X ISO 8601 print order with dots and spaces); '12 Mar '84' (apostrophe
    two-digit year); 'Mar/12/1984'; HL7 v2 DTM at midnight to the second (YYYYMMDDHHMMSS, HL7 v2.5 2.A.22);
    d.m.yy without padding (German-speaking usage); m/d/yy without padding (US usage); West Flemish '12 meert 1984';
    Viennese / Austrian '12. März 1984' (Jänner, Feber); Tunisian Arabic '12 mars 1984' with the Maghreb month names
    (janfi, fifri, ...); British long form with weekday 'Monday 12 March 1984'; key-safe '12_mar_1984'; yy-mm-dd
    ('84-03-12', ISO 8601:1988 two-digit year form)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    yy = f"{y % 100:02d}"
    if fmt == "date.dmy_slash_yy":
        return f"{dd:02d}/{m:02d}/{yy}"
    if fmt == "date.ymd_hu":
        return f"{y}. {m:02d}. {dd:02d}."
    if fmt == "date.d_mon_apos_yy":
        return f"{dd} {EN_MONTHS[m - 1][:3]} '{yy}"
    if fmt == "date.mon_slash":
        return f"{EN_MONTHS[m - 1][:3]}/{dd:02d}/{y}"
    if fmt == "date.hl7_dtm":
        return f"{y}{m:02d}{dd:02d}000000"
    if fmt == "date.dmy_dot_short":
        return f"{dd}.{m}.{yy}"
    if fmt == "date.mdy_short":
        return f"{m}/{dd}/{yy}"
    if fmt == "date.flemish":
        return f"{dd} {VLS_MONTHS[m - 1]} {y}"
    if fmt == "date.viennese":
        return f"{dd}. {WIEN_MONTHS[m - 1]} {y}"
    if fmt == "date.tunisian":
        return f"{dd} {TUN_MONTHS[m - 1]} {y}"
    if fmt == "date.en_weekday":
        return f"{EN_DAYS[d.weekday()]} {dd} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.key_dmon":
        return f"{dd:02d}_{EN_MONTHS[m - 1][:3].lower()}_{y}"
    if fmt == "date.yymmdd_dash":
        return f"{yy}-{m:02d}-{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.ch7", "mrn.luhn334", "mrn.pairs", "mrn.mod1110_8", "mrn.va_icn"]


def mod1110_check(body):
    """ISO/IEC 7064 MOD 11,10 hybrid check digit (as used for German and Croatian identifiers)."""
    p = 10
    for c in body:
        s = (p + int(c)) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def gen_mrn(rng, style):
    """Hospital-number house styles: 'CH-' + 7 digits (chart number); 9 digits + a Luhn check digit printed 3-3-4;
    6 digits printed in pairs 'dd-dd-dd'; 7 digits + an ISO/IEC 7064 MOD 11,10 check digit; a VA-style Integration
    Control Number (10 digits + 'V' + 6 digits)."""
    while True:
        if style == "mrn.ch7":
            v = "CH-" + rdigits(rng, 7, True)
        elif style == "mrn.luhn334":
            b = rdigits(rng, 9, True)
            d = b + luhn_check_digit(b)
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "mrn.pairs":
            d = rdigits(rng, 6, True)
            v = f"{d[:2]}-{d[2:4]}-{d[4:]}"
        elif style == "mrn.mod1110_8":
            b = rdigits(rng, 7, True)
            v = b + mod1110_check(b)
        elif style == "mrn.va_icn":
            v = "10" + rdigits(rng, 8) + "V" + rdigits(rng, 6, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.ch7": r"CH-[1-9]\d{6}", "mrn.luhn334": r"[1-9]\d{2}-\d{3}-\d{4}", "mrn.pairs": r"[1-9]\d-\d\d-\d\d",
          "mrn.mod1110_8": r"[1-9]\d{7}", "mrn.va_icn": r"10\d{8}V[1-9]\d{5}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.luhn334":
        return luhn_ok(v.replace("-", ""))
    if style == "mrn.mod1110_8":
        return mod1110_check(v[:7]) == v[7]
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


HP_STYLES = ["hp.mbi", "hp.ahcccs", "hp.il_rin", "hp.nj_medicaid"]


def gen_hpid(rng, style):
    """CMS MBI (plain); an Arizona AHCCCS member id ('A' + 8 digits); an Illinois Medicaid Recipient Identification
    Number (RIN, 9 digits); a New Jersey Medicaid id (12 digits)."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.ahcccs":
            v = "A" + rdigits(rng, 8, True)
        elif style == "hp.il_rin":
            v = rdigits(rng, 9, True)
        elif style == "hp.nj_medicaid":
            v = rdigits(rng, 12, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    return re.fullmatch({"hp.ahcccs": r"A[1-9]\d{7}", "hp.il_rin": r"[1-9]\d{8}",
                         "hp.nj_medicaid": r"[1-9]\d{11}"}[style], v) is not None


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"BE": 16, "SI": 19, "TN": 24}
SI_BANKS = ["02", "03", "04", "05", "10", "19"]     # first two digits of Slovenian bank codes (builder's pick)
TN_BANKS = ["01", "03", "05", "07", "08", "10"]     # 2-digit Tunisian bank codes (builder's pick)


def mod97_10_national(digits):
    """ISO 7064 MOD 97-10 two check digits over a digit string (the Slovenian national check)."""
    return f"{98 - (int(digits) * 100) % 97:02d}"


def be_check(first10):
    """Belgian domestic account check: the first 10 digits modulo 97, 0 written as 97 (National Bank of Belgium)."""
    r = int(first10) % 97
    return f"{r or 97:02d}"


def tn_rib_key(digits):
    """Tunisian RIB key: 97 - ((bank+branch+account) * 100 mod 97) (builder's reading of the RIB key rule)."""
    return f"{97 - (int(digits) * 100) % 97:02d}"


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1) or not v[2:].isdigit():
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    b = v[4:]
    if v[:2] == "BE":
        return be_check(b[:10]) == b[10:]
    if v[:2] == "SI":
        return b[:2] in SI_BANKS and mod97_10_national(b[:13]) == b[13:]
    return b[:2] in TN_BANKS and tn_rib_key(b[:18]) == b[18:]


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures, each with its national check: BE 3n7n2n (bank, account, mod-97 check);
    SI 5n8n2n (bank and branch, account, ISO 7064 MOD 97-10 national check; every Slovenian IBAN therefore reads
    SI56); TN 2n3n13n2n (bank, branch, account, RIB key; every Tunisian IBAN reads TN59).  IBAN check digits by ISO
    7064 MOD 97-10."""
    if cc == "BE":
        f10 = rdigits(rng, 10, True)
        bban = f10 + be_check(f10)
    elif cc == "SI":
        b = rng.choice(SI_BANKS) + rdigits(rng, 11)
        bban = b + mod97_10_national(b)
    elif cc == "TN":
        b = rng.choice(TN_BANKS) + rdigits(rng, 16)
        bban = b + tn_rib_key(b)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["bancontact", "meeza", "dinacard"]
CARD_GROUPS = {16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Bancontact 6703 (19 digits, printed 4-4-4-4-3), Meeza (Egypt) 507803-507808 (16),
    DinaCard (Serbia) 9891 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "bancontact":
            v = card(rng, "6703", 19)
        elif brand == "meeza":
            v = card(rng, str(rng.randint(507803, 507808)), 16)
        elif brand == "dinacard":
            v = card(rng, "9891", 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def card_brand_ok(v):
    return v.startswith("6703") and len(v) == 19 or 507803 <= int(v[:6]) <= 507808 and len(v) == 16 or \
        v.startswith("9891") and len(v) == 16


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
    if fmt == "acct.be_domestic":
        return f"{plain[:3]}-{plain[3:10]}-{plain[10:]}"
    return plain


def gen_be_domestic(rng):
    """Belgian pre-IBAN account number ddd-ddddddd-dd (bank, account, mod-97 check; cued only)."""
    while True:
        f10 = rdigits(rng, 10, True)
        v = f10 + be_check(f10)
        if not boring(v):
            return v


def gen_hb(rng):
    """Hospital billing account: 'HB' + 9 digits (cued only)."""
    while True:
        v = "HB" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["UT", "MS", "DC", "PR"]


def gen_dl(rng, st):
    """Driver-licence number lengths as the jurisdictions describe them (best-effort): UT 4-10 digits (9 drawn);
    MS 9 digits; DC 7 digits (or the SSN-like 9, not drawn); PR 7 digits (best-effort)."""
    while True:
        if st == "UT":
            v = rdigits(rng, 9, True)
        elif st == "MS":
            v = "8" + rdigits(rng, 8)
        elif st == "DC":
            v = rdigits(rng, 7, True)
        elif st == "PR":
            v = rdigits(rng, 7, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"UT": r"[1-9]\d{8}", "MS": r"8\d{8}", "DC": r"[1-9]\d{6}", "PR": r"[1-9]\d{6}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def gen_esn_dec(rng):
    """3GPP2 / TIA ESN in decimal form: 3-digit manufacturer code (128-255, the 8-bit MFR field) + 8-digit serial
    (0 to 16777215, the 24-bit serial), 11 digits (cued only)."""
    while True:
        v = f"{rng.randint(128, 255):03d}{rng.randint(1, 16777215):08d}"
        if not boring(v):
            return v


def esn_ok(v):
    return bool(re.fullmatch(r"\d{11}", v)) and 128 <= int(v[:3]) <= 255 and 0 < int(v[3:]) <= 16777215


ICCID_CC = ["32", "386", "216", "264", "261"]


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (32 Belgium, 386 Slovenia, 216 Tunisia, 264 Namibia,
    261 Madagascar) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
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
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_gs1_dl(rng):
    """GS1 Digital Link URI (GS1 Digital Link Standard 1.2) of a UDI: https://id.gs1.org/01/<GTIN-14 with check
    digit>/21/<serial>."""
    body = "0" + rng.choice(["0", "5", "6", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"https://id.gs1.org/01/{gtin}/21/{serial}"


def gs1_dl_ok(v):
    m = re.fullmatch(r"https://id\.gs1\.org/01/(\d{14})/21/([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_cgm(rng):
    """Continuous-glucose-monitor sensor serial as printed on the applicator label: 2 letters + 10 digits (cued
    only; builder's invention)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + rdigits(rng, 10, True)
        if not boring(v):
            return v


CGM_RX = r"[A-HJ-NPR-UV-Y]{2}[1-9]\d{9}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1B3", "1GN", "2FM", "3HG", "4A3", "5N1", "JF2", "KM8", "VF7", "WF0", "YV4", "SHH"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Dodge car 1B3, Chevrolet truck / SUV 1GN, Ford Canada MPV
    2FM, Honda Mexico 3HG, Mitsubishi USA 4A3, Nissan USA SUV 5N1, Subaru SUV JF2, Hyundai SUV KM8, Citroën VF7, Ford
    Germany WF0, Volvo SUV YV4, Honda UK SHH) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["LV", "NA", "MG", "TN", "AT"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
NA_TOWNS = ["W", "R", "WB", "OK", "KH"]          # Namibian town codes (Windhoek, Rundu, Walvis Bay, Okahandja, ...)
MG_REGIONS = ["TAA", "TBA", "TBB", "TBC", "TCA"]  # Malagasy region letters (builder's pick)


def gen_plate(rng, cc):
    """Registration plates: Latvia (2 letters + '-' + 1-4 digits, 'AB-1234'); Namibia ('N' + digits + town code,
    'N 12345 W'); Madagascar (4 digits + 3 letters, '1234 TBA'); Tunisia (serial + 'TU' for تونس + number,
    '123 TU 4567'); Austria, Vienna ('W-' + digits + letter, 'W-12345B')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "LV":
        return f"{L(2)}-{rng.randint(1000, 9999)}"
    if cc == "NA":
        return f"N {rng.randint(1000, 99999)} {rng.choice(NA_TOWNS)}"
    if cc == "MG":
        return f"{rng.randint(1000, 9999)} {rng.choice(MG_REGIONS)}"
    if cc == "TN":
        return f"{rng.randint(100, 259)} TU {rng.randint(1000, 9999)}"
    if cc == "AT":
        return f"W-{rng.randint(1000, 99999)}{rng.choice(PL)}"
    raise KeyError(cc)


PLATE_RX = {"LV": r"[A-Z]{2}-[1-9]\d{3}", "NA": r"N [1-9]\d{3,4} (?:" + "|".join(NA_TOWNS) + ")",
            "MG": r"[1-9]\d{3} (?:" + "|".join(MG_REGIONS) + ")", "TN": r"(?:1\d\d|2[0-5]\d) TU [1-9]\d{3}",
            "AT": r"W-[1-9]\d{3,4}[A-Z]"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR, none drawn by the earlier sets
    "APNIC": [113, 114, 115, 117], "ARIN": [64, 99, 104, 108], "RIPE NCC": [84, 87, 90, 91]}
RIR_V6 = {"AFRINIC": 0x2c0d, "APNIC": 0x2408, "ARIN": 0x2601, "LACNIC": 0x2805, "RIPE NCC": 0x2a06}


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
    if fmt == "ip.v6_arpa":                # RFC 3596 ip6.arpa reverse nibble name
        return ipaddress.IPv6Address(plain).reverse_pointer
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["BE", "SI", "TN", "LV", "MG", "UG", "TZ", "MA", "SL", "CM", "CA", "US"]
US_AREAS = [601, 662, 228, 769, 202, 771, 787, 939, 210, 512, 915, 806]
CA_AREAS = [905, 647, 587]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (NANP: valid, never
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
    """E.164; phonenumbers INTERNATIONAL; RFC 5733 (EPP contact) '+CC.NNNN'; Skype-style 'callto:' URI; national
    (cued); digits only (cued)."""
    n = phonenumbers.parse(e164)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.epp":
        return f"+{n.country_code}.{n.national_number}"
    if fmt == "phone.callto":
        return f"callto:{e164}"
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["telenet.be", "skynet.be", "siol.net", "t-2.net", "topnet.tn", "inbox.lv", "webmail.co.za",
                 "vodamail.co.za", "bigpond.com", "q.com", "mindspring.com", "roadrunner.com", "suddenlink.net",
                 "ptd.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """plain; Slack message markup '<mailto:addr|addr>'; the '@' written as the HTML numeric reference '&#64;'
    (cued)."""
    return {"email.plain": plain, "email.slack": f"<mailto:{plain}|{plain}>",
            "email.html_at": plain.replace("@", "&#64;")}[fmt]


URL_TEMPLATES = ["https://untappd.com/user/{slug}", "https://www.komoot.com/user/{num}",
                 "https://www.alltrails.com/members/{slug}", "https://buymeacoffee.com/{slug}",
                 "https://{slug}.itch.io", "https://500px.com/p/{slug}", "https://trakt.tv/users/{slug}",
                 "https://myanimelist.net/profile/{slug}", "https://whydonate.com/fundraising/{slug}",
                 "https://www.betterplace.me/{slug}", "https://www.vakinha.com.br/vaquinha/{slug}",
                 "https://myhealth.deltaridgeclinic.org/patients/{num}/visits"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("EL PASO", "TX", "799"), ("AMARILLO", "TX", "791"), ("SAN ANTONIO", "TX", "782"),
          ("JONESBORO", "AR", "724"), ("FORT SMITH", "AR", "729"), ("WASHINGTON", "DC", "200"),
          ("PONCE", "PR", "007"), ("MAYAGUEZ", "PR", "006")]
STREETS = ["MESA", "ALAMEDA", "POLK", "WOLFLIN", "CULEBRA", "BANDERA", "CARAWAY", "HIGHLAND", "TOWSON", "RIDGE",
           "PECAN", "CACTUS", "RED RIVER", "BLUEBONNET"]
SUFFIXES = ["FLD", "FRK", "GTWY", "ML", "PASS", "PR", "SPUR", "STA", "TRCE", "VIS", "XRD", "OVAL"]   # Pub 28 app. C1
URBS = ["LAS MONJITAS", "VILLA DEL CARMEN", "SANTA TERESITA", "LOS CAOBOS", "BUENAVENTURA", "EL SEÑORIAL"]
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, kind="std"):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, city, state, ZIP or
    ZIP+4, upper case; kind 'hc' is a highway-contract route address 'HC n BOX n' (Pub 28 2.4); kind 'urb' is a
    Puerto Rico urbanization address 'URB <name>, <number> CALLE <name>' (Pub 28 2.3)."""
    if kind == "urb":
        city, st, pfx = rng.choice([c for c in CITIES if c[1] == "PR"])
    else:
        city, st, pfx = rng.choice([c for c in CITIES if c[1] != "PR"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    if kind == "hc":
        return f"HC {rng.randint(1, 9)} BOX {rng.randint(10, 9999)}, {city}, {st} {z}"
    if kind == "urb":
        return f"URB {rng.choice(URBS)}, {rng.randint(2, 2999)} CALLE {rng.choice(['ROBLE', 'CEIBA', 'AMAPOLA', 'ORQUIDEA', str(rng.randint(2, 30))])}, {city}, {st} {z}"
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("  ", ", ")
    tail = r"(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?"
    pats = [r"\d{2,5} (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + ")" + tail,
            r"HC \d BOX \d{2,4}" + tail,
            r"URB [A-ZÑ ]+, \d{1,4} CALLE [A-Z0-9ÑÍ ]+" + tail]
    for p in pats:
        m = re.fullmatch(p, v)
        if m:
            if m[1]:
                return any(c == m[1] and s == m[2] and m[3].startswith(pf) for c, s, pf in CITIES)
            return True
    return False


def render_street(fmt, plain):
    """upper case (plain, also for highway-contract and urbanization addresses); CASS-style line with two spaces
    instead of commas; the street line only (cued; for an urbanization address the urbanization and street lines)."""
    if fmt == "addr.doublespace":
        return plain.replace(", ", "  ")
    if fmt == "addr.line":
        parts = plain.split(", ")
        return ", ".join(parts[:2]) if plain.startswith("URB ") else parts[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["gitlab-rrt", "gitlab-pat-routable", "grafana-api-key", "settlemint-service-access-token",
                "microsoft-teams-webhook", "sidekiq-sensitive-url", "authress-service-client-access-key",
                "slack-legacy-bot-token", "facebook-access-token", "aws-amazon-bedrock-api-key-short-lived",
                "artifactory-reference-token", "easypost-test-api-token", "new-relic-user-api-key",
                "typeform-api-token", "mailgun-private-api-token", "telegram-bot-api-token"]
SECRET_EXTRA = ["uri.mongodb", "uri.snowflake", "uri.smb", "password"]
B64 = string.ascii_letters + DIG + "+/"


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); the four keyword-anchored rules
    (New Relic, Typeform, Mailgun, Telegram) are written as an environment-file assignment 'NAME=token', as the rule
    needs its keyword; MongoDB (standard, non-SRV), Snowflake (SQLAlchemy) and SMB URIs with an inline password
    (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    uuid = lambda: f"{R(hx, 8)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 12)}"
    if rule == "gitlab-rrt":
        return "GR1348941" + R(al + "_-", 19) + R(al, 1)
    if rule == "gitlab-pat-routable":
        return "glpat-" + R(al + "_-", 30) + R(al, 1) + "." + R(lo, 9)
    if rule == "grafana-api-key":
        return "eyJrIjoi" + R(al, 84)
    if rule == "settlemint-service-access-token":
        return "sm_sat_" + R(al, 16)
    if rule == "microsoft-teams-webhook":
        return f"https://{R(string.ascii_lowercase, 8)}.webhook.office.com/webhookb2/{uuid()}@{uuid()}" \
               f"/IncomingWebhook/{R(lo, 32)}/{uuid()}"
    if rule == "sidekiq-sensitive-url":
        return f"https://{R(hx, 8)}:{R(hx, 8)}@gems.contribsys.com/"
    if rule == "authress-service-client-access-key":
        return f"sc_{R(lo, 12)}.{R(lo, 5)}.acc_{R(lo, 20)}.{R(al + '+/', 60)}"
    if rule == "slack-legacy-bot-token":
        return f"xoxb-{R(DIG, 11)}-{R(string.ascii_letters, 6)}{R(al, 18)}"
    if rule == "facebook-access-token":
        return f"{rng.choice('123456789')}{R(DIG, 14)}|{R(lo + '_-', 32)}{R(lo, 1)}"
    if rule == "aws-amazon-bedrock-api-key-short-lived":
        return "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + R(al, 120)
    if rule == "artifactory-reference-token":
        return "cmVmd" + R(al, 59)
    if rule == "easypost-test-api-token":
        return "EZTK" + R(al, 54)
    if rule == "new-relic-user-api-key":
        return "NEW_RELIC_API_KEY=NRAK-" + R(string.ascii_uppercase + DIG, 27)
    if rule == "typeform-api-token":
        return "TYPEFORM_TOKEN=tfp_" + R(al + "_-", 58) + R(al, 1)
    if rule == "mailgun-private-api-token":
        return "MAILGUN_API_KEY=key-" + R(hx, 32)
    if rule == "telegram-bot-api-token":
        return f"TELEGRAM_BOT_TOKEN={rng.choice('123456789')}{R(DIG, 9)}:A{R(al + '_-', 33)}{R(al, 1)}"
    if rule == "uri.mongodb":
        return f"mongodb://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(string.ascii_lowercase, 6)}-" \
               f"{R(lo, 4)}.{R(string.ascii_lowercase, 5)}.net:27017/{R(string.ascii_lowercase, 6)}?authSource=admin"
    if rule == "uri.snowflake":
        return f"snowflake://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(string.ascii_lowercase, 2)}" \
               f"{R(DIG, 5)}.eu-central-1/site_db/public?warehouse=compute_wh"
    if rule == "uri.smb":
        return f"smb://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@fs-{R(lo, 5)}.corp.lan/builds"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a bare '(?i)' (leading or mid-pattern) becomes a whole-pattern
    flag; scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them); the RE2 class '[[:alnum:]]'
    becomes '[A-Za-z0-9]'."""
    rx = rule["regex"].replace("[[:alnum:]]", "[A-Za-z0-9]")
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.mongodb":
        return bool(re.fullmatch(r"mongodb://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+\?[\w=&-]+", value))
    if rule_id == "uri.snowflake":
        return bool(re.fullmatch(r"snowflake://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+/\w+\?[\w=&-]+", value))
    if rule_id == "uri.smb":
        return bool(re.fullmatch(r"smb://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
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
