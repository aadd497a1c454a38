"""What a value under a word for a vehicle is: a VIN (ISO 3779, with North America's check digit or not), Japan's frame
number, or a licence plate of one of the formats national rules give, and the checks that keep labels, standards,
stand-ins and lab plates out."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.names import is_common
from phiscan.detect.specs import STANDARD_NAMES, digits_of, iso_vin, repetitive, vin_ok

# Japan's frame number (車台番号), a model code and a serial, which its vehicles carry instead of a VIN
_FRAME_NUMBER = re.compile(r"[A-Z]{1,4}\d{2,3}[A-Z]{0,2}-(\d{6,7})")
_CYRILLIC_PLATE = "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425"
_PLATE = re.compile(
    # one separator (7ABC123, KDT-4471, AB12 CDE), or the two of European plates (B-MW 1234, AB-123-CD, 12-ABC-3)
    rf"^(?=.*\d)(?=.*[A-Z{_CYRILLIC_PLATE}])(?:[A-Z0-9]{{1,4}}[- ]?[A-Z0-9]{{1,5}}"
    r"|(?=(?:[^A-Z0-9]*[A-Z0-9]){4,8}[^A-Z0-9]*$)[A-Z0-9]{1,3}[- ][A-Z0-9]{1,4}[- ][A-Z0-9]{1,4}"
    # India's KA 01 AB 1234 (Motor Vehicles Rules 1989, r. 50), Vietnam's 51F-123.45 (Circular 24/2023), China's
    # province character and letter (GA 36-2018), Russia's Cyrillic letters with a Latin twin (GOST R 50577-2018);
    # Delhi's series letter (DL 3C AB 1234), China's middle dot (粤B·12345), Russia's region apart (A123BC 77)
    r"|[A-Z]{2}[- ]?\d{1,2}[A-Z]?[- ]?[A-Z]{1,3}[- ]?\d{4}|\d{2}[A-Z]{1,2}\d?-\d{3}\.?\d{2}"
    # Ireland's year (and half-year), county and serial (Road Traffic (Licensing) Regulations: 191-D-12345)
    r"|\d{2}[12]?([- ])[A-Z]{1,2}\1\d{1,6}"
    rf"|[\u4e00-\u9fff][A-Z][-· ]?[A-Z0-9]{{5,6}}|[{_CYRILLIC_PLATE}] ?\d{{3}} ?[{_CYRILLIC_PLATE}]{{2}} ?\d{{2,3}})$"
    # Thailand's: a digit, two Thai consonants and up to four digits (the Land Transport Department's ป้ายทะเบียน)
    r"|^\d?[\u0e01-\u0e2e]{2}[- ]?\d{1,4}$"
    # Japan's region, class, kana, serial (Road Transport Vehicle Act: 品川 300 さ 12-34); Korea's class, syllable and
    # serial (12가 3456); Algeria's serial, class and year, wilaya (01234 116 16: digits alone, as all are under a cue)
    r"|^[\u4e00-\u9fff]{1,4} ?[0-9A-Z]{1,3} ?[\u3041-\u3096] ?(?:\d{1,2}-\d{2}|[\u30fb.]{0,3}\d{1,4})$"
    r"|^\d{2,3}[\uac00-\ud7a3] ?\d{4}$|^\d{5,6} [1-9]\d{2} (?:0[1-9]|[1-5]\d)$"
    # Iran's two digits, a Persian letter, three digits and the province's two (۱۲ ب ۳۴۵ ایران ۶۷, digits read as ASCII)
    r"|^\d{2} ?[\u0628-\u06cc] ?\d{3}(?: ?[-|]? ?(?:\u0627\u06cc\u0631\u0627\u0646 ?)?\d{2})?$"
)


# a technical word and its version or size (`HTTP2`, `AMD64`, `SEMVER2`, `X86-64`, `K8S-1`, `V1.2`): no plate
_TECHNICAL = re.compile(
    r"(?:ARM|ARMV|AMD|X|I|HTTP|HTTPS|TLS|SSL|IPV|UTF|SHA|MD|GPL|GPLV|LGPL|AGPL|MPL|BSD|APACHE|SEMVER|ES|PY|JAVA|NODE"
    r"|INT|UINT|FLOAT|BASE|V)\d{1,2}"
    r"|V\d{1,2}(?:[.-]\d+)*|[A-Z]\d{1,2}[A-Z]?[- ]\d{1,2}"
)


def vehicle(value: str, strong: bool = False) -> str | None:
    """What a value under a word for a vehicle is: a VIN, or a licence plate.  Under a strong word (`vin`,
    `fahrgestellnummer`, `車台番号`, not `vehicle` or `tag number`) also a VIN without North America's check digit
    (`iso_vin`) and Japan's frame number."""
    v = value.strip().upper()
    if len(v) == 17 and (vin_ok(v) or (strong and iso_vin(v))):
        return "VIN"
    frame = _FRAME_NUMBER.fullmatch(v) if strong else None
    if frame is not None and not repetitive(frame[1]):
        return "VIN"
    if _TECHNICAL.fullmatch(v) or sum(c.isalnum() for c in v) < 4:
        return None  # a version, an architecture, a protocol's or a licence's number (`V2`, `ARM64`, `GPLV3`)
    standard = re.fullmatch(r"([A-Z]+)[- ]?\d+", v)  # a standard's or a currency's number (`ISO-3166`)
    if _PLATE.match(v) and not value.strip().isdigit() and len(digits_of(v)) < len(v) and not stand_in_plate(v):
        return None if standard and standard[1] in STANDARD_NAMES else "LICENSE_PLATE"
    return None


# the plates' and vehicles' standards and the labels a group of capitals before a number is in technical text, which
# a plate's letters are not (`GA 36-2018`, `BS AU 145`, `API V2`, `EURO 6`, `TYPE 2`)
_NOT_PLATE_LETTERS = STANDARD_NAMES | {"SAE", "API", "HTTP", "MAX", "MIN", "EURO", "FY", "EU", "MOT"}
_NOT_PLATE_LETTERS |= {"US", "SR", "RT", "RTE", "HWY"}  # a road's (`US 101`)
_GROUP = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")


# plate formats distinctive enough to count under a weak word (`plate`, `vehicle`), each with the letters and codes
# its rules allow, so a trim or a unit is none (`F150 XLT`, `2019 BMW`, `6500 RPM`): Great Britain's current mark
# (DVLA INF104: a region's two letters, no I, Q or Z; an age identifier, 02 to 26 or 51 to 76; three letters, no I
# or Q), Ireland's (Road Traffic (Licensing) Regulations: year, half, a county's code, serial: 191-D-12345), France's
# SIV (arrete of 9 February 2009: AB-123-CD, no I, O or U) and Italy's (DPR 495/1992: AB 123 CD, no I, O, Q or U)
_NATIONAL_PLATE = re.compile(
    r"[A-HJ-PR-Y]{2}(?:0[2-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6]) ?[A-HJ-PR-Z]{3}"
    r"|\d{2}[12]?-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW)-\d{1,6}"
    r"|[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}|[A-HJ-NPR-TV-Z]{2} \d{3} [A-HJ-NPR-TV-Z]{2}"
)


def national_plate(value: str) -> bool:
    """Whether `value` is written as one country's plates are (`AB12 CDE`, `191-D-12345`), not only as some plate
    might be (`ABC123`, `7ABC123`: a code's shape as often), and is no stand-in."""
    v = value.strip()
    return _NATIONAL_PLATE.fullmatch(v) is not None and not stand_in_plate(v)


def stand_in_plate(value: str) -> bool:
    """A plate documentation writes for any: each group one character repeated or a run (`ABC 1234`, `XX 000 XX`,
    `AAA-0000`, `XYZ 123`)."""
    groups = _GROUP.findall(value.upper())
    return bool(groups) and all(len(set(g)) == 1 or _run(g) for g in groups)


def _run(group: str) -> bool:
    return len(group) >= 3 and all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(group))


def plate_apart(value: str) -> bool:
    """Whether groups apart that a plate's form allows are a plate's, not a label and its number: five letters and
    digits or more, two digits or more, no group a word or a standard's or a label's letters, not a year after
    letters (`FY 2024`, `MOT 2023`), and no stand-in."""
    groups = _GROUP.findall(value.upper())
    plain = "".join(groups)
    if len(plain) < 5 or sum(c.isdigit() for c in plain) < 2 or stand_in_plate(value):
        return False
    if any(g in _NOT_PLATE_LETTERS or (g.isalpha() and len(g) > 2 and is_common(g.lower())) for g in groups):
        return False
    return not (len(groups) == 2 and groups[0].isalpha() and _YEAR.fullmatch(groups[1]))


_RUNS = re.compile(r"[A-Z]+|\d+")


def joined_plate(value: str) -> bool:
    """A plate joined into an identifier after the word for a plate (`plate_kda417k`, `plateMh12kx4471`): five to ten
    letters and digits, two digits or more, no run of more than three letters (`96well` is a plate's wells) save
    four consonants (Chile's `BBBB12`), and not a stand-in run (`abc1234`)."""
    v = value.upper()
    if not (5 <= len(v) <= 10 and v.isascii() and v.isalnum()) or sum(c.isdigit() for c in v) < 2:
        return False
    runs = _RUNS.findall(v)
    letters = [r for r in runs if r.isalpha()]
    short = all(len(r) <= 3 or (len(r) == 4 and not set(r) & set("AEIOU")) for r in letters)
    return bool(letters) and short and not stand_in_plate(" ".join(runs))
