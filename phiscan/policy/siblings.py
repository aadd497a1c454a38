"""Members of one `enum` share a category: what strong evidence finds in some members carries to the others
written the same way.  An enum of record numbers where two carry a telling prefix or sit under a telling key
is an enum of record numbers (formats with a checksum are judged member by member); an enum of people's
names where most are known names is an enum of names."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from phiscan.policy.decide import Policy, decide
from phiscan.types import Detection, Finding, FindingKind, Role, Surface

RECOGNIZER = "phiscan:siblings"
_SPREADS = frozenset({"MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "US_DRIVER_LICENSE", "DEVICE_ID", "LICENSE_PLATE"})
_SEED = 0.65
_SCORE = 0.6
_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")


def _shape(value: str) -> str:
    """How a value is written: letters as `A`, digits as `9`, everything else as it is (`H0012345` -> A9999999)."""
    return _DIGITS.sub("9", _LETTERS.sub("A", value.strip()))


def _written_as_name(value: str) -> bool:
    from phiscan.detect.everyday import frequent
    from phiscan.detect.nameforms import written_like_name
    from phiscan.detect.names import is_place

    # and no everyday word (`Parkinson`, `Johnson`, `Graves`): the names the lists lack are rare words
    return (
        written_like_name(value)
        and not value.islower()
        and not is_place(value.split())
        and not any(frequent(w) for w in value.split())
    )


@functools.cache
def _roles() -> frozenset[tuple[str, ...]]:
    """The phrases that name a person (`guarantor`, `next of kin`), but `name` (a brand's too) and `contact` (a way
    to reach, as often)."""
    from phiscan.detect.vocabulary import cues

    return frozenset(tuple(p.split()) for p, _ in cues()["PERSON"]) - {("name",), ("contact",)}


def _a_role(s: Surface) -> bool:
    """The enum's key names a person by a role (`guarantor`, `subscriber`, `patient`), not only by a `name`."""
    from phiscan.detect.vocabulary import normal_words

    words = normal_words(s.context[-1]) if s.context else ()
    return any(  # the key's last words, or before its name (`guarantorName`; not `patientStatus`, `patientSite`)
        words[i : i + len(r)] == r and words[i + len(r) :] in ((), ("name",), ("names",))
        for r in _roles()
        for i in range(len(words))
    )


def _member(s: Surface) -> tuple[str, str] | None:
    """(file, the enum's pointer) for an enum member."""
    if s.role is not Role.ENUM:
        return None
    parent, _, index = s.pointer.rpartition("/")
    return (s.path, parent) if index.isdigit() else None


def siblings(judged: Sequence[tuple[Surface, Sequence[Finding]]], policy: Policy) -> list[Finding]:
    """Findings for enum members that match how their found siblings are written (`judged`: every enum member
    with the findings it already has)."""
    from phiscan.detect.nameforms import written_like_name
    from phiscan.detect.names import PLAIN_NAME, name_shaped
    from phiscan.detect.shapes import id_shaped

    groups: dict[tuple[str, str], list[tuple[Surface, Sequence[Finding]]]] = {}
    for s, found in judged:
        key = _member(s)
        if key is not None:
            groups.setdefault(key, []).append((s, found))
    out: list[Finding] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        phi = [(s, [f for f in fs if f.kind is FindingKind.PHI and f.span is None]) for s, fs in members]
        seeds: dict[str, dict[str, int]] = {}
        names = 0
        for s, fs in phi:
            names += any(f.entity == "PERSON" for f in fs)
            for f in fs:
                if f.entity == "PERSON":
                    continue
                if f.entity in _SPREADS and f.score >= _SEED and id_shaped(s.raw):
                    by_entity = seeds.setdefault(_shape(s.raw), {})
                    by_entity[f.entity] = by_entity.get(f.entity, 0) + 1
        # two members found the same way make a category; checksum formats (cards, IMEIs) never spread
        ids = {shape: e for shape, found in seeds.items() for e, n in found.items() if n >= 2}
        # more than half, or half of four or more: a pair (`Aston Martin`, `Alfa Romeo`) may be two brands
        mostly_names = names * 2 > len(members) or (len(members) >= 4 and names * 2 == len(members))
        # or three known names, a fifth of the members, every one of which is written as a name, capitalised, and none
        # a place: an enum of people of cultures the gazetteers hold few names of (`Tendai Moyo`); two would make
        # people of eponyms (`Guillain Barre`, `Wolff Parkinson`) and tests (`Mann Whitney`)
        some_names = names >= 3 and names * 5 >= len(members)
        mostly_names = mostly_names or (some_names and all(_written_as_name(s.raw) for s, _ in phi))
        # or two, under a key that names a person by a role (`guarantor`, `patient`; not a bare `name`, which a brand
        # has), every member written as a name likewise
        role = names >= 2 and _a_role(members[0][0])
        mostly_names = mostly_names or (role and all(_written_as_name(s.raw) for s, _ in phi))
        for s, fs in phi:
            if fs:
                continue
            entity = ids.get(_shape(s.raw)) if id_shaped(s.raw) else None
            value = s.raw.strip()
            if entity is None and mostly_names and PLAIN_NAME.match(value):
                entity = "PERSON" if name_shaped(value, any_case=True) or written_like_name(value) else None
            if entity is not None:
                at = s.raw.index(value)
                d = Detection(entity, at, at + len(value), _SCORE, RECOGNIZER, value)
                out.extend(decide(s, [[d]], policy))
    return out
