"""A label written after its value names it, as one before it does (`E4582193 (the patient's MRN)`, `Use 45821937 as
the MRN.`, `labs_for_45821937_mrn`), read by `phiscan.detect.evidence` where no words before a value name it.  Two
hostile reviews narrowed it: code listings, error tables and forms write a code and then its field's name
(`LOINC 45397-7 (patient ID)`, `Error 40412 (unknown MRN)`, `question_48213957_mrn`)."""

from __future__ import annotations

import re

from phiscan.detect.fieldrefs import a_field_s_code
from phiscan.detect.vocabulary import STRONG, cues_in, normal_words

# a label written after its value, closing the clause: `E4829173 (the MRN)`, `W4829173 is their Aetna member ID`,
# `Use 10045821 as the MRN.` (at most four words, so a sentence that goes on names something else)
_LABEL_AFTER = re.compile(
    r"(?:[\"'`\u2019\u201d]|\*\*)?(?:\s*\(\s*|\s+(?:is|as|=)\s+)(?:(?:the|their|his|her|its|our|your|a|an|this|that)\s+)?"
    r"(?P<label>[^\W\d_][\w'\u2019#-]*(?: [^\W\d_][\w'\u2019#-]*){0,3})(?:\s*\)|(?=\s*(?:[.,;:!?]\s|[.,;:!?]?$)))"
)
# in a name's words, the one or two words that end it after its value (`labs_for_10045821_mrn`)
_NAME_ENDS = re.compile(r" (?P<label>[^\W\d_]+(?: [^\W\d_]+)?)$")
_FEWEST_DIGITS = 6  # a form's field code has fewer, and may start a name: `A1300A_medicalRecordNo` (MDS 3.0's item)
# a label's head that names an identifier: its noun, or an identifier's own initials (in prose written in capitals)
_ID_WORDS = frozenset({"id", "ids", "identifier", "number", "no", "num", "nr"})
_ID_INITIALS = frozenset({"mrn", "ssn", "mbi", "hicn", "vin", "imei", "meid", "iccid", "dob", "itin", "uhid", "empi"})
# a label's first word that makes it a bound, a channel or a denial, not the value's name (`(per member ID)`,
# `(not an MRN)`, `(the count per MRN)`)
_NOT_ITS_NAME = frozenset(
    {"per", "each", "every", "by", "via", "for", "not", "no", "without", "instead", "except", "any", "all"}
    | {"max", "maximum", "min", "minimum", "count", "limit", "total", "default", "format", "example"}
    | {"test", "sample", "fake", "dummy", "mock", "placeholder", "synthetic", "made"}  # a stand-in's own word
)
# the word before a value that makes it another thing's number: a form's or a standard's field (`Tag 00100020
# (Patient ID)`, `Loop 2010BA (member ID)`, `question_48213957_mrn`), an order's, a build's, a bound
_THING_BEFORE = re.compile(
    r"(?i)(?<![^\W_])(?:tag|loop|segment|element|field|attribute|item|box|code|question|column|col|entry|input"
    r"|customfield|cf|q|invoice|order|receipt|transaction|payment|shipment|tracking|request|job|run|batch|build"
    r"|version|port|ticket|issue|limit|max|min|timeout|baud|rate|speed|sync|error|status|reason|reject|fault|warning"
    r"|exception|message|response|snomed|ct|sct|sctid|loinc|icd|cpt|hcpcs|rxnorm|ndc|gtin|gudid|omb|cms|hl7|x12|tr3"
    r"|guide|dicom|csa|bluetooth|form|sheet|page|node|tenant|cohort|hash|sha|crc\d*|id|uuid)[\W_]*$"
)
# in a name, the word before its value that makes the value the name's subject: an action's or a preposition
# (`labs_for_45821937_mrn`, `get_45821937_mrn`), a person's or a record's (`patient_45821937_mrn`); not a form's or a
# container's (`question_`, `sheet_`, `tenant_`), whose numbers are their own
_NAME_LEADS = frozenset(
    {"for", "by", "of", "get", "fetch", "lookup", "find", "read", "load", "update", "delete", "pull", "send"}
    | {"patient", "pt", "member", "subscriber", "person", "chart", "record", "records", "labs", "lab", "results"}
)
_EPOCH = re.compile(r"1[5-9]\d{8}(?:\d{3})?")  # a Unix time in seconds or milliseconds, 2017 onwards


def cues_after(text: str, end: int, joined: bool = False, start: int = 0) -> dict[str, tuple[int, int]]:
    """The strong cues of a label written right after the value at `start:end` (`10045821 (MRN)`, `... as the
    MRN.`; in a name's words, `joined`, the words that end it: `labs_for_10045821_mrn`, not a field's code that
    starts a name), whose head names an identifier of the category, where the value is no field's code, time or
    other thing's number."""
    value = text[start:end]
    if joined and (
        sum(c.isdigit() for c in value) < _FEWEST_DIGITS
        or not text[:start].strip()
        or text[:start].split()[-1].lower() not in _NAME_LEADS
    ):
        return {}
    m = (_NAME_ENDS if joined else _LABEL_AFTER).match(text, end)
    if m is None or _THING_BEFORE.search(text, max(0, start - 24), start) or _EPOCH.fullmatch(value):
        return {}
    written = m["label"].split()
    words = normal_words(m["label"])
    if not words or written[0].lower() in _NOT_ITS_NAME or words[0] in _NOT_ITS_NAME or a_field_s_code(value):
        return {}
    last = written[-1].strip("#")
    if not (words[-1] in _ID_WORDS or (words[-1] in _ID_INITIALS and (joined or last.isupper()))):
        return {}  # `115200 (serial)`, `Invoice 48213957 (billing account)`: a port's, an invoice's
    cues = {c: v for c, v in cues_in(words, head=True).items() if v[0] == STRONG and v[1] == len(words) - 1}
    # before the label's noun only whose it is (`the patient's MRN`, `their member ID`): a state, a likeness or a
    # code's display name says the value is something else (`(unknown MRN)`, `(like an MRN)`, `(Invalid member ID)`)
    whose = [w.lower() for w in written[:-1]]
    if joined or all(w in _WHOSE_WORDS or w.endswith(("'s", "\u2019s")) or _cue_word(w) for w in whose):
        return cues
    return {}


_WHOSE_WORDS = frozenset({"the", "their", "his", "her", "its", "our", "your", "a", "an", "this", "that", "patient"})
_WHOSE_WORDS |= {"patients", "member", "members", "subscriber", "insured", "pt", "person", "client", "customer"}


def _cue_word(word: str) -> bool:
    """A word that is itself a part of an identifier's label (`medical` of `medical record number`)."""
    return bool(cues_in(normal_words(word)))
