"""Value generators for the fifty-seventh set, each from a published format rule, with validators.

Every generator takes a random.Random.  ``render_*`` functions re-render a plain value in a named written form and
``*_ok`` validators check a plain value against its rule; check.py uses both.  Only the standard library and
``phonenumbers`` are used.  All values are made up: random digits and letters shaped by the rules named below.
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
            "ssn.snake": plain.replace("-", "_")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def gen_dob(rng):
    """A calendar date between 1935-01-01 and 2007-12-31 (proleptic Gregorian, ISO 8601 calendar date)."""
    d = datetime.date(1935, 1, 1) + datetime.timedelta(days=rng.randint(0, 26663))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


DATE_FORMATS = ["date.iso", "date.dmy_slash", "date.dmy_unpadded", "date.dd_mon_yyyy", "date.ordinal_long",
                "date.d_mon_yyyy", "date.hubspot_ms", "date.stripe_form", "date.xsd_tz", "date.key_ymd",
                "date.ddmmyyyy"]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def render_date(fmt, iso):
    """Renderings: ISO 8601 calendar date (as Salesforce's Contact.Birthdate and Stripe return it); British / Irish /
    Australian / New Zealand dd/mm/yyyy and unpadded d/m/yyyy; dd-Mon-yyyy (12-Mar-1984, as HR exports print it);
    British ordinal long form (12th March 1984); d Mon yyyy (12 Mar 1984); HubSpot date property value (milliseconds
    since the Unix epoch at midnight UTC, as HubSpot's CRM API stores date-only properties); Stripe's form-encoded
    Connect person date of birth (dob[day]=12&dob[month]=3&dob[year]=1984); XML Schema xsd:date with a time-zone
    offset (1984-03-12-08:00, as SOAP HR web services return dates); key-safe yyyy_mm_dd; 8-digit ddmmyyyy."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.dmy_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if fmt == "date.dmy_unpadded":
        return f"{dd}/{m}/{y}"
    if fmt == "date.dd_mon_yyyy":
        return f"{dd:02d}-{EN_MONTHS[m - 1][:3]}-{y}"
    if fmt == "date.ordinal_long":
        return f"{ordinal(dd)} {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.d_mon_yyyy":
        return f"{dd} {EN_MONTHS[m - 1][:3]} {y}"
    if fmt == "date.hubspot_ms":
        return str(int(datetime.datetime(y, m, dd, tzinfo=datetime.timezone.utc).timestamp()) * 1000)
    if fmt == "date.stripe_form":
        return f"dob[day]={dd}&dob[month]={m}&dob[year]={y}"
    if fmt == "date.xsd_tz":
        return f"{iso}-08:00"
    if fmt == "date.key_ymd":
        return iso.replace("-", "_")
    if fmt == "date.ddmmyyyy":
        return f"{dd:02d}{m:02d}{y}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- NHS / CHI numbers (MRN, always cued)
MRN_STYLES = ["mrn.nhs_spaced", "mrn.nhs_plain", "mrn.chi", "mrn.trust_local"]
TRUST_PREFIXES = ["RD", "RK", "RW", "RT"]


def mod11_nhs(body9):
    """NHS Data Dictionary 'NHS NUMBER' check digit: weights 10..2 on the first nine digits, 11 - (sum mod 11);
    11 -> 0, 10 -> invalid (None).  Scotland's CHI number uses the same modulus-11 check."""
    s = sum(int(c) * w for c, w in zip(body9, range(10, 1, -1)))
    r = 11 - s % 11
    if r == 11:
        return "0"
    if r == 10:
        return None
    return str(r)


def gen_mrn(rng, style):
    """NHS number: 10 digits with the modulus-11 check digit, printed 3-3-4 with spaces or unspaced (numbers beginning
    999 are NHS test numbers and are excluded here); Scottish CHI number: date of birth ddmmyy + 3 digits + check
    digit (modulus 11); a hospital trust's local hospital number (2-letter prefix + 7 digits, an invented house
    style)."""
    while True:
        if style in ("mrn.nhs_spaced", "mrn.nhs_plain"):
            b = rng.choice("4679") + rdigits(rng, 8)
            if b.startswith("999"):
                continue
            c = mod11_nhs(b)
            if c is None:
                continue
            v = b + c
            if style == "mrn.nhs_spaced":
                v = f"{v[:3]} {v[3:6]} {v[6:]}"
        elif style == "mrn.chi":
            d = datetime.date.fromisoformat(gen_dob(rng))
            b = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}" + rdigits(rng, 3)
            c = mod11_nhs(b)
            if c is None:
                continue
            v = b + c
        elif style == "mrn.trust_local":
            v = rng.choice(TRUST_PREFIXES) + rdigits(rng, 7, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def mrn_ok(style, v):
    if style in ("mrn.nhs_spaced", "mrn.nhs_plain", "mrn.chi"):
        if style == "mrn.nhs_spaced" and not re.fullmatch(r"\d{3} \d{3} \d{4}", v):
            return False
        d = v.replace(" ", "")
        if not re.fullmatch(r"\d{10}", d) or mod11_nhs(d[:9]) != d[9]:
            return False
        if style == "mrn.chi":
            try:
                datetime.date(1900 + int(d[4:6]), int(d[2:4]), int(d[:2]))
            except ValueError:
                return False
        return not d.startswith("999")
    return bool(re.fullmatch(r"(?:" + "|".join(TRUST_PREFIXES) + r")[1-9]\d{6}", v)) and not boring(v)


# ---------------------------------------------------------------- health plan ids (always cued)
HP_STYLES = ["hp.medicare_au", "hp.medicare_au_spaced", "hp.medicare_au_irn", "hp.insurer_member"]


def medicare_check(d8):
    """Australian Medicare card number check digit: weights 1,3,7,9,1,3,7,9 on the first eight digits, sum mod 10."""
    return str(sum(int(c) * w for c, w in zip(d8, [1, 3, 7, 9, 1, 3, 7, 9])) % 10)


def gen_hpid(rng, style):
    """Australian Medicare card number (Services Australia): first digit 2-6, 7 more digits, check digit, issue
    number (1 digit) = 10 digits; printed 4-5-1, optionally with the individual reference number (IRN, 1-9) after a
    '/'.  A private health insurer's membership number (8 digits + '-' + 2-digit person code; an invented house
    style, cued only)."""
    while True:
        if style.startswith("hp.medicare_au"):
            b = rng.choice("23456") + rdigits(rng, 7)
            v = b + medicare_check(b) + rng.choice("123456789")
            if style == "hp.medicare_au_irn":
                v += str(rng.randint(1, 6))
        elif style == "hp.insurer_member":
            v = rdigits(rng, 8, True) + "-0" + rng.choice("1234")
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.medicare_au_spaced":
        return f"{plain[:4]} {plain[4:9]} {plain[9]}"
    if style == "hp.medicare_au_irn":
        return f"{plain[:4]} {plain[4:9]} {plain[9]}/{plain[10]}"
    return plain


def hpid_ok(style, v):
    if style.startswith("hp.medicare_au"):
        n = 11 if style == "hp.medicare_au_irn" else 10
        return bool(re.fullmatch(rf"[2-6]\d{{{n - 1}}}", v)) and medicare_check(v[:8]) == v[8] and v[9] != "0"
    return bool(re.fullmatch(r"[1-9]\d{7}-0[1-4]", v))


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"GB": 22, "IE": 22}
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]   # bank identifiers (BIC bank codes) used in UK IBANs
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]           # bank identifiers used in Irish IBANs


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
    return b[:4] in (GB_BANKS if v[:2] == "GB" else IE_BANKS) and b[4:].isdigit()


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: GB 4!a6!n8!n (bank code + sort code + account number); IE 4!a6!n8!n (bank
    code + national sort code + account number).  Check digits by ISO 7064 MOD 97-10."""
    bban = rng.choice(GB_BANKS if cc == "GB" else IE_BANKS) + rdigits(rng, 6, True) + rdigits(rng, 8, True)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


CARD_BRANDS = ["visa", "mastercard", "amex"]
CARD_GROUPS = {16: [4, 4, 4, 4], 15: [4, 6, 5]}
TEST_CARDS = ("4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
              "5200828282828210", "5105105105105100", "378282246310005", "371449635398431")


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Visa 4 (16), Mastercard 51-55 (16), American Express 34 / 37 (15, printed 4-6-5); last
    digit by the Luhn algorithm; published test numbers excluded."""
    while True:
        if brand == "visa":
            v = card(rng, "4", 16)
        elif brand == "mastercard":
            v = card(rng, str(rng.randint(51, 55)), 16)
        else:
            v = card(rng, rng.choice(["34", "37"]), 15)
        if not boring(v) and v not in TEST_CARDS:
            return v


def gen_local_account(rng, kind):
    """Domestic account numbers (cued only): UK sort code dd-dd-dd + 8-digit account number; Australian BSB ddd-ddd
    (first digit a bank code 0-7) + 9-digit account number; New Zealand bank account bb-bbbb-aaaaaaa-sss (2-digit
    bank, 4-digit branch, 7-digit account, 3-digit suffix; the checksum algorithm is not applied)."""
    while True:
        if kind == "acct.uk_sortcode":
            s = rdigits(rng, 6, True)
            v = f"{s[:2]}-{s[2:4]}-{s[4:]} {rdigits(rng, 8, True)}"
        elif kind == "acct.au_bsb":
            v = f"{rng.choice('0123456')}{rdigits(rng, 2)}-{rdigits(rng, 3)} {rdigits(rng, 9, True)}"
        elif kind == "acct.nz_bank":
            v = f"{rng.choice(['01', '02', '03', '06', '12', '38'])}-{rdigits(rng, 4, True)}-" \
                f"{rdigits(rng, 7, True)}-0{rdigits(rng, 2)}"
        else:
            raise KeyError(kind)
        if not boring(v):
            return v


LOCAL_ACCT_RX = {"acct.uk_sortcode": r"[1-9]\d-\d{2}-\d{2} [1-9]\d{7}", "acct.au_bsb": r"[0-6]\d{2}-\d{3} [1-9]\d{8}",
                 "acct.nz_bank": r"(?:01|02|03|06|12|38)-[1-9]\d{3}-[1-9]\d{6}-0\d{2}"}


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


# ---------------------------------------------------------------- driving licences
DL_KINDS = ["uk_dvla", "nz", "nsw", "vic"]
DVLA_CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"


def dvla_surname(family):
    """DVLA: the first five letters of the surname, padded with 9s; a 'Mac' prefix is written 'MC'."""
    s = re.sub(r"[^A-Z]", "", ascii_fold(family).upper())
    if s.startswith("MAC"):
        s = "MC" + s[3:]
    return (s[:5] + "99999")[:5]


def gen_dl(rng, kind, person=None, dob=None, female=False):
    """Driving-licence numbers: GB DVLA 16-character driver number (surname 5, decade digit, month (+5 to the tens digit
    for women), day, year digit, two initials padded with 9, an arbitrary digit (9 here), two check letters (random
    here)); New Zealand (2 letters + 6 digits); New South Wales (8 digits); Victoria (9 digits)."""
    while True:
        if kind == "uk_dvla":
            given, family = person
            d = datetime.date.fromisoformat(dob)
            mm = d.month + (50 if female else 0)
            inits = (re.sub(r"[^A-Z]", "", ascii_fold(given).upper())[:1] + "9")[:2]
            v = f"{dvla_surname(family)}{str(d.year)[2]}{mm:02d}{d.day:02d}{str(d.year)[3]}{inits}9" + \
                rng.choice(DVLA_CHECK) + rng.choice(DVLA_CHECK)
            return v
        if kind == "nz":
            v = rng.choice(UP) + rng.choice(UP) + rdigits(rng, 6, True)
        elif kind == "nsw":
            v = rdigits(rng, 8, True)
        elif kind == "vic":
            v = rdigits(rng, 9, True)
        else:
            raise KeyError(kind)
        if not boring(v):
            return v


DL_RX = {"uk_dvla": r"[A-Z9]{5}\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}9[A-HJ-NP-Z]{2}",
         "nz": r"[A-Z]{2}[1-9]\d{5}", "nsw": r"[1-9]\d{7}", "vic": r"[1-9]\d{8}"}


# ---------------------------------------------------------------- devices
def gen_imei(rng):
    """3GPP TS 23.003 6.2.1: IMEI = TAC (8; reporting-body prefixes 35, 86, 01) + SNR (6) + Luhn check digit."""
    while True:
        body = rng.choice(["35", "86", "01"]) + rdigits(rng, 12)
        v = body + luhn_check_digit(body)
        if not boring(v):
            return v


def gen_iccid(rng):
    """ITU-T E.118 SIM ICCID: '89' (telecom) + country code (44 United Kingdom, 353 Ireland, 61 Australia, 64 New
    Zealand) + issuer and account digits to 18, + Luhn check digit (19 digits)."""
    while True:
        body = "89" + rng.choice(["44", "353", "61", "64"])
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
    if fmt == "dev.mac_dash":              # IEEE 802 canonical form: upper case, hyphens (as Windows prints it)
        return plain.upper().replace(":", "-")
    if fmt == "dev.mac_cisco":             # three dot-separated groups of 4 hex digits (Cisco IOS)
        h = plain.replace(":", "")
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    return plain


TAG_CHARS = "BCDFGHJKLMNPQRSTVWXYZ0123456789"


def gen_service_tag(rng):
    """A laptop vendor service tag: 7 characters from digits and consonants (the Dell service-tag shape; cued)."""
    while True:
        v = "".join(rng.choice(TAG_CHARS) for _ in range(7))
        if re.search(r"\d", v) and re.search(r"[A-Z]", v) and not boring(v):
            return v


SERVICE_TAG_RX = r"[BCDFGHJ-NP-TV-Z0-9]{7}"


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["SAL", "SCC", "SCF", "SAR", "6G1", "6FP", "6T1", "JMZ", "JHM", "TMB", "YV1", "WBA"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """ISO 3779 / 49 CFR 565 VIN: WMI (ISO 3780 / SAE J1044 assignments: Land Rover SAL, Lotus SCC, Aston Martin SCF,
    Rover SAR, Holden 6G1, Ford Australia 6FP, Toyota Australia 6T1, Mazda JMZ, Honda Japan JHM, Skoda TMB, Volvo YV1,
    BMW WBA) + VDS + check digit (the North American rule, computed for every VIN here) + model year + plant +
    serial."""
    while True:
        v = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
            rng.choice(VIN_CHARS) + rdigits(rng, 6)
        v = v[:8] + vin_check(v) + v[9:]
        if not boring(v[-6:]):
            return v


def vin_ok(v):
    v = v.upper()
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


PLATES = ["uk", "ie", "nz", "nsw", "vic"]
UK_MEMORY = "ABCDEFGHKLMNOPRSVWYX"       # first letter of the DVLA memory tag (region); I, J, Q, T, U, Z unused
UK_RANDOM = "ABCDEFGHJKLMNOPRSTUVWXYZ"   # the three random letters: I and Q never used
IE_COUNTIES = ["D", "C", "G", "L", "KY", "WX", "MO", "DL", "LK", "W"]


def gen_plate(rng, kind):
    """Number plates: GB current format (DVLA, since 2001: 2-letter memory tag, 2-digit age identifier 51-74 or 02-24,
    space, 3 random letters); Ireland (year 2 digits + half-year digit since 2013, county index mark, sequence);
    New Zealand (3 letters + 3 digits); New South Wales (2 letters, 2 digits, 2 letters); Victoria (digit, 2 letters,
    digit, 2 letters)."""
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == "uk":
        age = rng.choice([f"{n:02d}" for n in list(range(51, 75)) + list(range(2, 25))])
        return rng.choice(UK_MEMORY) + rng.choice(L) + age + " " + "".join(rng.choice(UK_RANDOM) for _ in range(3))
    if kind == "ie":
        return f"{rng.randint(13, 24)}{rng.choice('12')}-{rng.choice(IE_COUNTIES)}-{rng.randint(10, 49999)}"
    if kind == "nz":
        return "".join(rng.choice(L) for _ in range(3)) + rdigits(rng, 3, True)
    if kind == "nsw":
        return rng.choice(L) + rng.choice(L) + rdigits(rng, 2) + rng.choice(L) + rng.choice(L)
    if kind == "vic":
        return rng.choice("123456789") + rng.choice(L) + rng.choice(L) + rng.choice(DIG) + rng.choice(L) + rng.choice(L)
    raise KeyError(kind)


PLATE_RX = {"uk": r"[A-Z]{2}(?:5[1-9]|6\d|7[0-4]|0[2-9]|1\d|2[0-4]) [A-HJ-PR-Z]{3}",
            "ie": r"(?:1[3-9]|2[0-4])[12]-(?:" + "|".join(IE_COUNTIES) + r")-[1-9]\d{1,4}",
            "nz": r"[A-Z]{3}[1-9]\d{2}", "nsw": r"[A-Z]{2}\d{2}[A-Z]{2}", "vic": r"[1-9][A-Z]{2}\d[A-Z]{2}"}


def plate_ok(kind, v):
    return re.fullmatch(PLATE_RX[kind], v) is not None


# ---------------------------------------------------------------- IP addresses
RIR_V4 = {  # IANA IPv4 Address Space Registry: /8 blocks administered by each RIR (not drawn by earlier sets)
    "RIPE NCC": [84, 87, 90, 92, 94, 109], "APNIC": [113, 115, 120, 121, 124, 125]}
RIR_V6 = {"RIPE NCC": 0x2a06, "APNIC": 0x2408}


def ip_ok(v):
    a = ipaddress.ip_address(v)
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return a.is_global and not a.is_multicast and not any(a in n for n in doc if n.version == a.version)


def gen_ipv4(rng):
    """A host address inside a /8 that the IANA IPv4 Address Space Registry lists as administered by RIPE NCC or
    APNIC; kept only when is_global and outside RFC 5737."""
    while True:
        first = rng.choice([b for bs in RIR_V4.values() for b in bs])
        a = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


def gen_ipv6(rng):
    """An address under RIPE NCC's 2a06::/16 or APNIC's 2408::/16 (IANA IPv6 Global Unicast Address Assignments),
    outside RFC 3849."""
    while True:
        groups = [rng.choice(list(RIR_V6.values()))] + [rng.randrange(0x10000) for _ in range(7)]
        a = str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)))
        if ip_ok(a):
            return a


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_port":
        return f"{plain}:{port}"
    if fmt == "ip.v6_full":                # RFC 4291 2.2 full form, no zero compression
        return ipaddress.IPv6Address(plain).exploded
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    if fmt == "ip.v4_kebab":
        return plain.replace(".", "-")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["GB", "IE", "NZ", "AU"]


def phone_reserved(e164):
    """Ofcom's drama ranges (07700 900000-900999), ACMA's fictitious 0491 570 xxx-0491 579 xxx range and NZ's 555
    fiction numbers are excluded."""
    return e164.startswith(("+447700900", "+61491570", "+61491571", "+61491572", "+61491573", "+61491574",
                            "+61491575", "+61491576", "+61491577", "+61491578", "+61491579")) or \
        (e164.startswith("+642") and e164[5:8] == "555")


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles: GB 07xxx, IE 08x,
    NZ 02x, AU 04xx."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nlen = len(str(ex.national_number))
    for _ in range(2000):
        ens = str(ex.national_number)
        keep = rng.randint(1, 2)
        nat = ens[:keep] + rdigits(rng, nlen - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]) and phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return e
    raise RuntimeError(region)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    return phonenumbers.is_valid_number(n) and not phone_reserved(e164)


def render_phone(fmt, e164):
    n = phonenumbers.parse(e164)
    if fmt == "phone.e164":
        return e164
    if fmt == "phone.intl":
        return phonenumbers.format_number(n, PNF.INTERNATIONAL)
    if fmt == "phone.intl_trunk":          # British letterhead form: +44 (0)7xxx xxxxxx
        intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
        cc, rest = intl.split(" ", 1)
        return f"{cc} (0){rest}"
    if fmt == "phone.national":
        return phonenumbers.format_number(n, PNF.NATIONAL)
    if fmt == "phone.tel":
        return phonenumbers.format_number(n, PNF.RFC3966)
    if fmt == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["virginmedia.com", "ntlworld.com", "talktalk.net", "blueyonder.co.uk", "tiscali.co.uk",
                 "eircom.net", "iol.ie", "orcon.net.nz", "slingshot.co.nz", "bigpond.com", "westnet.com.au",
                 "internode.on.net"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


def render_email(fmt, plain):
    return {"email.plain": plain, "email.angle": f"<{plain}>", "email.upper": plain.upper(),
            "email.mailto": f"mailto:{plain}"}[fmt]


URL_TEMPLATES = ["https://www.parkrun.org.uk/parkrunner/A{num7}/", "https://www.vinted.co.uk/member/{num8}-{slug}",
                 "https://www.depop.com/{slug}/", "https://uk.trustpilot.com/users/{hex24}",
                 "https://untappd.com/user/{slug}", "https://www.komoot.com/user/{num12}",
                 "https://chuffed.org/project/{cause}", "https://www.idonate.ie/fundraiser/{num8}_{cause}.html",
                 "https://portal.ridingsfamilypractice.co.uk/patients/{num8}/letters"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w@./-]*)?", v)) and "example" not in v


# ---------------------------------------------------------------- postcodes and street addresses
INWARD = "ABDEFGHJLNPQRSTUWXYZ"          # Royal Mail: the inward code's letters never use C I K M O V
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"   # Eircode unique-identifier character set
UK_TOWNS = [("Headingley", "Leeds", "LS6"), ("Crookes", "Sheffield", "S10"), ("Bishopston", "Bristol", "BS7"),
            ("Heigham", "Norwich", "NR2"), ("Roath", "Cardiff", "CF24"), ("St Thomas", "Exeter", "EX4"),
            ("Fulwood", "Preston", "PR2"), ("Jesmond", "Newcastle upon Tyne", "NE2")]
IE_TOWNS = [("Ballincollig", "Co. Cork", "P31"), ("Salthill", "Galway", "H91"), ("Rathmines", "Dublin 6", "D06"),
            ("Castletroy", "Co. Limerick", "V94"), ("Tramore", "Co. Waterford", "X91")]
AU_TOWNS = [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"),
            ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005")]
NZ_TOWNS = [("Ponsonby", "Auckland", "1011"), ("Karori", "Wellington", "6012"), ("Riccarton", "Christchurch", "8011"),
            ("Roslyn", "Dunedin", "9010"), ("Frankton", "Hamilton", "3204")]
STREETS = {"uk": ["Beech Grove", "Station Road", "Church Lane", "Mill Close", "Ashfield Terrace", "Orchard Way"],
           "ie": ["Oakfield Park", "Main Street", "Church View", "Woodlawn Drive", "Abbey Court"],
           "au": ["Wattle Street", "Brunswick Street", "Jacaranda Avenue", "Banksia Crescent", "Gum Tree Road"],
           "nz": ["Kauri Street", "Rimu Road", "Tui Crescent", "Pohutukawa Avenue", "Totara Place"]}
US_CITIES = [("BOISE", "ID", "837"), ("SPOKANE", "WA", "992"), ("TULSA", "OK", "741"), ("OMAHA", "NE", "681"),
             ("MADISON", "WI", "537")]


def gen_postcode(rng, kind, town=None):
    """Postcodes: GB (Royal Mail PAF: outward code of a named district + inward code digit + 2 letters); Ireland
    (Eircode: routing key of a named area + 4-character unique identifier); US ZIP (3-digit sectional centre prefix of
    a named city + 2 digits; ZIP+4 adds 4 digits)."""
    while True:
        if kind == "uk":
            v = (town or rng.choice(UK_TOWNS))[2] + " " + rng.choice("123456789") + rng.choice(INWARD) + \
                rng.choice(INWARD)
        elif kind == "eircode":
            u = "".join(rng.choice(EIR_CHARS) for _ in range(4))
            if not re.search(r"[A-Z]", u):
                continue
            v = (town or rng.choice(IE_TOWNS))[2] + " " + u
        elif kind in ("us5", "us_plus4"):
            v = rng.choice(US_CITIES)[2] + rdigits(rng, 2)
            if v[3:] == "00":
                continue
            if kind == "us_plus4":
                v += "-" + rdigits(rng, 4, True)
        else:
            raise KeyError(kind)
        if not boring(v):
            return v


def postcode_ok(kind, v):
    if kind == "uk":
        return any(re.fullmatch(re.escape(t[2]) + rf" [1-9][{INWARD}]{{2}}", v) for t in UK_TOWNS)
    if kind == "eircode":
        return any(re.fullmatch(re.escape(t[2]) + rf" [{EIR_CHARS}]{{4}}", v) for t in IE_TOWNS)
    m = re.fullmatch(r"(\d{3})\d{2}(-\d{4})?", v)
    return bool(m) and any(m[1] == c[2] for c in US_CITIES) and bool(m[2]) == (kind == "us_plus4")


def gen_street(rng):
    """Street addresses as each country's postal operator writes them: GB (Royal Mail: number street, locality,
    post town, postcode); Ireland (An Post: number street, locality, town or county, Eircode); Australia (Australia
    Post: number street, suburb, state, 4-digit postcode); New Zealand (NZ Post: number street, suburb, town,
    4-digit postcode)."""
    c = rng.choice(["uk", "ie", "au", "nz"])
    num = rng.randint(2, 148)
    st = rng.choice(STREETS[c])
    if c == "uk":
        t = rng.choice(UK_TOWNS)
        return f"{num} {st}, {t[0]}, {t[1]} {gen_postcode(rng, 'uk', t)}"
    if c == "ie":
        t = rng.choice(IE_TOWNS)
        return f"{num} {st}, {t[0]}, {t[1]} {gen_postcode(rng, 'eircode', t)}"
    if c == "au":
        t = rng.choice(AU_TOWNS)
        return f"{num} {st}, {t[0]} {t[1]} {t[2]}"
    t = rng.choice(NZ_TOWNS)
    return f"{num} {st}, {t[0]}, {t[1]} {t[2]}"


def street_ok(v):
    v = v.replace("\n", ", ")
    vv = v.upper()
    streets = "|".join(re.escape(s.upper()) for ss in STREETS.values() for s in ss)
    m = re.fullmatch(rf"([1-9]\d{{0,2}}) ({streets})(?:, (.+))?", vv)
    if not m:
        return False
    if m[3] is None:
        return True
    rest = m[3]
    for a, b, p in UK_TOWNS:
        pre = f"{a.upper()}, {b.upper()} "
        if rest.startswith(pre) and postcode_ok("uk", rest[len(pre):]):
            return True
    for a, b, p in IE_TOWNS:
        pre = f"{a.upper()}, {b.upper()} "
        if rest.startswith(pre) and postcode_ok("eircode", rest[len(pre):]):
            return True
    if any(rest == f"{a.upper()} {b} {p}" for a, b, p in AU_TOWNS):
        return True
    return any(rest == f"{a.upper()}, {b.upper()} {p}" for a, b, p in NZ_TOWNS)


def render_street(fmt, plain):
    if fmt == "addr.upper":
        return plain.upper()
    if fmt == "addr.line":
        return plain.split(",")[0]
    if fmt == "addr.newline":             # label form: street line, line break, the rest
        return plain.replace(", ", "\n", 1)
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["sendinblue-api-token", "twilio-api-key", "linear-api-key", "postman-api-token", "easypost-api-token",
                "duffel-api-token", "shippo-api-token", "frameio-api-token", "prefect-api-token", "pulumi-api-token",
                "readme-api-token", "scalingo-api-token"]
SECRET_EXTRA = ["uri.mysql", "uri.rediss", "uri.smtps", "password"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT): Brevo (Sendinblue) API key, Twilio
    API key SID, Linear API key, Postman API key, EasyPost production key, Duffel live token, Shippo live token,
    Frame.io token, Prefect API key, Pulumi access token, ReadMe API key, Scalingo API token; a MySQL URI, a TLS Redis
    URI and an SMTPS URI with an inline password (RFC 3986 userinfo); passwords (cued)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "sendinblue-api-token":
        return "xkeysib-" + R(hx, 64) + "-" + R(al, 16)
    if rule == "twilio-api-key":
        return "SK" + R(hx, 32)
    if rule == "linear-api-key":
        return "lin_api_" + R(al, 40)
    if rule == "postman-api-token":
        return "PMAK-" + R(hx, 24) + "-" + R(hx, 34)
    if rule == "easypost-api-token":
        return "EZAK" + R(al, 54)
    if rule == "duffel-api-token":
        return "duffel_live_" + R(al + "_-", 42) + R(al, 1)
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "frameio-api-token":
        return "fio-u-" + R(al + "_-", 63) + R(al, 1)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "_-", 47) + R(al, 1)
    if rule == "uri.mysql":
        return f"mysql://{R(string.ascii_lowercase, 7)}:{R(al, 20)}@db-{R(lo, 6)}.eu-west-2.rds.amazonaws.com:3306/" \
               f"crm_prod"
    if rule == "uri.rediss":
        return f"rediss://default:{R(al, 24)}@{R(lo, 8)}.cache.amazonaws.com:6380/0"
    if rule == "uri.smtps":
        return f"smtps://{R(string.ascii_lowercase, 6)}%40{R(string.ascii_lowercase, 7)}.co.uk:{R(al, 18)}" \
               f"@smtp.office365.com:465"
    if rule == "password":
        return R(string.ascii_letters, 5) + rng.choice("!#%&*@") + R(DIG, 3) + R(string.ascii_letters, 4) + \
            rng.choice("?+=~^")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: a bare '(?i)' anywhere becomes a whole-pattern flag (a mid-pattern
    '(?i)' in Go applies to the rest of the pattern; the prefixes here are lower or mixed case literals that the
    generators write exactly); scoped groups '(?i:...)' / '(?-i:...)' are kept."""
    rx = rule["regex"]
    flags = 0
    if re.search(r"\(\?i\)", rx):
        flags = re.I
        rx = rx.replace("(?i)", "")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id == "uri.mysql":
        return bool(re.fullmatch(r"mysql://[a-z]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\w+", value))
    if rule_id == "uri.rediss":
        return bool(re.fullmatch(r"rediss://default:[A-Za-z0-9]{14,}@[\w.-]+:\d+/\d+", value))
    if rule_id == "uri.smtps":
        return bool(re.fullmatch(r"smtps://[a-z]+%40[a-z.]+:[A-Za-z0-9]{14,}@[\w.-]+:\d+", value))
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
    native (keep diacritics, join words by '_')."""
    if style == "native":
        return "_".join(w for w in re.split(r"[\s,.']+", text.strip(" ,.")) if w)
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
