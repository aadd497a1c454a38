"""Records written out in a text, each value named by where it stands: HL7 v2 segments (`PID|1||PT1918705^^^HOSP^MR||
ZYRANOVA^OKSANA||19570321|F|||...`), each field what its position in the segment says, as the standard numbers them
(the `[hl7]` table of `phiscan/data/vocabulary.toml`: PID-3 the patient's identifiers, PID-5 the name, PID-7 the
birth date, PID-11 the address, PID-19 the SSN ...); and Markdown tables, each cell what its column's header says
(`| MRN | DOB |` over `| 40281937 | 1971-08-23 |`); and vCards (RFC 6350), their formatted and structured names and
their address's postal code.  An example record in a description is a record, whatever words stand around it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from phiscan.types import Detection

RECOGNIZER = "phiscan:context"  # the schema's own words' evidence (`phiscan.detect.evidence`): a field's position
Reader = Callable[[str, dict[str, tuple[int, int]]], "tuple[str, float] | None"]
NameReader = Callable[[str, tuple[str, ...]], "Detection | None"]

_SCORE = 0.85
# a segment the table numbers, from its id and its field separator up to the segment's end (a carriage return, a
# new line, either escaped as a JSON string or a schema's example writes them, `<CR>`, or a space before the next
# segment's id and its separator, as documentation prints a message on one line)
_SEGMENT = re.compile(
    r"(?:(?<=\\[rn])|(?<![A-Za-z0-9|^]))(PID|NK1|GT1|IN1|IN2|PV1|MRG)\|"
    r"([^\r\n]*?)(?=\\[rn]|[\r\n]|<CR>|[ \t][A-Z][A-Z0-9]{2}\||$)"  # one blank: linear over a long run of them
)
_MAX_SEGMENTS = 200
_MAX_FIELDS = 60  # PID has 39 fields, IN1 53 (IN1-49 the insured's id), PV1 52 (PV1-50 the visit number)
_NAMES = frozenset({"patient name", "full name", "maiden name", "next of kin"})
_DATES = frozenset({"birth date", "death date"})


def segment_fields(text: str, classify: Reader, person: NameReader) -> list[Detection]:
    """The identifiers, names, dates and addresses in the fields of the HL7 v2 segments written in `text`, each
    component read by `classify` (`phiscan.detect.evidence.classify`) under its field's name, a name (XPN) by
    `person` as a whole value under `patient name` is.  A segment whose name is a template's (`LastName^FirstName`)
    or a stand-in's (HL7's own Adam Everyman, a `ZZ` test patient) is an example, all its fields with it."""
    from phiscan.detect.vocabtable import STRONG, table
    from phiscan.detect.vocabulary import cues_in, normal_words

    if "|" not in text:
        return []
    hl7 = table().fields["hl7"]
    out: list[Detection] = []
    for seg in itertools.islice(_SEGMENT.finditer(text), _MAX_SEGMENTS):
        at, found, example = seg.start(2), [], False
        for number, field in enumerate(seg[2].split("|")[:_MAX_FIELDS], start=1):
            start, at = at, at + len(field) + 1
            phrase = hl7.get(f"{seg[1]}.{number}")
            first = field.split("~")[0]  # the first repetition
            if phrase is None or not first.strip("^"):
                continue
            if phrase in _NAMES:
                example = example or _example_name(first.split("^")[:3])
                if not example and person(first, ("patient name",)):
                    found.append(Detection("PERSON", start, start + len(first), _SCORE, RECOGNIZER, first))
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
                read = _read(parts[index], name, cues, classify)
                if read is not None:
                    a = start + (offsets[index - 1] if index else 0)
                    found.append(Detection(read[0], a, a + len(parts[index]), read[1], RECOGNIZER, parts[index]))
        out += [] if example else found
    return out


def _example_name(words: list[str]) -> bool:
    """A name's parts (family first, or given first) that are a template's words (`LastName`, `Firstname`) or a
    stand-in's (`Everyman^Adam`, `Perreault;Simon`, `ZZTEST`): the record they head is an example."""
    from phiscan.detect.reserved import is_stand_in_name
    from phiscan.detect.vocabulary import cues_in, normal_words

    words = [w.strip() for w in words if w.strip()]
    if any(cues_in(normal_words(w)) for w in words):
        return True
    return any(is_stand_in_name(" ".join(ws)) for ws in (words, words[:2], words[1::-1]) if ws)


def _read(value: str, name: str, cues: dict[str, tuple[int, int]], classify: Reader) -> tuple[str, float] | None:
    """What one component holds: a street by its shape, anything else as `classify` reads it under its field's name."""
    from phiscan.detect.addresses import address_shaped

    if name == "street address":
        return ("STREET_ADDRESS", _SCORE) if address_shaped(value) else None
    return classify(value, cues)


# a Markdown table's cell separator (not an escaped `\|`), and the rule under its header (`|---|:---:|`, `--- | ---`)
_PIPE = re.compile(r"(?<!\\)\|")
_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*|[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*")
# a header that lists fields down its first column (`| Field | Type | Example |`): a row's first cell names its values
_FIELD_COLUMN = frozenset({"field", "name", "parameter", "property", "key", "column", "attribute", "element"})
_MAX_CELLS = 20_000


def _cells(line: str, at: int) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table's row that starts at `at`, its outer pipes optional."""
    bounds = [m.start() for m in _PIPE.finditer(line)]
    edges = [-1, *bounds, len(line)]
    cells = [(at + a + 1, line[a + 1 : b]) for a, b in itertools.pairwise(edges)]
    if line.strip().startswith("|"):
        cells = cells[1:]
    if line.strip().endswith("|") and not line.strip().endswith("\\|"):
        cells = cells[:-1]
    return cells


def table_cells(text: str, classify: Reader, person: NameReader) -> list[Detection]:
    """The values in the cells of the Markdown tables written in `text`, each read under its column's header (or,
    where the first column lists fields, under the row's field): by `classify` for a number or a date, by `person`
    (a whole value under words for a person) for a name."""
    from phiscan.detect.contextcues import context_cues
    from phiscan.detect.vocabulary import normal_words

    if "|" not in text or "-" not in text:
        return []
    out: list[Detection] = []
    headers: list[str] = []
    listed = False  # whether the table's first column lists fields
    lines = text.splitlines(keepends=True)
    at, budget = 0, _MAX_CELLS
    for i, raw in enumerate(lines):
        start, at = at, at + len(raw)
        line = raw.rstrip("\r\n")
        if not _PIPE.search(line):
            headers = []  # a line of no table ends the one above
            continue
        if budget <= 0 or _RULE.fullmatch(line):
            continue
        cells = _cells(line, start)
        if i + 1 < len(lines) and _RULE.fullmatch(lines[i + 1].rstrip("\r\n")):
            headers = [c.strip() for _, c in cells]
            listed = bool(headers) and any(w in _FIELD_COLUMN for w in normal_words(headers[0])[-1:])
            continue
        budget -= len(cells)
        for column, (here, cell) in enumerate(cells):
            value = cell.strip()
            if column >= len(headers) or not value or not headers[column] or (listed and column == 0):
                continue
            field = (cells[0][1].strip(),)  # the row's own field, where it names one (`birth_date`; not `a`)
            context = field if listed and context_cues(field) else (headers[column],)
            a = here + cell.index(value)
            found = classify(value, context_cues(context)) if any(c.isdigit() for c in value) else None
            if found is not None:
                out.append(Detection(found[0], a, a + len(value), found[1], RECOGNIZER, value))
            elif (name := person(value, context)) is not None:
                out.append(Detection("PERSON", a, a + len(value), name.score, RECOGNIZER, value))
    return out


# a vCard's name and address lines (RFC 6350 6.2.1 FN, 6.2.2 N: family;given;additional;prefixes;suffixes, 6.3.1 ADR:
# box;extended;street;locality;region;code;country), its parameters (`;TYPE=home`) before the colon
_VCARD_LINE = re.compile(r"(?m)^(FN|N|ADR)(?:;[^:\r\n]*)?:([^\r\n]+)$")
_VCARD = re.compile(r"(?is)BEGIN:VCARD(.*?)(?:END:VCARD|$)")
_VCARD_START = re.compile(r"(?i)BEGIN:VCARD")


def vcard_fields(text: str, classify: Reader, person: NameReader) -> list[Detection]:
    """The names and postal codes of the vCards written in `text`: `FN:` and `N:` read as a whole value under a
    person's name is (`person`), and an `ADR:` line's code as a postal code (`classify`) in a card whose name is a
    person's.  A card whose name is a template's or a stand-in's (RFC 6350's own Simon Perreault) is an example."""
    from phiscan.detect.vocabtable import STRONG

    if _VCARD_START.search(text) is None:  # (no upper-cased copy of every text: this runs on each)
        return []
    out: list[Detection] = []
    for card in itertools.islice(_VCARD.finditer(text[:100_000]), _MAX_SEGMENTS):
        names, codes, example = [], [], False
        for m in _VCARD_LINE.finditer(text, card.start(1), card.end(1)):
            parts = m[2].split(";")
            if m[1] == "ADR":
                code = parts[5].strip() if len(parts) > 5 else ""
                read = classify(code, {"ZIP_CODE": (STRONG, 0)}) if code else None
                if read is not None:
                    a = m.start(2) + sum(len(p) + 1 for p in parts[:5]) + parts[5].index(code)
                    codes.append(Detection(read[0], a, a + len(code), read[1], RECOGNIZER, code))
                continue
            words = parts[:2] if m[1] == "N" else parts[:1]
            example = example or _example_name(words if m[1] == "N" else words[0].split())
            name = " ".join(p for p in (words[1:] + words[:1]) if p.strip())
            if name and (hit := person(name, ("full name",))) is not None:
                end = m.start(2) + (len(";".join(parts[:2])) if m[1] == "N" else len(m[2]))  # `N:` family;given only
                names.append(Detection("PERSON", m.start(2), end, hit.score, RECOGNIZER, text[m.start(2) : end]))
        out += [] if example or not names else [*names, *codes]
    return out
