"""Rebuild the generated block of `phiscan/data/vocabulary.toml`'s `[translations]` (and its pinyin initials).

Input: `scripts/sources/firefox_autofill_labels.tsv` (locale, message id, text), the labels of Firefox's address
and card forms in 109 locales, read from github.com/mozilla-l10n/firefox-l10n (MPL-2.0; the README beside it names
each file's commit).  Each label becomes a translation of the English cue phrase its message names.  Left out: a
label the table already has, one letter alone (`姓`, `성`: inside other words they are no name), a short Latin
label that is an English word (`ad`, `ten`), one that is two letters once its vowel signs are gone (Thai
`ชื่อ`), Vietnamese single words (its names are its words), and a label two
messages of one locale give different meanings (Bulgarian `презиме` is a middle name, Serbian a surname).

Then Thunderbird's address-book labels, `scripts/sources/thunderbird_vcard_labels.tsv` (birthday, name parts,
street, postal code and phone in 59 locales, github.com/thunderbird/thunderbird-l10n, MPL-2.0), read the same way.
A label written as two (`CEP/Código postal`) is read as each; a key two locales give as the name and as its part
(Armenian `անուն`) is the name; English locales' labels are left out (English cues come from FHIR, HL7 and CMS).

Then the record, card, licence, plate and account fields of `scripts/sources/field_labels.tsv` (national FHIR
guides, Presidio's context words, health and payment apps' translations; its README names each source) and of
`scripts/sources/purview_keywords.tsv` (Microsoft Purview's keyword lists; CC BY 4.0), each
read as the cue phrase its source's English label names (`GLOSSES`), and the contact, donation and account forms'
labels of `scripts/sources/l10n_labels.tsv` (about 200 languages; each read as its concept's phrase, `CONCEPTS`).
A label whose words, as the table reads them, name another category too is left out (`adreça postal`).

The words of the whole `[translations]` table in other scripts are also written in Latin, as keys often are, by
each script's standard romanisation (`scripts/romanisers.py`; needs `pip install -e ".[dev]"`).

Run from the repository root: `python scripts/build_autofill_labels.py` (rewrites the block between its markers).
A spelling is kept only as phiscan reads it with the table it is written into, so the build runs again, each time in
a new process that loads the table just written, until the table stops changing.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from field_labels import Chosen, unread, written_label  # noqa: E402

from phiscan.detect.addresses import thoroughfare  # noqa: E402
from phiscan.detect.inflection import _ASSAMESE_O  # noqa: E402
from phiscan.detect.names import is_common  # noqa: E402
from phiscan.detect.vocabtable import _spelled  # noqa: E402
from phiscan.detect.vocabulary import STRONG, cues_in, normal_words  # noqa: E402
from phiscan.detect.wordcut import plain  # noqa: E402

TOML = ROOT / "phiscan" / "data" / "vocabulary.toml"
SOURCE = ROOT / "scripts" / "sources" / "firefox_autofill_labels.tsv"
BEGIN, END = "# begin: Firefox form-autofill labels", "# end: Firefox form-autofill labels"
# the pinyin initials of three letters (`zjm`, 中间名), in `[key_only]`: in prose they are other words
SHORT_BEGIN, SHORT_END = "# begin: pinyin initials", "# end: pinyin initials"
LATIN_BEGIN, LATIN_END = "# begin: romanised", "# end: romanised"
LATIN_HEADER = """# The Latin spellings of the table's words in other scripts, as keys are often written: each script's
# standard romanisation (scripts/romanisers.py, written by scripts/build_autofill_labels.py).  Read as
# [translations] are, but matched as whole words only: their syllables (`bian`, `sho`) never cut a glued key."""

# message -> the English cue phrase it names
MESSAGES = {
    "autofill-address-given-name": "given name",
    "autofill-address-additional-name": "middle name",
    "autofill-address-family-name": "family name",
    "autofill-address-name": "name",
    "autofill-address-street-address": "street address",
    "autofill-address-street": "street address",
    "autofill-address-postal-code": "postal",
    "autofill-address-zip": "postal",
    "autofill-address-tel": "phone",
    "autofill-card-number": "card number",
    "autofill-card-number-2.label": "card number",
}
# Thunderbird's address book (vcard.ftl, aboutAddressBook.ftl): its birthday, name parts, street, postal code
# and phone labels, read as Firefox's are
THUNDERBIRD = ROOT / "scripts" / "sources" / "thunderbird_vcard_labels.tsv"
TB_MESSAGES = {
    "vcard-n-firstname": "given name",
    "vcard-n-middlename": "middle name",
    "vcard-n-lastname": "family name",
    "vcard-bday-label": "birth",
    "about-addressbook-entry-name-birthday": "birth",
    "vcard-adr-street": "street address",
    "vcard-adr-code": "postal",
    "vcard-tel-label": "phone",
}
TB_HEADER = """# Thunderbird's address-book labels (MPL-2.0): the first, middle and last name, birthday, street, postal
# code and phone number messages of <locale>/mail/messenger/addressbook/vcard.ftl and aboutAddressBook.ftl,
# github.com/thunderbird/thunderbird-l10n; from scripts/sources/thunderbird_vcard_labels.tsv (its README names
# each file's commit)."""
HEADER = """# Firefox's form-autofill labels in 109 locales (MPL-2.0): the given-name, additional-name, family-name,
# name, street-address, postal-code, zip, tel and card-number messages of <locale>/browser/browser/preferences/
# formAutofill.ftl, github.com/mozilla-l10n/firefox-l10n; written by scripts/build_autofill_labels.py from
# scripts/sources/firefox_autofill_labels.tsv (its README names each file's commit)."""


_NAME_PARTS = frozenset({"name", "given name", "family name", "middle name"})


def _categories(text: str) -> set[str]:
    """The categories `text`'s words name by a strong cue, as a phrase or each alone (`postal`, not `patient`)."""
    words = normal_words(text)
    read = [cues_in(words), *(cues_in((w,)) for w in words)]
    return {c for cues in read for c, (strength, _) in cues.items() if strength == STRONG}


def _table_lines(chosen: Chosen) -> list[str]:
    """Table lines by locale, each key once as its first locale wrote it; a key two rows give different
    meanings is left out."""
    kept: dict[str, tuple[str, str, str]] = {}
    for key, rows in chosen.items():
        if _categories(key) - _categories(rows[0][0]):
            continue  # its words, as the table now reads them, name more (`adreça postal`: a street, a post code)
        meanings = {english for english, _, _ in rows}
        if len(meanings) == 1:
            kept[key] = rows[0]
        elif "name" in meanings and meanings <= _NAME_PARTS:  # Armenian `անուն`: a given name in one form, a name
            kept[key] = next(r for r in rows if r[0] == "name")
        elif len({frozenset(cues_in(normal_words(m))) for m in meanings}) == 1:  # `familiya`: surname, family name
            kept[key] = min(rows)
    lines: list[str] = []
    for loc in sorted({loc for _, loc, _ in kept.values()}):
        lines.append(f"# {loc}")
        for english, _, written in sorted((r for r in kept.values() if r[1] == loc), key=lambda r: r[2]):
            lines.append(f"{json.dumps(written, ensure_ascii=False)} = {json.dumps(english)}")
    return lines


def block(rows: list[list[str]], have: set[str], messages: dict[str, str] = MESSAGES) -> list[str]:
    name_ids = ("autofill-address-name", "vcard-displayname")
    names = {(loc, plain(written_label(text))) for loc, mid, text in rows if mid in name_ids}
    chosen: dict[str, list[tuple[str, str, str]]] = {}
    for loc, mid, whole in rows:
        if loc.startswith("en-") or mid not in messages:  # (English is read as written, from FHIR, HL7 and CMS)
            continue
        parts = whole.split("/")  # `CEP/Código postal`, `ZIP/Posta Kodea`: each a label of its own
        for text in parts:
            if len(parts) > 1 and text.strip().isascii() and " " not in text.strip() and len(text.strip()) < 8:
                continue  # a short word split off (Albanian `Kod ZIP/Postar`: `postar` is Portuguese to post)
            _choose(chosen, names, have, loc, text, messages[mid])
    return _table_lines(chosen)


# labels that say other things as often (and `field_labels.unread`'s: an index, an anniversary): Spanish `nombre del
# medio` a medium's name (`Nombre del medio de comunicación`, `medio de pago`)
_AMBIGUOUS = frozenset({"nombre del medio"})


def _choose(chosen: Chosen, names: set[tuple[str, str]], have: set[str], loc: str, text: str, english: str) -> None:
    """Keep one label as a translation of `english`, unless the table has it or it is too short or common to say."""
    written = _ASSAMESE_O.sub("", written_label(text))  # `ক'ড` (code) is read without its apostrophe
    key = plain(written)
    if english == "street address" and " " not in key and thoroughfare(key):
        return  # Romanian `Stradă` is a street, a word inside an address (`Strada Mihai Eminescu 44`), no label
    if set(cues_in(normal_words(key))) - set(cues_in(normal_words(english))):
        return  # `dirección postal` holds the postal code's word: as a phrase, `address_postal_code` would be a street
    if english in ("given name", "family name") and (loc, key) in names:
        english = "name"  # French `Nom` is the name and the family name: only as much as "name"
    single = " " not in key
    if key.replace(" ", "") in ("zip", "zipcode", "zipkod", "zipkodu") or key in have or key in _AMBIGUOUS:
        return
    if unread(key, english):
        return
    if len(written.replace(" ", "")) <= 1 or (loc == "vi" and single) or key in ("numer", "nummer", english):
        return
    if single and len(key) <= 2 and len(key) < len(written):  # vowel signs gone: `ชื่อ` is `ชอ`, found anywhere
        return
    if single and key.isascii() and (len(key) < 4 or is_common(key)):
        return
    chosen.setdefault(key, []).append((english, loc, written))


def romanised(
    words: dict[str, tuple[str, str]], have: set[str], cue_of: Callable[[str], str]
) -> tuple[list[str], list[str]]:
    """The Latin spellings (`romanisers`) of `words` (written -> English phrase, language) that the table does not
    have yet, as table lines; and the pinyin initials of three letters, which name a field in keys only.  A
    spelling of several words is a phrase, so it is read as the cue phrase its English holds (`cue_of`: `chu
    sheng ri qi`, 出生日期, is a birth), and left out when it holds none."""
    from romanisers import initials, spellings

    chosen: dict[str, str] = {}
    short: set[str] = set()
    for written, (english, lang) in words.items():
        latins = spellings(written, lang)
        if initial := initials(written, lang):
            latins.add(initial)
            if len(initial) == 3 and initial not in have and not is_common(initial):
                short.add(initial)
        for latin in sorted(latins):
            words, read = latin.split(), normal_words(latin)
            meaning = cue_of(english) if " " in latin else english
            same = bool(cues_in(read)) and cues_in(read).keys() == cues_in(normal_words(meaning)).keys()
            other_form = len(read) == len(words) and any(map(lambda w, r: r != w and w.startswith(r), words, read))
            if other_form and not (same and " " not in latin):
                continue  # read in another form (`adeias` as `adeia`), so never matched as written (a word read as its
                # meaning, `mobilen` once the table has it, is kept)
            long_enough = len(latin.replace(" ", "")) >= 4 and latin not in have
            if not meaning:
                continue
            if (len(latin) == 3 and latin in short) or (long_enough and not (" " not in latin and is_common(latin))):
                chosen.setdefault(latin, meaning)
    lines = [f"{json.dumps(latin)} = {json.dumps(english)}" for latin, english in sorted(chosen.items())]
    return lines, sorted(short & set(chosen))


def _cut(text: str, begin: str, end: str) -> tuple[str, str]:
    """The text before a generated block and after it (all of it before, when there is none yet)."""
    before, _, rest = text.partition(begin + "\n")
    return before, rest.partition(end + "\n")[2]


def main() -> None:
    import tomllib
    from field_labels import FIELD_HEADER, FIELDS, field_block
    from romanisers import languages

    top, rest = _cut(TOML.read_text("utf-8"), SHORT_BEGIN, SHORT_END)
    head, tail = _cut(rest, BEGIN, END)
    tail, _ = _cut(tail, LATIN_BEGIN, LATIN_END)
    base = tomllib.loads(top + head + tail)
    have = {plain(k.lower()) for k in base["spellings"]} | {plain(k.lower()) for k in base["translations"]}
    with SOURCE.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t")][1:]
    lines = block(rows, have)
    have |= {plain(k) for k in tomllib.loads("[t]\n" + "\n".join(lines))["t"]}
    with THUNDERBIRD.open(encoding="utf-8", newline="") as f:
        tb_lines = block([r for r in csv.reader(f, delimiter="\t")][1:], have, TB_MESSAGES)
    lines += [TB_HEADER, *tb_lines]
    have |= {plain(k) for k in tomllib.loads("[t]\n" + "\n".join(tb_lines))["t"]}
    fields: list[list[str]] = []
    for path in FIELDS:
        with path.open(encoding="utf-8", newline="") as f:
            fields += [r for r in csv.reader(f, delimiter="\t")][1:]
    lines += [FIELD_HEADER, *field_block(fields, have, _table_lines)]
    langs = languages((top + head + "\n".join(lines) + tail).splitlines())
    ours = tomllib.loads("[t]\n" + "\n".join(lines))["t"]
    have |= {plain(k) for k in ours}
    words = {w: (e, langs.get(w, "")) for w, e in {**base["translations"], **ours}.items()}
    spelled = {w: e for w, e in base["spellings"].items() if isinstance(e, str)}
    cues = {_spelled(p, spelled) for kinds in base["cues"].values() for ps in kinds.values() for p in ps}

    def cue_of(english: str) -> str:
        """The longest cue phrase among the words of `english` (`birth date` holds `birth`), or ''."""
        seq = _spelled(english, spelled).split()
        held = [" ".join(seq[i:j]) for i in range(len(seq)) for j in range(len(seq), i, -1)]
        return max((p for p in held if p in cues), key=len, default="")

    latin, short = romanised(words, have, cue_of)
    initials = [SHORT_BEGIN, f"initials = {json.dumps(short)}", SHORT_END]
    labels = [BEGIN, HEADER, *lines, END]
    spellings = [LATIN_BEGIN, LATIN_HEADER, "[romanised]", *latin, LATIN_END]
    out = top + "\n".join(initials) + "\n" + head + "\n".join(labels) + "\n" + tail.rstrip("\n") + "\n\n"
    TOML.write_text(out + "\n".join(spellings) + "\n", "utf-8")
    print(f"{len(lines)} labels, {len(latin)} Latin spellings, {len(short)} initials written")


if __name__ == "__main__":
    if "--once" in sys.argv:
        main()
    else:
        for _ in range(4):  # each pass in a new process: phiscan's vocabulary is read once per process
            written = TOML.read_bytes()
            subprocess.run([sys.executable, __file__, "--once"], check=True)
            if TOML.read_bytes() == written:
                break
        else:
            sys.exit("the table did not settle in four passes")
