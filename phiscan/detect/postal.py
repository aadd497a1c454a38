"""Postal codes of every country, in the formats Google's address data gives (`data/postal_codes.tsv`).

Asked only where a cue names a postal code: `SW1A 2AA`, `K1A 0B1`, `01310-100`, `00-950` and `110001` are
postal codes under `postcode`, `cep`, `kodPocztowy` or `pinCode`, and nothing alone.  A code the address data
documents as its example is a stand-in, as `12345` is.
"""

from __future__ import annotations

import functools
import re

from phiscan.data import data_file


@functools.lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], frozenset[str]]:
    formats: list[str] = []
    examples: set[str] = set()
    for line in data_file("postal_codes.tsv").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, _countries, text = line.split("\t")
        if kind == "format":
            formats.append(text)
        else:
            examples.add(text)
    return re.compile("|".join(f"(?:{rx})" for rx in formats)), frozenset(examples)


def postal_code(value: str) -> bool:
    """A country's postal code as its post writes it, not a stand-in (`00000`, `10000`, `1234`, a documented
    example)."""
    v = value.strip()
    if not 4 <= len(v) <= 10:
        return False
    pattern, examples = _table()
    if v in examples or pattern.fullmatch(v) is None:
        return False
    digits = "".join(c for c in v if c.isdigit())
    if len(digits) < 2 or (v.isdigit() and len(v) == 8 and v[:2] in ("19", "20")):
        return False  # eight digits are a CEP (`01310100`) or a compact date
    runs = re.findall(r"\d{3,}", v)  # a group of one digit or a run (`00000-1234`, `AB1 2345`) is a stand-in's
    if any(len(set(r)) == 1 or (len(r) >= 4 and (r in "0123456789" or r in "9876543210")) for r in runs):
        return False
    return not (
        len(set(digits)) == 1
        or (len(digits) >= 4 and digits.count("0") >= len(digits) - 1)  # round: 1000, 20000, 00001
        or (len(digits) >= 4 and (digits in "01234567890" or digits in "9876543210"))
    )
