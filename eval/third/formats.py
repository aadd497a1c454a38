"""Published-rule generators and validators for the third evaluation set.

Standard library only (phonenumbers is imported lazily by the callers that need it).
Everything here implements a public rule (ISO 3779, ISO 7812 Luhn, ISO 13616 mod-97,
ABA checksum, GS1 mod-10, HIBCC mod-43, CMS MBI positions, SSA SSN ranges, IANA special
registries); no value is copied from anywhere.
"""
from __future__ import annotations

import ipaddress
import re
import string

# ------------------------------------------------------------------ Luhn (cards, IMEI)
def luhn_ok(digits: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", digits)]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return bool(d) and s % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


# published test numbers that must never be planted as positives
CARD_TEST_NUMBERS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
    "5105105105105100", "2223003122003222", "378282246310005", "371449635398431", "6011111111111117",
    "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005",
    "4000000000000002", "4000000000000077", "5200828282828210",
}


def card_brand_ok(num: str) -> bool:
    n = re.sub(r"\D", "", num)
    if n in CARD_TEST_NUMBERS or not luhn_ok(n):
        return False
    p2, p4, ln = int(n[:2]), int(n[:4]), len(n)
    return ((n[0] == "4" and ln in (13, 16, 19)) or (51 <= p2 <= 55 and ln == 16) or (2221 <= p4 <= 2720 and ln == 16)
            or (p2 in (34, 37) and ln == 15) or ((n.startswith("6011") or n.startswith("65") or 644 <= int(n[:3]) <= 649) and ln == 16)
            or (n.startswith("36") and ln == 14) or (3528 <= p4 <= 3589 and ln == 16) or (n.startswith("62") and 16 <= ln <= 19))


# ------------------------------------------------------------------ VIN (ISO 3779 / 49 CFR 565)
VIN_TRANS = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin_check_char(vin: str) -> str:
    s = sum(VIN_TRANS[c] * w for c, w in zip(vin, VIN_WEIGHTS))
    r = s % 11
    return "X" if r == 10 else str(r)


def vin_ok(vin: str) -> bool:
    return (len(vin) == 17 and all(c in VIN_CHARS for c in vin) and vin[8] == vin_check_char(vin)
            and vin[9] in VIN_YEAR and len(set(vin)) > 3)


# ------------------------------------------------------------------ ABA routing number
def aba_ok(r: str) -> bool:
    if not re.fullmatch(r"\d{9}", r):
        return False
    d = [int(c) for c in r]
    p = int(r[:2])
    prefix_ok = 1 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80
    return prefix_ok and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


# ------------------------------------------------------------------ IBAN (ISO 13616)
IBAN_LEN = {"GB": 22, "IE": 22, "CH": 21, "RO": 24, "LU": 20, "SE": 24, "DK": 18, "FI": 18, "LT": 20, "EE": 20}
IBAN_RESERVED = {"GB82WEST12345698765432", "GB33BUKB20201555555555", "IE29AIBK93115212345678",
                 "CH9300762011623852957", "RO49AAAA1B31007593840000", "LU280019400644750000"}


def iban_check_digits(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s) or s in IBAN_RESERVED:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


# ------------------------------------------------------------------ GS1 GTIN mod-10, HIBCC mod-43
def gs1_check(body: str) -> str:
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def gtin_ok(gtin: str) -> bool:
    return bool(re.fullmatch(r"\d{14}", gtin)) and gs1_check(gtin[:-1]) == gtin[-1]


HIBC_CHARS = string.digits + string.ascii_uppercase + "-. $/+%"


def hibc_check(data: str) -> str:
    return HIBC_CHARS[sum(HIBC_CHARS.index(c) for c in data) % 43]


def hibc_ok(s: str) -> bool:
    return s.startswith("+") and len(s) > 6 and hibc_check(s[:-1]) == s[-1]


# ------------------------------------------------------------------ CMS MBI
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # A-Z without S L O I B Z
MBI_AN = MBI_ALPHA + "0123456789"
MBI_SPEC = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]  # C = 1-9
MBI_RESERVED = {"1EG4TE5MK73", "1EG4TE5MK72"}


def mbi_ok(m: str) -> bool:
    m = m.replace("-", "")
    if len(m) != 11 or m in MBI_RESERVED:
        return False
    for c, t in zip(m, MBI_SPEC):
        ok = {"C": c in "123456789", "N": c.isdigit(), "A": c in MBI_ALPHA, "AN": c in MBI_AN}[t]
        if not ok:
            return False
    return True


# ------------------------------------------------------------------ SSN / ITIN (SSA rules)
SSN_RESERVED = {"078051120", "219099999", "123456789", "987654320", "987654321", "987654322", "987654323",
                "987654324", "987654325", "987654326", "987654327", "987654328", "987654329", "111111111",
                "333333333", "000000000"}


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9 or d in SSN_RESERVED:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def itin_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    g = int(d[3:5])
    return len(d) == 9 and d[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99)


# ------------------------------------------------------------------ IP addresses
def ip_public_ok(s: str) -> bool:
    ip = ipaddress.ip_address(s)
    if not ip.is_global or ip.is_multicast:
        return False
    for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "3fff::/20", "100.64.0.0/10"):
        if ip.version == ipaddress.ip_network(net).version and ip in ipaddress.ip_network(net):
            return False
    return True


# ------------------------------------------------------------------ e-mail
RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "test", "invalid", "localhost", "example")


def email_domain_ok(addr: str) -> bool:
    dom = addr.rsplit("@", 1)[-1].lower()
    return not any(dom == r or dom.endswith("." + r) for r in RESERVED_DOMAINS)


# ------------------------------------------------------------------ phone drama / fiction ranges
def phone_not_fiction(e164: str) -> bool:
    n = e164
    if n.startswith("+1") and n[5:8] == "555":
        return False
    if n.startswith("+44"):
        nat = "0" + n[3:]
        for p in ("07700900", "01632960", "0207946", "02079460", "0113496", "0114496", "0115496", "0116496",
                  "0117496", "0118496", "0121496", "0131496", "0141496", "0151496", "0161496", "0191498",
                  "0289649", "0292018", "0808157", "0909879", "03069990"):
            if nat.startswith(p):
                return False
    if n.startswith("+61"):
        nat = "0" + n[3:]
        for p in ("0491570", "0491571", "0491572", "025550", "027010", "035550", "037010", "075550", "077010",
                  "085550", "087010"):
            if nat.startswith(p):
                return False
    return True
