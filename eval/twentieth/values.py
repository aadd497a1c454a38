"""Value generators for the twentieth set, each following a published format rule, plus validators.

stdlib + phonenumbers only. Every generator takes a random.Random so the build is deterministic.
"""
import re, string
import phonenumbers

UP = string.ascii_uppercase
DIG = string.digits


# ---------------------------------------------------------------- check digits
def luhn_ok(digits):
    """ISO/IEC 7812-1 Annex B (Luhn mod 10)."""
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix):
    """Append the Luhn check digit (ISO/IEC 7812-1)."""
    for c in DIG:
        if luhn_ok(prefix + c):
            return prefix + c


def gs1_check(body):
    """GS1 General Specifications 7.9.1: mod-10 check digit, weights 3,1 from the right."""
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def iban_ok(iban):
    """ISO 13616-1: move the first four characters to the end, letters -> 10..35, mod 97 == 1."""
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def aba_ok(r):
    """ABA routing number (ANSI X9.100-140 / Fed): 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) = 0 mod 10."""
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_ok(v):
    """ISO 3779 / 49 CFR 565.15: transliterate, weight, sum mod 11 (10 -> 'X') at position 9."""
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v):
        return False
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if r == 10 else str(r))


# ---------------------------------------------------------------- generators
def ssn(rng):
    """SSA rules (post-2011 randomisation): area 001-899 except 666, group 01-99, serial 0001-9999."""
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s):
    """SSA valid-range check on ddd-dd-dddd (also space / underscore / no separator)."""
    d = re.sub(r"[ _-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


MBI_L = "ACDEFGHJKMNPQRTUVWXY"  # CMS MBI: letters except S L O I B Z


def mbi(rng):
    """CMS Medicare Beneficiary Identifier format spec (11 chars): C A AN N A AN N A A N N;
    C = 1-9, A = letters without S,L,O,I,B,Z, AN = either, N = 0-9."""
    C = lambda: rng.choice("123456789")
    A = lambda: rng.choice(MBI_L)
    N = lambda: rng.choice(DIG)
    AN = lambda: rng.choice(MBI_L + DIG)
    return C() + A() + AN() + N() + A() + AN() + N() + A() + A() + N() + N()


def mbi_ok(s):
    """CMS MBI pattern (dashes 4-3-4 allowed)."""
    L = "[AC-HJKMNP-RT-Y]"
    return re.fullmatch(rf"[1-9]{L}[AC-HJKMNP-RT-Y0-9]\d{L}[AC-HJKMNP-RT-Y0-9]\d{L}{L}\d\d", s.replace("-", "")) is not None


def member_id(rng):
    """Payer member ID as printed on US commercial cards: 3-letter alpha prefix (BCBS-style) + 9 digits."""
    return "".join(rng.choice(UP) for _ in range(3)) + "".join(rng.choice(DIG) for _ in range(9))


def medicaid_ny(rng):
    """New York Medicaid CIN: 2 letters, 5 digits, 1 letter (NYS eMedNY client ID layout)."""
    return rng.choice(UP) + rng.choice(UP) + "".join(rng.choice(DIG) for _ in range(5)) + rng.choice(UP)


def medical_bic(rng):
    """California Medi-Cal BIC ID: 8 digits + check letter + 5-digit issue date (14 chars, DHCS layout)."""
    return "9" + "".join(rng.choice(DIG) for _ in range(7)) + rng.choice(UP) + "".join(rng.choice(DIG) for _ in range(5))


def mrn(rng, style):
    """Hospital medical record numbers in common EHR house styles (no national standard exists)."""
    d = lambda n: "".join(rng.choice(DIG) for _ in range(n))
    return {"mrn_dash": lambda: "MRN-" + d(7), "mr_hash": lambda: "MR#" + d(6), "epic_e": lambda: "E" + d(8),
            "bare9": lambda: str(rng.randint(1, 9)) + d(8), "hc_year": lambda: f"HC{rng.randint(2003, 2024)}-{d(6)}",
            "nhi_like": lambda: "PT" + d(7)}[style]()


def dl(rng, state):
    """US driver licence number shapes per state DMV / AAMVA DL/ID Card Design Standard annex."""
    d = lambda n: "".join(rng.choice(DIG) for _ in range(n))
    L = lambda: rng.choice(UP)
    f = {"CA": lambda: L() + d(7), "NY": lambda: d(9), "TX": lambda: d(8), "PA": lambda: d(8),
         "FL": lambda: f"{L()}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}", "IL": lambda: f"{L()}{d(3)}-{d(4)}-{d(4)}",
         "WA": lambda: "WDL" + "".join(rng.choice(UP + DIG) for _ in range(9)), "NJ": lambda: L() + d(14),
         "MI": lambda: f"{L()} {d(3)} {d(3)} {d(3)} {d(3)}", "OH": lambda: L() + L() + d(6),
         "MN": lambda: L() + d(12), "WI": lambda: f"{L()}{d(3)}-{d(4)}-{d(4)}-{d(2)}"}
    return f[state]()


def iban(rng, cc):
    """ISO 13616 IBAN with mod-97 check digits; BBAN layouts from the SWIFT IBAN registry (NL, DE, FR, ES, BE)."""
    d = lambda n: "".join(rng.choice(DIG) for _ in range(n))
    bban = {"NL": lambda: rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + d(10), "DE": lambda: d(18),
            "FR": lambda: d(10) + "".join(rng.choice(UP + DIG) for _ in range(11)) + d(2), "ES": lambda: d(20),
            "BE": lambda: d(12)}[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def aba(rng):
    """ABA routing number with the 3-7-1 checksum; first two digits 01-12 or 21-32 (Fed districts)."""
    while True:
        p = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + "".join(rng.choice(DIG) for _ in range(7))
        if aba_ok(p):
            return p


def card(rng, brand):
    """Payment card PAN: IIN ranges (Visa 4, Mastercard 51-55 / 2221-2720, Amex 34/37) + Luhn check digit."""
    if brand == "visa":
        p = "4" + "".join(rng.choice(DIG) for _ in range(14))
    elif brand == "mc":
        p = str(rng.randint(51, 55)) + "".join(rng.choice(DIG) for _ in range(13))
    else:
        p = rng.choice(["34", "37"]) + "".join(rng.choice(DIG) for _ in range(12))
    return luhn_complete(p)


def hospital_account(rng):
    """Hospital account record (HAR) number: 10 digits in Epic-style billing systems."""
    return str(rng.randint(1, 9)) + "".join(rng.choice(DIG) for _ in range(9))


def vin(rng):
    """ISO 3779 VIN with the North-American check digit (49 CFR 565.15)."""
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JN1", "WBA", "KMH", "1C4", "4T1"])
    while True:
        v = list(wmi + "".join(rng.choice(al) for _ in range(5)) + "0" + rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
                 + "".join(rng.choice(al) for _ in range(1)) + "".join(rng.choice(DIG) for _ in range(6)))
        r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
        v[8] = "X" if r == 10 else str(r)
        v = "".join(v)
        if vin_ok(v):
            return v


def plate(rng, region):
    """Licence plates: California 1ABC234 (DMV sequential series), Dutch sidecode 9 (NN-LLL-N, RDW)."""
    if region == "CA":
        return str(rng.randint(1, 9)) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f"{rng.randint(0, 999):03d}"
    return f"{rng.randint(10, 99)}-{''.join(rng.choice('BDFGHJKLNPRSTXZ') for _ in range(3))}-{rng.randint(1, 9)}"


def imei(rng):
    """3GPP TS 23.003 IMEI: 8-digit TAC + 6-digit serial + Luhn check digit (15 digits)."""
    tac = rng.choice(["35332811", "35989109", "86802903", "35420011", "01326300"])
    return luhn_complete(tac + "".join(rng.choice(DIG) for _ in range(6)))


def mac(rng, sep=":"):
    """IEEE 802 EUI-48, universally administered unicast (I/G and U/L bits 0)."""
    b = [rng.randint(0, 255) & 0xFC] + [rng.randint(0, 255) for _ in range(5)]
    return sep.join(f"{x:02X}" for x in b)


def udi(rng):
    """GS1 UDI (FDA 21 CFR 830): (01) GTIN-14 with GS1 mod-10 check, (17) expiry YYMMDD, (21) serial."""
    body = "0" + "0" + "".join(rng.choice(DIG) for _ in range(11))
    gtin = body + gs1_check(body)
    exp = f"{rng.randint(26, 31):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    ser = "".join(rng.choice(UP + DIG) for _ in range(8))
    return f"(01){gtin}(17){exp}(21){ser}"


def implant_serial(rng):
    """Implant serial in manufacturer style: 3 letters + 6 digits + 1 letter (pacemaker/ICD labels)."""
    return "".join(rng.choice(UP) for _ in range(3)) + "".join(rng.choice(DIG) for _ in range(6)) + rng.choice(UP)


PHONE_FORMATS = {"E164": phonenumbers.PhoneNumberFormat.E164, "INTL": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                 "NATL": phonenumbers.PhoneNumberFormat.NATIONAL}


def phone(rng, region, fmt):
    """Phone number valid per libphonenumber metadata for `region` (ITU-T E.164); US numbers avoid 555-01xx."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(2000):
        cand = nsn[:3] + "".join(rng.choice(DIG) for _ in range(len(nsn) - 3))
        if region == "US":
            cand = rng.choice(["212", "312", "415", "617", "713", "808", "206", "305", "404", "503"]) + \
                   str(rng.randint(2, 9)) + "".join(rng.choice(DIG) for _ in range(6))
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and not (
                region == "US" and cand[3:6] == "555"):
            return phonenumbers.format_number(n, PHONE_FORMATS[fmt])
    raise RuntimeError(region)


def phone_ok(s, region):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False


def ipv4(rng):
    """Public IPv4 unicast: not in the IANA IPv4 Special-Purpose Address Registry (RFC 6890 et al.)."""
    import ipaddress
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not a.is_reserved:
            return str(a)


def ipv6(rng, full=False):
    """Global unicast IPv6 in 2000::/3 outside 2001:db8::/32 (RFC 3849) and other IANA special blocks;
    RFC 5952 compressed text form, or the full 8-group form."""
    import ipaddress
    while True:
        groups = [rng.choice([0x2a01, 0x2600, 0x2a02, 0x2406, 0x2804, 0x2c0f])] + [rng.randint(0, 0xffff) for _ in range(3)] + [0, 0] + [rng.randint(1, 0xffff) for _ in range(2)]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        if a.is_global:
            return a.exploded if full else a.compressed


def ip_ok(s):
    import ipaddress
    s = re.sub(r":\d+$", "", s) if s.count(":") == 1 else s
    a = ipaddress.ip_address(s.strip("[]"))
    return a.is_global


def jwt(rng, sub):
    """RFC 7519 JWS compact serialisation: base64url(header).base64url(payload).base64url(HS256-sized signature)."""
    import base64, json
    b = lambda x: base64.urlsafe_b64encode(x).rstrip(b"=").decode()
    hdr = b(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b(json.dumps({"sub": sub, "iat": 1764000000 + rng.randint(0, 9999999)}, separators=(",", ":")).encode())
    sig = b(bytes(rng.randint(0, 255) for _ in range(32)))
    return f"{hdr}.{pl}.{sig}"


def secret(rng, kind):
    """Provider key formats (gitleaks rule shapes): Anthropic sk-ant-api03-…AA, OpenAI sk-proj-, AWS AKIA+16,
    GitHub ghp_+36, Slack xoxb-, Stripe sk_live_, Google AIza+35, SendGrid SG.22.43, Twilio SK+32 hex,
    database URIs with a password."""
    an = string.ascii_letters + DIG
    r = lambda al, n: "".join(rng.choice(al) for _ in range(n))
    return {
        "anthropic": lambda: "sk-ant-api03-" + r(an + "-_", 93) + "AA",
        "openai": lambda: "sk-proj-" + r(an + "-_", 74) + "T3BlbkFJ" + r(an + "-_", 74),
        "aws": lambda: "AKIA" + r(UP + "234567", 16),
        "github": lambda: "ghp_" + r(an, 36),
        "slack": lambda: f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-{r(an, 24)}",
        "stripe": lambda: "sk_live_" + r(an, 99),
        "google": lambda: "AIza" + r(an + "-_", 35),
        "sendgrid": lambda: "SG." + r(an + "-_", 22) + "." + r(an + "-_", 43),
        "twilio": lambda: "SK" + r("0123456789abcdef", 32),
        "pg": lambda: f"postgresql://vitals_svc:{r(an, 14)}@pg-prod-7.c{r('abcdefghij', 6)}.eu-west-1.rds.amazonaws.com:5432/vitals",
        "mongo": lambda: f"mongodb+srv://ingest:{r(an, 16)}@cluster0.{r('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/omh",
    }[kind]()


def zip5(rng):
    """USPS ZIP (5 digits, first digit 0-9 by region; never 00000) and ZIP+4."""
    return rng.choice(["02139", "10027", "60614", "94110", "98103", "33133", "77005", "30307", "80205", "96817",
                       "55408", "19104", "85004", "97214", "48201", "70116", "37203", "84102"])


def zip4(rng):
    return zip5(rng) + "-" + f"{rng.randint(1, 9999):04d}"


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}


def dob(rng, form):
    """Full date of birth (1931-2019) written in ISO 8601, US, European, compact, key-safe and spelled-out
    forms in English, German, Spanish, French, Dutch, Portuguese and Japanese."""
    y, m, d = rng.randint(1931, 2019), rng.randint(1, 12), rng.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m:02d}/{d:02d}/{y}", "eu_dot": f"{d:02d}.{m:02d}.{y}",
            "eu_slash": f"{d:02d}/{m:02d}/{y}", "compact": f"{y}{m:02d}{d:02d}", "snake": f"{y}_{m:02d}_{d:02d}",
            "en_long": f"{MONTHS['en'][m - 1]} {d}, {y}", "de_long": f"{d}. {MONTHS['de'][m - 1]} {y}",
            "es_long": f"{d} de {MONTHS['es'][m - 1]} de {y}", "fr_long": f"{d} {MONTHS['fr'][m - 1]} {y}",
            "nl_long": f"{d} {MONTHS['nl'][m - 1]} {y}", "pt_long": f"{d} de {MONTHS['pt'][m - 1]} de {y}",
            "ja": f"{y}年{m}月{d}日", "dmy_abbr": f"{d:02d}-{MONTHS['en'][m - 1][:3]}-{y}"}[form]
