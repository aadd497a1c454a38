"""Value generators for the twentyeighth set, each from a published format rule, with validators.

Every generator takes a random.Random and returns (plain, written) pairs through ``make(fmt, rng)``; ``written`` is
the format's rendering of ``plain``.  ``render(fmt, plain)`` re-renders a plain value, and ``valid(fmt, plain)``
checks it against its rule; check.py uses both.  Only the standard library and ``phonenumbers`` are used.
"""
import datetime
import json
import ipaddress
import re
import string

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
    """SSA randomisation rules (2011): area 001-899 except 666, group 01-99, serial 0001-9999."""
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if not boring(v) and not v.startswith("078-05"):
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


# ---------------------------------------------------------------- dates of birth
LV_MONTHS = ("janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris "
             "decembris").split()
SL_MONTHS = "januar februar marec april maj junij julij avgust september oktober november december".split()
NB_MONTHS = "januar februar mars april mai juni juli august september oktober november desember".split()
AZ_MONTHS = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()
HT_MONTHS = "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TE_DIGITS = "౦౧౨౩౪౫౬౭౮౯"


def gen_dob(rng):
    """A calendar date between 1932-01-01 and 2010-12-31 (proleptic Gregorian, ISO 8601 plain form)."""
    d = datetime.date(1932, 1, 1) + datetime.timedelta(days=rng.randint(0, 28853))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def render_date(fmt, iso):
    """Renderings: ISO 8601; US mm/dd/yyyy; YYYYMMDD (HL7 v2 DT / NCPDP CCYYMMDD); dd-Mon-yyyy (CDISC/SAS DATE11);
    CLDR long dates for lv ('y. "gada" d. MMMM'), sl and nb ('d. MMMM y'), az ('d MMMM y'), ht ('d MMMM y') and es_MX
    ("d 'de' MMMM 'de' y"); Korean 'y년 M월 d일'; Telugu digits (U+0C66-0C6F) dd/mm/yyyy; key-safe Y_m_d."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.us":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.yyyymmdd":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.date11":
        return f"{dd:02d}-{EN_ABBR[m - 1]}-{y}"
    if fmt == "date.lv_long":
        return f"{y}. gada {dd}. {LV_MONTHS[m - 1]}"
    if fmt == "date.sl_long":
        return f"{dd}. {SL_MONTHS[m - 1]} {y}"
    if fmt == "date.nb_long":
        return f"{dd}. {NB_MONTHS[m - 1]} {y}"
    if fmt == "date.az_long":
        return f"{dd} {AZ_MONTHS[m - 1]} {y}"
    if fmt == "date.ht_long":
        return f"{dd} {HT_MONTHS[m - 1]} {y}"
    if fmt == "date.es_long":
        return f"{dd} de {ES_MONTHS[m - 1]} de {y}"
    if fmt == "date.ko":
        return f"{y}년 {m}월 {dd}일"
    if fmt == "date.te_digits":
        return "".join(TE_DIGITS[int(c)] if c.isdigit() else c for c in f"{dd:02d}/{m:02d}/{y}")
    if fmt == "date.key":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
def gen_mrn(rng, style):
    """Record-number conventions: VA Integration Control Number (10 digits + 'V' + 6-digit checksum field);
    MEDITECH-style 'M' + 9 digits; a unit number 'U' + 7 digits; dash-paired 8 digits (NN-NN-NN-NN); bare 9-digit
    chart number."""
    while True:
        if style == "mrn.icn":
            v = "10" + rdigits(rng, 8) + "V" + rdigits(rng, 6, True)
        elif style == "mrn.meditech":
            v = "M" + rdigits(rng, 9, True)
        elif style == "mrn.unit":
            v = "U" + rdigits(rng, 7, True)
        elif style == "mrn.paired":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:]}"
        elif style == "mrn.bare9":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.icn": r"10\d{8}V[1-9]\d{5}", "mrn.meditech": r"M[1-9]\d{8}", "mrn.unit": r"U[1-9]\d{6}",
          "mrn.paired": r"[1-9]\d-\d{2}-\d{2}-\d{2}", "mrn.bare9": r"[1-9]\d{8}"}


# ---------------------------------------------------------------- health plan ids (always cued)
def nhs_check(nine):
    """NHS number (NHS Data Dictionary): weights 10..2 over the first 9 digits, 11 - (sum mod 11); 11 -> 0,
    10 -> invalid."""
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    return None if c == 10 else str(0 if c == 11 else c)


def nhs_ok(v):
    v = v.replace(" ", "")
    return bool(re.fullmatch(r"\d{10}", v)) and nhs_check(v[:9]) == v[9] and v[0] in "4679"


def gen_hpid(rng, style):
    """Blue Cross Blue Shield member id with a 3-letter alpha prefix + 9 digits; Aetna-style 'W' + 9 digits;
    Medi-Cal Client Index Number (CIN: '9' + 7 digits + check letter); NHS number (mod 11, printed 3-3-4);
    Cigna-style 'U' + 8 digits + 2-digit dependant suffix."""
    while True:
        if style == "hp.bcbs":
            v = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 9, True)
        elif style == "hp.aetna":
            v = "W" + rdigits(rng, 9, True)
        elif style == "hp.medical_cin":
            v = "9" + rdigits(rng, 7) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        elif style == "hp.nhs":
            nine = rng.choice("4679") + rdigits(rng, 8)
            c = nhs_check(nine)
            if c is None:
                continue
            v = nine + c
        elif style == "hp.cigna":
            v = "U" + rdigits(rng, 8, True) + "0" + rng.choice("1234")
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.nhs":
        return f"{plain[:3]} {plain[3:6]} {plain[6:]}"
    return plain


HP_RX = {"hp.bcbs": r"[A-Z]{3}[1-9]\d{8}", "hp.aetna": r"W[1-9]\d{8}", "hp.medical_cin": r"9\d{7}[A-Z]",
         "hp.nhs": None, "hp.cigna": r"U[1-9]\d{7}0[1-4]"}

# ---------------------------------------------------------------- account numbers
IBAN_SPECS = {  # ISO 13616 / SWIFT IBAN Registry: country -> total length
    "LV": 21, "SI": 19, "NO": 15, "AZ": 28}


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_SPECS.get(v[:2], -1):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def mod11_no(body):
    """Norwegian account number (kontonummer) MOD 11 control digit, weights 5,4,3,2,7,6,5,4,3,2."""
    s = sum(int(c) * w for c, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    c = 11 - s % 11
    return None if c == 10 else str(0 if c == 11 else c)


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: LV 4a13c (bank BIC letters HABA/UNLA/PARX/RIKO), SI 5n8n2n (bank 02/03/
    04/10 + branch), NO 4n6n1n (kontonummer with its MOD 11 digit), AZ 4a20c (bank NABZ/IBAZ/AIIB/PAHA)."""
    while True:
        if cc == "LV":
            bban = rng.choice(["HABA", "UNLA", "PARX", "RIKO"]) + "0" + rdigits(rng, 12, True)
        elif cc == "SI":
            bban = rng.choice(["02", "03", "04", "10"]) + rdigits(rng, 3, True) + rdigits(rng, 10)
        elif cc == "NO":
            body = rng.choice(["1503", "1607", "9710", "6011", "3000"]) + rdigits(rng, 6)
            c = mod11_no(body)
            if c is None:
                continue
            bban = body + c
        elif cc == "AZ":
            bban = rng.choice(["NABZ", "IBAZ", "AIIB", "PAHA"]) + "0" + rdigits(rng, 19, True)
        else:
            raise KeyError(cc)
        return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Discover 6011 / 644-649 (16), JCB 3528-3589 (16), Diners Club International 36 (14),
    RuPay 6521-6522 / 508 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649))]), 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "diners":
            v = card(rng, "36", 14)
        elif brand == "rupay":
            v = card(rng, rng.choice(["6521", "6522", "5085"]), 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt.startswith("acct.iban_paper"):
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt.startswith("acct.card_grouped"):
        if len(plain) == 14:
            return f"{plain[:4]} {plain[4:10]} {plain[10:]}"
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


# ---------------------------------------------------------------- driver's licences (AAMVA jurisdiction formats)
def gen_dl(rng, st):
    """State formats (AAMVA DL/ID standard jurisdiction list, as printed): NJ 1 letter + 14 digits printed
    'A1234 56789 01234'; NH 2 digits + 3 letters + 5 digits; KS 'K' + 8 digits printed 'K00-00-0000'; HI 'H' +
    8 digits; ND 3 letters + 6 digits; VT 7 digits + 'A'; FL 1 letter + 12 digits printed 'A000-000-00-000-0';
    OH 2 letters + 6 digits."""
    while True:
        L = rng.choice(UP)
        if st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "NH":
            v = rdigits(rng, 2) + "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 5)
        elif st == "KS":
            d = rdigits(rng, 8)
            v = f"K{d[:2]}-{d[2:4]}-{d[4:]}"
        elif st == "HI":
            v = "H" + rdigits(rng, 8)
        elif st == "ND":
            v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 6)
        elif st == "VT":
            v = rdigits(rng, 7, True) + "A"
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "OH":
            v = "".join(rng.choice(UP) for _ in range(2)) + rdigits(rng, 6)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"NJ": r"[A-Z]\d{4} \d{5} \d{5}", "NH": r"\d{2}[A-Z]{3}\d{5}", "KS": r"K\d{2}-\d{2}-\d{4}",
         "HI": r"H\d{8}", "ND": r"[A-Z]{3}\d{6}", "VT": r"[1-9]\d{6}A", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d",
         "OH": r"[A-Z]{2}\d{6}"}

# ---------------------------------------------------------------- device ids
def gen_imeisv(rng):
    """3GPP TS 23.003 section 6.2.2: IMEISV = TAC (8) + SNR (6) + SVN (2), 16 digits, no check digit."""
    return rng.choice(["35", "86", "01", "49"]) + rdigits(rng, 6) + rdigits(rng, 6) + f"{rng.randint(1, 99):02d}"


def gen_meid(rng):
    """3GPP2 S.R0048 MEID: 14 hex digits, manufacturer code 8 hex (first two in A0-FF) + serial 6 hex."""
    return rng.choice(["A0", "A1", "A3", "99"][:3]) + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0) and universally administered (U/L bit 0) first octet."""
    first = rng.randrange(0, 256) & 0b11111100
    if first == 0:
        first = 0x5C
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    if fmt.startswith("dev.mac_cisco"):
        h = plain.replace(":", "")
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt.startswith("dev.mac_upper"):
        return plain.upper()
    return plain


HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(s):
    """HIBC LIC standard (ANSI/HIBC 2.x), mod 43 check character over every character including the leading '+'."""
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in s) % 43]


def gen_hibc(rng):
    """HIBCC UDI, concatenated primary + secondary: '+' LIC (letter + 3 alphanumerics) + product code + unit of
    measure digit, '/', '$+' serial number, mod-43 check character."""
    while True:
        lic = rng.choice(UP) + "".join(rng.choice(UP + DIG) for _ in range(3))
        pcn = "".join(rng.choice(UP + DIG) for _ in range(rng.randint(5, 8)))
        serial = "".join(rng.choice(UP + DIG) for _ in range(8))
        body = f"+{lic}{pcn}{rng.randint(0, 9)}/$+{serial}"
        c = hibc_check(body)
        if c not in " .%$/+-":
            return body + c


def hibc_ok(v):
    return bool(re.fullmatch(r"\+[A-Z][A-Z0-9]{3}[A-Z0-9]{5,8}\d/\$\+[A-Z0-9]{8}[A-Z0-9]", v)) and \
        hibc_check(v[:-1]) == v[-1]


def gen_serial(rng):
    """Implant serial as printed on a pacemaker / ICD label: 3 letters + 6 digits (+ optional 'H'), cued only."""
    return "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 6, True) + rng.choice(["", "H", "S"])


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["YV1", "TMB", "UU1", "KMH", "WBA", "JHM", "1FA", "3VW"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 assignments: Volvo YV1, Skoda TMB, Dacia UU1, Hyundai KMH, BMW WBA, Honda JHM,
    Ford 1FA, Volkswagen Mexico 3VW) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


KO_PLATE_SYL = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"


def gen_plate(rng, cc):
    """Registration plates: Latvia (CSDD: 2 letters + up to 4 digits, 'AB-1234'); Norway (Statens vegvesen:
    2 letters + 5 digits, 'AB 12345'); Azerbaijan (2011: region 2 digits, 2 letters, 3 digits, '10-AB-123');
    Mexico (federal SCT style 'ABC-123-D'); South Korea (2019: 3 digits + Hangul syllable + 4 digits);
    Liechtenstein ('FL 12345')."""
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(n))
    if cc == "LV":
        return f"{L(2)}-{rdigits(rng, 4, True)}"
    if cc == "NO":
        return f"{rng.choice(['EL', 'EK', 'BT', 'DN', 'KH', 'SV', 'ZX'])} {rdigits(rng, 5, True)}"
    if cc == "AZ":
        return f"{rng.choice(['10', '90', '77', '99', '50'])}-{L(2)}-{rdigits(rng, 3, True)}"
    if cc == "MX":
        return f"{L(3)}-{rdigits(rng, 3, True)}-{L(1)}"
    if cc == "KR":
        return f"{rdigits(rng, 3, True)}{rng.choice(KO_PLATE_SYL)} {rdigits(rng, 4, True)}"
    if cc == "LI":
        return f"FL {rdigits(rng, 5, True)}"
    raise KeyError(cc)


PLATE_RX = {"LV": r"[A-Z]{2}-[1-9]\d{3}", "NO": r"[A-Z]{2} [1-9]\d{4}", "AZ": r"\d{2}-[A-Z]{2}-[1-9]\d{2}",
            "MX": r"[A-Z]{3}-[1-9]\d{2}-[A-Z]", "KR": r"[1-9]\d{2}[가-힣] [1-9]\d{3}", "LI": r"FL [1-9]\d{4}"}

# ---------------------------------------------------------------- IP addresses
def gen_ipv4(rng):
    """IANA IPv4 Special-Purpose Address Registry: draw until ipaddress says is_global and the address is outside
    RFC 5737 documentation ranges and multicast."""
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip_ok(str(a)) and a.packed[0] not in (0, 10, 127) and a.packed[0] < 224:
            return str(a)


def gen_ipv6(rng):
    """Global unicast 2000::/3 (RFC 4291), outside 2001:db8::/32 (RFC 3849) and other special-purpose blocks."""
    while True:
        first = rng.choice([0x2a01, 0x2a02, 0x2a03, 0x2400, 0x2600, 0x2804, 0x2c0f])
        groups = [first] + [rng.randrange(0x10000) for _ in range(3)] + [0, 0] + [rng.randrange(0x10000)
                                                                                  for _ in range(2)]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip_ok(str(a)):
            return str(a)


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


# ---------------------------------------------------------------- phones
PHONE_REGIONS = {"LV": "2", "SI": "3", "NO": "4", "AZ": "5", "IN": "9", "HT": "3", "MX": "5", "KR": "1", "LI": "7",
                 "US": None}


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid fixed or mobile,
    never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    while True:
        if region == "US":
            nat = str(rng.choice([505, 801, 702, 208, 406, 502, 205, 404, 802, 207])) + rng.choice("23456789") + \
                rdigits(rng, 6)
        else:
            ens = str(ex.national_number)
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        if phone_ok(phonenumbers.format_number(n, PNF.E164)) and not boring(nat[-7:]):
            return phonenumbers.format_number(n, PNF.E164)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    nat = str(n.national_number)
    if n.country_code == 1 and nat[3:6] == "555":
        return False
    return True


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    base = fmt.split("+")[0]
    if base == "phone.e164":
        return e164
    if base == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if base == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if base == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if base == "phone.digits":
        return e164[1:]
    if base == "phone.idd00":
        return "00" + e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["inbox.lv", "siol.net", "online.no", "mail.az", "rediffmail.com", "prodigy.net.mx", "daum.net",
                 "hanmail.net", "zoho.com", "yandex.com", "gmx.ch", "bluewin.ch"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://bsky.app/profile/{slug}.bsky.social", "https://{slug}.substack.com/about",
                 "https://t.me/{slug}", "https://www.behance.net/{slug}", "https://www.ketto.org/fundraiser/{slug}",
                 "https://milaap.org/fundraisers/{slug}", "https://givealittle.co.nz/cause/{slug}",
                 "https://donorbox.org/{slug}", "https://medium.com/@{slug}",
                 "https://portal.hospitalsanmateo-gdl.mx/expediente/paciente/{num}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9._-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("ALBUQUERQUE", "NM", "871"), ("PROVO", "UT", "846"), ("HENDERSON", "NV", "890"), ("BOISE", "ID", "837"),
          ("MISSOULA", "MT", "598"), ("LEXINGTON", "KY", "405"), ("HUNTSVILLE", "AL", "358"), ("SAVANNAH", "GA", "314"),
          ("BURLINGTON", "VT", "054"), ("BANGOR", "ME", "044"), ("TUCSON", "AZ", "857"), ("CHEYENNE", "WY", "820")]
STREETS = ["PINON", "SAGEBRUSH", "CHOKECHERRY", "BUCKEYE", "DOGWOOD", "PALOVERDE", "BLUEGRASS", "MESQUITE", "TUPELO",
           "HEMLOCK", "ARROYO", "CANYONLANDS", "WILLOWBROOK", "QUARRY"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CIR", "PKWY", "TRL", "LOOP"]  # USPS Publication 28, appendix C1


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        p = prefix or rng.choice([c[2] for c in CITIES])
        z = p + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional unit
    (APT/STE), city, state abbreviation, ZIP or ZIP+4; written upper case."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(101, 98999))
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" UNIT {rng.randint(2, 28)}{rng.choice('ABCD')}", f" TRLR {rng.randint(3, 95)}"])
    line = f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{line}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{3,5}) (?:[NSEW]{1,2} )?[A-Z]+ (?:AVE|ST|BLVD|DR|LN|RD|CIR|PKWY|TRL|LOOP)(?: (?:UNIT|TRLR) \w+)?"
                     r"(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.mixed":
        return " ".join(w if (w.isupper() and len(w) == 2 and w.isalpha() and w in {c[1] for c in CITIES}) or
                        w in ("SW", "N", "S", "E", "W") else w.capitalize() for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
def b64url(data):
    import base64
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); JWTs (RFC 7519, HS256 header,
    opaque subject, random signature); connection strings with an inline password (PostgreSQL URI, MongoDB SRV URI,
    ADO.NET SQL Server string); passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 93) + "AA"
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "_-", 74) + "T3BlbkFJ" + R(al + "_-", 74)
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "_-", 60)
    if rule == "flyio-access-token":
        return "fo1_" + R(al + "_", 43)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "vault-service-token":
        return "hvs." + R(al + "_", 94)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(string.ascii_uppercase + DIG, 24) + "." + R(string.ascii_uppercase + DIG, 64)
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "slack-bot-token":
        return f"xoxb-{R(DIG, 12)}-{R(DIG, 13)}-{R(al, 24)}"
    if rule == "jwt":
        head = b64url(b'{"alg":"HS256","typ":"JWT"}')
        body = b64url(json.dumps({"sub": R(hx, 24), "iat": rng.randint(1700000000, 1790000000),
                                  "scope": "records:read"}, separators=(",", ":")).encode())
        return f"{head}.{body}.{R(al + '_-', 43)}"
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@pg-{R(lo, 6)}.db.ondigitalocean.com:25060/claims"
    if rule == "uri.mongodb":
        return f"mongodb+srv://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@cluster0.{R(lo, 5)}.mongodb.net/intake"
    if rule == "conn.adonet":
        return f"Server=tcp:sql-{R(lo, 6)}.database.windows.net,1433;Database=ehr;User ID={R(string.ascii_lowercase, 6)};Password={R(al, 16)};Encrypt=True"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a mid-pattern '(?i)' becomes a whole-pattern flag."""
    rx = rule["regex"]
    flags = 0
    if "(?i)" in rx:
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id.startswith("uri."):
        return bool(re.fullmatch(r"(postgresql|mongodb\+srv)://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+(:\d+)?/\w+", value))
    if rule_id == "conn.adonet":
        return bool(re.search(r";Password=[A-Za-z0-9]{14,};", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- Korean romanisation (for ASCII identifiers)
KO_INIT = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()
KO_MED = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
KO_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
          "t", "t", "k", "t", "p", "t"]
KO_SURNAMES = {"김": "Kim", "이": "Lee", "박": "Park", "정": "Jung", "최": "Choi", "조": "Cho", "강": "Kang", "윤": "Yoon",
               "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
               "안": "Ahn", "송": "Song", "전": "Jeon", "홍": "Hong"}


def romanise_ko(s, surname=False):
    """Revised Romanization of Korean (2000), syllable by syllable without sound-change rules; common surnames by
    their customary spellings."""
    if surname and s in KO_SURNAMES:
        return KO_SURNAMES[s]
    out = ""
    for i, c in enumerate(s):
        o = ord(c) - 0xAC00
        if not 0 <= o < 11172:
            out += c
            continue
        ini, med, fin = o // 588, (o % 588) // 28, o % 28
        ii = KO_INIT[ini] if KO_INIT[ini] != "_" else ""
        if ini == 5 and i == 0:
            ii = "r"
        out += ii + KO_MED[med] + KO_FIN[fin]
    return out.capitalize()


def romanise_ko_name(s):
    return " ".join(romanise_ko(w, surname=(i == 0 and len(w) == 1)) for i, w in enumerate(s.split(" ")))


FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i", "ə": "e",
                      "Ə": "E"})


def ascii_fold(s):
    import unicodedata
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style, ascii_only=True):
    """Join a value into an identifier: snake, camel, kebab, pascal, digits (keep [0-9A-Za-z] runs), native (join
    native-script words by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    t = ascii_fold(text) if ascii_only else text
    words = [w for w in re.split(r"[^0-9A-Za-z]+", t) if w]
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
    if style == "keep":
        return t
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
