"""Paths as phiscan reports and matches them: relative to a root, in POSIX form, against .gitignore-like globs."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path, PurePosixPath


def relative_posix(
    path: str | os.PathLike[str],
    root: str | os.PathLike[str],
    *,
    cwd: str | os.PathLike[str] | None = None,
    resolve: bool = True,
) -> str | None:
    """`path` (relative to `cwd`) relative to `root`, with `/`; None when it lies outside `root`.

    `resolve` follows symlinks first (baselines and ignores compare real files); without it the path is
    kept as given (reports name the file the user named).
    """
    full = Path(cwd or Path.cwd()) / path
    try:
        absolute = full.resolve() if resolve else Path(os.path.abspath(full))
        rel = absolute.relative_to(Path(root).resolve() if resolve else Path(root))
    except (ValueError, OSError):
        return None
    return PurePosixPath(*rel.parts).as_posix()


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """`**` spans any number of path segments, `*` and `?` stay inside one, `[...]` is a class."""
    out: list[str] = []
    i = 0
    parts = pattern.strip("/").split("/")
    for n, part in enumerate(parts):
        if part == "**":
            out.append("(?:[^/]+/)*" if n < len(parts) - 1 else ".*")
            continue
        i = 0
        seg: list[str] = []
        while i < len(part):
            c = part[i]
            if c == "*":
                seg.append("[^/]*")
            elif c == "?":
                seg.append("[^/]")
            elif c == "[" and "]" in part[i + 1 :]:
                j = part.index("]", i + 1)
                body = part[i + 1 : j]
                neg = body.startswith("!")
                body = (body[1:] if neg else body).replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[")
                seg.append("[" + ("^" if neg else "") + body + "]")  # ranges such as 0-9 stay ranges
                i = j
            else:
                seg.append(re.escape(c))
            i += 1
        out.append("".join(seg) + ("/" if n < len(parts) - 1 else ""))
    return re.compile("".join(out))


def path_matches(path: str, pattern: str) -> bool:
    """True when `pattern` matches the path, a trailing part of it, or a folder on it (like .gitignore).

    `fixtures/**/*.json`, `*.tools.json` and `build` all match `repo/build/fixtures/a/x.tools.json`
    wherever the scan started; a pattern starting with `/` is anchored at the start of the path.
    """
    posix = path.replace(os.sep, "/").removeprefix("./")
    parts = [p for p in posix.split("/") if p not in ("", ".")]
    rx = _glob_regex(pattern)
    starts = [0] if pattern.startswith("/") else range(len(parts))
    for i in starts:
        for j in range(len(parts), i, -1):
            if rx.fullmatch("/".join(parts[i:j])):
                return True
    return False
