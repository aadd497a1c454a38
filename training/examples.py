"""Labelled examples in the shapes phiscan presents: values, sentences, identifiers, regex literals.

An example is `(text, [(start, end, label), ...])`.  Positive generators plant a PERSON or
ADDRESS in a schema-shaped string; negative generators produce the same shapes with no
personal data, so the model learns the name, not the shape.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from training import vocab
from training.addresses import street_address
from training.names import faker_for, name_parts, person_name
from training.present import present_identifier
from training.templates import (
    ADDRESS_SENTENCES,
    ID_AFTER,
    ID_BEFORE,
    ID_VOCAB,
    NEGATIVE_SENTENCES,
    PERSON_SENTENCES,
)

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]


class _Builder:
    """Concatenates text pieces, recording the character span of the labelled ones."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[Span] = []

    def add(self, piece: str, label: str | None = None) -> _Builder:
        if label:
            self.spans.append((len(self.text), len(self.text) + len(piece), label))
        self.text += piece
        return self

    def example(self) -> Example:
        return self.text, self.spans


def _fill(template: str, rng: random.Random, **slots: Callable[[random.Random], tuple[str, str, str] | str]) -> Example:
    """Fill `{person}`/`{address}`/... slots; a slot function returns text or (pre, span, post)."""
    b = _Builder()
    labels = {"person": "PERSON", "person2": "PERSON", "address": "ADDRESS"}
    for i, chunk in enumerate(template.replace("}", "{").split("{")):
        if i % 2 == 0:
            b.add(chunk)
            continue
        value = slots[chunk](rng) if chunk in slots else _FILLERS[chunk](rng)
        if isinstance(value, tuple):
            pre, core, post = value
            b.add(f"{pre} " if pre else "").add(core, labels.get(chunk)).add(
                f", {post}" if post and rng.random() < 0.5 else (f" {post}" if post else "")
            )
        else:
            b.add(value, labels.get(chunk))
    return b.example()


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(1930, 2020), rng.randint(1, 12), rng.randint(1, 28)
    month = vocab.MONTHS[m - 1]
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{month} {d}, {y}", f"{d} {month} {y}"])


_FILLERS: dict[str, Callable[[random.Random], str]] = {
    "date": _date,
    "phone": lambda r: f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}",
    "mrn": lambda r: r.choice(["MRN-", "MR#", "E", ""]) + f"{r.randint(0, 9999999):07d}",
    "relation": lambda r: r.choice(["mother", "father", "spouse", "daughter", "son", "guardian", "sister", "aunt"]),
    "city": lambda r: r.choice(vocab.CITIES),
    "state": lambda r: r.choice(vocab.US_STATES),
    "month": lambda r: r.choice(vocab.MONTHS),
    "weekday": lambda r: r.choice(vocab.WEEKDAYS),
    "word": lambda r: r.choice(vocab.NAME_LIKE_WORDS),
    "product": lambda r: r.choice(vocab.PROGRAMMING_WORDS),
    "zone": lambda r: r.choice(vocab.time_zones()),
    "country": lambda r: faker_for("en_US").country(),
    "n": lambda r: str(r.randint(1, 500)),
}


def _join_identifier(rng: random.Random, words: list[str]) -> str:
    """Join words as snake_case, kebab, dotted, camelCase or PascalCase."""
    style = rng.choice(["snake", "snake", "snake", "kebab", "dot", "camel", "camel", "pascal"])
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    return {"snake": "_", "kebab": "-", "dot": "."}[style].join(w.lower() for w in words)


def _date_words(rng: random.Random) -> list[str]:
    y, m, d = rng.randint(1930, 2020), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([[str(y), f"{m:02d}", f"{d:02d}"], [f"{y}{m:02d}{d:02d}"], [str(y)]])


def identifier_person(rng: random.Random) -> Example | None:
    """`pt_maria_gonzalez_dob_1984_03_12` presented as `Pt Maria Gonzalez Dob 1984 03 12`."""
    first, last, _ = name_parts(rng, latin_only=True)
    name_words = [w for w in f"{first} {last}".replace("'", " ").replace("-", " ").split() if w.isalpha()]
    if rng.random() < 0.15:
        name_words = [name_words[-1], name_words[0]]
    if rng.random() < 0.1:
        name_words = [name_words[0][0], *name_words[1:]]
    before = [rng.choice(ID_BEFORE)] if rng.random() < 0.5 else []
    after = [rng.choice(ID_AFTER)] if rng.random() < 0.55 else []
    if (after and after[0] == "dob") or rng.random() < 0.15:
        after = after + _date_words(rng)
    joined = _join_identifier(rng, [*before, *name_words, *after])
    pre = present_identifier(_join_identifier(rng, before)) if before else ""
    core = present_identifier("_".join(name_words))
    post = present_identifier("_".join(after)) if after else ""
    text = " ".join(p for p in (pre, core, post) if p)
    if present_identifier(joined) != text:
        return None  # a boundary the splitter reads differently (e.g. camelCase initial)
    start = len(pre) + 1 if pre else 0
    return text, [(start, start + len(core), "PERSON")]


def identifier_negative(rng: random.Random) -> Example:
    """A Title-cased identifier made of schema words only."""
    roll = rng.random()
    if roll < 0.45:
        return present_identifier(rng.choice(vocab.schema_words()["ident"])), []
    if roll < 0.75:
        # Unseen pairs of ordinary words ("Premium Economy", "Dose Quantity") are not names.
        words = rng.sample(vocab.plain_words(), rng.choice([1, 2, 2, 2, 3]))
        return present_identifier(_join_identifier(rng, words)), []
    words = rng.sample(ID_VOCAB, rng.randint(1, 4))
    if rng.random() < 0.2:
        words += _date_words(rng)
    return present_identifier(_join_identifier(rng, words)), []


def person_alone(rng: random.Random) -> Example:
    """An enum/const/default/example value, a title or a regex literal that is just a name."""
    title, name, suffix = person_name(rng)
    # A lone word ("Grace", "Rémy") is a name only in context; CJK names need no space.
    while " " not in name and not any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in name):
        title, name, suffix = person_name(rng)
    if rng.random() < 0.7:
        title = suffix = ""
    return _fill("{person}", rng, person=lambda _r: (title, name, suffix))


def person_sentence(rng: random.Random) -> Example:
    return _fill(rng.choice(PERSON_SENTENCES), rng, person=person_name, person2=person_name)


def address_alone(rng: random.Random) -> Example:
    text = street_address(rng)
    return text, [(0, len(text), "ADDRESS")]


def address_sentence(rng: random.Random) -> Example:
    return _fill(rng.choice(ADDRESS_SENTENCES), rng, address=street_address, person=person_name)


def _number_like(rng: random.Random) -> str:
    """Digits in PHI-like and code-like shapes: none of them is a name or a street address."""
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    return rng.choice(
        [
            f"555-01{d(2)}",
            f"({d(3)}) 555-01{d(2)}",
            f"{d(3)}-{d(3)}-{d(4)}",
            f"{d(3)}-{d(2)}-{d(4)}",
            "000-00-0000",
            "XXX-XX-XXXX",
            d(5),
            f"{d(5)}-{d(4)}",
            _date(rng),
            f"{d(1)}.{d(1)}.{d(1)}",
            f"v{d(1)}",
            f"{d(3)}.{d(1)}.{d(1)}.{d(2)}",
            f"192.0.2.{d(2)}",
            f"MRN-{d(7)}",
            f"#{d(4)}",
            d(9),
            f"{d(2)}:{d(2)}",
            f"{d(3)}px",
            f"{d(2)}%",
            f"1.{d(2)}",
            f"{d(8)}-{d(4)}-{d(4)}-{d(4)}-{d(12)}",
            f"Room {d(3)}",
            "Suite",
            "Apt",
            f"Unit {d(1)}",
            f"{d(3)} A",
        ]
    )


def negative_value(rng: random.Random) -> Example:
    """A short value: mined enum/title text, curated vocabulary, codes, zones, Faker non-names."""
    fk = faker_for("en_US")
    fk.seed_instance(rng.getrandbits(32))
    pools: list[Callable[[], str]] = [
        lambda: rng.choice(vocab.schema_words()["short"]),
        lambda: rng.choice(vocab.schema_words()["short"]),
        lambda: rng.choice(vocab.CATEGORY_PHRASES),
        lambda: rng.choice(vocab.NAME_LIKE_WORDS),
        lambda: rng.choice(vocab.PROGRAMMING_WORDS),
        lambda: rng.choice(vocab.CODE_ENUMS),
        lambda: rng.choice(vocab.time_zones()),
        lambda: rng.choice(vocab.MONTHS + vocab.WEEKDAYS),
        lambda: rng.choice(vocab.CITIES + vocab.US_STATES),
        lambda: rng.choice(vocab.NON_LATIN_WORDS),
        lambda: _number_like(rng),
        lambda: _number_like(rng),
        lambda: " ".join(w.title() for w in rng.sample(vocab.plain_words(), rng.randint(1, 3))),
        fk.country,
        fk.city,
        fk.job,
        fk.catch_phrase,
        fk.street_suffix,
        fk.color_name,
        lambda: fk.state() if rng.random() < 0.5 else fk.state_abbr(),
        lambda: (
            fk.company()
            if rng.random() < 0.5
            else fk.company().split()[0] + " " + rng.choice(["Inc.", "LLC", "Health", "Labs"])
        ),
    ]
    text = rng.choice(pools)()
    return text if rng.random() > 0.15 else text.title() if text.isascii() else text, []


def negative_sentence(rng: random.Random) -> Example:
    if rng.random() < 0.55:
        return rng.choice(vocab.schema_words()["sentence"]), []
    if rng.random() < 0.35:
        return rng.choice([p for p in vocab.CATEGORY_PHRASES if " " in p]), []
    return _fill(rng.choice(NEGATIVE_SENTENCES), rng)


def hard_negative(rng: random.Random) -> Example:
    """A real schema string an earlier model wrongly flagged (mined with `--hard-from`)."""
    pool = vocab.schema_words().get("hard") or vocab.schema_words()["short"]
    return rng.choice(pool), []


# (generator, weight): about half the data is negative.
GENERATORS: tuple[tuple[Callable[[random.Random], Example | None], float], ...] = (
    (person_alone, 18),
    (person_sentence, 12),
    (identifier_person, 16),
    (address_alone, 6),
    (address_sentence, 5),
    (negative_value, 20),
    (negative_sentence, 12),
    (identifier_negative, 18),
    (hard_negative, 10),
)


def generate(rng: random.Random, n: int) -> list[Example]:
    """`n` examples drawn by weight from GENERATORS."""
    funcs, weights = zip(*GENERATORS, strict=True)
    out: list[Example] = []
    while len(out) < n:
        example = rng.choices(funcs, weights=weights)[0](rng)
        if example is not None and example[0].strip():
            out.append(example)
    return out
