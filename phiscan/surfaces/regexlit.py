"""The literal strings a regex spells out, found by analysing it rather than searching its text.

A `pattern` or `patternProperties` key such as `^(MRN-0045821|MRN-0099310)$` carries PHI as
literal runs; a format regex such as `^\\d{3}-\\d{2}-\\d{4}$` carries none.  The regex is parsed
with Python's own parser and never compiled or executed; work is bounded by a budget.  A regex
Python cannot parse (invalid, or an ECMA-262 construct with no Python equivalent) falls back to
a conservative textual split, so a broken pattern still yields its values.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
import warnings
from dataclasses import dataclass
from typing import Any

__all__ = ["Literal", "RegexAnalysis", "analyse_regex", "regex_literals"]

# Beyond these the parser (pure Python, recursive) is too slow or too deep; the linear textual
# scan takes over.  Past _MAX_SCAN_CHARS not even that is read.
_MAX_PARSE_CHARS = 50_000
_MAX_DEPTH = 60
_MAX_SCAN_CHARS = 100_000
_MAX_LANGUAGE = 1_000  # strings a closed sub-language may hold before products are refused
_MAX_FIXED_REPEAT = 64


@dataclass(frozen=True, slots=True)
class Literal:
    """A maximal literal run; `start`/`end` index the original pattern, or None if not locatable."""

    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class RegexAnalysis:
    """What `analyse_regex` found.

    `closed` means the regex matches exactly the strings in `literals` and nothing else.
    `fallback` means the textual split was used instead of the parse tree; `truncated` means a
    size or work limit was hit, so literals may be missing.
    """

    literals: tuple[Literal, ...]
    closed: bool = False
    fallback: bool = False
    truncated: bool = False


def regex_literals(pattern: str) -> tuple[Literal, ...]:
    """The maximal literal runs of `pattern` (see `analyse_regex`)."""
    return analyse_regex(pattern).literals


def analyse_regex(pattern: str, *, max_work: int = 200_000, max_literals: int = 10_000) -> RegexAnalysis:
    """Find the literal strings of `pattern` without executing it; never raises."""
    truncated = len(pattern) > _MAX_SCAN_CHARS
    scanned = pattern[:_MAX_SCAN_CHARS]
    tokens, depth = _tokenize(scanned)
    tree = None
    if not truncated and len(pattern) <= _MAX_PARSE_CHARS and depth <= _MAX_DEPTH:
        tree = _parse(_to_python_dialect(pattern))
    if tree is not None:
        walker = _Walker(max_work, max_literals)
        try:
            closed = walker.walk(tree)
        except _Exhausted:
            truncated = True
        else:
            return RegexAnalysis(_locate(walker.found, tokens), closed=closed)
    runs = _textual_runs(tokens, max_literals)
    literals = tuple(Literal(text, start, end) for text, (start, end) in runs.items())
    return RegexAnalysis(literals, fallback=True, truncated=truncated or len(runs) >= max_literals)


# --- textual tokens: feed the fallback split and map literals back to offsets ----------------

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


def _tokenize(s: str) -> tuple[list[_Token], int]:
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


def _textual_runs(tokens: list[_Token], limit: int) -> dict[str, tuple[int, int]]:
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


def _locate(found: dict[str, None], tokens: list[_Token]) -> tuple[Literal, ...]:
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


# --- the parse tree ---------------------------------------------------------------------------

_ECMA = re.compile(
    r"\\(?:k<(\w+)>|([pP])\{[^}]*\}|u\{([0-9A-Fa-f]{1,6})\}|c([A-Za-z])|.)|\(\?<(?![=!])", re.DOTALL
)


def _ecma_to_python(m: re.Match[str]) -> str:
    name, prop, code, control = m.groups()
    if m.group() == "(?<":
        return "(?P<"
    if name:
        return f"(?P={name})"
    if prop:
        return "\\w" if prop == "p" else "\\W"  # a Unicode property is a variable class either way
    if code and int(code, 16) <= 0x10FFFF:
        return f"\\U{int(code, 16):08x}"
    if control:
        return f"\\x{ord(control) % 32:02x}"
    return m.group()


def _to_python_dialect(pattern: str) -> str:
    """Rewrite the ECMA-262 spellings JSON Schema allows into Python's where one exists."""
    return _ECMA.sub(_ecma_to_python, pattern)


def _parse(pattern: str) -> Any:
    """Python's parse tree of `pattern`, or None; `re._parser` is private, so import defensively."""
    for name in ("re._parser", "sre_parse"):  # 3.11+ first: sre_parse warns on import there
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "possible nested set" and the like are not ours to show
                return importlib.import_module(name).parse(pattern)
        except ImportError:
            continue
        except Exception:  # re.error, RecursionError, OverflowError...: all mean "use the fallback"
            return None
    return None


class _Exhausted(Exception):
    pass


@dataclass(slots=True)
class _Part:
    """A sub-pattern's literal shape.  Closed: `head` is its whole (finite) language.  Open: `head`
    and `tail` are the fixed strings it starts and ends with, which join its neighbours' runs."""

    closed: bool
    head: tuple[str, ...]
    tail: tuple[str, ...]
    exact: bool = True


_EMPTY = _Part(True, ("",), ("",))
_BREAK_PART = _Part(False, ("",), ("",))
_BEGIN = frozenset({"AT_BEGINNING", "AT_BEGINNING_STRING"})
_END = frozenset({"AT_END", "AT_END_STRING"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


class _Walker:
    def __init__(self, max_work: int, max_literals: int) -> None:
        self.found: dict[str, None] = {}  # an ordered set
        self.work = 0
        self.max_work = max_work
        self.max_literals = max_literals

    def walk(self, tree: Any) -> bool:
        """Collect the literals of `tree`; True if the regex is closed."""
        part = self._seq(list(tree), 0, True, True)
        self._emit(part.head, part.tail)
        return part.closed and part.exact and not tree.state.flags & re.IGNORECASE

    def _spend(self, amount: int) -> None:
        self.work += amount
        if self.work > self.max_work:
            raise _Exhausted

    def _emit(self, *langs: tuple[str, ...]) -> None:
        for lang in langs:
            for text in lang:
                if text:
                    self.found[text] = None
        if len(self.found) > self.max_literals:
            raise _Exhausted

    def _product(self, a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
        if len(a) * len(b) > max(_MAX_LANGUAGE, len(a) + len(b)):  # a singleton side stays linear
            return None
        out = tuple(dict.fromkeys(x + y for x in a for y in b))
        self._spend(sum(map(len, out)))
        return out

    def _join(self, a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        """a+b as one run; if that is too large, emit them as separate runs."""
        joined = self._product(a, b)
        if joined is None:
            self._emit(a, b)
            return ("",)
        return joined

    def _concat(self, a: _Part, b: _Part) -> _Part:
        exact = a.exact and b.exact
        if a.closed and b.closed:
            lang = self._product(a.head, b.head)
            if lang is not None:
                return _Part(True, lang, lang, exact)
            return _Part(False, a.head, b.head, False)
        if a.closed:
            return _Part(False, self._join(a.head, b.head), b.tail, exact)
        if b.closed:
            return _Part(False, a.head, self._join(a.tail, b.head), exact)
        self._emit(self._join(a.tail, b.head))
        return _Part(False, a.head, b.tail, exact)

    def _seq(self, items: list[Any], depth: int, at_start: bool, at_end: bool) -> _Part:
        if depth > _MAX_DEPTH:
            raise _Exhausted
        acc = _EMPTY
        last = len(items) - 1
        for i, (op, av) in enumerate(items):
            part = self._node(str(op), av, depth + 1, at_start and i == 0, at_end and i == last)
            acc = self._concat(acc, part)
        return acc

    def _node(self, op: str, av: Any, depth: int, at_start: bool, at_end: bool) -> _Part:
        self._spend(1)
        if op == "LITERAL":
            return _Part(True, (chr(av),), (chr(av),))
        if op == "AT":
            # Anchors are zero-width; only ^ at the start and $ at the end keep the language exact.
            exact = (at_start and str(av) in _BEGIN) or (at_end and str(av) in _END)
            return _EMPTY if exact else _Part(True, ("",), ("",), False)
        if op == "IN":
            return self._char_set(av)
        if op == "SUBPATTERN":
            part = self._seq(list(av[3]), depth, at_start, at_end)
            return _Part(part.closed, part.head, part.tail, part.exact and not av[1] & re.IGNORECASE)
        if op == "ATOMIC_GROUP":
            return self._seq(list(av), depth, at_start, at_end)
        if op == "BRANCH":
            return self._branch([self._seq(list(b), depth, at_start, at_end) for b in av[1]])
        if op in _REPEATS:
            return self._repeat(av[0], av[1], self._seq(list(av[2]), depth, False, False))
        if op in ("ASSERT", "ASSERT_NOT"):
            self._emit_part(self._seq(list(av[1]), depth, False, False))
        elif op == "GROUPREF_EXISTS":
            for branch in av[1:]:
                if branch is not None:
                    self._emit_part(self._seq(list(branch), depth, False, False))
        return _BREAK_PART  # \d, ., [^x], back-references, lookarounds: the run stops here

    def _emit_part(self, part: _Part) -> None:
        self._emit(part.head, part.tail)

    def _char_set(self, items: list[Any]) -> _Part:
        if any(str(op) != "LITERAL" for op, _ in items):
            return _BREAK_PART  # ranges, categories, negation: a format, not a value
        chars = tuple(dict.fromkeys(chr(code) for _, code in items))
        if len({c.casefold() for c in chars}) == 1:
            return _Part(True, chars[:1], chars[:1], len(chars) == 1)  # [Jj]: the letter, not a set
        # The parser turns `MRN-1|MRN-2` into `MRN-[12]`; a tiny set is an alternation of values.
        return _Part(True, chars, chars) if len(chars) <= 3 else _BREAK_PART

    def _branch(self, parts: list[_Part]) -> _Part:
        exact = all(p.exact for p in parts)
        if all(p.closed for p in parts):
            lang = tuple(dict.fromkeys(s for p in parts for s in p.head))
            self._spend(len(lang))
            return _Part(True, lang, lang, exact)
        # A closed branch may join either neighbour's run, so it counts as both head and tail.
        head = tuple(dict.fromkeys(s for p in parts for s in p.head))
        tail = tuple(dict.fromkeys(s for p in parts for s in p.tail))
        self._spend(len(head) + len(tail))
        return _Part(False, head, tail, exact)

    def _repeat(self, low: int, high: int, sub: _Part) -> _Part:
        if low == high == 1:
            return sub
        if low == high and sub.closed and low <= _MAX_FIXED_REPEAT:
            lang: tuple[str, ...] | None = ("",)
            for _ in range(low):
                lang = self._product(lang, sub.head) if lang is not None else None
            if lang is not None:
                return _Part(True, lang, lang, sub.exact)
        if low == high and not sub.closed and low >= 1:
            twice = self._concat(sub, sub)  # (x\dy){3}: each copy's y joins the next copy's x
            return _Part(False, twice.head, twice.tail, twice.exact)
        self._emit_part(sub)
        return _BREAK_PART
