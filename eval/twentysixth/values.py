"""Value generators for the twentysixth set, each from a published format rule, with validators.

Every generator takes a random.Random and returns (plain, written) pairs through ``make(fmt, rng)``; ``written`` is
the format's rendering of ``plain``.  ``render(fmt, plain)`` re-renders a plain value, and ``valid(fmt, plain)``
checks it against its rule; check.py uses both.  Only the standard library and ``phonenumbers`` are used.
"""
import datetime
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
SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
UK_MONTHS_GEN = ("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада "
                 "грудня").split()
HR_MONTHS_GEN = ("siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga "
                 "prosinca").split()
SK_MONTHS_GEN = "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split()
EN_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
BN_DIGITS = "০১২৩৪৫৬৭৮৯"
KA_MONTHS_GEN = ("იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი "
                 "დეკემბერი").split()


def gen_dob(rng):
    """A calendar date between 1931-01-01 and 2009-12-31 (proleptic Gregorian, ISO 8601 plain form)."""
    d = datetime.date(1931, 1, 1) + datetime.timedelta(days=rng.randint(0, 28850))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def render_date(fmt, iso):
    """Renderings: ISO 8601; US mm/dd/yyyy; HL7 v2 DT / DICOM DA / X12 D8 (YYYYMMDD); CLDR long dates for sv, uk,
    hr, sk, en, ka (genitive month names as CLDR 'format' context); Bengali digits (Unicode U+09E6-09EF) dd/mm/yyyy;
    key-safe Y_m_d."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.us":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.yyyymmdd":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.sv_long":
        return f"{dd} {SV_MONTHS[m - 1]} {y}"
    if fmt == "date.uk_long":
        return f"{dd} {UK_MONTHS_GEN[m - 1]} {y} р."
    if fmt == "date.hr_long":
        return f"{dd}. {HR_MONTHS_GEN[m - 1]} {y}."
    if fmt == "date.sk_long":
        return f"{dd}. {SK_MONTHS_GEN[m - 1]} {y}"
    if fmt == "date.en_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.ka_long":
        return f"{dd} {KA_MONTHS_GEN[m - 1]}, {y}"
    if fmt == "date.bn_digits":
        return "".join(BN_DIGITS[int(c)] if c.isdigit() else c for c in f"{dd:02d}/{m:02d}/{y}")
    if fmt == "date.dotted":
        return f"{dd:02d}.{m:02d}.{y}"
    if fmt == "date.key":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
def gen_mrn(rng, style):
    """Hospital-number house styles: UK-style 'HN' + 8 digits; site-prefixed 'MRN-' + 2-letter site + 7 digits;
    'year/sequence' chart numbers (4 + 5 digits, slash); bare 8-digit chart number; Cerner-style 'CPI' + 9 digits."""
    while True:
        if style == "mrn.hn8":
            v = "HN" + rdigits(rng, 8)
        elif style == "mrn.site7":
            v = "MRN-" + rng.choice(["BX", "KV", "ZG", "SL", "LS", "TB"]) + "-" + rdigits(rng, 7, True)
        elif style == "mrn.slash":
            v = f"{rng.randint(1995, 2024)}/{rdigits(rng, 5)}"
        elif style == "mrn.bare8":
            v = rdigits(rng, 8, True)
        elif style == "mrn.cpi9":
            v = "CPI" + rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.hn8": r"HN\d{8}", "mrn.site7": r"MRN-[A-Z]{2}-[1-9]\d{6}", "mrn.slash": r"(199[5-9]|20[0-2]\d)/\d{5}",
          "mrn.bare8": r"[1-9]\d{7}", "mrn.cpi9": r"CPI[1-9]\d{8}"}

# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification, CMS 2016): 11 characters
    C A AN N A AN N A A N N; C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9."""
    an = MBI_ALPHA + list(DIG)
    pos = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = ""
    for p in pos:
        out += {"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                "N": rng.choice(DIG)}[p]
    return out


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v))


def gen_hpid(rng, style):
    """MBI plain / printed 4-3-4; New York Medicaid Client ID Number (CIN: 2 letters, 5 digits, 1 letter);
    TRICARE DoD Benefits Number (11 digits); payer member id with dependant suffix (9 digits + '-0n')."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.ny_cin":
            v = rng.choice(UP) + rng.choice(UP) + rdigits(rng, 5) + rng.choice(UP)
        elif style == "hp.tricare_dbn":
            v = rdigits(rng, 11, True)
        elif style == "hp.member_suffix":
            v = rdigits(rng, 9, True) + "-0" + rng.choice("1234")
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dashed":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    return plain


HP_RX = {"hp.mbi": None, "hp.mbi_dashed": None, "hp.ny_cin": r"[A-Z]{2}\d{5}[A-Z]", "hp.tricare_dbn": r"[1-9]\d{10}",
         "hp.member_suffix": r"[1-9]\d{8}-0[1-4]"}

# ---------------------------------------------------------------- account numbers
IBAN_SPECS = {  # ISO 13616 / SWIFT IBAN Registry: country -> (length, BBAN builder)
    "SE": 24, "HR": 21, "SK": 24, "UA": 29, "GE": 22}


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


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: SE 3n17n (bank 3 + account 17), HR 7n10n, SK 4n6n10n, UA 6n19c,
    GE 2a16n (bank code letters: 'TB', 'BG', 'LB')."""
    if cc == "SE":
        bban = rng.choice(["500", "800", "600", "300"]) + rdigits(rng, 17)
    elif cc == "HR":
        bban = rng.choice(["2360000", "2402006", "2484008", "2340009"]) + rdigits(rng, 10, True)
    elif cc == "SK":
        bban = rng.choice(["0900", "1100", "0200", "7500"]) + "000000" + rdigits(rng, 10, True)
    elif cc == "UA":
        bban = rng.choice(["305299", "322001", "300528", "320649"]) + "0000" + rdigits(rng, 15, True)
    elif cc == "GE":
        bban = rng.choice(["TB", "BG", "LB"]) + "0000000" + rdigits(rng, 9, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16), Mastercard 2221-2720 (16), Amex 34/37 (15), UnionPay 62 (16),
    Mir 2200-2204 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "visa":
            v = card(rng, "4" + rdigits(rng, 5), 16)
        elif brand == "mc2":
            v = card(rng, str(rng.randint(2221, 2720)), 16)
        elif brand == "amex":
            v = card(rng, rng.choice(["34", "37"]), 15)
        elif brand == "unionpay":
            v = card(rng, "62" + rng.choice(["2126", "4000", "8200"]), 16)
        elif brand == "mir":
            v = card(rng, "220" + rng.choice("01234"), 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt.startswith("acct.iban_paper"):
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt.startswith("acct.card_grouped"):
        if len(plain) == 15:
            return f"{plain[:4]} {plain[4:10]} {plain[10:]}"
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


# ---------------------------------------------------------------- driver's licences (AAMVA DL/ID Card Design Standard, annex)
def gen_dl(rng, st):
    """State formats from the AAMVA DL/ID standard's jurisdiction list: WA 'WDL' + 9 alphanumerics (2018 format);
    IL 1 letter + 11 digits (printed A000-0000-0000); WI 1 letter + 13 digits (printed A000-0000-0000-00);
    MD 1 letter + 12 digits (printed A-000-000-000-000); CO 9 digits (printed 00-000-0000); MN 1 letter + 12 digits;
    MA 'S' + 8 digits; IA 3 digits + 2 letters + 4 digits."""
    while True:
        L = rng.choice(UP)
        if st == "WA":
            v = "WDL" + "".join(rng.choice(UP + DIG) for _ in range(9))
        elif st == "IL":
            d = rdigits(rng, 11)
            v = f"{L}{d[:3]}-{d[3:7]}-{d[7:]}"
        elif st == "WI":
            d = rdigits(rng, 13)
            v = f"{L}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}"
        elif st == "MD":
            d = rdigits(rng, 12)
            v = f"{L}-{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"
        elif st == "CO":
            d = rdigits(rng, 9, True)
            v = f"{d[:2]}-{d[2:5]}-{d[5:]}"
        elif st == "MN":
            v = L + rdigits(rng, 12)
        elif st == "MA":
            v = "S" + rdigits(rng, 8)
        elif st == "IA":
            v = rdigits(rng, 3) + rng.choice(UP) + rng.choice(UP) + rdigits(rng, 4)
        else:
            raise KeyError(st)
        if not boring(v) and ("WDL" in v or any(c.isalpha() for c in v) or st == "CO"):
            return v


DL_RX = {"WA": r"WDL[A-Z0-9]{9}", "IL": r"[A-Z]\d{3}-\d{4}-\d{4}", "WI": r"[A-Z]\d{3}-\d{4}-\d{4}-\d{2}",
         "MD": r"[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}", "CO": r"\d{2}-\d{3}-\d{4}", "MN": r"[A-Z]\d{12}", "MA": r"S\d{8}",
         "IA": r"\d{3}[A-Z]{2}\d{4}"}

# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 section 6.2.1: IMEI = TAC (8) + SNR (6) + check digit (Luhn over the 14 digits)."""
    tac = rng.choice(["35", "86", "01", "49"]) + rdigits(rng, 6)
    body = tac + rdigits(rng, 6)
    return body + luhn_check_digit(body)


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0) and universally administered (U/L bit 0) first octet."""
    first = rng.randrange(0, 256) & 0b11111100
    if first == 0:
        first = 0x3C
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    if fmt.startswith("dev.mac_upper_hyphen"):
        return plain.upper().replace(":", "-")
    if fmt.startswith("dev.mac_bare"):
        return plain.replace(":", "").upper()
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830, GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD,
    (21) serial number."""
    body = "0" + rng.choice(["7", "8", "4"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(18, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(8))
    return f"(01){gtin}(11){prod}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant / device serial as printed on the label: 2 letters + 8 alphanumerics (cued only)."""
    return rng.choice(UP) + rng.choice(UP) + "".join(rng.choice(UP + DIG) for _ in range(8))


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["JF1", "JM1", "KNA", "JN1", "1G1", "5YJ", "WDD", "ZFA", "VF3", "VSS", "XTA", "L6T"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 assignments: Subaru JF1, Mazda JM1, Kia KNA, Nissan JN1, Chevrolet 1G1, Tesla 5YJ,
    Mercedes-Benz WDD, Fiat ZFA, Peugeot VF3, SEAT VSS, Lada XTA, Geely L6T) + VDS + check digit + model year +
    plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


def gen_plate(rng, cc):
    """Registration plates: Sweden (Transportstyrelsen: 3 letters, 2 digits, digit or letter, printed 'ABC 12D');
    Croatia (city code + 3-4 digits + 1-2 letters, 'ZG 1234-AB'); Slovakia (2019: 'BA-123AB'); Ukraine (2004:
    'AA 1234 BC'); Colombia ('ABC 123'); Portugal (2020: 'AA-00-AA')."""
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(n))
    if cc == "SE":
        return f"{L(3)} {rdigits(rng, 2)}{rng.choice(DIG + 'ABCDEFGHJKLMNPRSTUWXYZ')}"
    if cc == "HR":
        return f"{rng.choice(['ZG', 'ST', 'RI', 'OS', 'PU', 'ZD'])} {rdigits(rng, 4, True)}-{L(2)}"
    if cc == "SK":
        return f"{rng.choice(['BA', 'KE', 'ZA', 'NR', 'PO', 'TT'])}-{rdigits(rng, 3, True)}{L(2)}"
    if cc == "UA":
        return f"{rng.choice(['AA', 'BC', 'AX', 'KA', 'BH'])} {rdigits(rng, 4, True)} {L(2)}"
    if cc == "CO":
        return f"{L(3)} {rdigits(rng, 3, True)}"
    if cc == "PT":
        return f"{L(2)}-{rdigits(rng, 2)}-{L(2)}"
    raise KeyError(cc)


PLATE_RX = {"SE": r"[A-Z]{3} \d{2}[A-Z0-9]", "HR": r"[A-Z]{2} [1-9]\d{3}-[A-Z]{2}", "SK": r"[A-Z]{2}-[1-9]\d{2}[A-Z]{2}",
            "UA": r"[A-Z]{2} [1-9]\d{3} [A-Z]{2}", "CO": r"[A-Z]{3} [1-9]\d{2}", "PT": r"[A-Z]{2}-\d{2}-[A-Z]{2}"}

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
PHONE_REGIONS = {"SE": "7", "UA": "6", "HR": "9", "SK": "9", "BD": "1", "CO": "3", "GE": "5", "PT": "9", "MV": "7",
                 "ZM": "9", "US": None, "IS": "6"}


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid fixed or mobile,
    never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    while True:
        if region == "US":
            nat = str(rng.choice([206, 503, 612, 414, 303, 312, 617, 919, 615, 314])) + rng.choice("23456789") + \
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
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["ukr.net", "azet.sk", "net.hr", "telia.com", "gmail.com", "icloud.com", "outlook.com",
                 "fastmail.com", "tuta.io", "live.se", "sapo.pt", "hotmail.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://www.justgiving.com/crowdfunding/{slug}", "https://www.leetchi.com/c/{slug}",
                 "https://www.linkedin.com/in/{slug}", "https://vk.com/{slug}", "https://www.tiktok.com/@{slug}",
                 "https://mastodon.social/@{slug}", "https://www.threads.net/@{slug}",
                 "https://patientportal.sahlgrenska.se/journal/patient/{num}",
                 "https://www.vakinha.com.br/vaquinha/{slug}", "https://gitlab.com/{slug}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("SEATTLE", "WA", "981"), ("PORTLAND", "OR", "972"), ("MINNEAPOLIS", "MN", "554"), ("MILWAUKEE", "WI", "532"),
          ("DENVER", "CO", "802"), ("CHICAGO", "IL", "606"), ("BOSTON", "MA", "021"), ("RALEIGH", "NC", "276"),
          ("NASHVILLE", "TN", "372"), ("SAINT LOUIS", "MO", "631")]
STREETS = ["BIRCH", "MAGNOLIA", "KINNICKINNIC", "ALDER", "TAMARACK", "LARCHMONT", "WOODLAWN", "HIGHLAND", "SYCAMORE",
           "FERNDALE", "COTTONWOOD", "JUNIPER", "MAPLEWOOD", "RIVERVIEW"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CT", "PL", "TER", "WAY"]  # USPS Publication 28, appendix C1


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
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "NE "])
    unit = rng.choice(["", "", f" APT {rng.randint(2, 28)}{rng.choice('ABCD')}", f" STE {rng.randint(100, 950)}"])
    line = f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{line}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{3,5}) (?:[NSEW]{1,2} )?[A-Z]+ (?:AVE|ST|BLVD|DR|LN|RD|CT|PL|TER|WAY)(?: (?:APT|STE) \w+)?"
                     r"(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.mixed":
        return " ".join(w if (w.isupper() and len(w) == 2 and w.isalpha() and w in {c[1] for c in CITIES}) or
                        w in ("NE", "N", "S", "E", "W") else w.capitalize() for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); connection URIs with an inline
    password (MySQL, Redis TLS, AMQPS); passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "github-fine-grained-pat":
        return "github_pat_" + R(al, 22) + "_" + R(al, 59)
    if rule == "gitlab-pat":
        return "glpat-" + R(al + "-_", 20)
    if rule == "stripe-access-token":
        return "sk_live_" + R(al, 24)
    if rule == "npm-access-token":
        return "npm_" + R(al, 36)
    if rule == "huggingface-access-token":
        return "hf_" + R(string.ascii_letters, 34)
    if rule == "shopify-access-token":
        return "shpat_" + R(hx, 32)
    if rule == "sendgrid-api-token":
        return "SG." + R(al + "-_", 22) + "." + R(al + "-_", 43)
    if rule == "doppler-api-token":
        return "dp.pt." + R(al, 43)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "postman-api-token":
        return "PMAK-" + R(hx, 24) + "-" + R(hx, 34)
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "perplexity-api-key":
        return "pplx-" + R(al, 48)
    if rule == "databricks-api-token":
        return "dapi" + R(hx, 32)
    if rule == "aws-access-token":
        return "AKIA" + R("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if rule == "notion-api-token":
        return "ntn_" + R(DIG, 11) + R(al, 35)
    if rule == "grafana-service-account-token":
        return "glsa_" + R(al, 32) + "_" + R(hx, 8)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 6)}:{R(al, 14)}@db-{R(lo, 5)}.internal.lan:3306/ledger"
    if rule == "uri.rediss":
        return f"rediss://default:{R(al, 20)}@cache-{R(lo, 6)}.eu-west-1.cache.amazonaws.com:6380/0"
    if rule == "uri.amqps":
        return f"amqps://{R(string.ascii_lowercase, 7)}:{R(al, 16)}@mq.{R(lo, 6)}.cloudamqp.com/{R(lo, 5)}"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*") + R(DIG, 3) + R(string.ascii_letters, 4) + \
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
        return bool(re.fullmatch(r"(mysql|rediss|amqps)://[a-z]*:[A-Za-z0-9]{14,}@[\w.-]+(:\d+)?/\w+", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- Georgian romanisation (for ASCII identifiers)
KA_ROMAN = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                    "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split()))


def romanise_ka(s):
    """Georgian National System of Romanization (2002), apostrophes of the ejectives dropped."""
    return "".join(KA_ROMAN.get(c, c) for c in s)


def ascii_fold(s):
    import unicodedata
    s = romanise_ka(s)
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
