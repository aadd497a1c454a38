"""Value generators (from published format rules) and their validators for the twelfth set.
stdlib + phonenumbers only. Every generator takes a random.Random so the build is deterministic."""
import ipaddress, os, re, string
import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ names (armanyazdi/persian-names)
ENGLISH_WORDS = {"Amir", "Nima", "Sara", "Maryam", "Roya", "Hana", "Rose", "Dina", "Mina", "Lily", "Aria", "Laleh",
                 "Bahar", "Baran", "Shirin", "Nasim", "Gol"}  # word-like or too common outside Persian; dropped


def _lines(name):
    with open(os.path.join(HERE, "sources", "names", name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip()]


MALE_EN, FEMALE_EN = _lines("male_en.txt"), _lines("female_en.txt")
MALE_FA, FEMALE_FA = _lines("male_fa.txt"), _lines("female_fa.txt")
REGION_EN, REGION_FA = _lines("region_en.txt"), _lines("region_fa.txt")


def _ok_latin(n):
    return len(n) >= 3 and " " not in n and n.isalpha() and n not in ENGLISH_WORDS


GIVEN_EN = sorted({n for n in MALE_EN + FEMALE_EN if _ok_latin(n)})
# The source library forms surnames from a prefix or a given name / region plus a suffix; we use the same parts.
SUR_PREFIX = ["Mir", "Pour", "Nour", "Nasr", "Zand", "Sayad", "Zahed", "Nik", "Afzal", "Fazel", "Malek", "Khajeh"]
SUR_SUFFIX = ["pour", "zadeh", "far", "fard", "an", "nia", "i", "lou", "nejad"]
SUR_FA_SUFFIX = ["ی", "پور", "زاده", "فر", "نیا", "نژاد"]


def surname_en(rng):
    mode = rng.randrange(3)
    if mode == 0:   # nisba from a place: Tabriz -> Tabrizi
        r = rng.choice([x for x in REGION_EN if _ok_latin(x)])
        return r + ("" if r.endswith("i") else "i")
    if mode == 1:
        return rng.choice(SUR_PREFIX) + rng.choice([x for x in GIVEN_EN]).lower() + rng.choice(["", "i"]) if False else \
            rng.choice([g for g in GIVEN_EN]) + rng.choice(SUR_SUFFIX[:6])
    return rng.choice(SUR_PREFIX) + rng.choice(["pour", "zadeh", "far", "nia", "i"])


def person(rng):
    """-> dict(given, family, given_fa?, family_fa?)"""
    return {"given": rng.choice(GIVEN_EN), "family": surname_en(rng)}


def person_fa(rng):
    g = rng.choice([n for n in MALE_FA + FEMALE_FA if " " not in n and len(n) >= 2])
    r = rng.choice([n for n in REGION_FA if " " not in n])
    return g + " " + r + rng.choice(SUR_FA_SUFFIX)


def fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ------------------------------------------------------------------ checksums
def luhn_ok(digits):
    d = [int(c) for c in digits][::-1]
    s = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


# ------------------------------------------------------------------ SSN
def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- _]?(\d{2})[- _]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000" \
        and not (a == "987" and g == "65") and s.replace("-", "") != "078051120"


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn_ok(s):
            return s


# ------------------------------------------------------------------ phones
AREA = {  # area code -> (city, state, USPS 3-digit ZIP prefix)
    "320": ("St. Cloud", "MN", "563"), "507": ("Rochester", "MN", "559"), "731": ("Jackson", "TN", "383"),
    "979": ("Bryan", "TX", "778"), "316": ("Wichita", "KS", "672"), "915": ("El Paso", "TX", "799"),
    "661": ("Bakersfield", "CA", "933"), "707": ("Santa Rosa", "CA", "954"), "360": ("Olympia", "WA", "985"),
    "515": ("Des Moines", "IA", "503"), "225": ("Baton Rouge", "LA", "708"), "251": ("Mobile", "AL", "366"),
    "859": ("Lexington", "KY", "405"), "910": ("Fayetteville", "NC", "283"), "864": ("Greenville", "SC", "296"),
}
MOBILE_REGIONS = ["RU", "IL", "CN", "TJ", "TM", "AF", "MG", "HN", "PA", "LS", "AO", "MW"]


def us_phone(rng, npa=None):
    npa = npa or rng.choice(sorted(AREA))
    while True:
        nxx = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if nxx == "555" or nxx[1:] == "11":
            continue
        num = nxx + digits(rng, 4)
        p = phonenumbers.parse("+1" + npa + num)
        if phonenumbers.is_valid_number(p):
            return npa, nxx, num[3:]


def mobile(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for keep in (len(nsn) - 4, len(nsn) - 5, len(nsn) - 3):
        for _ in range(200):
            cand = nsn[:keep] + digits(rng, len(nsn) - keep)
            if cand == nsn:
                continue
            p = phonenumbers.parse("+" + str(ex.country_code) + cand)
            if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
                    phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return p
    raise RuntimeError(region)


def phone_ok(s, region=None):
    try:
        p = phonenumbers.parse(s, region or "US")
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(p):
        return False
    if p.country_code == 1:
        nsn = str(p.national_number)
        if nsn[3:6] == "555" or nsn[4:6] == "11":
            return False
    ex = phonenumbers.example_number_for_type(phonenumbers.region_code_for_number(p), phonenumbers.PhoneNumberType.MOBILE)
    return ex is None or ex.national_number != p.national_number


# ------------------------------------------------------------------ e-mail
EMAIL_DOMAINS = ["rambler.ru", "bk.ru", "list.ru", "inbox.ru", "126.com", "sina.com", "sohu.com", "yeah.net",
                 "netvision.net.il", "bezeqint.net", "012.net.il", "simnet.is", "internet.is", "mail.az",
                 "box.az", "tajnet.tj", "mail.tm"]


def email(rng, p):
    g, f = fold(p["given"]).lower(), fold(p["family"]).lower()
    local = rng.choice([f"{g}.{f}", f"{g}{f}{rng.randint(1960, 2005)}", f"{g[0]}{f}", f"{f}_{g}", f"{g}.{f}{rng.randint(1, 99)}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def email_ok(s):
    m = re.fullmatch(r"[a-z0-9._%+-]+@([a-z0-9.-]+)", s)
    return bool(m) and m.group(1) in EMAIL_DOMAINS


# ------------------------------------------------------------------ address / ZIP
SUFFIXES = ["Byp", "Dl", "Dm", "Dv", "Expy", "Fls", "Flt", "Gtwy", "Lgt", "Msn", "Ovl", "Prt", "Riv", "Skwy", "Trak", "Via"]
STREETS = ["Cottonwood", "Bluestem", "Quarry", "Heron", "Sandhill", "Pecan", "Larkspur", "Tamarack", "Redbud",
           "Sorghum", "Muscadine", "Palmetto", "Buckeye", "Yucca", "Juniper", "Prairie Rose", "Millrace", "Coulee"]
UNITS = ["Apt", "Unit", "Ste", "Rm"]


def zip5(rng, npa):
    return AREA[npa][2] + f"{rng.randint(1, 99):02d}"


def zip_ok(s):
    m = re.fullmatch(r"(\d{5})(?:-(\d{4}))?", s)
    return bool(m) and m.group(1)[:3] in {v[2] for v in AREA.values()} and m.group(1)[3:] != "00" \
        and (m.group(2) is None or m.group(2) != "0000")


def us_street(rng):
    s = f"{rng.randint(12, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
    if rng.random() < 0.5:
        s += f" {rng.choice(UNITS)} {rng.randint(2, 40)}"
    return s


def us_address(rng):
    npa = rng.choice(sorted(AREA))
    city, st, _ = AREA[npa]
    return f"{us_street(rng)}, {city}, {st} {zip5(rng, npa)}"


RU_STREETS = ["ул. Баумана", "ул. Чернышевского", "пр-т Победы", "ул. Пушкина", "ул. Гагарина", "ул. Садовая"]
RU_CITIES = [("Казань", "420"), ("Самара", "443"), ("Пермь", "614"), ("Омск", "644")]
ZH_ADDR = [("江苏省南京市", "鼓楼区", "中山北路"), ("四川省成都市", "武侯区", "人民南路"), ("湖北省武汉市", "洪山区", "珞喻路"),
           ("浙江省杭州市", "西湖区", "文三路")]
IS_STREETS = [("Laugavegur", "101 Reykjavík"), ("Hafnarstræti", "600 Akureyri"), ("Strandgata", "220 Hafnarfjörður")]
AZ_STREETS = ["Nizami küç.", "Füzuli küç.", "Həsən bəy Zərdabi pr.", "Azadlıq pr."]


def foreign_address(rng, kind):
    if kind == "ru":
        c, z = rng.choice(RU_CITIES)
        return f"{rng.choice(RU_STREETS)}, д. {rng.randint(2, 140)}, кв. {rng.randint(1, 220)}, г. {c}, {z}{rng.randint(0, 999):03d}"
    if kind == "zh":
        p, d, r = rng.choice(ZH_ADDR)
        return f"{p}{d}{r}{rng.randint(2, 300)}号{rng.randint(1, 9)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
    if kind == "is":
        s, pc = rng.choice(IS_STREETS)
        return f"{s} {rng.randint(2, 120)}, {pc}"
    if kind == "az":
        return f"{rng.choice(AZ_STREETS)} {rng.randint(2, 180)}, mənzil {rng.randint(1, 90)}, Bakı AZ{rng.choice(['1000', '1010', '1014', '1025', '1065'])}"
    raise ValueError(kind)


# ------------------------------------------------------------------ dates
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_MONTHS_LAT = ["yanvarya", "fevralya", "marta", "aprelya", "maya", "iyunya", "iyulya", "avgusta", "sentyabrya",
                 "oktyabrya", "noyabrya", "dekabrya"]
TL_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
             "Nobyembre", "Disyembre"]
IS_MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
             "nóvember", "desember"]
AZ_MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"]
HE_MONTHS = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
             "בנובמבר", "בדצמבר"]


def dob(rng):
    import datetime
    d = datetime.date(1938, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 66))
    return d


def dob_format(d, fmt):
    y, m, dd = d.year, d.month, d.day
    return {
        "ru_cyr": f"{dd} {RU_MONTHS[m - 1]} {y} г.",
        "ru_lat": f"{dd} {RU_MONTHS_LAT[m - 1]} {y} g.",
        "zh": f"{y}年{m:02d}月{dd:02d}日",
        "tl": f"{TL_MONTHS[m - 1]} {dd}, {y}",
        "is": f"{dd}. {IS_MONTHS[m - 1]} {y}",
        "az": f"{dd} {AZ_MONTHS[m - 1]} {y}",
        "he": f"{dd} {HE_MONTHS[m - 1]} {y}",
        "ldap": f"{y}{m:02d}{dd:02d}000000Z",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "us_slash": f"{m:02d}/{dd:02d}/{y}",
    }[fmt]


# ------------------------------------------------------------------ MRN (cue only)
def mrn(rng, fmt):
    if fmt == "zyh":            # Chinese inpatient number: ZY + year + 6 digits
        return f"ZY{rng.randint(2008, 2025)}{digits(rng, 6)}"
    if fmt == "mzh":            # outpatient number: MZ + 10 digits
        return "MZ" + digits(rng, 10)
    if fmt == "ib":             # Russian case-history number: N/YYYY
        return f"{rng.randint(100, 9999)}/{rng.randint(2010, 2025)}"
    if fmt == "luhn8":
        return luhn_complete(str(rng.randint(1, 9)) + digits(rng, 6))
    if fmt == "site":           # site prefix + 8 digits
        return rng.choice(["LXH", "GVH", "BRM", "WCH2", "STC"]) + "-" + digits(rng, 8)
    if fmt == "bare10":
        return str(rng.randint(1, 9)) + digits(rng, 9)
    raise ValueError(fmt)


MRN_RX = {"zyh": r"ZY20[0-2]\d\d{6}", "mzh": r"MZ\d{10}", "ib": r"\d{3,4}/20[12]\d", "luhn8": r"\d{8}",
          "site": r"(LXH|GVH|BRM|WCH2|STC)-\d{8}", "bare10": r"[1-9]\d{9}"}


# ------------------------------------------------------------------ health plan
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng):
    an = MBI_L + "0123456789"
    s = str(rng.randint(1, 9)) + rng.choice(MBI_L) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_L) + \
        rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_L) + rng.choice(MBI_L) + str(rng.randint(0, 9)) + str(rng.randint(0, 9))
    return s


def mbi_ok(s):
    s = s.replace("-", "")
    return bool(re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                             r"[AC-HJKMNP-RT-Y]{2}\d\d", s))


def il_tz(rng):
    """Israeli identity number (9 digits, check digit: weights 1,2 alternating, digit sums)."""
    body = digits(rng, 8)
    for c in "0123456789":
        if il_tz_ok(body + c):
            return body + c


def il_tz_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 + i % 2)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def enp(rng):
    """Russian OMS single policy number (ENP): 16 digits; no public check-digit rule is applied here."""
    return str(rng.randint(1, 9)) + digits(rng, 15)


# ------------------------------------------------------------------ accounts
IBAN_SPEC = {  # country: (length, BBAN pattern as (kind, n) list)
    "FR": (27, [("n", 10), ("c", 11), ("n", 2)]), "ES": (24, [("n", 20)]), "IT": (27, [("a", 1), ("n", 10), ("c", 12)]),
    "PT": (25, [("n", 21)]), "DK": (18, [("n", 14)]), "FI": (18, [("n", 14)]), "NO": (15, [("n", 11)]),
    "MC": (27, [("n", 10), ("c", 11), ("n", 2)]), "RU": (33, [("n", 14), ("c", 15)]), "SD": (18, [("n", 14)]),
    "BI": (27, [("n", 23)]), "DJ": (27, [("n", 23)]), "MN": (20, [("n", 16)]), "NI": (28, [("a", 4), ("n", 20)]),
    "SO": (23, [("n", 19)]), "FK": (18, [("a", 2), ("n", 12)]),
}


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return f"{98 - int(num) % 97:02d}"


def iban(rng, cc):
    ln, pat = IBAN_SPEC[cc]
    b = ""
    for kind, n in pat:
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[kind]
        b += "".join(rng.choice(pool) for _ in range(n))
    s = cc + iban_check(cc, b) + b
    assert len(s) == ln
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    cc = s[:2]
    if cc not in IBAN_SPEC or len(s) != IBAN_SPEC[cc][0]:
        return False
    num = "".join(str(int(ch, 36)) for ch in (s[4:] + s[:4]))
    return int(num) % 97 == 1 and s[4:] != "0" * (len(s) - 4)


CARD_IIN = {"meeza": ("507803", 16), "mada": ("588845", 16), "arca": ("905129", 16), "elcart": ("941700", 16),
            "bancontact": ("6703", 17), "visa_electron": ("417500", 16)}


def card(rng, brand):
    iin, ln = CARD_IIN[brand]
    return luhn_complete(iin + digits(rng, ln - len(iin) - 1))


def ru_account(rng):
    """Russian 20-digit settlement account with the Central Bank key (checked with the BIK's last 3 digits)."""
    bik = "04" + digits(rng, 5) + str(rng.randint(50, 99)) if False else "044525" + digits(rng, 3)
    while True:
        acc = "40817810" + "0" + digits(rng, 11)   # 40817 = individual's account, 810 = rouble, key at pos 9
        for k in "0123456789":
            a = acc[:8] + k + acc[9:]
            if ru_account_ok(bik, a):
                return bik, a


def ru_account_ok(bik, acc):
    s = bik[-3:] + acc
    if not re.fullmatch(r"\d{23}", s):
        return False
    w = [7, 1, 3] * 8
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(s)) % 10 == 0


# ------------------------------------------------------------------ licences (cue only)
def cn_id(rng, d):
    area = rng.choice(["320106", "510107", "420111", "330106", "110105", "440304"])
    body = area + f"{d.year}{d.month:02d}{d.day:02d}" + digits(rng, 3)
    return body + cn_check(body)


def cn_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(body17)) % 11]


def cn_id_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and cn_check(s[:17]) == s[17]


def licence(rng, kind):
    if kind == "cn":
        return cn_id(rng, dob(rng))
    if kind == "ru":
        return f"{rng.randint(10, 99)} {rng.randint(1, 99):02d} {digits(rng, 6)}"
    if kind == "wa":
        return str(rng.randint(1, 9)) + digits(rng, 6)
    if kind == "il":
        return str(rng.randint(1, 9)) + digits(rng, 6)
    raise ValueError(kind)


LICENCE_RX = {"cn": r"\d{17}[\dX]", "ru": r"\d{2} \d{2} \d{6}", "wa": r"[1-9]\d{6}", "il": r"[1-9]\d{6}"}

# ------------------------------------------------------------------ devices
OUIS = ["B8:27:EB", "DC:A6:32", "24:0A:C4", "00:17:88", "F0:18:98", "3C:22:FB", "A4:83:E7", "00:1A:11"]


def mac(rng):
    return rng.choice(OUIS) + ":" + ":".join(f"{rng.randint(0, 255):02X}" for _ in range(3))


def mac_ok(s):
    h = re.sub(r"[^0-9A-Fa-f]", "", s)
    return len(h) == 12 and (int(h[:2], 16) & 1) == 0 and h[:6].upper() in {o.replace(":", "") for o in OUIS}


def mac_fmt(m, fmt):
    h = m.replace(":", "")
    return {"colon_lower": m.lower(), "dash_upper": m.replace(":", "-"),
            "cisco": ".".join(h[i:i + 4] for i in (0, 4, 8)).lower(), "bare_upper": h}[fmt]


def imei(rng):
    tac = rng.choice(["44", "45", "91"]) + digits(rng, 6)
    return luhn_complete(tac + digits(rng, 6))


def esn(rng):
    """ESN in its 11-digit decimal form: 3-digit manufacturer code + 8-digit serial."""
    return f"{rng.randint(128, 255):03d}{rng.randint(0, 16777215):08d}"


# ------------------------------------------------------------------ VIN
WMIS = ["JN8", "1N6", "5N1", "1FA", "2HK", "4T4", "KND", "WBS", "WUA", "ZAM", "XTT", "X7L", "LSG", "LBV", "Z94"]
VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    r = sum(VIN_T[c] * VIN_W[i] for i, c in enumerate(v)) % 11
    return "X" if r == 10 else str(r)


def vin(rng):
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CH) for _ in range(5)) + "0" + \
            rng.choice("DEFGHJKLMNPRST") + rng.choice(VIN_CH) + digits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if vin_ok(v):
            return v


def vin_ok(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8] and v[:3] in WMIS


# ------------------------------------------------------------------ IP
V6_PREFIXES = ["2a02:2698", "2409:8a4c", "2a0d:6fc0", "2001:da8", "2a00:1370", "2a06:c701"]


def ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if ip_ok(str(a)):
            return str(a)


def ipv6(rng):
    p = rng.choice(V6_PREFIXES)
    parts = p.split(":") + [f"{rng.randint(0, 65535):x}" for _ in range(8 - len(p.split(":")))]
    return str(ipaddress.IPv6Address(":".join(parts)))


BAD_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
                                               "198.18.0.0/15", "100.64.0.0/10", "3fff::/20")]


def ip_ok(s):
    a = ipaddress.ip_address(s)
    return a.is_global and not any(a in n for n in BAD_NETS if n.version == a.version)


# ------------------------------------------------------------------ URL
def url(rng, p, kind):
    g, f = fold(p["given"]).lower(), fold(p["family"]).lower()
    n = rng.randint(100000, 99999999)
    return {
        "okru": f"https://ok.ru/profile/{rng.randint(500000000000, 599999999999)}",
        "douban": f"https://www.douban.com/people/{g}{f}{rng.randint(1, 999)}/",
        "zhihu": f"https://www.zhihu.com/people/{g}-{f}-{rng.randint(10, 99)}",
        "bilibili": f"https://space.bilibili.com/{rng.randint(10000000, 699999999)}",
        "habr": f"https://habr.com/ru/users/{g}_{f}/",
        "lastfm": f"https://www.last.fm/user/{g}{f}{rng.randint(1, 99)}",
        "codeforces": f"https://codeforces.com/profile/{g}_{f}",
        "jgive": f"https://www.jgive.com/new/he/ils/donation-targets/{rng.randint(10000, 199999)}",
        "portal": f"https://mychart.{rng.choice(['lxhealth', 'gvhospital', 'brmedical'])}.org/records/view?first={g}&last={f}&dob={rng.randint(1940, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }[kind]


URL_KINDS = ["okru", "douban", "zhihu", "bilibili", "habr", "lastfm", "codeforces", "jgive", "portal"]
URL_RX = {"okru": r"https://ok\.ru/profile/\d{12}", "douban": r"https://www\.douban\.com/people/[a-z]+\d+/",
          "zhihu": r"https://www\.zhihu\.com/people/[a-z]+-[a-z]+-\d\d", "bilibili": r"https://space\.bilibili\.com/\d{8,9}",
          "habr": r"https://habr\.com/ru/users/[a-z]+_[a-z]+/", "lastfm": r"https://www\.last\.fm/user/[a-z]+\d+",
          "codeforces": r"https://codeforces\.com/profile/[a-z]+_[a-z]+",
          "jgive": r"https://www\.jgive\.com/new/he/ils/donation-targets/\d+",
          "portal": r"https://mychart\.[a-z]+\.org/records/view\?first=[a-z]+&last=[a-z]+&dob=\d{4}-\d\d-\d\d"}

# ------------------------------------------------------------------ secrets (gitleaks rules; random bodies)
AL = string.ascii_lowercase + string.digits


def rs(rng, pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


def secret(rng, kind):
    """-> (text as planted, gitleaks rule id or None)"""
    hexl = "0123456789abcdef"
    if kind == "flyio":
        return "fo1_" + rs(rng, string.ascii_letters + string.digits + "_-", 43), "flyio-access-token"
    if kind == "adafruit":
        return "ADAFRUIT_IO_KEY=" + rs(rng, AL, 32), "adafruit-api-key"
    if kind == "bittrex":
        return "bittrex_secret: " + rs(rng, AL, 32), "bittrex-secret-key"
    if kind == "coinbase":
        return "COINBASE_ACCESS_TOKEN=" + rs(rng, AL + "_-", 64), "coinbase-access-token"
    if kind == "droneci":
        return "DRONECI_TOKEN=" + rs(rng, AL, 32), "droneci-access-token"
    if kind == "etsy":
        return "etsy_api_key = " + rs(rng, AL, 24), "etsy-access-token"
    if kind == "finicity":
        return "FINICITY_APP_KEY=" + rs(rng, hexl, 32), "finicity-api-token"
    if kind == "freshbooks":
        return "freshbooks_token: " + rs(rng, AL, 64), "freshbooks-access-token"
    if kind == "gitter":
        return "GITTER_TOKEN=" + rs(rng, AL + "_-", 40), "gitter-access-token"
    if kind == "kucoin":
        return "kucoin_api_key=" + rs(rng, hexl, 24), "kucoin-access-token"
    if kind == "looker":
        return "LOOKER_CLIENT_SECRET=" + rs(rng, AL, 24), "looker-client-secret"
    if kind == "messagebird":
        return "MESSAGEBIRD_API_KEY=" + rs(rng, AL, 25), "messagebird-api-token"
    if kind == "rapidapi":
        return "X-RapidAPI-Key: " + rs(rng, AL + "_-", 50), "rapidapi-access-token"
    if kind == "travisci":
        return "TRAVIS_API_TOKEN=" + rs(rng, AL, 22), "travisci-access-token"
    if kind == "amqps":
        return f"amqps://svc_{rs(rng, string.ascii_lowercase, 5)}:{rs(rng, string.ascii_letters + string.digits, 18)}@mq{rng.randint(1, 9)}.internal-broker.net:5671/prod", None
    if kind == "password":
        return rs(rng, string.ascii_letters, 5) + rs(rng, string.digits, 3) + rng.choice("!#%&*") + rs(rng, string.ascii_letters, 4), None
    raise ValueError(kind)


SECRET_KINDS = ["flyio", "adafruit", "bittrex", "coinbase", "droneci", "etsy", "finicity", "freshbooks", "gitter",
                "kucoin", "looker", "messagebird", "rapidapi", "travisci", "amqps", "password"]


def gitleaks_rules():
    import tomllib
    with open(os.path.join(HERE, "sources", "rules", "gitleaks.toml"), "rb") as f:
        d = tomllib.load(f)
    out = {}
    for r in d["rules"]:
        rx = r.get("regex")
        if not rx:
            continue
        flags = 0
        if "(?i)" in rx:
            rx = rx.replace("(?i)", "")
            flags |= re.I
        rx = rx.replace(r"\z", r"\Z")
        try:
            out[r["id"]] = re.compile(rx, flags)
        except re.error:
            pass
    return out
