"""Value generators for the eleventh set, built from published format rules, with validators.

Every generator takes a random.Random and returns a dict:
  value  - the text planted (as it appears in the string)
  kind   - the format name used in labels.jsonl
  alone  - True when the value may stand without a cue (policy: "values that cannot stand alone on
           shape are never no_cue")
  joined - an ASCII form usable inside a key / tool name / file name, or None
Stdlib + phonenumbers only.
"""
import datetime
import ipaddress
import os
import re
import string
import unicodedata

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = os.path.join(HERE, "sources", "names")

# ---------------------------------------------------------------- names
# Latin-script names that are ordinary English words (or too word-like) are dropped.
WORDLIKE = set("""
adam amber angel arch art bal bank bhat bold brook buck chance charity dawn day dean eve faith fern grace
hope ivy jan jay jewel joy june lane lily mark may mercy meadow moon ray rich rose ruby sage star summer
sunny una van vera violet will king love may nil dora rita ella anja iva eva ana alina irina albert
anand mala neha roma sona tara aria avi kanya asha raja rani ram das babu kumar kumari jain holla bal
gatty kaur
""".split())


def _ascii(s):
    s = s.replace("đ", "dj").replace("Đ", "Dj").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _read(fn):
    with open(os.path.join(NAMES, fn), encoding="utf-8") as f:
        return [ln.strip() for ln in f if ln.strip()]


def _clean_latin(lst):
    out = []
    for n in lst:
        if " " in n or len(n) < 3 or n.lower() in WORDLIKE or not re.fullmatch(r"[A-Za-zÀ-žĐđ'\-]+", n):
            continue
        out.append(n)
    return sorted(set(out))


def _clean_script(lst, script_re):
    return sorted(set(n for n in lst if re.fullmatch(script_re, n) and len(n) >= 2))


def load_names():
    pools = {}
    for nat in ("UA", "RS", "IN"):
        pools[nat] = {
            "m": _clean_latin(_read(f"randomuser.{nat}.male_first.txt")),
            "f": _clean_latin(_read(f"randomuser.{nat}.female_first.txt")),
            "last": _clean_latin(_read(f"randomuser.{nat}.last.txt")),
            "script": "latin",
        }
    # Persian: given names may be compound (two words, e.g. "فاطمه زهرا"); surnames may be two words
    fa = r"[\u0600-\u06FF\u200c ]+"
    pools["IR"] = {"m": _clean_script(_read("randomuser.IR.male_first.txt"), fa),
                   "f": _clean_script(_read("randomuser.IR.female_first.txt"), fa),
                   "last": _clean_script(_read("randomuser.IR.last.txt"), fa), "script": "arabic"}
    th = r"[\u0E00-\u0E7F]+"
    pools["TH"] = {"m": _clean_script(_read("thai.male_names_th.txt"), th),
                   "f": _clean_script(_read("thai.female_names_th.txt"), th),
                   "last": _clean_script(_read("thai.family_names_th.txt"), th), "script": "thai"}
    return pools


POOLS = None


def pools():
    global POOLS
    if POOLS is None:
        POOLS = load_names()
    return POOLS


def pick_person(rng, nat=None, latin_only=False):
    P = pools()
    if nat is None:
        nats = ["UA", "RS", "IN"] if latin_only else ["UA", "RS", "IN", "IR", "TH"]
        nat = rng.choice(nats)
    p = P[nat]
    sex = rng.choice("mf")
    given = rng.choice(p[sex])
    given2 = rng.choice(p[sex])
    while given2 == given:
        given2 = rng.choice(p[sex])
    fam = rng.choice(p["last"])
    if nat == "RS" and sex == "f":
        pass  # Serbian surnames are not gendered
    if nat == "UA" and sex == "f":
        # Ukrainian adjectival surnames take the feminine ending (-skiy -> -ska, -ckiy -> -cka)
        fam = re.sub(r"(s|c|z)kiy$", r"\1ka", fam)
        fam = re.sub(r"iy$", "a", fam) if fam.endswith("skiy") else fam
    return {"nat": nat, "sex": sex, "given": given, "given2": given2, "family": fam, "script": p["script"]}


def _slug(s):
    return re.sub(r"[^a-z0-9]+", "_", _ascii(s).lower()).strip("_")


def person(rng, fmt=None, latin_only=False):
    fmts = ["natural", "two_given", "family_comma", "icao_mrz", "aamva_daa", "upper", "lower", "native_script"]
    fmt = fmt or rng.choice(fmts)
    if fmt.startswith("native_script"):
        nat = {"native_script_fa": "IR", "native_script_th": "TH"}.get(fmt) or rng.choice(["IR", "TH"])
        p = pick_person(rng, nat=nat)
        if p["nat"] == "TH" and rng.random() < 0.4:
            title = "นาย" if p["sex"] == "m" else "นางสาว"
            v = f"{title}{p['given']} {p['family']}"
            kind = "thai_with_title"
        else:
            v = f"{p['given']} {p['family']}"
            kind = "persian_script" if p["nat"] == "IR" else "thai_script"
        return {"value": v, "kind": kind, "alone": True, "joined": None, "parts": p}
    p = pick_person(rng, latin_only=True)
    g, g2, f = p["given"], p["given2"], p["family"]
    if fmt == "natural":
        v = f"{g} {f}"
    elif fmt == "two_given":
        v = f"{g} {g2} {f}"
    elif fmt == "family_comma":
        v = f"{f.upper()}, {g}"
    elif fmt == "icao_mrz":
        v = f"{_ascii(f).upper().replace('-', '<')}<<{_ascii(g).upper()}<{_ascii(g2).upper()}"
    elif fmt == "aamva_daa":
        v = f"{_ascii(f).upper()},{_ascii(g).upper()},{_ascii(g2).upper()}"
    elif fmt == "upper":
        v = f"{g} {f}".upper()
    else:
        v = f"{g} {f}".lower()
    return {"value": v, "kind": f"person_{fmt}", "alone": True, "joined": None, "parts": p}


def person_joined(rng, style=None):
    p = pick_person(rng, latin_only=True)
    g, f = _ascii(p["given"]), _ascii(p["family"])
    g, f = re.sub(r"[^A-Za-z]", "", g), re.sub(r"[^A-Za-z]", "", f)
    style = style or rng.choice(["snake", "camel", "pascal", "kebab", "screaming_family_given", "dot"])
    v = {"snake": f"{g.lower()}_{f.lower()}", "camel": f"{g.lower()}{f.capitalize()}",
         "pascal": f"{g.capitalize()}{f.capitalize()}", "kebab": f"{g.lower()}-{f.lower()}",
         "screaming_family_given": f"{f.upper()}_{g.upper()}", "dot": f"{g.lower()}.{f.lower()}"}[style]
    return {"value": v, "kind": f"person_{style}_joined", "alone": True, "joined": v, "parts": p}


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "vi": None,
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta".split(),
    "uk": "sichnia liutoho bereznia kvitnia travnia chervnia lypnia serpnia veresnia zhovtnia lystopada hrudnia".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def gregorian_to_jalali(gy, gm, gd):
    """Solar Hijri (Jalali) date of a Gregorian date (the widely published arithmetic algorithm)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + (days // 31), 1 + (days % 31)
    else:
        jm, jd = 7 + ((days - 186) // 30), 1 + ((days - 186) % 30)
    return jy, jm, jd


def rand_birthdate(rng):
    start = datetime.date(1931, 1, 1).toordinal()
    end = datetime.date(2008, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def dob(rng, fmt=None):
    d = rand_birthdate(rng)
    fmts = ["aamva_us_mmddccyy", "aamva_ca_ccyymmdd", "vi_long", "th_buddhist_era", "ro_long", "fi_long",
            "uk_romanised", "ms_long", "fa_jalali", "iso"]
    fmt = fmt or rng.choice(fmts)
    if fmt == "aamva_us_mmddccyy":
        v = d.strftime("%m%d%Y")
    elif fmt == "aamva_ca_ccyymmdd":
        v = d.strftime("%Y%m%d")
    elif fmt == "vi_long":
        v = f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    elif fmt == "th_buddhist_era":
        v = f"{d.day} {MONTHS['th'][d.month - 1]} {d.year + 543}"
    elif fmt == "ro_long":
        v = f"{d.day} {MONTHS['ro'][d.month - 1]} {d.year}"
    elif fmt == "fi_long":
        v = f"{d.day}. {MONTHS['fi'][d.month - 1]} {d.year}"
    elif fmt == "uk_romanised":
        v = f"{d.day} {MONTHS['uk'][d.month - 1]} {d.year} r."
    elif fmt == "ms_long":
        v = f"{d.day} {MONTHS['ms'][d.month - 1]} {d.year}"
    elif fmt == "fa_jalali":
        jy, jm, jd = gregorian_to_jalali(d.year, d.month, d.day)
        v = f"{jy}/{jm:02d}/{jd:02d}"
    else:
        v = d.isoformat()
    return {"value": v, "kind": f"dob_{fmt}", "alone": False, "joined": None, "date": d.isoformat()}


def dob_joined(rng):
    d = rand_birthdate(rng)
    style = rng.choice(["%Y%m%d", "%Y_%m_%d", "%m%d%Y"])
    v = d.strftime(style)
    return {"value": v, "kind": {"%Y%m%d": "dob_yyyymmdd_joined", "%Y_%m_%d": "dob_yyyy_mm_dd_joined",
                                 "%m%d%Y": "dob_mmddyyyy_joined"}[style], "alone": False, "joined": v,
            "date": d.isoformat()}


# ---------------------------------------------------------------- SSN
def _ssn_parts(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        if (a, g, s) in ((78, 5, 1120), (219, 9, 9999)):
            continue
        return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def ssn(rng, fmt=None):
    a, g, s = _ssn_parts(rng)
    fmt = fmt or rng.choice(["dashed", "spaced", "plain", "dashed"])
    v = {"dashed": f"{a}-{g}-{s}", "spaced": f"{a} {g} {s}", "plain": f"{a}{g}{s}"}[fmt]
    return {"value": v, "kind": f"ssn_{fmt}", "alone": fmt == "dashed", "joined": f"{a}_{g}_{s}"}


def valid_ssn(v):
    m = re.fullmatch(r"(\d{3})[-_ ]?(\d{2})[-_ ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


# ---------------------------------------------------------------- phones
US_CITIES = [  # area code, city, state, USPS 3-digit ZIP prefix of the city
    ("209", "Stockton", "CA", "952"), ("276", "Bristol", "VA", "242"), ("352", "Gainesville", "FL", "326"),
    ("409", "Beaumont", "TX", "777"), ("434", "Charlottesville", "VA", "229"), ("608", "Madison", "WI", "537"),
    ("618", "Carbondale", "IL", "629"), ("785", "Topeka", "KS", "666"), ("806", "Lubbock", "TX", "794"),
    ("830", "New Braunfels", "TX", "781"), ("940", "Denton", "TX", "762"), ("985", "Houma", "LA", "703"),
    ("361", "Corpus Christi", "TX", "784"), ("559", "Fresno", "CA", "937"), ("757", "Norfolk", "VA", "235"),
]
MOBILE_REGIONS = ["IR", "LA", "MM", "BN", "MU", "NA", "BW", "ZW", "CM", "DZ", "IQ", "BY", "ME", "KG", "FJ"]


def _us_number(rng):
    npa = rng.choice(US_CITIES)[0]
    while True:
        nxx = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if nxx[1:] == "11" or nxx == "555" or nxx == "950" or nxx == "958" or nxx == "959":
            continue
        line = f"{rng.randint(0, 9999):04d}"
        n = phonenumbers.parse(f"+1{npa}{nxx}{line}")
        if phonenumbers.is_valid_number(n):
            return npa, nxx, line


def phone(rng, fmt=None):
    fmts = ["us_paren", "us_e164", "us_plus1_paren", "us_dots", "us_1_spaced", "intl_e164", "intl_international",
            "intl_national"]
    fmt = fmt or rng.choice(fmts)
    if fmt.startswith("us_"):
        npa, nxx, line = _us_number(rng)
        v = {"us_paren": f"({npa}) {nxx}-{line}", "us_e164": f"+1{npa}{nxx}{line}",
             "us_plus1_paren": f"+1 ({npa}) {nxx}-{line}", "us_dots": f"{npa}.{nxx}.{line}",
             "us_1_spaced": f"1 {npa} {nxx} {line}"}[fmt]
        alone = fmt in ("us_paren", "us_e164", "us_plus1_paren")
        return {"value": v, "kind": f"phone_{fmt}", "alone": alone, "joined": f"{npa}{nxx}{line}"}
    region = rng.choice(MOBILE_REGIONS)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(500):
        keep = max(2, len(nsn) - 6)
        cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        if cand == nsn:
            continue
        n = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            break
    else:
        raise RuntimeError(region)
    pf = {"intl_e164": phonenumbers.PhoneNumberFormat.E164,
          "intl_international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
          "intl_national": phonenumbers.PhoneNumberFormat.NATIONAL}[fmt]
    v = phonenumbers.format_number(n, pf)
    return {"value": v, "kind": f"phone_{fmt}_{region.lower()}", "alone": fmt != "intl_national",
            "joined": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)[1:], "region": region}


def valid_phone(v, region=None):
    try:
        if v.startswith("+") or region is None:
            s = v if v.startswith("+") else "+" + v if len(re.sub(r"\D", "", v)) > 10 else "+1" + re.sub(r"\D", "", v)
            n = phonenumbers.parse(s, None)
        else:
            n = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(n):
        return False
    if n.country_code == 1:
        nsn = str(n.national_number)
        if nsn[3:6] == "555" or nsn[4:6] == "11":
            return False
    return True


# ---------------------------------------------------------------- e-mail
EMAIL_DOMAINS = ["meta.ua", "bigmir.net", "eunet.rs", "sbb.rs", "mts.rs", "chmail.ir", "parsonline.net",
                 "rdslink.ro", "clicknet.ro", "saunalahti.fi", "welho.com", "tm.net.my", "streamyx.com",
                 "sancharnet.in", "eth.net", "loxinfo.co.th", "truemail.co.th", "i.ua"]
RESERVED_EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "test", "invalid", "localhost")


def email(rng):
    p = pick_person(rng, latin_only=True)
    g = re.sub(r"[^a-z]", "", _ascii(p["given"]).lower())
    f = re.sub(r"[^a-z]", "", _ascii(p["family"]).lower())
    local = rng.choice([f"{g}.{f}", f"{g}{f[:1]}{rng.randint(10, 99)}", f"{f}.{g[:1]}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(1950, 2005)}"])
    dom = rng.choice(EMAIL_DOMAINS)
    v = f"{local}@{dom}"
    return {"value": v, "kind": "email_" + dom.split(".")[0], "alone": True,
            "joined": v.replace("@", "_at_").replace(".", "_")}


def valid_email(v):
    m = re.fullmatch(r"[a-z0-9._%+-]+@([a-z0-9.-]+\.[a-z]{2,})", v)
    return bool(m) and not any(m.group(1) == d or m.group(1).endswith("." + d) for d in RESERVED_EMAIL_DOMAINS)


# ---------------------------------------------------------------- street addresses / ZIP
SUFFIXES = ["Btm", "Cpe", "Fry", "Inlt", "Lck", "Nck", "Prr", "Radl", "Strm", "Trfy", "Vlg", "Anx", "Bch", "Clb",
            "Crse", "Frst", "Mtwy", "Pne"]
STREETS = ["Pecan", "Cypress", "Magnolia", "Sycamore", "Mesquite", "Live Oak", "Bluebonnet", "Dogwood", "Tupelo",
           "Cottonwood", "Persimmon", "Buckeye", "Sassafras", "Chinaberry", "Hackberry", "Loblolly"]
UNITS = ["Apt", "Unit", "Rm", "Spc", "Lot"]


def zip_code(rng, prefix=None, plus4=None):
    prefix = prefix or rng.choice(US_CITIES)[3]
    z = f"{prefix}{rng.randint(1, 99):02d}"
    if plus4 is None:
        plus4 = rng.random() < 0.5
    if plus4:
        z += f"-{rng.randint(1, 9999):04d}"
    return {"value": z, "kind": "zip_plus4" if plus4 else "zip5", "alone": False, "joined": z.replace("-", "_")}


def street(rng, fmt=None):
    fmts = ["us_full", "us_full", "us_line", "th_script", "ro", "ua_romanised", "my", "rs", "ir_romanised"]
    fmt = fmt or rng.choice(fmts)
    if fmt in ("us_full", "us_line"):
        npa, city, st, pre = rng.choice(US_CITIES)
        line = f"{rng.randint(100, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
        if rng.random() < 0.6:
            line += f" {rng.choice(UNITS)} {rng.randint(1, 40)}"
        if fmt == "us_line":
            return {"value": line, "kind": "street_us_line", "alone": False, "joined": None}
        z = zip_code(rng, pre, plus4=rng.random() < 0.3)["value"]
        return {"value": f"{line}, {city}, {st} {z}", "kind": "street_us_full", "alone": True, "joined": None}
    if fmt == "th_script":
        amphoe = rng.choice([("เมืองเชียงใหม่", "เชียงใหม่", "502"), ("เมืองขอนแก่น", "ขอนแก่น", "400"),
                             ("หาดใหญ่", "สงขลา", "901"), ("เมืองนครราชสีมา", "นครราชสีมา", "300")])
        v = (f"{rng.randint(1, 299)}/{rng.randint(1, 99)} หมู่ {rng.randint(1, 12)} ตำบล{rng.choice(['ช้างเผือก', 'ในเมือง', 'สุเทพ', 'หนองป่าครั่ง'])} "
             f"อำเภอ{amphoe[0]} จังหวัด{amphoe[1]} {amphoe[2]}{rng.randint(0, 99):02d}")
    elif fmt == "ro":
        city = rng.choice([("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500")])
        v = (f"Str. {rng.choice(['Mihai Eminescu', 'Avram Iancu', 'Horea', 'Republicii', 'Lalelelor'])} nr. {rng.randint(1, 120)}, "
             f"bl. {rng.choice('ABCD')}{rng.randint(1, 9)}, sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 60)}, "
             f"{city[1]}{rng.randint(100, 999)} {city[0]}")
    elif fmt == "ua_romanised":
        city = rng.choice([("Lviv", "790"), ("Vinnytsia", "210"), ("Poltava", "360"), ("Chernihiv", "140")])
        v = (f"vul. {rng.choice(['Shevchenka', 'Franka', 'Sadova', 'Hrushevskoho', 'Zelena'])}, bud. {rng.randint(1, 150)}, "
             f"kv. {rng.randint(1, 220)}, {city[0]}, {city[1]}{rng.randint(0, 99):02d}")
    elif fmt == "my":
        v = (f"No. {rng.randint(1, 88)}, Jalan {rng.choice(['SS 2/24', 'Tun Razak', 'Kebun Bunga', 'Sultan Ismail', 'Ipoh'])}, "
             f"{rng.choice(['47300 Petaling Jaya, Selangor', '10150 George Town, Pulau Pinang', '80100 Johor Bahru, Johor'])}")
        v = v.replace("47300", f"473{rng.randint(0, 9)}{rng.randint(0, 9)}")
    elif fmt == "rs":
        v = (f"{rng.choice(['Bulevar kralja Aleksandra', 'Njegoševa', 'Cara Dušana', 'Bulevar oslobođenja'])} "
             f"{rng.randint(1, 200)}, stan {rng.randint(1, 40)}, {rng.choice(['11000 Beograd', '21000 Novi Sad', '18000 Niš'])}")
    else:
        v = (f"{rng.choice(['Tehran', 'Shiraz', 'Isfahan'])}, {rng.choice(['Vali Asr St.', 'Hafez Blvd.', 'Chaharbagh St.'])}, "
             f"Kuche {rng.choice(['Golha', 'Bahar', 'Nastaran'])}, Pelak {rng.randint(1, 90)}, Vahed {rng.randint(1, 20)}, "
             f"Code Posti {rng.randint(1000000000, 9999999999)}")
    return {"value": v, "kind": f"street_{fmt}", "alone": True, "joined": None}


# ---------------------------------------------------------------- MRN
MRN_SITES = ["KFH", "NRH", "TKH", "QEH", "DLH", "MTH", "RVH"]


def mrn(rng, fmt=None):
    fmt = fmt or rng.choice(["thai_hn", "ro_fo", "site_check", "hash7", "bare9", "vi_bv"])
    if fmt == "thai_hn":
        v = f"HN {rng.randint(1, 999999):06d}/{rng.randint(45, 67)}"
    elif fmt == "ro_fo":
        v = f"FO {rng.randint(100, 9999)}/{rng.randint(2012, 2024)}"
    elif fmt == "site_check":
        body = f"{rng.randint(0, 9999999):07d}"
        chk = sum((i + 2) * int(c) for i, c in enumerate(reversed(body))) % 11 % 10
        v = f"{rng.choice(MRN_SITES)}-{body}-{chk}"
    elif fmt == "hash7":
        v = f"#{rng.randint(1000000, 9999999)}"
    elif fmt == "bare9":
        v = f"{rng.randint(100000000, 999999999)}"
    else:
        v = f"BV{rng.randint(2015, 2024)}-{rng.randint(1, 99999):05d}"
    return {"value": v, "kind": f"mrn_{fmt}", "alone": False, "joined": re.sub(r"[^A-Za-z0-9]+", "_", v).strip("_")}


# ---------------------------------------------------------------- health plan ids
MBI_ALPHA = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def mbi(rng, dashed=None):
    a = MBI_ALPHA
    n = string.digits
    an = a + list(n)
    pos = [list("123456789"), a, an, list(n), a, an, list(n), a, a, list(n), list(n)]
    s = "".join(rng.choice(p) for p in pos)
    if dashed is None:
        dashed = rng.random() < 0.5
    v = f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s
    return {"value": v, "kind": "mbi_dashed" if dashed else "mbi", "alone": True, "joined": s}


def valid_mbi(v):
    s = v.replace("-", "")
    if len(s) != 11:
        return False
    A = "[AC-HJKMNP-RT-Y]"
    return re.fullmatch(rf"[1-9]{A}[0-9AC-HJKMNP-RT-Y][0-9]{A}[0-9AC-HJKMNP-RT-Y][0-9]{A}{A}[0-9][0-9]", s) is not None


def health_plan(rng, fmt=None):
    fmt = fmt or rng.choice(["mbi", "mbi_dashed", "philhealth", "vn_bhyt", "openimis_chfid"])
    if fmt in ("mbi", "mbi_dashed"):
        return mbi(rng, dashed=fmt == "mbi_dashed")
    if fmt == "philhealth":
        d = f"{rng.randint(1, 19):02d}{rng.randint(0, 999999999):09d}{rng.randint(0, 9)}"
        v = f"{d[:2]}-{d[2:11]}-{d[11]}"
    elif fmt == "vn_bhyt":
        v = f"{rng.choice(['DN', 'HS', 'GD', 'HT', 'CN', 'TE'])}{rng.randint(1, 5)}{rng.choice(['01', '79', '48', '31', '92'])}{rng.randint(0, 9999999999):010d}"
    else:
        v = f"{rng.randint(100000000, 999999999)}"
    return {"value": v, "kind": f"hp_{fmt}", "alone": False, "joined": re.sub(r"\W+", "_", v)}


# ---------------------------------------------------------------- accounts
IBAN_SPECS = {  # country: (total length, BBAN pattern as (kind, count) groups) per the SWIFT IBAN registry
    "IR": (26, [("n", 22)]), "IQ": (23, [("a", 4), ("n", 15)]), "BY": (28, [("c", 4), ("n", 4), ("c", 16)]),
    "MK": (19, [("n", 3), ("c", 10), ("n", 2)]), "MR": (27, [("n", 23)]), "PS": (29, [("a", 4), ("c", 21)]),
    "ST": (25, [("n", 21)]), "SV": (28, [("a", 4), ("n", 20)]), "VA": (22, [("n", 18)]),
    "GI": (23, [("a", 4), ("c", 15)]), "GT": (28, [("c", 24)]), "LY": (25, [("n", 21)]),
    "OM": (23, [("n", 3), ("c", 16)]),
}


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(sorted(IBAN_SPECS))
    ln, pat = IBAN_SPECS[cc]
    bban = ""
    for k, cnt in pat:
        alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[k]
        if k == "c":
            alpha = string.digits * 3 + string.ascii_uppercase
        bban += "".join(rng.choice(alpha) for _ in range(cnt))
    s = f"{cc}{_iban_check(cc, bban):02d}{bban}"
    assert len(s) == ln
    if grouped is None:
        grouped = rng.random() < 0.5
    v = " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s
    return {"value": v, "kind": f"iban_{cc.lower()}", "alone": True, "joined": s}


def valid_iban(v):
    s = v.replace(" ", "")
    cc = s[:2]
    if cc not in IBAN_SPECS or len(s) != IBAN_SPECS[cc][0]:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1 and s[2:4] not in ("00", "01", "99")


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


CARD_BINS = {  # brand: (BIN prefixes, length)
    "shetab": (["603799", "589210", "627412", "610433", "627353"], 16),
    "napas": (["970436", "970415", "970422", "970405"], 16),
    "dinacard": (["989100", "989101"], 16),
    "belkart": (["911200", "911204"], 16),
    "prostir": (["980400", "980410"], 16),
    "napas19": (["970418", "970403"], 19),
}


def card(rng, brand=None, grouped=None):
    brand = brand or rng.choice(sorted(CARD_BINS))
    bins, ln = CARD_BINS[brand]
    d = luhn_complete(rng.choice(bins), ln, rng)
    if grouped is None:
        grouped = ln == 16 and rng.random() < 0.7
    v = " ".join(d[i:i + 4] for i in range(0, ln, 4)) if grouped else d
    return {"value": v, "kind": f"card_{brand}", "alone": grouped and ln == 16, "joined": d}


def account(rng, fmt=None):
    fmt = fmt or rng.choice(["iban", "iban", "card", "card", "bsb", "ifsc", "vn_bank"])
    if fmt == "iban":
        return iban(rng)
    if fmt == "card":
        return card(rng)
    if fmt == "bsb":
        v = f"BSB {rng.choice(['062', '033', '083', '012'])}-{rng.randint(0, 999):03d} account {rng.randint(10000000, 99999999)}"
    elif fmt == "ifsc":
        v = (f"IFSC {rng.choice(['SBIN', 'HDFC', 'ICIC', 'CNRB', 'UTIB'])}0{rng.randint(0, 999999):06d} "
             f"A/c {rng.randint(10**10, 10**11 - 1)}")
    else:
        v = f"{rng.randint(10**12, 10**13 - 1)}"
    return {"value": v, "kind": f"acct_{fmt}", "alone": False, "joined": re.sub(r"\W+", "_", v)}


# ---------------------------------------------------------------- driver's licences (cue only)
LICENCES = {
    "ph_lto": ("Philippines LTO", lambda r: f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(1, 99):02d}-{r.randint(0, 99):02d}-{r.randint(0, 999999):06d}"),
    "nz": ("New Zealand", lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + f"{r.randint(0, 999999):06d}"),
    "au_nsw": ("NSW", lambda r: f"{r.randint(10000000, 99999999)}"),
    "au_vic": ("Victoria", lambda r: f"{r.randint(100000000, 999999999)}"),
    "au_qld": ("Queensland", lambda r: f"{r.randint(100000000, 999999999)}"),
    "ca_nb": ("New Brunswick", lambda r: f"{r.randint(1000000, 9999999)}"),
    "ca_pe": ("Prince Edward Island", lambda r: f"{r.randint(100000, 999999)}"),
    "ua": ("Ukraine", lambda r: "".join(r.choice("АВЕІКМНОРСТХ") for _ in range(3)) + f"{r.randint(0, 999999):06d}"),
    "vn_gplx": ("Vietnam GPLX", lambda r: f"{r.choice(['01', '79', '48', '31', '92'])}{r.randint(0, 9999999999):010d}"),
}


def licence(rng, juris=None):
    juris = juris or rng.choice(sorted(LICENCES))
    name, fn = LICENCES[juris]
    v = fn(rng)
    return {"value": v, "kind": f"dl_{juris}", "alone": False, "joined": v if v.isascii() else None,
            "jurisdiction": name, "juris": juris}


# ---------------------------------------------------------------- devices
TACS = ["86", "01", "99"]
OUIS = ["3C:22:FB", "F4:5C:89", "A4:83:E7", "00:1B:63", "DC:A6:32", "B8:27:EB", "2C:F0:5D", "E4:5F:01"]


def imei(rng):
    d = luhn_complete(rng.choice(TACS) + "".join(rng.choice(string.digits) for _ in range(4)), 15, rng)
    return d


def device(rng, fmt=None):
    fmt = fmt or rng.choice(["imei", "imeisv", "mac_colon_lower", "mac_colon_upper", "mac_dash", "mac_dot", "gs1_udi",
                             "implant_serial"])
    if fmt == "imei":
        v = imei(rng)
        return {"value": v, "kind": "imei", "alone": False, "joined": v}
    if fmt == "imeisv":
        v = imei(rng)[:14] + f"{rng.randint(1, 98):02d}"
        return {"value": v, "kind": "imeisv", "alone": False, "joined": v}
    if fmt.startswith("mac"):
        oui = rng.choice(OUIS).split(":")
        b = oui + [f"{rng.randint(0, 255):02X}" for _ in range(3)]
        raw = "".join(b)
        if fmt == "mac_colon_lower":
            v = ":".join(b).lower()
        elif fmt == "mac_colon_upper":
            v = ":".join(b)
        elif fmt == "mac_dash":
            v = "-".join(b)
        else:
            r = raw.lower()
            v = f"{r[:4]}.{r[4:8]}.{r[8:]}"
        return {"value": v, "kind": fmt, "alone": True, "joined": raw}
    if fmt == "gs1_udi":
        gtin13 = "0" + rng.choice(["0885", "0764", "0400", "0871"]) + "".join(rng.choice(string.digits) for _ in range(8))
        v = f"(01){gtin13}{gs1_check(gtin13)}(11){rng.randint(19, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
            f"(10){rng.choice('ABCDEFGHKMN')}{rng.randint(1000, 99999)}(21){rng.randint(10**6, 10**8)}"
        return {"value": v, "kind": "gs1_udi_11_10_21", "alone": False, "joined": None}
    v = f"{rng.choice(['CI', 'ICD', 'CRT'])}{rng.randint(100, 999)}-{rng.randint(100000, 999999)}{rng.choice('KHTX')}"
    return {"value": v, "kind": "implant_serial", "alone": False, "joined": re.sub(r"\W", "_", v)}


def gs1_check(d13):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d13)))
    return str((10 - tot % 10) % 10)


def valid_gs1(v):
    m = re.search(r"\(01\)(\d{14})", v)
    return bool(m) and gs1_check(m.group(1)[:13]) == m.group(1)[13]


def valid_mac(v):
    raw = re.sub(r"[^0-9A-Fa-f]", "", v)
    return len(raw) == 12 and int(raw[:2], 16) & 1 == 0 and raw.upper() not in ("000000000000", "FFFFFFFFFFFF") \
        and not raw.upper().startswith("00005E")


# ---------------------------------------------------------------- VINs
WMIS = ["RLL", "MR0", "MNB", "PL1", "UU1", "Y6D", "MA1", "LGX", "KNM", "JMB", "3MZ", "9BG", "MM0", "LJD", "XW8", "VSK"]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin(rng):
    wmi = rng.choice(WMIS)
    vds = "".join(rng.choice(VIN_ALPHA) for _ in range(5))
    year = rng.choice("ABCDEFGHJKLMNPRS")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = "".join(rng.choice(string.digits) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    return {"value": v, "kind": f"vin_{wmi.lower()}", "alone": True, "joined": v}


def valid_vin(v):
    return len(v) == 17 and all(c in VIN_ALPHA for c in v) and vin_check(v) == v[8]


# ---------------------------------------------------------------- IP addresses
V6_PREFIXES = ["2403:6200", "2001:e68", "2001:14ba", "2a02:2378", "2409:4040", "2a01:5ec0", "2402:9d80"]


def ip(rng, fmt=None):
    fmt = fmt or rng.choice(["v4", "v4_port", "v4_cidr32", "v6", "v6_bracket_port"])
    if fmt.startswith("v4"):
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if ip_public(str(a)):
                break
        v = str(a)
        if fmt == "v4_port":
            v += f":{rng.choice([8443, 3389, 5432, 2222, 9200])}"
        elif fmt == "v4_cidr32":
            v += "/32"
        return {"value": v, "kind": f"ip_{fmt}", "alone": True, "joined": str(a).replace(".", "_")}
    pre = rng.choice(V6_PREFIXES)
    groups = pre.split(":") + [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(pre.split(":")))]
    groups[-3] = "0"
    a = ipaddress.IPv6Address(":".join(groups))
    v = a.compressed
    if fmt == "v6_bracket_port":
        v = f"[{v}]:{rng.choice([443, 8080, 51820])}"
    return {"value": v, "kind": f"ip_{fmt}", "alone": True, "joined": None}


def ip_public(s):
    s = s.split("/")[0]
    if s.startswith("["):
        s = s[1:s.index("]")]
    elif s.count(":") == 1:
        s = s.split(":")[0]
    a = ipaddress.ip_address(s)
    if not a.is_global:
        return False
    bad = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "100.64.0.0/10", "2001:db8::/32",
           "3fff::/20"]
    return not any(a in ipaddress.ip_network(b) for b in bad if ipaddress.ip_network(b).version == a.version)


# ---------------------------------------------------------------- URLs
def url(rng, fmt=None):
    p = pick_person(rng, latin_only=True)
    g = re.sub(r"[^a-z]", "", _ascii(p["given"]).lower())
    f = re.sub(r"[^a-z]", "", _ascii(p["family"]).lower())
    fmt = fmt or rng.choice(["findagrave", "billiongraves", "helphopelive", "fundrazr", "telegram", "steam", "chesscom",
                             "lichess", "kaggle", "researchgate", "scholar", "portal"])
    if fmt == "findagrave":
        v = f"https://www.findagrave.com/memorial/{rng.randint(10**7, 3 * 10**8)}/{g}-{f}"
    elif fmt == "billiongraves":
        v = f"https://billiongraves.com/grave/{g.capitalize()}-{f.capitalize()}/{rng.randint(10**6, 5 * 10**7)}"
    elif fmt == "helphopelive":
        v = f"https://helphopelive.org/campaign/{rng.randint(10000, 29999)}/"
        v = f"https://helphopelive.org/campaign/{rng.randint(10000, 29999)}-{g}-{f}-transplant-fund/"
    elif fmt == "fundrazr":
        v = f"https://fundrazr.com/{g}{f}_medical?ref=ab_{rng.randint(1000, 9999)}"
    elif fmt == "telegram":
        v = f"https://t.me/{g}_{f}{rng.randint(1, 99)}"
    elif fmt == "steam":
        v = f"https://steamcommunity.com/id/{g}{f[:3]}{rng.randint(70, 99)}/"
    elif fmt == "chesscom":
        v = f"https://www.chess.com/member/{g}-{f}"
    elif fmt == "lichess":
        v = f"https://lichess.org/@/{g.capitalize()}{f.capitalize()}"
    elif fmt == "kaggle":
        v = f"https://www.kaggle.com/{g}{f}"
    elif fmt == "researchgate":
        v = f"https://www.researchgate.net/profile/{g.capitalize()}-{f.capitalize()}"
    elif fmt == "scholar":
        v = "https://scholar.google.com/citations?user=" + "".join(
            rng.choice(string.ascii_letters + string.digits + "_-") for _ in range(12))
        v = f"{v}&hl=en&name={g}+{f}"
    else:
        d = rand_birthdate(rng)
        v = (f"https://mycare.{rng.choice(['stlukeshealth', 'baptisthealth', 'ochsner', 'sanfordhealth'])}.org/portal/records"
             f"?patientLast={f.capitalize()}&patientFirst={g.capitalize()}&dob={d.isoformat()}")
    return {"value": v, "kind": f"url_{fmt}", "alone": True, "joined": None}


# ---------------------------------------------------------------- secrets (gitleaks rules, random bodies)
def _rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


LOW = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"

SECRET_KINDS = ["facebook-page-access-token", "intercom-api-key", "zendesk-secret-key", "hubspot-api-key",
                "launchdarkly-access-token", "fastly-api-token", "algolia-api-key", "codecov-access-token",
                "sendbird-access-token", "mattermost-access-token", "bitbucket-client-secret", "confluent-secret-key",
                "cloudflare-global-api-key", "sonar-api-token", "cisco-meraki-api-key", "nuget-config-password",
                "jdbc_oracle_password", "bare_password"]


def secret(rng, kind=None):
    kind = kind or rng.choice(SECRET_KINDS)
    rule = kind
    if kind == "facebook-page-access-token":
        v = "EAAM" + _rs(rng, string.ascii_letters + string.digits, 150)
        alone = True
    elif kind == "intercom-api-key":
        v = "intercom_access_token=" + _rs(rng, LOW + "=_-", 59) + rng.choice(LOW)
        alone = True
    elif kind == "zendesk-secret-key":
        v = "ZENDESK_API_TOKEN=" + _rs(rng, LOW, 40)
        alone = True
    elif kind == "hubspot-api-key":
        u = _rs(rng, "0123456789ABCDEF", 32)
        v = f"hubspot_api_key: {u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        alone = True
    elif kind == "launchdarkly-access-token":
        v = "launchdarkly_sdk_key = " + _rs(rng, LOW + "-_", 40)
        v = v[:-1] + rng.choice(LOW)
        alone = True
    elif kind == "fastly-api-token":
        v = "FASTLY_API_TOKEN=" + _rs(rng, LOW + "_-", 31) + rng.choice(LOW)
        alone = True
    elif kind == "algolia-api-key":
        v = "algolia_admin_key: " + _rs(rng, LOW, 32)
        alone = True
    elif kind == "codecov-access-token":
        v = "CODECOV_TOKEN=" + _rs(rng, HEXL, 32)
        alone = True
    elif kind == "sendbird-access-token":
        v = "sendbird_api_token=" + _rs(rng, HEXL, 40)
        alone = True
    elif kind == "mattermost-access-token":
        v = "mattermost_token: " + _rs(rng, LOW, 26)
        alone = True
    elif kind == "bitbucket-client-secret":
        v = "BITBUCKET_CLIENT_SECRET=" + _rs(rng, LOW + "_-", 63) + rng.choice(LOW)
        alone = True
    elif kind == "confluent-secret-key":
        v = "confluent_api_secret=" + _rs(rng, LOW, 64)
        alone = True
    elif kind == "cloudflare-global-api-key":
        v = "cloudflare_global_api_key=" + _rs(rng, HEXL, 37)
        alone = True
    elif kind == "sonar-api-token":
        v = "sonar.token=squ_" + _rs(rng, HEXL, 40)
        alone = True
    elif kind == "cisco-meraki-api-key":
        v = "MERAKI_DASHBOARD_API_KEY=" + _rs(rng, HEXL, 40)
        alone = True
    elif kind == "nuget-config-password":
        v = '<add key="ClearTextPassword" value="' + _rs(rng, string.ascii_letters + string.digits + "!#%", 18) + '" />'
        alone = True
    elif kind == "jdbc_oracle_password":
        pw = _rs(rng, string.ascii_letters, 6) + _rs(rng, string.digits, 3) + rng.choice("!#%*")
        v = f"jdbc:oracle:thin:{rng.choice(['hmis_app', 'etl_ro', 'portal_svc'])}/{pw}@db{rng.randint(1, 9)}.{rng.choice(['corp.internal', 'prod.lan'])}:1521/ORCLPDB1"
        alone, rule = True, None
    else:
        v = _rs(rng, string.ascii_letters, 5).capitalize() + rng.choice(["#", "!", "$", "%"]) + _rs(rng, string.digits, 4) + _rs(rng, string.ascii_letters, 3)
        alone, rule = False, None
    return {"value": v, "kind": f"secret_{kind}", "alone": alone, "joined": None, "rule": rule}


def load_gitleaks_rules(path):
    rules, cur = {}, None
    with open(path, encoding="utf-8") as f:
        for ln in f:
            m = re.match(r'^id = "(.+)"', ln)
            if m:
                cur = m.group(1)
            m = re.match(r"^regex = '''(.*)'''", ln)
            if m and cur:
                rules[cur] = m.group(1)
                cur = None
    return rules


def go_regex_to_py(rx):
    import warnings
    warnings.simplefilter("ignore", FutureWarning)
    """Go RE2 -> Python re: a mid-pattern global (?i) becomes a whole-pattern re.I; \\z becomes \\Z."""
    flags = 0
    if "(?i)" in rx:
        flags |= re.I
        rx = rx.replace("(?i)", "")
    rx = rx.replace(r"\z", r"\Z")
    return re.compile(rx, flags)


GENERATORS = {
    "PERSON": person, "DATE_OF_BIRTH": dob, "US_SSN": ssn, "PHONE_NUMBER": phone, "EMAIL_ADDRESS": email,
    "STREET_ADDRESS": street, "ZIP_CODE": zip_code, "MRN": mrn, "HEALTH_PLAN_ID": health_plan,
    "ACCOUNT_NUMBER": account, "LICENSE_NUMBER": licence, "DEVICE_ID": device, "VEHICLE_ID": vin,
    "IP_ADDRESS": ip, "URL": url, "SECRET": secret,
}
