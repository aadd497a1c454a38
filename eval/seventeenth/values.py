"""Value generators and validators for the seventeenth set. Each generator names its format source.

All values are synthetic: random digits, Faker name tables (sources/names/), random key-shaped strings.
"""
import json, os, random, re, string, unicodedata, base64
import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))


def load_names(loc):
    with open(os.path.join(HERE, "sources", "names", f"{loc}.json"), encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------- helpers
def luhn_digit(body):
    """ISO/IEC 7812-1 Annex B (Luhn) check digit for a digit string without its check digit."""
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def fold(s):
    """ASCII-fold a Latin name (drops the Uzbek okina/apostrophes)."""
    s = s.replace("’", "").replace("'", "").replace("ʻ", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- PERSON
# Source: Faker (Python) 40.63.0 person tables uz_UZ (Latin), gu_IN (Gujarati script), ne_NP (Devanagari).
WORDLIKE = {"Ali", "Umar", "Said", "Nur", "Ayub", "Ilyos"}


class Names:
    def __init__(self):
        self.t = {loc: load_names(loc) for loc in ("uz_UZ", "gu_IN", "ne_NP")}

    def pick(self, rng, loc):
        t = self.t[loc]
        female = rng.random() < 0.5
        firsts = t["first_names_female" if female else "first_names_male"]
        lasts = t["last_names"]
        if loc == "uz_UZ":
            # Uzbek surnames agree with sex: -ova / -eva for women, -ov / -ev for men (the table holds both)
            lasts = [l for l in lasts if l.endswith(("ova", "eva", "yeva")) == female]
        while True:
            g, f = rng.choice(firsts), rng.choice(lasts)
            if loc == "uz_UZ":
                if len(fold(g)) < 4 or g in WORDLIKE or any(c in g + f for c in " -.") or not fold(g).isalpha() or not fold(f).isalpha():
                    continue
            return g, f


# ---------------------------------------------------------------- DATE_OF_BIRTH
GU_MONTHS = ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઓગસ્ટ", "સપ્ટેમ્બર", "ઓક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"]  # Gujarati month names (CLDR gu)
AF_MONTHS = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"]  # Afrikaans (CLDR af)
GL_MONTHS = ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro", "outubro", "novembro", "decembro"]  # Galician (CLDR gl)


def rand_date(rng):
    y = rng.randint(1932, 2011)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def dob(rng, form):
    y, m, d = rand_date(rng)
    return {
        "gu": f"{d} {GU_MONTHS[m-1]} {y}",
        "af": f"{d} {AF_MONTHS[m-1]} {y}",
        "gl": f"{d} de {GL_MONTHS[m-1]} de {y}",
        "naaccr": f"{y:04d}{m:02d}{d:02d}",          # NAACCR Vol. II item 240, CCYYMMDD
        "dotted": f"{d:02d}.{m:02d}.{y:04d}",        # DD.MM.YYYY (Uzbek civil documents)
        "iso": f"{y:04d}-{m:02d}-{d:02d}",
        "joined": f"{y:04d}_{m:02d}_{d:02d}",
        "joined8": f"{y:04d}{m:02d}{d:02d}",
    }[form]


# ---------------------------------------------------------------- US_SSN
# Source: SSA, "Social Security Number Randomization" (2011): area 001-899 except 666, group 01-99, serial 0001-9999.
def ssn_parts(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng, form):
    a, g, s = ssn_parts(rng)
    return {"dashed": f"{a}-{g}-{s}", "spaced": f"{a} {g} {s}", "plain": f"{a}{g}{s}",
            "joined": f"{a}_{g}_{s}"}[form]


def ssn_ok(v):
    d = re.sub(r"[-_ ]", "", v)
    return len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


# ---------------------------------------------------------------- MRN (house styles; cue only)
def mrn(rng, form):
    return {
        "nhc": f"NHC {rng.randint(10**7, 10**8 - 1):08d}",      # Galician/Spanish "número de historia clínica" (NHC)
        "gh": f"GH-{rng.randint(2015, 2024)}-{rng.randint(0, 999999):06d}",  # hospital prefix + year + serial
        "naaccr": f"{rng.randint(10**9, 10**10 - 1)}",          # NAACCR item 2300 Medical Record Number (up to 11 chars), bare 10 digits
        "joined": f"{rng.randint(10**8, 10**9 - 1)}",
    }[form]


# ---------------------------------------------------------------- HEALTH_PLAN_ID
# MBI: CMS "Understanding the MBI format" (11 chars: C A AN N A AN N A A N N; letters exclude S L O I B Z).
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng, dashed=False):
    N = lambda: rng.choice("0123456789")
    C = lambda: rng.choice("123456789")
    A = lambda: rng.choice(MBI_L)
    AN = lambda: rng.choice(MBI_L + "0123456789")
    v = C() + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()
    return f"{v[:4]}-{v[4:7]}-{v[7:]}" if dashed else v


def mbi_ok(v):
    v = v.replace("-", "")
    pat = r"[1-9][{L}][{L}0-9][0-9][{L}][{L}0-9][0-9][{L}][{L}][0-9][0-9]".replace("{L}", MBI_L)
    return re.fullmatch(pat, v) is not None


# ABHA number: National Health Authority (India), Ayushman Bharat Digital Mission - a 14-digit number, shown 2-4-4-4.
def abha(rng, grouped=True):
    d = "91" + "".join(rng.choice("0123456789") for _ in range(12))
    return f"{d[:2]}-{d[2:6]}-{d[6:10]}-{d[10:]}" if grouped else d


def abha_ok(v):
    return re.fullmatch(r"91-\d{4}-\d{4}-\d{4}|91\d{12}", v) is not None


# ---------------------------------------------------------------- PHONE_NUMBER (libphonenumber 9.0.43 validity)
US_NPA = {"283": "Cincinnati OH", "839": "Columbia SC"}


def phone(rng, form):
    while True:
        if form in ("us_paren", "us_joined"):
            npa = rng.choice(sorted(US_NPA))
            nxx = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
            if nxx[1:] == "11" or nxx == "555":
                continue
            line = f"{rng.randint(0, 9999):04d}"
            e164 = f"+1{npa}{nxx}{line}"
            v = f"({npa}) {nxx}-{line}" if form == "us_paren" else f"1{npa}{nxx}{line}"
        elif form in ("in_mobile", "in_joined"):   # India mobile, Gujarat operators' 98250-98259 series
            rest = f"{rng.randint(0, 99999):05d}"
            sub = f"9825{rng.randint(0, 9)}"
            e164 = f"+91{sub}{rest}"
            v = f"+91 {sub} {rest}" if form == "in_mobile" else f"91{sub}{rest}"
        elif form == "uz_mobile":                  # Uzbekistan +998 9X XXX XX XX
            op = rng.choice(["90", "91", "93", "94", "97", "99"])
            r = f"{rng.randint(0, 9999999):07d}"
            e164 = f"+998{op}{r}"
            v = f"+998 {op} {r[:3]} {r[3:5]} {r[5:]}"
        elif form == "za_mobile":                  # South Africa +27 8X XXX XXXX
            op = rng.choice(["82", "83", "84", "72", "73", "76"])
            r = f"{rng.randint(0, 9999999):07d}"
            e164 = f"+27{op}{r}"
            v = f"+27 {op} {r[:3]} {r[3:]}"
        elif form == "gl_fixed":                   # Spain, A Coruña province fixed line +34 981
            r = f"{rng.randint(100000, 999999)}"
            e164 = f"+34981{r}"
            v = f"+34 981 {r[:2]} {r[2:4]} {r[4:]}"
        else:
            raise ValueError(form)
        if phone_ok(e164):
            return v


def phone_ok(v):
    d = re.sub(r"[^\d+]", "", v)
    if not d.startswith("+"):
        d = "+" + d if len(d) > 10 else "+1" + d
    try:
        x = phonenumbers.parse(d)
    except phonenumbers.NumberParseException:
        return False
    n = phonenumbers.national_significant_number(x)
    if x.country_code == 1 and n[3:6] == "555":
        return False
    return phonenumbers.is_valid_number(x)


# ---------------------------------------------------------------- EMAIL_ADDRESS (real ISP domains, not reserved)
EMAIL_DOMAINS = ["mail.uz", "telkomsa.net", "mundo-r.com"]


def email(rng, names):
    g, f = names.pick(rng, "uz_UZ")
    local = rng.choice([f"{fold(g).lower()}.{fold(f).lower()}", f"{fold(g).lower()[0]}{fold(f).lower()}{rng.randint(1, 99)}",
                        f"{fold(f).lower()}_{fold(g).lower()}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def email_ok(v):
    return re.fullmatch(r"[a-z0-9._]+@(" + "|".join(re.escape(d) for d in EMAIL_DOMAINS) + ")", v) is not None


# ---------------------------------------------------------------- STREET_ADDRESS / ZIP_CODE
# US: USPS Publication 28 street suffixes (Grns = Greens); ZIP prefixes from the USPS L002 list (452 Cincinnati OH, 292 Columbia SC).
US_CITIES = [("Cincinnati", "OH", "452"), ("Columbia", "SC", "292")]
US_STREETS = ["Larkspur", "Quarry Bend", "Old Mill", "Sumter Ridge", "Winton", "Harrow Gate"]


def zip5(rng, plus4=False):
    c = rng.choice(US_CITIES)
    z = f"{c[2]}{rng.randint(1, 99):02d}"
    return (f"{z}-{rng.randint(1, 9999):04d}" if plus4 else z), c


def address(rng, form):
    if form == "us":
        z, c = zip5(rng)
        unit = rng.choice(["", f" Apt {rng.randint(2, 40)}", f" Unit {rng.choice('ABCD')}"])
        return f"{rng.randint(100, 9899)} {rng.choice(US_STREETS)} Grns{unit}, {c[0]}, {c[1]} {z}"
    if form == "ahmedabad":   # India Post PIN 3800xx (Ahmedabad)
        return (f"{rng.randint(4, 98)}, {rng.choice(['Shivalik', 'Narayan', 'Sahjanand', 'Parimal'])} Society, "
                f"{rng.choice(['Satellite Road', 'C G Road', 'Drive-In Road'])}, Ahmedabad, Gujarat 3800{rng.randint(10, 61)}")
    if form == "tashkent":    # Uzbek address order: street, house (uy), flat (xonadon), city, index 100xxx
        return (f"{rng.choice(['Amir Temur', 'Bobur', 'Navoiy', 'Mustaqillik'])} ko‘chasi, {rng.randint(2, 120)}-uy, "
                f"{rng.randint(1, 80)}-xonadon, Toshkent {100000 + rng.randint(0, 200):06d}")
    if form == "capetown":    # SA Post Office 4-digit postal code
        return (f"{rng.randint(2, 190)} {rng.choice(['Kloof', 'Bree', 'Loop', 'Long'])} Street, "
                f"{rng.choice(['Gardens', 'Tamboerskloof', 'Oranjezicht'])}, Cape Town, 80{rng.randint(0, 1)}{rng.randint(0, 9)}")
    if form == "compostela":  # Correos 5-digit código postal 157xx
        return (f"Rúa {rng.choice(['do Vilar', 'da Raíña', 'de San Pedro', 'do Franco'])}, {rng.randint(2, 80)}, "
                f"{rng.randint(1, 5)}º {rng.choice('ABCD')}, 157{rng.randint(0, 9)}{rng.randint(0, 9)} Santiago de Compostela")
    raise ValueError(form)


# ---------------------------------------------------------------- ACCOUNT_NUMBER
def card(rng, form):
    iin = rng.choice(["4", "52", "8600"])   # Visa 4, Mastercard 51-55, Uzcard 8600 (Luhn per ISO/IEC 7812)
    while True:
        body = iin + "".join(rng.choice("0123456789") for _ in range(15 - len(iin)))
        num = body + luhn_digit(body)
        if num not in TEST_CARDS:
            break
    return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if form == "grouped" else num


TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "4012888888881881"}


def har(rng):
    return f"HAR{rng.randint(10**9, 10**10 - 1)}"   # hospital account record, HAR + 10 digits (house style)


# ---------------------------------------------------------------- LICENSE_NUMBER (cue only)
def licence(rng, form):
    if form == "gujarat":   # Sarathi (MoRTH) DL number: state GJ + RTO 2 digits + year of issue + 7-digit serial
        return f"GJ{rng.choice(['01', '05', '06', '18', '27'])} {rng.randint(2005, 2023)}{rng.randint(0, 9999999):07d}"
    if form == "connecticut":   # Connecticut DMV: 9 digits (AAMVA DL/ID standard annex, CT)
        return f"{rng.randint(1, 24):02d}{rng.randint(0, 9999999):07d}"
    if form == "oregon":   # Oregon DMV: 1-9 digits; written here as 7 digits, or a letter + 6 digits
        return rng.choice([f"{rng.randint(10**6, 10**7 - 1)}", f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(10**5, 10**6 - 1)}"])
    raise ValueError(form)


# ---------------------------------------------------------------- DEVICE_ID
def imei(rng, form):   # 3GPP TS 23.003 s.6.2.1: TAC(8) SNR(6) CD(1); CD by Luhn
    body = rng.choice(["35", "86", "01"]) + "".join(rng.choice("0123456789") for _ in range(12))
    n = body + luhn_digit(body)
    return {"dashed": f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", "plain": n}[form]


def mac(rng, form):    # IEEE 802: unicast (I/G bit 0), universally administered (U/L bit 0)
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0b11111100
    if b[0] == 0:
        b[0] = 0x3c
    h = "".join(f"{x:02x}" for x in b)
    return {"colon_upper": ":".join(h[i:i + 2] for i in range(0, 12, 2)).upper(),
            "cisco": ".".join(h[i:i + 4] for i in range(0, 12, 4)),
            "joined": h}[form]


def mac_ok(v):
    h = re.sub(r"[^0-9a-fA-F]", "", v)
    return len(h) == 12 and int(h[:2], 16) & 3 == 0 and not h.lower().startswith("00005e")


# ---------------------------------------------------------------- VEHICLE_ID
# 49 CFR 565.15 / ISO 3779 check digit; WMIs not listed in earlier READMEs: JTE (Toyota SUV, Japan), 2C3 (Chrysler Canada), KL4 (GM Korea), 3N1 (Nissan Mexico)
VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2,
         "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["JTE", "2C3", "KL4", "3N1"]


def vin_check(v):
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin(rng):
    w = rng.choice(WMIS)
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("CDEFGHJKLMNP")
    v = w + vds + "0" + year + rng.choice(VIN_CH[:23]) + f"{rng.randint(0, 999999):06d}"
    return v[:8] + vin_check(v) + v[9:]


def vin_ok(v):
    return len(v) == 17 and all(c in VIN_CH for c in v) and vin_check(v) == v[8] and v != "11111111111111111"


# ---------------------------------------------------------------- IP_ADDRESS
# Public ranges: 84.54.64.0/18 (RIPE, Uzbekistan), 103.86.0.0/16 area (APNIC, India), 41.76.0.0/16 area (AFRINIC, South Africa);
# IPv6 under 2c0e::/16? no - 2001:4860 is Google; here 2c0f is avoided; IPv6 taken from 2405:... avoided too; we use 2a0c:9a40::/29-like RIPE space? -> see ip_ok.
def ipv4(rng):
    p = rng.choice([(84, 54, rng.randint(64, 127)), (103, 86, rng.randint(0, 255)), (41, 76, rng.randint(0, 255))])
    return f"{p[0]}.{p[1]}.{p[2]}.{rng.randint(1, 254)}"


def ip(rng, form):
    if form == "v4":
        return ipv4(rng)
    if form == "v4port":
        return f"{ipv4(rng)}:{rng.choice([8443, 5432, 9100, 3389])}"
    if form == "v6":   # 2c0e::/15 is not allocated -> use 2c0f? (used before). Use 2001:df0::/32-ish APNIC space 2001:df2::
        return f"2001:df2:{rng.randint(0x1000, 0xffff):x}:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xfff):x}"
    if form == "joined":
        return ipv4(rng).replace(".", "_")
    raise ValueError(form)


def ip_ok(v):
    import ipaddress
    s = v.replace("_", ".")
    if re.fullmatch(r"[\d.]+:\d+", s):
        s = s.rsplit(":", 1)[0]
    a = ipaddress.ip_address(s)
    return a.is_global and not any(a in ipaddress.ip_network(n) for n in
                                   ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "100.64.0.0/10"))


# ---------------------------------------------------------------- URL (personal profile / fundraiser)
def url(rng, names):
    g, f = names.pick(rng, "uz_UZ")
    slug = f"{fold(g).lower()}-{fold(f).lower()}"
    return rng.choice([f"https://www.ketto.org/fundraiser/help-{slug}-{rng.randint(100, 999)}",
                       f"https://milaap.org/fundraisers/support-{slug}",
                       f"https://www.backabuddy.co.za/campaign/{slug}-medical-fund",
                       f"https://www.behance.net/{slug.replace('-', '')}",
                       f"https://dribbble.com/{slug.replace('-', '_')}"])


# ---------------------------------------------------------------- SECRET (gitleaks rules in sources/rules/)
B64 = string.ascii_letters + string.digits + "+/"
HEX = "0123456789abcdef"
AN = string.ascii_lowercase + string.digits


def secret(rng, form):
    if form == "flyio":       # gitleaks flyio-access-token, fm2_ macaroon form
        return "fm2_" + "".join(rng.choice(B64) for _ in range(120))
    if form == "intra42":     # gitleaks intra42-client-secret
        return "s-s4t2af-" + "".join(rng.choice(HEX) for _ in range(64))
    if form == "sendinblue":  # gitleaks sendinblue-api-token
        return "xkeysib-" + "".join(rng.choice(HEX) for _ in range(64)) + "-" + "".join(rng.choice(AN) for _ in range(16))
    if form == "travis":      # gitleaks travisci-access-token (keyword-bound; planted with its keyword)
        return "TRAVIS_API_TOKEN=" + "".join(rng.choice(AN) for _ in range(22))
    if form == "jwt":         # RFC 7519 compact JWS, HS256, random payload and signature (gitleaks jwt)
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        head = enc({"alg": "HS256", "typ": "JWT"})
        body = enc({"sub": f"{rng.randint(10**6, 10**7)}", "scope": "labels:write", "iat": rng.randint(1700000000, 1760000000)})
        sig = base64.urlsafe_b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode().rstrip("=")
        return f"{head}.{body}.{sig}"
    if form == "pgurl":       # libpq connection URI (PostgreSQL docs 34.1.1) with a password
        pw = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(18))
        return f"postgresql://shipops:{pw}@db{rng.randint(2, 9)}.parcel-{rng.randint(10, 99)}.internal:5432/warehouse"
    if form == "password":    # bare password (cue only)
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6)) + rng.choice("!#%&*") + f"{rng.randint(10, 99)}"
    raise ValueError(form)


def secret_rule(form):
    return {"flyio": "flyio-access-token", "intra42": "intra42-client-secret", "sendinblue": "sendinblue-api-token",
            "travis": "travisci-access-token", "jwt": "jwt"}.get(form)


def gitleaks_match(rule, value):
    """Go RE2 inline (?i) mid-pattern: compile the whole pattern case-insensitively (as the sixteenth set did)."""
    rx = rule["regex"].replace("(?i)", "")
    rx = re.sub(r"\(\?i:", "(?:", rx).replace("(?-i:", "(?:")
    return re.search(rx, value + " ", re.I) is not None
