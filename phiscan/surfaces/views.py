"""Turn a surface into the texts detection looks at.

A regex is looked at through the literal strings it can only match; an identifier through
its words (`maria_gonzalez_dob` -> `Maria Gonzalez Dob`, for the name model) and through a
form that keeps its separators' meaning (`lookup_ssn_320_98_3282` -> `lookup ssn 320-98-3282`,
for the patterns).  Everything else is looked at as it is.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass, field

from phiscan.pointer import member_name, property_name
from phiscan.surfaces.filenames import file_stem
from phiscan.surfaces.folding import folded
from phiscan.surfaces.notations import hl7_identifiers
from phiscan.types import Role, Surface

_IDENTIFIER_ROLES = frozenset({Role.PROPERTY_NAME, Role.TOOL_NAME, Role.FILE_NAME})
_REGEX_ROLES = frozenset({Role.PATTERN, Role.PATTERN_PROPERTY})
_MEMBER_ROLES = frozenset({Role.ENUM, Role.CONST, Role.EXAMPLES, Role.DEFAULT})  # values that may be objects
_DIGIT_GAP = re.compile(r"(?<=\d) (?=\d)")
_GLUED_TO_DOMAIN = re.compile(r"(@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24})[-_+~]")
_JOINED_IP = re.compile(r"(?<!\d)\d{1,3}([_-])\d{1,3}\1\d{1,3}\1\d{1,3}(?!\d)")
# Where a key's words end and a glued value starts (`lic_S13750884`, `VinJF2F9EL61EY203325`, `Sms15154227257`):
# at `_`, a lower-to-upper hump and a lower-case letter before a long number, never inside a capitals-and-digits run
_HUMP = re.compile(r"_+|(?<=[a-z])(?=[A-Z])|(?<=[a-z])(?=\d{5})")
_LONG_NUMBER = re.compile(r"\d{5}")
# a lower-case word's (`LIC-40917` is a tracker's key), not a date's month (`dob04-may-1954`)
_MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_WORD_HYPHEN = re.compile(rf"(?<=[a-z])(?<!\d-{_MONTH})(?<!\d-(?i:sept))-(?=[A-Za-z0-9])")
_TAGGED = re.compile(r"([A-Za-z]{2,12})[:=]([A-Za-z0-9][\w.-]{3,40})")

MAX_VIEW_CHARS = 100_000  # the default of `Limits.max_string_chars`; the scan notes longer strings


@dataclass(frozen=True, slots=True)
class View:
    """One text to analyse, with the context words and key name that go with it.

    Views are equal (and share a verdict) when text, context, key, `joined`, `name` and `member` are; `origin` is
    where in the surface's string the text comes from when it is only a part of it (one literal of a regex), and
    takes no part in equality.
    """

    text: str
    context: tuple[str, ...]
    key: str
    origin: tuple[int, int] | None = field(default=None, compare=False)
    written: str = field(default="", compare=False)  # the text before its digits were read as ASCII ones
    joined: bool = False  # an identifier's words read apart (`plate_kda417k` as `plate kda417k`), not a text's
    name: str = ""  # the innermost property's name, read from the pointer (`key` may be its title or description)
    # the key of the member of a default's or an example's object the text is (`"default": {"heroku_api_key": ...}`),
    # which names a provider's token only: a sample payload's other keys do not name its values (`password`)
    member: str = ""


def context_words(names: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-case words of the property names above a value, plus the names themselves."""
    from phiscan.detect.typedcodes import named_types

    words: list[str] = []
    seen: set[str] = set()
    for name in map(named_types, names):  # `identifier[MR]`: a type's code is read before case is lost
        low = name.lower()
        if low in seen:
            continue
        seen.add(low)
        words.append(low)
        split = [w.lower() for w in _split_words(name)]
        # every word of the key, repeated ones too, so that the key can be joined back (`soHoSoBenhAn`)
        words.extend(split if split != [low] else ())
    return tuple(words)


@functools.lru_cache(maxsize=1 << 16)
def _split_text(name: str) -> str:
    # the same keys recur across files and tools; splitting is the walk's costliest step
    from phiscan.surfaces.identifiers import split_identifier

    return split_identifier(name).text


def _split_words(name: str) -> list[str]:
    return _split_text(name).split()


# capitals glued to the number they name: the label is the longest run of them that is a vocabulary word, the rest
# (a licence's leading letter, `DL` + `C51576180`) is the number's; a model or version code (`DL380G10`,
# `PAT2024-001`) has no number of an identifier's length after it
GLUED_ID = r"(?:[A-Z]?\d{7,}[A-Z]?|\d{3}[-_ ]?\d{2}[-_ ]?\d{4})"  # a number of an identifier's length
_GLUED_LABEL = re.compile(rf"(?<![A-Za-z])([A-Z]{{2,6}})(?={GLUED_ID}(?![\w-]))")


def _unglue(m: re.Match[str]) -> str:
    from phiscan.detect.vocabulary import vocabulary_word

    letters = m[1]
    for cut in (len(letters), len(letters) - 1):  # all of them, or all but the number's own leading letter
        if cut > 1 and vocabulary_word(letters[:cut]):
            return f"{letters[:cut]} {letters[cut:]}"
    return letters


# a form's numbered field (`adaBox15`, `line_2`): its number stays on the word, which is no surname then
FIELD_INDEX = re.compile(
    r"\b((?i:box|line|item|field|row|col|column|part|section|step|level|slot|page|block|form)) (\d{1,2})(?![\d:./-])"
)
_PART = re.compile(r"[^_.\s:/#=-]+")
_LETTERS = re.compile(r"[A-Za-z]{2,10}")
# an address whose dots a name could not hold, after a word for one: `ip_2804_d41_c019__c34b_2000_318e`
_JOINED_IP6 = re.compile(
    r"(?i)(?<![a-z0-9])(ip(?:v6)?(?:_?addr)?)_((?:[0-9a-f]{1,4}__?){2,7}[0-9a-f]{1,4})(?![0-9a-z])"
)

# a MAC joined to its label the way a name must write it (`mac_E8_6F_A2_E6_EC_55`, `eui_38d9_19e7_6d3a`)
_JOINED_MAC = re.compile(
    r"(?i)(?<![a-z0-9])(mac(?:_?addr(?:ess)?)?|eui(?:48|64)?|hw_?addr)_"
    r"((?:[0-9a-f]{2}_){5}[0-9a-f]{2}(?:_[0-9a-f]{2}){0,2}|[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4})(?![0-9a-z])"
)

# six pairs after any other word (`serialthingy_94_30_3e_2c_a7_be`), a letter among them: a MAC's own shape names it
_ANY_MAC = re.compile(
    r"(?i)(?<![a-z0-9])(?<!(?<![a-z0-9])[0-9a-f]{2}_)(?=[0-9_]{0,16}[a-f])(?:[0-9a-f]{2}_){5}[0-9a-f]{2}"
    r"(?![0-9a-z])(?!_[0-9a-f]{2}(?![0-9a-z]))"  # no pair before or after it
)
_BYTES = re.compile(r"(?i)(?:magic|sig|signature|bytes|header|hex)_$")  # a file format's bytes: `elf_magic_7f_45_...`
_IP_LABEL = re.compile(r"(?i)ip(?:v4|_?addr(?:ess)?)?$")


def _dotted_ip(m: re.Match[str]) -> str:
    glued = _IP_LABEL.search(m.string, 0, m.start()) is not None  # `IP62_28_209_28`: the label, then the address
    return (" " if glued else "") + m[0].replace(m[1], ".")


def _names_a_category(word: str) -> bool:
    from phiscan.detect.vocabulary import cues_in, normal_words

    return bool(cues_in(normal_words(word), head=True))


def _id_length(rest: str) -> bool:
    """Long enough to be a number assigned to someone: not a model or version code (`DL380G10`, `CINE20231`)."""
    return sum(c.isdigit() for c in rest) >= 6 or len(rest) >= 10


def _labelled_parts(raw: str) -> list[str]:
    """Each value of a name with the label word just before it, read apart from the rest of the name: glued
    (`MRNLKH9263549`, `MAC5c640534b567`) or the part before (`..._kanja_TVM2783066`, `cel_2177385783`).  In a
    long name (`DeleteCustomersBankAccounts_kanja_TVM2783066`) the word next to a value names it, not the
    name's other words; a short one is read as a label already."""
    from phiscan.detect.joined import plate_after_word

    parts = _PART.findall(raw)
    out: list[str] = []
    for i, part in enumerate(parts):
        if len(part) < 6 or sum(c.isdigit() for c in part) < 3:
            continue
        head = _LETTERS.match(part)
        cuts = range(len(head.group()) if head else 0, 1, -1)
        cut = next((n for n in cuts if _id_length(part[n:]) and _names_a_category(part[:n])), 0)
        letters = len(part) - len(part.lstrip(string.ascii_letters))
        plate = next(
            (n for n in range(letters, 1, -1) if plate_after_word(part[:n], part[n:])), 0
        )  # `vehiclePlateKDA417K`
        cut = plate or cut
        if cut:
            out.append(f"{part[:cut]} {part[cut:]}")
        elif len(raw) > 40 and i and not parts[i - 1].isdigit() and _names_a_category(parts[i - 1]):
            out.append(f"{parts[i - 1]} {part}")
    return out[:8]


def _identifier_views(raw: str, words: bool = True) -> list[str]:
    from phiscan.detect.fieldrefs import fields_kept
    from phiscan.surfaces.identifiers import looks_like_identifier

    spaced = fields_kept(raw, lambda text: _DIGIT_GAP.sub("-", text.replace("_", " ")))  # `PID_19 412673398`
    views = [raw, spaced]
    if "-" in raw and " " not in raw and any(c.isdigit() for c in raw):  # kebab-case: `ssn-412673398`, `dob-1984-03-12`
        views.append(_WORD_HYPHEN.sub(" ", spaced))
    if len(raw) <= 200:
        views.extend(_labelled_parts(raw))
        views.extend(f"{m[1]} {m[2].replace('_', ':')}" for m in _JOINED_IP6.finditer(raw))
        views.extend(f"{m[1]} {m[2].replace('_', ':' if m[2][2] == '_' else '.')}" for m in _JOINED_MAC.finditer(raw))
        views.extend(m[0].replace("_", ":") for m in _ANY_MAC.finditer(raw) if not _BYTES.search(raw, 0, m.start()))
    tagged = _TAGGED.fullmatch(raw)
    if tagged is not None:  # `acct:PAN18722403`, `mbr=97141200D`: a tag names the value after it
        views.append(f"{tagged[1]} {tagged[2]}")
    dotted = _JOINED_IP.sub(_dotted_ip, raw)  # ip_46_83_226_199, IP62_28_209_28; not `openssl1_1_1_23`
    if dotted != raw:
        views.append(" ".join(dotted.replace("_", " ").split()))
    if "@" in raw:  # rosa.garcia@gmail.com-labs: a suffix glued to an e-mail address
        unglued = _GLUED_TO_DOMAIN.sub(r"\1 ", raw)
        if unglued != raw:
            views.append(unglued)
    if words and len(raw) <= 64 and _LONG_NUMBER.search(raw):  # a key's own words as its number's context
        views.append(_HUMP.sub(" ", raw).strip())
    if len(raw) <= 64 and _GLUED_LABEL.search(spaced):  # `SSN218-23-8776`, `DLC51576180`, `MBI93471629E`
        unglued = _GLUED_LABEL.sub(_unglue, spaced)
        if unglued != spaced:
            views.append(unglued)
    # names joined into keys and file names (`maria_gonzalez_dob`); not values' words (`America/Buenos_Aires`)
    if words and (looks_like_identifier(raw) or raw != spaced):
        views.append(FIELD_INDEX.sub(r"\1\2", _split_text(raw)))  # `Box 15` stays `Box15`: a form's field, no name
    return views


_LABEL_THEN_WORDS = re.compile(r"([^\W\d_]+(?:[_-][^\W\d_]+)*)[_:-](?=[^\W_a-z])")


def spaced_literal(text: str) -> list[str]:
    """A regex literal with spaces, and its label glued to a value of several words as a label prints them
    (`^license_plate[_:-]?AS 10 BB 7934$` is also `license plate: AS 10 BB 7934`)."""
    m = _LABEL_THEN_WORDS.match(text) if len(text) <= 200 else None  # (a label is short, as a key is)
    if m is None or " " not in text[m.end() :] or not _names_a_category(m[1]):
        return [text]
    return [text, f"{re.sub('[_-]', ' ', m[1])}: {text[m.end() :]}"]


def views_of(surface: Surface, max_chars: int = MAX_VIEW_CHARS) -> list[View]:
    """Every text detection should see for `surface`, without duplicates, from its first `max_chars` characters."""
    raw = surface.raw[:max_chars]
    key = raw if surface.role is Role.PROPERTY_NAME else surface.context[-1] if surface.context else ""
    name = property_name(surface.pointer)  # (a property name's own, for its role: the key itself)
    member = member_name(surface.pointer) if surface.role in _MEMBER_ROLES else ""
    if member:  # only a credential's key labels a token; any other would only part views that share a verdict
        from phiscan.detect.providers import credential_label

        member = member if credential_label(member) else ""
    texts: list[tuple[str, tuple[int, int] | None, bool]]
    if surface.role in _REGEX_ROLES:
        from phiscan.surfaces.regexlit import regex_literals

        texts = []
        for lit in regex_literals(raw):
            origin = (lit.start, lit.end) if lit.start is not None and lit.end is not None else None
            found = _identifier_views(lit.text, words=False) if " " not in lit.text else spaced_literal(lit.text)
            texts.extend((text, origin, " " not in lit.text) for text in found)
    else:
        if surface.role in _IDENTIFIER_ROLES:
            found = _identifier_views(file_stem(raw) if surface.role is Role.FILE_NAME else raw)
        elif " " not in raw and "://" not in raw and ("_" in raw or any(c.isupper() for c in raw[1:])):
            found = _identifier_views(raw, words=False)
        else:
            found = [raw]
        joined = surface.role in _IDENTIFIER_ROLES  # a name's words, not a value's (`device:995CS397A6475287`)
        texts = [(text, None, joined) for text in found]
        texts += [(text, None, False) for text in hl7_identifiers(raw)]
    ctx = context_words(surface.context)
    views: dict[str, View] = {}
    for written, origin, joined in texts:
        text = written if written.isascii() else folded(written)
        if text.strip() and text not in views:
            views[text] = View(text, ctx, key, origin, written if text != written else "", joined, name, member)
    return list(views.values())
