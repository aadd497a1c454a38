"""Names as they are written in a value under a key for a person, which the gazetteers need not hold: two to four
words in one case style, initials before a spelt-out surname, or words of a script without capitals."""

from __future__ import annotations

import functools
import re
import unicodedata

from phiscan.detect.addresses import thoroughfare
from phiscan.detect.everyday import everyday_elsewhere, frequent
from phiscan.detect.names import (
    PLAIN_NAME,
    fold,
    gazetteer,
    is_common,
    is_particle,
    is_place,
    known_full_name,
    listed,
    schema_word,
    with_registers,
)

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
    cased = v.isupper() or v.islower() or all(w[0].isupper() or is_particle(w) for w in words)  # `Faizal bin Hassan`
    # `K. Oyelaran`: an initial has its capital and period; a particle is no word of the name's own
    spelt = [w for w in words if not _INITIAL.match(w) and not (is_particle(w) and w.islower())]
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


def census_named(value: str) -> bool:
    """A listed given name and a 2010 Census surname that Webster's 2nd lists as a word (`James Childers`, `CHILDERS,
    JAMES`, `Marcus Begay`): a person's name under a key that names a person, where no list counts it one; many such
    surnames are words still (`Wood Batten`), so nowhere else (`census_surnames.txt.gz`)."""
    words = value.replace(",", " ").lower().split()
    given, census = gazetteer("given_names"), gazetteer("census_surnames")
    if not 2 <= len(words) <= 3 or not any(w in census for w in words) or not any(w in given for w in words):
        return False
    others = [w for w in words if w not in census and w not in given]  # a listed surname that is no word
    return all(listed(w) and not (frequent(w) or schema_word(w)) for w in others)


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
    everyday = [w for w in words if w in gazetteer("caseless_words")]
    # one everyday word may be a name's under a key for a person, if its Latin spelling is one (Tamil `குமார்`,
    # Kumar) and the other words are no everyday words: two are a phrase (`पूरा नाम`, "full name", reads pura nam)
    spelt = unlisted and len(everyday) == 1 and len(words) > 1 and _spelt_name(everyday[0]) and not _labelled(value)
    return all(len(w) >= 2 and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in w) for w in words) and (
        (not everyday or spelt) and (unlisted or any(w in given or w in surnames for w in words))
    )


def _labelled(value: str) -> bool:
    """A value with a field's word in it (`रोगी नाम`, "patient name"; `नया रोगी`, "new patient"): a form's own label."""
    from phiscan.detect.vocabulary import normal_words, vocabulary_word

    return any(vocabulary_word(w) for w in normal_words(value))


def _spelt_name(word: str) -> bool:
    """A word whose Latin spelling is a listed name: the frequency lists count a people's commonest names among its
    words (Tamil `குமார்`, Kumar), which under a key naming a person are names."""
    from anyascii import anyascii

    latin = anyascii(word).lower()
    return listed(latin) if latin.isalpha() and len(latin) >= 3 else False


_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}(?:[-'\u2019][A-Z]?[a-z]{2,})?")
_DEMONYM_ENDS = ("ean", "ian", "an", "ese", "ish", "i")


def bare_name(value: str) -> bool:
    """Two or three capitalised words that no dictionary, schema vocabulary or other language's everyday words
    hold, nor a place or its adjective, each sayable and no compound of such words (`Manpage`, `Ebuild`), one of
    them a listed name where names stand (a given name first, a surname last, or one built as surnames are,
    `formed_surname`): a name standing alone as an enum's member (`Abebe Kebede`, `Babak Tehranipour`), which the
    gazetteers need not hold whole.  Words no list holds at all are as often a species', a drug's or a language's
    (`Klebsiella Pneumoniae`, `Amlodipine Besylate`, `Tagalog Cebuano`)."""
    from phiscan.detect.reserved import is_stand_in_name

    words = value.split(" ")
    given, surnames = gazetteer("given_names"), gazetteer("surnames")
    # surnames only are an eponym's (`Ehlers Danlos`, `Kaplan Meier`), as a disease or a test is named
    eponym = all(w.lower() in surnames and w.lower() not in given for w in words)
    named = words[0].lower() in given or words[-1].lower() in surnames or formed_surname(words[-1])
    named = named or formed_name(words[0])
    # a name beside another language's word for a street is the street's (`Bulevardul Titulescu`, `Senanayake Mawatha`);
    # a word with letters beyond Latin's 26 only if a list holds it as written (`Đorđe`, `Nguyễn`; not `Hậu Giang`)
    return (
        2 <= len(words) <= 3
        and named
        and all(
            (_NAME_WORD.fullmatch(w) or (listed(w) and _NAME_WORD.fullmatch(fold(w)))) and no_word(w) for w in words
        )
        and not (eponym or is_place(words) or is_stand_in_name(value) or any(map(thoroughfare, words)))
    )


def no_word(word: str) -> bool:
    """No dictionary, schema, everyday or frequent word, place or demonym, sayable, and no compound of schema words."""
    low = word.lower()
    # a surname built as only names are is no everyday word, however often news print it (`Petrović`)
    everyday = everyday_elsewhere(low) and not (_VOUCHING_ENDING.search(low) and formed_surname(word))
    if _vocabulary(low) or everyday or frequent(low) or is_place([word]) or _demonym(word):
        return False
    if not re.search(r"[aeiouy]", low) or re.search(r"[^aeiouy'\u2019-]{4}", low):
        return False  # no vowel, or four consonants in a row: an abbreviation or a code (`Mvdol` has both)
    # schema words run together (`man|page`, `e|build`): a name's halves may be any words (`War|same`, `Zad|ran`)
    heads = [i for i in range(3, len(low) - 2)] + [1]
    return not any(schema_word(low[i:]) and (i == 1 or schema_word(low[:i])) for i in heads)


def _vocabulary(word: str) -> bool:
    return is_common(word) or schema_word(word)


def _demonym(word: str) -> bool:
    """A place's adjective (`Bolivian`, `Nepalese`): a listed place with an ending added."""
    stems = [word[: -len(end)] for end in _DEMONYM_ENDS if word.endswith(end) and len(word) > len(end) + 2]
    return any(len(stem + tail) >= 5 and is_place([stem + tail]) for stem in stems for tail in ("", "a", "e", "o"))


# Surname endings that say a word is a family name in the cultures that build them (Wikipedia's articles on
# Iranian, Armenian, Georgian, Ukrainian, Polish, Greek, Turkish, Lithuanian and Icelandic surnames): `Hosseinpour`,
# `Petrosyan`, `Gelashvili`, `Kovalenko`, `Papadopoulos`, `Yilmazoglu`; only the ones no English word ends with
_SURNAME_ENDING = re.compile(
    r"(?:zadeh|zade|pour|nejad|nezhad|shvili|dze|enko|chuk|opoulos|akis|oglu|oğlu|wicz|owski|ewski|owska|ewska|"
    r"dottir|dóttir|aitis|aitė|ienė|(?<![aeiouy])yan|ovich|evich|ovic|evic|ović|ević|escu|eanu|singhe|ratne|nayake|"
    r"wardena|wardene)$"  # `Petrosyan`, not `Himalayan` nor Hindi's `Abhiyan`
)
# Of those, the endings only names have, which vouch for an unlisted word beside them (Wikipedia's articles on
# South and East Slavic, Romanian and Sinhalese names): `Tomović`, `Ivanovich`, `Popescu`, `Munteanu`,
# `Wickramasinghe`, `Jayaratne`, `Dissanayake`, `Gunawardena`.  Not the feminine patronymic's `-ovna` (Czech's
# `pojišťovna`, an insurer; Slovene's and Croatian's adjectives), nor `-zai` (pinyin's `bucunzai`), nor `-owski`,
# `-dze`, `-akis`, `-enko`, which other languages' words end with too (`królewski`, `Kypriakis`)
_VOUCHING_ENDING = re.compile(r"(?:ovich|evich|ovic|evic|ović|ević|escu|eanu|singhe|ratne|nayake|wardena|wardene)$")
# Name beginnings of the cultures that build names from a fixed first part, given names and family names alike
# (Wikipedia's articles on Arabic, Yoruba, Igbo, Amharic and Malagasy names): `Abdulkadir`, `Oluwaseun`,
# `Chukwuemeka`, `Woldemariam`, `Tesfaye`, `Rakotomalala`, `Razafindrakoto`, `Randriamampionona` (not Amharic's
# `Gebre-`, Dutch's `gebreken`, defects; nor Malagasy's `Andria-`, its word for God and its places' names too)
_NAME_START = re.compile(r"^(?:abdul|abdel|abdur|abdir|oluwa|chukwu|wolde|tesfa|rakoto|razafi|randria)")


def formed_surname(word: str) -> bool:
    """A word built as a family name is in its culture (`Hosseinpour`, `Petrosyan`), four letters or more before
    its ending, and no dictionary or schema word."""
    low = word.lower()
    m = _SURNAME_ENDING.search(low)
    return m is not None and m.start() >= 4 and word.isalpha() and not (_vocabulary(low) or _demonym(word))


def formed_name(word: str) -> bool:
    """A word built as only names are in its culture, which vouches for an unlisted one beside it: a family name's
    ending with four letters or more before it (`Tomović`, `Wickramasinghe`) or a name's fixed first part with three
    or more after it (`Oluwaseun`, `Rakotomalala`), and no dictionary, schema or other language's everyday word."""
    low = word.lower()
    start, end = _NAME_START.match(low), _VOUCHING_ENDING.search(low)
    formed = (start is not None and len(low) - start.end() >= 3) or (end is not None and end.start() >= 4)
    return formed and word.isalpha() and not (_vocabulary(low) or everyday_elsewhere(low) or _demonym(word))


_VOWELS = frozenset("aeiouy")


@functools.cache
def _onsets() -> frozenset[str]:
    """The two consonants that begin two names or more in the lists of people's and places' names (`tr`, `ch`, `ng`,
    `mb`, `kp`, `kg`; not `db`, `xk`)."""
    counts: dict[str, int] = {}
    for names in (gazetteer("given_names"), gazetteer("surnames"), gazetteer("places")):
        for n in names:
            if len(n) > 2 and n[:2].isascii() and n[:2].isalpha() and not _VOWELS & set(n[:2]):
                counts[n[:2]] = counts.get(n[:2], 0) + 1
    return frozenset(k for k, v in counts.items() if v >= 2)


def name_onset(word: str) -> bool:
    """A word begins as the lists' names begin: with a vowel, one consonant, or two that begin names (`Tsering`,
    `Mbeki`; not `dbaas`, an acronym)."""
    w = fold(word.lower())[:2]
    return len(w) < 2 or not w.isascii() or not w.isalpha() or bool(_VOWELS & set(w)) or w in _onsets()


# a nickname in quotes or brackets between a given name (and an initial) and a surname, as US records write it
# (`Robert "Bobby" Haskins`, `Mary (Molly) O'Brien`)
_NICKNAMED = re.compile(
    r"(?<![\w.])([A-Z][^\W\d_]+)(?: [A-Z]\.?)? [\"\u201c\u2018'(\[]([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
    r"[\"\u201d\u2019')\]] ([A-Z][^\W\d_]*(?:['\u2019-][A-Z][^\W\d_]+)*)(?![\w-])"
)
_OPENED = re.compile(r" [\"\u201c\u2018'(\[][A-Z]")


def _between_names(m: re.Match[str], bracketed: bool) -> bool:
    """The middle word of a `_NICKNAMED` match: a given name no place is called (a nickname), or in parentheses a
    surname (a maiden name) between names that are not both places, before no dictionary word, and no given name
    that is a place too (`Norton (Rose) Fulbright` is a firm's; `Dallas (Tarrant) Irving` places)."""
    middle = m[2].split("-")[0].lower()
    given, place = with_registers(middle, "given_names"), is_place([m[2]])
    if given and not place:
        return True
    return (
        bracketed
        and with_registers(middle, "surnames")
        and not (given or is_common(m[3].lower()))
        and not (is_place([m[1]]) and is_place([m[3]]))
    )


def nicknamed_names(text: str) -> list[tuple[int, int]]:
    """The spans of names written with a nickname or a maiden name: a listed given name and surname around a given
    name in quotes or brackets, or a surname in parentheses (`Rosa (Lopez) Garcia`, though Lopez is a town too),
    neither a stand-in's (`John "Johnny" Doe`), a place's gloss (`Austin (Texas) Street`) nor two dictionary words
    (`Grace (Hope) Church`)."""
    from phiscan.detect.reserved import is_stand_in_name

    if _OPENED.search(text, 0, 20_000) is None:  # (a cheap test first: most texts quote no capitalised word)
        return []
    return [
        m.span()
        for m in _NICKNAMED.finditer(text[:20_000])
        if _between_names(m, text[m.start(2) - 1] == "(")
        and not (is_common(m[2].lower()) and is_common(m[3].lower()))  # `Grace (Hope) Church`, `Max (Will) Power`
        and not (thoroughfare(m[3]) or is_stand_in_name(f"{m[1]} {m[3]}"))
        and known_full_name(f"{m[1]} {m[3]}", cued=True)
    ]


# a person's identifier written after their name, as a record lists them (`Dafydd Prys, DOB 10/16/1965`, `BIRET
# EIRA, SSN 342 51 5428`): two or three words of one case, then a comma and the identifier's label and its number
_RECORD_WORD = r"(?:[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?|[A-Z]{2,}(?:['\u2019-][A-Z]+)?)"
_ID_LABEL = re.compile(r", \(?(?:DOB|D\.O\.B\.|SSN|MRN|[Dd]ate of birth|[Bb]orn)")
_BEFORE_AN_ID = re.compile(
    rf"(?<![\w'\u2019.-])({_RECORD_WORD}(?: [A-Z]\.?)?(?: {_RECORD_WORD}){{1,2}}){_ID_LABEL.pattern}"
    r"[:#]? ?(\d[\d /.-]{3,}\d)"
)


def names_before_identifiers(text: str) -> list[tuple[int, int]]:
    """The spans of names a person's identifier follows after a comma: words of one case, none an everyday word, a
    schema's or a place's unless a list holds it as a name, a given name among them."""
    if _ID_LABEL.search(text, 0, 20_000) is None:  # (a cheap test first: most texts hold no such label)
        return []
    given = gazetteer("given_names")
    out = []
    for m in _BEFORE_AN_ID.finditer(text[:20_000]):
        words = [w for w in m[1].split() if len(w.rstrip(".")) > 1]
        digits = [c for c in m[2] if c.isdigit()]
        if len(digits) < 5 or len(set(digits)) == 1:
            continue  # a placeholder's number (`MRN 000000`), no one's
        if len({w.isupper() for w in words}) > 1 or is_place(words) or is_place(words[-1:]):
            continue  # `Patient ID`, `Mercy Hospital`, `BETH ISRAEL`: a thing's or a place's words
        if all(is_common(w.lower()) for w in words):
            continue  # `GRACE CHURCH`, `MAX POWER`: dictionary words, as institutions are named
        named = [fold(w.lower()) for w in words if listed(w.lower())]
        if any((frequent(w.lower()) or schema_word(w.lower())) and fold(w.lower()) not in named for w in words):
            continue
        if any(w in given for w in named):
            out.append(m.span(1))
    return out


def written_names(text: str) -> list[tuple[int, int]]:
    """Names as records write them: with a nickname, or before a person's identifier."""
    return nicknamed_names(text) + names_before_identifiers(text)
