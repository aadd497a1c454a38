"""The words that name a category of personal identifier, from public data dictionaries, not from our files.

A key, a title or the words before a value say what the value is: `medRecNum`, `PID-3 Patient Identifier List`,
"Insured's ID Number".  Identifiers are split into words (`phiscan.surfaces.identifiers`), glued lower-case words
are segmented against this vocabulary (`insmemberno` -> ins member no), and each word is normalised (case, plural,
British spelling, the abbreviations real code uses) before phrases are matched.
The table, with the public source of its phrases (FHIR R4, HL7 v2, schema.org, CMS data dictionaries), is
`phiscan/data/vocabulary.toml` (read by `phiscan.detect.vocabtable`); its `[translations]` (the EU's multilingual
terms, OpenMRS's and Firefox's labels in other languages and scripts) map foreign words and phrases onto those
phrases, matched as written, as their grammar changes them or one slip off (`phiscan.detect.inflection`), never
by English plurals (`series` is no Dutch `serie`); scripts without spaces are cut around their words (`wordcut`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from phiscan.detect import wordcut
from phiscan.detect.everyday import frequent_words
from phiscan.detect.fieldrefs import FIELD_REF, spell_fields
from phiscan.detect.inflection import inflected, near_word, numbered_heads, respelled, spelled_numbers
from phiscan.detect.loanwords import foreign_reading, loanword
from phiscan.detect.names import fold, is_common, listed, schema_word
from phiscan.detect.specs import CODE_SYSTEMS
from phiscan.detect.typedcodes import named_types
from phiscan.detect.vocabtable import STRONG as STRONG
from phiscan.detect.vocabtable import WEAK as WEAK
from phiscan.detect.vocabtable import table as _table
from phiscan.detect.wordcut import CUE, UNKNOWN, cut_after_word, cut_glued, cut_loose, cut_unspaced, plain, unspaced


def cues() -> dict[str, tuple[tuple[str, int], ...]]:
    """category -> ((phrase, strength), ...), as `phiscan/data/vocabulary.toml` lists them."""
    return _table().cues


def spellings() -> dict[str, str]:
    """One spelling for the many a word takes in code and in British or American text."""
    return _table().spellings


# Words that may follow a category's phrase at the end of a key: its id, number or code, whose it is
TRAILING = frozenset(
    {"id", "identifier", "number", "#", "code", "value", "date", "text", "string", "str", "patient", "primary"}
    | {"secondary", "current", "masked", "raw", "formatted", "of", "the", "person", "insured", "subscriber"}
    # whose or which one (`smsTo`, `phoneHome`, `phoneAlt`), and the page or link it is (`memorialPage`)
    | {"to", "from", "home", "work", "office", "personal", "alt", "alternate", "main", "other", "emergency"}
    | {"indi", "resi"}  # GEDCOM's tags of a person's record and its residence, as keys (`INDI.RESI.PHON`)
    | {"page", "url", "link", "uri", "site", "name", "names"}  # `guardianName`: the guardian's name
    | {"card", "given", "family"}  # the card that carries it (`medicaidCard`); a name's part (`Patient.name.given`)
)
# the forms a birth date is kept in (`birth_datetime`, `dob_ts`); after an identifier they say a time (`device_id_ts`)
_TRAILING_FOR = {"DATE_OF_BIRTH": TRAILING | {"time", "timestamp", "ts", "dttm", "iso"}}  # (not `tm`, `tz`)
_TRAILING_FOR["PHONE_NUMBER"] = TRAILING - {"id", "identifier", "code"}  # `callId`, `cellId`: a record's id, a code
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")

# Words the segmenter may cut a glued lower-case key into (`medrecnum`, `dtofbirth`, `insmemberno`).
_GLUE = frozenset({"of", "the", "id", "pt", "patient", "date", "number"})
_PLURAL = re.compile(r"(?<=[a-z]{3})(?:s|es)$")
_WORD = re.compile(r"[^\W_]+")


def _canonical(word: str) -> tuple[str, ...]:
    w = fold(word.lower())
    if w in spellings():
        return tuple(spellings()[w].split())
    if len(w) > 4 and w not in _known() and w.endswith("s") and not w.endswith("ss"):
        singular = _PLURAL.sub("", w)
        for s in (w[:-1], singular):
            if s in spellings() and s not in _table().translated:  # a foreign word is matched as written only
                return tuple(spellings()[s].split())
            if s in _known():
                return (s,)
    if len(w) >= 5 and w not in _known() and w not in _table().romanised and (borrowed := loanword(w)) is not None:
        return _canonical(borrowed)  # a creole's spelling of the English word (Tok Pisin's `laisens`)
    if len(w) >= 6 and w not in _known():
        for head in numbered_heads(w):  # `Kontonr`, `medlemsnr`, `Versichertennr`: a field's number, glued
            if (listed := head if head in spellings() or head in _known() else inflected(head)) is not None:
                return (*spellings().get(listed, listed).split(), "number")
        if w not in _table().translated and (listed := inflected(w) or near_word(w)) is not None:
            return tuple(spellings()[listed].split()) if listed in spellings() else (listed,)  # a phrase's word
    return (w,)


@functools.cache
def _known() -> frozenset[str]:
    """Every word a cue phrase or a normalised spelling is made of, less romanised syllables (`sho`)."""
    words = {w for phrases in cues().values() for phrase, _ in phrases for w in phrase.split()}
    return frozenset(words | {w for v in spellings().values() for w in v.split()}) - _table().romanised


@functools.cache
def _segmentable() -> frozenset[str]:
    words = _known() | frozenset(k for k in spellings() if k.isalpha() and len(k) >= 2) | _GLUE
    return words - _table().romanised  # (syllables would cut `serbian` into `ser bian`)


def vocabulary_word(word: str) -> bool:
    """A word of some cue phrase or a known spelling (`mrn`, `dob`, `pt`): vocabulary, never a name."""
    return word.lower() in _segmentable()


@functools.lru_cache(maxsize=1 << 14)
def _segment(word: str, key: bool = False) -> tuple[str, ...]:
    """A glued lower-case word cut into vocabulary words (`medrecnum` -> med rec num), a run of a script
    written without spaces cut around the vocabulary words in it (`患者出生日期`), or itself.  In a key (`key`), a
    word glued to letters of no list's may be cut around them too (`loosely`)."""
    if unspaced(word):
        return cut_unspaced(word, _segmentable()) if len(word) <= 200 else (word,)
    if len(word) < 5 or len(word) > 40 or word in _segmentable() or word in _table().romanised or is_common(word):
        return (word,)  # a dictionary word is itself (`timeliness` is no `time line ss`), a romanised one too
    if word.upper() in CODE_SYSTEMS:
        return (word,)  # a standard's name (`snomed` is no `sn o med`, a serial's medical)
    return (
        cut_glued(word, _glueable())
        or (key and (_after_english(word) or _loosely(word) or wordcut.cut_head(word)))
        or (word,)
    )


def _after_english(word: str) -> tuple[str, ...] | None:
    cut = cut_after_word(word, _glueable(), frequent_words())  # (only where the glued words name a category)
    return cut if cut is not None and cues_in(tuple(c for w in cut[1:] for c in _canonical(w))) else None


def _loosely(word: str) -> tuple[str, ...] | None:
    """A key's word that is a category's word glued to letters no list holds, a dialect's or a system's (`ssnniya`,
    `vsdgeburtsdatum`, `dcbirth`), as its words: a last stretch of up to four letters is a particle (Tagalog `niya`)
    and is dropped, so the category's word heads the key.  No name (`dobson`) nor English words (`serializer`)."""
    if not 6 <= len(word) <= 30 or not word.isascii() or listed(word) or _canonical(word) != (word,):
        return None  # (a word read whole first: `insurens` is a slip of `insurance`, no `insure` and `ns`)
    cut = cut_loose(word, _glueable(), frequent_words())
    if cut is None:
        return None
    if cut[-1][1] == UNKNOWN:
        last = cut[-1][0]
        if len(last) > 4 or is_common(last) or schema_word(last) or last.endswith(_ENDINGS):
            return None  # a word's end (`serial|izer`), or a word of schemas after it (`deviceid|utc`)
        cut = cut[:-1]
    # the words that name a category: no key-only abbreviation (`lifespan`, `nameserver`) unless its number's word
    # follows (`drvlicid`), and after unknown letters none of three letters (`vercel` is no `ver cel`)
    numbered = {piece for piece, _ in cut} & {"id", "no", "nr", "num", "nbr", "number"}  # as written: `lic` is read so
    after = cut[0][1] == UNKNOWN
    named = [p for p, kind in cut if kind == CUE and (numbered or p not in _table().key_only)]
    cues = cues_in(tuple(c for w in named for c in _canonical(w)))
    strong = any(strength == STRONG for category, (strength, _) in cues.items() if category != "THING")
    if not cues or (after and (len(cut[1][0]) < 4 or cut[1][0] in _INITIALLED or not strong)):
        return None  # after unknown letters a weak word is another's end as often (`basename`), or a name's (`rblname`)
    return tuple(piece for piece, _ in cut)


_INITIALLED = frozenset({"fname", "lname", "mname", "gname"})  # a name's part after its initial, in code
# English word endings a stretch after a vocabulary word may be (`serializer`, `phonetics`, `ziplock`'s no)
_ENDINGS = ("ize", "izer", "ise", "iser", "ing", "ed", "er", "ers", "able", "ible", "ity", "ism", "ist", "ness")


@functools.cache
def _glueable() -> frozenset[str]:
    """The words a glued word may be cut into: two letters only if English code writes them (`dtofbirth`) or
    they join words as "of" does (`de`, `do`); Vietnamese `ma` would cut `domainsid` into do ma ins id."""
    short = _table().english_short | _GLUE | _OF  # `fechadenacimiento`, `nomedomeio`
    return frozenset(w for w in _segmentable() if len(w) > 2 or w in short)


@functools.lru_cache(maxsize=1 << 16)
def normal_words(text: str, joined: bool = False) -> tuple[str, ...]:
    """The normalised words of a key, a title or a stretch of text; `joined`: the words of a name read apart
    (`route insuranceniya`), each of which is a key's word."""
    from phiscan.surfaces.identifiers import split_identifier

    out: list[str] = []
    key = joined or " " not in text.strip()
    if not text.isascii():  # a joiner inside a Sinhala or Devanagari word (`වෛද්‍ය`) is part of it
        text = text.replace("\u200d", "").replace("\u200c", "")
    text = spelled_numbers(text)
    text = named_types(text)
    pieces: list[str | tuple[str, ...]] = []
    for raw in split_identifier(spell_fields(text, _table().fields) if FIELD_REF.search(text) else text).words:
        read = _foreign(raw) if not raw.isascii() else None  # `ରେକର୍ଡ`: record; `ଜନ୍ମ`: as Bengali's `জন্ম` sounds
        pieces.extend([read] if read is not None else _WORD.findall(plain(raw)))
    for piece in respelled(pieces):  # a dialect's spelling of a phrase's word, as the phrase spells it
        if isinstance(piece, tuple):
            out.extend(piece)
        elif piece.isdigit():
            out.append("#")
        elif piece.lower() != "s" or not out:  # (an `s` after a word is a possessive's: "Insured's ID")
            for part in _segment(piece.lower(), key) if piece.isalpha() else (piece.lower(),):
                out.extend(_canonical(part))
    return tuple(out)


def _foreign(raw: str) -> tuple[str, ...] | None:
    """A word of another script read as the English word it borrows or its South Asian sound, normalised."""
    found = foreign_reading(raw, spellings())
    return _canonical(found) if found is not None else None


@functools.cache
def _phrases() -> dict[str, tuple[tuple[int, tuple[str, ...], str, int], ...]]:
    """By first word: (rank, words, category, strength), rank 0 the longest (`license plate` before `license`)."""
    rows = [(tuple(p.split()), cat, s) for cat, phrases in cues().items() for p, s in phrases]
    rows.sort(key=lambda r: -len(r[0]))
    by_first: dict[str, list[tuple[int, tuple[str, ...], str, int]]] = {}
    for rank, (words, cat, strength) in enumerate(rows):
        by_first.setdefault(words[0], []).append((rank, words, cat, strength))
    return {w: tuple(v) for w, v in by_first.items()}


def cues_in(words: Iterable[str], head: bool = False) -> dict[str, tuple[int, int]]:
    """Each category the words name: (the strongest strength a phrase gives it, where its last such phrase ends).
    A word covered by a longer phrase does not also count alone (`license plate` is a vehicle, not a driver's
    license).  With `head`, a phrase counts only at the end of a key, before words that say "its identifier" or what
    it stands on (`memberId`, `ssn_number_patient`, `nameOnCard`): `memberCount`, `medicareFeeSchedule` name none."""
    seq = tuple(words)
    phrases = _phrases()
    # every occurrence of a phrase, taken longest phrase first and left to right (linear in the words:
    # a long description has thousands)
    hits = sorted(
        (rank, i, n, category, strength)
        for i, word in enumerate(seq)
        for rank, phrase, category, strength in phrases.get(word, ())
        if seq[i : i + (n := len(phrase))] == phrase
    )
    used = [False] * len(seq)
    found: dict[str, tuple[int, int]] = {}
    for _, i, n, category, strength in hits:
        if all(used[i : i + n]):
            continue
        for k in range(i, i + n):
            used[k] = True
        rest = seq[i + n : -1 if seq[-1] in _LETTERS else None]  # a last letter says whose (`ZIP9_R`; not `ip_v4`)
        rest = rest[:-2] if rest[-2:-1] == ("on",) else rest  # `nameOnCard`: what it stands on (not `serialAtBaud`)
        if head and not all(w in _TRAILING_FOR.get(category, TRAILING) for w in rest):
            continue
        if strength == WEAK and _number_first(seq, i) and (*seq[i : i + n], "number") in _strong_numbered():
            strength = STRONG  # `numero_patente`, `nomor rekening`: the number of, written first
        old = found.get(category, (0, -1))
        found[category] = max(old, (strength, i + n - 1))
    return found


def field_label(text: str) -> bool:
    """Every word of `text` is part of a category's phrase or a word that follows one (`Birt Date`: GEDCOM's
    birth and a date; `Koko Nimi`: Finnish for full name); `Mark Post` is no phrase (registration mark, post
    code), so a name it stays."""
    seq = normal_words(text)
    used = [w in TRAILING for w in seq]
    for i, word in enumerate(seq):
        for _, phrase, _, _ in _phrases().get(word, ()):
            if seq[i : i + len(phrase)] == phrase:
                used[i : i + len(phrase)] = [True] * len(phrase)
    return bool(seq) and all(used)


_OF = frozenset({"de", "di", "do", "da", "del", "della", "du", "ya", "na", "van", "tas"})  # "number of" in Romance etc.


def _number_first(seq: tuple[str, ...], i: int) -> bool:
    """Whether `number` (or `number of`) stands right before word i, as Romance and other languages write it,
    and is no other phrase's number (`SSN Number - Patient` is the SSN's)."""
    at = i - 1 if i >= 1 and seq[i - 1] == "number" else i - 2 if i >= 2 and seq[i - 1] in _OF else -1
    return at >= 0 and seq[at] == "number" and (at == 0 or seq[at - 1] not in _known())


@functools.cache
def _strong_numbered() -> frozenset[tuple[str, ...]]:
    """The strong phrases that end in `number` (`license number`, `account number`)."""
    return frozenset(
        words
        for phrases in cues().values()
        for p, s in phrases
        if s == STRONG and (words := tuple(p.split()))[-1] == "number"
    )


_ISSUED = frozenset({"LICENSE_NUMBER", "VEHICLE_ID"})


def issued_cues(words: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """The licence or plate a label names before its issuer (`DL TX`, `rijbewijs Montana`), ending right there."""
    for n in (1, 2, 3):
        if len(words) > n and words[-n:] in _table().issuers:
            head = words[:-n]
            # a state issues it: a licence, whichever word named it (`licencia NM`)
            return {c: (STRONG, e) for c, (_, e) in cues_in(head).items() if c in _ISSUED and e == len(head) - 1}
    return {}


# Words after which a noun phrase has ended: its head noun came just before
_PHRASE_BREAK = frozenset(
    {"for", "of", "to", "in", "on", "at", "by", "with", "from", "that", "which", "who", "whose", "and", "or", "is"}
    | {"are", "was", "be", "as", "if", "when", "where", "a", "an", "the", "this", "its", "their", "used", "assigned"}
)


def phrase_head(words: tuple[str, ...], end: int) -> bool:
    """The cue ending at word `end` is its noun phrase's head: the text ends there, or a function word or a
    word naming its identifier follows."""
    return end + 1 >= len(words) or words[end + 1] in _PHRASE_BREAK or words[end + 1] in TRAILING
