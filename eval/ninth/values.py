"""Value generators (from published format rules) and validators for the ninth set.

stdlib + phonenumbers only.  Every generator takes a random.Random and returns
(value, kind, extra) or a plain string; validators return True/False.
"""
import csv, ipaddress, os, re, string, unicodedata

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- names
LATIN_LANGS = ["cat", "eus", "cym", "gle", "isl", "lav", "lit", "sqi", "ind", "tgl", "yor", "haw", "uzb"]
SCRIPT_LANGS = ["hye", "heb", "ben"]
# words that are also common English words / months / places: never used as names
NAME_STOP = {"may", "june", "april", "august", "will", "grace", "hope", "faith", "joy", "rose", "ivy", "dawn",
             "crystal", "paris", "chelsea", "sterling", "mark", "bill", "rich", "art", "sunny", "summer", "river",
             "sky", "star", "page", "king", "long", "young", "white", "brown", "green", "black", "mayor", "main",
             "bala", "abad", "ada", "lina", "maria", "john", "jane", "doe", "test", "user", "admin", "honey", "angel",
             "autumn", "iris", "jade", "olive", "ruby", "amber", "hazel", "pearl", "violet", "lily", "daisy", "sierra",
             "dakota", "georgia", "carmen", "augusta", "dallas", "austin", "jordan", "victoria", "florence", "lincoln"}


def _read_names(lang, kind):
    p = os.path.join(HERE, "sources", "names", f"{lang}.{kind}.csv")
    out = []
    with open(p, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            n = (row.get("name") or "").strip()
            if not n or " " in n or "," in n or "(" in n or len(n) < 3 or n.lower() in NAME_STOP:
                continue
            if "Category" in n or ":" in n:
                continue
            out.append((n, row.get("language_script") or ""))
    return out


def load_names():
    pools = {}
    for lang in LATIN_LANGS + SCRIPT_LANGS:
        g = _read_names(lang, "given_names")
        s = _read_names(lang, "surnames")
        want = "Latin" if lang in LATIN_LANGS else None
        if want:
            g = [n for n, sc in g if sc == "Latin" and n[0].isupper()]
            s = [n for n, sc in s if sc == "Latin" and n[0].isupper() and not n.isupper()]
        else:
            g = [n for n, sc in g if sc not in ("Latin", "")]
            s = [n for n, sc in s if sc not in ("Latin", "")]
        g = sorted(set(g))
        s = sorted(set(s))
        if len(g) >= 5 and len(s) >= 5:
            pools[lang] = (g, s)
    return pools


def fold(s):
    s = s.replace("ß", "ss").replace("Þ", "Th").replace("þ", "th").replace("Ð", "D").replace("ð", "d")
    s = s.replace("Æ", "Ae").replace("æ", "ae").replace("Ø", "O").replace("ø", "o").replace("ʻ", "").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-"))


def person(rng, pools, joined=None):
    """Return (text, kind).  joined in {None,'snake','camel','pascal','kebab','screaming'}"""
    if joined is None and rng.random() < 0.14:
        lang = rng.choice(SCRIPT_LANGS)
    else:
        lang = rng.choice(LATIN_LANGS)
    if lang not in pools:
        lang = "cat"
    g, s = pools[lang]
    given = rng.choice(g)
    fam = rng.choice(s)
    given2 = rng.choice(g)
    while given2 == given:
        given2 = rng.choice(g)
    if lang in SCRIPT_LANGS:
        return f"{given} {fam}", f"native_{lang}"
    if joined:
        a, b = fold(given), fold(fam).replace("-", "")
        if not a or not b:
            a, b = "Nerea", "Agirre"
        if joined == "snake":
            return f"{a.lower()}_{b.lower()}", "snake_joined"
        if joined == "camel":
            return a.lower() + b[0].upper() + b[1:].lower(), "camel_joined"
        if joined == "pascal":
            return a[0].upper() + a[1:].lower() + b[0].upper() + b[1:].lower(), "pascal_joined"
        if joined == "kebab":
            return f"{a.lower()}-{b.lower()}", "kebab_joined"
        return f"{b.upper()}_{a.upper()}", "screaming_family_given"
    shape = rng.randrange(7)
    if shape == 0:
        return f"{given} {fam}", "natural"
    if shape == 1:
        return f"{given} {given2} {fam}", "two_given_names"
    if shape == 2:
        return f"{fam.upper()}, {given}", "FAMILY_comma_Given"
    if shape == 3:
        return f"{fam}, {given} {given2[0]}.", "Family_comma_Given_initial"
    if shape == 4:
        return f"{given.upper()} {fam.upper()}", "all_caps"
    if shape == 5:
        return f"{fold(given).lower()}-{fold(fam).lower()}", "lowercase_slug"
    return f"{given} {fam}", "natural_diacritics" if fold(given + fam) != given + fam else "natural"


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DOB_CUES = {"es": "fecha de nacimiento", "de": "Geburtsdatum", "it": "data di nascita", "nl": "geboortedatum",
            "sw": "tarehe ya kuzaliwa", "id": "tanggal lahir"}


def dob_parts(rng):
    y = rng.randint(1931, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def dob(rng, joined=False):
    y, m, d = dob_parts(rng)
    if joined:
        k = rng.randrange(3)
        if k == 0:
            return f"{y}{m:02d}{d:02d}", "yyyymmdd_joined", "en"
        if k == 1:
            return f"{y}_{m:02d}_{d:02d}", "y_m_d_joined", "en"
        return f"{d:02d}{m:02d}{y}", "ddmmyyyy_joined", "en"
    k = rng.randrange(9)
    if k == 0:
        return f"{d} de {MONTHS['es'][m-1]} de {y}", "es_long", "es"
    if k == 1:
        return f"{d}. {MONTHS['de'][m-1]} {y}", "de_long", "de"
    if k == 2:
        return f"{d:02d}.{m:02d}.{y}", "de_numeric", "de"
    if k == 3:
        return f"{d} {MONTHS['it'][m-1]} {y}", "it_long", "it"
    if k == 4:
        return f"{d}-{m}-{y}", "nl_numeric", "nl"
    if k == 5:
        return f"{d} {MONTHS['sw'][m-1]} {y}", "sw_long", "sw"
    if k == 6:
        return f"{d} {MONTHS['id'][m-1]} {y}", "id_long", "id"
    if k == 7:
        return f"{d}-{ROMAN[m-1]}-{y}", "roman_month", "en"
    return f"{y}{m:02d}{d:02d}", "vcard_basic", "en"


# ---------------------------------------------------------------- SSN (SSA rules)
def ssn_ok(area, group, serial):
    return (1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999
            and (area, group, serial) not in ((78, 5, 1120), (219, 9, 9999)))


def ssn(rng, form):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            break
    if form == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if form == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    if form == "under":
        return f"{a:03d}_{g:02d}_{s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def ssn_valid(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 9 and ssn_ok(int(d[:3]), int(d[3:5]), int(d[5:]))


# ---------------------------------------------------------------- places
CITIES = [  # area code, city, state, USPS 3-digit ZIP prefix
    ("603", "Concord", "NH", "033"), ("505", "Albuquerque", "NM", "871"), ("712", "Sioux City", "IA", "511"),
    ("574", "South Bend", "IN", "466"), ("419", "Toledo", "OH", "436"), ("740", "Zanesville", "OH", "437"),
    ("432", "Midland", "TX", "797"), ("970", "Fort Collins", "CO", "805"), ("775", "Reno", "NV", "895"),
    ("816", "Kansas City", "MO", "641"), ("573", "Columbia", "MO", "652"), ("319", "Cedar Rapids", "IA", "524"),
    ("402", "Omaha", "NE", "681"), ("479", "Fort Smith", "AR", "729"), ("719", "Colorado Springs", "CO", "809"),
]
AREA_CODES = [c[0] for c in CITIES]
ZIP_PREFIXES = [c[3] for c in CITIES]
SUFFIXES = ["Blf", "Crk", "Grv", "Hvn", "Mnr", "Rnch", "Clf", "Cyn", "Ldg", "Smt", "Brk", "Jct", "Lk", "Mls", "Rpd",
            "Vis", "Wls"]
STREET_WORDS = ["Walnut", "Tamarack", "Heron", "Cottonwood", "Larkspur", "Pinyon", "Bluestem", "Kingfisher",
                "Sandhill", "Osage", "Prairie Rose", "Old Mill", "Chokecherry", "Redbud", "Buckeye", "Sumac"]


def us_phone(rng, form):
    while True:
        i = rng.randrange(len(CITIES))
        npa = CITIES[i][0]
        nxx = rng.randint(200, 999)
        if nxx == 555 or nxx % 100 == 11:
            continue
        line = rng.randint(0, 9999)
        num = f"{npa}{nxx:03d}{line:04d}"
        pn = phonenumbers.parse("+1" + num)
        if phonenumbers.is_valid_number(pn):
            break
    a, b, c = num[:3], num[3:6], num[6:]
    if form == 0:
        return f"+1-{a}-{b}-{c}", "e164_dashed"
    if form == 1:
        return f"tel:+1{num}", "vcard_tel_uri"
    if form == 2:
        return f"({a}){b}-{c}", "paren_nospace"
    if form == 3:
        return f"{a} {b} {c}", "spaced"
    return f"+1 ({a}) {b} {c}", "plus1_paren"


FOREIGN = ["MZ", "JM", "TT", "NI", "SV", "MK"]


def foreign_mobile(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for _ in range(500):
        keep = 3 if cc == 1 else 2
        cand = nsn[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - keep))
        if cand == nsn:
            continue
        pn = phonenumbers.parse(f"+{cc}{cand}")
        if (phonenumbers.is_valid_number(pn) and phonenumbers.number_type(pn) in
                (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)):
            if cc == 1 and cand[3:6] == "555":
                continue
            return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL), f"mobile_{region}"
    raise RuntimeError(region)


def phone_valid(v):
    s = v[4:] if v.startswith("tel:") else v
    try:
        pn = phonenumbers.parse(s, "US")
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(pn):
        return False
    nsn = phonenumbers.national_significant_number(pn)
    ex = phonenumbers.example_number_for_type(phonenumbers.region_code_for_number(pn),
                                              phonenumbers.PhoneNumberType.MOBILE)
    if ex is not None and phonenumbers.national_significant_number(ex) == nsn and ex.country_code == pn.country_code:
        return False
    if pn.country_code == 1 and nsn[3:6] == "555":
        return False
    return True


DOMAINS = ["alice.it", "terra.es", "hetnet.nl", "planet.nl", "chello.at", "aon.at", "centrum.sk", "zoznam.sk",
           "earthlink.net", "sbcglobal.net", "sify.com", "slingshot.co.nz", "iinet.net.au", "internode.on.net",
           "euskaltel.net", "arcor.de", "vodafone.de", "zonnet.nl", "casema.nl", "fastwebnet.it", "tim.it",
           "inwind.it"]
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "test", "invalid", "localhost", "example")


def email(rng, pools):
    lang = rng.choice(LATIN_LANGS)
    g, s = pools[lang]
    a, b = fold(rng.choice(g)).lower(), fold(rng.choice(s)).lower().replace("-", "")
    k = rng.randrange(4)
    local = [f"{a}.{b}", f"{a[0]}{b}{rng.randint(1, 99)}", f"{b}_{a}", f"{a}{b[0]}{rng.randint(50, 99)}"][k]
    return f"{local}@{rng.choice(DOMAINS)}", "name_local_part"


def email_valid(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", v)
    return bool(m) and m.group(1) in DOMAINS


def zip_code(rng, plus4=False, idx=None):
    i = rng.randrange(len(CITIES)) if idx is None else idx
    z = CITIES[i][3] + f"{rng.randint(1, 99):02d}"
    if plus4:
        z += f"-{rng.randint(1, 9999):04d}"
    return z, i


def zip_valid(v):
    return bool(re.fullmatch(r"\d{5}(-\d{4})?", v)) and v[:3] in ZIP_PREFIXES


def street(rng, full):
    i = rng.randrange(len(CITIES))
    _, city, st, _ = CITIES[i]
    n = rng.randint(11, 9899)
    line = f"{n} {rng.choice(['', 'N ', 'S ', 'E ', 'W '])}{rng.choice(STREET_WORDS)} {rng.choice(SUFFIXES)}"
    line = line.replace("  ", " ")
    if rng.random() < 0.3:
        line += f" {rng.choice(['Apt', 'Unit', 'Ste', 'Trlr'])} {rng.randint(1, 40)}"
    if full:
        z, _ = zip_code(rng, idx=i)
        return f"{line}, {city}, {st} {z}", "us_full"
    return line, "us_street_line"


def foreign_address(rng, pools):
    k = rng.randrange(5)
    n = rng.randint(2, 140)
    if k == 0:
        return f"Carrer de {rng.choice(['Mallorca', 'Provença', 'Sardenya', 'Girona'])}, {n}, 3r 2a, 080{rng.randint(10, 42)} Barcelona", "es_address"
    if k == 1:
        return f"{rng.choice(['Lindenweg', 'Amselstraße', 'Kastanienallee', 'Mühlgasse'])} {n}, {rng.randint(10, 99)}{rng.randint(100, 999)} {rng.choice(['Kassel', 'Erfurt', 'Bielefeld', 'Rostock'])}", "de_address"
    if k == 2:
        return f"Via {rng.choice(['dei Mille', 'Garibaldi', 'San Vitale', 'Gramsci'])} {n}, {rng.choice(['40125 Bologna', '10121 Torino', '90133 Palermo', '37121 Verona'])}", "it_address"
    if k == 3:
        return f"{rng.choice(['Lindengracht', 'Kerkstraat', 'Molenweg', 'Dorpsstraat'])} {n}, {rng.randint(1000, 9899)} {rng.choice('ABCEGHJKLMNPRSTVWXZ')}{rng.choice('ABCEGHJKLMNPRSTVWXZ')} {rng.choice(['Utrecht', 'Zwolle', 'Haarlem', 'Delft'])}", "nl_address"
    return f"Jl. {rng.choice(['Kaliurang', 'Diponegoro', 'Cik Di Tiro', 'Gejayan'])} No. {n}, RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}, {rng.choice(['Sleman 55281', 'Bandung 40132', 'Semarang 50241'])}", "id_address"


# ---------------------------------------------------------------- MRN (house styles, cue only)
def mrn(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"HC-{rng.randint(2001, 2024)}-{rng.randint(0, 999999):06d}", "historia_clinica"
    if k == 1:
        return f"RM {rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}", "rekam_medis"
    if k == 2:
        return f"PN{rng.randint(100000, 9999999)}/{rng.randint(1, 9)}", "patientennummer"
    if k == 3:
        return f"{rng.choice(['CHV', 'AZM', 'OLV', 'UMC'])}{rng.randint(0, 99999999):08d}", "site_plus_8"
    return f"{rng.randint(1000000, 9999999)}", "bare_7_digits"


# ---------------------------------------------------------------- health plan ids
MBI_LETTERS = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def mbi(rng, dashed=False):
    an = MBI_LETTERS + list(string.digits)
    v = (str(rng.randint(1, 9)) + rng.choice(MBI_LETTERS) + rng.choice(an) + str(rng.randint(0, 9)) +
         rng.choice(MBI_LETTERS) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_LETTERS) +
         rng.choice(MBI_LETTERS) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))
    return (f"{v[:4]}-{v[4:7]}-{v[7:]}" if dashed else v), ("mbi_dashed" if dashed else "mbi")


def mbi_valid(v):
    v = v.replace("-", "")
    L = "[AC-HJKMNP-RT-Y]"
    A = "[AC-HJKMNP-RT-Y0-9]"
    return bool(re.fullmatch(f"[1-9]{L}{A}[0-9]{L}{A}[0-9]{L}{L}[0-9][0-9]", v))


def health_plan(rng):
    k = rng.randrange(5)
    if k <= 1:
        return mbi(rng, dashed=(k == 1))
    if k == 2:  # New York Medicaid CIN: 2 letters, 5 digits, 1 letter
        return (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") +
                f"{rng.randint(0, 99999):05d}" + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")), "ny_medicaid_cin"
    if k == 3:  # TRICARE DoD Benefits Number: 11 digits
        return f"{rng.randint(10**10, 10**11 - 1)}", "dod_benefits_number"
    return f"{rng.choice(['JQX', 'YRK', 'MKP'])}{rng.randint(0, 999999999):09d}", "payer_member_id"


# ---------------------------------------------------------------- account numbers
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_PREFIXES = [("222100", 16, "mastercard_2series"), ("6759", 16, "maestro_uk"), ("5018", 16, "maestro"),
                 ("36", 14, "diners_international"), ("6062", 16, "hipercard")]
PUBLISHED_TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "2223003122003222",
                        "6759649826438453", "36227206271667", "5018000000000009", "6062825624254001",
                        "4000056655665556", "5200828282828210", "6011111111111117", "378282246310005"}


def card(rng):
    p, n, kind = rng.choice(CARD_PREFIXES)
    while True:
        if kind == "mastercard_2series":
            p = str(rng.randint(2221, 2720))
        v = luhn_complete(p, n, rng)
        if v not in PUBLISHED_TEST_CARDS:
            break
    if rng.random() < 0.5 and n == 16:
        return " ".join(v[i:i + 4] for i in range(0, 16, 4)), kind + "_grouped"
    return v, kind


IBAN_SPECS = {  # ISO 13616 registry: country -> BBAN layout
    "LI": "5n12c", "ME": "18n", "SM": "1a5n5n12c", "XK": "16n", "FO": "14n", "GL": "14n", "SC": "4a20n3a",
    "LC": "4a24c", "VG": "4a16n", "TL": "19n",
}


def _bban(rng, spec):
    out = ""
    for cnt, t in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(cnt)):
            out += rng.choice({"n": string.digits, "a": string.ascii_uppercase,
                               "c": string.ascii_uppercase + string.digits}[t])
    return out


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - num % 97:02d}"


def iban_valid(v):
    v = v.replace(" ", "")
    cc = v[:2]
    if cc not in IBAN_SPECS:
        return False
    spec = IBAN_SPECS[cc]
    ln = sum(int(x) for x in re.findall(r"\d+", spec))
    if len(v) != 4 + ln:
        return False
    num = int("".join(str(int(c, 36)) for c in v[4:] + v[:4]))
    return num % 97 == 1


def iban(rng):
    cc = rng.choice(sorted(IBAN_SPECS))
    if cc == "SC":  # Seychelles: bank code 4 letters + 2 digits... kept as registry 4a20n3a, currency SCR
        bban = _bban(rng, "4a20n") + "SCR"
    else:
        bban = _bban(rng, IBAN_SPECS[cc])
    v = cc + iban_check(cc, bban) + bban
    if rng.random() < 0.5:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)), f"iban_{cc}_grouped"
    return v, f"iban_{cc}"


def aba_ok(r):
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba(rng):
    while True:
        r = f"{rng.choice(['07', '10', '11', '12', '26', '31'])}{rng.randint(0, 9999999):07d}"
        if aba_ok(r):
            return r


def account(rng):
    k = rng.randrange(4)
    if k == 0:
        return card(rng)
    if k == 1:
        return iban(rng)
    if k == 2:
        return f"{rng.randint(10**9, 10**12 - 1)}", "bank_account_with_aba"
    return f"HAR{rng.randint(10**8, 10**9 - 1)}", "hospital_account_har"


# ---------------------------------------------------------------- licences (state layouts, cue only)
DL_STATES = {
    "Kansas": ("K8n", r"K\d{8}"), "Iowa": ("3n2a4n", r"\d{3}[A-Z]{2}\d{4}"),
    "Colorado": ("2n-3n-4n", r"\d{2}-\d{3}-\d{4}"), "Nevada": ("10n", r"\d{10}"),
    "Vermont": ("7nA", r"\d{7}A"), "Idaho": ("2a6n1a", r"[A-Z]{2}\d{6}[A-Z]"),
    "Minnesota": ("1a12n", r"[A-Z]\d{12}"), "Montana": ("9n", r"\d{9}"),
}


def dl(rng):
    st = rng.choice(sorted(DL_STATES))
    lay = DL_STATES[st][0]
    out = ""
    for part in re.findall(r"\d+[na]|[A-Z]|-", lay):
        if part == "-":
            out += "-"
        elif part[-1] in "na" and part[:-1].isdigit():
            n = int(part[:-1])
            out += "".join(rng.choice(string.digits if part[-1] == "n" else "ABCDEFGHJKLMNPRSTUVWXYZ")
                           for _ in range(n))
        else:
            out += part
    if out.strip("0-") == "":
        out = out.replace("0", "7", 1)
    return out, st


def dl_valid(v, st):
    return bool(re.fullmatch(DL_STATES[st][1], v))


# ---------------------------------------------------------------- VIN (ISO 3779 / 49 CFR 565 check digit)
WMIS = ["SJN", "MHR", "NM0", "2FM", "SCA", "ZHW", "JYA", "MM8", "LVS", "KL1", "WMW", "WME", "1GY", "1GK", "3HG",
        "5NP", "5TD", "4A3"]
VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
         "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin(rng):
    wmi = rng.choice(WMIS)
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("GHJKLMNPRS")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = f"{rng.randint(0, 999999):06d}"
    v = wmi + vds + "0" + year + plant + serial
    return v[:8] + vin_check(v) + v[9:]


def vin_valid(v):
    return len(v) == 17 and all(c in VIN_CH for c in v) and vin_check(v) == v[8]


# ---------------------------------------------------------------- devices
def gs1_check(digits):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def device(rng):
    k = rng.randrange(5)
    if k == 0:
        tac = "35" + f"{rng.randint(0, 999999):06d}"
        body = tac + f"{rng.randint(0, 999999):06d}"
        full = luhn_complete(body, 15, rng) if False else None
        for c in "0123456789":
            if luhn_ok(body + c):
                full = body + c
        return full, "imei_plain"
    if k == 1:
        b = [rng.randint(0, 255) for _ in range(6)]
        b[0] = (b[0] & 0xFC)  # unicast, globally administered
        return ":".join(f"{x:02X}" for x in b), "mac_colon_upper"
    if k == 2:
        b = [rng.randint(0, 255) for _ in range(6)]
        b[0] = (b[0] & 0xFC)
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[0:4]}.{h[4:8]}.{h[8:12]}", "mac_cisco_dotted"
    if k == 3:
        g = "0" + f"{rng.randint(0, 10**12 - 1):012d}"
        gtin = g + gs1_check(g)
        return (f"01{gtin}11{rng.randint(18, 25):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                f"21{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(0, 99999999):08d}"), "gs1_udi_no_parens"
    return f"{rng.choice(['PJN', 'RNL', 'BWV'])}{rng.randint(100000, 999999)}{rng.choice('HSGR')}", "implant_serial"


def imei_valid(v):
    return len(v) == 15 and v.isdigit() and luhn_ok(v)


def udi_valid(v):
    m = re.fullmatch(r"01(\d{14})11\d{6}21[A-Z0-9]+", v)
    return bool(m) and gs1_check(m.group(1)[:-1]) == m.group(1)[-1]


# ---------------------------------------------------------------- IP
V6_PREFIXES = ["2a02:908", "2001:1c00", "2001:b07", "2a01:4c8", "2a00:23c5", "2806:2f0", "2407:7000", "2c0f:f4c0"]


def ip(rng, form):
    if form in (0, 1, 2):
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global and not is_doc_ip(str(a)) and not str(a).startswith(("100.", "0.", "127.")):
                break
        if form == 0:
            return str(a), "ipv4"
        if form == 1:
            return f"{a}/32", "ipv4_cidr32"
        return f"{a}:{rng.choice([8443, 5432, 3389, 2222])}", "ipv4_port"
    while True:
        p = rng.choice(V6_PREFIXES)
        tail = ":".join(f"{rng.randint(1, 0xffff):x}" for _ in range(6))
        s = f"{p}:{tail}"
        if ipaddress.IPv6Address(s).is_global:
            break
    s = str(ipaddress.IPv6Address(s))
    if form == 3:
        return s, "ipv6"
    return f"[{s}]:{rng.choice([443, 8080])}", "ipv6_bracket_port"


def is_doc_ip(s):
    a = ipaddress.ip_address(s)
    docs = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
                                              "3fff::/20", "198.18.0.0/15", "100.64.0.0/10")]
    return any(a in n for n in docs if n.version == a.version)


def ip_valid(v):
    s = v
    if s.startswith("["):
        s = s[1:s.index("]")]
    elif s.count(":") == 1:
        s = s.split(":")[0]
    s = s.split("/")[0]
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not is_doc_ip(s)


# ---------------------------------------------------------------- URLs
def url(rng, pools):
    lang = rng.choice(LATIN_LANGS)
    g, s = pools[lang]
    a, b = fold(rng.choice(g)).lower(), fold(rng.choice(s)).lower().replace("-", "")
    k = rng.randrange(7)
    if k == 0:
        return f"https://whydonate.com/fundraising/help-{a}-{b}-herstel", "whydonate"
    if k == 1:
        return f"https://www.betterplace.org/de/fundraising-events/{rng.randint(30000, 59999)}-reha-fur-{a}-{b}", "betterplace"
    if k == 2:
        return f"https://www.retedeldono.it/it/progetti/{a}-{b}-cure-{rng.randint(2023, 2026)}", "rete_del_dono"
    if k == 3:
        return f"https://www.kisskissbankbank.com/fr/projects/soutien-{a}-{b}", "kisskissbankbank"
    if k == 4:
        return f"https://www.ulule.com/{a}-{b}-traitement/", "ulule"
    if k == 5:
        return f"https://www.crowdfunder.co.uk/p/{a}-{b}-treatment-fund", "crowdfunder"
    return (f"https://mychart.{rng.choice(['ozarkhealth', 'prairiemed', 'sandhillsclinic'])}.org/MyChart/Billing/GuestPay"
            f"?acct={rng.randint(10**7, 10**8 - 1)}&lname={b.capitalize()}"), "portal_guestpay"


# ---------------------------------------------------------------- secrets (gitleaks rule layouts)
LOW = string.ascii_lowercase + string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def _r(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


SECRET_KINDS = ["gitlab-cicd-job-token", "gitlab-session-cookie", "new-relic-browser-api-token",
                "new-relic-insert-key", "mapbox-api-token", "beamer-api-token", "defined-networking-api-token",
                "dropbox-long-lived-api-token", "lob-api-key", "aws-amazon-bedrock-api-key-long-lived",
                "1password-service-account-token", "smtps-url", "neo4j-url", "password"]


def secret(rng, kind):
    if kind == "gitlab-cicd-job-token":
        return f"glcbt-{_r(rng, ALNUM, 2)}_{_r(rng, ALNUM, 20)}"
    if kind == "gitlab-session-cookie":
        return f"_gitlab_session={_r(rng, HEX, 32)}"
    if kind == "new-relic-browser-api-token":
        return f"new_relic_browser_key: NRJS-{_r(rng, HEX, 19)}"
    if kind == "new-relic-insert-key":
        return f"newrelic insert key = NRII-{_r(rng, LOW + '-', 31)}{rng.choice(LOW)}"
    if kind == "mapbox-api-token":
        return f"mapbox_token: pk.{_r(rng, LOW, 60)}.{_r(rng, LOW, 22)}"
    if kind == "beamer-api-token":
        return f"beamer_api_key = b_{_r(rng, LOW + '_-', 43)}{rng.choice(LOW)}"
    if kind == "defined-networking-api-token":
        return f"dnkey: dnkey-{_r(rng, LOW, 26)}-{_r(rng, LOW, 52)}"
    if kind == "dropbox-long-lived-api-token":
        return f"dropbox_token: {_r(rng, LOW, 11)}AAAAAAAAAA{_r(rng, LOW, 43)}"
    if kind == "lob-api-key":
        return f"lob_api_key: live_{_r(rng, HEX, 35)}"
    if kind == "aws-amazon-bedrock-api-key-long-lived":
        return "ABSK" + _r(rng, ALNUM + "+/", 132)
    if kind == "1password-service-account-token":
        return "ops_eyJ" + _r(rng, ALNUM, 260)
    if kind == "smtps-url":
        return f"smtps://relay-{_r(rng, LOW, 5)}:{_r(rng, ALNUM, 18)}@mail.{rng.choice(['ozarkhealth', 'prairiemed'])}.org:465"
    if kind == "neo4j-url":
        return f"neo4j+s://neo4j:{_r(rng, ALNUM, 20)}@{_r(rng, HEX, 8)}.databases.neo4j.io"
    return f"{rng.choice(['Kw', 'Tz', 'Ym'])}{_r(rng, ALNUM, 9)}!{rng.randint(10, 99)}"


def load_gitleaks():
    p = os.path.join(HERE, "sources", "rules", "gitleaks.toml")
    txt = open(p, encoding="utf-8").read()
    rules = {}
    for m in re.finditer(r"\nid = \"([^\"]+)\"[^\[]*?\nregex = '''(.*?)'''", txt, re.S):
        rules[m.group(1)] = m.group(2)
    return rules


def gitleaks_match(rule_regex, value):
    rx = rule_regex
    flags = 0
    if rx.startswith("(?i)"):
        rx = rx[4:]
        flags = re.I
    rx = rx.replace(r"\z", r"\Z")
    return re.search(rx, value, flags) is not None


def secret_valid(kind, value, rules):
    if kind in rules:
        return gitleaks_match(rules[kind], value)
    if kind == "smtps-url":
        return bool(re.fullmatch(r"smtps://[^:]+:[^@]{8,}@[a-z0-9.-]+:\d+", value))
    if kind == "neo4j-url":
        return bool(re.fullmatch(r"neo4j\+s://neo4j:[^@]{8,}@[a-z0-9.-]+", value))
    if kind == "password":
        return len(value) >= 10
    return False
