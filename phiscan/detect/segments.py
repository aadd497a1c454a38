"""HL7 v2 segments written out in a text (`PID|1||PT1918705^^^HOSP^MR||ZYRANOVA^OKSANA||19570321|F|||...`): each
field is what its position in the segment says, as the standard numbers them (the `[hl7]` table of
`phiscan/data/vocabulary.toml`: PID-3 the patient's identifiers, PID-5 the name, PID-7 the birth date, PID-11 the
address, PID-19 the SSN ...).  An example message in a description is a record, whatever words stand around it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from phiscan.types import Detection

RECOGNIZER = "phiscan:context"  # the schema's own words' evidence (`phiscan.detect.evidence`): a field's position
Reader = Callable[[str, dict[str, tuple[int, int]]], "tuple[str, float] | None"]

_SCORE = 0.85
# a segment the table numbers, from its id and its field separator up to the segment's end (a carriage return, a
# new line, or either escaped as a JSON string or a schema's example writes them)
_SEGMENT = re.compile(
    r"(?:(?<=\\[rn])|(?<![A-Za-z0-9|^]))(PID|NK1|GT1|IN1|IN2|PV1|MRG)\|([^\r\n]*?)(?=\\[rn]|[\r\n]|$)"
)
_MAX_SEGMENTS = 200
_MAX_FIELDS = 40  # PID has 39 fields, IN1 53; the table names none past 50
_NAMES = frozenset({"patient name", "full name", "maiden name", "next of kin"})
_DATES = frozenset({"birth date", "death date"})
_XPN = re.compile(r"[^\W\d_][^\W\d_' -]*\^[^\W\d_][^\W\d_' -]*(?:\^[^\W\d_ .]*\.?)?")  # family ^ given ^ middle


def segment_fields(text: str, classify: Reader) -> list[Detection]:
    """The identifiers, names, dates and addresses in the fields of the HL7 v2 segments written in `text`, each
    component read by `classify` (`phiscan.detect.evidence.classify`) under its field's name."""
    from phiscan.detect.reserved import is_stand_in_name
    from phiscan.detect.vocabtable import STRONG, table
    from phiscan.detect.vocabulary import cues_in, normal_words

    if "|" not in text:
        return []
    hl7 = table().fields["hl7"]
    out: list[Detection] = []
    for seg in itertools.islice(_SEGMENT.finditer(text), _MAX_SEGMENTS):
        at = seg.start(2)
        for number, field in enumerate(seg[2].split("|")[:_MAX_FIELDS], start=1):
            start, at = at, at + len(field) + 1
            phrase = hl7.get(f"{seg[1]}.{number}")
            first = field.split("~")[0]  # the first repetition
            if phrase is None or not first.strip("^"):
                continue
            if phrase in _NAMES:
                if _XPN.fullmatch(first) and not is_stand_in_name(first.replace("^", " ")):
                    out.append(Detection("PERSON", start, start + len(first), _SCORE, RECOGNIZER, first))
                continue
            parts = first.split("^")
            if phrase == "address":  # XAD: the street is the first component, the ZIP the fifth
                picks = [(0, "street address"), (4, "zip")]
            elif phrase in _DATES:  # a DTM's date, its time cut off
                picks, parts = [(0, phrase)], [parts[0][:8]]
            else:  # CX, XTN and the rest: the number is the first component
                picks = [(0, phrase)]
            offset = 0
            offsets = [offset := offset + len(p) + 1 for p in parts]
            for index, name in picks:
                if index >= len(parts) or not parts[index]:
                    continue
                cues = {c: (STRONG, 0) for c, (s, _) in cues_in(normal_words(name)).items() if s == STRONG}
                found = _read(parts[index], name, cues, classify)
                if found is not None:
                    a = start + (offsets[index - 1] if index else 0)
                    out.append(Detection(found[0], a, a + len(parts[index]), found[1], RECOGNIZER, parts[index]))
    return out


def _read(value: str, name: str, cues: dict[str, tuple[int, int]], classify: Reader) -> tuple[str, float] | None:
    """What one component holds: a street by its shape, anything else as `classify` reads it under its field's name."""
    from phiscan.detect.addresses import address_shaped

    if name == "street address":
        return ("STREET_ADDRESS", _SCORE) if address_shaped(value) else None
    return classify(value, cues)
