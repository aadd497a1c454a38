"""Synthetic street addresses: the ADDRESS span covers street, unit, city, state and ZIP.

A bare city, state or country is not an ADDRESS (those are hard negatives in `vocab.py`).
"""

from __future__ import annotations

import random

from training.names import faker_for

ADDRESS_LOCALES = {
    "en_US": 12,
    "en_GB": 1,
    "de_DE": 1,
    "fr_FR": 1,
    "it_IT": 1,
    "es_MX": 1,
    "pt_BR": 1,
    "nl_NL": 1,
    "en_IE": 1,
    "en_IN": 1,
}
_UNITS = ("Apt.", "Apt", "Suite", "Ste", "Unit", "#", "Room", "Bldg", "Fl")


def street_address(rng: random.Random) -> str:
    """One address in one of the shapes schemas carry, from street-only to full one-line."""
    locale = rng.choices(list(ADDRESS_LOCALES), weights=list(ADDRESS_LOCALES.values()))[0]
    fk = faker_for(locale)
    fk.seed_instance(rng.getrandbits(32))
    if locale != "en_US":
        if rng.random() < 0.5:
            return " ".join(fk.street_address().split())
        return ", ".join(" ".join(line.split()) for line in fk.address().splitlines())
    street = fk.street_address() if rng.random() < 0.7 else f"{fk.building_number()} {fk.street_name()}"
    if rng.random() < 0.15:
        street = f"{street}, {rng.choice(_UNITS)} {rng.randint(1, 999)}"
    if rng.random() < 0.08:
        street = f"PO Box {rng.randint(1, 99999)}"
    roll = rng.random()
    if roll < 0.35:
        return street
    city, state, zipc = fk.city(), fk.state_abbr(), fk.zipcode() if rng.random() < 0.8 else fk.zipcode_plus4()
    if roll < 0.75:
        return f"{street}, {city}, {state} {zipc}"
    if roll < 0.85:
        return f"{street} {city}, {state} {zipc}"
    if roll < 0.92:
        return f"{street}, {city}, {fk.state()} {zipc}"
    return f"{street}, {city}, {state}"
