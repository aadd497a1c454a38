"""Value generators (published rules) and validators for the seventh set. stdlib + phonenumbers."""
import ipaddress, re, string, unicodedata
import phonenumbers

DIG = string.digits
UP = string.ascii_uppercase
HEXL = "0123456789abcdef"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("å", "a")


def rd(r, n, alpha=DIG):
    return "".join(r.choice(alpha) for _ in range(n))


# ---------------------------------------------------------------- SSN (SSA randomisation rules)
def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g, s = r.randint(1, 99), r.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if valid_ssn(v):
            return v


def valid_ssn(v):
    d = re.sub(r"[ ._-]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0:
        return False
    if d.startswith("98765432") or d == "078051120" or d == "219099999":
        return False
    return True


# ---------------------------------------------------------------- Luhn / cards
def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in DIG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


CARD_BRANDS = {  # brand: (IIN prefix, length)  -- brands none of the other sets used
    "hipercard": ("606282", 16), "uzcard": ("8600", 16), "humo": ("9860", 16),
    "instapayment": ("637", 16), "naranja": ("589562", 16), "bc_card": ("94", 16),
}
TEST_CARDS = {"6062825624254001", "6062826786276634", "6062821294950895"}


def card(r, brand):
    pre, n = CARD_BRANDS[brand]
    while True:
        v = luhn_complete(pre + rd(r, n - len(pre) - 1))
        if v not in TEST_CARDS and len(set(v[len(pre):])) > 3:
            return v


def valid_card(v, brand):
    d = re.sub(r"\D", "", v)
    pre, n = CARD_BRANDS[brand]
    return len(d) == n and d.startswith(pre) and luhn_ok(d) and d not in TEST_CARDS


# ---------------------------------------------------------------- IBAN (ISO 13616), all-numeric BBANs
IBAN_LEN = {"IL": 23, "RS": 22, "CR": 22, "KZ": 20, "UA": 29, "AD": 24, "TN": 24, "EG": 29}


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban(r, country):
    bban = rd(r, IBAN_LEN[country] - 4)
    if country == "CR":
        bban = "0" + bban[1:]
    return country + iban_check(country, bban) + bban


def valid_iban(v):
    s = v.replace(" ", "")
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- VIN (ISO 3779 / 49 CFR 565)
VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1G1", "1HG", "2T1", "3FA", "5YJ", "JTD", "KNA", "WAU", "WVW", "YV1", "SAL", "ZAR", "VF3", "LSV",
        "1C4", "2GN", "3N1", "JF2", "KL7", "MA3"]
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    m = s % 11
    return "X" if m == 10 else str(m)


def vin(r):
    while True:
        body = r.choice(WMIS) + rd(r, 5, VIN_ALPHA) + "0" + r.choice(YEAR_CODES) + rd(r, 1, VIN_ALPHA) + rd(r, 6)
        v = body[:8] + vin_check(body) + body[9:]
        if v != "11111111111111111":
            return v


def valid_vin(v):
    return len(v) == 17 and all(c in VIN_T for c in v) and v[8] == vin_check(v)


# ---------------------------------------------------------------- MBI (CMS MBI format spec)
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r):
    pos = ["19", "A", "AN", "09", "A", "AN", "09", "A", "A", "09", "09"]
    out = ""
    for p in pos:
        if p == "19":
            out += r.choice("123456789")
        elif p == "09":
            out += r.choice(DIG)
        elif p == "A":
            out += r.choice(MBI_ALPHA)
        else:
            out += r.choice(MBI_ALPHA + DIG)
    return out


def valid_mbi(v):
    s = v.replace("-", "")
    pat = r"[1-9][{a}][{a}0-9][0-9][{a}][{a}0-9][0-9][{a}][{a}][0-9][0-9]".format(a=MBI_ALPHA)
    return re.fullmatch(pat, s) is not None and s != "1EG4TE5MK73"


# ---------------------------------------------------------------- IMEI / MEID / MAC / HIBCC UDI
TACS = ["35391110", "35875711", "86769204", "35328211", "01332700", "35925406"]


def imei(r):
    return luhn_complete(r.choice(TACS) + rd(r, 6))


def meid(r):  # 14 hex digits, regional code A0-FF (3GPP2 S.R0048)
    return r.choice("ABCDEF") + r.choice("0123456789ABCDEF") + rd(r, 12, "0123456789ABCDEF")


def valid_meid(v):
    return re.fullmatch(r"[A-F][0-9A-F]{13}", v) is not None


OUIS = ["3C:22:FB", "F4:5C:89", "00:1B:63", "A4:83:E7", "B8:27:EB", "DC:A6:32", "00:17:88", "18:B4:30"]


def mac(r):
    return r.choice(OUIS) + ":" + ":".join(rd(r, 2, "0123456789ABCDEF") for _ in range(3))


def valid_mac(v):
    h = re.sub(r"[^0-9A-Fa-f]", "", v)
    return len(h) == 12 and int(h[:2], 16) & 1 == 0 and h.upper() not in ("000000000000", "FFFFFFFFFFFF") \
        and not h.upper().startswith("00005E0053")


HIBC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibcc_check(s):
    return HIBC[sum(HIBC.index(c) for c in s) % 43]


def hibcc_udi(r):  # HIBCC primary+secondary, concatenated: +LIC(4)PCN(1-18)U/ $$+ exp YYJJJ + lot, check char
    lic = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rd(r, 3, UP + DIG)
    pcn = rd(r, 6, UP + DIG)
    sec = "$$3" + f"{r.randint(27, 31)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + rd(r, 6, UP + DIG)
    body = "+" + lic + pcn + "0" + "/" + sec
    return body + hibcc_check(body)


def valid_hibcc(v):
    return v.startswith("+") and all(c in HIBC for c in v) and hibcc_check(v[:-1]) == v[-1]


# ---------------------------------------------------------------- phones
US_NPAS = {"Provo UT": "801", "Bozeman MT": "406", "Fargo ND": "701", "Flagstaff AZ": "928", "Missoula MT": "406",
           "Duluth MN": "218", "Eau Claire WI": "715", "Muncie IN": "765", "Erie PA": "814", "Yakima WA": "509",
           "Eugene OR": "541", "Chico CA": "530", "Laredo TX": "956", "Macon GA": "478", "Asheville NC": "828",
           "Bangor ME": "207", "Roanoke VA": "540", "Paducah KY": "270", "Joplin MO": "417", "Burlington VT": "802"}
INTL_REGIONS = ["CL", "PE", "UY", "MA", "TN", "JO", "GE", "AM", "NO", "ES", "MX", "CO"]


def us_phone(r, npa):
    while True:
        nxx = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if nxx[1:] == "11" or nxx == "555" or nxx in ("950", "958", "959", "976"):
            continue
        num = f"{npa}{nxx}{rd(r, 4)}"
        if phonenumbers.is_valid_number(phonenumbers.parse("+1" + num)):
            return num


def intl_mobile(r, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nsn) - 5)
        cand = nsn[:keep] + rd(r, len(nsn) - keep)
        if cand == nsn:
            continue
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n
    raise RuntimeError(region)


def valid_phone(v, region="US"):
    try:
        n = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(n):
        return False
    if n.country_code == 1 and str(n.national_number)[3:6] == "555":
        return False
    ex = phonenumbers.example_number_for_type(phonenumbers.region_code_for_number(n), phonenumbers.PhoneNumberType.MOBILE)
    return ex is None or ex.national_number != n.national_number


# ---------------------------------------------------------------- e-mail (domains none of the other sets list)
EMAIL_DOMAINS = ["online.no", "getmail.no", "broadpark.no", "telefonica.net", "ono.com", "movistar.es",
                 "terra.com.mx", "prodigy.net.mx", "vtr.net", "adinet.com.uy", "menara.ma", "topnet.tn",
                 "orange.jo", "caucasus.net", "xnet.am", "une.net.co", "speedy.com.ar", "cantv.net",
                 "windstream.net", "centurylink.net", "frontier.com", "roadrunner.com", "wowway.com",
                 "mediacombb.net", "midco.net", "sparklight.net", "q.com", "embarqmail.com", "montana.com",
                 "utah.gov.invalid"]
EMAIL_DOMAINS = [d for d in EMAIL_DOMAINS if not d.endswith(".invalid")]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "test", "invalid", "localhost", "example")


def valid_email(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", v)
    return bool(m) and m.group(1).lower() in EMAIL_DOMAINS and not any(
        m.group(1).lower().endswith(x) for x in RESERVED_DOMAINS)


# ---------------------------------------------------------------- IP
V4_BLOCKS = ["24.", "45.", "67.", "71.", "98.", "104.", "129.", "152.", "173.", "187.", "201.", "212."]
V6_PREFIXES = ["2601:1c0", "2603:6010", "2a00:23c5", "2804:14c", "2a02:2f0e", "2c0f:fb50", "2402:3a80",
               "2607:fb90"]


def ipv4(r):
    while True:
        a = r.choice(V4_BLOCKS) + ".".join(str(r.randint(1, 254)) for _ in range(3))
        if valid_ip(a):
            return a


def ipv6(r):
    while True:
        a = r.choice(V6_PREFIXES) + ":" + ":".join(f"{r.randint(1, 0xffff):x}" for _ in range(6))
        a = str(ipaddress.ip_address(a))
        if valid_ip(a):
            return a


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                              "2001:db8::/32", "3fff::/20", "233.252.0.0/24")]


def valid_ip(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


# ---------------------------------------------------------------- licences (state layouts)
def dl(r, state):
    if state == "IL":
        return r.choice(UP) + rd(r, 3) + "-" + rd(r, 4) + "-" + rd(r, 4)
    if state == "WA":
        return "WDL" + rd(r, 9, UP + DIG)
    if state == "KY":
        return r.choice(UP) + rd(r, 8)
    if state == "MA":
        return "S" + rd(r, 8)
    if state == "VA":
        return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rd(r, 2) + "-" + rd(r, 2) + "-" + rd(r, 4)
    if state == "IN":
        return rd(r, 4) + "-" + rd(r, 2) + "-" + rd(r, 4)
    if state == "NC":
        return "0000" + rd(r, 8)
    if state == "GA":
        return r.choice("0123456") + rd(r, 8)
    if state == "MO":
        return r.choice(UP) + rd(r, 9)
    raise KeyError(state)


DL_RULES = {"IL": r"[A-Z]\d{3}-\d{4}-\d{4}", "WA": r"WDL[A-Z0-9]{9}", "KY": r"[A-Z]\d{8}", "MA": r"S\d{8}",
            "VA": r"[A-Z]\d{2}-\d{2}-\d{4}", "IN": r"\d{4}-\d{2}-\d{4}", "NC": r"\d{12}", "GA": r"\d{9}",
            "MO": r"[A-Z]\d{9}"}
DL_NAMES = {"IL": "Illinois", "WA": "Washington", "KY": "Kentucky", "MA": "Massachusetts", "VA": "Virginia",
            "IN": "Indiana", "NC": "North Carolina", "GA": "Georgia", "MO": "Missouri"}

# ---------------------------------------------------------------- ZIPs: USPS 3-digit prefixes of the cities above
CITY_ZIP = {"Provo UT": "846", "Bozeman MT": "597", "Fargo ND": "581", "Flagstaff AZ": "860", "Missoula MT": "598",
            "Duluth MN": "558", "Eau Claire WI": "547", "Muncie IN": "473", "Erie PA": "165", "Yakima WA": "989",
            "Eugene OR": "974", "Chico CA": "959", "Laredo TX": "780", "Macon GA": "312", "Asheville NC": "288",
            "Bangor ME": "044", "Roanoke VA": "240", "Paducah KY": "420", "Joplin MO": "648", "Burlington VT": "054"}


def zip5(r, city):
    return CITY_ZIP[city] + f"{r.randint(1, 99):02d}"


# ---------------------------------------------------------------- secrets (gitleaks rules none of the other sets used)
B62 = string.ascii_letters + DIG


def secret(r, kind):
    if kind == "1password":
        return "A3-" + rd(r, 6, UP + DIG) + "-" + rd(r, 11, UP + DIG) + "-" + "-".join(rd(r, 5, UP + DIG) for _ in range(3))
    if kind == "clickhouse":
        return "4b1d" + rd(r, 38, B62)
    if kind == "do_refresh":
        return "dor_v1_" + rd(r, 64, HEXL)
    if kind == "github_refresh":
        return "ghr_" + rd(r, 36, B62)
    if kind == "gitlab_runner":
        return "glrt-" + rd(r, 20, B62)
    if kind == "gitlab_scim":
        return "glsoat-" + rd(r, 20, B62)
    if kind == "grafana_cloud":
        return "glc_" + rd(r, 48, B62)
    if kind == "shopify_shared":
        return "shpss_" + rd(r, 32, HEXL)
    if kind == "shopify_custom":
        return "shpca_" + rd(r, 32, HEXL)
    if kind == "settlemint_aat":
        return "sm_aat_" + rd(r, 16, B62)
    if kind == "intra42":
        return "s-s4t2ud-" + rd(r, 64, HEXL)
    if kind == "sidekiq_url":
        return f"https://{rd(r, 8, HEXL)}:{rd(r, 8, HEXL)}@enterprise.contribsys.com/"
    if kind == "mongodb_url":
        return f"mongodb://svc_payroll:{rd(r, 14, B62)}@{rd(r, 6, string.ascii_lowercase)}.internal:27017/hr"
    if kind == "password":
        return rd(r, 3, string.ascii_letters) + rd(r, 1, "!#%&*") + rd(r, 5, B62) + rd(r, 1, "@$?") + rd(r, 3, DIG)
    raise KeyError(kind)


SECRET_RULES = {"1password": "1password-secret-key", "clickhouse": "clickhouse-cloud-api-secret-key",
                "do_refresh": "digitalocean-refresh-token", "github_refresh": "github-refresh-token",
                "gitlab_runner": "gitlab-runner-authentication-token", "gitlab_scim": "gitlab-scim-token",
                "grafana_cloud": "grafana-cloud-api-token", "shopify_shared": "shopify-shared-secret",
                "shopify_custom": "shopify-custom-access-token", "settlemint_aat": "settlemint-application-access-token",
                "intra42": "intra42-client-secret", "sidekiq_url": "sidekiq-sensitive-url"}
