"""Value generators for the twentyfirst set, each from a published format rule, plus their validators.

Every generator takes a random.Random and returns (value, format_name). Validators return True/False.
Only the standard library and `phonenumbers` are used.
"""
import ipaddress
import re
import string

import phonenumbers

# ---------------------------------------------------------------- names (hand-written table, no Faker)
# (given, family, culture, order) -- order "western" = given family, "eastern" = family given.
NAMES = [
    ("Zofia", "Wójcik-Kamińska", "pl", "western"), ("Grzegorz", "Brzęczyszczykiewicz", "pl", "western"),
    ("Thị Thu Hằng", "Nguyễn", "vi", "eastern"), ("Văn Đức", "Trần", "vi", "eastern"),
    ("Adébáyọ̀", "Ọlánrewájú", "yo", "western"), ("Olúwaṣeun", "Adéyẹmí", "yo", "western"),
    ("Priyanka", "Raghunathan", "hi", "western"), ("Aarav Singh", "Chauhan", "hi", "western"),
    ("Luzviminda", "Dimaculangan", "fil", "western"), ("Rodelio", "Macapagal-Bautista", "fil", "western"),
    ("Yusuf", "Al-Harbi", "ar", "western"), ("Fatimah Zahra", "bint Khalid", "ar", "western"),
    ("Ji-hoon", "Seo", "ko", "eastern"), ("Min-seo", "Hwang", "ko", "eastern"),
    ("João Pedro", "Albuquerque dos Santos", "pt-BR", "western"), ("Thaís", "Figueiredo Nogueira", "pt-BR", "western"),
    ("Siobhán", "Ní Bhriain", "ga", "western"), ("Pádraig", "Ó Murchú", "ga", "western"),
    ("Eszter", "Szabó", "hu", "eastern"), ("Bálint", "Vörösmarty", "hu", "eastern"),
    ("Tendai", "Mukamuri", "sn", "western"), ("Kwabena", "Owusu-Ansah", "ak", "western"),
    ("Ingrid", "Sæther", "no", "western"), ("Oksana", "Hrytsenko", "uk", "western"),
    ("Mei-Ling", "Kuo", "zh-TW", "eastern"), ("Haruto", "Inoue", "ja", "eastern"),
    ("Leilani", "Kahananui", "haw", "western"), ("Ayşe Nur", "Kılıçdaroğlu", "tr", "western"),
    ("Mateo", "Quispe Mamani", "qu", "western"), ("Dagny", "Lindqvist", "sv", "western"),
    ("Nomvula", "Dlamini", "zu", "western"), ("Rafael", "Ibarra-Zubizarreta", "es", "western"),
]

_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"})


def ascii_fold(s):
    import unicodedata
    s = s.translate(_ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def person(rng, shape=None):
    """A name from the hand-written table above, in one of several written shapes:
    natural (family first for vi/ko/hu/zh/ja), 'FAMILY, Given' (registration style), initial + family,
    snake_joined / camelJoined / kebab (ASCII-folded, for keys, tool and file names)."""
    g, f, cult, order = rng.choice(NAMES)
    shape = shape or rng.choice(["natural", "natural", "registry", "initial"])
    if shape == "natural":
        v = f"{f} {g}" if order == "eastern" else f"{g} {f}"
    elif shape == "registry":
        v = f"{f.upper()}, {g}"
    elif shape == "initial":
        v = f"{g[0]}. {f}"
    else:
        parts = re.findall(r"[A-Za-z]+", ascii_fold(f"{g} {f}"))
        if shape == "snake":
            v = "_".join(p.lower() for p in parts)
        elif shape == "camel":
            v = parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
        else:
            v = "-".join(p.lower() for p in parts)
    return v, f"person_{shape}_{cult}"


# ---------------------------------------------------------------- dates of birth
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                 "października", "listopada", "grudnia"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                 "novembro", "dezembro"]}


def dob(rng, shape=None):
    """A full calendar date of birth (Gregorian, 1931-2012), written as ISO 8601, US MM/DD/YYYY, DD.MM.YYYY
    (DIN 5008), '7 March 1961', Polish '7 marca 1961 r.', Portuguese '7 de março de 1961', Korean '1961년 3월 7일',
    compact YYYYMMDD or snake YYYY_MM_DD (keys)."""
    y, m = rng.randint(1931, 2012), rng.randint(1, 12)
    d = rng.randint(1, 28)
    shape = shape or rng.choice(["iso", "us", "din", "en_text", "pl_text", "pt_text", "ko", "compact"])
    v = {"iso": f"{y:04d}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y:04d}", "din": f"{d:02d}.{m:02d}.{y:04d}",
         "en_text": f"{d} {MONTHS['en'][m-1]} {y}", "pl_text": f"{d} {MONTHS['pl'][m-1]} {y} r.",
         "pt_text": f"{d} de {MONTHS['pt'][m-1]} de {y}", "ko": f"{y}년 {m}월 {d}일",
         "compact": f"{y:04d}{m:02d}{d:02d}", "snake": f"{y:04d}_{m:02d}_{d:02d}"}[shape]
    return v, f"dob_{shape}"


# ---------------------------------------------------------------- SSN
def ssn_digits(rng):
    """SSA rules (POMS RM 10201.060 / randomization 2011): area 001-899 but not 666, group 01-99, serial 0001-9999."""
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng, shape=None):
    a, g, s = ssn_digits(rng)
    shape = shape or rng.choice(["dash", "dash", "space"])
    sep = {"dash": "-", "space": " ", "snake": "_", "bare": ""}[shape]
    return sep.join((a, g, s)), f"ssn_{shape}"


def valid_ssn(v):
    m = re.fullmatch(r"(\d{3})[- _]?(\d{2})[- _]?(\d{4})", v)
    return bool(m) and m.group(1) not in ("000", "666") and m.group(1) < "900" and m.group(2) != "00" and m.group(3) != "0000"


# ---------------------------------------------------------------- MRN (house styles)
def mrn(rng, shape=None):
    """Medical record numbers in several house styles: 'MRN' + 8 digits, 'MR#' + 7 digits, UR (unit record,
    AU/NZ style) 'UR-' + 6 digits, Epic-like 'E' + 8 digits, 'Krankenblatt' chart 'KB-' yyyy-5 digits,
    bare 9-digit chart number (only next to a cue)."""
    shape = shape or rng.choice(["mrn8", "mrhash", "ur", "e8", "kb", "bare9"])
    dd = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    v = {"mrn8": "MRN" + dd(8), "mrhash": "MR#" + dd(7), "ur": "UR-" + dd(6), "e8": "E" + dd(8),
         "kb": f"KB-{rng.randint(1998, 2024)}-{dd(5)}", "bare9": str(rng.randint(1, 9)) + dd(8)}[shape]
    return v, f"mrn_{shape}"


# ---------------------------------------------------------------- health plan IDs
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # CMS MBI spec: letters excluding S, L, O, I, B, Z


def mbi(rng):
    """CMS Medicare Beneficiary Identifier format (CMS 'MBI format specifications'): 11 characters,
    C A AN N A AN N A A N N, pos 1 digit 1-9, alphabetic positions exclude S L O I B Z."""
    N, A, AN = string.digits, MBI_ALPHA, string.digits + MBI_ALPHA
    spec = [N[1:], A, AN, N, A, AN, N, A, A, N, N]
    return "".join(rng.choice(s) for s in spec)


def valid_mbi(v):
    v = v.replace("-", "")
    A, AN = f"[{MBI_ALPHA}]", f"[0-9{MBI_ALPHA}]"
    return bool(re.fullmatch(f"[1-9]{A}{AN}[0-9]{A}{AN}[0-9]{A}{A}[0-9][0-9]", v))


def health_plan(rng, shape=None):
    """MBI (plain or in the 4-3-4 dashed print form), a BCBS-style member ID (3-letter alpha prefix + 9 digits),
    a New York Medicaid CIN (2 letters, 5 digits, 1 letter), a subscriber ID with '-01' dependent suffix."""
    shape = shape or rng.choice(["mbi", "mbi_dash", "bcbs", "ny_cin", "subscriber"])
    if shape in ("mbi", "mbi_dash"):
        m = mbi(rng)
        v = m if shape == "mbi" else f"{m[:4]}-{m[4:7]}-{m[7:]}"
    elif shape == "bcbs":
        v = "".join(rng.choice("ABCDEFGHJKMNPRTUVWXYZ") for _ in range(3)) + "".join(rng.choice(string.digits) for _ in range(9))
    elif shape == "ny_cin":
        v = "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + "".join(rng.choice(string.digits) for _ in range(5)) + rng.choice(string.ascii_uppercase)
    else:
        v = str(rng.randint(8, 9)) + "".join(rng.choice(string.digits) for _ in range(8)) + "-0" + str(rng.randint(1, 4))
    return v, f"hpid_{shape}"


# ---------------------------------------------------------------- accounts
def luhn_ok(digits):
    s, alt = 0, False
    for c in reversed(digits):
        d = int(c)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in string.digits:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_ok(v):
    v = v.replace(" ", "")
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng, cc, bban_len):
    """ISO 13616 IBAN with ISO 7064 mod 97-10 check digits (PL 28 chars, IE 22 with BIC letters, HU 28)."""
    if cc == "IE":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(rng.choice(string.digits) for _ in range(14))
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(bban_len))
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def account(rng, shape=None):
    """ISO/IEC 7812 Luhn-valid card numbers (Visa 4, Mastercard 2221-2720, Amex 37, Discover 6011) in 4-4-4-4 /
    4-6-5 groups; ISO 13616 IBANs (PL, IE, HU); a hospital account number (HAR, 10 digits); a US checking
    account number (12 digits, only next to a cue)."""
    shape = shape or rng.choice(["visa", "mc2", "amex", "disc", "iban_pl", "iban_ie", "iban_hu", "har", "checking"])
    dd = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    if shape == "visa":
        n = luhn_complete("4" + dd(14)); v = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    elif shape == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)) + dd(11)); v = "-".join(n[i:i + 4] for i in range(0, 16, 4))
    elif shape == "amex":
        n = luhn_complete("37" + dd(12)); v = f"{n[:4]} {n[4:10]} {n[10:]}"
    elif shape == "disc":
        v = luhn_complete("6011" + dd(11))
    elif shape == "iban_pl":
        v = iban(rng, "PL", 24)
    elif shape == "iban_ie":
        v = iban(rng, "IE", 18)
    elif shape == "iban_hu":
        v = iban(rng, "HU", 24)
    elif shape == "har":
        v = "HAR " + str(rng.randint(1, 9)) + dd(9)
    else:
        v = str(rng.randint(1, 9)) + dd(11)
    return v, f"acct_{shape}"


def valid_account(v, fmt):
    d = re.sub(r"[ -]", "", v)
    if fmt in ("acct_visa", "acct_mc2", "acct_amex", "acct_disc"):
        return d.isdigit() and luhn_ok(d)
    if fmt.startswith("acct_iban"):
        return iban_ok(v)
    return bool(re.fullmatch(r"(HAR )?\d{10,12}", v))


# ---------------------------------------------------------------- driver's licences (state formats, AAMVA DL/ID card design)
DL_FORMATS = {
    "CA": ("L7", "1 letter + 7 digits"), "FL": ("L3-3-2-3-1", "1 letter + 12 digits, printed A123-456-78-901-2"),
    "IL": ("L3-4-4", "1 letter + 11 digits, printed A123-4567-8901"), "WI": ("L3-4-4-2", "1 letter + 13 digits"),
    "NJ": ("L4 5 5", "1 letter + 14 digits"), "MA": ("S8", "'S' + 8 digits"), "NY": ("9", "9 digits"),
    "MI": ("L 3 3 3 3", "1 letter + 12 digits, printed with spaces"), "CO": ("2-3-4", "9 digits printed 12-345-6789"),
    "WA": ("WDL9", "'WDL' + 9 alphanumerics (2018+)"),
}


def licence(rng, state=None):
    """A driver's licence number in one US state's published format (see DL_FORMATS)."""
    state = state or rng.choice(sorted(DL_FORMATS))
    pat = DL_FORMATS[state][0]
    out = []
    for tok in re.findall(r"WDL|L|S|\d+|[- ]", pat):
        if tok == "L":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTWZ"))
        elif tok in ("S", "WDL"):
            out.append(tok)
        elif tok.isdigit():
            n = int(tok)
            alphabet = string.digits if state != "WA" else string.ascii_uppercase + string.digits
            out.append("".join(rng.choice(alphabet) for _ in range(n)))
        else:
            out.append(tok)
    return "".join(out), f"dl_{state}"


# ---------------------------------------------------------------- devices
def imei(rng):
    """3GPP TS 23.003 IMEI: 8-digit TAC + 6-digit serial + Luhn check digit (printed 2-6-6-1)."""
    tac = rng.choice(["35", "86", "01", "49"]) + "".join(rng.choice(string.digits) for _ in range(6))
    n = luhn_complete(tac + "".join(rng.choice(string.digits) for _ in range(6)))
    return n


def gtin14(rng):
    """GS1 GTIN-14 with the GS1 mod-10 check digit (weights 3,1 from the right)."""
    body = "0" + "".join(rng.choice(string.digits) for _ in range(12))
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def gtin_ok(g):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(g[:-1])))
    return (10 - s % 10) % 10 == int(g[-1])


def device(rng, shape=None):
    """IMEI (3GPP TS 23.003, Luhn), IEEE 802 MAC-48 (universally administered unicast: low two bits of the first
    octet 0), GS1 UDI in human-readable form (01) GTIN-14 (17) expiry (21) serial, an implant serial 'SN ' + maker-style
    letters and digits."""
    shape = shape or rng.choice(["imei", "imei_grouped", "mac_colon", "mac_dash", "udi", "implant"])
    if shape == "imei":
        v = imei(rng)
    elif shape == "imei_grouped":
        n = imei(rng); v = f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}"
    elif shape in ("mac_colon", "mac_dash"):
        o = [rng.randint(0, 255) & 0xFC] + [rng.randint(0, 255) for _ in range(5)]
        if o[0] == 0:
            o[0] = 0x3C
        sep = ":" if shape == "mac_colon" else "-"
        v = sep.join(f"{x:02X}" for x in o)
    elif shape == "udi":
        y = rng.randint(26, 31)
        v = f"(01){gtin14(rng)}(17){y:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(1000000, 9999999)}"
    else:
        v = "SN " + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(rng.randint(100000, 999999)) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return v, f"dev_{shape}"


def valid_device(v, fmt):
    if fmt.startswith("dev_imei"):
        d = v.replace("-", "")
        return len(d) == 15 and d.isdigit() and luhn_ok(d)
    if fmt.startswith("dev_mac"):
        m = re.fullmatch(r"([0-9A-F]{2})([:-][0-9A-F]{2}){5}", v)
        return bool(m) and int(v[:2], 16) & 3 == 0
    if fmt == "dev_udi":
        m = re.fullmatch(r"\(01\)(\d{14})\(17\)\d{6}\(21\)[A-Z0-9]+", v)
        return bool(m) and gtin_ok(m.group(1))
    return bool(re.fullmatch(r"SN [A-Z]{3}\d{6}[A-Z]", v))


# ---------------------------------------------------------------- VIN
VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    r = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin(rng):
    """ISO 3779 VIN, 17 characters without I O Q, with the North American check digit (49 CFR 565.15) at
    position 9; WMI from a real manufacturer prefix list, model year code at position 10."""
    wmi = rng.choice(["1FT", "2HG", "3VW", "5YJ", "JTD", "KMH", "WBA", "YV1", "SAL", "VF1", "ZFA", "TMB"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    vis = rng.choice("BCDEFGHJKLMNPRSTVWXY123456789") + "".join(rng.choice(VIN_CH) for _ in range(1)) + "".join(rng.choice(string.digits) for _ in range(6))
    v = wmi + vds + "0" + vis
    return v[:8] + vin_check(v) + v[9:], "vin_iso3779"


def valid_vin(v):
    return len(v) == 17 and all(c in VIN_CH for c in v) and vin_check(v) == v[8]


# ---------------------------------------------------------------- IP addresses
def ip(rng, shape=None):
    """A public IP address: IPv4 outside every IANA special-purpose block (RFC 6890 registry; checked with
    ipaddress.is_global and not in the RFC 5737 documentation nets), or a global-unicast IPv6 address in
    2000::/3 outside 2001:db8::/32 (RFC 3849), written in the RFC 5952 canonical compressed form, or with a port."""
    shape = shape or rng.choice(["v4", "v4", "v4_port", "v6", "v6_full"])
    if shape.startswith("v4"):
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDF000000))
            if a.is_global and not a.is_multicast and str(a).split(".")[-1] not in ("0", "255"):
                break
        v = str(a) + (f":{rng.choice([8443, 3389, 5432, 2222])}" if shape == "v4_port" else "")
    else:
        while True:
            hi = rng.choice([0x2A02, 0x2600, 0x2404, 0x2A01, 0x2800, 0x2C0F])
            groups = [hi] + [rng.randint(0, 0xFFFF) for _ in range(3)] + ([0, 0] if shape == "v6" else [rng.randint(1, 0xFFFF), rng.randint(1, 0xFFFF)]) + [rng.randint(0, 0xFFFF) for _ in range(2)]
            a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            if a.is_global:
                break
        v = a.compressed
    return v, f"ip_{shape}"


def valid_ip(v):
    h = v.rsplit(":", 1)[0] if re.fullmatch(r"[\d.]+:\d+", v) else v
    a = ipaddress.ip_address(h)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not any(a in n for n in doc if n.version == a.version) and (a.version == 4 or a.compressed == h)


# ---------------------------------------------------------------- URLs (personal pages)
def url(rng, slug_person):
    """A personal URL on a real, non-reserved host: fundraiser (GoFundMe /f/, CaringBridge /visit/),
    a profile (LinkedIn /in/, Instagram), a patient-portal deep link with a patient id (MyChart-style)."""
    shape = rng.choice(["gofundme", "caringbridge", "linkedin", "instagram", "portal"])
    s = slug_person
    tail = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(6))
    v = {"gofundme": f"https://www.gofundme.com/f/help-{s}-{tail}",
         "caringbridge": f"https://www.caringbridge.org/visit/{s.replace('-', '')}",
         "linkedin": f"https://www.linkedin.com/in/{s}-{tail}",
         "instagram": f"https://www.instagram.com/{s.replace('-', '.')}/",
         "portal": f"https://mychart.stlukes-health.org/MyChart/Patient/{rng.randint(10**7, 10**8 - 1)}/record"}[shape]
    return v, f"url_{shape}"


# ---------------------------------------------------------------- phones (libphonenumber metadata)
PHONE_REGIONS = ["US", "US", "US", "PL", "VN", "NG", "IN", "PH", "KR", "BR", "IE", "HU", "GB", "DE"]


def phone(rng, region=None):
    """A number that libphonenumber (phonenumbers 9.0.43) says is valid for its region, made by changing the
    last digits of the region's MOBILE / FIXED_LINE example number; US numbers never use 555-01xx (NANPA
    fictitious range). Written in E.164, INTERNATIONAL, NATIONAL or RFC 3966 form."""
    region = region or rng.choice(PHONE_REGIONS)
    typ = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, typ)
    nsn = str(ex.national_number)
    while True:
        k = min(5, len(nsn) - 3)
        cand = nsn[:-k] + "".join(rng.choice(string.digits) for _ in range(k))
        if region == "US":
            area = rng.choice(["312", "415", "617", "206", "303", "512", "612", "404", "907", "808", "503", "702"])
            cand = area + str(rng.randint(2, 9)) + "".join(rng.choice(string.digits) for _ in range(6))
            if cand[3:6] == "555":
                continue
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n) and cand != nsn:
            break
    fmt = rng.choice(["E164", "INTERNATIONAL", "NATIONAL", "RFC3966"])
    v = phonenumbers.format_number(n, getattr(phonenumbers.PhoneNumberFormat, fmt))
    if region == "US" and fmt == "NATIONAL" and rng.random() < 0.5:
        v = v.replace("(", "").replace(") ", "-")
    return v, f"phone_{region}_{fmt.lower()}"


def valid_phone(v, fmt):
    region = fmt.split("_")[1]
    try:
        n = phonenumbers.parse(v.replace("tel:", ""), region)
    except phonenumbers.NumberParseException:
        return False
    nat = str(n.national_number)
    return phonenumbers.is_valid_number(n) and not (region == "US" and nat[3:6] == "555" and nat[6:8] == "01")


# ---------------------------------------------------------------- email / address / ZIP
EMAIL_DOMAINS = ["gmail.com", "wp.pl", "naver.com", "web.de", "yahoo.co.uk", "outlook.com.br", "eircom.net", "freemail.hu",
                 "icloud.com", "protonmail.com"]


def email(rng, local):
    """A personal mailbox on a real consumer mail domain (never RFC 2606 / RFC 6761 reserved names)."""
    return f"{local}{rng.choice(['', '.', '_'])}{rng.randint(7, 99)}@{rng.choice(EMAIL_DOMAINS)}", "email_consumer"


# (city, state, ZIP prefix list) -- ZIP prefixes from USPS ZIP code prefix assignments for those cities
CITIES = [("Duluth", "MN", "558"), ("Tucson", "AZ", "857"), ("Hartford", "CT", "061"), ("Boise", "ID", "837"),
          ("Savannah", "GA", "314"), ("Spokane", "WA", "992"), ("Toledo", "OH", "436"), ("Albuquerque", "NM", "871"),
          ("Burlington", "VT", "054"), ("Lubbock", "TX", "794"), ("Fargo", "ND", "581"), ("Wichita", "KS", "672")]
STREETS = ["Kessler Ridge Rd", "Wojtyła Ave", "Sycamore Hollow Ln", "Old Mission Trl", "Dorchester Pl", "Calle Ybarra",
           "Pinecrest Blvd", "Harbor View Ct", "Magnolia Bend Dr", "Tamarack Way"]


def zip_code(rng, prefix=None, plus4=None):
    """A 5-digit USPS ZIP Code from a real 3-digit prefix, optionally ZIP+4."""
    prefix = prefix or rng.choice(CITIES)[2]
    z = prefix + f"{rng.randint(1, 99):02d}"
    plus4 = rng.random() < 0.4 if plus4 is None else plus4
    return (z + f"-{rng.randint(1, 9999):04d}") if plus4 else z, "zip_plus4" if plus4 else "zip5"


def address(rng):
    """A US street address in USPS Publication 28 style: number, street, optional unit, city, state, ZIP."""
    city, st, pre = rng.choice(CITIES)
    unit = rng.choice(["", f", Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" Unit {rng.randint(100, 999)}"])
    z, _ = zip_code(rng, pre, False)
    return f"{rng.randint(12, 9899)} {rng.choice(STREETS)}{unit}, {city}, {st} {z}", "addr_usps"


# ---------------------------------------------------------------- secrets (provider token prefixes)
B62 = string.ascii_letters + string.digits


def _r(rng, n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(b):
    import base64
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def secret(rng, shape=None):
    """Credential shapes by provider prefix: GitHub classic PAT 'ghp_' + 36 base62 and fine-grained
    'github_pat_' + 22 + '_' + 59; GitLab 'glpat-' + 20; Slack bot 'xoxb-' digits-digits-24; Stripe live secret
    'sk_live_' + 24; AWS access key id 'AKIA' + 16 [A-Z2-7]; Google API key 'AIza' + 35; npm 'npm_' + 36;
    SendGrid 'SG.' + 22 + '.' + 43; Anthropic 'sk-ant-api03-' + 93 + 'AA'; an HS256 JWT (RFC 7519); a PostgreSQL
    URI with a password (RFC 3986 userinfo); a plain password next to a cue."""
    shape = shape or rng.choice(["ghp", "github_pat", "glpat", "xoxb", "sk_live", "akia", "aiza", "npm", "sendgrid",
                                 "anthropic", "jwt", "pg_uri", "password"])
    if shape == "ghp":
        v = "ghp_" + _r(rng, 36)
    elif shape == "github_pat":
        v = "github_pat_" + _r(rng, 22) + "_" + _r(rng, 59)
    elif shape == "glpat":
        v = "glpat-" + _r(rng, 20, B62 + "-_")
    elif shape == "xoxb":
        v = f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**12, 10**13)}-{_r(rng, 24)}"
    elif shape == "sk_live":
        v = "sk_live_" + _r(rng, 24)
    elif shape == "akia":
        v = "AKIA" + _r(rng, 16, string.ascii_uppercase + "234567")
    elif shape == "aiza":
        v = "AIza" + _r(rng, 35, B62 + "-_")
    elif shape == "npm":
        v = "npm_" + _r(rng, 36)
    elif shape == "sendgrid":
        v = "SG." + _r(rng, 22, B62 + "-_") + "." + _r(rng, 43, B62 + "-_")
    elif shape == "anthropic":
        v = "sk-ant-api03-" + _r(rng, 93, B62 + "-_") + "AA"
    elif shape == "jwt":
        h = _b64url(b'{"alg":"HS256","typ":"JWT"}')
        p = _b64url(('{"sub":"%d","iat":%d,"scope":"read write"}' % (rng.randint(10**5, 10**6), rng.randint(1.6e9, 1.8e9))).encode())
        v = f"{h}.{p}.{_r(rng, 43, B62 + '-_')}"
    elif shape == "pg_uri":
        v = f"postgresql://svc_{_r(rng, 5, string.ascii_lowercase)}:{_r(rng, 18)}@db-{_r(rng, 6, string.ascii_lowercase)}.internal.vitalia-health.net:5432/claims"
    else:
        v = _r(rng, 6) + rng.choice("#!%&") + _r(rng, 7) + rng.choice("#!%&") + str(rng.randint(10, 99))
    return v, f"secret_{shape}"


SECRET_RX = {
    "secret_ghp": r"ghp_[A-Za-z0-9]{36}", "secret_github_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "secret_glpat": r"glpat-[A-Za-z0-9_-]{20}", "secret_xoxb": r"xoxb-\d+-\d+-[A-Za-z0-9]{24}",
    "secret_sk_live": r"sk_live_[A-Za-z0-9]{24}", "secret_akia": r"AKIA[A-Z2-7]{16}", "secret_aiza": r"AIza[A-Za-z0-9_-]{35}",
    "secret_npm": r"npm_[A-Za-z0-9]{36}", "secret_sendgrid": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "secret_anthropic": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", "secret_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "secret_pg_uri": r"postgresql://\w+:[A-Za-z0-9]{18}@[\w.-]+:5432/\w+", "secret_password": r"\S{16,17}",
}


def validate(category, fmt, v):
    """True when v obeys the published rule of its generator."""
    if category == "PERSON":
        return len(v) >= 4
    if category == "DATE_OF_BIRTH":
        return bool(re.search(r"(19[3-9]\d|20[01]\d)", v))
    if category == "US_SSN":
        return valid_ssn(v)
    if category == "MRN":
        return bool(re.fullmatch(r"MRN\d{8}|MR#\d{7}|UR-\d{6}|E\d{8}|KB-\d{4}-\d{5}|[1-9]\d{8}", v))
    if category == "HEALTH_PLAN_ID":
        if fmt.startswith("hpid_mbi"):
            return valid_mbi(v)
        return bool(re.fullmatch(r"[A-Z]{3}\d{9}|[A-Z]{2}\d{5}[A-Z]|[89]\d{8}-0[1-4]", v))
    if category == "ACCOUNT_NUMBER":
        return valid_account(v, fmt)
    if category == "LICENSE_NUMBER":
        return bool(re.fullmatch(r"[A-Z0-9 -]{8,20}|WDL[A-Z0-9]{9}", v)) and sum(c.isdigit() for c in v) >= 7
    if category == "DEVICE_ID":
        return valid_device(v, fmt)
    if category == "VEHICLE_ID":
        return valid_vin(v)
    if category == "IP_ADDRESS":
        return valid_ip(v)
    if category == "URL":
        return v.startswith("https://") and not re.search(r"example\.(com|org|net)|\.test/|\.invalid", v)
    if category == "PHONE_NUMBER":
        return valid_phone(v, fmt)
    if category == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[\w.+-]+@[\w.-]+\.[a-z]{2,}", v)) and v.split("@")[1] in EMAIL_DOMAINS
    if category == "STREET_ADDRESS":
        return bool(re.search(r"^\d+ .+, [A-Z]{2} \d{5}$", v))
    if category == "ZIP_CODE":
        return bool(re.fullmatch(r"\d{5}(-\d{4})?", v)) and v[:3] in {c[2] for c in CITIES}
    if category == "SECRET":
        return bool(re.fullmatch(SECRET_RX[fmt], v))
    return False
