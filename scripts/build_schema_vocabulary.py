"""Build phiscan/data/schema_vocabulary.txt.gz: the words public API schemas name their properties with.

A word that several distinct property names of public APIs are made of (`max_backoff`, `markComment`,
`reason_link`) is vocabulary there, even when it is also a given name (`Max`, `Mark`, `Reason`): the name
model's spans in keys made of such words are not people.

    python scripts/build_schema_vocabulary.py DIGITALOCEAN_SPEC_DIR STRIPE_FIXTURES3_JSON

Inputs (pinned): digitalocean/openapi@7c1300c479fed9c353cda9fc21cd968619552304 `specification/` (Apache-2.0), whose
property and parameter names are read, and stripe/openapi@f6c2a48fbac2819d1feba8143d942ffc65e1c0d2
`openapi/fixtures3.json` (MIT), Stripe's example API objects, whose keys are read; and the identifiers and short
values of `training/schema_words.tsv` (mined from SchemaStore, HL7 FHIR, Blue Button and BFCL; sources in its header).
"""

from __future__ import annotations

import collections
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from phiscan.surfaces.identifiers import split_identifier

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "schema_vocabulary.txt.gz"
MIN_KEYS = 2  # distinct property names a word must be part of


def property_names(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "properties" and isinstance(v, dict):
                out.update(str(name) for name in v)
            elif k == "parameters" and isinstance(v, list):
                out.update(str(p["name"]) for p in v if isinstance(p, dict) and isinstance(p.get("name"), str))
            property_names(v, out)
    elif isinstance(node, list):
        for v in node:
            property_names(v, out)


def object_keys(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        out.update(str(k) for k in node)
        for v in node.values():
            object_keys(v, out)
    elif isinstance(node, list):
        for v in node:
            object_keys(v, out)


def main(do_dir: str, stripe_json: str) -> None:
    names: set[str] = set()
    for path in sorted(Path(do_dir).rglob("*.y*ml")):
        try:
            property_names(yaml.safe_load(path.read_text("utf-8")), names)
        except yaml.YAMLError:
            continue
    object_keys(json.loads(Path(stripe_json).read_text("utf-8")), names)
    mined = Path(__file__).resolve().parent.parent / "training" / "schema_words.tsv"
    for line in mined.read_text("utf-8").splitlines():
        section, _, text = line.partition("\t")
        if section in ("ident", "short"):
            names.add(text)
    keys_per_word: collections.Counter[str] = collections.Counter()
    for name in names:
        for word in set(split_identifier(name).text.lower().split()):
            if word.isalpha() and len(word) >= 3:
                keys_per_word[word] += 1
    words = sorted(w for w, n in keys_per_word.items() if n >= MIN_KEYS)
    header = (
        "# words of at least two distinct property names of public schemas (scripts/build_schema_vocabulary.py)\n"
        "# source: digitalocean/openapi@7c1300c479fed9c353cda9fc21cd968619552304 specification/ (Apache-2.0)\n"
        "# source: stripe/openapi@f6c2a48fbac2819d1feba8143d942ffc65e1c0d2 openapi/fixtures3.json (MIT)\n"
        "# source: training/schema_words.tsv identifiers and short values (sources and licences in its header)\n"
    )
    OUT.write_bytes(gzip.compress((header + "\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(names)} property names, {len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
