"""Value generators for the thirtyfourth set, each from a published format rule, with validators.

Each generator takes a random.Random.  ``render_*`` functions turn a plain value into its written form, and the
``*_ok`` validators check a plain value against its rule; check.py uses both.  Standard library + phonenumbers only.
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


def digits(rng, n, lead=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    return (rng.choice("123456789") + s[1:]) if lead and s[0] == "0" else s


def dull(s):
    """True for digit strings that read as placeholders: long repeats, ladders, many zeros."""
    d = re.sub(r"\D", "", s)
    if len(d) >= 4 and len(set(d)) <= 2:
        return True
    return bool(re.search(r"(\d)\1{3}", d)) or any(x in d for x in ("1234", "2345", "3456", "9876", "0000"))


# ------------------------------------------------------------------ Luhn (ISO/IEC 7812-1 annex B)
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return str(-s % 10)


def luhn_ok(n):
    return n.isdigit() and luhn_digit(n[:-1]) == n[-1]


# ------------------------------------------------------------------ US SSN
def gen_ssn(rng):
    """SSA SSN randomisation (June 2011): area 001-665 or 667-899, group 01-99, serial 0001-9999; advertising
    block 987-65-432x and the Woolworth number excluded."""
    while True:
        a = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
        v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if not dull(v) and v != "078-05-1120":
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


SSN_RENDER = {"ssn.dash": lambda p: p, "ssn.space": lambda p: p.replace("-", " "),
              "ssn.bare": lambda p: p.replace("-", ""), "ssn.under": lambda p: p.replace("-", "_")}

# ------------------------------------------------------------------ dates of birth
SE_MONTHS = ("ođđajagemánnu guovvamánnu njukčamánnu cuoŋománnu miessemánnu geassemánnu suoidnemánnu "
             "borgemánnu čakčamánnu golggotmánnu skábmamánnu juovlamánnu").split()
MFE_MONTHS = "zanvie fevriye mars avril me zin zilye out septam oktob novam desam".split()
SRN_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def gen_dob(rng):
    """A proleptic-Gregorian calendar date from 1926-01-01 to 2011-12-31 (ISO 8601 extended form)."""
    return (datetime.date(1926, 1, 1) + datetime.timedelta(days=rng.randint(0, 31410))).isoformat()


def dob_ok(v):
    try:
        return 1900 <= datetime.date.fromisoformat(v).year <= 2015
    except ValueError:
        return False


DATE_FORMATS = ["date.iso", "date.us_dash", "date.sas9", "date.dmy_slash", "date.han", "date.roc", "date.sami",
                "date.mfe", "date.srn", "date.en_dmy", "date.iso_basic"]


def render_date(fmt, iso):
    """ISO 8601 extended and basic forms; US mm-dd-yyyy; SAS DATE9. (ddMONyyyy); dd/mm/yyyy; CJK
    yyyy年m月d日; Republic of China (Minguo) calendar 民國(yyyy-1911)年m月d日; Northern Sami 'd. <month genitive>
    yyyy' (month names of the Sámi Giellatekno / CLDR se locale); Mauritian Creole 'd <month> yyyy' (Lortograf
    Kreol Morisien 2011); Sranan Tongo (Dutch month names as written in Suriname); English 'd Month yyyy'; key-safe
    yyyy_mm_dd."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    return {
        "date.iso": iso, "date.iso_basic": f"{y}{m:02d}{dd:02d}", "date.us_dash": f"{m:02d}-{dd:02d}-{y}",
        "date.sas9": f"{dd:02d}{MON3[m - 1]}{y}", "date.dmy_slash": f"{dd:02d}/{m:02d}/{y}",
        "date.han": f"{y}年{m}月{dd}日", "date.roc": f"民國{y - 1911}年{m}月{dd}日",
        "date.sami": f"{dd}. {SE_MONTHS[m - 1]} {y}", "date.mfe": f"{dd} {MFE_MONTHS[m - 1]} {y}",
        "date.srn": f"{dd} {SRN_MONTHS[m - 1]} {y}", "date.en_dmy": f"{dd} {d.strftime('%B')} {y}",
        "date.key": f"{y}_{m:02d}_{dd:02d}",
    }[fmt]


# ------------------------------------------------------------------ MRN house styles (always cued)
MRN_RX = {"mrn.ur7": r"UR\d{7}", "mrn.mod10": r"H\d{6}-\d", "mrn.pmi": r"PMI[1-9]\d{7}",
          "mrn.acc": r"ACC-(19|20)\d\d-\d{6}", "mrn.bare9": r"[1-9]\d{8}", "mrn.hash": r"MR#\d{6}[A-Z]"}


def gen_mrn(rng, style):
    """House styles: Australian-style unit record 'UR' + 7 digits; 'H' + 6 digits + '-' + mod-10 (Luhn) check digit;
    patient master index 'PMI' + 8 digits; accession-style 'ACC-yyyy-nnnnnn'; bare 9-digit chart number;
    'MR#' + 6 digits + site letter."""
    while True:
        if style == "mrn.ur7":
            v = "UR" + digits(rng, 7)
        elif style == "mrn.mod10":
            b = digits(rng, 6, True)
            v = f"H{b}-{luhn_digit(b)}"
        elif style == "mrn.pmi":
            v = "PMI" + digits(rng, 8, True)
        elif style == "mrn.acc":
            v = f"ACC-{rng.randint(1998, 2025)}-{digits(rng, 6)}"
        elif style == "mrn.bare9":
            v = digits(rng, 9, True)
        elif style == "mrn.hash":
            v = "MR#" + digits(rng, 6) + rng.choice("ABCDEFGHKLMNPRST")
        else:
            raise KeyError(style)
        if not dull(v):
            return v


def mrn_ok(style, v):
    if re.fullmatch(MRN_RX[style], v) is None:
        return False
    return style != "mrn.mod10" or luhn_digit(v[1:7]) == v[-1]


# ------------------------------------------------------------------ health plan ids (always cued)
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (CMS MBI format, 2016): positions C A AN N A AN N A A N N; letters
    exclude S L O I B Z."""
    an = MBI_A + DIG
    pick = {"C": "123456789", "A": MBI_A, "AN": an, "N": DIG}
    return "".join(rng.choice(pick[p]) for p in ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"])


def mbi_ok(v):
    a = "[ACDEFGHJKMNPQRTUVWXY]"
    return re.fullmatch(f"[1-9]{a}[0-9ACDEFGHJKMNPQRTUVWXY]\\d{a}[0-9ACDEFGHJKMNPQRTUVWXY]\\d{a}{a}\\d\\d", v) is not None


HP_RX = {"hp.mbi_space": None, "hp.bcbs": r"[A-Z]{3}[1-9]\d{8}", "hp.aetna": r"W[1-9]\d{8}",
         "hp.tx_medicaid": r"[1-9]\d{8}", "hp.fl_medicaid": r"[1-9]\d{9}", "hp.uhc": r"[1-9]\d{8}-0[0-3]"}


def gen_hpid(rng, style):
    """MBI printed in the card's 4-3-4 spaced grouping; Blue Cross Blue Shield member ID (3-letter alpha prefix +
    9 digits); Aetna member ID ('W' + 9 digits); Texas Medicaid client number (9 digits); Florida Medicaid ID
    (10 digits); UnitedHealthcare member ID with 2-digit dependant suffix."""
    while True:
        if style == "hp.mbi_space":
            v = gen_mbi(rng)
        elif style == "hp.bcbs":
            v = "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 9, True)
        elif style == "hp.aetna":
            v = "W" + digits(rng, 9, True)
        elif style == "hp.tx_medicaid":
            v = digits(rng, 9, True)
        elif style == "hp.fl_medicaid":
            v = digits(rng, 10, True)
        elif style == "hp.uhc":
            v = digits(rng, 9, True) + "-0" + rng.choice("0123")
        else:
            raise KeyError(style)
        if not dull(v):
            return v


def render_hpid(style, plain):
    return f"{plain[:4]} {plain[4:7]} {plain[7:]}" if style == "hp.mbi_space" else plain


# ------------------------------------------------------------------ IBANs (ISO 13616, SWIFT IBAN Registry)
IBAN_LEN = {"MU": 30, "SC": 31, "NO": 15, "LU": 20, "SA": 24}


def iban_digits(cc, bban):
    """ISO 7064 MOD 97-10 check digits over BBAN + country + '00'."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    if v[:2] == "NO" and not no_kontonr_ok(v[4:]):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def no_kontonr_ok(k):
    """Norwegian kontonummer (11 digits): MOD 11 with weights 5,4,3,2,7,6,5,4,3,2; remainder 1 invalid."""
    s = sum(int(c) * w for c, w in zip(k[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    return k.isdigit() and (0 if r == 11 else r) == int(k[10]) and r != 10


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: MU 4!a2!n2!n12!n3!n3!a; SC 4!a2!n2!n16!n3!a; NO 4!n6!n1!n (with the
    national MOD 11 check digit); LU 3!n13!c; SA 2!n18!c."""
    while True:
        if cc == "MU":
            bban = rng.choice(["BOMM", "MCBL", "SBMM", "AFBL"]) + "01" + digits(rng, 2) + digits(rng, 12, True) + \
                "000" + "MUR"
        elif cc == "SC":
            bban = rng.choice(["SSCB", "MCBL", "BAHL", "NOVH"]) + "11" + digits(rng, 2) + digits(rng, 16, True) + "SCR"
        elif cc == "NO":
            body = rng.choice(["1503", "9710", "6011", "8601", "3000"]) + digits(rng, 6)
            s = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
            r = 11 - s % 11
            if r == 10:
                continue
            bban = body + str(0 if r == 11 else r)
        elif cc == "LU":
            bban = rng.choice(["001", "002", "014", "019", "030"]) + digits(rng, 13, True)
        elif cc == "SA":
            bban = rng.choice(["10", "80", "20", "45"]) + digits(rng, 18, True)
        else:
            raise KeyError(cc)
        if not dull(bban[-8:]):
            return cc + iban_digits(cc, bban) + bban


CARD_BRANDS = ["discover", "jcb", "diners", "elo", "verve"]


def gen_card(rng, brand):
    """ISO/IEC 7812 IIN ranges: Discover 6011 / 644-649 / 65 (16 digits); JCB 3528-3589 (16); Diners Club
    International 36 (14); Elo 636368 / 504175 / 509048 (16); Verve 506099-506198 (19); Luhn check digit."""
    pre, n = {"discover": (rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16),
              "jcb": (str(rng.randint(3528, 3589)), 16), "diners": ("36", 14),
              "elo": (rng.choice(["636368", "504175", "509048"]), 16),
              "verve": (str(rng.randint(506099, 506198)), 19)}[brand]
    while True:
        body = pre + digits(rng, n - len(pre) - 1)
        v = body + luhn_digit(body)
        if not dull(v[len(pre):]):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_print":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt == "acct.card_dash":
        if len(plain) == 14:
            return f"{plain[:4]}-{plain[4:10]}-{plain[10:]}"
        return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    return plain


# ------------------------------------------------------------------ driver's licences (AAMVA jurisdiction formats)
DL_RX = {"CA": r"[A-Z]\d{7}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "OH": r"[A-Z]{2}\d{6}",
         "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}", "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "VA": r"[A-Z]\d{8}",
         "HI": r"H\d{8}", "KY": r"[A-Z]\d{2}-\d{3}-\d{3}"}


def gen_dl(rng, st):
    """AAMVA DL/ID jurisdiction formats: CA 1 letter + 7 digits; FL 1 letter + 12 digits (printed A000-000-00-000-0);
    OH 2 letters + 6 digits; MI 1 letter + 12 digits (printed in groups of 3); NJ 1 letter + 14 digits (printed
    A0000 00000 00000); VA 1 letter + 8 digits; HI 'H' + 8 digits; KY 1 letter + 8 digits (printed A00-000-000)."""
    while True:
        L = rng.choice(UP)
        if st == "CA":
            v = L + digits(rng, 7)
        elif st == "FL":
            d = digits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "OH":
            v = L + rng.choice(UP) + digits(rng, 6)
        elif st == "MI":
            d = digits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "NJ":
            d = digits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "VA":
            v = L + digits(rng, 8)
        elif st == "HI":
            v = "H" + digits(rng, 8)
        elif st == "KY":
            d = digits(rng, 8)
            v = f"{L}{d[:2]}-{d[2:5]}-{d[5:]}"
        else:
            raise KeyError(st)
        if not dull(v):
            return v


# ------------------------------------------------------------------ device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: TAC (8, reporting body 35/86/99) + SNR (6) + Luhn check digit."""
    body = rng.choice(["35", "86", "99"]) + digits(rng, 12)
    return body + luhn_digit(body)


def render_imei(fmt, plain):
    """IMEI printed as AA-BBBBBB-CCCCCC-D (GSMA TS.06 label layout) or plain."""
    return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}" if fmt == "dev.imei_dash" else plain


def gen_mac(rng):
    """IEEE 802 EUI-48, unicast and universally administered (two low bits of the first octet 0)."""
    o = [rng.randrange(4, 256) & 0xFC] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{x:02x}" for x in o)


def mac_ok(v):
    return re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v) is not None and int(v[:2], 16) & 3 == 0 and \
        not v.startswith("00:00:5e:00:53")


def render_mac(fmt, plain):
    h = plain.replace(":", "")
    if fmt == "dev.mac_cisco":
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "dev.mac_hyphen":
        return plain.replace(":", "-")
    if fmt == "dev.mac_upper":
        return plain.upper()
    return plain


def gs1_digit(body):
    """GS1 General Specifications 7.9.1 mod-10, weights 3,1 from the right."""
    return str(-sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body))) % 10)


def gen_udi(rng):
    """GS1 UDI human-readable form (FDA GUDID): (01) GTIN-14 + (17) expiry YYMMDD + (10) lot + (21) serial."""
    body = "0" + rng.choice(["0", "5", "6"]) + digits(rng, 11)
    exp = f"{rng.randint(26, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    ser = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){body}{gs1_digit(body)}(17){exp}(10){lot}(21){ser}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{1,20})", v)
    return bool(m) and gs1_digit(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant serial as printed on a pacemaker / pump label: 3 letters + 6 digits + 1 letter (cued only)."""
    return "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 6, True) + rng.choice(UP)


# ------------------------------------------------------------------ vehicles
_VT = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
       "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["JTD", "1HG", "1FA", "WBA", "YV1", "TMB", "KMH", "VF1", "UU1", "JA3", "MAT", "SAL"]


def vin_digit(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11, 10 -> 'X'."""
    r = sum(_VT[c] * w for c, w in zip(v, _VW)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565 VIN: WMI (Toyota JTD, Honda 1HG, Ford 1FA, BMW WBA, Volvo YV1, Skoda TMB, Hyundai KMH, Renault VF1,
    Dacia UU1, Mitsubishi JA3, Tata MAT, Land Rover SAL) + 5 VDS + check digit + year + plant + 6-digit serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_ALPHA) for _ in range(5)) + "0" + \
            rng.choice("BCDEFGHJKLMNPRSTVWXY") + rng.choice(VIN_ALPHA) + digits(rng, 6)
        v = v[:8] + vin_digit(v) + v[9:]
        if not dull(v[-6:]):
            return v


def vin_ok(v):
    return re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v) is not None and vin_digit(v) == v[8]


PLATE_RX = {"NO": r"[A-Z]{2} \d{5}", "LU": r"[A-Z]{2} \d{4}", "TW": r"[A-Z]{3}-\d{4}",
            "MU": r"\d{1,4} [A-Z]{2} \d{2}", "ES": r"\d{4} [BCDFGHJKLMNPRSTVWXYZ]{3}"}


def gen_plate(rng, cc):
    """Registration plates: Norway (2 letters + 5 digits, 'AB 12345'); Luxembourg (2 letters + 4 digits); Taiwan
    (2014 private cars, 'ABC-1234'); Mauritius (number + 2 letters + 2-digit year, '1234 AB 19'); Spain (2000
    national system, 4 digits + 3 consonants)."""
    while True:
        if cc == "NO":
            v = rng.choice(["EL", "DN", "BS", "KH", "ST", "VH"]) + " " + digits(rng, 5, True)
        elif cc == "LU":
            v = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2)) + " " + digits(rng, 4, True)
        elif cc == "TW":
            v = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "-" + digits(rng, 4, True)
        elif cc == "MU":
            v = f"{rng.randint(1, 9999)} {rng.choice(['JN', 'ZR', 'AP', 'FB', 'NV', 'MY'])} {rng.randint(10, 24):02d}"
        elif cc == "ES":
            v = digits(rng, 4) + " " + "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
        else:
            raise KeyError(cc)
        if not dull(v):
            return v


# ------------------------------------------------------------------ IP addresses
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
                                               "3fff::/20")]


def ip_ok(v):
    """Public per the IANA special-purpose registries (ipaddress.is_global), not multicast, not documentation
    (RFC 5737, RFC 3849, RFC 9637)."""
    a = ipaddress.ip_address(v)
    return a.is_global and not a.is_multicast and not any(a.version == n.version and a in n for n in DOC_NETS)


def gen_ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if 1 <= a.packed[0] < 224 and a.packed[0] not in (10, 127) and ip_ok(str(a)):
            return str(a)


def gen_ipv6(rng):
    """Global unicast 2000::/3 (RFC 4291) under RIR blocks 2001:4860::, 2a00::/12, 2c0f::, 2400::, 2803::."""
    while True:
        g = [rng.choice([0x2a00, 0x2a05, 0x2c0f, 0x2400, 0x2803, 0x2604])] + [rng.randrange(1, 0x10000)
                                                                            for _ in range(3)] + \
            [rng.randrange(0x10000) for _ in range(4)]
        a = ipaddress.IPv6Address(":".join(f"{x:x}" for x in g))
        if ip_ok(str(a)):
            return str(a)


def render_ip(fmt, plain, port=None):
    return {"ip.v4": plain, "ip.v6": plain, "ip.v4_cidr": plain + "/32", "ip.v4_mapped": "::ffff:" + plain,
            "ip.v6_port": f"[{plain}]:{port}", "ip.v4_dash": plain.replace(".", "-")}[fmt]


# ------------------------------------------------------------------ phones
PHONE_REGIONS = ["NO", "LU", "MU", "SC", "SR", "TW", "IR", "ES", "SA", "BT", "EC", "US"]
US_AREAS = [512, 305, 602, 404, 614, 313, 201, 804, 808, 502, 713, 916]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that libphonenumber's metadata (phonenumbers.is_valid_number) accepts; US numbers use real
    area codes and never the 555 exchange."""
    cc = phonenumbers.country_code_for_region(region)
    ex = str(phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE).national_number)
    while True:
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + digits(rng, 6)
        else:
            k = rng.randint(1, min(3, len(ex) - 4))
            nat = ex[:k] + digits(rng, len(ex) - k)
        e164 = f"+{cc}{nat}"
        if phone_ok(e164) and not dull(nat[-6:]):
            return e164


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    return phonenumbers.is_valid_number(n) and not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    """E.164; ITU-T E.123 international; national; RFC 3966 tel: URI; ITU international call prefix '00'."""
    n = phonenumbers.parse(e164)
    return {"phone.e164": e164, "phone.intl": phonenumbers.format_number(n, PNF.INTERNATIONAL),
            "phone.national": phonenumbers.format_number(n, PNF.NATIONAL),
            "phone.tel": phonenumbers.format_number(n, PNF.RFC3966), "phone.00": "00" + e164[1:],
            "phone.digits": e164[1:]}[fmt]


# ------------------------------------------------------------------ e-mail and URLs
EMAIL_DOMAINS = ["online.no", "pt.lu", "intnet.mu", "hinet.net", "sr.net", "proton.me", "zoho.com", "mail.com",
                 "yahoo.com.tw", "aol.com", "gmx.net", "icloud.com"]
RESERVED = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part at a registered domain (not RFC 2606 / RFC 6761)."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED)


def orcid_digit(base15):
    """ORCID iD check character: ISO 7064 MOD 11-2."""
    t = 0
    for c in base15:
        t = (t + int(c)) * 2
    r = (12 - t % 11) % 11
    return "X" if r == 10 else str(r)


def gen_orcid(rng):
    b = "0000000" + str(rng.randint(2, 3)) + digits(rng, 7)
    d = b + orcid_digit(b)
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))


URL_SITES = ["https://www.gofundme.com/f/{slug}", "https://ko-fi.com/{flat}", "https://www.patreon.com/{flat}",
             "https://givealittle.co.nz/cause/{slug}", "https://www.ketto.org/fundraiser/{slug}",
             "https://bsky.app/profile/{flat}.bsky.social", "https://www.instagram.com/{dot}/",
             "https://www.facebook.com/{dot}", "https://www.researchgate.net/profile/{Pascal}",
             "https://orcid.org/{orcid}", "https://minhelse.helsenorge.no/pasient/{num}"]


def url_ok(v):
    if "example" in v or not re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+/?", v):
        return False
    m = re.search(r"orcid\.org/(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$", v)
    return not m or orcid_digit("".join(m.groups())[:15]) == m[4][-1]


# ------------------------------------------------------------------ US street addresses and ZIPs
CITIES = [("AUSTIN", "TX", "787"), ("MIAMI", "FL", "331"), ("PHOENIX", "AZ", "850"), ("ATLANTA", "GA", "303"),
          ("COLUMBUS", "OH", "432"), ("DETROIT", "MI", "482"), ("NEWARK", "NJ", "071"), ("RICHMOND", "VA", "232"),
          ("HONOLULU", "HI", "968"), ("LOUISVILLE", "KY", "402"), ("HOUSTON", "TX", "770"),
          ("SACRAMENTO", "CA", "958")]
STREETS = ["PECAN", "MESQUITE", "PALMETTO", "SAGUARO", "PEACHTREE", "BUCKEYE", "HURON", "PASSAIC", "JAMES RIVER",
           "KAPIOLANI", "BARDSTOWN", "WESTHEIMER", "AMERICAN RIVER", "CYPRESS", "MAGNOLIA BEND"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CIR", "PKWY", "TRL", "HWY", "LOOP", "XING"]  # USPS Pub 28 C1


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: the named city's 3-digit sectional-centre prefix + 2 digits."""
    while True:
        z = (prefix or rng.choice(CITIES)[2]) + digits(rng, 2)
        if z[3:] != "00" and not dull(z):
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional secondary
    unit (APT / UNIT / STE / # ), city, state, ZIP or ZIP+4."""
    city, st, pfx = rng.choice(CITIES)
    pre = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" APT {rng.randint(2, 40)}", f" UNIT {rng.choice('ABCDEF')}{rng.randint(1, 9)}",
                       f" STE {rng.randint(101, 980)}"])
    z = gen_zip(rng, pfx) + (("-" + digits(rng, 4, True)) if rng.random() < 0.35 else "")
    return f"{rng.randint(12, 39999)} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"\d{2,5} (?:(?:N|S|E|W|SW) )?[A-Z ]+? (?:" + "|".join(SUFFIXES) +
                     r")(?: (?:APT \d+|UNIT [A-F]\d|STE \d{3}))?, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?", v)
    return bool(m) and any(c == m[1] and s == m[2] and m[3].startswith(p) for c, s, p in CITIES)


def render_street(fmt, plain):
    if fmt == "addr.mixed":
        states = {c[1] for c in CITIES}
        return " ".join(w if w.rstrip(",") in states or w in ("N", "S", "E", "W", "SW") else w.capitalize()
                        for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.twoline":
        line, rest = plain.split(", ", 1)
        return line + "\n" + rest
    return plain


# ------------------------------------------------------------------ secrets
def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); an HS256 JWT (RFC 7519, base64url
    segments); PostgreSQL and MongoDB SRV URIs and an ADO.NET connection string with an inline password; passwords
    (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))  # noqa: E731
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "-_", 93) + "AA"
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "-_", 74) + "T3BlbkFJ" + R(al + "-_", 74)
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "gcp-api-key":
        return "AIza" + R(al + "-_", 35)
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "-_", 60)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "heroku-api-key-v2":
        return "HRKU-AA" + R(al + "_-", 58)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(string.ascii_uppercase + DIG, 24) + "." + R(string.ascii_uppercase + DIG, 64)
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "clojars-api-token":
        return "CLOJARS_" + R(lo, 60)
    if rule == "duffel-api-token":
        return "duffel_live_" + R(al, 43)
    if rule == "easypost-api-token":
        return "EZAK" + R(al, 54)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "-_", 48)
    if rule == "jwt":
        import base64
        b = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")  # noqa: E731
        payload = '{"sub":"' + R(lo, 12) + '","iat":' + str(rng.randint(1600000000, 1750000000)) + \
            ',"scope":"records.read"}'
        return b('{"alg":"HS256","typ":"JWT"}') + "." + b(payload) + "." + R(al + "-_", 43)
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@pg-{R(lo, 6)}.prod.internal:5432/clinic"
    if rule == "uri.mongosrv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@cluster0.{R(lo, 5)}.mongodb.net/records"
    if rule == "cs.adonet":
        return (f"Server=tcp:{R(lo, 8)}.database.windows.net,1433;Initial Catalog=ehr;User ID={R(lo, 6)};"
                f"Password={R(al, 16)};Encrypt=True;")
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("@#%&") + R(DIG, 4) + R(string.ascii_letters, 3) + \
            rng.choice("!?*")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: '(?i)' anywhere becomes a whole-pattern flag, '(?-i:x)' -> x."""
    rx = rule["regex"].replace("(?-i:", "(?:")
    flags = re.I if "(?i)" in rx else 0
    return re.search(rx.replace("(?i)", ""), value + " ", flags) is not None


def secret_ok(rid, v, rules):
    if rid.startswith("uri."):
        return re.fullmatch(r"(postgresql|mongodb\+srv)://[a-z]+:[A-Za-z0-9]{16,}@[\w.-]+(:\d+)?/\w+", v) is not None
    if rid == "cs.adonet":
        return re.search(r"Password=[A-Za-z0-9]{16};", v) is not None
    if rid == "password":
        return len(v) >= 12 and any(c.isdigit() for c in v) and any(not c.isalnum() for c in v)
    return gitleaks_match(rules[rid], v)


# ------------------------------------------------------------------ identifiers
def ascii_fold(s):
    s = s.replace("ŋ", "ng").replace("đ", "d").replace("ŧ", "t").replace("ž", "z").replace("š", "s")
    s = s.replace("Æ", "Ae").replace("æ", "ae").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, keep; native joins native-script
    words by '_' (or, for unspaced Han names, keeps them)."""
    if style == "native":
        return "_".join(w for w in re.split(r"[\s,.]+", text) if w)
    words = [w for w in re.split(r"[^0-9A-Za-z]+", ascii_fold(text)) if w]
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
    raise KeyError(style)


def rx_escape(s):
    """Escape the ECMA-262 SyntaxCharacters (and '/') for a JSON Schema regex literal."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
