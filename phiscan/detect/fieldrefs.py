"""References to a field of a published record layout (`PID-7`, `NM109`, `302-C2`), read as the field's name."""

from __future__ import annotations

import re

# References to a field of a published record layout, spelled as the words of the field's name:
# HL7 v2 segment and field (`PID-7`, `pid7`, `IN1_49`, `GT1.12`), ASC X12 segment and element (`NM109`, `N4-03`,
# `DMG02`, `REF02_SY` with its qualifier) and NCPDP field ids (`302-C2`); not glued to other letters or digits
_HL7_FIELD = re.compile(r"(?<![A-Za-z0-9])(PID|MRG|NK1|GT1|IN1|PV1)[-_. ]?(\d{1,2})(?!\d)", re.IGNORECASE)
_X12_ELEMENT = re.compile(r"(?<![A-Za-z0-9])(NM1|N3|N4|DMG|PER|CLM)[-_.*]?(\d{2})(?!\d)", re.IGNORECASE)
_X12_REF = re.compile(r"(?<![A-Za-z0-9])REF(?:[-_.]?02)?[-_.*]([A-Z0-9]{2})(?![A-Za-z0-9])", re.IGNORECASE)
_NEMSIS_ELEMENT = re.compile(r"(?<![A-Za-z0-9])(ePatient)[._]?(\d{2})(?!\d)", re.IGNORECASE)
_NCPDP_FIELD = re.compile(r"(?<![A-Za-z0-9-])(\d{3})[-_]([A-Z0-9]{2})(?![A-Za-z0-9-])", re.IGNORECASE)
FIELD_REF = re.compile(
    "|".join(rx.pattern for rx in (_HL7_FIELD, _X12_ELEMENT, _X12_REF, _NCPDP_FIELD, _NEMSIS_ELEMENT)), re.I
)


def spell_fields(text: str, fields: dict[str, dict[str, str]]) -> str:
    """Field references of HL7 v2, X12, NCPDP and NEMSIS spelled as the words of the field's name (`pid7` ->
    `birth date`, `N403` -> `zip`, `302-C2` -> `cardholder id`, `ePatient.17` -> `birth date`); unknown ones
    stay as written.  `fields`: the tables of `phiscan/data/vocabulary.toml` by standard (`hl7`, `x12` ...)."""
    hl7, x12, ncpdp, nemsis = fields["hl7"], fields["x12"], fields["ncpdp"], fields["nemsis"]

    def spelled(table: dict[str, str], key: str, m: re.Match[str]) -> str:
        return f" {table[key]} " if key in table else m[0]

    text = _HL7_FIELD.sub(lambda m: spelled(hl7, f"{m[1].upper()}.{int(m[2])}", m), text)
    if " " not in text.strip():  # in a key or a label only: in prose `N403` and `PER04` are as often other things
        text = _X12_ELEMENT.sub(lambda m: spelled(x12, f"{m[1].upper()}.{m[2]}", m), text)
    text = _X12_REF.sub(lambda m: spelled(x12, f"REF.{m[1].upper()}", m), text)
    text = _NEMSIS_ELEMENT.sub(lambda m: spelled(nemsis, f"ePatient.{m[2]}", m), text)
    return _NCPDP_FIELD.sub(lambda m: spelled(ncpdp, f"{m[1]}-{m[2].upper()}", m), text)
