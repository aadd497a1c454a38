"""Value generators for the twentysecond set, each from a published format rule, with validators.

Only the standard library and `phonenumbers` are used.  Every generator takes a random.Random and
returns (value, format_name).  `VALIDATORS[format_name](value)` re-checks the published rule.
"""
import ipaddress
import re
import string

import phonenumbers

# ---------------------------------------------------------------- persons
# Hand-written table (no Faker).  Cultures chosen because no earlier eval README head lists them:
# Amharic and Tigrinya (romanised and Ge'ez script), Malay (bin/binti patronymics), Sinhala
# (romanised and Sinhala script), Pashto, Kurdish (Kurmanji), Georgian (Mkhedruli), Armenian,
# Greek (Greek script), Samoan, Maori, Wolof, Somali, Mongolian (Cyrillic), Lao, Khmer.
# (given, family, culture, script)
NAMES = [
    ("Tewodros", "Gebremariam", "amharic", "latin"),
    ("ሰላማዊት", "ተስፋዬ", "amharic", "ethiopic"),
    ("Mebrahtu", "Tesfamichael", "tigrinya", "latin"),
    ("Nurul Aisyah", "binti Rahmat", "malay", "latin"),
    ("Muhammad Haziq", "bin Zulkifli", "malay", "latin"),
    ("Chathurika", "Wickramasinghe", "sinhala", "latin"),
    ("තිලිණි", "පෙරේරා", "sinhala", "sinhala"),
    ("Zarghuna", "Stanikzai", "pashto", "latin"),
    ("Rojda", "Berwari", "kurdish", "latin"),
    ("ნინო", "ჯაფარიძე", "georgian", "mkhedruli"),
    ("Levan", "Chkhaidze", "georgian", "latin"),
    ("Անահիտ", "Մկրտչյան", "armenian", "armenian"),
    ("Hovhannes", "Tumanyan", "armenian", "latin"),
    ("Σταυρούλα", "Κωνσταντινίδου", "greek", "greek"),
    ("Tavita", "Leiataua", "samoan", "latin"),
    ("Mereana", "Te Huia", "maori", "latin"),
    ("Moustapha", "Ndiaye", "wolof", "latin"),
    ("Hodan", "Warsame", "somali", "latin"),
    ("Батцэцэг", "Должинсүрэн", "mongolian", "cyrillic"),
    ("Ganbold", "Tserendorj", "mongolian", "latin"),
    ("Soukphaphone", "Vongsakda", "lao", "latin"),
    ("ສຸກສະຫວັນ", "ພົມມະຈັນ", "lao", "lao"),
    ("Sreyneang", "Chhim", "khmer", "latin"),
    ("សុខា", "ម៉ៅ", "khmer", "khmer"),
]
PERSON_STYLES = ["first_last", "LAST_COMMA_first", "ALL_CAPS", "initial_last", "last_first_native"]


def person(rng, style=None, idx=None):
    """Personal name from the hand-written table.  Styles: 'First Last', 'LAST, First', ALL CAPS
    (Latin only), initials ('N. A. binti Rahmat'), native order for non-Latin scripts."""
    g, f, cult, script = NAMES[idx if idx is not None else rng.randrange(len(NAMES))]
    style = style or rng.choice(PERSON_STYLES)
    if script != "latin":
        if cult in ("mongolian",) or style == "last_first_native":
            return f"{f} {g}" if cult == "mongolian" else f"{g} {f}", f"native_{script}"
        return f"{g} {f}", f"native_{script}"
    if style == "LAST_COMMA_first":
        return f"{f.upper()}, {g}", "LAST_COMMA_first"
    if style == "ALL_CAPS":
        return f"{g} {f}".upper(), "ALL_CAPS"
    if style == "initial_last":
        ini = " ".join(p[0] + "." for p in g.split())
        return f"{ini} {f}", "initials_last"
    return f"{g} {f}", "first_last"


def person_key(rng, idx=None):
    """Latin-script name joined for identifiers (snake_case or camelCase)."""
    while True:
        i = idx if idx is not None else rng.randrange(len(NAMES))
        g, f, cult, script = NAMES[i]
        if script == "latin":
            break
        idx = None
    parts = [p for p in re.split(r"[^A-Za-z]+", f"{g} {f}") if p]
    if rng.random() < 0.5:
        return "_".join(p.lower() for p in parts), "snake_joined"
    return parts[0].lower() + "".join(p.capitalize() for p in parts[1:]), "camel_joined"


def is_person(v):
    """True when the family name of a table entry occurs in v (letters only, case-folded)."""
    low = re.sub(r"[\W_]", "", v.casefold())
    for g, f, *_ in NAMES:
        fam = re.sub(r"[\W_]", "", f.casefold().replace("binti", "").replace("bin", ""))
        if fam and fam in low:
            return True
    return False


# ---------------------------------------------------------------- dates of birth
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DOB_FORMATS = ["iso", "dotted_dmy", "slash_ymd", "hl7_dt", "d_mon_y", "roman_month", "us_mdy", "key_ymd"]


def _days(y, m):
    return [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def dob(rng, fmt=None):
    """A full calendar date 1931..2012 (ISO 8601 calendar rules), written in one of: ISO 8601
    (1979-11-23), DIN 5008 dotted (23.11.1979), East-Asian y/m/d (1979/11/23), HL7 v2 DT (19791123),
    '23 Nov 1979', Roman-numeral month (23-XI-1979, used in Poland/Romania registries), US m/d/Y,
    and key-safe Y_m_d."""
    y = rng.randint(1931, 2012); m = rng.randint(1, 12); d = rng.randint(1, _days(y, m))
    fmt = fmt or rng.choice(DOB_FORMATS)
    v = {"iso": f"{y:04d}-{m:02d}-{d:02d}", "dotted_dmy": f"{d:02d}.{m:02d}.{y:04d}",
         "slash_ymd": f"{y:04d}/{m:02d}/{d:02d}", "hl7_dt": f"{y:04d}{m:02d}{d:02d}",
         "d_mon_y": f"{d} {MONTHS[m-1][:3]} {y}", "roman_month": f"{d:02d}-{ROMAN[m-1]}-{y}",
         "us_mdy": f"{m:02d}/{d:02d}/{y:04d}", "key_ymd": f"{y:04d}_{m:02d}_{d:02d}"}[fmt]
    return v, "dob_" + fmt


def valid_date(v):
    pats = [(r"(\d{4})[-/_](\d{2})[-/_](\d{2})", "ymd"), (r"(\d{4})(\d{2})(\d{2})", "ymd"),
            (r"(\d{2})\.(\d{2})\.(\d{4})", "dmy"), (r"(\d{2})/(\d{2})/(\d{4})", "mdy")]
    for p, o in pats:
        mm = re.fullmatch(p, v)
        if mm:
            a = list(map(int, mm.groups()))
            y, m, d = (a if o == "ymd" else (a[2], a[1], a[0]) if o == "dmy" else (a[2], a[0], a[1]))
            return 1900 < y < 2020 and 1 <= m <= 12 and 1 <= d <= _days(y, m)
    mm = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", v)
    if mm:
        m = [x[:3] for x in MONTHS].index(mm.group(2)) + 1
        return 1 <= int(mm.group(1)) <= _days(int(mm.group(3)), m)
    mm = re.fullmatch(r"(\d{2})-([IVX]+)-(\d{4})", v)
    if mm and mm.group(2) in ROMAN:
        return 1 <= int(mm.group(1)) <= _days(int(mm.group(3)), ROMAN.index(mm.group(2)) + 1)
    return False


# ---------------------------------------------------------------- MRN house styles
MRN_STYLES = ["ur_number", "hospital_number", "epic_epi", "chart_dash_check", "pt_hash", "medrec_slash",
              "enterprise_e"]


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def mrn(rng, style=None):
    """Medical record numbers in house styles: Australian 'UR' unit-record number (UR + 7 digits),
    UK hospital number (HN + year + 6 digits), Epic enterprise id (EPI + 9 digits), chart number with a
    mod-10 check digit (6 digits + '-' + check), 'Pt#' + 8 digits, MEDREC/6 digits/2-digit site,
    enterprise 'E' + 9 digits.  Always given with a key or text cue."""
    style = style or rng.choice(MRN_STYLES)
    if style == "ur_number":
        v = "UR" + _digits(rng, 7)
    elif style == "hospital_number":
        v = f"HN{rng.randint(2009, 2024)}-{_digits(rng, 6)}"
    elif style == "epic_epi":
        v = "EPI" + str(rng.randint(1, 9)) + _digits(rng, 8)
    elif style == "chart_dash_check":
        b = str(rng.randint(1, 9)) + _digits(rng, 5)
        v = f"{b}-{luhn_check(b)}"
    elif style == "pt_hash":
        v = "Pt#" + _digits(rng, 8)
    elif style == "medrec_slash":
        v = f"MEDREC/{_digits(rng, 6)}/{rng.randint(10, 99)}"
    else:
        v = "E" + str(rng.randint(1, 9)) + _digits(rng, 8)
    return v, "mrn_" + style


MRN_RX = {"ur_number": r"UR\d{7}", "hospital_number": r"HN20\d\d-\d{6}", "epic_epi": r"EPI[1-9]\d{8}",
          "chart_dash_check": r"[1-9]\d{5}-\d", "pt_hash": r"Pt#\d{8}", "medrec_slash": r"MEDREC/\d{6}/\d\d",
          "enterprise_e": r"E[1-9]\d{8}"}


def valid_mrn(v, style):
    if not re.fullmatch(MRN_RX[style], v):
        return False
    if style == "chart_dash_check":
        b, c = v.split("-")
        return luhn_check(b) == c
    return True


# ---------------------------------------------------------------- Luhn (ISO/IEC 7812-1 Annex B)
def luhn_check(body):
    """ISO/IEC 7812-1 Luhn check digit for a digit string."""
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
    num = re.sub(r"\D", "", num)
    return luhn_check(num[:-1]) == num[-1]


# ---------------------------------------------------------------- health plan ids
HP_STYLES = ["au_medicare", "ohip", "bc_phn", "ny_medicaid_cin", "bcbs_prefix", "mbi"]
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def health_plan(rng, style=None):
    """Health-plan beneficiary numbers:
    * Australian Medicare card number (Services Australia): 10 digits, first digit 2-6, check digit =
      sum(d[i] * (1,3,7,9,1,3,7,9)) mod 10 at position 9, issue number at position 10;
    * Ontario OHIP health number: 10 digits with a Luhn check digit + 2-letter version code;
    * British Columbia PHN: '9' + 8 digits + mod-11 check (weights 2,4,8,5,10,9,7,3);
    * New York Medicaid CIN: 2 letters + 5 digits + 1 letter;
    * BCBS member id: 3-letter alpha prefix + 'W' + 9 digits (BlueCard ID card standard);
    * CMS Medicare Beneficiary Identifier (MBI) 11-character rule set."""
    style = style or rng.choice(HP_STYLES)
    if style == "au_medicare":
        while True:
            d = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
            c = sum(a * w for a, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
            v = "".join(map(str, d)) + str(c) + str(rng.randint(1, 9))
            return f"{v[:4]} {v[4:9]} {v[9]}", "hp_au_medicare"
    if style == "ohip":
        b = str(rng.randint(1, 9)) + _digits(rng, 8)
        n = b + luhn_check(b)
        vc = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
        return f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", "hp_ohip"
    if style == "bc_phn":
        while True:
            b = "9" + _digits(rng, 8)
            c = _bc_phn_check(b)
            if c is not None:
                return f"{b[:4]} {b[4:7]} {b[7:]}{c}", "hp_bc_phn"
    if style == "ny_medicaid_cin":
        L = string.ascii_uppercase
        return rng.choice(L) + rng.choice(L) + _digits(rng, 5) + rng.choice(L), "hp_ny_medicaid_cin"
    if style == "bcbs_prefix":
        L = "BCDFGHJKLMNPRSTVXZ"
        return "".join(rng.choice(L) for _ in range(3)) + "W" + _digits(rng, 9), "hp_bcbs_prefix"
    return mbi(rng), "hp_mbi"


def _bc_phn_check(b):
    w = (2, 4, 8, 5, 10, 9, 7, 3)
    s = sum((int(x) * wt) % 11 for x, wt in zip(b[1:], w))
    c = 11 - s % 11
    return None if c >= 10 else str(c)


def mbi(rng):
    """CMS MBI: C A AN N A AN N A A N N (C = 1-9, A = letters without S L O I B Z)."""
    A = MBI_ALPHA; AN = A + string.digits
    pos = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = ""
    for p in pos:
        out += {"C": rng.choice("123456789"), "A": rng.choice(A), "AN": rng.choice(AN), "N": rng.choice(string.digits)}[p]
    return f"{out[:4]}-{out[4:7]}-{out[7:]}"


def valid_health_plan(v, fmt):
    if fmt == "hp_au_medicare":
        d = re.sub(r"\D", "", v)
        return len(d) == 10 and d[0] in "23456" and sum(int(a) * w for a, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(d[8])
    if fmt == "hp_ohip":
        m = re.fullmatch(r"(\d{4})-(\d{3})-(\d{3})-[A-Z]{2}", v)
        return bool(m) and luhn_ok("".join(m.groups()))
    if fmt == "hp_bc_phn":
        d = re.sub(r"\D", "", v)
        return len(d) == 10 and d[0] == "9" and _bc_phn_check(d[:9]) == d[9]
    if fmt == "hp_ny_medicaid_cin":
        return bool(re.fullmatch(r"[A-Z]{2}\d{5}[A-Z]", v))
    if fmt == "hp_bcbs_prefix":
        return bool(re.fullmatch(r"[A-Z]{3}W\d{9}", v))
    if fmt == "hp_mbi":
        s = v.replace("-", "")
        A = "[" + MBI_ALPHA + "]"; AN = "[" + MBI_ALPHA + "0-9]"
        return bool(re.fullmatch(f"[1-9]{A}{AN}\\d{A}{AN}\\d{A}{A}\\d\\d", s))
    return False


# ---------------------------------------------------------------- accounts
IBAN_SPECS = {"GE": ("2!a16!n", 22), "NO": ("11!n", 15), "KZ": ("3!n13!c", 20), "CR": ("18!n", 22),
              "MU": ("4!a2!n2!n12!n3!n3!a", 30), "IS": ("22!n", 26)}


def _bban(rng, spec):
    out = ""
    for n, t in re.findall(r"(\d+)!([nac])", spec):
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[t]
        out += "".join(rng.choice(pool) for _ in range(int(n)))
    return out


def iban_ok(v):
    s = v.replace(" ", "")
    if s[:2] not in IBAN_SPECS or len(s) != IBAN_SPECS[s[:2]][1]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


ACCT_STYLES = ["iban", "iban", "card_jcb", "card_discover", "card_unionpay", "card_diners", "hospital_har",
               "us_bank_dda"]


def account(rng, style=None):
    """Account numbers: ISO 13616 IBAN (mod-97 = 1) for Georgia, Norway, Kazakhstan, Costa Rica,
    Mauritius, Iceland (SWIFT IBAN registry lengths and BBAN structures); Luhn-valid payment cards
    (ISO/IEC 7812) with JCB 3528-3589, Discover 6011/65, UnionPay 62, Diners 36 prefixes; an Epic
    hospital account record number (HAR, 10 digits) and a US demand-deposit account (4-17 digits)
    which are given with a cue."""
    style = style or rng.choice(ACCT_STYLES)
    if style == "iban":
        cc = rng.choice(sorted(IBAN_SPECS))
        bban = _bban(rng, IBAN_SPECS[cc][0])
        r = bban + cc + "00"
        chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
        s = f"{cc}{chk:02d}{bban}"
        if rng.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s, "iban_" + cc
    if style.startswith("card_"):
        pre, ln = {"card_jcb": (str(rng.randint(3528, 3589)), 16), "card_discover": (rng.choice(["6011", "65"]), 16),
                   "card_unionpay": ("62" + str(rng.randint(2126, 2925))[:2], 16), "card_diners": ("36", 14)}[style]
        b = pre + _digits(rng, ln - len(pre) - 1)
        n = b + luhn_check(b)
        if ln == 16:
            n = " ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else n
        else:
            n = f"{n[:4]} {n[4:10]} {n[10:]}"
        return n, style
    if style == "hospital_har":
        return str(rng.randint(1, 9)) + _digits(rng, 9), "acct_hospital_har"
    return str(rng.randint(1, 9)) + _digits(rng, rng.randint(9, 12)), "acct_us_dda"


def valid_account(v, fmt):
    if fmt.startswith("iban_"):
        return iban_ok(v)
    if fmt.startswith("card_"):
        return luhn_ok(v)
    return bool(re.fullmatch(r"[1-9]\d{3,16}", v))


# ---------------------------------------------------------------- driver licences
DL_STATES = {
    # state: (regex, description)  -- AAMVA DL/ID card design standard, state format table
    "WI": (r"[A-Z]\d{13}", "1 letter + 13 digits"),
    "IL": (r"[A-Z]\d{11}", "1 letter + 11 digits"),
    "MN": (r"[A-Z]\d{12}", "1 letter + 12 digits"),
    "NH": (r"\d{2}[A-Z]{3}\d{5}", "2 digits + 3 letters + 5 digits"),
    "KS": (r"K\d{8}", "K + 8 digits"),
    "CO": (r"\d{2}-\d{3}-\d{4}", "2-3-4 digits"),
    "HI": (r"H\d{8}", "H + 8 digits"),
    "ND": (r"[A-Z]{3}\d{6}", "3 letters + 6 digits"),
    "IA": (r"\d{3}[A-Z]{2}\d{4}", "3 digits + 2 letters + 4 digits"),
    "WA": (r"WDL[A-Z0-9]{9}", "WDL + 9 alphanumerics (2018+ format)"),
    "MA": (r"S\d{8}", "S + 8 digits"),
    "VT": (r"\d{7}A", "7 digits + A"),
}


def licence(rng, state=None):
    """US driver's licence numbers following the AAMVA state format table for WI, IL, MN, NH, KS, CO,
    HI, ND, IA, WA (WDL + 9), MA, VT.  Always given with a cue."""
    st = state or rng.choice(sorted(DL_STATES))
    L = string.ascii_uppercase; D = string.digits
    f = {"WI": lambda: rng.choice(L) + _digits(rng, 13), "IL": lambda: rng.choice(L) + _digits(rng, 11),
         "MN": lambda: rng.choice(L) + _digits(rng, 12),
         "NH": lambda: _digits(rng, 2) + "".join(rng.choice(L) for _ in range(3)) + _digits(rng, 5),
         "KS": lambda: "K" + _digits(rng, 8), "CO": lambda: f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
         "HI": lambda: "H" + _digits(rng, 8), "ND": lambda: "".join(rng.choice(L) for _ in range(3)) + _digits(rng, 6),
         "IA": lambda: _digits(rng, 3) + rng.choice(L) + rng.choice(L) + _digits(rng, 4),
         "WA": lambda: "WDL" + "".join(rng.choice(L + D) for _ in range(9)),
         "MA": lambda: "S" + _digits(rng, 8), "VT": lambda: _digits(rng, 7) + "A"}[st]
    return f(), "dl_" + st


def valid_licence(v, fmt):
    return bool(re.fullmatch(DL_STATES[fmt[3:]][0], v))


# ---------------------------------------------------------------- devices
DEV_STYLES = ["imei", "meid", "iccid", "eui64", "mac_dash", "gs1_udi", "hibcc_udi", "implant_serial"]


def device(rng, style=None):
    """Device identifiers: 3GPP TS 23.003 IMEI (14 digits + Luhn); 3GPP2 MEID (14 hex digits, RR
    prefix A0-FF); ITU-T E.118 ICCID (89 + country + issuer + Luhn, 19 digits); IEEE EUI-64 (8 octets,
    colon form); IEEE EUI-48 MAC in the IEEE 802 hyphen form, unicast and globally administered;
    GS1 UDI (AI 01 GTIN-14 with GS1 mod-10 check + AI 21 serial); HIBCC UDI (+LIC + product + unit
    of measure + serial + mod-43 check); implant serial with cue."""
    style = style or rng.choice(DEV_STYLES)
    H = "0123456789ABCDEF"
    if style == "imei":
        b = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
        return b + luhn_check(b), "dev_imei"
    if style == "meid":
        return rng.choice("ABCDEF") + rng.choice(H) + "".join(rng.choice(H) for _ in range(12)), "dev_meid"
    if style == "iccid":
        b = "89" + rng.choice(["251", "94", "60", "995", "374", "976", "855", "856", "685", "252", "221"]) 
        b = b + _digits(rng, 18 - len(b))
        return b + luhn_check(b), "dev_iccid"
    if style == "eui64":
        o = [rng.randrange(256) for _ in range(8)]
        o[0] = o[0] & 0b11111100
        return ":".join(f"{x:02X}" for x in o), "dev_eui64"
    if style == "mac_dash":
        o = [rng.randrange(256) for _ in range(6)]
        o[0] = o[0] & 0b11111100
        if o[0] == 0:
            o[0] = 0x3C
        return "-".join(f"{x:02X}" for x in o), "dev_mac_dash"
    if style == "gs1_udi":
        b = "0" + _digits(rng, 12)
        g = b + gs1_check(b)
        return f"(01){g}(21){rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 7)}", "dev_gs1_udi"
    if style == "hibcc_udi":
        lic = rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(3))
        body = "+" + lic + _digits(rng, 5) + "0" + "/$$" + _digits(rng, 7)
        return body + hibcc_check(body), "dev_hibcc_udi"
    return rng.choice(["RNJ", "PJN", "BLX", "SAH"]) + _digits(rng, 6) + rng.choice("HSR"), "dev_implant_serial"


def gs1_check(b):
    """GS1 General Specifications 7.9.1 mod-10 check digit (weights 3,1 from the right)."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(b)))
    return str((10 - s % 10) % 10)


HIBCC_SET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibcc_check(s):
    """HIBCC LIC/SIC standard: mod-43 check character over the whole string."""
    return HIBCC_SET[sum(HIBCC_SET.index(c) for c in s) % 43]


def valid_device(v, fmt):
    if fmt == "dev_imei":
        return bool(re.fullmatch(r"\d{15}", v)) and luhn_ok(v)
    if fmt == "dev_meid":
        return bool(re.fullmatch(r"[A-F][0-9A-F]{13}", v))
    if fmt == "dev_iccid":
        return bool(re.fullmatch(r"89\d{17}", v)) and luhn_ok(v)
    if fmt == "dev_eui64":
        return bool(re.fullmatch(r"([0-9A-F]{2}:){7}[0-9A-F]{2}", v)) and int(v[:2], 16) & 3 == 0
    if fmt == "dev_mac_dash":
        return bool(re.fullmatch(r"([0-9A-F]{2}-){5}[0-9A-F]{2}", v)) and int(v[:2], 16) & 3 == 0 and v != "00-00-00-00-00-00"
    if fmt == "dev_gs1_udi":
        m = re.fullmatch(r"\(01\)(\d{14})\(21\)[A-Z0-9]+", v)
        return bool(m) and gs1_check(m.group(1)[:-1]) == m.group(1)[-1]
    if fmt == "dev_hibcc_udi":
        return v[0] == "+" and hibcc_check(v[:-1]) == v[-1]
    return bool(re.fullmatch(r"[A-Z]{3}\d{6}[HSR]", v))


# ---------------------------------------------------------------- VIN (ISO 3779 / 49 CFR 565.15)
VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMIS = ["JTD", "KNA", "SAL", "YV1", "3VW", "VF1", "ZFA", "TMB", "U5Y", "LFV", "MA3", "9BW"]


def vin(rng):
    """17-character VIN (no I, O, Q) with the 49 CFR 565.15 position-9 check digit; WMIs from
    Japan, Korea, UK, Sweden, Mexico, France, Italy, Czechia, China, India, Brazil."""
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    while True:
        body = rng.choice(WMIS) + "".join(rng.choice(A) for _ in range(5)) + "0" + \
            rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice(A) + _digits(rng, 6)
        c = vin_check(body)
        v = body[:8] + c + body[9:]
        return v, "vin_" + v[:3]


def vin_check(v):
    r = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def valid_vin(v, fmt=None):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


# ---------------------------------------------------------------- IP addresses
def ip(rng, kind=None):
    """Public IPv4 / IPv6 addresses: `ipaddress.is_global` (IANA special-purpose registries,
    RFC 6890) and outside the documentation ranges (RFC 5737, RFC 3849)."""
    kind = kind or rng.choice(["v4", "v4", "v6"])
    while True:
        if kind == "v4":
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        else:
            a = ipaddress.IPv6Address((rng.choice([0x2a02, 0x2400, 0x2803, 0x2c0f, 0x2606]) << 112) | rng.getrandbits(96) << 16 | rng.getrandbits(16))
        if valid_ip(str(a)):
            return str(a), "ip_" + kind


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def valid_ip(v, fmt=None):
    a = ipaddress.ip_address(v)
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["ET", "LK", "MY", "GE", "AM", "MN", "KH", "LA", "NZ", "WS", "SO", "SN", "US"]
PHONE_FORMATS = ["e164", "international", "national", "rfc3966"]


def phone(rng, region=None, fmt=None):
    """Phone numbers that `phonenumbers.is_valid_number` accepts (ITU-T E.164 + libphonenumber
    metadata) for Ethiopia, Sri Lanka, Malaysia, Georgia, Armenia, Mongolia, Cambodia, Laos, New Zealand,
    Samoa, Somalia, Senegal and the US (NANP; never 555-01xx), written E.164, international,
    national (with a cue) or RFC 3966 tel: URI."""
    region = region or rng.choice(PHONE_REGIONS)
    fmt = fmt or rng.choice(PHONE_FORMATS)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE) or \
        phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(5000):
        keep = max(2, len(nsn) // 3)
        cand = nsn[:keep] + _digits(rng, len(nsn) - keep)
        try:
            p = phonenumbers.parse("+" + str(ex.country_code) + cand)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region and \
                not (region == "US" and cand[3:6] == "555"):
            F = {"e164": phonenumbers.PhoneNumberFormat.E164, "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                 "national": phonenumbers.PhoneNumberFormat.NATIONAL, "rfc3966": phonenumbers.PhoneNumberFormat.RFC3966}[fmt]
            v = phonenumbers.format_number(p, F)
            if fmt == "rfc3966":
                v = v.split(";")[0]
            return v, f"phone_{region}_{fmt}"
    raise RuntimeError(region)


def valid_phone(v, fmt):
    region = fmt.split("_")[1]
    s = v[4:] if v.startswith("tel:") else v
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region


# ---------------------------------------------------------------- SSN (SSA randomisation rules, 2011)
def ssn(rng, sep=None):
    """SSN with area 001-899 except 666, group 01-99, serial 0001-9999 (SSA), joined by '-', ' ' or '_'."""
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99); s = rng.randint(1, 9999)
    sep = sep if sep is not None else rng.choice(["-", "-", " ", "_"])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", "ssn_" + {"-": "dash", " ": "space", "_": "underscore"}[sep]


def valid_ssn(v, fmt=None):
    m = re.fullmatch(r"(\d{3})[- _](\d{2})[- _](\d{4})", v)
    return bool(m) and 0 < int(m.group(1)) < 900 and m.group(1) != "666" and int(m.group(2)) > 0 and int(m.group(3)) > 0


# ---------------------------------------------------------------- emails, URLs, addresses, ZIPs
EMAIL_DOMAINS = ["yahoo.com.my", "xtra.co.nz", "yandex.ru", "gmx.net", "proton.me", "zoho.com", "mail.ru", "outlook.com"]


def email(rng, name_idx=None):
    """Personal address on a real consumer mail domain (not RFC 2606/6761 reserved)."""
    k, _ = person_key(rng, name_idx)
    local = k.replace("_", rng.choice([".", "_", ""])).lower() + (str(rng.randint(1, 99)) if rng.random() < 0.5 else "")
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}", "email_personal"


def valid_email(v, fmt=None):
    return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}", v)) and v.split("@")[1] in EMAIL_DOMAINS


URL_KINDS = ["justgiving", "caringbridge", "kitabisa", "leetchi", "linkedin", "mastodon", "vk", "mychart"]


def url(rng, name_idx=None):
    """Personal profile / fundraiser / patient-portal URLs (https, real hosts, person-specific path)."""
    k, _ = person_key(rng, name_idx)
    slug = k.replace("_", "-").lower()
    kind = rng.choice(URL_KINDS)
    v = {"justgiving": f"https://www.justgiving.com/crowdfunding/{slug}-kidney-transplant",
         "caringbridge": f"https://www.caringbridge.org/site/{slug.replace('-', '')}",
         "kitabisa": f"https://kitabisa.com/campaign/bantu{slug.replace('-', '')}",
         "leetchi": f"https://www.leetchi.com/fr/c/soins-{slug}-{rng.randint(1000000, 9999999)}",
         "linkedin": f"https://www.linkedin.com/in/{slug}-{rng.randint(100, 999)}a{rng.randint(10, 99)}",
         "mastodon": f"https://mastodon.nz/@{slug.replace('-', '_')}",
         "vk": f"https://vk.com/id{rng.randint(100000000, 899999999)}",
         "mychart": f"https://mychart.swedish.org/MyChart/Patient/{rng.randint(10000000, 99999999)}/summary"}[kind]
    return v, "url_" + kind


def valid_url(v, fmt=None):
    return v.startswith("https://") and not re.search(r"example\.(com|org|net)|\.test/|\.invalid", v)


STREETS = [
    ("94-1044 Kaukahi St", "Waipahu", "HI", "96797"),
    ("3320 E Tudor Rd Apt 14", "Anchorage", "AK", "99507"),
    ("1375 E 4500 S", "Salt Lake City", "UT", "84117"),
    ("4417 N Kedzie Ave Unit 2R", "Chicago", "IL", "60625"),
    ("Urb. Las Lomas, 1723 Calle 31 SO", "San Juan", "PR", "00921"),
    ("818 Wabasha St N", "Saint Paul", "MN", "55117"),
    ("2209 Rainier Ave S Apt 307", "Seattle", "WA", "98144"),
]


def street(rng):
    """US street address (USPS Publication 28 abbreviations), with city, state and ZIP."""
    s, c, st, z = rng.choice(STREETS)
    return f"{s}, {c}, {st} {z}", "street_us_pub28"


def valid_street(v, fmt=None):
    return bool(re.match(r"(Urb\. [A-Za-z ]+, )?\d", v)) and bool(re.search(r", [A-Z]{2} \d{5}$", v))


ZIP3 = ["967", "995", "841", "606", "009", "551", "981", "021", "334", "592"]


def zipcode(rng):
    """US ZIP or ZIP+4 (USPS), first three digits from a real sectional centre."""
    z = rng.choice(ZIP3) + _digits(rng, 2)
    if rng.random() < 0.4:
        return f"{z}-{_digits(rng, 4)}", "zip_plus4"
    return z, "zip5"


def valid_zip(v, fmt=None):
    return bool(re.fullmatch(r"\d{5}(-\d{4})?", v)) and v[:3] in ZIP3


# ---------------------------------------------------------------- secrets
B62 = string.ascii_letters + string.digits
SECRET_KINDS = ["gitlab_pat", "shopify_pat", "npm_token", "hf_token", "digitalocean_pat", "databricks", "postman",
                "linear", "doppler", "newrelic_user", "grafana_sa", "pg_conn", "amqps_conn", "password"]


def _r(rng, pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


def secret(rng, kind=None):
    """Credentials in vendors' documented token formats: GitLab PAT (glpat- + 20), Shopify admin
    token (shpat_ + 32 hex), npm granular token (npm_ + 36), Hugging Face (hf_ + 34), DigitalOcean
    PAT (dop_v1_ + 64 hex), Databricks PAT (dapi + 32 hex), Postman API key (PMAK- 24 hex - 34 hex),
    Linear API key (lin_api_ + 40), Doppler personal token (dp.pt. + 43), New Relic user key
    (NRAK- + 27 upper alnum), Grafana service-account token (glsa_ + 32 + _ + 8 hex), PostgreSQL and
    AMQPS URIs with an inline password (RFC 3986 userinfo), and a plain password given with a cue."""
    kind = kind or rng.choice(SECRET_KINDS)
    hx = "0123456789abcdef"
    v = {"gitlab_pat": lambda: "glpat-" + _r(rng, B62 + "-_", 20),
         "shopify_pat": lambda: "shpat_" + _r(rng, hx, 32),
         "npm_token": lambda: "npm_" + _r(rng, B62, 36),
         "hf_token": lambda: "hf_" + _r(rng, string.ascii_letters, 34),
         "digitalocean_pat": lambda: "dop_v1_" + _r(rng, hx, 64),
         "databricks": lambda: "dapi" + _r(rng, hx, 32),
         "postman": lambda: "PMAK-" + _r(rng, hx, 24) + "-" + _r(rng, hx, 34),
         "linear": lambda: "lin_api_" + _r(rng, B62, 40),
         "doppler": lambda: "dp.pt." + _r(rng, B62, 43),
         "newrelic_user": lambda: "NRAK-" + _r(rng, string.ascii_uppercase + string.digits, 27),
         "grafana_sa": lambda: "glsa_" + _r(rng, B62, 32) + "_" + _r(rng, hx, 8),
         "pg_conn": lambda: f"postgresql://clinic_app:{_r(rng, B62, 18)}@db-prod-07.internal.kliniknet.my:5432/emr",
         "amqps_conn": lambda: f"amqps://hl7feed:{_r(rng, B62, 22)}@rmq.tsehay-health.et:5671/prod",
         "password": lambda: _r(rng, string.ascii_letters, 5) + "!" + _digits(rng, 3) + _r(rng, "#$%&", 1) + _r(rng, B62, 6)}[kind]()
    return v, "secret_" + kind


SECRET_RX = {"gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}", "shopify_pat": r"shpat_[a-f0-9]{32}", "npm_token": r"npm_[A-Za-z0-9]{36}",
             "hf_token": r"hf_[A-Za-z]{34}", "digitalocean_pat": r"dop_v1_[a-f0-9]{64}", "databricks": r"dapi[a-f0-9]{32}",
             "postman": r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}", "linear": r"lin_api_[A-Za-z0-9]{40}",
             "doppler": r"dp\.pt\.[A-Za-z0-9]{43}", "newrelic_user": r"NRAK-[A-Z0-9]{27}",
             "grafana_sa": r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
             "pg_conn": r"postgresql://[a-z_]+:[A-Za-z0-9]{18}@[a-z0-9.-]+:5432/emr",
             "amqps_conn": r"amqps://[a-z0-9]+:[A-Za-z0-9]{22}@[a-z0-9.-]+:5671/prod",
             "password": r"[A-Za-z]{5}![0-9]{3}[#$%&][A-Za-z0-9]{6}"}


def valid_secret(v, fmt):
    return bool(re.fullmatch(SECRET_RX[fmt[7:]], v))


# ---------------------------------------------------------------- dispatch
def validate(category, value, fmt):
    """Re-check `value` against its published rule (value is the plain form, not regex-escaped)."""
    if category == "PERSON":
        return is_person(value)
    if category == "DATE_OF_BIRTH":
        return valid_date(value)
    if category == "MRN":
        return valid_mrn(value, fmt[4:])
    if category == "HEALTH_PLAN_ID":
        return valid_health_plan(value, fmt)
    if category == "ACCOUNT_NUMBER":
        return valid_account(value, fmt)
    if category == "LICENSE_NUMBER":
        return valid_licence(value, fmt)
    if category == "DEVICE_ID":
        return valid_device(value, fmt)
    if category == "VEHICLE_ID":
        return valid_vin(value)
    if category == "IP_ADDRESS":
        return valid_ip(value)
    if category == "URL":
        return valid_url(value)
    if category == "PHONE_NUMBER":
        return valid_phone(value, fmt)
    if category == "US_SSN":
        return valid_ssn(value)
    if category == "EMAIL_ADDRESS":
        return valid_email(value)
    if category == "STREET_ADDRESS":
        return valid_street(value)
    if category == "ZIP_CODE":
        return valid_zip(value)
    if category == "SECRET":
        return valid_secret(value, fmt)
    raise KeyError(category)


def rx_escape(s):
    """Escape only the regex metacharacters . ^ $ * + ? { } [ ] \\ | ( ) (ECMA-262 syntax characters)."""
    return re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", s)
