"""Names as labels print them, after a label for a person's name or a word that introduces a person: initials
and a surname, family/given, two or three capitalised words (`Patient: Ozioma Tshabalala-Nwankwo`,
`Ime i prezime: Rimma Cibenko`)."""

from __future__ import annotations

import itertools
import re

from phiscan.detect.everyday import everyday_elsewhere
from phiscan.detect.namefind import PERSON_WORDS
from phiscan.detect.nameforms import caseless_name
from phiscan.detect.names import (
    SIGNS,
    gazetteer,
    is_common,
    is_place,
    is_title,
    known_full_name,
    listed,
    name_parts,
    schema_word,
)
from phiscan.detect.reserved import is_stand_in_name, is_stand_in_surname
from phiscan.detect.unlisted import foreign_phrase, mixed_cases, unlisted_after_label
from phiscan.policy.titled import TITLE, surname_after
from phiscan.types import Detection

GAZETTEER_SCORE = 0.6
MAX_TEXT = 100_000  # as `Limits.max_string_chars`: a longer text's tail is read by the pattern recognizers only
# words that say the name after them is a person's (`owner: Sione Tuilagi`, `reviewed by`, `Dr.`)
# `patient` in the languages the vocabulary reads (`la paciente Lucía Quispe`, `pacjent Tariel Zoidze`)
_PATIENT = (
    "paciente|paziente|pacjent|pacjenta|pacient|pacienta|pacientas|patsient|potilas|beteg|pasien|asthenis|patientin"
)
# the roles only a person has, besides the patient's kin (`Emergency contact:`, `Cardholder:`, `Witness:`)
_ROLES = (
    "emergency contact|contact person|account holder|cardholder|policyholder|employee|student|applicant|witness|"
    "signatory|dependent"
)
# (before a name and an organisation's word a role is the organisation's: `Employee Henry Ford Health System badge`)
BEFORE_A_PERSON = (
    rf"{_PATIENT}|"
    r"patient|member|subscriber|guardian|guarantor|insured|beneficiary|caregiver|spouse|parent|kin|contact|attn|"
    r"owner|nurse|mother|father|wife|husband|son|daughter|(?:assigned|escalated|referred|sent) to|"
    r"escalated for|on behalf of|"
    r"(?:reviewed|requested|approved|signed|seen|reported|entered|ordered) by"
)
INTRODUCING_WORDS = rf"{_ROLES}|{BEFORE_A_PERSON}"
# what only people do or are, before a name no list holds (`Escalated for Daridai Khiratai.`); not `owner`, `contact`,
# `sent to` or `for`, which stand before teams and products; the titles as written (`MS` is multiple sclerosis too)
ONLY_BEFORE_A_PERSON = (
    rf"{_PATIENT}|patient|guardian|guarantor|spouse|next of kin|emergency contact|witness|signatory|cardholder|"
    r"policyholder|account holder|attn|(?-i:Dr|Mr|Mrs|Ms|Mx)|escalated for|on behalf of|"
    r"(?:reviewed|requested|approved|signed|seen|reported|entered|ordered) by"
)


def gazetteer_hit(text: str, a: int, b: int) -> Detection:
    return Detection("PERSON", a, b, GAZETTEER_SCORE, "phiscan:names", text[a:b])


# `Adeyemi-Bakare`, `O'Bakare`, with Brahmic, Thai, Lao, Myanmar and Khmer vowel signs (no word characters: read once)
_SIGNS = f"[{SIGNS}]"
_WORD = rf"[^\W\d_](?:[^\W\d_]|(?={_SIGNS})\W)*(?:['\u2019-][^\W\d_]+)*"
_WORD_RX = re.compile(_WORD)
# a record's line: its name is a person's
_BIRTH = re.compile(r"(?i)\b(?:dob|d\.o\.b|date of birth|birth ?date|born)\b")
# a name as a label prints it: `R. T. Moreno`, `Moreno/Raquel` (a pharmacy label's family/given), `MORENO, Raquel`,
# `Demirci Emre`, `Iosefa P. Perez`; a closing quote ends it, a possessive's does not
_LABELLED = re.compile(
    rf"(?<![\w./^-])(?<!\w')(?:(?:[^\W\d_]\. ?){{1,2}}{_WORD}|{_WORD}/{_WORD}|{_WORD}, {_WORD}(?: {_WORD})?"
    rf"|{_WORD} [^\W\d_]\. {_WORD}|{_WORD}(?: {_WORD}){{1,2}})(?![\w/^-]|'\w)"
)
# a label that names a person's name (`insured's name (box 4)`, `patient name:`), or a word that introduces one
_BEFORE_A_NAME = re.compile(
    # each run of spaces belongs to one optional part, so a long run is read once, not once per way to share it
    rf"(?:\b|(?<=[a-z]_))(?:(?i:(?P<label>name)(?:\s*\([^()]{{0,16}}\))?(?:\s*[:=-]| is)?)"  # and `patient_name=`
    # markup around a label (`**Patient:**`, `<b>Patient</b>:`, `| Patient |`), and an apposition (`the patient, X,`)
    rf"|(?i:{INTRODUCING_WORDS})(?:</\w{{1,6}}>|\*\*)?\.?:?(?:\*\*| \|)?,?|(?P<title>{TITLE}))"
    r"(?:\s+[\"'\u201c\u2018]?|(?<![:=-])\s*=\s*[\"']?)(?=[^\W\d_])"  # titles as written (`in ms. VR FD` is a
    # unit); `patient="..."`, `Patient: 'Farida Haidari'`
)
# what may follow a person's name and says it is one: `(patient)`, `, born 1957`, ` DOB 11/23/1957` (a name no list
# holds too); `(member)`, `'s chart`, `'s address` (a company's as often: the lists must agree)
_AFTER_A_NAME = re.compile(
    r"(?i:(?P<own> \((?:patient|pt|dob\b[^()]{0,20})\)|,? (?:(?:born|dob)\b|b\.(?=\s*\d)|d\.o\.b\.?))"
    r"| \((?:member|insured|subscriber|guardian)\)"
    r"|['\u2019]s (?:chart|record|mrn|dob|date of birth|medical|file|insurance|phone|address)\b)"
)


def labelled_names(text: str) -> list[Detection]:
    """A name written after a label for a person's name or a word that introduces a person, in the forms labels
    print names: initials and a surname, family/given, two or three capitalised words, or the same in capitals.
    Capitalised words need a given name or surname the lists hold, family/given a listed surname and given name
    (initials and a surname need no list), and no word may be a dictionary, schema or place word no list holds: after
    `signed by` or `ordered by` products and sort keys stand as often as people (`Sigstore Cosign`, `ID DESC`).
    After a label only a person has (`patient name:`, `guardian`, `Ime i prezime:`) two or three need no list."""
    from phiscan.detect.vocabulary import STRONG, cues_in, field_label, normal_words, phrase_head

    text = text[:MAX_TEXT]
    out: dict[tuple[int, int], Detection] = {}
    for cue in itertools.islice(_BEFORE_A_NAME.finditer(text), _MAX_LABELS):  # the whole text: cheap, bounded
        label = normal_words(text[max(0, cue.start() - 30) : cue.start()]) if cue.group("label") else ()
        born = cue.group("label") is not None and _BIRTH.search(text, cue.end(), cue.end() + 80) is not None
        strong = cue.group("label") and cues_in((*label, "name")).get("PERSON", (0, 0))[0] == STRONG  # `Full name`
        if cue.group("label") and not (strong or born or _WHOSE_NAME.intersection(label) or "PERSON" in cues_in(label)):
            continue  # `file name:`, `display name`, `project name`: a name, but not a person's (`Name: X; DOB: Y` is)
        if text[cue.start() - 1 : cue.start()] == "_" and not _ONLY_PEOPLE.intersection(label):
            continue  # a key's `patient_name=` as code writes it; `customer_name='Wells Fargo'` is a company's as often
        # (a customer's or an employee's name is as often a company's: the lists must agree)
        only_a_person = (
            born or bool(_ONLY_PEOPLE.intersection(label)) or _KIN.fullmatch(_bare(cue.group(0))) is not None
        )
        found = _name_after(text, cue.end(), only_a_person, capitals=only_a_person and cue.group("label") is not None)
        if not found and cue.group("title"):
            span = surname_after(text, cue.group("title"), cue.end())
            found = [gazetteer_hit(text, *span)] if span else []
        out.update(((d.start, d.end), d) for d in found)
    for cue in itertools.islice(_AFTER_A_NAME.finditer(text), _MAX_LABELS):
        out.update(((d.start, d.end), d) for d in _name_before(text, cue.start(), cue.group("own") is not None))
    starts = {start for start, _ in out}
    for cue in itertools.islice(_COLON_LABEL.finditer(text), _MAX_LABELS):
        if cue.end() in starts or _LABELLED.match(text, cue.end()) is None:
            continue  # read already after its English label, or no name after it (the vocabulary costs a load)
        words = normal_words(cue.group(1))
        person = cues_in(words).get("PERSON", (0, -1))
        named = "patient" in words or person[0] == STRONG or _KIN.fullmatch(" ".join(words))
        # not `Patient portal:`; each word a person's (`Emergency contact:`) or a strong phrase heads it (`Last Name`)
        head = person[0] == STRONG and phrase_head(words, person[1])
        if named and (head or field_label(cue.group(1)) or not any(_other_word(w) for w in words)):
            capitals = head and not _KIN.fullmatch(" ".join(words))  # a name's label, not a role's (`Patient:`)
            out.update(((d.start, d.end), d) for d in _name_after(text, cue.end(), True, capitals=capitals))
    return list(out.values())


# a description's example (`The patient's name, e.g. Tariel Zoidze`, `Example: "Ngozi Okwuosa"`)
_EXAMPLE = re.compile(r"(?i)(?:\be\.g\.|\bfor (?:example|instance),?|\bexample:|\bsuch as)\s+[\"'`\u201c]?")


def example_names(text: str, context: tuple[str, ...]) -> list[Detection]:
    """Names given as the example of a person's name: in a description under a key strongly naming a person
    (`patient_name` in `context`), or after such words in the example's own sentence (`Patient name, for example
    X`).  Two or three words no list holds count, as after a label only a person has."""
    from phiscan.detect.contextcues import context_cues
    from phiscan.detect.vocabulary import STRONG, cues_in, normal_words

    out: list[Detection] = []
    keyed: bool | None = None  # asked once, when an example is met
    for cue in itertools.islice(_EXAMPLE.finditer(text, 0, MAX_TEXT), _MAX_LABELS):
        if _LABELLED.match(text, cue.end()) is None:
            continue
        if keyed is None:
            keyed = context_cues(context).get("PERSON", (0, -1))[0] == STRONG if context else False
        before = text[max(0, cue.start() - 80) : cue.start()]
        sentence = re.split(r"[.;:!?]\s", before)[-1]
        person = keyed or cues_in(normal_words(sentence)).get("PERSON", (0, -1))[0] == STRONG
        if person:
            out.extend(_name_after(text, cue.end(), True))
    return out


def _bare(label: str) -> str:
    return re.sub(r"</\w+>|[*|,]", "", label).strip().rstrip(".:").strip().lower()


def _name_before(text: str, end: int, only_a_person: bool) -> list[Detection]:
    """A name of two or three capitalised words, or family, given, that ends right where a word saying whose it
    is begins (`Tariel Zoidze (patient)`, `Zoidze, Tariel, born 1957`; `Maria Gonzalez's chart` with listed names)."""
    words = list(_WORD_RX.finditer(text, max(0, end - 80), end))
    for n in (3, 2):
        run = words[-n:]
        if len(run) < n or run[-1].end() != end or (run[0].start() > 0 and text[run[0].start() - 1] not in " \t\n("):
            continue
        if all(text[a.end() : b.start()] in (" ", ", ") for a, b in itertools.pairwise(run)):
            found = _name_after(text, run[0].start(), only_a_person, end)
            # `'s chart`, `(member)`: a company's as often, so a given name and a surname the lists hold
            if found and found[0].end == end and (only_a_person or known_full_name(found[0].matched)):
                return found
    return []


def _other_word(word: str) -> bool:
    """A word of a label that names something besides a person's name (`portal`, `sex`, `id`, `resource`)."""
    if word in _ONLY_PEOPLE or word in _JOINING:
        return False
    return len(word) <= 2 or is_common(word) or schema_word(word)


def _name_after(
    text: str, at: int, only_a_person: bool, endpos: int | None = None, capitals: bool = False
) -> list[Detection]:
    """A name as labels print it at `at`; with `capitals`, after a label naming a name, its family name may stand in
    capitals beside the given names (`Full name: Dravik OSSELIN`), which after a role are a vendor's (`Philips IX`)."""
    m = _LABELLED.match(text, at, len(text) if endpos is None else endpos)
    if m is None:
        return []
    end = m.end()
    if only_a_person and m.group().islower() and not text[end:].strip(" .;"):
        return _lower_case_name(text, m)
    lower = next((w for w in re.finditer(r" (\w)", m.group()) if w[1].islower()), None)
    if lower is not None and only_a_person:
        end = m.start() + lower.start()  # `Yerlan Abenov signed`: the name ends where the sentence goes on
    words = [w for w in re.split(r",? |/", text[m.start() : end]) if len(w.strip(".")) > 1]
    family_first = "/" in m.group() or "," in m.group()
    if end < m.end() and len(words) < 2:
        return []  # `Subscriber Optin or not`: one capitalised word before a sentence goes on
    if only_a_person and not family_first and caseless_name(" ".join(words), unlisted=True):
        return [gazetteer_hit(text, m.start(), end)]  # `Next of kin: አበበ ቢቂላ`: a script without capitals
    if (
        not any(len(w) > 3 for w in words)
        or not all(w[0].isupper() for w in words)
        or mixed_cases(words, "," in m.group(), capitals)
    ):
        return []  # `ID DESC`, `VR FD`: codes
    plain = [w.title() if w.isupper() else w for w in words]
    upper_family = "," in m.group() and len(words) > 1 and words[0].isupper() and not words[1].isupper()
    if (
        any(_a_word(w) for w in plain)
        or foreign_phrase(plain)
        or (len(plain) > 1 and (is_place(plain) or ("," in m.group() and is_place(plain, True))))  # `Kenya, Nairobi`
        or not (
            _listed(plain, family_first)
            or (
                only_a_person
                and len(plain) > 1
                and "/" not in m.group()
                and unlisted_after_label(plain if upper_family else words, family_first=upper_family)
            )
        )
    ):
        return []
    return [gazetteer_hit(text, m.start(), end)]


# words that introduce only a person; `owner`, `contact`, `signed by` also introduce products and teams
_KIN = re.compile(
    r"patient|guardian|guarantor|insured|beneficiary|caregiver|spouse|kin|mother|father|wife|husband|daughter|nurse|"
    rf"next of kin|responsible party|{_ROLES}|{_PATIENT}"
)
# the words of a label only a person's name has (`patient name`, `full name`, `next of kin`)
_ONLY_PEOPLE = frozenset(
    re.findall(r"\w+", "patient guardian guarantor insured beneficiary caregiver spouse kin mother father wife husband")
    + re.findall(r"\w+", "daughter name names full given family first last middle surname maiden legal person next")
)
# the small words that join a label's words in the languages the vocabulary reads (`nome do paciente`, `ime i
# prezime`, `nom et prénom`)
_JOINING = frozenset(re.findall(r"\w+", "of the de du des del do da di i и e y a et und en og och ja la"))
# a label of up to four words (`last_name`, `full-name`, `F.I.O.`, `Vorname/Nachname`), a qualifier (`(legal)`), a
# colon (full-width too) or a spaced dash (`Full nm - `)
_LABEL_WORD = rf"[^\W\d_](?:[^\W\d_]|(?=[{SIGNS}])\W)*"  # with the vowel signs of the scripts that write them (`रोगी`)
_COLON_LABEL = re.compile(
    rf"(?<![\w'{SIGNS}-])((?:{_LABEL_WORD}(?:[ _'\u2019/-]|\.(?=[^\W\d_]))){{0,3}}{_LABEL_WORD})"
    r"\.?(?: ?\([^()\n]{1,24}\)| ?\[[^\[\]\n]{1,24}\])?(?: ?[:\uff1a=] ?| - )(?=[^\W\d_])"
)
_MAX_LABELS = 50_000
_WHOSE_NAME = PERSON_WORDS | {"customer", "employee"}  # the words of a key about one person, and these


def _lower_case_name(text: str, m: re.Match[str]) -> list[Detection]:
    """Two or three words in lower case that end the text after a label only a person has (`Patient name: maria
    gonzalez`, as a form's export writes them): each a given name or a surname the lists hold (lower case is prose's
    and code's case: `hapi fhir`, `pinyin hanzi`), none a dictionary, schema or everyday word, nor a stand-in's."""
    words = m.group().split()
    plain = [w.title() for w in words]
    if not 2 <= len(words) <= 3 or any(len(w) < 3 or _a_word(w) or everyday_elsewhere(w) for w in plain):
        return []
    if not all(any(listed(p) for p in name_parts(w)) for w in plain) or is_place(plain):
        return []
    stand_in = is_stand_in_name(" ".join(plain)) or any(is_stand_in_surname(w) for w in words)
    if stand_in or {"alice", "bob"} <= set(words):
        return []  # `pat doe`; cryptography's Alice and Bob
    return [gazetteer_hit(text, m.start(), m.end())]


def _listed(words: list[str], slashed: bool) -> bool:
    """A given name or a surname the lists hold among `words` (`Funmilayo Ogunleye`, `Kang Hae`: lists hold
    few given names of some cultures); family/given: a surname and a given name."""
    given, surnames = gazetteer("given_names"), gazetteer("surnames")

    def known(word: str, names: frozenset[str]) -> bool:
        return any(p in names for p in name_parts(word))

    if slashed:  # or family, given
        return len(words) in (2, 3) and known(words[0], surnames) and known(words[1], given)
    if len(words) == 1:  # initials and a surname: a person's form, whose surname no list need hold
        return True
    return any(known(w, given) or known(w, surnames) for w in words)


def _a_word(word: str) -> bool:
    """A dictionary, schema or title word that no name list holds (`Lewis` is both: the name wins)."""
    if is_title(word) or schema_word(word):
        return True
    return is_common(word) and not any(
        p in gazetteer("surnames") or p in gazetteer("given_names") for p in name_parts(word)
    )
