"""How often each secret detector fires on real public schemas, and what it costs per string.

Every hit on `corpus/real` is a false positive until a person says otherwise.  Run:

    python bench/secrets_noise.py [CORPUS_DIR] [--all]

`--all` measures every detect-secrets plugin, not only the ones phiscan keeps.
"""

from __future__ import annotations

import argparse
import collections
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import phiscan.detect.secrets
from phiscan.detect.secrets import ALL_PLUGINS, DEFAULT_PLUGINS, SecretDetector

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"


# Keys that are schema vocabulary, not property names: the nearest property name of a
# string below them is the one above them (`password` for `/properties/password/enum/0`).
VOCABULARY = frozenset(
    {"properties", "patternProperties", "enum", "const", "default", "examples", "example"}
    | {"description", "title", "items", "anyOf", "oneOf", "allOf", "not", "if", "then", "else"}
    | {"pattern", "format", "type", "$comment", "x-note"}
)


def strings(node: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every object key and string value as (text, nearest property name)."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield k, key
            yield from strings(v, key if k in VOCABULARY else k)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item, key)
    elif isinstance(node, str):
        yield node, key


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--all", action="store_true", help="measure every detect-secrets plugin")
    parser.add_argument("--no-gate", action="store_true", help="run every string through every detector")
    args = parser.parse_args()
    if args.no_gate:  # to show the pre-check loses nothing
        phiscan.detect.secrets._may_hold_secret = lambda text: True

    pairs: list[tuple[str, str]] = []
    files = sorted(args.corpus.rglob("*.json"))
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        pairs.extend(strings(doc))

    detector = SecretDetector(ALL_PLUGINS if args.all else DEFAULT_PLUGINS)
    hits: collections.Counter[str] = collections.Counter()
    texts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    gated = sum(1 for text, _ in pairs if phiscan.detect.secrets._may_hold_secret(text))
    start = time.perf_counter()
    for text, key in pairs:
        for d in detector.detect(text, key):
            hits[d.recognizer] += 1
            texts[d.recognizer][f"{key!r}: {text[max(0, d.start - 30) : d.end + 30]!r}"] += 1
    elapsed = time.perf_counter() - start

    n = len(pairs)
    total = sum(hits.values())
    print(f"{len(files)} files, {n} strings, {gated} ({gated / n:.1%}) pass the pre-check")
    print(f"{elapsed / n * 1e3:.4f} ms per string overall,", end=" ")
    print(f"{elapsed / max(gated, 1) * 1e3:.3f} ms per string that passes the pre-check")
    print(f"{total} hits = {total / n * 1e4:.2f} per 10,000 strings")
    for name, count in hits.most_common():
        print(f"\n{name}: {count} ({count / n * 1e4:.2f} per 10,000)")
        for text, c in texts[name].most_common(8):
            print(f"  {c:5d}  {text[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
