"""Build phiscan/data/test_numbers.txt: card numbers and IBANs published for testing, which stand for nobody.

    python scripts/build_test_numbers.py

Input: `scripts/sources/adyen_testcards/` (Adyen's test cards, gift cards and IBANs, MIT) and
`scripts/sources/iban_registry/examples.tsv` (the example IBAN of each country in SWIFT's IBAN Registry); the READMEs
beside them name the commits.  Each number is written as phiscan compares them: without spaces and dashes, in
capitals.  The card brands' and other processors' best-known test numbers stay in `phiscan.detect.reserved` itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "scripts" / "sources" / "adyen_testcards"
REGISTRY = ROOT / "scripts" / "sources" / "iban_registry" / "examples.tsv"
OUT = ROOT / "phiscan" / "data" / "test_numbers.txt"


def _plain(number: str) -> str:
    return re.sub(r"[\s-]", "", number).upper()


def main() -> None:
    cards = json.loads((SOURCE / "cards.json").read_text("utf-8"))
    gifts = json.loads((SOURCE / "giftcards.json").read_text("utf-8"))
    ibans = json.loads((SOURCE / "ibans.json").read_text("utf-8"))
    numbers = {_plain(item["cardnumber"]) for group in cards for item in group["items"]}
    numbers |= {_plain(g["cardnumber"]) for g in gifts}
    numbers |= {_plain(i["iban"]) for i in ibans}
    rows = REGISTRY.read_text("utf-8").splitlines()[1:]
    numbers |= {_plain(row.split("\t")[1]) for row in rows}
    header = (
        f"# {len(numbers)} card numbers and IBANs published for testing: Adyen's test cards, gift cards and IBANs"
        " (github.com/adyen-examples/adyen-testcards-extension, MIT), and the example IBAN of each country in SWIFT's"
        " IBAN Registry (via github.com/Simplify/ibantools, MIT OR MPL-2.0).  Built by scripts/build_test_numbers.py.\n"
    )
    OUT.write_text(header + "\n".join(sorted(numbers)) + "\n", "utf-8")
    print(f"{len(numbers)} numbers")


if __name__ == "__main__":
    main()
