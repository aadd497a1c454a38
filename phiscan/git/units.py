"""Blob bytes into the pipeline's `Unit`s through `phiscan.surfaces.units.unit_of_document`, as files are:
same loader, same kinds, same surfaces (the file's name included), same per-file bound.

Kept here rather than in `surfaces` because only git input has bytes whose name is not a file on disk.
"""

from __future__ import annotations

import os
from dataclasses import replace

from phiscan.documents.load import Limits, load_bytes
from phiscan.surfaces.units import Unit, file_name_surface, unit_of_document
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
    own = None
    if name is not None and name != os.path.basename(path):
        own = replace(file_name_surface(name), path=path)
    return unit_of_document(loaded, kind, limits, errors, notes, own)
