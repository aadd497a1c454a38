"""Identifiers (property names, tool names) split into words before detection.

A name recogniser cannot see `Maria Gonzalez` in `maria_gonzalez_dob_1984_03_12`, so names are
split into Title-cased words first.  Every derived text maps any span back to the original string,
so a finding points at what the user wrote.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass

__all__ = ["SplitText", "looks_like_identifier", "spells", "spells_its_key", "spelt_context", "split_identifier"]

# Characters an identifier may hold besides word characters; anything else ('@', ':') makes a value.
_IDENTIFIER_PUNCTUATION = frozenset("_-./")


@dataclass(frozen=True, slots=True)
class SplitText:
    """Text derived from an original string, remembering where each character came from.

    `origin[i]` is the offset in the original of `text[i]`, or -1 for a space the splitter
    inserted.  Use `to_original` rather than indexing `origin` yourself.
    """

    text: str
    origin: tuple[int, ...]
    original_length: int

    @property
    def words(self) -> tuple[str, ...]:
        """The words of `text`."""
        return tuple(self.text.split(" ")) if self.text else ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span `[start, end)` of `text` to the span of the original it came from.

        Out-of-range offsets are clamped; a span holding no original character (empty, or only
        inserted spaces) maps to the empty span where the next original character starts.
        """
        start = min(max(start, 0), len(self.text))
        end = min(max(end, start), len(self.text))
        inside = [o for o in self.origin[start:end] if o >= 0]
        if inside:
            return inside[0], inside[-1] + 1
        after = next((o for o in self.origin[start:] if o >= 0), self.original_length)
        return after, after


def split_identifier(s: str) -> SplitText:
    """Split `s` into words at separators, camelCase humps and letter/digit boundaries.

    Alphabetic words are Title-cased and words are joined with single spaces:
    `johnSmithDob19840312` -> `John Smith Dob 19840312`, `HTTPServerURL` -> `Http Server Url`.
    """
    chars: list[str] = []
    origin: list[int] = []
    for start, end in _word_spans(s):
        if chars:
            chars.append(" ")
            origin.append(-1)
        chars.extend(_title(s[start:end]))
        origin.extend(range(start, end))
    return SplitText("".join(chars), tuple(origin), len(s))


def spells_its_key(title: str, pointer: str, context: tuple[str, ...] = ()) -> bool:
    """A title that only spells its property's key in words (`markComment` titled `Mark Comment`), or a tool's
    title or display name that spells the name `spelt_context` gave it: the key's label, whose words are read as the
    key's first (`phiscan.policy.people.a_place`)."""
    from phiscan.pointer import pointer_tokens, property_name

    tokens = pointer_tokens(pointer)
    key = property_name(pointer) or (context[-1] if context else "")
    return bool(tokens) and tokens[-1] in ("title", "displayName") and bool(key) and spells(title, key)


def spells(label: str, identifier: str) -> bool:
    """`label` is `identifier`'s words and nothing else, two or more (`Mark Comment` of `mark_comment`)."""
    return " " in label.strip() and split_identifier(identifier).text.lower().split() == label.lower().split()


def spelt_context(label: object, name: object) -> tuple[str, ...]:
    """A tool's name as the context of its title or display name when that only spells it, else none: so no other
    title takes the name's words for cues (`Account 4021` of `get_patient_account`)."""
    return (name,) if isinstance(label, str) and isinstance(name, str) and spells(label, name) else ()


def looks_like_identifier(s: str) -> bool:
    """True if `s` reads as a name built from several words, so it is worth splitting.

    Such a string holds no whitespace and joins its pieces with `_`, camelCase humps, or `-`/`.`
    between pieces with letters (`first_name`, `firstName`, `jane-doe`).  Free text, single words,
    and values such as dates, IP addresses and e-mail addresses are not identifiers.
    """
    if not s or any(not _is_word_char(c) and c not in _IDENTIFIER_PUNCTUATION for c in s):
        return False
    spans = _word_spans(s)
    if len(spans) < 2:
        return False
    if "_" in s and any(c.isalpha() for c in s):
        return True
    for (_, end), (start, next_end) in itertools.pairwise(spans):
        if end == start and s[end - 1].isalpha() and s[start].isalpha():
            return True  # a camelCase hump or an acronym run ending
        if s[end:start] in ("-", ".") and any(c.isalpha() for c in s[:next_end]):
            return True
    return False


def _is_word_char(c: str) -> bool:
    # Combining marks and modifier letters belong to the word they follow (Devanagari vowel signs,
    # a decomposed 'é'), so non-Latin words stay intact.
    return c.isalnum() or unicodedata.category(c) in ("Mn", "Mc", "Me", "Lm")


def _kind(c: str) -> str:
    """U upper, l lower, o caseless letter, d digit, m attaches to the previous character."""
    if unicodedata.category(c) in ("Mn", "Mc", "Me", "Lm"):
        return "m"
    if not c.isalpha():
        return "d"
    return "U" if c.isupper() or c.istitle() else "l" if c.islower() else "o"


def _word_spans(s: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each word of `s`, in order."""
    spans: list[tuple[int, int]] = []
    start = -1
    prev = ""  # kind of the last non-attaching character of the open word
    uppers = 0  # length of the run of capitals ending the open word
    for i, c in enumerate(s):
        if not _is_word_char(c):
            if start >= 0:
                spans.append((start, i))
            start, prev, uppers = -1, "", 0
            continue
        kind = _kind(c)
        if start < 0:
            start = i
        elif kind != "m" and prev and kind != prev:
            if prev == "U" and kind == "l":
                plural = c == "s" and (i + 1 == len(s) or _kind(s[i + 1]) != "l")  # URLs, IDs
                if uppers >= 2 and not plural:
                    # HTTPServer: the last capital starts the next word.
                    last = _last_capital(s, start, i)
                    spans.append((start, last))
                    start = last
            else:
                spans.append((start, i))
                start = i
        if kind != "m":
            prev = kind
            uppers = uppers + 1 if kind == "U" else 0
    if start >= 0:
        spans.append((start, len(s)))
    return _versions_whole(s, spans)


def _versions_whole(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A version tag stays one word (`v2010`, `V2`): split, its number reads as a house number or an id."""
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and out[-1][1] == span[0] and s[out[-1][0] : out[-1][1]] in ("v", "V") and s[span[0]].isdigit():
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _last_capital(s: str, start: int, end: int) -> int:
    i = end - 1
    while i > start and _kind(s[i]) == "m":
        i -= 1
    return i


def _title(word: str) -> str:
    """Title-case `word` one character at a time, so offsets stay aligned with the original.

    A character whose case mapping would change length or not round-trip (sharp s, dotted capital I) is kept.
    """
    if not word[0].isalpha():
        return word
    out = []
    for i, c in enumerate(word):
        mapped = c.upper() if i == 0 else c.lower()
        keep = len(mapped) != 1 or mapped.lower() != c.lower()
        out.append(c if keep else mapped)
    return "".join(out)
