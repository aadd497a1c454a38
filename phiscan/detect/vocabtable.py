"""`phiscan/data/vocabulary.toml`, read once: the phrases of each category, the spellings and translations that
normalise words onto them, and the labels, fields, issuers and key-only words (`phiscan.detect.vocabulary`
matches them).
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass

from phiscan.data import data_file
from phiscan.detect.loanwords import foreign_reading, loanword, sounded
from phiscan.detect.wordcut import plain
from phiscan.surfaces.identifiers import split_identifier

STRONG, WEAK = 2, 1
"""How much a phrase says: STRONG names the category on its own; WEAK needs a value of a telling shape."""


@dataclass(frozen=True, slots=True)
class Tables:
    """`phiscan/data/vocabulary.toml`, read: each table by its name there."""

    cues: dict[str, tuple[tuple[str, int], ...]]
    spellings: dict[str, str]
    labels: dict[str, str]
    key_labels: dict[str, str]  # labels only as a whole key (`DAQ`)
    fields: dict[str, dict[str, str]]  # each of _FIELD_TABLES: id -> name
    key_only: frozenset[str]  # abbreviations that name their category in keys and labels only
    issuers: frozenset[tuple[str, ...]]  # US states, Canada's provinces: who issued a licence or a plate
    translated: frozenset[str]  # the foreign words of `[translations]` and `[romanised]`
    english_short: frozenset[str]  # the one- and two-letter words of the English tables (`dt`, `no`, `pt`)
    romanised: frozenset[str]  # the words found only in `[romanised]`: whole words, never pieces of a glued one
    identifier_types: dict[str, tuple[str, ...]]  # HL7 v2 Table 0203's codes (`mr`), as the words of their names
    phrases: frozenset[tuple[str, ...]]  # the foreign phrases of two words or more, as `normal_words` reads them


_FIELD_TABLES = ("hl7", "x12", "ncpdp", "nemsis", "dicom", "claim_forms", "cms_items", "asap")


@functools.cache
def table() -> Tables:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    raw = tomllib.loads(data_file("vocabulary.toml").read_text("utf-8"))
    cues = {
        category: tuple((p, STRONG) for p in kinds.get("strong", ())) + tuple((p, WEAK) for p in kinds.get("weak", ()))
        for category, kinds in raw["cues"].items()
    }
    insurers = raw["insurers"]["names"]  # weak alone, strong before a word for the member's number
    members = [f"{n} {w}" for n in insurers for w in ("id", "member", "number", "card", "policy", "subscriber")]
    cues["HEALTH_PLAN_ID"] += tuple((n, WEAK) for n in insurers) + tuple((m, STRONG) for m in members)
    fields = {name: dict(raw[name]) for name in _FIELD_TABLES}
    key_only = frozenset(raw["key_only"]["words"]) | frozenset(raw["key_only"]["initials"])
    spellings = dict(raw["spellings"])
    # a phrase is matched against normalised words, so it is kept normalised (`vehicle identification` is read
    # as `vehicle identifier`)
    cues = {c: tuple((_spelled(p, spellings), s) for p, s in phrases) for c, phrases in cues.items()}
    named: dict[str, tuple[str, int]] = {}  # each English phrase's category and strength, the first listed
    for category, phrases in cues.items():
        for p, s in phrases:
            named.setdefault(p, (category, s))
    english = {w for phrases in cues.values() for p, _ in phrases for w in p.split()} | set(spellings)
    english |= {w for v in spellings.values() for w in v.split()}
    # looked up plain; a word whose plain form lost its vowel signs down to two letters or fewer (Thai `ชื่อ`
    # is `ชอ`, Devanagari `नाम` is `नम`) would be found inside other words: left out (Chinese `姓名` keeps both)
    written = {**raw["translations"], **raw["romanised"]}
    read = {w: _as_read(w) for w in written}
    translations = {k: e for w, e in written.items() if len(k := read[w]) > 2 or len(k) == len(w) or " " in k}
    # one word is a spelling of the English words; a phrase, a cue of their category
    spellings.update({w: e for w, e in translations.items() if " " not in w and w not in spellings})
    # a creole's spelling of an English word is that word, in a romanised phrase too (`laisens nambar`)
    spellings.update({w: b for p in raw["romanised"] for w in p.split() if w not in spellings and (b := loanword(w))})
    written_as = {read[w]: _unjoined(w.lower()) for w in written}
    # a long word of a South Asian script also as it sounds, for the other scripts (`জন্মতারিখ`, `ଜନ୍ମତାରିଖ`)
    for w, e in list(translations.items()):
        if " " not in w and (sound := sounded(written_as[w])) is not None and len(sound) >= 6:  # 5 consonants
            spellings.setdefault(sound, e)
    for foreign, english_phrase in translations.items():
        if " " not in foreign:
            continue
        category, strength = _cue_of(english_phrase, named, spellings)
        cues[category] += ((_spelled(foreign, spellings), strength),)
        # code drops the little words between a phrase's nouns (`carteAssureSocial`), when a foreign word is
        # left (`número de paciente` bare is English's `number patient`, read across labels) and more than a number
        # and one word (`numeroMatricula` is a student's enrolment)
        spelled = _spelled(foreign, spellings).split()  # only between two words: a last `du` or `the` is a word's
        bare = [w for i, w in enumerate(spelled) if w not in _PARTICLES or i in (0, len(spelled) - 1)]
        vague = len(bare) == 2 and "number" in bare
        if (
            len(bare) >= 2
            and " ".join(bare) != _spelled(foreign, spellings)
            and not (vague or english.issuperset(bare))
        ):
            cues[category] += ((" ".join(bare), strength),)
        # as `normal_words` reads it: its borrowed words in English (`मेडिकल रिकॉर्ड संख्या`: medical record संख्या),
        # the other words of a South Asian script as they sound (`জন্ম তারিখ`: ~jnm ~trk, as Odia's `ଜନ୍ମ ତାରିଖ`)
        borrowed = " ".join(_read_word(w, spellings) for w in split_identifier(written_as[foreign]).words)
        if borrowed != foreign:
            cues[category] += ((_spelled(borrowed, spellings), strength),)
    spellings = {word: _spelled(e, spellings) for word, e in spellings.items()}
    issuers = frozenset(tuple(w.split()) for w in raw["issuers"]["words"])
    # a word of the English tables stays English where a foreign phrase holds it too (`identification`, `cuenta`)
    foreign_words = frozenset(w for phrase in translations for w in phrase.split() if w not in english)
    other = {w for phrase in raw["translations"] for w in plain(phrase.lower()).split()} | english
    romanised = frozenset(w for phrase in raw["romanised"] for w in phrase.split() if w not in other)
    labels, key_labels = dict(raw["labels"]), dict(raw["key_labels"])
    short = frozenset(w for w in english if len(w) <= 2)
    types = {code.lower(): tuple(_spelled(name, spellings).split()) for code, name in raw["identifier_types"].items()}
    foreign_phrases = frozenset(words for k in translations if len(words := tuple(k.split())) > 1)
    return Tables(
        cues,
        spellings,
        labels,
        key_labels,
        fields,
        key_only,
        issuers,
        foreign_words,
        short,
        romanised,
        types,
        foreign_phrases,
    )


def _as_read(text: str) -> str:
    """A foreign word or phrase of the tables split as `normal_words` splits text: at an apostrophe (`ім'я`,
    `carte d'assuré social`) and where the script changes (`病历id`)."""
    words = split_identifier(_unjoined(text.lower())).words
    return " ".join(p for raw in words for p in _WORD.findall(plain(raw).lower()))


def _unjoined(text: str) -> str:
    """Without the joiners inside Sinhala and Devanagari words, as `normal_words` reads them."""
    return text.replace("\u200d", "").replace("\u200c", "")


def _read_word(raw: str, spellings: dict[str, str]) -> str:
    """One written word as `normal_words` reads it: as the tables spell it, as `foreign_reading` reads it, or
    as its plain pieces."""
    return foreign_reading(raw, spellings) or " ".join(_WORD.findall(plain(raw).lower()))


_WORD = re.compile(r"[^\W_]+")
# articles and prepositions that join a phrase's nouns in the Romance and Germanic languages (`de`, `della`, `von`)
_PARTICLES = frozenset({"de", "del", "della", "dello", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "du"})
_PARTICLES |= {"des", "d", "la", "le", "les", "el", "lo", "los", "las", "il", "van", "von", "der", "den", "dem", "het"}


def _spelled(phrase: str, spellings: dict[str, str]) -> str:
    return " ".join(w for word in phrase.split() for w in spellings.get(word, word).split())


def _cue_of(english: str, named: dict[str, tuple[str, int]], spellings: dict[str, str]) -> tuple[str, int]:
    """The category and strength of the cue phrase an English translation spells (`medical record` -> MRN)."""
    phrase = _spelled(english, spellings)
    if phrase in named:
        return named[phrase]
    raise ValueError(f"vocabulary.toml: translation {english!r} is no cue phrase")
