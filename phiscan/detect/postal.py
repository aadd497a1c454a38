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
from phiscan.detect.specs import STANDARD_NAMES

# The address data's Irish (any three and four letters or digits) and Maltese (any three capitals and digits) formats
# take `SHA 256` and `ISO 8601`; Ireland's Eircode is a routing key (a letter and two digits, or D6W) and four of
# its own 25 characters (Eircode's published format), and Malta's few codes are left to the street patterns.
_LOOSE = frozenset({"IE", "MT"})
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"


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
    example) nor a standard's or an amount's number (`RFC 5322`, `USD 4500`)."""
    v = value.strip()
    if not 4 <= len(v) <= 10:
        return False
    pattern, examples = _table()
    if v in examples or STANDARD_NAMES.intersection(re.findall(r"[A-Za-z0-9]+", v.upper())):
        return False
    return pattern.fullmatch(v) is not None and not _stand_in(v, "".join(c for c in v if c.isdigit()))


def _stand_in(v: str, digits: str) -> bool:
    """One digit over and over, a run up or down (`12345`, `A1B 2C3`, a group of `00000-1234`), a round number
    (`1000`, `00001`), a year, or eight digits that are a compact date rather than a CEP (`01310100`)."""
    groups = [digits, *re.findall(r"\d{3,}", v)]
    return (
        len(digits) < 2
        or any(len(set(g)) == 1 for g in groups)
        or any(len(g) >= 3 and (g in "01234567890" or g in "9876543210") for g in groups)
        or (len(digits) >= 4 and digits.count("0") >= len(digits) - 1)
        or (v.isdigit() and len(v) == 4 and 1900 <= int(v) <= 2099)
        or (v.isdigit() and len(v) == 8 and v[:2] in ("19", "20"))
    )
