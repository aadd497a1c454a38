"""A surname after a title, as prose addresses a person (`Mrs. Garcia`, `Dr. Okonkwo's panel`, `Mr. van der Berg`)."""

from __future__ import annotations

import re

from phiscan.detect.everyday import frequent
from phiscan.detect.names import fold, gazetteer, is_common, is_place, is_title, name_parts, schema_word
from phiscan.detect.reserved import is_stand_in_surname

# the titles written before a surname alone in English, Spanish, French and Dutch (German's `Herr` and `Frau`
# stand before nouns too: `Herr Ober`, `Frau Meister`)
TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Dra|Sra|Srta|Mme|Mlle|Dhr|Mevr)\.?|Miss|Sr\."
_ENGLISH = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\b|Miss")
_PARTICLES = r"(?:(?:de|van|der|den|von|da|di|du|del|della|le|la|ter|ten)\s)*"
# a capitalised word, with an O' or a hyphen (`O'Brien`, `Adeyemi-Bakare`), the possessive's `'s` left out
_SURNAME = re.compile(
    rf"(?<![\w.'/^-]){_PARTICLES}(?:[^\W\d_]['\u2019])?[^\W\d_]+(?:-[^\W\d_]+)?(?=(?:['\u2019]s)?(?![\w'/^-]))"
)
# what may follow a surname before another capitalised word: a credential, a suffix or a room (`Dr. Okonkwo, MD`)
_AFTER = re.compile(
    r"(?:,?\s+(?:MD|RN|DO|NP|PA|PhD|DDS|DMD|MBBS|FACS|Esq|Jr|Sr|II|III|IV|Apt|Room|Rm|Unit|Suite|Ward|Bed)\b|[^ ,]"
    r"|,?\s+[^A-Z]|$)"
)
# brands and fictional characters known by a title and one name, which are also surnames or unlisted words
_CHARACTERS = frozenset(
    {"pepper", "clean", "bean", "right", "big", "universe", "freeze", "strange", "who", "robot", "men", "mime", "no"}
    | {"potato", "coffee", "muscle", "peanut", "bubble", "scholl", "oetker", "watson", "phil", "seuss", "dre"}
    | {"mario", "spock", "hankey", "bojangles", "saigon", "marple", "doubtfire", "moriarty", "frankenstein"}
    | {"zhivago", "jekyll", "hyde", "evil", "oz", "magoo", "miyagi", "fantastic", "incredible", "t", "x", "dash"}
    | {"martens", "pac-man", "fields"}
)
# a house number and a street's words before `Dr`: the street's Drive (`9 Harbor Dr. Lincoln`, `on Park Dr Austin`)
_A_STREET_BEFORE = re.compile(r"(?:\d{1,6}[A-Z]?|\b(?:on|at|off)) (?:[A-Z][a-z]+\.? ){1,3}$")


def surname_after(text: str, title: str, at: int) -> tuple[int, int] | None:
    """`Mrs. Garcia`, `Ms. Oyelaran`, `Mr O'Brien`: a title and one capitalised word.  After an English title a
    listed surname counts even when it is a rare word too (not an everyday one: `Mr. Cooper`, `Dr. House`), and one
    no list holds when it is no dictionary, schema or place word (`Dr. Okonkwo`); other languages' titles need a
    listed surname.  Brands and characters (`Dr. Pepper`, `Miss Marple`), stand-ins (`Mr. Doe`) and a street's
    Drive are none."""
    m = _SURNAME.match(text, at)
    if m is None or _AFTER.match(text, m.end()) is None:
        return None  # two capitalised words are read as a name already, or are something else (`Dr. Pepper Snapple`)
    word = m.group().split()[-1]
    start = m.end() - len(word)
    if not word[0].isupper() or word.isupper() or len(word) < 2:
        return None
    english = _ENGLISH.match(title) is not None
    parts = [p for p in re.split(r"['\u2019-]", word) if len(p) > 1]
    listed = any(p in gazetteer("surnames") for p in name_parts(word))  # `Mrs. Garcia`, though Garcia is a town
    folded = fold(word.lower())
    if not parts or folded in _CHARACTERS or is_stand_in_surname(word) or any(is_title(p) for p in parts):
        return None
    before = text[max(0, at - 60) : at].rstrip()[: -len(title)].rstrip() + " "
    if title.startswith("Dr") and _A_STREET_BEFORE.search(before):
        return None  # `9 Harbor Dr. Lincoln`: a Drive
    if listed:  # a listed surname that is an everyday word is a brand's or a character's as often (`Mr. Cooper`)
        words = any(is_common(p) or schema_word(p) for p in parts)
        return (start, m.end()) if not words or (english and not any(frequent(p) for p in parts)) else None
    if not english or len(word) < 3 or is_place([word]) or any(is_common(p) or schema_word(p) for p in parts):
        return None
    return (start, m.end()) if _unlisted_word(word) else None


def _unlisted_word(word: str) -> bool:
    """Written as a name is (not a letter repeated thrice, more than two letters), and no word of a category."""
    from phiscan.detect.vocabulary import cues_in, normal_words

    low = fold(word.lower())
    return len(set(low)) > 2 and re.search(r"(\w)\1\1", low) is None and not cues_in(normal_words(low))
