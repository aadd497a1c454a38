"""Value generators (from published format rules) and their validators for the eighth set.

Everything here is synthetic: random digits / letters shaped by the rules; no real person, no live key.
stdlib + phonenumbers only.
"""
import csv, datetime, ipaddress, os, re, string, unicodedata

import phonenumbers
from phonenumbers import PhoneNumberType

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------- names
# Given names: gender.c name dictionary (sources/names/firstnames.subset.csv, GFDL-1.2), by column.
# Surnames and the Yoruba/Igbo/Filipino given names are written here by hand (common family names of
# each culture); no Census/SSA/Faker/Wiktionary list is used.
NAME_COLS = {"vi": "Vietnam", "ko": "Korea", "tr": "Turkey", "pl": "Poland", "ar": "Arabia/Persia",
             "in": "India/Sri Lanka", "pt": "Portugal", "ja": "Japan", "el": "Greece", "ka": "Georgia"}
SURNAMES = {
    "vi": ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh"],
    "ko": ["Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Jeon"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kurt", "Koç"],
    "pl": ["Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski"],
    "ar": ["Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Hamdan", "Al-Masri", "Al-Khatib", "Barakat", "Darwish", "Al-Rashid", "Qasim", "Suleiman", "Al-Tamimi", "Jaber", "Aziz"],
    "in": ["Iyer", "Subramanian", "Krishnan", "Raghunathan", "Venkatesan", "Pillai", "Nair", "Reddy", "Chaudhary", "Deshpande", "Kulkarni", "Banerjee", "Chatterjee", "Srinivasan", "Menon", "Rajagopal"],
    "pt": ["Carvalho", "Almeida", "Ribeiro", "Gonçalves", "Ferreira", "Rodrigues", "Araújo", "Barbosa", "Cardoso", "Teixeira", "Azevedo", "Moura", "Nogueira", "Pinto", "Correia", "Monteiro"],
    "ja": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Yoshida", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki"],
    "el": ["Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinidis", "Dimitriou", "Vlachos", "Oikonomou", "Karagiannis", "Alexiou", "Christodoulou"],
    "ka": ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze", "Lomidze", "Tsiklauri", "Bolkvadze", "Kvaratskhelia", "Nozadze"],
    "yo": ["Adeyemi", "Ogunleye", "Olawale", "Adebayo", "Akinola", "Oyelaran", "Bankole", "Fashola", "Ogundipe", "Adesanya"],
    "ig": ["Okonkwo", "Nwachukwu", "Eze", "Okafor", "Ibekwe", "Obi", "Nwosu", "Chukwu", "Okeke", "Onyeka"],
    "fil": ["Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino", "Macaraeg", "Dimaculangan", "Pangilinan", "Manalo", "Soriano"],
}
HAND_GIVEN = {
    "yo": ["Oluwaseun", "Funmilayo", "Temitope", "Adebola", "Olumide", "Folasade", "Kehinde", "Ayodele", "Babajide", "Yetunde"],
    "ig": ["Chukwuemeka", "Ngozi", "Adaeze", "Obinna", "Chiamaka", "Ikenna", "Nneka", "Uchenna", "Chidera", "Ebuka"],
    "fil": ["Maricel", "Jericho", "Rowena", "Arnel", "Jovelyn", "Rodel", "Marites", "Ronaldo", "Lorna", "Efren"],
}
# Native-script full names written here (Hangul, Arabic, Devanagari, Tamil, Greek, Georgian); family first
# where the culture writes it so.
NATIVE = [("ko", "박서연"), ("ko", "최민호"), ("ar", "ليلى حداد"), ("ar", "يوسف منصور"), ("in", "प्रिया देशपांडे"),
          ("in", "கார்த்திக் சுப்பிரமணியன்"), ("el", "Ελένη Παπαδοπούλου"), ("ka", "ნინო ბერიძე"), ("vi", "Trần Thị Bích Ngọc")]
WORDLIKE = set("""an ang anh ba bac ban bang bao bay be bien bon cam can canh cao chi dan dao do gin hai han hang hoa
hong hope king lam lan le long man mai may min nam nga ngoc ni oh ok phu sang son sun tam tan thi tien to tu van
vi yen yo ai aki am ana art ada ali alma ama amor angel april bay bill cain can carol case chance charity clay crystal
dale dawn day dean destiny dot ebony faith fern gay glen grace guy hazel holly honey hunter iris ivy jack jade jean
jewel joy june lane lee les lily mark marsh may mercy miles mint moon neil nick norm olive pat patience paris pearl
penny pink rich river robin rock rose ruby rusty sage sandy scott skip sky star sterling stone summer sunny tad
tiger violet wade ward will winter wren york deniz umut gul kader bahar can cem ay ilke sevgi hayat bulut yaz
nur ates kar dalga tan ozan onur barış ece fidan hazal asya nehir""".split())
ASCII_FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss", "ş": "s", "Ş": "S"})


def fold(s):
    s = s.translate(ASCII_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def load_given():
    out = {k: [] for k in NAME_COLS}
    with open(os.path.join(HERE, "sources/names/firstnames.subset.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";"))
    head = rows[0]
    for k, col in NAME_COLS.items():
        i = head.index(col)
        for r in rows[1:]:
            v = r[i].strip()
            name = r[0]
            if not v or "+" in name or "?" in name or len(name) < 3 or not name[0].isupper():
                continue
            if fold(name).lower() in WORDLIKE or any(ch.isdigit() for ch in name):
                continue
            out[k].append(name)
    for k, v in HAND_GIVEN.items():
        out[k] = list(v)
    return {k: sorted(set(v)) for k, v in out.items()}


# ----------------------------------------------------------------------------------------------- checks
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
        return False
    if d in ("078051120", "219099999") or d.startswith("98765432"):
        return False
    return True


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin_check(v):
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin_ok(v):
    return len(v) == 17 and all(c in VIN_CHARS for c in v) and v[8] == vin_check(v)


# IBAN: registry lengths and BBAN shapes (SWIFT IBAN registry): n digits, a upper letters, c alnum
IBAN_SPEC = {"BR": "8n5n10n1a1c", "AZ": "4a20c", "GE": "2a16n", "MU": "4a2n2n12n3n3a", "DO": "4c20n", "BH": "4a14c",
             "LB": "4n20c", "AL": "8n16c", "BA": "3n3n8n2n", "MD": "2c18c", "PL": "8n16n", "BE": "3n7n2n"}
IBAN_LEN = {"BR": 29, "AZ": 28, "GE": 22, "MU": 30, "DO": 28, "BH": 22, "LB": 28, "AL": 28, "BA": 20, "MD": 24, "PL": 28, "BE": 16}


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def bban_re(spec):
    out = ""
    for n, t in re.findall(r"(\d+)([nac])", spec):
        out += {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}[t] + "{%s}" % n
    return out


def iban_ok(s):
    s = s.replace(" ", "")
    cc = s[:2]
    if cc not in IBAN_SPEC or len(s) != IBAN_LEN[cc] or not re.fullmatch(bban_re(IBAN_SPEC[cc]), s[4:]):
        return False
    if cc == "BE" and int(s[4:14]) % 97 not in (int(s[14:16]),) and not (int(s[4:14]) % 97 == 0 and s[14:16] == "97"):
        return False
    return iban_mod(s) == 1


# MBI (CMS): C A AN N A AN N A A N N ; letters exclude S L O I B Z
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(m):
    m = m.replace("-", "")
    if len(m) != 11:
        return False
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, p in zip(m, pat):
        if p == "C" and ch not in "123456789":
            return False
        if p == "N" and not ch.isdigit():
            return False
        if p == "A" and ch not in MBI_A:
            return False
        if p == "AN" and not (ch.isdigit() or ch in MBI_A):
            return False
    return m != "1EG4TE5MK73"


def gtin_ok(g):
    d = [int(c) for c in g]
    s = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d[:-1])))
    return (10 - s % 10) % 10 == d[-1]


def ip_ok(s):
    a = ipaddress.ip_address(s)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "3fff::/20", "100.64.0.0/10")]
    return a.is_global and not any(a in n for n in doc if n.version == a.version)


def mac_unicast(m):
    h = re.sub(r"[^0-9A-Fa-f]", "", m)
    return len(h) in (12, 16) and int(h[:2], 16) & 1 == 0


def phone_ok(s, region=None):
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(p):
        return False
    nat = str(p.national_number)
    if p.country_code == 1 and nat[3:6] == "555":
        return False
    ex = phonenumbers.example_number_for_type(phonenumbers.region_code_for_number(p), PhoneNumberType.MOBILE)
    if ex is not None and ex.national_number == p.national_number:
        return False
    return True


# ----------------------------------------------------------------------------------------------- tables
# US cities (area code, USPS 3-digit ZIP prefix, city, state)
US_CITIES = [("641", "504", "Mason City", "IA"), ("906", "498", "Marquette", "MI"), ("318", "712", "Monroe", "LA"),
             ("208", "832", "Pocatello", "ID"), ("920", "549", "Oshkosh", "WI"), ("229", "317", "Albany", "GA"),
             ("620", "678", "Dodge City", "KS"), ("903", "757", "Tyler", "TX"), ("423", "376", "Johnson City", "TN"),
             ("304", "258", "Beckley", "WV"), ("843", "295", "Florence", "SC"), ("252", "278", "Greenville", "NC"),
             ("989", "497", "Alpena", "MI"), ("660", "653", "Sedalia", "MO"), ("217", "618", "Champaign", "IL")]
ZIP_PREFIXES = {c[1] for c in US_CITIES}
MOBILE_REGIONS = ["GE", "AZ", "UZ", "MN", "KH", "OM", "QA", "ET", "UG", "ZM", "CI", "BO", "PY", "GT", "CR"]
EMAIL_DOMAINS = ["o2.pl", "interia.pl", "onet.pl", "ig.com.br", "gmx.at", "free.fr", "skynet.be", "netvigator.com",
                 "rogers.com", "optusnet.com.au", "vnn.vn", "fpt.vn", "superonline.com", "ttmail.com", "pldtdsl.net",
                 "nate.com", "tpg.com.au", "videotron.ca", "eircom.net", "bell.net", "iafrica.com", "omantel.net.om",
                 "qatar.net.qa", "ethionet.et", "mail.ge"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "test", "invalid", "localhost")
PUB28 = ["Aly", "Arc", "Byu", "Cmn", "Cv", "Frk", "Hbr", "Hts", "Mdw", "Plz", "Sq", "Ter", "Trl", "Xing", "Ests", "Flds", "Orch", "Shr", "Spgs"]
STREETS = ["Cottonwood", "Prairie Wind", "Old Mill", "Sandhill", "Harvest", "Kettle", "Juniper", "Lakeshore", "Quarry",
           "Bluestem", "Tamarack", "Red Oak", "Pecan", "Magnolia", "Sorghum", "Ridgeline"]
UNITS = ["Lot", "Rm", "Fl", "Ste", "Unit"]
VIN_WMI = ["1N4", "4S3", "5FN", "2C3", "JM1", "JA3", "KM8", "WP0", "WF0", "SB1", "VNK", "19X", "4JG", "5XY", "1C6", "3GC"]
CARD_BRANDS = {"unionpay": ("62", 19), "lankapay": ("357111", 16), "tunion": ("31", 19), "cabal": ("6042", 16)}
TEST_CARDS = {"6200000000000005", "6205500000000000004", "3566002020360505", "4242424242424242"}
IPV6_PREFIXES = ["2001:ee0:", "2405:4802:", "2400:2410:", "2804:d41:", "2a01:cb00:", "2a02:a31a:", "2402:800:", "2001:b011:"]
IPV4_FIRST = [31, 37, 46, 62, 77, 78, 81, 85, 88, 94, 109, 113, 116, 121, 125, 139, 151, 171, 177, 186, 189, 201, 212, 217]
SECRET_RULES = {  # gitleaks rule id -> generator kind
    "artifactory-reference-token": "cmVmd", "digitalocean-access-token": "doo_v1_", "gitlab-feed-token": "glft-",
    "gitlab-incoming-mail-token": "glimt-", "gitlab-kubernetes-agent-token": "glagent-", "gitlab-oauth-app-secret": "gloas-",
    "gitlab-feature-flag-client-token": "glffct-", "gitlab-rrt": "GR1348941", "grafana-api-key": "eyJrIjoi",
    "vault-batch-token": "hvb.", "planetscale-oauth-token": "pscale_oauth_", "settlemint-service-access-token": "sm_sat_",
    "shopify-private-app-access-token": "shppa_", "yandex-api-key": "AQVN", "typeform-api-token": "tfp_",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


class Gen:
    """All generators draw from one random.Random so the build is reproducible."""

    def __init__(self, rng):
        self.r = rng
        self.given = load_given()
        self.used = set()

    def _uniq(self, f):
        for _ in range(200):
            v = f()
            if v[0] not in self.used:
                self.used.add(v[0])
                return v
        raise RuntimeError("no unique value")

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # -- PERSON -> (given, family, culture)
    def person_parts(self):
        cult = self.r.choice(sorted(SURNAMES))
        pool = self.given.get(cult) or self.given["tr"]
        return self.r.choice(pool), self.r.choice(SURNAMES[cult]), cult

    def dob(self):
        return datetime.date(self.r.randint(1931, 2016), self.r.randint(1, 12), self.r.randint(1, 28))

    def dob_text(self, d, form):
        return {
            "dd_MON_yyyy": f"{d.day:02d} {MON3[d.month-1].upper()} {d.year}",
            "yyyy_Mon_dd": f"{d.year}-{MON3[d.month-1]}-{d.day:02d}",
            "fr_long": f"{d.day} {FR_MONTHS[d.month-1]} {d.year}",
            "pt_long": f"{d.day} de {PT_MONTHS[d.month-1]} de {d.year}",
            "tr_long": f"{d.day:02d} {TR_MONTHS[d.month-1]} {d.year}",
            "dd_mon_yyyy_slash": f"{d.day:02d}/{MON3[d.month-1].lower()}/{d.year}",
            "mm_dd_yyyy_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
            "d_m_yyyy_dot": f"{d.day}.{d.month}.{d.year}",
            "month_dd_yyyy": f"{MONTHS[d.month-1]} {d.day:02d} {d.year}",
            "yyyymmdd": f"{d.year}{d.month:02d}{d.day:02d}",
            "yyyy_mm_dd_us": f"{d.year}_{d.month:02d}_{d.day:02d}",
            "ddmmyyyy": f"{d.day:02d}{d.month:02d}{d.year}",
        }[form]

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            s = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            if ssn_ok(s):
                return s

    def us_city(self):
        return self.r.choice(US_CITIES)

    def zip5(self, city):
        return city[1] + self.digits(2)

    def us_phone(self, city):
        while True:
            nxx = str(self.r.randint(2, 9)) + self.digits(2)
            if nxx[1:] == "11" or nxx == "555":
                continue
            num = f"{city[0]}{nxx}{self.digits(4)}"
            if phone_ok("+1" + num):
                return num

    def mobile(self, region):
        ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        nat = str(ex.national_number)
        for _ in range(500):
            cand = nat[: max(3, len(nat) - 5)] + self.digits(len(nat) - max(3, len(nat) - 5))
            p = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
            if cand != nat and phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return p
        raise RuntimeError(region)

    def card(self, brand):
        pre, n = CARD_BRANDS[brand]
        while True:
            c = luhn_complete(pre + self.digits(n - len(pre) - 1))
            if c not in TEST_CARDS:
                return c

    def iban(self, cc):
        spec = IBAN_SPEC[cc]
        bban = ""
        for n, t in re.findall(r"(\d+)([nac])", spec):
            n = int(n)
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[t]
            bban += "".join(self.r.choice(alpha) for _ in range(n))
        if cc == "BE":
            head = bban[:10]
            chk = int(head) % 97 or 97
            bban = head + f"{chk:02d}"
        for cd in range(2, 99):
            s = f"{cc}{cd:02d}{bban}"
            if iban_mod(s) == 1:
                return s

    def mbi(self):
        AN = MBI_A + string.digits
        pat = ["123456789", MBI_A, AN, string.digits, MBI_A, AN, string.digits, MBI_A, MBI_A, string.digits, string.digits]
        return "".join(self.r.choice(p) for p in pat)

    def vin(self):
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        wmi = self.r.choice(VIN_WMI)
        vds = "".join(self.r.choice(VIN_CHARS) for _ in range(5))
        year = self.r.choice("LMNPRSTVWXY123456789")
        plant = self.r.choice(letters)
        v = wmi + vds + "0" + year + plant + self.digits(6)
        v = v[:8] + vin_check(v) + v[9:]
        assert vin_ok(v), v
        return v

    def ipv4(self):
        while True:
            s = f"{self.r.choice(IPV4_FIRST)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if ip_ok(s):
                return s

    def ipv6(self):
        pre = self.r.choice(IPV6_PREFIXES)
        groups = [format(self.r.randint(1, 0xffff), "x") for _ in range(4)]
        s = pre + ":".join(groups[:1]) + "::" + ":".join(groups[1:])
        s = str(ipaddress.ip_address(s))
        assert ip_ok(s)
        return s

    def mac(self):
        b = [self.r.randint(0, 255) for _ in range(6)]
        b[0] = (b[0] & 0xFC) | 0x00  # unicast, globally administered
        return b

    def eui64(self):
        b = [self.r.randint(0, 255) for _ in range(8)]
        b[0] &= 0xFC
        return ":".join(f"{x:02X}" for x in b)

    def imei(self):
        return luhn_complete(self.r.choice(["35", "86", "01", "99"]) + self.digits(12))

    def gtin14(self):
        body = str(self.r.randint(0, 8)) + "0" + self.digits(11)
        for c in "0123456789":
            if gtin_ok(body + c):
                return body + c

    def secret(self, rule):
        r = self.r
        hexd = "0123456789abcdef"
        an = string.ascii_letters + string.digits
        if rule == "artifactory-reference-token":
            return "cmVmd" + self.alnum(59, an)
        if rule == "digitalocean-access-token":
            return "doo_v1_" + self.alnum(64, hexd)
        if rule == "gitlab-feed-token":
            return "glft-" + self.alnum(20, an + "_-")
        if rule == "gitlab-incoming-mail-token":
            return "glimt-" + self.alnum(25, an)
        if rule == "gitlab-kubernetes-agent-token":
            return "glagent-" + self.alnum(50, an)
        if rule == "gitlab-oauth-app-secret":
            return "gloas-" + self.alnum(64, an)
        if rule == "gitlab-feature-flag-client-token":
            return "glffct-" + self.alnum(20, an)
        if rule == "gitlab-rrt":
            return "GR1348941" + self.alnum(20, an)
        if rule == "grafana-api-key":
            return "eyJrIjoi" + self.alnum(r.randint(72, 90), an)
        if rule == "vault-batch-token":
            return "hvb." + self.alnum(r.randint(140, 160), an + "_-")
        if rule == "planetscale-oauth-token":
            return "pscale_oauth_" + self.alnum(43, an)
        if rule == "settlemint-service-access-token":
            return "sm_sat_" + self.alnum(16, an)
        if rule == "shopify-private-app-access-token":
            return "shppa_" + self.alnum(32, hexd)
        if rule == "yandex-api-key":
            return "AQVN" + self.alnum(36, an + "_-")
        if rule == "typeform-api-token":
            return "tfp_" + self.alnum(59, string.ascii_lowercase + string.digits)
        raise KeyError(rule)

    def password(self):
        return self.alnum(5, string.ascii_letters) + self.r.choice("!#%*") + self.digits(3) + self.alnum(4, string.ascii_letters)


def gitleaks_rules():
    import tomllib
    with open(os.path.join(HERE, "sources/rules/gitleaks.toml"), "rb") as f:
        return {r["id"]: r for r in tomllib.load(f)["rules"]}


def compile_go_regex(rx):
    """gitleaks rules are RE2; turn a leading/inline (?i) into a Python-compatible form."""
    if "(?i)" in rx[1:]:
        # inline flag in the middle: apply it to the rest of the pattern as a scoped group
        i = rx.index("(?i)", 1)
        rx = rx[:i] + "(?i:" + rx[i + 4:] + ")"
    rx = rx.replace("[[:alnum:]]", "[A-Za-z0-9]")
    return re.compile(rx)
