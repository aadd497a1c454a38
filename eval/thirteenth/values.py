"""Value generators for the thirteenth set, from published format rules, and their validators.

stdlib + phonenumbers only. Every generator takes a random.Random and returns (value, kind, standalone):
`standalone` says whether the value may be planted without a cue (its shape alone identifies it).
"""
import ipaddress, json, os, re, string
import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(rel):
    with open(os.path.join(HERE, "sources", rel), encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------- names (FakerPHP ka_GE, mn_MN, et_EE)
GEO = {"ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k",
       "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u",
       "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts",
       "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h"}
# Georgian national romanisation (2002) without the apostrophes, as in passports
MON = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "ye", "ё": "yo", "ж": "j", "з": "z", "и": "i",
       "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
       "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
       "ъ": "i", "ы": "y", "ь": "i", "э": "e", "ю": "yu", "я": "ya"}
# Mongolian Cyrillic romanised after MNS 5217:2012 (ө, ү folded to o, u)
ET_WORDLIKE = {"Mark", "Mart", "Robin", "Kevin", "Aare", "Ain", "Enn", "Ants", "Hugo", "Oliver", "Silver",
               "Laur", "Rein", "Tamm", "Kask", "Saar", "Mets", "Aas", "Org", "Lepp", "Pihl", "Uus", "Sepp",
               "Rebane", "Raud", "Kuusk", "Kivi", "Lill", "Ilves", "Karu", "Kalju", "Kallas", "Mari", "Liis",
               "Eve", "Ene", "Anne", "Helen", "Kristina", "Victor", "Mark", "Fjodorov", "Roman", "Laura", "Maria",
               "Hele", "Kadri", "Kati", "Maie", "Malle", "Piret", "Pille", "Sirje", "Tiina", "Ülle", "Aino"}


def translit(s, table):
    out = []
    for ch in s:
        low = ch.lower()
        t = table.get(low, ch)
        out.append(t.capitalize() if ch != low and t else t)
    return "".join(out)


def _clean(lst, wordlike=()):
    return sorted({n for n in lst if len(n) >= 3 and " " not in n and "-" not in n and "." not in n
                   and n not in wordlike})


class Names:
    def __init__(self):
        ka, mn, et = _load("names/ka_GE.json"), _load("names/mn_MN.json"), _load("names/et_EE.json")
        self.ka_given = _clean(ka["firstNameMale"] + ka["firstNameFemale"])
        self.ka_family = _clean(ka["lastName"])
        self.mn_given = _clean(mn["firstNameMale"] + mn["firstNameFemale"])
        self.et_given = _clean(et["firstNameMale"] + et["firstNameFemale"], ET_WORDLIKE)
        self.et_family = _clean(et["lastName"], ET_WORDLIKE)

    def pick(self, rng):
        """(given, family, script_form or None, culture)"""
        c = rng.choice(["ka", "ka", "mn", "mn", "et"])
        if c == "ka":
            g, f = rng.choice(self.ka_given), rng.choice(self.ka_family)
            return translit(g, GEO).capitalize(), translit(f, GEO).capitalize(), f"{g} {f}", c
        if c == "mn":
            g, p = rng.sample(self.mn_given, 2)
            # Mongolian usage: patronymic initial + given name ("Б.Тамир"); romanised given + patronymic
            return translit(g, MON).capitalize(), translit(p, MON).capitalize(), f"{p[0]}.{g}", c
        return rng.choice(self.et_given), rng.choice(self.et_family), None, c


NAMES = None


def names():
    global NAMES
    if NAMES is None:
        NAMES = Names()
    return NAMES


def ascii_fold(s):
    tbl = str.maketrans({"ä": "a", "ö": "o", "õ": "o", "ü": "u", "š": "s", "ž": "z", "Ä": "A", "Ö": "O",
                         "Õ": "O", "Ü": "U", "Š": "S", "Ž": "Z"})
    return s.translate(tbl)


def person(rng, joined=False):
    g, f, script, c = names().pick(rng)
    if joined:
        g2, f2 = ascii_fold(g), ascii_fold(f)
        style = rng.choice(["snake", "camel", "pascal", "kebab", "screaming"])
        if style == "snake":
            v = f"{g2.lower()}_{f2.lower()}"
        elif style == "camel":
            v = g2.lower() + f2
        elif style == "pascal":
            v = g2 + f2
        elif style == "kebab":
            v = f"{g2.lower()}-{f2.lower()}"
        else:
            v = f"{f2.upper()}_{g2.upper()}"
        return v, f"name_{style}_joined", True
    forms = ["natural", "family_comma", "upper_family"] + (["script"] if script else [])
    form = rng.choice(forms)
    if form == "natural":
        return f"{g} {f}", f"name_natural_{c}", True
    if form == "family_comma":
        return f"{f.upper()}, {g}", f"name_family_comma_{c}", True
    if form == "upper_family":
        return f"{g} {f.upper()}", f"name_upper_family_{c}", True
    return script, f"name_script_{c}", True


# ---------------------------------------------------------------- dates of birth (cue only)
KA_MONTHS = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
             "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
ET_MONTHS = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
             "oktoober", "november", "detsember"]
GED_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _ymd(rng):
    y = rng.randint(1931, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def dob(rng, joined=False):
    y, m, d = _ymd(rng)
    if joined:
        if rng.random() < 0.5:
            return f"{y}{m:02d}{d:02d}", "dob_yyyymmdd_joined", False
        return f"{y}_{m:02d}_{d:02d}", "dob_yyyy_mm_dd_joined", False
    form = rng.choice(["ka", "mn", "et", "gedcom", "iso", "dotted", "basic"])
    if form == "ka":
        return f"{d} {KA_MONTHS[m - 1]} {y}", "dob_georgian", False
    if form == "mn":
        return f"{y} оны {m} сарын {d}", "dob_mongolian", False
    if form == "et":
        return f"{d}. {ET_MONTHS[m - 1]} {y}", "dob_estonian", False
    if form == "gedcom":
        return f"{d} {GED_MONTHS[m - 1]} {y}", "dob_gedcom", False
    if form == "iso":
        return f"{y}-{m:02d}-{d:02d}", "dob_iso", False
    if form == "dotted":
        return f"{d:02d}.{m:02d}.{y}", "dob_dd_mm_yyyy_dotted", False
    return f"{y}{m:02d}{d:02d}", "dob_iso_basic", False


# ---------------------------------------------------------------- SSN
def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})[-_ ]?(\d{2})[-_ ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
        return False
    return s not in ("078-05-1120", "219-09-9999") and not (a == "987" and g == "65")


def ssn(rng, joined=False):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        v = (f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
        if ssn_valid("-".join(v)):
            break
    if joined:
        return "_".join(v), "ssn_underscore_joined", False
    form = rng.choice(["dashed", "dashed", "spaced", "plain"])
    if form == "dashed":
        return "-".join(v), "ssn_dashed", True
    if form == "spaced":
        return " ".join(v), "ssn_spaced", False
    return "".join(v), "ssn_plain", False


# ---------------------------------------------------------------- Luhn / check digits
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


def isikukood_check(code10):
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(a) * b for a, b in zip(code10, w1)) % 11
    if r == 10:
        r = sum(int(a) * b for a, b in zip(code10, w2)) % 11
        if r == 10:
            r = 0
    return str(r)


def isikukood_ok(s):
    return bool(re.fullmatch(r"[1-6]\d{10}", s)) and isikukood_check(s[:10]) == s[10]


def mod11_mrn_ok(s):
    # 8 digits: weights 8..2 over the first 7, check = (11 - sum % 11) % 11, 10 not allowed
    if not re.fullmatch(r"\d{8}", s):
        return False
    c = (11 - sum(int(a) * w for a, w in zip(s[:7], range(8, 1, -1))) % 11) % 11
    return c < 10 and str(c) == s[7]


# ---------------------------------------------------------------- MRN (cue only)
MRN_SITES = ["TBS", "ULN", "TLN", "KUT", "DRH", "ERD", "PRN"]


def mrn(rng, joined=False):
    form = rng.choice(["site", "mod11", "mr9", "casehist", "luhn10"]) if not joined else rng.choice(["site", "mod11"])
    if form == "site":
        v = f"{rng.choice(MRN_SITES)}-{rng.randint(0, 9999999):07d}"
        return (v.replace("-", "") if joined else v), "mrn_site_prefix" + ("_joined" if joined else ""), False
    if form == "mod11":
        while True:
            b = f"{rng.randint(0, 9999999):07d}"
            c = (11 - sum(int(a) * w for a, w in zip(b, range(8, 1, -1))) % 11) % 11
            if c < 10:
                return b + str(c), "mrn_8digit_mod11" + ("_joined" if joined else ""), False
    if form == "mr9":
        return f"MR{rng.randint(100000000, 999999999)}", "mrn_mr_9digit", False
    if form == "casehist":
        return f"{rng.randint(1, 99999):05d}/{rng.randint(15, 25):02d}", "mrn_case_history", False
    return luhn_complete(str(rng.randint(100000000, 999999999))), "mrn_10digit_luhn", False


# ---------------------------------------------------------------- health plan ids
MBI_LETTERS = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    C, A, N, AN = "123456789", "".join(MBI_LETTERS), "0123456789", "".join(MBI_LETTERS) + "0123456789"
    rules = [C, A, AN, N, A, AN, N, A, A, N, N]
    return all(ch in r for ch, r in zip(s, rules))


def health_plan(rng, joined=False):
    form = "mbi" if joined else rng.choice(["mbi", "mbi_dashed", "isikukood", "mn_register", "payer"])
    if form in ("mbi", "mbi_dashed"):
        C, A, N = "123456789", MBI_LETTERS, "0123456789"
        AN = MBI_LETTERS + list(N)
        s = (rng.choice(C) + rng.choice(A) + rng.choice(AN) + rng.choice(N) + rng.choice(A) + rng.choice(AN)
             + rng.choice(N) + rng.choice(A) + rng.choice(A) + rng.choice(N) + rng.choice(N))
        if form == "mbi_dashed":
            return f"{s[:4]}-{s[4:7]}-{s[7:]}", "mbi_dashed", True
        return s, "mbi_plain" + ("_joined" if joined else ""), True
    if form == "isikukood":
        y, m, d = _ymd(rng)
        century = {19: (3, 4), 20: (5, 6)}[y // 100]
        b = f"{rng.choice(century)}{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        return b + isikukood_check(b), "ee_isikukood_haigekassa", False
    if form == "mn_register":
        y, m, d = _ymd(rng)
        letters = "АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"
        mm = m + 20 if y >= 2000 else m
        return (f"{rng.choice(letters)}{rng.choice(letters)}{y % 100:02d}{mm:02d}{d:02d}{rng.randint(0, 99):02d}",
                "mn_register_emd", False)
    pref = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    return f"{pref}{rng.randint(100000000, 999999999)}01", "payer_member_id", False


# ---------------------------------------------------------------- phones
US_CITIES = [  # area code, city, state, USPS 3-digit ZIP prefix
    ("769", "Jackson", "MS", "392"), ("724", "Washington", "PA", "153"), ("610", "Allentown", "PA", "181"),
    ("681", "Charleston", "WV", "253"), ("762", "Augusta", "GA", "309"), ("820", "Santa Barbara", "CA", "931"),
    ("657", "Anaheim", "CA", "928"), ("747", "Burbank", "CA", "915"), ("743", "Greensboro", "NC", "274")]
MOBILE_REGIONS = ["BT", "PG", "MV", "SC", "MR", "GY", "SR", "PY", "BO", "EC", "XK"]


def _us_number(rng):
    while True:
        npa, city, st, zp = rng.choice(US_CITIES)
        nxx = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        line = f"{rng.randint(0, 9999):04d}"
        if nxx == "555" or nxx[1:] == "11":
            continue
        num = phonenumbers.parse(f"+1{npa}{nxx}{line}")
        if phonenumbers.is_valid_number(num):
            return npa, nxx, line


def phone_ok(s, region=None):
    try:
        n = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    nat = str(n.national_number)
    if n.country_code == 1 and nat[3:6] == "555" and nat[6:8] == "01":
        return False
    return phonenumbers.is_valid_number(n)


def phone(rng, joined=False):
    if joined:
        npa, nxx, line = _us_number(rng)
        return f"1{npa}{nxx}{line}", "phone_us_digits_joined", False
    if rng.random() < 0.5:
        npa, nxx, line = _us_number(rng)
        form = rng.choice(["paren", "e164", "plus_dashed", "dotted", "dashed"])
        if form == "paren":
            return f"({npa}) {nxx}-{line}", "phone_us_paren", True
        if form == "e164":
            return f"+1{npa}{nxx}{line}", "phone_us_e164", True
        if form == "plus_dashed":
            return f"+1-{npa}-{nxx}-{line}", "phone_us_plus_dashed", True
        if form == "dotted":
            return f"{npa}.{nxx}.{line}", "phone_us_dotted", False
        return f"{npa}-{nxx}-{line}", "phone_us_dashed", False
    region = rng.choice(MOBILE_REGIONS)
    ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nat) - 5)
        cand = nat[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nat) - keep))
        if cand == nat:
            continue
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            if rng.random() < 0.7:
                return (phonenumbers.format_number(n, PhoneNumberFormat.INTERNATIONAL),
                        f"phone_mobile_{region}_intl", True)
            return (phonenumbers.format_number(n, PhoneNumberFormat.NATIONAL),
                    f"phone_mobile_{region}_national", False)
    raise RuntimeError(region)


# ---------------------------------------------------------------- e-mail
EMAIL_DOMAINS = ["hot.ee", "online.ee", "mailfence.com", "magicnet.mn", "mobinet.mn", "silknet.com",
                 "posta.ge", "hotmail.ee", "gmx.ee", "zohomail.eu"]


def email(rng, joined=False):
    g, f, _, _ = names().pick(rng)
    g, f = ascii_fold(g).lower(), ascii_fold(f).lower()
    local = rng.choice([f"{g}.{f}", f"{g}{f[0]}", f"{g[0]}{f}", f"{g}_{f}{rng.randint(1, 99)}", f"{f}.{g}{rng.randint(60, 99)}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}", "email_name_local", True


# ---------------------------------------------------------------- addresses and ZIPs
US_STREETS = ["Orchard Ridge", "Sycamore", "Juniper Hollow", "Catawba", "Monongahela", "Lehigh", "Savannah River",
              "Cabrillo", "Magnolia Bend", "Tuscarora", "Piedmont", "Kanawha"]
US_SUFFIX = ["Hwy", "Pkwy", "Cres", "Brg", "Gdn", "Grn", "Hl", "Mtn", "Sta", "Vl", "Est", "Shl"]
TBILISI = [("ილია ჭავჭავაძის გამზ.", "Ilia Chavchavadze Ave"), ("პეკინის გამზ.", "Pekini Ave"),
           ("შოთა რუსთაველის გამზ.", "Shota Rustaveli Ave"), ("ვაჟა-ფშაველას გამზ.", "Vazha-Pshavela Ave")]
UB = ["Энхтайвны өргөн чөлөө", "Сөүлийн гудамж", "Чингисийн өргөн чөлөө", "Их тойруу"]
UB_DISTRICT = ["Сүхбаатар дүүрэг", "Чингэлтэй дүүрэг", "Баянзүрх дүүрэг", "Хан-Уул дүүрэг"]
TALLINN = [("Pärnu mnt", "10141"), ("Narva mnt", "10120"), ("Tartu mnt", "10115"), ("Laki tn", "12915"),
           ("Mustamäe tee", "10616"), ("Sõpruse pst", "13413")]


def zip_for(prefix, rng, plus4=False):
    z = f"{prefix}{rng.randint(1, 99):02d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if plus4 else z


def address(rng, joined=False):
    form = rng.choice(["us_full", "us_full", "us_line", "ka", "ka_latn", "mn", "et"])
    if form in ("us_full", "us_line"):
        npa, city, st, zp = rng.choice(US_CITIES)
        line = f"{rng.randint(10, 9899)} {rng.choice(US_STREETS)} {rng.choice(US_SUFFIX)}"
        if rng.random() < 0.4:
            line += f" {rng.choice(['Apt', 'Unit', 'Ste', 'Rm'])} {rng.randint(1, 40)}"
        if form == "us_line":
            return line, "address_us_line", False
        return f"{line}, {city}, {st} {zip_for(zp, rng, rng.random() < 0.3)}", "address_us_full", True
    if form == "ka":
        st, _ = rng.choice(TBILISI)
        return f"{st} {rng.randint(1, 140)}, ბინა {rng.randint(1, 90)}, თბილისი 01{rng.randint(60, 99)}", "address_tbilisi_script", True
    if form == "ka_latn":
        _, st = rng.choice(TBILISI)
        return f"{rng.randint(1, 140)} {st}, apt {rng.randint(1, 90)}, Tbilisi 01{rng.randint(60, 99)}, Georgia", "address_tbilisi_latin", True
    if form == "mn":
        return (f"Улаанбаатар, {rng.choice(UB_DISTRICT)}, {rng.randint(1, 20)}-р хороо, {rng.choice(UB)} "
                f"{rng.randint(1, 90)}, {rng.randint(1, 120)} тоот"), "address_ulaanbaatar", True
    st, pc = rng.choice(TALLINN)
    return f"{st} {rng.randint(1, 150)}-{rng.randint(1, 80)}, {pc} Tallinn", "address_tallinn", True


def zipcode(rng, joined=False):
    npa, city, st, zp = rng.choice(US_CITIES)
    if joined:
        return zip_for(zp, rng), "zip5_joined", False
    if rng.random() < 0.5:
        return zip_for(zp, rng), "zip5", False
    return zip_for(zp, rng, True), "zip_plus4", False


# ---------------------------------------------------------------- accounts
IBAN_SPEC = {  # ISO 13616 registry: total length, BBAN pattern (n digits, a upper letters, c alphanumerics)
    "GE": (22, "2a16n"), "LV": (21, "4a13c"), "LT": (20, "5n11n"), "HR": (21, "7n10n"), "BG": (22, "4a4n2n8c"),
    "SI": (19, "5n8n2n"), "KZ": (20, "3n13c"), "BA": (20, "3n3n8n2n"), "XK": (20, "4n10n2n"),
    "AL": (28, "8n16c"), "GI": (23, "4a15c"), "ME": (22, "3n13n2n")}


def iban_mod97(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _bban(rng, spec):
    out = ""
    for n, t in re.findall(r"(\d+)([nac])", spec):
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[t]
        out += "".join(rng.choice(pool) for _ in range(int(n)))
    return out


def iban_ok(s):
    c = s.replace(" ", "")
    cc = c[:2]
    if cc not in IBAN_SPEC or len(c) != IBAN_SPEC[cc][0] or not iban_mod97(c):
        return False
    rx = "".join({"n": r"\d", "a": "[A-Z]", "c": "[0-9A-Z]"}[t] + "{%s}" % n for n, t in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc][1]))
    return re.fullmatch(rx, c[4:]) is not None


def account(rng, joined=False):
    form = "iban" if joined else rng.choice(["iban", "iban", "iban_grouped", "carnet", "belcard"])
    if form.startswith("iban"):
        cc = rng.choice(sorted(IBAN_SPEC))
        bban = _bban(rng, IBAN_SPEC[cc][1])
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        iban = f"{cc}{98 - num % 97:02d}{bban}"
        if form == "iban_grouped":
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), f"iban_{cc}_grouped", True
        return iban, f"iban_{cc}" + ("_joined" if joined else ""), True
    if form == "carnet":  # Carnet (Mexico) IIN 506199
        n = luhn_complete("506199" + "".join(rng.choice(string.digits) for _ in range(9)))
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)), "card_carnet_grouped", True
    n = luhn_complete("9112" + "".join(rng.choice(string.digits) for _ in range(11)))  # BelCard (Belarus) 9112
    return n, "card_belcard_plain", False


# ---------------------------------------------------------------- driving licences (cue only)
def licence(rng, joined=False):
    form = rng.choice(["NH", "IA", "ND", "KS", "VT", "OK"])
    U, D = string.ascii_uppercase, string.digits
    r = lambda pool, k: "".join(rng.choice(pool) for _ in range(k))
    v = {"NH": r(D, 2) + r(U, 3) + r(D, 5), "IA": r(D, 3) + r(U, 2) + r(D, 4), "ND": r(U, 3) + r(D, 6),
         "KS": "K" + r(D, 8), "VT": r(D, 7) + "A", "OK": r(U, 1) + r(D, 9)}[form]
    return v, f"dl_{form}" + ("_joined" if joined else ""), False


LICENCE_RX = {"NH": r"\d{2}[A-Z]{3}\d{5}", "IA": r"\d{3}[A-Z]{2}\d{4}", "ND": r"[A-Z]{3}\d{6}", "KS": r"K\d{8}",
              "VT": r"\d{7}A", "OK": r"[A-Z]\d{9}"}


# ---------------------------------------------------------------- devices
def gtin_check(d13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d13)))
    return str((10 - s % 10) % 10)


def gtin_ok(g14):
    return re.fullmatch(r"\d{14}", g14) is not None and gtin_check(g14[:13]) == g14[13]


MAC_OUIS = ["00:12:4B", "3C:5A:B4", "F4:F5:D8", "00:1B:63", "AC:BC:32", "D8:A0:1D"]


def device(rng, joined=False):
    form = rng.choice(["mac", "mac_dash"]) if joined else rng.choice(["udi", "imei", "eui64", "mac", "mac_dash", "pump_sn"])
    tail = [rng.randint(0, 255) for _ in range(3)]
    if form in ("mac", "mac_dash"):
        oui = rng.choice(MAC_OUIS)
        if joined:
            return oui.replace(":", "") + "".join(f"{b:02X}" for b in tail), "mac_bare_joined", True
        v = oui + ":" + ":".join(f"{b:02X}" for b in tail)
        return (v.lower(), "mac_colon_lower", True) if form == "mac" else (v.replace(":", "-"), "mac_dash_upper", True)
    if form == "udi":
        g = "0" + "".join(rng.choice(string.digits) for _ in range(12))
        g += gtin_check(g)
        y, m, d = rng.randint(26, 29), rng.randint(1, 12), rng.randint(1, 28)
        sn = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
        return f"(01){g}(17){y:02d}{m:02d}{d:02d}(21){sn}", "gs1_udi_serial", True
    if form == "imei":
        tac = rng.choice(["35", "86", "01", "99"]) + "".join(rng.choice(string.digits) for _ in range(6))
        return luhn_complete(tac + "".join(rng.choice(string.digits) for _ in range(6))), "imei_luhn", False
    if form == "eui64":
        oui = rng.choice(MAC_OUIS).split(":")
        return "-".join(oui + ["FF", "FE"] + [f"{b:02X}" for b in tail]), "eui64_system_id", False
    return f"SN{rng.randint(1000000, 9999999)}{rng.choice('HKLMNP')}", "pump_serial", False


# ---------------------------------------------------------------- VIN (ISO 3779 check digit)
VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMIS = ["JF1", "2G1", "TSM", "VWV", "LJ1", "SCC", "MAJ", "6FP", "93H", "7SA", "1GC", "AHT", "MNT"]


def vin_ok(v):
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    c = sum(VIN_VAL[ch] * w for ch, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if c == 10 else str(c))


def vin(rng, joined=False):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(al) for _ in range(5)) + "0" + rng.choice("LMNPRSTVWXY123456") + \
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(rng.choice("0123456789") for _ in range(6))
        c = sum(VIN_VAL[ch] * w for ch, w in zip(v, VIN_W)) % 11
        v = v[:8] + ("X" if c == 10 else str(c)) + v[9:]
        if vin_ok(v) and v != "1" * 17:
            return v, "vin" + ("_joined" if joined else ""), True


# ---------------------------------------------------------------- IP
def ip_ok(s):
    s2 = s
    m = re.fullmatch(r"\[(.+)\]:\d+", s)
    if m:
        s2 = m.group(1)
    else:
        s2 = re.sub(r"(:\d+|/32)$", "", s) if s.count(":") <= 1 else s
    s2 = s2.replace("_", ".")
    try:
        a = ipaddress.ip_address(s2)
    except ValueError:
        return False
    doc4 = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "100.64.0.0/10")]
    if a.version == 4 and any(a in n for n in doc4):
        return False
    if a.version == 6 and a in ipaddress.ip_network("2001:db8::/32"):
        return False
    return a.is_global


IP6_PREFIXES = ["2a02:c68", "2406:3800", "2a00:6980", "2001:7d0", "2a0a:e5c0"]


def ip(rng, joined=False):
    while True:
        if joined or rng.random() < 0.6:
            a = ".".join(str(x) for x in (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
            if not ip_ok(a):
                continue
            if joined:
                return a.replace(".", "_"), "ipv4_underscore_joined", True
            form = rng.choice(["plain", "port", "cidr32"])
            return ({"plain": a, "port": f"{a}:{rng.choice([443, 8443, 3389, 22, 5432])}", "cidr32": a + "/32"}[form],
                    f"ipv4_{form}", True)
        a = rng.choice(IP6_PREFIXES) + ":" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"
        a = str(ipaddress.ip_address(a))
        if ip_ok(a):
            return a, "ipv6", True


# ---------------------------------------------------------------- URL
def url(rng, joined=False):
    g, f, _, _ = names().pick(rng)
    g, f = ascii_fold(g).lower(), ascii_fold(f).lower()
    h = rng.choice(["pinterest", "deviantart", "myanimelist", "stackoverflow", "medium", "gitlab", "codepen",
                    "buymeacoffee", "liberapay", "givealittle", "portal"])
    u = f"{g}{f}{rng.randint(1, 99)}"
    v = {"pinterest": f"https://www.pinterest.com/{u}/", "deviantart": f"https://www.deviantart.com/{g}-{f}",
         "myanimelist": f"https://myanimelist.net/profile/{g}_{f}",
         "stackoverflow": f"https://stackoverflow.com/users/{rng.randint(100000, 22000000)}/{g}-{f}",
         "medium": f"https://medium.com/@{g}.{f}", "gitlab": f"https://gitlab.com/{g}.{f}",
         "codepen": f"https://codepen.io/{u}", "buymeacoffee": f"https://buymeacoffee.com/{g}{f}",
         "liberapay": f"https://liberapay.com/{g}_{f}/",
         "givealittle": f"https://givealittle.co.nz/cause/help-{g}-{f}-recover",
         "portal": None}[h]
    if v is None:
        y, m, d = _ymd(rng)
        v = f"https://myhealth.valleyclinic-portal.org/records?first={g}&last={f}&dob={y}-{m:02d}-{d:02d}"
    return v, f"url_{h}", True


# ---------------------------------------------------------------- secrets
def _rs(rng, pool, k):
    return "".join(rng.choice(pool) for _ in range(k))


LOW = string.ascii_lowercase
ALNUM_L = string.ascii_lowercase + string.digits
MIXED = string.ascii_letters


def secret(rng, joined=False):
    kind = rng.choice(["hf", "hf_org", "finnhub", "nytimes", "kraken", "squarespace", "sumo_id", "sumo_token",
                       "privateai", "jfrog_key", "jfrog_identity", "password", "rediss"])
    if kind == "hf":
        return "hf_" + _rs(rng, MIXED, 34), "huggingface-access-token", True
    if kind == "hf_org":
        return "api_org_" + _rs(rng, MIXED, 34), "huggingface-organization-api-token", True
    if kind == "finnhub":
        return "FINNHUB_API_KEY=" + _rs(rng, ALNUM_L, 20), "finnhub-access-token", True
    if kind == "nytimes":
        return "NYTIMES_API_KEY=" + _rs(rng, string.ascii_letters + string.digits, 32), "nytimes-access-token", True
    if kind == "kraken":
        return "KRAKEN_API_SECRET=" + _rs(rng, string.ascii_letters + string.digits + "/+", 86) + "==", "kraken-access-token", True
    if kind == "squarespace":
        h = lambda k: _rs(rng, "0123456789abcdef", k)
        return f"SQUARESPACE_API_KEY={h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}", "squarespace-access-token", True
    if kind == "sumo_id":
        return "SUMO_ACCESS_ID=su" + _rs(rng, string.ascii_letters + string.digits, 12), "sumologic-access-id", True
    if kind == "sumo_token":
        return "SUMO_ACCESS_KEY=" + _rs(rng, string.ascii_letters + string.digits, 64), "sumologic-access-token", True
    if kind == "privateai":
        return "PRIVATE_AI_API_KEY=" + _rs(rng, ALNUM_L, 32), "privateai-api-token", True
    if kind == "jfrog_key":
        return "JFROG_API_KEY=" + _rs(rng, ALNUM_L, 73), "jfrog-api-key", True
    if kind == "jfrog_identity":
        return "ARTIFACTORY_IDENTITY_TOKEN=" + _rs(rng, ALNUM_L, 64), "jfrog-identity-token", True
    if kind == "password":
        w = rng.choice(["Tbilisi", "Darkhan", "Tartu", "Kutaisi", "Erdenet", "Parnu"])
        return f"{w}{rng.randint(10, 99)}!{_rs(rng, MIXED, 3)}{rng.choice('#$%&')}", "password_bare", False
    return (f"rediss://default:{_rs(rng, string.ascii_letters + string.digits, 20)}@cache-{rng.randint(10, 99)}."
            f"{rng.choice(['redis-cloud.com', 'upstash.io'])}:6380/0"), "rediss_url_with_password", True


def gitleaks_rules():
    return {r["id"]: r for r in _load("rules/gitleaks.subset.json")}


def go_regex(rx):
    flags = 0
    if "(?i)" in rx:
        rx = rx.replace("(?i)", "")
        flags = re.I
    return re.compile(rx.replace(r"\z", r"\Z"), flags)


GENERATORS = {"PERSON": person, "DATE_OF_BIRTH": dob, "US_SSN": ssn, "MRN": mrn, "HEALTH_PLAN_ID": health_plan,
              "PHONE_NUMBER": phone, "EMAIL_ADDRESS": email, "STREET_ADDRESS": address, "ZIP_CODE": zipcode,
              "ACCOUNT_NUMBER": account, "LICENSE_NUMBER": licence, "DEVICE_ID": device, "VEHICLE_ID": vin,
              "IP_ADDRESS": ip, "URL": url, "SECRET": secret}


def validate(category, value, kind):
    """True if a positive value passes its published format rule."""
    if category == "US_SSN":
        return ssn_valid(value)
    if category == "PHONE_NUMBER":
        if kind == "phone_us_digits_joined":
            return phone_ok("+" + value)
        if kind.endswith("_national"):
            return phone_ok(value, kind.split("_")[2])
        if kind in ("phone_us_dotted", "phone_us_dashed"):
            return phone_ok(value, "US")
        return phone_ok(value, "US")
    if category == "ACCOUNT_NUMBER":
        if kind.startswith("iban"):
            return iban_ok(value)
        d = value.replace(" ", "")
        return luhn_ok(d) and (d.startswith("506199") or d.startswith("9112"))
    if category == "VEHICLE_ID":
        return vin_ok(value)
    if category == "IP_ADDRESS":
        return ip_ok(value)
    if category == "HEALTH_PLAN_ID":
        if kind.startswith("mbi"):
            return mbi_ok(value)
        if kind == "ee_isikukood_haigekassa":
            return isikukood_ok(value)
        if kind == "mn_register_emd":
            return re.fullmatch(r"[А-ЯӨҮ]{2}\d{8}", value) is not None
        return re.fullmatch(r"[A-Z]{3}\d{9}01", value) is not None
    if category == "DEVICE_ID":
        if kind.startswith("mac"):
            h = re.sub(r"[^0-9A-Fa-f]", "", value)
            return len(h) == 12 and int(h[:2], 16) & 1 == 0 and h[:6].upper() in {o.replace(":", "") for o in MAC_OUIS}
        if kind == "imei_luhn":
            return re.fullmatch(r"\d{15}", value) is not None and luhn_ok(value)
        if kind == "gs1_udi_serial":
            m = re.fullmatch(r"\(01\)(\d{14})\(17\)\d{6}\(21\)[0-9A-Z]{1,20}", value)
            return bool(m) and gtin_ok(m.group(1))
        if kind == "eui64_system_id":
            return re.fullmatch(r"([0-9A-F]{2}-){3}FF-FE(-[0-9A-F]{2}){3}", value) is not None
        return re.fullmatch(r"SN\d{7}[A-Z]", value) is not None
    if category == "MRN":
        if kind.startswith("mrn_8digit_mod11"):
            return mod11_mrn_ok(value)
        if kind == "mrn_10digit_luhn":
            return len(value) == 10 and luhn_ok(value)
        return len(value) >= 6
    if category == "LICENSE_NUMBER":
        st = kind.split("_")[1]
        return re.fullmatch(LICENCE_RX[st], value) is not None
    if category == "ZIP_CODE":
        return re.fullmatch(r"\d{5}(-\d{4})?", value) is not None and value[:3] in {c[3] for c in US_CITIES}
    if category == "EMAIL_ADDRESS":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", value) is not None and value.split("@")[1] in EMAIL_DOMAINS
    if category == "SECRET":
        if kind in ("password_bare", "rediss_url_with_password"):
            return len(value) >= 10
        r = gitleaks_rules()[kind]
        return go_regex(r["regex"]).search(value + "\n") is not None
    if category == "DATE_OF_BIRTH":
        return re.search(r"(19[3-9]\d|20[01]\d)", value) is not None
    return bool(value)
