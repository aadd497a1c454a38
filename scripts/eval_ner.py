"""Measure the shipped NER pipeline: synthetic held-out set, planted corpus, real-schema noise.

    python scripts/eval_ner.py [--model models/phiscan-ner] [--corpus /work/shared/corpus] [--show 20]

Without the corpus folder only the synthetic metrics are printed.  Corpus strings are
presented exactly as phiscan presents them (see `training/present.py`).  The real-schema
sample comes from files the word-list miner never read (buckets 7-9).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `training/` is a plain folder beside the package

import spacy  # noqa: E402

from training.data import test_examples  # noqa: E402
from training.mine_vocab import MINED_BUCKETS  # noqa: E402
from training.present import file_stem, present_identifier, regex_literals  # noqa: E402
from training.schema_text import bucket, iter_strings  # noqa: E402

CORPUS_LABEL = {"PERSON": "PERSON", "STREET_ADDRESS": "ADDRESS"}
_IDENT_SURFACES = frozenset({"property_name", "tool_name", "file_name"})
_REGEX_SURFACES = frozenset({"pattern", "pattern_property"})


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def synthetic(nlp: spacy.language.Language, show: int) -> None:
    """Exact-span precision/recall/F1 per label on the held-out synthetic set."""
    examples = test_examples()
    counts: dict[str, Counter[str]] = {}
    errors: list[str] = []
    for (text, gold), doc in zip(examples, nlp.pipe(t for t, _ in examples), strict=True):
        want = set(gold)
        got = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for label in {s[2] for s in want | got}:
            c = counts.setdefault(label, Counter())
            c["tp"] += len({s for s in want & got if s[2] == label})
            c["fp"] += len({s for s in got - want if s[2] == label})
            c["fn"] += len({s for s in want - got if s[2] == label})
        if want != got:
            errors.append(
                f"  {text!r}: gold={[text[s:e] + '/' + lab for s, e, lab in sorted(want)]} "
                f"pred={[text[s:e] + '/' + lab for s, e, lab in sorted(got)]}"
            )
    n_neg = sum(1 for _, g in examples if not g)
    print(f"== held-out synthetic set: {len(examples)} strings ({n_neg} with no entity), exact spans")
    for label, c in sorted(counts.items()):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"  {label:8} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={c['tp']} fp={c['fp']} fn={c['fn']})")
    for line in errors[:show]:
        print(line)


def _resolve(doc: object, pointer: str) -> object:
    node = doc
    for token in pointer.split("/")[1:] if pointer else []:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]  # type: ignore[index]
    return node


def presented(label: dict, planted: Path) -> list[str]:
    """The texts phiscan hands the model for the string a label points at."""
    surface, pointer = label["surface"], label["pointer"]
    if surface == "file_name":
        return [present_identifier(file_stem(label["file"]))]
    if surface in ("property_name", "pattern_property"):
        key = pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        return regex_literals(key) if surface == "pattern_property" else [present_identifier(key)]
    doc = json.loads((planted / label["file"]).read_text(encoding="utf-8"))
    value = _resolve(doc, pointer)
    text = value if isinstance(value, str) else json.dumps(value)
    if surface in _REGEX_SURFACES:
        return regex_literals(text)
    return [present_identifier(text)] if surface == "tool_name" else [text]


def value_parts(label: dict) -> list[str]:
    """The planted value(s) as they read in the presented text."""
    raw = label.get("raw") or label["value"]
    parts = [p.strip() for p in (raw.split(" | ") if " | " in raw else raw.split("|"))]
    if label["surface"] in _IDENT_SURFACES:
        parts = [present_identifier(p) for p in parts]
    return [p for p in parts if p]


def hits(nlp: spacy.language.Language, texts: list[str], parts: list[str], label: str | None) -> tuple[bool, bool]:
    """(every part overlapped by an entity of `label`, any entity overlaps any part)."""
    docs = list(nlp.pipe(texts))
    found_all, found_any = True, False
    for part in parts:
        found = False
        for doc in docs:
            start = doc.text.lower().find(part.lower())
            lo, hi = (start, start + len(part)) if start >= 0 else (0, len(doc.text))
            for ent in doc.ents:
                if ent.start_char < hi and ent.end_char > lo:
                    found_any = True
                    found = found or label is None or ent.label_ == label
        found_all = found_all and found
    return found_all, found_any


def planted_metrics(nlp: spacy.language.Language, planted: Path, show: int) -> None:
    labels = [json.loads(line) for line in (planted / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    print(f"== planted corpus ({planted})")
    for category, ent_label in CORPUS_LABEL.items():
        mine = [lab for lab in labels if lab["category"] == category]
        found, missed = 0, []
        for lab in mine:
            ok, _ = hits(nlp, presented(lab, planted), value_parts(lab), ent_label)
            found += ok
            if not ok:
                missed.append(f"  missed {lab['surface']}: {presented(lab, planted)}")
        print(f"  {category} recall = {found}/{len(mine)} = {found / max(len(mine), 1):.3f}")
        for line in missed[:show]:
            print(line)
    negatives = [lab for lab in labels if lab["category"] == "NONE"]
    flagged: Counter[str] = Counter()
    examples = []
    for lab in negatives:
        _, any_hit = hits(nlp, presented(lab, planted), value_parts(lab), None)
        if any_hit:
            flagged[lab["kind"]] += 1
            examples.append(f"  flagged {lab['kind']}: {presented(lab, planted)}")
    total = sum(flagged.values())
    print(
        f"  hard-negative flag rate = {total}/{len(negatives)} = {total / max(len(negatives), 1):.3f}"
        f"  by kind: {dict(flagged)}"
    )
    for line in examples[:show]:
        print(line)


def real_strings(real: Path, limit: int, seed: int = 0) -> list[str]:
    """A seeded sample of presented keys and string values from files the miner never read."""
    strings: list[str] = []
    for path in sorted(real.rglob("*.json")):
        rel = path.relative_to(real).as_posix()
        if bucket(rel) in MINED_BUCKETS:
            continue
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        strings.extend(text for _, text in iter_strings(doc, path.name) if text.strip())
    rng = random.Random(seed)
    return rng.sample(strings, min(limit, len(strings)))


def real_noise(nlp: spacy.language.Language, real: Path, limit: int, show: int) -> None:
    strings = real_strings(real, limit)
    ents: Counter[tuple[str, str]] = Counter()
    started = time.perf_counter()
    for doc in nlp.pipe(strings, batch_size=256):
        ents.update((e.label_, e.text) for e in doc.ents)
    took = time.perf_counter() - started
    by_label = Counter()
    for (label, _), n in ents.items():
        by_label[label] += n
    total = sum(by_label.values())
    print(f"== real schemas: {len(strings)} sampled strings from unseen files ({real}), {took:.1f} s")
    print(
        f"  entities per 1,000 strings = {1000 * total / max(len(strings), 1):.2f}  "
        + "  ".join(f"{k}={1000 * v / len(strings):.2f}" for k, v in sorted(by_label.items()))
    )
    for (label, text), n in ents.most_common(show):
        print(f"  {n:4} {label:8} {text!r}")


def _all_exist(paths: Iterable[Path]) -> bool:
    return all(p.exists() for p in paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "phiscan-ner")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--real-sample", type=int, default=20000)
    parser.add_argument("--show", type=int, default=15, help="error examples to print per section")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    nlp = spacy.load(args.model)
    print(f"loaded {args.model} in {time.perf_counter() - started:.2f} s")
    synthetic(nlp, args.show)
    planted, real = args.corpus / "planted", args.corpus / "real"
    if _all_exist([planted / "labels.jsonl", real]):
        planted_metrics(nlp, planted, args.show)
        real_noise(nlp, real, args.real_sample, args.show)
    else:
        print(f"(no corpus at {args.corpus}: corpus metrics skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
