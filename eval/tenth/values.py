"""Value generators (from published format rules) and their validators. stdlib + phonenumbers."""
import ipaddress, os, re, string, unicodedata, warnings
warnings.filterwarnings("ignore", category=FutureWarning)
import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- names
NAME_SETS = ["pl", "cz", "se", "fi", "is", "lv", "si", "tr", "ie", "br", "mx", "dk", "no", "kr", "tw", "il", "ar"]
NONLATIN = {"kr", "tw", "il"}
FAMILY_FIRST = {"kr", "tw"}
WORDLIKE = {"Hope", "Grace", "Rose", "June", "Ada", "Eva", "Ana", "Mar", "Sol", "Luz", "Paz", "Ali", "Ela", "Ida",
            "Lea", "Mia", "Noa", "Ola", "Kari", "Berg", "Lund", "Holm", "Ek", "Blom", "Falk", "Lind", "Ström", "Salo",
            "Aho", "Saari", "Lahti", "Mäki", "Koski", "Harju", "Nurmi", "Laine", "Lehto", "Salmi", "Ozols", "Noah",
            "Dawn", "Iris", "Jasmine", "Lily", "Daisy", "Victoria", "Sofia", "Pablo", "Jordan", "Paris", "Ness",
            "Bay", "Can", "Kaya", "Deniz", "Nur", "Gül", "Barış", "Umut", "Yusuf", "Emir", "Bo", "Li", "Lo", "Ai"}


def _parse_ts(path):
    txt = open(path, encoding="utf-8").read()
    groups = {}
    m = list(re.finditer(r"^\s*(\d+)\s*:\s*\[(.*?)\]", txt, re.S | re.M))
    if m:
        for g in m:
            groups[int(g.group(1))] = re.findall(r"'([^']+)'", g.group(2))
    else:
        body = txt[txt.index("["):]
        groups[-1] = re.findall(r"'([^']+)'", body)
    return groups


def load_names():
    out = {}
    for c in NAME_SETS:
        given = _parse_ts(os.path.join(HERE, "sources/names", f"{c}.names.ts"))
        sur = _parse_ts(os.path.join(HERE, "sources/names", f"{c}.surnames.ts"))
        def ok(n):
            return len(n) >= 3 and n not in WORDLIKE and " " not in n or (c in NONLATIN and len(n) >= 1)
        g = {k: sorted(set(x for x in v if ok(x))) for k, v in given.items()}
        s = {k: sorted(set(x for x in v if ok(x) or c in NONLATIN)) for k, v in sur.items()}
        out[c] = (g, s)
    return out


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
                   .replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ð", "d").replace("Ð", "D")
                   .replace("þ", "th").replace("Þ", "Th").replace("ß", "ss").replace("ı", "i"))
                   if not unicodedata.combining(ch))


def person(rng, names, country):
    g, s = names[country]
    sex = rng.choice(sorted(k for k in g))
    given = rng.choice(g[sex])
    sk = sex if sex in s else (-1 if -1 in s else sorted(s)[0])
    fam = rng.choice(s[sk])
    return given, fam, sex


# ---------------------------------------------------------------- checks
def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000" and d not in ("078051120", "219099999", "123456789")


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, p in zip(s, pat):
        if p == "C" and not ch in "123456789":
            return False
        if p == "N" and not ch.isdigit():
            return False
        if p == "A" and ch not in MBI_ALPHA:
            return False
        if p == "AN" and not (ch.isdigit() or ch in MBI_ALPHA):
            return False
    return True


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    t = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if t == 10 else str(t)


def vin_ok(v):
    return len(v) == 17 and all(c in VIN_MAP for c in v) and v[8] == vin_check(v)


IBAN_LEN = {"PL": 28, "SE": 24, "GR": 27, "BH": 22, "KW": 30, "LB": 28, "CY": 28, "MT": 31, "IS": 26, "AL": 28}


def iban_ok(s):
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_ok(r):
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def gtin_check(body13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body13)))
    return str((10 - s % 10) % 10)


def nhs_check(d9):
    t = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    r = 11 - t % 11
    return None if r == 10 else ("0" if r == 11 else str(r))


def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 10 and nhs_check(d[:9]) == d[9]


def au_medicare_check(d8):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return str(sum(int(c) * x for c, x in zip(d8, w)) % 10)


def au_medicare_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) in (10, 11) and d[0] in "23456" and au_medicare_check(d[:8]) == d[8]


def ohip_ok(s):
    d = re.sub(r"[^0-9]", "", s)[:10]
    return len(d) == 10 and luhn_ok(d)


def ip_ok(s):
    s = s.strip("[]")
    if "/" in s:
        s = s.split("/")[0]
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if not a.is_global:
        return False
    for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "100.64.0.0/10", "2001:db8::/32", "3fff::/20"):
        if a in ipaddress.ip_network(net):
            return False
    return True


def phone_ok(s, region=None):
    try:
        n = phonenumbers.parse(s, region or "US")
    except phonenumbers.NumberParseException:
        return False
    nat = str(n.national_number)
    if n.country_code == 1 and nat[3:6] == "555":
        return False
    return phonenumbers.is_valid_number(n)


# ---------------------------------------------------------------- generators
US_AREAS = {  # area code: (city, state, ZIP prefixes)
    "254": ("Waco", "TX", ["767"]), "325": ("Abilene", "TX", ["796"]), "936": ("Nacogdoches", "TX", ["759"]),
    "260": ("Fort Wayne", "IN", ["468"]), "269": ("Kalamazoo", "MI", ["490"]), "231": ("Traverse City", "MI", ["496"]),
    "810": ("Flint", "MI", ["485"]), "330": ("Akron", "OH", ["443"]), "937": ("Dayton", "OH", ["454"]),
    "315": ("Syracuse", "NY", ["132"]), "518": ("Albany", "NY", ["122"]), "607": ("Binghamton", "NY", ["139"]),
    "570": ("Scranton", "PA", ["185"]), "606": ("Ashland", "KY", ["411"]), "931": ("Clarksville", "TN", ["370"]),
}
MOBILE_REGIONS = ["RS", "BA", "AL", "MD", "CY", "MT", "LU", "KW", "BH", "LB"]


def us_phone(rng, style):
    npa = rng.choice(sorted(US_AREAS))
    while True:
        nxx = str(rng.randint(2, 9)) + "%02d" % rng.randint(0, 99)
        if nxx[1:] != "11" and nxx != "555" and nxx not in ("950", "958", "959", "976"):
            break
    x = "%04d" % rng.randint(0, 9999)
    return {"e164": f"+1{npa}{nxx}{x}", "dots1": f"1.{npa}.{nxx}.{x}", "paren": f"({npa}) {nxx}-{x}",
            "intl": f"+1 {npa}-{nxx}-{x}", "plain": f"{npa}{nxx}{x}", "slash": f"{npa}/{nxx}{x}"}[style], npa


def mobile(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nat) - 5)
        cand = nat[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nat) - keep))
        if cand == nat:
            continue
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    raise RuntimeError(region)


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_ok(s):
            return s


def mbi(rng):
    al = MBI_ALPHA
    an = "0123456789" + al
    p = [rng.choice("123456789"), rng.choice(al), rng.choice(an), rng.choice("0123456789"), rng.choice(al), rng.choice(an),
         rng.choice("0123456789"), rng.choice(al), rng.choice(al), rng.choice("0123456789"), rng.choice("0123456789")]
    return "".join(p)


def nhs_number(rng):
    while True:
        d9 = str(rng.randint(4, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = nhs_check(d9)
        if c is not None:
            return d9 + c


def au_medicare(rng):
    d8 = str(rng.randint(2, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return d8 + au_medicare_check(d8) + str(rng.randint(1, 9))  # + issue number; IRN added separately


def ohip(rng):
    d = luhn_complete(str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8)))
    return d + "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))


def iban(rng, cc):
    L = IBAN_LEN[cc]
    shapes = {"PL": "n24", "SE": "n20", "GR": "n23", "BH": "a4c14", "KW": "a4c22", "LB": "n4c20", "CY": "n8c16",
              "MT": "a4n5c18", "IS": "n22", "AL": "n8c16"}
    bb = ""
    for part in re.findall(r"([anc])(\d+)", shapes[cc]):
        t, k = part[0], int(part[1])
        pool = {"a": string.ascii_uppercase, "n": string.digits, "c": string.ascii_uppercase + string.digits}[t]
        bb += "".join(rng.choice(pool) for _ in range(k))
    assert len(bb) + 4 == L, cc
    num = int("".join(str(int(c, 36)) for c in bb + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bb}"


CARD_PREFIXES = {"UnionPay": ("62", 16), "RuPay": ("6522", 16), "Troy": ("9792", 16), "Verve": ("506099", 19), "UATP": ("1", 15)}
TEST_CARDS = {"6200000000000005", "6011000990139424"}


def card(rng, brand):
    pre, L = CARD_PREFIXES[brand]
    while True:
        c = luhn_complete(pre + "".join(str(rng.randint(0, 9)) for _ in range(L - len(pre) - 1)))
        if c not in TEST_CARDS and len(set(c)) > 4:
            return c


def aba(rng):
    while True:
        r = "%02d" % rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        for c in "0123456789":
            if aba_ok(r + c):
                return r + c


def vin(rng, wmi):
    vds = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    year = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    v = wmi + vds + "0" + year + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return v[:8] + vin_check(v) + v[9:]


WMIS = ["VF7", "VR3", "W0L", "ZFF", "SHH", "JMZ", "JS1", "KPT", "1FM", "2T3", "3TM", "5J6", "1HD", "YS2", "XLR", "TMA"]


def imei(rng):
    tac = "35" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return luhn_complete(tac + "".join(str(rng.randint(0, 9)) for _ in range(6)))


def mac(rng, style):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | 0x00  # unicast, globally administered
    if b[0] == 0:
        b[0] = 0x3C
    h = ["%02x" % x for x in b]
    return {"colon_lower": ":".join(h), "dash_upper": "-".join(h).upper(), "bare_upper": "".join(h).upper()}[style]


def udi(rng):
    body = "0" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    gtin = body + gtin_check(body)
    exp = "%02d%02d%02d" % (rng.randint(27, 31), rng.randint(1, 12), rng.randint(1, 28))
    ser = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    return f"(01){gtin}(17){exp}(21){ser}"


def ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if ip_ok(str(a)) and str(a).split(".")[-1] not in ("0", "255"):
            return str(a)


V6_PREFIXES = ["2a00:1028", "2a02:168", "2001:470:1f0b", "2a01:119f", "2405:9800", "2402:e280", "2001:16a2", "2a02:c7f"]


def ipv6(rng):
    p = rng.choice(V6_PREFIXES)
    groups = p.split(":")
    while len(groups) < 4:
        groups.append("%x" % rng.randint(1, 0xffff))
    tail = ["%x" % rng.randint(1, 0xffff) for _ in range(4)]
    s = str(ipaddress.IPv6Address(":".join(groups + tail)))
    assert ip_ok(s)
    return s


EMAIL_DOMAINS = ["email.cz", "post.cz", "volny.cz", "poczta.fm", "gazeta.pl", "op.pl", "spray.se", "bredband.net",
                 "bahnhof.se", "luukku.com", "kolumbus.fi", "otenet.gr", "hol.gr", "forthnet.gr", "dreamwiz.com",
                 "korea.com", "emirates.net.ae", "batelco.com.bh", "maktoob.com", "vsnl.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "test", "invalid", "localhost")

SUFFIXES = ["Aly", "Byu", "Cmn", "Cors", "Frd", "Frg", "Gdns", "Hbr", "Isle", "Knls", "Mdws", "Orch", "Pln", "Shls", "Sqs", "Stra", "Tunl", "Vly"]
STREET_WORDS = ["Juniper", "Tamarack", "Sorrel", "Kestrel", "Hawthorn", "Millrace", "Quarry", "Bellwether", "Copper", "Ridgeway",
                "Larkspur", "Osage", "Sumac", "Wicklow", "Fenwick", "Harrow", "Pinecone", "Catalpa"]


def zip_for(rng, npa, plus4=False):
    pre = US_AREAS[npa][2][0]
    z = pre + "%02d" % rng.randint(1, 98)
    return z + ("-%04d" % rng.randint(1, 9999) if plus4 else "")


def us_street(rng, full=True):
    npa = rng.choice(sorted(US_AREAS))
    city, st, _ = US_AREAS[npa]
    unit = rng.choice(["", f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" Unit {rng.randint(100, 999)}", f" Rm {rng.randint(1, 30)}"])
    line = f"{rng.randint(12, 9899)} {rng.choice(STREET_WORDS)} {rng.choice(SUFFIXES)}{unit}"
    return (f"{line}, {city}, {st} {zip_for(rng, npa)}" if full else line), npa


def foreign_street(rng, kind):
    if kind == "pl":
        return f"ul. {rng.choice(['Lipowa', 'Kasztanowa', 'Ogrodowa', 'Słoneczna', 'Polna'])} {rng.randint(2, 140)} m. {rng.randint(1, 60)}, {rng.randint(30, 31)}-{rng.randint(100, 999)} Kraków"
    if kind == "se":
        return f"{rng.choice(['Storgatan', 'Kungsgatan', 'Västra Ågatan', 'Sysslomansgatan'])} {rng.randint(2, 80)} lgh {rng.randint(1001, 1404)}, 75{rng.randint(2, 7)} {rng.randint(10, 60)} Uppsala"
    if kind == "cz":
        return f"{rng.choice(['Vinohradská', 'Korunní', 'Slezská', 'Budečská'])} {rng.randint(100, 2999)}/{rng.randint(2, 90)}, 120 00 Praha 2"
    if kind == "gb":
        return f"{rng.randint(2, 120)} {rng.choice(['Stricklandgate', 'Highgate', 'Kirkland', 'Windermere Road'])}, Kendal LA9 {rng.randint(4, 7)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
    if kind == "gr":
        return f"Odos {rng.choice(['Ermou', 'Athinas', 'Patision', 'Solonos'])} {rng.randint(2, 180)}, 105 {rng.randint(51, 64)} Athina"


URL_HOSTS = ["https://www.siepomaga.pl/{slug}", "https://pomagam.pl/{slug}-leczenie", "https://www.donio.cz/{slug}",
             "https://www.impactguru.com/fundraiser/help-{slug}", "https://chuffed.org/project/{slug}-surgery",
             "https://www.mycause.com.au/p/{num}/{slug}", "https://donorbox.org/{slug}-medical-fund",
             "https://patientportal.kendal-health.co.uk/record?nhs={nhs}&surname={fam}"]

# secrets: (rule id, generator) ; keyword rules carry their keyword in the value
B62 = string.ascii_letters + string.digits


def _r(rng, pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


def secret(rng, kind):
    lo = string.ascii_lowercase + string.digits
    hexd = "0123456789abcdef"
    uuid = lambda: "-".join(_r(rng, hexd, k) for k in (8, 4, 4, 4, 12))
    if kind == "authress-service-client-access-key":
        return f"sc_{_r(rng, lo, 12)}.{_r(rng, lo, 5)}.acc_{_r(rng, lo, 20)}.{_r(rng, lo + '+/_', 48)}", kind
    if kind == "huggingface-access-token":
        return "hf_" + _r(rng, string.ascii_letters, 34), kind
    if kind == "curl-auth-header":
        return f"curl -s https://api.xero.com/api.xro/2.0/Contacts -H \"Authorization: Bearer {_r(rng, B62, 40)}\"", kind
    if kind == "curl-auth-user":
        return f"curl --user ops.sync:{_r(rng, B62, 18)} https://demo.docusign.net/restapi/v2.1/accounts", kind
    if kind == "twitter-bearer-token":
        return "twitter_bearer=" + "A" * 22 + _r(rng, B62, 90), kind
    if kind == "gocardless-api-token":
        return "gocardless_token: live_" + _r(rng, lo + "-_", 40), kind
    if kind == "snyk-api-token":
        return "snyk_token=" + uuid(), kind
    if kind == "datadog-access-token":
        return "datadog_app_key=" + _r(rng, lo, 40), kind
    if kind == "contentful-delivery-api-token":
        return "contentful_delivery_token: " + _r(rng, lo + "_-", 43), kind
    if kind == "netlify-access-token":
        return "netlify_auth_token=" + _r(rng, lo + "_-", 43), kind
    if kind == "sumologic-access-token":
        return "SUMO_ACCESS_KEY=" + _r(rng, lo, 64), kind
    if kind == "cohere-api-token":
        return "CO_API_KEY=" + _r(rng, B62, 40), kind
    if kind == "ftp-url-password":
        return f"ftp://payroll_drop:{_r(rng, B62, 14)}@ftp.kendal-health.co.uk/inbound", kind
    raise KeyError(kind)


SECRET_KINDS = ["authress-service-client-access-key", "huggingface-access-token", "curl-auth-header", "curl-auth-user",
                "twitter-bearer-token", "gocardless-api-token", "snyk-api-token", "datadog-access-token",
                "contentful-delivery-api-token", "netlify-access-token", "sumologic-access-token", "cohere-api-token",
                "ftp-url-password"]


def gitleaks_rules():
    import tomllib
    with open(os.path.join(HERE, "sources/rules/gitleaks.toml"), "rb") as f:
        d = tomllib.load(f)
    out = {}
    for r in d["rules"]:
        if "regex" not in r:
            continue
        rx = r["regex"]
        flags = 0
        if "(?i)" in rx:
            flags = re.I
            rx = rx.replace("(?i)", "")
        rx = rx.replace("\\z", "\\Z")
        try:
            out[r["id"]] = re.compile(rx, flags)
        except re.error:
            pass
    return out
