"""Value generators for the thirty-fifth set, each from a published format rule, with validators.

Generators take a random.Random; ``render_*`` turn a plain value into its written form and the ``*_ok`` functions
check a plain value against its rule (check.py uses both).  Only the standard library and ``phonenumbers`` are used.
"""
import datetime
import ipaddress
import re
import string
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

DIG = string.digits
UP = string.ascii_uppercase


def rd(rng, n, nz=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    return (rng.choice("123456789") + s[1:]) if nz and s[0] == "0" else s


def dull(s):
    """Reject runs, repeats and ladders that read as documentation placeholders."""
    d = re.sub(r"\D", "", s)
    if len(d) >= 4 and (len(set(d)) <= 2 or d in "012345678901234567890" or d in "987654321098765432109"):
        return True
    return bool(re.search(r"(\d)\1\1\1", d)) or any(x in d for x in ("1234", "2345", "0000", "9876"))


# ---------------------------------------------------------------- ISO/IEC 7812-1 Luhn
def luhn_digit(body):
    t = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d - 9 if d > 9 else d
    return str((10 - t % 10) % 10)


def luhn_ok(n):
    return n.isdigit() and luhn_digit(n[:-1]) == n[-1]


# ---------------------------------------------------------------- US SSN
def gen_ssn(rng):
    """SSA randomised issuance (since 2011-06-25): area 001-899 but not 666, group 01-99, serial 0001-9999; the
    Woolworth card (078-05-1120) and the 1950s ad number (219-09-9999) excluded."""
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if a != 666 and not dull(v) and v not in ("078-05-1120", "219-09-9999"):
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


def render_ssn(fmt, plain):
    return {"ssn.dash": plain, "ssn.dot": plain.replace("-", "."), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_"), "ssn.spaced_groups": plain.replace("-", " - ")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CKB_MON = ["کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز", "ئاب", "ئەیلوول",
           "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"]          # Sorani Kurdish (Iraqi Kurdistan usage)
VEC_MON = ["zenaro", "febraro", "marso", "apriłe", "majo", "zugno", "lujo", "agosto", "setenbre", "otobre",
           "novenbre", "disenbre"]                                         # Venetian (Gran Dizionario orthography)
BHO_MON = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
MK_MON = ["јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
          "ноември", "декември"]
LB_MON = ["Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]                                          # Luxembourgish
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
DEVANAGARI = "०१२३४५६७८९"


def gen_dob(rng):
    """A calendar date between 1929-01-01 and 2011-12-31 (ISO 8601 calendar date as the plain form)."""
    d = datetime.date(1929, 1, 1) + datetime.timedelta(days=rng.randint(0, 30267))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def _digits(s, table):
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def render_date(fmt, iso):
    """ISO 8601; clinical dd-Mon-yyyy; IATA SSR DOCS DDMMMYY; SWIFT MT103 50F line-4 YYYYMMDD; yyyy.mm.dd; CLDR-style
    long dates in Sorani (Eastern Arabic-Indic digits), Venetian, Bhojpuri (Devanagari digits), Russian (genitive),
    Macedonian and Luxembourgish; Krio/English ordinal ('7th March 1984'); key-safe Ymd with underscores."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.clin":
        return f"{dd:02d}-{EN_MON[m - 1][:3]}-{y}"
    if fmt == "date.iata":
        return f"{dd:02d}{EN_MON[m - 1][:3].upper()}{y % 100:02d}"
    if fmt == "date.mt103":
        return f"4/{y}{m:02d}{dd:02d}"
    if fmt == "date.dots_ymd":
        return f"{y}.{m:02d}.{dd:02d}"
    if fmt == "date.ckb_long":
        return _digits(f"{dd}ی {CKB_MON[m - 1]}ی {y}", ARABIC_INDIC)
    if fmt == "date.vec_long":
        return f"{dd} de {VEC_MON[m - 1]} del {y}"
    if fmt == "date.bho_long":
        return _digits(f"{dd} {BHO_MON[m - 1]} {y}", DEVANAGARI)
    if fmt == "date.ru_long":
        return f"{dd} {RU_MON_GEN[m - 1]} {y} г."
    if fmt == "date.mk_long":
        return f"{dd} {MK_MON[m - 1]} {y}"
    if fmt == "date.lb_long":
        return f"{dd}. {LB_MON[m - 1]} {y}"
    if fmt == "date.ordinal":
        suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return f"{dd}{suf} {EN_MON[m - 1]} {y}"
    if fmt == "date.key":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
def dni_letter(n):
    """Mod-23 check letter (the table Spain's DNI uses), used here as a house-style MRN check character."""
    return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def gen_mrn(rng, style):
    """House styles: 'UR' + 7 digits (Australian/UK unit-record number); 'MR/yy/' + 6 digits; 'PT-' + 6 digits +
    '-' + mod-23 check letter; bare 10 digits; three groups of three digits separated by spaces."""
    while True:
        if style == "mrn.ur7":
            v = "UR" + rd(rng, 7, True)
        elif style == "mrn.mryy":
            v = f"MR/{rng.randint(0, 24):02d}/{rd(rng, 6)}"
        elif style == "mrn.ptcheck":
            n = rd(rng, 6, True)
            v = f"PT-{n}-{dni_letter(int(n))}"
        elif style == "mrn.bare10":
            v = rd(rng, 10, True)
        elif style == "mrn.grouped9":
            n = rd(rng, 9, True)
            v = f"{n[:3]} {n[3:6]} {n[6:]}"
        else:
            raise KeyError(style)
        if not dull(v):
            return v


MRN_RX = {"mrn.ur7": r"UR[1-9]\d{6}", "mrn.mryy": r"MR/\d{2}/\d{6}", "mrn.ptcheck": r"PT-[1-9]\d{5}-[A-Z]",
          "mrn.bare10": r"[1-9]\d{9}", "mrn.grouped9": r"[1-9]\d{2} \d{3} \d{3}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or dull(v):
        return False
    if style == "mrn.ptcheck":
        return dni_letter(int(v[3:9])) == v[-1]
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_hp(rng, style):
    """CMS MBI (11 chars: C A AN N A AN N A A N N; letters without S L O I B Z); California Medi-Cal CIN (9, then
    7 digits, then a letter); Blue Cross Blue Shield member id (3-letter alpha prefix + 9 digits); Aetna-style 'W' +
    9 digits; Railroad Retirement Board legacy claim number (1-2 letter prefix + 6 digits)."""
    while True:
        if style == "hp.mbi":
            an = MBI_L + DIG
            v = (rng.choice("123456789") + rng.choice(MBI_L) + rng.choice(an) + rng.choice(DIG) + rng.choice(MBI_L)
                 + rng.choice(an) + rng.choice(DIG) + rng.choice(MBI_L) + rng.choice(MBI_L) + rd(rng, 2))
        elif style == "hp.medical_cin":
            v = "9" + rd(rng, 7) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        elif style == "hp.bcbs":
            v = "".join(rng.choice(UP) for _ in range(3)) + rd(rng, 9, True)
        elif style == "hp.aetna_w":
            v = "W" + rd(rng, 9, True)
        elif style == "hp.rrb":
            v = rng.choice(["A", "MA", "WA", "WD", "H", "JA"]) + rd(rng, 6, True)
        else:
            raise KeyError(style)
        if not dull(v):
            return v


HP_RX = {"hp.mbi": r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                   r"[AC-HJKMNP-RT-Y]{2}\d{2}",
         "hp.medical_cin": r"9\d{7}[A-Z]", "hp.bcbs": r"[A-Z]{3}[1-9]\d{8}", "hp.aetna_w": r"W[1-9]\d{8}",
         "hp.rrb": r"(A|MA|WA|WD|H|JA)[1-9]\d{5}"}

# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"MK": 19, "LU": 20, "IQ": 23, "SA": 24, "BH": 22}


def iban_check(cc, bban):
    """ISO 13616-1 check digits (ISO 7064 MOD 97-10)."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBANs: MK 3n 10c 2n; LU 3n 13c; IQ 4a 3n 12n; SA 2n 18c; BH 4a 14c (bank codes of
    real banks' shape, account part random digits)."""
    if cc == "MK":
        bban = rng.choice(["250", "300", "210", "380"]) + rd(rng, 10, True) + rd(rng, 2)
    elif cc == "LU":
        bban = rng.choice(["001", "002", "003", "014", "019"]) + rd(rng, 13, True)
    elif cc == "IQ":
        bban = rng.choice(["NBIQ", "RAFB", "CBIQ"]) + rng.choice(["850", "851", "610"]) + rd(rng, 12, True)
    elif cc == "SA":
        bban = rng.choice(["80", "10", "45", "20"]) + "0000" + rd(rng, 14, True)
    elif cc == "BH":
        bban = rng.choice(["NBOB", "BBKU", "AUBB"]) + "000" + rd(rng, 11, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def gen_card(rng, brand):
    """ISO/IEC 7812 IIN ranges: Discover 6011 / 644-649 (16), JCB 3528-3589 (16), Diners Club International 36
    (14), RuPay 508x / 6521-6522 (16), Verve 5061 (16); Luhn check digit last."""
    while True:
        if brand == "discover":
            pre, n = rng.choice(["6011", str(rng.randint(644, 649))]), 16
        elif brand == "jcb":
            pre, n = str(rng.randint(3528, 3589)), 16
        elif brand == "diners":
            pre, n = "36", 14
        elif brand == "rupay":
            pre, n = rng.choice(["5081", "5085", "6521", "6522"]), 16
        elif brand == "verve":
            pre, n = "5061" + rd(rng, 2), 16
        else:
            raise KeyError(brand)
        body = pre + rd(rng, n - len(pre) - 1)
        v = body + luhn_digit(body)
        if not dull(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt == "acct.card_dashed":
        if len(plain) == 14:
            return f"{plain[:4]}-{plain[4:10]}-{plain[10:]}"
        return "-".join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


# ---------------------------------------------------------------- driver's licences (AAMVA jurisdiction formats)
def gen_dl(rng, st):
    """FL 1 letter + 12 digits (printed A123-456-78-901-0); NY 9 digits (printed 123 456 789); CA 1 letter + 7
    digits; TX 8 digits; NJ 1 letter + 14 digits (printed A1234 56789 01234); MI 1 letter + 12 digits (printed
    A 123 456 789 012); PA 8 digits (printed 12 345 678); OH 2 letters + 6 digits; VA 1 letter + 8 digits;
    NH 2 digits + 3 letters + 5 digits."""
    L = lambda: rng.choice(UP)
    while True:
        if st == "FL":
            d = rd(rng, 12)
            v = f"{L()}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "NY":
            d = rd(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "CA":
            v = L() + rd(rng, 7)
        elif st == "TX":
            v = rng.choice("1234") + rd(rng, 7)
        elif st == "NJ":
            d = rd(rng, 14)
            v = f"{L()}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "MI":
            d = rd(rng, 12)
            v = f"{L()} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "PA":
            d = rd(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "OH":
            v = L() + L() + rd(rng, 6)
        elif st == "VA":
            v = L() + rd(rng, 8)
        elif st == "NH":
            v = rd(rng, 2) + L() + L() + L() + rd(rng, 5)
        else:
            raise KeyError(st)
        if not dull(v):
            return v


DL_RX = {"FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "NY": r"[1-9]\d{2} \d{3} \d{3}", "CA": r"[A-Z]\d{7}",
         "TX": r"[1-4]\d{7}", "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}",
         "PA": r"[1-9]\d \d{3} \d{3}", "OH": r"[A-Z]{2}\d{6}", "VA": r"[A-Z]\d{8}", "NH": r"\d{2}[A-Z]{3}\d{5}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: TAC (8 digits; reporting-body ids 35, 86, 99) + serial (6) + Luhn check digit."""
    body = rng.choice(["35", "86", "99"]) + rd(rng, 12)
    return body + luhn_digit(body)


def render_imei(fmt, plain):
    if fmt == "dev.imei_grouped":      # GSMA print form AA-BBBBBB-CCCCCC-D
        return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}"
    return plain


def gen_mac(rng):
    """IEEE 802 EUI-48, unicast and universally administered (two low bits of the first octet clear)."""
    first = (rng.randrange(1, 64) << 2)
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(5)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and int(v[:2], 16) > 0


def render_mac(fmt, plain):
    h = plain.replace(":", "")
    if fmt == "dev.mac_cisco":
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "dev.mac_upper":
        return plain.upper()
    if fmt == "dev.mac_snake":
        return plain.replace(":", "_")
    return plain


HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(data):
    """HIBC LIC check character: sum of the characters' values in the 43-character table, mod 43."""
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in data) % 43]


def gen_hibcc(rng):
    """HIBCC UDI (ANSI/HIBC 2.6): '+' + labeler id (letter + 3 alnum) + product (4-8 alnum) + unit of measure digit +
    '/$$3' + expiry YYMMDD ... simplified here to '/$$' + lot/serial, then the mod-43 check character."""
    lic = rng.choice(UP) + "".join(rng.choice(UP + DIG) for _ in range(3))
    prod = "".join(rng.choice(UP + DIG) for _ in range(6))
    primary = "+" + lic + prod + rng.choice("0123")
    serial = "".join(rng.choice(UP + DIG) for _ in range(8))
    data = primary + "/$$" + serial
    return data + hibc_check(data)


def hibcc_ok(v):
    return bool(re.fullmatch(r"\+[A-Z][A-Z0-9]{3}[A-Z0-9]{6}[0-3]/\$\$[A-Z0-9]{8}.", v)) and hibc_check(v[:-1]) == v[-1]


def gen_meid(rng):
    """3GPP2 S.R0048 MEID: 14 hex digits, regional code A0-FF (manufacturer code 6 hex, serial 6 hex)."""
    return rng.choice(["A0", "A1", "A5", "AF"]) + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))


def gen_implant(rng):
    """Pacemaker / ICD serial as printed on the implant card: 3 letters + 6 digits + 1 letter (cued only)."""
    return "".join(rng.choice(UP) for _ in range(3)) + rd(rng, 6, True) + rng.choice("GHRSV")


# ---------------------------------------------------------------- vehicles
VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["TMB", "UU1", "YV1", "KMH", "JTD", "1HG", "1FA", "WBA", "VF1", "MAT", "PL1", "MA1"]
VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_digit(v):
    """49 CFR 565.15(c): transliterate, weight, sum, mod 11; remainder 10 is 'X'."""
    r = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_WEIGHTS)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044: Skoda TMB, Dacia UU1, Volvo YV1, Hyundai KMH, Toyota JTD, Honda 1HG, Ford 1FA,
    BMW WBA, Renault VF1, Tata MAT, Proton PL1, Mahindra MA1) + VDS + check + year + plant + 6-digit serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_ALPHA) for _ in range(5)) + "0" + rng.choice(VIN_YEARS) + \
            rng.choice(VIN_ALPHA) + rd(rng, 6)
        v = v[:8] + vin_digit(v) + v[9:]
        if not dull(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_digit(v) == v[8] and v[:3] in WMIS


def gen_plate(rng, cc):
    """Plates: Luxembourg (2 letters + 4 digits, 'AB 1234'); North Macedonia (city code + 4 digits + 2 letters,
    'SK 1234 AB'); Russia (GOST R 50577: letter, 3 digits, 2 letters, region, in Latin look-alikes 'A123BC 77');
    India, Bihar (AIS-type 'BR 01 AB 1234'); Italy (2004 series 'AB 123 CD'); Sierra Leone ('AAB 123')."""
    L = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if cc == "LU":
        return f"{L('ABCDEFGHJKLMNPRSTUVWXZ', 2)} {rd(rng, 4, True)}"
    if cc == "MK":
        return f"{rng.choice(['SK', 'BT', 'OH', 'TE', 'KU', 'ST'])} {rd(rng, 4, True)} {L('ABCDEFGHJKLMNPRSTUVZ', 2)}"
    if cc == "RU":
        g = "ABEKMHOPCTYX"
        return f"{L(g, 1)}{rd(rng, 3, True)}{L(g, 2)} {rng.choice(['77', '97', '177', '78', '16', '54'])}"
    if cc == "IN":
        return f"BR {rng.randint(1, 38):02d} {L('ABCDEFGHJKLMNPRSTUVWXYZ', 2)} {rd(rng, 4, True)}"
    if cc == "IT":
        return f"{L('ABCDEFGHJKLMNPRSTVWXYZ', 2)} {rd(rng, 3, True)} {L('ABCDEFGHJKLMNPRSTVWXYZ', 2)}"
    if cc == "SL":
        return f"{L('ABCDEFGHJKLMNPRSTUVWXYZ', 3)} {rd(rng, 3, True)}"
    raise KeyError(cc)


PLATE_RX = {"LU": r"[A-Z]{2} [1-9]\d{3}", "MK": r"[A-Z]{2} [1-9]\d{3} [A-Z]{2}",
            "RU": r"[ABEKMHOPCTYX][1-9]\d{2}[ABEKMHOPCTYX]{2} \d{2,3}", "IN": r"BR \d{2} [A-Z]{2} [1-9]\d{3}",
            "IT": r"[A-Z]{2} [1-9]\d{2} [A-Z]{2}", "SL": r"[A-Z]{3} [1-9]\d{2}"}


# ---------------------------------------------------------------- IP addresses
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(v):
    a = ipaddress.ip_address(v)
    return a.is_global and not a.is_multicast and not any(a in n for n in DOC_NETS if n.version == a.version)


def gen_ipv4(rng):
    """IANA special-purpose registry: draw until is_global, not multicast, outside RFC 5737."""
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.packed[0] not in (0, 10, 100, 127) and a.packed[0] < 224 and ip_ok(str(a)):
            return str(a)


def gen_ipv6(rng):
    """Global unicast from RIR blocks (2a00::/12 RIPE, 2400::/12 APNIC, 2c00::/12 AFRINIC, 2600::/12 ARIN), outside
    RFC 3849."""
    while True:
        groups = [rng.choice([0x2a00, 0x2a05, 0x2400, 0x2405, 0x2c0f, 0x2600, 0x2607])] + \
            [rng.randrange(1, 0x10000) for _ in range(7)]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip_ok(str(a)):
            return str(a)


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_cidr":
        return plain + "/32"
    if fmt == "ip.v4_dash":
        return plain.replace(".", "-")
    if fmt == "ip.v6_full":
        return ipaddress.IPv6Address(plain).exploded
    if fmt == "ip.v6_port":
        return f"[{plain}]:{port}"
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["LU", "MK", "RU", "SL", "IQ", "IN", "IT", "ID", "VN", "US"]
US_AREAS = [512, 305, 404, 602, 702, 801, 505, 502, 614, 215, 201, 804]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers' libphonenumber metadata calls valid mobiles (US: valid, area codes of
    the address states, never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = str(phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE).national_number)
    for _ in range(2000):
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rd(rng, 6)
        else:
            k = rng.randint(2, 3)
            nat = ex[:k] + rd(rng, len(ex) - k)
        e = f"+{cc}{nat}"
        if phone_ok(e) and not dull(nat[-7:]):
            n = phonenumbers.parse(e)
            if region == "US" or phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE:
                return e
    raise RuntimeError(region)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.idd00":
        return "00" + e164[1:]
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["pt.lu", "t-home.mk", "yandex.ru", "mail.ru", "rediffmail.com", "libero.it", "proton.me",
                 "aol.com", "zoho.com", "gmx.net", "yahoo.com", "yahoo.co.in"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered domain (not RFC 2606 / RFC 6761 reserved)."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d.lstrip(".") or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://www.ketto.org/fundraiser/{slug}", "https://milaap.org/fundraisers/{slug}",
                 "https://www.facebook.com/{slug}", "https://www.instagram.com/{slug}/", "https://x.com/{slug}",
                 "https://www.youtube.com/@{slug}", "https://bsky.app/profile/{slug}.bsky.social",
                 "https://t.me/{slug}", "https://ok.ru/profile/{num}", "https://vk.com/id{num}",
                 "https://portal.chl.lu/patient/{num}/dossier"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("AUSTIN", "TX", "787"), ("MIAMI", "FL", "331"), ("ATLANTA", "GA", "303"), ("PHOENIX", "AZ", "850"),
          ("LAS VEGAS", "NV", "891"), ("SALT LAKE CITY", "UT", "841"), ("ALBUQUERQUE", "NM", "871"),
          ("LOUISVILLE", "KY", "402"), ("COLUMBUS", "OH", "432"), ("PHILADELPHIA", "PA", "191"),
          ("NEWARK", "NJ", "071"), ("RICHMOND", "VA", "232")]
STREETS = ["PECAN", "MESQUITE", "PALMETTO", "SAGUARO", "CHOLLA", "BLUEBONNET", "DOGWOOD", "WILLOWBROOK", "SASSAFRAS",
           "HACKBERRY", "BUCKEYE", "CHINQUAPIN", "POPLAR", "ARROYO", "CANYON VISTA"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CT", "PKWY", "CIR", "TRL", "LOOP", "HWY"]  # USPS Pub 28 C1


def gen_zip(rng, prefix=None):
    """USPS ZIP: sectional center prefix of a named city + 2 digits (not 00)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rd(rng, 2)
        if not dull(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: number, optional pre-directional, street name, C1 suffix, optional secondary unit
    (UNIT / # / STE), city, state, ZIP or ZIP+4 (upper case)."""
    city, st, pfx = rng.choice(CITIES)
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" UNIT {rng.randint(2, 40)}", f" # {rng.randint(101, 999)}", f" STE {rng.randint(10, 99)}0"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.35:
        z += "-" + rd(rng, 4, True)
    return f"{rng.randint(102, 97999)} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{3,5}) (?:(?:N|S|E|W|SW) )?[A-Z]+(?: [A-Z]+)? (?:AVE|ST|BLVD|DR|LN|RD|CT|PKWY|CIR|TRL|LOOP|HWY)"
                     r"(?: (?:UNIT \d+|# \d+|STE \d+))?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    return not m[2] or any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)


def render_street(fmt, plain):
    if fmt == "addr.title":
        states = {c[1] for c in CITIES}
        return " ".join(w if w in states or w in ("N", "S", "E", "W", "SW", "#") else w.capitalize()
                        for w in plain.split(" "))
        # ('Ste', 'Unit', 'Pkwy' come out capitalised)
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.twoline":
        a, b = plain.split(", ", 1)
        return f"{a}\n{b}"
    return plain


# ---------------------------------------------------------------- secrets
def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); PostgreSQL, MongoDB SRV and
    SQL Server (ADO.NET) connection strings with an inline password; passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "slack-bot-token":
        return f"xoxb-{rd(rng, 12, True)}-{rd(rng, 13, True)}-{R(al, 24)}"
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 93) + "AA"
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "_-", 60)
    if rule == "planetscale-api-token":
        return "pscale_tkn_" + R(al, 43)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "gcp-api-key":
        return "AIza" + R(al + "_-", 35)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(UP + DIG, 24) + "." + R(UP + DIG, 64)
    if rule == "heroku-api-key-v2":
        return "HRKU-AA" + R(al + "_-", 58)
    if rule == "vault-service-token":
        return "hvs." + R(al + "_-", 96)
    if rule == "alibaba-access-key-id":
        return "LTAI" + R(al, 20)
    if rule == "square-access-token":
        return "EAAA" + R(al + "-_", 60)
    if rule == "gitlab-runner-authentication-token":
        return "glrt-" + R(al + "_-", 20)
    if rule == "gitlab-deploy-token":
        return "gldt-" + R(al + "_-", 20)
    if rule == "clojars-api-token":
        return "CLOJARS_" + R(lo, 60)
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@pg-{R(lo, 6)}.internal:5432/dhis2"
    if rule == "uri.mongosrv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@cluster0.{R(lo, 5)}.mongodb.net/comms"
    if rule == "uri.mssql":
        return (f"Server=tcp:sql-{R(lo, 6)}.database.windows.net,1433;Database=records;User ID={R(string.ascii_lowercase, 6)};"
                f"Password={R(al, 16)};Encrypt=True")
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("@^~=") + R(DIG, 4) + R(string.ascii_letters, 3) + rng.choice("!;:")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a mid-pattern '(?i)' becomes a whole-pattern flag."""
    rx = rule["regex"].replace("[[:alnum:]]", "[A-Za-z0-9]")
    flags = 0
    if "(?i)" in rx:
        flags, rx = re.I, rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.postgres":
        return bool(re.fullmatch(r"postgresql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.mongosrv":
        return bool(re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.mssql":
        return bool(re.search(r";Password=[A-Za-z0-9]{14,};", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- romanisation and identifiers
CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "е": "e", "ё": "e", "ж": "zh", "з": "z",
       "ѕ": "dz", "и": "i", "ј": "j", "й": "y", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj",
       "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ќ": "kj", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
       "ч": "ch", "џ": "dzh", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
DEVA = {"क": "k", "ख": "kh", "ग": "g", "घ": "gh", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ट": "t", "ठ": "th",
        "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph",
        "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "w", "श": "sh", "ष": "sh", "स": "s",
        "ह": "h", "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ए": "e", "ऐ": "ai", "ओ": "o",
        "औ": "au", "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "े": "e", "ै": "ai", "ो": "o", "ौ": "au",
        "ं": "n", "ँ": "n", "्": "", "ड़": "r"}


def romanise(s):
    """Macedonian (official 2008 table) and Russian (BGN/PCGN-like) Cyrillic and a plain Devanagari table into ASCII
    letters; other scripts pass through (and are dropped by ``ident``)."""
    out = []
    for ch in s:
        low = ch.lower()
        if low in CYR:
            r = CYR[low]
            out.append(r.capitalize() if ch != low else r)
        elif ch in DEVA:
            out.append(DEVA[ch])
        else:
            out.append(ch)
    return "".join(out)


def ascii_fold(s):
    s = romanise(s)
    s = s.replace("ł", "l").replace("Ł", "L").replace("ɛ", "e").replace("ɔ", "o").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, dot, upper_snake, or native (native-script
    words joined by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,./]+", text.strip(" ,./")))
    words = [w for w in re.split(r"[^0-9A-Za-z]+", ascii_fold(text)) if w]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "upper_snake":
        return "_".join(w.upper() for w in words)
    raise KeyError(style)


def js_escape(s):
    """Escape the ECMA-262 SyntaxCharacters for a JSON Schema regex literal."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
