"""Value generators built from published format rules, and the validators check.py uses.

Standard library + phonenumbers. Every generator takes a random.Random and returns a dict:
  value     text as planted (text surfaces)
  joined    identifier form for keys / regex keys / tool names / file names (None: not joinable)
  kind      label kind
  alone     True when the value may stand without a cue (no_cue placement)
"""
import ipaddress, json, os, re, unicodedata
import phonenumbers as pn

HERE = os.path.dirname(os.path.abspath(__file__))


def load(rel):
    with open(os.path.join(HERE, "sources", rel), encoding="utf-8") as f:
        return json.load(f)

# ---------------------------------------------------------------- names
MK_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "е": "e", "ж": "zh", "з": "z", "ѕ": "dz",
          "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p",
          "р": "r", "с": "s", "т": "t", "ќ": "kj", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "џ": "dj",
          "ш": "sh"}
# Words that are also common English / vocabulary words, or too short to be a name on their own.
STOP = {"back", "beck", "baum", "mark", "will", "may", "june", "rose", "hope", "lily", "grace", "andre", "antony",
        "wolf", "weber", "wagner", "may", "mai", "klein", "lang", "long", "roth", "bauer", "koch", "schmit", "muller",
        "hoffmann", "fischer", "meyer", "marx", "king", "young", "becker", "arend"}


def mk_latin(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = MK_LAT.get(lo, lo)
        out.append(t.capitalize() if ch != lo and t else t)
    return "".join(out)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ok_name(s):
    return len(s) >= 4 and " " not in s and "-" not in s and "." not in s and fold(s).lower() not in STOP


class Names:
    def __init__(self):
        mk = load("names/mk_MK.json"); lu = load("names/de_LU.json"); si = load("names/si_LK.json")
        self.mk = ([n for n in mk["first_names_male"] + mk["first_names_female"] if ok_name(n)],
                   mk["last_names_male"], mk["last_names_female"], mk["first_names_male"])
        self.lu = ([n for n in lu["first_names_male"] + lu["first_names_female"] if ok_name(n)],
                   [n for n in lu["last_names"] if ok_name(n)])
        self.si = ([n for n in si["first_names_male"] + si["first_names_female"] if len(n) >= 3],
                   [n for n in si["last_names"] if len(n) >= 3])

    def person(self, rng, joinable):
        src = rng.choice(["mk", "mk_lat", "lu", "si"] if not joinable else ["mk_lat", "lu", "mk_lat", "lu"])
        if src in ("mk", "mk_lat"):
            male = rng.random() < 0.5
            first = rng.choice([n for n in self.mk[0] if (n in self.mk[3]) == male])
            last = rng.choice(self.mk[1] if male else self.mk[2])
            if not ok_name(last):
                last = rng.choice([n for n in (self.mk[1] if male else self.mk[2]) if ok_name(n)])
            if src == "mk":
                return dict(value="%s %s" % (first, last), joined=None, kind="mk_cyrillic", alone=True)
            first, last = mk_latin(first), mk_latin(last)
            kind = "mk_romanised"
        elif src == "lu":
            first, last = rng.choice(self.lu[0]), rng.choice(self.lu[1])
            kind = "lu"
        else:
            first, last = rng.choice(self.si[0]), rng.choice(self.si[1])
            return dict(value="%s %s" % (first, last), joined=None, kind="si_sinhala", alone=True)
        style = rng.choice(["plain", "plain", "family_comma", "edifact"])
        if style == "family_comma":
            value, kind2 = "%s, %s" % (last.upper(), first), kind + "_family_first"
        elif style == "edifact":
            value, kind2 = "NAD+FL+++%s:%s" % (fold(last).upper(), fold(first).upper()), "edifact_nad"
        else:
            value, kind2 = "%s %s" % (first, last), kind
        f, l = fold(first), fold(last)
        j = rng.choice(["snake", "camel", "pascal", "screaming"])
        joined = {"snake": "%s_%s" % (f.lower(), l.lower()), "camel": f.lower() + l, "pascal": f + l,
                  "screaming": "%s_%s" % (l.upper(), f.upper())}[j]
        return dict(value=value, joined=joined, kind=kind2, alone=(style != "edifact"), jkind=j + "_joined",
                    first=f, last=l)

# ---------------------------------------------------------------- dates
MONTHS_LV = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
             "novembrī", "decembrī"]
MONTHS_LB = ["Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_MK = ["јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
             "ноември", "декември"]


def rand_date(rng, y0=1931, y1=2012):
    import datetime
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(d0, d1))


def dob(rng):
    d = rand_date(rng)
    k = rng.choice(["lv", "lb", "mk_num", "mk_word", "edifact", "schac", "iso"])
    v = {"lv": "%d. gada %d. %s" % (d.year, d.day, MONTHS_LV[d.month - 1]),
         "lb": "%d. %s %d" % (d.day, MONTHS_LB[d.month - 1], d.year),
         "mk_num": "%02d.%02d.%d" % (d.day, d.month, d.year),
         "mk_word": "%d %s %d г." % (d.day, MONTHS_MK[d.month - 1], d.year),
         "edifact": "DTM+329:%s" % d.strftime("%y%m%d"),
         "schac": d.strftime("%Y%m%d"),
         "iso": d.isoformat()}[k]
    return dict(value=v, joined=d.strftime("%Y%m%d"), kind="dob_" + k, alone=False, date=d.isoformat())

# ---------------------------------------------------------------- SSN
def ssn_parts(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return a, rng.randint(1, 99), rng.randint(1, 9999)


def ssn(rng):
    a, g, s = ssn_parts(rng)
    k = rng.choice(["dashed", "dashed", "spaced", "plain"])
    v = {"dashed": "%03d-%02d-%04d", "spaced": "%03d %02d %04d", "plain": "%03d%02d%04d"}[k] % (a, g, s)
    return dict(value=v, joined="%03d_%02d_%04d" % (a, g, s) if rng.random() < .5 else "%03d%02d%04d" % (a, g, s),
                kind="ssn_" + k, alone=(k == "dashed"))


def valid_ssn(v):
    d = re.sub(r"[^0-9]", "", v)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0

# ---------------------------------------------------------------- MRN
def mrn(rng):
    k = rng.choice(["chl", "pskus", "kbs", "lv_history", "mk_dosie", "lb_dossier"])
    n = rng.randint(1000000, 9999999)
    v = {"chl": "CHL-%07d" % n, "pskus": "PSKUS-%07d" % n, "kbs": "KBS%08d" % rng.randint(10**7, 10**8 - 1),
         "lv_history": "%05d/%d" % (rng.randint(10000, 99999), rng.randint(2015, 2025)),
         "mk_dosie": "ЗД-%06d" % rng.randint(100000, 999999), "lb_dossier": "HRS%07d" % n}[k]
    j = re.sub(r"[^A-Za-z0-9]", "_", v) if k not in ("mk_dosie",) else "zd_%s" % v[3:]
    return dict(value=v, joined=j, kind="mrn_" + k, alone=False)

# ---------------------------------------------------------------- health plan ids
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi(rng):
    c = [str(rng.randint(1, 9)), rng.choice(MBI_A), rng.choice(MBI_AN), str(rng.randint(0, 9)), rng.choice(MBI_A),
         rng.choice(MBI_AN), str(rng.randint(0, 9)), rng.choice(MBI_A), rng.choice(MBI_A), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    return "".join(c)


def valid_mbi(v):
    v = v.replace("-", "")
    return bool(re.fullmatch(r"[1-9][%s][%s][0-9][%s][%s][0-9][%s]{2}[0-9]{2}" % (MBI_A, MBI_AN, MBI_A, MBI_AN, MBI_A), v))


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]

VER_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VER_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VER_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VER_D[c][VER_P[(i + 1) % 8][int(ch)]]
    return str(VER_INV[c])


def lu_matricule(rng):
    d = rand_date(rng)
    base = d.strftime("%Y%m%d") + "%03d" % rng.randint(0, 999)
    return base + luhn_digit(base) + verhoeff_digit(base)


def valid_lu_matricule(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"\d{13}", v):
        return False
    import datetime
    try:
        datetime.date(int(v[:4]), int(v[4:6]), int(v[6:8]))
    except ValueError:
        return False
    return luhn_digit(v[:11]) == v[11] and verhoeff_digit(v[:11]) == v[12]

LV_W = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def lv_personas_kods(rng):
    while True:
        d = rand_date(rng)
        c = {18: "0", 19: "1", 20: "2"}[d.year // 100]
        digits = d.strftime("%d%m%y") + c + "%03d" % rng.randint(0, 999)
        chk = (1101 - sum(int(a) * w for a, w in zip(digits, LV_W))) % 11
        if chk < 10:
            return "%s-%s%d" % (digits[:6], digits[6:], chk)


def valid_lv_pk(v):
    m = re.fullmatch(r"(\d{6})-?(\d{5})", v)
    if not m:
        return False
    d = m.group(1) + m.group(2)
    return (1101 - sum(int(a) * w for a, w in zip(d[:10], LV_W))) % 11 == int(d[10])


def health_plan(rng):
    k = rng.choice(["mbi", "mbi_dashed", "lu_matricule", "lu_matricule_spaced", "lv_pk", "lu_schac"])
    if k.startswith("mbi"):
        m = mbi(rng)
        v = m if k == "mbi" else "%s-%s-%s" % (m[:4], m[4:7], m[7:])
        return dict(value=v, joined=m, kind=k, alone=True)
    if k.startswith("lu_"):
        m = lu_matricule(rng)
        v = {"lu_matricule": m, "lu_matricule_spaced": "%s %s %s" % (m[:4], m[4:8], m[8:]),
             "lu_schac": "urn:schac:personalUniqueID:lu:CNS:%s" % m}[k]
        return dict(value=v, joined=m, kind=k, alone=False)
    p = lv_personas_kods(rng)
    return dict(value=p, joined=p.replace("-", ""), kind=k, alone=False)

# ---------------------------------------------------------------- phones
US_NPA = {445: ("Philadelphia", "PA", "191"), 448: ("Pensacola", "FL", "325"), 564: ("Vancouver", "WA", "986"),
          943: ("Atlanta", "GA", "303"), 947: ("Troy", "MI", "480"), 983: ("Denver", "CO", "802")}
MOBILE_REGIONS = ["AD", "MC", "SM", "FO", "AW", "GI"]


def us_phone(rng):
    npa = rng.choice(sorted(US_NPA))
    while True:
        nxx = rng.randint(200, 999)
        line = rng.randint(0, 9999)
        if nxx % 100 == 11 or (nxx == 555):
            continue
        num = pn.parse("+1%d%03d%04d" % (npa, nxx, line))
        if pn.is_valid_number(num):
            return npa, nxx, line


def foreign_mobile(rng, region):
    ex = pn.example_number_for_type(region, pn.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    keep = max(2, len(nat) - 5)
    for _ in range(1000):
        cand = nat[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(nat) - keep))
        if cand == nat:
            continue
        n = pn.parse("+%d%s" % (ex.country_code, cand))
        if pn.is_valid_number(n) and pn.number_type(n) in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return n
    raise RuntimeError(region)


def phone(rng):
    k = rng.choice(["us_paren", "us_e164", "us_dashed", "edifact_com", "intl_mobile", "national_mobile"])
    if k.startswith("us") or k == "edifact_com":
        npa, nxx, line = us_phone(rng)
        v = {"us_paren": "(%d) %03d-%04d", "us_e164": "+1%d%03d%04d", "us_dashed": "%d-%03d-%04d",
             "edifact_com": "COM+1%d%03d%04d:TE"}[k] % (npa, nxx, line)
        return dict(value=v, joined="1%d%03d%04d" % (npa, nxx, line), kind="phone_" + k,
                    alone=k in ("us_paren", "us_e164"), region="US")
    region = rng.choice(MOBILE_REGIONS)
    n = foreign_mobile(rng, region)
    if k == "intl_mobile":
        v = pn.format_number(n, pn.PhoneNumberFormat.INTERNATIONAL)
    else:
        v = pn.format_number(n, pn.PhoneNumberFormat.NATIONAL)
    return dict(value=v, joined="%d%d" % (n.country_code, n.national_number), kind="phone_%s_%s" % (k, region),
                alone=(k == "intl_mobile"), region=region)


def valid_phone(v, region):
    if v.startswith("COM+"):
        v = "+" + v[4:].split(":")[0]
    try:
        n = pn.parse(v, region)
    except pn.NumberParseException:
        return False
    if not pn.is_valid_number(n):
        return False
    if n.country_code == 1 and str(n.national_number)[3:6] == "555":
        return False
    return True

# ---------------------------------------------------------------- email / url
DOMAINS = ["apollo.lv", "pt.lu", "t-home.mk", "sltnet.lk"]


def email(rng, nm):
    p = nm.person(rng, True)
    f, l = p["first"].lower(), p["last"].lower()
    local = rng.choice(["%s.%s", "%s%s", "%s_%s", "%s.%s%d"])
    local = local % ((f, l, rng.randint(2, 99)) if local.count("%") == 3 else (f, l))
    return dict(value="%s@%s" % (local, rng.choice(DOMAINS)), joined=None, kind="email", alone=True)


def orcid(rng):
    base = "000000" + rng.choice("0123") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    c = "X" if r == 10 else str(r)
    s = base + c
    return "%s-%s-%s-%s" % (s[:4], s[4:8], s[8:12], s[12:])


def valid_orcid(s):
    d = s.replace("-", "")
    total = 0
    for ch in d[:15]:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    return d[15] == ("X" if r == 10 else str(r))


def url(rng, nm):
    p = nm.person(rng, True)
    f, l = p["first"].lower(), p["last"].lower()
    k = rng.choice(["codeberg", "bsky", "itch", "orcid", "justgiving", "kaggle", "devto", "portal"])
    v = {"codeberg": "https://codeberg.org/%s%s" % (f, l), "bsky": "https://bsky.app/profile/%s%s.bsky.social" % (f, l),
         "itch": "https://%s-%s.itch.io/" % (f, l), "orcid": "https://orcid.org/" + orcid(rng),
         "justgiving": "https://www.justgiving.com/page/%s-%s-%d" % (f, l, rng.randint(2, 9999)),
         "kaggle": "https://www.kaggle.com/%s%s" % (f, l), "devto": "https://dev.to/%s_%s" % (f, l),
         "portal": "https://portal.hrs.lu/dossier?virnumm=%s&numm=%s&gebuert=%s" % (p["first"], p["last"], rand_date(rng).isoformat())}[k]
    return dict(value=v, joined=None, kind="url_" + k, alone=True)

# ---------------------------------------------------------------- address / zip
US_SUFFIX = ["Blfs", "Brks", "Cirs", "Cmns", "Frks", "Grvs", "Hbrs", "Mnrs", "Pnes", "Shrs", "Vlys", "Vlgs"]
STREETS = ["Magnolia", "Cedar Hill", "Fox Run", "Willow", "Quarry", "Osprey", "Harbor View", "Old Mill", "Sandpiper"]
LV_STREETS = ["Brīvības iela", "Krišjāņa Barona iela", "Tērbatas iela", "Ģertrūdes iela", "Čaka iela"]
LU_STREETS = ["rue de la Gare", "avenue de la Liberté", "rue de Hollerich", "route d'Esch", "rue Michel Rodange"]
MK_STREETS = ["ул. Македонија", "бул. Партизански одреди", "ул. Васил Главинов", "бул. Илинден"]
LK_STREETS = ["Galle Road", "Duplication Road", "Havelock Road", "Baseline Road"]


def zip5(rng, prefix):
    return "%s%02d" % (prefix, rng.randint(1, 99))


def address(rng):
    k = rng.choice(["us_full", "us_full", "us_line", "riga", "luxembourg", "skopje", "colombo"])
    n = rng.randint(2, 9899)
    if k.startswith("us"):
        npa = rng.choice(sorted(US_NPA)); city, st, pre = US_NPA[npa]
        line = "%d %s %s" % (n, rng.choice(STREETS), rng.choice(US_SUFFIX))
        if rng.random() < .5:
            line += " %s %d" % (rng.choice(["Apt", "Unit", "Ste"]), rng.randint(1, 40))
        v = line if k == "us_line" else "%s, %s, %s %s" % (line, city, st, zip5(rng, pre))
        return dict(value=v, joined=None, kind="addr_" + k, alone=(k != "us_line"))
    if k == "riga":
        v = "%s %d-%d, Rīga, LV-%04d" % (rng.choice(LV_STREETS), rng.randint(1, 140), rng.randint(1, 60), rng.choice([1001, 1010, 1011, 1050]))
    elif k == "luxembourg":
        v = "%d, %s, L-%04d Luxembourg" % (rng.randint(1, 120), rng.choice(LU_STREETS), rng.choice([1611, 1724, 2330, 1470]))
    elif k == "skopje":
        v = "%s бр. %d, 1000 Скопје" % (rng.choice(MK_STREETS), rng.randint(1, 120))
    else:
        v = "No. %d, %s, Colombo %02d" % (rng.randint(1, 400), rng.choice(LK_STREETS), rng.choice([3, 4, 5, 6]))
    return dict(value=v, joined=None, kind="addr_" + k, alone=True)


def zipcode(rng):
    npa = rng.choice(sorted(US_NPA)); pre = US_NPA[npa][2]
    z = zip5(rng, pre)
    if rng.random() < .4:
        z += "-%04d" % rng.randint(1, 9999)
    return dict(value=z, joined=z.replace("-", "_"), kind="zip4" if "-" in z else "zip5", alone=False, state=US_NPA[npa][1])

# ---------------------------------------------------------------- accounts
TEST_PANS = {"4111111111111111", "4242424242424242", "5555555555554444", "4012888888881881", "5105105105105100"}


def card(rng):
    while True:
        b = rng.choice(["4", "51", "52", "53", "54", "55", "2221"])
        body = b + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(b)))
        p = body + luhn_digit(body)
        if p not in TEST_PANS:
            return p


def aba(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def valid_aba(s):
    x = list(map(int, s))
    return len(x) == 9 and (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0


def account(rng):
    k = rng.choice(["card_grouped", "card_plain", "ach_pair", "lu_iban_free"])
    if k.startswith("card"):
        p = card(rng)
        v = p if k == "card_plain" else " ".join(p[i:i + 4] for i in range(0, 16, 4))
        return dict(value=v, joined=p, kind=k, alone=(k == "card_grouped"))
    if k == "ach_pair":
        r = aba(rng); a = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(9, 12)))
        return dict(value="routing %s / account %s" % (r, a), joined=None, kind=k, alone=False, routing=r)
    # hospital account number (HAR) in Luxembourg house style, cue only
    a = "HAR%09d" % rng.randint(10**8, 10**9 - 1)
    return dict(value=a, joined=a, kind="hospital_account", alone=False)

# ---------------------------------------------------------------- licences, devices, vehicles, ips
def licence(rng):
    k = rng.choice(["lv", "mk", "lu", "us_mi", "us_co"])
    v = {"lv": "%s%06d" % (rng.choice(["AT", "AU", "AV"]), rng.randint(0, 999999)),
         "mk": "%07d" % rng.randint(10**6, 10**7 - 1),
         "lu": "%06d" % rng.randint(10**5, 10**6 - 1),
         "us_mi": "%s %03d %03d %03d %03d" % (chr(65 + rng.randint(0, 25)), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999)),
         "us_co": "%02d-%03d-%04d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 9999))}[k]
    return dict(value=v, joined=re.sub(r"[^A-Za-z0-9]", "", v), kind="licence_" + k, alone=False)


def imei(rng):
    body = "".join(str(rng.randint(0, 9)) for _ in range(14))
    body = rng.choice(["35", "86", "01", "49"]) + body[2:]
    return body + luhn_digit(body)


def mac(rng):
    o = [rng.randint(0, 255) for _ in range(6)]
    o[0] &= 0xFC
    if o[:3] == [0, 0, 0x5E]:
        o[2] = 0x5F
    return o


def device(rng):
    k = rng.choice(["imei", "imei_spaced", "mac_colon", "mac_colon_lower", "mac_hyphen"])
    if k.startswith("imei"):
        i = imei(rng)
        v = i if k == "imei" else "%s %s %s %s" % (i[:2], i[2:8], i[8:14], i[14])
        return dict(value=v, joined=i, kind=k, alone=False)
    o = mac(rng)
    sep = "-" if k == "mac_hyphen" else ":"
    v = sep.join("%02X" % x for x in o)
    if k == "mac_colon_lower":
        v = v.lower()
    return dict(value=v, joined="".join("%02X" % x for x in o), kind=k, alone=True)

VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1,
         "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMIS = ["W1K", "YV4", "JA4", "LB3", "MRH", "3KP", "1J4", "ZDM"]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin(rng):
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CH) for _ in range(5)) + "0" + rng.choice("LMNPRSTV123456789") + \
            rng.choice(VIN_CH) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        v = v[:8] + vin_check(v) + v[9:]
        if v != "11111111111111111":
            return dict(value=v, joined=v, kind="vin_" + v[:3], alone=True)


def valid_vin(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


def ip(rng):
    k = rng.choice(["v4", "v4", "v4_port", "v6"])
    while True:
        if k == "v6":
            a = ipaddress.ip_address("2001:67c:%x:%x::%x" % (rng.randint(0x100, 0x2fff), rng.randint(1, 0xffff), rng.randint(1, 0xfff)))
        else:
            a = ipaddress.ip_address("%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
        if a.is_global and not a.is_multicast and not (a.version == 4 and a in ipaddress.ip_network("100.64.0.0/10")) \
                and not (a.version == 4 and a in ipaddress.ip_network("198.18.0.0/15")):
            break
    v = str(a) + (":%d" % rng.choice([8443, 5432, 3389, 22]) if k == "v4_port" else "")
    j = str(a).replace(".", "_").replace(":", "_")
    return dict(value=v, joined=j if k != "v6" else None, kind="ip_" + k, alone=True)


def valid_ip(v):
    if v.count(":") == 1:
        v = v.split(":")[0]
    a = ipaddress.ip_address(v)
    return a.is_global

# ---------------------------------------------------------------- secrets
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEXL = "abcdef0123456789"


def rs(rng, chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def secret(rng):
    k = rng.choice(["droneci", "flw_enc", "flw_pub", "flw_sec", "frameio", "intra42", "nytimes", "privateai", "sumologic",
                    "travisci", "redis_url", "password"])
    v = {"droneci": lambda: "DRONECI_TOKEN=" + rs(rng, ALNUM, 32),
         "flw_enc": lambda: "FLWSECK_TEST" + rs(rng, "abcdefgh0123456789", 12),
         "flw_pub": lambda: "FLWPUBK_TEST-" + rs(rng, "abcdefgh0123456789", 32) + "-X",
         "flw_sec": lambda: "FLWSECK_TEST-" + rs(rng, "abcdefgh0123456789", 32) + "-X",
         "frameio": lambda: "fio-u-" + rs(rng, ALNUM + "-_", 64),
         "intra42": lambda: "s-s4t2ud-" + rs(rng, HEXL, 64),
         "nytimes": lambda: "NYTIMES_API_KEY=" + rs(rng, ALNUM, 32),
         "privateai": lambda: "PRIVATE_AI_API_KEY=" + rs(rng, ALNUM, 32),
         "sumologic": lambda: "SUMO_ACCESS_KEY=" + rs(rng, ALNUM, 64),
         "travisci": lambda: "TRAVIS_API_TOKEN=" + rs(rng, ALNUM, 22),
         "redis_url": lambda: "redis://default:%s@cache-%d.internal:6379/0" % (rs(rng, ALNUM + "ABCDEFGHJK", 20), rng.randint(1, 9)),
         "password": lambda: rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + rs(rng, ALNUM, 8) + rng.choice("!#%*") + str(rng.randint(10, 99))}[k]()
    if k == "flw_enc":
        v = v[:12] + "-" + v[12:]
    return dict(value=v, joined=None, kind="secret_" + k, alone=(k not in ("password",)))

RULE_OF = {"secret_droneci": "droneci-access-token", "secret_flw_enc": "flutterwave-encryption-key",
           "secret_flw_pub": "flutterwave-public-key", "secret_flw_sec": "flutterwave-secret-key",
           "secret_frameio": "frameio-api-token", "secret_intra42": "intra42-client-secret",
           "secret_nytimes": "nytimes-access-token", "secret_privateai": "privateai-api-token",
           "secret_sumologic": "sumologic-access-token", "secret_travisci": "travisci-access-token"}


def rule_regex(r):
    pat = r["regex"].replace("(?i)", "")
    return re.compile(pat, re.I if "(?i)" in r["regex"] else 0)
