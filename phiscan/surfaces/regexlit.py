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
import warnings
from dataclasses import dataclass
from typing import Any

from phiscan.surfaces.regextokens import Literal, locate, textual_runs, tokenize

__all__ = ["Literal", "RegexAnalysis", "analyse_regex", "regex_literals"]

# Beyond these the parser (pure Python, recursive) is too slow or too deep; the linear textual
# scan takes over.  Past _MAX_SCAN_CHARS not even that is read.
_MAX_PARSE_CHARS = 50_000
_MAX_DEPTH = 60
_MAX_SCAN_CHARS = 100_000
_MAX_LANGUAGE = 1_000  # strings a closed sub-language may hold before products are refused
_MAX_FIXED_REPEAT = 64
_MAX_OPTIONALS = 3  # optional parts read with and without them, per regex: more would flood its literals


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
    tokens, depth = tokenize(scanned)
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
            return RegexAnalysis(locate(walker.found, tokens), closed=closed)
    runs = textual_runs(tokens, max_literals)
    literals = tuple(Literal(text, start, end) for text, (start, end) in runs.items())
    return RegexAnalysis(literals, fallback=True, truncated=truncated or len(runs) >= max_literals)


# --- the parse tree ---------------------------------------------------------------------------

_ECMA = re.compile(r"\\(?:k<(\w+)>|([pP])\{[^}]*\}|u\{([0-9A-Fa-f]{1,6})\}|c([A-Za-z])|.)|\(\?<(?![=!])", re.DOTALL)


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


def _separating(lang: tuple[str, ...]) -> bool:
    """A few strings each of which starts or ends with a separator (` `, `:`, `#`, `MRN-`)."""
    return len(lang) <= 4 and all(t and not (t[0].isalnum() and t[-1].isalnum()) for t in lang)


def _separator(op: str, av: Any) -> str:
    """`space` for white space in a character set (`\\s`, ` `), `mark` for a mark words are joined by, or ''."""
    if (op == "CATEGORY" and str(av) == "CATEGORY_SPACE") or (op == "LITERAL" and av == 32):
        return "space"
    return "mark" if op == "LITERAL" and chr(av) in "_-." else ""


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
_SPACE = _Part(True, (" ",), (" ",), False)  # `\s`: any white space, read as the space text would have
_BREAK_PART = _Part(False, ("",), ("",))
_BEGIN = frozenset({"AT_BEGINNING", "AT_BEGINNING_STRING"})
_END = frozenset({"AT_END", "AT_END_STRING"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


class _Walker:
    def __init__(self, max_work: int, max_literals: int) -> None:
        self.found: dict[str, None] = {}  # an ordered set
        self.optionals = 0  # optional parts read both ways so far
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
                if text.strip():  # white space alone is no value
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
        if op == "ANY":  # `rosa.garcia`: an unescaped dot mostly stands for itself; the regex is not closed
            return _Part(True, (".",), (".",), False)
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
        kinds = [_separator(str(op), av) for op, av in items]
        if all(kinds) and any(str(op) == "CATEGORY" for op, _ in items):  # (`[ ]` is a space exactly, read below)
            return _SPACE  # `Aino\s+Virtanen`, `Aino[\s_-]Virtanen`: the value as written with a space
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
        if sub.closed and sub.head == (" ",) and high > 1:
            return _SPACE  # `\s+`, `\s*`: one space, as the value would be written (not glued: `GreenBayPackers`)
        if low == 0 and high == 1 and sub.closed and self.optionals < _MAX_OPTIONALS and _separating(sub.head):
            self.optionals += 1
            # `MEMBER[ :#]?W967`, `(MRN-)?`: the value with and without it (a separator between a label and
            # its number keeps the two apart, as in text); optional letters (`colou?r`) are a format's
            either = tuple(dict.fromkeys((*sub.head, "")))
            return _Part(True, either, either, sub.exact)
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
