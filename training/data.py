"""Turn generated examples into spaCy `DocBin` files: a seeded train/dev split and a test set."""

from __future__ import annotations

import random
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from training.examples import Example, generate

SEED = 20261128
TEST_SEED = SEED + 1  # the held-out synthetic set is drawn from its own stream
N_TRAIN = 14000
N_DEV = 1500
N_TEST = 3000


def to_docs(examples: list[Example], nlp: spacy.language.Language) -> tuple[list[Doc], int]:
    """Docs with entities set; returns the docs and how many examples were dropped misaligned."""
    docs: list[Doc] = []
    dropped = 0
    for text, spans in examples:
        doc = nlp.make_doc(text)
        ents = [doc.char_span(s, e, label=label, alignment_mode="strict") for s, e, label in spans]
        if any(ent is None for ent in ents):
            dropped += 1
            continue
        doc.ents = ents
        docs.append(doc)
    return docs, dropped


def build_splits(out_dir: Path, n_train: int = N_TRAIN, n_dev: int = N_DEV) -> dict[str, int]:
    """Write `train.spacy` and `dev.spacy` under `out_dir`; returns counts for the log."""
    nlp = spacy.blank("en")
    examples = generate(random.Random(SEED), n_train + n_dev)
    # De-duplicate before splitting so no dev string is also a train string.
    unique = list(dict.fromkeys((t, tuple(s)) for t, s in examples))
    random.Random(SEED).shuffle(unique)
    dev_ex, train_ex = unique[:n_dev], unique[n_dev:]
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name, part in (("train", train_ex), ("dev", dev_ex)):
        docs, dropped = to_docs([(t, list(s)) for t, s in part], nlp)
        DocBin(docs=docs).to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(docs)
        counts[f"{name}_dropped"] = dropped
        counts[f"{name}_negative"] = sum(1 for d in docs if not d.ents)
    return counts


def test_examples(n: int = N_TEST) -> list[Example]:
    """The held-out synthetic set (same generators, an independent seed)."""
    return generate(random.Random(TEST_SEED), n)
