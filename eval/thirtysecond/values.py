"""Value generators for the thirty-second set, each from a published format rule, with validators.

Every generator takes a random.Random; build.py keeps (plain, written) pairs, where ``written`` is the format's
rendering of ``plain``.  check.py re-renders and re-validates every label with the functions here.  Only the
standard library and ``phonenumbers`` are used.
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
    """SSA randomisation rules (2011): area 001-899 except 666, group 01-99, serial 0001-9999; the SSA advertising
    block 987-65-432x lies outside the area range anyway."""
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
            "ssn.snake": plain.replace("-", "_"), "ssn.dot": plain.replace("-", ".")}[fmt]


# ---------------------------------------------------------------- dates of birth
EN_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
SCO_MONTHS = "Januar Februar Mairch Aprile Mey Juin Julie August September October November December".split()
TN_MONTHS = ("Ferikgong Tlhakole Mopitlwe Moranang Motsheganong Seetebosigo Phukwi Phatwe Lwetse Diphalane "
             "Ngwanatsele Sedimonthole").split()
SCN_MONTHS = "jinnaru frivaru marzu aprili maiu giugnu giugnettu austu sittèmmiru ottùviru nuvèmmiru dicèmmiru".split()
NDS_MONTHS = "Januaar Februaar März April Mai Juni Juli August September Oktover November Dezember".split()
EL_MONTHS_GEN = ("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
                 "Οκτωβρίου Νοεμβρίου Δεκεμβρίου").split()
HY_MONTHS_GEN = ("հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի "
                 "նոյեմբերի դեկտեմբերի").split()
SAS_MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
DATE_FORMATS = ["date.iso", "date.us", "date.sas_date9", "date.fileman", "date.iso_midnight", "date.dmy_slash",
                "date.en_ordinal", "date.sco_long", "date.tn_long", "date.scn_long", "date.nds_long", "date.el_long",
                "date.hy_long"]


def gen_dob(rng):
    """A calendar date between 1929-01-01 and 2010-12-31 (proleptic Gregorian, ISO 8601 plain form)."""
    d = datetime.date(1929, 1, 1) + datetime.timedelta(days=rng.randint(0, 29950))
    return d.isoformat()


def dob_ok(v):
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return False
    return 1900 <= d.year <= 2015


def ordinal(n):
    return f"{n}th" if 10 <= n % 100 <= 20 else f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def render_date(fmt, iso):
    """Renderings: ISO 8601 (date; date-time at midnight UTC); US mm/dd/yyyy; dd/mm/yyyy; SAS DATE9. (ddMONyyyy);
    VA FileMan internal date (YYYMMDD, YYY = year - 1700); English ordinal ('the 12th of March 1984'); long dates in
    Scots, Setswana, Sicilian and Low German (month names as in their written standards) and CLDR genitive long dates
    for Greek ('12 Μαρτίου 1984') and Armenian ('12 մարտի 1984 թ.'); key-safe Y_m_d."""
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    if fmt == "date.iso":
        return iso
    if fmt == "date.iso_midnight":
        return iso + "T00:00:00Z"
    if fmt == "date.us":
        return f"{m:02d}/{dd:02d}/{y}"
    if fmt == "date.dmy_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if fmt == "date.sas_date9":
        return f"{dd:02d}{SAS_MON[m - 1]}{y}"
    if fmt == "date.fileman":
        return f"{y - 1700}{m:02d}{dd:02d}"
    if fmt == "date.en_ordinal":
        return f"the {ordinal(dd)} of {EN_MONTHS[m - 1]} {y}"
    if fmt == "date.sco_long":
        return f"{ordinal(dd)} o {SCO_MONTHS[m - 1]} {y}"
    if fmt == "date.tn_long":
        return f"{dd} {TN_MONTHS[m - 1]} {y}"
    if fmt == "date.scn_long":
        return f"{dd} di {SCN_MONTHS[m - 1]} {y}"
    if fmt == "date.nds_long":
        return f"{dd}. {NDS_MONTHS[m - 1]} {y}"
    if fmt == "date.el_long":
        return f"{dd} {EL_MONTHS_GEN[m - 1]} {y}"
    if fmt == "date.hy_long":
        return f"{dd} {HY_MONTHS_GEN[m - 1]} {y} թ."
    if fmt == "date.key":
        return f"{y}_{m:02d}_{dd:02d}"
    raise KeyError(fmt)


# ---------------------------------------------------------------- MRN house styles (always cued)
MRN_RX = {"mrn.icn": r"10\d{8}V\d{6}", "mrn.year_seq": r"MR\d{2}-[1-9]\d{5}", "mrn.pn8": r"PN[1-9]\d{7}",
          "mrn.bare10": r"[1-9]\d{9}", "mrn.site_slash": r"(RHU|GHM|CDS|WVC)/\d{7}"}


def gen_mrn(rng, style):
    """House styles: VA Integration Control Number as printed (10 digits + 'V' + 6-digit checksum field, VHA
    Directive 1906 MPI layout); 'MR' + 2-digit registration year + '-' + 6 digits; 'PN' + 8 digits; bare 10-digit
    chart number; site code + '/' + 7 digits."""
    while True:
        if style == "mrn.icn":
            v = "10" + rdigits(rng, 8) + "V" + rdigits(rng, 6)
        elif style == "mrn.year_seq":
            v = f"MR{rng.randint(0, 25):02d}-{rdigits(rng, 6, True)}"
        elif style == "mrn.pn8":
            v = "PN" + rdigits(rng, 8, True)
        elif style == "mrn.bare10":
            v = rdigits(rng, 10, True)
        elif style == "mrn.site_slash":
            v = rng.choice(["RHU", "GHM", "CDS", "WVC"]) + "/" + rdigits(rng, 7)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


# ---------------------------------------------------------------- health plan ids (always cued)
MBI_ALPHA = [c for c in UP if c not in "SLOIBZ"]
HP_RX = {"hp.mbi_spaced": None, "hp.medical_cin": r"9\d{7}[A-Z]", "hp.bcbs_prefix": r"[A-Z]{3}\d{9}",
         "hp.aetna_w": r"W\d{9}", "hp.mbi": None}


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


def gen_hpid(rng, style):
    """MBI plain and as printed on the card in 4-3-4 groups separated by spaces; California Medi-Cal Client Index
    Number (CIN: '9' + 7 digits + check letter); BCBS member id (3-letter alpha prefix + 9 digits); Aetna member id
    ('W' + 9 digits)."""
    while True:
        if style in ("hp.mbi", "hp.mbi_spaced"):
            v = gen_mbi(rng)
        elif style == "hp.medical_cin":
            v = "9" + rdigits(rng, 7) + rng.choice(UP)
        elif style == "hp.bcbs_prefix":
            v = "".join(rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ") for _ in range(3)) + rdigits(rng, 9, True)
        elif style == "hp.aetna_w":
            v = "W" + rdigits(rng, 9, True)
        else:
            raise KeyError(style)
        if not boring(v):
            return v


def render_hpid(style, plain):
    if style == "hp.mbi_spaced":
        return f"{plain[:4]} {plain[4:7]} {plain[7:]}"
    return plain


# ---------------------------------------------------------------- account numbers
IBAN_LEN = {"BE": 16, "GR": 27, "LU": 20, "BA": 20, "ME": 22, "MD": 24}


def iban_check(cc, bban):
    """ISO 13616-1 / ISO 7064 MOD 97-10 check digits."""
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban_ok(v):
    v = v.replace(" ", "")
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    if v[:2] == "BE" and int(v[4:14]) % 97 != (int(v[14:16]) % 97):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def gen_iban(rng, cc):
    """SWIFT IBAN Registry BBAN structures: BE 3n7n2n (national check = first 10 digits mod 97, 97 for 0),
    GR 3n4n16c, LU 3n13c, BA 3n3n8n2n, ME 3n13n2n, MD 2c18c."""
    al = UP + DIG
    if cc == "BE":
        first = rng.choice(["068", "001", "310", "363", "732"]) + rdigits(rng, 7, True)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    elif cc == "GR":
        bban = rng.choice(["011", "017", "026", "014"]) + rdigits(rng, 4) + rdigits(rng, 16, True)
    elif cc == "LU":
        bban = rng.choice(["001", "002", "019", "030"]) + "".join(rng.choice(al) for _ in range(13))
    elif cc == "BA":
        bban = rng.choice(["129", "338", "161", "199"]) + rdigits(rng, 13, True)
    elif cc == "ME":
        bban = rng.choice(["505", "510", "530", "535"]) + rdigits(rng, 15, True)
    elif cc == "MD":
        bban = rng.choice(["AG", "ML", "VI", "MO"]) + "".join(rng.choice(al) for _ in range(18))
    else:
        raise KeyError(cc)
    return cc + iban_check(cc, bban) + bban


def card(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def gen_card(rng, brand):
    """ISO/IEC 7812 IINs: Discover 6011 / 644-649 / 65 (16), JCB 3528-3589 (16), Diners Club International 36 (14),
    Mastercard 51-55 (16); last digit by the Luhn algorithm."""
    while True:
        if brand == "discover":
            v = card(rng, rng.choice(["6011", str(rng.randint(644, 649)), "65"]), 16)
        elif brand == "jcb":
            v = card(rng, str(rng.randint(3528, 3589)), 16)
        elif brand == "diners":
            v = card(rng, "36", 14)
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
        if len(plain) == 14:
            return f"{plain[:4]} {plain[4:10]} {plain[10:]}"
        return " ".join(plain[i:i + 4] for i in range(0, 16, 4))
    if fmt.startswith("acct.card_dashed"):
        return "-".join(plain[i:i + 4] for i in range(0, 16, 4))
    return plain


# ---------------------------------------------------------------- driver's licences (AAMVA DL/ID standard, annex)
DL_RX = {"NY": r"\d{3} \d{3} \d{3}", "FL": r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", "CA": r"[A-Z]\d{7}",
         "NJ": r"[A-Z]\d{4} \d{5} \d{5}", "PA": r"\d{2} \d{3} \d{3}", "MI": r"[A-Z] \d{3} \d{3} \d{3} \d{3}",
         "OH": r"[A-Z]{2}\d{6}", "VA": r"[A-Z]\d{2}-\d{2}-\d{4}"}


def gen_dl(rng, st):
    """State formats from the AAMVA DL/ID standard's jurisdiction list, printed as on the card: NY 9 digits
    ('123 456 789'); FL 1 letter + 12 digits ('A123-456-78-901-0'); CA 1 letter + 7 digits; NJ 1 letter + 14 digits
    ('A1234 56789 01234'); PA 8 digits ('12 345 678'); MI 1 letter + 12 digits ('A 123 456 789 012'); OH 2 letters +
    6 digits; VA 1 letter + 8 digits ('A12-34-5678')."""
    while True:
        L = rng.choice(UP)
        if st == "NY":
            d = rdigits(rng, 9, True)
            v = f"{d[:3]} {d[3:6]} {d[6:]}"
        elif st == "FL":
            d = rdigits(rng, 12)
            v = f"{L}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"
        elif st == "CA":
            v = L + rdigits(rng, 7)
        elif st == "NJ":
            d = rdigits(rng, 14)
            v = f"{L}{d[:4]} {d[4:9]} {d[9:]}"
        elif st == "PA":
            d = rdigits(rng, 8, True)
            v = f"{d[:2]} {d[2:5]} {d[5:]}"
        elif st == "MI":
            d = rdigits(rng, 12)
            v = f"{L} {d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"
        elif st == "OH":
            v = L + rng.choice(UP) + rdigits(rng, 6)
        elif st == "VA":
            d = rdigits(rng, 8)
            v = f"{L}{d[:2]}-{d[2:4]}-{d[4:]}"
        else:
            raise KeyError(st)
        if not boring(v):
            return v


# ---------------------------------------------------------------- device ids
def gen_imei(rng):
    """3GPP TS 23.003 section 6.2.1: IMEI = TAC (8) + SNR (6) + check digit (Luhn over the 14 digits)."""
    body = rng.choice(["35", "86", "01", "99"]) + rdigits(rng, 12)
    return body + luhn_check_digit(body)


def gen_iccid(rng):
    """ITU-T E.118: ICCID = '89' (telecom) + country code + issuer + account, 19 digits, Luhn check digit last."""
    body = "89" + rng.choice(["32", "30", "352", "374", "387", "44"])
    body += rdigits(rng, 18 - len(body))
    return body + luhn_check_digit(body)


def gen_mac(rng):
    """IEEE 802 EUI-48: unicast (I/G bit 0) and universally administered (U/L bit 0) first octet."""
    first = rng.randrange(4, 256) & 0b11111100
    octets = [first] + [rng.randrange(256) for _ in range(5)]
    return ":".join(f"{o:02x}" for o in octets)


def mac_ok(v):
    return bool(re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", v)) and int(v[:2], 16) & 3 == 0 and \
        v != "00:00:00:00:00:00"


def render_mac(fmt, plain):
    h = plain.replace(":", "")
    if fmt.startswith("dev.mac_cisco"):
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    if fmt.startswith("dev.mac_upper"):
        return plain.upper()
    return plain


HIBC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibc_check(data):
    """HIBC Supplier Labeling Standard (ANSI/HIBC 2.x) check character: sum of the Code 39 values of every
    character from '+' on, mod 43."""
    return HIBC[sum(HIBC.index(c) for c in data) % 43]


def gen_hibc(rng):
    """HIBC UDI, primary and secondary data in one concatenated string (ANSI/HIBC 2.6): '+' + LIC (letter + 3
    alphanumerics) + product / catalogue number (5-8 alphanumerics) + unit of measure (0-9) + '/' + '$' + lot
    number (8 alphanumerics) + one mod-43 check character."""
    lic = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(rng.choice(UP + DIG) for _ in range(3))
    pcn = "".join(rng.choice(UP + DIG) for _ in range(rng.randint(5, 8)))
    data = "+" + lic + pcn + rng.choice("0123456789") + "/$" + "".join(rng.choice(UP + DIG) for _ in range(8))
    return data + hibc_check(data)


def hibc_ok(v):
    return bool(re.fullmatch(r"\+[A-Z][A-Z0-9]{3}[A-Z0-9]{5,8}\d/\$[A-Z0-9]{8}.", v)) and hibc_check(v[:-1]) == v[-1]


def gen_serial(rng):
    """Implant / device serial as printed on the label: 3 letters + 6 digits + optional 'H' / 'S' (cued only)."""
    return "".join(rng.choice("BCDFGHJKMNPRTW") for _ in range(3)) + rdigits(rng, 6, True) + rng.choice(["", "H", "S"])


# ---------------------------------------------------------------- vehicles
VIN_TRANS = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ["JTD", "1HG", "1FA", "WBA", "WVW", "KMH", "YV1", "VF1", "TMB", "UU1", "WAU", "1C4"]
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check(v):
    """49 CFR 565.15(c): transliterate, weight, sum mod 11; 10 -> 'X'."""
    r = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def gen_vin(rng):
    """49 CFR 565: WMI (SAE J1044 assignments: Toyota JTD, Honda 1HG, Ford 1FA, BMW WBA, Volkswagen WVW, Hyundai KMH,
    Volvo YV1, Renault VF1, Skoda TMB, Dacia UU1, Audi WAU, Jeep 1C4) + VDS + check digit + model year + plant +
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


PLATE_RX = {"BE": r"[1-9]-[A-Z]{3}-\d{3}", "GR": r"[ABEHIKMNOPTXYZ]{3}-[1-9]\d{3}", "AM": r"\d{2} [A-Z]{2} \d{3}",
            "LU": r"[A-Z]{2} \d{4}", "GB": r"[A-Z]{2}\d{2} [A-Z]{3}", "BW": r"B \d{3} [A-Z]{3}"}


def gen_plate(rng, cc):
    """Registration plates: Belgium (2010 series, '1-ABC-234'); Greece (Latin letters that have Greek twins,
    'IKY-4521'); Armenia (2014 series, '35 OS 123'); Luxembourg ('AB 1234'); Great Britain (2001 scheme, 'AB12 CDE');
    Botswana ('B 123 ABC')."""
    L = lambda n, pool="ABCDEFGHJKLMNPRSTUVWXYZ": "".join(rng.choice(pool) for _ in range(n))
    if cc == "BE":
        return f"{rng.randint(1, 2)}-{L(3)}-{rdigits(rng, 3)}"
    if cc == "GR":
        return f"{L(3, 'ABEHIKMNOPTXYZ')}-{rdigits(rng, 4, True)}"
    if cc == "AM":
        return f"{rdigits(rng, 2)} {L(2)} {rdigits(rng, 3)}"
    if cc == "LU":
        return f"{L(2)} {rdigits(rng, 4)}"
    if cc == "GB":
        return f"{L(2)}{rng.choice(['51', '02', '55', '08', '61', '15', '68', '21', '73', '24'])} {L(3)}"
    if cc == "BW":
        return f"B {rdigits(rng, 3)} {L(3)}"
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
        if a.packed[0] not in (0, 10, 127) and a.packed[0] < 224 and ip_ok(str(a)):
            return str(a)


def gen_ipv6(rng):
    """Global unicast 2000::/3 (RFC 4291), outside 2001:db8::/32 (RFC 3849) and other special-purpose blocks."""
    while True:
        first = rng.choice([0x2a00, 0x2a05, 0x2a0e, 0x2401, 0x2605, 0x2803, 0x2c0e])
        groups = [first] + [rng.randrange(1, 0x10000) for _ in range(3)] + [0, 0] + \
            [rng.randrange(1, 0x10000) for _ in range(2)]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if ip_ok(str(a)):
            return str(a)


def render_ip(fmt, plain, port=None):
    if fmt == "ip.v4_cidr32":
        return plain + "/32"
    if fmt == "ip.v6_bracket":
        return f"[{plain}]:{port}"
    if fmt == "ip.v4_snake":
        return plain.replace(".", "_")
    return plain


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["BE", "GR", "AM", "LU", "BW", "BI", "BA", "ME", "GB", "IT", "DE", "US"]
US_AREAS = [602, 505, 801, 775, 208, 406, 316, 402, 502, 205, 843, 802, 603]


def gen_phone(rng, region):
    """ITU-T E.164 numbers that phonenumbers (libphonenumber metadata) calls valid mobiles (US: valid geographic
    numbers of real area codes, never 555)."""
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    ens = str(ex.national_number)
    for _ in range(1000):
        if region == "US":
            nat = str(rng.choice(US_AREAS)) + rng.choice("23456789") + rdigits(rng, 6)
        else:
            keep = rng.randint(1, 3)
            nat = ens[:keep] + rdigits(rng, len(ens) - keep)
        n = phonenumbers.parse(f"+{cc}{nat}")
        e = phonenumbers.format_number(n, PNF.E164)
        if phone_ok(e) and not boring(nat[-7:]):
            return e
    raise RuntimeError(region)


def phone_ok(e164):
    n = phonenumbers.parse(e164)
    if not phonenumbers.is_valid_number(n):
        return False
    return not (n.country_code == 1 and str(n.national_number)[3:6] == "555")


def render_phone(fmt, e164):
    """E.164; ITU-T E.123 international; national; RFC 3966 tel: URI; '00' international call prefix with the
    E.123 grouping (as dialled from most of Europe); digits only."""
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
    if base == "phone.intl00":
        return "00" + phonenumbers.format_number(n, PNF.INTERNATIONAL)[1:]
    if base == "phone.digits":
        return e164[1:]
    raise KeyError(fmt)


# ---------------------------------------------------------------- e-mail / URLs
EMAIL_DOMAINS = ["skynet.be", "otenet.gr", "yahoo.com", "proton.me", "gmx.de", "web.de", "libero.it", "mail.am",
                 "pt.lu", "btinternet.com", "aol.com", "mweb.co.za"]
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", ".example", ".test", ".invalid", ".localhost")


def email_ok(v):
    """RFC 5322 dot-atom local part @ a registered (non RFC 2606 / RFC 6761) domain."""
    m = re.fullmatch(r"[a-z0-9]+(?:[._-][a-z0-9]+)*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", v)
    return bool(m) and not any(m[1] == d or m[1].endswith(d) for d in RESERVED_DOMAINS)


URL_TEMPLATES = ["https://www.ulule.com/{slug}/", "https://milaap.org/fundraisers/{slug}",
                 "https://givealittle.co.nz/cause/{slug}", "https://bsky.app/profile/{slug}.bsky.social",
                 "https://codeberg.org/{slug}", "https://www.xing.com/profile/{slug}",
                 "https://www.behance.net/{slug}", "https://www.flickr.com/people/{slug}/",
                 "https://www.strava.com/athletes/{num}", "https://monespace.chu-liege.be/patient/dossier/{num}"]


def url_ok(v):
    return bool(re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}/[\w@./-]+", v)) and "example" not in v


# ---------------------------------------------------------------- US street addresses and ZIPs
CITIES = [("PHOENIX", "AZ", "850"), ("ALBUQUERQUE", "NM", "871"), ("SALT LAKE CITY", "UT", "841"),
          ("RENO", "NV", "895"), ("BOISE", "ID", "837"), ("BILLINGS", "MT", "591"), ("WICHITA", "KS", "672"),
          ("OMAHA", "NE", "681"), ("LOUISVILLE", "KY", "402"), ("BIRMINGHAM", "AL", "352"),
          ("CHARLESTON", "SC", "294"), ("BURLINGTON", "VT", "054")]
STREETS = ["SAGEBRUSH", "MESQUITE", "PINYON", "PRAIRIE", "BLUEBONNET", "DOGWOOD", "HACKBERRY", "CATALPA",
           "CHOKECHERRY", "BUCKEYE", "PERSIMMON", "PALO VERDE", "BITTERROOT", "SWEETGUM"]
SUFFIXES = ["TRL", "PKWY", "CIR", "LOOP", "XING", "RUN", "PATH", "SQ", "HWY", "BND"]  # USPS Publication 28, C1


def gen_zip(rng, prefix=None):
    """USPS ZIP Code: 3-digit sectional center prefix of a named city + 2 delivery digits (ZIP+4 adds 4)."""
    while True:
        z = (prefix or rng.choice([c[2] for c in CITIES])) + rdigits(rng, 2)
        if not boring(z) and z[3:] != "00":
            return z


def gen_street(rng):
    """USPS Publication 28: primary number, optional pre-directional, street name, C1 suffix, optional secondary
    unit (UNIT / # / BLDG), city, state abbreviation, ZIP or ZIP+4; written upper case."""
    city, st, pfx = rng.choice(CITIES)
    num = str(rng.randint(101, 98999))
    pre = rng.choice(["", "", "N ", "S ", "E ", "W ", "SW "])
    unit = rng.choice(["", "", f" UNIT {rng.randint(2, 40)}", f" # {rng.randint(100, 950)}",
                       f" BLDG {rng.choice('ABCDE')}"])
    line = f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}{unit}"
    z = gen_zip(rng, pfx)
    if rng.random() < 0.4:
        z += "-" + rdigits(rng, 4, True)
    return f"{line}, {city}, {st} {z}"


def street_ok(v):
    m = re.fullmatch(r"(\d{3,5}) (?:(?:N|S|E|W|SW) )?[A-Z]+(?: [A-Z]+)? (?:TRL|PKWY|CIR|LOOP|XING|RUN|PATH|SQ|HWY|BND)"
                     r"(?: (?:UNIT \d+|# \d+|BLDG [A-E]))?(?:, ([A-Z ]+), ([A-Z]{2}) (\d{5})(?:-\d{4})?)?", v.upper())
    if not m:
        return False
    if m[2]:
        return any(c == m[2] and s == m[3] and m[4].startswith(p) for c, s, p in CITIES)
    return True


def render_street(fmt, plain):
    if fmt == "addr.mixed":
        return " ".join(w if (len(w) == 2 and w.isalpha() and w in {c[1] for c in CITIES}) or w in ("N", "S", "E",
                        "W", "SW") else w.capitalize() for w in plain.split(" "))
    if fmt == "addr.line":
        return plain.split(",")[0]
    return plain


# ---------------------------------------------------------------- secrets
SECRET_RULES = ["digitalocean-pat", "pulumi-api-token", "planetscale-password", "dynatrace-api-token",
                "heroku-api-key-v2", "hashicorp-tf-api-token", "readme-api-token", "rubygems-api-token",
                "pypi-upload-token", "sentry-user-token", "age-secret-key", "prefect-api-token", "scalingo-api-token",
                "infracost-api-token", "harness-api-key", "shippo-api-token", "uri.mongodb_srv", "uri.postgresql",
                "uri.clickhouse"]


def gen_secret(rng, rule):
    """Random strings shaped to the named gitleaks rule (config/gitleaks.toml, MIT); connection URIs with an inline
    password (MongoDB SRV, PostgreSQL, ClickHouse HTTPS); passwords (cued only)."""
    al = string.ascii_letters + DIG
    lo = string.ascii_lowercase + DIG
    hx = "0123456789abcdef"
    R = lambda pool, n: "".join(rng.choice(pool) for _ in range(n))
    if rule == "digitalocean-pat":
        return "dop_v1_" + R(hx, 64)
    if rule == "pulumi-api-token":
        return "pul-" + R(hx, 40)
    if rule == "planetscale-password":
        return "pscale_pw_" + R(al, 43)
    if rule == "dynatrace-api-token":
        return "dt0c01." + R(UP + DIG, 24) + "." + R(UP + DIG, 64)
    if rule == "heroku-api-key-v2":
        return "HRKU-AA" + R(al + "_-", 58)
    if rule == "hashicorp-tf-api-token":
        return R(lo, 14) + ".atlasv1." + R(lo + "-_", 67)
    if rule == "readme-api-token":
        return "rdme_" + R(lo, 70)
    if rule == "rubygems-api-token":
        return "rubygems_" + R(hx, 48)
    if rule == "pypi-upload-token":
        return "pypi-AgEIcHlwaS5vcmc" + R(al + "-_", 70)
    if rule == "sentry-user-token":
        return "sntryu_" + R(hx, 64)
    if rule == "age-secret-key":
        return "AGE-SECRET-KEY-1" + R("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if rule == "prefect-api-token":
        return "pnu_" + R(al, 36)
    if rule == "scalingo-api-token":
        return "tk-us-" + R(al + "-_", 48)
    if rule == "infracost-api-token":
        return "ico-" + R(al, 32)
    if rule == "harness-api-key":
        return "pat." + R(al + "_-", 22) + "." + R(al, 24) + "." + R(al, 20)
    if rule == "shippo-api-token":
        return "shippo_live_" + R(hx, 40)
    if rule == "uri.mongodb_srv":
        return f"mongodb+srv://{R(string.ascii_lowercase, 7)}:{R(al, 18)}@cluster0.{R(lo, 5)}.mongodb.net/tickets"
    if rule == "uri.postgresql":
        return f"postgresql://{R(string.ascii_lowercase, 6)}:{R(al, 16)}@pg-{R(lo, 6)}.rds.amazonaws.com:5432/search"
    if rule == "uri.clickhouse":
        return f"clickhouse://default:{R(al, 20)}@{R(lo, 8)}.eu-central-1.aws.clickhouse.cloud:9440/events"
    if rule == "password":
        return R(string.ascii_letters, 4) + rng.choice("!#%&*") + R(DIG, 4) + R(string.ascii_letters, 3) + \
            rng.choice("?$+@")
    raise KeyError(rule)


def gitleaks_match(rule, value):
    """Compile a gitleaks Go regex under Python re: inline '(?i)' / '(?-i:...)' are dropped and the whole pattern
    is tried case-sensitively and then case-insensitively where the rule asked for it."""
    rx = rule["regex"]
    flags = re.I if "(?i)" in rx else 0
    rx = rx.replace("(?i)", "").replace("(?-i:atlasv1)", "atlasv1")
    return re.search(rx, value + " ", flags) is not None


def secret_ok(rule_id, value, rules):
    if rule_id.startswith("uri."):
        return bool(re.fullmatch(r"(mongodb\+srv|postgresql|clickhouse)://[a-z]+:[A-Za-z0-9]{16,}@[\w.-]+(:\d+)?/\w+",
                                 value))
    if rule_id == "password":
        return len(value) >= 12 and any(c.isdigit() for c in value) and any(not c.isalnum() for c in value)
    return gitleaks_match(rules[rule_id], value)


# ---------------------------------------------------------------- romanisation (for ASCII identifiers)
EL_ROMAN = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
            "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
            "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
HY_ROMAN = dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
                    ("a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f").split()))


def romanise(s):
    """Greek: ELOT 743 / ISO 843 transcription (digraphs 'ου' -> 'ou', 'αυ' / 'ευ' -> 'av' / 'ev', accents
    dropped); Armenian: BGN/PCGN 1981 without apostrophes ('ու' -> 'u', 'ո' word-initially 'vo', 'ե' word-initially
    'ye')."""
    out = []
    for w in s.split(" "):
        base = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        if not any(c.lower() in EL_ROMAN or c.lower() in HY_ROMAN or c.lower() in "ոեև" for c in base):
            out.append(w)                      # not Greek or Armenian: unchanged
            continue
        low = base.lower()
        r, i = "", 0
        while i < len(low):
            c, n = low[i], low[i + 1] if i + 1 < len(low) else ""
            if c + n == "ου" or c + n == "ու":
                r, i = r + ("ou" if c == "ο" else "u"), i + 2
                continue
            if c + n in ("αυ", "ευ"):
                r, i = r + EL_ROMAN[c] + "v", i + 2
                continue
            if c in EL_ROMAN:
                r += EL_ROMAN[c]
            elif c == "ո":
                r += "vo" if i == 0 else "o"
            elif c == "ե":
                r += "ye" if i == 0 else "e"
            elif c == "և":
                r += "yev" if i == 0 else "ev"
            elif c in HY_ROMAN:
                r += HY_ROMAN[c]
            else:
                r += base[i]
            i += 1
        if base[:1].isupper():
            r = r[:1].upper() + r[1:]
        out.append(r)
    return " ".join(out)


def ascii_fold(s):
    s = romanise(s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ident(text, style, ascii_only=True):
    """Join a value into an identifier: snake, camel, kebab, pascal, upper_snake, digits (keep [0-9A-Za-z] runs),
    native (join native-script words by '_')."""
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
    raise KeyError(style)


def js_escape(s):
    """Escape for an ECMA-262 / JSON Schema regex literal: only the syntax characters (ECMA-262 SyntaxCharacter)."""
    return "".join("\\" + c if c in "\\^$.*+?()[]{}|/" else c for c in s)
