"""A regex read as text: its literal characters with their offsets, for the fallback split of a regex
Python cannot parse and to place the parser's literals back in the pattern (`phiscan.surfaces.regexlit`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Literal:
    """A maximal literal run; `start`/`end` index the original pattern, or None if not locatable."""

    text: str
    start: int | None
    end: int | None


_LIT, _NEUTRAL, _BREAK = 0, 1, 2
_Token = tuple[int, str, int, int]  # kind, literal char (or ""), start, end
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_HEX = re.compile(
    r"x\{([0-9A-Fa-f]{1,6})\}|u\{([0-9A-Fa-f]{1,6})\}|x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})"
    r"|U([0-9A-Fa-f]{8})|0([0-7]{0,2})"
)
_BRACED = re.compile(r"[pP]\{[^}]*\}|k<[^>]*>|N\{[^}]*\}|[1-9][0-9]*")
_QUANT = re.compile(r"\{(?:\d+(?:,\d*)?|,\d+)\}")
_GROUP = re.compile(
    r"\(\?(?:#[^)]*\)|P=\w+\)|[aiLmsux]+\)|[=!]|<[=!]|\(\w+\)|P<\w+>|<\w+>|'\w+'|[:>]"
    r"|[aiLmsux]*(?:-[imsx]+)?:|[\w<>'=!:-]*)|\("
)  # the last: malformed, skip its header
# Lookarounds, conditionals and back-references: their content is not part of the run around them.
_OPAQUE_GROUPS = ("?=", "?!", "?<=", "?<!", "?(", "?P=")


def _escape(s: str, i: int) -> tuple[int, str, int]:
    """Decode the escape at s[i] == '\\' into (kind, char, end)."""
    c = s[i + 1] if i + 1 < len(s) else ""
    if not c or (c.isdigit() and c != "0") or c in "pPkN":
        m = _BRACED.match(s, i + 1)
        if c == "N" and m:
            try:
                return _LIT, unicodedata.lookup(m.group()[2:-1]), m.end()
            except KeyError:
                pass
        return _BREAK, "", m.end() if m else min(i + 2, len(s))
    if c in "xuU0":
        m = _HEX.match(s, i + 1)
        if m:
            code = int(next(g for g in m.groups() if g is not None) or "0", 16 if c != "0" else 8)
            if code <= 0x10FFFF:
                return _LIT, chr(code), m.end()
        return _BREAK, "", i + 2
    if c in _CONTROL:
        return _LIT, _CONTROL[c], i + 2
    if c == "c" and i + 2 < len(s) and s[i + 2].isascii() and s[i + 2].isalpha():
        return _LIT, chr(ord(s[i + 2]) % 32), i + 3  # ECMA control escape
    if c in "bBAZzG":
        return _NEUTRAL, "", i + 2
    return (_BREAK, "", i + 2) if c.isalnum() else (_LIT, c, i + 2)


def _char_class(s: str, i: int) -> tuple[int, str, int]:
    """A class is a literal only if it names one character, possibly in both cases (`[.]`, `[Jj]`)."""
    j = i + 1
    ok = not s.startswith("^", j)
    j += not ok
    members: list[str] = []
    if s.startswith("]", j):  # Python reads a leading ']' as a member
        members.append("]")
        j += 1
    while j < len(s) and s[j] != "]":
        if s[j] == "\\":
            kind, char, j = _escape(s, j)
            ok = ok and kind == _LIT
            members.append(char)
            continue
        if s[j] == "-" and members and s[j + 1 : j + 2] not in ("", "]"):
            ok = False  # a range
        members.append(s[j])
        j += 1
    if j >= len(s):
        return _BREAK, "", i + 1  # unterminated: treat '[' as a metacharacter and read on
    if ok and members and len({m.casefold() for m in members}) == 1:
        return _LIT, members[0], j + 1
    return _BREAK, "", j + 1


def tokenize(s: str) -> tuple[list[_Token], int]:
    """Classify every piece of `s` as literal, zero-width (neutral) or run-breaking."""
    tokens: list[_Token] = []
    opens: list[int] = []
    depth = i = 0
    unclosed = len(s)  # once one '[' finds no ']', no later one will: don't rescan (quadratic)
    while i < len(s):
        c = s[i]
        kind, char, end = _LIT, c, i + 1
        quantifier = _QUANT.match(s, i) if c == "{" else None
        if c == "\\":
            kind, char, end = _escape(s, i)
        elif c == "[":
            kind, char, end = _char_class(s, i) if i < unclosed else (_BREAK, "", i + 1)
            unclosed = i if end == i + 1 else unclosed
        elif c == "(":
            m = _GROUP.match(s, i)
            end = m.end() if m else i + 1
            kind, char = (_BREAK if s.startswith(_OPAQUE_GROUPS, i + 1) else _NEUTRAL), ""
            if s[end - 1] != ")":  # comments, inline flags and back-references open no group
                opens.append(len(tokens))
                depth = max(depth, len(opens))
        elif c == ")":
            kind, char = (_NEUTRAL if opens else _BREAK), ""
            opener = opens.pop() if opens else None
            if opener is not None and s[i + 1 : i + 2] in ("*", "+", "?", "{"):
                tokens[opener] = (_BREAK, "", *tokens[opener][2:])  # a quantified group stands apart
        elif c in "^$":
            kind, char = _NEUTRAL, ""
        elif c in "|.*+?" or quantifier:
            kind, char = _BREAK, ""
            end = quantifier.end() if quantifier else end
            if c != "|" and c != "." and tokens and tokens[-1][0] == _LIT:
                tokens[-1] = (_BREAK, "", *tokens[-1][2:])  # the quantified atom is variable
        tokens.append((kind, char, i, end))
        i = end
    return tokens, depth


def textual_runs(tokens: list[_Token], limit: int) -> dict[str, tuple[int, int]]:
    """The fallback: runs of literal tokens, split at every metacharacter."""
    runs: dict[str, tuple[int, int]] = {}
    run: list[_Token] = []
    for tok in [*tokens, (_BREAK, "", 0, 0)]:
        if tok[0] == _LIT:
            run.append(tok)
        elif tok[0] == _BREAK and run:
            runs.setdefault("".join(t[1] for t in run), (run[0][2], run[-1][3]))
            run = []
            if len(runs) >= limit:
                break
    return runs


def locate(found: dict[str, None], tokens: list[_Token]) -> tuple[Literal, ...]:
    """Find each literal as a contiguous run of literal tokens in the source, in source order."""
    lits = [t for t in tokens if t[0] != _NEUTRAL]
    flat = "".join(t[1] if t[0] == _LIT else "\0" for t in lits)
    out: list[Literal] = []
    hint = 0
    for text in found:
        at = -1 if "\0" in text else flat.find(text, hint)
        at = flat.find(text) if at < 0 and "\0" not in text else at
        if at < 0:
            out.append(Literal(text, None, None))
            continue
        hint = at + len(text)
        out.append(Literal(text, lits[at][2], lits[hint - 1][3]))
    return tuple(sorted(out, key=lambda lit: (lit.start is None, lit.start or 0)))
