"""Mine schema vocabulary from real public schemas into `training/schema_words.tsv`.

    python -m training.mine_vocab /work/shared/corpus/real [--hard-from models/phiscan-ner]

With `--hard-from`, every mined string (not only the capped sample) is run through an
earlier model and the ones it flags go to a `hard` section: the second round of hard
negatives, the mistakes a model trained without them actually makes.

Only files in buckets 0-6 of `schema_text.bucket` are read; buckets 7-9 stay unseen so
`scripts/eval_ner.py` can measure noise on real text the model never trained on.  Strings
that look like they hold a personal name (a Faker first name followed by a Faker last
name), an email or a URL are dropped: everything kept becomes a hard negative.
The output is committed, so training does not need the corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

from training.names import name_word_sets
from training.schema_text import bucket, iter_strings

# Folders mined, with their licences (see the corpus MANIFEST for commits).
SOURCES = {
    "schemastore": "SchemaStore/schemastore@3b6446ad8a077bac56f4a4796c0b7fd88927fc8e src/schemas/json (Apache-2.0)",
    "openapi-healthcare": "CMSgov/bluebutton-web-server@ba0c6856a51c13bd849da2fcc0d6e44eed08dc73 static/openapi.yaml (Apache-2.0)",  # noqa: E501 (a source id kept whole)
    "fhir": "phtal-org/fhir-schema-json@00cc6811e02c2b41b2fab0da168166671fb91430 schema.json (HL7 FHIR R4, CC0-1.0)",
    "tools-anthropic": "ShishirPatil/gorilla@6ea57973c7a6097fd7c5915698c54c17c5b1b6c8 BFCL v4 function docs (Apache-2.0)",  # noqa: E501 (a source id kept whole)
}
MINED_BUCKETS = range(7)
CAPS = {"ident": 7000, "short": 3500, "sentence": 3000}
HARD_CAP = 4000
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_IDENT_ROLES = frozenset({"property_name", "tool_name", "file_name"})
_SHORT_ROLES = frozenset({"enum", "const", "title", "default", "examples", "value", "pattern", "pattern_property"})


def looks_personal(text: str) -> bool:
    """True when the text may name a person or carries an email/URL."""
    if "@" in text or "://" in text or "www." in text:
        return True
    firsts, lasts = name_word_sets()
    words = _WORD.findall(text)
    for a, b in pairwise(words):
        if a[:1].isupper() and b[:1].isupper() and a.lower() in firsts and b.lower() in lasts:
            return True
    return False


def maybe_name(text: str) -> bool:
    """ "Priya Exampleton": a first name then another capitalised word may be a real name.

    Such strings are left out rather than taught as non-names.
    """
    words = text.split()
    return len(words) == 2 and words[0].lower() in name_word_sets()[0] and words[1][:1].isupper()


def classify(role: str, text: str) -> str | None:
    """Which word-list section a presented string belongs to, or None to skip it."""
    text = " ".join(text.split())
    n_words = len(text.split())
    if not text or not any(ch.isalpha() for ch in text) or len(text) > 200:
        return None
    if role in _IDENT_ROLES:
        return "ident" if n_words <= 8 else None
    if role in _SHORT_ROLES and n_words <= 6:
        return None if maybe_name(text) else "short"
    if role in ("description", "value", "title", "$comment", "markdownDescription") and 3 <= n_words <= 30:
        return "sentence"
    return None


def mine(root: Path) -> dict[str, Counter[str]]:
    """Count presented strings per section (in how many files each occurs) in the mined buckets."""
    found: dict[str, Counter[str]] = {k: Counter() for k in CAPS}
    for folder in SOURCES:
        for path in sorted((root / folder).glob("*.json")):
            rel = f"{folder}/{path.name}"
            if bucket(rel) not in MINED_BUCKETS:
                continue
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            seen: set[tuple[str, str]] = set()
            for role, text in iter_strings(doc, path.name):
                pieces = _SENTENCE_END.split(text) if role in ("description", "value") else [text]
                for piece in pieces:
                    piece = " ".join(piece.split())
                    kind = classify(role, piece)
                    if kind and (kind, piece) not in seen and not looks_personal(piece):
                        seen.add((kind, piece))
                        found[kind][piece] += 1
    return found


def flagged_by(model: Path, found: dict[str, Counter[str]]) -> list[str]:
    """Mined strings on which an earlier model found any entity."""
    import spacy  # late: mining without a model does not need spaCy

    nlp = spacy.load(model)
    texts = sorted({t for counter in found.values() for t in counter})
    return [doc.text for doc in nlp.pipe(texts, batch_size=512) if doc.ents and not maybe_name(doc.text)]


def main(argv: list[str]) -> int:
    """Write the word list; returns a process exit code."""
    parser = argparse.ArgumentParser(description="Mine schema vocabulary for hard negatives.")
    parser.add_argument("root", type=Path, nargs="?", default=Path("/work/shared/corpus/real"))
    parser.add_argument("--hard-from", type=Path, help="an earlier model whose false positives to keep")
    args = parser.parse_args(argv)
    out = Path(__file__).with_name("schema_words.tsv")
    rng = random.Random(0)
    found = mine(args.root)
    lines = [
        "# Schema vocabulary mined from public schemas by training/mine_vocab.py (buckets 0-6 only).",
        "# Used as hard negatives (text that holds no personal name) when training models/phiscan-ner.",
        *(f"# source: {src}" for src in SOURCES.values()),
        "# Format: <section>\\t<text>; sections: ident (presented identifiers), short (enum/title values), sentence,",
        "# hard (strings an earlier model flagged; see --hard-from).",
    ]
    for kind, cap in CAPS.items():
        # The most widespread strings first (`boolean`, `Name`), then a seeded sample of the rest.
        ranked = [t for t, _ in sorted(found[kind].items(), key=lambda kv: (-kv[1], kv[0]))]
        common, rest = ranked[: cap // 3], sorted(ranked[cap // 3 :])
        chosen = sorted(common + rng.sample(rest, min(cap - len(common), len(rest))))
        pool = ranked
        lines += [f"{kind}\t{t}" for t in chosen]
        print(f"{kind}: {len(pool)} distinct, kept {len(chosen)}")
    if args.hard_from:
        hard = flagged_by(args.hard_from, found)
        chosen = sorted(rng.sample(hard, min(HARD_CAP, len(hard))))
        lines += [f"hard\t{t}" for t in chosen]
        print(f"hard: {len(hard)} flagged by {args.hard_from}, kept {len(chosen)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
