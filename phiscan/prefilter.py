"""Cheap tests that prove a schema string cannot hold anything phiscan reports.

Three gates, each a necessary condition for a later, costlier step:

- `may_hold_entity`: any recognizer or secret detector could fire (a digit, an `@`, a URL,
  a long token, two capitalised words, a non-Latin script).  Strings failing it are not analysed.
- `needs_presidio`: Presidio could return a result the policy keeps.  It runs the pattern
  recognizers' own regexes (the `regex` engine Presidio uses, with the same flags) and validity
  checks, so a string failing it gets the empty answer Presidio would give, without Presidio or
  spaCy being imported.  Secrets are detected either way.
- `may_hold_name`: the name model could add a person or an address the policy would keep.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_CAPITALISED = re.compile(r"(?<![\w'])(?:[A-Z][\w'.-]*|[^\W\d_A-Za-z\u00C0-\u024F][\w'.-]*)")
_TOKENISH = re.compile(r"[A-Za-z0-9+/_\-]{20,}")
# The words `phiscan.names.name_shaped` splits a span into, and the runs of letters in them.
_CHUNK = re.compile(r"[^\s,]+")
_PIECE = re.compile(r"[^\W\d_][^\W\d_.'\u2019-]*(?:[.'\u2019-]+[^\W\d_]+)*[.'\u2019-]*")
# Where a token may start or end inside a word: next to punctuation, or where digits meet letters.
_CUT = re.compile(r"(?<=[\W_])|(?=[\W_])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
# The policy keeps a model-found address only in these shapes (phiscan.policy._ADDRESS_SHAPE, unanchored).
_ADDRESS_HINT = re.compile(r"\d{1,6}[A-Z]? (?:[NSEW]\.? )?[A-Z][a-z]+ [A-Z][a-z]|[A-Z]{2},? \d{5}")
# Presidio's email and IBAN patterns need these (a superset of each).
_EMAIL_HINT = re.compile(r"@\w")
_IBAN_HINT = r"(?<![A-Z0-9])[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,6}"
_TIMEOUT_S = 2.0


def _non_latin(text: str) -> bool:
    return any(c.isalpha() and ord(c) > 0x24F for c in text)


def may_hold_entity(text: str) -> bool:
    """False only when no phiscan recognizer could fire on `text`."""
    if len(text) < 2:
        return False
    if any(c.isdigit() for c in text) or "@" in text or "://" in text:
        return True
    if _TOKENISH.search(text):
        return True
    if _non_latin(text):
        return True  # non-Latin scripts: names need not be capitalised or spaced
    return len(_CAPITALISED.findall(text)) >= 2


def _starts_name(chunk: str) -> bool:
    """Could a span word cut from `chunk` be a given name, a title or an initial (with its period)?"""
    from phiscan.names import could_start_a_name

    for piece in _PIECE.findall(chunk):
        bare = piece.strip(".'\u2019-")
        if len(bare) == 1:
            if piece.endswith("."):
                return True
        elif bare and could_start_a_name(bare):
            return True
    return False


def _capitalised(chunk: str) -> bool:
    return any(p.strip(".'\u2019-")[:1].isupper() for p in _PIECE.findall(chunk))


def _cuts(chunk: re.Match[str], left: bool) -> list[int]:
    """Where a token can start (left) or end (right) inside `chunk`."""
    lo, hi = chunk.span()
    inner = [lo + m.start() for m in _CUT.finditer(chunk[0]) if 0 < m.start() < hi - lo]
    return [lo, *inner] if left else [*inner, hi]


def may_hold_name(text: str) -> bool:
    """False when the name model could add nothing the policy would keep for `text`.

    The policy keeps a model-found person only when `phiscan.names.name_shaped` accepts its
    text, and an address only in `_ADDRESS_HINT`'s shapes.  So every run of two to five words a
    span could cover is put to `name_shaped` here.  A span starts and ends at a word's edge, next
    to punctuation inside a word ("(Maria", "Smith-Jones") or where digits meet letters: what
    spaCy's English tokenizer splits on, its contraction special cases aside.  Non-Latin scripts
    always go to the model.
    """
    if _non_latin(text):
        return True
    if _ADDRESS_HINT.search(text):
        return True
    from phiscan.names import is_particle, name_shaped

    chunks = list(_CHUNK.finditer(text))
    words = [m for m in chunks if not is_particle(m[0])]
    starts = {m.start() for i, m in enumerate(words) if _starts_name(m[0]) and (
        (i > 0 and _capitalised(words[i - 1][0])) or (i + 1 < len(words) and _capitalised(words[i + 1][0])))}
    if not starts:  # the cheap necessary condition: a name's first word next to a capitalised one
        return False
    for i, first in enumerate(chunks):
        for j in range(i + 1, min(i + 5, len(chunks))):
            if not any(m.start() in starts for m in chunks[i : j + 1]):
                continue
            for a in _cuts(first, left=True):
                for b in _cuts(chunks[j], left=False):
                    if name_shaped(text[a:b].strip()):
                        return True
    return False


@functools.cache
def _patterns() -> tuple[tuple[Any, Any], ...]:
    """(compiled regex, validity check) for every pattern Presidio runs for phiscan, compiled as it does."""
    import regex

    from phiscan.recognizers import SPECS
    from phiscan.urls import URL_PATTERN, personal_url

    out = [(regex.compile(r, s.flags), s.check) for s in SPECS for _, r, _ in s.patterns]
    loose = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE  # Presidio's default flags
    out.append((regex.compile(URL_PATTERN, loose), personal_url))
    out.append((regex.compile(_IBAN_HINT, loose), None))
    return tuple(out)


def needs_presidio(text: str) -> bool:
    """False only when Presidio, with phiscan's recognizers and name model, would find nothing to keep."""
    if _EMAIL_HINT.search(text) or may_hold_name(text):
        return True
    for rx, check in _patterns():
        try:
            for m in rx.finditer(text, timeout=_TIMEOUT_S):
                if m.group() and (check is None or check(m.group())):
                    return True
        except TimeoutError:
            return True  # let Presidio meet the same regex
    return False
