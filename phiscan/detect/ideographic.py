"""Names written in Han, kana or Hangul: a surname and a given name together, with no space between.  Many everyday
words begin with a character that is also a surname (高度 height, 王国 kingdom, 이메일 e-mail, 박물관 museum), so a
word the languages use often (`data/cjk_words.txt.gz`, wordfreq's) is a name only when the rest of it is a listed
given name (王伟, 김민준).  A Korean given name is two syllables: after a surname, syllables that listed given names
begin and end with, or two that are no common word (조회수, a view count: 회수 is one; 한소희 is a name)."""

from __future__ import annotations

import functools
import gzip
from collections.abc import Set

from phiscan.data import DIR as _DATA

_SIZES = {"HANGUL": (3, 3), "CJK": (2, 5)}  # (kana and Han together: 2 to 6)


def ideographic_name(value: str, script: str, surnames: Set[str], given: Set[str]) -> bool:
    """Whether `value`, in one of these scripts (`script`, as Unicode names it), is written as a name is."""
    text = value.replace(" ", "").replace("\u3000", "")
    low, high = _SIZES.get(script, (2, 6))
    if not all(c.isalpha() for c in text) or not low <= len(text) <= high:
        return False
    heads = [n for n in (1, 2, 3) if text[:n] in surnames]
    if not heads:
        return False
    if any(text[n:] in given for n in heads):
        return True
    if text in _everyday()[0]:
        return False
    rest = text[heads[0] :]
    return script != "HANGUL" or _korean_given(rest, given) or rest not in _everyday()[1]


def _korean_given(rest: str, given: Set[str]) -> bool:
    first, last = _korean_syllables(frozenset(given))
    return len(rest) == 2 and rest[0] in first and rest[1] in last


@functools.cache
def _korean_syllables(given: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The syllables listed Korean given names of two syllables begin and end with."""
    pairs = [g for g in given if len(g) == 2 and all("\uac00" <= c <= "\ud7af" for c in g)]
    return frozenset(g[0] for g in pairs), frozenset(g[1] for g in pairs)


@functools.cache
def _everyday() -> tuple[frozenset[str], frozenset[str]]:
    """Every listed word, and Korean's 10,000 most frequent (하늘 sky, 회수 count; not 유나, 소희, given names that
    text meets often enough to list)."""
    by_language: dict[str, list[str]] = {}
    lang = ""
    for line in gzip.decompress((_DATA / "cjk_words.txt.gz").read_bytes()).decode("utf-8").split("\n"):
        if line.startswith("# ") and len(line) == 4:
            lang = line[2:]
        elif line and not line.startswith("#"):
            by_language.setdefault(lang, []).append(line)
    return frozenset(w for words in by_language.values() for w in words), frozenset(by_language["ko"][:10_000])
