"""Runs of known name words in text, keys and file names, in any order and script, and the name inside a span the
name model tagged with dictionary words around it (the gazetteers and word tests: `phiscan.detect.names`)."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.addresses import thoroughfare
from phiscan.detect.nameforms import formed_name, formed_surname, no_word
from phiscan.detect.names import (
    gazetteer,
    is_affix,
    is_common,
    is_place,
    misfit_word,
    name_parts,
    name_shaped,
    registered_roles,
)
from phiscan.detect.reserved import is_stand_in_name
from phiscan.detect.unlisted import unlisted_name, unvouched_name

_LETTERS_ = r"[^\s\d_.,;:!?()\[\]{}\"'/\\|<>=+*&^%$#@~`\u2018\u2019\u201c\u201d-]+"
TOKEN = re.compile(rf"{_LETTERS_}(?:['\u2019-]{_LETTERS_})*")  # a word of any script, inner ' and - kept
_MAX_WORDS = 4
_INITIALS = frozenset("bcdfghjklmnpqrstvwxz")  # a joined middle initial: no vowel, no y (`amor_e_paz`, `rosa_y_clavel`)
_LOOSE_CUES = frozenset({"for", "by", "is", "to", "with", "name"})  # words that also stand before vocabulary
# and roles a record's objects have too (`a CONTACT field will`, `member role`): before a name in one case, a label
_LOOSE_ROLES = frozenset({"contact", "member", "owner", "parent"})


# categories whose cue in a key says the key is about one person (`name` alone, `uri` or `no` do not)
_PERSONAL_CUES = frozenset({"DATE_OF_BIRTH", "MRN", "US_SSN"})
PERSON_WORDS = frozenset({"patient", "pt", "member", "subscriber", "insured", "guarantor", "beneficiary", "guardian"})
# Particles that only stand inside names (`olivier_da_silva`, `marieke_van_der_berg`); `de`, `y`, `e`, `o`, `el`
# and `do` also join ordinary words in Spanish, Portuguese and French keys (`fecha_de_alta`, `entrada_e_saida`)
_JOINERS = frozenset({"van", "von", "der", "den", "da", "das", "dos", "della", "di", "ten", "ter", "ó", "ní", "mac"})


def about_a_person(words: str) -> bool:
    """A key or file name that also names some of one person's data (`rajeshIyerDob1953`, `patient_x_y`)."""
    from phiscan.detect.vocabulary import STRONG, cues_in, normal_words

    normal = normal_words(words)
    named = {c for c, (strength, _) in cues_in(normal).items() if strength == STRONG}  # `helm_chart` is no chart number
    return bool(PERSON_WORDS.intersection(normal) or _PERSONAL_CUES.intersection(named))


def names_a_person(words: str) -> bool:
    """A key's words beside a name in its capitals that say whose it is: a word about a person (`about_a_person`), a
    strong word for a name, or a bare `name` or `holder` with a record's words (`NAME_..._record`; not `contact_`)."""
    from phiscan.detect.vocabulary import STRONG, TRAILING, cues_in, normal_words

    normal = normal_words(words)
    if about_a_person(words) or cues_in(normal).get("PERSON", (0, 0))[0] == STRONG:
        return True
    other = [w for w in normal if w not in TRAILING and w not in _RECORD_WORDS and not _VERSION.fullmatch(w)]
    return not other and bool({"name", "holder"} & set(normal))


_HUMPS = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{2,})[_-]?([A-Z][a-z]{2,})(?![a-z])")  # `DaridaiKhiratai`


def titled_pairs(raw: str, words: str, humps: bool = True) -> frozenset[tuple[str, str]]:
    """The pairs a key writes in a name's capitals (`holder_DaridaiKhiratai_v2`; with `humps`: not a file's or tool's
    name, where types are so written) when its other words say whose (`names_a_person`; not the pair alone), and the
    pairs in any case right after a word for a name among the identifier's `words` as split (`cued_pairs`)."""
    out = cued_pairs(words)
    pairs = list(itertools.islice(_HUMPS.finditer(raw), 4)) if humps else []
    if not pairs:
        return out
    from phiscan.surfaces.identifiers import split_identifier

    rest = split_identifier(_HUMPS.sub(" ", raw)).text
    if not rest.strip() or not names_a_person(rest):
        return out
    return out | frozenset((m[1].lower(), m[2].lower()) for m in pairs)


def cued_pairs(words: str) -> frozenset[tuple[str, str]]:
    """The pairs of words, in any case, right after a word for a person's name (`name_chaltu_sangma`,
    `ptNameChaltuSangma`, `^fullname_tenzing_norgay$`), of four letters or more each and begun as the lists' names
    and places begin (`name_onset`: not `name_dbaas_percona`): `known_name` takes them if no list holds either
    (`unvouched_name`).  Not after a word for a person alone (`patient_riwayat_penyakit`), nor after another noun's
    `name` (`pluginName_`)."""
    from phiscan.detect.nameforms import name_onset
    from phiscan.detect.vocabulary import STRONG, cues_in, normal_words

    toks = words.split()
    out: set[tuple[str, str]] = set()
    if len(toks) < 3 or "name" not in normal_words(words):  # (every key passes here: most name no name)
        return frozenset(out)
    for i in range(1, len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if len(a) < 4 or len(b) < 4 or not (a.isalpha() and b.isalpha() and name_onset(a) and name_onset(b)):
            continue
        prefix = " ".join(toks[:i])
        before = normal_words(prefix)
        if not before or before[-1] not in ("name", "names"):
            continue
        named = cues_in(before).get("PERSON", (0, -1))
        if (named[0] == STRONG and named[1] == len(before) - 1) or names_a_person(prefix):
            out.add((a.lower(), b.lower()))
    return frozenset(out)


_RECORD_WORDS = frozenset({"holder", "record", "names", "entry", "field"})
_VERSION = re.compile(r"v?\d+|#")


def known_name(
    words: list[str],
    any_case: bool = False,
    cued: bool = False,
    comma: bool = False,
    unlisted: bool = False,
    titled: frozenset[tuple[str, str]] = frozenset(),
) -> bool:
    """Every word a known given name, surname, particle or title, with a given name and another word a surname, in
    either order (`Rosa Garcia`, `Garcia Rosa`, `Nguyễn Văn An`).  Dictionary words alone (`Grace Period`) need a word
    introducing a person before them (`cued`).  With `unlisted` (the text names a person's data elsewhere:
    `patient_rajesh_iyer`), one word of two or three may be one no list holds, beside a known one.  With `titled` (the
    pairs a key about a person writes in a name's capitals: `NAME_TeimuraziChumburidze`), two unlisted words will do."""
    given, surnames = gazetteer("given_names"), gazetteer("surnames")
    if (
        any_case
        and len(words) == 3
        and len(words[1]) == 1
        and words[1].lower() in _INITIALS
        and words[0].lower() in given
    ):
        words = [words[0], words[2]]  # a middle initial joined into a key or a file's name (`ava_m_thompson`)
    core: list[str] = []
    joined = False  # a particle between two words (`olivier_da_silva`, `penelope_o_crodhal`): a name's own shape
    particle = False
    for n, w in enumerate(words, 1):
        bare = w.strip(".'\u2019-")
        if is_affix(bare, core):
            particle = particle or (bool(core) and bare.lower() in _JOINERS)
            continue
        joined = joined or particle
        if not bare or (not any_case and bare[0].islower()) or (bare.isupper() and len(bare) > 1 and not any_case):
            return False
        if misfit_word(w, n == len(words)):
            return False
        core.append(bare)
    if not 2 <= len(core) <= _MAX_WORDS or (not cued and is_place(core, comma)):
        return False
    if any_case and any(len(w) < 2 for w in core):
        return False
    parts = [name_parts(w) for w in core]
    firsts = [i for i, p in enumerate(parts) if any(x in given for x in p)]
    lasts = [i for i, p in enumerate(parts) if any(x in surnames for x in p) or (i and formed_surname(core[i]))]
    unknown = [i for i in range(len(core)) if i not in firsts and i not in lasts]
    if unknown and (roles := registered_roles(core)) is not None:  # `Mekdes Oestman`
        (firsts, lasts), unknown = roles, []
    listed_given = set(firsts)  # a given name no list holds vouches for no surname that is also a word
    # a word built as only names are (`Wickramasinghe`, `Rakotomalala`) vouches for one beside it no list holds; asked
    # only when some word is unlisted, as runs of listed words in text are many
    formed: list[int] = []
    if unknown and not any(map(thoroughfare, core)):
        formed = [i for i in range(len(core)) if formed_name(core[i])]
    if formed and len(unknown) == 2 and len(core) == 2:
        unknown = [i for i in unknown if i not in formed]
        (firsts if formed[0] == 0 else lasts).append(formed[0])
    elif unknown and len(core) == 2 and (core[0].lower(), core[1].lower()) in titled and unvouched_name(core):
        firsts, lasts, unknown = [0], [1], []  # a key about a person, in a name's capitals: `holder_DaridaiKhiratai`
    if unknown:
        lone = core[unknown[0]]  # beside a formed word only, it must be no word at all (`oluwatobi_api`)
        if not (
            (unlisted or (formed and no_word(lone))) and len(unknown) == 1 and len(core) <= 3 and unlisted_name(lone)
        ):
            return False
        if not firsts:
            firsts = unknown
        elif not lasts:
            lasts = unknown
    # keys and file names are made of words (`max_price`, `pascal_case`): there the surname must not be a
    # dictionary word, nor the given name unless it comes first (`maria_gonzalez`)
    # a particle inside, two given names no dictionary holds (`inge_ferenc_holt`), or a key about a person
    # with an unmistakable given name first (`nadezda_urban_born_1965`) vouch for a surname that is also a word
    distinct = sum(1 for i in firsts if not is_common(core[i]))
    plain = any_case and not cued and not joined and distinct < 2
    if not any(
        f != s
        and not (
            plain
            and (
                (
                    is_common(core[s])
                    and not (unlisted and f < s and f in listed_given and len(core[f]) > 3 and not is_common(core[f]))
                )
                or (f > s and not comma and is_common(core[f]))  # (`WHITFIELD, JAMES`: the comma says which)
            )
        )
        for f in firsts
        for s in lasts
    ):
        return False
    return cued or not all(is_common(w) for w in core)


def _registered(text: str, run: list[re.Match[str]]) -> bool:
    """`NOWAK, AGNIESZKA`: a register's LAST, FIRST in capitals, two words alone (not `FORD, CHEVROLET, DODGE`), a
    listed given name after the comma and none before it (`MORGAN, STANLEY`)."""
    if len(run) != 2 or text[run[0].end() : run[1].start()] != ", " or not all(t.group().isupper() for t in run):
        return False
    if re.match(r",\s*[^\W\d_]", text[run[1].end() :]) or re.search(r"[^\W\d_],\s*$", text[: run[0].start()]):
        return False
    given = gazetteer("given_names")
    first, second = (name_parts(t.group()) for t in run)
    return any(p in given for p in second) and not any(p in given for p in first)


def find_names(
    text: str,
    any_case: bool = False,
    cue: re.Pattern[str] | None = None,
    unlisted: bool = False,
    titled: frozenset[tuple[str, str]] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of `text` that are runs of two to four known name words (`known_name`), longest first, apart.
    `cue` finds a word introducing a person just before a run; `unlisted` is `known_name`'s."""
    tokens = list(TOKEN.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_WORDS, len(tokens) - i), 1, -1):
            run = tokens[i : i + n]
            gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(run)]
            if not all(g in (" ", ", ") for g in gaps) or gaps.count(", ") > 1:
                continue
            found = cue.search(text[max(0, run[0].start() - 20) : run[0].start()]) if cue is not None else None
            # after a word that names a person ("patient rosa garcia") a name may be in lower case, or be
            # made of dictionary words ("patient Will Smith"); "for" and "by" also stand before vocabulary
            said = found.group(0).strip(" .:").lower() if found is not None else ""
            named = found is not None and said not in _LOOSE_CUES
            # after a role records have too, a name in one case only after its label's colon (`Owner: will smith`)
            cased = found is not None and said in _LOOSE_ROLES and ":" not in found[0]
            # `NOWAK, AGNIESZKA`: the comma of a register's LAST, FIRST order makes capitals a name's, under
            # the stricter test of a name in any case
            registered = _registered(text, run)
            if known_name(
                [t.group() for t in run],
                any_case or (named and not cased) or registered,
                named,
                ", " in gaps,
                unlisted,
                titled,
            ):
                out.append((run[0].start(), run[-1].end()))
                i += n
                break
        else:
            i += 1
    return out


def trimmed_name(value: str) -> tuple[int, int] | None:
    """Where in `value` a name stands without the dictionary words the model took with it (`Isabella Green`)."""
    words = list(re.finditer(r"\S+", value))
    if not 3 <= len(words) <= 6:
        return None
    for i in range(len(words) - 1):
        for j in range(len(words), i + 1, -1):
            if (i, j) == (0, len(words)):
                continue
            if not all(is_common(w.group().strip(".,:;")) for w in (*words[:i], *words[j:])):
                continue
            start, end = words[i].start(), words[j - 1].end()
            if name_shaped(value[start:end]):
                return start, end
    return None


# One or two initials and a surname (`J. Kowalczyk`, `G.R. Stankevičienė`)
_INITIALLED = re.compile(r"(?<![\w.])(?:[A-Z]\. ?){1,2}([A-Z][^\W\d_]+(?:[-'\u2019][A-Z][^\W\d_]+)?)(?![\w'\u2019-])")


_FIRM = re.compile(r"\s*(?:&|-|\+|[A-Z][a-z]|(?:and|Co|Inc|Ltd|LLC|GmbH|AG|Corp)\b)")


def initialled_names(text: str) -> list[tuple[int, int]]:
    """Spans of initials before a surname the gazetteer holds that is neither a dictionary word (`J. Walker`)
    nor a place, nor a stand-in (`J. Doe`): how registers, reports and signatures shorten a person's name."""
    surnames = gazetteer("surnames")
    out = []
    for m in _INITIALLED.finditer(text):
        family = m.group(1)
        if _FIRM.match(text, m.end()):  # `T. Rowe Price`, `A. Lange & Söhne`, `J.C. Penney Co`: a firm's name
            continue
        if (
            any(p in surnames for p in name_parts(family))
            and not any(is_common(w) for w in re.split(r"[-'\u2019]", family))
            and not is_place([family])
            and not is_stand_in_name(m.group(0))
        ):
            out.append(m.span())
    return out
