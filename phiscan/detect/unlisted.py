"""Names no list holds whole: words that are no word of any list, read as a name where the words around them say a
person is meant (`for Somchai Jaidee`, `requested by Daridai Khiratai`, a key about a person).  No gazetteer holds
every name.  Words no list holds are as often a product's, a species' or a drug's (`Kubeflow Katib`, `Klebsiella
Pneumoniae`), so a name half listed needs a word that stands before people, and one listed nowhere a word that
stands before nothing else (`requested by`, `patient`, `Dr`)."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.addresses import thoroughfare
from phiscan.detect.everyday import everyday_elsewhere, frequent
from phiscan.detect.nameforms import no_word
from phiscan.detect.names import gazetteer, is_common, is_place, name_parts, schema_word
from phiscan.detect.reserved import is_stand_in_name
from phiscan.detect.specs import CODE_SYSTEMS, US_STATE, street_word
from phiscan.surfaces.keywords import KNOWN


def unlisted_name(word: str) -> bool:
    """A word no gazetteer lists that could still be a name: letters with a vowel, not English, not a cue."""
    from phiscan.detect.vocabulary import vocabulary_word

    return (
        word.isalpha()
        and len(word) >= 3
        and any(c in "aeiouy" for c in word.lower())
        and not is_common(word)
        and not everyday_elsewhere(word)
        and not vocabulary_word(word)
        and not is_place([word])
    )


_PRODUCT_AFTER = re.compile(
    r"(?i)[ -]+(?:apis?|sdks?|apps?|models?|integrations?|plugins?|devices?|series|kits?|platforms?|services?|cards?"
    r"|consoles?|engines?|editions?|chargers?|batteries|pro|plus|max|mini)\b"
)
_GIVEN_THEN_WORD = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+) ([A-Z][a-z]{3,})(?![\w'\u2019-])")


def given_then_unlisted(text: str, cue: re.Pattern[str]) -> list[tuple[int, int]]:
    """`for Somchai Jaidee`, `to Wojciech Przybyszewski`: after a word that stands before a person, a listed given
    name and a word no list holds that could be a surname.  Given name first, so a product (`Kubeflow Katib`,
    `Sigstore Cosign`: a made-up word first) is none, nor a given name before a dictionary, schema or everyday
    word (`Julia Pluto`, `Jasmine Karma`)."""
    given = gazetteer("given_names")
    out = []
    for m in _GIVEN_THEN_WORD.finditer(text):
        first, second = m.group(1), m.group(2)
        if cue.search(text[max(0, m.start() - 20) : m.start()]) is None or _PRODUCT_AFTER.match(text, m.end()):
            continue  # `for Tesla Powerwall models`, `Dacia Sandero API`: a product's name
        if is_place([first, second]):
            continue
        if first.lower() not in given or is_common(first) or schema_word(first) or schema_word(second):
            continue
        listed = second.lower() in given or second.lower() in gazetteer("surnames")
        word = not unlisted_name(second) or frequent(second) or street_word(second)  # `Simon Carmiggeltstraat`
        if not listed and not word and not is_stand_in_name(m.group()):
            out.append(m.span())
    return out


# two or three capitalised words standing apart (the run's last word the text's or a comma's)
_UNLISTED_RUN = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){1,2}(?![\w'\u2019-]| [A-Z])")
# where a name no list holds must end: its clause's end, or a word a note goes on with after a person (`Requested by
# Tavita Faleolo on 3 May`), not a noun a product's name goes on with (`reported by Dexcom Stelo sensors`)
_CLAUSE_ENDS = re.compile(r"\s*(?:$|[.,;:!?)\]]|(?:on|at|before|after|who)\b)", re.IGNORECASE)


def unlisted_after(
    text: str, cue: re.Pattern[str], only_a_person: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """`patient Abebe Kebede`, `referred to Tsegaye Gebremedhin`: after a word that introduces a person, two or
    three capitalised words that are no word, one a listed name (`nameforms.bare_name`), not before a product's
    word (`Kubeflow Katib API`).  After what `only_a_person` finds (`requested by`, `Escalated for`), no word need be
    listed, if the run ends its clause (`unvouched_name`)."""
    from phiscan.detect.nameforms import bare_name

    def before(m: re.Match[str], words: re.Pattern[str] | None) -> bool:
        return words is not None and words.search(text[max(0, m.start() - 20) : m.start()]) is not None

    return [
        m.span()
        for m in itertools.islice(_UNLISTED_RUN.finditer(text), 500)
        if not _PRODUCT_AFTER.match(text, m.end())
        and (
            (before(m, cue) and bare_name(m.group()))
            or (
                before(m, only_a_person)
                and _CLAUSE_ENDS.match(text, m.end()) is not None
                and unvouched_name(m.group().split(" "))
            )
        )
    ]


def unvouched_name(words: list[str]) -> bool:
    """Two or three words no list holds, where only a person can stand: each no word of any kind and sayable
    (`nameforms.no_word`), four letters or more and no standard's name (`SNOMED`, `LOINC`; three capitals are as
    often a code: `ORU^ADT`), and together no place, street or stand-in."""
    return (
        all(
            len(w) >= 4
            and w.isalpha()
            and w.upper() not in CODE_SYSTEMS
            and no_word(w)
            and unlisted_name(w)
            and not _compound(w)
            for w in words
        )
        and not is_place(words)
        and not any(map(thoroughfare, words))
        and not is_stand_in_name(" ".join(words))
    )


# German's abstract nouns end so (`Wundversorgung`, `Schwangerschaft`), as no name of the cultures the lists lack does
_NOUN_ENDING = re.compile(r"[a-zäöü]{4}(?:ung|heit|keit|schaft)$")


def _compound(word: str) -> bool:
    """Two everyday words of four letters or more run together (German's `Nach|sorge`, Dutch `zieken|huis`), or a
    German abstract noun: other languages' vocabulary that the frequency lists hold only in parts."""
    low = word.lower()
    if _NOUN_ENDING.search(low):
        return True
    return any(
        (everyday_elsewhere(low[:i]) or is_common(low[:i])) and (everyday_elsewhere(low[i:]) or is_common(low[i:]))
        for i in range(4, len(low) - 3)
    )


def given_and_word(words: str) -> bool:
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


def thing_pair(name: str) -> bool:
    """Two words of an identifier that name a thing, though the model or the lists read a name: a word twice
    (`hugo_hugo_version`), or a given name and a word of schemas and English both that is no surname (`hugo.config`,
    a site generator's settings; `john.page` is a person's).  Two dictionary words glued stay a possible surname
    (`nathan.westbrook`), though a tool's section is written so too (`hugo.sitemap`)."""
    parts = name.split()
    if len(parts) != 2:
        return False
    first, second = parts
    thing = is_common(second) and schema_word(second) and second.lower() not in gazetteer("surnames")
    return first.lower() == second.lower() or thing


# the endings of German nouns, which compound without end (`Wundversorgung`, `Entlassbrief`), on long words only
_COMPOUND_ENDS = ("ung", "sorge", "brief", "arzt", "heit", "keit", "schaft", "bericht", "nummer", "datum", "akte")
_COMPANY = frozenset(re.findall(r"\w+", "ltd llc inc corp plc gmbh ag sa srl bv nv oy ab pty pte kk co"))


def unlisted_after_label(words: list[str], family_first: bool = False) -> bool:
    """Words no list holds that can still be a name after a label only a person has: written as names are or in
    capitals (`ASTAMUR ARSHBA`, `Astamur ARSHBA`; not `HAPI FHIR`, `Aaaa Bbbb`), of three letters or more (four in
    capitals), none a word the vocabulary reads as a field's (`Vorname`, `Firstname`) or a company's (`GmbH`).  After a
    family name in capitals and its comma a given name may be of two letters (`SUKERTI, Ni Luh`; Balinese, Vietnamese
    and Chinese given names are), never a joining word (`of`, `de`)."""
    from phiscan.detect.vocabulary import cues_in, normal_words

    parts = [p for w in words for p in re.split(r"[-'\u2019]", w) if p]  # each part of `Adeyemi-Bakare`
    if family_first and any(len(p) == 2 for p in parts) and not _short_given(parts[1:]):
        return False
    shouted = all(p.isupper() for p in parts) or family_in_capitals(words)  # not `Patient Portal FHIR`
    return all(
        (len(w) >= 3 or (family_first and i > 0 and len(w) == 2))
        and (not w.isupper() or (shouted and _shouted_name(w)))
        and (len(set(w.lower())) > 2 or len(w) == 2)
        and re.search(r"(\w)\1\1", w.lower()) is None
        and w.lower() not in _COMPANY
        and not everyday_elsewhere(w)  # `Paciente: Nuevo Registro`
        and not (len(w) >= 8 and w.lower().endswith(_COMPOUND_ENDS))  # `Patientin: Wundversorgung Nachsorge`
        and not cues_in(normal_words(w))
        and normal_words(w) == (w.lower(),)
        for i, w in enumerate(parts)
    )


def family_in_capitals(words: list[str]) -> bool:
    """A family name in capitals beside given names as written (`Chirkhitei ALCHI`, `OSSELIN Dravik Amar`), as
    French forms, passports' visual zones and registers print a name: one run of each, two or three words."""
    caps = [w.isupper() and len(w) > 1 for w in words]
    if not (2 <= len(words) <= 3 and 0 < sum(caps) < len(caps) and caps in (sorted(caps), sorted(caps, reverse=True))):
        return False
    return not any(everyday_elsewhere(w) for w in words)  # `MAPFRE Salud`: a company and another language's word


def foreign_phrase(words: list[str]) -> bool:
    """Another language's everyday words (`Nuevo Registro`, `Neue Akte`): one no list holds, and beside it no listed
    name that is no such word (`Giulia Bianco`, `Libertad Quispe` are names)."""
    listed = [any(p in gazetteer("given_names") or p in gazetteer("surnames") for p in name_parts(w)) for w in words]
    if any(known and not everyday_elsewhere(w) for w, known in zip(words, listed, strict=True)):
        return False
    return any(everyday_elsewhere(w) and not known for w, known in zip(words, listed, strict=True))


def mixed_cases(words: list[str], comma: bool, name_label: bool) -> bool:
    """Words in capitals beside words that are not, in no form a name takes (`ID Desc`): a family name in capitals
    before its comma (`MORENO, Raquel`) is one, and after a label naming a name, beside the given names."""
    cased = words[1:] if comma else words
    return len({w.isupper() for w in cased}) > 1 and not (name_label and family_in_capitals(words))


def _short_given(given: list[str]) -> bool:
    """Given names of which some have two letters, as after `SUKERTI,` (`Ni Luh`): each such a syllable (a vowel, two
    letters) and no joining word, route, state or suffix (`AMOXICILLIN, Po`, `OPTUM, Tx`, `SMITH, Jr`); and one of
    three letters or more, or each a listed given name."""
    short = [w for w in given if len(w) == 2]
    listed = gazetteer("given_names")
    return all(
        w.istitle()
        and w[0].lower() != w[1]
        and re.search("[aeiouy]", w.lower())
        and w.lower() not in _NOT_GIVEN
        and not US_STATE.fullmatch(w.upper())
        for w in short
    ) and (any(len(w) >= 3 for w in given) or all(w.lower() in listed for w in short))


# two-letter words that join or qualify a name, or are a language's everyday word, never a given name alone
_PARTICLES = frozenset(
    {"of", "to", "in", "at", "on", "by", "an", "or", "as", "is", "it", "be", "we", "he", "me", "my", "no", "so", "up"}
    | {"us", "do", "go", "if", "de", "da", "di", "du", "la", "le", "el", "lo", "en", "et", "il", "im", "am", "zu"}
    | {"um", "og", "av", "al", "az", "ed", "ex", "id"}
)
# and a dose's route, a name's suffix (the US states' codes: `specs.US_STATE`)
_NOT_GIVEN = _PARTICLES | {"po", "pr", "iv", "im", "sc", "sq", "sl", "jr", "sr"}


def _shouted_name(word: str) -> bool:
    """A word in capitals that can be a name: four letters or more with two vowels, no code system, schema word or
    test patient's `ZZ` (`NKDA`, `MAXLENGTH`, `ZZTEST` are none)."""
    low = word.lower()
    return (
        len(word) >= 4
        and sum(c in "aeiouy" for c in low) >= 2  # (`NKDA`, `CABG`: an acronym; a name in capitals the lists lack)
        and word not in CODE_SYSTEMS
        and not schema_word(low)
        and low not in _SCHEMA_KEYWORDS
        and not low.startswith("zz")
    )


_SCHEMA_KEYWORDS = frozenset(k.lower() for k in KNOWN)  # `MAXLENGTH`, `MINLENGTH` in capitals
