"""People the name model missed or misread: names the gazetteers find in values, prose, keys and regex literals,
and the model's spans that are places or carry dictionary words with them."""

from __future__ import annotations

import functools
import re

from phiscan.detect.addresses import no_house, thoroughfare
from phiscan.detect.casenames import initial_and_surname, lower_names, shouted_names, uniform_name, uniform_runs
from phiscan.detect.namedfor import compass_place, demonym, eponym, in_a_list, named_place, organisation, things_name
from phiscan.detect.namefind import (
    about_a_person,
    cued_pairs,
    find_names,
    initialled_names,
    titled_pairs,
    trimmed_name,
)
from phiscan.detect.nameforms import bare_name, written_names
from phiscan.detect.names import (
    gazetteer,
    is_common,
    is_particle,
    is_place,
    is_title,
    listed,
    name_parts,
    name_shaped,
    schema_word,
)
from phiscan.detect.unlisted import given_and_word, given_then_unlisted, thing_pair, unlisted_after
from phiscan.detect.vocabulary import field_label
from phiscan.policy.dated import NAME_THEN_DATE, birth_dates
from phiscan.policy.labelled import (
    BEFORE_A_PERSON,
    GAZETTEER_SCORE,
    INTRODUCING_WORDS,
    ONLY_BEFORE_A_PERSON,
    example_names,
    gazetteer_hit,
    labelled_names,
)
from phiscan.policy.overlaps import is_ner, outermost
from phiscan.surfaces.filenames import file_stem
from phiscan.surfaces.identifiers import spells_its_key, split_identifier
from phiscan.surfaces.views import FIELD_INDEX, spaced_literal
from phiscan.types import Detection, Exposure, Role, Surface

_IDENTIFIER_ROLES = frozenset({Role.PROPERTY_NAME, Role.TOOL_NAME, Role.FILE_NAME})
_LABELS = frozenset({Role.TITLE, Role.METADATA, Role.TOOL_DESCRIPTION})  # labels that may spell their key or name
_VALUE_ROLES = frozenset({Role.ENUM, Role.CONST, Role.DEFAULT, Role.EXAMPLES, Role.TITLE, Role.PATTERN})
_TEXT_ROLES_FOR_NAMES = frozenset({Role.DESCRIPTION, Role.TOOL_DESCRIPTION, Role.METADATA, Role.TITLE})
_MAX_SCAN = 2000
_LITERALS = frozenset({"true", "false", "null", "none", "nil", "undefined"})  # a boolean's or a null's words
_INTRODUCING = INTRODUCING_WORDS + "|dr|mr|mrs|ms|mx"  # words that say a name after them is a person's (`Dr.`)
_INTRODUCES = re.compile(rf"\b(?:{_INTRODUCING})\.?:? ?$", re.IGNORECASE)
_ONLY_A_PERSON = re.compile(rf"\b(?:{ONLY_BEFORE_A_PERSON})\.?:? ?$", re.IGNORECASE)
# and words that stand before a name as often as before a product (`for`, `by`, `with`): enough for a listed name
_PERSON_CUE = re.compile(rf"\b(?:{_INTRODUCING}|cc|for|by|is|to|with|name)\.?:? ?$", re.IGNORECASE)
_FOR_A_PERSON = re.compile(rf"\b(?:{_INTRODUCING}|cc|for|to|name)\.?:? ?$", re.IGNORECASE)
# before a name and an organisation's word, these make it a person's (`holder Maria Lopez Bank of America`); `to`,
_BEFORE_AN_ORGANISATION = re.compile(  # `for` and `with` stand before organisations as often (`Henry Ford Health`)
    rf"\b(?:{BEFORE_A_PERSON}|dr|mr|mrs|ms|mx|name|holder|cardholder|physician|doctor)\.?:? ?$", re.IGNORECASE
)
# before a place named for a person only a word no one uses of its staff (`to Jesse Brown VA Medical Center`: its)
_BEFORE_A_PLACE = re.compile(
    r"\b(?:patient|pt|guardian|guarantor|insured|beneficiary|spouse|kin|mother|father|wife|husband|son|daughter"
    r"|name|veteran)\.?:? ?$",
    re.IGNORECASE,
)


def a_place(d: Detection, surface: Surface) -> bool:
    """A place the name model took for a person in prose or a value ("a trip to Chiang Mai", `Sierra Leone`,
    "John F. Kennedy International Airport"), after a word that introduces a person ("patient Diego Garcia") a
    person; or, in a key, tool name or file name, words the name model took for a name (`max_backoff`,
    `markComment`, `reasonLinkId`)."""
    if d.entity != "PERSON" or not is_ner(d):
        return False
    spelled = surface.role in _LABELS and spells_its_key(surface.raw, surface.pointer, surface.context)
    if (surface.role in _IDENTIFIER_ROLES or spelled) and ((keyed := _identifier_words(d, surface)) or not spelled):
        return keyed
    if _named_for(surface.raw, d.start, d.end):  # `Henry Ford Health` as an enum's member, or in prose
        return surface.role in _TEXT_ROLES_FOR_NAMES or surface.role in _VALUE_ROLES
    if surface.role not in _TEXT_ROLES_FOR_NAMES and surface.role not in _VALUE_ROLES:  # `Sierra Leone` in an enum
        return False
    words = d.matched.replace(",", " , ").split()
    if "," not in words and thoroughfare(words[0]) and not listed(words[0]):  # `Avenue Anatole France`: a street's
        return True
    place = is_place([w for w in words if w != ","], "," in words) or demonym(words)
    place = place or compass_place(words, surface.raw[: d.start])
    return place and _PERSON_CUE.search(surface.raw[max(0, d.start - 20) : d.start]) is None


def _identifier_words(d: Detection, surface: Surface) -> bool:
    """The model's name in a key or a tool's or file's name is its words (in a key about a person it is a name)."""
    if field_label(d.matched):
        return True  # words for a field (`koko_nimi`, GEDCOM's `BIRT_DATE`): vocabulary
    key = split_identifier(file_stem(surface.raw) if surface.role is Role.FILE_NAME else surface.raw).text
    if about_a_person(key):
        return False
    if surface.role is Role.FILE_NAME and thing_pair(d.matched):
        return True  # `hugo.server.json`: a tool's settings
    # one word split at a hump (`jackHammer`, `stoneMason`) is a compound, no name
    return is_common("".join(d.matched.split())) or not _named_in_identifier(d.matched)


def misread(d: Detection, surface: Surface) -> bool:
    """The model's name is a place, or a sentence's opening words; or an identifier's words read as a street."""
    keyed = surface.role in _IDENTIFIER_ROLES and d.entity == "STREET_ADDRESS"
    # `Helvetica,Arial,sans-serif`; an airport's `detailedName` (`Charles de Gaulle`)
    odd = d.entity == "PERSON" and (_font_stack(surface.raw, d.end) or things_name(surface))
    return a_place(d, surface) or an_opener(d, surface) or odd or (keyed and no_house(d.matched, surface.raw))


# CSS's generic font families (CSS Fonts Level 4), which end a list of fonts: font names are some people's
_GENERIC_FONTS = frozenset({"sans-serif", "serif", "monospace", "cursive", "fantasy", "system-ui", "emoji", "math"})
_GENERIC_FONTS |= {"ui-sans-serif", "ui-serif", "ui-monospace", "ui-rounded"}
_FONT_NAME = re.compile(r"[\w .'\"-]{1,40}")


def _font_stack(raw: str, end: int) -> bool:
    """The name ending at `end` is in a list of fonts that ends in a generic family (`Helvetica,Arial,sans-serif`,
    `'Georgia', 'Times New Roman', serif`; a declaration's `;` or `}` may follow it)."""
    rest = re.split(r"[;!}\n]", raw[end : end + 400], maxsplit=1)[0]
    fonts = rest.split(",")
    if len(fonts) < 2 or fonts[0].strip(" '\""):
        return False  # the name must end where its list goes on
    last = fonts[-1].strip().strip("'\"").lower()
    return last in _GENERIC_FONTS and all(_FONT_NAME.fullmatch(f.strip()) for f in fonts[1:-1] if f.strip())


# English words that open a sentence and are given names in some culture too (`An`, `In`, `Do`, `So`)
_OPENERS = frozenset(re.findall(r"\w+", "an a the in on at to by of or if as so do no is it each every this that"))


def an_opener(d: Detection, surface: Surface) -> bool:
    """A name found in prose opens a sentence with an article or a preposition (`An Adyen-generated reference`,
    `An Company Number`), and is no name without it (`An Nguyen` is: a listed surname and no dictionary word)."""
    if d.entity != "PERSON" or surface.role not in _TEXT_ROLES_FOR_NAMES:
        return False
    first, _, rest = d.matched.partition(" ")
    if first.lower() not in _OPENERS or surface.raw[max(0, d.start - 3) : d.start].strip(" \t") not in ("", ".", ":"):
        return False
    if len(rest.split()) == 1:
        return rest.lower() not in gazetteer("surnames") or is_common(rest)
    return not name_shaped(rest)


def _named_for(text: str, start: int, end: int) -> bool:
    """The name at `start:end` is a thing's named after a person (`Kaplan Meier estimator`), a public place's
    (`Edward Hines Jr. VA Hospital`) unless a patient's or kin's word stands before it, or an organisation's
    (`Henry Ford Health`) unless a word introduces a person before it (`patient Rosa Garcia Clinic visit`); or a
    list's words read as `Family, Given` (`English, French, and Spanish`)."""
    if eponym(text, end) or in_a_list(text, text[start:end], end):
        return True
    # the name model may take the organisation's or place's word with the name (`Raymond James Financial`)
    head = text.rfind(" ", start, end)
    before = text[max(0, start - 24) : start]
    if any(named_place(text, at) for at in (end, head) if at > start):
        return _BEFORE_A_PLACE.search(before) is None
    named = any(organisation(text, at, start) for at in (end, head) if at > start)
    return named and _BEFORE_AN_ORGANISATION.search(before) is None


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
    return Detection(d.entity, d.start, d.end, max(d.score, GAZETTEER_SCORE), "phiscan:names", d.matched)


def _named_in_identifier(words: str) -> bool:
    """Identifiers are made of words: a name the model found in one whose first word is a word public schemas
    name properties with (`Mark Comment`, `Reason Link`, `Dev Addr`, `Max Backoff`) needs a listed surname
    that is no such word (`Grant Kowalczyk`)."""
    if _LITERALS.intersection(words.lower().split()):
        return False  # `lago_true_up_fee_id`: a key's `true` is a boolean's, not a surname
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


def gazetteer_names(surface: Surface) -> list[Detection]:
    """Names the model missed, as runs of known given names and surnames: a bare value (an enum member has no
    sentence around it), names in free text, and names joined into keys, file names and regex literals."""
    # a long text is seldom repeated, and a cache must not keep it
    found = _names_in(surface) if len(surface.raw) > 200 else list(_gazetteer_names(surface.raw, surface.role))
    if surface.role in _TEXT_ROLES_FOR_NAMES:  # `patient_name`: `e.g. X`
        found += example_names(surface.raw, surface.context)
    return [] if things_name(surface) else [d for d in found if not an_opener(d, surface)]


@functools.lru_cache(maxsize=1 << 14)
def _gazetteer_names(raw: str, role: Role) -> tuple[Detection, ...]:  # a big enum repeats its members' words
    return tuple(_names_in(Surface("", "", role, Exposure.PROMPT, raw)))


def _names_in(surface: Surface) -> list[Detection]:
    from phiscan.surfaces.regexlit import regex_literals

    def people(
        text: str,
        any_case: bool,
        cue: re.Pattern[str] | None = None,
        unlisted: bool = False,
        prose: bool = False,
        titled: frozenset[tuple[str, str]] = frozenset(),
    ) -> list[Detection]:  # in prose and values also initials and a surname, unless a thing is named for them
        spans = find_names(text, any_case, cue, unlisted, titled) + (
            initialled_names(text) + shouted_names(text) + lower_names(text) + written_names(text) if prose else []
        )
        return [gazetteer_hit(text, a, b) for a, b in spans if not (prose and _named_for(text, a, b))]

    raw = surface.raw[:_MAX_SCAN]
    if surface.role in _VALUE_ROLES and surface.role is not Role.PATTERN:
        value = raw.strip()  # a value only when the whole of it is a name, or one after a word for a person
        found = people(raw, any_case=False, prose=True)
        whole = [d for d in found if d.matched == value]
        at = raw.index(value)
        if not whole and uniform_name(value) and not _named_for(raw, at, at + len(value)):  # `ROSA GARCIA`, not
            whole = [gazetteer_hit(raw, at, at + len(value))]  # `JESSE BROWN VAMC`
        if not whole and surface.role is not Role.TITLE and bare_name(value):  # `Abebe Kebede`: half listed
            whole = [gazetteer_hit(raw, at, at + len(value))]
        if not whole:  # `guarantor ORVOKKI KINNUNEN`
            whole = [d for d in found if _PERSON_CUE.search(raw[max(0, d.start - 20) : d.start])]
        whole = whole or labelled_names(surface.raw)
        if whole or surface.role not in _TEXT_ROLES_FOR_NAMES:  # a title is text too
            return whole
    if surface.role in _TEXT_ROLES_FOR_NAMES:
        # not after `with`, `by` or `is`: products follow those; a name half listed, only after a person's word
        # (`for` and `to` stand before eponyms, towns and products: `Screening for Kernig Brudzinski`)
        spans = given_then_unlisted(raw, _FOR_A_PERSON) + unlisted_after(raw, _INTRODUCES, _ONLY_A_PERSON)
        unlisted = [gazetteer_hit(raw, a, b) for a, b in spans if not _named_for(raw, a, b)]
        found = people(raw, any_case=False, cue=_PERSON_CUE, prose=True) + unlisted + labelled_names(surface.raw)
        return outermost(found)  # `Maria L. Gomez`, not its `L. Gomez` too
    if surface.role in _IDENTIFIER_ROLES:
        file = surface.role is Role.FILE_NAME  # a key about a person may hold a name no list has (`about_a_person`)
        words = split_identifier(file_stem(raw) if file else raw).text
        dated = NAME_THEN_DATE.search(words) is not None  # `ingrid_halvorsen_19710823`: whose, and when born
        loose = about_a_person(words) or given_and_word(words) or dated
        # a name no list holds in a key about a person (`holder_DaridaiKhiratai_v2`, `name_chaltu_sangma`)
        titled = titled_pairs(raw, words, humps=surface.role is Role.PROPERTY_NAME)
        found = people(words, any_case=True, unlisted=loose, titled=titled)
        found = [d for d in found if not FIELD_INDEX.search(words, d.start, d.end + 3)]  # `adaBox15`: box 15
        things = file and not loose  # `hugo.server.json`: a tool's settings, no one's
        found = [d for d in found if not field_label(d.matched) and not (things and thing_pair(d.matched))]
        users = _usernames(words, raw) if file else []  # keys are words (`harbour_name`)
        return found + users + (birth_dates(words, found) if dated else [])
    if surface.role in (Role.PATTERN, Role.PATTERN_PROPERTY):
        out: list[Detection] = []
        for lit in regex_literals(raw)[:64]:
            words = split_identifier(lit.text).text
            users = _usernames(words, lit.text) if " " not in words.strip() else []  # the whole literal: `^tokafor$`
            found = people(words, True, unlisted=given_and_word(words), titled=cued_pairs(words)) + users
            if not found and " " in lit.text:  # `^patient_name[_:-]?Yanbirdina Gulnaz$`: a label, then a name
                found = [d for text in spaced_literal(lit.text)[1:] for d in labelled_names(text)]
            plain = re.sub(r"[\W_]", " ", lit.text)  # the literal's own case: `tevita_fifita`
            out.extend(found or [gazetteer_hit(plain, a, b) for a, b in uniform_runs(plain)])
        return out
    return []


def _usernames(words: str, raw: str) -> list[Detection]:
    """User names of an initial and a surname among a file name's or a regex literal's words (`tokafor`), written in
    lower case in the identifier itself (`Pantone` is a word, not P. Antone)."""
    return [
        gazetteer_hit(words, m.start(), m.end())
        for m in re.finditer(r"(?<!\S)[A-Za-z][a-z]+(?!\S)", words)  # split_identifier capitalises: `Mnakamura`
        if initial_and_surname(m.group())
        and re.search(rf"(?<![A-Za-z]){re.escape(m.group().lower())}(?![a-z])", raw) is not None
    ]
