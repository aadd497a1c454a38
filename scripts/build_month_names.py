"""Build phiscan/data/month_names.txt: the month names dates are written with, in many languages.

    python scripts/build_month_names.py

Input: Faker's date-time providers (`faker/providers/date_time/<locale>`, MIT), whose `MONTH_NAMES` tables give
the months of 49 locales as their CLDR data writes them.  Kept: names of at least three letters, lower case,
without digits (`1月` is read by the CJK date form, not as a name), English left out (the date patterns spell it).
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import faker
import faker.providers.date_time as date_time

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "month_names.txt"


def main() -> None:
    names: set[str] = set()
    for info in pkgutil.iter_modules(date_time.__path__):
        if info.name.startswith("en"):
            continue
        provider = importlib.import_module(f"faker.providers.date_time.{info.name}").Provider
        for name in getattr(provider, "MONTH_NAMES", {}).values():
            word = name.strip().lower()
            if len(word) >= 3 and not any(c.isdigit() for c in word):
                names.add(word)
    header = (
        f"# Month names of {len(names)} spellings in Faker {faker.VERSION}'s date-time locales (MIT; CLDR's data).\n"
        "# Built by scripts/build_month_names.py; one lower-case name a line.\n"
    )
    OUT.write_text(header + "".join(f"{n}\n" for n in sorted(names)), "utf-8")


if __name__ == "__main__":
    main()
