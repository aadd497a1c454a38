"""Addresses as every country writes them, where a key or label names an address.

The street patterns read the orders they spell out (`221B Baker Street`, `Hauptstraße 12`); under `homeAddress`,
`адрес` or `住所` a value is also an address when it has a house number beside one of the words addresses are
written with in 60 languages (`ул. Тверская, д. 18`, `建国路87号`, `테헤란로 231`; `data/address_words.tsv`, from
libpostal's dictionaries), or is a list of places one of which is numbered (`Vinohradská 1847/27, 120 00 Praha 2`).
Hosts, ports, e-mail addresses and network addresses under `serverAddress` or `emailAddress` are none.
"""

from __future__ import annotations

import functools
import itertools
import re

from phiscan.data import data_file
from phiscan.detect.specs import stock_address, street_ok

# scripts written without spaces between words, where an address word is read inside a longer run
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# an e-mail, a URL, a network address, a port, a memory address, a path, an identifier or a template
_TECHNICAL = re.compile(r"@|://|\d+\.\d+\.\d+|:\d|\b0x[0-9a-f]|[a-z]/[a-z]|::|_|[{}<>$]", re.IGNORECASE)
_TOKEN = re.compile(r"\d+|[^\W\d_]+\.?")
_PARTS = re.compile(r"[,،、;]| - ")
_LISTED = re.compile(r"[,،、;]")
# a sentence's stop after a long word (`Patient's Address. VR ST`; `ул.` and `St.` are abbreviations), an example
_PROSE = re.compile(r"(?<=[^\W\d_]{4})\.\s|\b(?:e\.g|eg|ex|i\.e|example)\b\s*[:.]", re.IGNORECASE)
_NOT_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
_NUMBER = re.compile(r"(?<![^\W\d_])\d{1,6}(?:[-/]\d{1,4})*[^\W\d_]?(?![\w])")
_SAME_FIELD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3} \d{1,2}")  # `Address line 1`: a form's field, its index


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern[str]]:
    spaced: set[str] = set()
    unspaced: set[str] = set()
    for line in data_file("address_words.tsv").read_text("utf-8").splitlines():
        if not line.startswith("#"):
            word = line.split("\t")[2].replace(".", "")
            (unspaced if _UNSPACED.search(word) else spaced).add(word)
    alternatives = "|".join(map(re.escape, sorted(unspaced, key=len, reverse=True)))
    # the word within a few characters of a number, either side: 5丁目27番, 建国路87号, 谢街f座 761318, ถนน ... 41860
    near = re.compile(rf"\d[^\d]{{0,12}}?(?:{alternatives})|(?:{alternatives})[^\d]{{0,12}}?\d")
    return frozenset(spaced), near


def world_address(value: str) -> bool:
    """Whether `value`, under a word for an address, is one as some country writes it."""
    v = value.strip()
    letters = sum(c.isalpha() for c in v)
    if not 6 <= len(v) <= 160 or letters < 4 or not any(c.isdigit() for c in v) or _TECHNICAL.search(v):
        return False
    if all(_SAME_FIELD.fullmatch(p.strip()) for p in _PARTS.split(v)):
        return False
    spaced, near = _words()
    if _UNSPACED.search(v):
        return near.search(v) is not None
    if not _LISTED.search(v) and not _NOT_LATIN.search(v):
        return False  # Latin words without a list are read by the street patterns (`Box 5 Zip Code` is a form's box)
    tokens = _TOKEN.findall(v)
    words = [t.rstrip(".").lower() for t in tokens]
    if _PROSE.search(v) or sum(len(t) >= 4 and t.islower() and t.rstrip(".") not in spaced for t in tokens) >= 2:
        return False  # a sentence about a field (`The building information, ex : 5th floor.`), not an address
    for i, word in enumerate(words):
        named = word in spaced and (len(word) > 1 or tokens[i].endswith("."))  # `д.` is a house, `d` a letter
        if named and any(w.isdigit() for w in words[max(0, i - 3) : i + 4]) and _named_place(tokens, spaced):
            return True
    return _listed_places(v)


def _named_place(tokens: list[str], spaced: frozenset[str]) -> bool:
    """A word that names a street or a town: capitalised or of a script without case, and no address word."""
    return any(
        t[0].isalpha() and (t[0].isupper() or not t[0].islower()) and t.rstrip(".").lower() not in spaced
        for t in tokens
    )


def _listed_places(v: str) -> bool:
    """Places listed from the house to the town, one numbered (`Canale Bellucci, 18, 38020, Cloz (TN)`)."""
    parts = [p.strip() for p in _PARTS.split(v) if p.strip()]
    if len(parts) < 2:
        return False
    numbered = any(_NUMBER.search(p) for p in parts)
    places = [p for p in parts if sum(c.isalpha() for c in p) >= 3 and re.search(r"(?<!\w)[^\W\d_]", p)]
    return numbered and len(places) >= 2 and any(not p[0].islower() for p in places)


_ADDRESS = re.compile(
    r"^(?:\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?,? [^\W\d_][\w'.-]*(?:,? [\w'.#-]+){0,10}"  # 221B Baker Street, 12 rue ...
    r"|[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,4} \d{1,5}[a-zA-Z]?(?:[,;] .*)?"  # Hauptstraße 12, 10115 Berlin
    r"|(?:P\.? ?O\.? |Post Office )Box \d{1,6}.*|Box \d{1,6},.*"  # `box5_zip_code` is a form's box
    r"|(?:Flat|Apt\.?|Unit|Suite) \w{1,5},? \d{1,6} [^\W\d_].*)$",
    re.IGNORECASE,
)


_STREET_WORD = re.compile(
    r"(?i)(?:stra(?:ss|ß)e|str\.|weg|gasse|allee|platz|laan|straat|gracht|vej|gatan|gata|ulica|katu|tie|veien|vegen|"
    r"gade|vägen|utca|út|plac|rynek|aleja|trg|náměstí)\b"
)


def address_shaped(value: str) -> bool:
    """An address in the orders the street patterns read, or as some country writes it (`world_address`)."""
    v = value.strip()
    if (v[:1].isdigit() and not street_ok(v)) or (v[:1] in "Pp" and stock_address(v)):
        return False  # a stock house number (1, 123, 1234) or box (`PO Box 1234`): an example, not a home
    if all(re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,3} \d", p.strip()) for p in v.split(",")) and not (
        _STREET_WORD.search(v)
    ):
        return False  # fields and their index (`sublocality_2`, `address line 1`, `Line 1, Line 2`), not `Kerkstraat 5`
    if 8 <= len(v) <= 120 and bool(_ADDRESS.match(v)) and sum(c.isalpha() for c in v) >= 4:
        return True
    return world_address(v)


# `Home address: ...` to the end of its line or sentence; a stop after a short word is an abbreviation's (`ул.`, `St.`)
_LABELLED = re.compile(
    r"(?P<label>[^\W\d_][^\n:\uff1a;.]{0,40}?)\s*[:\uff1a]\s*(?P<value>[^\n;]{6,160}?)\s*"
    r"(?=(?<=\w{4})\.(?:\s|$)|(?<=\d)\.(?:\s|$)|[\n;]|$)"
)


def labelled_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the addresses in `text` that follow a label naming one (`Home address: ...`, or `住所` and a
    full-width colon)."""
    from phiscan.detect.vocabulary import STRONG, cues_in, normal_words

    spans: list[tuple[int, int]] = []
    if ":" not in text and "\uff1a" not in text:  # a colon, or a full-width one
        return spans
    for m in itertools.islice(_LABELLED.finditer(text[:20_000]), 200):
        label = " ".join(m["label"].split()[-4:])
        cue = cues_in(normal_words(label)).get("STREET_ADDRESS")
        if cue is not None and cue[0] == STRONG and address_shaped(m["value"]):
            spans.append((m.start("value"), m.end("value")))
    return spans
