"""Value generators for the forty-sixth set, each from a published format rule, with validators.

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
    """'-' (SSA's printed form), en dash U+2013 (as word processors re-type it), bare 9 digits, '_' in identifiers."""
    return {"ssn.dash": plain, "ssn.endash": plain.replace("-", "\u2013"), "ssn.bare": plain.replace("-", ""),
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
KSH_MONTHS = ["Jannewa", "Fibbrowa", "Määz", "Aprel", "Mai", "Juuni", "Juuli", "Aujuss", "September", "Oktober",
              "November", "Dezember"]                                   # Kölsch (builder's spelling)
AND_MONTHS = ["enero", "febrero", "marso", "abrí", "mayo", "junio", "julio", "agoto", "setiembre", "otubre",
              "noviembre", "disiembre"]                                 # Andalusian Spanish (builder's spelling)


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


DATE_FORMATS = ["date.sas_date9", "date.key_sas", "date.dmy_mon_slash", "date.ap_style", "date.dmy_dot_unpadded",
                "date.dmy_slash_unpadded", "date.ymd_slash_unpadded", "date.koelsch", "date.andalusian",
                "date.iso_ms_z", "date.en_upper_long", "date.iso_offset"]


def render_date(fmt, iso):
    """Renderings: SAS DATE9. (12MAR1984) and its lower-case key form (12mar1984); Apache / NCSA log style
    dd/Mon/yyyy (12/Mar/1984); AP style (Mar. 12, 1984; March, April ... July unabbreviated, Sept.); Norwegian /
    German d.m.yyyy without zero padding (12.3.1984); Singapore / British d/m/yyyy without padding (12/3/1984);
    East Asian y/m/d without padding (1984/3/12); Kölsch '12. Määz 1984' and Andalusian '12 de marso der 1984' long
    dates; ECMAScript Date.prototype.toISOString at midnight (1984-03-12T00:00:00.000Z); upper-case English day-month
    (12 MARCH 1984); RFC 3339 date-time at midnight with a +00:00 offset."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.sas_date9":
        return f"{dd:02d}{EN_MONTHS[m - 1][:3].upper()}{y}"
    if fmt == "date.key_sas":
        return f"{dd:02d}{EN_MONTHS[m - 1][:3].lower()}{y}"
    if fmt == "date.dmy_mon_slash":
        return f"{dd:02d}/{EN_MONTHS[m - 1][:3]}/{y}"
    if fmt == "date.ap_style":
        return f"{AP_MONTHS[m - 1]} {dd}, {y}"
    if fmt == "date.dmy_dot_unpadded":
        return f"{dd}.{m}.{y}"
    if fmt == "date.dmy_slash_unpadded":
        return f"{dd}/{m}/{y}"
    if fmt == "date.ymd_slash_unpadded":
        return f"{y}/{m}/{dd}"
    if fmt == "date.koelsch":
        return f"{dd}. {KSH_MONTHS[m - 1]} {y}"
    if fmt == "date.andalusian":
        return f"{dd} de {AND_MONTHS[m - 1]} der {y}"
    if fmt == "date.iso_ms_z":
        return f"{iso}T00:00:00.000Z"
    if fmt == "date.en_upper_long":
        return f"{dd} {EN_MONTHS[m - 1].upper()} {y}"
    if fmt == "date.iso_offset":
        return f"{iso}T00:00:00+00:00"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_STYLES = ["mrn.mr7", "mrn.damm8", "mrn.dash52", "mrn.letter_check", "mrn.site_colon7"]
DAMM = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_check(body):
    """H. Michael Damm's check digit (totally anti-symmetric quasigroup of order 10, the published table)."""
    i = 0
    for c in body:
        i = DAMM[i][int(c)]
    return str(i)


def letter_check(body):
    """A weighted-sum check letter: sum of digit * (position from the left, 1-based) mod 26 -> A..Z."""
    return UP[sum(int(c) * (k + 1) for k, c in enumerate(body)) % 26]


def gen_mrn(rng, style):
    """Hospital-number house styles: 'MR' + 7 digits; 7 digits + a Damm check digit; 5 digits + '-' + 2 digits;
    6 digits + '-' + a weighted check letter; 2-digit site number + ':' + 7 digits."""
    while True:
        if style == "mrn.mr7":
            v = "MR" + rdigits(rng, 7, True)
        elif style == "mrn.damm8":
            b = rdigits(rng, 7, True)
            v = b + damm_check(b)
        elif style == "mrn.dash52":
            v = rdigits(rng, 5, True) + "-" + rdigits(rng, 2)
        elif style == "mrn.letter_check":
            b = rdigits(rng, 6, True)
            v = b + "-" + letter_check(b)
        elif style == "mrn.site_colon7":
            v = f"{rng.randint(11, 48)}:" + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


MRN_RX = {"mrn.mr7": r"MR[1-9]\d{6}", "mrn.damm8": r"[1-9]\d{7}", "mrn.dash52": r"[1-9]\d{4}-\d{2}",
          "mrn.letter_check": r"[1-9]\d{5}-[A-Z]", "mrn.site_colon7": r"(?:1[1-9]|[23]\d|4[0-8]):[1-9]\d{6}"}


def mrn_ok(style, v):
    if not re.fullmatch(MRN_RX[style], v) or boring(v):
        return False
    if style == "mrn.damm8":
        return damm_check(v[:7]) == v[7]
    if style == "mrn.letter_check":
        return letter_check(v[:6]) == v[-1]
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


HP_STYLES = ["hp.mbi", "hp.anthem_w", "hp.fl_medicaid", "hp.rrb_legacy", "hp.oh_medicaid"]
RRB_PREFIXES = ["A", "MA", "WA", "WCA", "CA", "PA"]


def gen_hpid(rng, style):
    """CMS MBI (plain); an Anthem (Elevance) member id (3-letter prefix + 'W' + 8 digits); a Florida Medicaid id
    (10 digits); a legacy Railroad Retirement Board Medicare number (RRB prefix A, MA, WA, WCA, CA or PA + 6
    digits); an Ohio Medicaid id (12 digits)."""
    while True:
        if style == "hp.mbi":
            v = gen_mbi(rng)
        elif style == "hp.anthem_w":
            v = "".join(rng.choice(UP) for _ in range(3)) + "W" + rdigits(rng, 8, True)
        elif style == "hp.fl_medicaid":
            v = rdigits(rng, 10, True)
        elif style == "hp.rrb_legacy":
            v = rng.choice(RRB_PREFIXES) + rdigits(rng, 6, True)
        elif style == "hp.oh_medicaid":
            v = rdigits(rng, 12, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    return plain


def hpid_ok(style, v):
    if style == "hp.mbi":
        return mbi_ok(v)
    if style == "hp.anthem_w":
        return bool(re.fullmatch(r"[A-Z]{3}W[1-9]\d{7}", v))
    if style == "hp.fl_medicaid":
        return bool(re.fullmatch(r"[1-9]\d{9}", v))
    if style == "hp.rrb_legacy":
        return bool(re.fullmatch(r"(?:" + "|".join(RRB_PREFIXES) + r")[1-9]\d{5}", v))
    return bool(re.fullmatch(r"[1-9]\d{11}", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"NO": 15, "GR": 27, "DK": 18}
NO_BANKS = ["1503", "1607", "3000", "9710"]   # 4-digit Norwegian bank register numbers (digits only)
GR_BANKS = ["011", "014", "017", "026"]      # 3-digit Greek bank codes
DK_BANKS = ["3409", "5301", "9570", "1551"]  # 4-digit Danish registration numbers


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def no_mod11(digits10):
    """Norwegian account number control digit: MOD 11 with weights 5,4,3,2,7,6,5,4,3,2; remainder 0 -> '0',
    remainder 1 rejected."""
    s = sum(int(c) * w for c, w in zip(digits10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    return "0" if r == 11 else (None if r == 10 else str(r))


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    if int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 != 1:
        return False
    b = v[4:]
    if not b.isdigit():
        return False
    if v[:2] == "NO":
        return b[:4] in NO_BANKS and no_mod11(b[:10]) == b[10]
    if v[:2] == "GR":
        return b[:3] in GR_BANKS
    return b[:4] in DK_BANKS


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: NO 4n6n1n (bank register number + account + the national MOD 11 control
    digit); GR 3n4n16c (bank code + branch + 16 account digits); DK 4n9n1n (registration number + 10 digits).
    Check digits by ISO 7064 MOD 97-10.  (Only digits are drawn for the account part.)"""
    while True:
        if cc == "NO":
            b = rng.choice(NO_BANKS) + rdigits(rng, 6)
            c = no_mod11(b)
            if c is None:
                continue
            bban = b + c
        elif cc == "GR":
            bban = rng.choice(GR_BANKS) + rdigits(rng, 4, True) + rdigits(rng, 16, True)
        elif cc == "DK":
            bban = rng.choice(DK_BANKS) + rdigits(rng, 10, True)
        else:
            raise KeyError(cc)
        if not boring(bban[4:]):
            return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["dankort", "uatp", "elo", "hipercard", "instapayment"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 5, 6]}


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Dankort 5019 (16), UATP 1 (15, printed 4-5-6), Elo 636368 / 504175 (16), Hipercard 606282
    (16), InstaPayment 637-639 (16); last digit by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "dankort":
            v = card(rng, "5019", 16)
        elif brand == "uatp":
            v = card(rng, "1", 15)
        elif brand == "elo":
            v = card(rng, rng.choice(["636368", "504175"]), 16)
        elif brand == "hipercard":
            v = card(rng, "606282", 16)
        elif brand == "instapayment":
            v = card(rng, str(rng.randint(637, 639)), 16)
        else:
            raise KeyError(brand)
        if not boring(v) and v not in ("135410014004955", "6062826786276634", "5019717010103742"):
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
    if fmt == "acct.no_kontonr":          # Norwegian domestic account number printed 4.2.5
        return f"{plain[:4]}.{plain[4:6]}.{plain[6:]}"
    return plain


def gen_no_account(rng):
    """Norwegian domestic account number (kontonummer): 11 digits, bank register number + account + MOD 11 control
    digit; printed dddd.dd.ddddd (cued only)."""
    while True:
        b = rng.choice(NO_BANKS) + rdigits(rng, 6)
        c = no_mod11(b)
        if c is not None and not boring(b[4:]):
            return b + c


def gen_fin(rng):
    """Visit account ('FIN', financial number) as hospital billing systems print it: 'FIN' + 9 digits (cued only)."""
    while True:
        v = "FIN" + rdigits(rng, 9, True)
        if not boring(v):
            return v


# ---------------------------------------------------------------- driver's licences (state formats)
DL_STATES = ["ID", "VA", "IN", "WY", "PA", "NY", "NE", "WV"]


def gen_dl(rng, st):
    """State driver-licence number formats as the states describe them: ID 2 letters + 6 digits + 1 letter; VA 1
    letter + 8 digits (printed A12-34-5678); IN 10 digits (printed 1234-56-7890); WY 9 digits (printed
    123456-789); PA 8 digits (printed 12 345 678); NY 9 digits (printed 123 456 789); NE 1 letter + 8 digits; WV 1
    letter + 6 digits."""
    while True:
        L = rng.choice(UP)
        if st == "ID":
            v = rng.choice(UP) + L + rdigits(rng, 6, True) + rng.choice(UP)
        elif st == "VA":
            d = rdigits(rng, 8, True)
            v = f"{L}{d[:2]}-{d[2:4]}-{d[4:]}"
        elif st == "IN":
            d = rdigits(rng, 10, True)
            v = f"{d[:4]}-{d[4:6]}-{d[6:]}"
        elif st == "WY":
            d = rdigits(rng, 9, True)
            v = f"{d[:6]}-{d[6:]}"
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "NE":
            v = L + rdigits(rng, 8, True)
        elif st == "WV":
            v = L + rdigits(rng, 6, True)
        else:
            raise KeyError(st)
        if not boring(v):
            return v


DL_RX = {"ID": r"[A-Z]{2}[1-9]\d{5}[A-Z]", "VA": r"[A-Z][1-9]\d-\d{2}-\d{4}", "IN": r"[1-9]\d{3}-\d{2}-\d{4}",
         "WY": r"[1-9]\d{5}-\d{3}", "PA": r"[1-9]\d \d{3} \d{3}", "NY": r"[1-9]\d{2} \d{3} \d{3}",
         "NE": r"[A-Z][1-9]\d{7}", "WV": r"[A-Z][1-9]\d{5}"}


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01, 99) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def render_imei(fmt, plain):
    if fmt == "dev.imei_slash":             # TAC / SNR / CD, as some handset labels print it
        return f"{plain[:8]}/{plain[8:14]}/{plain[14]}"
    return plain


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (47 Norway, 82 Korea, 30 Greece, 84 Viet Nam, 856 Laos)
    + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["47", "82", "30", "84", "856"])
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
    if fmt == "dev.mac_0x":                # one 48-bit hex literal, as firmware dumps and C sources write it
        return "0x" + plain.replace(":", "").upper()
    if fmt == "dev.mac_space":             # octets separated by spaces (packet-capture hex views)
        return plain.replace(":", " ")
    return plain


def gs1_check(digits):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def gen_udi(rng):
    """GS1 UDI (FDA 21 CFR 830; GS1 AIs): (01) GTIN-14 with check digit, (17) expiry YYMMDD, (21) serial."""
    body = "0" + rng.choice(["0", "5", "6", "8"]) + rdigits(rng, 11)
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(27, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    serial = "".join(rng.choice(UP + DIG) for _ in range(10))
    return f"(01){gtin}(17){exp}(21){serial}"


def udi_ok(v):
    m = re.fullmatch(r"\(01\)(\d{14})\(17\)(\d{6})\(21\)([A-Z0-9]{4,20})", v)
    return bool(m) and gs1_check(m[1][:13]) == m[1][13]


def gen_android_id(rng):
    """Android Settings.Secure.ANDROID_ID: a 64-bit value written as 16 lower-case hex digits (cued only)."""
    while True:
        v = "".join(rng.choice("0123456789abcdef") for _ in range(16))
        if v[0] != "0" and not boring(v):
            return v


def gen_idfv(rng):
    """Apple identifierForVendor: an RFC 4122 version-4 UUID printed upper case (cued only)."""
    h = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89AB") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


IDFV_RX = r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}"


def gen_serial(rng):
    """CGM transmitter / hearing-implant processor serial as printed on the label: 2 digits + '-' + 5 digits + '-' +
    2 letters (cued only)."""
    while True:
        v = rdigits(rng, 2, True) + "-" + rdigits(rng, 5) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY")
                                                                          for _ in range(2))
        if not boring(v):
            return v


SERIAL_RX = r"[1-9]\d-\d{5}-[A-HJ-NPR-UV-Y]{2}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


WMIS = ["1G1", "1FA", "2C3", "3GN", "4JG", "5UX", "JHM", "JA3", "YS3", "WAU", "ZAR", "XTA"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 / ISO 3780 assignments: Chevrolet car 1G1, Ford car 1FA, Chrysler Canada 2C3,
    Chevrolet Mexico 3GN, Mercedes-Benz USA 4JG, BMW USA 5UX, Honda Japan JHM, Mitsubishi JA3, Saab YS3, Audi WAU,
    Alfa Romeo ZAR, Lada XTA) + VDS + check digit + model year + plant + serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["NO", "GR", "PL", "ES", "BE"]
PL = "ABCDEFGHJKLMNPRSTUVWXYZ"
NO_PREFIX = ["EL", "DN", "SV", "BT", "KH", "RF"]
GR_LETTERS = "ABEHIKMNOPTXYZ"
PL_DISTRICTS = ["WA", "KR", "PO", "GD", "WR"]
ES_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"


def gen_plate(rng, cc):
    """Registration plates: Norway (2-letter area prefix + 5 digits, 'EL 12345'); Greece (3 letters from the
    Greek-Latin common set + '-' + 4 digits, 'IKH-1234'); Poland (2-letter district + 5 digits, 'WA 12345'); Spain
    (4 digits + 3 consonants, '1234 BCD', 2000 system); Belgium ('1-ABC-234')."""
    L = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if cc == "NO":
        return f"{rng.choice(NO_PREFIX)} {rdigits(rng, 5, True)}"
    if cc == "GR":
        return f"{L(GR_LETTERS, 3)}-{rdigits(rng, 4, True)}"
    if cc == "PL":
        return f"{rng.choice(PL_DISTRICTS)} {rdigits(rng, 5, True)}"
    if cc == "ES":
        return f"{rdigits(rng, 4, True)} {L(ES_LETTERS, 3)}"
    if cc == "BE":
        return f"{rng.randint(1, 2)}-{L(PL, 3)}-{rdigits(rng, 3, True)}"
    raise KeyError(cc)


PLATE_RX = {"NO": r"(?:" + "|".join(NO_PREFIX) + r") [1-9]\d{4}", "GR": f"[{GR_LETTERS}]{{3}}-[1-9]\\d{{3}}",
            "PL": r"(?:" + "|".join(PL_DISTRICTS) + r") [1-9]\d{4}", "ES": f"[1-9]\\d{{3}} [{ES_LETTERS}]{{3}}",
            "BE": r"[12]-[A-Z]{3}-[1-9]\d{2}"}


def plate_ok(cc, v):
    return re.fullmatch(PLATE_RX[cc], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR (AFRINIC's and LACNIC's /8s were
            # all drawn by the three earlier sets, so IPv4 here comes from APNIC, ARIN and RIPE NCC only)
    "APNIC": [39, 116, 182, 218], "ARIN": [65, 71, 97, 173], "RIPE NCC": [79, 89, 151, 217]}
RIR_V6 = {"AFRINIC": 0x2c0a, "APNIC": 0x2405, "ARIN": 0x2605, "LACNIC": 0x2806, "RIPE NCC": 0x2a0a}


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as administered by an RIR; kept
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
    if fmt == "ip.v4_mapped":              # RFC 4291 2.5.5.2 IPv4-mapped IPv6 address
        return f"::ffff:{plain}"
    if fmt == "ip.v6_128":                 # a single host as a /128 prefix
        return f"{plain}/128"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["NO", "GR", "KR", "VN", "LA", "PL", "ES", "NA", "CD", "DK", "CA", "US"]
US_AREAS = [208, 986, 540, 434, 317, 812, 308, 402, 304, 681, 701, 605]
CA_AREAS = [306, 204, 403]


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
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.cc_hyphen":         # E.164 with a hyphen after the country code
        cc = str(n.country_code)
        return f"+{cc}-{e164[1 + len(cc):]}"
    if fmt == "phone.ms_canonical":      # Microsoft / TAPI canonical address: +1 (AAA) NXX-XXXX (NANP only)
        d = e164[2:]
        return f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["online.no", "naver.com", "hanmail.net", "otenet.gr", "me.com", "mac.com", "protonmail.com",
                 "posteo.de", "mailbox.org", "centurylink.net", "windstream.net", "telkomsa.net", "wp.pl",
                 "interia.pl"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    local, dom = plain.split("@")
    return {"email.plain": plain, "email.mailto_subject": f"mailto:{plain}?subject=Intake",
            "email.at_words": f"{local} [at] {dom.replace('.', ' [dot] ')}"}[fmt]


URL_TEMPLATES = ["https://www.patreon.com/{slug}", "https://letterboxd.com/{slug}/", "https://www.last.fm/user/{slug}",
                 "https://www.discogs.com/user/{slug}", "https://www.deviantart.com/{slug}", "https://keybase.io/{slug}",
                 "https://vk.com/{slug}", "https://steamcommunity.com/id/{slug}", "https://about.me/{slug}",
                 "https://helphopelive.org/campaign/{num}", "https://www.plumfund.com/medical-crowdfunding/{slug}",
                 "https://fundrazr.com/{slug}",
                 "https://minside.fjordlia-helsehus.no/pasient/{num}/journal"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("BOISE", "ID", "837"), ("POCATELLO", "ID", "832"), ("ROANOKE", "VA", "240"), ("LYNCHBURG", "VA", "245"),
          ("EVANSVILLE", "IN", "477"), ("TERRE HAUTE", "IN", "478"), ("KEARNEY", "NE", "688"),
          ("NORTH PLATTE", "NE", "691"), ("HUNTINGTON", "WV", "257"), ("BECKLEY", "WV", "258"), ("MINOT", "ND", "587"),
          ("RAPID CITY", "SD", "577")]
STREETS = ["SNAKE RIVER", "BOGUS BASIN", "MILL MOUNTAIN", "PEAKS VIEW", "PIGEON CREEK", "WABASH", "PLATTE",
           "COAL RIVER", "SOURIS", "CANYON LAKE", "TETON", "BLUE RIDGE", "OTTER CREEK", "SANDHILL"]
SUFFIXES = ["BRK", "CYN", "EST", "FLS", "GDN", "JCT", "KNL", "LNDG", "MNR", "ORCH", "RDG", "VLY"]   # Pub 28 app. C1
UNITS = ["REAR", "UPPR", "LOWR", "FRNT", "BSMT", "SIDE"]              # Pub 28 app. C2 designators without a number
DIRS = ["N", "S", "E", "W", "NE", "SW"]


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng, force_unit=False):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional C2 secondary
    unit designator (the ones that take no number), city, state, ZIP or ZIP+4; written upper case without
    punctuation except the comma before the city and before the state."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(12, 24999))
    pre = rng.choice(["", "", rng.choice(DIRS) + " "])
    unit = rng.choice(["", "", f" {rng.choice(UNITS)}"])
    if force_unit:
        unit = f" {rng.choice(UNITS)}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}, {city}, {st} {z}"


def street_ok(v):
    v = v.replace(" | ", ", ")
    m = re.fullmatch(r"(\d{2,5}) (?:(?:" + "|".join(DIRS) + r") )?[A-Z ]+ (?:" + "|".join(SUFFIXES) + r")(?: (?:"
                     + "|".join(UNITS) + r"))?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.lower":
        return plain.lower()
    if fmt == "addr.pipe":                # street line and last line joined by ' | ' (one-cell exports)
        return plain.replace(", ", " | ", 1)
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["github-refresh-token", "gitlab-ptt", "gitlab-deploy-token", "gitlab-runner-authentication-token",
                "shopify-shared-secret", "shopify-custom-access-token", "hashicorp-tf-api-token",
                "sourcegraph-access-token", "planetscale-api-token", "sentry-user-token", "harness-api-key",
                "infracost-api-token", "octopus-deploy-api-key", "artifactory-api-key", "azure-ad-client-secret",
                "grafana-cloud-api-token"]
SECRET_EXTRA = ["uri.sftp", "uri.neo4j", "uri.clickhouse", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); SFTP, Neo4j (neo4j+s) and
    ClickHouse URIs with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "github-refresh-token":
        return "ghr_" + R(al, 36)
    if rule == "gitlab-ptt":
        return "glptt-" + R(hx, 40)
    if rule == "gitlab-deploy-token":
        return "gldt-" + R(al + "_-", 19) + R(al, 1)
    if rule == "gitlab-runner-authentication-token":
        return "glrt-" + R(al + "_-", 19) + R(al, 1)
    if rule == "shopify-shared-secret":
        return "shpss_" + R(hx, 32)
    if rule == "shopify-custom-access-token":
        return "shpca_" + R(hx, 32)
    if rule == "hashicorp-tf-api-token":
        return R(lo, 14) + ".atlasv1." + R(lo + "-_", 66) + R(lo, 1)
    if rule == "sourcegraph-access-token":
        return "sgp_" + R(hx, 16) + "_" + R(hx, 40)
    if rule == "planetscale-api-token":
        return "pscale_tkn_" + R(al + "_", 42) + R(al, 1)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "harness-api-key":
        return "pat." + R(al + "_-", 21) + R(al, 1) + "." + R(al, 24) + "." + R(al, 20)
    if rule == "infracost-api-token":
        return "ico-" + R(al, 32)
    if rule == "octopus-deploy-api-key":
        return "API-" + R(string.ascii_uppercase + DIG, 26)
    if rule == "artifactory-api-key":
        return "AKCp" + R(al, 69)
    if rule == "azure-ad-client-secret":
        return R(al, 3) + R(DIG, 1) + "Q~" + R(al + "_~.", 33) + R(al, 1)
    if rule == "grafana-cloud-api-token":
        return "glc_" + R(al, 80) + "=="
    if rule == "uri.sftp":
        return f"sftp://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@files.{R(lo, 6)}-transit.net:22/outbound"
    if rule == "uri.neo4j":
        return f"neo4j+s://neo4j:{R(al, 22)}@{R(hx, 8)}.databases.neo4j.io"
    if rule == "uri.clickhouse":
        return f"clickhouse://{R(string.ascii_lowercase, 6)}:{R(al, 18)}@{R(lo, 10)}.clickhouse.cloud:9440/stixlake"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*@") + R(DIG, 4) + R(string.ascii_letters, 3) + \
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
    if rule_id == "uri.sftp":
        return bool(re.fullmatch(r"sftp://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:22/\w+", value))
    if rule_id == "uri.neo4j":
        return bool(re.fullmatch(r"neo4j\+s://neo4j:[A-Za-z0-9]{14,}@[0-9a-f]{8}\.databases\.neo4j\.io", value))
    if rule_id == "uri.clickhouse":
        return bool(re.fullmatch(r"clickhouse://[a-z]+:[A-Za-z0-9]{14,}@[a-z0-9]+\.clickhouse\.cloud:9440/\w+", value))
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
