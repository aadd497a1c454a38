"""The categories a surface's context names: its keys (innermost last), where a phrase must be the key's head
(`memberId`, not `memberCount`), and its schema's title and short description, read as text clause by clause."""

from __future__ import annotations

import functools
import re

from phiscan.detect.everyday import frequent
from phiscan.detect.fieldrefs import FIELD_REF
from phiscan.detect.names import SIGNS
from phiscan.detect.vocabulary import STRONG, TRAILING, cues_in, normal_words, phrase_head, spellings


@functools.lru_cache(maxsize=1 << 12)
def context_cues(context: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Categories named by a surface's context: its keys (innermost last), where a phrase must be the key's
    head (`memberId`, not `memberCount`), and its schema's title and short description, read as text."""
    out: dict[str, tuple[int, int]] = {}
    prose: frozenset[str] = frozenset()  # the words of the text just read, listed after it one by one
    whole = _whole_keys(context)
    at, key = _innermost_key(whole)
    coded = _own_code(key)
    for i, text in enumerate(whole):
        spaced = " " in text.strip()
        if not spaced and (text in prose or coded):
            continue  # a word of a title or description, not a key: it is read in its phrase
        prose = frozenset(text.split()) | frozenset(normal_words(text)) if spaced else prose
        if len(text) > 80:  # long prose: its cues are read next to the values inside it
            continue
        # a text is read clause by clause: `Account. Required.` ends its phrase at `Account`
        for clause in clauses(text) if spaced else (text,):
            words = whose_cut(normal_words(clause)) if spaced else normal_words(clause)
            for category, (strength, end) in cues_in(words, head=not spaced).items():
                if spaced and strength != STRONG and not phrase_head(words, end):
                    continue  # `an image account transfer` names a transfer, not an account
                out[category] = max(out.get(category, (0, -1)), (strength, i * 100 + end))
    # a key naming a thing's name (`carrier_name`): `the name of the carrier` in its description is no person's
    if out.pop("THING", None) is not None and out.get("PERSON", (0, -1))[0] != STRONG:
        out.pop("PERSON", None)
    phone = out.get("PHONE_NUMBER")
    if phone and key and phone[1] < at * 100 and _own_thing(key):
        out.pop("PHONE_NUMBER")  # a phone's own property (`mobile.screenResolution`, `phone.modelNumber`)
    if "DATE_OF_BIRTH" in out and _event_time(context):
        out.pop("DATE_OF_BIRTH")  # `created_at` in a tool about birth dates: the record's own time, no one's birth
    return out


def _innermost_key(whole: list[str]) -> tuple[int, str]:
    """Where in `_whole_keys` its last key is, and the key: not a word listed after a title or description."""
    at, key, prose = -1, "", frozenset[str]()
    for i, text in enumerate(whole):
        if " " in text.strip():
            prose = frozenset(text.split()) | frozenset(normal_words(text))
        elif text not in prose:
            at, key = i, text
    return at, key


# the kinds of thing a code classifies that are no one's: places, currencies and languages (ISO 3166, 4217, 639 and
# national statistics codes such as Brazil's IBGE municipality code) and the states and kinds of a record
_CODED = frozenset(
    {"country", "currency", "language", "locale", "town", "city", "municipality", "district", "county", "region"}
    | {"area", "province", "territory", "status", "reason", "error", "type", "category", "unit"}
)


def _own_code(key: str) -> bool:
    """The innermost key names a place's or a kind's code (`ibgeTownCode` under `debtorAccount`, `countryCode` under
    `phone`): the keys around it say whose it is, not what."""
    words = normal_words(key)
    return len(words) >= 2 and words[-1] == "code" and words[-2] in _CODED and not cues_in(words, head=True)


def _own_thing(key: str) -> bool:
    """The innermost key names a thing of its own in plain English and no category (`screenResolution`, `modelNumber`,
    `towerId`; not `number`, `home`, `value`, which say which or whose).  Asked for a phone's word only: under a
    person's or an address's object the plain words name parts of what it names (`name.first`, `address.line`)."""
    words = normal_words(key)
    plain = bool(words) and all(frequent(w) or w in TRAILING for w in words)
    return plain and any(w not in TRAILING for w in words) and not cues_in(words, head=True)


_EVENT_WORDS = frozenset({"created", "updated", "modified", "deleted", "expires", "expiry", "timestamp", "issued"})


def _event_time(context: tuple[str, ...]) -> bool:
    """The innermost key names when a record changed (`created_at`, `updatedOn`, `expires`), not a birth."""
    key = next((c for c in reversed(_whole_keys(context)) if " " not in c.strip()), "")
    words = set(normal_words(key))
    return bool(words & _EVENT_WORDS) and "DATE_OF_BIRTH" not in cues_in(tuple(words))


def _whole_keys(context: tuple[str, ...]) -> list[str]:
    """The context with each key's words, which `phiscan.surfaces.views.context_words` lists after the key one
    by one (`zipsize`, `zip`, `size`), joined back into one key (`zipsize`, `zip_size`): a word of a key names its
    value only as the key's head (`zipSize` is a size, `memberCount` a count)."""
    out: list[str] = []
    i = 0
    while i < len(context):
        text = context[i]
        out.append(text)
        i += 1
        glued = re.sub(r"[\W_]", "", text.lower())
        if " " in text or not glued:
            continue
        words: list[str] = []
        while i < len(context) and " " not in context[i] and glued.startswith("".join([*words, context[i]])):
            words.append(context[i])
            i += 1
            if "".join(words) == glued:
                break
        if words and "".join(words) == glued:  # a field id (`ePatient.13`) is read in the key as written
            if len(words) > 1 and not FIELD_REF.search(text):
                out.append("_".join(words))
        else:
            out.extend(words)
    return out


_CLAUSES = re.compile(r"[.,;:!?()\[\]{}]+(?:\s|$)|[()\[\]{}]")
# a stop in a clause, not its end: an initial's (`J. Smith`), or an abbreviation's (`Med. Rec. No.`, `Pt. ID`)
_STOPS = re.compile(r"[;!?()\[\]{}\n|]|,\s|(?<!\b[A-Za-z])\.\s")
_LAST_WORD = re.compile(rf"(?:[^\W\d_]|[{SIGNS}])+$")  # (a South Asian word's vowel signs are of it)
# forms' abbreviations that end no clause wherever they stand (`Pt. ID`, `Hosp. No.`, `Kørekortnr.`, `Lic. No.`)
_ALWAYS = frozenset({"pt", "num", "geb", "reg", "tel", "tlf", "med", "ins", "lic", "hosp", "acct", "fec", "nac"})
# `number` shortened as Slovene, Czech, Hungarian, Serbian and Greek forms write it (`Vozniško dovoljenje št.`), and
# as Catalan, Spanish, Portuguese, Asturian and Tetum ones do (`Permís de conduir núm.`, `Nº`, `nú.`)
_NUMBER_SHORT = frozenset(
    {"št", "č", "čís", "sz", "\u0431\u0440", "\u03b1\u03c1\u03b9\u03b8", "\u0928\u0902", "\u09a8\u0982"}
    | {"núm", "nú", "nº", "n°"}
)
# and the words a label goes on with after an abbreviation (`Med. Rec. No.`, `Pat. ID`, `Rec. #`)
_LABEL_GOES_ON = re.compile(r"\s*(?:#|(?i:no|nr|nro|id)\b|([^\W\d_]{1,5})\.)")
_VALUE_NEXT = re.compile(r"\s*[^\W_]*\d|\s*$")  # a value next, or the text's end (the value after it)


@functools.cache
def _abbreviations() -> frozenset[str]:
    """The spellings table's words that are another's letters in order, shortened (`rec` record, `ser` serial,
    `enc` encounter): written with a period, they end no clause when the label goes on after them (not `dev.`
    before a sentence)."""

    def shortens(short: str, word: str) -> bool:
        letters = iter(word)
        return len(short) < len(word) and short[0] == word[0] and all(c in letters for c in short)

    return _ALWAYS | {k for k, v in spellings().items() if len(k) <= 5 and shortens(k, v.split()[0])}


def _abbreviated(text: str, stop: int) -> bool:
    """Whether the period at `text[stop]` closes an abbreviation (`Rec.`, `Kørekortnr.`) rather than a clause."""
    if text[stop] != ".":
        return False
    word = _LAST_WORD.search(text, 0, stop)
    low = word.group().lower() if word is not None else ""
    if low in _ALWAYS or low in _NUMBER_SHORT or low.endswith(("no", "nr", "br")):
        return True
    if low not in _abbreviations():
        return False
    on = _LABEL_GOES_ON.match(text, stop + 1)
    if on is not None and (on[1] is None or on[1].lower() in _abbreviations()):
        return True
    # or a form's capitalised label right before its value (`Med. Rec. 0045821`; not `the dev. 44718290`)
    return word is not None and word.group()[:1].isupper() and _VALUE_NEXT.match(text, stop + 1) is not None


def clause_start(text: str) -> int:
    """Where the clause that `text` ends with begins: after its last stop that closes no abbreviation."""
    for stop in reversed(list(_STOPS.finditer(text))):
        if not _abbreviated(text, stop.start()) and not _field_separator(text, stop.start()):
            return stop.end()
    return 0


def _field_separator(text: str, at: int) -> bool:
    """Whether the `|` at `text[at]` is HL7 v2's field separator right after the field it ends (`PID-3| PT19187`),
    which goes on to the field's value rather than ending a clause."""
    if text[at] != "|":
        return False
    return any(ref.end() == at for ref in FIELD_REF.finditer(text, max(0, at - 16), at))


def clauses(text: str) -> list[str]:
    """`text` cut at its stops, save an abbreviation's (`Seen. Med. Rec. No. 4471` is two clauses)."""
    out, start = [], 0
    for stop in _CLAUSES.finditer(text):
        if stop.group().strip() == "." and _abbreviated(text, stop.start()):
            continue
        out.append(text[start : stop.start()])
        start = stop.end()
    return [*out, text[start:]]


# "of", and "of the" as Romance languages contract it (Spanish, Catalan and Italian `del`, Italian `della` ...,
# French `du`, `des`, Portuguese `do`, `da`, `dos`, Piedmontese `dla`, `dël`, Walloon `do`, `dèl`) before the person or
# the vehicle the field belongs to: the field comes first (`Fecha de nacimiento del paciente`, `Targa del veicolo`), and
# the words before it name the value; before a thing (`Licencia del producto`, `Placa del circuito`) the field is that
# thing's
_WHOSE = frozenset(
    {"del", "dels", "della", "dello", "dell", "dei", "degli", "delle", "du", "des", "do", "da", "dos"}
    | {"dla", "dël", "dèl"}
    | {"of", "ng"}  # English, and Tagalog's `ng` (`Plate number of car`, `Plate number ng kotse`)
)
# the owners after it, as `normal_words` gives them: a person (patient, insured, member already in English) or a car
_OWNERS = frozenset(
    {"patient", "insured", "member", "client", "cliente", "titular", "titolare", "assicurato", "assure", "beneficiario"}
    | {"usuario", "utente", "utilisateur", "malade", "nino", "enfant", "madre", "padre", "conyuge", "empleado"}
    | {"coche", "vehiculo", "veicolo", "voiture", "auto", "carro", "moto", "camion", "car", "vehicle"}
    | {"machina"}  # the car of Piedmontese and Ligurian (`màchina`); Italian's `macchina` is cut into syllables
    | {"kotse", "sasakyan", "pasyente"}  # Tagalog's car, vehicle and patient
)


def words_before(text: str, at: int) -> tuple[str, ...]:
    """The few words right before `at` as a label heads them (`Plake:`, `बीमा सदस्य संख्या:`), whose-cut."""
    return whose_cut(normal_words(" ".join(text[max(0, at - 60) : at].split()[-4:])))


def whose_cut(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` up to the first "of the" before a person or a car, where a head-first language's label says whose the
    field is, when the words before it name a category; whole otherwise (`Numero della patente`: the licence's
    number; `Licencia del producto`: a product's licence)."""
    for j, word in enumerate(words):
        if word in _WHOSE and j and words[j + 1 : j + 2] and words[j + 1] in _OWNERS and cues_in(words[:j]):
            return words[:j]
    return words
