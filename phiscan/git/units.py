"""Blob bytes into the pipeline's `Unit`s, the way `phiscan.surfaces.units.load_units` turns files into them:
same loader, same kinds, same surfaces (the file's name included), same per-file bound.

Kept here rather than in `surfaces` because only git input has bytes whose name is not a file on disk.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import replace

from phiscan.documents.load import Limits, load_bytes
from phiscan.surfaces.kinds import parts_of, surfaces_of_parts
from phiscan.surfaces.units import NOT_A_DOCUMENT, Unit, file_name_surface
from phiscan.types import FileError, Note


def unit_of_blob(
    raw: bytes,
    path: str,
    kind: str | None,
    limits: Limits,
    errors: list[FileError],
    notes: list[Note],
    name: str | None = None,
) -> Unit | None:
    """The unit for one blob reported as `path`; None (with an error or a note) when there is nothing to scan.

    `name` is the file name the blob had, when it is not `path`'s (an earlier version of a renamed file):
    its file-name surface is then that name, so renaming a file to a person's name is a new finding.
    """
    loaded = load_bytes(raw, path, None, limits)
    if isinstance(loaded, FileError):
        errors.append(loaded)
        return None
    parts = parts_of(loaded.data, path, kind) if loaded.data is not None else None
    if parts is None:
        notes.append(Note(path, f"{NOT_A_DOCUMENT}: skipped"))
        return None
    own = file_name_surface(path)
    if name is not None and name != os.path.basename(path):
        own = replace(file_name_surface(name), path=path)
    surfaces = itertools.chain([own], surfaces_of_parts(parts, loaded.data, path))
    cap = limits.max_surfaces_per_file
    kept = tuple(itertools.islice(surfaces, cap + 1))
    if len(kept) > cap:  # the same bound, and the same error, as a file on disk
        errors.append(
            FileError(path, f"more than max_surfaces_per_file ({cap}) strings: only the first {cap} were scanned")
        )
        kept = kept[:cap]
    return Unit(path, loaded, loaded.data, parts, kept)
