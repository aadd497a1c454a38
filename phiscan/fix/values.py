"""What a fix writes in place of a value: a placeholder of the value's category, a format regex, an
environment variable reference.  Each is built from the category and the value's shape (lengths and
separators), never from its characters, and each is one phiscan itself reads as no one's
(`phiscan.detect.reserved`), so the fixed file scans clean."""

from __future__ import annotations

import re
from collections.abc import Sequence

from phiscan.detect.reserved import is_placeholder
from phiscan.masking import mask
from phiscan.pointer import pointer_tokens
from phiscan.surfaces.identifiers import split_identifier
from phiscan.surfaces.keywords import KNOWN
from phiscan.surfaces.regexlit import analyse_regex

# Stand-ins from the reserved ranges: RFC 2606 domains, RFC 5737 / RFC 3849 documentation addresses, the
# 555-01xx numbers set aside for fiction, the textbook name, an address that says it is an example.
_STAND_INS = {
    "EMAIL_ADDRESS": "user@example.com",
    "URL": "https://example.com/",
    "PHONE_NUMBER": "555-0100",
    "PERSON": "Jane Doe",
    "STREET_ADDRESS": "123 Example Street",
    "LOCATION": "123 Example Street",
}
# Categories whose format is no shape of digits: a format regex of the category, not of the literal.
_CATEGORY_REGEX = {
    "EMAIL_ADDRESS": r"[^@\s]+@[^@\s]+",
    "URL": r"https?://\S+",
    "PERSON": r"[A-Za-z][A-Za-z .'-]*",
    "STREET_ADDRESS": r".+",
    "LOCATION": r".+",
}
_RUN = re.compile(r"[^\W\d_]+|\d+|[\W_]", re.UNICODE)
_META = frozenset(".^$*+?{}[]()|\\")
_CODE_PREFIX = re.compile(r"[A-Z]{2,5}")
_ENV_SPLIT = re.compile(r"[^A-Za-z0-9]+")
# Pointer tokens that are document structure, never the name a secret is stored under.
_STRUCTURE = frozenset({"tools", "function", "parameters", "input_schema", "inputSchema", "components", "schemas"})


def placeholder(entity: str, value: str) -> str | None:
    """A value of `entity`'s kind that names no one: a reserved stand-in, or the value's shape in `X`s
    (`078-05-1121` -> `XXX-XX-XXXX`); None when neither reads as a placeholder (the element is then removed)."""
    if entity == "IP_ADDRESS":
        return "2001:db8::1" if ":" in value else "192.0.2.1"
    if entity in _STAND_INS:
        return _STAND_INS[entity]
    if any(c.isspace() for c in value) or len(value) > 64:
        return None  # prose, not an identifier: no shape to keep
    shaped = "".join("X" if c.isalnum() else c for c in value)
    return shaped if is_placeholder(shaped) else None


def _shape(literal: str) -> str:
    """A regex of `literal`'s shape: digits as `\\d{n}`, letters as classes, a leading code kept (`MRN-`)."""
    runs = _RUN.findall(literal)
    out: list[str] = []
    for i, run in enumerate(runs):
        n = len(run)
        count = "" if n == 1 else f"{{{n}}}"
        if run.isdigit():
            out.append(r"\d" + count)
        elif run.isalpha():
            if i == 0 and len(runs) > 1 and _CODE_PREFIX.fullmatch(run):
                out.append(run)  # a code naming the kind of number (MRN, HPN), not a part of it
            elif run.isascii():
                cls = "[A-Z]" if run.isupper() else "[a-z]" if run.islower() else "[A-Za-z]"
                out.append(cls + count)
            else:
                out.append(r"[^\W\d_]" + count)
        elif run.isascii() and not run.isalnum():
            out.append("\\" + run if run in _META else run)
        else:
            out.append(".")
    return "".join(out)


def format_regex(entity: str, literal: str) -> str:
    """The generic regex of a literal of `entity`: the category's format, else the literal's shape."""
    return _CATEGORY_REGEX.get(entity) or _shape(literal)


def generalize_pattern(
    pattern: str, flagged: Sequence[tuple[tuple[int, int] | None, str]], partial: bool
) -> str | None:
    """`pattern` with its literal identifiers replaced by their format regexes; None when it is no finite set of
    literals.  `flagged` holds each finding's (span, entity); `partial` says some findings stand for more values
    than they locate (then every literal is generalized, flagged or not)."""
    analysis = analyse_regex(pattern)
    if not analysis.closed or analysis.fallback or analysis.truncated or not analysis.literals:
        return None
    by_span = {span: entity for span, entity in flagged if span is not None}
    located = not partial and all(span is not None for span, _ in flagged)
    alternatives: list[str] = []
    for lit in analysis.literals:
        entity = by_span.get((lit.start, lit.end)) if lit.start is not None and lit.end is not None else None
        keep = located and entity is None and not any(c.isdigit() for c in lit.text)
        alt = "".join("\\" + c if c in _META else c for c in lit.text) if keep else format_regex(entity or "", lit.text)
        if alt not in alternatives:
            alternatives.append(alt)
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    head = "^" if pattern.startswith(("^", r"\A")) else ""
    tail = "$" if pattern.endswith("$") or pattern.endswith(r"\Z") else ""
    generalized = head + body + tail
    try:
        re.compile(generalized)
    except re.error:
        return None
    return generalized if generalized != pattern else None


def env_name(pointer: str, entity: str, sensitive: frozenset[str]) -> str:
    """The environment variable a secret at `pointer` moves to: named after the key it sits under
    (`/properties/stripe_api_key/default` -> `STRIPE_API_KEY`), else after its entity; a key that is itself a
    finding names nothing."""
    tokens = pointer_tokens(pointer)
    prefix = ""
    candidates: list[tuple[str, str]] = []
    for token in pointer.split("/")[1:]:
        prefix += "/" + token
        candidates.append((prefix, tokens[len(candidates)]))
    for where, token in reversed(candidates):
        if token in KNOWN or token in _STRUCTURE or token.isdigit() or where in sensitive:
            continue
        words = split_identifier(token).words if _ENV_SPLIT.sub("", token) else ()
        name = "_".join(w.upper() for w in words if w.isascii() and w.isalnum())
        if name and not name[0].isdigit():
            return name
    return entity.upper()


def suggested_name(key: str, masked: Sequence[str]) -> str | None:
    """A rename for a key that holds a value: its words without the flagged ones (`maria_gonzalez_ssn` with
    `M**** G*******` flagged -> `ssn`), joined as the key joins them; None when no word would be left."""
    split = split_identifier(key)
    words: list[str] = []
    at = 0
    for word in split.words:
        a, b = split.to_original(at, at + len(word))
        words.append(key[a:b])
        at += len(word) + 1
    gone: set[int] = set()
    for shown in masked:
        target = shown.lower().split()
        for i in range(len(words) - len(target) + 1):
            if [mask(w).lower() for w in words[i : i + len(target)]] == target:
                gone.update(range(i, i + len(target)))
    if not gone:
        gone = {i for i, w in enumerate(words) if any(c.isdigit() for c in w)}
    kept = [w for i, w in enumerate(words) if i not in gone]
    if not kept or len(kept) == len(words):
        return None
    sep = next((c for c in ("_", "-", ".") if c in key), "")
    if sep:
        return sep.join(kept)
    return kept[0][:1].lower() + kept[0][1:] + "".join(w[:1].upper() + w[1:] for w in kept[1:])
