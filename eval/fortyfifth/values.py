"""Value generators for the forty-fifth set, each from a published format rule, with validators.

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
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PDC_MONTHS = ["Yenner", "Hanning", "Marich", "Abril", "Moi", "Yuni", "Yuli", "Auguscht", "September", "Oktower",
              "November", "Disember"]                                # Pennsylvania Dutch (builder's spelling)
TL_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
             "Nobyembre", "Disyembre"]                               # Tagalog month names (as Taglish uses them)


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


DATE_FORMATS = ["date.us_ordinal", "date.weekday_us", "date.sql_datetime", "date.dmy_abbr_dash", "date.ymd_abbr",
                "date.m_d_yyyy", "date.key_mdy", "date.iso_week", "date.iso_ordinal", "date.pdutch", "date.taglish",
                "date.dmy_abbr_space"]


def ordinal_suffix(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def render_date(fmt, iso):
    """Renderings: US ordinal long form (March 12th, 1984); US long form with the weekday (Monday, March 12, 1984);
    SQL DATETIME at midnight (1984-03-12 00:00:00); day-abbreviated month-year with dashes, title case (12-Mar-1984);
    year-abbreviated month-day (1984-Mar-12); US m/d/yyyy without zero padding (3/12/1984); key-safe mm_dd_yyyy;
    ISO 8601 week date (1984-W11-1); ISO 8601 ordinal date (1984-072); Pennsylvania Dutch '12. Marich 1984'; Taglish
    'Marso 12, 1984'; day-abbreviated month-year with spaces (12 Mar 1984)."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.us_ordinal":
        return f"{EN_MONTHS[m - 1]} {dd}{ordinal_suffix(dd)}, {y}"
    if fmt == "date.weekday_us":
        return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.sql_datetime":
        return f"{iso} 00:00:00"
    if fmt == "date.dmy_abbr_dash":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3]}-{y}"
    if fmt == "date.ymd_abbr":
        return f"{y}-{EN_MONTHS[m - 1][:3]}-{dd:02d}"
    if fmt == "date.m_d_yyyy":
        return f"{m}/{dd}/{y}"
    if fmt == "date.key_mdy":
        return f"{m:02d}_{dd:02d}_{y}"
    if fmt == "date.iso_week":
        iy, iw, wd = d.isocalendar()
        return f"{iy}-W{iw:02d}-{wd}"
    if fmt == "date.iso_ordinal":
        return f"{y}-{d.timetuple().tm_yday:03d}"
    if fmt == "date.pdutch":
        return f"{dd}. {PDC_MONTHS[m - 1]} {y}"
    if fmt == "date.taglish":
        return f"{TL_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.dmy_abbr_space":
        return f"{dd} {EN_MONTHS[m - 1][:3]} {y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.verhoeff9", "mrn.fac_slash7", "mrn.dash44", "mrn.zeropad10", "mrn.space333"]
MRN_FACS = ["UHS", "KMC", "SJH", "LGH", "QMC"]

VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(body):
    """Verhoeff (1969) dihedral-group D5 check digit."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    return str(VH_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def gen_mrn(rng, style):
    """Hospital-number house styles: 8 digits + a Verhoeff check digit; 3-letter facility code + '/' + 7 digits;
    8 digits printed dddd-dddd; a 10-digit zero-padded number (3 leading zeros + 7 digits, as Epic-style exports
    pad it); 9 digits printed 'ddd ddd ddd'."""
    while True:
        if style == "mrn.verhoeff9":
            b = rdigits(rng, 8, True)
            v = b + verhoeff_check(b)
        elif style == "mrn.fac_slash7":
            v = rng.choice(MRN_FACS) + "/" + rdigits(rng, 7, True)
        elif style == "mrn.dash44":
            d = rdigits(rng, 8, True)
            v = f"{d[:4]}-{d[4:]}"
        elif style == "mrn.zeropad10":
            v = "000" + rdigits(rng, 7, True)
        elif style == "mrn.space333":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        else:
            raise KeyError(style)
        if not boring(v.lstrip("0")):
            return v


MRN_RX = {"mrn.verhoeff9": r"[1-9]\d{8}", "mrn.fac_slash7": r"(?:" + "|".join(MRN_FACS) + r")/[1-9]\d{6}",
          "mrn.dash44": r"[1-9]\d{3}-\d{4}", "mrn.zeropad10": r"000[1-9]\d{6}",
          "mrn.space333": r"[1-9]\d{2} \d{3} \d{3}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v.lstrip("0")):
        return False
    if style == "mrn.verhoeff9":
        return verhoeff_ok(v)
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


HP_STYLES = ["hp.mbi", "hp.medical_cin", "hp.tricare_dodid", "hp.fep_r", "hp.hicn"]


def gen_ssn_plain(rng):
    return gen_ssn(rng).replace("-", "")


def gen_hpid(rng, style):
    """CMS MBI (plain); a California Medi-Cal CIN (8 digits + a letter); a TRICARE / DoD ID number (EDIPI, 10
    digits); a BCBS Federal Employee Program member id ('R' + 8 digits); a legacy Medicare HICN (a valid-range SSN's
    9 digits + beneficiary identification code 'A', 'B', 'C1' or 'D')."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.medical_cin":
            v = rdigits(rng, 8, True) + rng.choice("ABCDEFGHJKLMNPRSTUVWXY")
        elif style == "hp.tricare_dodid":
            v = rdigits(rng, 10, True)
        elif style == "hp.fep_r":
            v = "R" + rdigits(rng, 8, True)
        elif style == "hp.hicn":
            v = gen_ssn_plain(rng) + rng.choice(["A", "B", "C1", "D"])
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    if style == "hp.medical_cin":
        return bool(re.fullmatch(r"[1-9]\d{7}[A-HJ-NP-Y]", v))
    if style == "hp.tricare_dodid":
        return bool(re.fullmatch(r"[1-9]\d{9}", v))
    if style == "hp.fep_r":
        return bool(re.fullmatch(r"R[1-9]\d{7}", v))
    m = re.fullmatch(r"(\d{3})(\d{2})(\d{4})(A|B|C1|D)", v)
    return bool(m) and ssn_ok(f"{m[1]}-{m[2]}-{m[3]}")


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"RS": 22, "GB": 22, "CH": 21}
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]   # 4-letter bank codes (United Kingdom)
RS_BANKS = ["160", "170", "205", "265", "325"]        # 3-digit bank codes (Serbia)
CH_BANKS = ["00762", "00235", "00230", "08390"]       # 5-digit bank clearing numbers (Switzerland)


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def rs_national_check(body16):
    """Serbian account number control digits: ISO 7064 MOD 97-10 over the 16 digits (bank + account)."""
    return f"{98 - (int(body16) * 100) % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    b = v[4:]
    if v[:2] == "RS":
        return b[:3] in RS_BANKS and b.isdigit() and rs_national_check(b[:16]) == b[16:]
    if v[:2] == "GB":
        return b[:4] in GB_BANKS and b[4:].isdigit()
    return b[:5] in CH_BANKS and b[5:].isdigit()


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: RS 3n13n2n (bank codes 160, 170, 205, 265, 325 + 13-digit account + the
    2 national control digits, MOD 97-10); GB 4a6n8n (bank codes NWBK, BARC, LOYD, HBUK, MIDL + 6-digit sort code +
    8-digit account); CH 5n12c (clearing numbers 00762, 00235, 00230, 08390 + 12 digits).  IBAN check digits by
    ISO 7064 MOD 97-10.  (Only digits are drawn for the account part.)"""
    if cc == "RS":
        b16 = rng.choice(RS_BANKS) + rdigits(rng, 13, True)
        bban = b16 + rs_national_check(b16)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + rdigits(rng, 14, True)
    elif cc == "CH":
        bban = rng.choice(CH_BANKS) + rdigits(rng, 12, True)
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["mir", "maestro", "verve", "troy"]
CARD_GROUPS = {16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Mir 2200-2204 (16); Maestro 5018 / 5020 / 5038 / 6304 (16); Verve 506099-506198 (19,
    printed 4-4-4-4-3); Troy 9792 (16); last digit by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "mir":
            v = card(rng, str(rng.randint(2200, 2204)), 16)
        elif brand == "maestro":
            v = card(rng, rng.choice(["5018", "5020", "5038", "6304"]), 16)
        elif brand == "verve":
            v = card(rng, str(rng.randint(506099, 506198)), 19)
        elif brand == "troy":
            v = card(rng, "9792", 16)
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


def aba_check(d8):
    """ABA routing number checksum: 3-7-1 weights, total a multiple of 10."""
    s = sum(int(c) * w for c, w in zip(d8, [3, 7, 1, 3, 7, 1, 3, 7]))
    return str((10 - s % 10) % 10)


def aba_ok(r):
    return bool(re.fullmatch(r"\d{9}", r)) and aba_check(r[:8]) == r[8] and 1 <= int(r[:2]) <= 12


def gen_us_bank(rng):
    """US ACH pair as a payment form writes it: ABA routing number (Federal Reserve district 01-12 prefix + 3-7-1
    checksum) + '/' + deposit account of 8-12 digits (cued only)."""
    while True:
        d8 = f"{rng.randint(1, 12):02d}" + rdigits(rng, 6)
        acct = rdigits(rng, rng.choice([8, 10, 11, 12]), True)
        v = d8 + aba_check(d8) + "/" + acct
        if not boring(acct) and not boring(d8):
            return v


def gen_guarantor(rng):
    """Patient account number as a hospital statement prints it: 'PA-' + 9 digits (cued only)."""
    while True:
        v = "PA-" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["CA", "IA", "MA", "ND", "KS", "MN", "OH", "TX"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: CA 1 letter + 7 digits; IA 3 digits + 2
    letters + 4 digits; MA 'S' + 8 digits; ND 3 letters + 6 digits; KS 'K' + 8 digits; MN 1 letter + 12 digits;
    OH 2 letters + 6 digits; TX 8 digits."""
    while True:
        L = rng.choice(UP)
        if st == "CA":
            v = L + rdigits(rng, 7, True)
        elif st == "IA":
            v = rdigits(rng, 3, True) + rng.choice(UP) + rng.choice(UP) + rdigits(rng, 4)
        elif st == "MA":
            v = "S" + rdigits(rng, 8, True)
        elif st == "ND":
            v = "".join(rng.choice(UP) for _ in range(3)) + rdigits(rng, 6, True)
        elif st == "KS":
            v = "K" + rdigits(rng, 8, True)
        elif st == "MN":
            v = L + rdigits(rng, 12, True)
        elif st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6, True)
        elif st == "TX":
            v = rdigits(rng, 8, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"CA": r"[A-Z][1-9]\d{6}", "IA": r"[1-9]\d{2}[A-Z]{2}\d{4}", "MA": r"S[1-9]\d{7}", "ND": r"[A-Z]{3}[1-9]\d{5}",
         "KS": r"K[1-9]\d{7}", "MN": r"[A-Z][1-9]\d{11}", "OH": r"[A-Z]{2}[1-9]\d{5}", "TX": r"[1-9]\d{7}"}

# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_spaced":            # TAC, SNR and check digit as label printers group them: AA BBBBBB CCCCCC D
        return f"{plain[:2]} {plain[2:8]} {plain[8:14]} {plain[14]}"
    return plain


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (381 Serbia, 977 Nepal, 852 Hong Kong, 691 Micronesia,
    94 Sri Lanka) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["381", "977", "852", "691", "94"])
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
    if fmt == "dev.mac_cisco_upper":       # three dot-separated groups of 4 hex digits, upper case
        h = plain.replace(":", "").upper()
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt == "dev.mac_upper_colon":       # upper-case colon form
        return plain.upper()
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (10) lot, (21) serial (no date AI)."""
    body = "0" + rng.choice(["0", "3", "7", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    lot = "".join(rng.choice(UP + DIG) for _ in range(7))
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(10){lot}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(10\)([A-Z0-9]{1,20})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_serial(rng):
    """Cardiac monitor / loop recorder serial as printed on the device label: 2 letters + 6 digits + '-' + 2 digits
    (cued only)."""
    while True:
        v = "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") for _ in range(2)) + rdigits(rng, 6, True) + "-" + \
            rdigits(rng, 2)
        if not boring(v):
            return v


SERIAL_RX = r"[A-HJ-NPR-UV-Y]{2}[1-9]\d{5}-\d{2}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["1HG", "1N4", "2T1", "3FA", "4S3", "5FN", "JM1", "JF1", "SAL", "VF3", "TMB", "WP0"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Honda USA 1HG, Nissan USA 1N4, Toyota Canada 2T1, Ford
    Mexico 3FA, Subaru USA 4S3, Honda USA (light trucks) 5FN, Mazda JM1, Subaru Japan JF1, Land Rover SAL, Peugeot
    VF3, Skoda TMB, Porsche WP0) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["RS", "HK", "GB", "FR", "IT"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
RS_CITIES = ["BG", "NS", "NI", "KG", "SU", "ČA"]
GB_AREAS = ["AB", "BD", "CF", "LN", "MA", "YK"]


def gen_plate(rng, cc):
    """Registration plates: Serbia (city code + 3 or 4 digits + '-' + 2 letters, 'BG 123-AB'); Hong Kong (2 letters
    + up to 4 digits, 'AB 1234'); United Kingdom (2001 scheme: area letters + 2-digit age identifier + 3 letters,
    'AB12 CDE'); France (SIV 2009: 'AB-123-CD'); Italy (1994 scheme: 'AB 123 CD')."""
    L = lambda n: "".join(rng.choice(PL) for _ in range(n))
    if cc == "RS":
        return f"{rng.choice(RS_CITIES)} {rdigits(rng, rng.choice([3, 4]), True)}-{L(2)}"
    if cc == "HK":
        return f"{L(2)} {rdigits(rng, 4, True)}"
    if cc == "GB":
        return f"{rng.choice(GB_AREAS)}{rng.choice(['0', '5', '6', '7'])}{rng.randint(1, 9)} {L(3)}"
    if cc == "FR":
        return f"{L(2)}-{rdigits(rng, 3, True)}-{L(2)}"
    if cc == "IT":
        return f"{L(2)} {rdigits(rng, 3, True)} {L(2)}"
    raise KeyError(cc)


PLATE_RX = {"RS": r"(?:" + "|".join(RS_CITIES) + r") [1-9]\d{2,3}-[A-Z]{2}", "HK": r"[A-Z]{2} [1-9]\d{3}",
            "GB": r"(?:" + "|".join(GB_AREAS) + r")[0567][1-9] [A-Z]{3}", "FR": r"[A-Z]{2}-[1-9]\d{2}-[A-Z]{2}",
            "IT": r"[A-Z]{2} [1-9]\d{2} [A-Z]{2}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks allocated to each RIR
    "AFRINIC": [154], "APNIC": [58, 101, 175, 180], "ARIN": [63, 68, 174, 184],
    "LACNIC": [189, 191, 201], "RIPE NCC": [5, 62, 178, 212]}
RIR_V6 = {"AFRINIC": (0x2001, 0x4200, 0x43ff), "APNIC": (0x2403, 0, 0xffff), "ARIN": (0x2604, 0, 0xffff),
          "LACNIC": (0x2804, 0, 0xffff), "RIPE NCC": (0x2a05, 0, 0xffff)}   # first group, second-group range


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
    """An address under an RIR's IPv6 allocation (IANA IPv6 Global Unicast Address Assignments: AFRINIC
    2001:4200::/23, APNIC 2403::/16, ARIN 2604::/16, LACNIC 2804::/16, RIPE NCC 2a05::/16), outside RFC 3849."""
    while True:
        first, lo, hi = rng.choice(list(RIR_V6.values()))
        groups = [first, rng.randint(lo, hi)] + [rng.randrange(0x10000) for _ in range(6)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_bracket":             # RFC 3986 3.2.2 IP-literal without a port
        return f"[{plain}]"
    if fmt == "ip.v6_upper":               # RFC 5952 recommends lower case; upper case is still valid text
        return plain.upper()
    if fmt == "ip.v4_cidr32":              # a single host as a /32 prefix (RFC 4632)
        return f"{plain}/32"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["RS", "NP", "HK", "SG", "PH", "GB", "CH", "FM", "LK", "CA", "US"]
US_AREAS = [808, 717, 610, 484, 570, 918, 539, 315, 716, 585, 602, 480]
CA_AREAS = [604, 778, 807]


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
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.intl_slash":        # international form, area / trunk group set off with ' / ' (DIN 5008 old style)
        parts = phonenumbers.format_number(n, PNF.INTERNATIONAL).split(" ")
        return " ".join(parts[:2]) + " / " + "".join(parts[2:]) if len(parts) > 2 else " ".join(parts)
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.idd011":            # NANP international prefix 011 instead of '+'
        return "011 " + phonenumbers.format_number(n, PNF.INTERNATIONAL)[1:]
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["mail.com", "yandex.com", "btinternet.com", "sky.com", "bluewin.ch", "netvigator.com",
                 "singnet.com.sg", "verizon.net", "earthlink.net", "optonline.net", "charter.net", "frontier.com",
                 "juno.com", "msn.com"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.named": f"\"{plain.split('@')[0].replace('.', ' ').replace('_', ' ').title()}\" <{plain}>",
            "email.upper": plain.upper(), "email.brackets": f"[{plain}]"}[fmt]


URL_TEMPLATES = ["https://www.facebook.com/{slug}", "https://www.reddit.com/user/{slug}", "https://www.flickr.com/people/{slug}",
                 "https://vimeo.com/{slug}", "https://www.behance.net/{slug}", "https://dribbble.com/{slug}",
                 "https://codeberg.org/{slug}", "https://{slug}.bandcamp.com", "https://linktr.ee/{slug}",
                 "https://ko-fi.com/{slug}", "https://donorbox.org/{slug}", "https://fundly.com/{slug}",
                 "https://chuffed.org/project/{slug}",
                 "https://myhealth.kapiolanicare.org/portal/patient/{num}/summary"]

def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("HILO", "HI", "967"), ("KAILUA", "HI", "967"), ("WAIPAHU", "HI", "967"), ("LANCASTER", "PA", "176"),
          ("LITITZ", "PA", "175"), ("EPHRATA", "PA", "175"), ("SALAMANCA", "NY", "147"), ("ONEIDA", "NY", "134"),
          ("TUPELO", "MS", "388"), ("PONTOTOC", "MS", "388")]
STREETS = ["KILAUEA", "KEAWE", "KAMEHAMEHA", "DUKE", "ORANGE", "CHERRY", "BROAD", "SENECA", "ALLEGANY", "MADISON",
           "GLOSTER", "CLIFF GOOKIN", "MULBERRY", "BOWMAN"]
SUFFIXES = ["PIKE", "ROW", "WALK", "PATH", "MDW", "HOLW", "BND", "CRES", "CRK", "FRY", "GRV", "HL"]   # Pub 28 app. C1
UNITS = ["HNGR", "PIER", "SLIP", "STOP", "KEY"]                                              # Pub 28 app. C2
DIRS = ["N", "S", "E", "W", "NW", "SE"]


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
    unit = rng.choice(["", "", f" {rng.choice(UNITS)} {rng.randint(2, 40)}{rng.choice(['', 'A', 'B'])}"])
    if force_unit:
        unit = f" {rng.choice(UNITS)} {rng.randint(2, 40)}{rng.choice(['', 'A', 'B'])}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace("\n", ", ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
                     + "|".join(UNITS) + r"|#) \w+)?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
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
    if fmt == "addr.commaless":           # no comma before the city (as many forms print the last line)
        return plain.replace(",", "")
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # two-line label form: street line, line break, last line
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["github-app-token", "github-oauth", "slack-app-token", "slack-webhook-url", "square-access-token",
                "clojars-api-token", "adobe-client-secret", "alibaba-access-key-id", "duffel-api-token",
                "easypost-api-token", "frameio-api-token", "flutterwave-secret-key", "readme-api-token",
                "scalingo-api-token", "sendinblue-api-token", "shippo-api-token"]
SECRET_EXTRA = ["uri.smtps", "uri.jdbc_oracle", "uri.couchdb", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); an SMTPS URI and a CouchDB URL
    with an inline password (RFC 3986 userinfo) and an Oracle JDBC thin URL with user/password; passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "github-app-token":
        return rng.choice(["ghu_", "ghs_"]) + R(al, 36)
    if rule == "github-oauth":
        return "gho_" + R(al, 36)
    if rule == "slack-app-token":
        return f"xapp-1-A{R(string.ascii_uppercase + DIG, 10)}-{R(DIG, 13)}-{R(hx, 64)}"
    if rule == "slack-webhook-url":
        return f"https://hooks.slack.com/services/T{R(string.ascii_uppercase + DIG, 8)}/B{R(string.ascii_uppercase + DIG, 10)}/{R(al, 24)}"
    if rule == "square-access-token":
        return "EAAA" + R(al + "_-", 60)
    if rule == "clojars-api-token":
        return "CLOJARS_" + R(lo, 60)
    if rule == "adobe-client-secret":
        return "p8e-" + R(al, 32)
    if rule == "alibaba-access-key-id":
        return "LTAI" + R(al, 20)
    if rule == "duffel-api-token":
        return "duffel_live_" + R(al + "_-", 43)
    if rule == "easypost-api-token":
        return "EZAK" + R(al, 54)
    if rule == "frameio-api-token":
        return "fio-u-" + R(al + "-_", 64)
    if rule == "flutterwave-secret-key":
        return "FLWSECK_TEST-" + R("abcdefgh" + DIG, 32) + "-X"
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "_-", 48)
    if rule == "sendinblue-api-token":
        return "xkeysib-" + R(hx, 64) + "-" + R(al, 16)
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "uri.smtps":
        return f"smtps://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@smtp.{R(string.ascii_lowercase, 6)}.net:465"
    if rule == "uri.jdbc_oracle":
        return f"jdbc:oracle:thin:{R(string.ascii_lowercase, 6)}/{R(al, 18)}@//{R(string.ascii_lowercase, 5)}-db." \
               f"{R(lo, 6)}.oraclecloud.com:1521/CARDS"
    if rule == "uri.couchdb":
        return f"https://{R(string.ascii_lowercase, 6)}:{R(al, 22)}@{R(lo, 8)}.cloudantnosqldb.appdomain.cloud:6984/" \
               f"{R(string.ascii_lowercase, 7)}"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 4) + \
            rng.choice("?$+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a leading or mid-pattern bare '(?i)' becomes a whole-pattern flag;
    scoped groups '(?i:...)' / '(?-i:...)' are kept (Python supports them)."""
    rx = rule["regex"]
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.smtps":
        return bool(re.fullmatch(r"smtps://[a-z]+:[A-Za-z0-9]{14,}@smtp\.[a-z]+\.net:465", value))
    if rule_id == "uri.jdbc_oracle":
        return bool(re.fullmatch(r"jdbc:oracle:thin:[a-z]+/[A-Za-z0-9]{14,}@//[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.couchdb":
        return bool(re.fullmatch(r"https://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:6984/[a-z]+", value))
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
