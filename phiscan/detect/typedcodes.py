"""The codes of HL7 v2 Table 0203 (Identifier Type) beside the word `identifier` or `type`, spelt out as the names
they stand for (`identifier[MR]` -> `identifier[ mrn ]`): FHIR's `identifier.type` and its slices name an identifier
by them, and alone they are other words (`Mr`, `an`, `ma`)."""

from __future__ import annotations

import functools
import re

from phiscan.detect.vocabtable import table as _table


@functools.lru_cache(maxsize=1 << 14)  # every surface's keys pass here, and keys recur
def named_types(text: str) -> str:
    """`text` with each identifier type's code beside its identifier spelt out (`identifier[MR]` -> `identifier[
    mrn ]`), before case is lost."""
    low = text.lower()
    return _typed_codes().sub(_named_type, text) if "identifier" in low or "type" in low else text


# the words a code is glued to in camelCase keys (`identifierMBValue`): the identifier's own parts, nothing else
_AFTER_CODE = r"(?:Value|Number|No|Num|Nbr|Id|ID|Identifier|Code|System)(?![a-z])"


@functools.cache
def _typed_codes() -> re.Pattern[str]:
    """HL7 v2 Table 0203's codes as written, in capitals, beside `identifier` or `type` (`identifier[MR]`,
    `MB_identifier`, `identifierDL`): alone they are other words (`Mr`, `an`, `ma`)."""
    codes = "|".join(sorted((c.upper() for c in _table().identifier_types), key=len, reverse=True))
    return re.compile(
        rf"((?:(?<![A-Za-z])(?i:identifier|type)|(?<=[a-z])(?:Identifier|Type))[\W_]*)({codes})(?:(?![A-Za-z])|(?={_AFTER_CODE}))"
        rf"|(?<![A-Za-z])({codes})(?=[\W_]*(?i:identifier|type))"
    )


def _named_type(m: re.Match[str]) -> str:
    name = " ".join(_table().identifier_types[(m[2] or m[3]).lower()])
    return f"{m[1]} {name} " if m[2] else f" {name} "
