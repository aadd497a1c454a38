"""phiscan's own pattern recognizers, tuned for what schemas carry, as plain data.

Each `Spec` becomes a Presidio `PatternRecognizer` (`phiscan.detect.presidio`); kept free
of Presidio here so the pre-screen (`phiscan.detect.prefilter`) can run the same regexes and checks
without importing it.

Scores follow one convention so the policy layer can threshold them (default 0.5):
STRONG shapes stand alone (a VIN with a valid check digit, a Luhn-valid IMEI); MEDIUM
shapes stand alone too (a formatted SSN or phone); WEAK shapes (a bare 9-digit number, an
8-character alphanumeric) only count with a context word nearby, in the text or in the
property names above it, which Presidio's context enhancer adds (+0.35).
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from netaddr import NotRegisteredError  # type: ignore[import-untyped]
from netaddr.eui import OUI  # type: ignore[import-untyped]

from phiscan.detect.barecodes import BARE_CODE, ENTITY, public_code
from phiscan.detect.nationalids import NATIONAL_IDS, valid_national_id

WEAK, MEDIUM, STRONG = 0.2, 0.5, 0.75
# names that stand before a standard's, a register's or an amount's number (`ISO 8601`, `ГОСТ 52249`, `USD 4500`),
# not before a person's identifier or a post town's code
STANDARD_NAMES = frozenset({"ISO", "IEC", "EN", "DIN", "RFC", "ANSI", "IEEE", "ASTM", "NIST", "ETSI", "ITU", "UTF"})
STANDARD_NAMES |= {"SKU", "CVE", "SHA", "AES", "ICD", "CPT", "NPI", "HL7"}
STANDARD_NAMES |= {"GOST", "ГОСТ", "СНИП", "ОКПО", "ОКВЭД"}  # Russian standards' and registers' codes
STANDARD_NAMES |= {"GB", "GA", "BS"}  # China's national and public-security standards (GB 2312, GA 36), British ones
STANDARD_NAMES |= {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR"}  # ISO 4217
# standards, code systems and the bodies and programmes of health data that prose names beside each other (`SNOMED
# LOINC mappings`, `NYHA ECOG scale`, `HEDIS NCQA rules`): no person's name, and no glued words (`snomed`)
CODE_SYSTEMS = STANDARD_NAMES | {
    "SNOMED", "LOINC", "RXNORM", "FHIR", "DICOM", "HIPAA", "HITECH", "NCQA", "HEDIS", "NYHA", "ECOG", "CDISC", "SDTM",
    "OMOP", "PCORNET", "NAACCR", "OWASP", "SAML", "OAUTH", "ADFS", "CMS", "ONC", "USCDI", "IHE", "NCPDP", "UMLS",
    "MEDDRA", "CCDA", "OPENEHR", "GEDCOM",
}  # fmt: skip
_CASE_SENSITIVE = re.DOTALL | re.MULTILINE
_NOCASE = _CASE_SENSITIVE | re.IGNORECASE
_CYRILLIC_CAPITAL = r"[\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]"  # Russian's, and Ukrainian's own five
_B = r"(?<![A-Za-z0-9])"  # a boundary that treats `_` as a separator, unlike \b
_E = r"(?![A-Za-z0-9])"
# after hex digits and a separator a MAC is a slice of a longer run (an MD5 fingerprint's 16 groups, a timestamp's
# pairs), save after the word `mac` itself, whose `c` is a hex digit too (`mac-08-eb-f2-c8-9a-31`)
_AFTER_MAC = r"(?<=(?<![0-9A-Za-z])[Mm][Aa][Cc][:-])"


def digits_of(s: str) -> str:
    """The digits of `s`, in order."""
    return "".join(c for c in s if c.isdigit())


def luhn_ok(number: str) -> bool:
    """The Luhn check used by card numbers and IMEIs."""
    digits = [int(c) for c in digits_of(number)]
    if len(digits) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# IBAN length by country, from the SWIFT IBAN Registry (ISO 13616): the registry's facts, not its text
_IBAN_LENGTHS = {
    **dict.fromkeys(("NO",), 15),
    **dict.fromkeys(("BE",), 16),
    **dict.fromkeys(("DK", "FI", "FO", "GL", "NL", "SD"), 18),
    **dict.fromkeys(("MK", "SI"), 19),
    **dict.fromkeys(("AT", "BA", "EE", "KZ", "LT", "LU", "XK"), 20),
    **dict.fromkeys(("CH", "HR", "LI", "LV"), 21),
    **dict.fromkeys(("BG", "BH", "CR", "DE", "GB", "GE", "IE", "ME", "RS", "VA"), 22),
    **dict.fromkeys(("AE", "GI", "IL", "IQ", "TL"), 23),
    **dict.fromkeys(("AD", "CZ", "ES", "MD", "PK", "RO", "SA", "SE", "SK", "TN", "VG"), 24),
    **dict.fromkeys(("LY", "PT", "ST"), 25),
    **dict.fromkeys(("IS", "TR"), 26),
    **dict.fromkeys(("FR", "GR", "IT", "MC", "MR", "SM"), 27),
    **dict.fromkeys(("AL", "AZ", "BY", "CY", "DO", "GT", "HU", "LB", "PL", "SV"), 28),
    **dict.fromkeys(("BR", "EG", "PS", "QA", "UA"), 29),
    **dict.fromkeys(("JO", "KW", "MU"), 30),
    **dict.fromkeys(("MT", "SC"), 31),
    **dict.fromkeys(("LC",), 32),
    # the registry's later entries (Burundi, Djibouti, Falklands, Honduras, Mongolia, Nicaragua, Oman, Russia,
    # Somalia, Yemen), and Iran's national IBAN (Sheba, Central Bank of Iran), outside the registry
    **dict.fromkeys(("FK",), 18),
    **dict.fromkeys(("MN",), 20),
    **dict.fromkeys(("OM", "SO"), 23),
    **dict.fromkeys(("IR",), 26),
    **dict.fromkeys(("BI", "DJ"), 27),
    **dict.fromkeys(("HN", "NI"), 28),
    **dict.fromkeys(("YE",), 30),
    **dict.fromkeys(("RU",), 33),
}


def iban_ok(text: str) -> bool:
    """An IBAN of its country's registered length whose ISO 7064 MOD 97-10 check holds, any BBAN layout."""
    v = re.sub(r"[ -]", "", text.strip()).upper()
    if len(v) != _IBAN_LENGTHS.get(v[:2], 0) or not v.isascii() or not v[2:4].isdigit() or not v.isalnum():
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1 and not repetitive(v[4:])


_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)))
_VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(vin: str) -> bool:
    """ISO 3779 / FMVSS 115 check digit (position 9) of a 17-character VIN."""
    vin = vin.upper()
    if len(vin) != 17 or any(c not in _VIN_VALUES for c in vin):
        return False
    if sum(c.isdigit() for c in vin) < 4 or sum(c.isalpha() for c in vin) < 2:
        return False
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


def iso_vin(vin: str) -> bool:
    """A 17-character VIN as ISO 3779 writes it where no check digit is required (Europe, Japan, most of the
    world: `WVWZZZ1KZ6W384917`): its alphabet (no I, O or Q), a world manufacturer code of ISO 3780's regions
    (not `0`), and a serial whose last three characters are digits, as every manufacturer's are.  Only a word
    naming a VIN (strongly) makes it one."""
    vin = vin.upper()
    if len(vin) != 17 or any(c not in _VIN_VALUES for c in vin) or vin[0] == "0" or not vin[-3:].isdigit():
        return False
    letters, digits = sum(c.isalpha() for c in vin), sum(c.isdigit() for c in vin)
    padded = re.search(r"(.)\1{4}", vin) is not None  # `AAAAAAAAAAA384917`: a stand-in padded to length
    return letters >= 3 and digits >= 5 and not repetitive(vin[-6:]) and len(set(vin)) >= 6 and not padded


def repetitive(digits: str) -> bool:
    """All one digit, or a plain ascending/descending run: placeholders, not identifiers."""
    if len(set(digits)) <= 2:
        return True
    return a_run(digits[: max(5, len(digits) * 2 // 3)])


def a_run(digits: str) -> bool:
    """Digits that count up or down by one (`23456`, `98765`)."""
    return digits in _ASCENDING or digits in _ASCENDING[::-1]


_ASCENDING = "01234567890123456789"


def zip_ok(text: str) -> bool:
    """A ZIP code that is no placeholder (`00000`, `12345`) nor a round number (`10000`, `90000`): two digits
    may repeat in real ones (11211, 60606); none is below 00501 (USPS's lowest, Holtsville NY)."""
    five = text[:5]
    if not five.isdigit() or int(five) < 501 or five[1:] == "0000" or len(set(five)) == 1:
        return False
    return five not in "0123456789" and five not in "9876543210"


def _is_yyyymmdd(digits: str) -> bool:
    return (
        len(digits) == 8 and digits[:2] in ("19", "20") and 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:]) <= 31
    )


def plain_id_ok(text: str) -> bool:
    """A bare number that could be an identifier: not a placeholder run, not a YYYYMMDD date."""
    d = digits_of(text)
    if len(d) < 4 and sum(c.isalpha() for c in text) >= 6:
        return True  # mostly letters (`WDLQOPM3JUVF`): its few digits say nothing of a placeholder
    return not repetitive(d) and not _is_yyyymmdd(d)


# a bank account in its country's groups (`ACCOUNT_NUMBER`'s prefixed form), and the groups of numbers that are no
# bank account's: ISO and day-first dates, a ZIP+4, an SSN, a North American phone
_GROUPED = r"\d{2,6}(?:-\d{2,13}){1,3}"
_OTHER_GROUPS = frozenset({(4, 2, 2), (2, 2, 4), (5, 4), (3, 2, 4), (3, 3, 4), (1, 3, 3, 4)})


def account_ok(text: str) -> bool:
    """An account number; one written in groups has 8 to 17 digits in all, one group of four or more (not a code in
    pairs, `48-29-59-31`), and no other number's groups."""
    grouped = re.search(rf"(?<![\d-]){_GROUPED}$", text)
    if grouped is None:
        return plain_id_ok(text)
    d, groups = digits_of(grouped.group()), tuple(map(len, grouped.group().split("-")))
    return 8 <= len(d) <= 17 and max(groups) >= 4 and groups not in _OTHER_GROUPS and plain_id_ok(d)


def alnum_id_ok(text: str) -> bool:
    """Prefix-plus-number ids (`KFK091497S`, `CRR181000382`): few letter/digit runs, a long digit run."""
    runs = re.findall(r"[A-Za-z]+|\d+", text)
    return len(runs) <= 3 and max((len(r) for r in runs if r.isdigit()), default=0) >= 4 and plain_id_ok(text)


# the Nordic, Baltic and Dutch street words written onto the name (UPU, postal addressing systems of Finland,
# Norway, Denmark, Sweden, Estonia, the Netherlands): Orapihlajatie 861
_STREET_ENDINGS = "katu|kuja|polku|tie|veien|vegen|gade|vägen|stigen|gränd|tänav|plein|singel|kade|dreef"
_GLUED_STREET = re.compile(rf"[^\W\d_]+(?:{_STREET_ENDINGS})\b")


_UNITS = frozenset({"khz", "mhz", "ghz", "kib", "mib", "gib", "kbps", "mbps", "rpm", "fps", "bps", "qps", "iops"})
# street types written as words of their own, before or after the street's name, as the UPU's address formats
# (S42) and the street types of Faker's address providers (MIT) spell them: Latvian `Brīvības iela 12`, Slovene
# `Slovenska cesta 12`, Lithuanian `Gedimino pr. 9`, Macedonian `ул. Македонија 12`, Greek `Οδός Αθηνάς 12`
_STREET_TYPES = (
    r"iela|gatvė|gatve|g\.|prospektas|prospekts|pr\.|bulvāris|bulvaris|cesta|ulica|ulice|ul\.|utca|út|put|"
    r"tänav|mnt|pst|tn|tee|põik|pk|väljak|plats|puiestee|maantee|gate|gata|gatan|vei|veien|vegen|vej|gade|"
    r"avenija|aleja|plac|rruga|bulevardi|sheshi|ulitsa|prospekt|nábřeží|náměstí|nám\.|třída|tř\.|námestie|trieda|"
    r"ул\.|улица|бул\.|булевар|булевард|пр\.|проспект|вул\.|вулиця|пер\.|провулок|пл\.|площа|площад|пат|авенија|"
    r"λεωφ\.|λεωφόρος|οδός|küçəsi|küç\.|prospekti|rue|avenue|chemin|via|viale|strada|rua|avenida|calle|carrer"
)
_STREET_TYPE = re.compile(rf"(?i)(?<![\w.])(?:{_STREET_TYPES})(?![\w])")
_GLUED_TYPE = re.compile(rf"(?i)(?:stra(?:ss|ß)e|str\.|weg|gasse|allee|platz|laan|straat|gracht|{_STREET_ENDINGS})\b")
# an uppercase letter of the Latin, Cyrillic and Greek scripts (a town's, a street name's first)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚЀ-ЯΆΈ-Ϋ"
# UPU S42's order of the last line: a postcode (letters of its country first: `LV-1010`, `L-1611`, `LT-01103`;
# or in two groups: `120 00`, `00-950`, `1000-001`) and the town; or the town, then the postcode (`Rīga, LV-1010`)
_POSTCODE = r"(?:[A-Z]{1,2}-)?(?:\d{4} [A-Z]{2}(?= )|\d{3,6}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3})"
_UPU_END = rf"(?:{_POSTCODE} [{_UP}][\w-]+|[{_UP}][\w-]+,? [A-Z]{{1,2}}-\d{{4,5}})"


_PREMISE = re.compile(r"(?:House|H\.|Plot|Flat|Door|Shop|Bungalow|Quarter|Qtr\.) ?No\.")


def street_word(word: str) -> bool:
    """A street's name glued to its type, as Dutch, German and Nordic write one (`Carmiggeltstraat`, `Hauptstraße`)."""
    return _GLUED_TYPE.search(word) is not None


def european_street_ok(text: str) -> bool:
    """Not a stock example (`123 ...`), and a street word written onto its name names a street, not an English
    word or a surname that happens to end like one (`Renegade 2019`, `Christie 1920`)."""
    if re.match(r"(?:123|1234|12345)\b", text) or (_PO_BOX.match(text) and stock_address(text)) or famous_address(text):
        return False
    from phiscan.detect.names import fold, gazetteer, is_common, schema_word

    if not _upu_ok(text):
        return False
    if _PREMISE.match(text):  # `House No. 27, ..., Karachi 75600`: a town before the PIN, not `Timeout 30000`
        last = re.search(r"([A-Z][a-z][\w-]*),? \d{5,6}$", text)
        vocabulary = last is not None and (is_common(last[1]) or schema_word(last[1]))
        return last is not None and (not vocabulary or fold(last[1].lower()) in gazetteer("places"))
    town = re.search(r", (\d{5,6}) ([^\W\d_][\w-]*)$", text)  # a postcode's town, not `Tier 1, 10000 Requests`
    if town is not None and (
        (is_common(town[2]) and town[2].lower() not in gazetteer("places"))
        or len(town[2]) < 3
        or town[2].lower() in _UNITS
        or (len(town[1]) == 6 and fold(town[2].lower()) not in gazetteer("places"))  # Romania's, Russia's: a town
    ):
        return False  # (`Mode 7, 44100 Hz`: a unit, not a town)
    french = re.match(
        r"\d{1,4}(?:bis|ter)?,? (?:Rue|Avenue|Boulevard|Chemin|Allée|Impasse|Quai|Place|Route) (.+)", text
    )
    if french is not None and all(is_common(w) for w in french[1].split()):
        return False  # `5 Route Alternatives`, `20 Place Suggestions`: API vocabulary; `12 Rue Victor Hugo` is one
    typed = re.match(r"(?:Str\.|Strada|vul\.|vulytsia) (.+?),? (?:nr\.|bud\.)", text)
    if typed is not None and all(is_common(w) for w in typed[1].split()):
        return False  # `Str. Main nr. 5`: words of a sentence, not a street's name
    glued = _GLUED_STREET.match(text)
    if glued is None:
        return True
    word = glued.group(0)
    return (
        not is_common(word)
        and word.lower() not in gazetteer("surnames")
        and word.lower() not in gazetteer("given_names")
    )


def _upu_ok(text: str) -> bool:
    """A short or lettered postcode (`1000`, `LV-1010`, `120 00`) is as often a count or a version: its street
    must have a type (`cesta`, `ул.`) or its town be one the place lists hold, and the town be no word. A number
    with a flat or a range (`12-4`, `8000-8080`) needs the type whatever the postcode."""
    from phiscan.detect.names import fold, gazetteer, is_common

    end = re.search(rf", (?:({_POSTCODE}) ([\w-]+)|([\w-]+),? [A-Z]{{1,2}}-\d{{4,5}})$", text)
    if end is None:
        return True
    street = text[: end.start()]
    typed = _STREET_TYPE.search(street) is not None or _GLUED_TYPE.search(street) is not None
    if re.search(r"\d[-/]\d", street) and not typed:
        return False  # `Ports 8000-8080, 65535 Max`, `Retry 3-5, 30000 Timeout`
    if end[1] is not None and re.fullmatch(r"\d{5,6}", end[1]):
        return True  # a plain five- or six-digit postcode: the checks below
    town = end[2] or end[3]
    known = fold(town.lower()) in gazetteer("places")
    if is_common(town) or is_common(town.removesuffix("s")) or town.lower() in _UNITS:
        return False  # a word for a town, even one the place lists hold (`1000 Nice`, `100 Mobile`)
    if not typed and any(is_common(w) for w in re.findall(r"[^\W\d_]{2,}", street)):
        return False  # `Figure 3, 100 Berlin`: a street without a type must be named by no English word
    return known or typed


def street_ok(text: str, named: bool = False) -> bool:
    """A street pattern's match: a house number of two digits or more that is not a counter (`0003_add_index`,
    the `05` of a date; one leading zero can be a generated address's, `0398 Miller Heights`), and not a stock
    example (`stock_address`).  `named`: a word for an address stands before it, so in capitals a suffix spelt out
    that is also a noun will do (`4821 MAPLE DRIVE`), and any after a person's or a place's name (`7739 KINGSBURY
    ROW`; not `16 CHANNEL LOOP`, `2048 RSA KEY`)."""
    number, _, rest = text.partition(" ")
    return (
        len(number) >= 2
        and rest.split(" ", 1)[0].lower().rstrip(".") not in QUANTITIES
        and (
            not text.isupper()
            or text.split()[-1] in _USPS_CAPS
            or _CAPS_SIGNAL.search(text) is not None
            or (named and (text.split()[-1] in _USPS_NAMED or _proper_name(text.split()[1:-1])))
        )
        and not (number.startswith("00") or (len(number) == 2 and number.startswith("0")))
        and not stock_address(text)
        and len(_RECORD_WORDS.intersection(text.lower().replace(",", " ").split()[1:])) < 2
    )


def _proper_name(words: list[str]) -> bool:
    """A street's name of a person's or a place's names, no dictionary's words (`KINGSBURY`; not `CHANNEL`, a
    product's or a number's: `OPENSSL`, `SHA256`, `RSA`)."""
    from phiscan.detect.names import gazetteer, is_common, listed

    places = gazetteer("places")
    return bool(words) and all(
        len(w) >= 4 and w.isalpha() and not is_common(w.lower()) and (listed(w.lower()) or w.lower() in places)
        for w in words
    )


# words of a record's field names: two in a street's name are a form's box (`fl60_insured_unique_id.square`)
# after a number these say how many or how much, not which house (`10 GB RUN`, `24 Hour St`, `200 OK ST`); not
# `Second`, `Point`, `Page`, `Day`: streets are named so
QUANTITIES = frozenset(
    {"kb", "mb", "gb", "tb", "bit", "bits", "byte", "bytes", "ms", "secs", "mins", "mg", "ml", "kg", "lb", "lbs"}
    | {"oz", "km", "percent", "pct", "times", "per", "ok", "not", "days", "hour", "hours", "hr", "hrs", "minutes"}
    | {"seconds", "weeks", "month", "months", "years", "yrs", "steps", "points", "items", "pages", "min", "sec"}
    | {"degree", "degrees", "minute", "day", "week", "year", "mile", "miles", "foot", "feet", "inch", "mph", "mm"}
    | {"volt", "volts", "amp", "amps"}
)
# USPS Publication 28's standard suffix abbreviations that are no English word: in capitals, a street alone; a
# suffix written as a word (`KEY`, `PORT`, `STATION`, `RUN`) needs a direction, a unit or the city after it
_USPS_SHORT = frozenset({
    "AVE", "ST", "DR", "RD", "BLVD", "LN", "CT", "CIR", "PL", "PKWY", "TER", "TRL", "HWY", "CV", "XING", "EXPY",
    "FWY", "SQ", "CRES", "CRK", "HTS", "JCT", "MNR", "MDW", "ORCH", "PLZ", "RDG", "TPKE", "VLY", "VLG", "VW", "BLF",
    "BND", "BRG", "BYP", "CSWY", "CTR", "CYN", "EST", "EXT", "FLS", "FRD", "FRST", "FRY", "GDNS", "GLN", "GRN", "GRV",
    "HBR", "HOLW", "HVN", "INLT", "KNL", "LDG", "LNDG", "MTN", "MT", "PNE", "PT", "PRT", "RNCH", "RPD", "SHR", "SMT",
    "SPG", "STA", "STRM", "TRCE", "TRFY", "TRAK", "TUNL", "UPAS", "WLS",
})  # fmt: skip
# and the primary names of Publication 28's suffixes that, spelt out after a number and a name, name nothing else
# (`4821 OAK STREET`, `10665 ANTIETAM ISLE`; not `DRIVE`, `COURT`, `PLACE`, `LANE`, `TRAIL`, `RUN`, `KEY`, `LOOP`:
# `20 MINUTE DRIVE`, `24 TENNIS COURT`)
_USPS_CAPS = _USPS_SHORT | {"STREET", "AVENUE", "BOULEVARD", "PARKWAY", "HIGHWAY", "TERRACE", "ROAD", "ISLE"}
_USPS_NAMED = frozenset({"DRIVE", "LANE", "COURT", "CIRCLE", "PLACE", "TRAIL"})  # under a word for an address
_CAPS_SIGNAL = re.compile(r"^\S+ (?:[NSEW]|NE|NW|SE|SW) |\b(?:APT|STE|UNIT|LOT|TRLR|SPC|FL|RM|BLDG)\b|#|,")
_RECORD_WORDS = frozenset({"id", "ids", "identifier", "unique", "insured", "patient", "member", "account", "record"})


_PO_BOX = re.compile(r"(?i)P\.? ?O\.? Box (\d+)")


_SPELT_TYPES = re.compile(r"\b(street|avenue)\b")
_OFFICE_UNIT = re.compile(r"(?:\b[nsew]\b|#\s?\w+|\b(?:suite|ste|fl|floor|unit)\s?\w+)")


def famous_address(text: str) -> bool:
    """An address fiction or a landmark made famous (`742 Evergreen Terrace`, `5 Avenue Anatole France`)."""
    from phiscan.detect.reserved import STOCK_ADDRESSES

    return " ".join(text.lower().replace(",", " ").split()).startswith(STOCK_ADDRESSES)


def stock_address(text: str) -> bool:
    """An address written to show the format (`123 Main St`: a house number that is a run such as 12, 123,
    1234, 456, 987 or 4321; 210 is a house number), or one fiction or a landmark made famous
    (`742 Evergreen Terrace`)."""
    from phiscan.detect.reserved import STOCK_OFFICES

    if famous_address(text):
        return True
    plain = " ".join(text.lower().replace(",", " ").split())
    written = _SPELT_TYPES.sub(lambda m: "ave" if m[1] == "avenue" else "st", plain)  # `Street`: `st`
    for street, city in STOCK_OFFICES.items():
        rest = written[len(street) :] if written.startswith(street) else None
        # alone, after a direction or a unit (`410 Terry Ave N`, `1455 Market St #400`), or in its own city
        if rest is not None and (city in rest or not _OFFICE_UNIT.sub("", rest).strip(" .#")):
            return True
    box = _PO_BOX.fullmatch(text.strip())  # `PO Box 1234`
    number = box[1] if box else text.split(" ", 1)[0]
    return len(number) >= 2 and (
        number in ("100", "1000", "456", "789", "4567")
        or number in "0123456789"
        or (number in "9876543210" and (number[0] == "9" or number[-1] == "1"))
    )


def ssn_ok(text: str) -> bool:
    """Valid-range SSN: not area 000, 666 or 9xx, not group 00, not serial 0000, not a known fake, not a day written
    with slashes (`001/01/2020`)."""
    if "/" in text and re.fullmatch(r"\d{3}/(?:0[1-9]|1[0-2])/(?:19|20)\d\d", text.strip()):
        return False
    d = digits_of(text)
    if len(d) != 9 or repetitive(d):
        return False
    if d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
        return False
    return d not in ("078051120", "219099999", "457555462")


# Where a number written nationally, trunk prefix first, is tried: the most populous countries and those whose
# schemas phiscan has met (ITU-T E.164 national significant numbers, as `phonenumbers` keeps their plans)
# fmt: off
NATIONAL_REGIONS = (
    "GB", "DE", "FR", "IT", "ES", "NL", "PL", "TR", "IN", "PK", "BD", "PH", "VN", "CN",
    "JP", "KR", "BR", "MX", "AR", "CO", "NG", "KE", "ZA", "EG", "AU", "NZ", "IE",
    "ID", "TH", "MY", "SA", "AE", "IR", "RU", "UA", "PE", "CL", "GH", "ET", "TZ", "MA", "PT", "DK", "NO",
)
# fmt: on


YEAR_MONTH = re.compile(r"(?:19|20)\d\d[-/.](?:0[1-9]|1[0-2])")  # `2019-09`: a month, a draft's or a release's
# the international call prefix most of the world dials for `+` (ITU-T E.164 and E.123), then a country code
# ITU-T E.123's international prefix for its `+`, and the prefixes dialled for it in North America (011) and Australia
# (0011); `011` also starts a national number (Delhi's), so the international reading only adds one
_INTERNATIONAL = re.compile(r"(0011|00|011)[ -]?([1-9][\d -]{7,18}\d)")
_SSN_FORM = re.compile(r"\d{3}([- .])\d{2}\1\d{4}")  # with any one separator (`088 65 1625`)


@functools.lru_cache(maxsize=1 << 12)
def national_readings(text: str, regions: tuple[str, ...] = NATIONAL_REGIONS) -> tuple[Any, ...] | None:
    """`text` read as a national number in each of `regions` that parses it (phonenumbers' PhoneNumber), or None
    when any of them reads a drama or example number: then it stands for no one anywhere."""
    import phonenumbers

    out = []
    for region in regions:
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        national = str(parsed.national_number)
        if fictional_phone(parsed.country_code, national) or national in example_numbers(region):
            return None
        out.append((region, parsed))
    return tuple(out)


_NDC_FORM = re.compile(r"\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d")


@functools.lru_cache(maxsize=1 << 12)
def national_phone_ok(text: str) -> bool:
    """A number written nationally with its trunk 0 and grouped as numbers are dialled (`0412 845 973`, `(030)
    9018 2744`, `06 12 84 59 73`): nine to twelve digits, valid in a country that writes numbers so, and in none of
    them a drama, example or run-of-digits number."""
    import phonenumbers

    d = digits_of(text)
    if not 9 <= len(d) <= 12 or repetitive(d[1:]) or not re.search(r"[ ()-]", text) or _SSN_FORM.fullmatch(text):
        return False  # `088-65-1625` is written as an SSN is
    if _NDC_FORM.fullmatch(text):
        return False  # a drug's National Drug Code (FDA, 21 CFR 207.33: 4-4-2, 5-3-2, 5-4-1), `0002-1433-80`
    readings = national_readings(text)
    kinds = phonenumbers.PhoneNumberType
    valid = False
    for _, parsed in readings or ():
        if phonenumbers.is_valid_number(parsed):
            kind = phonenumbers.number_type(parsed)
            if kind in (kinds.TOLL_FREE, kinds.PREMIUM_RATE):
                return False  # a freephone or premium line anywhere is a business's
            valid = valid or kind not in (kinds.SHARED_COST, kinds.UAN)  # nor is a company's line there
    return valid


@functools.lru_cache(maxsize=1 << 12)  # parsing is costly, and a long text repeats its numbers
def phone_ok(text: str) -> bool:
    """A dialable number by the numbering plans Google's `phonenumbers` keeps (a number without a country
    code is read as North American; one with its trunk 0 by `national_phone_ok`), North American ones also by
    `nanp_ok`."""
    import phonenumbers

    if (dialled := _INTERNATIONAL.fullmatch(text)) is not None:  # `00423 660 472 164`, `011 381 60 0501226`
        if phone_ok("+" + dialled[2]):  # (the prefix is no digit of the number: `0011 44 7911 284753`)
            return True
        if dialled[1] == "00":
            return False
    d = digits_of(text)
    if not 7 <= len(d) <= 15 or any(c.isalpha() for c in text):
        return False
    if text.lstrip("(").startswith("0"):
        return national_phone_ok(text)
    try:
        parsed = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return False
    national = str(parsed.national_number)
    if not phonenumbers.is_valid_number(parsed) or fictional_phone(parsed.country_code, national):
        return False
    if repetitive(national[-7:]) or national in example_numbers(phonenumbers.region_code_for_number(parsed)):
        return False  # libphonenumber's own example numbers (+33 1 23 45 67 89) and runs stand for no one
    subscriber = national[phonenumbers.length_of_national_destination_code(parsed) :]
    if len(subscriber) >= 6 and a_run(subscriber[:6]):
        return False  # a run after a real area code (`+44 1234 234567`, a specification's example; not `12121`)
    return parsed.country_code != 1 or nanp_ok(str(parsed.national_number))


# Numbers regulators set aside for drama and documentation, by country code and national-number prefix:
# Ofcom "Telephone numbers for drama purposes" (UK) and ACMA "Phone numbers for use in TV, film and radio" (AU).
_FICTIONAL = {
    44: (
        "2079460",
        "7700900",
        "1134960",
        "1144960",
        "1154960",
        "1164960",
        "1174960",
        "1184960",
        "1214960",
        "1314960",
        "1414960",
        "1514960",
        "1614960",
        "1914980",
        "2896496",
        "2920180",
        "1632960",
        "8081570",
        "9098790",
        "3069990",
    ),
    61: (
        "491570",
        "491571",
        "491572",
        "491573",
        "491574",
        "491575",
        "491576",
        "491577",
        "491578",
        "491579",
        "25550",
        "35550",
        "75550",
        "85550",
        "27010",
        "37010",
        "77010",
        "87010",
    ),
}


def fictional_phone(country: int | None, national: str) -> bool:
    return national.startswith(_FICTIONAL.get(country or 0, ()))


@functools.cache
def example_numbers(region: str | None) -> frozenset[str]:
    import phonenumbers

    kinds = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
    found = (phonenumbers.example_number_for_type(region, kind) for kind in kinds) if region else ()
    return frozenset(str(n.national_number) for n in found if n is not None)


def gtin_ok(text: str) -> bool:
    """The GS1 mod-10 check digit of the GTIN after `(01)`, or after a leading `01` as a barcode's data has it,
    in a UDI (GS1 General Specifications, 7.9)."""
    m = re.search(r"\(01\)(\d{14})", text) or re.match(r"01(\d{14})", text)
    if not m:
        return False
    digits = [int(c) for c in m.group(1)]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == digits[-1] and not repetitive(m.group(1))


_HIBC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"


def hibcc_ok(text: str) -> bool:
    """The modulus-43 check character that ends an HIBC UDI (ANSI/HIBC 2.6, Supplier Labeling Standard)."""
    body, check = text[:-1], text[-1]
    total = sum(_HIBC_CHARS.index(c) for c in body if c in _HIBC_CHARS)
    return _HIBC_CHARS[total % 43] == check and sum(c.isdigit() for c in body) >= 2


def hicn_ok(text: str) -> bool:
    """A legacy Medicare HICN: a valid SSN and a beneficiary suffix letter (with an optional digit)."""
    return ssn_ok(text[:9])


_NHS_GROUPING = re.compile(r"\d{3}([ -]?)\d{3}\1\d{4}")


def nhs_number_ok(text: str) -> bool:
    """An NHS number (England, Wales, Isle of Man) or a Scottish CHI number: ten digits, the last a modulus 11
    check of the other nine weighted 10 down to 2 (NHS Data Dictionary, "NHS Number"), written 3-3-4 as the NHS
    prints it, which is also how North America writes a phone number."""
    if _NHS_GROUPING.fullmatch(text) is None:
        return False
    digits = [int(c) for c in digits_of(text)]
    check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=False)) % 11
    return check != 10 and check % 11 == digits[9] and len(set(digits)) > 1


def nhs_test_number(text: str) -> bool:
    """An NHS number from the range the NHS reserves for test data, `999 000 0000` to `999 999 9999`, or one of
    the Personal Demographics Service's sandbox patients (`9000000009`, `9000000033`), written as the NHS writes one
    (ten digits, or 3-3-4)."""
    test = text.startswith("999") or digits_of(text).startswith("9000000")
    return _NHS_GROUPING.fullmatch(text) is not None and test and nhs_number_ok(text)


def nanp_ok(text: str) -> bool:
    """A North American number with a real-format area code and exchange, not 555-01xx."""
    d = digits_of(text)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) != 10 or repetitive(d):
        return False
    area, exch = d[:3], d[3:6]
    if area[0] in "01" or area[1:] == "11" or exch[0] in "01" or exch[1:] == "11":
        return False
    return exch != "555"  # 555-01xx is reserved for fiction, and 555 numbers are stock examples


_EUI64 = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){7}")
# the words hosts' names put before their address's octets: AWS EC2's DNS names, and ISPs' reverse DNS
_HOST_WORDS = "host|static|dhcp|cpe|pool|dsl|adsl|vdsl|ppp|dyn|dynamic|client|customer|broadband"
_IP_HOST_NAME = re.compile(rf"(?i)(?:ip|ec2|{_HOST_WORDS})(?:-\d{{1,3}}){{4}}")


def public_ip_ok(text: str, cued: bool = False) -> bool:
    """A globally routable address that does not look like a version number.  With a zero octet, one that
    starts below 11 is an address only under a cue that says so: free text writes versions that way
    (`2.1.0.4`)."""
    if _IP_HOST_NAME.fullmatch(text):
        text = ".".join(text.split("-")[1:])
    if text.startswith("2.5."):
        return False  # an X.500 attribute's object identifier (ITU-T X.520: 2.5.4.20 telephoneNumber), not a host
    if _EUI64.fullmatch(text):
        return False  # eight groups of two digits: an EUI-64, not an address written by hand or by software
    try:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    if ip.version == 6 and str(ip) in _WELL_KNOWN_IPS:
        return False
    if ip.version == 6 and ip.ipv4_mapped is not None:  # ::ffff:46.83.226.199 is that IPv4 address
        ip = ip.ipv4_mapped
        text = str(ip)
    if not ip.is_global or ip.is_multicast or (ip.version == 6 and (ip not in _GLOBAL_UNICAST or ip in _DOC_V6)):
        return False  # IPv6 hosts are numbered from 2000::/3 alone (IANA): `::25`, `1234::abcd` are no host's
    if ip.version == 4:
        octets = text.split(".")
        if any(len(o) > 1 and o.startswith("0") for o in octets):
            return False
        zeros = octets.count("0")
        if zeros > 1 or octets[3] == "0" or (octets[2] == "0" and octets[3] == "1"):
            return False  # 1.2.0.0-style versions, network and gateway addresses (172.15.0.1)
        if zeros and not cued and int(octets[0]) < 11:
            return False  # 2.1.0.4, 5.0.2.14: versions start small; 203.0.114.77 is an address
        if text in _WELL_KNOWN_IPS or _toy_address([int(o) for o in octets]):
            return False
    return True


def _toy_address(octets: list[int]) -> bool:
    """1.2.3.4, 4.3.2.1, 8.8.8.8-like runs, 12.34.56.78 and 123.45.67.89 (a run of digits), and octets each a pair
    of neighbouring or equal digits, alike, that climb or fall a step at a time (45.56.67.78, 11.22.33.44,
    56.45.34.23): addresses written to show the format; 23.22.33.44, 54.87.65.43 and 52.63.85.96 are hosts'."""
    steps = {b - a for a, b in itertools.pairwise(octets)}
    digits = "".join(map(str, octets))
    if (len(steps) == 1 and steps <= {-1, 0, 1}) or digits in "0123456789" or digits in "9876543210":
        return True
    if not all(10 <= o <= 99 for o in octets):
        return False
    pairs = {o % 10 - o // 10 for o in octets}
    tens = {b // 10 - a // 10 for a, b in itertools.pairwise(octets)}
    return len(pairs) == 1 and tens in ({1}, {-1})  # one step at a time: 52.63.85.96 skips one, a host's


def mac_ok(text: str) -> bool:
    d = re.sub(r"[^0-9A-Fa-f]", "", text).upper()
    if d in "0123456789ABCDEF0123456789ABCDEF" or d in "FEDCBA9876543210FEDCBA9876543210":
        return False  # 01:23:45:67:89:AB, written to show the format
    octets = [int(d[i : i + 2], 16) for i in range(0, len(d), 2)]
    if len({b - a for a, b in itertools.pairwise(octets)}) == 1:
        return False  # octets that count: AA:BB:CC:DD:EE:FF, 00:11:22:33:44:55, 10_20_30_40_50_60
    if d.isdigit():  # pairs of digits that tell a date and a time
        pairs = [int(d[i : i + 2]) for i in range(0, len(d), 2)]
        yymmdd_hhmmss = 1 <= pairs[1] <= 12 and 1 <= pairs[2] <= 31 and pairs[3] < 24 and max(pairs[4:6]) < 60
        if _is_yyyymmdd(d[:8]) or yymmdd_hhmmss:
            return False
    return len(set(d)) > 2 and not d.startswith("00005E0053")  # RFC 7042 documentation block


@functools.lru_cache(maxsize=4096)
def oui_registered(prefix: str) -> bool:
    """Whether IEEE's MA-L registry (netaddr's copy of it) assigns these six hex digits to a manufacturer."""
    try:
        OUI(int(prefix, 16)).registration()
    except NotRegisteredError:
        return False
    return True


def device_mac_ok(text: str) -> bool:
    """A MAC as `mac_ok` has it; twelve hex digits alone (as often a digest's or a commit's) only in capitals,
    as device labels and inventories print them and git and hash digests never do, beginning with a
    manufacturer's registered OUI, and naming one interface (unicast)."""
    v = text.strip()
    if not mac_ok(v):
        return False
    if not BARE_MAC.fullmatch(v):
        return True
    # (`0000C386BBC4` is a zero-padded number, though Xerox holds 00-00-00)
    return v.upper() == v and not v.startswith("0000") and int(v[:2], 16) & 1 == 0 and oui_registered(v[:6])


# IEEE EUI-48 (a MAC) and EUI-64: six or eight groups with one separator, Cisco's dots, or the hex digits alone
MAC_FORM = re.compile(
    # (`_` too, as a key or a file name must write it: `mac_E8_6F_A2_E6_EC_55`, `mac_38d9_19e7_6d3a`)
    r"[0-9A-Fa-f]{2}([:_-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?:(?:\1[0-9A-Fa-f]{2}){2})?"
    r"|[0-9A-Fa-f]{4}([._])[0-9A-Fa-f]{4}\2[0-9A-Fa-f]{4}"
)
BARE_MAC = re.compile(r"(?=.*\d)(?=.*[A-Fa-f])[0-9A-Fa-f]{12}")  # sixteen alone: as often a digest or serial


def mac_shaped(value: str, eui64: bool = True) -> bool:
    """Written as a unicast MAC address or (with `eui64`) an EUI-64: groups with one separator, Cisco's dots,
    or the digits alone."""
    v = value.strip()
    if not eui64 and sum(c in string.hexdigits for c in v) > 12:
        return False
    if MAC_FORM.fullmatch(v):
        return mac_ok(v)
    return bool(BARE_MAC.fullmatch(v)) and mac_ok(v)


_GLOBAL_UNICAST = ipaddress.ip_network("2000::/3")  # IANA's IPv6 Address Space registry: the one unicast block
_DOC_V6 = ipaddress.ip_network("3fff::/20")  # RFC 9637's documentation block (2001:db8::/32 is RFC 3849's)
_WELL_KNOWN_IPS = frozenset(
    {
        "1.1.1.1",
        "1.0.0.1",
        "8.8.8.8",
        "8.8.4.4",
        "9.9.9.9",
        "149.112.112.112",
        "208.67.222.222",
        "208.67.220.220",
        "4.2.2.2",
        "4.2.2.1",
        "64.6.64.6",
        "2606:4700:4700::1111",
        "2606:4700:4700::1001",
        "2001:4860:4860::8888",
        "2001:4860:4860::8844",
        "2620:fe::fe",
        "2620:fe::9",
    }
)


@dataclass(frozen=True, slots=True)
class Spec:
    """A declarative pattern recognizer: (name, regex, score) patterns, context words, a validity check."""

    entity: str
    patterns: tuple[tuple[str, str, float], ...]
    context: tuple[str, ...] = ()
    check: Callable[[str], bool] | None = None
    case_sensitive: bool = True
    min_digits: int = 0  # the fewest digits any match holds: the pre-screen need not run it on a text with fewer

    @property
    def name(self) -> str:
        return f"phiscan:{self.entity}"

    @property
    def flags(self) -> int:
        return _CASE_SENSITIVE if self.case_sensitive else _NOCASE


# a standard's clause, not an address: `EN 50549-1 chapter 4.9.3.4`, `Sections 4.2.1.3`, `§ 84.17.43.2`, `TABLE
# 31.21.3.14` (fixed-width look-behinds, each tried only before a digit)
_SECTION_WORDS = ("chapter", "section", "subsection", "clause", "annex", "article", "paragraph", "table", "figure")
_NOT_A_SECTION = (
    "(?=\\d)"
    + "".join(
        f"(?<!{form}\\s)"
        for word in (*_SECTION_WORDS, "item", "step", "sec.", "art.", "para.", "fig.")
        for plural in ((word, word + "s") if word[-1].isalpha() else (word,))
        for form in (plural, plural.capitalize(), plural.upper())
    )
    + "(?<!\u00a7\\s)(?<!\u00a7)"
)


def bare_code_ok(text: str) -> bool:
    """A code no word explains (`phiscan.detect.barecodes`) that is no one's else: not a registry's, a placeholder
    run, a date, an ISIN (ISO 6166: its check digit by Luhn over the letters read as numbers, A = 10 ... Z = 35), nor
    a standard's, register's or product's number (`SKU58221947`)."""
    m = BARE_CODE.fullmatch(text)
    if m is None or public_code(m[1], m[2], text) or repetitive(m[2]) or _is_yyyymmdd(m[2]):
        return False
    isin = len(text) == 12 and text.isalnum() and len(m[1]) == 2 and luhn_ok("".join(str(int(c, 36)) for c in text))
    return not isin and m[1] not in STANDARD_NAMES


def _spec(
    entity: str,
    patterns: list[tuple[str, str, float]],
    context: Sequence[str] = (),
    check: Callable[[str], bool] | None = None,
    case_sensitive: bool = True,
    min_digits: int = 0,
) -> Spec:
    return Spec(entity, tuple(patterns), tuple(context), check, case_sensitive, min_digits)


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:19\d\d|20[0-2]\d)"
_MM = r"(?:0?[1-9]|1[0-2])"
_DD = r"(?:0?[1-9]|[12]\d|3[01])"
_BIRTH_CONTEXT = (
    "birth",
    "born",
    "dob",
    "birthday",
    "birthdate",
    "newborn",
    "died",
    "death",
    "deceased",
    "admit",
    "admission",
    "admitted",
    "discharge",
    "discharged",
)
# USPS Publication 28, Appendix C1 street suffixes (common forms and abbreviations).
# a house number is not the day or the month-day of a date before it (`2020-09-14.TransactionStream`, `Version
# 2020-09-14 Transaction Stream`)
_NOT_A_DAY = r"(?!(?<=\d{4}[-._ ]\d{2}[-._ ])\d{1,2}\b)(?!(?<=\d{4}[-._ ])\d{2}[-._ ]\d{1,2}\b)"
_STREET_SUFFIXES = (
    "Alley|Aly|Annex|Arcade|Avenue|Ave|Bayou|Beach|Bend|Bluffs?|Bottom|Boulevard|Blvd|Branch|Bridge|Brook|Brooks|"
    "Burgs?|Bypass|Byp|Camp|Canyon|Cape|Causeway|Centers?|Circles?|Cir|Cliffs?|Club|Commons?|Corners?|Course|"
    "Courts?|Ct|Coves?|Creek|Crescent|Crest|Crossing|Crossroads?|Curve|Dale|Dam|Divide|Drives?|Dr|Estates?|"
    "Expressway|Extensions?|Falls?|Ferry|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Gardens?|"
    "Gateway|Glens?|Greens?|Groves?|Harbors?|Haven|Heights|Highway|Hwy|Hills?|Hollow|Inlet|Islands?|Isle|"
    "Junctions?|Keys?|Knolls?|Lakes?|Land|Landing|Lane|Ln|Light|Lights|Loaf|Locks?|Lodge|Loop|Mall|Manors?|"
    "Meadows?|Mews|Mills?|Mission|Motorway|Mount|Mountains?|Neck|Orchard|Oval|Overpass|Park|Parkways?|Pkwy|"
    "Pass|Passage|Path|Pike|Pines?|Place|Pl|Plains?|Plaza|Points?|Ports?|Prairie|Radial|Ramp|Ranch|Rapids?|"
    "Rest|Ridges?|River|Road|Rd|Roads|Route|Row|Rue|Run|Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares?|Sq|"
    "Station|Stravenue|Stream|Streets?|St|Summit|Terrace|Ter|Throughway|Trace|Track|Trafficway|Trail|Trl|"
    "Trailer|Tunnel|Turnpike|Underpass|Unions?|Valleys?|Via|Viaducts?|Views?|Villages?|Ville|Vista|Walks?|"
    "Wall|Way|Ways|Wells?"
    # and the standard abbreviations of USPS Publication 28, Appendix C1, that are no everyday abbreviation
    # (`Trce`, `Holw`, `Rdg`, `Xing`; not `Pts`, `Brk`, `Ctr`)
    "|Byu|Bch|Bnd|Blf|Brg|Cyn|Cswy|Clf|Crse|Crk|Cres|Crst|Xing|Xrd|Curv|Expy|Fry|Frst|Fwy|Gtwy|Gln|Grv|Hbr|Hvn|Holw|Inlt|Jct|Ldg|Mnr|Mdw|Mtwy|Nck|Orch|Opas|Psge|Pln|Plns|Plz|Rnch|Rpd|Rdg|Riv|Rte|Skwy|Smt|Trwy|Trce|Trfy|Trlr|Tunl|Tpke|Upas|Vly|Viad|Vlg|Wls"
    "|Anx|Btm|Cpe|Clb|Cmn|Fls|Frd|Frg|Frk|Gdn|Hts|Iss|Knl|Lndg|Lck|Lgt|Mtn|Msn|Pne|Prt|Radl|Shl|Shr|Spg|Stra|Strm|Trak|Vw"
    "|Hl|Hls"  # hill, hills: a standardised (CASS) address writes them (51 MADISON HL)
)
_STATE = (
    r"(?:A[KLRZSP]|C[AOT]|D[EC]|F[LM]|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEHINOPST]|N[CDEHJMVY]|O[HKR]|P[ARW]|RI|"
    r"S[CD]|T[NX]|UT|V[AIT]|W[AIVY])"
)
US_STATE = re.compile(_STATE)  # a US state's, DC's or a territory's postal code (USPS Publication 28, Appendix B)
# the last line of an address: a US state and ZIP; a Canadian province and postal code (Canada Post's
# Addressing Guidelines); an Australian state and postcode (Australia Post's Addressing Guidelines)
_REGION_POSTCODE = (
    rf"(?:{_STATE} \d{{5}}(?:-\d{{4}})?"
    r"|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) [ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"
    r"|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4})"
)


def _build_specs() -> tuple[Spec, ...]:
    date_forms = [
        ("iso date", rf"{_B}{_YEAR}([-/.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01]){_E}", WEAK),
        ("us date", rf"{_B}{_MM}/{_DD}/{_YEAR}{_E}", WEAK),
        # 03-12-1984, 12.03.1984: month-first or day-first, the same separator twice
        ("numeric date", rf"{_B}{_DD}([-.]){_DD}\1{_YEAR}{_E}", WEAK),
        ("written date", rf"\b{_MONTHS}\.? {_DD}(?:st|nd|rd|th)?,? {_YEAR}\b", WEAK),
        ("written date dmy", rf"\b{_DD} {_MONTHS} {_YEAR}\b", WEAK),
        # 12-Mar-1984: the DD-MON-YYYY of Oracle, SAS and many EHR exports
        ("dashed date dmy", rf"{_B}{_DD}([-/ ])(?i:{_MONTHS})\1{_YEAR}{_E}", WEAK),
        ("compact date", rf"{_B}{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]){_E}", WEAK),
        # 12 / 03 / 1984, 1984 - 03 - 12: separators spaced, as typed into forms
        ("spaced date", rf"{_B}(?:{_DD} ([-/.]) {_DD} \1 {_YEAR}|{_YEAR} ([-/.]) {_DD} \2 {_DD}){_E}", WEAK),
    ]
    return (
        _spec(
            "US_SSN",
            [
                ("ssn formatted", rf"{_B}\d{{3}}([- ])\d{{2}}\1\d{{4}}{_E}", MEDIUM),
                ("ssn dotted", r"(?<![\w.])\d{3}\.\d{2}\.\d{4}(?![\w]|\.\d)", MEDIUM),
                ("ssn slashed", r"(?<![\w/])\d{3}/\d{2}/\d{4}(?![\w/])", WEAK),  # as forms' boxes are typed
                ("ssn bare", rf"{_B}\d{{9}}{_E}", WEAK),
            ],
            ["ssn", "social", "security", "ssns", "taxpayer", "tin"],
            ssn_ok,
        ),
        _spec(
            "PHONE_NUMBER",
            [
                (  # `(605) 226-1777`, `(605)226-1777`, `605.226.1777`
                    "phone formatted",
                    rf"(?<![\w.+-])(?:\+?1[ .-]?)?(?:\([2-9]\d\d\)[ .-]?|\(?[2-9]\d\d\)?[ .-])\d{{3}}[ .-]\d{{4}}{_E}",
                    MEDIUM,
                ),
                ("phone intl", rf"(?<![\w.])\+1 ?\(?[2-9]\d\d\)?[ .-]?\d{{3}}[ .-]?\d{{4}}{_E}", STRONG),
                ("phone bare", rf"{_B}1?[2-9]\d{{9}}{_E}", WEAK),
                # any country, as written internationally (ITU-T E.123 / E.164); phonenumbers judges it
                ("phone e164", r"(?<![\w+])\+(?:[2-9]|1[ .-]?[2-9])[\d ().-]{5,17}\d(?![\w])", MEDIUM),
                # its area code set apart by a slash (DIN 5008's older `+49 30 / 1234567`), the country code spaced
                ("phone slashed", r"(?<![\w+])\+[1-9]\d{0,2} \d{1,5} ?/ ?\d[\d -]{3,14}\d(?![\w/])", MEDIUM),
                # as written nationally, trunk 0 first and grouped (ITU-T E.123's national notation)
                (
                    "phone national",
                    # not the rest of an international number `phone e164` turned down (`+7 095 555 1234`)
                    # nor a run of numbers (`ts_24_01_15_10_30_45`, a time stamp's pairs)
                    r"(?<![\w.+/-])(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )(?<!\d[ _-])(?:\(0\d{1,4}\)|0\d{1,4})"
                    r"(?:[ -]\d{2,5}){1,4}(?![\w/-]|\.\w|[ _-]\d)",
                    MEDIUM,
                ),
            ],
            ["phone", "tel", "telephone", "mobile", "cell", "fax", "call", "callback", "contact", "sms", "text"],
            phone_ok,
        ),
        _spec(
            "MRN",
            [
                ("mrn prefixed", rf"{_B}(?:MRN|MR)(?:[-#:_ ]|# ?|-#)?\d{{6,10}}{_E}", STRONG),
                ("mrn letter", rf"{_B}[A-Z]\d{{8}}{_E}", WEAK),
                # the VA's Integration Control Number, its Master Person Index id: ten digits from 10, `V`, a
                # six-digit checksum; under a word for it (VA's API documentation prints its sandbox patients')
                ("va icn", rf"{_B}10\d{{8}}V\d{{6}}{_E}", WEAK),
                ("mrn bare", rf"{_B}\d{{6,10}}{_E}", WEAK),
            ],
            ["mrn", "medical", "record", "chart", "patient_id", "patientid", "mr", "icn", "mpi"],
            plain_id_ok,
        ),
        _spec("DATE_OF_BIRTH", date_forms, _BIRTH_CONTEXT),
        _spec(
            "HEALTH_PLAN_ID",
            [
                (
                    "mbi dashed",
                    rf"{_B}[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-"
                    rf"[AC-HJKMNP-RT-Y]{{2}}\d\d{_E}",
                    MEDIUM,
                ),
                (
                    "mbi spaced",  # as the card prints its three groups; under a cue only (`Part no. 4HX7 PN2 RR12`)
                    rf"{_B}[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d [AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d "
                    rf"[AC-HJKMNP-RT-Y]{{2}}\d\d{_E}",
                    WEAK,
                ),
                (
                    "mbi",
                    rf"{_B}[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
                    rf"[AC-HJKMNP-RT-Y]{{2}}\d\d{_E}",
                    MEDIUM,
                ),
                ("member id", rf"{_B}(?=[A-Z0-9]{{7,14}}{_E})(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{{7,14}}{_E}", WEAK),
            ],
            [
                "member",
                "subscriber",
                "medicare",
                "medicaid",
                "mbi",
                "beneficiary",
                "insurance",
                "insured",
                "payer",
                "policy",
                "plan",
                "hicn",
                "eligibility",
                "coverage",
            ],
            lambda t: len(t.replace("-", "").replace(" ", "")) == 11 or alnum_id_ok(t),
        ),
        _spec(
            "US_HICN",
            [("hicn", rf"{_B}\d{{9}}(?:[ -]?)(?:[ABDMTW]\d?|C[1-9A-Z])(?![A-Za-z0-9])", WEAK)],
            ["medicare", "hicn", "claim", "beneficiary"],
            hicn_ok,
        ),
        _spec(
            "ACCOUNT_NUMBER",
            [
                # or in its country's groups right after the word: New Zealand's bank-branch-account-suffix 2-4-7-2
                # (Payments NZ), Japan's branch and account 3-7 (Zengin), Czechia's prefix-number (CNB decree
                # 169/2011), Canada's transit-institution-account (Payments Canada)
                ("account prefixed", rf"{_B}(?:ACCT|ACC|ACCOUNT)[-#:_ ]{{1,2}}(?:\d{{6,14}}|{_GROUPED}){_E}", STRONG),
                ("card", rf"{_B}(?:\d{{4}}[- ]){{3}}\d{{4}}{_E}|{_B}\d{{13,16}}{_E}", WEAK),
                ("account bare", rf"{_B}\d{{8,17}}{_E}", WEAK),
            ],
            ["account", "acct", "billing", "bank", "card", "iban", "routing"],
            account_ok,
            case_sensitive=False,
        ),
        _spec(
            # every registry country's IBAN, compact or in fours (Presidio's own list stops short of some)
            "IBAN_CODE",
            [("iban", rf"{_B}[A-Z]{{2}}\d{{2}}(?:[ -]?[A-Z0-9]{{4}}){{2,7}}(?:[ -]?[A-Z0-9]{{1,3}})?{_E}", STRONG)],
            ["iban", "account", "bank"],
            iban_ok,
        ),
        _spec(
            "CREDIT_CARD",
            [
                # issuer ranges of ISO/IEC 7812 (Wikipedia, "Payment card number", IIN table; CC BY-SA 4.0): Visa 4,
                # Mastercard 51-55 and 2221-2720, Mir 2200-2204, Maestro 50 and 56-69 (which hold Discover, UnionPay,
                # RuPay, Elo, Verve, InstaPayment and Hipercard ranges), JCB 3528-3589, RuPay 353 and 356; UzCard
                # 8600; and major industry identifier 9, which ISO/IEC 7812 leaves to national bodies' schemes
                # (Humo 9860, Troy 9792, BC Card 94, NAPAS 9704, Belkart 9112, Prostir 9804, DinaCard 9891)
                (
                    "card formatted",
                    rf"{_B}(?:[456]\d{{3}}|2[2-7]\d\d|35\d\d|8600|9\d{{3}})([- ])"
                    rf"\d{{4}}\1\d{{4}}\1\d{{4}}(?:\1\d{{3}})?{_E}",
                    STRONG,
                ),
                ("card amex", rf"{_B}3[47]\d\d([- ])\d{{6}}\1\d{{5}}{_E}", STRONG),
                ("card diners", rf"{_B}3(?:0[0-5]|[68]\d)\d([- ])\d{{6}}\1\d{{4}}{_E}", STRONG),
                (  # written bare, the best-known brands' ranges stand alone; the others need a word for a card
                    "card bare",
                    rf"{_B}(?:4\d{{15}}|5[1-5]\d{{14}}|2[2-7]\d{{14}}|3[47]\d{{13}}|6011\d{{12}}|64[4-9]\d{{13}}|"
                    rf"65\d{{14}}|35[2-8]\d{{13}}|62\d{{14}}|3(?:0[0-5]|[68]\d)\d{{11}}){_E}",
                    MEDIUM,
                ),
                (  # UnionPay's 17 to 19 digits among them: alone, as often a platform's snowflake id
                    "card bare other",
                    rf"{_B}(?:5[06-9]\d{{14}}|6\d{{15}}|62\d{{15,17}}|(?:8600|9860|9792|94\d\d)\d{{12}}){_E}",
                    WEAK,
                ),
            ],
            ["card", "credit", "visa", "mastercard", "amex", "payment", "refund", "pan", "debit", "charge"],
            luhn_ok,
        ),
        _spec(  # any issuer's number (ISO/IEC 7812: 13 to 19 digits, Luhn) where a word names a card
            "CREDIT_CARD",
            [("card any issuer", rf"{_B}\d{{13,19}}{_E}", WEAK)],
            ["card", "pan"],
            lambda t: luhn_ok(t) and not repetitive(t) and (t[0] != "1" or len(t) == 15),  # 1: UATP; else a timestamp
        ),
        _spec(
            "US_DRIVER_LICENSE",
            [
                ("dl dashed", rf"{_B}[A-Z]\d{{3}}-\d{{4}}-\d{{4}}{_E}", WEAK),
                ("dl letter", rf"{_B}[A-Z]\d{{7}}{_E}", WEAK),
                ("dl digits", rf"{_B}\d{{7,9}}{_E}", WEAK),
                # state formats as the DMVs print them (AAMVA DL/ID jurisdiction formats): the grouped ones
                # are shaped like nothing else; the bare ones need a word that names a licence
                ("dl fl", rf"{_B}[A-Z]\d{{3}}-\d{{3}}-\d{{2}}-\d{{3}}-\d{_E}", MEDIUM),
                ("dl md", rf"{_B}[A-Z]-\d{{3}}-\d{{3}}-\d{{3}}-\d{{3}}{_E}", MEDIUM),
                ("dl wi", rf"{_B}[A-Z]\d{{3}}-\d{{4}}-\d{{4}}-\d{{2}}{_E}", MEDIUM),
                ("dl mi mn", rf"{_B}[A-Z] \d{{3}} \d{{3}} \d{{3}} \d{{3}}{_E}", MEDIUM),
                ("dl nj", rf"{_B}[A-Z]\d{{4}} \d{{5}} \d{{5}}{_E}", MEDIUM),
                ("dl on", rf"{_B}[A-Z]\d{{4}}-\d{{5}}-\d{{5}}{_E}", MEDIUM),
                ("dl letter digits", rf"{_B}[A-Z]\d{{8}}(?:\d{{3,6}})?{_E}", WEAK),
                ("dl oh", rf"{_B}[A-Z]{{2}}\d{{6}}{_E}", WEAK),
                ("dl nh", rf"{_B}\d{{2}}[A-Z]{{3}}\d{{5}}{_E}", WEAK),
                ("dl co", rf"{_B}\d{{2}}-\d{{3}}-\d{{4}}{_E}", WEAK),
                ("dl wa", rf"{_B}WDL(?=[A-Z]{{0,8}}\d)[A-Z0-9]{{9}}{_E}", MEDIUM),  # Washington since 2018
                ("dl ny", rf"{_B}\d{{3}} \d{{3}} \d{{3}}{_E}", WEAK),
                # Great Britain (DVLA): surname, birth decade, month (+50 for women), day, year, initials, check
                (
                    "dl gb",
                    rf"{_B}(?=[A-Z9]{{0,4}}[A-Z])[A-Z9]{{5}}\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d"
                    rf"[A-Z9]{{2}}\d[A-Z]{{2}}{_E}",
                    MEDIUM,
                ),
            ],
            ["license", "licence", "driver", "drivers", "dl", "permit"],
            plain_id_ok,
        ),
        _spec(
            "DEVICE_ID",
            [
                ("imei", rf"{_B}\d{{15}}{_E}", WEAK),
                ("serial", rf"{_B}(?=[A-Z0-9]{{8,16}}{_E})(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{{8,16}}{_E}", WEAK),
            ],
            ["device", "serial", "imei", "implant", "implanted", "udi", "pacemaker", "sn"],
            lambda t: alnum_id_ok(t) if any(c.isalpha() for c in t) else plain_id_ok(t),
        ),
        _spec(
            "UDI",
            # a GS1 UDI in human-readable form: (01) GTIN-14, then production identifiers (lot, expiry, serial)
            [
                ("gs1 udi", r"\(01\)\d{14}(?:\((?:10|11|17|21|240)\)[!-'*-~]{1,20})*", STRONG),
                # the same as a barcode's data, without parentheses: a GTIN-14, then a date or a lot or serial
                ("gs1 udi plain", rf"{_B}01\d{{14}}(?:1[17]\d{{6}}|(?:10|21)[A-Za-z0-9-]{{1,20}})+{_E}", MEDIUM),
            ],
            ["device", "udi", "implant"],
            gtin_ok,
        ),
        _spec(
            "UDI",
            # HIBC: `+`, a labeler code (a letter and three more), the product code, a unit of measure digit,
            # optionally `/` and lot, expiry or serial data, then the check character
            [
                (
                    "hibcc udi",
                    r"(?<![\w+])\+[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}\d(?:/[A-Z0-9$+%./-]{1,40})?[A-Z0-9$+%./-](?![\w$+%/-])",
                    STRONG,
                )
            ],
            ["device", "udi", "implant"],
            hibcc_ok,
        ),
        _spec(
            "IMEI",
            # 15 digits, or as 3GPP TS 23.003 presents them: the type allocation code, serial and check digit
            [
                ("imei luhn", rf"{_B}\d{{15}}{_E}", MEDIUM),
                # not inside a longer dashed or dotted id (`10-49-015420-323751-8-77`)
                ("imei grouped", r"(?<![\w.-])\d{2}([- ])\d{6}\1\d{6}\1\d(?![\w-]|\.\d)", MEDIUM),
                # type allocation code, serial number, check digit (`35236310 183128 3`)
                (  # not a date, a time and a counter (`20240115-103000-0`)
                    "imei tac snr",
                    r"(?<![\w.-])(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[- ])"
                    r"\d{8}([- ])\d{6}\1\d(?![\w-]|\.\d)",
                    MEDIUM,
                ),
            ],
            ["imei", "device"],
            lambda t: luhn_ok(t) and not repetitive(t),
        ),
        _spec(
            "DEVICE_ID",
            # a SIM card's number, its serial (ITU-T E.118's ICCID): `89` for telecommunications, a country code, the
            # issuer and the card's own number, 19 or 20 digits in all with a Luhn check digit; whole, beside a word
            # for one (a long id of other things may start so), or printed in fours as the cards are
            [
                ("iccid", r"(?<![\w.-])89\d{17,18}(?![\w-]|\.\d)", WEAK),
                ("iccid grouped", r"(?<![\w.-])89\d\d \d{4} \d{4} \d{4} \d{3,4}(?![\w-]|\.\d)", MEDIUM),
            ],
            ["iccid", "sim", "esim", "device"],
            lambda t: luhn_ok(t) and not repetitive(t),
        ),
        _spec(
            "MAC_ADDRESS",
            [
                # six groups exactly, one separator throughout: not a slice of an MD5 key fingerprint (16 groups)
                (
                    "mac",
                    rf"{_B}(?:(?<![0-9A-F]:)|{_AFTER_MAC})[0-9A-F]{{2}}(?::[0-9A-F]{{2}}){{5}}(?!:[0-9A-F]{{2}}){_E}",
                    STRONG,
                ),
                (
                    "mac dashed",
                    rf"{_B}(?:(?<![0-9A-F]-)|{_AFTER_MAC})[0-9A-F]{{2}}(?:-[0-9A-F]{{2}}){{5}}(?!-[0-9A-F]{{2}}){_E}",
                    STRONG,
                ),
                (  # an EUI-64 (IEEE), eight groups: not an IPv6 address, whose groups drop their leading zeros
                    "eui-64",
                    rf"{_B}(?<![0-9A-F][:-])[0-9A-F]{{2}}([:-])[0-9A-F]{{2}}(?:\1[0-9A-F]{{2}}){{6}}(?![:-][0-9A-F]{{2}}){_E}",
                    STRONG,
                ),
                (
                    "mac dotted",
                    # (after a word and its dot, as a file name joins them: `metadata.c8b4.737f.935e`)
                    # (a letter among its digits: `1000.2000.3000` is a version's or a port's)
                    rf"{_B}(?<![0-9A-F]{{4}}\.)(?=[0-9.]{{0,13}}[A-F])"
                    rf"[0-9A-F]{{4}}\.[0-9A-F]{{4}}\.[0-9A-F]{{4}}{_E}(?!\.[0-9A-F]{{4}}{_E})",
                    STRONG,
                ),
                # the digits alone, a letter and a digit among them (`ACBC32A9231C_ref`); `device_mac_ok` asks
                # IEEE's registry for its manufacturer
                (
                    "mac bare",  # (not a UUID's last group: `-` before it)
                    r"(?<![0-9A-Z-])(?=[0-9A-F]{0,11}\d)(?=[0-9A-F]{0,11}[A-F])[0-9A-F]{12}(?![0-9A-Z])",
                    MEDIUM,
                ),
            ],
            ["mac", "device"],
            device_mac_ok,
            case_sensitive=False,
        ),
        # a code no word explains (`phiscan.detect.barecodes`): it yields to any detection it touches
        _spec(ENTITY, [("bare code", BARE_CODE.pattern, MEDIUM)], (), bare_code_ok),
        _spec(
            "VIN",
            [("vin", rf"{_B}[A-HJ-NPR-Z0-9]{{17}}{_E}", STRONG)],
            ["vin", "vehicle"],
            vin_ok,
            case_sensitive=False,
        ),
        _spec(
            "IP_ADDRESS",
            [
                # a network in CIDR notation (`/24`) is a range, not one host's address; `/32` is one host
                # (RFC 4632 section 3.1), as IPv6's `/128` is (RFC 4291 section 2.3)
                (
                    "ipv4",
                    rf"(?<![\w.]){_B}{_NOT_A_SECTION}(?:\d{{1,3}}\.){{3}}\d{{1,3}}(?![\w.]*\d)(?!/(?!32\b)\d)",
                    MEDIUM,
                ),
                # an address as hosts' names spell it, its dots as hyphens after the host's word: EC2's private
                # and public DNS names (`ip-172-31-20-5`, `ec2-54-12-7-9`), ISPs' reverse DNS (`static-`, `cpe-`)
                (
                    "ipv4 host name",
                    rf"(?i)(?<![\w.-])(?:(?:ip|ec2)-(?:\d{{1,3}}-){{3}}\d{{1,3}}(?![\w-]*\d)"
                    rf"|(?:{_HOST_WORDS})-(?:\d{{1,3}}-){{3}}\d{{1,3}}(?=\.[a-z]))",  # an ISP's word, then its domain
                    MEDIUM,
                ),
                # every textual form of RFC 4291 / RFC 5952 (compressed `::`, embedded IPv4, a zone id);
                # `ipaddress` decides what is an address
                (
                    "ipv6",
                    r"(?<![\w:.])(?=[0-9a-fA-F.]*:[0-9a-fA-F.]*:)[0-9a-fA-F:]{2,39}(?:\d{1,3}(?:\.\d{1,3}){3})?"
                    r"(?:%[\w.]{1,16})?(?![\w:]|\.\w|/(?!128\b)\d)",  # (a sentence's period may end it)
                    MEDIUM,
                ),
            ],
            ["ip", "address", "login", "client", "source", "host"],
            public_ip_ok,
        ),
        _spec(
            "ZIP_CODE",
            [
                ("zip after state", rf"(?<=\b{_STATE} )\d{{5}}(?:-\d{{4}})?{_E}", MEDIUM),
                ("zip", rf"{_B}\d{{5}}(?:-\d{{4}})?{_E}", WEAK),
                # USPS's ZIP+4 (Publication 28, 2.3): five digits, a hyphen, four; no other number is written so
                # (not after another group: `1-20240-1234`, a phone's or a serial's; not a standard's number after
                # its name, `GOST R 52249-2009`; not a field of an HL7 v2 record, which `detect.records` reads)
                ("zip plus four", r"(?<![\w.:/#+^|-])(?<![A-Z\u0410-\u042f]{1,6} )\d{5}-\d{4}(?![\w.-]|/\d)", MEDIUM),
            ],
            ["zip", "zipcode", "postal", "postcode"],
            zip_ok,
        ),
        _spec(
            "STREET_ADDRESS",
            [
                (
                    "street",
                    # house number (221B, 12-14), a directional, one to four name words (ordinals, initials
                    # and Jr too: 5th, John F Kennedy, Martin Luther King Jr), a USPS suffix, a trailing
                    # directional, a unit, then city, state and ZIP
                    # (not the day of a date: `2020-09-14.TransactionStream`)
                    rf"{_NOT_A_DAY}\b\d{{1,6}}[A-Z]?(?:-\d{{1,4}})? (?:(?:[NSEW]|NE|NW|SE|SW)\.? )?"
                    rf"(?:[A-Z][a-z]+\.? |\d{{1,3}}(?:st|nd|rd|th) )"
                    # a lone capital is an initial between name words (John F Kennedy), not `Build A Bridge`
                    rf"(?:(?:[A-Z][a-z]+|\d{{1,3}}(?:st|nd|rd|th))\.? |[A-Z]\.? (?=[A-Z][a-z]+\.? [A-Z0-9])){{0,3}}"
                    rf"(?:{_STREET_SUFFIXES})\b\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
                    rf"(?:,? (?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Lot|Trlr|Spc|Fl(?:oor)?\.?|Rm\.?|Room|Bldg\.?|#) ?#?"
                    rf"[0-9A-Z-]+)?"
                    rf"(?:(?:, |\n)(?:[A-Z][a-z]+ ){{0,3}}[A-Z][a-z]+,? {_REGION_POSTCODE})?",  # the city's line
                    MEDIUM + 0.1,
                ),
                (
                    "street city state zip",
                    # no suffix is needed when the city, state and ZIP follow (1420 Maplewood, Springfield, IL 62704)
                    # and the grid numbers of rural Wisconsin and Utah (N6401 N Juniper Trail, Bangor, ME 04409)
                    # (and county roads named by a letter or number: N9122 County Road J, 2201 Highway 61)
                    rf"{_NOT_A_DAY}\b(?:[NSEW]\d{{3,6}}|\d{{1,6}}[A-Z]?) (?:(?:[NSEW]|NE|NW|SE|SW)\.? )?"
                    rf"(?:(?:[A-Z][a-z]+ ){{0,3}}[A-Z][a-z]+|(?:County Road|Highway|Hwy|Route|State Road|CR|FM) "
                    rf"(?:[A-Z]{{1,2}}|\d{{1,4}}))"
                    # USPS Publication 28's secondary unit designators (C2): Lot, Trailer, Space and the rest
                    rf"(?:,? (?:Apt\.?|Suite|Ste\.?|Unit|Lot|Trlr|Spc|Bldg|Rm|Fl|Dept|#) ?#?[0-9A-Z-]+)?"
                    rf", (?:[A-Z][a-z]+ ){{0,3}}[A-Z][a-z]+,? {_REGION_POSTCODE}\b",
                    MEDIUM + 0.1,
                ),
                (
                    "street in capitals",
                    # USPS Publication 28's standardised form (2.1: upper case, the standard suffix, no
                    # punctuation): 71553 W PALOVERDE CIR UNIT 28D, SAVANNAH, GA 31444
                    rf"{_NOT_A_DAY}\b\d{{1,6}}[A-Z]?(?:-\d{{1,4}})? (?:(?:[NSEW]|NE|NW|SE|SW) )?"
                    rf"(?:(?:[A-Z][A-Z'-]+|\d{{1,3}}(?:ST|ND|RD|TH)) ){{1,4}}(?:{_STREET_SUFFIXES.upper()})\b"
                    rf"(?: (?:N|S|E|W|NE|NW|SE|SW)\b)?"
                    rf"(?: (?:APT|STE|UNIT|LOT|TRLR|SPC|FL|RM|BLDG|#) ?#?[0-9A-Z-]+)?"
                    rf"(?:(?:[,;]? |\n)(?:[A-Z]+ ){{0,3}}[A-Z]+,? {_REGION_POSTCODE})?(?![\w-])",  # `; CITY`, a line
                    MEDIUM + 0.1,
                ),
            ],
            ["address", "street", "resides", "mail", "home", "visit", "lives"],
            street_ok,
        ),
        _spec(
            "STREET_ADDRESS",
            [
                # a post office box, and the European orders: Hauptstraße 12, 12 rue de la Paix, Calle Mayor 5
                ("po box", r"\bP\.? ?O\.? Box \d{1,6}\b", MEDIUM),
                # USPS Publication 28: rural route and highway contract boxes
                ("rural route", r"\b(?:RR|Rural Route|HC|Highway Contract) \d{1,3},? Box \d{1,5}\b", MEDIUM),
                # USPS Publication 28, 225: military mail (PSC 1234, Box 5678, APO AE 09204; USS Nimitz FPO AP 96620)
                (
                    "military",
                    r"\b(?:(?:PSC|CMR|Unit) \d{1,5},? Box \d{1,5}|US[NS]S [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}),?\s+"
                    r"(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}\b",
                    MEDIUM + 0.1,
                ),
                (
                    "street eu",
                    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|laan|straat|gracht|vej|"
                    r"gatan|gata|ulica) \d{1,4}[a-zA-Z]?\b"
                    rf"|\b[A-ZÄÖÅÆØÕ][a-zäöüåæøõ]{{3,}}(?:{_STREET_ENDINGS}) \d{{1,4}}[a-zA-Z]?\b"  # Orapihlajatie 861
                    r"|\b[A-ZÄÖÜ][a-zäöüß]+ (?:Straße|Strasse|Str\.|Weg|Allee|Platz|Damm) \d{1,4}[a-z]?\b"
                    r"|\b(?:ul|al|pl|os)\. [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w-]+){0,2} "  # Polish
                    r"\d{1,4}(?:/\d{1,4})?[a-zA-Z]?\b"
                    # Russian, Ukrainian, Belarusian and Bulgarian street types before the name (libpostal's
                    # dictionaries): `вул. Хрещатик, 22`, `ул. Тверская, д. 18`, `проспект Миру 7`
                    r"|(?<!\w)(?:(?i:ул|вул|просп|пер|пров|бул|наб|пл)\. ?|(?i:пр-т\.?|улица|вулиця|вуліца|проспект"
                    r"|праспект|переулок|провулок|бульвар|набережная|набережна|шоссе|шосе) )[\"'\u00ab\u201e\u201c]?"
                    rf"{_CYRILLIC_CAPITAL}[\w'\u2019-]+(?: {_CYRILLIC_CAPITAL}[\w'\u2019-]+){{0,2}}"
                    r"[\"'\u00bb\u201c\u201d]?,? ?"
                    r"(?:(?:д|буд|дом)\.? ?)?\d{1,4}(?:[\u0430-\u044f]|к\d)?(?:/\d{1,4})?(?![\w/])"
                    r"(?!\s+[\u0430-\u044f])"  # (not a count of things: `10 записей`)
                    r"|\b\d{1,4}(?:bis|ter)?,? (?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|[Cc]hemin|[Aa]llée|[Ii]mpasse|"
                    r"[Qq]uai|[Pp]lace|[Rr]oute) "
                    r"(?:d[eu]s? |de la |de l'|du )?[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+){0,3}"
                    # Spanish, Catalan, Italian, and the Brazilian street types of the Correios address standard
                    r"|\b(?:Calle|Avenida|Av\.|Avda\.|Paseo|Carrer|Rua|Via|Viale|Corso|Piazza|Largo|Alameda|Travessa|"
                    r"Praça|Estrada|Rodovia|Esplanada|Ladeira|Viela) "
                    r"(?:(?:d[eoa]s?|del|de la) ){0,2}"
                    r"[A-ZÀ-Ý][\w'-]+(?: (?:(?:d[eoa]s?|del) )?[A-ZÀ-Ý][\w'-]+){0,3},? (?:n[º°o]\.? ?)?\d{1,4}\b",
                    MEDIUM + 0.1,
                ),
                # UPU address formats: a street and number followed by a five-digit postcode and a town (DE, FR,
                # IT, ES, FI: Unter den Linden 77, 10117 Berlin); Royal Mail's: number, street, town, postcode
                # (33 Kingsway, Manchester M19 2LL); Japan's block numbers, ward or city (2-11-3 Meguro, Meguro-ku)
                (
                    "street postcode",
                    r"\b[A-ZÀ-Ý][\w'.-]{1,40}"  # bounded: after each `.` a new start (`A.A.A.…` was quadratic)
                    r"(?: (?:[A-ZÀ-Ý][\w'.-]{1,40}|d[eiu]n?|de[rs]?|la|van|von|am|an|im|zu[mr])){0,3} "
                    # a flat, block, entrance or floor between them (Serbia's `stan 25`, Romania's `bl. B4, ap. 23`)
                    # (Estonia's street types are written small after the name, and a flat after the house number:
                    # `Pärnu mnt 92-57, 10141 Tallinn`; Maa-amet's address standard)
                    r"(?:(?:mnt|pst|tn|tee|põik|pk|väljak|plats|puiestee|tänav|maantee) \d{1,4}[a-z]?(?:-\d{1,4})?"
                    r"|\d{1,4}[a-z]?)(?:, (?:stan|ulaz|sprat|bl|sc|et|ap|kv|app|apt|whg|top|lok|piso|esc|pta"
                    r"|dept|byt|m|int)\.? [A-Z]?\d{1,4}[a-z]?){0,3}, \d{5,6} [A-ZÀ-Ý][\w-]+"
                    # Georgian Post: street, its type (ქ. street, გამზ. avenue ...), number, flat (ბინა), town, postcode
                    r"|(?<![\u10d0-\u10ff-])[\u10d0-\u10ff][\u10d0-\u10ff-]{1,30}(?: [\u10d0-\u10ff-]{1,30})? "
                    r"(?:ქ\.|ქუჩა|გამზ\.|გამზირი|შესახვევი|ჩიხი|ხეივანი|მოედანი|დასახლება) ?\d{1,4}[ა-ჰ]?"
                    r"(?:, ბინა \d{1,4})?, [\u10d0-\u10ff]+(?:,? \d{4})?"
                    # the street's type first and its number after a word for number: Romania (Poșta Română:
                    # `Str. Horea nr. 95`), Ukraine (Ukrposhta, romanised: `vul. Zelena, bud. 87`)
                    r"|\b(?:Str\.|Strada|Bd\.|Bulevardul|Calea|Aleea|Șos\.|Sos\.|vul\.|vulytsia|prosp\.|prov\.|"
                    r"bulv\.) [A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+){0,2},? (?:nr\.|bud\.) ?\d{1,4}[A-Za-z]?\b"
                    # Thailand Post: house number, village (หมู่), sub-district, district, province, postcode
                    r"|\d{1,4}(?:/\d{1,4})? หมู่(?:ที่)? ?\d{1,2} (?:ตำบล|แขวง)\S+ (?:อำเภอ|เขต)\S+ (?:จังหวัด)?\S+ \d{5}"
                    r"|\b\d{1,4}[A-Z]?,? (?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+(?:, (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+){1,2},? "
                    r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
                    r"|\b\d{1,4}-\d{1,4}(?:-\d{1,4})? [A-Z][a-z]+(?:-[a-z]+)?, "
                    r"[A-Z][a-z]+-(?:ku|shi|cho|machi|mura|gun)\b",
                    MEDIUM + 0.1,
                ),
                # a street (its type a word of its own, in any script), a number and a flat, then a postcode of
                # three to six digits (or lettered) and a town, or a town and a lettered postcode
                (
                    "street upu",
                    # (after its type a street's name may hold small words: `бул. Партизански одреди 41`)
                    rf"(?<![\w.])(?:(?:{_STREET_TYPES}) [{_UP}][\w'.-]{{0,40}}(?: [^\W\d_][\w'.-]{{0,40}}){{0,3}}"
                    rf"|[{_UP}][\w'.-]{{1,40}}"
                    rf"(?: (?:[{_UP}][\w'.-]{{0,40}}|{_STREET_TYPES}|d[eiu]n?|de[rs]?|la|van|von)){{0,4}}) "
                    r"\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?(?:, [^,\d]{1,12} ?\d{1,4}[a-zA-Z]?){0,2}, " + _UPU_END,
                    MEDIUM + 0.1,
                ),
                # street types of other national address standards, each with the number that follows it:
                # Turkey (PTT: `Cumhuriyet Cad. No:12 D:3`), Hungary (`Váci utca 22.`), Korea's road-name
                # addresses (`35 Teheran-ro 12-gil`), Vietnam (`376 Trần Hưng Đạo, Phường 2`) and the street
                # grids of Utah and Idaho (`550 N 800 E`)
                (
                    "street national",
                    r"\b[A-ZÇĞİÖŞÜ][\wçğ\u0131öşü]+(?: [A-ZÇĞİÖŞÜ][\wçğ\u0131öşü]+){0,2} "
                    r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sk\.|Sokak|Sokağ\u0131|Bulvar\u0131|Blv\.|Bulv\.) ?(?:No|Nu)[:.] ?"
                    r"\d{1,4}[A-Z]?\b"
                    r"|\b[A-ZÁÉÍÓÖŐÚÜŰ]\w+(?:-\w+)* (?:utca|út|útja|tér|körút|krt\.|sétány|fasor|köz|rakpart) "
                    r"\d{1,4}(?:\.|\b)"
                    # Korea's road and its district, Vietnam's street and its ward or district, a grid and its town
                    r"|\b\d{1,4}(?:-\d{1,4})? [A-Z][a-z]+-(?:daero|ro|gil)(?: \d{1,4}(?:beon)?-gil)?, "
                    r"[A-Z][a-z]+-(?:gu|si|gun|dong|eup|myeon)\b"
                    r"|\b\d{1,4}[A-Z]? [^\W\d_]+(?: [^\W\d_]+){0,4}, (?:Phường|Xã|Quận|Huyện|P\. ?\d|Q\. ?\d)"
                    r"|\b\d{2,5} [NSEW]\.? \d{2,5} [NSEW]\.?, [A-Z][a-z]+(?: [A-Z][a-z]+)?,? [A-Z]{2}\b"
                    # India Post: house, road (Salai, Marg, Nagar ...), locality, town and six-digit PIN code
                    r"|\b\d{1,4}[A-Z]?(?:/\d{1,4})?,? (?:[A-Z][a-z]+ ){1,3}(?:Salai|Marg|Nagar|Road|Rd\.?|Street|Lane)"
                    r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?){0,2}, [A-Z][a-z]+(?: - | |-)[1-9]\d{5}\b"
                    # Indonesia (Pos Indonesia) and Malaysia: the street type, then its number (`Jl. Gejayan No. 63`)
                    r"|\b(?:Jl\.|Jln\.|Jalan) [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3},? No\.? ?\d{1,4}[A-Z]?\b"
                    # India Post's and Pakistan Post's addresses led by the premise (house, plot, flat), then
                    # street, block or locality, town and the five- or six-digit postcode (PIN)
                    r"|\b(?:House|H\.|Plot|Flat|Door|Shop|Bungalow|Quarter|Qtr\.) ?No\. ?[A-Z0-9][\w/-]{0,10}"
                    r"(?:, [A-Z0-9][\w'./-]{0,30}(?: [\w'./-]{1,30}){0,3}){1,4}, "
                    r"(?:[A-Z][\w-]+ ){0,2}[A-Z][a-z][\w-]*,? [1-9]\d{4,5}\b",
                    MEDIUM + 0.1,
                ),
            ],
            ["address", "street", "resides", "mail", "home", "lives"],
            european_street_ok,
        ),
    )


def _national_check(modules: tuple[str, ...]) -> Callable[[str], bool]:
    ok = valid_national_id(modules)
    return lambda t: not repetitive(digits_of(t)) and ok(t)  # (`12345678950`, `999999990019`: test numbers)


# national identity numbers (`phiscan.detect.nationalids`): each a weak shape, counted beside a word that names it,
# not inside a longer spaced number; letters typed small too (`bnclra79m52f205k`)
SPECS: tuple[Spec, ...] = _build_specs() + tuple(
    _spec(
        n.entity,
        [(n.entity.lower(), rf"(?<!\d[ -]){_B}(?:{n.form}){_E}(?![ -]\d)", WEAK)],
        n.words,
        _national_check(n.modules),
        case_sensitive=False,
        min_digits=n.min_digits,
    )
    for n in NATIONAL_IDS
)
"""Every pattern recognizer phiscan registers, in one explicit list."""
