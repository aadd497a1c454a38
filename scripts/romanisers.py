"""The Latin spellings keys are written in, of words in other scripts, each by its script's standard romanisation.

Keys are as often written in Latin as in the script (`seinengappi`, `saengnyeonworil`, `janm_tithi`, `wankoet`,
`chushengriqi`, `csrq`), so `scripts/build_autofill_labels.py` adds these spellings of the vocabulary table's words.
Each system is a published standard, applied by a maintained library (`pip install -e ".[dev]"`):

- Cyrillic, Greek, Armenian, Georgian: letter for letter (anyascii; for Cyrillic also ICAO 9303, Ukrainian and
  Serbian tables of `build_name_data`).
- Chinese: Hanyu Pinyin (ISO 7098) without tones, glued and by syllable, and the syllables' initials (`csrq` for
  出生日期): Chinese hospital databases name their columns so (pypinyin, MIT: its phrase table reads 地址 `dizhi`).
- Japanese: modified Hepburn (pykakasi, GPL-3.0, run here only), with long vowels written double and single
  (`juusho`, `jusho`).
- Korean: the Revised Romanization of Korean (2000), sound changes included (korean-romanizer, MIT).
- Indic scripts: ISO 15919 / IAST (indic-transliteration, MIT) with marks dropped, and for the Indo-Aryan
  languages also without a word's final inherent vowel (`janma` is said and written `janm`).

Abjads (Arabic, Persian, Hebrew) are left out: their short vowels are not written, so no spelling is the usual one;
so is Thai, whose offline romanisers (PyThaiNLP's `royin`) spell `namsakun` `namtkun`.  A label that holds Latin
letters already (`zip 编码`, `op/ip எண்`) is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

_LETTER_FOR_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff' -]+")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# script block -> (indic-transliteration scheme, Indo-Aryan: a final inherent vowel is not said)
_INDIC = {
    (0x0900, 0x097F): ("devanagari", True),
    (0x0980, 0x09FF): ("bengali", True),
    (0x0A00, 0x0A7F): ("gurmukhi", True),
    (0x0A80, 0x0AFF): ("gujarati", True),
    (0x0B00, 0x0B7F): ("oriya", True),
    (0x0B80, 0x0BFF): ("tamil", False),
    (0x0C00, 0x0C7F): ("telugu", False),
    (0x0C80, 0x0CFF): ("kannada", False),
    (0x0D00, 0x0D7F): ("malayalam", False),
}


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z ]", "", folded.lower().replace("-", " ")).split())


def _letters(word: str) -> set[str]:
    from anyascii import anyascii
    from build_name_data import _transliterated

    return {anyascii(word), *_transliterated({word.lower()})}


def _pinyin(word: str) -> set[str]:
    from pypinyin import lazy_pinyin

    parts = [lazy_pinyin(p) if _HAN.search(p) else [p] for p in word.split()]
    # glued by word, and by syllable as CamelCase keys split (`ChuShengRiQi`)
    return {" ".join("".join(p) for p in parts), " ".join(s for p in parts for s in p)}


def initials(word: str, lang: str) -> str:
    """The pinyin initials of a Chinese word (`csrq`), as hospital databases name columns; '' for other words."""
    from pypinyin import Style, lazy_pinyin

    if lang != "zh" or not word or not all(_HAN.match(c) for c in word):
        return ""
    return "".join(lazy_pinyin(word, style=Style.FIRST_LETTER)).lower()


def _hepburn(word: str) -> set[str]:
    import pykakasi

    kks = pykakasi.kakasi()
    tokens = [t["hepburn"] for part in word.split() for t in kks.convert(part) if t["hepburn"].strip()]
    out = {"".join(tokens), " ".join(tokens)}
    return out | {re.sub("ou", "o", re.sub("uu", "u", s)) for s in out}


def _korean(word: str) -> set[str]:
    from korean_romanizer.romanizer import Romanizer

    return {" ".join(Romanizer(part).romanize() for part in word.split())}


def _indic(word: str, scheme: str, schwa: bool) -> set[str]:
    from indic_transliteration import sanscript

    iast = sanscript.transliterate(word, scheme, sanscript.IAST)
    out = {iast, iast.replace("ā", "aa")}
    if schwa:  # `janma tithi` is written `janm tithi`
        out |= {re.sub(r"(?<=[^aeiouāīūṛ\s])a\b", "", s) for s in out}
    return out


def _romaniser(word: str, lang: str) -> Callable[[str], set[str]] | None:
    if _LETTER_FOR_LETTER.fullmatch(word):
        return _letters
    if _HAN.search(word) or _KANA.search(word):
        if _KANA.search(word) or lang == "ja":
            return _hepburn
        return _pinyin if lang == "zh" else None
    if _HANGUL.search(word):
        return _korean
    for (low, high), (scheme, schwa) in _INDIC.items():
        if any(low <= ord(c) <= high for c in word):
            return lambda w, scheme=scheme, schwa=schwa: _indic(w, scheme, schwa)
    return None


def spellings(word: str, lang: str) -> set[str]:
    """The Latin spellings of `word` (of language `lang`, a locale's language code, needed for Han only), lower
    case, words of a-z between single spaces; empty when its script has none."""
    romanise = None if re.search("[A-Za-z]", word) else _romaniser(word, lang)
    if romanise is None:
        return set()
    out = set()
    for spelling in romanise(word):
        folded = _ascii(spelling)
        if folded:
            out.add(folded)
    return out


def languages(lines: Iterable[str]) -> dict[str, str]:
    """The language each word of a `[translations]` table's lines is in, from the comments heading its block
    (`# Chinese (simplified and traditional)`, `# zh-CN`, `# Japanese`, `# ja`): Han needs it (日期 is Chinese
    `riqi`, Japanese `hizuke`)."""
    heads = {"chinese": "zh", "zh": "zh", "japanese": "ja", "ja": "ja"}
    lang, out = "", {}
    for line in lines:
        if line.startswith("# "):
            head = line[2:].split()[0].lower() if line[2:].split() else ""
            lang = heads.get(head.split("-")[0], "")
        elif line.startswith('"'):
            out[line[1 : line.index('"', 1)]] = lang
    return out
