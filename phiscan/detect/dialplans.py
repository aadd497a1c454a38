"""A number as its own country writes it at home, read by that country's numbering plan.

Once a word says a value is a phone number, the value need not carry its country code: Russia dials `8 (912)
345-67-89` with its trunk prefix 8, Qatar writes `4405 5229` and Hong Kong `5174 1369` with none. Which countries
have which trunk prefix, and which national numbers are valid there, is the ITU-T E.164 numbering plans' data as
Google's libphonenumber keeps it (`phonenumbers`' metadata: `national_prefix`, the number patterns); nothing here
is a hand-made list of countries.
"""

from __future__ import annotations

import functools
import re

from phiscan.detect.specs import digits_of, national_readings, repetitive

_MAX_DIGITS = 13  # a national significant number and its trunk prefix; longer is an id or an E.164 number
# digits as dialled, with at most one area code in brackets
_GROUPED = re.compile(r"(?=[^()]*(?:\([^()]*\))?[^()]*$)\(?\d[\d ().-]*\d")
# an amount grouped in thousands (`1 250 000`, `3.499.990`; `691 402 837` is Spain's mobile), and opening hours
_THOUSANDS = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})+|\d{1,2}(?: \d{3}){2,}")
_HOURS = re.compile(r"\d{1,2}[.:]\d\d ?[-\u2013] ?\d{1,2}[.:]\d\d")

# India's mobiles are dialled as their ten digits within the country, with no trunk 0 (DoT, National Numbering
# Plan 2003, 4.1), though libphonenumber formats them with one
_UNPREFIXED_MOBILES = ("IN",)


@functools.cache
def _plans() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Regions by their trunk prefix (`0`, `8`, ...), and the regions where some numbers are written with none:
    the plan has no trunk prefix, or libphonenumber's national format of its example numbers leaves it out
    (Brazil's `(11) 96123-4567`, China's `131 2345 6789`). North America's plans are `specs.phone_ok`'s."""
    import phonenumbers
    from phonenumbers.phonemetadata import PhoneMetadata

    by_prefix: dict[str, list[str]] = {}
    without: list[str] = list(_UNPREFIXED_MOBILES)
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = PhoneMetadata.metadata_for_region(region)
        prefix = meta.national_prefix if meta is not None else None
        if not prefix:
            without.append(region)
            continue
        if prefix == "1":
            continue
        by_prefix.setdefault(prefix, []).append(region)
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            written = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL) if example else ""
            if written and not written.lstrip("(").startswith(prefix) and region not in without:
                without.append(region)
    return {p: tuple(r) for p, r in by_prefix.items()}, tuple(without)


def dialled_at_home(text: str) -> bool:
    """`text` (digits, dialling separators, brackets) is a valid fixed or mobile number of some country as that
    country writes it without its country code: after the country's trunk prefix, or with none where the plan has
    none or writes some numbers without it, grouped as dialled (`4471 2093`; not an amount's thousands, `1 250 000`).
    Never a drama or example number anywhere, nor a run of digits where it is valid."""
    v = text.strip()
    digits = digits_of(v)
    if not 7 <= len(digits) <= _MAX_DIGITS or not (v.isdigit() or _GROUPED.fullmatch(v)) or _HOURS.fullmatch(v):
        return False
    by_prefix, without = _plans()
    bare = v.lstrip("(")
    trunked = tuple(r for p, rs in by_prefix.items() if bare.startswith(p) for r in rs)
    if trunked and (found := _valid(v, trunked)) is not None:
        return found
    # digits alone without a trunk prefix are as often a count, an id or a timestamp (`cellValue: 482190376`)
    return not v.isdigit() and not _THOUSANDS.fullmatch(v) and bool(_valid(v, without))


def _valid(text: str, regions: tuple[str, ...]) -> bool | None:
    """Whether `text` is a valid fixed or mobile number in one of `regions`: None when in none, False when one of
    them reads a drama or example number (Ofcom's are no valid numbers), or a run where it is valid."""
    import phonenumbers

    kinds = phonenumbers.PhoneNumberType
    readings = national_readings(text, regions)
    if readings is None:
        return False
    valid = [
        p
        for _, p in readings
        if phonenumbers.is_valid_number(p)
        and phonenumbers.number_type(p) in (kinds.MOBILE, kinds.FIXED_LINE, kinds.FIXED_LINE_OR_MOBILE)
    ]
    if any(repetitive(str(p.national_number)) for p in valid):
        return False
    return True if valid else None
