"""Names as they are written in a value under a key for a person, which the gazetteers need not hold: two to four
words in one case style, initials before a spelt-out surname, or words of a script without capitals."""

from __future__ import annotations

import re
import unicodedata

from phiscan.detect.everyday import everyday_elsewhere, frequent
from phiscan.detect.names import PLAIN_NAME, gazetteer, is_common, listed

_INITIAL = re.compile(r"^[^\W\d_]\.$")
# scripts whose text spaces phrases a name is seldom written in (Thai; Hangul spaces words, names are one word; Han
# and kana are read by `name_shaped`)
_SPACED_WORDS = frozenset({"THAI", "HANGUL", "CJK", "HIRAGANA", "KATAKANA"})


def written_like_name(value: str) -> bool:
    """Two to four words in one case style (Title, UPPER or lower), none an everyday word (unless a listed name,
    as `Wang` in `Wang Xiaoming`) or a lone letter but an initial with its period before a spelt-out word
    (`K. Oyelaran`): a name the gazetteers need not hold, once something else says a person is meant."""
    v = value.strip()
    words = [w for w in re.split(r"[ ,]+", v) if w]
    cased = v.isupper() or v.islower() or all(w[0].isupper() for w in words)
    spelt = [w for w in words if not _INITIAL.match(w)]  # `K. Oyelaran`: an initial has its capital and period
    return (
        bool(PLAIN_NAME.match(v) and cased and 2 <= len(words) <= 4 and spelt)
        and not any(len(w.strip(".")) < 2 or (frequent(w) and is_common(w) and not listed(w)) for w in spelt)
        # another language's everyday word (`Neue Akte`), unless beside a listed name that is no word (`Giulia Bianco`)
        and not (
            any(everyday_elsewhere(w) and not listed(w) for w in spelt)
            and not any(listed(w) and not everyday_elsewhere(w) for w in spelt)
        )
        and not all(is_common(w) for w in words)  # `Neonate Triplet`: rare words, but words all the same
    )


def caseless_name(value: str, unlisted: bool = False) -> bool:
    """Two to four words of one script without capitals (Arabic, Hebrew, Thai, Devanagari, Tamil ...), none an
    everyday word (Arabic, Persian, Urdu, Hebrew, Hindi, Bengali and Tamil ones are listed) and one a listed name;
    with `unlisted`, any but Thai or Hangul: a key strongly naming a person says enough, as capitals do in Latin
    letters, for scripts the name lists hold few names of."""
    words = value.split()
    scripts = {unicodedata.name(c, "?").split()[0] for c in value if c.isalpha()}
    if not 2 <= len(words) <= 4 or len(scripts) != 1 or any(c.isupper() or c.islower() for c in value):
        return False
    if unlisted and (scripts & _SPACED_WORDS or re.search(r"(\w)\1\1", value)):
        unlisted = False  # Thai and Hangul space words, not names (`ไม่ทราบ ชื่อ`, `이름 없음` are no names)
    given, surnames = gazetteer("given_names"), gazetteer("surnames")
    return all(len(w) >= 2 and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in w) for w in words) and (
        not any(w in gazetteer("caseless_words") for w in words)
        and (unlisted or any(w in given or w in surnames for w in words))
    )
