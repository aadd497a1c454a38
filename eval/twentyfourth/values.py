"""Value generators and validators for the twentyfourth set (stdlib + phonenumbers).

Every generator takes a random.Random and returns the *plain* value; `render(fmt, plain)` gives the written
form and `validate(cat, fmt, plain)` checks the plain value against its published rule. Rules:

* PERSON: fakernaija name lists (Pythonian/fakernaija, MIT; Edo, Fulani, Hausa, Igbo, Ijaw, Yoruba) and the
  hand-written table HAND_NAMES below. Plain form is "Given Family".
* DATE_OF_BIRTH: proleptic Gregorian calendar (ISO 8601 plain form); month names from CLDR (it, da, ru genitive,
  sq, sr-Latn, th, ha); Thai dates in the Buddhist Era (BE = CE + 543); Persian-script dates with Extended
  Arabic-Indic digits (U+06F0..U+06F9); HL7 v2 DT (YYYYMMDD); Chinese 年月日.
* US_SSN: SSA rules (area 001-899 except 666, group 01-99, serial 0001-9999; SSA "SSN randomization" 2011).
  ITIN: IRS, 9XX-[50-65|70-88|90-92|94-99]-XXXX.
* MRN: house styles (site prefix + digits, Thai hospital number HN yy-nnnnnn, MR#, E-prefixed, year/serial).
* HEALTH_PLAN_ID: CMS Medicare Beneficiary Identifier (MBI) format spec (11 characters,
  C A AN N A AN N A A N N, letters without S L O I B Z); BCBS-style 3-letter alpha prefix + 9 digits;
  New York Medicaid CIN (2 letters, 5 digits, 1 letter); payer member id 9 digits + "-01" suffix.
* ACCOUNT_NUMBER: ISO 13616 IBAN (mod-97 = 1) for IT, DK, AL, RS, IR, FO (BBAN lengths from the SWIFT IBAN
  registry); ISO/IEC 7812 card numbers with the Luhn check (Visa 4, Mastercard 51-55, Amex 34/37, Discover 6011,
  JCB 3528-3589, UnionPay 62, Mir 2200-2204); hospital account record (HAR + 10 digits, cued).
* LICENSE_NUMBER: AAMVA / state DMV formats of IL, WA (WDL + 9), WI, MA, MD, CO, IA, KY, MN, NC.
* DEVICE_ID: 3GPP TS 23.003 IMEI (14 digits + Luhn), IEEE EUI-48 MAC (unicast, globally administered), GS1 UDI
  (AI 01 GTIN-14 with GS1 mod-10 check, 17 expiry, 10 lot, 21 serial), implant serial (cued).
* VEHICLE_ID: 49 CFR 565.15 VIN check digit (position 9), real WMIs; licence plates of Italy (2004 format),
  Denmark, Nigeria (3-letter LGA code, 3 digits, 2 letters), Serbia, Thailand, California.
* IP_ADDRESS: ipaddress.is_global, outside RFC 5737 / RFC 3849 documentation ranges.
* URL: personal profile / fundraiser / patient-portal URLs on real hosts.
* PHONE_NUMBER: phonenumbers.is_valid_number and number type MOBILE (or FIXED_LINE_OR_MOBILE), never 555-01xx.
* EMAIL_ADDRESS: name-derived local part on real consumer domains (never RFC 2606 reserved).
* STREET_ADDRESS / ZIP_CODE: USPS Publication 28 (standard suffix and state abbreviations), ZIP / ZIP+4 with the
  3-digit prefix of the named city.
* SECRET: gitleaks rules (gitleaks/gitleaks@b58d3f1, config/gitleaks.toml, MIT) copied to sources/gitleaks-rules.json;
  a PostgreSQL URI with an inline password; plain passwords (cued).
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
import string
from pathlib import Path

import phonenumbers

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- names
HAND_NAMES = [  # (given, family, culture, script)
    ("Blerina", "Gashi", "Albanian", "Latn"),
    ("สมศรี", "ทองดี", "Thai", "Thai"),
    ("Драган", "Јовановић", "Serbian", "Cyrl"),
    ("مهسا", "کریمی", "Persian", "Arab"),
    ("Ayanda", "Qwabe", "Xhosa", "Latn"),
    ("Ineza", "Uwimana", "Kinyarwanda", "Latn"),
    ("Maiwenn", "Kerjean", "Breton", "Latn"),
    ("Rannvá", "Joensen", "Faroese", "Latn"),
    ("Biret", "Gaup", "Northern Sami", "Latn"),
    ("សុខា", "ចាន់", "Khmer", "Khmr"),
    ("Nou", "Thao", "Hmong", "Latn"),
    ("Lourdes", "Taitague", "Chamorro", "Latn"),
    ("Achol", "Deng", "Dinka", "Latn"),
    ("Фарзона", "Раҳимова", "Tajik", "Cyrl"),
    ("བསྟན་འཛིན", "སྒྲོལ་མ", "Tibetan", "Tibt"),
    ("Билјана", "Стојановска", "Macedonian", "Cyrl"),
    ("അനിത", "നായർ", "Malayalam", "Mlym"),
    ("Wanjiru", "Kamau", "Kikuyu", "Latn"),
]


def load_nigerian():
    d = json.loads((HERE / "sources" / "fakernaija-names.json").read_text(encoding="utf-8"))
    firsts, lasts = {}, {}
    for r in d["first_names"]:
        if 2 <= len(r["name"]) <= 12 and " " not in r["name"]:
            firsts.setdefault(r["tribe"], []).append(r["name"])
    for r in d["last_names"]:
        if 2 <= len(r["name"]) <= 14 and " " not in r["name"]:
            lasts.setdefault(r["tribe"], []).append(r["name"])
    return firsts, lasts


NG_FIRST, NG_LAST = load_nigerian()
TRIBES = sorted(set(NG_FIRST) & set(NG_LAST))


def gen_name(rng, source):
    if source == "hand":
        g, f, _, _ = rng.choice(HAND_NAMES)
        return f"{g} {f}"
    t = rng.choice(TRIBES)
    return f"{rng.choice(NG_FIRST[t])} {rng.choice(NG_LAST[t])}"


def is_latin(s):
    return all(ord(c) < 0x250 for c in s)


def fold(s):
    """ASCII fold for identifiers and e-mail local parts (diacritics dropped)."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


# --------------------------------------------------------------------------- dates
MONTHS = {
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "ha": "Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DATE_FORMATS = ["dob_iso", "dob_us_long", "dob_us_slash", "dob_hl7", "dob_keysafe", "dob_it", "dob_da", "dob_ru",
                "dob_zh", "dob_sq", "dob_sr", "dob_th_be", "dob_fa", "dob_ha"]


def gen_dob(rng):
    d = dt.date(1931, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 84))
    return d.isoformat()


def render_date(fmt, iso):
    d = dt.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    return {
        "dob_iso": iso,
        "dob_us_long": f"{MONTHS['en'][m-1]} {dd}, {y}",
        "dob_us_slash": f"{m:02d}/{dd:02d}/{y}",
        "dob_hl7": f"{y}{m:02d}{dd:02d}",
        "dob_keysafe": f"{y}_{m:02d}_{dd:02d}",
        "dob_it": f"{dd} {MONTHS['it'][m-1]} {y}",
        "dob_da": f"{dd}. {MONTHS['da'][m-1]} {y}",
        "dob_ru": f"{dd} {MONTHS['ru'][m-1]} {y} г.",
        "dob_zh": f"{y}年{m}月{dd}日",
        "dob_sq": f"{dd} {MONTHS['sq'][m-1]} {y}",
        "dob_sr": f"{dd}. {MONTHS['sr'][m-1]} {y}.",
        "dob_th_be": f"{dd} {MONTHS['th'][m-1]} {y + 543}",
        "dob_fa": f"{y}/{m:02d}/{dd:02d}".translate(FA_DIGITS),
        "dob_ha": f"{dd} ga {MONTHS['ha'][m-1]}, {y}",
    }[fmt]


# --------------------------------------------------------------------------- checksums
def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_ok(iban):
    s = iban.replace(" ", "")
    s2 = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s2)) % 97 == 1


def iban_make(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


VIN_TR = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = sum(VIN_TR[c] * w for c, w in zip(v.upper(), VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin_ok(v):
    v = v.upper()
    return len(v) == 17 and all(c in VIN_CHARS for c in v) and v[8] == vin_check(v)


def gs1_check(digits13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits13)))
    return str((10 - s % 10) % 10)


# --------------------------------------------------------------------------- generators by category
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"
WMIS = ["KNA", "JN1", "JF1", "JM1", "WDD", "WAU", "WP0", "VF3", "VF7", "1G1", "1C4", "XTA", "L6T"]
PHONE_REGIONS = ["NG", "AL", "RS", "IR", "TH", "IT", "DK", "RU", "CN", "KH", "LA", "NP", "FO", "RW", "ZA", "KE", "US"]
EMAIL_DOMAINS = ["gmail.com", "libero.it", "yahoo.it", "mail.ru", "yandex.ru", "163.com", "hotmail.dk", "outlook.com",
                 "yahoo.com", "icloud.com"]
CITIES = [("Chicago", "IL", "606"), ("Seattle", "WA", "981"), ("Madison", "WI", "537"), ("Worcester", "MA", "016"),
          ("Baltimore", "MD", "212"), ("Denver", "CO", "802"), ("Des Moines", "IA", "503"),
          ("Louisville", "KY", "402"), ("Duluth", "MN", "558"), ("Raleigh", "NC", "276")]
STREETS = ["Maple", "Kenwood", "Halsted", "Aurora", "Pillsbury", "Wabash", "Bellevue", "Shenandoah", "Cottonwood",
           "Fairmount", "Linden", "Glenwood", "Mockingbird", "Tamarack"]
SUFFIXES = ["ST", "AVE", "RD", "DR", "LN", "CT", "BLVD", "PL", "TER", "WAY"]
MRN_SITES = ["LUTH", "UCH", "UNTH", "ABUTH", "KNH", "RVH", "OAUTHC", "JUTH"]
GITLEAKS = {r["id"]: r for r in json.loads((HERE / "sources" / "gitleaks-rules.json").read_text())}


def rdig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def gen_itin(rng):
    g = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return f"9{rdig(rng, 2)}-{g:02d}-{rng.randint(1, 9999):04d}"


def gen_mbi(rng):
    c = [rng.choice("123456789"), rng.choice(MBI_A), rng.choice(MBI_AN), rng.choice(string.digits),
         rng.choice(MBI_A), rng.choice(MBI_AN), rng.choice(string.digits), rng.choice(MBI_A), rng.choice(MBI_A),
         rng.choice(string.digits), rng.choice(string.digits)]
    return "".join(c)


IBAN_SPEC = {  # country: BBAN generator (SWIFT IBAN registry lengths)
    "IT": lambda r: r.choice(string.ascii_uppercase) + rdig(r, 10) + rdig(r, 12),
    "DK": lambda r: rdig(r, 14),
    "AL": lambda r: rdig(r, 8) + rdig(r, 16),
    "RS": lambda r: rdig(r, 18),
    "IR": lambda r: "0" + rdig(r, 21),
    "FO": lambda r: rdig(r, 14),
}
IBAN_LEN = {"IT": 27, "DK": 18, "AL": 28, "RS": 22, "IR": 26, "FO": 18}
CARD_PREFIX = {"visa": ("4", 16), "mastercard": ("5" + "12345"[0], 16), "amex": ("37", 15), "discover": ("6011", 16),
               "jcb": ("3530", 16), "unionpay": ("6212", 16), "mir": ("2202", 16)}


def gen_card(rng, brand):
    pre, n = CARD_PREFIX[brand]
    if brand == "mastercard":
        pre = "5" + rng.choice("12345")
    return luhn_complete(pre + rdig(rng, n - len(pre) - 1))


def group_card(num):
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


LICENCE = {  # state: (generator, validator regex over plain)
    "IL": (lambda r: r.choice(string.ascii_uppercase) + rdig(r, 11), r"[A-Z]\d{11}"),
    "WA": (lambda r: "WDL" + ralnum(r, 9, string.ascii_uppercase + string.digits), r"WDL[A-Z0-9]{9}"),
    "WI": (lambda r: r.choice(string.ascii_uppercase) + rdig(r, 13), r"[A-Z]\d{13}"),
    "MA": (lambda r: "S" + rdig(r, 8), r"S\d{8}"),
    "MD": (lambda r: r.choice(string.ascii_uppercase) + rdig(r, 12), r"[A-Z]\d{12}"),
    "CO": (lambda r: rdig(r, 9), r"\d{9}"),
    "IA": (lambda r: rdig(r, 3) + "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + rdig(r, 4),
           r"\d{3}[A-Z]{2}\d{4}"),
    "KY": (lambda r: r.choice(string.ascii_uppercase) + rdig(r, 8), r"[A-Z]\d{8}"),
    "MN": (lambda r: r.choice(string.ascii_uppercase) + rdig(r, 12), r"[A-Z]\d{12}"),
    "NC": (lambda r: rdig(r, 12), r"\d{12}"),
}


def render_licence(state, p):
    return {"IL": lambda: f"{p[0]}{p[1:4]}-{p[4:8]}-{p[8:]}", "WI": lambda: f"{p[0]}{p[1:4]}-{p[4:8]}-{p[8:12]}-{p[12:]}",
            "MD": lambda: f"{p[0]}-{p[1:4]}-{p[4:7]}-{p[7:10]}-{p[10:]}", "CO": lambda: f"{p[:2]}-{p[2:5]}-{p[5:]}",
            }.get(state, lambda: p)()


PLATE = {
    "plate_it": (lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) + " " + rdig(r, 3) + " "
                 + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), r"[A-HJ-NPR-TV-Z]{2} \d{3} [A-HJ-NPR-TV-Z]{2}"),
    "plate_dk": (lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + " " + rdig(r, 2) + " "
                 + rdig(r, 3), r"[A-Z]{2} \d{2} \d{3}"),
    "plate_ng": (lambda r: r.choice(["KSF", "EPE", "LSR", "AAA", "IKJ", "ABJ", "KTU", "FKJ"]) + " " + rdig(r, 3)
                 + " " + "".join(r.choice(string.ascii_uppercase) for _ in range(2)), r"[A-Z]{3} \d{3} [A-Z]{2}"),
    "plate_rs": (lambda r: r.choice(["BG", "NS", "NI", "KG"]) + " " + rdig(r, 3) + "-"
                 + "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVZ") for _ in range(2)), r"[A-Z]{2} \d{3}-[A-Z]{2}"),
    "plate_th": (lambda r: str(r.randint(1, 9)) + r.choice("กขคงจฉชซญฎฐ") + r.choice("กขคงจฉชซญฎฐ") + " "
                 + str(r.randint(1000, 9999)), r"\d[ก-ฮ]{2} \d{4}"),
    "plate_ca": (lambda r: str(r.randint(5, 9)) + "".join(r.choice(string.ascii_uppercase) for _ in range(3))
                 + rdig(r, 3), r"[1-9][A-Z]{3}\d{3}"),
}

URL_FORMS = [
    ("url_justgiving", lambda s, r: f"https://www.justgiving.com/crowdfunding/{s}-surgery-fund"),
    ("url_leetchi", lambda s, r: f"https://www.leetchi.com/c/{s}-{rdig(r, 4)}"),
    ("url_vk", lambda s, r: f"https://vk.com/{s.replace('-', '_')}{rdig(r, 2)}"),
    ("url_weibo", lambda s, r: f"https://weibo.com/u/{r.randint(1, 7)}{rdig(r, 9)}"),
    ("url_linkedin", lambda s, r: f"https://www.linkedin.com/in/{s}-{ralnum(r, 8, '0123456789abcdef')}"),
    ("url_mastodon", lambda s, r: f"https://mastodon.social/@{s.replace('-', '_')}"),
    ("url_portal", lambda s, r: f"https://mychart.luth.org.ng/patients/{rdig(r, 7)}/summary"),
    ("url_okru", lambda s, r: f"https://ok.ru/profile/{r.randint(5, 9)}{rdig(r, 11)}"),
]
URL_HOSTS = {"www.justgiving.com", "www.leetchi.com", "vk.com", "weibo.com", "www.linkedin.com", "mastodon.social",
             "mychart.luth.org.ng", "ok.ru"}


def gen_phone(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for _ in range(5000):
        cand = nsn[:2] + rdig(rng, len(nsn) - 2) if region != "US" else rng.choice(
            ["312", "206", "608", "508", "410", "303", "515", "502", "218", "919"]) + str(rng.randint(2, 9)) + rdig(rng, 6)
        if region == "US" and cand[3:6] == "555":
            continue
        n = phonenumbers.parse(cand, region)
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError(region)


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    return {"phone_e164": e164,
            "phone_intl": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            "phone_national": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL),
            "phone_tel": phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.RFC3966),
            "phone_digits": e164[1:]}[fmt]


def gen_public_ip(rng, v6=False):
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    while True:
        if v6:
            a = ipaddress.IPv6Address((0x2000 + rng.randrange(0x1000)) << 112 | rng.getrandbits(112))
            if rng.random() < 0.5:  # some zero groups, so that compression shows
                a = ipaddress.IPv6Address(int(a) & ~(0xFFFFFFFF << 32))
        else:
            a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.is_global and not any(a in n for n in doc) and not a.is_multicast:
            return str(a)


def token_for(rule_id, rng):
    hexd = "0123456789abcdef"
    an = string.ascii_lowercase + string.digits
    return {
        "github-fine-grained-pat": lambda: "github_pat_" + ralnum(rng, 22) + "_" + ralnum(rng, 59),
        "gitlab-pat": lambda: "glpat-" + ralnum(rng, 20),
        "npm-access-token": lambda: "npm_" + ralnum(rng, 36),
        "shopify-access-token": lambda: "shpat_" + ralnum(rng, 32, hexd),
        "linear-api-key": lambda: "lin_api_" + ralnum(rng, 40),
        "doppler-api-token": lambda: "dp.pt." + ralnum(rng, 43),
        "postman-api-token": lambda: "PMAK-" + ralnum(rng, 24, hexd) + "-" + ralnum(rng, 34, hexd),
        "grafana-service-account-token": lambda: "glsa_" + ralnum(rng, 32) + "_" + ralnum(rng, 8, hexd),
        "databricks-api-token": lambda: "dapi" + ralnum(rng, 32, hexd),
        "huggingface-access-token": lambda: "hf_" + ralnum(rng, 34, string.ascii_letters),
        "aws-access-token": lambda: "AKIA" + ralnum(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "rubygems-api-token": lambda: "rubygems_" + ralnum(rng, 48, hexd),
        "planetscale-password": lambda: "pscale_pw_" + ralnum(rng, 43, string.ascii_letters + string.digits + "_"),
        "alibaba-access-key-id": lambda: "LTAI" + ralnum(rng, 20, an),
    }[rule_id]()


def gitleaks_regex(rule_id):
    rx = GITLEAKS[rule_id]["regex"]
    flags = 0
    if "(?i)" in rx:  # Go allows a mid-pattern (?i); Python needs it global
        rx = rx.replace("(?i)", "")
        flags = re.I
    return re.compile(rx, flags)


# --------------------------------------------------------------------------- format table
# fmt -> (category, nocue_ok)
FORMATS = {}


def _f(cat, nocue, *names):
    for n in names:
        FORMATS[n] = (cat, nocue)


_f("PERSON", True, "name_plain", "name_upper", "name_family_comma", "name_initial")
_f("DATE_OF_BIRTH", False, *DATE_FORMATS)
_f("US_SSN", True, "ssn_dash", "ssn_space", "itin_dash")
_f("US_SSN", False, "ssn_bare")
_f("MRN", False, "mrn_site", "mrn_hn", "mrn_hash", "mrn_e", "mrn_year", "mrn_bare9")
_f("HEALTH_PLAN_ID", False, "mbi_plain", "mbi_dashed", "member_prefix", "ny_cin", "member_suffix")
_f("ACCOUNT_NUMBER", True, "iban_e", "iban_paper", "card_grouped", "card_plain")
_f("ACCOUNT_NUMBER", False, "har")
_f("LICENSE_NUMBER", False, *["dl_" + s for s in LICENCE])
_f("DEVICE_ID", True, "mac_colon", "mac_hyphen", "mac_dotted", "udi_gs1")
_f("DEVICE_ID", False, "imei", "imei_grouped", "implant_sn")
_f("VEHICLE_ID", True, "vin", "vin_lower")
_f("VEHICLE_ID", False, *PLATE)
_f("IP_ADDRESS", True, "ipv4", "ipv4_port", "ipv4_cidr32", "ipv6", "ipv6_exploded", "ipv6_bracket_port")
_f("URL", True, *[u[0] for u in URL_FORMS])
_f("PHONE_NUMBER", True, "phone_e164", "phone_intl", "phone_tel")
_f("PHONE_NUMBER", False, "phone_national", "phone_digits")
_f("EMAIL_ADDRESS", True, "email", "mailto")
_f("STREET_ADDRESS", True, "addr_full", "addr_upper", "addr_line")
_f("ZIP_CODE", False, "zip5", "zip9")
_f("SECRET", True, *["tok_" + r for r in GITLEAKS], "pg_uri")
_f("SECRET", False, "password")


def gen(fmt, rng, ctx):
    """Return the plain value for a format. ctx carries 'name' (for e-mail / URL / person) and a name source."""
    cat = FORMATS[fmt][0]
    if cat == "PERSON":
        return ctx["name"]
    if cat == "DATE_OF_BIRTH":
        return gen_dob(rng)
    if fmt == "itin_dash":
        return gen_itin(rng)
    if cat == "US_SSN":
        return gen_ssn(rng)
    if cat == "MRN":
        return {"mrn_site": lambda: f"{rng.choice(MRN_SITES)}-{rdig(rng, 8)}",
                "mrn_hn": lambda: f"HN {rng.randint(45, 68)}-{rdig(rng, 6)}",
                "mrn_hash": lambda: f"MR#{rdig(rng, 7)}", "mrn_e": lambda: f"E{rdig(rng, 8)}",
                "mrn_year": lambda: f"{rng.randint(2005, 2025)}/{rdig(rng, 6)}",
                "mrn_bare9": lambda: str(rng.randint(1, 9)) + rdig(rng, 8)}[fmt]()
    if fmt.startswith("mbi"):
        return gen_mbi(rng)
    if fmt == "member_prefix":
        return "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + rdig(rng, 9)
    if fmt == "ny_cin":
        return "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + rdig(rng, 5) + rng.choice(string.ascii_uppercase)
    if fmt == "member_suffix":
        return str(rng.randint(1, 9)) + rdig(rng, 8) + "-01"
    if fmt.startswith("iban"):
        cc = ctx.get("iban_cc") or rng.choice(sorted(IBAN_SPEC))
        return iban_make(cc, IBAN_SPEC[cc](rng))
    if fmt.startswith("card"):
        return gen_card(rng, ctx.get("brand") or rng.choice(sorted(CARD_PREFIX)))
    if fmt == "har":
        return "HAR" + str(rng.randint(1, 9)) + rdig(rng, 9)
    if fmt.startswith("dl_"):
        return LICENCE[fmt[3:]][0](rng)
    if fmt.startswith("mac"):
        b = [rng.getrandbits(8) for _ in range(6)]
        b[0] &= 0xFC
        return ":".join(f"{x:02x}" for x in b)
    if fmt == "udi_gs1":
        g = "0" + rdig(rng, 12)
        exp = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 1500))
        return f"(01){g}{gs1_check(g)}(17){exp:%y%m%d}(10){ralnum(rng, 6, string.ascii_uppercase + string.digits)}(21){rdig(rng, 8)}"
    if fmt.startswith("imei"):
        return luhn_complete(rng.choice(["35", "86", "01", "99"]) + rdig(rng, 12))
    if fmt == "implant_sn":
        return rng.choice(["SN", "S/N ", "PJN"]) + rdig(rng, 7)
    if fmt.startswith("vin"):
        while True:
            v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + \
                "".join(rng.choice(VIN_CHARS) for _ in range(2)) + rdig(rng, 6)
            v = v[:8] + vin_check(v) + v[9:]
            if vin_ok(v):
                return v
    if fmt.startswith("plate"):
        return PLATE[fmt][0](rng)
    if cat == "IP_ADDRESS":
        return gen_public_ip(rng, v6=fmt.startswith("ipv6"))
    if cat == "URL":
        slug = re.sub(r"[^a-z0-9]+", "-", fold(ctx["name"]).lower()).strip("-") or "kamau"
        return dict(URL_FORMS)[fmt](slug, rng)
    if cat == "PHONE_NUMBER":
        return gen_phone(rng, ctx.get("region") or rng.choice(PHONE_REGIONS))
    if cat == "EMAIL_ADDRESS":
        g, f = fold(ctx["name"]).lower().split(" ", 1) if is_latin(ctx["name"]) else ("", "")
        dom = rng.choice(EMAIL_DOMAINS)
        if dom == "163.com" or not g:
            return f"{rng.choice(['wz', 'lin', 'mei', 'qiu'])}{rdig(rng, 6)}@{dom}"
        return f"{g}{rng.choice(['.', '_', ''])}{f.replace(' ', '')}{rdig(rng, 2)}@{dom}"
    if cat == "STREET_ADDRESS":
        city, st, z3 = rng.choice(CITIES)
        unit = f" APT {rng.randint(1, 40)}" if rng.random() < 0.3 else ""
        return f"{rng.randint(100, 9899)} {rng.choice(['N ', 'S ', 'E ', 'W ', ''])}{rng.choice(STREETS).upper()} {rng.choice(SUFFIXES)}{unit}, {city.upper()}, {st} {z3}{rdig(rng, 2)}"
    if cat == "ZIP_CODE":
        city, st, z3 = rng.choice(CITIES)
        z = z3 + str(rng.randint(1, 9)) + rdig(rng, 1)
        return z if fmt == "zip5" else f"{z}-{rng.randint(1, 9)}{rdig(rng, 3)}"
    if fmt.startswith("tok_"):
        return token_for(fmt[4:], rng)
    if fmt == "pg_uri":
        return f"postgresql://clinic_app:{ralnum(rng, 14)}@db{rng.randint(2, 9)}.{rng.choice(['ondigitalhost.net', 'pgcluster.io', 'hostedpg.com'])}:5432/ehr"
    if fmt == "password":
        return ralnum(rng, 6) + rng.choice("!#%&*") + ralnum(rng, 5)
    raise KeyError(fmt)


def render(fmt, plain):
    cat = FORMATS[fmt][0]
    if cat == "PERSON":
        g, f = plain.split(" ", 1)
        return {"name_plain": plain, "name_upper": plain.upper(), "name_family_comma": f"{f.upper()}, {g}",
                "name_initial": f"{g[0]}. {f}"}[fmt]
    if cat == "DATE_OF_BIRTH":
        return render_date(fmt, plain)
    if fmt == "ssn_space":
        return plain.replace("-", " ")
    if fmt == "ssn_bare":
        return plain.replace("-", "")
    if fmt == "mbi_dashed":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    if fmt == "iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt == "card_grouped":
        return group_card(plain)
    if fmt.startswith("dl_"):
        return render_licence(fmt[3:], plain)
    if fmt == "mac_hyphen":
        return plain.replace(":", "-").upper()
    if fmt == "mac_dotted":
        h = plain.replace(":", "")
        return ".".join(h[i:i + 4] for i in range(0, 12, 4))
    if fmt == "imei_grouped":
        return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}"
    if fmt == "vin_lower":
        return plain.lower()
    if fmt == "ipv4_port":
        return plain + ":8443"
    if fmt == "ipv4_cidr32":
        return plain + "/32"
    if fmt == "ipv6_exploded":
        return ipaddress.IPv6Address(plain).exploded
    if fmt == "ipv6_bracket_port":
        return f"[{plain}]:443"
    if cat == "PHONE_NUMBER":
        return render_phone(fmt, plain)
    if fmt == "mailto":
        return "mailto:" + plain
    if fmt == "addr_line":
        return plain.rsplit(",", 2)[0].title()
    if fmt == "addr_full":
        street, city, stzip = plain.rsplit(", ", 2)
        return f"{street.title().replace('Apt', 'Apt')}, {city.title()}, {stzip}"
    return plain


def ident(s, ascii_only):
    """The key / file-name / tool-name form: separators become '_'."""
    if ascii_only:
        return re.sub(r"[^A-Za-z0-9-]+", "_", fold(s)).strip("_")
    return re.sub(r"[\s,/:;#()\[\]]+", "_", s).strip("_")


RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "test", "invalid", "localhost")


def validate(fmt, plain):
    cat = FORMATS[fmt][0]
    if cat == "PERSON":
        return len(plain.split(" ")) == 2
    if cat == "DATE_OF_BIRTH":
        d = dt.date.fromisoformat(plain)
        return 1900 < d.year < 2020
    if fmt == "itin_dash":
        m = re.fullmatch(r"9\d\d-(\d\d)-(\d{4})", plain)
        g = int(m.group(1)) if m else 0
        return bool(m) and (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99) and m.group(2) != "0000"
    if cat == "US_SSN":
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", plain)
        return bool(m) and m.group(1) not in ("000", "666") and int(m.group(1)) < 900 and m.group(2) != "00" \
            and m.group(3) != "0000"
    if cat == "MRN":
        return bool(re.fullmatch(r"[A-Z]{2,6}-\d{8}|HN \d{2}-\d{6}|MR#\d{7}|E\d{8}|20[0-2]\d/\d{6}|[1-9]\d{8}", plain))
    if fmt.startswith("mbi"):
        return bool(re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                                 r"[AC-HJKMNP-RT-Y]{2}\d\d", plain))
    if cat == "HEALTH_PLAN_ID":
        return bool(re.fullmatch(r"[A-Z]{3}\d{9}|[A-Z]{2}\d{5}[A-Z]|[1-9]\d{8}-01", plain))
    if fmt.startswith("iban"):
        return plain[:2] in IBAN_LEN and len(plain) == IBAN_LEN[plain[:2]] and iban_ok(plain)
    if fmt.startswith("card"):
        return luhn_ok(plain) and len(plain) in (15, 16)
    if fmt == "har":
        return bool(re.fullmatch(r"HAR[1-9]\d{9}", plain))
    if fmt.startswith("dl_"):
        return bool(re.fullmatch(LICENCE[fmt[3:]][1], plain))
    if fmt.startswith("mac"):
        return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", plain)) and int(plain[:2], 16) & 3 == 0
    if fmt == "udi_gs1":
        m = re.fullmatch(r"\(01\)(\d{13})(\d)\(17\)(\d{6})\(10\)[A-Z0-9]{6}\(21\)\d{8}", plain)
        return bool(m) and gs1_check(m.group(1)) == m.group(2)
    if fmt.startswith("imei"):
        return len(plain) == 15 and plain.isdigit() and luhn_ok(plain)
    if fmt == "implant_sn":
        return bool(re.fullmatch(r"(SN|S/N |PJN)\d{7}", plain))
    if fmt.startswith("vin"):
        return vin_ok(plain) and plain[:3] in WMIS
    if fmt.startswith("plate"):
        return bool(re.fullmatch(PLATE[fmt][1], plain))
    if cat == "IP_ADDRESS":
        a = ipaddress.ip_address(plain)
        doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
        return a.is_global and not any(a in n for n in doc if n.version == a.version)
    if cat == "URL":
        m = re.fullmatch(r"https://([^/]+)/\S+", plain)
        return bool(m) and m.group(1) in URL_HOSTS
    if cat == "PHONE_NUMBER":
        n = phonenumbers.parse(plain)
        nat = str(n.national_number)
        return phonenumbers.is_valid_number(n) and not (n.country_code == 1 and nat[3:6] == "555")
    if cat == "EMAIL_ADDRESS":
        m = re.fullmatch(r"[a-z0-9._]+@([a-z0-9.]+)", plain)
        return bool(m) and m.group(1) in EMAIL_DOMAINS and not m.group(1).endswith(RESERVED_DOMAINS)
    if cat == "STREET_ADDRESS":
        m = re.fullmatch(r"\d{3,4} (?:[NSEW] )?[A-Z]+ (ST|AVE|RD|DR|LN|CT|BLVD|PL|TER|WAY)(?: APT \d+)?, ([A-Z ]+), ([A-Z]{2}) (\d{5})", plain)
        return bool(m) and any(c.upper() == m.group(2) and s == m.group(3) and m.group(4).startswith(z) for c, s, z in CITIES)
    if cat == "ZIP_CODE":
        return bool(re.fullmatch(r"\d{5}(-\d{4})?", plain)) and any(plain.startswith(z) for _, _, z in CITIES)
    if fmt.startswith("tok_"):
        return bool(gitleaks_regex(fmt[4:]).search(plain + " "))
    if fmt == "pg_uri":
        return bool(re.fullmatch(r"postgresql://\w+:[A-Za-z0-9]{14}@[\w.]+:5432/ehr", plain))
    if fmt == "password":
        return bool(re.fullmatch(r"[A-Za-z0-9]{6}[!#%&*][A-Za-z0-9]{5}", plain))
    return False
