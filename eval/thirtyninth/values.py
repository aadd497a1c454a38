"""Value generators for the thirty-ninth set, each from a published format rule, with validators.

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
    return {"ssn.dash": plain, "ssn.space": plain.replace("-", " "), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_"), "ssn.dot": plain.replace("-", ".")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MWL_MONTHS = ["janeiro", "febreiro", "márcio", "abril", "maio", "junho", "julho", "agosto", "setembre", "outubre",
              "nobembre", "dezembre"]                                   # Mirandese (builder's spelling)
LIJ_MONTHS = ["zenâ", "frevâ", "marso", "arvî", "mazzo", "zûgno", "lûggio", "agosto", "settembre", "ottobre",
              "novembre", "dexembre"]                                   # Ligurian / Genoese (builder's spelling)
VRO_MONTHS = ["vahtsõaastakuu", "radokuu", "urbõkuu", "mahlakuu", "lehekuu", "piimäkuu", "hainakuu", "põimukuu",
              "süküskuu", "rehekuu", "märtekuu", "joulukuu"]            # Võro (builder's spelling)


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


DATE_FORMATS = ["date.iso", "date.ordinal", "date.us_dash", "date.ymd_slash", "date.dmy_dot_short",
                "date.en_long_uk", "date.mon_abbr_us", "date.thai_be", "date.iso_midnight", "date.mirandese",
                "date.ligurian", "date.voro", "date.key_ymd"]


def render_date(fmt, iso):
    """Renderings: ISO 8601 calendar (1984-03-12) and ordinal (1984-072) dates; US mm-dd-yyyy with hyphens;
    yyyy/mm/dd (JIS X 0301 / East Asian order); d.m.yyyy without zero padding (Estonian / Finnish usage); British long
    form (12 March 1984); US abbreviated form (Mar 12, 1984); Thai solar calendar dd/mm/yyyy in the Buddhist Era
    (year + 543, as Thai forms print it); RFC 3339 timestamp at UTC midnight (1984-03-12T00:00:00Z, as HR APIs send
    a birthday); Mirandese '12 de márcio de 1984', Ligurian '12 de marso do 1984' and Võro '12. urbõkuu 1984' long
    dates; key-safe yyyy_mm_dd."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.ordinal":
        return f"{y}-{d.timetuple().tm_yday:03d}"
    if fmt == "date.us_dash":
        return f"{m:02d}-{dd:02d}-{y}"
    if fmt == "date.ymd_slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if fmt == "date.dmy_dot_short":
        return f"{dd}.{m}.{y}"
    if fmt == "date.en_long_uk":
        return f"{dd} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.mon_abbr_us":
        return f"{EN_MONTHS[m - 1][:3]} {dd}, {y}"
    if fmt == "date.thai_be":
        return f"{dd:02d}/{m:02d}/{y + 543}"
    if fmt == "date.iso_midnight":
        return f"{iso}T00:00:00Z"
    if fmt == "date.mirandese":
        return f"{dd} de {MWL_MONTHS[m - 1]} de {y}"
    if fmt == "date.ligurian":
        return f"{dd} de {LIJ_MONTHS[m - 1]} do {y}"
    if fmt == "date.voro":
        return f"{dd}. {VRO_MONTHS[m - 1]} {y}"
    if fmt == "date.key_ymd":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
def mod11_check(body):
    """Weights 2, 3, 4, ... from the right; check = 11 - (sum mod 11); 10 and 11 are not used (body rejected)."""
    s = sum(int(c) * (i + 2) for i, c in enumerate(reversed(body)))
    r = 11 - s % 11
    return None if r >= 10 else str(r)


MRN_STYLES = ["mrn.chk11", "mrn.zeropad10", "mrn.fac_dash", "mrn.slash_year", "mrn.m7"]
MRN_FACILITIES = ["ANC", "FLG", "GUP", "HLO", "BTV"]


def gen_mrn(rng, style):
    """Hospital-number house styles: 7 digits + a mod-11 check digit; 10 digits zero-padded from a 7-digit number
    (as EHR exports pad it); 3-letter facility code + '-' + 6 digits; 6 digits + '/' + 2-digit registration year;
    'M' + 7 digits."""
    while True:
        if style == "mrn.chk11":
            b = rdigits(rng, 7, True)
            c = mod11_check(b)
            if c is None:
                continue
            v = b + c
        elif style == "mrn.zeropad10":
            v = "000" + rdigits(rng, 7, True)
        elif style == "mrn.fac_dash":
            v = rng.choice(MRN_FACILITIES) + "-" + rdigits(rng, 6, True)
        elif style == "mrn.slash_year":
            v = rdigits(rng, 6, True) + "/" + f"{rng.randint(70, 99):02d}"
        elif style == "mrn.m7":
            v = "M" + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v[3:] if style == "mrn.zeropad10" else v):
            return v


MRN_RX = {"mrn.chk11": r"[1-9]\d{7}", "mrn.zeropad10": r"000[1-9]\d{6}",
          "mrn.fac_dash": r"(?:" + "|".join(MRN_FACILITIES) + r")-[1-9]\d{5}", "mrn.slash_year": r"[1-9]\d{5}/[7-9]\d",
          "mrn.m7": r"M[1-9]\d{6}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v[3:] if style == "mrn.zeropad10" else v):
        return False
    if style == "mrn.chk11":
        return mod11_check(v[:-1]) == v[-1]
    return True


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]
HICN_BIC = ["A", "B", "C1", "D", "T"]


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


HP_STYLES = ["hp.mbi", "hp.mbi_spaced", "hp.medical_cin", "hp.bcbs_prefix", "hp.hicn"]


def gen_hpid(rng, style):
    """CMS MBI (plain; printed 4-3-4 with spaces); California Medi-Cal Client Index Number (9 characters: '9' + 7
    digits + a letter); Blue Cross Blue Shield member id (3-letter alpha prefix + 9 digits); legacy Medicare Health
    Insurance Claim Number (HICN: the beneficiary's SSN digits + a Beneficiary Identification Code A, B, C1, D, T)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_spaced"):
            v = gen_mbi(rng)
        elif style == "hp.medical_cin":
            v = "9" + rdigits(rng, 7) + rng.choice("ABCDEFGHJKLMNPRSTUVWXY")
        elif style == "hp.bcbs_prefix":
            v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + rdigits(rng, 9, True)
        elif style == "hp.hicn":
            v = gen_ssn(rng).replace("-", "") + rng.choice(HICN_BIC)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_spaced":
        return f"{plain[:4]} {plain[4:7]} {plain[7:]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.mbi"):
        return mbi_ok(v)
    if style == "hp.medical_cin":
        return bool(re.fullmatch(r"9\d{7}[A-Z]", v))
    if style == "hp.bcbs_prefix":
        return bool(re.fullmatch(r"[A-Z]{3}[1-9]\d{8}", v))
    m = re.fullmatch(r"(\d{3})(\d{2})(\d{4})(A|B|C1|D|T)", v)
    return bool(m) and ssn_ok(f"{m[1]}-{m[2]}-{m[3]}")


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"EE": 20, "PT": 25, "MC": 27}


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
    if v[:2] == "EE":
        return ee_check(b[:-1]) == b[-1]
    if v[:2] == "PT":
        return pt_nib_check(b[:19]) == b[19:]
    return rib_key(b[:5], b[5:10], b[10:21]) == b[21:]


def ee_check(digits):
    """Eesti Pank 7-3-1 method: weights 7, 3, 1 repeated from the right; check = (10 - sum mod 10) mod 10."""
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def pt_nib_check(d19):
    """Portuguese NIB control digits (Banco de Portugal): 98 - (NIB body * 100 mod 97)."""
    return f"{98 - int(d19) * 100 % 97:02d}"


def rib_key(bank, branch, account):
    """French / Monegasque RIB key: 97 - ((89 * bank + 15 * branch + 3 * account) mod 97) (digits only here)."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: EE 2n2n11n1n (bank codes 22 Swedbank, 10 SEB, 17 Luminor, 77 LHV; national
    check digit by the 7-3-1 method); PT 4n4n11n2n (bank codes 0007, 0033, 0035; NIB control digits mod 97); MC
    5n5n11c2n (bank codes 12739, 30003, 11749; RIB key)."""
    if cc == "EE":
        body = rng.choice(["22", "10", "17", "77"]) + rdigits(rng, 13, True)
        bban = body + ee_check(body)
    elif cc == "PT":
        body = rng.choice(["0007", "0033", "0035"]) + rdigits(rng, 4) + rdigits(rng, 11, True)
        bban = body + pt_nib_check(body)
    elif cc == "MC":
        bank, branch, acct = rng.choice(["12739", "30003", "11749"]), rdigits(rng, 5, True), rdigits(rng, 11, True)
        bban = bank + branch + acct + rib_key(bank, branch, acct)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["mastercard2", "unionpay", "troy", "diners", "amex"]


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Mastercard 2-series 2221-2720 (16), UnionPay 62 (16), Troy 9792 (16), Diners Club
    International 36 (14), American Express 34 / 37 (15); last digit by the Luhn algorithm."""
    while True:
        if brand == "mastercard2":
            v = card(rng, str(rng.randint(2221, 2720)), 16)
        elif brand == "unionpay":
            v = card(rng, "62" + rdigits(rng, 4), 16)
        elif brand == "troy":
            v = card(rng, "9792", 16)
        elif brand == "diners":
            v = card(rng, "36", 14)
        elif brand == "amex":
            v = card(rng, rng.choice(["34", "37"]), 15)
        else:
            raise KeyError(brand)
        if not boring(v):
            return v


def render_account(fmt, plain):
    if fmt == "acct.iban_paper":
        return " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    if fmt in ("acct.card_grouped", "acct.card_dashed"):
        sep = " " if fmt == "acct.card_grouped" else "-"
        if len(plain) == 15:
            return sep.join([plain[:4], plain[4:10], plain[10:]])
        if len(plain) == 14:
            return sep.join([plain[:4], plain[4:10], plain[10:]])
        return sep.join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


def gen_us_bank(rng):
    """US deposit account number as printed on a cheque's MICR line: 9-12 digits (cued only)."""
    while True:
        v = rdigits(rng, rng.choice([9, 10, 11, 12]), True)
        if not boring(v):
            return v


def gen_guarantor(rng):
    """Hospital guarantor account: 'GA' + 9 digits (cued only)."""
    while True:
        v = "GA" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["WA", "IL", "WI", "MD", "IA", "CO", "MA", "VA"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: WA 'WDL' + 9 letters / digits (2018 format);
    IL 1 letter + 11 digits (printed A123-4567-8901); WI 1 letter + 13 digits (printed A123-4567-8901-23); MD 1
    letter + 12 digits (printed A-123-456-789-012); IA 3 digits + 2 letters + 4 digits; CO 9 digits (printed
    12-345-6789); MA 'S' + 8 digits; VA 1 letter + 8 digits (printed A12-34-5678)."""
    while True:
        L = rng.choice(UP)
        if st == "WA":
            v = "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(9))
        elif st == "IL":
            d = rdigits(rng, 11)
            v = f"{L}{d[:3]}-{d[3:7]}-{d[7:]}"
        elif st == "WI":
            d = rdigits(rng, 13)
            v = f"{L}{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:]}"
        elif st == "MD":
            d = rdigits(rng, 12)
            v = f"{L}-{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"
        elif st == "IA":
            v = rdigits(rng, 3, True) + rng.choice(UP) + rng.choice(UP) + rdigits(rng, 4)
        elif st == "CO":
            d = rdigits(rng, 9, True)
            v = f"{d[:2]}-{d[2:5]}-{d[5:]}"
        elif st == "MA":
            v = "S" + rdigits(rng, 8, True)
        elif st == "VA":
            d = rdigits(rng, 8)
            v = f"{L}{d[:2]}-{d[2:4]}-{d[4:]}"
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"WA": r"WDL[A-Z2-9]{9}", "IL": r"[A-Z]\d{3}-\d{4}-\d{4}", "WI": r"[A-Z]\d{3}-\d{4}-\d{4}-\d{2}",
         "MD": r"[A-Z]-\d{3}-\d{3}-\d{3}-\d{3}", "IA": r"[1-9]\d{2}[A-Z]{2}\d{4}", "CO": r"[1-9]\d-\d{3}-\d{4}",
         "MA": r"S[1-9]\d{7}", "VA": r"[A-Z]\d{2}-\d{2}-\d{4}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_dashed":            # 3GPP TS 23.003 presentation AA-BBBBBB-CCCCCC-D
        return f"{plain[:2]}-{plain[2:8]}-{plain[8:14]}-{plain[14]}"
    return plain


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (66 Thailand, 94 Sri Lanka, 372 Estonia, 351 Portugal) +
    issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["66", "94", "372", "351"])
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
    if fmt == "dev.mac_ieee":              # IEEE 802 canonical: upper case, hyphens
        return plain.upper().replace(":", "-")
    if fmt == "dev.mac_cisco":             # three dot-separated groups of 4 hex digits (Cisco IOS)
        h = plain.replace(":", "")
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (17) expiry YYMMDD, (10) lot, (21) serial."""
    body = "0" + rng.choice(["0", "5", "6", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    lot = "".join(rng.choice(UP + DIG) for _ in range(6))
    serial = "".join(rng.choice(UP + DIG) for _ in range(9))
    return f"(01){gtin}(17){exp}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(s):
    """HIBC LIC (ANSI/HIBC 2.x): modulo-43 check character over every character, the leading '+' included."""
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in s) % 43]


def gen_hibcc(rng):
    """HIBCC UDI, concatenated primary and secondary structure: '+' + LIC (letter + 3 alphanumerics) + product
    number (5 alphanumerics) + unit-of-measure digit + '/' + '$+' + serial (8 alphanumerics) + mod-43 check."""
    al = UP + DIG
    s = "+" + rng.choice(UP) + "".join(rng.choice(al) for _ in range(3)) + "".join(rng.choice(al) for _ in range(5)) + \
        rng.choice(DIG) + "/$+" + "".join(rng.choice(al) for _ in range(8))
    return s + hibc_check(s)


def hibcc_ok(v):
    return bool(re.fullmatch(r"\+[A-Z][A-Z0-9]{3}[A-Z0-9]{5}\d/\$\+[A-Z0-9]{8}.", v)) and hibc_check(v[:-1]) == v[-1]


def gen_serial(rng):
    """Cardiac implantable device serial as printed on the patient's device card: 3 letters + 6 digits + one of
    'S', 'G', 'R' (cued only)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3)) + rdigits(rng, 6, True) + \
            rng.choice(["S", "G", "R"])
        if not boring(v):
            return v


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["5YJ", "1N4", "2T1", "3VW", "KNA", "SAL", "ZFA", "WDD", "VF3", "SJN", "MA1", "MRH"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Tesla 5YJ, Nissan USA 1N4, Toyota Canada 2T1, Volkswagen
    Mexico 3VW, Kia KNA, Land Rover SAL, Fiat ZFA, Mercedes-Benz WDD, Peugeot VF3, Nissan UK SJN, Mahindra MA1,
    Honda Thailand MRH) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["EE", "PT", "LK", "KE", "UG"]


def gen_plate(rng, cc):
    """Registration plates: Estonia (3 digits + 3 letters, '123 ABC'); Portugal (2020 scheme 'AB-12-CD'); Sri Lanka
    (province code + 2-3 letters + '-' + 4 digits, 'WP CAB-1234'); Kenya ('K' + 2 letters + 3 digits + letter,
    'KDA 123A'); Uganda ('U' + 2 letters + 3 digits + letter, 'UBA 123A')."""
    L = lambda n, pool="ABCDEFGHJKLMNPRSTUVXYZ": "".join(rng.choice(pool) for _ in range(n))
    if cc == "EE":
        return f"{rdigits(rng, 3, True)} {L(3)}"
    if cc == "PT":
        return f"{L(2)}-{rdigits(rng, 2)}-{L(2)}"
    if cc == "LK":
        return f"{rng.choice(['WP', 'CP', 'SP', 'NW', 'SG'])} {L(rng.choice([2, 3]))}-{rdigits(rng, 4, True)}"
    if cc == "KE":
        return f"K{L(2)} {rdigits(rng, 3, True)}{L(1)}"
    if cc == "UG":
        return f"U{L(2)} {rdigits(rng, 3, True)}{L(1)}"
    raise KeyError(cc)


PLATE_RX = {"EE": r"[1-9]\d{2} [A-Z]{3}", "PT": r"[A-Z]{2}-\d{2}-[A-Z]{2}",
            "LK": r"(?:WP|CP|SP|NW|SG) [A-Z]{2,3}-[1-9]\d{3}", "KE": r"K[A-Z]{2} [1-9]\d{2}[A-Z]",
            "UG": r"U[A-Z]{2} [1-9]\d{2}[A-Z]"}

# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [41, 102, 197], "APNIC": [14, 27, 49, 110], "ARIN": [23, 24, 64, 98],
    "LACNIC": [177, 179, 186, 190], "RIPE NCC": [5, 37, 62, 85]}
RIR_V6 = {"AFRINIC": 0x2c0f, "APNIC": 0x2401, "ARIN": 0x2602, "LACNIC": 0x2804, "RIPE NCC": 0x2a02}


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
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_bracket_port":        # RFC 3986 3.2.2 IP-literal with a port
        return f"[{plain}]:{port}"
    if fmt == "ip.v6_full":                # RFC 4291 2.2 full form, no zero compression
        return ipaddress.IPv6Address(plain).exploded
    if fmt == "ip.v4_cidr32":              # a single host as a /32 prefix (RFC 4632)
        return f"{plain}/32"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["TH", "LK", "LA", "EE", "PT", "MC", "UG", "KE", "ML", "AU", "FJ", "MA", "US"]
US_AREAS = [907, 928, 505, 802, 603, 207, 401, 302, 808, 785]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid, never
    555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    for _ in range(2000):
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            ens = str(ex.national_number)
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]):
            if region != "US" and phonenumbers.number_type(n) not in (phonenumbers.PhoneNumberType.MOBILE,
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
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.intl_dots":         # international form with '.' between groups
        return phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.idd00":             # ITU-T E.123 / E.164 with the '00' international prefix instead of '+'
        return "00" + phonenumbers.format_number(n, PNF.INTERNATIONAL)[1:]
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["sapo.pt", "hot.ee", "mail.ee", "libero.it", "virgilio.it", "sltnet.lk", "bigpond.com",
                 "fastmail.com", "tutanota.com", "hey.com", "yandex.com", "hotmail.com", "live.com", "yahoo.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper()}[fmt]


URL_TEMPLATES = ["https://buymeacoffee.com/{slug}", "https://linktr.ee/{slug}", "https://{slug}.substack.com/",
                 "https://dribbble.com/{slug}", "https://www.flickr.com/people/{slug}/",
                 "https://letterboxd.com/{slug}/", "https://mastodon.social/@{slug}",
                 "https://bsky.app/profile/{slug}.bsky.social", "https://{slug}.github.io/",
                 "https://chuffed.org/project/{slug}", "https://kitabisa.com/campaign/{slug}",
                 "https://myhealth.tundrahealth.org/portal/patient/{num}/record"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]*", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("ANCHORAGE", "AK", "995"), ("FLAGSTAFF", "AZ", "860"), ("GALLUP", "NM", "873"), ("HILO", "HI", "967"),
          ("BURLINGTON", "VT", "054"), ("CONCORD", "NH", "033"), ("BANGOR", "ME", "044"), ("WICHITA", "KS", "672"),
          ("OMAHA", "NE", "681"), ("TULSA", "OK", "741")]
STREETS = ["SPENARD", "MILTON", "ARROYO", "KILAUEA", "CHURCH", "PLEASANT", "HAMMOND", "DOUGLAS", "FARNAM", "PEORIA",
           "NORTHERN LIGHTS", "ASPEN", "PINON", "KAMEHAMEHA"]
SUFFIXES = ["CIR", "TRL", "HWY", "PKWY", "XING", "BND", "CV", "HOLW", "LNDG", "MDWS", "PT", "VW"]  # Pub 28 app. C1
UNITS = ["APT", "STE", "UNIT", "BLDG", "HNGR", "SLIP"]                                       # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NW", "SE"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional C2 secondary
    unit, city, state, ZIP or ZIP+4; written upper case without punctuation except the comma before the city."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    unit = rng.choice(["", "", f" {rng.choice(UNITS)} {rng.randint(2, 40)}{rng.choice(['', 'A', 'B'])}"])
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
                     + "|".join(UNITS) + r") \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    states = {c[1] for c in CITIES}
    if fmt == "addr.mixed":
        return " ".join(w if (w.rstrip(",") in states or w in DIRS or w[0].isdigit()) else
                        (w[:-1].capitalize() + "," if w.endswith(",") else w.capitalize()) for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["github-pat", "github-fine-grained-pat", "slack-bot-token", "openai-api-key", "anthropic-api-key",
                "gcp-api-key", "digitalocean-pat", "pypi-upload-token", "age-secret-key", "flyio-access-token",
                "pulumi-api-token", "rubygems-api-token", "vault-service-token", "sentry-user-token",
                "dynatrace-api-token", "easypost-api-token"]
SECRET_EXTRA = ["uri.postgres", "uri.mongodb_srv", "conn.adonet", "password"]
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); PostgreSQL and MongoDB SRV URIs
    (RFC 3986) and an ADO.NET SQL Server connection string with an inline password; passwords (cued)."""
    al = string.ascii_letters + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "github-pat":
        return "ghp_" + R(al, 36)
    if rule == "github-fine-grained-pat":
        return "github_pat_" + R(al, 22) + "_" + R(al, 59)
    if rule == "slack-bot-token":
        return f"xoxb-{R(DIG, 12)}-{R(DIG, 13)}-{R(al, 24)}"
    if rule == "openai-api-key":
        return "sk-proj-" + R(al, 1) + R(al + "_-", 72) + R(al, 1) + "T3BlbkFJ" + R(al, 1) + R(al + "_-", 72) + R(al, 1)
    if rule == "anthropic-api-key":
        return "sk-ant-api03-" + R(al + "_-", 93) + "AA"
    if rule == "gcp-api-key":
        return "AIza" + R(al + "_-", 34) + R(al, 1)
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "_-", 139) + R(al, 1)
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R(BECH32, 58)
    if rule == "flyio-access-token":
        return "fo1_" + R(al + "_-", 42) + R(al, 1)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "vault-service-token":
        return "hvs." + R(al + "_-", 94) + R(al, 1)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "dynatrace-api-token":
        up = string.ascii_uppercase + DIG
        return f"dt0c01.{R(up, 24)}.{R(up, 64)}"
    if rule == "easypost-api-token":
        return "EZAK" + R(string.ascii_lowercase + DIG, 54)
    if rule == "uri.postgres":
        return f"postgresql://{R(string.ascii_lowercase, 6)}:{R(al, 20)}@{R(string.ascii_lowercase, 8)}." \
               f"postgres.database.azure.com:5432/hris?sslmode=require"
    if rule == "uri.mongodb_srv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@cluster0.{R(string.ascii_lowercase + DIG, 5)}" \
               f".mongodb.net/people?retryWrites=true&w=majority"
    if rule == "conn.adonet":
        return f"Server=tcp:{R(string.ascii_lowercase, 9)}.database.windows.net,1433;Initial Catalog=payroll;" \
               f"User ID={R(string.ascii_lowercase, 6)};Password={R(al, 19)};Encrypt=True;"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 3) + \
            rng.choice("?$+=~")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: an inline '(?i)' (anywhere) becomes a whole-pattern flag."""
    rx = rule["regex"]
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.postgres":
        return bool(re.fullmatch(r"postgresql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+\?[\w=&-]+", value))
    if rule_id == "uri.mongodb_srv":
        return bool(re.fullmatch(r"mongodb\+srv://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+/\w+\?[\w=&-]+", value))
    if rule_id == "conn.adonet":
        return bool(re.fullmatch(r"Server=tcp:[\w.-]+,\d+;Initial Catalog=\w+;User ID=\w+;Password=[A-Za-z0-9]{14,};"
                                 r"Encrypt=True;", value))
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
