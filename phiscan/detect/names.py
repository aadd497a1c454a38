"""Is a span the name model tagged PERSON shaped like a person's name?

The model sees Title-cased split identifiers and short enum values, where vocabulary looks
like names ("Reason Codes", "Grace Period", "Edge Hub").  A span counts only when it is
written like a name and the gazetteers agree: a given name stands before the last word, and
the last word is a known surname or not an ordinary dictionary word.  Gazetteers are built
by `scripts/build_name_data.py` (Faker's person locales; Webster's 2nd International).
"""

from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from collections.abc import Iterable

from phiscan.data import DIR as _DATA
from phiscan.detect.namewords import GENERATIONS as _GENERATIONS
from phiscan.detect.namewords import PARTICLES as _PARTICLES
from phiscan.detect.namewords import REGIONS
from phiscan.detect.namewords import TITLES as _TITLES

_WORD = re.compile(r"[^\s,]+")
_CAMEL_HUMPS = re.compile(r"[a-z][A-Z]")
_ACRONYMS, _OWNS = re.compile(r"[A-Z]{2,}s"), re.compile(r"['\u2019]s$")  # `SIMs`; `Fleet's`
_SUFFIXES = ("s", "es", "ed", "ing", "er", "ers", "ly")


@functools.cache
def gazetteer(name: str) -> frozenset[str]:
    """A gazetteer: one entry per line after a `#` header (built by scripts/build_name_data.py).  Name lists
    also hold each entry without its accents, so `Nguyen` finds `Nguyễn` and `Zielinski` finds `Zieliński`."""
    lines = gzip.decompress((_DATA / f"{name}.txt.gz").read_bytes()).decode("utf-8").split("\n")
    header = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    entries = frozenset(lines[header:]) - {""}
    if name in ("common_words", "schema_vocabulary", "caseless_words") or "(folded)" in lines[0]:
        return entries  # the name lists are written with their folded forms (scripts/build_name_data.py)
    return entries | folded(entries)


def with_registers(word: str, name: str) -> bool:
    """`word` in a name list (`given_names`, `surnames`) or its register's long tail (US Census surnames of 100 or
    more, 2020 Census first names), apart: read only where every word of a name is listed (rare names are words)."""
    return word in gazetteer(name) or word in gazetteer(f"{name}_register")


def registered_roles(words: list[str]) -> tuple[list[int], list[int]] | None:
    """Which words of a name are given names and which surnames, when every one is a name of the lists or their
    registers' long tail and none is a dictionary or schema word (a register's `minio` or `chown` beside `Server` or
    `Cap` is a product's); None otherwise."""
    parts = [name_parts(w) for w in words]
    wide = [[any(with_registers(x, k) for x in p) for k in ("given_names", "surnames")] for p in parts]
    if not all(any(w) for w in wide) or any(is_common(w) or schema_word(w) for w in words):
        return None
    return [i for i, w in enumerate(wide) if w[0]], [i for i, w in enumerate(wide) if w[1]]


def registered_name(first: list[str], last: str) -> bool:
    """Given names, then a surname, every one a name of the lists or their registers (`Mekdes Habtemariam`)."""
    roles = registered_roles([*first, last])
    return roles is not None and len(first) in roles[1] and all(i in roles[0] for i in range(len(first)))


def folded(entries: Iterable[str]) -> frozenset[str]:
    """The accent-folded forms of `entries` that a lookup may meet.  A short folded form that is an English word
    (`thế` -> `the`, `mẹ` -> `me`) would make prose look like names; a longer one (`tamás` -> `tamas`,
    `müller` -> `muller`) is how slugs and ASCII systems write the name."""
    common = gazetteer("common_words")
    return frozenset(
        f for e in entries if not e.isascii() and (f := fold(e)) != e and len(f) > 2 and (len(f) > 4 or f not in common)
    )


# the letters that do not decompose; Azerbaijani's schwa as its ASCII keys write it, Maltese's h
_FOLDS = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "\u0131": "i", "ß": "ss", "æ": "ae", "œ": "oe"}
    | {"þ": "th", "ð": "d", "ə": "e", "Ə": "E", "ħ": "h", "Ħ": "H"}
)


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """`word` without accents (NFKD, combining marks dropped, and the letters that do not decompose)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for script in ("HANGUL", "CJK", "HIRAGANA", "KATAKANA"):
        if name.startswith(script):
            return script
    return "LATIN" if ord(ch) < 0x250 else "OTHER"


@functools.lru_cache(maxsize=1 << 16)  # asked for the same words across a run, often millions of times
def _common(word: str) -> bool:
    """An ordinary dictionary word, allowing plain inflections (codes, settings, driven)."""
    common = gazetteer("common_words")
    w = word.lower()
    if w in common:
        return True
    if w.endswith("ies") and w[:-3] + "y" in common:  # properties, categories
        return True
    if any(w.endswith(s) and w[: -len(s)] in common for s in _SUFFIXES if len(w) > len(s) + 2):
        return True
    # more inflections (`specified`, `enabled`, `encoding`, `mapped`, `has`), but a listed name stays a name
    # (`Syed`, `Ewing`, `Obed` read as inflections of `sye`, `ewe`, `obe`)
    inflected = w in _IRREGULAR or (w.endswith("ied") and w[:-3] + "y" in common)
    inflected = inflected or (w.endswith(("ed", "ing")) and _stem(w) in common)
    return inflected and not listed(w)


_IRREGULAR = frozenset({"has", "was", "does", "did", "done", "been", "its", "got", "sent", "built", "kept", "held"})


def _stem(w: str) -> str:
    """`enabled` -> `enable`, `encoding` -> `encode`, `mapped` -> `map`: the stem Webster's lists, as a guess."""
    cut = w[:-3] if w.endswith("ing") else w[:-2]
    if len(cut) > 2 and cut[-1] == cut[-2]:
        return cut[:-1]
    return cut + "e"


# the vowel signs and viramas of Brahmic scripts, Thai, Lao, Myanmar and Khmer, and the marks of Syriac, Thaana and
# N'Ko, which `\w` leaves out; a word's letters with them
SIGNS = "\u0711\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f5\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_LETTERS = rf"[\w'\u2019.{SIGNS}-]*"
PLAIN_NAME = re.compile(rf"^[^\W\d_]{_LETTERS}(?:[ ,]+[^\W\d_]{_LETTERS}){{1,3}}$")
"""Two to four words of letters, as a bare value written like a name is (`aroha ngata`, `OKONKWO, Chidi`)."""


def listed(word: str) -> bool:
    """A given name or a surname of the gazetteers."""
    return word.lower() in gazetteer("given_names") or word.lower() in gazetteer("surnames")


def is_common(word: str) -> bool:
    """An ordinary English dictionary word (plain inflections too)."""
    return _common(word.strip(".,'\u2019-"))


def schema_word(word: str) -> bool:
    """A word public schemas name their properties with (`max`, `mark`, `backoff`; scripts/build_schema_vocabulary.py),
    even when it is also a name."""
    return word.strip(".,'\u2019-").lower() in gazetteer("schema_vocabulary")


def name_parts(word: str) -> list[str]:  # a hyphenated word also whole, as lists hold some (`ji-woo`, `d'angelo`)
    whole = word.lower().replace("\u2019", "'")
    parts = [p.lower() for p in re.split(r"[-'\u2019.]", word) if p] + (
        [whole] if re.search("[-'\u2019]", word) else []
    )
    return parts + [fold(p) for p in parts if not p.isascii()]


def is_affix(bare: str, core: list[str]) -> bool:
    """A particle anywhere (`van`, `de`), a title before the name's first word (`Dr`, `pani`), or a generation's
    suffix after two (`Jr`, `III`)."""
    low = bare.lower()
    return low in _PARTICLES or (low in _TITLES and not core) or (low in _GENERATIONS and len(core) >= 2)


@functools.lru_cache(maxsize=1 << 14)  # a long text names the same people again and again
def name_shaped(value: str, any_case: bool = False) -> bool:
    """True when `value` is written like a personal name and the gazetteers agree.  `any_case` also takes
    a name written all in capitals or all in lower case (`GARCIA ROSA`, `rosa garcia`), which a value under
    a key naming a person may be; in text such words are usually headings or vocabulary."""
    if any_case and (value.isupper() or value.islower()):
        value = value.title()
    if any(c.isdigit() for c in value):
        return False
    scripts: set[str]
    if all(ord(c) < 0x250 for c in value):  # the common case, without a Unicode name lookup per letter
        scripts = {"LATIN"} if any(c.isalpha() for c in value) else set()
    else:
        scripts = {_script(c) for c in value if c.isalpha()}
    if scripts & {"HANGUL", "CJK", "HIRAGANA", "KATAKANA"}:
        from phiscan.detect.ideographic import ideographic_name

        script = next(iter(scripts))
        return len(scripts) == 1 and ideographic_name(value, script, gazetteer("surnames"), gazetteer("given_names"))
    words = _WORD.findall(value)
    if not 2 <= len(words) <= 5:
        return False
    latin = scripts == {"LATIN"}
    comma = "," in value  # "GONZALEZ, Maria"
    core: list[str] = []
    for n, w in enumerate(words, 1):
        bare = w.strip(".'\u2019-")
        if is_affix(bare, core):
            continue
        if not bare or (latin and not bare[0].isupper()):
            return False
        if len(bare) == 1 and not w.endswith("."):
            return False  # a lone capital is a code ("Z Index"); an initial has its period
        if latin and bare.isupper() and len(bare) > 1 and not comma:
            return False  # ANALYTICS NOTE
        if len(_CAMEL_HUMPS.findall(bare)) > 1 or misfit_word(w, n == len(words)):
            return False  # AmbientFireUpdateInterval
        core.append(bare)
    if len(core) < 1 or (len(core) < 2 and not (words and words[0].lower().strip(".") in _TITLES)):
        return False
    given, surnames = gazetteer("given_names"), gazetteer("surnames")
    if len(core) >= 3 and sum(not any(p in given or p in surnames for p in name_parts(w)) for w in core) > 1:
        return False  # a long run of words that are mostly not names is a phrase (Dev Tool Portal Properties)
    if comma:
        head, _, tail = value.partition(",")
        first_names, family = _WORD.findall(tail), _WORD.findall(head)[-1:]
    else:
        first_names, family = core[:-1], core[-1:]
    if not family:
        return False
    last = family[0]
    known_last = any(p in surnames or p in given for p in name_parts(last))
    initials = bool(first_names) and all(len(w.strip(".")) == 1 for w in first_names)
    has_given = (
        any(p in given for w in first_names for p in name_parts(w))
        or words[0].lower().strip(".") in _TITLES
        or (initials and known_last)
    )
    if has_given and (known_last or not _common(last)):
        return True
    if first_names and not initials and registered_name(first_names, last):
        return True
    # surname first: Chinese, Korean, Vietnamese and Hungarian order, and LAST_First in file names
    if comma or len(core) < 2 or all(_common(w) for w in core):
        return False
    return any(p in surnames for p in name_parts(core[0])) and any(p in given for w in core[1:] for p in name_parts(w))


def misfit_word(word: str, last: bool) -> bool:
    """A word no name is made of: an acronym's plural (`SIMs`), a possessive before another word (`the Fleet's SIMs`:
    whose, not who), or two dictionary words joined at a hump (a type's `LayerSpec`; not `MacArthur`, `TwoBulls`)."""
    if _ACRONYMS.fullmatch(bare := word.strip(".,")) is not None or (not last and _OWNS.search(word) is not None):
        return True
    if (h := _CAMEL_HUMPS.search(bare)) is None or (head := bare[: h.start() + 1]).lower() in _PARTICLES:
        return False
    if any(with_registers(bare.lower(), kind) for kind in ("surnames", "given_names")):
        return False  # a name written whole in its lists (`YellowHorse`, `TwoBulls`, `FairChild`)
    given = gazetteer("given_names")
    return all(len(p) > 2 and _common(p) and p.lower() not in given for p in (head, bare[h.start() + 1 :]))


def is_place(words: list[str], comma: bool = False) -> bool:
    """A city, country or region (`Chiang Mai`, or `Paris, France` written with its comma), which name words
    can spell.  Many surnames are towns too (Duncan, Rogers): only the whole, or a place and its country, count."""
    places = gazetteer("places")
    whole = " ".join(w.lower() for w in words)
    return whole in places or whole in REGIONS or (comma and all(w.lower() in places for w in words))


def known_full_name(value: str, cued: bool = False) -> bool:
    """A value that is exactly a given name and a surname both in the gazetteers (`Ross Adams`): a backstop for
    short enum and const values, where the name model has no sentence around it."""
    words = _WORD.findall(value.replace(",", " , "))
    if is_place([w for w in words if w != ","], "," in words):  # `Sierra Leone`, `Jordan, Georgia`
        return False
    if "," in words:  # "ADAMS, Ross"
        i = words.index(",")
        family, first = words[:i], words[i + 1 :]
    else:
        first, family = words[:-1], words[-1:]
    if not first or len(family) != 1 or len(first) > 2:
        return False
    given, surnames = gazetteer("given_names"), gazetteer("surnames")
    last = fold(family[0].strip(".").lower())
    if last not in surnames or not any(fold(w.strip(".").lower()) in given for w in first):
        return registered_name([w.strip(".") for w in first], family[0].strip("."))
    # two dictionary words ("Grace Period", "Max Price") need a word that introduces a person before them
    return cued or not (_common(last) and all(_common(w.strip(".")) for w in first))


def could_start_a_name(word: str) -> bool:
    """A capitalised word that a reportable name could contain before its surname: a known given
    name, an initial, or a title."""
    bare = word.strip(".,'\u2019-")
    if len(bare) == 1 or bare.lower() in _TITLES:
        return True
    return any(with_registers(part, "given_names") for part in name_parts(bare))


def is_particle(word: str) -> bool:
    """A surname particle ("van", "de"), which `name_shaped` skips between a name's words."""
    return word.strip(".'\u2019-").lower() in _PARTICLES


def is_title(word: str) -> bool:
    """A title that can stand before a name in any case ("dr", "Mrs.")."""
    return word.strip(".").lower() in _TITLES
