"""Which files a scan reads: files named directly, and the schema files under named folders."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from phiscan.documents.paths import path_matches
from phiscan.types import FileError, Note

SCAN_SUFFIXES = frozenset({".json", ".jsonl", ".yaml", ".yml"})
SKIP_DIRS = frozenset(
    {"node_modules", "vendor", "venv", "site-packages", "__pycache__", "dist", "build", "third_party",
     "bower_components", "target"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Discovery:
    """The files a scan reads, the places it could not look into, and the links it did not follow."""

    files: list[Path]
    errors: list[FileError]
    notes: list[Note]


def discover(
    paths: Iterable[str | os.PathLike[str]],
    exclude: Sequence[str] = (),
    include: Sequence[str] = (),
    follow_symlinks: bool = False,
) -> Discovery:
    """Files named directly, and the *.json / *.yaml / *.yml under named folders (hidden and vendored skipped).

    A folder that cannot be listed is an error of its own (never a silent skip); the other paths are still
    found.  Symbolic links met inside a folder are not followed unless `follow_symlinks` (as gitleaks does):
    one could lead out of the tree (`passwd.json -> /etc/passwd`).  A path named directly is read as named.
    """
    files: list[Path] = []
    errors: list[FileError] = []
    notes: list[Note] = []

    def unreadable(e: OSError) -> None:
        where = Path(e.filename).as_posix() if e.filename else "?"
        errors.append(FileError(where, f"folder could not be read ({(e.strerror or str(e)).lower()}): not scanned"))

    for given in paths:
        p = Path(given)
        try:
            is_dir = p.is_dir() and not p.is_symlink()
        except OSError:  # a file under a folder without permission: reading it reports the error
            is_dir = False
        if not is_dir:
            if not excluded(p, exclude):
                files.append(p)
            continue
        for root, dirs, names in os.walk(p, onerror=unreadable, followlinks=follow_symlinks):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
            for name in sorted(names):
                child = Path(root) / name
                wanted = (
                    any(path_matches(child.as_posix(), g) for g in include)
                    if include
                    else child.suffix.lower() in SCAN_SUFFIXES
                )
                if not wanted or excluded(child, exclude):
                    continue
                if child.is_symlink() and not follow_symlinks:
                    notes.append(Note(child.as_posix(), "symbolic link not followed (--follow-symlinks reads it)"))
                    continue
                files.append(child)
    return Discovery(files, errors, notes)


def iter_files(
    paths: Iterable[str | os.PathLike[str]], exclude: Sequence[str] = (), include: Sequence[str] = ()
) -> Iterator[Path]:
    """The files `discover` finds (its errors and notes left out)."""
    yield from discover(paths, exclude, include).files


def excluded(p: Path, exclude: Sequence[str]) -> bool:
    """True when a glob of `exclude` names `p` or a folder it is in."""
    return any(
        p.match(g) or p.as_posix().startswith(g.rstrip("/") + "/") or path_matches(p.as_posix(), g) for g in exclude
    )


def by_size(files: Sequence[Path], budget: int) -> Iterator[list[Path]]:
    """`files` in order, in runs of about `budget` bytes (a larger file is a run of its own)."""
    chunk: list[Path] = []
    size = 0
    for f in files:
        try:
            n = f.stat().st_size if f.is_file() else 0
        except OSError:
            n = 0
        if chunk and size + n > budget:
            yield chunk
            chunk, size = [], 0
        chunk.append(f)
        size += n
    if chunk:
        yield chunk
