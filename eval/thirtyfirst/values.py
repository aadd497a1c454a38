"""Value generators for the thirty-first set, each from a published format rule, with validators.

Every generator takes a random.Random and returns (plain, written) pairs through ``make(fmt, rng)``; ``written`` is
the format's rendering of ``plain``.  ``render(fmt, plain)`` re-renders a plain value, and ``valid(fmt, plain)``
checks it against its rule; check.py uses both.  Only the standard library and ``phonenumbers`` are used.
"""
import datetime
import ipaddress
import re
import string

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
    return bool(re.search(r"(\d)\1\1\1", d)) or "1234" in d or "0000" in d


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
    """SSA randomisation rules (2011): area 001-899 except 666, group 01-99, serial 0001-9999."""
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


# ---------------------------------------------------------------- dates of birth
LV_MONTHS = ("janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris "
             "decembris").split()
SL_MONTHS = "januar februar marec april maj junij julij avgust september oktober november december".split()
HI_MONTHS = "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्तूबर नवंबर दिसंबर".split()
HT_MONTHS = "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split()
EN_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
SAS_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
DEVA_DIGITS = "०१२३४५६७८९"
DATE_FORMATS = ("date.iso", "date.us", "date.en_long", "date.lv_long", "date.sl_long", "date.hi_long",
                "date.hi_digits", "date.ht_long", "date.dmy_dash", "date.ymd_dot", "date.sas9")


def gen_dob(rng):
    """A calendar date between 1929-01-01 and 2011-12-31 (proleptic Gregorian, ISO 8601 plain form)."""
    d = datetime.date(1929, 1, 1) + datetime.timedelta(days=rng.randint(0, 30315))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def deva(s):
    return "".join(DEVA_DIGITS[int(c)] if c.isdigit() else c for c in s)


def render_date(fmt, iso):
    """Renderings: ISO 8601 extended; US mm/dd/yyyy; English 'Month d, yyyy'; CLDR long dates for Latvian
    ("y. 'gada' d. MMMM": '1984. gada 12. marts'), Slovenian ('d. MMMM y': '12. marec 1984'), Hindi ('d MMMM y':
    '12 मार्च 1984', also with Devanagari digits U+0966-096F) and Haitian Creole ('12 mas 1984'); dd-mm-yyyy;
    yyyy.mm.dd. (Latvian numeric style); SAS DATE9. informat (DDMONYYYY); key-safe Y_m_d and YYYYMMDD."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.us":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.en_long":
        return f"{EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.lv_long":
        return f"{y}. gada {dd}. {LV_MONTHS[m - 1]}"
    if fmt == "date.sl_long":
        return f"{dd}. {SL_MONTHS[m - 1]} {y}"
    if fmt == "date.hi_long":
        return f"{dd} {HI_MONTHS[m - 1]} {y}"
    if fmt == "date.hi_digits":
        return deva(f"{dd} {HI_MONTHS[m - 1]} {y}")
    if fmt == "date.ht_long":
        return f"{dd} {HT_MONTHS[m - 1]} {y}"
    if fmt == "date.dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if fmt == "date.ymd_dot":
        return f"{y}.{m:02d}.{dd:02d}."
    if fmt == "date.sas9":
        return f"{dd:02d}{SAS_MONTHS[m - 1]}{y}"
    if fmt == "date.key":
        return f"{y}_{m:02d}_{dd:02d}"
    if fmt == "date.compact":
        return f"{y}{m:02d}{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
def gen_mrn(rng, style):
    """Hospital-number house styles: 'MR' + 6 digits + '-' + Luhn check digit (ISO/IEC 7812 annex B over the 6);
    facility code (3 letters) + 2-digit admission year + 7-digit sequence ('KRH-24-0058213'); 9 digits printed in
    dotted triplets ('478.219.035'); 'PT' + 6 digits + 1 check letter (A-Z, mod 26 of the digit sum); bare 7-digit
    chart number."""
    while True:
        if style == "mrn.mr_luhn":
            d = rdigits(rng, 6, True)
            v = f"MR{d}-{luhn_check_digit(d)}"
        elif style == "mrn.site_year":
            v = rng.choice(["KRH", "WTH", "LJU", "RGS", "CNT", "PSH"]) + f"-{rng.randint(10, 25)}-" + rdigits(rng, 7)
        elif style == "mrn.dotted":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]}.{d[3:6]}.{d[6:]}"
        elif style == "mrn.pt_alpha":
            d = rdigits(rng, 6, True)
            v = "PT" + d + UP[sum(map(int, d)) % 26]
        elif style == "mrn.bare7":
            v = rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.mr_luhn": r"MR[1-9]\d{5}-\d", "mrn.site_year": r"[A-Z]{3}-(1\d|2[0-5])-\d{7}",
          "mrn.dotted": r"[1-9]\d{2}\.\d{3}\.\d{3}", "mrn.pt_alpha": r"PT[1-9]\d{5}[A-Z]", "mrn.bare7": r"[1-9]\d{6}"}


def mrn_ok(style, v):
    if re.fullmatch(MRN_RX[style], v) is None or boring(v):
        return False
    if style == "mrn.mr_luhn":
        return luhn_check_digit(v[2:8]) == v[-1]
    if style == "mrn.pt_alpha":
        return UP[sum(map(int, v[2:8])) % 26] == v[-1]
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification, CMS 2016): 11 characters
    C A AN N A AN N A A N N; C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9."""
    an = MBI_ALPHA + list(DIG)
    pos = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = ""
    for p in pos:
        out += {"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                "N": rng.choice(DIG)}[p]
    return out


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v))


def gen_hpid(rng, style):
    """MBI plain and printed with spaces (4 3 4, as on the Medicare card); Humana member id ('H' + 8 digits);
    Texas Medicaid client number (9 digits); Pennsylvania ACCESS card recipient number (10 digits); UnitedHealthcare
    member id (9 digits) with a 2-digit dependant suffix ('-00' subscriber, '-01'.. dependants)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_spaced"):
            v = gen_mbi(rng)
        elif style == "hp.humana":
            v = "H" + rdigits(rng, 8, True)
        elif style == "hp.tx_medicaid":
            v = rdigits(rng, 9, True)
        elif style == "hp.pa_access":
            v = rdigits(rng, 10, True)
        elif style == "hp.uhc_dep":
            v = rdigits(rng, 9, True) + "-0" + rng.choice("0123")
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_spaced":
        return f"{plain[:4]} {plain[4:7]} {plain[7:]}"
    return plain


HP_RX = {"hp.mbi": None, "hp.mbi_spaced": None, "hp.humana": r"H[1-9]\d{7}", "hp.tx_medicaid": r"[1-9]\d{8}",
         "hp.pa_access": r"[1-9]\d{9}", "hp.uhc_dep": r"[1-9]\d{8}-0[0-3]"}

# ---------------------------------------------------------------- account numbers
IBAN_SPECS = {"LV": 21, "SI": 19, "PS": 29, "CY": 28}   # ISO 13616 / SWIFT IBAN Registry lengths


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_SPECS.get(v[:2], -1):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: LV 4!a13!c (bank BIC prefix + account), SI 5!n8!n2!n (bank/branch
    01000, 02xxx, 04xxx + account + national check digits 2n by ISO 7064 MOD 97-10 over the 13 digits, 'SI56'),
    PS 4!a21!c (bank code + account), CY 3!n5!n16!c (bank + branch + account)."""
    if cc == "LV":
        bban = rng.choice(["HABA", "UNLA", "PARX", "RIKO"]) + "0" + rdigits(rng, 12, True)
    elif cc == "SI":
        body = rng.choice(["02011", "04515", "05100", "10100"]) + rdigits(rng, 8, True)
        chk = 98 - (int(body) * 100) % 97
        bban = body + f"{chk:02d}"
    elif cc == "PS":
        bban = rng.choice(["PALS", "ARAB", "QUDS", "CAAB"]) + "0" * 9 + rdigits(rng, 12, True)
    elif cc == "CY":
        bban = rng.choice(["002", "005", "018"]) + rdigits(rng, 5, True) + "0000" + rdigits(rng, 12, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa_electron", "verve", "dankort", "uatp", "mc5"]


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa Electron 4026/4508/4844/4913/4917 (16), Verve 506099-506198 (16), Dankort 5019 (16),
    UATP 1 (15), Mastercard 51-55 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "visa_electron":
            v = card(rng, rng.choice(["4026", "4508", "4844", "4913", "4917"]), 16)
        elif brand == "verve":
            v = card(rng, str(rng.randint(506099, 506198)), 16)
        elif brand == "dankort":
            v = card(rng, "5019", 16)
        elif brand == "uatp":
            v = card(rng, "1" + rng.choice("2345678"), 15)
        elif brand == "mc5":
            v = card(rng, str(rng.randint(51, 55)), 16)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt.startswith("acct.iban_paper"):
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt.startswith("acct.card_grouped"):
        if len(plain) == 15:
            return f"{plain[:4]} {plain[4:9]} {plain[9:]}"     # UATP prints 4-5-6
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    if fmt.startswith("acct.card_dashed"):
        return "-".join(plain[i:i + 4] for i in range(0, 16, 4)) if len(plain) == 16 else plain
    return plain


def gen_nz_account(rng):
    """New Zealand bank account (Payments NZ): bank 2 + branch 4 + account 7 + suffix 2-3, printed with hyphens."""
    return f"{rng.choice(['01', '02', '03', '06', '12', '38'])}-{rdigits(rng, 4, True)}-{rdigits(rng, 7, True)}-" \
           f"{rng.choice(['00', '01', '02', '000', '025'])}"


NZ_ACCT_RX = r"(01|02|03|06|12|38)-[1-9]\d{3}-[1-9]\d{6}-(00|01|02|000|025)"


def gen_pcn(rng):
    """Hospital patient account (UB-04 / T-MSIS patient control number house style): 'PA' + 2-digit admission year
    + 8 digits (cued)."""
    while True:
        v = f"PA{rng.randint(10, 25)}{rdigits(rng, 8)}"
        if not boring(v):
            return v


PCN_RX = r"PA(1\d|2[0-5])\d{8}"


# ---------------------------------------------------------------- driver's licences (always cued)
def gen_dl(rng, st):
    """State formats as listed in the AAMVA DL/ID jurisdiction specifications: NJ 1 letter + 14 digits (printed
    'A1234 56789 01234'); NH 2 digits + 3 letters + 5 digits; ND 3 letters + 6 digits; KS 'K' + 8 digits;
    HI 'H' + 8 digits; VT 8 digits; OH 2 letters + 6 digits; KY 1 letter + 8 digits."""
    while True:
        L = lambda n: "".join(rng.choice(UP) for _ in range(n))
        if st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L(1)}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "NH":
            v = rdigits(rng, 2, True) + L(3) + rdigits(rng, 5)
        elif st == "ND":
            v = L(3) + rdigits(rng, 6)
        elif st == "KS":
            v = "K" + rdigits(rng, 8)
        elif st == "HI":
            v = "H" + rdigits(rng, 8)
        elif st == "VT":
            v = rdigits(rng, 8, True)
        elif st == "OH":
            v = L(2) + rdigits(rng, 6)
        elif st == "KY":
            v = L(1) + rdigits(rng, 8)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"NJ": r"[A-Z]\d{4} \d{5} \d{5}", "NH": r"[1-9]\d[A-Z]{3}\d{5}", "ND": r"[A-Z]{3}\d{6}", "KS": r"K\d{8}",
         "HI": r"H\d{8}", "VT": r"[1-9]\d{7}", "OH": r"[A-Z]{2}\d{6}", "KY": r"[A-Z]\d{8}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 section 6.2.1: IMEI = TAC (8) + SNR (6) + check digit (Luhn over the 14 digits)."""
    tac = rng.choice(["35", "86", "01", "99", "53"]) + rdigits(rng, 6)
    body = tac + rdigits(rng, 6)
    return body + luhn_check_digit(body)


def render_imei(fmt, plain):
    """GSMA printed layout AA BBBBBB CCCCCC D (TAC split 2+6, SNR, check digit) for dev.imei_spaced."""
    if fmt == "dev.imei_spaced":
        return f"{plain[:2]} {plain[2:8]} {plain[8:14]} {plain[14]}"
    return plain


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0) and universally administered (U/L bit 0) first octet."""
    first = rng.randrange(0, 256) & 0b11111100
    if first == 0:
        first = 0x5C
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    if fmt.startswith("dev.mac_upper"):
        return plain.upper()
    if fmt.startswith("dev.mac_bare"):
        return plain.replace(":", "")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830, GS1 AIs) in human-readable form: (01) GTIN-14 with check digit, (21) serial."""
    body = "0" + rng.choice(["5", "6", "9"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    serial = "".join(rng.choice(UP + DIG) for _ in range(rng.randint(7, 11)))
    return f"(01){gtin}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Insulin-pump / implant serial as printed on the label: 'NG' or 'CI' or 'PM' + 7 digits + 1 letter (cued)."""
    return rng.choice(["NG", "CI", "PM"]) + rdigits(rng, 7, True) + rng.choice(UP)


SERIAL_RX = r"(NG|CI|PM)[1-9]\d{6}[A-Z]"

# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["YV1", "TMB", "UU1", "KMH", "MA3", "MAT", "6G1", "SAL", "WF0", "ZAR", "LSV", "WBA"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 assignments: Volvo YV1, Skoda TMB, Dacia UU1, Hyundai KMH, Maruti Suzuki MA3,
    Tata MAT, Holden 6G1, Land Rover SAL, Ford Germany WF0, Alfa Romeo ZAR, SAIC Volkswagen LSV, BMW WBA) + VDS +
    check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


def gen_plate(rng, cc):
    """Registration plates: Latvia (CSDD: 2 letters + 1-4 digits, 'KT-4821'); Slovenia (registration area + 2
    letters + 3 digits, 'LJ NM-482'); India (MoRTH: state + RTO + series + 4 digits, 'MH 12 KT 4821'); New Zealand
    (NZTA: 3 letters + 3 digits, 'KTM482'); Cyprus (3 letters + 3 digits, 'KTM 482')."""
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(n))
    if cc == "LV":
        return f"{L(2)}-{rdigits(rng, 4, True)}"
    if cc == "SI":
        return f"{rng.choice(['LJ', 'MB', 'CE', 'KR', 'KP', 'NM'])} {L(2)}-{rdigits(rng, 3, True)}"
    if cc == "IN":
        return f"{rng.choice(['MH', 'KA', 'DL', 'TN', 'UP', 'GJ'])} {rng.randint(1, 50):02d} {L(2)} " \
               f"{rdigits(rng, 4, True)}"
    if cc == "NZ":
        return f"{L(3)}{rdigits(rng, 3, True)}"
    if cc == "CY":
        return f"{L(3)} {rdigits(rng, 3, True)}"
    raise KeyError(cc)


PLATE_RX = {"LV": r"[A-Z]{2}-[1-9]\d{3}", "SI": r"[A-Z]{2} [A-Z]{2}-[1-9]\d{2}", "IN": r"[A-Z]{2} \d{2} [A-Z]{2} [1-9]\d{3}",
            "NZ": r"[A-Z]{3}[1-9]\d{2}", "CY": r"[A-Z]{3} [1-9]\d{2}"}


# ---------------------------------------------------------------- IP addresses
def gen_ipv4(rng):
    """IANA IPv4 Special-Purpose Address Registry: draw until ipaddress says is_global and the address is outside
    RFC 5737 documentation ranges and multicast."""
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip_ok(str(a)) and a.packed[0] not in (0, 10, 127) and a.packed[0] < 224:
            return str(a)


def gen_ipv6(rng):
    """Global unicast 2000::/3 (RFC 4291), outside 2001:db8::/32 (RFC 3849) and other special-purpose blocks."""
    while True:
        first = rng.choice([0x2a00, 0x2a05, 0x2401, 0x2403, 0x2404, 0x2001, 0x2c0f])
        groups = [first] + [rng.randrange(1, 0x10000) for _ in range(2)] + [0] * 3 + \
            [rng.randrange(1, 0x10000) for _ in range(2)]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip_ok(str(a)):
            return str(a)


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["LV", "SI", "IN", "HT", "PS", "NZ", "CY", "US"]
US_AREAS = [907, 505, 207, 802, 307, 605, 302, 401, 208, 406, 808, 402]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid, never 555,
    area codes of the address cities)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    while True:
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            ens = str(ex.national_number)
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]) and phonenumbers.region_code_for_number(n) == region:
            return e


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    nat = str(n.national_number)
    if n.country_code == 1 and nat[3:6] == "555":
        return False
    return True


def render_phone(fmt, e164):
    """E.164; ITU-T E.123 international; national (cued); RFC 3966 tel: URI; E.123 with dots between the groups
    ('+371.2x.xxx.xxx', cued)."""
    n = phonenumbers.parse(e164)
    base = fmt.split("+")[0]
    if base == "phone.e164":
        return e164
    if base == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if base == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if base == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if base == "phone.dotted":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    if base == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["inbox.lv", "siol.net", "rediffmail.com", "xtra.co.nz", "cytanet.com.cy", "zoho.com", "mail.com",
                 "yahoo.in", "protonmail.ch", "gmx.net", "hotmail.co.nz", "outlook.in"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://givealittle.co.nz/cause/{slug}", "https://www.ketto.org/fundraiser/{slug}",
                 "https://milaap.org/fundraisers/support-{slug}", "https://www.patreon.com/{slug}",
                 "https://bsky.app/profile/{slug}.bsky.social", "https://medium.com/@{slug}",
                 "https://codeberg.org/{slug}", "https://www.behance.net/{slug}",
                 "https://patientportal.healthnz.govt.nz/record/{num}",
                 "https://portal.ezdrav.si/pacient/karton/{num}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("ANCHORAGE", "AK", "995"), ("ALBUQUERQUE", "NM", "871"), ("PORTLAND", "ME", "041"),
          ("BURLINGTON", "VT", "054"), ("CHEYENNE", "WY", "820"), ("SIOUX FALLS", "SD", "571"),
          ("WILMINGTON", "DE", "198"), ("PROVIDENCE", "RI", "029"), ("BOISE", "ID", "837"),
          ("BILLINGS", "MT", "591"), ("HONOLULU", "HI", "968"), ("OMAHA", "NE", "681")]
STREETS = ["SPENARD", "CANDELARIA", "CONGRESS", "PEARL", "CAPITOL", "MINNESOTA", "DELAWARE", "HOPE", "ORCHARD",
           "GRAND", "KAPIOLANI", "DODGE", "MANZANO", "WINOOSKI"]
SUFFIXES = ["AVE", "ST", "BLVD", "DR", "LN", "RD", "CT", "PL", "TER", "WAY", "PKWY", "CIR"]  # USPS Pub. 28 app. C1


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        p = prefix or rng.choice([c[2] for c in CITIES])
        z = p + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional unit
    (APT/STE/UNIT), city, state abbreviation, ZIP or ZIP+4; written upper case."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(101, 98999))
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" APT {rng.randint(2, 28)}{rng.choice('ABCD')}", f" UNIT {rng.randint(100, 950)}"])
    line = f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{line}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{3,5}) (?:[NSEW]{1,2} )?[A-Z]+ (?:AVE|ST|BLVD|DR|LN|RD|CT|PL|TER|WAY|PKWY|CIR)"
                     r"(?: (?:APT|UNIT) \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.mixed":
        return " ".join(w if (w.isupper() and len(w) == 2 and w.isalpha() and w in {c[1] for c in CITIES}) or
                        w in ("SW", "N", "S", "E", "W") else w.capitalize() for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["slack-bot-token", "openai-api-key", "anthropic-api-key", "digitalocean-pat", "pypi-upload-token",
                "flyio-access-token", "pulumi-api-token", "planetscale-password", "dynatrace-api-token",
                "age-secret-key", "hashicorp-tf-api-token", "sentry-user-token", "clojars-api-token",
                "rubygems-api-token", "prefect-api-token", "scalingo-api-token"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); connection URIs with an inline
    password (ClickHouse, NATS, FTP; RFC 3986 userinfo); passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "slack-bot-token":
        return f"xoxb-{R(DIG, 11)}-{R(DIG, 12)}-{R(al, 24)}"
    if rule == "openai-api-key":
        return "sk-" + R(al, 20) + "T3BlbkFJ" + R(al, 20)
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 93) + "AA"
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "_-", 60)
    if rule == "flyio-access-token":
        return "fo1_" + R(al + "_-", 43)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al + "_", 43)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(string.ascii_uppercase + DIG, 24) + "." + R(string.ascii_uppercase + DIG, 64)
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "hashicorp-tf-api-token":
        return R(lo, 14) + ".atlasv1." + R(lo + "-_", 66)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "clojars-api-token":
        return "CLOJARS_" + R(lo, 60)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "_-", 48)
    if rule == "uri.clickhouse":
        return f"clickhouse://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@ch-{R(lo, 5)}.ops.lan:9440/metrics?secure=true"
    if rule == "uri.nats":
        return f"nats://{R(string.ascii_lowercase, 7)}:{R(al, 16)}@nats-{R(lo, 4)}.svc.lan:4222"
    if rule == "uri.ftp":
        return f"ftp://{R(string.ascii_lowercase, 5)}:{R(al, 15)}@files.{R(lo, 6)}.lan/outbox"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a mid-pattern '(?i)' becomes a whole-pattern flag."""
    rx = rule["regex"]
    flags = 0
    if "(?i)" in rx:
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id.startswith("uri."):
        return bool(re.fullmatch(r"(clickhouse|nats|ftp)://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+(:\d+)?(/[\w?=]*)?", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- folding (for ASCII identifiers)
def ascii_fold(s):
    """Drop Latin diacritics (NFKD, combining marks removed); other scripts stay as they are, so callers can tell
    that a name has no ASCII form."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style, ascii_only=True):
    """Join a value into an identifier: snake, camel, kebab, pascal, digits (keep [0-9A-Za-z] runs), native (join
    native-script words by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    t = ascii_fold(text) if ascii_only else text
    words = [w for w in re.split(r"[^0-9A-Za-z]+", t) if w]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "upper_snake":
        return "_".join(w.upper() for w in words)
    if style == "digits":
        return "".join(words)
    if style == "keep":
        return t
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
