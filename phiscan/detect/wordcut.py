"""Cutting a run of letters into the vocabulary words it is made of.

Two kinds of run need it.  Code glues lower-case words (`medrecnum`, `dtofbirth`), and must be cut only when
every piece is a vocabulary word.  Chinese, Japanese, Thai, Khmer and Lao write words without spaces
(`患者出生日期`, "patient date of birth"), so a key is one run however many words it holds: the known words
are cut out of it and what lies between them stays as one unknown piece.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

from phiscan.data import data_file
from phiscan.detect.everyday import frequent_words
from phiscan.detect.names import fold, listed, schema_word

_INVISIBLE = frozenset({"Mn", "Mc", "Me", "Cf"})  # marks, and format characters such as zero-width joiners


def plain(text: str) -> str:
    """`text` folded (`fold`) and without the marks fold keeps and the invisible joiners: a vowel sign of
    Devanagari, Thai or Khmer, or a Persian zero-width non-joiner, is part of its word, where a regular
    expression's `\\w` would break it.  Traditional Chinese is read in its Simplified characters (`病歷號碼` as
    `病历号码`), as the vocabulary holds most Chinese labels in one of the two."""
    if text.isascii():
        return text
    return "".join(c for c in fold(text).translate(_simplified()) if unicodedata.category(c) not in _INVISIBLE)


@functools.cache
def _simplified() -> dict[int, str]:
    """Traditional Chinese characters and their usual Simplified form (OpenCC's table, `han_simplified.tsv`)."""
    lines = data_file("han_simplified.tsv").read_text("utf-8").splitlines()
    return {ord(a): b for a, _, b in (line.partition("\t") for line in lines if line and not line.startswith("#"))}


@functools.cache
def _longest(vocab: frozenset[str]) -> int:
    """The longest word of `vocab`: no piece need be longer (`sairauskertomus`, `หมายเลขจานยานพาหนะ`)."""
    return max(map(len, vocab), default=0)


def cut_glued(word: str, vocab: frozenset[str]) -> tuple[str, ...] | None:
    """`word` as the fewest vocabulary words that spell it whole, or None when no such cut has two or more.  A word
    of five letters or more may carry the linking `s` German and the Nordic languages put between a compound's
    words (`forsakring|s|nummer`, `versicherung|s|nummer`), which is no word of its own."""
    longest = _longest(vocab) + 1
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            head = best[start]
            piece = word[start:end]
            if piece not in vocab and len(piece) > 5 and piece[-1] == "s" and end < len(word):
                piece = piece[:-1]  # linked to the next word
            if head is not None and piece in vocab and (best[end] is None or len(head) + 1 < len(best[end] or ())):
                best[end] = (*head, piece)
    found = best[len(word)]
    return found if found is not None and len(found) >= 2 else None


def cut_after_word(word: str, vocab: frozenset[str], english: frozenset[str]) -> tuple[str, ...] | None:
    """`word` as an English word of four letters or more (the longest that fits), then two or more vocabulary
    words glued (`payer|mbr|id`): a key's own word before the words that name its value.  None when no such cut."""
    for end in range(len(word) - 4, 3, -1):
        if word[:end] in english and (tail := cut_glued(word[end:], vocab)) is not None:
            return (word[:end], *tail)
    return None


WORD, CUE, UNKNOWN = "word", "cue", "unknown"
"""What a piece of a loosely cut word is: an English word, a vocabulary word, or letters neither list holds."""


def cut_loose(word: str, vocab: frozenset[str], english: frozenset[str]) -> tuple[tuple[str, str], ...] | None:
    """`word` as vocabulary and English words of three letters or more, with a stretch neither covers before them,
    after them or both (each piece with what it is), when the words cover most of it: a key's word glued to another
    language's or a dialect's (`ssnniya`, `dcbirth`), not English words glued (`getphonenumber`, `controlpanel`);
    None when no stretch is unknown, one stands between two words, or the unknown letters outnumber both six and the
    known ones."""
    cues = _three_or_more(vocab)
    cut = tuple(
        (piece, CUE if piece in cues else WORD if known else UNKNOWN)
        for piece, known in _joined(_cover(word, _either(cues, english)))
    )
    unknown = [len(piece) for piece, kind in cut if kind == UNKNOWN]
    covered = len(word) - sum(unknown)
    inner = all(kind != UNKNOWN for _, kind in cut[1:-1])  # letters between two words are no particle
    if not unknown or min(unknown) < 2 or sum(unknown) > max(6, covered) or not inner:
        return None
    return cut


@functools.cache
def _either(cues: frozenset[str], english: frozenset[str]) -> frozenset[str]:
    return cues | frozenset(w for w in english if len(w) >= 3 and w.isalpha())


@functools.cache
def _three_or_more(vocab: frozenset[str]) -> frozenset[str]:
    """Words of three letters or more, `id` and `ip`: shorter ones would cut unknown letters into syllables (`ni
    ya`)."""
    return frozenset(w for w in vocab if len(w) >= 3 or w in ("id", "ip"))


# A category's word a key's glued word may end in after a system's or a house's prefix no list holds (`hhmrn`,
# `resdob`, `voipphone`, `drivinlicence`): a compound's head comes last.  Abbreviations end no English word, so any
# prefix will do (`olddob`); an English word only after letters that are no word nor a prefix of English (`softphone`
# and `unlicense` are no one's).  Not `zip`, `serial` nor `imei`: an archive's, a port's and a name's ends as often
# (`exportzip`, `webserial`, `guimei`); `ssn` not after a vowel, an association's, a session's or a mission's end
# (`medassn`, `sessn`, `missn`).
_CODE_HEADS = ("medicaid", "medicare", "dob", "mrn", "ssn")
_WORD_HEADS = ("birthdate", "license", "licence", "phone", "birth", "born")
_AFFIXES = frozenset({"un", "re", "in", "non", "sub", "de", "pre", "co", "no", "mis"})
_HEADS = _WORD_HEADS + _CODE_HEADS  # (`birthdate` before `birth`)


def cut_head(word: str) -> tuple[str, str] | None:
    """`word` as two letters or more and the category's word it ends in (`hh`, `mrn`), or None: not a name nor an
    English word of its own (`stubborn`, `microphone`)."""
    for head in _HEADS:
        rest = word[: -len(head)]
        if word.endswith(head) and len(rest) >= 2 and rest.isalpha():
            english = frequent_words()
            if listed(word) or word in english:
                return None
            wordy = head in _WORD_HEADS and (rest in _AFFIXES or rest in english or schema_word(rest))
            return None if wordy or (head == "ssn" and rest[-1] in "aeiou") else (rest, head)
    return None


# Scripts written without spaces between words (Unicode character names start with these)
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "HANGUL", "TIBETAN")


def unspaced(word: str) -> bool:
    """Whether `word` holds a letter of a script written without spaces between words."""
    return not word.isascii() and any(unicodedata.name(c, "").startswith(_UNSPACED) for c in word)


def cut_unspaced(word: str, vocab: frozenset[str]) -> tuple[str, ...]:
    """The vocabulary words of an unspaced run, in order, with each stretch between them as one piece:
    as many letters as possible covered by vocabulary words, then as few words as possible."""
    cut = list(_cover(word, vocab))
    # a word of one or two characters inside a run of unknown ones is as often the end of another word (発生日
    # is "date of occurrence": no 生日, birthday; 호스트이름 is a host name): it counts only between known
    # words, the run's edges or a particle (患者的姓名)
    for i, (piece, known) in enumerate(cut):
        if known and len(unicodedata.normalize("NFC", piece)) <= 2 and piece not in _PARTICLES:
            before = i == 0 or cut[i - 1][1] or cut[i - 1][0] in _PARTICLES
            after = i + 1 == len(cut) or cut[i + 1][1] or cut[i + 1][0] in _PARTICLES
            if not (before and after):
                cut[i] = (piece, False)
    return tuple(piece for piece, _ in _joined(cut))


def _cover(word: str, vocab: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    """`word` cut into vocabulary words and unknown letters (each piece with whether it is a word): as many letters as
    possible covered, then as few pieces as possible (`_joined` makes each stretch of unknown letters one piece)."""
    n, longest = len(word), _longest(vocab)
    # best[i]: (letters left uncovered, pieces) of the best cut of word[:i], and where its last piece starts
    best: list[tuple[int, int, int, bool]] = [(0, 0, 0, False)] + [(n + 1, n + 1, 0, False)] * n
    for end in range(1, n + 1):
        loose, pieces, _, _ = best[end - 1]
        choice = (loose + 1, pieces + 1, end - 1, False)
        for start in range(max(0, end - longest), end):
            if word[start:end] in vocab:
                lo, pi, _, _ = best[start]
                choice = min(choice, (lo, pi + 1, start, True))
        best[end] = choice
    pieces_rev: list[tuple[str, bool]] = []
    end = n
    while end > 0:
        _, _, start, known = best[end]
        pieces_rev.append((word[start:end], known))
        end = start
    return tuple(reversed(pieces_rev))


def _joined(cut: Sequence[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """`cut` with each run of unknown pieces as one piece."""
    out: list[tuple[str, bool]] = []
    for piece, known in cut:
        if not known and out and not out[-1][1]:
            out[-1] = (out[-1][0] + piece, False)  # letters between two known words stay one piece
        else:
            out.append((piece, known))
    return tuple(out)


# particles that join words in Chinese and Japanese keys (的 "of", の "of", 和 "and")
_PARTICLES = frozenset({"的", "之", "の", "と", "和", "与", "與", "及", "或"})
