"""References to a field of a published record layout (`PID-7`, `NM109`, `302-C2`), read as the field's name."""

from __future__ import annotations

import re
from collections.abc import Callable

# References to a field of a published record layout, spelled as the words of the field's name:
# HL7 v2 segment and field (`PID-7`, `pid7`, `IN1_49`, `GT1.12`), ASC X12 segment and element (`NM109`, `N4-03`,
# `DMG02`, `REF02_SY` with its qualifier) and NCPDP field ids (`302-C2`); not glued to other letters or digits.  An
# HL7 field may have a component after it (`PID.11.5`, the address's ZIP: HL7 v2's XAD, XPN and CX data types).
_HL7_FIELD = re.compile(
    r"(?<![A-Za-z0-9])(PID|MRG|NK1|GT1|IN1|IN2|PV1)[-_. ]?(\d{1,2})(?:[-_.^](\d{1,2})(?![\d.]))?(?!\d)", re.IGNORECASE
)
_X12_ELEMENT = re.compile(r"(?<![A-Za-z0-9])(NM1|N3|N4|DMG|PER|CLM)[-_.*]?(\d{2})(?!\d)", re.IGNORECASE)
# an element after its loop (`2010CA N403`, `Loop 2300 CLM01`): the loop says X12 even in prose (a loop's id with
# its letter, or after the word; `version 2010 N403` is none)
_X12_LOOPED = re.compile(
    r"(?<![A-Za-z0-9])(?:loop[-_ ]?\d{4}[A-Z]{0,2}|\d{4}[A-Z]{1,2})[ /_-]+(NM1|N3|N4|DMG|PER|CLM)[-_.*]?(\d{2})(?!\d)",
    re.IGNORECASE,
)
# DICOM tags: `(0010,0020)` anywhere; `0010,0020` and DICOM JSON's `00100020` as a whole key or label only
_DICOM_TAG = re.compile(r"(?<![\w,])\((?:0x)?([0-9A-F]{4}),[ ]?([0-9A-F]{4})\)(?![\w,])", re.IGNORECASE)
_DICOM_KEY = re.compile(r"^\(?(?:0x)?([0-9A-F]{4}),?([0-9A-F]{4})\)?$", re.IGNORECASE)
# a claim form's item after the form's name (`CMS-1500 box 1a`, `HCFA_item_26`, `UB-04 FL 60`, `UB04_FL03a`); in
# prose the word for the item must be there (`HCFA 3` is no box)
_CLAIM_ITEM = re.compile(
    r"(?<![A-Za-z0-9])(CMS[-_ ]?1500|HCFA(?:[-_ ]?1500)?|UB[-_ ]?04)[-_ ]*(box|item|fl|form[-_ ]locator)?[-_ ]*"
    r"(\d{1,2}[a-d]?)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_X12_REF = re.compile(r"(?<![A-Za-z0-9])REF(?:[-_.]?02)?[-_.*]([A-Z0-9]{2})(?![A-Za-z0-9])", re.IGNORECASE)
_NEMSIS_SECTIONS = [
    "ePatient",
    "ePayment",
    "eHistory",
    "eOther",
    "eScene",
    "eInjury",
    "eDevice",
    "dPersonnel",
    "dContact",
    "dDevice",
    "dVehicle",
]
_NEMSIS_ELEMENT = re.compile(rf"(?<![A-Za-z0-9])({'|'.join(_NEMSIS_SECTIONS)})[._]?(\d{{2}})(?!\d)", re.IGNORECASE)
_NEMSIS_CASE = {s.lower(): s for s in _NEMSIS_SECTIONS}
# CMS's assessment instruments' items: OASIS (home health: `M0066` birth date) and the MDS 3.0 (nursing homes:
# `A0900` birth date), never glued to other letters or digits
_CMS_ITEM = re.compile(r"(?<![A-Za-z0-9])(M0\d{3}|A\d{4}[A-Z]?)(?![A-Za-z0-9])", re.IGNORECASE)
# ASAP 4.x's patient segment of prescription-monitoring reports (`PAT07` last name, `PAT18` birth date)
_ASAP_FIELD = re.compile(r"(?<![A-Za-z0-9])PAT(\d{2})(?!\d)", re.IGNORECASE)
# in prose an item names the value only as its label (`M0066 = 04.11.1941`, `PAT18: ...`); elsewhere it is an item of
# the instrument's own text (`M0020 through M0069`; Alibaba's error code `A0900`), and no value either
_LABEL_NEXT = re.compile(r"\s*[:=]")
_NCPDP_FIELD = re.compile(r"(?<![A-Za-z0-9-])(\d{3})[-_]([A-Z0-9]{2})(?![A-Za-z0-9-])", re.IGNORECASE)
FIELD_REF = re.compile(
    "|".join(
        rx.pattern
        for rx in (
            _HL7_FIELD,
            _X12_ELEMENT,
            _X12_REF,
            _NCPDP_FIELD,
            _NEMSIS_ELEMENT,
            _DICOM_TAG,
            _DICOM_KEY,
            _CLAIM_ITEM,
            _CMS_ITEM,
            _ASAP_FIELD,
        )
    ),
    re.I,
)
# an HL7 v2 field's components by its data type: an address's (XAD) street and ZIP, a name's (XPN) family and given
_ADDRESS_PARTS = {1: "street address", 5: "zip"}
_NAME_PARTS = {1: "family name", 2: "given name", 3: "middle name"}
_NAMES = frozenset({"patient name", "full name", "maiden name", "next of kin"})


def spell_fields(text: str, fields: dict[str, dict[str, str]]) -> str:
    """Field references of HL7 v2, X12, NCPDP, NEMSIS, DICOM and the claim forms spelled as the words of the field's
    name (`pid7` -> `birth date`, `N403` -> `zip`, `302-C2` -> `cardholder id`, `ePatient.17` -> `birth date`,
    `(0010,0020)` -> `patient id`, `CMS-1500 box 3` -> `birth date`, OASIS's `M0066` -> `birth date`); unknown ones
    stay as written (in prose an assessment's item is an item).  `fields`: the tables of
    `phiscan/data/vocabulary.toml` by standard (`hl7`, `x12` ...)."""
    hl7, x12, ncpdp, nemsis = fields["hl7"], fields["x12"], fields["ncpdp"], fields["nemsis"]
    dicom, claims, cms, asap = (fields[k] for k in ("dicom", "claim_forms", "cms_items", "asap"))

    def spelled(table: dict[str, str], key: str, m: re.Match[str]) -> str:
        return f" {table[key]} " if key in table else m[0]

    def hl7_field(m: re.Match[str]) -> str:
        name = hl7.get(f"{m[1].upper()}.{int(m[2])}")
        if name is None:
            return m[0]
        if m[3] is not None:  # a component: the part of an address or a name it holds
            part = int(m[3])
            name = _ADDRESS_PARTS.get(part, name) if name == "address" else name
            name = _NAME_PARTS.get(part, name) if name in _NAMES else name
        return f" {name} "

    key = " " not in text.strip()  # a key or a one-word label

    def claim_item(m: re.Match[str]) -> str:
        if m[2] is None and not key:
            return m[0]
        form = "UB04" if m[1].upper().startswith("UB") else "1500"
        digits = m[3].rstrip("abcdABCD")
        return spelled(claims, f"{form}.{int(digits)}{m[3][len(digits) :].lower()}", m)

    text = _CLAIM_ITEM.sub(claim_item, text)
    text = _HL7_FIELD.sub(hl7_field, text)
    text = _X12_LOOPED.sub(lambda m: spelled(x12, f"{m[1].upper()}.{m[2]}", m), text)
    text = _DICOM_TAG.sub(lambda m: spelled(dicom, f"{m[1]},{m[2]}".upper(), m), text)
    if key:  # in a key or a label only: in prose `N403` and `PER04` are as often other things
        text = _X12_ELEMENT.sub(lambda m: spelled(x12, f"{m[1].upper()}.{m[2]}", m), text)
        text = _DICOM_KEY.sub(lambda m: spelled(dicom, f"{m[1]},{m[2]}".upper(), m), text)
    text = _X12_REF.sub(lambda m: spelled(x12, f"REF.{m[1].upper()}", m), text)

    def item(table: dict[str, str], name: str, m: re.Match[str]) -> str:
        labelled = key or (m[0].isupper() and _LABEL_NEXT.match(m.string, m.end()) is not None)
        if labelled and name in table:
            return f" {table[name]} "
        return m[0] if key else " item "  # (a key's unknown id stays as written, as the other layouts' do)

    text = _CMS_ITEM.sub(lambda m: item(cms, m[1].upper(), m), text)
    text = _ASAP_FIELD.sub(lambda m: item(asap, f"PAT{m[1]}", m), text)
    text = _NEMSIS_ELEMENT.sub(lambda m: spelled(nemsis, f"{_NEMSIS_CASE[m[1].lower()]}.{m[2]}", m), text)
    return _NCPDP_FIELD.sub(lambda m: spelled(ncpdp, f"{m[1]}-{m[2].upper()}", m), text)


def unnamed_tags_dropped(text: str) -> str:
    """`text` without the DICOM tags the table does not name, which stand between a field's name and its value
    (`Study (0020,000D) ...`); a named one is spelt as its name, out of its parentheses, which end a clause
    (`(0010,0020): Q5414035`)."""
    from phiscan.detect.vocabtable import table

    dicom = table().fields["dicom"]
    return _DICOM_TAG.sub(lambda m: f" {dicom.get(f'{m[1]},{m[2]}'.upper(), '')} ", text)


def fields_kept(raw: str, space: Callable[[str], str]) -> str:
    """`space` (a name's joiners made spaces, digit groups joined) applied to `raw` around its field references,
    which keep their joiners and join no value's digits (`PID_19_412673398` -> `PID_19 412673398`,
    `ncpdp_302_C2_W830146227` -> `ncpdp 302_C2 W830146227`)."""
    from phiscan.detect.vocabtable import table

    # only a reference the tables name: digit groups shaped like one (`412_67` of `ssn_412_67_3398`) are a value's
    named = [m for m in FIELD_REF.finditer(raw) if spell_fields(m[0], table().fields) != m[0]]
    if not named:
        return space(raw).strip()
    pieces, last = [], 0
    for m in named:
        pieces += [space(raw[last : m.start()]), m[0]]
        last = m.end()
    return " ".join(" ".join([*pieces, space(raw[last:])]).split())


def a_field_s_code(value: str) -> bool:
    """Whether `value` is a standard's field reference (`302-C2`, `PID-3`, `NM109`); an eight-digit DICOM JSON tag
    (`00100020`) only when the table names the tag, as an MRN is written so too."""
    v = value.strip()
    key = _DICOM_KEY.fullmatch(v)
    if key is not None:
        from phiscan.detect.vocabtable import table

        return f"{key[1]},{key[2]}".upper() in table().fields["dicom"]
    return FIELD_REF.fullmatch(v) is not None
