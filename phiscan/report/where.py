"""Where a finding is, said safely for files that leave the machine (SARIF, CI annotations).

Paths are made relative to the repository root (the nearest folder above the working
directory holding `.git`), which is what code scanning and workflow annotations resolve
against.  JSON Pointers are shown with every token that is itself a finding masked: a
property named after a patient would otherwise reappear, unmasked, in the pointer of its
own finding and of everything below it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from phiscan.documents.paths import relative_posix
from phiscan.types import Finding, Role


@dataclass(frozen=True, slots=True)
class Base:
    """The folder that reported paths are relative to, and whether it is a repository root."""

    path: Path
    is_repo: bool


def find_base(cwd: Path | None = None) -> Base:
    """The nearest folder at or above `cwd` holding `.git` (a folder, or a file in worktrees); else `cwd`."""
    start = Path(os.path.abspath(cwd or Path.cwd()))
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return Base(folder, True)
    return Base(start, False)


def relative(path: str, base: Base, cwd: Path | None = None) -> str | None:
    """`path` (as scanned, relative to `cwd`) relative to the base, with `/`; None when outside it."""
    return relative_posix(path, base.path, cwd=cwd, resolve=False)


def artifact_location(path: str, base: Base, cwd: Path | None = None) -> dict[str, str]:
    """A SARIF artifactLocation: a `%SRCROOT%`-relative URI, or an absolute file URI outside the base."""
    rel = relative(path, base, cwd)
    if rel is None:
        full = os.path.abspath(Path(cwd or Path.cwd()) / path)
        return {"uri": "file://" + quote(_name_bytes(full), safe="/")}
    return {"uri": quote(_name_bytes(rel), safe="/"), "uriBaseId": SRCROOT}


def _name_bytes(path: str) -> bytes:
    """A path's bytes for percent-encoding: a file name that is not UTF-8 reaches here as surrogate escapes
    (its own bytes again); any other lone surrogate (a path given from memory) is kept, encoded as is."""
    try:
        return os.fsencode(path)
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogatepass")


SRCROOT = "%SRCROOT%"


def base_uri(base: Base) -> str:
    """The base folder as an absolute file URI ending in `/`, as SARIF's originalUriBaseIds wants."""
    return base.path.as_uri().rstrip("/") + "/"


def message(f: Finding, pointer: str) -> str:
    """One sentence pair for a finding: what and how to fix, then the masked excerpt and where."""
    where = pointer or ("the file name" if f.surface is Role.FILE_NAME else "the document root")
    part = f", characters {f.span[0]} to {f.span[1]}" if f.span is not None else ""
    return f'{f.message[:1].upper()}{f.message[1:]}. Found "{f.text}" ({f.where}{part}) at {where}.'
