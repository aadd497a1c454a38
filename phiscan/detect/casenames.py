"""Names written in one case or in HL7 v2's notation: a whole value in capitals, lower case or `FAMILY^GIVEN`,
capitals inside mixed-case prose, and runs of words in a regex literal.  Stricter than names written the usual
way, as vocabulary, codes and places are written in capitals too."""

from __future__ import annotations

import functools
import re

from phiscan.detect.namefind import TOKEN, find_names, known_name
from phiscan.detect.names import gazetteer, is_common, is_place, is_title, name_parts, name_shaped, schema_word
from phiscan.detect.reserved import is_stand_in_name
from phiscan.detect.unlisted import unvouched_name
from phiscan.surfaces.notations import MRZ_NAME

# words for a place's kind that are given names too (`Jordan^River`, `GREEN^BAY`): after carets, a place
_FEATURES = frozenset({"river", "bay", "lake", "mount", "creek", "valley", "beach", "island", "springs", "falls"})


@functools.lru_cache(maxsize=1 << 14)
def uniform_name(value: str) -> bool:
    """A whole value that is a name written in one case or as HL7 v2 writes it (`ROSA GARCIA`, `GARCIA, ROSA M`,
    `rosa garcia`, `GARCIA^ROSA^M`), under the stricter test of a name in any case (`known_name`)."""
    from phiscan.surfaces.notations import notated_name

    v = value.strip()
    notated = notated_name(v) if "^" in v or "<<" in v or ("," in v and " " not in v) else None
    xpn = notated is not None or "^" in v  # (a caret that is no XPN is no name)
    written = notated if xpn else (v if v.isupper() or v.islower() else None)
    if not written or is_stand_in_name(written.title()):
        return False
    words = [w for w in re.split(r"[ ,]+", written) if len(w.strip(".")) > 1]  # a middle initial: `ROSA M`
    if len(words) < 2 or not all(TOKEN.fullmatch(w) for w in words):
        return False
    comma = "," in written
    family, _, given = written.partition(",") if comma else ("", "", written)
    natural = [w for w in f"{given} {family}".split() if len(w.strip(".")) > 1]
    if is_place(natural) or len({w.lower() for w in words}) < len(words) or is_title(natural[0]):
        return False  # `SANTA CLARA`; `ELISA^ELISA`; `Chicago^MR` is an authority and a code
    if xpn:  # the carets say a name is meant: a surname that is also a word will do (`BROWN^MARY^A`), after a
        # given name that is not one (`Jordan^River`, `Boston^MA` are places)
        first = natural[0]
        listed = any(p in gazetteer("given_names") for p in name_parts(first))
        if not listed:  # or words no list holds at all, as no code or vocabulary is (`REHIMLI^REHIM`)
            return len(natural) <= 3 and unvouched_name([w.strip(".") for w in natural])
        return len(first) > 2 and first.lower() not in _FEATURES and name_shaped(" ".join(natural).title())
    if written.islower():  # lower case is how slugs and vocabulary are written (`wolfram lang`, `pov-ray sdl`)
        wordy = any((len(w) < 4 and not _short_name(w, words)) or schema_word(w) for w in words)
        return not wordy and known_name(words, any_case=True, comma=comma)
    # a name the lists half know, in the model's case (`Leilani Kahananui`), when no word of it is vocabulary,
    # an abbreviation or a code (`MAX CPU`, `ALEXA SDK`, `AUSTIN TX`, `MAX_APP_INSTANCES`)
    vocabulary = any(is_common(w) or schema_word(w) or len(w) < 3 for w in words)
    shaped = not vocabulary and all(len(w) > 3 for w in natural[1:]) and name_shaped(" ".join(natural).title())
    return shaped or known_name(words, any_case=True, comma=comma)


def _short_name(word: str, words: list[str]) -> bool:
    """A two- or three-letter surname or given name beside one long word (`james wu`, `wei zhang`), as Chinese,
    Korean and Vietnamese names are romanised: listed, and no English, function or schema word (`lee`, `an`, `at`)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return (
        len(words) == 2
        and word.lower() not in STOP_WORDS
        and len(word) >= 2
        and all(len(w) >= 4 for w in words if w is not word)
        and any(word.lower() in gazetteer(g) for g in ("given_names", "surnames"))
        and not is_common(word)
        and not schema_word(word)
        and not is_place(["".join(words)])  # a city in pinyin (`su zhou`, `tian jin`)
    )


# words joined by spaces only: `FORD, CHEVROLET, DODGE` is a list (a register's `NOWAK, AGNIESZKA` is
# `_registered`'s); which of them are in capitals is decided per word, accented ones too (`JOSÉ GARCÍA`)
_WORD_RUN = re.compile(r"(?<![\w'\u2019-])[^\W\d_][^\W\d_'\u2019-]*(?: [^\W\d_][^\W\d_'\u2019-]*)+(?![\w'\u2019-])")
# as `phiscan.surfaces.notations` reads an XPN, letters of any script, but without spaces: in prose a space ends it
_XPN_IN_TEXT = re.compile(r"(?<![\w^])[^\W\d_](?:[^\W\d_]|['\u2019-])*(?:\^(?:[^\W\d_]|['\u2019.-])*){1,13}(?![\w^])")
# ICAO 9303's machine-readable name (`phiscan.surfaces.notations.MRZ_NAME`) standing apart in text
_INITIAL_LAST = re.compile(r"\^[^\W\d_]\.$")
_MRZ_IN_TEXT = re.compile(rf"(?<![\w<]){MRZ_NAME.pattern}(?![\w<])")


# DICOM PS3.5 6.2 PN: component groups (alphabetic = ideographic = phonetic), each Family^Given; a name with its
# ideographic group is written as only a person's name is
_PN_GROUPS = re.compile(r"(?<![\w^=])[^\W\d_]{2,}\^[^\W\d_]{2,}(?:\^[^\W\d_]*)*=([^\W\d_]+\^[^\W\d_]+)(?![\w^])")
_IDEOGRAPHIC = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, CJK ideographs, Hangul
_TWO_CAPITALS = re.compile(r"[^\W\d_a-z]{2}")  # a cheap test first: capitals, or letters beyond ASCII


def _capital_runs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _WORD_RUN.finditer(text):
        run: list[re.Match[str]] = []
        for t in [*TOKEN.finditer(m.group()), None]:
            if t is not None and t.group().isupper() and len(t.group()) > 1:
                run.append(t)
                continue
            if len(run) >= 2:
                out.append((m.start() + run[0].start(), m.start() + run[-1].end()))
            run = []
    return out


def shouted_names(text: str) -> list[tuple[int, int]]:
    """Names in capitals inside mixed-case prose (`seen by ADAEZE OKONKWO`) or written as HL7 v2 does
    (`PID-5 OKONKWO^ADAEZE^M`).  Text all in capitals is a heading or a code list, and is left alone; so are
    capitals that end in a word of schemas or the dictionary (`DEV REPO`, `GRANT ORG ACCESS`)."""
    out: list[tuple[int, int]] = []
    if "<<" in text:  # ICAO 9303's machine-readable name, in capitals whatever the text around it
        out.extend(m.span() for m in _MRZ_IN_TEXT.finditer(text) if uniform_name(m.group()))
    if "^" in text:
        for m in _XPN_IN_TEXT.finditer(text):
            sentence_stop = m.group().endswith(".") and not _INITIAL_LAST.search(m.group())  # not an initial's
            a, b = m.start(), m.end() - sentence_stop
            if uniform_name(text[a:b]):
                out.append((a, b))
        if "=" in text:  # DICOM's PN: the name in Latin letters, then as written in ideographs (`Bae^Yujin=배^유진`)
            out.extend(m.span() for m in _PN_GROUPS.finditer(text) if _IDEOGRAPHIC.search(m.group(1)))
    if any(c.islower() for c in text) and _TWO_CAPITALS.search(text):
        for a, b in _capital_runs(text):
            for x, y in find_names(text[a:b], any_case=True):
                last = text[a + x : a + y].split()[-1]
                if not (schema_word(last) or is_common(last)):
                    out.append((a + x, a + y))
    return out


def uniform_runs(text: str) -> list[tuple[int, int]]:
    """Spans of two or three words in one case that `uniform_name` takes, in the words of a regex literal
    (`Patient tevita fifita`), longest first, apart."""
    tokens = list(TOKEN.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for n in (3, 2):
            run = tokens[i : i + n]
            span = (run[0].start(), run[-1].end())
            words = text[span[0] : span[1]]
            if len(run) == n and " ".join(t.group() for t in run) == words and uniform_name(words):
                out.append(span)
                i += n
                break
        else:
            i += 1
    return out


def lower_names(text: str) -> list[tuple[int, int]]:
    """Names in lower case inside prose (`pull labs for marcos souza`): two or three words starting with a listed
    name, under `uniform_name`'s test of a lower-case name (no short, schema or dictionary-only words)."""
    given, surnames = gazetteer("given_names"), gazetteer("surnames")
    tokens = list(TOKEN.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens) - 1:
        first = tokens[i].group()
        if first.islower() and len(first) > 3 and (first in given or first in surnames):
            for n in (3, 2):
                run = tokens[i : i + n]
                span = (run[0].start(), run[-1].end())
                words = text[span[0] : span[1]]
                if len(run) == n and words == " ".join(t.group() for t in run) and uniform_name(words):
                    out.append(span)
                    i += n - 1
                    break
        i += 1
    return out


def initial_and_surname(word: str) -> bool:
    """A user name of an initial and a listed surname (`tokafor`), the surname no dictionary or schema word."""
    word = word.lower()
    family = word[1:]
    return (
        word.isalpha()
        and len(family) >= 6
        and family in gazetteer("surnames")
        and not (is_common(family) or schema_word(family) or is_common(word) or schema_word(word))
        and word not in gazetteer("surnames")
        and word not in gazetteer("given_names")
        and not is_place([word])
        and not any(_vocabulary(word[:i]) and _vocabulary(word[i:]) for i in range(2, len(word) - 1))
    )


def _vocabulary(word: str) -> bool:
    return is_common(word) or schema_word(word)
