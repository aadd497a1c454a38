"""Write `scripts/sources/wordnet_labels.tsv`: the words the world's wordnets give for the fields phiscan reads.

The Open Multilingual Wordnet links each language's wordnet (and the Wiktionary-derived ones of a few hundred
more) to the synsets of Princeton WordNet 3.0, so one synset, "medical record", has its lemmas in Malay, Basque,
Greek and a hundred other languages.  This keeps the lemmas of the synsets below, as `field_labels.tsv`'s rows
(category, lang, phrase, gloss, source, licence): `build_autofill_labels` reads them through `field_labels.GLOSSES`.

A lemma is left out when the same language gives it for a wider synset too (`αριθμός`, any number, is also a
telephone number's lemma; `konto`, any account, a bank account's): such a word names the field only in a phrase.

Run from the repository root, with a checkout of omwn/omw-data (`wns/`):
    python scripts/build_wordnet_labels.py PATH/TO/omw-data
"""

from __future__ import annotations

import csv
import sys
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
# wider synsets: a lemma one of them also holds in its language names more than the field (found by their
# English lemmas in the Wiktionary wordnet's English file)
WIDER = frozenset(
    {
        "number", "numeral", "date", "day", "code", "card", "document", "history", "plate", "license", "licence",
        "permit", "record", "file", "case", "account", "telephone", "phone", "name", "book", "register",
        "registration", "certificate", "identity", "index", "post", "mail", "address", "bank", "birthday",
        "anniversary", "credit", "person", "individual", "sick person", "invalid", "family", "report", "dossier",
        "chart", "paper", "deposit", "agreement", "contract", "charge account", "call", "diploma", "clan", "lineage",
        "bill", "invoice", "calculation", "reckoning", "story", "tale", "sick",
    }
)  # fmt: skip


def _rows(path: Path) -> tuple[str, str, list[tuple[str, str, str]]]:
    """A wordnet file's language, licence and (synset, type, lemma) rows."""
    lines = path.read_text("utf-8").splitlines()
    head = lines[0].lstrip("# ").split("\t")
    rows = [tuple(line.split("\t")[:3]) for line in lines[1:] if line and not line.startswith("#")]
    return head[1], head[3].strip() if len(head) > 3 else "", [r for r in rows if len(r) == 3]  # type: ignore[misc]


def main() -> None:
    wns = Path(sys.argv[1]) / "wns"
    english = _rows(wns / "wikt" / "wn-wikt-eng.tab")[2]
    wider = {synset for synset, kind, lemma in english if kind.endswith("lemma") and lemma in WIDER}
    wider -= set(SYNSETS)
    files = [(*_rows(p), p) for p in sorted([*wns.glob("*/wn-data-*.tab"), *wns.glob("wikt/wn-wikt-*.tab")])]
    broad: dict[str, set[str]] = {}  # a language's lemmas of the wider synsets, over all its wordnets
    for lang, _licence, rows, _path in files:
        broad.setdefault(lang, set()).update(
            lemma.lower() for synset, kind, lemma in rows if synset in wider and kind.endswith(":lemma")
        )
    out: set[tuple[str, ...]] = set()
    for lang, licence, rows, path in files:
        if lang == "eng" or not licence:
            continue
        source = f"omwn/omw-data@{COMMIT}:{path.relative_to(wns.parent)}"
        for synset, kind, lemma in rows:
            if synset not in SYNSETS or not kind.endswith(":lemma") or lemma.lower() in broad[lang]:
                continue
            if any(c.isdigit() for c in lemma) or len(lemma) > 60:
                continue
            category, gloss = SYNSETS[synset]
            if lemma.lower() == gloss:
                continue  # the English word itself, as some wordnets keep it
            out.add((category, lang, lemma, gloss, source, licence))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("category", "lang", "phrase", "gloss", "source", "licence"))
        w.writerows(sorted(out))
    print(f"{len(out)} rows written to {OUT}")


if __name__ == "__main__":
    main()
