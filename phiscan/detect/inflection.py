"""Words of the table's other languages as their grammar changes them: another case or number (Slovene `kartoteke`,
the record's, of `kartoteka`), a field's number glued after its word (`Kontonr`, `medlemsnr`), a number's sign or
abbreviation (`#`, `n°`, `št.`); and another language's word one slip off, as neighbouring languages and dialects
spell it (`nascimentu` beside `nascimento`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from phiscan.detect.everyday import everyday_elsewhere, frequent
from phiscan.detect.names import is_common, is_place, listed, schema_word
from phiscan.detect.vocabtable import table

# a word's number glued after it, as Germanic and Nordic forms write it, with or without a joining `s` or `en`
_NUMBERED = re.compile(r"([a-z]{4,}?)(?:nr|nummer|numer|numero|nro)")
# the alphabets whose words inflect by their endings: Latin, Greek, Cyrillic, Armenian, Georgian
_SUFFIXING = re.compile("[a-z\u00e0-\u024f\u0370-\u03ff\u0400-\u04ff\u0531-\u058f\u10d0-\u10ff]")


_NUMBER_SIGN = re.compile(
    r"(?<=[A-Za-z]) ?#(?![A-Za-z_/])|(?<![^\W\d_])[Nn][.]?[\u00b0\u00ba](?![^\W\d_])"
)  # #, n°, nº
# the abbreviations of `number` that fold into another word (Slovene `št.`, Czech `č.` and `čís.`, Hungarian `sz.`,
# Serbian's and Greek's): `st` is a street, `c` a letter
_NUMBER_ABBREVIATION = re.compile(
    r"(?<![^\W\d_])(?:[šŠ]t|[čČ](?:ís)?|[Ss]z|[\u0431\u0411]\u0440|[\u03b1\u0391]\u03c1\u03b9\u03b8)\.(?![^\W\d_])"
)


# Bengali's and Assamese's `নং`, Hindi's `नं.`: the abbreviation of `number`, its last sign a mark
_INDIC_NUMBER_SIGN = re.compile("(?<![\\w\u0900-\u0dff])(?:\u09a8\u0982|\u0928\u0902\\.?)(?![^\\W\\d_])")


def spelled_numbers(text: str) -> str:
    """`text` with a number's sign or abbreviation written as the word (`chart #`, `dossier n°`, `Vozniško dovoljenje
    št.`)."""
    if "#" in text or "\u00b0" in text or "\u00ba" in text:
        text = _NUMBER_SIGN.sub(" number ", text)
    if ("." in text and not text.isascii()) or "sz." in text:
        text = _NUMBER_ABBREVIATION.sub(" number ", text)
    if "\u0982" in text or "\u0902" in text:
        text = _INDIC_NUMBER_SIGN.sub(" number ", text)
    if "'" in text and not text.isascii():  # Assamese writes a vowel's o with an apostrophe (`ক'ড`, code)
        text = _ASSAMESE_O.sub("", text)
    return text


_ASSAMESE_O = re.compile("(?<=[\u0980-\u09ff])'(?=[\u0980-\u09ff])")


def numbered_heads(word: str) -> Iterator[str]:
    """The words `word` may be with its glued number taken off, the joining letters too (`medlems|nr`: medlem)."""
    m = _NUMBERED.fullmatch(word)
    if m is None:
        return
    head = m[1]
    yield head
    if head.endswith("s") and len(head) > 5:  # (five letters or more left: `plats` is no `plat`'s)
        yield head[:-1]
    if head.endswith("en") and len(head) > 6:
        yield head[:-2]


def inflected(word: str) -> str | None:
    """The table's foreign word that `word` is another case or number of: the listed word less its last letter (six
    letters or more) and one to three letters of another ending (Slovene `kartoteke` of `kartoteka`); never an English
    word, nor an everyday word of another language (Finnish `tavalla`, Hungarian `rendszer`)."""
    if len(word) < 7 or not _SUFFIXING.match(word):
        return None  # Arabic and Hebrew inflect inside the word
    stems = _stems()
    for cut in (1, 2, 3):
        if len(word) - cut >= 6 and (listed := stems.get(word[:-cut])) is not None:
            # a case's ending: a letter, or a vowel and a consonant (`-n`, `-os`, `-ega`; no `-rt`)
            ending = word[-cut:]
            if cut > 1 and (not _VOWEL.search(ending) or len(_VOWEL.sub("", ending)) > 1):
                return None
            return listed if listed and not is_common(word) and not everyday_elsewhere(word) else None
    return None


_VOWEL = re.compile(
    "[aeiouy\u00e0-\u00ff\u0430\u0435\u0451\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0456\u0457"
    "\u0454\u04e9\u04af\u03b1\u03b5\u03b7\u03b9\u03bf\u03c5\u03c9\u03ac-\u03af\u03cc-\u03ce"
    "\u0531-\u058f\u10d0-\u10ff]"
)  # (Armenian and Georgian letters all pass)


@functools.cache
def _stems() -> dict[str, str]:
    """Each foreign word of the table, alone or in a phrase, of seven letters or more, by its stem (itself less its
    last letter); a stem two words of different meanings share leads to neither ("")."""
    out: dict[str, str] = {}
    spelled = table().spellings
    for word in sorted(table().translated):
        if not (word.isalpha() and len(word) >= 7) or word in table().romanised:
            continue
        stem = word[:-1]
        seen = out.setdefault(stem, word)
        if seen and (seen in spelled or word in spelled) and spelled.get(seen) != spelled.get(word):
            out[stem] = ""
    return out


@functools.lru_cache(maxsize=1 << 14)
def near_word(word: str) -> str | None:
    """The table's word of another language that `word`, of eight letters or more, is one slip from (a letter left out,
    added or changed, or two swapped, never in its first two: `geburtsdatun`, `nascimentu` beside `nascimento`), as
    neighbouring languages and dialects spell a field's word; None when it is a word of its own, a name or a place,
    or when slips from two words of different meanings lead to it.  English cue words are not read so: a word one
    letter off one is as often a word of its own (`errcode` is no `eircode`, `subname` no `surname`)."""
    if not (8 <= len(word) <= 30 and word.isalpha()) or _ordinary(word):
        return None
    found = {t for k in _deletes(word) for t in _near_index().get(k, ()) if t[:2] == word[:2] and _one_slip(word, t)}
    meanings = {table().spellings.get(t, t) for t in found}
    return min(found) if len(meanings) == 1 else None


def _ordinary(word: str) -> bool:
    """A word of its own in some list: English, another language's everyday word, a schema's, a name or a place."""
    checks = (is_common, frequent, everyday_elsewhere, schema_word, listed)
    return any(check(word) for check in checks) or is_place([word])


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


@functools.cache
def _near_index() -> dict[str, tuple[str, ...]]:
    """The table's words of other languages of seven letters or more (not romanised syllables, not an English
    compound written solid: `birthdate`), by each form with one letter left out."""
    t = table()
    english = {w for phrases in t.cues.values() for p, _ in phrases for w in p.split() if w.isascii()}
    index: dict[str, list[str]] = {}
    for w in sorted((set(t.translated) | set(t.spellings)) - english):
        solid = any(w[:i] in english and w[i:] in english for i in range(2, len(w) - 1))  # `birth|date`
        if len(w) >= 7 and w.isalpha() and w not in t.romanised and not solid:
            for k in _deletes(w):
                index.setdefault(k, []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def _one_slip(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter added, left out or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def respelled(words: list[str | tuple[str, ...]]) -> list[str | tuple[str, ...]]:
    """`words` with each one that is one slip off a word of a foreign phrase whose other words stand around it as
    written spelt as the phrase spells it (`cartela clìnica`: `cartella clinica`; `carta de cundução`): a phrase's
    other words vouch for a dialect's spelling of a short word, or of its first letters, as no word alone can.  A
    word already read (a tuple) is no phrase's."""
    low = [w.lower() if isinstance(w, str) else "" for w in words]
    anchors = _phrase_index()[1]
    if not any(w in anchors for w in low):
        return words
    out = list(words)
    for i, w in enumerate(low):
        if len(w) >= 5 and w not in anchors and w.isalpha() and (fix := _in_a_phrase(low, i)) is not None:
            out[i] = fix
    return out


def _in_a_phrase(low: list[str], i: int) -> str | None:
    """The phrase word `low[i]` is one slip off where the phrase's other words stand around it, one of them a word of
    its own: a number's, a date's or a code's word and the words that join them vouch for nothing (`numero de
    comité` is no `numero de compte`, `data del recesso` no `data del decesso`, `código hostal` no `código postal`)."""
    index = _phrase_index()[0]
    found: set[str] = set()
    for n in (2, 3, 4):
        for start in range(max(0, i - n + 1), min(i, len(low) - n) + 1):
            others = (*low[start:i], *low[i + 1 : start + n])
            near = [t for t in index.get((n, i - start, others), ()) if _one_slip(low[i], t)]
            if near and any(_vouches(w) for w in others):  # (the index first: most windows are no phrase's)
                found.update(near)
    meanings = {table().spellings.get(t, t) for t in found}  # `cunta`: Spanish `cuenta`, Portuguese `conta`
    return min(found) if len(meanings) == 1 and not _ordinary(low[i]) else None


@functools.cache
def _phrase_index() -> tuple[dict[tuple[int, int, tuple[str, ...]], tuple[str, ...]], frozenset[str]]:
    """The foreign phrases' words of five letters or more, by (the phrase's length, the word's place, the other
    words), and every word of those phrases."""
    index: dict[tuple[int, int, tuple[str, ...]], set[str]] = {}
    for phrase in table().phrases:
        for j, w in enumerate(phrase):
            if len(w) >= 5 and w.isalpha() and len(phrase) <= 4:
                index.setdefault((len(phrase), j, phrase[:j] + phrase[j + 1 :]), set()).add(w)
    words = frozenset(w for phrase in table().phrases for w in phrase)
    return {k: tuple(sorted(v)) for k, v in index.items()}, words


# what a field's label is made of besides its subject: its number, date or code, and the words that join them (the
# tables spell a code's word as written, and Romance `data`, a date, as English's data)
_GENERIC = frozenset({"number", "date", "id", "identifier", "no", "nr", "of", "the", "data", "dato"})
_GENERIC |= {"code", "codigo", "codice", "codi", "kod", "kode", "kodas", "kods", "koodi"}


@functools.lru_cache(maxsize=1 << 12)
def _vouches(word: str) -> bool:
    """A word of a phrase that says what its field is about (`clinica`, `bancaria`, `carta`), not what every
    field has (`numero`, `data`, `codigo`, `de`)."""
    return len(word) >= 4 and not set(table().spellings.get(word, word).split()) <= _GENERIC
