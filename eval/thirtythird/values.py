"""Value generators for the thirty-third set, each from a published format rule, with validators.

Each ``gen_*`` takes a random.Random; ``render_*`` renders a plain value in a written form; the ``*_ok`` validators
check a plain value against its rule (check.py uses them).  Only the standard library and ``phonenumbers`` are used.
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
    if lead and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def looks_placeholder(s):
    """Reject digit runs that read as documentation stand-ins: repeats (7777), ladders (2345 / 8765), all one or two
    digits."""
    d = re.sub(r"\D", "", s)
    if len(d) >= 4 and len(set(d)) <= 2:
        return True
    for i in range(len(d) - 3):
        w = d[i:i + 4]
        if len(set(w)) == 1 or w in "0123456789" or w in "9876543210":
            return True
    return False


# ---------------------------------------------------------------- Luhn (ISO/IEC 7812-1 annex B)
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str(-tot % 10)


def luhn_ok(num):
    return num.isdigit() and len(num) > 1 and luhn_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------- US SSN
def gen_ssn(rng):
    """SSA SSN randomisation (June 2011): area 001-665 or 667-899, group 01-99, serial 0001-9999; the advertising
    block 987-65-4320..4329 and the Woolworth number 078-05-1120 are excluded."""
    while True:
        area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
        v = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if not looks_placeholder(v) and v != "078-05-1120":
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


def render_ssn(fmt, v):
    return {"ssn.dash": v, "ssn.space": v.replace("-", " "), "ssn.bare": v.replace("-", ""),
            "ssn.snake": v.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
BG_MONTHS = "януари февруари март април май юни юли август септември октомври ноември декември".split()
TH_MONTHS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน "
             "ธันวาคม").split()
HE_MONTHS = "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()
LAD_MONTHS = "enero febrero marso avril mayo junio julio agosto septembre oktubre noviembre disiembre".split()
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MON3 = [m[:3].upper() for m in EN_MONTHS]


def gen_dob(rng):
    """A proleptic-Gregorian calendar date between 1928-01-01 and 2011-12-31, held as ISO 8601 (YYYY-MM-DD)."""
    d = datetime.date(1928, 1, 1) + datetime.timedelta(days=rng.randint(0, 30632))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def render_date(fmt, iso):
    """ISO 8601 extended; US mm/dd/yyyy; ISO 8601 basic (YYYYMMDD); Oracle DD-MON-YYYY; CLDR long dates: bg
    ('12 март 1984 г.'), th with the Buddhist era (year + 543, '12 มีนาคม 2527'), he ('12 במרץ 1984'), en-IE
    ('12 March 1984'); Ladino in Aki Yerushalayim spelling ('12 de marso de 1984'); key-safe Y_m_d."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.us":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.basic":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.oracle":
        return f"{dd:02d}-{MON3[m - 1]}-{y}"
    if fmt == "date.bg_long":
        return f"{dd} {BG_MONTHS[m - 1]} {y} г."
    if fmt == "date.th_be":
        return f"{dd} {TH_MONTHS[m - 1]} {y + 543}"
    if fmt == "date.he_long":
        return f"{dd} ב{HE_MONTHS[m - 1]} {y}"
    if fmt == "date.ie_long":
        return f"{dd} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.lad_long":
        return f"{dd} de {LAD_MONTHS[m - 1]} de {y}"
    if fmt == "date.key":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_RX = {"mrn.epi7": r"EPI[1-9]\d{6}", "mrn.site_slash": r"MR(0[1-9]|[1-4]\d)/\d{6}",
          "mrn.h_mod11": r"H\d{6}-\d", "mrn.pt9": r"PT[1-9]\d{8}", "mrn.zero10": r"00[1-9]\d{7}"}


def mod11_digit(body):
    """ISO 7064-style weighted mod 11 (weights 2..7 from the right, remainder 10 -> 0)."""
    w = [2, 3, 4, 5, 6, 7]
    s = sum(int(c) * w[i % 6] for i, c in enumerate(reversed(body)))
    return str((11 - s % 11) % 11 % 10)


def gen_mrn(rng, style):
    """House styles: 'EPI' + 7 digits (enterprise patient id); 'MR' + 2-digit site + '/' + 6 digits; 'H' + 6 digits
    + '-' + weighted mod-11 check digit; 'PT' + 9 digits; 10 digits zero-padded ('00' + 8)."""
    while True:
        if style == "mrn.epi7":
            v = "EPI" + digits(rng, 7, True)
        elif style == "mrn.site_slash":
            v = f"MR{rng.randint(1, 49):02d}/{digits(rng, 6)}"
        elif style == "mrn.h_mod11":
            b = digits(rng, 6)
            v = f"H{b}-{mod11_digit(b)}"
        elif style == "mrn.pt9":
            v = "PT" + digits(rng, 9, True)
        elif style == "mrn.zero10":
            v = "00" + digits(rng, 8, True)
        else:
            raise KeyError(style)
        if not looks_placeholder(v):
            return v


def mrn_ok(style, v):
    if re.fullmatch(MRN_RX[style], v) is None:
        return False
    if style == "mrn.h_mod11":
        return mod11_digit(v[1:7]) == v[-1]
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier: 11 positions C A AN N A AN N A A N N (C 1-9; A letters without S L O I B Z;
    AN either; N 0-9)."""
    pick = {"C": "123456789", "A": MBI_L, "N": DIG, "AN": MBI_L + DIG}
    return "".join(rng.choice(pick[p]) for p in ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"])


def mbi_ok(v):
    a = f"[{MBI_L}]"
    return re.fullmatch(f"[1-9]{a}[{MBI_L}0-9]\\d{a}[{MBI_L}0-9]\\d{a}{a}\\d\\d", v) is not None


HP_RX = {"hp.mbi": None, "hp.bcbs_prefix": r"[A-Z]{3}\d{9}", "hp.aetna_w": r"W[1-9]\d{8}",
         "hp.medical_bic": r"9\d{7}[A-Z]\d{4}", "hp.fl_medicaid": r"[1-9]\d{9}"}


def gen_hpid(rng, style):
    """MBI; Blue Cross Blue Shield member id (3-letter alpha prefix + 9 digits); Aetna member id ('W' + 9 digits);
    California Medi-Cal Benefits Identification Card id (9 + 7 digits, check letter, 4-digit issue date); Florida
    Medicaid recipient id (10 digits)."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.bcbs_prefix":
            v = "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 9)
        elif style == "hp.aetna_w":
            v = "W" + digits(rng, 9, True)
        elif style == "hp.medical_bic":
            v = "9" + digits(rng, 7) + rng.choice(UP) + f"{rng.randint(1, 12):02d}{rng.randint(15, 25):02d}"
        elif style == "hp.fl_medicaid":
            v = digits(rng, 10, True)
        else:
            raise KeyError(style)
        if not looks_placeholder(v):
            return v


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"BG": 22, "IE": 22, "IL": 23, "MT": 31}


def iban_digits(cc, bban):
    """ISO 13616-1 check digits (ISO 7064 MOD 97-10)."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBANs: BG 4a4n2n8c (bank BIC letters, branch, type, account); IE 4a6n8n (BIC letters,
    sort code, account); IL 3n3n13n (bank, branch, account); MT 4a5n18c."""
    if cc == "BG":
        bban = rng.choice(["UNCR", "BNBG", "STSA", "FINV"]) + digits(rng, 4) + "10" + digits(rng, 8, True)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(rng, 6, True) + digits(rng, 8, True)
    elif cc == "IL":
        bban = rng.choice(["010", "012", "020", "011"]) + digits(rng, 3, True) + "0000" + digits(rng, 9, True)
    elif cc == "MT":
        bban = rng.choice(["MALT", "VALL", "APSB"]) + digits(rng, 5, True) + "000" + digits(rng, 15, True)
    else:
        raise KeyError(cc)
    return cc + iban_digits(cc, bban) + bban


def gen_card(rng, brand):
    """ISO/IEC 7812 IIN ranges: Discover 6011 / 644-649 / 65 (16), JCB 3528-3589 (16), Diners Club 36 (14),
    Visa 4 (13 or 16); Luhn check digit last."""
    while True:
        if brand == "discover":
            pre, n = rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16
        elif brand == "jcb":
            pre, n = str(rng.randint(3528, 3589)), 16
        elif brand == "diners":
            pre, n = "36", 14
        elif brand == "visa":
            pre, n = "4", rng.choice([13, 16])
        else:
            raise KeyError(brand)
        body = pre + digits(rng, n - len(pre) - 1)
        v = body + luhn_digit(body)
        if not looks_placeholder(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt == "acct.card_grouped":
        if len(plain) == 14:
            return f"{plain[:4]} {plain[4:10]} {plain[10:]}"
        if len(plain) == 13:
            return f"{plain[:4]} {plain[4:7]} {plain[7:10]} {plain[10:]}"
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    if fmt == "acct.card_dashed":
        return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    return plain


# ---------------------------------------------------------------- driver's licences (AAMVA jurisdiction formats)
DL_RX = {"CA": r"[A-Z]\d{7}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "OH": r"[A-Z]{2}\d{6}",
         "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}", "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "NY": r"\d{3} \d{3} \d{3}",
         "TX": r"[1-4]\d{7}", "AZ": r"[A-Z]\d{8}"}


def gen_dl(rng, st):
    """AAMVA DL/ID jurisdiction formats: CA 1 letter + 7 digits; FL 1 letter + 12 digits (printed A123-456-78-901-0);
    OH 2 letters + 6 digits; MI 1 letter + 12 digits (printed 'A 123 456 789 012'); NJ 1 letter + 14 digits (printed
    'A1234 56789 01234'); NY 9 digits (printed '123 456 789'); TX 8 digits; AZ 1 letter + 8 digits."""
    while True:
        L = rng.choice(UP)
        if st == "CA":
            v = L + digits(rng, 7)
        elif st == "FL":
            d = digits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "OH":
            v = rng.choice(UP) + L + digits(rng, 6)
        elif st == "MI":
            d = digits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "NJ":
            d = digits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "NY":
            d = digits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "TX":
            v = rng.choice("1234") + digits(rng, 7)
        elif st == "AZ":
            v = L + digits(rng, 8)
        else:
            raise KeyError(st)
        if not looks_placeholder(v):
            return v


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: TAC (8, reporting body 01/35/86/99) + SNR (6) + Luhn check digit."""
    body = rng.choice(["01", "35", "86", "99"]) + digits(rng, 12)
    return body + luhn_digit(body)


def render_imei(fmt, plain):
    if fmt == "dev.imei_dashed":     # GSMA printed form AA-BBBBBB-CCCCCC-D
        return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}"
    return plain


def gen_mac(rng):
    """IEEE 802 EUI-48, unicast and universally administered (two low bits of the first octet clear), not all
    zero."""
    o = [rng.randrange(4, 256) & 0xFC] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{x:02x}" for x in o)


def mac_ok(v):
    return re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v) is not None and int(v[:2], 16) & 3 == 0 and \
        v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    h = plain.replace(":", "")
    if fmt == "dev.mac_cisco":       # Cisco IOS dotted form xxxx.xxxx.xxxx
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "dev.mac_hyphen":      # IEEE 802 canonical hyphen form, upper case
        return plain.replace(":", "-").upper()
    return plain


HIBC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(s):
    """HIBC Supplier Labeling Standard (ANSI/HIBC 2.6): modulus-43 check character over the data characters."""
    return HIBC[sum(HIBC.index(c) for c in s) % 43]


def gen_hibc(rng):
    """HIBC UDI, primary + secondary in one symbol: '+' LIC (letter + 3 alnum) + product (1-18 alnum) + unit of
    measure digit, '/' '$$' + expiry MMYY + lot/serial, check character (mod 43)."""
    lic = rng.choice(UP) + "".join(rng.choice(UP + DIG) for _ in range(3))
    prod = "".join(rng.choice(UP + DIG) for _ in range(rng.randint(5, 8)))
    body = f"+{lic}{prod}{rng.randint(0, 9)}/$${rng.randint(1, 12):02d}{rng.randint(26, 31):02d}" + \
        "".join(rng.choice(UP + DIG) for _ in range(7))
    return body + hibc_check(body)


def hibc_ok(v):
    return re.fullmatch(r"\+[A-Z][A-Z0-9]{3}[A-Z0-9]{5,8}\d/\$\$\d{4}[A-Z0-9]{7}.", v) is not None and \
        hibc_check(v[:-1]) == v[-1]


def gen_meid(rng):
    """3GPP2 S.R0048 MEID: 14 hex digits, manufacturer code A0-FF (first octet) + serial (cued only)."""
    return rng.choice(["A0", "A1", "A4", "99", "B0"]) + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))


def gen_serial(rng):
    """Implant serial as printed on a pacemaker / neurostimulator label: 3 letters + 6 digits + 1 letter (cued)."""
    return "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 6, True) + rng.choice(UP)


# ---------------------------------------------------------------- vehicles
VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_OK_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["JTD", "1HG", "1FA", "WBA", "WVW", "KMH", "YV1", "TMB", "UU1", "VF1", "SAJ", "JS2"]


def vin_check(v):
    """49 CFR 565.15(c): transliterate letters, weight positions, sum mod 11, 10 -> 'X'."""
    r = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_WT)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565 VIN: WMI (Toyota JTD, Honda 1HG, Ford 1FA, BMW WBA, Volkswagen WVW, Hyundai KMH, Volvo YV1, Skoda
    TMB, Dacia UU1, Renault VF1, Jaguar SAJ, Suzuki JS2) + 5 VDS + check digit + model year + plant + 6 serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_OK_CHARS) for _ in range(5)) + "0" + \
            rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice(VIN_OK_CHARS) + digits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not looks_placeholder(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v) is not None and vin_check(v) == v[8]


PLATE_RX = {"BG": r"[ABCEHKMOPTXY]{1,2} \d{4} [ABCEHKMOPTXY]{2}", "IE": r"\d{3}-(D|C|G|L|WD|KY)-\d{1,6}",
            "IL": r"\d{3}-\d{2}-\d{3}", "TH": r"\d?[ก-ฮ]{2} \d{1,4}", "CA": r"[1-9][A-Z]{3}\d{3}"}


def gen_plate(rng, cc):
    """Registration plates: Bulgaria (region code + 4 digits + 2 series letters, Cyrillic letters with Latin twins,
    written Latin: 'CA 1234 BX'); Ireland (2013 '201-D-12345': year + half, county code, sequence); Israel (2017
    8-digit '123-45-678'); Thailand (Thai consonant series + number: '1กข 1234'); California ('7ABC123')."""
    if cc == "BG":
        return f"{rng.choice(['CA', 'C', 'CB', 'PB', 'B', 'A', 'EH'])} {digits(rng, 4, True)} " + \
            "".join(rng.choice("ABCEHKMOPTXY") for _ in range(2))
    if cc == "IE":
        return f"{rng.randint(13, 25)}{rng.choice('12')}-{rng.choice(['D', 'C', 'G', 'L', 'WD', 'KY'])}-" + \
            digits(rng, rng.randint(3, 5), True)
    if cc == "IL":
        d = digits(rng, 8, True)
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    if cc == "TH":
        cons = "กขคงจฉชซฌญฎฏฐฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ"
        return f"{rng.choice(['', '1', '2', '3'])}{rng.choice(cons)}{rng.choice(cons)} {digits(rng, 4, True)}"
    if cc == "CA":
        return f"{rng.randint(5, 9)}" + "".join(rng.choice(UP) for _ in range(3)) + digits(rng, 3)
    raise KeyError(cc)


# ---------------------------------------------------------------- IP addresses
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(v):
    a = ipaddress.ip_address(v)
    return a.is_global and not a.is_multicast and not any(a.version == n.version and a in n for n in DOC_NETS)


def gen_ipv4(rng):
    """IANA IPv4 Special-Purpose Address Registry: a unicast address with is_global true, outside RFC 5737."""
    while True:
        a = str(ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24)))
        if ip_ok(a) and not a.startswith(("10.", "127.")):
            return a


def gen_ipv6(rng):
    """RFC 4291 global unicast (RIR blocks 2a00::/12, 2600::/12, 2400::/12, 2800::/12), outside RFC 3849."""
    while True:
        g = [rng.choice([0x2a00, 0x2a02, 0x2a05, 0x2600, 0x2607, 0x2401, 0x2803]) | rng.randrange(0, 16)] + \
            [rng.randrange(1, 0x10000) for _ in range(3)] + [0, 0, rng.randrange(1, 0x10000), rng.randrange(1, 0x10000)]
        a = str(ipaddress.IPv6Address(":".join(f"{x:x}" for x in g)))
        if ip_ok(a):
            return a


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["BG", "IE", "IL", "TH", "PH", "RU", "MT", "US", "US"]
US_AREAS = [602, 505, 702, 801, 208, 406, 316, 402, 918, 501]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that libphonenumber (phonenumbers) calls valid mobiles for the region (US: a valid
    number in a named area code, never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    es = str(ex.national_number)
    while True:
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + digits(rng, 6)
        else:
            k = rng.randint(2, 3)
            nat = es[:k] + digits(rng, len(es) - k)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not looks_placeholder(nat[-7:]):
            return e


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    return phonenumbers.is_valid_number(n) and not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.idd00":        # ITU-T E.123 with the international prefix 00 instead of '+'
        return "00" + e164[1:]
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["abv.bg", "mail.bg", "eircom.net", "walla.co.il", "hotmail.co.th", "yahoo.com", "proton.me",
                 "zoho.com", "yandex.ru", "gmx.com", "mail.ru", "aol.com"]
RESERVED = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part at a registered domain (not RFC 2606 / RFC 6761)."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED)


URL_TEMPLATES = ["https://www.gofundme.com/f/{slug}", "https://www.ketto.org/fundraiser/{slug}",
                 "https://milaap.org/fundraisers/{slug}", "https://www.facebook.com/{slug}",
                 "https://www.instagram.com/{slug}/", "https://bsky.app/profile/{slug}.bsky.social",
                 "https://github.com/{slug}", "https://medium.com/@{slug}", "https://www.patreon.com/{slug}",
                 "https://mychart.{host}.org/MyChart/patients/{num}/summary"]


def url_ok(v):
    return re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v) is not None and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PHOENIX", "AZ", "850"), ("ALBUQUERQUE", "NM", "871"), ("LAS VEGAS", "NV", "891"),
          ("SALT LAKE CITY", "UT", "841"), ("BOISE", "ID", "837"), ("BILLINGS", "MT", "591"), ("WICHITA", "KS", "672"),
          ("OMAHA", "NE", "681"), ("TULSA", "OK", "741"), ("LITTLE ROCK", "AR", "722")]
STREETS = ["SAGUARO", "PINON", "MESQUITE", "CHOKECHERRY", "BUFFALO GRASS", "PRAIRIE ROSE", "SANDHILL", "YUCCA",
           "ARROWHEAD", "CIMARRON", "RIMROCK", "SAWTOOTH", "PAWNEE", "OSAGE"]
SUFFIXES = ["ALY", "CIR", "CV", "HWY", "PKWY", "TRL", "LOOP", "PASS", "XING", "SQ"]   # USPS Pub. 28 appendix C1
DIRS = ["N", "S", "E", "W", "NW", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional-center prefix of a named city + 2 digits (not 00)."""
    while True:
        z = (prefix or rng.choice(CITIES)[2]) + digits(rng, 2)
        if z[3:] != "00" and not looks_placeholder(z):
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional unit (UNIT /
    # / BLDG), city, state, ZIP or ZIP+4 of that city's sectional center; held upper case."""
    city, st, pfx = rng.choice(CITIES)
    pre = rng.choice(["", "", ""] + [d + " " for d in DIRS])
    unit = rng.choice(["", "", f" UNIT {rng.randint(2, 40)}", f" # {rng.randint(101, 499)}", f" BLDG {rng.choice('ABCDE')}"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.35:
        z += "-" + digits(rng, 4, True)
    return f"{rng.randint(12, 29999)} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"\d{2,5} (?:(?:N|S|E|W|NW|SW) )?[A-Z]+(?: [A-Z]+)? (?:" + "|".join(SUFFIXES) + r")"
                     r"(?: (?:UNIT \d+|# \d+|BLDG [A-E]))?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    return not m[1] or any(c == m[1] and s == m[2] and m[3].startswith(p) for c, s, p in CITIES)


def render_street(fmt, plain):
    if fmt == "addr.title":
        keep = {c[1] for c in CITIES} | set(DIRS)
        return " ".join(w if w in keep else w.capitalize() for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.twoline":
        line, rest = plain.split(", ", 1)
        return line + "\n" + rest
    return plain


# ---------------------------------------------------------------- secrets
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); connection strings with an
    inline password (PostgreSQL URI, MongoDB SRV URI, ADO.NET SQL Server keyword string); passwords (cued)."""
    an = string.ascii_letters + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    low = string.ascii_lowercase
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R(BECH32, 58)
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(an + "_-", 93) + "AA"
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "gcp-api-key":
        return "AIza" + R(an + "_-", 35)
    if rule == "github-pat":
        return "ghp_" + R(an, 36)
    if rule == "jwt":
        import base64
        import json as _j
        b = lambda o: base64.urlsafe_b64encode(_j.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        head = b({"alg": "HS256", "typ": "JWT"})
        body = b({"sub": R(DIG, 8), "iat": 1700000000 + rng.randrange(10 ** 7), "scope": "records.read"})
        return f"{head}.{body}.{R(an + '_-', 43)}"
    if rule == "openai-api-key":
        return "sk-proj-" + R(an + "_-", 74) + "T3BlbkFJ" + R(an + "_-", 74)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(an, 43)
    if rule == "prefect-api-token":
        return "pnu_" + R(an, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(an + "_-", 64)
    if rule == "readme-api-token":
        return "rdme_" + R(low + DIG, 70)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "slack-bot-token":
        return f"xoxb-{R(DIG, 12)}-{R(DIG, 13)}-{R(an, 24)}"
    if rule == "square-access-token":
        return "EAAA" + R(an + "_-", 60)
    if rule == "uri.postgres":
        return f"postgresql://{R(low, 7)}:{R(an, 18)}@pg-{R(low + DIG, 6)}.prod.internal:5432/claims"
    if rule == "uri.mongosrv":
        return f"mongodb+srv://{R(low, 6)}:{R(an, 16)}@cluster0.{R(low + DIG, 5)}.mongodb.net/intake"
    if rule == "uri.adonet":
        return f"Server=tcp:sql-{R(low, 6)}.database.windows.net,1433;Database=ehr;User ID={R(low, 6)};" \
               f"Password={R(an, 16)};Encrypt=True;"
    if rule == "password":
        return R(string.ascii_uppercase, 2) + R(low, 4) + rng.choice("@#&=~") + R(DIG, 4) + R(low, 3) + rng.choice("!?*")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: inline '(?i)' / '(?-i:' become whole-pattern flags."""
    rx = rule["regex"]
    flags = 0
    if "(?i)" in rx:
        flags = re.I
        rx = rx.replace("(?i)", "")
    rx = rx.replace("(?-i:", "(?:")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.postgres":
        return re.fullmatch(r"postgresql://[a-z]+:[A-Za-z0-9]{12,}@[\w.-]+:\d+/\w+", value) is not None
    if rule_id == "uri.mongosrv":
        return re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{12,}@[\w.-]+/\w+", value) is not None
    if rule_id == "uri.adonet":
        return re.search(r"Password=[A-Za-z0-9]{12,};", value) is not None
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- Bulgarian romanisation (for ASCII identifiers)
BG_ROMAN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
            "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
            "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu",
            "я": "ya"}


def romanise_bg(s):
    """Bulgarian Streamlined System (Transliteration Act 2009); also used here for the Komi / Mari Cyrillic names."""
    out = []
    for c in s:
        r = BG_ROMAN.get(c.lower())
        if r is None:
            out.append(c)
        else:
            out.append(r.capitalize() if c.isupper() else r)
    return "".join(out)


def ascii_fold(s):
    s = romanise_bg(s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def has_non_ascii(s):
    return re.search(r"[^\x00-\x7f]", ascii_fold(s)) is not None


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal (ASCII, after folding), native (native-script
    words joined by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    words = [w for w in re.split(r"[^0-9A-Za-z]+", ascii_fold(text)) if w]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    raise KeyError(style)


def js_escape(s):
    """Escape an ECMA-262 regex literal: only the SyntaxCharacter set."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
