"""Value generators for the forty-seventh set, each from a published format rule, with validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.
"""
import base64
import datetime
import ipaddress
import json
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
    """SSA Social Security Number randomization (June 2011): area 001-899 except 666, group 01-99, serial
    0001-9999; the advertised 078-05-1120 and 219-09-9999 excluded."""
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if not boring(v) and v not in ("078-05-1120", "219-09-9999"):
            return v


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and 0 < int(m[1]) < 900 and m[1] != "666" and m[2] != "00" and m[3] != "0000"


def render_ssn(fmt, plain):
    """ddd-dd-dddd; bare 9 digits; joined by U+2011 NON-BREAKING HYPHEN (as word processors paste it); '_' in
    identifiers."""
    return {"ssn.dash": plain, "ssn.bare": plain.replace("-", ""), "ssn.snake": plain.replace("-", "_"),
            "ssn.nbhyphen": plain.replace("-", "\u2011")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
VAL_MONTHS = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
              "novembre", "desembre"]                                   # Valencian (builder's usage)
TYR_MONTHS = ["Jänner", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"]                                   # Tyrolean / Austrian German (builder's usage)


def gen_dob(rng):
    """A calendar date between 1929-01-01 and 2012-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1929, 1, 1) + datetime.timedelta(days=rng.randint(0, 30679))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.mdy_dash", "date.ymd_nopad_dash", "date.mon_dash", "date.dmy_space", "date.en_mdy_comma",
                "date.iso_local_minutes", "date.js_datestring", "date.rfc5322", "date.key_dmy_nopad",
                "date.valencian", "date.tyrolean", "date.en_ordinal_of", "date.dmy_full_dash"]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def render_date(fmt, iso):
    """Renderings: US mm-dd-yyyy with hyphens (03-12-1984); ISO-order without zero padding (1984-3-12); abbreviated
    month first with hyphens (Mar-12-1984); dd mm yyyy with spaces (12 03 1984); abbreviated month, day, comma, year
    without a period (Mar 12, 1984); ISO 8601 local date-time to the minute (1984-03-12T00:00); ECMAScript
    Date.prototype.toDateString (Mon Mar 12 1984); RFC 5322 date-time at midnight (Mon, 12 Mar 1984 00:00:00
    +0000); key-safe d_m_yyyy without padding (12_3_1984); Valencian '12 de març del 1984'; Tyrolean (Austrian)
    '12. März 1984' with Jänner / Feber; English 'the 12th of March 1984'; day, full month name, year joined by
    hyphens (12-March-1984)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.mdy_dash":
        return f"{m:02d}-{dd:02d}-{y}"
    if fmt == "date.ymd_nopad_dash":
        return f"{y}-{m}-{dd}"
    if fmt == "date.mon_dash":
        return f"{EN_MONTHS[m - 1][:3]}-{dd:02d}-{y}"
    if fmt == "date.dmy_space":
        return f"{dd:02d} {m:02d} {y}"
    if fmt == "date.en_mdy_comma":
        return f"{EN_MONTHS[m - 1][:3]} {dd}, {y}"
    if fmt == "date.iso_local_minutes":
        return f"{iso}T00:00"
    if fmt == "date.js_datestring":
        return f"{EN_DAYS[d.weekday()]} {EN_MONTHS[m - 1][:3]} {dd:02d} {y}"
    if fmt == "date.rfc5322":
        return f"{EN_DAYS[d.weekday()]}, {dd:02d} {EN_MONTHS[m - 1][:3]} {y} 00:00:00 +0000"
    if fmt == "date.key_dmy_nopad":
        return f"{dd}_{m}_{y}"
    if fmt == "date.valencian":
        mo = VAL_MONTHS[m - 1]
        return f"{dd} d'{mo} del {y}" if mo[0] in "aeiou" else f"{dd} de {mo} del {y}"
    if fmt == "date.tyrolean":
        return f"{dd}. {TYR_MONTHS[m - 1]} {y}"
    if fmt == "date.en_ordinal_of":
        return f"the {ordinal(dd)} of {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.dmy_full_dash":
        return f"{dd:02d}-{EN_MONTHS[m - 1]}-{y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.mod11_2", "mrn.slash_yy", "mrn.fac3_7", "mrn.alpha2_7", "mrn.m_hash8"]
MRN_SITES = ["TQ", "RV", "WB", "KX", "PN"]
MRN_FACS = ["101", "214", "307", "452", "618"]


def iso7064_11_2(body):
    """ISO/IEC 7064 MOD 11-2 check character (0-9 or X)."""
    p = 0
    for c in body:
        p = ((p + int(c)) * 2) % 11
    r = (12 - p) % 11
    return "X" if r == 10 else str(r)


def gen_mrn(rng, style):
    """Hospital-number house styles: 9 digits + an ISO/IEC 7064 MOD 11-2 check character; 6 digits + '/' + 2-digit
    registration year (older UK-style unit numbers); 3-digit facility + '-' + 7 digits; 2-letter site code + '-' +
    7 digits; 'M#' + 8 digits."""
    while True:
        if style == "mrn.mod11_2":
            b = rdigits(rng, 9, True)
            v = b + iso7064_11_2(b)
        elif style == "mrn.slash_yy":
            v = rdigits(rng, 6, True) + "/" + f"{rng.randint(70, 99):02d}"
        elif style == "mrn.fac3_7":
            v = rng.choice(MRN_FACS) + "-" + rdigits(rng, 7, True)
        elif style == "mrn.alpha2_7":
            v = rng.choice(MRN_SITES) + "-" + rdigits(rng, 7, True)
        elif style == "mrn.m_hash8":
            v = "M#" + rdigits(rng, 8, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.mod11_2": r"[1-9]\d{8}[0-9X]", "mrn.slash_yy": r"[1-9]\d{5}/(?:[7-9]\d)",
          "mrn.fac3_7": r"(?:" + "|".join(MRN_FACS) + r")-[1-9]\d{6}",
          "mrn.alpha2_7": r"(?:" + "|".join(MRN_SITES) + r")-[1-9]\d{6}", "mrn.m_hash8": r"M#[1-9]\d{7}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.mod11_2":
        return iso7064_11_2(v[:9]) == v[9]
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]


def gen_mbi(rng):
    """CMS Medicare Beneficiary Identifier (MBI format specification): 11 characters C A AN N A AN N A A N N;
    C = 1-9, A = letters except S L O I B Z, AN = either, N = 0-9."""
    an = MBI_ALPHA + list(DIG)
    pos = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    return "".join({"C": rng.choice("123456789"), "A": rng.choice(MBI_ALPHA), "AN": rng.choice(an),
                    "N": rng.choice(DIG)}[p] for p in pos)


def mbi_ok(v):
    a = "[AC-HJKMNP-RT-Y]"
    return bool(re.fullmatch(f"[1-9]{a}[0-9AC-HJKMNP-RT-Y]\\d{a}[0-9AC-HJKMNP-RT-Y]\\d{a}{a}\\d\\d", v))


HP_STYLES = ["hp.mbi_lower", "hp.wa_providerone", "hp.tx_medicaid", "hp.ga_medicaid"]


def gen_hpid(rng, style):
    """CMS MBI written in lower case (as some exports store it); a Washington Apple Health ProviderOne client id (9
    digits + 'WA'); a Texas Medicaid client number (9 digits); a Georgia Medicaid member id (12 digits).  All cued."""
    while True:
        if style == "hp.mbi_lower":
            v = gen_mbi(rng)
        elif style == "hp.wa_providerone":
            v = rdigits(rng, 9, True) + "WA"
        elif style == "hp.tx_medicaid":
            v = rdigits(rng, 9, True)
        elif style == "hp.ga_medicaid":
            v = rdigits(rng, 12, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_lower":
        return plain.lower()
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi_lower":
        return mbi_ok(v)
    if style == "hp.wa_providerone":
        return bool(re.fullmatch(r"[1-9]\d{8}WA", v))
    if style == "hp.tx_medicaid":
        return bool(re.fullmatch(r"[1-9]\d{8}", v))
    return bool(re.fullmatch(r"[1-9]\d{11}", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"PT": 25, "LT": 20, "FI": 18}
PT_BANKS = ["0035", "0007", "0033", "0010"]   # 4-digit bank codes (Portugal)
LT_BANKS = ["73000", "70440", "72900"]        # 5-digit bank codes (Lithuania)
FI_BANKS = ["123456", "800014", "470010"]     # 6-digit bank / branch codes (Finland)


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
    b = v[4:]
    if not b.isdigit():
        return False
    return b[:{"PT": 4, "LT": 5, "FI": 6}[v[:2]]] in {"PT": PT_BANKS, "LT": LT_BANKS, "FI": FI_BANKS}[v[:2]]


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: PT 4n4n11n2n (bank code + branch + account + national check, 21
    digits); LT 5n11n (bank code + account, 16 digits); FI 3n11n (14 digits, bank/branch prefix + account).
    Check digits by ISO 7064 MOD 97-10; the national check digits inside the BBAN are random (not computed)."""
    if cc == "PT":
        bban = rng.choice(PT_BANKS) + rdigits(rng, 17)
    elif cc == "LT":
        bban = rng.choice(LT_BANKS) + rdigits(rng, 11, True)
    elif cc == "FI":
        bban = rng.choice(FI_BANKS) + rdigits(rng, 8, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["uzcard", "humo", "interpayment", "tunion"]
CARD_GROUPS = {16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}


def gen_card(rng, brand):
    """IINs: Uzcard 8600 (16), Humo 9860 (16), InterPayment 636 (16), China T-Union 31 (19, printed 4-4-4-4-3);
    last digit by the Luhn algorithm."""
    while True:
        if brand == "uzcard":
            v = card(rng, "8600", 16)
        elif brand == "humo":
            v = card(rng, "9860", 16)
        elif brand == "interpayment":
            v = card(rng, "636", 16)
        elif brand == "tunion":
            v = card(rng, "31", 19)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        out, i = [], 0
        for g in CARD_GROUPS[len(plain)]:
            out.append(plain[i:i + g])
            i += g
        return sep.join(out)
    return plain


def gen_bsb(rng):
    """Australian BSB (6 digits printed ddd-ddd) + account number (8 digits), as 'ddd-ddd dddddddd' (cued only)."""
    while True:
        v = f"{rng.choice(['062', '083', '033', '012'])}-{rdigits(rng, 3)} {rdigits(rng, 8, True)}"
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital encounter (billing) account: 'ENC' + 10 digits (cued only)."""
    while True:
        v = "ENC" + rdigits(rng, 10, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["RI", "OR", "MT", "NV", "NC", "CT", "AR", "ME"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: RI 'V' + 6 digits; OR 1 letter + 6 digits;
    MT 13 digits; NV 10 digits; NC 12 digits; CT 9 digits whose first two (01-24) code the birth month; AR 9 digits
    beginning '9'; ME 7 digits + an optional letter (here always 'X')."""
    while True:
        L = rng.choice(UP)
        if st == "RI":
            v = "V" + rdigits(rng, 6, True)
        elif st == "OR":
            v = L + rdigits(rng, 6, True)
        elif st == "MT":
            v = rdigits(rng, 13, True)
        elif st == "NV":
            v = rdigits(rng, 10, True)
        elif st == "NC":
            v = "0000" + rdigits(rng, 8, True)
        elif st == "CT":
            v = f"{rng.randint(1, 24):02d}" + rdigits(rng, 7)
        elif st == "AR":
            v = "9" + rdigits(rng, 8)
        elif st == "ME":
            v = rdigits(rng, 7, True) + "X"
        else:
            raise KeyError(st)
        if not boring(v[-6:]):
            return v


DL_RX = {"RI": r"V[1-9]\d{5}", "OR": r"[A-Z][1-9]\d{5}", "MT": r"[1-9]\d{12}", "NV": r"[1-9]\d{9}",
         "NC": r"0000[1-9]\d{7}", "CT": r"(?:0[1-9]|1\d|2[0-4])\d{7}", "AR": r"9\d{8}", "ME": r"[1-9]\d{6}X"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_dotted":            # AA.BBBBBB.CCCCCC.D (the TS 23.003 groups joined by '.')
        return f"{plain[:2]}.{plain[2:8]}.{plain[8:14]}.{plain[14]}"
    return plain


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (61 Australia, 998 Uzbekistan, 351 Portugal, 370
    Lithuania, 358 Finland) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["61", "998", "351", "370", "358"])
        body += rdigits(rng, 18 - len(body))
        v = body + luhn_check_digit(body)
        if not boring(v[6:]):
            return v


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0), universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    return ":".join(f"{o:02x}" for o in [first] + [rng.randrange(256) for _ in range(5)])


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and \
        v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    if fmt == "dev.mac_hp":                # HP / Aruba ProCurve form: two groups of 6 hex digits joined by '-'
        h = plain.replace(":", "")
        return f"{h[:6]}-{h[6:]}"
    if fmt == "dev.mac_upper_nosep_dots":  # pairs joined by '.', upper case (as some printers' config pages show it)
        return plain.upper().replace(":", ".")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (11) production date YYMMDD, (17) expiry
    YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "4", "7", "9"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    prod = f"{rng.randint(19, 24):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(11){prod}(17){exp}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(11\)(\d{6})\(17\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Cochlear-implant / hearing-processor serial as printed on the device label: 1 letter + 2 digits + '-' + 5
    digits (cued only)."""
    while True:
        v = rng.choice("CRTKW") + rdigits(rng, 2, True) + "-" + rdigits(rng, 5, True)
        if not boring(v):
            return v


SERIAL_RX = r"[CRTKW][1-9]\d-[1-9]\d{4}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1J4", "2G1", "3KP", "5XY", "1FM", "KL1", "SCC", "VSS", "WME", "6T1", "6FP", "TRU"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Jeep 1J4, Chevrolet Canada 2G1, Kia Mexico 3KP, Kia /
    Hyundai USA SUV 5XY, Ford USA MPV 1FM, GM Korea KL1, Lotus SCC, SEAT VSS, smart WME, Toyota Australia 6T1, Ford
    Australia 6FP, Audi Hungary TRU) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["AU", "UZ", "PT", "LT", "FI"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
UZ_REGIONS = ["01", "10", "20", "30", "40", "50", "60", "70", "80", "90"]


def gen_plate(rng, cc):
    """Registration plates: New South Wales, Australia (2 letters + 2 digits + 2 letters, 'BX42KD'); Uzbekistan
    (2-digit region code + letter + 3 digits + 2 letters, '01 A 123 BC'); Portugal (2020 series 'AA-00-AA');
    Lithuania (3 letters + 3 digits, 'ABC 123'); Finland (3 letters + '-' + 3 digits, 'ABC-123')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "AU":
        return f"{L(2)}{rdigits(rng, 2, True)}{L(2)}"
    if cc == "UZ":
        return f"{rng.choice(UZ_REGIONS)} {L(1)} {rdigits(rng, 3, True)} {L(2)}"
    if cc == "PT":
        return f"{L(2)}-{rdigits(rng, 2, True)}-{L(2)}"
    if cc == "LT":
        return f"{L(3)} {rdigits(rng, 3, True)}"
    if cc == "FI":
        return f"{L(3)}-{rdigits(rng, 3, True)}"
    raise KeyError(cc)


PLATE_RX = {"AU": r"[A-Z]{2}[1-9]\d[A-Z]{2}", "UZ": r"(?:" + "|".join(UZ_REGIONS) + r") [A-Z] [1-9]\d{2} [A-Z]{2}",
            "PT": r"[A-Z]{2}-[1-9]\d-[A-Z]{2}", "LT": r"[A-Z]{3} [1-9]\d{2}", "FI": r"[A-Z]{3}-[1-9]\d{2}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR (AFRINIC's and LACNIC's /8s were
            # all drawn by earlier sets, so none here)
    "APNIC": [1, 60, 61, 106], "ARIN": [67, 69, 70, 76], "RIPE NCC": [2, 77, 80, 81]}
RIR_V6 = {"AFRINIC": 0x2c0b, "APNIC": 0x2406, "ARIN": 0x2606, "LACNIC": 0x2800, "RIPE NCC": 0x2a03}


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as allocated to an RIR; kept
    only when is_global and outside RFC 5737."""
    while True:
        first = rng.choice([b for bs in RIR_V4.values() for b in bs])
        a = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if first == 1 and a.split(".")[1] in ("0", "1", "2"):    # keep clear of well-known 1.0.0.0/24, 1.1.1.0/24
            continue
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under an RIR's IPv6 allocation (IANA IPv6 Global Unicast Address Assignments), outside RFC 3849."""
    while True:
        groups = [rng.choice(list(RIR_V6.values()))] + [rng.randrange(0x10000) for _ in range(7)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_bracket":             # RFC 5321 4.1.3 address literal '[a.b.c.d]'
        return f"[{plain}]"
    if fmt == "ip.v6_padded":              # every group zero-padded to 4 digits, '::' kept (RFC 4291 2.2 allows it)
        a = ipaddress.IPv6Address(plain)
        full = a.exploded.split(":")
        comp = plain.split("::")
        if len(comp) == 2:
            left = [g.zfill(4) for g in comp[0].split(":") if g]
            right = [g.zfill(4) for g in comp[1].split(":") if g]
            return ":".join(left) + "::" + ":".join(right)
        return ":".join(full)
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["AU", "UZ", "PT", "LT", "FI", "IE", "MT", "KG", "FJ", "WF", "BT", "CA", "US"]
US_AREAS = [801, 385, 435, 775, 702, 503, 541, 401, 860, 203, 919, 704]
CA_AREAS = [780, 613, 705]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid, never
    555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    for _ in range(2000):
        if region in ("US", "CA"):
            nat = str(rng.choice(US_AREAS if region == "US" else CA_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            ens = str(ex.national_number)
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]):
            if region not in ("US", "CA") and phonenumbers.number_type(n) not in (phonenumbers.PhoneNumberType.MOBILE,
                                                                       phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                continue
            return e
    raise RuntimeError(region)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    cc = str(n.country_code)
    nsn = phonenumbers.national_significant_number(n)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.cc_space":          # '+cc' then a space then the national significant number, ungrouped
        return f"+{cc} {nsn}"
    if fmt == "phone.intl_paren":        # ITU-T E.123-style international form with the first group in parentheses
        parts = phonenumbers.format_number(n, PNF.INTERNATIONAL).split(" ", 2)
        if len(parts) == 3:
            return f"{parts[0]} ({parts[1]}) {parts[2]}"
        return f"{parts[0]} ({parts[1]})"
    if fmt == "phone.national_dots":     # national form, groups joined by '.'
        return re.sub(r"[\s\-()]+", ".", phonenumbers.format_number(n, PNF.NATIONAL)).strip(".")
    if fmt == "phone.idd00_compact":     # '00' international prefix, no spaces
        return "00" + e164[1:]
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["tpg.com.au", "optusnet.com.au", "iinet.net.au", "sapo.pt", "inbox.lt", "hushmail.com", "runbox.com",
                 "fastmail.fm", "rocketmail.com", "rr.com", "cableone.net", "embarqmail.com", "gmx.net", "eircom.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\+[a-z0-9]+)?@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    """plain; plain with an RFC 5233 '+tag' sub-address (the tag is part of plain); wrapped in double quotes."""
    return {"email.plain": plain, "email.plus_tag": plain, "email.quoted": f'"{plain}"'}[fmt]


URL_TEMPLATES = ["https://www.goodreads.com/user/show/{num}-{slug}", "https://www.strava.com/athletes/{num}",
                 "https://www.duolingo.com/profile/{slug}", "https://www.quora.com/profile/{slug}",
                 "https://www.snapchat.com/add/{slug}", "https://lichess.org/@/{slug}",
                 "https://www.wattpad.com/user/{slug}",
                 "https://www.caringbridge.org/visit/{slug}", "https://www.mycause.com.au/p/{num}/{slug}",
                 "https://www.justgiving.com/page/{slug}",
                 "https://myhealth.wasatchvalleyclinic.org/portal/patient/{num}/chart"]

def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PROVO", "UT", "846"), ("OGDEN", "UT", "844"), ("ELKO", "NV", "898"), ("CARSON CITY", "NV", "897"),
          ("BEND", "OR", "977"), ("EUGENE", "OR", "974"), ("WARWICK", "RI", "028"), ("NEWPORT", "RI", "028"),
          ("NEW HAVEN", "CT", "065"), ("NORWICH", "CT", "063")]
STATE_NAMES = {"UT": "Utah", "NV": "Nevada", "OR": "Oregon", "RI": "Rhode Island", "CT": "Connecticut"}
STREETS = ["TIMPANOGOS", "WASATCH", "RUBY VALLEY", "SIERRA", "DESCHUTES", "WILLAMETTE", "NARRAGANSETT", "POTOWOMUT",
           "QUINNIPIAC", "THAMES", "CASCADE", "BONNEVILLE", "HUMBOLDT", "OCEAN"]
SUFFIXES = ["BCH", "BLF", "CLF", "CRST", "EXPY", "FRST", "HBR", "HVN", "PLZ", "SHR", "SPG", "VW"]   # Pub 28 app. C1
UNITS = ["PMB", "LBBY"]                                                            # Pub 28 app. C2 / 2.3 (PMB)
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_unit=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional C2 secondary
    unit, city, state, ZIP or ZIP+4; written upper case without punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    u = rng.choice(UNITS)
    unit = rng.choice(["", "", f" PMB {rng.randint(101, 899)}" if u == "PMB" else " LBBY"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) +
                     r")(?: PMB \d+| LBBY)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    """upper case (as Pub 28 writes it); mixed case with the state written out in full; without the ZIP (city and
    state only); the street line only."""
    if fmt == "addr.state_name":
        street, city, stzip = plain.split(", ")
        st, z = stzip.split(" ")
        words = [w if (w in DIRS or w[0].isdigit() or w in ("PMB", "LBBY")) else w.capitalize()
                 for w in street.split(" ")]
        return f"{' '.join(words)}, {city.title()}, {STATE_NAMES[st]} {z}"
    if fmt == "addr.no_zip":
        return plain.rsplit(" ", 1)[0]
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


def street_from(fmt, written):
    """Recover the upper-case Pub 28 form behind a rendering (for checks)."""
    return written


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["gitlab-feed-token", "gitlab-incoming-mail-token", "gitlab-oauth-app-secret", "gitlab-scim-token",
                "gitlab-kubernetes-agent-token", "gitlab-cicd-job-token", "flyio-access-token",
                "shopify-private-app-access-token", "openshift-user-token", "digitalocean-access-token",
                "digitalocean-refresh-token", "settlemint-personal-access-token", "maxmind-license-key",
                "cloudflare-origin-ca-key", "clickhouse-cloud-api-secret-key", "planetscale-oauth-token"]
SECRET_EXTRA = ["uri.mqtts", "uri.jdbc_sqlserver", "uri.nats", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); MQTT-over-TLS and NATS URIs with
    an inline password (RFC 3986 userinfo) and a Microsoft JDBC SQL Server URL with password=; passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "gitlab-feed-token":
        return "glft-" + R(al + "_-", 19) + R(al, 1)
    if rule == "gitlab-incoming-mail-token":
        return "glimt-" + R(al + "_-", 24) + R(al, 1)
    if rule == "gitlab-oauth-app-secret":
        return "gloas-" + R(al + "_-", 63) + R(al, 1)
    if rule == "gitlab-scim-token":
        return "glsoat-" + R(al + "_-", 19) + R(al, 1)
    if rule == "gitlab-kubernetes-agent-token":
        return "glagent-" + R(al + "_-", 49) + R(al, 1)
    if rule == "gitlab-cicd-job-token":
        return "glcbt-" + R(al, 2) + "_" + R(al + "_-", 19) + R(al, 1)
    if rule == "flyio-access-token":
        return "fo1_" + R(al + "_-", 42) + R(al, 1)
    if rule == "shopify-private-app-access-token":
        return "shppa_" + R(hx, 32)
    if rule == "openshift-user-token":
        return "sha256~" + R(al + "_-", 42) + R(al, 1)
    if rule == "digitalocean-access-token":
        return "doo_v1_" + R(hx, 64)
    if rule == "digitalocean-refresh-token":
        return "dor_v1_" + R(hx, 64)
    if rule == "settlemint-personal-access-token":
        return "sm_pat_" + R(al, 16)
    if rule == "maxmind-license-key":
        return R(al, 6) + "_" + R(al, 29) + "_mmk"
    if rule == "cloudflare-origin-ca-key":
        return "v1.0-" + R(hx, 24) + "-" + R(hx, 146)
    if rule == "clickhouse-cloud-api-secret-key":
        return "4b1d" + R(al, 38)
    if rule == "planetscale-oauth-token":
        return "pscale_oauth_" + R(al, 40)
    if rule == "uri.mqtts":
        return f"mqtts://{R(string.ascii_lowercase, 7)}:{R(al, 22)}@{R(lo, 8)}.s1.eu.hivemq.cloud:8883"
    if rule == "uri.jdbc_sqlserver":
        return f"jdbc:sqlserver://{R(string.ascii_lowercase, 8)}.database.windows.net:1433;databaseName=scans;" \
               f"user={R(string.ascii_lowercase, 6)};password={R(al, 18)};encrypt=true"
    if rule == "uri.nats":
        return f"nats://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(lo, 6)}.ngs.global:4222"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: '\\z' becomes '\\Z'; a leading or mid-pattern bare '(?i)' becomes a
    whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them)."""
    rx = rule["regex"].replace("\\z", "\\Z")     # Go's end-of-text \z is Python's \Z
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.mqtts":
        return bool(re.fullmatch(r"mqtts://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
    if rule_id == "uri.nats":
        return bool(re.fullmatch(r"nats://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
    if rule_id == "uri.jdbc_sqlserver":
        return bool(re.fullmatch(r"jdbc:sqlserver://[\w.]+:\d+;databaseName=\w+;user=\w+;password=[A-Za-z0-9]{14,};"
                                 r"encrypt=true", value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- identifiers
def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_ascii_name(s):
    return not re.search(r"[^\x00-\x7f]", ascii_fold(s))


def ident(text, style):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, digits (keep [0-9A-Za-z] runs),
    native (join native-script words by '_')."""
    if style == "native":
        return "_".join(re.split(r"[\s,.]+", text.strip(" ,.")))
    words = [w for w in re.split(r"[^0-9A-Za-z]+", ascii_fold(text)) if w]
    if not words:
        return ""
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
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
