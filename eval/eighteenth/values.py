"""Value generators for the eighteenth set, each from a published format rule, and their validators.

Every generator takes a random.Random so that build.py is deterministic.
Rules used (the source is named at each function):
  SSA SSN randomisation (2011): area 001-899 except 666, group 01-99, serial 0001-9999.
  NANP numbering plan via the `phonenumbers` library (9.0.43): valid US numbers; 555-01xx excluded.
  CMS MBI format specification (cms.gov "Understanding the MBI", format characters).
  ISO/IEC 7812 Luhn check; IIN ranges 4 (Visa), 51-55 (Mastercard).
  ISO 13616 IBAN (mod 97-10) with the national lengths of IS (26), EE (20), AZ (28) from the SWIFT IBAN registry.
  ISO 3779 / 49 CFR 565 VIN with the North-American check digit in position 9.
  3GPP TS 23.003 IMEI (TAC + serial + Luhn check digit); IEEE 802 MAC (universally administered, unicast).
  GS1 General Specifications: GTIN-14 check digit; UDI in GS1 element-string form (01)(21).
  DICOM PS3.5 value representations PN (Family^Given) and DA (YYYYMMDD); X12 005010 D8 (CCYYMMDD).
  IANA IPv4/IPv6 special-purpose registries (RFC 6890, 5737, 3849) for what is NOT public.
  Vendor token formats (GitHub, GitLab, Slack, Stripe, AWS, Hugging Face, SendGrid, npm, DigitalOcean, Shopify,
  Anthropic) as published in the vendors' documentation; RFC 7519 JWT.
"""
import base64, datetime, ipaddress, json, re, string

import phonenumbers

ALNUM = string.ascii_letters + string.digits
MBI_ALPHA = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


# ---------------------------------------------------------------- names
def person(rng, names):
    loc = rng.choice(sorted(names))
    given = rng.choice(names[loc]["given"])
    fam = rng.choice(names[loc]["family"])
    if loc == "is_IS":
        fam = fam[:-1] + rng.choice(["sson", "sdóttir"]) if fam.endswith("s") else fam + rng.choice(["son", "dóttir"])
    return given, fam


def ascii_fold(s):
    import unicodedata
    table = {"ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ç": "c", "Ç": "C",
             "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U",
             "õ": "o", "Õ": "O", "ä": "a", "Ä": "A"}
    s = "".join(table.get(c, c) for c in s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- dates
def birth_date(rng):
    d0 = datetime.date(1931, 1, 1).toordinal()
    d1 = datetime.date(2006, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


# ---------------------------------------------------------------- SSN
def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn_ok(a, g, s):
    a, g, s = int(a), int(g), int(s)
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


# ---------------------------------------------------------------- phone (NANP)
US_AREAS = [206, 312, 404, 503, 612, 617, 702, 720, 808, 813, 901, 919, 971, 984, 602, 651, 763, 907, 971, 415]


def us_phone(rng):
    while True:
        npa = rng.choice(US_AREAS)
        nxx = rng.randint(200, 999)
        line = rng.randint(0, 9999)
        if nxx == 555 or nxx % 100 == 11:
            continue
        num = phonenumbers.parse(f"+1{npa}{nxx}{line:04d}")
        if phonenumbers.is_valid_number(num):
            return npa, nxx, f"{line:04d}"


def phone_ok(text):
    digits = re.sub(r"\D", "", text)
    if len(digits) == 10:
        digits = "1" + digits
    n = phonenumbers.parse("+" + digits)
    return phonenumbers.is_valid_number(n) and not (digits[4:7] == "555" and digits[7:9] == "01")


# ---------------------------------------------------------------- MBI (CMS)
def mbi(rng):
    an = MBI_ALPHA + list(string.digits)
    c = [str(rng.randint(1, 9)), rng.choice(MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)), rng.choice(MBI_ALPHA),
         rng.choice(MBI_ALPHA), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    return "".join(c)


MBI_RE = re.compile(r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
                    r"[AC-HJKMNP-RT-Y]{2}[0-9]{2}$")


# ---------------------------------------------------------------- Luhn / cards / IMEI
def luhn_digit(body):
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
    return luhn_digit(num[:-1]) == num[-1]


def card(rng):
    prefix = rng.choice(["4", "51", "52", "53", "54", "55"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    return body + luhn_digit(body)


def imei(rng):
    tac = rng.choice(["35", "86", "01", "35"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    body = tac + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"IS": 26, "EE": 20, "AZ": 28}


def iban(rng, cc):
    n = IBAN_LEN[cc] - 4
    if cc == "AZ":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + \
               "".join(str(rng.randint(0, 9)) for _ in range(n - 4))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(n))
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and int(_iban_num(s[4:] + s[:4])) % 97 == 1


# ---------------------------------------------------------------- VIN (ISO 3779, NA check digit)
VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng):
    wmi = rng.choice(["1HG", "1FT", "5YJ", "JTD", "WBA", "3VW", "2T1", "KNA", "YV1", "1C4"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("DEFGHJKLMNPRS")
    rest = rng.choice(VIN_CH) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + year + rest
    return v[:8] + vin_check(v) + v[9:]


def vin_check(v):
    r = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v):
    return len(v) == 17 and not set(v) & set("IOQ") and v[8] == vin_check(v)


# ---------------------------------------------------------------- GS1 / UDI / MAC
def gtin14(rng):
    body = str(rng.randint(0, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gtin_ok(g):
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(g[:-1]))
    return str((10 - total % 10) % 10) == g[-1]


def udi(rng):
    return f"(01){gtin14(rng)}(21){''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))}"


def mac(rng):
    first = rng.randrange(0, 256) & 0b11111100  # unicast, universally administered
    octs = [first] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{o:02X}" for o in octs)


def device_serial(rng):
    return rng.choice(["SN", "DSN", "MR"]) + "".join(rng.choice(string.ascii_uppercase[:6] + string.digits) for _ in range(2)) \
        + "".join(str(rng.randint(0, 9)) for _ in range(7))


# ---------------------------------------------------------------- IP
def public_ipv4(rng):
    while True:
        ip = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if ip.is_global and not ip.is_private and not ip.is_reserved and not ip.is_multicast:
            return str(ip)


def public_ipv6(rng):
    while True:
        groups = [rng.choice([0x2a02, 0x2a01, 0x2600, 0x2804, 0x2406])] + [rng.randrange(0x10000) for _ in range(7)]
        ip = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip.is_global and ip not in ipaddress.ip_network("2001:db8::/32"):
            return ip.compressed


def ip_ok(s):
    ip = ipaddress.ip_address(s)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return ip.is_global and not any(ip in n for n in doc)


# ---------------------------------------------------------------- US address / ZIP / DL
# (city, state, ZIP) with the ZIP inside that city's published USPS range
US_PLACES = [("Minneapolis", "MN", "55409"), ("Seattle", "WA", "98103"), ("Chicago", "IL", "60614"),
             ("Atlanta", "GA", "30307"), ("Phoenix", "AZ", "85016"), ("Portland", "OR", "97214"),
             ("Raleigh", "NC", "27608"), ("Tampa", "FL", "33606"), ("Denver", "CO", "80206"),
             ("Memphis", "TN", "38104"), ("Honolulu", "HI", "96816"), ("Anchorage", "AK", "99508"),
             ("Saint Paul", "MN", "55105"), ("Boston", "MA", "02130")]
STREETS = ["Hennepin Ave S", "Greenwood Ave N", "N Halsted St", "Moreland Ave NE", "E Camelback Rd",
           "SE Hawthorne Blvd", "Glenwood Ave", "W Swann Ave", "E 17th Ave", "Union Ave", "Kapahulu Ave",
           "Spenard Rd", "Grand Ave", "Centre St"]


def street_address(rng, with_city=True):
    i = rng.randrange(len(US_PLACES))
    city, st, z = US_PLACES[i]
    line = f"{rng.randint(101, 9899)} {STREETS[i]}"
    if rng.random() < 0.3:
        line += f" Apt {rng.randint(2, 40)}{rng.choice('ABCD')}"
    return f"{line}, {city}, {st} {z}" if with_city else line


def zip_code(rng):
    city, st, z = rng.choice(US_PLACES)
    if rng.random() < 0.35:
        return f"{z}-{rng.randint(1000, 9899):04d}"
    return z


# State driver-licence number shapes as published by the issuing states (AAMVA DL/ID standard annex):
#   FL: 1 letter + 12 digits (often written L123-456-78-901-0); IL: 1 letter + 11 digits; CA: 1 letter + 7 digits;
#   NY: 9 digits; WA (since 2018): "WDL" + 9 alphanumerics; MN: 1 letter + 12 digits.
def driver_licence(rng):
    st = rng.choice(["FL", "IL", "CA", "NY", "WA", "MN"])
    L = rng.choice(string.ascii_uppercase)
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if st == "FL":
        x = L + d(12)
        return st, f"{x[0:4]}-{x[4:7]}-{x[7:9]}-{x[9:12]}-{x[12]}"
    if st == "IL":
        return st, L + d(11)
    if st == "CA":
        return st, L + d(7)
    if st == "NY":
        return st, d(9)
    if st == "WA":
        return st, "WDL" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    return st, L + d(12)


# ---------------------------------------------------------------- secrets
def secret(rng):
    kind = rng.choice(["github", "gitlab", "slack", "stripe", "aws", "hf", "sendgrid", "npm", "do", "shopify",
                       "anthropic", "jwt", "pg"])
    r = lambda n, al=ALNUM: "".join(rng.choice(al) for _ in range(n))
    hexd = "0123456789abcdef"
    if kind == "github":
        return kind, "ghp_" + r(36)
    if kind == "gitlab":
        return kind, "glpat-" + r(20, ALNUM + "-_")
    if kind == "slack":
        return kind, f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{r(24)}"
    if kind == "stripe":
        return kind, "sk_live_" + r(24)
    if kind == "aws":
        return kind, "AKIA" + r(16, string.ascii_uppercase + "234567")
    if kind == "hf":
        return kind, "hf_" + r(34, string.ascii_letters)
    if kind == "sendgrid":
        return kind, "SG." + r(22, ALNUM + "-_") + "." + r(43, ALNUM + "-_")
    if kind == "npm":
        return kind, "npm_" + r(36)
    if kind == "do":
        return kind, "dop_v1_" + r(64, hexd)
    if kind == "shopify":
        return kind, "shpat_" + r(32, hexd)
    if kind == "anthropic":
        return kind, "sk-ant-api03-" + r(93, ALNUM + "-_") + "AA"
    if kind == "jwt":
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        payload = {"sub": str(rng.randint(10**8, 10**9)), "iat": rng.randint(1700000000, 1790000000), "scope": "ehr.read"}
        return kind, b({"alg": "HS256", "typ": "JWT"}) + "." + b(payload) + "." + r(43, ALNUM + "-_")
    user = rng.choice(["pacs_ro", "beacon_svc", "etl_loader"])
    return kind, f"postgresql://{user}:{r(18)}@db-{r(6, string.ascii_lowercase)}.internal:5432/beacon"
