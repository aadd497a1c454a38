"""Schema context as evidence: a value of identifier shape where the schema says what it is.

Formats are many, but the schema around a value names its category: a key `insMemberNo`, a title "Insured's ID
Number", the words before it in a description ("MRN: CHART-00483921").  A value shaped like an identifier (not a
placeholder, version, date, code or plain word) under such a name is of that category, whatever its house format;
a date under a birth word is a date of birth, a name under a word for a person a person (`detect.vocabulary`).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from phiscan.detect.addresses import labelled_addresses
from phiscan.detect.apart import values_apart
from phiscan.detect.candidates import CANDIDATE, MAX_CANDIDATES, STANDARD_BEFORE, numbered_field, series_number
from phiscan.detect.contextcues import clause_start, context_cues, whose_cut
from phiscan.detect.fieldrefs import FIELD_REF, a_field_s_code, unnamed_tags_dropped
from phiscan.detect.joined import id_in_name, last_word, plate_after_word
from phiscan.detect.labelafter import cues_after
from phiscan.detect.names import PLAIN_NAME, known_full_name, listed, name_shaped
from phiscan.detect.ownlabels import stuck_label, value_label
from phiscan.detect.plates import national_plate, vehicle
from phiscan.detect.printedlabels import key_only_pattern, label_phrase
from phiscan.detect.records import RECOGNIZER as RECOGNIZER
from phiscan.detect.records import segment_fields, table_cells, vcard_fields
from phiscan.detect.shapes import OWN_SHAPES, SHAPES, formatted_other, id_shaped, looks_like, other_category
from phiscan.detect.specs import STANDARD_NAMES, YEAR_MONTH, mac_shaped, nhs_number_ok, nhs_test_number
from phiscan.detect.textdates import dates_in
from phiscan.detect.urllabels import labelled_urls
from phiscan.detect.vocabulary import STRONG, cues_in, issued_cues, normal_words
from phiscan.surfaces.notations import notated_name
from phiscan.surfaces.views import View
from phiscan.types import Detection

_SCORE = {STRONG: 0.65, 1: 0.55}
_MAX_VALUE = 120  # longer text is read for cues inside it, not as one value
_LOOKBACK = 6  # words before a candidate in which a cue counts ("PatientBirthDate in the failing header: ...")
_LABEL = 40  # a text this short, of at most four words, is a label: its words name the value in it
# a Medicare plan's own id, its CMS contract and plan benefit package (`H5216-038`), an ISO OID (`1.2.840.114350`) and a
# company's corporate identity number in India (MCA's CIN, `U72900KA2015PTC082245`)
_NOBODYS = re.compile(r"[HRSE]\d{4}(?:[- ]\d{3}(?:-\d{1,3})?)?|[0-2](?:\.\d+){3,}|[LU]\d{5}[A-Z]{2}\d{4}[A-Z]{3}\d{6}")
_NHS_KIN = frozenset({"HEALTH_PLAN_ID", "MRN"})  # an NHS number is a phone's shape, under a word for either


def classify(value: str, cues: dict[str, tuple[int, int]], joined: bool = False) -> tuple[str, float] | None:
    """The entity and score of `value` under `cues` (category -> (strength, position)), or None.  The
    strongest cue wins; among equals the last named (English puts the head noun last: `patient account`).
    `joined`: the value stands right after the word for a plate (`plate_kda417k`, `joined.plate_after_word`)."""
    for category, (strength, _) in sorted(cues.items(), key=lambda c: (-c[1][0], -c[1][1])):
        if category != "DATE_OF_BIRTH" and YEAR_MONTH.fullmatch(value.strip()):
            continue  # `2019-09`: a month (a draft's, a release's), under any word no one's number
        if strength == STRONG and looks_like(category, value) and not SHAPES[category][1](value):
            return None  # a drama phone number under `patientTelephoneNumber` is a stand-in, not a patient's MRN
        if category == "VEHICLE_ID":
            entity = vehicle(value, strength == STRONG)
            plate = entity == "LICENSE_PLATE" and (joined or national_plate(value))  # (`plate_kda417k`, `AB12 CDE`)
            if entity is not None and (strength == STRONG or entity == "VIN" or plate):
                return entity, _SCORE[strength]
            continue
        shape = SHAPES.get(category)
        if shape is None or (strength != STRONG and category in ("URL", "STREET_ADDRESS")):
            continue
        entity, ok = shape
        if category == "DEVICE_ID" and strength != STRONG and not mac_shaped(value, eui64=False):
            continue  # `mac` is macOS (and a message code) too: under it only a MAC counts
        if entity not in OWN_SHAPES and (
            (formatted_other(value) and not (strength == STRONG and entity in _NHS_KIN and nhs_number_ok(value)))
            or (category != "DEVICE_ID" and mac_shaped(value))  # a MAC's own format says more than a key does
            or (
                strength != STRONG
                and not (category == "DEVICE_ID" and mac_shaped(value))
                and (not id_shaped(value, strong=True) or other_category(value))
            )
        ):
            continue  # a weak word needs a long number; any yields to a value in another category's own format
        if ok(value) and not (entity in _NHS_KIN and nhs_test_number(value)) and not _NOBODYS.fullmatch(value):
            return entity, _SCORE[strength]
    return None


_ISSUER = re.compile(r"(?:(?<![A-Za-z])[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[\s_:#-]*$")
_AMOUNT_WORDS = frozenset({"coverage", "limit", "balance", "amount", "total"})
_ON_DAY = frozenset({"on", "am", "le", "el", "il", "op", "den", "dne", "dnia", "em", "на"})  # "on" a day, 11 tongues
_LABEL_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,6}#?):? $")
# "born" abbreviated: nar., ur., né(e) le, and b., f. after a word for a person (`patient`, `member`, `child`) or two
# words of a name, one listed
_BORN = re.compile(
    r"(?:(?:(?i:\bpatient|\bpt)|\b([A-Z][^\W\d_]+ [A-Z][^\W\d_]+))[ ,(]*"
    r"|(?i:\b(?P<role>member|subscriber|insured|beneficiary|dependent|guarantor|child|mother|father|spouse))[ (]*)"
    r"(?:b|f)\.\s*$"
    r"|(?<![\w.])(?:nar\.|ur\.|n[ée]e?\s+le)\s*$"
)
_PROSE = re.compile(r"[a-z]{2}[.,;:](?:\s|$)")
# a day's name before its date, as RFC 5322 and long US dates write it (`Wed, 2 Jan 2002`, `Wednesday, January 2, 2002`)
_WEEKDAY = re.compile(
    r"(?i)(?<![\w-])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,? *$"
)
_LIST_A = re.compile(r"(?:^|\s)\(?a[.)]\s", re.IGNORECASE)
# the words that introduce an example, between a field's name and its value
_EXAMPLE_LEAD = re.compile(
    r"[\s,;:(\[-]*(?<![\w.])(?i:such as|e\.\s?g\.?|eg\.|for example|for instance|i\.\s?e\.?|example|ex\.)[\s:,]*$"
)
# whose or where (`Postal code (USA): `), not how many (`Member (count): `)
_QUALIFIER = re.compile(
    r"(?<=\w) ?\((?![^()]*\b(?i:counts?|totals?|amount|sum|max|min|avg|average|size|length|qty|number)\b)"
    r"[^()\n]{1,30}\)(?=[ :#-]*$)"
)


def _cues_before(text: str, start: int, prose: bool, joined: bool = False) -> dict[str, tuple[int, int]]:
    """Strong cues among the few words before `start`, within its clause ("HICN ...; card 3782" is not a
    HICN).  Prose uses weak words loosely ("call the patient at ..."), so only strong ones count there; in a
    label of a few words (a key's own words, `lic_S13750884`, `guar PAN26085286`) the words just before
    the number are its name, and a weak one counts too."""
    before = _WEEKDAY.sub("", text[max(0, start - 80) : start])  # `DOB: Wednesday, January 2, 2002`: the day's name
    if (lead := _EXAMPLE_LEAD.search(before)) is not None:
        # `MRN, such as 88-41-2207`, `The chart number (e.g. ...)`: the words just before the lead name the example,
        # as a label's do (not `Medicare CPT code, e.g. 99213`: a code's example, though `Medicare` is in the clause)
        lead_name = key_only_pattern().sub(" ", before[: lead.start()]) if prose else before[: lead.start()]
        words = normal_words(" ".join(lead_name.split()[-_LOOKBACK:]))[-_LOOKBACK:]  # (in prose `ss` is seconds)
        return cues_in(words, head=True)
    if "(" in before:  # a DICOM tag between a field's name and its value: `PatientID (0010,0020) Q5414035`
        before = _QUALIFIER.sub(" ", unnamed_tags_dropped(before))  # or a qualifier: `Phone (mobile): ...`
    born = _BORN.search(before)  # (not `a. Subscriber b. 2024-01-01`: a list's second item)
    listed_name = born is not None and (born[1] is None or any(listed(w) for w in born[1].split()))
    if born and listed_name and not (born["role"] and _LIST_A.search(before, 0, born.start())):
        return {"DATE_OF_BIRTH": (STRONG, 0)}  # `Rosa Garcia b. 1984-03-12`, `ur. 12.03.1984`: born, abbreviated
    before = before[clause_start(before) :]  # `Med. Rec. No. 0045821`: an abbreviation's stop ends no clause
    label = len(text) <= _LABEL and len(text.split()) <= 4
    # in prose `cin` is a stream, `pan` a move; a label of a few words is a key's words (`Lic num: 71-482-9035`)
    before = key_only_pattern().sub(" ", before) if prose and not label else before
    # each written word gives one normal word or more: the last few written ones are enough, and repeat (cached)
    words = whose_cut(normal_words(" ".join(before.split()[-_LOOKBACK:]), joined)[-_LOOKBACK:])
    if label:  # a label's weak word, save one that more often names an amount than an id (`Coverage 978574`)
        words = tuple(w for w in words if w not in _AMOUNT_WORDS)
        born_on = words[-1:] and words[-1] in _ON_DAY and "DATE_OF_BIRTH" in cues_in(words[:-1], head=True)
        words = words[:-1] if born_on else words  # `geboren am`, `Datum narození dne`: on a day
    issued = issued_cues(words) if _ISSUER.search(before) else {}  # a state as written: `TX`, `Montana`
    if label and (named := {c: v for c, v in cues_in(words).items() if v[1] == len(words) - 1} or issued):
        return named  # in a name the words next to a number name it (or a licence's, then its state)
    return {c: v for c, v in cues_in(words, head=label).items() if label or v[0] == STRONG}


# the words of a text that say what its number is, other than whose (a bound, a size, a reference to a change or a
# document, a helpline's)
_OTHER_NUMBER = re.compile(
    r"(?i)\b(?:value|max(?:imum)?|min(?:imum)?|limit|size|count|total|length|width|height|version|revision|rev|build"
    r"|release|issue|pr|pull request|ticket|jira|bug|commit|segment|algorithm|checksum|port|timeout|line|page|step"
    r"|code|status|error|helpline|hotline|support|vendor|rfc|iso|section|chapter|item|row|column)s?\b"
)
# a short text that ends with its one value after a colon or a dash (`Carried over from the import: B-Z 317.`)
_TAIL = re.compile(r"[^:\n]{3,80}(?:: | - )")


def _key_after_colon(view: View, start: int, end: int) -> dict[str, tuple[int, int]]:
    """The strong cues of a short text's keys when the value ends the text after a colon and no word of the text
    names it (`Residue of run Q2: FA 193 GY.` under `kyaar_nomba`): the key says what the text's one value is."""
    text = view.text
    if view.joined or len(text) > _MAX_VALUE or text[end:].strip(" .") or not _TAIL.fullmatch(text, 0, start):
        return {}
    if _OTHER_NUMBER.search(text, 0, start):
        return {}  # the text names the number itself: `Maximum value: 2147483647`, `Related GitHub issue: 48213`
    return {c: v for c, v in context_cues(view.context).items() if v[0] == STRONG}


def wants_person(text: str, context: tuple[str, ...]) -> bool:
    """Whether `text` could be a name that only its context makes one (`rosa garcia` under `patientName`)."""
    value = text.strip()
    return bool(context) and len(value) <= 60 and "PERSON" in context_cues(context) and bool(PLAIN_NAME.match(value))


def _person(text: str, context: tuple[str, ...]) -> Detection | None:
    """A whole value written like a name under a key that names a person.  Under a strong word
    (`guardianName`, `next_of_kin`) a name need not be in the gazetteers, if no word of it is a dictionary
    word; under a weak one (`name`) the gazetteers must agree."""
    from phiscan.detect.namedfor import legal_form
    from phiscan.detect.nameforms import caseless_name, census_named, written_like_name

    whole = text.strip()
    # HL7 v2 writes NOWAK^AGNIESZKA, ICAO 9303 NOWAK<<AGNIESZKA, AAMVA NOWAK,AGNIESZKA
    name = notated_name(whole) or ("" if "^" in whole else whole)
    if not context or not name or not PLAIN_NAME.match(name):
        return None
    cue = context_cues(context).get("PERSON")
    if cue is None:
        return None
    if cue[0] != STRONG:  # under a bare `name` both words must be known names (`Vi Vn` is a locale)
        found = known_full_name(name.title() if name.isupper() or name.islower() else name)
    elif legal_form(name):  # an account holder's or a beneficiary's name is a company's as often
        found = False
    else:
        found = written_like_name(name) or name_shaped(name, any_case=True) or caseless_name(name, unlisted=True)
        found = found or census_named(name)  # `James Childers`: a Census surname an old dictionary lists as a word
    if found:
        at = text.index(whole)
        return Detection("PERSON", at, at + len(whole), _SCORE[cue[0]], RECOGNIZER, whole)
    return None


def contextual(view: View) -> list[Detection]:
    """Detections the schema's own words support: the whole value under its keys and title, and each
    identifier or date in a text under the words just before it."""
    if (phrase := label_phrase(view.key, key=True)) is not None:  # a key that is a label as written (AAMVA's `DBB`)
        view = replace(view, context=(*view.context, phrase))
    text = view.text
    # (a personal page's label is a strong cue, read as in prose: no key's abbreviation names one)
    urls = labelled_urls(text[:20_000], lambda at: _cues_before(text, at, True), classify)
    if not any(c.isdigit() for c in text):
        person = _person(text, view.context)
        if person is not None or urls:
            return [person] if person is not None else urls
        if "://" in text and len(text) <= 300 and view.context:  # a personal site under `homepage`
            found = classify(text.strip(), {c: v for c, v in context_cues(view.context).items() if c == "URL"})
            if found is not None:
                at = text.index(text.strip())
                return [Detection(found[0], at, at + len(text.strip()), found[1], RECOGNIZER, text.strip())]
        return []
    out: list[Detection] = urls
    whole = text.strip()
    # a value that carries its own label (`SSN 283625873`, `DL# J149166919`) is what the label says, not what
    # its key or title would make it
    own = value_label(whole) if len(whole) <= _MAX_VALUE and view.context else None
    if len(whole) <= _MAX_VALUE and view.context and (own is None or own) and not a_field_s_code(whole):
        found = classify(whole, own or context_cues(view.context))
        if found is not None:
            at = text.index(whole)
            out.append(Detection(found[0], at, at + len(whole), found[1], RECOGNIZER, whole))
            return out
    text = text[:20_000]  # cues sit next to values; a longer text's rest is read by the pattern recognizers
    written, born = dates_in(text, MAX_CANDIDATES, view.context)
    out += [Detection("DATE_OF_BIRTH", a, b, _SCORE[STRONG], RECOGNIZER, text[a:b]) for a, b in born]
    dates = [(a, b, "") for a, b in written]
    taken = {i for a, b in written + born for i in range(a, b)}
    spans = dates + [
        (m.start(), m.end(), m.group("prefix") or "")
        for m in itertools.islice(CANDIDATE.finditer(text), MAX_CANDIDATES)
        if m.start() not in taken
    ]
    prose = _PROSE.search(text) is not None  # once: a text's sentences, not a key's words
    for a, b, prefix in spans:
        a += numbered_field(text[a:b])  # `zipplus4 83729`, `Phone2 447911723456`: a field's numbered name, its value
        joined = re.split("[-/]", text[a:b], maxsplit=1)[0]  # `ISO-13616`, `RFC-3986` (two letters, `GB-`, start ids)
        names = {prefix.strip(), joined if len(joined) > 2 else ""}
        if names & STANDARD_NAMES or STANDARD_BEFORE.search(text, max(0, a - 12), a):
            continue  # a standard's own number (`ISO 8601`, `GOST R 52249-2009`)
        if (ref := FIELD_REF.match(text, a)) is not None and ref.end() < b and text[ref.end()] == " ":
            a = ref.end() + 1  # `ePatient.09 68897-4970`: the field's name, then its value
        # `SSN 364-45-5167`, `CHART 00483921`: a capitalised word before the number names it; a hospital's own
        # label may be stuck to it by a mark (`FIN-880042173`, `Pt#40318842`, `MEDREC/403188`; `DEV-10423` names none)
        stuck = None if prefix else stuck_label(text, a, b)  # (its phrase, where the number starts)
        label = label_phrase(prefix) if prefix else stuck[0] if stuck else None
        if label is None and not prefix and (spaced := _LABEL_BEFORE.search(text, max(0, a - 8), a)) is not None:
            label = label_phrase(spaced.group(1))  # `UR B20485716`: a label before a number that starts with a letter
        if b - a < 5 or (a == 0 and b == len(text) and not prefix and not label):
            continue
        words = label or ("" if key_only_pattern().fullmatch(prefix.strip()) else prefix)  # `HN`, `CNS`: keys' words
        named = {c: v for c, v in cues_in(normal_words(words)).items() if v[0] == STRONG} if words else {}
        a += len(prefix) if prefix and not named else 0
        cues = (
            named
            or _cues_before(text, a, prose, view.joined)
            or _key_after_colon(view, a, b)
            or cues_after(text, b, view.joined, a)
        )
        word = last_word(text[:a], view.joined, prose) if " " not in text[a:b] else None
        found = classify(text[a:b], cues, plate_after_word(word, text[a:b])) if cues else None
        if found is None and view.joined:  # `device_48271630`, `numer_447911723456`: an id in a name
            found = (kind, _SCORE[1]) if (kind := id_in_name(text[:a], word, text[a:b])) else None
        if found is None and named:  # the number alone may have a category's own shape (an SSN)
            a = stuck[1] if stuck else a + len(prefix)
            found = classify(text[a:b], cues)
        elif (
            found is None
            and series_number(prefix, text[a:b])
            and (cues := _cues_before(text, a - len(prefix), prose, view.joined))
        ):
            found = classify(text[a - len(prefix) : b], cues)  # a series named with its number: `DL BXE 480217`
            a -= len(prefix) if found is not None else 0
        if found is not None:
            out.append(Detection(found[0], a, b, found[1], RECOGNIZER, text[a:b]))
    records = [*segment_fields(text, classify, _person), *table_cells(text, classify, _person)]  # HL7 v2, Markdown
    records += vcard_fields(text, classify, _person)
    cues_at = functools.partial(_cues_before, text, prose=prose, joined=view.joined)
    out += values_apart(text, out, cues_at, functools.partial(_key_after_colon, view), classify, _SCORE) + records
    return out + [
        Detection("STREET_ADDRESS", a, b, _SCORE[STRONG], RECOGNIZER, text[a:b])
        for a, b in labelled_addresses(text)
        if not any(d.start < b and a < d.end for d in out)
    ]


def read_context(view: View) -> list[Detection] | None:
    """`contextual(view)`, or None when it failed (the string is then not fully analysed)."""
    try:
        return contextual(view)
    except Exception:  # one bad string must not lose the others' findings, nor pass unread
        return None
