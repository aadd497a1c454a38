"""Write the name gazetteers phiscan uses to judge what the name model tags as PERSON.

    phiscan/data/given_names.txt.gz   given names of every Faker person locale, all scripts (Faker: MIT)
    phiscan/data/surnames.txt.gz      surnames of every Faker person locale, all scripts (Faker: MIT)
    phiscan/data/common_words.txt.gz  lower-case entries of Webster's 2nd International (public domain,
                                      packaged by english-words, MIT)
    phiscan/data/places.txt.gz        place names: Faker's address locales (MIT) and GeoNames cities via
                                      datasets/world-cities (CC BY 4.0, credit GeoNames)

Run from the repo root with the dev extras installed:
    python scripts/build_name_data.py [path/to/world-cities.csv]
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import sys
from pathlib import Path

import faker

DATA = Path(__file__).resolve().parent.parent / "phiscan" / "data"
GIVEN = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
    # romanised Chinese and Japanese given names (`Li Wei`, `Hiroshi`), Vietnamese and other middle names
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
    "middle_names",
    "middle_names_male",
    "middle_names_female",
)
FAMILY = ("last_names", "last_names_male", "last_names_female", "last_names_nonbinary", "last_romanized_names")


def _faker_lists(package: str, attrs: tuple[str, ...]) -> set[str]:
    """Every entry, lower-cased, of the named lists in every locale of a Faker provider package."""
    module = importlib.import_module(f"faker.providers.{package}")
    found: set[str] = set()
    for info in pkgutil.iter_modules(module.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.{package}.{info.name}").Provider
        except Exception:
            continue
        for attr in attrs:
            value = next((k.__dict__[attr] for k in provider.__mro__ if attr in k.__dict__), None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                found.update(n.strip().lower() for n in value if isinstance(n, str) and n.strip())
    return found


PLACES = ("cities", "city_names", "countries", "municipalities", "states", "provinces", "districts", "towns", "regions")


def _faker_places() -> set[str]:
    """Place names of every Faker address locale: a city or a country is not a person (`Paris, France`)."""
    return _faker_lists("address", PLACES)


def _world_cities(path: Path) -> set[str]:
    """Cities, countries and their subdivisions from GeoNames via datasets/world-cities
    (49974c675a13f12ec0b8b8164f0f82f017b896fc:data/world-cities.csv; CC BY 4.0, credit: GeoNames)."""
    import csv

    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {r[k].strip().lower() for r in rows for k in ("name", "country", "subcountry") if r.get(k, "").strip()}


def _write(name: str, words: set[str], header: str) -> None:
    body = f"# {header}\n" + "\n".join(sorted(words)) + "\n"
    with gzip.open(DATA / name, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(body)
    print(f"{len(words):7d} -> phiscan/data/{name}")


def main() -> None:
    from english_words import get_english_words_set

    DATA.mkdir(exist_ok=True)
    given, family = _faker_lists("person", GIVEN), _faker_lists("person", FAMILY)
    entries = get_english_words_set(["web2"], lower=False, alpha=True)
    common = {w for w in entries if w[:1].islower() and len(w) >= 3}
    _write("given_names.txt.gz", given, f"given names, every Faker {faker.VERSION} person locale (MIT)")
    _write("surnames.txt.gz", family, f"surnames, every Faker {faker.VERSION} person locale (MIT)")
    cities = Path(sys.argv[1]) if len(sys.argv) > 1 else None  # data/world-cities.csv of datasets/world-cities
    places = _faker_places() | (_world_cities(cities) if cities else set())
    _write(
        "places.txt.gz",
        places,
        f"place names: every Faker {faker.VERSION} address locale (MIT); GeoNames cities, countries and "
        "subdivisions via datasets/world-cities@49974c6 (CC BY 4.0, https://www.geonames.org/)",
    )
    _write(
        "common_words.txt.gz",
        common,
        "lower-case entries of Webster's 2nd International (public domain, via english-words)",
    )


if __name__ == "__main__":
    main()
