"""Postal codes of every country, in the formats Google's address data gives (`data/postal_codes.tsv`).

Asked only where a cue names a postal code: `LS6 2AB`, `M4C 3R7`, `22041-001` and `31-042` are postal codes under
`postcode`, `postalCode`, `cep` or `kodPocztowy`, and nothing alone.  A code the address data documents as its
example is a stand-in, as `12345` is (for every country: `2000` is Sydney's and an example elsewhere, a trade of a
few real codes for no stand-in), and so are a run (`A1B 2C3`), a year and a standard's or currency's number.
"""

from __future__ import annotations

import functools
import re

from phiscan.data import data_file

# The address data's Irish (any three and four letters or digits) and Maltese (any three capitals and digits) formats
# take `SHA 256` and `ISO 8601`; Ireland's Eircode is a routing key (a letter and two digits, or D6W) and four of
# its own 25 characters (Eircode's published format), and Malta's few codes are left to the street patterns.
_LOOSE = frozenset({"IE", "MT"})
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"
# standards', registries' and currencies' names before a number (`RFC 5322`, `USD 4500`), not a post town's
_NOT_POSTAL = re.compile(r"(?i)\b(?:ISO|RFC|CVE|SHA|AES|ICD|CPT|NPI|SKU|UTF|ANSI|IEEE|NIST|IEC|DIN|HL7|USD|EUR|GBP)\b")


@functools.lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], frozenset[str]]:
    formats: list[str] = []
    examples: set[str] = set()
    for line in data_file("postal_codes.tsv").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, countries, text = line.split("\t")
        if kind == "format" and countries not in _LOOSE:
            formats.append(text)
        else:
            examples.add(text)
    return re.compile("|".join(f"(?:{rx})" for rx in [*formats, _EIRCODE])), frozenset(examples)


def postal_code(value: str) -> bool:
    """A country's postal code as its post writes it, not a stand-in (`00000`, `10000`, `1234`, a documented
    example)."""
    v = value.strip()
    if not 4 <= len(v) <= 10:
        return False
    pattern, examples = _table()
    if v in examples or _NOT_POSTAL.search(v) or pattern.fullmatch(v) is None:
        return False
    digits = "".join(c for c in v if c.isdigit())
    if len(digits) < 2 or (v.isdigit() and len(v) == 8 and v[:2] in ("19", "20")):
        return False  # eight digits are a CEP (`01310100`) or a compact date
    runs = re.findall(r"\d{3,}", v)  # a group of one digit or a run (`00000-1234`, `AB1 2345`) is a stand-in's
    if any(len(set(r)) == 1 or (len(r) >= 4 and (r in "0123456789" or r in "9876543210")) for r in runs):
        return False
    if (len(digits) >= 3 and digits in "0123456789") or (v.isdigit() and len(v) == 4 and 1900 <= int(v) <= 2099):
        return False  # `A1B 2C3`, a year
    return not (
        len(set(digits)) == 1
        or (len(digits) >= 4 and digits.count("0") >= len(digits) - 1)  # round: 1000, 20000, 00001
        or (len(digits) >= 4 and (digits in "01234567890" or digits in "9876543210"))
    )
