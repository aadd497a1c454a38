"""People's names and identifiers as standards write them: HL7 v2's XPN and CX data types, ICAO 9303's
machine-readable zone and AAMVA's name element, read back into the words people write."""

from __future__ import annotations

import itertools
import re

# HL7 v2's XPN data type (v2.5.1, 2.A.88): Family ^ Given ^ Further given names ^ Suffix ^ Prefix ^ Degree
_XPN = re.compile(
    r"[^\W\d_](?:[^\W\d_]|['\u2019 -](?=[^\W\d_]))*(?:\^(?:[^\W\d_]|['\u2019 .-](?=[^\W\d_]))*[.]?){1,13}"
)


# ICAO Doc 9303 (Part 3, 4.6) machine-readable zone: SURNAME<<GIVEN<NAMES, `<` for each space, trailing fillers
MRZ_NAME = re.compile(r"[A-Z]{2,}(?:<[A-Z]+)*<<[A-Z]{2,}(?:<[A-Z]+)*<*")
# AAMVA DL/ID Card Design Standard (2000-2009 versions), element DAA: FAMILY,GIVEN,MIDDLE in capitals
_AAMVA_DAA = re.compile(r"[A-Z][A-Z'-]+,[A-Z][A-Z'-]+(?:,[A-Z][A-Z'-]*)?")


def notated_name(raw: str) -> str | None:
    """A person's name in one of the standards' notations, written as people write it: HL7 v2's XPN
    (`SAVOLAINEN^KRISTIINA^M` as `Kristiina M Savolainen`), ICAO 9303's MRZ (`ERIKSSON<<ANNA<MARIA` as
    `Anna Maria Eriksson`), AAMVA's DAA (`SARIC,STEFANA,NADJA`); or None."""
    value = raw.strip()
    if "<<" in value and MRZ_NAME.fullmatch(value):
        family, _, given = value.rstrip("<").partition("<<")
        value = "^".join([family.replace("<", " "), *given.split("<")])
    elif "," in value and _AAMVA_DAA.fullmatch(value):
        value = value.replace(",", "^")
    if "^" not in value or not _XPN.fullmatch(value):
        return None
    family, given, *rest = value.split("^")
    middle = [m for m in rest[:1] if len(m.strip(".")) > 1]  # an initial alone is dropped: `CHIDI^E`
    words = [given, *middle, family] if given else []
    return " ".join(w.title() for w in words if w) if len(words) >= 2 else None


# HL7 v2's CX data type (v2.5.1, 2.A.14): ID ^ check digit ^ check digit scheme ^ assigning authority ^ identifier
# type code, the code from HL7 Table 0203.  The code names what the number is, as a label before it would.
_CX = re.compile(
    r"(?<![^\s|~\"'(\[,;:=])([A-Za-z0-9][A-Za-z0-9-]{2,24})\^[^\s^|~]{0,2}\^[^\s^|~]{0,8}\^[^^|~\r\n]{0,60}\^([A-Z]{2,4})"
    r"(?![A-Za-z0-9])"
)
# HL7 Table 0203 (v2.9), the identifier types that are HIPAA identifiers, as the words people write before them
_CX_TYPES = {
    **dict.fromkeys(("MR", "MRT", "PI", "PT", "PN", "PE"), "medical record number"),
    "SS": "social security number",
    "DL": "driver's license number",
    **dict.fromkeys(("MB", "SN", "NI", "JHN", "HC"), "member id"),
    "MA": "medicaid number",
    "MC": "medicare number",
    **dict.fromkeys(("AN", "BA", "BC", "DI", "DS"), "account number"),
    "VN": "visit number",
}


_MAX_CX = 32


def hl7_identifiers(raw: str) -> list[str]:
    """`1234567^^^UCMC^MR` as `medical record number 1234567`: an HL7 v2 CX value, its type code as a label."""
    if "^" not in raw:
        return []
    found = (f"{_CX_TYPES[m[2]]} {m[1]}" for m in _CX.finditer(raw) if m[2] in _CX_TYPES)
    return list(itertools.islice(found, _MAX_CX))  # each is a text to analyse: a table of them is bounded
