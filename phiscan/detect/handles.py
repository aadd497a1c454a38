"""What a handle in a URL is: a person's (`mariagomez77`, `k.mensah`), or words, an id, a stand-in's or a bot's.
Read by `phiscan.detect.urls`."""

from __future__ import annotations

import re

from phiscan.detect.appeals import listed_name


def worded(handle: str, digits: bool = False) -> bool:
    """Whether a handle is made of words (dictionary or schema words, and `digits` numbers), not a person's."""
    from phiscan.detect.names import is_common, schema_word

    parts = [p for p in re.split(r"[-_.]|(?<=[a-z])(?=[A-Z])", handle) if p]
    return all(len(p) <= 2 or is_common(p) or schema_word(p) or (digits and p.isdigit()) for p in parts)


def person_handle(handle: str) -> bool:
    """A name run together and a number, as people pick handles: a listed given name or surname at either end
    (`mariagomez77`), not a word's, a stand-in's or a bot's (`python3`, `testuser123`, `dependabot2024`); or a
    whole name without a number (`full_name_handle`)."""
    from phiscan.detect.names import is_common

    if full_name_handle(handle):
        return True
    m = re.fullmatch(r"([A-Za-z]{5,})[-_.]?\d{2,4}", handle)
    if m is None or worded(m[1]) or _NOT_A_HANDLE.search(m[1]):
        return False
    low = m[1].lower()
    ends = [low[:i] for i in range(4, len(low) - 2)] + [low[i:] for i in range(3, len(low) - 3)]
    return any(listed_name(end) and not is_common(end) for end in ends)


# a stand-in's, a bot's or a documentation company's (Microsoft's Contoso and Fabrikam)
_NOT_A_HANDLE = re.compile(
    r"(?i)^(?:test|demo|sample|example|dummy|fake|my|your|no-?reply|contoso|fabrikam|northwind|adventureworks|acme)"
    r"|doe$|bot$"
)


def named_handle(handle: str) -> bool:
    """A handle with a listed given name or surname in it, no dictionary word (`kwabena_m`, `k.mensah`)."""
    from phiscan.detect.names import is_common

    parts = [p.lower() for p in re.split(r"[-_.\d]+|(?<=[a-z])(?=[A-Z])", handle) if len(p) >= 3]
    listed = [listed_name(p) for p in parts]
    return any(listed) and not any(is_common(p) and not ok for p, ok in zip(parts, listed, strict=True))


def full_name_handle(handle: str) -> bool:
    """A given name and a surname, both listed and not both words, run together or joined (`karimbenali`,
    `kiprop.cheruiyot`, `johnsmith`): a person's handle on a site where projects have handles too.  A word may be
    half of it, as in most common names (`smith`, `maria`), never the whole (`rosewater`, `georgetown`)."""
    from phiscan.detect.names import gazetteer, is_common, is_place, schema_word
    from phiscan.detect.reserved import is_stand_in_name

    low = handle.lower()
    if not re.fullmatch(r"[a-z]{3,16}(?:[-_.]?[a-z]{3,16})", low) or _NOT_A_HANDLE.search(low):
        return False
    given, surnames = gazetteer("given_names"), gazetteer("surnames")
    if low in given or low in surnames or is_common(low) or is_place([low]):  # one name or word (`rosalind`)
        return False
    parts = re.split(r"[-_.]", low)
    cuts = [tuple(parts)] if len(parts) == 2 else [(low[:i], low[i:]) for i in range(3, len(low) - 2)]
    return any(
        a in given
        and b in surnames
        and not (is_common(a) and is_common(b))
        and not (schema_word(a) or schema_word(b))  # `rubylang`, `maxpower`: a language's, a thing's
        and len(a) + len(b) >= 8
        and not is_stand_in_name(f"{a} {b}")  # documentation's (`maxmustermann`, `jan-kowalski`)
        for a, b in cuts
    )
