#!/usr/bin/env python3
"""Value generators and validators for the nineteenth set (stdlib + phonenumbers).

Every generator takes a random.Random and returns a synthetic value. Where a published rule has a check digit,
the generator computes it and `validate()` re-checks it. Rules used:

* SSN: SSA rules since 2011 (area 001-899 except 666, group 01-99, serial 0001-9999), not the advertising
  range 987-65-4320..4329, not 078-05-1120 / 219-09-9999.
* Medicare Beneficiary Identifier: CMS MBI format (11 chars: C A AN N A AN N A A N N; letters exclude S L O I B Z).
* Australian Medicare card number: 10 digits, first 2-6, digit 9 = (d1*1+d2*3+d3*7+d4*9+d5*1+d6*3+d7*7+d8*9) mod 10,
  digit 10 = issue number; the IRN (1-9) follows.
* Ontario OHIP health number: 10 digits, Luhn over the 10 digits, plus a 2-letter version code.
* German Krankenversichertennummer (KVNR, eGK): letter + 8 digits + check digit; letter -> 2-digit number
  (A=01..Z=26), the 10 digits weighted 1,2,1,2,..., products' digit sums added, mod 10.
* IBAN: ISO 13616 / ISO 7064 mod 97-10 check digits, country lengths from the SWIFT IBAN registry.
* Payment cards: ISO/IEC 7812 Luhn; prefixes Visa 4, Mastercard 51-55 / 2221-2720, Amex 34/37, JCB 3528-3589.
* VIN: ISO 3779 with the North American check digit (position 9, transliteration + weights 8765432X098765432).
* IMEI: 3GPP TS 23.003 (14 digits + Luhn check digit), TAC prefixes of real manufacturers' allocations.
* MAC: IEEE EUI-48, unicast (I/G bit 0) and universally administered (U/L bit 0).
* GS1 UDI: GTIN-14 with the GS1 mod-10 check digit, AI (01)(17)(21) human-readable form.
* UK DVLA driving licence number: 5-char surname (padded 9), decade digit, month (+50 for women), day, year
  digit, 2 initials (padded 9), arbitrary digit, 2 check letters.
* US state driver licence shapes from AAMVA / state DMV published formats (CA, FL, IL, NY, WI, MI, NJ, WA, TX, PA).
* Phone numbers: any region, valid per phonenumbers (Google libphonenumber metadata); US numbers not 555-01xx.
* IPv4/IPv6: outside every IANA special-purpose block (RFC 6890 registries, incl. documentation ranges).
* GitHub tokens: ghp_ + 30 base62 chars + 6-char base62 CRC32 of those 30 chars.
* JWT: RFC 7519, HS256 signature computed with hmac/sha256 over header.payload.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import string
import zlib

import phonenumbers

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
DIG = string.digits
UP = string.ascii_uppercase


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def digits(rng, n):
    return "".join(pick(rng, DIG) for _ in range(n))


# ------------------------------------------------------------------ check digits
def luhn_ok(num: str) -> bool:
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


VIN_TR = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
          "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin: str) -> str:
    r = sum(VIN_TR[c] * w for c, w in zip(vin, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(vin: str) -> bool:
    return len(vin) == 17 and all(c in VIN_TR for c in vin) and vin[8] == vin_check(vin)


def gs1_check(body: str) -> str:
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def au_medicare_ok(num: str) -> bool:
    d = [int(c) for c in num[:10]]
    return len(num) >= 10 and d[0] in range(2, 7) and sum(a * b for a, b in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == d[8]


def kvnr_ok(k: str) -> bool:
    if not re.fullmatch(r"[A-Z]\d{9}", k):
        return False
    seq = f"{ord(k[0]) - 64:02d}" + k[1:9]
    tot = 0
    for i, ch in enumerate(seq):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(k[9])


def b62_encode(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_token_ok(t: str) -> bool:
    m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", t)
    return bool(m) and b62_encode(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def mbi_ok(m: str) -> bool:
    m = m.replace("-", "")
    A = "[" + "".join(MBI_ALPHA) + "]"
    AN = "[0-9" + "".join(MBI_ALPHA) + "]"
    return bool(re.fullmatch(f"[1-9]{A}{AN}[0-9]{A}{AN}[0-9]{A}{A}[0-9][0-9]", m))


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[^0-9]", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    if a == 0 or a == 666 or a >= 900 or g == 0 or n == 0:
        return False
    return d not in ("078051120", "219099999") and not ("987654320" <= d <= "987654329")


def ip_public(ip: str) -> bool:
    a = ipaddress.ip_address(ip)
    return a.is_global and not a.is_multicast and not a.is_reserved


# ------------------------------------------------------------------ names (hand-written, not from Faker)
# given name, family name, display order ("gf" given-first, "fg" family-first as written at home)
NAMES = [
    ("Aroha", "Ngata", "gf"), ("Wiremu", "Horomona", "gf"), ("Mere", "Tipene", "gf"),
    ("Sefo", "Tuilagi", "gf"), ("Malia", "Leota", "gf"), ("Eszter", "Kovács", "fg"),
    ("Bence", "Szabó", "fg"), ("Thi Hoa", "Nguyen", "fg"), ("Van Long", "Tran", "fg"),
    ("Adebayo", "Ogunleye", "gf"), ("Folake", "Adeyemi", "gf"), ("Selam", "Tesfaye", "gf"),
    ("Dawit", "Bekele", "gf"), ("Nino", "Beridze", "gf"), ("Giorgi", "Kapanadze", "gf"),
    ("Seo-yeon", "Kim", "fg"), ("Ji-hoon", "Park", "fg"), ("Aino", "Korhonen", "gf"),
    ("Eero", "Virtanen", "gf"), ("Zofia", "Wiśniewska", "gf"), ("Elif", "Yıldız", "gf"),
    ("Emre", "Aydın", "gf"), ("Siti", "Rahayu", "gf"), ("Budi", "Santoso", "gf"),
    ("Kavitha", "Subramaniam", "gf"), ("Rosa", "Mamani Quispe", "gf"), ("Siobhán", "Ní Bhriain", "gf"),
    ("Eleni", "Papadopoulou", "gf"), ("Tomasz", "Grabowski", "gf"), ("Leilani", "Kahananui", "gf"),
    ("Oluwaseun", "Bamidele", "gf"), ("Marjatta", "Heikkinen", "gf"), ("Thandiwe", "Mokoena", "gf"),
    ("Jarrah", "Wilkinson-Tait", "gf"), ("Ngaire", "Rāwiri", "gf"), ("Paulo", "Fa'asavalu", "gf"),
]
ASCII = str.maketrans("áéíóöőúüűśłąęćńźżıİğşçāēīōūÁÉÍÓÖŐÚÜŰŚŁĄĘĆŃŹŻĞŞÇĀ'", "aeiooouuuslaecnzzilgscaeiouAEIOOOUUUSLAECNZZGSCA ")


def ascii_fold(s: str) -> str:
    return s.translate(ASCII).replace(" ", "")


def person(rng, style: str, used: set) -> tuple[str, tuple]:
    while True:
        g, f, order = pick(rng, NAMES)
        if (g, f) not in used:
            used.add((g, f))
            break
    if style == "full":
        v = f"{f} {g}" if order == "fg" else f"{g} {f}"
    elif style == "comma_upper":
        v = f"{f.upper()}, {g}"
    elif style == "snake":
        v = f"{ascii_fold(g).lower()}_{ascii_fold(f).lower()}"
    elif style == "camel":
        v = ascii_fold(g)[0].lower() + ascii_fold(g)[1:] + ascii_fold(f)
    elif style == "dotted_lower":
        v = f"{ascii_fold(g).lower()}.{ascii_fold(f).lower()}"
    else:
        raise ValueError(style)
    return v, (g, f)


# ------------------------------------------------------------------ dates of birth
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def dob(rng, style: str) -> str:
    y = rng.randrange(1933, 2011)
    m = rng.randrange(1, 13)
    d = rng.randrange(13, 29) if rng.random() < 0.6 else rng.randrange(1, 29)
    return {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dmy_dot": f"{d:02d}.{m:02d}.{y}",
        "dmy_slash": f"{d:02d}/{m:02d}/{y}",
        "mdy_slash": f"{m:02d}/{d:02d}/{y}",
        "long_en": f"{MON_EN[m - 1]} {d}, {y}",
        "d_mon_y": f"{d} {MON_EN[m - 1][:3]} {y}",
        "compact": f"{y}{m:02d}{d:02d}",
        "snake": f"{y}_{m:02d}_{d:02d}",
        "hu": f"{y}. {m:02d}. {d:02d}.",
        "id": f"{d} {MON_ID[m - 1]} {y}",
    }[style]


# ------------------------------------------------------------------ identifiers
def ssn(rng, style: str) -> str:
    while True:
        a, g, n = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        s = f"{a:03d}{g:02d}{n:04d}"
        if ssn_ok(s):
            break
    sep = {"dash": "-", "space": " ", "under": "_", "plain": ""}[style]
    return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"


def mrn(rng, style: str) -> str:
    return {
        "ur": lambda: f"UR {rng.randrange(100000, 9999999)}",            # Australian unit record number
        "mrn_colon": lambda: f"MRN:{digits(rng, 8)}",
        "hn": lambda: f"HN {rng.randrange(1000000, 9999999)}",           # hospital number
        "rm": lambda: f"RM-{rng.randrange(2008, 2025)}-{digits(rng, 6)}",  # rekam medis (Indonesia)
        "k": lambda: f"K-{digits(rng, 8)}",
        "mr_hash": lambda: f"MR#{digits(rng, 7)}",
        "cx": lambda: f"{digits(rng, 7)}^^^{pick(rng, ['RAH', 'WMH', 'CDHB', 'SVHM'])}^MR",  # HL7 v2 CX with MR type
        "bare9": lambda: digits(rng, 9),
        "epr": lambda: f"EPR{pick(rng, UP)}{digits(rng, 6)}",
        "pid": lambda: f"PID-{digits(rng, 4)}-{digits(rng, 4)}",
        "pt_hash": lambda: f"Pt#{digits(rng, 7)}",
    }[style]()


def licence(rng, style: str, name=None) -> str:
    L = lambda: pick(rng, UP)  # noqa: E731
    if style == "ca":
        return L() + digits(rng, 7)
    if style == "fl":
        d = digits(rng, 12)
        return f"{L()}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
    if style == "il":
        d = digits(rng, 11)
        return f"{L()}{d[:3]}-{d[3:7]}-{d[7:]}"
    if style == "ny":
        d = digits(rng, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "wi":
        d = digits(rng, 13)
        return f"{L()}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}"
    if style == "mi":
        d = digits(rng, 12)
        return f"{L()} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
    if style == "nj":
        d = digits(rng, 14)
        return f"{L()}{d[:4]} {d[4:9]} {d[9:]}"
    if style == "wa":
        return "WDL" + "".join(pick(rng, UP + DIG) for _ in range(9))
    if style == "tx":
        return digits(rng, 8)
    if style == "on":  # Ontario: letter + 14 digits
        d = digits(rng, 14)
        return f"{L()}{d[:4]}-{d[4:9]}-{d[9:]}"
    if style == "uk":
        g, f = name
        sur = ascii_fold(f).upper()[:5].ljust(5, "9")
        y = rng.randrange(1950, 2000)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        m += 50 if rng.random() < 0.5 else 0
        ini = (ascii_fold(g).upper()[0] + "9")
        return f"{sur}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{ini}{rng.randrange(10)}{L()}{L()}"
    if style == "nsw":
        return digits(rng, 8)
    raise ValueError(style)


def mbi(rng, dashed=False) -> str:
    A = lambda: pick(rng, MBI_ALPHA)  # noqa: E731
    AN = lambda: pick(rng, MBI_ALPHA + list(DIG))  # noqa: E731
    N = lambda: pick(rng, DIG)  # noqa: E731
    m = str(rng.randrange(1, 10)) + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()
    return f"{m[:4]}-{m[4:7]}-{m[7:]}" if dashed else m


def au_medicare(rng) -> str:
    while True:
        d = [rng.randrange(2, 7)] + [rng.randrange(10) for _ in range(7)]
        c = sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        s = "".join(map(str, d)) + str(c) + str(rng.randrange(1, 10))
        if au_medicare_ok(s):
            return f"{s[:4]} {s[4:9]} {s[9]}-{rng.randrange(1, 6)}"  # card number + IRN


def ohip(rng) -> str:
    body = str(rng.randrange(1, 10)) + digits(rng, 8)
    n = luhn_complete(body)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-{pick(rng, UP)}{pick(rng, UP)}"


def kvnr(rng) -> str:
    while True:
        k = pick(rng, UP) + digits(rng, 8)
        for c in DIG:
            if kvnr_ok(k + c):
                return k + c


def health_plan(rng, style: str) -> str:
    return {
        "mbi": lambda: mbi(rng),
        "mbi_dash": lambda: mbi(rng, True),
        "medicaid_ny": lambda: pick(rng, UP) + pick(rng, UP) + digits(rng, 5) + pick(rng, UP),
        "bcbs": lambda: "".join(pick(rng, UP) for _ in range(3)) + digits(rng, 9),
        "aetna": lambda: "W" + digits(rng, 9),
        "au_medicare": lambda: au_medicare(rng),
        "ohip": lambda: ohip(rng),
        "kvnr": lambda: kvnr(rng),
        "uhc": lambda: digits(rng, 9) + "-0" + str(rng.randrange(1, 4)),
        "humana": lambda: "H" + digits(rng, 8),
    }[style]()


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11n2n", "NL": "4a10n", "GB": "4a6n8n", "ES": "4n4n1n1n10n",
             "PL": "8n16n", "CH": "5n12n", "IT": "1a5n5n12c", "AT": "5n11n", "BE": "3n7n2n"}


IBAN_BANKS = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]}


def iban(rng, country: str, grouped: bool) -> str:
    bban = ""
    spec = IBAN_SPEC[country]
    if country in IBAN_BANKS:  # real bank codes for the alphabetic bank identifiers
        bban, spec = pick(rng, IBAN_BANKS[country]), spec.split("a", 1)[1]
    for n, t in re.findall(r"(\d+)([nac])", spec):
        pool = {"n": DIG, "a": UP, "c": UP + DIG}[t]
        bban += "".join(pick(rng, pool) for _ in range(int(n)))
    if country == "BE":  # Belgian national check: last 2 = first 10 mod 97
        r = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{r:02d}"
    s = country + iban_check(country, bban) + bban
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def card(rng, brand: str, grouped: bool) -> str:
    if brand == "visa":
        n = luhn_complete("4" + digits(rng, 14))
    elif brand == "mc":
        n = luhn_complete(str(rng.randrange(51, 56)) + digits(rng, 13))
    elif brand == "amex":
        n = luhn_complete(pick(rng, ["34", "37"]) + digits(rng, 12))
    elif brand == "jcb":
        n = luhn_complete(str(rng.randrange(3528, 3590)) + digits(rng, 11))
    else:
        raise ValueError(brand)
    if not grouped:
        return n
    if len(n) == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def account(rng, style: str) -> str:
    if style.startswith("iban_"):
        c = style.split("_")[1].upper()
        return iban(rng, c, grouped=style.endswith("_g"))
    if style.startswith("card_"):
        b = style.split("_")[1]
        return card(rng, b, grouped=style.endswith("_g"))
    if style == "bsb":
        return f"{rng.randrange(10, 99)}{rng.randrange(0, 10)}-{digits(rng, 3)} {digits(rng, 9)}"  # BSB + account
    if style == "us_acct":
        return digits(rng, 12)
    if style == "har":
        return f"HAR {digits(rng, 10)}"  # hospital account record
    raise ValueError(style)


VIN_WMI = ["1HG", "JTD", "WBA", "5YJ", "1FT", "KMH", "WVW", "SAL", "YV1", "VF1", "2T3", "3VW", "JN1", "1G1"]
VIN_CH = [c for c in UP + DIG if c not in "IOQ"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin(rng) -> str:
    while True:
        body = pick(rng, VIN_WMI) + "".join(pick(rng, VIN_CH) for _ in range(5))
        v = body + "0" + pick(rng, VIN_YEAR[5:]) + pick(rng, VIN_CH) + digits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if vin_ok(v):
            return v


IMEI_TAC = ["35391110", "35290611", "35875709", "86891503", "35332510", "35467811", "01326300", "35925406"]


def imei(rng) -> str:
    return luhn_complete(pick(rng, IMEI_TAC) + digits(rng, 6))


def mac(rng, style: str) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0b11111100  # unicast, universally administered
    if b[:3] == [0, 0, 0x5E]:
        b[2] = 0x5F
    h = [f"{x:02x}" for x in b]
    if style == "colon":
        return ":".join(h).upper()
    if style == "dash":
        return "-".join(h).upper()
    return f"{h[0]}{h[1]}.{h[2]}{h[3]}.{h[4]}{h[5]}"  # Cisco dotted


def udi(rng) -> str:
    body = "0" + pick(rng, ["0884521", "0381780", "0763000", "0613994", "0886874"]) + digits(rng, 5)
    gtin = body + gs1_check(body)
    y, m, d = rng.randrange(26, 31), rng.randrange(1, 13), rng.randrange(1, 29)
    return f"(01){gtin}(17){y:02d}{m:02d}{d:02d}(21){pick(rng, UP)}{digits(rng, 7)}"


def device(rng, style: str) -> str:
    return {
        "imei": lambda: imei(rng),
        "mac_colon": lambda: mac(rng, "colon"),
        "mac_dash": lambda: mac(rng, "dash"),
        "mac_dot": lambda: mac(rng, "dot"),
        "udi": lambda: udi(rng),
        "serial": lambda: pick(rng, ["PJN", "RNK", "BLX", "NWR"]) + digits(rng, 6) + pick(rng, ["S", "H", "G"]),
    }[style]()


def ipv4(rng) -> str:
    while True:
        s = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        if ip_public(s):
            return s


def ipv6(rng) -> str:
    while True:
        pre = pick(rng, ["2a02:8108", "2600:1700", "2001:4860", "2a01:e0a", "2406:3400", "2404:6800"])
        s = pre + ":" + ":".join(f"{rng.randrange(1, 65536):x}" for _ in range(6))
        if ip_public(s):
            return str(ipaddress.ip_address(s))


PHONE_REGIONS = ["US", "US", "US", "AU", "NZ", "GB", "DE", "IN", "BR", "KE", "ID", "HU", "VN", "PL", "FI", "ZA"]


def phone(rng, region: str, fmt: str) -> str:
    meta_len = {"US": 10, "AU": 9, "NZ": 9, "GB": 10, "DE": 11, "IN": 10, "BR": 11, "KE": 9, "ID": 11,
                "HU": 9, "VN": 9, "PL": 9, "FI": 9, "ZA": 9}[region]
    cc = phonenumbers.country_code_for_region(region)
    while True:
        nsn = str(rng.randrange(2, 10)) + digits(rng, meta_len - 1)
        if region == "US" and nsn[3:6] == "555":
            continue
        try:
            p = phonenumbers.parse(f"+{cc}{nsn}")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region:
            f = {"e164": phonenumbers.PhoneNumberFormat.E164, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                 "nat": phonenumbers.PhoneNumberFormat.NATIONAL}[fmt]
            return phonenumbers.format_number(p, f)


def phone_ok(v: str, region: str) -> bool:
    try:
        p = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        return False
    nat = str(p.national_number)
    return phonenumbers.is_valid_number(p) and not (p.country_code == 1 and nat[3:6] == "555" and nat[6:8] == "01")


EMAIL_DOMAINS = ["yandex.ru", "mail.ru", "t-online.de", "laposte.net", "free.fr", "telenet.be", "xs4all.nl",
                 "bluewin.ch", "gmx.at", "o2.pl", "virgilio.it", "sapo.pt", "hanmail.net", "rediffmail.com",
                 "optusnet.com.au", "xtra.co.nz", "fastmail.com", "zoho.com", "tutanota.com", "freenet.de"]


def email(rng, name) -> str:
    g, f = name
    g, f = ascii_fold(g).lower(), ascii_fold(f).lower()
    local = pick(rng, [f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}{rng.randrange(50, 99)}", f"{g}_{f}{rng.randrange(1, 30)}"])
    return f"{local}@{pick(rng, EMAIL_DOMAINS)}"


US_STREETS = ["Kalanianaole Hwy", "Kamehameha Ave", "Ponce de Leon Blvd", "Sweetwater Creek Rd", "Kedzie Ave",
              "Magnolia Bluff Dr", "Cuyahoga Falls Rd", "Saguaro Vista Ln", "Wapsipinicon Trl", "Chinquapin Oak Ct"]
US_CITY = [("Honolulu", "HI", "968"), ("Hilo", "HI", "967"), ("Coral Gables", "FL", "331"), ("Marietta", "GA", "300"),
           ("Chicago", "IL", "606"), ("Seattle", "WA", "981"), ("Akron", "OH", "443"), ("Tucson", "AZ", "857"),
           ("Cedar Rapids", "IA", "524"), ("Macon", "GA", "312")]


def street(rng, style: str) -> str:
    i = rng.randrange(len(US_STREETS))
    no = rng.randrange(12, 9800)
    if style == "us_line":
        return f"{no} {US_STREETS[i]}"
    if style == "us_full":
        c, st, z3 = pick(rng, US_CITY)
        return f"{no} {US_STREETS[i]}, {c}, {st} {z3}{digits(rng, 2)}"
    if style == "us_apt":
        c, st, z3 = pick(rng, US_CITY)
        return f"{no} {US_STREETS[i]} Apt {rng.randrange(1, 40)}{pick(rng, 'ABCD')}, {c}, {st}"
    if style == "au":
        return f"Unit {rng.randrange(1, 20)}/{rng.randrange(2, 200)} {pick(rng, ['Tamar St', 'Wattle Grove Rd', 'Boundary St'])}, " \
               f"{pick(rng, ['Launceston TAS 7250', 'Ballarat VIC 3350', 'Toowoomba QLD 4350'])}"
    if style == "nz":
        return f"{rng.randrange(2, 300)} {pick(rng, ['Te Atatu Rd', 'Karangahape Rd', 'Riccarton Rd'])}, " \
               f"{pick(rng, ['Auckland 0610', 'Christchurch 8041'])}"
    raise ValueError(style)


def zip_code(rng, style: str) -> str:
    _, _, z3 = pick(rng, US_CITY)
    z = z3 + digits(rng, 2)
    return z if style == "zip5" else f"{z}-{rng.randrange(1, 9999):04d}"


def url(rng, style: str, name) -> str:
    g, f = name
    g, f = ascii_fold(g).lower(), ascii_fold(f).lower()
    return {
        "gofundme": f"https://www.gofundme.com/f/help-{g}-{f}-with-dialysis-costs",
        "givealittle": f"https://givealittle.co.nz/cause/{g}-{f}-cancer-treatment",
        "caringbridge": f"https://www.caringbridge.org/visit/{g}{f}",
        "linkedin": f"https://www.linkedin.com/in/{g}-{f}-{rng.randrange(100, 999)}a{rng.randrange(10, 99)}",
        "facebook": f"https://www.facebook.com/{g}.{f}.{rng.randrange(10, 99)}",
        "vk": f"https://vk.com/{g}_{f}{rng.randrange(70, 99)}",
        "portal": f"https://mychart.{pick(rng, ['kaleidahealth.org', 'summahealth.org', 'wellspan.org'])}/MyChart/Billing/Details?patientId={digits(rng, 8)}",
        "justgiving": f"https://www.justgiving.com/crowdfunding/{g}-{f}-recovery",
    }[style]


def secret(rng, style: str) -> str:
    R = lambda n, pool=B62: "".join(pick(rng, pool) for _ in range(n))  # noqa: E731
    if style == "github":
        body = R(30)
        return "ghp_" + body + b62_encode(zlib.crc32(body.encode()), 6)
    if style == "stripe":
        return "sk_live_" + R(24)  # nosec: synthetic
    if style == "slack":
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{R(24)}"
    if style == "aws":
        return "AKIA" + R(16, UP + "234567")
    if style == "google":
        return "AIza" + R(35, B62 + "-_")
    if style == "anthropic":
        return "sk-ant-api03-" + R(93, B62 + "-_") + "AA"
    if style == "sendgrid":
        return "SG." + R(22, B62 + "-_") + "." + R(43, B62 + "-_")
    if style == "jwt":
        enc = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
        h = enc(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = enc(json.dumps({"sub": digits(rng, 10), "iat": 1760000000 + rng.randrange(10 ** 6), "scope": "ehr.read"},
                           separators=(",", ":")).encode())
        key = R(32).encode()
        s = enc(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest())
        return f"{h}.{p}.{s}"
    if style == "pg":
        return f"postgresql://ehr_admin:{R(14)}@db-{R(6).lower()}.internal.{pick(rng, ['rdsaws.net', 'azuredb.net'])}:5432/clinical"
    if style == "password":
        return R(5) + pick(rng, "!#%&*") + R(4) + pick(rng, "!#%&*") + digits(rng, 3)
    raise ValueError(style)


def jwt_ok(t: str) -> bool:
    parts = t.split(".")
    if len(parts) != 3:
        return False
    try:
        json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except Exception:
        return False
    return len(parts[2]) == 43


# ------------------------------------------------------------------ validation of a planted positive
def validate(cat: str, fmt: str, raw: str) -> str | None:
    """Returns None when the value passes its format rule, else a reason."""
    ok = True
    if cat == "US_SSN":
        ok = ssn_ok(raw)
    elif cat == "VEHICLE_ID":
        ok = vin_ok(raw)
    elif cat == "DEVICE_ID":
        if fmt == "imei":
            ok = len(raw) == 15 and luhn_ok(raw)
        elif fmt.startswith("mac"):
            h = re.sub(r"[^0-9a-fA-F]", "", raw)
            ok = len(h) == 12 and int(h[:2], 16) & 3 == 0
        elif fmt == "udi":
            m = re.match(r"\(01\)(\d{14})\(17\)(\d{6})\(21\)\w+$", raw)
            ok = bool(m) and gs1_check(m.group(1)[:13]) == m.group(1)[13]
    elif cat == "ACCOUNT_NUMBER":
        if fmt.startswith("iban"):
            ok = iban_ok(raw)
        elif fmt.startswith("card"):
            ok = luhn_ok(raw.replace(" ", ""))
    elif cat == "HEALTH_PLAN_ID":
        if fmt.startswith("mbi"):
            ok = mbi_ok(raw)
        elif fmt == "au_medicare":
            ok = au_medicare_ok(re.sub(r"\D", "", raw)[:10])
        elif fmt == "ohip":
            ok = luhn_ok(re.sub(r"\D", "", raw))
        elif fmt == "kvnr":
            ok = kvnr_ok(raw)
    elif cat == "IP_ADDRESS":
        ok = ip_public(raw)
    elif cat == "PHONE_NUMBER":
        ok = phone_ok(raw, fmt.split("_")[0])
    elif cat == "SECRET":
        if fmt == "github":
            ok = github_token_ok(raw)
        elif fmt == "jwt":
            ok = jwt_ok(raw)
    elif cat == "LICENSE_NUMBER" and fmt == "uk":
        ok = bool(re.fullmatch(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}", raw))
    elif cat == "DATE_OF_BIRTH":
        ok = bool(re.search(r"(19[3-9]\d|200\d|2010)", raw))
    elif cat == "EMAIL_ADDRESS":
        ok = raw.rsplit("@", 1)[1] in EMAIL_DOMAINS
    return None if ok else f"{cat}/{fmt} fails its rule: {raw}"
