"""Which paths in a repository are schema files: the rules `phiscan scan` walks a folder by, applied to the
paths git names (so `--diff` and `history` read exactly the files a full scan of the same paths would)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from phiscan.documents.discover import SCAN_SUFFIXES, SKIP_DIRS, excluded
from phiscan.documents.paths import path_matches


@dataclass(frozen=True, slots=True)
class Selection:
    """The scanned paths (top-level-relative; "." is the whole tree) and the include and exclude globs.

    A path named directly is read whatever its suffix, as `phiscan scan` does; below a named folder, hidden
    and vendored folders are skipped and a file must match `include` (default *.json, *.jsonl, *.yaml, *.yml).
    """

    roots: tuple[str, ...]
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def wants(self, path: str, shown: str) -> bool:
        """Whether the file at top-level-relative `path` (`shown` as reports name it) is scanned."""
        if excluded(Path(shown), self.exclude):
            return False
        return any(self._under(root, path, shown) for root in self.roots)

    def _under(self, root: str, path: str, shown: str) -> bool:
        if path == root:
            return True
        if root != ".":
            if not path.startswith(root.rstrip("/") + "/"):
                return False
            below = PurePosixPath(path[len(root.rstrip("/")) + 1 :])
        else:
            below = PurePosixPath(path)
        if any(d.startswith(".") or d in SKIP_DIRS for d in below.parts[:-1]):
            return False
        if self.include:
            return any(path_matches(shown, g) for g in self.include)
        return below.suffix.lower() in SCAN_SUFFIXES


def selection(roots: Sequence[str], include: Sequence[str], exclude: Sequence[str]) -> Selection:
    """A `Selection` of `roots` (the whole tree when empty)."""
    return Selection(tuple(roots) or (".",), tuple(include), tuple(exclude))
