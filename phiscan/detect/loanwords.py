"""English words that other scripts borrow for a record's fields, however they are spelt there.

Hindi, Odia, Urdu, Thai, Amharic and many more write `password`, `record`, `license` and `number` as the
English words sound (`पासवर्ड`, `ରେକର୍ଡ`, `لائسنس`, `ፓስወርድ`): Firefox's own translations label a card's
number `کارڈ کا نمبر` and a postcode `پوسٹل کوڈ`.  A word of a script other than Latin is romanised
(`anyascii`) and matched on its consonants against how the English word is said, so a spelling no table
lists still names its field.  Only words of four consonants or more, in the scripts that borrow them, are
matched this way, and only the English words no everyday word sounds like: shorter ones (`fon`, `kod`, `kard`,
`token`) are as often a language's own word (Hindi `ठिकाना`, an address, sounds t-k-n; `पसंदीदा`, favourite,
as `patient` does).  Yiddish writes them in Hebrew letters, its vowels as letters too (`לייסענס`); the creoles
English lent them to write them in Latin letters, matched only as listed (Tok Pisin's `laisens`, `draiva`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container

from phiscan.detect.wordcut import plain

# how each English word is said, in the plain Latin letters the romanisations use
_SAID = {
    "record": ("rekord",),
    "password": ("pasvord",),
    "license": ("laisens",),
    "driver": ("draiving", "draivar", "draibhim"),  # Bengali and Odia have no v: `ড্রাইভিং`
    "number": ("nambar",),
    "medical": ("medikal",),
    "insurance": ("inshurans",),
    "passport": ("pasport",),
    "hospital": ("haspatal",),
    "postcode": ("poustkoud",),
}
# and as the creoles English lent its words to (Tok Pisin, Bislama, Pijin) and other languages that took them as they
# sound (Swahili `leseni`, `rekodi`; Tagalog `lisensya`; Turkish `lisans`; Maltese `pazjent`; Afrikaans `lisensie`;
# Malay `insurans`) spell them in Latin letters, matched as written: by their sound, glued words and place names no
# list holds would be read (`fusionauth` as `patient`)
_SPELT_IN_LATIN = {
    "laisens": "license", "laisen": "license", "insurens": "insurance", "inshurens": "insurance",
    "pashent": "patient", "peshent": "patient", "draiva": "driver", "namba": "number", "rekot": "record",
    "pasport": "passport", "paswot": "password", "postkodo": "postcode", "medikal": "medical",
    "leseni": "license", "rekodi": "record", "hospitali": "hospital", "pasipoti": "passport", "lisensya": "license",
    "lisans": "license", "pazjent": "patient", "lisensie": "license", "insurans": "insurance", "pasiyente": "patient",
}  # fmt: skip
_DIGRAPHS = (
    ("ph", "f"), ("bh", "b"), ("th", "t"), ("dh", "d"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"),
    ("jh", "j"), ("ts", "s"), ("ck", "k"),
)  # fmt: skip
# voiced and voiceless alike (Tamil writes one letter for both), w as v, c as s (Tamil's `ச` writes the s of
# `லைசென்ஸ்`, license; the table's own spellings write no c)
_CLASSES = str.maketrans("bdgqcfzxw", "ptkkspskv")
_LONGEST = 40  # no field's word is longer; a longer run is not cached or read


def _consonants(latin: str) -> str:
    s = re.sub(r"[^a-z]", "", latin.lower())
    s = re.sub(r"m(?=[^aeiouybpm])", "n", s)  # a nasal before a consonant (Devanagari's anusvara): `laisems`
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyh]", "", s.translate(_CLASSES))
    return re.sub(r"(.)\1+", r"\1", s)


@functools.cache
def _by_consonants() -> dict[str, str]:
    return {_consonants(sound): word for word, spellings in _SAID.items() for sound in spellings}


# Yiddish writes its vowels with letters (YIVO's orthography: vav u, yod i, ayin e, alef a or silent, a double vav
# v), which a Hebrew romanisation reads as consonants: Yiddish `license` must sound l-s-n-s, not l-y-y-s-n-s
_YIDDISH_VOWELS = str.maketrans(
    {"\u05d5": "u", "\u05d9": "i", "\u05e2": "e", "\u05d0": "a", "\u05f2": "ei", "\u05f1": "oi"}
)


def _romanised(word: str) -> str:
    from anyascii import anyascii

    if _script(word[0]).startswith("HEBREW"):
        word = word.replace("\u05d5\u05d5", "v").replace("\u05f0", "v").translate(_YIDDISH_VOWELS)
    return anyascii(word)


@functools.lru_cache(maxsize=1 << 14)
def loanword(word: str) -> str | None:
    """The English word that `word`, written in a script other than Latin, borrows (`ପାସୱାର୍ଡ` -> password), or
    None."""
    if len(word) > _LONGEST or any(c.isdigit() for c in word):
        return None
    if word.isascii() or _script(word[0]).startswith("LATIN"):
        return _SPELT_IN_LATIN.get(plain(word).lower())
    if _script(word[0]).split(" ")[0] not in _BORROWING:
        return None
    skeleton = _consonants(_romanised(word))
    return _by_consonants().get(skeleton) if len(skeleton) >= 4 else None


# The scripts of South Asia, which write the words Sanskrit, Persian and English lent them alike: `जन्म`, `জন্ম`,
# `ଜନ୍ମ` (birth), `তারিখ`, `ତାରିଖ` (date)
_SOUTH_ASIAN = frozenset(
    {"DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA"}
)
# Where a record's English words are borrowed as they sound; Cyrillic, Greek, Armenian, Georgian and the CJK
# scripts have words of their own, read from the tables (`посетитель`, a visitor, sounds like `postal`)
_BORROWING = _SOUTH_ASIAN | {"ARABIC", "THAI", "ETHIOPIC", "HEBREW"}  # Hebrew's letters: Yiddish's `דרייווער`


@functools.lru_cache(maxsize=1 << 14)
def sounded(word: str) -> str | None:
    """A word of a South Asian script as its consonants (`~jnm` for `जन्म`, `জন্ম` and `ଜନ୍ମ` alike), so a word the
    tables hold in one of these scripts is read in the others; None for a word of any other script."""
    if not word or len(word) > _LONGEST or _script(word[0]).split(" ")[0] not in _SOUTH_ASIAN:
        return None
    if any(c.isdigit() for c in word):
        return None
    from anyascii import anyascii

    skeleton = _consonants(anyascii(word))
    return "~" + skeleton if len(skeleton) >= 3 else None  # shorter, a word is too often another (`रख`, `दिया`)


def foreign_reading(raw: str, spelled: Container[str]) -> str | None:
    """How a written word is read when the tables do not spell it as written (`spelled`, their plain forms): the
    English word it borrows (as listed, in Latin letters), or its sound in a South Asian script; or None.  One rule
    for the text (`phiscan.detect.vocabulary.normal_words`) and for the tables' own phrases
    (`phiscan.detect.vocabtable`)."""
    if plain(raw).lower() in spelled:
        return None
    return loanword(raw) or sounded(raw)


def _script(char: str) -> str:
    import unicodedata

    return unicodedata.name(char, "")
