"""Which files a scan reads: files named directly, and the schema files under named folders."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from phiscan.documents.paths import path_matches

SCAN_SUFFIXES = frozenset({".json", ".yaml", ".yml"})
SKIP_DIRS = frozenset(
    {"node_modules", "vendor", "venv", "site-packages", "__pycache__", "dist", "build", "third_party",
     "bower_components", "target"}
)  # fmt: skip


def iter_files(
    paths: Iterable[str | os.PathLike[str]], exclude: Sequence[str] = (), include: Sequence[str] = ()
) -> Iterator[Path]:
    """Files named directly, and the *.json / *.yaml / *.yml under named folders (hidden and vendored skipped)."""
    for given in paths:
        p = Path(given)
        if p.is_dir() and not p.is_symlink():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
                for name in sorted(files):
                    child = Path(root) / name
                    wanted = (
                        any(path_matches(child.as_posix(), g) for g in include)
                        if include
                        else child.suffix.lower() in SCAN_SUFFIXES
                    )
                    if wanted and not excluded(child, exclude):
                        yield child
        elif not excluded(p, exclude):
            yield p


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
