"""Synthetic personal names in the many spellings schemas carry them.

Every generator takes a `random.Random` and Faker instances seeded from it, so a fixed
seed reproduces the same data.
"""

from __future__ import annotations

import random
import unicodedata
from functools import cache

from faker import Faker

# Locale -> weight.  Latin-script locales dominate because identifiers are ASCII, but every
# script a patient's name may be written in appears in free text.
NAME_LOCALES = {
    "en_US": 10,
    "es_MX": 4,
    "en_GB": 3,
    "de_DE": 2,
    "fr_FR": 2,
    "it_IT": 2,
    "pt_BR": 2,
    "vi_VN": 2,
    "ja_JP": 1,
    "zh_CN": 2,
    "ko_KR": 1,
    "ru_RU": 1,
    "ar_AA": 1,
    "hi_IN": 1,
    "nl_NL": 1,
    "pl_PL": 1,
    "en_IN": 1,
    "tr_TR": 1,
    "en_IE": 1,
    "el_GR": 1,
    "he_IL": 1,
}
LATIN_LOCALES = (
    "en_US",
    "es_MX",
    "en_GB",
    "de_DE",
    "fr_FR",
    "it_IT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "en_IN",
    "tr_TR",
    "en_IE",
    "vi_VN",
)

PARTICLES = ("van der", "van", "de la", "de", "del", "da", "dos", "von", "van den", "di", "le", "al", "bin")
APOSTROPHE_PREFIXES = ("O'", "D'", "Mc", "Mac")
TITLES = ("Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Miss", "Prof.", "Nurse", "Rev.")
SUFFIXES = ("Jr.", "Sr.", "II", "III", "MD", "M.D.", "RN", "PhD", "DDS", "NP")


@cache
def faker_for(locale: str) -> Faker:
    """One Faker per locale; callers reseed it from their own Random before use."""
    return Faker(locale)


def _fk(rng: random.Random, locale: str) -> Faker:
    fk = faker_for(locale)
    fk.seed_instance(rng.getrandbits(32))
    return fk


def pick_locale(rng: random.Random, latin_only: bool = False) -> str:
    """A locale drawn by weight (Latin-script only when the name must fit an identifier)."""
    pool = {k: v for k, v in NAME_LOCALES.items() if not latin_only or k in LATIN_LOCALES}
    return rng.choices(list(pool), weights=list(pool.values()))[0]


def ascii_fold(text: str) -> str:
    """`Gonzalez` from `González`: identifiers in the wild are mostly ASCII."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _last(rng: random.Random, fk: Faker, latin: bool) -> str:
    last = fk.last_name()
    roll = rng.random() if latin else 1.0
    if roll < 0.07:
        return f"{rng.choice(PARTICLES)} {last}" if rng.random() < 0.6 else f"{rng.choice(PARTICLES).title()} {last}"
    if roll < 0.12:
        return f"{last}-{fk.last_name()}"
    if roll < 0.16 and last.isascii():
        return rng.choice(APOSTROPHE_PREFIXES) + last
    return last


def name_parts(rng: random.Random, latin_only: bool = False) -> tuple[str, str, str]:
    """(first, last, locale) for one synthetic person."""
    locale = pick_locale(rng, latin_only)
    fk = _fk(rng, locale)
    if locale == "ja_JP" and latin_only:
        return fk.first_romanized_name(), fk.last_romanized_name(), locale
    first, last = fk.first_name(), _last(rng, fk, locale in LATIN_LOCALES)
    if latin_only:
        first, last = ascii_fold(first), ascii_fold(last)
    return first, last, locale


def person_name(rng: random.Random) -> tuple[str, str, str]:
    """(title, name, suffix) as free text writes a name: plain, 'LAST, First', initials.

    Only `name` is the PERSON span; a title ("Dr.") or suffix (", MD") stays outside it.
    """
    first, last, locale = name_parts(rng)
    fk = _fk(rng, locale)
    if locale in ("zh_CN", "ja_JP", "ko_KR"):
        # East Asian order; Chinese and Korean usually without a space.
        sep = " " if locale == "ja_JP" or rng.random() < 0.2 else ""
        return "", rng.choice([last + sep + first, last + sep + first, fk.name()]), ""
    title = suffix = ""
    roll = rng.random()
    if roll < 0.34:
        name = f"{first} {last}"
    elif roll < 0.42:
        name = fk.name()  # the locale's own formats, sometimes with its own titles
    elif roll < 0.52:
        name = f"{last}, {first}" if rng.random() < 0.5 else f"{last.upper()}, {first}"
    elif roll < 0.60:
        name = f"{first} {fk.first_name()[0]}. {last}"
    elif roll < 0.66:
        name = f"{first[0]}. {last}" if rng.random() < 0.7 else f"{first[0]}.{fk.first_name()[0]}. {last}"
    elif roll < 0.76:
        title = rng.choice(TITLES)
        name = last if rng.random() < 0.4 else f"{first} {last}"
    elif roll < 0.81:
        name, suffix = f"{first} {last}", rng.choice(SUFFIXES)
    elif roll < 0.86:
        name = f"{first} {last}".upper()
    elif roll < 0.89:
        name = f"{last}, {first} {fk.first_name()[0]}."
    elif roll < 0.94:
        name = f"{first} {fk.first_name()} {last}"
    else:
        name = f"{first.lower()} {last.lower()}" if rng.random() < 0.25 else first
    return title, name, suffix


@cache
def name_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased first and last names of the Latin-script locales (to filter mined text)."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for locale in LATIN_LOCALES:
        fk = faker_for(locale)
        for provider in fk.providers:
            if hasattr(provider, "first_names"):
                firsts.update(n.lower() for n in provider.first_names)
                lasts.update(n.lower() for n in getattr(provider, "last_names", ()))
    return frozenset(firsts), frozenset(lasts)
