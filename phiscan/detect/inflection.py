"""Words of the table's other languages as their grammar changes them: another case or number (Slovene `kartoteke`,
the record's, of `kartoteka`), a field's number glued after its word (`Kontonr`, `medlemsnr`), a number's sign or
abbreviation (`#`, `n°`, `št.`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from phiscan.detect.names import is_common
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
_INDIC_NUMBER_SIGN = re.compile("(?<![^\\W\\d_])(?:\u09a8\u0982|\u0928\u0902\\.?)(?![^\\W\\d_])")


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
    if head.endswith("s") and len(head) > 4:
        yield head[:-1]
    if head.endswith("en") and len(head) > 5:
        yield head[:-2]


def inflected(word: str) -> str | None:
    """The table's foreign word that `word` is another case or number of, its ending changed by up to three letters
    on a stem of five or more (Slovene `kartoteke` of `kartoteka`; Latvian `sērijas` of `sērija`); never an English
    word (`patients` is plural, `patiently` no patient)."""
    if not _SUFFIXING.match(word):
        return None  # Arabic and Hebrew inflect inside the word, and a stem of five letters is most of it
    stems = _stems()
    for cut in (1, 2, 3):
        if len(word) - cut >= 5 and (listed := stems.get(word[:-cut])) is not None:
            return listed if listed and not is_common(word) else None
    return None


@functools.cache
def _stems() -> dict[str, str]:
    """Each foreign word of the table, alone or in a phrase, by its stems (itself less up to two letters, five or more
    left); a stem two words of different meanings share leads to neither ("")."""
    out: dict[str, str] = {}
    spelled = table().spellings
    for word in sorted(table().translated):
        if not (word.isalpha() and len(word) >= 6) or word in table().romanised:
            continue
        for cut in (0, 1, 2):
            stem = word[: len(word) - cut]
            if len(stem) >= 5:
                seen = out.setdefault(stem, word)
                if seen and (seen in spelled or word in spelled) and spelled.get(seen) != spelled.get(word):
                    out[stem] = ""
    return out
