"""Value generators from published format rules, and their validators (stdlib + phonenumbers).

Every generator takes a random.Random and returns plain text; every validator returns bool.
"""
import ipaddress
import re
import string
import unicodedata

import phonenumbers

# ---------------------------------------------------------------- helpers

def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def fold(s):
    """ASCII-fold (for identifiers)."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- SSN (SSA ranges)

def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s):
    d = re.sub(r"[ _-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


# ---------------------------------------------------------------- MBI (CMS format)
MBI_L = "ACDEFGHJKMNPQRTUVWXY"  # letters allowed (no S L O I B Z)


def mbi(rng):
    p = [rng.choice("123456789"), rng.choice(MBI_L), rng.choice(MBI_L + string.digits),
         rng.choice(string.digits), rng.choice(MBI_L), rng.choice(MBI_L + string.digits),
         rng.choice(string.digits), rng.choice(MBI_L), rng.choice(MBI_L), rng.choice(string.digits),
         rng.choice(string.digits)]
    return "".join(p)


def mbi_ok(s):
    s = s.replace("-", "")
    L, A, N = f"[{MBI_L}]", f"[{MBI_L}0-9]", "[0-9]"
    return bool(re.fullmatch(f"[1-9]{L}{A}{N}{L}{A}{N}{L}{L}{N}{N}", s))


# ---------------------------------------------------------------- RAMQ health insurance number (Quebec NAM)

def ramq(rng, family, given, y, m, d, female):
    fam = re.sub(r"[^A-Z]", "", fold(family).upper())
    fam = (fam + "XXX")[:3]
    gi = re.sub(r"[^A-Z]", "", fold(given).upper())[:1]
    mm = m + (50 if female else 0)
    return f"{fam}{gi}{y % 100:02d}{mm:02d}{d:02d}{rng.randint(10, 99)}"


def ramq_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"[A-Z]{4}(\d\d)(\d\d)(\d\d)(\d\d)", s)
    if not m:
        return False
    mm, dd = int(m.group(2)), int(m.group(3))
    return (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31


# ---------------------------------------------------------------- Pakistan CNIC (NADRA layout 5-7-1)

def cnic(rng, female):
    last = rng.choice("02468" if female else "13579")
    return f"{rng.choice('1234567')}{rng.randint(1000, 9999)}-{rng.randint(0, 9999999):07d}-{last}"


def cnic_ok(s):
    return bool(re.fullmatch(r"[1-7]\d{4}-\d{7}-\d", s))


# ---------------------------------------------------------------- VIN (49 CFR 565 / ISO 3779 check digit)
VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["2C4", "4S4", "JM3", "WVG", "7FA", "LSJ", "MHF", "AAV"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin(rng, wmi):
    body = wmi + "".join(rng.choice(VIN_C) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
        rng.choice(VIN_C) + "".join(rng.choice(string.digits) for _ in range(6))
    return body[:8] + vin_check(body) + body[9:]


def vin_ok(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8] and v != "1" * 17


# ---------------------------------------------------------------- IMEI (Luhn), MAC (unicast, UAA)

def imei(rng):
    return luhn_complete(rng.choice(["35", "86", "01"]) + "".join(rng.choice(string.digits) for _ in range(12)))


def imei_ok(s):
    d = s.replace(" ", "").replace("-", "")
    return bool(re.fullmatch(r"\d{15}", d)) and luhn_ok(d)


def mac(rng):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0b11111100  # unicast, universally administered
    if b[:3] == [0, 0, 0x5E]:
        b[2] = 0x5F
    return b


def mac_ok(s):
    h = re.sub(r"[:.-]", "", s)
    if not re.fullmatch(r"[0-9A-Fa-f]{12}", h):
        return False
    b0 = int(h[:2], 16)
    return b0 & 3 == 0 and h[:6].upper() != "00005E" and h.upper() not in ("0" * 12, "F" * 12)


# ---------------------------------------------------------------- cards (ISO/IEC 7812 Luhn), Canadian EFT
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "4012888888881881", "5105105105105100",
              "6011111111111117", "378282246310005", "4000056655665556"}


def card(rng):
    while True:
        pre = rng.choice(["4", "51", "52", "53", "54", "55", "2221", "6011", "65"])
        body = pre + "".join(rng.choice(string.digits) for _ in range(15 - len(pre)))
        c = luhn_complete(body)
        if c not in TEST_CARDS:
            return c


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    return bool(re.fullmatch(r"\d{16}", d)) and luhn_ok(d) and d not in TEST_CARDS


CA_INSTITUTIONS = ["001", "002", "003", "004", "006", "010", "815", "837"]  # Payments Canada institution numbers


def eft(rng):
    return f"0{rng.choice(CA_INSTITUTIONS)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9999999):07d}"


def eft_ok(s):
    return bool(re.fullmatch(r"0\d{3}-\d{5}-\d{7}", s)) and s[1:4] in CA_INSTITUTIONS


# ---------------------------------------------------------------- phones (libphonenumber)
US_NPA = {"272": ("Scranton", "PA", "185"), "341": ("Oakland", "CA", "946"), "930": ("Evansville", "IN", "477"),
          "945": ("Dallas", "TX", "752")}
QC_NPA = ["418", "438", "581", "873"]


def nanp(rng, npa):
    while True:
        nxx = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if nxx == "555" or nxx[1:] == "11":
            continue
        line = f"{rng.randint(0, 9999):04d}"
        n = phonenumbers.parse(f"+1{npa}{nxx}{line}")
        if phonenumbers.is_valid_number(n):
            return npa, nxx, line


def pk_mobile(rng):
    while True:
        s = f"+923{rng.randint(0, 4)}{rng.randint(0, 9)}{rng.randint(0, 9999999):07d}"
        n = phonenumbers.parse(s)
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE:
            return s


def phone_ok(s, region):
    d = re.sub(r"[^\d+]", "", s)
    if not d.startswith("+"):
        d = ("+1" + d) if region in ("US", "CA") else phonenumbers.format_number(
            phonenumbers.parse(s, region), phonenumbers.PhoneNumberFormat.E164)
    n = phonenumbers.parse(d)
    return phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and \
        not re.search(r"555-?01\d\d", s)


# ---------------------------------------------------------------- IP
def ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("0", "100", "127", "255"):
            return str(a)


def ipv6(rng):
    """Under 2a10::/12 (RIPE NCC allocations), global unicast."""
    g = [0x2A10 | rng.randrange(16), rng.randrange(0x10000)] + [rng.randrange(0x10000) for _ in range(6)]
    return str(ipaddress.IPv6Address(":".join(f"{x:x}" for x in g)))


def ip_ok(s):
    s = s.replace("_", ".")
    host = s.rsplit(":", 1)[0] if s.count(":") == 1 else s
    try:
        a = ipaddress.ip_address(host)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


# ---------------------------------------------------------------- licences
def lic_odisha(rng):
    return f"OD{rng.randint(1, 35):02d} {rng.randint(1995, 2023)}{rng.randint(1, 9999999):07d}"


def lic_malta(rng):
    return f"{rng.randint(1, 9999999):07d}{rng.choice('MGAPLHBZ')}"


def lic_ok(s):
    return bool(re.fullmatch(r"OD\d\d \d{4}\d{7}|\d{7}[MGAPLHBZ]|[1-7]\d{4}-\d{7}-\d", s))


# ---------------------------------------------------------------- dates
def date_ok(y, m, d):
    import datetime
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return 1930 < y < 2013


# ---------------------------------------------------------------- secrets (random bodies shaped by gitleaks rules)
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def sentry_org(rng):
    import base64
    payload = '{"iat":%d.%06d,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"%s"}' % (
        rng.randint(1700000000, 1760000000), rng.randint(0, 999999), rs(rng, string.ascii_lowercase, 8))
    b = base64.b64encode(payload.encode()).decode().rstrip("=")
    return f"sntrys_{b}_{rs(rng, ALNUM + '+/', 43)}"


def yandex_aws(rng):
    return "YC" + rs(rng, ALNUM + "_-", 38)


def easypost_test(rng):
    return "EZTK" + rs(rng, string.ascii_lowercase + string.digits, 54)


def sidekiq_url(rng):
    return f"https://{rs(rng, '0123456789abcdef', 8)}:{rs(rng, '0123456789abcdef', 8)}@enterprise.contribsys.com/"


def cohere_key(rng):
    return rs(rng, ALNUM, 40)


def do_pat(rng):
    return "dop_v1_" + rs(rng, "0123456789abcdef", 64)


def password(rng):
    return rs(rng, string.ascii_uppercase, 2) + rs(rng, string.ascii_lowercase, 4) + rs(rng, string.digits, 3) + \
        rng.choice("!#%&*") + rs(rng, ALNUM, 4)


def amqp_url(rng, user):
    return f"amqp://{user}:{password(rng)}@mq-{rs(rng, string.ascii_lowercase, 5)}.internal:5672/%2Fsigning"
