"""Value generators for the twentyseventh set, each from a published format rule, with validators.

Generators take a random.Random; ``render_*`` re-render a plain value in a written form and ``*_ok`` check a plain
value against its rule (check.py uses both).  Only the standard library and ``phonenumbers`` are used.
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


def rdigits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def boring(s):
    """Reject runs and ladders (123456789, 000000, 1111) that read as documentation placeholders."""
    d = re.sub(r"\D", "", s)
    if len(d) >= 4 and (len(set(d)) <= 2 or d in "01234567890123456789" or d in "98765432109876543210"):
        return True
    return bool(re.search(r"(\d)\1\1\1", d)) or "1234" in d or "0000" in d or "9876" in d


# ---------------------------------------------------------------- Luhn (ISO/IEC 7812-1 annex B)
def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return num.isdigit() and luhn_check_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------- US SSN
def gen_ssn(rng):
    """SSA randomisation rules (June 2011): area 001-899 except 666, group 01-99, serial 0001-9999; the advertising
    numbers 078-05-1120 and 987-65-432x excluded."""
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if not boring(v) and not v.startswith("078-05"):
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


def render_ssn(fmt, plain):
    return {"ssn.dash": plain, "ssn.space": plain.replace("-", " "), "ssn.bare": plain.replace("-", ""),
            "ssn.dot": plain.replace("-", "."), "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
GEDCOM_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
AT_MONTHS = "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()
NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
EO_MONTHS = "januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro".split()
OC_MONTHS = "genièr febrièr març abril mai junh julhet agost setembre octòbre novembre decembre".split()
TPI_MONTHS = "Janueri Februeri Mas Epril Me Jun Julai Ogas Septemba Oktoba Novemba Disemba".split()
PAP_MONTHS = "yanüari febrüari mart aprel mei yüni yüli ougùstùs sèptèmber òktober novèmber desèmber".split()
YI_MONTHS = ("יאַנואַר פֿעברואַר מערץ אַפּריל מיי יוני יולי אויגוסט סעפּטעמבער אָקטאָבער נאָוועמבער "
             "דעצעמבער").split()
EN_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def gen_dob(rng):
    """A calendar date between 1928-01-01 and 2011-12-31 (proleptic Gregorian; ISO 8601 extended form)."""
    d = datetime.date(1928, 1, 1) + datetime.timedelta(days=rng.randint(0, 30680))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended (YYYY-MM-DD) and basic (YYYYMMDD, the RFC 6350 vCard BDAY form); US
    mm/dd/yyyy; GEDCOM 5.5.1 DATE_EXACT (`12 MAR 1984`); CLDR long dates for de_AT (`12. Jänner 1984`), nl_BE
    (`12 maart 1984`), eo (`12-a de marto 1984`), oc (`12 de març de 1984`), yi (`12טן מערץ 1984`); Tok Pisin
    (`12 Mas 1984`) and Papiamento (`12 di mart 1984`) day-month-year with their month names; CLDR es_CL short
    date dd-MM-yyyy; key-safe Y_m_d."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.basic":
        return f"{y}{m:02d}{dd:02d}"
    if fmt == "date.us":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.gedcom":
        return f"{dd} {GEDCOM_MONTHS[m - 1]} {y}"
    if fmt == "date.at_long":
        return f"{dd}. {AT_MONTHS[m - 1]} {y}"
    if fmt == "date.nl_long":
        return f"{dd} {NL_MONTHS[m - 1]} {y}"
    if fmt == "date.eo_long":
        return f"{dd}-a de {EO_MONTHS[m - 1]} {y}"
    if fmt == "date.oc_long":
        sep = "d'" if OC_MONTHS[m - 1][0] in "aeiouò" else "de "
        return f"{dd} {sep}{OC_MONTHS[m - 1]} de {y}"
    if fmt == "date.yi_long":
        return f"{dd}טן {YI_MONTHS[m - 1]} {y}"
    if fmt == "date.tpi":
        return f"{dd} {TPI_MONTHS[m - 1]} {y}"
    if fmt == "date.pap":
        return f"{dd} di {PAP_MONTHS[m - 1]} {y}"
    if fmt == "date.cl_short":
        return f"{dd:02d}-{m:02d}-{y}"
    if fmt == "date.en_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.key":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_RX = {"mrn.pt9": r"PT[1-9]\d{8}", "mrn.site_slash": r"(VIE|GRZ|SCL|ANT|GNT|LNZ)/[1-9]\d{6}",
          "mrn.bare7": r"[1-9]\d{6}", "mrn.yr_seq": r"(9\d|0\d|1\d|2[0-4])-\d{7}", "mrn.u8": r"U[1-9]\d{7}"}


def gen_mrn(rng, style):
    """Hospital record-number house styles: 'PT' + 9 digits; site code + '/' + 7 digits (chart room prefix);
    bare 7-digit chart number; 2-digit registration year + '-' + 7-digit sequence; 'U' (unit number) + 8 digits."""
    while True:
        if style == "mrn.pt9":
            v = "PT" + rdigits(rng, 9, True)
        elif style == "mrn.site_slash":
            v = rng.choice(["VIE", "GRZ", "SCL", "ANT", "GNT", "LNZ"]) + "/" + rdigits(rng, 7, True)
        elif style == "mrn.bare7":
            v = rdigits(rng, 7, True)
        elif style == "mrn.yr_seq":
            v = f"{rng.choice(['94', '97', '99', '03', '08', '12', '17', '21', '24'])}-{rdigits(rng, 7)}"
        elif style == "mrn.u8":
            v = "U" + rdigits(rng, 8, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification, CMS 2016): 11 characters
    C A AN N A AN N A A N N; C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9."""
    an = MBI_ALPHA + list(DIG)
    out = ""
    for p in ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]:
        out += {"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                "N": rng.choice(DIG)}[p]
    return out


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v))


HP_RX = {"hp.mbi": None, "hp.mbi_dashed": None, "hp.medical_cin": r"9[0-9]{7}[AC-HMNT-Z]",
         "hp.bcbs_prefix": r"[A-Z]{3}\d{9}", "hp.w9": r"W[1-9]\d{8}"}


def gen_hpid(rng, style):
    """MBI plain / printed 4-3-4; California Medi-Cal Client Index Number (DHCS MEDS data dictionary: 9 characters,
    a '9', 7 sequential digits, a letter other than B I J K L O P Q R S);
    Blue Cross Blue Shield member id (3-character alpha prefix assigned by BCBSA + 9-digit member number); a
    'W'-prefixed payer member id (W + 9 digits)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_dashed"):
            v = gen_mbi(rng)
        elif style == "hp.medical_cin":
            v = "9" + rdigits(rng, 7) + rng.choice("ACDEFGHMNTUVWXYZ")
        elif style == "hp.bcbs_prefix":
            v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 9, True)
        elif style == "hp.w9":
            v = "W" + rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_dashed":
        return f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"
    return plain


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"AT": 20, "BE": 16, "LI": 21}


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    if v[:2] == "BE":
        b = v[4:]
        return int(b[:10]) % 97 == (int(b[10:]) if int(b[10:]) != 97 else 0) and int(b[10:]) != 0
    return True


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: AT 5n11n (bank code + account); BE 3n7n2n with the Belgian national
    check (first 10 digits mod 97, 0 -> 97); LI 5n12c (bank code + account)."""
    if cc == "AT":
        bban = rng.choice(["20111", "12000", "32000", "14000", "60000"]) + rdigits(rng, 11, True)
    elif cc == "BE":
        ten = rng.choice(["001", "063", "068", "734", "363"]) + rdigits(rng, 7, True)
        k = int(ten) % 97 or 97
        bban = ten + f"{k:02d}"
    elif cc == "LI":
        bban = rng.choice(["08800", "08810", "08802"]) + "000" + rdigits(rng, 9, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Discover 6011 / 644-649 (16), JCB 3528-3589 (16), Diners Club International 36 (14),
    Visa 4 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649))]), 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "diners":
            v = card(rng, "36", 14)
        elif brand == "visa":
            v = card(rng, "4" + rdigits(rng, 5), 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt == "acct.card_grouped":
        if len(plain) == 14:
            return f"{plain[:4]} {plain[4:10]} {plain[10:]}"
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


# ---------------------------------------------------------------- driver's licences (AAMVA DL/ID jurisdiction formats)
DL_RX = {"CA": r"[A-Z]\d{7}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "NJ": r"[A-Z]\d{4} \d{5} \d{5}",
         "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}", "OH": r"[A-Z]{2}\d{6}", "VA": r"[A-Z]\d{2}-\d{2}-\d{4}",
         "AZ": r"[A-Z]\d{8}", "NY": r"\d{3} \d{3} \d{3}"}


def gen_dl(rng, st):
    """State formats from the AAMVA DL/ID jurisdiction list, printed as the state prints them: CA 1 letter + 7 digits;
    FL 1 letter + 12 digits (A000-000-00-000-0); NJ 1 letter + 14 digits (A0000 00000 00000); MI 1 letter + 12 digits
    (A 000 000 000 000); OH 2 letters + 6 digits; VA 1 letter + 8 digits (A00-00-0000); AZ 1 letter + 8 digits;
    NY 9 digits (000 000 000)."""
    while True:
        L = rng.choice(UP)
        if st == "CA":
            v = L + rdigits(rng, 7)
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6)
        elif st == "VA":
            d = rdigits(rng, 8)
            v = f"{L}{d[:2]}-{d[2:4]}-{d[4:]}"
        elif st == "AZ":
            v = L + rdigits(rng, 8)
        elif st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        else:
            raise KeyError(st)
        if not boring(v):
            return v


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 section 6.2.1: IMEI = TAC (8) + SNR (6) + check digit (Luhn over the 14 digits)."""
    body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
    return body + luhn_check_digit(body)


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0) and universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(5)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and \
        v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    """Colon upper case (IEEE 802 canonical, upper), Cisco dotted quads (xxxx.xxxx.xxxx), bare lower hex."""
    if fmt == "dev.mac_upper":
        return plain.upper()
    if fmt == "dev.mac_cisco":
        h = plain.replace(":", "")
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "dev.mac_bare":
        return plain.replace(":", "")
    raise KeyError(fmt)


HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(data):
    """HIBCC Supplier Labeling Standard (ANSI/HIBC 2.6) modulus-43 check character over the whole data string."""
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in data) % 43]


def gen_hibc(rng):
    """HIBC UDI, primary + secondary concatenated: '+' LIC (letter + 3 alphanumerics) + product/catalogue number
    + unit-of-measure digit, '/', '$+' + serial number, then the mod-43 check character."""
    al = UP + DIG
    lic = rng.choice(UP) + "".join(rng.choice(al) for _ in range(3))
    pcn = "".join(rng.choice(al) for _ in range(rng.randint(5, 9)))
    ser = "".join(rng.choice(al) for _ in range(rng.randint(6, 10)))
    data = f"+{lic}{pcn}{rng.choice('0123')}/$+{ser}"
    return data + hibc_check(data)


def hibc_ok(v):
    return bool(re.fullmatch(r"\+[A-Z][A-Z0-9]{3}[A-Z0-9]{5,9}[0-3]/\$\+[A-Z0-9]{6,10}.", v)) and \
        hibc_check(v[:-1]) == v[-1]


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830, GS1 AIs): (01) GTIN-14 with check digit, (17) expiry YYMMDD, (21) serial."""
    body = "0" + rng.choice(["5", "9", "3"]) + rdigits(rng, 11)
    exp = f"{rng.randint(26, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){body}{gs1_check(body)}(17){exp}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Implant / pump serial as printed on the label: 3 letters + 7 digits (cued only)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 7, True)


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["TMB", "YV1", "KMH", "WBA", "WAU", "VF1", "UU1", "1FA", "2HG", "3VW", "9BW", "MAT"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 assignments: Skoda TMB, Volvo YV1, Hyundai KMH, BMW WBA, Audi WAU, Renault VF1,
    Dacia UU1, Ford 1FA, Honda of Canada 2HG, Volkswagen de Mexico 3VW, Volkswagen do Brasil 9BW, Tata MAT) + VDS +
    check digit (position 9) + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATE_RX = {"AT": r"(W|G|L|S|I|K) [1-9]\d{2} [A-Z]{2}", "BE": r"[12]-[A-Z]{3}-[1-9]\d{2}",
            "CL": r"[BCDFGHJKLPRSTVWXYZ]{4}-\d{2}", "NZ": r"[A-Z]{3}[1-9]\d{2}", "LI": r"FL [1-9]\d{3,4}"}


def gen_plate(rng, cc):
    """Registration plates: Austria (district code + digits + letters, 'G 123 AB'); Belgium (2010 series,
    '1-ABC-234'); Chile (2007 series, 4 consonants + 2 digits, written 'GHJK-12'); New Zealand (3 letters + 3
    digits); Liechtenstein ('FL' + 4-5 digits)."""
    L = lambda n, pool="ABCDEFGHJKLMNPRSTUVWXYZ": "".join(rng.choice(pool) for _ in range(n))
    if cc == "AT":
        return f"{rng.choice('WGLSIK')} {rdigits(rng, 3, True)} {L(2)}"
    if cc == "BE":
        return f"{rng.choice('12')}-{L(3)}-{rdigits(rng, 3, True)}"
    if cc == "CL":
        return f"{L(4, 'BCDFGHJKLPRSTVWXYZ')}-{rdigits(rng, 2)}"
    if cc == "NZ":
        return f"{L(3)}{rdigits(rng, 3, True)}"
    if cc == "LI":
        return f"FL {rdigits(rng, rng.choice([4, 5]), True)}"
    raise KeyError(cc)


# ---------------------------------------------------------------- IP addresses
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(v):
    a = ipaddress.ip_address(v)
    return a.is_global and not a.is_multicast and not any(a in n for n in DOC_NETS if n.version == a.version)


def gen_ipv4(rng):
    """IANA IPv4 Special-Purpose Address Registry: draw until ipaddress says is_global, outside RFC 5737."""
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip_ok(str(a)) and 0 < a.packed[0] < 224 and a.packed[0] not in (10, 127):
            return str(a)


def gen_ipv6(rng):
    """Global unicast 2000::/3 (RFC 4291), outside 2001:db8::/32 (RFC 3849) and other special-purpose blocks."""
    while True:
        first = rng.choice([0x2a00, 0x2a0a, 0x2001, 0x2404, 0x2800, 0x2c0f, 0x2603])
        groups = [first] + [rng.randrange(1, 0x10000) for _ in range(3)] + [0, 0, 0] + [rng.randrange(1, 0x10000)]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip_ok(str(a)) and str(a).count(":") >= 4:
            return str(a)


def render_ip(fmt, plain):
    return {"ip.v4": plain, "ip.v6": plain, "ip.v4_cidr": plain + "/32", "ip.v4_dash": plain.replace(".", "-"),
            "ip.v4_snake": plain.replace(".", "_")}[fmt]


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["AT", "BE", "CL", "PG", "CW", "NZ", "LI", "FR", "US"]
US_AREAS = [602, 505, 801, 208, 402, 316, 918, 501, 601, 502, 802, 401]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid (mobile ranges of the region's
    example number; US: area codes of the address cities, never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    ens = str(ex.national_number)
    while True:
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            keep = rng.randint(2, 3)
            nat = ens[:keep] + rdigits(rng, len(ens) - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e164 = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e164) and not boring(nat[-7:]):
            return e164


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
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.digits":
        return e164[1:]
    if fmt == "phone.00":
        return "00" + e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["gmx.at", "aon.at", "telenet.be", "skynet.be", "proton.me", "xtra.co.nz", "yahoo.com", "gmail.com",
                 "zoho.com", "gmx.net", "vtr.net", "free.fr"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://ko-fi.com/{slug}", "https://www.patreon.com/{slug}", "https://bsky.app/profile/{slug}.bsky.social",
                 "https://www.xing.com/profile/{slug}", "https://www.strava.com/athletes/{num}",
                 "https://www.betterplace.me/{slug}", "https://www.ketto.org/fundraiser/{slug}",
                 "https://www.flickr.com/people/{slug}", "https://about.me/{slug}",
                 "https://mijn.zorgportaal-gent.be/patient/{num}", "https://meinportal.lkh-sued.at/akte/{num}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PHOENIX", "AZ", "850"), ("ALBUQUERQUE", "NM", "871"), ("SALT LAKE CITY", "UT", "841"),
          ("BOISE", "ID", "837"), ("OMAHA", "NE", "681"), ("WICHITA", "KS", "672"), ("TULSA", "OK", "741"),
          ("LITTLE ROCK", "AR", "722"), ("JACKSON", "MS", "392"), ("LOUISVILLE", "KY", "402"),
          ("BURLINGTON", "VT", "054"), ("PROVIDENCE", "RI", "029")]
STREETS = ["SAGUARO", "MESQUITE", "PINON", "CHOKECHERRY", "BLUESTEM", "OSAGE", "CATALPA", "PAWPAW", "BUCKEYE",
           "HACKBERRY", "SASSAFRAS", "QUAIL RUN", "SANDHILL", "PRAIRIE ROSE"]
SUFFIXES = ["TRL", "PKWY", "CIR", "HWY", "LOOP", "PASS", "XING", "RUN", "PT", "ROW"]  # USPS Publication 28, C1


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional unit
    (UNIT / # / BLDG), city, state abbreviation, ZIP or ZIP+4; written upper case."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(101, 98999))
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" UNIT {rng.randint(2, 40)}", f" BLDG {rng.choice('ABCDEF')}"])
    line = f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{line}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{3,5}) (?:(?:N|S|E|W|SW) )?[A-Z]+(?: [A-Z]+)? (?:TRL|PKWY|CIR|HWY|LOOP|PASS|XING|RUN|PT|ROW)"
                     r"(?: (?:UNIT|BLDG) \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.mixed":
        states = {c[1] for c in CITIES}
        return " ".join(w if w in states or w in ("N", "S", "E", "W", "SW") or w.rstrip(",") in states
                        else w.capitalize() for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
def _b64url(raw):
    import base64
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); PostgreSQL, MongoDB SRV and
    SQL Server (ADO.NET) connection strings with an inline password; passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 93) + "AA"
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "gcp-api-key":
        return "AIza" + R(al + "_-", 35)
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "heroku-api-key-v2":
        return "HRKU-AA" + R(al + "_-", 58)
    if rule == "jwt":
        import json
        head = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = _b64url(json.dumps({"sub": R(lo, 12), "iat": rng.randint(1700000000, 1790000000),
                                   "scope": "workflow:write"}, separators=(",", ":")).encode())
        return f"{head}.{body}.{R(al + '_-', 43)}"
    if rule == "openai-api-key":
        return "sk-proj-" + R(al + "_-", 74) + "T3BlbkFJ" + R(al + "_-", 74)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "_-", 64)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "slack-bot-token":
        return f"xoxb-{rdigits(rng, 12, True)}-{rdigits(rng, 13, True)}-{R(al, 24)}"
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@pg-{R(lo, 6)}.internal.lan:5432/workflows"
    if rule == "uri.mongodb_srv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@cluster0.{R(lo, 5)}.mongodb.net/vectors"
    if rule == "uri.mssql":
        return (f"Server=tcp:sql-{R(lo, 6)}.database.windows.net,1433;Database=ledger;User ID={R(string.ascii_lowercase, 6)};"
                f"Password={R(al, 16)};Encrypt=True;")
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 5) + \
            rng.choice("?$+=")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: every inline '(?i)' becomes a whole-pattern flag."""
    rx = rule["regex"]
    flags = 0
    if "(?i)" in rx:
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.postgres":
        return bool(re.fullmatch(r"postgresql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.mongodb_srv":
        return bool(re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+", value))
    if rule_id == "uri.mssql":
        return bool(re.search(r";Password=[A-Za-z0-9]{14,};", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- identifiers
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, digits (keep [0-9A-Za-z] runs), native (join
    native-script words by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    words = [w for w in re.split(r"[^0-9A-Za-z]+", ascii_fold(text)) if w]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "digits":
        return "".join(words)
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
