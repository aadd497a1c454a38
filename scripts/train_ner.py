"""Generate synthetic schema text, train phiscan's NER and write it to `models/phiscan-ner/`.

    python scripts/train_ner.py            # about 4-5 minutes on 2 cores

Training-time dependencies: spaCy and Faker (`pip install -e '.[test]'`).  Nothing is
downloaded: the pipeline starts blank and has no vectors.  `--work DIR` keeps the
generated data and checkpoints (a temporary directory by default).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `training/` is a plain folder beside the package

import spacy  # noqa: E402  (after the path tweak)
from spacy.cli.train import train  # noqa: E402

from training.data import SEED, build_splits  # noqa: E402

CONFIG = ROOT / "models" / "config.cfg"
OUTPUT = ROOT / "models" / "phiscan-ner"
META = {
    "name": "phiscan_ner",
    "version": "0.1.0",
    "description": "PERSON and ADDRESS recognizer for JSON Schema and LLM tool-definition text "
    "(identifiers, enum values, titles, descriptions). Trained on synthetic data only; see models/README.md.",
    "author": "phiscan",
    "license": "Apache-2.0",
    "sources": [
        {"name": "Faker (synthetic names and addresses)", "license": "MIT"},
        {
            "name": "SchemaStore and other public schemas (negative vocabulary, training/schema_words.tsv)",
            "license": "Apache-2.0",
        },
    ],
}


def main(argv: list[str] | None = None) -> int:
    """Build data, train, and install the best model; returns a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, help="keep generated data and checkpoints here")
    parser.add_argument("--max-steps", type=int, help="override [training] max_steps")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="phiscan-ner-") as tmp:
        work = args.work or Path(tmp)
        counts = build_splits(work / "data")
        print(f"data (seed {SEED}): {counts} in {time.perf_counter() - started:.0f} s", flush=True)
        overrides = {"paths.train": str(work / "data" / "train.spacy"), "paths.dev": str(work / "data" / "dev.spacy")}
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        train(CONFIG, work / "out", overrides=overrides)

        nlp = spacy.load(work / "out" / "model-best")
        nlp.meta.update(META)
        # The shipped config should not name this run's temporary data files.
        nlp.config["paths"]["train"] = None
        nlp.config["paths"]["dev"] = None
        nlp.meta["performance"] = {k: v for k, v in nlp.meta.get("performance", {}).items() if k.startswith("ents")}
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        nlp.to_disk(OUTPUT)
    size = sum(p.stat().st_size for p in OUTPUT.rglob("*") if p.is_file())
    print(f"wrote {OUTPUT} ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
