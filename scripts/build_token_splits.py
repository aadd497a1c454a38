"""Write phiscan/data/token_splits.json: where the shipped pipeline's tokenizer splits its special cases.

spaCy's English tokenizer splits some words between two letters ("Cannot" -> "Can" "not",
"Wont" -> "Wo" "nt"); `phiscan.prefilter.may_hold_name` must know those cut points to put every
span the name model could return to the policy's name check.  Run after changing the model:

    python scripts/build_token_splits.py

`tests/test_prefilter.py` fails when the file and the model disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "phiscan" / "data" / "token_splits.json"


def token_splits(nlp: Any) -> dict[str, list[int]]:
    """Special case -> offsets inside it where the tokenizer starts a new token (cases of one token left out)."""
    from spacy.symbols import ORTH

    out: dict[str, list[int]] = {}
    for key, tokens in nlp.tokenizer.rules.items():
        forms = [t[ORTH] if ORTH in t else t["ORTH"] for t in tokens]
        offsets, pos = [], 0
        for form in forms[:-1]:
            pos += len(form)
            offsets.append(pos)
        if offsets:
            out[key] = offsets
    return dict(sorted(out.items()))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from phiscan.detect.model import load_pipeline, resolve_model

    OUT.write_text(
        json.dumps(token_splits(load_pipeline(resolve_model(None))), ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
