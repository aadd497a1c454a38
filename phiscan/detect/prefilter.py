"""Cheap tests that prove a schema string cannot hold anything phiscan reports.

Three gates, each a necessary condition for a later, costlier step:

- `may_hold_entity`: any recognizer or secret detector could fire (a digit, an `@`, a URL,
  a long token, two capitalised words or a title and one, a non-Latin script, a provider token
  that gitleaks' rules find).  Strings failing it are not analysed.
- `presidio_entities` (`needs_presidio`): the entities Presidio could return that the policy keeps.
  It runs the pattern recognizers' own regexes (the `regex` engine Presidio uses, with the same flags)
  and validity checks, so a string with none gets the empty answer Presidio would give, without
  Presidio or spaCy being imported, and Presidio runs only the recognizers of the others.  Secrets
  are detected either way.
- `may_hold_name`: the name model could add a person or an address the policy would keep.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from typing import Any

from phiscan.data import data_file

# A word's first letter: not after another letter or digit (after "_", "'" or "(" it still starts a word).
_WORD_START = re.compile(r"(?<![^\W_])[^\W\d_]")
_TOKENISH = re.compile(r"[A-Za-z0-9+/_\-]{20,}")
_WORDS = re.compile(r"[A-Za-z]+")
# The words `phiscan.names.name_shaped` splits a span into, and the runs of letters in them.
_CHUNK = re.compile(r"[^\s,]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_INITIAL_TAIL = re.compile(r"[.'\u2019-]*\.")
# Where a token may start or end inside a word: next to punctuation, or where digits meet letters.
_CUT = re.compile(r"(?<=[\W_])|(?=[\W_])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
# The policy keeps a model-found address only in these shapes (phiscan.policy._ADDRESS_SHAPE, unanchored).
_ADDRESS_HINT = re.compile(r"\d{1,6}[A-Z]? (?:[NSEW]\.? )?[A-Z][a-z]+ [A-Z][a-z]|[A-Z]{2},? \d{5}")
# Presidio's IBAN pattern needs this (a superset of it); its email pattern needs an "@".
_IBAN_HINT = r"(?<![A-Z0-9])[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,6}"
_TIMEOUT_S = 2.0
_MAX_CUTS = 32  # cut points in an edge word worth trying one by one


def _non_latin(text: str) -> bool:
    return any(c.isalpha() and ord(c) > 0x24F for c in text)


def may_hold_entity(text: str, labels: tuple[str, ...] = ()) -> bool:
    """False only when no phiscan recognizer could fire on `text`, the value of what `labels` name."""
    if len(text) < 2:
        return False
    if any(c.isdigit() for c in text) or "@" in text or "://" in text:
        return True
    if _TOKENISH.search(text):
        return True
    if _non_latin(text):
        return True  # non-Latin scripts: names need not be capitalised or spaced
    capitalised = sum(1 for m in _WORD_START.finditer(text) if m[0].isupper())
    if capitalised >= 2:
        return True
    if capitalised == 1:  # "dr Smith": a title needs no capital to introduce a name
        from phiscan.detect.names import is_title

        if any(is_title(w) for w in _WORDS.findall(text)):
            return True
    # A provider token after its keyword can be short and all letters ("dropbox_key=..."): the provider
    # rules answer for themselves (placeholders kept: a superset), and run only where a keyword occurs.
    from phiscan.detect.providers import provider_secrets

    return bool(provider_secrets(text, labels=labels))


@functools.cache
def _token_splits() -> dict[str, tuple[int, ...]]:
    """The tokenizer's special cases that split a word ("Cannot" -> "Can" "not"), with the offsets of the splits."""
    raw = json.loads(data_file("token_splits.json").read_text("utf-8"))
    return {key: tuple(offsets) for key, offsets in raw.items()}


def _cuts(text: str, chunk: re.Match[str]) -> list[int]:
    """Where inside `chunk` a token can start or end: next to punctuation, where digits meet letters, and
    inside the tokenizer's special cases (a case is a whole token: it starts and ends at a cut or an edge)."""
    lo, hi = chunk.span()
    cuts = {lo + m.start() for m in _CUT.finditer(chunk[0]) if 0 < m.start() < hi - lo}
    splits = _token_splits()
    longest = _longest_token_split()
    edges = sorted({lo, *cuts, hi})
    for i, start in enumerate(edges):
        for k in range(i + 1, len(edges)):
            end = edges[k]
            if end - start > longest:  # keeps a long run of punctuation linear, not quadratic
                break
            offsets = splits.get(text[start:end])
            if offsets:
                cuts.update(start + o for o in offsets)
    return sorted(cuts)


@functools.cache
def _longest_token_split() -> int:
    return max(map(len, _token_splits()), default=0)


def _letter_runs(text: str, chunk: re.Match[str], cuts: list[int]) -> list[tuple[int, str]]:
    """Every run of letters in `chunk` a span word could hold, whole or cut at `cuts`, as (position, letters)."""
    runs: list[tuple[int, str]] = []
    for m in _LETTERS.finditer(text, chunk.start(), chunk.end()):
        inner = cuts[bisect.bisect_right(cuts, m.start()) : bisect.bisect_left(cuts, m.end())]
        for a in (m.start(), *inner):
            runs.extend((a, text[a:b]) for b in (*inner, m.end()) if b > a)
    return runs


def _starts_name(text: str, runs: list[tuple[int, str]]) -> bool:
    """Could a span word begin with one of `runs` as a given name, a title, a particle or an initial?

    `name_shaped` counts a lone letter as an initial when its word ends in a period, apostrophes
    and hyphens between ("J.", "J'."), and a lone particle ("y", "e") in any case.
    """
    from phiscan.detect.names import could_start_a_name, is_particle

    for start, letters in runs:
        if len(letters) == 1:
            if _INITIAL_TAIL.match(text, start + 1) or is_particle(letters):
                return True
        elif could_start_a_name(letters):
            return True
    return False


def may_hold_name(text: str) -> bool:
    """False when the name model could add nothing the policy would keep for `text`.

    The policy keeps a model-found person only when `phiscan.names.name_shaped` accepts its
    text, and an address only in `_ADDRESS_HINT`'s shapes.  So every run of two to five words a
    span could cover is put to `name_shaped` here, cut wherever the tokenizer could cut: next to
    punctuation, where digits meet letters, and inside its special cases (`data/token_splits.json`,
    from the shipped pipeline).  Non-Latin scripts always go to the model.
    """
    if _non_latin(text):
        return True
    if _ADDRESS_HINT.search(text):
        return True
    from phiscan.detect.names import is_particle, name_shaped

    chunks = list(_CHUNK.finditer(text))
    cuts = [_cuts(text, c) for c in chunks]
    runs = [_letter_runs(text, c, k) for c, k in zip(chunks, cuts, strict=True)]
    capitalised = [any(letters[0].isupper() for _, letters in r) for r in runs]
    # The cheap necessary condition: a word that can give the name (a particle too: after a comma,
    # "Nguyen, Van Tran") next to a capitalised word, particles between them aside.
    core = [i for i, c in enumerate(chunks) if not is_particle(c[0])]
    starts = set()
    for i in range(len(chunks)):
        at = bisect.bisect_left(core, i)  # the nearest words on each side that are not particles
        before = core[at - 1] if at > 0 else None
        nxt = at + 1 if at < len(core) and core[at] == i else at
        after = core[nxt] if nxt < len(core) else None
        if any(k is not None and capitalised[k] for k in (before, after)) and _starts_name(text, runs[i]):
            starts.add(i)
    if not starts:
        return False
    for i in range(len(chunks)):
        for j in range(i + 1, min(i + 5, len(chunks))):
            if starts.isdisjoint(range(i, j + 1)):
                continue
            if len(cuts[i]) > _MAX_CUTS or len(cuts[j]) > _MAX_CUTS:
                return True  # a long punctuated token beside a name: the model reads it rather than this loop
            for a in (chunks[i].start(), *cuts[i]):
                for b in (*cuts[j], chunks[j].end()):
                    if name_shaped(text[a:b].strip()):
                        return True
    return False


@functools.cache
def _patterns() -> tuple[tuple[str, Any, Any, int], ...]:
    """(entity, compiled regex, validity check, the fewest digits a match holds) for every pattern Presidio runs for
    phiscan, compiled as it does."""
    import regex

    from phiscan.detect.specs import SPECS
    from phiscan.detect.urls import URL_PATTERN, personal_url

    out = [(s.entity, regex.compile(r, s.flags), s.check, s.min_digits) for s in SPECS for _, r, _ in s.patterns]
    loose = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE  # Presidio's default flags
    out.append(("URL", regex.compile(URL_PATTERN, loose), personal_url, 0))
    out.append(("IBAN_CODE", regex.compile(_IBAN_HINT, loose), None, 0))
    return tuple(out)


def presidio_entities(text: str) -> frozenset[str] | None:
    """The entities Presidio could report in `text` that the policy keeps: those whose recognizers' own
    regexes and checks accept a match, names and places when the name model could add one, e-mail when
    there is an "@".  Presidio asked for these alone answers as it would asked for all, at a fraction of the
    cost on short strings.  None when any could be (a regex ran out of time); empty when Presidio need not
    run at all."""
    found = set()
    if "@" in text:
        found.add("EMAIL_ADDRESS")
    if may_hold_name(text):
        found.update(("PERSON", "LOCATION"))
    digits = sum(c.isdigit() for c in text)  # (a pattern that needs more, most strings' national ids, need not run)
    for entity, rx, check, needed in _patterns():
        if entity in found or digits < needed:
            continue
        try:
            if any(m.group() and (check is None or check(m.group())) for m in rx.finditer(text, timeout=_TIMEOUT_S)):
                found.add(entity)
        except TimeoutError:
            return None  # let Presidio meet the same regex
    return frozenset(found)


def needs_presidio(text: str) -> bool:
    """False only when Presidio, with phiscan's recognizers and name model, would find nothing to keep."""
    entities = presidio_entities(text)
    return entities is None or bool(entities)
