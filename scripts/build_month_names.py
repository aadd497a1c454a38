"""Build phiscan/data/month_names.txt: the month names dates are written with, in many languages.

    python scripts/build_month_names.py

Inputs: Faker's date-time providers (`faker/providers/date_time/<locale>`, MIT), whose `MONTH_NAMES` tables give
the months of 49 locales as their CLDR data writes them; and the GNU C Library's locale sources
(`/usr/share/i18n/locales/*`, Debian's `locales` package of glibc 2.36; LGPL-2.1-or-later, month names are
facts), whose `LC_TIME` `mon` and `alt_mon` lines give the full month names of about 300 locales.  Kept: names
of at least three letters (two in a script other than Latin: Hindi `मई`), lower case, without digits (`1月` is read
by the CJK date form, not as a name), English
left out (the date patterns spell it).  Cyrillic names are added as ICAO 9303, Ukraine's 2010 table and
Serbian Latin spell them (`scripts/build_name_data.py`), and Finnish months in the partitive dates use.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

import faker
import faker.providers.date_time as date_time
from build_name_data import _transliterated  # ICAO 9303, Ukrainian (2010) and Serbian Latin tables

GLIBC = Path("/usr/share/i18n/locales")
OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "month_names.txt"


def main() -> None:
    names: set[str] = set()
    for info in pkgutil.iter_modules(date_time.__path__):
        if info.name.startswith("en"):
            continue
        provider = importlib.import_module(f"faker.providers.date_time.{info.name}").Provider
        for name in getattr(provider, "MONTH_NAMES", {}).values():
            word = name.strip().lower()
            if _kept(word):
                names.add(word)
    names |= _glibc_months()
    names |= {n for n in _transliterated(names) if len(n) >= 5}  # Cyrillic months as Latin text spells them
    # Finnish dates put the month in the partitive (`10. tammikuuta 1973`); glibc lists the nominative
    names |= {n + "ta" for n in names if n.endswith("kuu")}
    header = (
        f"# Month names of {len(names)} spellings: Faker {faker.VERSION}'s date-time locales (MIT; CLDR's data)\n"
        "# and glibc 2.36's locale sources (LC_TIME mon, alt_mon; LGPL-2.1-or-later, month names are facts);\n"
        "# Cyrillic ones also romanised (ICAO 9303, Ukraine 2010, Serbian Latin), Finnish ones also partitive.\n"
        "# Built by scripts/build_month_names.py; one lower-case name a line.\n"
    )
    OUT.write_text(header + "".join(f"{n}\n" for n in sorted(names)), "utf-8")


def _kept(word: str) -> bool:
    """A name of three letters or more, or of two in a script other than Latin (Hindi `मई`, Bengali `মে`, Amharic
    `ሜይ`: May), without digits."""
    latin = all(unicodedata.name(c, "").startswith("LATIN") for c in word)
    return (len(word) >= 3 or (len(word) == 2 and not latin)) and not any(c.isdigit() for c in word)


_DIRECTIVE = re.compile(r"^(?:mon|alt_mon)\s+((?:.*/\n)*.*)$", re.MULTILINE)
_CODE = re.compile(r"<U([0-9A-Fa-f]{4,6})>")


def _glibc_months() -> set[str]:
    """The full month names of each glibc locale source that spells its own (`mon "Januari";/ ...`)."""
    names: set[str] = set()
    for path in sorted(GLIBC.iterdir()) if GLIBC.is_dir() else ():
        if not path.is_file() or path.name.startswith(("en_", "translit", "iso", "i18n")):
            continue
        text = path.read_text("utf-8", errors="replace")
        section = text.partition("\nLC_TIME")[2].partition("\nEND LC_TIME")[0]
        for m in _DIRECTIVE.finditer(section):
            for raw in re.findall(r'"([^"]*)"', m[1]):
                word = _CODE.sub(lambda c: chr(int(c[1], 16)), raw).strip().lower()
                if _kept(word) and " " not in word:
                    names.add(word)
    return names


if __name__ == "__main__":
    main()
