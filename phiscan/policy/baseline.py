"""Baselines: accepted findings, stored as salted slow hashes so the file reveals no value.

An entry is `(rule, file tag, finding hash)`.  The finding hash is scrypt over rule, file
(relative to the baseline's folder), JSON Pointer and the matched value, salted with a
random per-baseline salt: SSNs (10^9) and phone numbers (10^10) are small enough that a
fast hash, even keyed, could be reversed by trying them all.  No line numbers, no
timestamps: reformatting a file or moving a property keeps its entries, and the file is
sorted with one entry per line so it merges cleanly.  The file tag (HMAC of the path) lets
`update` over some files keep the entries of files it did not scan.

Raw values never leave the scan: `phiscan.scan` asks the policy for values only while a
baseline is active, hashes them here, and drops them before the report is built.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phiscan.documents.paths import relative_posix
from phiscan.errors import ConfigError
from phiscan.types import Finding

VERSION = 1
# scrypt cost: about 60 ms and 16 MiB per hash on a 2020s laptop core; trying every SSN
# against one entry then costs about two CPU-years.  Stored per file, so it can be raised.
SCRYPT_N, SCRYPT_R, SCRYPT_P, DKLEN = 2**14, 8, 1, 16
# The cost a file may ask for.  The file is not trusted: below the minimum its entries could be reversed
# by trying every SSN (n=2, r=1, p=1: under two CPU-hours); above the maximum every scan would crawl or
# run out of memory.  The minimum is the default, so a baseline (and `update`, which keeps the file's
# cost because it cannot rehash the entries of files it did not scan) never holds less than the
# defaults.  The maximum, 16 times the default work (about 1.5 s and 128 MiB per hash), leaves room to
# raise the default.
MIN_N, MIN_R, MIN_P = SCRYPT_N, SCRYPT_R, SCRYPT_P
MAX_N, MAX_R, MAX_P = 2**16, 16, 2
ALLOWED_COST = f"n a power of two from {MIN_N} to {MAX_N}, r from {MIN_R} to {MAX_R}, p from {MIN_P} to {MAX_P}"
_FIELDS = ("rule", "file", "hash")

Entry = tuple[str, str, str]  # (rule, file tag, finding hash)


@dataclass(frozen=True, slots=True)
class Baseline:
    """A loaded (or new) baseline: its salt, cost, entries and the folder paths are relative to."""

    salt: bytes
    root: str
    entries: frozenset[Entry] = frozenset()
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    path: str | None = None
    _memo: dict[tuple[str, str, str, str], str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # however it was made (loaded, `replace`d, built by a caller), a baseline never hashes below the minimum
        problem = _cost_problem(self.n, self.r, self.p)
        if problem:
            raise ConfigError(f"{self.path or 'baseline'}: {problem}")

    def relative(self, path: str) -> str:
        """`path` relative to the baseline's folder, in POSIX form (as given when outside it)."""
        if not path:
            return ""
        rel = relative_posix(path, self.root)
        return Path(path).as_posix() if rel is None else rel

    def file_tag(self, path: str) -> str:
        """A short keyed tag of the file, so entries can be grouped by file without naming it."""
        rel = self.relative(path).encode("utf-8", "surrogatepass")
        return hmac.new(self.salt, b"file\x1f" + rel, hashlib.sha256).hexdigest()[:16]

    def entry(self, f: Finding) -> Entry:
        """The entry for a finding that still carries its raw `value`."""
        # PHI findings carry their raw value while a baseline is active; feature and lint findings have
        # none (their excerpt is the feature's name), so theirs is hashed instead
        value = f.value if f.value is not None else f.text
        rel = self.relative(f.path)
        key = (f.rule, rel, f.pointer, value)
        if key not in self._memo:
            msg = "\x1f".join(key).encode("utf-8", "surrogatepass")
            digest = hashlib.scrypt(
                msg, salt=self.salt, n=self.n, r=self.r, p=self.p, dklen=DKLEN, maxmem=256 * self.n * self.r + (1 << 20)
            )
            self._memo[key] = digest.hex()
        return (f.rule, self.file_tag(f.path), self._memo[key])

    def split(self, findings: Sequence[Finding]) -> tuple[list[Finding], int, frozenset[Entry]]:
        """Findings not in the baseline, how many were, and the entries of all of them."""
        new: list[Finding] = []
        seen: set[Entry] = set()
        matched = 0
        for f in findings:
            e = self.entry(f)
            seen.add(e)
            if e in self.entries:
                matched += 1
            else:
                new.append(f)
        return new, matched, frozenset(seen)

    def updated(self, current: Iterable[Entry], scanned_files: Iterable[str]) -> Baseline:
        """Entries of files not scanned are kept; those of scanned files become `current`."""
        tags = {self.file_tag(p) for p in scanned_files}
        kept = {e for e in self.entries if e[1] not in tags}
        return Baseline(self.salt, self.root, frozenset(kept | set(current)), self.n, self.r, self.p, self.path)


def new(path: str | os.PathLike[str]) -> Baseline:
    """An empty baseline with a fresh random salt, to be written at `path`."""
    p = Path(path)
    return Baseline(secrets.token_bytes(16), str(p.resolve().parent), path=str(p))


def _cost_problem(n: int, r: int, p: int) -> str | None:
    """Why scrypt cost `n`, `r`, `p` is refused, or None when it is within bounds."""
    cost = f"scrypt cost n={n}, r={r}, p={p}"
    if n < MIN_N or r < MIN_R or p < MIN_P:
        why = "below the minimum: its hashes could be reversed by trying every value"
    elif n > MAX_N or r > MAX_R or p > MAX_P:
        why = "above the maximum: every scan would be slow or run out of memory"
    elif n & (n - 1):
        why = "not allowed: n must be a power of two"
    else:
        return None
    return f"{cost} is {why}; phiscan accepts {ALLOWED_COST}. Recreate the baseline with `phiscan baseline create`"


def _bad(path: Path, what: str) -> ConfigError:
    return ConfigError(f"{path}: not a phiscan baseline ({what}); recreate it with `phiscan baseline create`")


def load(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline file; `ConfigError` names the file and what is wrong with it."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"baseline {p} does not exist; create it with `phiscan baseline create --baseline {p}`"
        ) from None
    except OSError as e:
        raise ConfigError(f"baseline {p} cannot be read: {e.strerror or e}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise _bad(p, f"invalid JSON: {e}") from None
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        raise _bad(p, f'expected an object with "version": {VERSION}')
    h: Any = raw.get("hash")
    try:
        salt = bytes.fromhex(raw["salt"])
        n, r, pp = (_whole(h[k]) for k in "nrp")
        if h.get("algorithm") != "scrypt" or h.get("dklen", DKLEN) != DKLEN or len(salt) < 16:
            raise ValueError
        if n < 2 or n & (n - 1) or r < 1 or pp < 1:
            raise ValueError
        entries = frozenset(tuple(str(e[k]) for k in _FIELDS) for e in raw["results"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _bad(
            p, 'expected "hash" {algorithm: scrypt, n, r, p}, a hex "salt" and "results" [{rule, file, hash}]'
        ) from None
    # the cost is checked here, before any hashing, so a hostile file is refused by name, never by scrypt
    problem = _cost_problem(n, r, pp)
    if problem:
        raise ConfigError(f"{p}: {problem}")
    return Baseline(salt, str(p.resolve().parent), entries, n, r, pp, str(p))  # type: ignore[arg-type]  # 3-tuples by _FIELDS


def _whole(x: object) -> int:
    """A JSON integer as written by `dumps` (not a string, a bool or a float)."""
    if isinstance(x, bool) or not isinstance(x, int):
        raise TypeError
    return x


def dumps(b: Baseline) -> str:
    """The file text: sorted, one entry per line, no values, no line numbers, no timestamps."""
    head = {
        "version": VERSION,
        "hash": {"algorithm": "scrypt", "n": b.n, "r": b.r, "p": b.p, "dklen": DKLEN},
        "salt": b.salt.hex(),
    }
    lines = [json.dumps(dict(zip(_FIELDS, e, strict=True)), separators=(", ", ": ")) for e in sorted(b.entries)]
    body = json.dumps(head, indent=2)[:-2]
    results = ",\n    ".join(lines)
    return body + ',\n  "results": [' + (f"\n    {results}\n  " if lines else "") + "]\n}\n"


def write(b: Baseline, path: str | os.PathLike[str]) -> None:
    """Write the baseline atomically (a crash never leaves half a file)."""
    p = Path(path)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_text(dumps(b), encoding="utf-8")
    os.replace(tmp, p)
