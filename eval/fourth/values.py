"""Value generators for the fourth set, from published rules (no Faker).

Every generator takes a random.Random and returns (value, kind).  Names come from the
sigpwned/popular-names-by-country-dataset CSVs (CC0, Wikipedia lists of most common
given names / surnames by country), read from sources/names/.
"""
from __future__ import annotations

import csv
import datetime as dt
import ipaddress
import re
import string
import unicodedata
from pathlib import Path

import phonenumbers as pn

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ names
FAMILY_FIRST = {"CN", "JP", "KR", "VN", "HU", "TW", "KH"}
SKIP_NAMES = {"Jordan", "Georgia", "Paris", "June", "April", "May", "Will", "Hope", "Faith", "Lincoln",
              "Austin", "Victoria", "Sydney", "Florence", "Charlotte", "Madison", "Chase", "Mercedes"}


def _load_names():
    fore, sur = {}, {}
    with open(HERE / "sources/names/common-forenames-by-country.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            n = r["Romanized Name"].strip()
            if n and " " not in n and 3 <= len(n) <= 14 and n not in SKIP_NAMES and re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)?", n):
                fore.setdefault(r["Country"], []).append((n, r["Gender"]))
    with open(HERE / "sources/names/common-surnames-by-country.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            n = r["Romanized Name"].strip()
            if n and 3 <= len(n) <= 16 and n not in SKIP_NAMES and re.fullmatch(r"[^\W\d_]+([ '-][^\W\d_]+)?", n):
                sur.setdefault(r["Country"], []).append(n)
    countries = sorted(c for c in fore if c in sur and len(fore[c]) >= 6 and len(sur[c]) >= 6)
    return fore, sur, countries


FORE, SUR, COUNTRIES = _load_names()


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, rng):
        self.country = rng.choice(COUNTRIES)
        self.given, self.sex = rng.choice(FORE[self.country])
        self.family = rng.choice(SUR[self.country])
        y = rng.randint(1931, 2006)
        self.dob = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        self.rng = rng

    # plain-text shapes
    def name(self, shape=None):
        g, f = self.given, self.family
        shape = shape or self.rng.choice(["natural", "natural", "comma", "upper_comma", "initial"])
        if shape == "natural":
            return (f"{f} {g}" if self.country in FAMILY_FIRST else f"{g} {f}"), "name_natural"
        if shape == "comma":
            return f"{f}, {g}", "name_family_comma"
        if shape == "upper_comma":
            return f"{f.upper()}, {g.upper()}", "name_upper_comma"
        if shape == "initial":
            return f"{g[0]}. {f}", "name_initial"
        if shape == "upper":
            return f"{g} {f}".upper(), "name_upper"
        raise ValueError(shape)

    def joined(self, style=None):
        g, f = fold(self.given).replace("-", ""), fold(self.family).replace(" ", "").replace("'", "").replace("-", "")
        style = style or self.rng.choice(["snake", "camel", "pascal", "dot", "kebab", "concat"])
        if style == "snake":
            return f"{g.lower()}_{f.lower()}", "snake_joined"
        if style == "camel":
            return f"{g.lower()}{f}", "camel_joined"
        if style == "pascal":
            return f"{f}{g}", "pascal_joined"
        if style == "dot":
            return f"{g.lower()}.{f.lower()}", "dot_joined"
        if style == "kebab":
            return f"{f.lower()}-{g.lower()}", "kebab_joined"
        if style == "concat":
            return f"{g[0].lower()}{f.lower()}", "initial_joined"
        raise ValueError(style)

    def dob_text(self, fmt=None):
        d = self.dob
        fmt = fmt or self.rng.choice(["iso", "us", "long", "dmy_mon", "compact", "iso_dt", "slash_ymd", "dot_dmy"])
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return {
            "iso": (d.isoformat(), "dob_iso"),
            "us": (f"{d.month:02d}/{d.day:02d}/{d.year}", "dob_us"),
            "long": (f"{months[d.month-1]} {d.day}, {d.year}", "dob_long"),
            "dmy_mon": (f"{d.day:02d}-{months[d.month-1][:3].upper()}-{d.year}", "dob_dmy_mon"),
            "compact": (d.strftime("%Y%m%d"), "dob_compact"),
            "iso_dt": (d.isoformat() + "T00:00:00", "dob_datetime"),
            "slash_ymd": (d.strftime("%Y/%m/%d"), "dob_slash_ymd"),
            "dot_dmy": (d.strftime("%d.%m.%Y"), "dob_dot_dmy"),
            "underscore": (d.strftime("%Y_%m_%d"), "dob_underscore"),
        }[fmt]


# ------------------------------------------------------------------ check digits
def luhn_digit(body: str) -> str:
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) > 1 and luhn_digit(d[:-1]) == d[-1]


VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10)))}


def vin_check(v: str) -> str:
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v: str) -> bool:
    return len(v) == 17 and all(c in VIN_T for c in v) and v[8] == vin_check(v)


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gtin_ok(g: str) -> bool:
    return str((10 - sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(g[:-1]))) % 10) % 10) == g[-1]


MBI_ALPHA = [c for c in string.ascii_uppercase if c not in "SLOIBZ"]


def mbi_ok(m: str) -> bool:
    m = m.replace("-", "")
    if len(m) != 11:
        return False
    num, al = set("0123456789"), set(MBI_ALPHA)
    spec = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, t in zip(m, spec):
        ok = (t == "C" and c in "123456789") or (t == "N" and c in num) or (t == "A" and c in al) or (t == "AN" and (c in num or c in al))
        if not ok:
            return False
    return m[0] != "0"


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000" and d not in ("078051120", "219099999", "123456789")


def ip_public_ok(s: str) -> bool:
    ip = ipaddress.ip_address(s)
    if not ip.is_global:
        return False
    if ip.version == 4:
        for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "100.64.0.0/10", "198.18.0.0/15"):
            if ip in ipaddress.ip_network(net):
                return False
    elif ip in ipaddress.ip_network("2001:db8::/32"):
        return False
    return True


RESERVED_MAIL = ("example.com", "example.org", "example.net", "test.com", "invalid", "localhost")


def phone_valid(text: str, region: str) -> bool:
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    if not pn.is_valid_number(n):
        return False
    e164 = pn.format_number(n, pn.PhoneNumberFormat.E164)
    if e164.startswith("+1") and e164[5:8] == "555":
        return False
    if e164.startswith("+15005550"):
        return False
    return True


# ------------------------------------------------------------------ generators
US_AREAS = ["205", "907", "602", "501", "916", "303", "860", "302", "904", "404", "808", "208", "312", "317", "319", "316",
            "502", "504", "207", "410", "617", "313", "612", "601", "314", "406", "402", "702", "603", "973", "505", "518",
            "919", "701", "614", "405", "503", "412", "401", "843", "605", "615", "512", "801", "802", "804", "206", "304",
            "414", "307", "787"]
INTL_REGIONS = ["ES", "SE", "CH", "AR", "CL", "CO", "JP", "KR", "SG", "MY", "NZ", "PT", "BE", "AT", "IL", "EG", "PK", "TH", "UA", "GR"]
EMAIL_DOMAINS = ["tutanota.com", "mailbox.org", "hey.com", "free.fr", "sfr.fr", "laposte.net", "t-online.de", "freenet.de",
                 "arcor.de", "telenet.be", "skynet.be", "kpnmail.nl", "xs4all.nl", "tiscali.it", "alice.it", "virgilio.it",
                 "terra.com.br", "bol.com.br", "163.com", "126.com", "sina.com", "daum.net", "hanmail.net", "rediffmail.com",
                 "optusnet.com.au", "xtra.co.nz", "rogers.com", "telus.net", "verizon.net", "cox.net", "charter.net",
                 "earthlink.net", "juno.com", "mail.ru", "inbox.lv", "o2.pl", "interia.pl", "centrum.cz", "abv.bg",
                 "gmx.at", "hispeed.ch", "sapo.pt", "telefonica.net", "eircom.net", "virginmedia.com", "sky.com",
                 "talktalk.net", "me.com", "mac.com", "ymail.com", "rocketmail.com", "live.com", "pm.me"]
CITIES = [("Dayton", "OH", "454"), ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"),
          ("Lubbock", "TX", "794"), ("Boise", "ID", "837"), ("Knoxville", "TN", "379"), ("Rochester", "MN", "559"),
          ("Albany", "NY", "122"), ("Wichita", "KS", "672"), ("Des Moines", "IA", "503"), ("Lansing", "MI", "489"),
          ("Macon", "GA", "312"), ("Reno", "NV", "895"), ("Akron", "OH", "443"), ("Provo", "UT", "846"),
          ("Billings", "MT", "591"), ("Fargo", "ND", "581"), ("Mobile", "AL", "366"), ("Lafayette", "LA", "705"),
          ("Springfield", "MO", "658"), ("Bangor", "ME", "044"), ("Burlington", "VT", "054"), ("Toledo", "OH", "436"),
          ("Erie", "PA", "165"), ("Yakima", "WA", "989"), ("Pueblo", "CO", "810"), ("Gainesville", "FL", "326"),
          ("Durham", "NC", "277"), ("Omaha", "NE", "681")]
STREETS = ["Maplewood", "Old Mill", "Larkspur", "Kessler", "Pinecrest", "Fairview", "Juniper", "Harbor View", "Cottonwood",
           "Quail Run", "Ridgeline", "Stonegate", "Wexford", "Briar Patch", "Copper Creek", "Sycamore", "Halsted",
           "Meadowlark", "Tamarack", "Foxglove", "Orchard Hill", "Beacon", "Ironwood", "Sandpiper"]
STREET_TYPES = ["Parade", "Mews", "Crossing", "Terrace", "Boulevard", "Trail", "Court", "Circle", "Pike", "Way", "Lane",
                "Drive", "Place", "Run", "Row", "Highway", "Road", "Avenue", "Street", "Path"]
UNITS = ["Apt 4B", "Unit 12", "# 307", "Suite 210", "Lot 18", "Apt 2", "Fl 3", "Rm 114"]
WMIS = ["1FT", "2T1", "3VW", "JN1", "KNA", "SAL", "WBA", "YV1", "ZFA", "VF1", "TRU", "5YJ", "1GC", "4T1", "JHM", "KMH",
        "WDD", "WP0", "SJN", "MA3", "9BW", "LFV", "NMT", "VSS", "U5Y", "W0L", "1C4", "2HG", "3FA", "JF2"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


def rnd_digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g, n = rng.randint(1, 99), rng.randint(1, 9999)
        s = f"{a:03d}{g:02d}{n:04d}"
        if ssn_ok(s):
            break
    style = style or rng.choice(["dash", "dash", "space", "plain"])
    return {"dash": (f"{s[:3]}-{s[3:5]}-{s[5:]}", "ssn_dash"), "space": (f"{s[:3]} {s[3:5]} {s[5:]}", "ssn_space"),
            "plain": (s, "ssn_plain"), "underscore": (f"{s[:3]}_{s[3:5]}_{s[5:]}", "ssn_underscore")}[style]


def phone(rng, style=None):
    style = style or rng.choice(["us_e164", "us_paren", "us_dot", "intl", "intl_e164", "us_e164", "intl"])
    if style.startswith("us"):
        while True:
            npa = rng.choice(US_AREAS)
            nxx = f"{rng.randint(2, 9)}{rnd_digits(rng, 2)}"
            if nxx == "555" or nxx[1:] == "11":
                continue
            line = rnd_digits(rng, 4)
            if phone_valid(f"+1{npa}{nxx}{line}", "US"):
                break
        return {"us_e164": (f"+1{npa}{nxx}{line}", "phone_us_e164"), "us_paren": (f"({npa}) {nxx}-{line}", "phone_us_paren"),
                "us_dot": (f"{npa}.{nxx}.{line}", "phone_us_dot")}[style]
    region = rng.choice(INTL_REGIONS)
    ex = pn.example_number_for_type(region, pn.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(200):
        k = min(6, len(nat) - 2)
        cand = nat[:-k] + rnd_digits(rng, k)
        num = pn.parse(f"+{ex.country_code}{cand}", region)
        if cand != nat and pn.is_valid_number(num) and pn.number_type(num) in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            fmt = pn.PhoneNumberFormat.E164 if style == "intl_e164" else pn.PhoneNumberFormat.INTERNATIONAL
            return pn.format_number(num, fmt), f"phone_{region.lower()}_{'e164' if style == 'intl_e164' else 'intl'}"
    raise RuntimeError(region)


def email(rng, p: Person):
    g, f = fold(p.given).lower().replace("-", ""), fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}{p.dob.year % 100:02d}", f"{g}{f[:1]}{rng.randint(2, 99)}", f"{g}_{f}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}", "email"


def street(rng, full=None):
    num = rng.choice([str(rng.randint(100, 9899)), f"N{rng.randint(1000, 9999)}", str(rng.randint(10, 99))])
    line = f"{num} {rng.choice(['', '', 'W ', 'E ', 'N ', 'S '])}{rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    line = re.sub(" +", " ", line)
    city, st, z3 = rng.choice(CITIES)
    zip5 = z3 + rnd_digits(rng, 2)
    full = rng.choice([True, True, False]) if full is None else full
    if rng.random() < 0.3:
        line += ", " + rng.choice(UNITS)
    if full:
        return f"{line}, {city}, {st} {zip5}", "address_full_us"
    return line, "address_line_us"


def zipcode(rng, plus4=None):
    city, st, z3 = rng.choice(CITIES)
    z = z3 + rnd_digits(rng, 2)
    if plus4 if plus4 is not None else rng.random() < 0.35:
        return f"{z}-{rnd_digits(rng, 4)}", "zip_plus4"
    return z, "zip5"


def mrn(rng, style=None):
    style = style or rng.choice(["mrn_prefix", "mr_hash", "hn", "pat", "split", "bare8", "site"])
    if style == "mrn_prefix":
        return f"MRN{rnd_digits(rng, 8)}", "mrn_prefix"
    if style == "mr_hash":
        return f"MR# {rnd_digits(rng, 4)} {rnd_digits(rng, 4)}", "mrn_hash_spaced"
    if style == "hn":
        return f"HN {rng.randint(10, 24)}-{rnd_digits(rng, 6)}", "mrn_hospital_number"
    if style == "pat":
        return f"PAT-{rnd_digits(rng, 8)}", "mrn_pat"
    if style == "split":
        return f"{rnd_digits(rng, 3)}-{rnd_digits(rng, 3)}-{rnd_digits(rng, 3)}", "mrn_split"
    if style == "bare8":
        return str(rng.randint(10_000_000, 99_999_999)), "mrn_bare"
    return f"{rng.choice(['OSU', 'UWM', 'KUH', 'BHS', 'MMC'])}{rnd_digits(rng, 7)}", "mrn_site_prefix"


def mbi(rng, dashed=None):
    spec = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = []
    for t in spec:
        if t == "C":
            out.append(str(rng.randint(1, 9)))
        elif t == "N":
            out.append(str(rng.randint(0, 9)))
        elif t == "A":
            out.append(rng.choice(MBI_ALPHA))
        else:
            out.append(rng.choice(MBI_ALPHA + list("0123456789")))
    m = "".join(out)
    dashed = rng.random() < 0.4 if dashed is None else dashed
    return (f"{m[:4]}-{m[4:7]}-{m[7:]}", "mbi_dashed") if dashed else (m, "mbi")


def plan_id(rng, style=None):
    style = style or rng.choice(["mbi", "mbi", "bcbs", "tricare", "medicaid_pa", "subscriber_suffix", "masshealth"])
    if style == "mbi":
        return mbi(rng)
    if style == "bcbs":
        return "".join(rng.choice("ABCDEFGHJKMNPQRTUVWXY") for _ in range(3)) + rnd_digits(rng, 9), "member_alpha_prefix"
    if style == "tricare":
        return rnd_digits(rng, 11), "tricare_dbn"
    if style == "medicaid_pa":
        return str(rng.randint(1, 9)) + rnd_digits(rng, 9), "medicaid_10"
    if style == "masshealth":
        return "1" + rnd_digits(rng, 11), "masshealth_12"
    return f"{rng.choice('JKMQRVX')}{rnd_digits(rng, 8)}*0{rng.randint(1, 4)}", "member_suffix"


def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "mc", "unionpay", "diners", "amex", "visa"])
    pre, n = {"visa": ("4" + rnd_digits(rng, 5), 16), "mc": (str(rng.randint(51, 55)) + rnd_digits(rng, 4), 16),
              "unionpay": ("62" + rnd_digits(rng, 4), 16), "diners": ("36" + rnd_digits(rng, 4), 14),
              "amex": (rng.choice(["34", "37"]) + rnd_digits(rng, 4), 15)}[brand]
    body = pre + rnd_digits(rng, n - len(pre) - 1)
    num = body + luhn_digit(body)
    if num.startswith(("4111111", "4242424", "5555555", "4000000", "3782822", "3714496")):
        return card(rng, brand)
    if brand == "amex":
        s = f"{num[:4]} {num[4:10]} {num[10:]}"
    elif brand == "diners":
        s = f"{num[:4]} {num[4:10]} {num[10:]}"
    else:
        sep = rng.choice([" ", "-", ""])
        s = sep.join(num[i:i + 4] for i in range(0, len(num), 4))
    return s, f"card_{brand}"


IBAN_BBAN = {"FR": 23, "ES": 20, "IT": 23, "PT": 21, "SE": 20, "NO": 11, "FI": 14, "DK": 14}


def iban(rng):
    cc = rng.choice(sorted(IBAN_BBAN))
    bban = rnd_digits(rng, IBAN_BBAN[cc])
    if cc == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") + rnd_digits(rng, 22)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    s = f"{cc}{chk:02d}{bban}"
    if rng.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_ok(s)
    return s, f"iban_{cc.lower()}"


def account(rng, style=None):
    style = style or rng.choice(["card", "card", "iban", "iban", "hospital", "bank"])
    if style == "card":
        return card(rng)
    if style == "iban":
        return iban(rng)
    if style == "hospital":
        return f"HAR {rnd_digits(rng, 3)}-{rnd_digits(rng, 6)}", "hospital_account"
    return rnd_digits(rng, rng.choice([10, 11, 12])), "bank_account"


def dl(rng, p: Person, style=None):
    style = style or rng.choice(["uk", "uk", "on", "ky", "mo", "in", "ga", "nc"])
    if style == "uk":
        sur = re.sub("[^A-Z]", "", fold(p.family).upper())[:5].ljust(5, "9")
        d = p.dob
        month = d.month + (50 if p.sex == "F" else 0)
        ini = (fold(p.given)[0].upper() + "9")
        v = f"{sur}{str(d.year)[2]}{month:02d}{d.day:02d}{str(d.year)[3]}{ini}9{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
        return v, "dl_uk_dvla"
    ini = fold(p.family)[0].upper()
    if style == "on":
        return f"{ini}{rnd_digits(rng, 4)}-{rnd_digits(rng, 5)}-{rnd_digits(rng, 5)}", "dl_ontario"
    if style == "ky":
        return f"{ini}{rnd_digits(rng, 2)}-{rnd_digits(rng, 3)}-{rnd_digits(rng, 3)}", "dl_ky"
    if style == "mo":
        return f"{ini}{rnd_digits(rng, 9)}", "dl_mo"
    if style == "in":
        return f"{rnd_digits(rng, 4)}-{rnd_digits(rng, 2)}-{rnd_digits(rng, 4)}", "dl_in"
    if style == "ga":
        return rnd_digits(rng, 9), "dl_ga"
    return rnd_digits(rng, 12), "dl_nc"


def device(rng, style=None):
    style = style or rng.choice(["imei", "imei_grouped", "mac_colon", "mac_dash", "mac_dot", "udi", "iccid", "serial"])
    if style.startswith("imei"):
        body = rng.choice(["35", "86", "01", "99"]) + rnd_digits(rng, 12)
        v = body + luhn_digit(body)
        if style == "imei_grouped":
            return f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", "imei_grouped"
        return v, "imei"
    if style.startswith("mac"):
        b = [rng.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        if b[0] == 0:
            b[0] = 0x3C
        h = "".join(f"{x:02x}" for x in b)
        if style == "mac_colon":
            return ":".join(h[i:i + 2] for i in range(0, 12, 2)).upper(), "mac_colon"
        if style == "mac_dash":
            return "-".join(h[i:i + 2] for i in range(0, 12, 2)), "mac_dash"
        return ".".join(h[i:i + 4] for i in range(0, 12, 4)), "mac_dot"
    if style == "udi":
        g = "0" + rnd_digits(rng, 12)
        g = g + str((10 - sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(g))) % 10) % 10)
        exp = f"{rng.randint(25, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        return f"(01){g}(17){exp}(10){rng.choice('ABCDEFGHKLMN')}{rnd_digits(rng, 5)}(21){rnd_digits(rng, 8)}", "gs1_udi"
    if style == "iccid":
        body = "89" + rng.choice(["01", "44", "34", "49", "33"]) + rnd_digits(rng, 14)
        return body + luhn_digit(body), "iccid"
    return f"{rng.choice(['PJN', 'RNZ', 'BLT', 'CGM'])}{rnd_digits(rng, 6)}{rng.choice('HSVK')}", "implant_serial"


def vin(rng):
    while True:
        v = list(rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(YEAR_CODES)
                 + rng.choice(VIN_CHARS) + rnd_digits(rng, 6))
        v[8] = vin_check("".join(v))
        s = "".join(v)
        if vin_ok(s):
            return s, "vin"


def ip(rng, style=None):
    style = style or rng.choice(["v4", "v4", "v4_cidr", "v4_port", "v6", "v6_full", "v6_upper", "v6_bracket"])
    if style.startswith("v4"):
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDF000000))
            if ip_public_ok(str(a)) and str(a).split(".")[-1] not in ("0", "255"):
                break
        if style == "v4_cidr":
            return f"{a}/32", "ipv4_cidr"
        if style == "v4_port":
            return f"{a}:{rng.choice([443, 8443, 5432, 3389])}", "ipv4_port"
        return str(a), "ipv4"
    pre = rng.choice([0x2a00, 0x2a02, 0x2400, 0x2404, 0x2600, 0x2607, 0x2800, 0x2803, 0x2c0f])
    groups = [pre] + [rng.randint(0, 0xFFFF) for _ in range(3)] + [0, 0] + [rng.randint(1, 0xFFFF) for _ in range(2)]
    a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    if style == "v6_full":
        return a.exploded, "ipv6_full"
    if style == "v6_upper":
        return a.compressed.upper(), "ipv6_upper"
    if style == "v6_bracket":
        return f"[{a.compressed}]:8443", "ipv6_bracket_port"
    return a.compressed, "ipv6"


def url(rng, p: Person, style=None):
    g, f = fold(p.given).lower().replace("-", ""), fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    style = style or rng.choice(["justgiving", "medium", "substack", "youtube", "reddit", "keybase", "echovita", "portal", "aboutme", "kofi"])
    city = rng.choice(CITIES)
    return {
        "justgiving": (f"https://www.justgiving.com/crowdfunding/{g}-{f}-recovery", "url_justgiving"),
        "medium": (f"https://medium.com/@{g}{f}{p.dob.year % 100:02d}", "url_medium"),
        "substack": (f"https://{g}{f}.substack.com", "url_substack"),
        "youtube": (f"https://www.youtube.com/@{g}.{f}", "url_youtube"),
        "reddit": (f"https://www.reddit.com/user/{g[0]}{f}_{p.dob.year % 100:02d}", "url_reddit"),
        "keybase": (f"https://keybase.io/{g[0]}{f}", "url_keybase"),
        "echovita": (f"https://www.echovita.com/us/obituaries/{city[1].lower()}/{city[0].lower().replace(' ', '-')}/{g}-{f}-{rnd_digits(rng, 8)}", "url_obituary"),
        "portal": (f"https://myhealth.{rng.choice(['valleyregional', 'northpointe-health', 'stlukesmed', 'riverbendclinic'])}.org/portal/chart?patient={g}.{f}&dob={p.dob.isoformat()}", "url_portal"),
        "aboutme": (f"https://about.me/{g}{f}", "url_aboutme"),
        "kofi": (f"https://ko-fi.com/{g}{f}", "url_kofi"),
    }[style]


ALNUM = string.ascii_letters + string.digits


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng, style=None):
    style = style or rng.choice(["doppler", "vault", "databricks", "flyio", "newrelic", "grafana", "sentry", "pulumi",
                                 "square", "slack_app", "github_app", "age", "azure_ad", "heroku", "pplx", "atlassian",
                                 "twilio_auth", "mailchimp", "amqp_url", "jdbc_password", "odbc_pwd", "redis_url", "password"])
    hexd = "0123456789abcdef"
    low = string.ascii_lowercase + string.digits
    v = {
        "doppler": lambda: "dp.pt." + rs(rng, 43, low),
        "vault": lambda: "hvs." + rs(rng, 94, ALNUM + "_-"),
        "databricks": lambda: "dapi" + rs(rng, 32, hexd),
        "flyio": lambda: "fo1_" + rs(rng, 43, ALNUM + "_-"),
        "newrelic": lambda: "NRAK-" + rs(rng, 27, string.ascii_uppercase + string.digits),
        "grafana": lambda: "glsa_" + rs(rng, 32) + "_" + rs(rng, 8, hexd),
        "sentry": lambda: "sntryu_" + rs(rng, 64, hexd),
        "pulumi": lambda: "pul-" + rs(rng, 40, hexd),
        "square": lambda: "EAAA" + rs(rng, 60, ALNUM + "-_"),
        "slack_app": lambda: f"xapp-1-A{rs(rng, 10, string.ascii_uppercase + string.digits)}-{rnd_digits(rng, 13)}-{rs(rng, 64, hexd)}",
        "github_app": lambda: rng.choice(["ghs_", "ghu_"]) + rs(rng, 36),
        "age": lambda: "AGE-SECRET-KEY-1" + rs(rng, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
        "azure_ad": lambda: rs(rng, 3) + str(rng.randint(0, 9)) + "Q~" + rs(rng, 34, ALNUM + "_~.-").strip(".~-") + "Ab",
        "heroku": lambda: "HRKU-AA" + rs(rng, 58, ALNUM + "_-"),
        "pplx": lambda: "pplx-" + rs(rng, 48),
        "atlassian": lambda: "ATATT3xFfGF0" + rs(rng, 180, ALNUM + "_-") + "=" + rs(rng, 8, string.ascii_uppercase + string.digits),
        "twilio_auth": lambda: rs(rng, 32, hexd),
        "mailchimp": lambda: rs(rng, 32, hexd) + f"-us{rng.randint(10, 21)}",
        "amqp_url": lambda: f"amqps://ehr_ingest:{rs(rng, 20)}@{rng.choice(['b-3f1c', 'mq-prod', 'rabbit01'])}.{rng.choice(['northpointe-health', 'valleyregional'])}.org:5671/clinical",
        "jdbc_password": lambda: f"jdbc:postgresql://omop-db.{rng.choice(['northpointe-health', 'valleyregional'])}.org:5432/cdm?user=etl_svc&password={rs(rng, 18)}",
        "odbc_pwd": lambda: f"Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:ehr-sql-prod.{rng.choice(['stlukesmed', 'riverbendclinic'])}.org,1433;Database=Clarity;Uid=report_ro;Pwd={rs(rng, 16)}!;Encrypt=yes;",
        "redis_url": lambda: f"rediss://:{rs(rng, 32)}@cache-prod.{rng.choice(['stlukesmed', 'riverbendclinic'])}.org:6380/0",
        "password": lambda: rng.choice(["Summer", "Winter", "Harbor", "Cobalt", "Tundra"]) + str(rng.randint(2019, 2026)) + rng.choice("!#$%") + rs(rng, 4),
    }[style]()
    if style == "azure_ad":
        v = v[:40]
    return v, f"secret_{style}"
