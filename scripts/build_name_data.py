"""Write the name gazetteers phiscan uses to judge what the name model tags as PERSON.

    phiscan/data/given_names.txt.gz   given names of every Faker person locale, all scripts (Faker: MIT)
    phiscan/data/surnames.txt.gz      surnames of every Faker person locale, all scripts (Faker: MIT)
    phiscan/data/common_words.txt.gz  lower-case entries of Webster's 2nd International (public domain,
                                      packaged by english-words, MIT)

Run from the repo root with the dev extras installed:  python scripts/build_name_data.py
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
from pathlib import Path

import faker
from faker.providers import person

DATA = Path(__file__).resolve().parent.parent / "phiscan" / "data"
GIVEN = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
FAMILY = ("last_names", "last_names_male", "last_names_female", "last_names_nonbinary")


def _faker_names(attrs: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        except Exception:
            continue
        for attr in attrs:
            value = next((k.__dict__[attr] for k in provider.__mro__ if attr in k.__dict__), None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(n.strip().lower() for n in value if isinstance(n, str) and n.strip())
    return names


def _write(name: str, words: set[str], header: str) -> None:
    body = f"# {header}\n" + "\n".join(sorted(words)) + "\n"
    with gzip.open(DATA / name, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(body)
    print(f"{len(words):7d} -> phiscan/data/{name}")


def main() -> None:
    from english_words import get_english_words_set

    DATA.mkdir(exist_ok=True)
    given, family = _faker_names(GIVEN), _faker_names(FAMILY)
    entries = get_english_words_set(["web2"], lower=False, alpha=True)
    common = {w for w in entries if w[:1].islower() and len(w) >= 3}
    _write("given_names.txt.gz", given, f"given names, every Faker {faker.VERSION} person locale (MIT)")
    _write("surnames.txt.gz", family, f"surnames, every Faker {faker.VERSION} person locale (MIT)")
    _write(
        "common_words.txt.gz",
        common,
        "lower-case entries of Webster's 2nd International (public domain, via english-words)",
    )


if __name__ == "__main__":
    main()
