"""Value generators for the fifty-third set, each from a published format rule, with validators.

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
    """dash (ddd-dd-dddd); bare 9 digits; U+2012 FIGURE DASH between the groups (as word processors print it);
    '_' in identifiers."""
    return {"ssn.dash": plain, "ssn.bare": plain.replace("-", ""), "ssn.figure_dash": plain.replace("-", "\u2012"),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
LEO_MONTHS = ["xineru", "febreru", "marzu", "abril", "mayu", "xunu", "xunetu", "agostu", "setiembre", "ochobre",
              "payares", "avientu"]                                 # Leonese (builder's best-effort spelling)
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


DATE_FORMATS = ["date.iso", "date.us_dots", "date.yy_slash", "date.rfc3339_offset", "date.leonese",
                "date.dd_mon_upper", "date.key_mdy", "date.mdy_dash_yy", "date.long_weekday", "date.iso_basic_time",
                "date.hl7_dtm", "date.us_long_nocomma", "date.day_of"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended calendar date (1984-03-12); US month-first with dots (03.12.1984); year-first
    two-digit yy/mm/dd (84/03/12); RFC 3339 date-time at local midnight with a US Central offset
    (1984-03-12T00:00:00-06:00); Leonese '12 de marzu de 1984'; day + upper-case month abbreviation + year
    (12 MAR 1984, military / clinical-record style); key-safe unpadded m_d_yyyy (3_12_1984); mm-dd-yy (03-12-84);
    British long form with weekday, no comma (Monday 12 March 1984); ISO 8601 basic date-time (19840312T000000);
    HL7 v2 DTM to the minute (198403120000); US long form without the comma (March 12 1984); the legal-document
    form '12th day of March, 1984'."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.us_dots":
        return f"{m:02d}.{dd:02d}.{y}"
    if fmt == "date.yy_slash":
        return f"{y % 100:02d}/{m:02d}/{dd:02d}"
    if fmt == "date.rfc3339_offset":
        return f"{iso}T00:00:00-06:00"
    if fmt == "date.leonese":
        return f"{dd} de {LEO_MONTHS[m - 1]} de {y}"
    if fmt == "date.dd_mon_upper":
        return f"{dd:02d} {EN_MONTHS[m - 1][:3].upper()} {y}"
    if fmt == "date.key_mdy":
        return f"{m}_{dd}_{y}"
    if fmt == "date.mdy_dash_yy":
        return f"{m:02d}-{dd:02d}-{y % 100:02d}"
    if fmt == "date.long_weekday":
        return f"{EN_DAYS[d.weekday()]} {dd} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.iso_basic_time":
        return f"{y}{m:02d}{dd:02d}T000000"
    if fmt == "date.hl7_dtm":
        return f"{y}{m:02d}{dd:02d}0000"
    if fmt == "date.us_long_nocomma":
        return f"{EN_MONTHS[m - 1]} {dd} {y}"
    if fmt == "date.day_of":
        return f"{dd}{ordinal(dd)} day of {EN_MONTHS[m - 1]}, {y}"
    raise KeyError(fmt)


def ordinal(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.bahmni_gan", "mrn.mod37_2", "mrn.pairs4", "mrn.g334", "mrn.rn7"]
MOD37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def mod37_2(body):
    """ISO/IEC 7064 MOD 37-2 check character over an alphanumeric string (pure system, radix 2)."""
    p = 0
    for c in body:
        p = ((p + MOD37.index(c)) * 2) % 37
    return MOD37[(38 - p) % 37]


def gen_mrn(rng, style):
    """Hospital-number house styles: a Bahmni-style identifier (registration-centre prefix 'GAN' + 6 digits, the
    default prefix of Bahmni's demo registration); 8 digits + an ISO/IEC 7064 MOD 37-2 check character; four digit
    pairs dd-dd-dd-dd; 10 digits printed ddd-ddd-dddd; 'RN' + 7 digits (register number)."""
    while True:
        if style == "mrn.bahmni_gan":
            v = "GAN" + rdigits(rng, 6, True)
        elif style == "mrn.mod37_2":
            b = rdigits(rng, 8, True)
            v = b + mod37_2(b)
        elif style == "mrn.pairs4":
            d = rdigits(rng, 8, True)
            v = "-".join(d[i:i + 2] for i in range(0, 8, 2))
        elif style == "mrn.g334":
            d = rdigits(rng, 10, True)
            v = f"{d[:3]}-{d[3:6]}-{d[6:]}"
        elif style == "mrn.rn7":
            v = "RN" + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.bahmni_gan": r"GAN[1-9]\d{5}", "mrn.mod37_2": r"[1-9]\d{7}[0-9A-Z*]", "mrn.pairs4": r"[1-9]\d(?:-\d\d){3}",
          "mrn.g334": r"[1-9]\d{2}-\d{3}-\d{4}", "mrn.rn7": r"RN[1-9]\d{6}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.mod37_2":
        return mod37_2(v[:8]) == v[8]
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


HP_STYLES = ["hp.mbi", "hp.wi_forwardhealth", "hp.ia_medicaid", "hp.ks_kancare", "hp.mn_ma"]
HP_RX = {"hp.wi_forwardhealth": r"[1-9]\d{9}", "hp.ia_medicaid": r"[1-9]\d{6}[A-Z]", "hp.ks_kancare": r"[1-9]\d{10}",
         "hp.mn_ma": r"[1-9]\d{7}"}


def gen_hpid(rng, style):
    """CMS MBI (plain); a Wisconsin ForwardHealth (Medicaid / BadgerCare) member id (10 digits); an Iowa Medicaid
    state id (7 digits + a letter); a Kansas KanCare (Medicaid) id (11 digits); a Minnesota Medical Assistance (MA)
    PMI number (8 digits).  State lengths are the builder's best-effort readings of the states' card descriptions."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.wi_forwardhealth":
            v = rdigits(rng, 10, True)
        elif style == "hp.ia_medicaid":
            v = rdigits(rng, 7, True) + rng.choice(UP)
        elif style == "hp.ks_kancare":
            v = rdigits(rng, 11, True)
        elif style == "hp.mn_ma":
            v = rdigits(rng, 8, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    return bool(re.fullmatch(HP_RX[style], v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"ME": 22, "XK": 20, "CY": 28}
ME_BANKS = ["505", "510", "530", "535"]       # 3-digit bank codes (Montenegro)
XK_BANKS = ["1212", "1301", "1501", "2001"]   # 4-digit bank + branch codes (Kosovo)
CY_BANKS = ["002", "005", "007", "018"]       # 3-digit bank codes (Cyprus)


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
    if v[:2] == "ME":
        return b[:3] in ME_BANKS and b.isdigit()
    if v[:2] == "XK":
        return b[:4] in XK_BANKS and b.isdigit()
    return b[:3] in CY_BANKS and b.isdigit()


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: ME 18n (3-digit bank code + 13-digit account + 2 national check
    digits); XK 16n (4-digit bank/branch + 10-digit account + 2 check digits); CY 8n16c (3-digit bank + 5-digit branch
    + 16-character account).  Check digits by ISO 7064 MOD 97-10; only digits are drawn for the account parts (the
    national check digits are random here)."""
    if cc == "ME":
        bban = rng.choice(ME_BANKS) + rdigits(rng, 15, True)
    elif cc == "XK":
        bban = rng.choice(XK_BANKS) + rdigits(rng, 12, True)
    elif cc == "CY":
        bban = rng.choice(CY_BANKS) + rdigits(rng, 21, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["dinacard", "laser", "nps", "bcglobal"]
CARD_GROUPS = {16: [4, 4, 4, 4]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IIN ranges as public IIN tables list them: DinaCard (Serbia) 9891 (16); Laser (Ireland,
    withdrawn) 6304 / 6706 / 6709 / 6771 (16); NPS Pridnestrovie 6054740-6054744 (16); BC Global 6541 / 6556 (16);
    last digit by the Luhn algorithm."""
    while True:
        if brand == "dinacard":
            v = card(rng, "9891", 16)
        elif brand == "laser":
            v = card(rng, rng.choice(["6304", "6706", "6709", "6771"]), 16)
        elif brand == "nps":
            v = card(rng, f"605474{rng.randint(0, 4)}", 16)
        elif brand == "bcglobal":
            v = card(rng, rng.choice(["6541", "6556"]), 16)
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


def gen_savings(rng):
    """Credit-union / bank savings account as printed on a statement: 'SAV-' + 10 digits (cued only)."""
    while True:
        v = "SAV-" + rdigits(rng, 10, True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital guarantor account: 'G' + 9 digits (cued only)."""
    while True:
        v = "G" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["MS", "UT", "DC", "CA", "TX", "NJ", "FL", "MI"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: MS 9 digits (beginning 8 on current cards);
    UT 4-10 digits (9 here); DC 7 digits; CA 1 letter + 7 digits; TX 8 digits; NJ 1 letter + 14 digits (printed
    A1234 56789 01234); FL 1 letter + 12 digits (printed A123-456-78-901-0); MI 1 letter + 12 digits (unspaced)."""
    while True:
        L = rng.choice(UP)
        if st == "MS":
            v = "8" + rdigits(rng, 8)
        elif st == "UT":
            v = rdigits(rng, 9, True)
        elif st == "DC":
            v = rdigits(rng, 7, True)
        elif st == "CA":
            v = L + rdigits(rng, 7, True)
        elif st == "TX":
            v = rdigits(rng, 8, True)
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "MI":
            v = L + rdigits(rng, 12, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"MS": r"8\d{8}", "UT": r"[1-9]\d{8}", "DC": r"[1-9]\d{6}", "CA": r"[A-Z][1-9]\d{6}", "TX": r"[1-9]\d{7}",
         "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "MI": r"[A-Z][1-9]\d{11}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_labelled":          # the three 3GPP fields labelled, as device diagnostics print them
        return f"TAC {plain[:8]} SNR {plain[8:14]} CD {plain[14]}"
    return plain


ICCID_CC = ["382", "383", "357", "598", "356"]   # Montenegro, Kosovo, Cyprus, Uruguay, Malta


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (382 Montenegro, 383 Kosovo, 357 Cyprus, 598 Uruguay,
    356 Malta) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(ICCID_CC)
        body += rdigits(rng, 18 - len(body))
        v = body + luhn_check_digit(body)
        if not boring(v[5:]):
            return v


IMSI_MCC = {"297": ["01", "02", "03"], "221": ["01", "02"], "280": ["01", "10"], "748": ["01", "07", "10"],
            "278": ["01", "21", "77"]}       # ITU-T E.212 MCCs: Montenegro, Kosovo, Cyprus, Uruguay, Malta


def gen_imsi(rng):
    """ITU-T E.212 IMSI: MCC (3) + MNC (2) + MSIN to 15 digits (cued only)."""
    while True:
        mcc = rng.choice(sorted(IMSI_MCC))
        v = mcc + rng.choice(IMSI_MCC[mcc]) + rdigits(rng, 10, True)
        if not boring(v[5:]):
            return v


def imsi_ok(v):
    return len(v) == 15 and v.isdigit() and v[:3] in IMSI_MCC and v[3:5] in IMSI_MCC[v[:3]]


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0), universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(5)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and \
        v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    if fmt == "dev.mac_eui64":             # RFC 4291 appendix A modified EUI-64 interface identifier from the MAC
        o = plain.split(":")
        o[0] = f"{int(o[0], 16) ^ 2:02x}"
        h = "".join(o[:3]) + "fffe" + "".join(o[3:])
        return ":".join(h[i:i + 4] for i in range(0, 16, 4))
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "5", "6", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implanted-device serial as printed on a patient card: 2 digits + '-' + 3 letters + '-' + 5 digits (cued)."""
    while True:
        v = rdigits(rng, 2, True) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(3)) + "-" + \
            rdigits(rng, 5, True)
        if not boring(v):
            return v


SERIAL_RX = r"[1-9]\d-[A-HJ-NPR-UV-Y]{3}-[1-9]\d{4}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["4V4", "1XP", "1XK", "1M1", "WMW", "U5Y", "TMA", "UU1", "SB1", "WF0", "W0L", "VF7"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Volvo Trucks USA 4V4, Peterbilt 1XP, Kenworth 1XK, Mack
    1M1, MINI WMW, Kia Slovakia U5Y, Hyundai Czech TMA, Dacia UU1, Toyota UK SB1, Ford Germany WF0, Opel W0L,
    Citroen VF7) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["ME", "XK", "CY", "UY", "MT"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
ME_TOWNS = ["PG", "NK", "BD", "HN", "KO", "BA"]


def gen_plate(rng, cc):
    """Registration plates: Montenegro (town code + 2 letters + 3 digits, 'PG AB 123'); Kosovo (2-digit region +
    3 digits + 2 letters, '01-123-AB'); Cyprus (3 letters + 3 digits, 'ABC 123'); Uruguay (Mercosur, 3 letters + 4
    digits, 'SBC 1234'); Malta (3 letters + 3 digits, 'ABC123' as printed without space)."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "ME":
        return f"{rng.choice(ME_TOWNS)} {L(2)} {rdigits(rng, 3, True)}"
    if cc == "XK":
        return f"0{rng.randint(1, 7)}-{rdigits(rng, 3, True)}-{L(2)}"
    if cc == "CY":
        return f"{L(3)} {rdigits(rng, 3, True)}"
    if cc == "UY":
        return f"S{L(2)} {rdigits(rng, 4, True)}"
    if cc == "MT":
        return f"{L(3)}{rdigits(rng, 3, True)}"
    raise KeyError(cc)


PLATE_RX = {"ME": r"(?:" + "|".join(ME_TOWNS) + r") [A-Z]{2} [1-9]\d{2}", "XK": r"0[1-7]-[1-9]\d{2}-[A-Z]{2}",
            "CY": r"[A-Z]{3} [1-9]\d{2}", "UY": r"S[A-Z]{2} [1-9]\d{3}", "MT": r"[A-Z]{3}[1-9]\d{2}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR (none drawn by the earlier sets)
    "APNIC": [113, 114, 119, 125], "ARIN": [99, 104, 108, 209], "RIPE NCC": [84, 87, 91, 95]}
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
    if fmt == "ip.v6_arpa":                # RFC 3596 2.5 reverse-lookup name under ip6.arpa
        return ipaddress.IPv6Address(plain).reverse_pointer
    if fmt == "ip.v4_forwarded":           # RFC 7239 Forwarded header node: for=a.b.c.d
        return f"for={plain}"
    if fmt == "ip.v6_forwarded":           # RFC 7239 6: an IPv6 node is quoted and bracketed
        return f'for="[{plain}]"'
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["ME", "XK", "CY", "BW", "ZM", "MU", "MV", "BN", "KH", "AD", "CA", "US"]
US_AREAS = [608, 715, 920, 262, 218, 507, 651, 319, 515, 563, 785, 620]
CA_AREAS = [587, 825, 431]


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
    if fmt == "phone.callto":             # Skype-style callto: URI with the E.164 number
        return f"callto:{e164}"
    if fmt == "phone.pairs":              # '+cc' then the national significant number in pairs from the right
        nsn = str(n.national_number)
        groups = []
        while nsn:
            groups.insert(0, nsn[-2:])
            nsn = nsn[:-2]
        return f"+{n.country_code} " + " ".join(groups)
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["mchsi.com", "midco.net", "q.com", "frontiernet.net", "t-com.me", "cytanet.com.cy", "adinet.com.uy",
                 "intnet.mu", "brunet.bn", "online.com.kh", "tutamail.com", "zoho.eu"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """plain; an RFC 6350 vCard EMAIL property line (EMAIL;TYPE=home:addr); the '@' written '(at)' (cued)."""
    return {"email.plain": plain, "email.vcard": f"EMAIL;TYPE=home:{plain}",
            "email.paren_at": plain.replace("@", "(at)")}[fmt]


URL_TEMPLATES = ["https://{slug}.itch.io", "https://www.couchsurfing.com/people/{slug}",
                 "https://www.researchgate.net/profile/{Slug}",
                 "https://www.alltrails.com/members/{slug}", "https://codepen.io/{slug}", "https://replit.com/@{slug}",
                 "https://trakt.tv/users/{slug}", "https://myanimelist.net/profile/{slug}",
                 "https://bitbucket.org/{slug}/", "https://www.vakinha.com.br/vaquinha/{fslug}",
                 "https://www.betterplace.me/{fslug}", "https://www.kickante.com.br/campanhas/{fslug}",
                 "https://portal.northwoodsfamilyclinic.org/patients/{num}/chart"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("EAU CLAIRE", "WI", "547"), ("OSHKOSH", "WI", "549"), ("DULUTH", "MN", "558"), ("MANKATO", "MN", "560"),
          ("DUBUQUE", "IA", "520"), ("AMES", "IA", "500"), ("SALINA", "KS", "674"), ("DODGE CITY", "KS", "678")]
STREETS = ["CHIPPEWA", "LAKE SUPERIOR", "WINNEBAGO", "MINNESOTA RIVER", "BLUFF VIEW", "CYCLONE", "SMOKY HILL",
           "SANTA FE", "NORTHWOODS", "PRAIRIE ROSE", "CEDAR VALLEY", "BIRCH LAKE"]
SUFFIXES = ["PRR", "FRD", "FLD", "ML", "LDG", "TRCE", "VIS", "FRK", "PNE", "STA", "ISLE", "OVAL"]  # Pub 28 app. C1
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, city, state, ZIP or
    ZIP+4; written upper case without punctuation except the comma before the city (no secondary unit)."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v)
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    """upper case (the Pub 28 form); street line and last line joined by CR LF (a two-line label as Windows text
    stores it); joined by ' - '; the street line only (cued); title case."""
    if fmt == "addr.crlf":
        return plain.replace(", ", "\r\n", 1)
    if fmt == "addr.dash":
        return plain.replace(", ", " - ", 1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.title":
        states = {c[1] for c in CITIES}
        return " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit()) else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["atlassian-api-token", "sentry-org-token", "microsoft-teams-webhook", "sidekiq-sensitive-url",
                "grafana-api-key", "authress-service-client-access-key", "gitlab-rrt", "jwt-base64",
                "curl-auth-header", "settlemint-application-access-token", "settlemint-service-access-token",
                "slack-legacy-bot-token", "private-key", "aws-amazon-bedrock-api-key-short-lived",
                "artifactory-reference-token", "gitlab-pat-routable"]
SECRET_EXTRA = ["uri.snowflake", "jaas.kafka", "uri.ftps", "password"]
B64 = string.ascii_letters + DIG + "+/"


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def gen_secret(rng, rule, rules=None):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); a Snowflake SQLAlchemy URL and
    an FTPS URL with an inline password (RFC 3986 userinfo), and a Kafka SASL/PLAIN JAAS config line with
    password=; passwords (cued).  Structured tokens (Sentry org token, JWT in base64, Bedrock short-lived key) are
    base64 of made-up JSON / URL text; none is a real credential."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "atlassian-api-token":
        return "ATATT3" + R(al + "_-", 185) + R(al, 1)
    if rule == "sentry-org-token":
        org = R(string.ascii_lowercase, rng.randint(5, 9))
        js = json.dumps({"iat": rng.randint(1700000000, 1790000000) + rng.randint(1, 999) / 1000,
                         "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": org},
                        separators=(",", ":"))
        return "sntrys_" + _b64(js) + "_" + R(al + "+/", 42) + R(al, 1)
    if rule == "microsoft-teams-webhook":
        u = lambda: f"{R(hx, 8)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 4)}-{R(hx, 12)}"
        return f"https://{R(string.ascii_lowercase, 8)}.webhook.office.com/webhookb2/{u()}@{u()}/IncomingWebhook/" \
               f"{R(lo, 32)}/{u()}"
    if rule == "sidekiq-sensitive-url":
        return f"https://{R(hx, 8)}:{R(hx, 8)}@{rng.choice(['gems', 'enterprise'])}.contribsys.com/"
    if rule == "grafana-api-key":
        return "eyJrIjoi" + R(al, rng.randint(80, 110))
    if rule == "authress-service-client-access-key":
        return f"sc_{R(lo, 12)}.{R(lo, 5)}.acc_{R(lo, 20)}.{R(al + '+/', 60)}"
    if rule == "gitlab-rrt":
        return "GR1348941" + R(al + "_-", 19) + R(al, 1)
    if rule == "jwt-base64":
        hdr = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":"))).rstrip("=").replace("+", "-") \
            .replace("/", "_")
        body = _b64(json.dumps({"sub": R(DIG, 8), "iat": rng.randint(1700000000, 1790000000)},
                               separators=(",", ":"))).rstrip("=").replace("+", "-").replace("/", "_")
        jwt = f"{hdr}.{body}.{R(al + '-_', 43)}"
        return _b64(jwt)
    if rule == "curl-auth-header":
        return f'curl -s -H "Authorization: Bearer {R(al, 40)}" https://api.{R(string.ascii_lowercase, 7)}.io/v2/me'
    if rule == "settlemint-application-access-token":
        return "sm_aat_" + R(al, 16)
    if rule == "settlemint-service-access-token":
        return "sm_sat_" + R(al, 16)
    if rule == "slack-legacy-bot-token":
        return f"xoxb-{R(DIG, 11)}-{R(al, 24)}"
    if rule == "private-key":
        body = "\n".join(R(al + "+/", 64) for _ in range(3))
        return f"-----BEGIN EC PRIVATE KEY-----\n{body}\n-----END EC PRIVATE KEY-----"
    if rule == "aws-amazon-bedrock-api-key-short-lived":
        return "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + R(al + "+/", 120) + "=="
    if rule == "artifactory-reference-token":
        return "cmVmd" + R(al, 59)
    if rule == "gitlab-pat-routable":
        return "glpat-" + R(al + "_-", 36) + "." + R(string.ascii_lowercase + DIG, 9)
    if rule == "uri.snowflake":
        return f"snowflake://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@{R(lo, 7)}-{R(lo, 7)}/ANALYTICS/PUBLIC" \
               f"?warehouse=COMPUTE_WH"
    if rule == "jaas.kafka":
        return f'org.apache.kafka.common.security.plain.PlainLoginModule required username="{R(string.ascii_lowercase, 7)}" ' \
               f'password="{R(al, 22)}";'
    if rule == "uri.ftps":
        return f"ftps://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@ftp.{R(string.ascii_lowercase, 8)}.net:990/outbox"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them); Go's '\\z' becomes '\\Z'."""
    rx = rule["regex"].replace("\\z", "\\Z")
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.snowflake":
        return bool(re.fullmatch(r"snowflake://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+/\w+\?[\w=&-]+", value))
    if rule_id == "jaas.kafka":
        return bool(re.fullmatch(r'org\.apache\.kafka\.common\.security\.plain\.PlainLoginModule required '
                                 r'username="[a-z]+" password="[A-Za-z0-9]{14,}";', value))
    if rule_id == "uri.ftps":
        return bool(re.fullmatch(r"ftps://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
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
