"""Write `scripts/sources/wordnet_labels.tsv`: the words the world's wordnets give for the fields phiscan reads.

The Open Multilingual Wordnet links each language's wordnet (and the Wiktionary-derived ones of a few hundred
more) to the synsets of Princeton WordNet 3.0, so one synset, "medical record", has its lemmas in Malay, Basque,
Greek and a hundred other languages.  This keeps the lemmas of the synsets below, as `field_labels.tsv`'s rows
(category, lang, phrase, gloss, source, licence): `build_autofill_labels` reads them through `field_labels.GLOSSES`.

A key's language is not known, so a lemma is left out when any language gives it for any other synset too
(`αριθμός`, any number, is also a telephone number's lemma; Italian `cliente` a customer as well as a patient,
`festa` a party as well as a birthday): such a word names the field only in a phrase.  So is a single word only
one wordnet gives for the synset that other languages use every day (wordfreq), and a lemma that is also a
person's name.

Run from the repository root, with a checkout of omwn/omw-data (`wns/`):
    python scripts/build_wordnet_labels.py PATH/TO/omw-data
"""

from __future__ import annotations

import csv
import functools
import sys
import unicodedata
from pathlib import Path

COMMIT = "f75be19ec590da12a7a5665e361690b5badb7a25"  # omwn/omw-data, 2024 (release 2.0)
OUT = Path(__file__).resolve().parent / "sources" / "wordnet_labels.tsv"
# Princeton WordNet 3.0 synset -> (category, the English lemma used as the row's gloss)
SYNSETS = {
    "06515297-n": ("MRN", "medical record"),  # medical record, medical history: a patient's record
    "10405694-n": ("MRN", "patient"),  # a person who requires medical care
    "06550206-n": ("LICENSE_NUMBER", "driver's license"),
    "03661180-n": ("VEHICLE_ID", "license plate"),
    "15252422-n": ("DATE_OF_BIRTH", "birth date"),  # the date on which a person was born
    "06426111-n": ("PHONE_NUMBER", "telephone number"),
    "06355705-n": ("ZIP_CODE", "postcode"),
    "13359690-n": ("ACCOUNT_NUMBER", "bank account"),
    "13376012-n": ("ACCOUNT_NUMBER", "credit card"),
    "06336904-n": ("PERSON", "surname"),
    "06337307-n": ("PERSON", "first name"),
}
# the wordnets whose licences ask no more than attribution (the Wiktionary-derived ones: CC BY-SA 3.0); those under
# the WordNet licence with their own notices (plWordNet, DanNet, the Hebrew, Norwegian and Chinese wordnets),
# "free to use" (the Persian) and CeCILL-C (WOLF) are left out
LICENCES = frozenset(
    {"CC BY-SA", "CC BY 3.0", "CC-BY 3.0", "CC BY SA 3.0", "CC BY SA 4.0", "Apache 2.0", "MIT", "ODC-BY 1.0"}
)
# synsets whose lemmas a field's word may share: a patient is one of "the sick" (Malay `pesakit`), a sufferer
RELATED = {"10405694-n": frozenset({"07950418-n", "10296618-n"})}


def _rows(path: Path) -> tuple[str, str, list[tuple[str, str, str]]]:
    """A wordnet file's language (from its name: some headers carry another code), licence and (synset, type,
    lemma) rows."""
    lines = path.read_text("utf-8").splitlines()
    head = lines[0].lstrip("# ").split("\t")
    rows = [tuple(line.split("\t")[:3]) for line in lines[1:] if line and not line.startswith("#")]
    lang = path.stem.split("-")[-1]
    return lang, head[3].strip() if len(head) > 3 else "", [r for r in rows if len(r) == 3]  # type: ignore[misc]


def _folded(lemma: str) -> str:
    """Lower case without marks (Hebrew's vowel points, accents), as phiscan reads a key."""
    return "".join(c for c in unicodedata.normalize("NFKD", lemma.lower()) if not unicodedata.combining(c))


# wordfreq's codes of the wordnets' languages where the ISO 639-3 code is not simply shortened
_WORDFREQ_CODES = {"zsm": "ms", "ind": "id", "tgl": "fil", "nob": "nb", "nno": "nb", "hbs": "sh", "hrv": "sh"}


@functools.cache
def _everyday(code: str) -> frozenset[str]:
    """A language's words of Zipf frequency 2 or more (wordfreq 3.1: Apache-2.0 code, CC BY-SA 4.0 data)."""
    from wordfreq import get_frequency_dict

    return frozenset(w for w, f in get_frequency_dict(code).items() if f >= 1e-7)


def _daily_in_another_language(lemma: str, lang: str) -> bool:
    """Whether a word is in everyday use in a language other than its own (wordfreq's languages that need no
    tokeniser of their own)."""
    import langcodes
    from wordfreq import available_languages

    own = _WORDFREQ_CODES.get(lang) or langcodes.standardize_tag(lang)
    others = sorted(set(available_languages()) - {"ja", "zh", "ko", own})
    return any(lemma.lower() in _everyday(code) for code in others)


def main() -> None:
    from phiscan.detect.names import listed

    wns = Path(sys.argv[1]) / "wns"
    files = [(*_rows(p), p) for p in sorted([*wns.glob("*/wn-data-*.tab"), *wns.glob("wikt/wn-wikt-*.tab")])]
    # a folded lemma -> every synset it names in any language: a key's language is not known, so a word that
    # means something else anywhere (Romansh `natalizi`, Italian's Christmas) is no sure cue
    senses: dict[str, set[str]] = {}
    # the files that give a folded lemma for a synset: one word one file alone gives is as often a slip
    # (Vietnamese `kiên nhẫn`, patience, as a patient; Romansh `anniversari`)
    attested: dict[tuple[str, str], set[Path]] = {}
    for _lang, _licence, rows, path in files:
        for synset, kind, lemma in rows:
            if kind.endswith(":lemma"):
                senses.setdefault(_folded(lemma), set()).add(synset)
                attested.setdefault((synset, _folded(lemma)), set()).add(path)

    def attested_related(synset: str, lemma: str) -> set[Path]:
        return {p for other in RELATED.get(synset, ()) for p in attested.get((other, _folded(lemma)), ())}

    out: set[tuple[str, ...]] = set()
    for lang, licence, rows, path in files:
        if lang == "eng" or licence not in LICENCES:
            continue
        source = f"omwn/omw-data@{COMMIT}:{path.relative_to(wns.parent)}"
        for synset, kind, lemma in rows:
            if synset not in SYNSETS or not kind.endswith(":lemma"):
                continue
            category, gloss = SYNSETS[synset]
            named = senses[_folded(lemma)] - RELATED.get(synset, frozenset())
            if any(SYNSETS.get(other, ("",))[0] != category for other in named):
                continue  # a word of other meanings too (Italian `cliente`, a customer; `festa`, a party)
            one_word = " " not in lemma.strip()
            alone = len(attested[(synset, _folded(lemma))] | attested_related(synset, lemma)) < 2
            if (alone and one_word and _daily_in_another_language(lemma, lang)) or (alone and lang == "vie"):
                continue  # one wordnet's word that other languages use daily (Romansh `natalizi`, Italian's
                # Christmas); Vietnamese, which spaces its syllables, needs two wordnets (`kiên nhẫn` is patience)
            bare = lemma.replace(" ", "")
            if any(c.isdigit() for c in lemma) or len(bare) <= 2 or len(lemma) > 60 or lemma.lower() == gloss:
                continue
            if listed(_folded(lemma)) or listed(lemma):
                continue  # a person's name as well (Swahili `Obama`, `mariza`)
            out.add((category, lang, lemma, gloss, source, licence))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("category", "lang", "phrase", "gloss", "source", "licence"))
        w.writerows(sorted(out))
    print(f"{len(out)} rows written to {OUT}")


if __name__ == "__main__":
    main()
