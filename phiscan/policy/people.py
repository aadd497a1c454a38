"""People the name model missed or misread: names the gazetteers find in values, prose, keys and regex literals,
and the model's spans that are places or carry dictionary words with them."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.casenames import initial_and_surname, lower_names, shouted_names, uniform_name, uniform_runs
from phiscan.detect.namefind import PERSON_WORDS, about_a_person, eponym, find_names, initialled_names, trimmed_name
from phiscan.detect.names import (
    gazetteer,
    is_common,
    is_particle,
    is_place,
    is_title,
    name_parts,
    name_shaped,
    schema_word,
)
from phiscan.detect.vocabulary import field_label
from phiscan.policy.dated import NAME_THEN_DATE, birth_dates
from phiscan.policy.overlaps import is_ner
from phiscan.surfaces.identifiers import split_identifier
from phiscan.surfaces.views import FIELD_INDEX, file_stem
from phiscan.types import Detection, Role, Surface

_IDENTIFIER_ROLES = frozenset({Role.PROPERTY_NAME, Role.TOOL_NAME, Role.FILE_NAME})
_VALUE_ROLES = frozenset({Role.ENUM, Role.CONST, Role.DEFAULT, Role.EXAMPLES, Role.TITLE, Role.PATTERN})
_TEXT_ROLES_FOR_NAMES = frozenset({Role.DESCRIPTION, Role.TOOL_DESCRIPTION, Role.METADATA, Role.TITLE})
_GAZETTEER_SCORE = 0.6
_MAX_SCAN = 2000
# words that say the name after them is a person's (`owner: Sione Tuilagi`, `reviewed by`, `Dr.`)
_INTRODUCING_WORDS = (
    r"patient|member|subscriber|guardian|guarantor|insured|beneficiary|caregiver|spouse|parent|kin|contact|attn|"
    r"owner|nurse|mother|father|wife|husband|son|daughter|(?:assigned|escalated|referred|sent) to|"
    r"escalated for|on behalf of|"
    r"(?:reviewed|requested|approved|signed|seen|reported|entered|ordered) by"
)
_INTRODUCING = _INTRODUCING_WORDS + "|dr|mr|mrs|ms|mx"
_INTRODUCES = re.compile(rf"\b(?:{_INTRODUCING})\.?:? ?$", re.IGNORECASE)
# and words that stand before a name as often as before a product (`for`, `by`, `with`): enough for a listed name
_PERSON_CUE = re.compile(rf"\b(?:{_INTRODUCING}|cc|for|by|is|to|with|name)\.?:? ?$", re.IGNORECASE)


def a_place(d: Detection, surface: Surface) -> bool:
    """A place the name model took for a person in prose ("a trip to Chiang Mai", "John F. Kennedy International
    Airport"), after a word that introduces a person ("patient Diego Garcia") a person; or, in a key, tool name
    or file name, words the name model took for a name (`max_backoff`, `markComment`, `reasonLinkId`)."""
    if d.entity != "PERSON" or not is_ner(d):
        return False
    if surface.role in _IDENTIFIER_ROLES:  # a key that also names a person's data keeps the model's name
        if field_label(d.matched):
            return True  # words for a field (`koko_nimi`, GEDCOM's `BIRT_DATE`): vocabulary
        key = split_identifier(file_stem(surface.raw) if surface.role is Role.FILE_NAME else surface.raw).text
        return not (about_a_person(key) or _named_in_identifier(d.matched))
    if surface.role not in _TEXT_ROLES_FOR_NAMES:
        return False
    if eponym(surface.raw, d.end):
        return True
    words = d.matched.replace(",", " , ").split()
    place = is_place([w for w in words if w != ","], "," in words) or _demonym(words)
    return place and _PERSON_CUE.search(surface.raw[max(0, d.start - 20) : d.start]) is None


def _demonym(words: list[str]) -> bool:
    """A place's adjective (`Sierra Leonean`, `Costa Rican`): the place's name with an ending added."""
    if len(words) < 2:
        return False
    last = words[-1]
    stems = [last[: -len(end)] for end in ("ean", "ian", "an", "ese", "n", "i") if last.endswith(end)]
    return any(is_place([*words[:-1], stem + tail]) for stem in stems for tail in ("", "e", "a", "o"))


def introduced(d: Detection, surface: Surface) -> Detection:
    """A name the model found in prose right after a word that introduces a person (`owner: Sione Tuilagi`,
    `reviewed by Hemi Te Rangi`), in two to four capitalised words none of which is a dictionary, schema or
    place word: a person even when no list holds the name, so vouched for as the gazetteers' own."""
    if d.entity != "PERSON" or not is_ner(d) or surface.role not in _TEXT_ROLES_FOR_NAMES:
        return d
    words = [w for w in d.matched.split() if not is_particle(w)]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return d
    if any(is_common(w) or schema_word(w) for w in words) or is_place(words):
        return d
    if _INTRODUCES.search(surface.raw[max(0, d.start - 24) : d.start]) is None:
        return d
    return Detection(d.entity, d.start, d.end, max(d.score, _GAZETTEER_SCORE), "phiscan:names", d.matched)


def _named_in_identifier(words: str) -> bool:
    """Identifiers are made of words: a name the model found in one whose first word is a word public schemas
    name properties with (`Mark Comment`, `Reason Link`, `Dev Addr`, `Max Backoff`) needs a listed surname
    that is no such word (`Grant Kowalczyk`)."""
    if find_names(words, any_case=True, unlisted=about_a_person(words)):
        return True
    titled = bool(words.split()) and is_title(words.split()[0])
    parts = [w for w in words.replace(",", " ").split() if not is_particle(w) and not is_title(w)]
    if titled and len(parts) == 1:  # a title and one word (`mx_server`, `hr_manager`): a word is no surname here
        return not (is_common(parts[0]) or schema_word(parts[0]))
    if len(parts) < 2 or not schema_word(parts[0]):
        return True  # the model's judgement stands (`John Smith`, `Kelly Hart`, `Siosaia Taufa`)
    last = parts[-1]
    return any(p in gazetteer("surnames") for p in name_parts(last)) and not schema_word(last)


def trimmed(d: Detection) -> Detection:
    """A name the model tagged with dictionary words around it, without them."""
    if d.entity != "PERSON" or not is_ner(d) or name_shaped(d.matched):
        return d
    span = trimmed_name(d.matched)
    if span is None:
        return d
    a, b = span
    return Detection(d.entity, d.start + a, d.start + b, d.score, d.recognizer, d.matched[a:b])


def _gazetteer_hit(text: str, a: int, b: int) -> Detection:
    return Detection("PERSON", a, b, _GAZETTEER_SCORE, "phiscan:names", text[a:b])


def gazetteer_names(surface: Surface) -> list[Detection]:
    """Names the model missed, as runs of known given names and surnames: a bare value (an enum member has no
    sentence around it), names in free text, and names joined into keys, file names and regex literals."""
    from phiscan.surfaces.regexlit import regex_literals

    def people(
        text: str, any_case: bool, cue: re.Pattern[str] | None = None, unlisted: bool = False, prose: bool = False
    ) -> list[Detection]:  # in prose and values also initials and a surname, unless a thing is named for them
        spans = find_names(text, any_case, cue, unlisted) + (
            initialled_names(text) + shouted_names(text) + lower_names(text) if prose else []
        )
        return [_gazetteer_hit(text, a, b) for a, b in spans if not (prose and eponym(text, b))]

    raw = surface.raw[:_MAX_SCAN]
    if surface.role in _VALUE_ROLES and surface.role is not Role.PATTERN:
        value = raw.strip()  # a value only when the whole of it is a name, or one after a word for a person
        found = people(raw, any_case=False, prose=True)
        whole = [d for d in found if d.matched == value]
        if not whole and uniform_name(value):  # `ROSA GARCIA`, `GARCIA^ROSA`
            whole = [_gazetteer_hit(raw, raw.index(value), raw.index(value) + len(value))]
        if not whole:  # `guarantor ORVOKKI KINNUNEN`
            whole = [d for d in found if _PERSON_CUE.search(raw[max(0, d.start - 20) : d.start])]
        whole = whole or labelled_names(surface.raw)
        if whole or surface.role not in _TEXT_ROLES_FOR_NAMES:  # a title is text too
            return whole
    if surface.role in _TEXT_ROLES_FOR_NAMES:
        return people(raw, any_case=False, cue=_PERSON_CUE, prose=True) + labelled_names(surface.raw)
    if surface.role in _IDENTIFIER_ROLES:
        words = split_identifier(
            file_stem(raw) if surface.role is Role.FILE_NAME else raw
        ).text  # a key about a person may hold a name no list has (`about_a_person`)
        dated = NAME_THEN_DATE.search(words) is not None  # `ingrid_halvorsen_19710823`: whose, and when born
        found = people(words, any_case=True, unlisted=about_a_person(words) or _given_and_word(words) or dated)
        found = [d for d in found if not FIELD_INDEX.search(words, d.start, d.end + 3)]  # `adaBox15`: box 15
        found = [d for d in found if not field_label(d.matched)]  # GEDCOM's `BIRT_DATE`: a field, no `Birt Date`
        users = _usernames(words, raw) if surface.role is Role.FILE_NAME else []  # keys are words (`harbour_name`)
        return found + users + (birth_dates(words, found) if dated else [])
    if surface.role in (Role.PATTERN, Role.PATTERN_PROPERTY):
        out: list[Detection] = []
        for lit in regex_literals(raw)[:64]:
            words = split_identifier(lit.text).text
            users = _usernames(words, lit.text) if " " not in words.strip() else []  # the whole literal: `^tokafor$`
            found = people(words, any_case=True, unlisted=_given_and_word(words)) + users
            plain = re.sub(r"[\W_]", " ", lit.text)  # the literal's own case: `tevita_fifita`
            out.extend(found or [_gazetteer_hit(plain, a, b) for a, b in uniform_runs(plain)])
        return out
    return []


_WORD = r"[^\W\d_][^\W\d_'\u2019-]*"
# a name as a label prints it: `R. T. Moreno`, `Moreno/Raquel` (a pharmacy label's family/given), `Demirci Emre`
_LABELLED = re.compile(
    rf"(?<![\w.'/^-])(?:(?:[^\W\d_]\. ?){{1,2}}{_WORD}|{_WORD}/{_WORD}|{_WORD}(?: {_WORD}){{1,2}})(?![\w'/^-])"
)
# a label that names a person's name (`insured's name (box 4)`, `patient name:`), or a word that introduces one
_BEFORE_A_NAME = re.compile(
    rf"\b(?:(?i:(?P<label>name)\s*(?:\([^()]{{0,16}}\))?\s*[:=-]?)|(?i:{_INTRODUCING_WORDS})\.?:?|(?:Dr|Mr|Mrs|Ms|Mx)\.?)"
    r"\s+(?=[^\W\d_])"  # titles as written before a name (`in ms. VR FD` is a unit)
)


def labelled_names(text: str) -> list[Detection]:
    """A name written after a label for a person's name or a word that introduces a person, in the forms labels
    print names: initials and a surname, family/given, two or three capitalised words, or the same in capitals.
    Capitalised words need a given name or surname the lists hold, family/given a listed surname and given name
    (initials and a surname need no list), and no word may be a dictionary, schema or place word no list holds: after
    `signed by` or `ordered by` products and sort keys stand as often as people (`Sigstore Cosign`, `ID DESC`).
    After a label only a person has (`patient name:`, `guardian`, `Ime i prezime:`) two or three need no list."""
    from phiscan.detect.vocabulary import STRONG, cues_in, normal_words

    out = []
    for cue in itertools.islice(_BEFORE_A_NAME.finditer(text), _MAX_LABELS):  # the whole text: cheap, bounded
        label = normal_words(text[max(0, cue.start() - 30) : cue.start()]) if cue.group("label") else ()
        if cue.group("label") and not (_WHOSE_NAME.intersection(label) or "PERSON" in cues_in(label)):
            continue  # `file name:`, `display name`, `project name`: a name, but not a person's
        only_a_person = (
            cue.group("label") is not None or _KIN.fullmatch(cue.group(0).strip(" .:\t").lower()) is not None
        )
        out.extend(_name_after(text, cue.end(), only_a_person))
    for cue in itertools.islice(_COLON_LABEL.finditer(text), _MAX_LABELS):
        words = normal_words(cue.group(1))
        person = cues_in(words).get("PERSON")
        if "patient" in words or (person is not None and person[0] == STRONG):
            out.extend(d for d in _name_after(text, cue.end(), True) if d not in out)
    return out


def _name_after(text: str, at: int, only_a_person: bool) -> list[Detection]:
    m = _LABELLED.match(text, at)
    if m is None:
        return []
    end = m.end()
    lower = next((w for w in re.finditer(r" (\w)", m.group()) if w[1].islower()), None)
    if lower is not None:
        end = m.start() + lower.start()  # `Yerlan Abenov signed`: the name ends where the sentence goes on
    words = [w for w in re.split(r"[ /]", text[m.start() : end]) if len(w.strip(".")) > 1]
    if end < m.end() and len(words) < 2:
        return []  # `Subscriber Optin or not`: one capitalised word before a sentence goes on
    if (
        not any(len(w) > 3 for w in words)
        or not all(w[0].isupper() for w in words)
        or len({w.isupper() for w in words}) > 1
    ):
        return []  # `ID DESC`, `VR FD`: codes
    plain = [w.title() if w.isupper() else w for w in words]
    if (
        any(_a_word(w) for w in plain)
        or (len(plain) > 1 and is_place(plain))
        or not (_listed(plain, "/" in m.group()) or (only_a_person and len(plain) > 1 and "/" not in m.group()))
    ):
        return []
    return [_gazetteer_hit(text, m.start(), end)]


# words that introduce only a person; `owner`, `contact`, `signed by` also introduce products and teams
_KIN = re.compile(
    r"patient|member|subscriber|guardian|guarantor|insured|beneficiary|caregiver|spouse|parent|kin|mother|father|"
    r"wife|husband|son|daughter"
)
# a label of up to four words and a colon (full-width too), in any script
_COLON_LABEL = re.compile(r"(?<![\w'])((?:[^\W\d_]+[ '\u2019]){0,3}[^\W\d_]+) ?[:\uff1a] ?(?=[^\W\d_])")
_MAX_LABELS = 50_000
_WHOSE_NAME = PERSON_WORDS | {"customer", "employee"}  # the words of a key about one person, and these


def _listed(words: list[str], slashed: bool) -> bool:
    """A given name or a surname the lists hold among `words` (`Funmilayo Ogunleye`, `Kang Hae`: lists hold
    few given names of some cultures); family/given: a surname and a given name."""
    given, surnames = gazetteer("given_names"), gazetteer("surnames")

    def known(word: str, names: frozenset[str]) -> bool:
        return any(p in names for p in name_parts(word))

    if slashed:
        return len(words) == 2 and known(words[0], surnames) and known(words[1], given)
    if len(words) == 1:  # initials and a surname: a person's form, whose surname no list need hold
        return True
    return any(known(w, given) or known(w, surnames) for w in words)


def _a_word(word: str) -> bool:
    """A dictionary, schema or title word that no name list holds (`Lewis` is both: the name wins)."""
    if is_title(word) or schema_word(word):
        return True
    return is_common(word) and not any(
        p in gazetteer("surnames") or p in gazetteer("given_names") for p in name_parts(word)
    )


def _given_and_word(words: str) -> bool:
    """An identifier of two words, a listed given name and one more word, neither a dictionary or schema word
    (`siobhanThackeray`; not `pascal_case`): the second may be a surname no list holds."""
    parts = words.split()
    if len(parts) != 2:
        return False
    given, other = parts
    return (
        given.lower() in gazetteer("given_names")
        and not any(schema_word(w) or is_common(w) for w in parts)
        and len(given) > 3
        and len(other) > 3
    )


def _usernames(words: str, raw: str) -> list[Detection]:
    """User names of an initial and a surname among a file name's or a regex literal's words (`tokafor`), written in
    lower case in the identifier itself (`Pantone` is a word, not P. Antone)."""
    return [
        _gazetteer_hit(words, m.start(), m.end())
        for m in re.finditer(r"(?<!\S)[A-Za-z][a-z]+(?!\S)", words)  # split_identifier capitalises: `Mnakamura`
        if initial_and_surname(m.group())
        and re.search(rf"(?<![A-Za-z]){re.escape(m.group().lower())}(?![a-z])", raw) is not None
    ]
