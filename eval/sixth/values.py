"""Value generators built from published rules, and their validators (stdlib + phonenumbers).

Every generator takes a random.Random.  Validators return True/False and are used by check.py."""
import ast, ipaddress, json, re, string, unicodedata
from pathlib import Path

import phonenumbers

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"

# ------------------------------------------------------------------ names
def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("İ", "I").replace("ð", "d").replace("Ð", "D")
    s = s.replace("þ", "th").replace("Þ", "Th").replace("æ", "ae").replace("Æ", "Ae").replace("ə", "e").replace("Ə", "E")
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

# Korean: Revised Romanization of single syllables (no sound-change rules), conventional spellings for surnames
_RR_L = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_RR_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
_RR_T = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
KO_SURNAMES = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
               "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
               "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang",
               "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh",
               "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min"}

def rr(hangul):
    out = []
    for ch in hangul:
        c = ord(ch) - 0xAC00
        if not 0 <= c < 11172:
            return None
        out.append(_RR_L[c // 588] + _RR_V[(c % 588) // 28] + _RR_T[c % 28])
    return "".join(out)

STOP = {"june", "april", "may", "august", "jordan", "israel", "india", "china", "georgia", "paris", "sydney", "austin",
        "lincoln", "will", "bill", "mark", "grant", "hope", "joy", "faith", "rose", "ruby", "amber", "crystal", "sky",
        "sun", "star", "ay", "can", "su", "nur", "ali", "an", "la", "le", "my", "ha", "kim", "deniz", "umut", "bay"}

def _ok(s):
    return len(fold(s)) >= 3 and fold(s).lower() not in STOP and fold(s).isalpha()

def load_names():
    """Returns {culture: {"given": [...], "family": [...], "script": latin|native, "order": "gf"|"fg"}}."""
    pools = {}
    for loc in ["tr", "az", "hu", "is", "et", "el", "kk", "fa", "ar-eg", "zh", "ko"]:
        d = json.loads((SRC / "names/mimesis" / loc / "person.json").read_text(encoding="utf-8"))
        giv = d["names"]["female"] + d["names"]["male"]
        fam = d["surnames"]
        if isinstance(fam, dict):
            fam = fam.get("female", []) + fam.get("male", [])
        pools[loc] = {"given": sorted(set(giv)), "family": sorted(set(fam))}
    # rio: python literals
    tree = ast.parse((SRC / "names/rio/fake_names.py").read_text(encoding="utf-8"))
    lits = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                lits[node.targets[0].id] = ast.literal_eval(node.value)
            except Exception:
                pass
    def latin(xs):
        return sorted({x.strip() for x in xs if isinstance(x, str) and x.strip() and all(ord(c) < 0x250 or c in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for c in x.strip().lower())})
    pools["vi"] = {"given": latin(lits.get("vietnamese_firstnames_female", []) + lits.get("vietnamese_firstnames_male", [])),
                   "middle": latin(lits.get("vietnamese_first_middlenames_female", []) + lits.get("vietnamese_first_middlenames_male", [])),
                   "family": latin(lits.get("vietnamese_surnames", []))}
    pools["yo"] = {"given": latin(lits.get("yoruba_firstnames_male", []) + lits.get("yoruba_firstnames_female", [])),
                   "family": latin(lits.get("yoruba_surnames", []))}
    pools["bantu"] = {"given": latin(lits.get("bantu_firstnames_male", []) + lits.get("bantu_firstnames_female", [])),
                      "family": latin(lits.get("bantu_surnames", []))}
    pools["pa"] = {"given": latin(lits.get("punjabi_firstnames_male", []) + lits.get("punjabi_firstnames_female", [])),
                   "family": latin(lits.get("punjabi_surnames", []))}
    pools["bn"] = {"given": latin(lits.get("bengali_firstnames_male", []) + lits.get("bengali_firstnames_female", [])),
                   "family": latin(lits.get("bengali_surnames", []))}
    for k in ("tr", "az", "hu", "is", "et", "vi", "yo", "bantu", "pa", "bn"):
        for part in ("given", "family", "middle"):
            if part in pools[k]:
                pools[k][part] = [x for x in pools[k][part] if _ok(x) and " " not in x and "'" not in x]
    ko = pools["ko"]
    ko["family"] = [s for s in ko["family"] if s in KO_SURNAMES]
    ko["given"] = [g for g in ko["given"] if len(g) == 2 and rr(g)]
    return pools

LATIN = ["tr", "az", "hu", "is", "et", "vi", "yo", "bantu", "ko", "vi", "yo", "ko"]
NATIVE = ["el", "kk", "fa", "ar-eg", "zh", "ko"]

def person(rng, pools, latin=True):
    """Returns dict(given, family, culture, order, script)."""
    if latin:
        c = rng.choice(LATIN)
        p = pools[c]
        if c == "ko":
            f = rng.choice(p["family"]); g = rng.choice(p["given"])
            return {"given": rr(g).capitalize(), "family": KO_SURNAMES[f], "culture": c, "order": "fg", "native": f"{f}{g}"}
        if c == "vi":
            return {"given": rng.choice(p["given"]), "middle": rng.choice(p["middle"]), "family": rng.choice(p["family"]),
                    "culture": c, "order": "fg"}
        return {"given": rng.choice(p["given"]), "family": rng.choice(p["family"]), "culture": c,
                "order": "fg" if c == "hu" else "gf"}
    c = rng.choice(NATIVE)
    p = pools[c]
    g, f = rng.choice(p["given"]), rng.choice(p["family"])
    if c in ("zh", "ko"):
        return {"text": f + g, "culture": c}
    return {"text": f"{g} {f}", "culture": c}

# ------------------------------------------------------------------ check digits
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def luhn_complete(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d

TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "4012888888881881",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3530111333300000",
              "3566002020360505", "6200000000000005", "4000056655665556", "5200828282828210", "2223003122003222",
              "6759649826438453", "6799990100000000019", "5019717010103742"}

CARD_BRANDS = {  # brand: (prefixes, length)  -- ISO/IEC 7812 IIN ranges as published by the schemes
    "rupay": (["6521", "6522", "6081", "6082", "508"], 16),
    "troy": (["9792"], 16),
    "verve": (["506099", "506105", "506121", "650002"], 16),
    "dankort": (["5019"], 16),
    "maestro": (["6759", "6761", "6763", "5018", "5020"], 16),
    "elo": (["636368", "438935", "504175", "451416", "509048"], 16),
}

def card(rng, brand):
    pre, n = CARD_BRANDS[brand]
    p = rng.choice(pre)
    while True:
        body = p + "".join(rng.choice(string.digits) for _ in range(n - len(p) - 1))
        num = luhn_complete(body)
        if num not in TEST_CARDS and len(set(num[len(p):])) > 3:
            return num

IBAN_BBAN = {  # ISO 13616 registry: country -> BBAN layout (n digits, a upper letters, c alnum), total length
    "TR": ("5n1n16n", 26), "GR": ("7n16n", 27), "SI": ("5n8n2n", 19), "SK": ("4n6n10n", 24), "EE": ("2n14n", 20),
    "LV": ("4a13n", 21), "LU": ("3n13n", 20), "BG": ("4a4n2n8n", 22), "PK": ("4a16n", 24), "QA": ("4a21n", 29),
    "KW": ("4a22n", 30), "JO": ("4a4n18n", 30), "MT": ("4a5n18n", 31), "CY": ("3n5n16n", 28), "IS": ("4n2n6n10n", 26),
}

def iban_check(country, bban):
    s = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - num % 97)

def iban_ok(iban):
    iban = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    c = iban[:2]
    if c in IBAN_BBAN and len(iban) != IBAN_BBAN[c][1]:
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1

def iban(rng, country, grouped=False):
    lay, total = IBAN_BBAN[country]
    bban = ""
    for n, t in re.findall(r"(\d+)([nac])", lay):
        for _ in range(int(n)):
            bban += rng.choice(string.digits if t == "n" else string.ascii_uppercase)
    if country == "TR":  # reserved digit is 0
        bban = bban[:5] + "0" + bban[6:]
    v = country + iban_check(country, bban) + bban
    assert len(v) == total and iban_ok(v)
    if grouped:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v

VIN_MAP = {c: v for v, cs in enumerate(["0", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"]) for c in cs}
VIN_MAP.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1FT", "2HG", "3VW", "4T1", "5UX", "JHM", "JN1", "KMH", "WBA", "WDD", "ZFA", "VF1", "SAJ", "TRU", "U5Y",
        "XTA", "LFV", "MAL", "9BW", "8AP", "6G1", "NMT", "VSS", "YS3"]

def vin_ok(v):
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if s == 10 else str(s))

def vin(rng):
    while True:
        wmi = rng.choice(WMIS)
        body = wmi + "".join(rng.choice(VIN_CH) for _ in range(5)) + "0" + rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + \
            rng.choice(VIN_CH) + "".join(rng.choice(string.digits) for _ in range(6))
        s = sum(VIN_MAP[c] * w for c, w in zip(body, VIN_W)) % 11
        v = body[:8] + ("X" if s == 10 else str(s)) + body[9:]
        if vin_ok(v) and len(set(v[11:])) > 2:
            return v

# CMS MBI: C A AN N A AN N A A N N (no S L O I B Z)
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
def mbi(rng, dashed=False):
    n = lambda: rng.choice("0123456789")
    a = lambda: rng.choice(MBI_A)
    an = lambda: rng.choice(MBI_A + "0123456789")
    v = rng.choice("123456789") + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()
    return v[:4] + "-" + v[4:7] + "-" + v[7:] if dashed else v

def mbi_ok(v):
    v = v.replace("-", "")
    pat = "[1-9][{a}][{a}0-9][0-9][{a}][{a}0-9][0-9][{a}][{a}][0-9][0-9]".format(a=MBI_A)
    return bool(re.fullmatch(pat, v))

def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v.startswith("987-65-432") or v in ("078-05-1120", "219-09-9999", "123-45-6789"):
            continue
        return v

def ssn_ok(v):
    d = re.sub(r"[ _-]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0 and not d.startswith("98765432") and d not in ("078051120", "219099999", "123456789")

def imei(rng):
    tac = rng.choice(["35", "86", "01", "99", "35", "86"]) + "".join(rng.choice(string.digits) for _ in range(6))
    return luhn_complete(tac + "".join(rng.choice(string.digits) for _ in range(6)))

def mac(rng, style):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] = (b[0] & 0xFC) | 0x00  # unicast, globally administered
    if b[0] == 0:
        b[0] = 0x3C
    h = "".join("%02x" % x for x in b)
    if style == "colon":
        return ":".join(h[i:i + 2] for i in range(0, 12, 2))
    if style == "dash_upper":
        return "-".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    if style == "dot":
        return ".".join(h[i:i + 4] for i in range(0, 12, 4))
    return h.upper()

def mac_ok(v):
    h = re.sub(r"[:.\-]", "", v)
    return bool(re.fullmatch(r"[0-9a-fA-F]{12}", h)) and int(h[:2], 16) & 1 == 0 and h.lower() not in ("000000000000",) \
        and not h.lower().startswith("00005e0053")

def gtin_ok(g):
    d = [int(c) for c in g]
    s = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d[:-1])))
    return (10 - s % 10) % 10 == d[-1]

def gtin14(rng):
    body = "0" + "".join(rng.choice(string.digits) for _ in range(12))
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)

# ------------------------------------------------------------------ IP
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "3fff::/20", "233.252.0.0/24")]
V6_PREFIXES = ["2a01:e0a", "2a00:23c5", "2405:201", "2001:1388", "2800:40", "2401:4900", "2a02:2f0c", "2c0f:f4c0", "2806:10a6", "2a0d:6fc0"]

def ip_ok(v):
    a = ipaddress.ip_address(v)
    return a.is_global and not any(a in n for n in DOC_NETS) and not a.is_multicast

def ipv4(rng):
    while True:
        v = "%d.%d.%d.%d" % (rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ip_ok(v) and not v.startswith(("100.", "127.")):
            return v

def ipv6(rng):
    while True:
        pre = rng.choice(V6_PREFIXES)
        groups = pre.split(":") + ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(pre.split(":")))]
        if rng.random() < 0.4:
            groups[4:7] = ["0", "0", "0"]
        v = str(ipaddress.ip_address(":".join(groups)))
        if ip_ok(v):
            return v

# ------------------------------------------------------------------ phones
US_AREA = [("Billings", "MT", "406"), ("Dubuque", "IA", "563"), ("Bangor", "ME", "207"), ("Casper", "WY", "307"),
           ("Hilo", "HI", "808"), ("Juneau", "AK", "907"), ("Fargo", "ND", "701"), ("Rapid City", "SD", "605"),
           ("Las Cruces", "NM", "575"), ("Missoula", "MT", "406"), ("Tupelo", "MS", "662"), ("Dothan", "AL", "334"),
           ("Jonesboro", "AR", "870"), ("Lafayette", "LA", "337"), ("Lawton", "OK", "580"), ("Grand Island", "NE", "308"),
           ("Dover", "DE", "302"), ("Knoxville", "TN", "865"), ("Provo", "UT", "801"), ("Cranston", "RI", "401")]
INTL_REGIONS = ["IT", "IS", "EE", "SI", "SK", "BG", "RS", "GE", "UZ", "MN", "KH", "JO", "QA", "OM", "TN", "ET", "UG",
                "ZM", "CM", "CI", "PY", "GT", "CR", "FJ"]

def us_phone(rng, npa, style):
    while True:
        nxx = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
        if nxx == "555" or nxx[1:] == "11":
            continue
        line = "%04d" % rng.randint(0, 9999)
        e164 = f"+1{npa}{nxx}{line}"
        n = phonenumbers.parse(e164)
        if phonenumbers.is_valid_number(n):
            break
    return {"spaces": f"+1 {npa} {nxx} {line}", "ext": f"{npa}-{nxx}-{line} x{rng.randint(11, 899)}",
            "tight": f"({npa}){nxx}-{line}", "dots_plus": f"+1.{npa}.{nxx}.{line}", "plain10": f"{npa}{nxx}{line}",
            "intl00": f"001 {npa} {nxx} {line}", "slash": f"{npa}/{nxx}-{line}"}[style]

def intl_mobile(rng, region, fmt):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(500):
        k = min(5, len(nsn) - 2)
        cand = nsn[:-k] + "".join(rng.choice(string.digits) for _ in range(k))
        if cand == nsn:
            continue
        n = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE:
            f = {"e164": phonenumbers.PhoneNumberFormat.E164, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                 "rfc": phonenumbers.PhoneNumberFormat.RFC3966}[fmt]
            return phonenumbers.format_number(n, f)
    raise RuntimeError(region)

def phone_ok(v, region="US"):
    t = re.sub(r"\s*x\d+$", "", v)
    t = re.sub(r"^001 ", "+1 ", t)
    try:
        n = phonenumbers.parse(t, region)
    except phonenumbers.NumberParseException:
        return False
    nsn = phonenumbers.national_significant_number(n)
    if n.country_code == 1 and nsn[3:6] == "555":
        return False
    return phonenumbers.is_valid_number(n)

# ------------------------------------------------------------------ e-mail
EMAIL_DOMAINS = ["mail.ee", "siol.net", "azet.sk", "abv.bg", "inbox.lv", "rambler.ru", "ukr.net", "rediffmail.com",
                 "pchome.com.tw", "hinet.net", "singnet.com.sg", "mweb.co.za", "optusnet.com.au", "xtra.co.nz",
                 "eircom.net", "sapo.pt", "terra.com.br", "bol.com.br", "prodigy.net.mx", "tiscali.it", "free.fr",
                 "sfr.fr", "skynet.be", "online.no", "telia.com", "elisa.fi", "walla.co.il", "sbcglobal.net",
                 "earthlink.net", "verizon.net", "windstream.net", "charter.net", "bellsouth.net", "juno.com",
                 "netzero.net", "mail.com", "gmx.com", "pm.me", "citromail.hu", "freemail.hu", "mynet.com", "ttmail.com"]
RESERVED_EMAIL = re.compile(r"@(?:[\w.-]+\.)?(example\.(com|org|net)|test|invalid|localhost|example)$", re.I)

def email_ok(v):
    return bool(re.fullmatch(r"[A-Za-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", v)) and not RESERVED_EMAIL.search(v) and \
        v.split("@")[1] in EMAIL_DOMAINS

# ------------------------------------------------------------------ addresses / ZIP
SUFFIX = ["Cswy", "Expy", "Frk", "Hbr", "Knl", "Lndg", "Mdws", "Orch", "Pkwy", "Plz", "Shrs", "Sq", "Tpke", "Vly",
          "Vlg", "Xrd", "Cv", "Gdns", "Hts", "Psge", "Bnd", "Crst"]
STREETS = ["Kalanianaole", "Tamarack", "Old Mill", "Quarry", "Sagebrush", "Cottonwood", "Ironwood", "Buckeye",
           "Magnolia Bluff", "Red Oak", "Persimmon", "Mesquite", "Tidewater", "Cedar Hollow", "Prairie Wind",
           "Juniper Ridge", "Lighthouse", "Sugar Maple", "Wapsipinicon", "Pali Momi"]
UNITS = ["Apt 4B", "Unit 12", "# 305", "Ste 210", "Rm 7", "Lot 19", "Fl 3", "Bldg C"]
CITY_ZIP3 = [("Billings", "MT", "591"), ("Dubuque", "IA", "520"), ("Bangor", "ME", "044"), ("Casper", "WY", "826"),
             ("Hilo", "HI", "967"), ("Juneau", "AK", "998"), ("Fargo", "ND", "581"), ("Rapid City", "SD", "577"),
             ("Las Cruces", "NM", "880"), ("Tupelo", "MS", "388"), ("Dothan", "AL", "363"), ("Jonesboro", "AR", "724"),
             ("Lafayette", "LA", "705"), ("Lawton", "OK", "735"), ("Grand Island", "NE", "688"), ("Dover", "DE", "199"),
             ("Knoxville", "TN", "379"), ("Provo", "UT", "846"), ("Cranston", "RI", "029"), ("Burlington", "VT", "054")]

def zip5(rng, z3=None):
    z3 = z3 or rng.choice(CITY_ZIP3)[2]
    return z3 + "%02d" % rng.randint(1, 98)

def us_address(rng, with_city=True, unit=False):
    num = rng.randint(12, 98765)
    st = f"{num} {rng.choice(['', 'N ', 'SE ', 'W '])}{rng.choice(STREETS)} {rng.choice(SUFFIX)}".replace("  ", " ")
    if unit:
        st += ", " + rng.choice(UNITS)
    city, state, z3 = rng.choice(CITY_ZIP3)
    if with_city:
        st += f", {city}, {state} {zip5(rng, z3)}"
    return st

def foreign_address(rng, kind):
    if kind == "tr":
        return f"{rng.choice(['Atatürk', 'Cumhuriyet', 'İnönü', 'Gazi'])} Cad. No:{rng.randint(2, 180)} D:{rng.randint(1, 24)}, {rng.choice(['Kadıköy', 'Çankaya', 'Bornova'])} {rng.randint(10, 81)}{rng.randint(100, 999)}"
    if kind == "hu":
        return f"{rng.randint(1000, 9999)} Budapest, {rng.choice(['Váci', 'Rákóczi', 'Szondi', 'Bartók Béla'])} út {rng.randint(3, 140)}. {rng.randint(1, 6)}/{rng.randint(1, 12)}"
    if kind == "vi":
        return f"{rng.randint(5, 420)} {rng.choice(['Nguyễn Trãi', 'Lê Lợi', 'Hai Bà Trưng', 'Trần Hưng Đạo'])}, Phường {rng.randint(1, 14)}, Quận {rng.randint(1, 12)}, TP. Hồ Chí Minh"
    if kind == "ko":
        return f"{rng.randint(10, 320)} {rng.choice(['Teheran-ro', 'Sejong-daero', 'Olympic-ro', 'Gangnam-daero'])} {rng.randint(2, 30)}-gil, {rng.choice(['Gangnam-gu', 'Mapo-gu', 'Jongno-gu'])}, Seoul {rng.randint(1000, 9999):05d}"
    if kind == "gr":
        return f"{rng.choice(['Ermou', 'Panepistimiou', 'Egnatia', 'Tsimiski'])} {rng.randint(4, 190)}, {rng.randint(10, 85)}{rng.randint(100, 999)} {rng.choice(['Athina', 'Thessaloniki'])}"

# ------------------------------------------------------------------ dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

def ordinal(d):
    return str(d) + ("th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

def dob(rng):
    y = rng.randint(1931, 2016); m = rng.randint(1, 12); d = rng.randint(1, 28)
    return y, m, d

def fmt_date(y, m, d, style):
    return {
        "long_ord": f"{MONTHS[m-1]} {ordinal(d)}, {y}",
        "dmy2": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "ymd_dot": f"{y}.{m:02d}.{d:02d}",
        "d_mon_y": f"{d}-{MONTHS[m-1][:3]}-{y}",
        "dicom_da": f"{y}{m:02d}{d:02d}",
        "es": f"{d} de {ES_M[m-1]} de {y}",
        "de": f"{d}. {DE_M[m-1]} {y}",
        "cjk": f"{y}年{m}月{d}日",
        "mon_d_y": f"{MONTHS[m-1][:3]} {d} {y}",
        "mdy": f"{m}/{d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "key_us": f"{y}_{m:02d}_{d:02d}",
    }[style]

# ------------------------------------------------------------------ licences (layouts published by the issuing states)
DL = {
    "ND": (r"[A-Z]{3}\d{6}", lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + "%06d" % r.randint(1, 999999)),
    "OK": (r"[A-Z]\d{9}", lambda r: r.choice(string.ascii_uppercase) + "%09d" % r.randint(10**8, 10**9 - 1)),
    "NE": (r"[A-Z]\d{8}", lambda r: r.choice("ABCEGHV") + "%08d" % r.randint(10**7, 10**8 - 1)),
    "WY": (r"\d{6}-\d{3}", lambda r: "%06d-%03d" % (r.randint(10**5, 10**6 - 1), r.randint(0, 999))),
    "RI": (r"V\d{6}", lambda r: "V%06d" % r.randint(10**5, 10**6 - 1)),
    "ME": (r"\d{7}", lambda r: "%07d" % r.randint(10**6, 10**7 - 1)),
    "TN": (r"\d{9}", lambda r: "%09d" % r.randint(10**8, 10**9 - 1)),
    "AL": (r"\d{7}", lambda r: "%07d" % r.randint(10**6, 10**7 - 1)),
    "MS": (r"\d{9}", lambda r: "%09d" % r.randint(8 * 10**8, 10**9 - 1)),
    "LA": (r"00\d{7}", lambda r: "00%07d" % r.randint(10**6, 10**7 - 1)),
    "NM": (r"\d{9}", lambda r: "%09d" % r.randint(10**8, 10**9 - 1)),
    "DE": (r"\d{7}", lambda r: "%07d" % r.randint(10**6, 10**7 - 1)),
    "SD": (r"\d{8}", lambda r: "%08d" % r.randint(10**7, 10**8 - 1)),
}
STATE_NAMES = {"ND": "North Dakota", "OK": "Oklahoma", "NE": "Nebraska", "WY": "Wyoming", "RI": "Rhode Island", "ME": "Maine",
               "TN": "Tennessee", "AL": "Alabama", "MS": "Mississippi", "LA": "Louisiana", "NM": "New Mexico",
               "DE": "Delaware", "SD": "South Dakota"}

# ------------------------------------------------------------------ secrets (gitleaks rule layouts, random bodies)
def _r(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))

A = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOW = string.ascii_lowercase + string.digits

SECRETS = {
    "alibaba-access-key-id": lambda r: "LTAI" + _r(r, LOW, 20),
    "artifactory-api-key": lambda r: "AKCp" + _r(r, A, 69),
    "cloudflare-origin-ca-key": lambda r: "v1.0-" + _r(r, HEX, 24) + "-" + _r(r, HEX, 146),
    "hashicorp-tf-api-token": lambda r: _r(r, LOW, 14) + ".atlasv1." + _r(r, LOW, 64),
    "huggingface-organization-api-token": lambda r: "api_org_" + _r(r, string.ascii_letters, 34),
    "gitlab-ptt": lambda r: "glptt-" + _r(r, HEX, 40),
    "gitlab-deploy-token": lambda r: "gldt-" + _r(r, A, 20),
    "harness-api-key": lambda r: "pat." + _r(r, A, 22) + "." + _r(r, A, 24) + "." + _r(r, A, 20),
    "maxmind-license-key": lambda r: _r(r, A, 6) + "_" + _r(r, A, 29) + "_mmk",
    "notion-api-token": lambda r: "ntn_" + _r(r, string.digits, 11) + _r(r, A, 35),
    "settlemint-personal-access-token": lambda r: "sm_pat_" + _r(r, A, 16),
    "sourcegraph-access-token": lambda r: "sgp_" + _r(r, HEX, 16) + "_" + _r(r, HEX, 40),
    "microsoft-teams-webhook": lambda r: "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        _r(r, string.ascii_lowercase, 8), uuidish(r), uuidish(r), _r(r, HEX, 32), uuidish(r)),
    "plaid-api-token": lambda r: "access-production-" + uuidish(r),
}

def uuidish(r):
    return "-".join(_r(r, HEX, n) for n in (8, 4, 4, 4, 12))

def load_gitleaks():
    import tomllib
    d = tomllib.loads((SRC / "rules/gitleaks.toml").read_text(encoding="utf-8"))
    return {x["id"]: x for x in d["rules"]}

def py_regex(go):
    g = go.replace(r"\z", r"\Z")
    flags = 0
    if g.startswith("(?i)"):
        g = g[4:]; flags |= re.I
    if "(?i)" in g:  # mid-pattern flag (RE2): approximate by compiling case-insensitively
        g = g.replace("(?i)", ""); flags |= re.I
    return re.compile(g, flags)

def secret_ok(rule_id, value, rules):
    rx = py_regex(rules[rule_id]["regex"])
    kw = (rules[rule_id].get("keywords") or [""])[0]
    for probe in (value + " ", f'{kw}_token = "{value}" ', f"{kw} = {value}\n"):
        if rx.search(probe):
            return True
    return False
