"""A cheap test that proves most schema strings cannot hold any entity phiscan reports.

Every recognizer needs one of: a digit (numbers, dates, ids, IPs), an `@` (email), a URL
scheme, a secret-looking token, or at least two words of which two start upper-case or use
a non-Latin script (names, street addresses).  Strings with none of these skip Presidio.
"""

from __future__ import annotations

import re

_CAPITALISED = re.compile(r"(?<![\w'])(?:[A-Z][\w'.-]*|[^\W\d_A-Za-z\u00C0-\u024F][\w'.-]*)")
_TOKENISH = re.compile(r"[A-Za-z0-9+/_\-]{20,}")


def may_hold_entity(text: str) -> bool:
    """False only when no phiscan recognizer could fire on `text`."""
    if len(text) < 2:
        return False
    if any(c.isdigit() for c in text) or "@" in text or "://" in text:
        return True
    if _TOKENISH.search(text):
        return True
    if any(c.isalpha() and ord(c) > 0x24F for c in text):
        return True  # non-Latin scripts: names need not be capitalised or spaced
    return len(_CAPITALISED.findall(text)) >= 2


def may_hold_name(text: str) -> bool:
    """False when the name model could add nothing phiscan would report for `text`.

    Mirrors the policy's gates: a reportable name has two capitalised words and a known given name,
    an initial or a title among them (`phiscan.names`); a reportable address has two capitalised
    words and a house number or ZIP.  Non-Latin scripts always go to the model.
    """
    if any(c.isalpha() and ord(c) > 0x24F for c in text):
        return True
    words = _CAPITALISED.findall(text)
    if len(words) < 2:
        return False
    if any(c.isdigit() for c in text):
        return True
    from phiscan.names import could_start_a_name

    return any(could_start_a_name(w) for w in words)
