"""Query strings that identify a person: any parameter that carries a name, a date of birth or an identifier
(`?patient=Rosa+Garcia&dob=11/23/1957`), or a name split over two (`?firstName=Rosa&lastName=Garcia`)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl


def identifying_query(query: str) -> bool:
    """Any parameter that carries a name, a date of birth or an identifier of a person (every parameter, not
    only the first): `?patient=Rosa+Garcia&dob=11/23/1957`."""
    if not query:
        return False
    from phiscan.detect.evidence import classify
    from phiscan.detect.names import name_shaped
    from phiscan.detect.shapes import id_shaped, is_date
    from phiscan.detect.vocabulary import cues_in, normal_words

    params = parse_qsl(query, keep_blank_values=False)[:32]
    if _split_name(params):
        return True
    for key, value in params:
        value = value.strip()
        if not value or value.startswith(("{", "<", "$", ":")):
            continue
        cues = cues_in(normal_words(key))
        if "PERSON" in cues and name_shaped(value, any_case=True):
            return True
        if cues and (classify(value, cues) is not None or ("DATE_OF_BIRTH" in cues and is_date(value))):
            return True
        if not cues and (name_shaped(value) or (is_date(value) and len(value) >= 8)):
            return bool(re.search(r"(?:dob|birth|born)", key, re.I)) or name_shaped(value)
        if any(c in cues for c in ("MRN", "HEALTH_PLAN_ID", "US_SSN")) and id_shaped(value):
            return True
    return False


_GIVEN_KEY = re.compile(r"(?:first|given|fore)_?name|fname", re.I)
_FAMILY_KEY = re.compile(r"(?:last|family|sur)_?name|lname", re.I)


def _split_name(params: list[tuple[str, str]]) -> bool:
    """A name split over two parameters: `?firstName=Rosa&lastName=Garcia`."""
    from phiscan.detect.names import name_shaped
    from phiscan.detect.reserved import is_stand_in_name

    given = next((v.strip() for k, v in params if _GIVEN_KEY.fullmatch(k.replace("-", "_"))), "")
    family = next((v.strip() for k, v in params if _FAMILY_KEY.fullmatch(k.replace("-", "_"))), "")
    full = f"{given} {family}"
    return bool(given and family) and name_shaped(full, any_case=True) and not is_stand_in_name(full)
