"""A document taken apart: its kind's parts and every surface, in one frozen unit that later stages share.

Each document is recognised (`parts_of`) exactly once, here; detection reads the surfaces, policy the
parts (request checks, lint) and the data (inline ignores).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phiscan.documents.load import Document, Limits, load_path
from phiscan.surfaces.kinds import parts_of, surfaces_of_parts
from phiscan.surfaces.parts import Parts
from phiscan.surfaces.values import nesting_exceeds
from phiscan.types import Exposure, FileError, Note, Role, Surface

NOT_A_DOCUMENT = "not a JSON Schema, tool definition or request body"


@dataclass(frozen=True, slots=True)
class Unit:
    """One document on its way through detection and policy."""

    path: str
    document: Document | None  # None for data scanned from memory: it has no positions
    data: Any
    parts: Parts
    surfaces: tuple[Surface, ...]


def file_name_surface(path: str) -> Surface:
    """The file's own name, which travels with uploads and attachments."""
    return Surface(path, "", Role.FILE_NAME, Exposure.FILE_NAME, os.path.basename(path))


def _bounded(surfaces: Iterable[Surface], path: str, limits: Limits, errors: list[FileError]) -> tuple[Surface, ...]:
    """At most `max_surfaces_per_file` surfaces; a document cut short is an error (exit 2), not a silent skip."""
    cap = limits.max_surfaces_per_file
    kept = list(itertools.islice(surfaces, cap + 1))
    if len(kept) > cap:
        errors.append(
            FileError(path, f"more than max_surfaces_per_file ({cap}) strings: only the first {cap} were scanned")
        )
        del kept[cap:]
    return tuple(kept)


def unit_of_data(
    data: Any, path: str, kind: str | None, limits: Limits, errors: list[FileError], notes: list[Note]
) -> Unit | None:
    """The unit for a document already in memory; None (with an error or a note) when there is nothing to scan."""
    if nesting_exceeds(data, limits.max_depth):  # files are refused by the loader; objects in memory here
        errors.append(FileError(path, f"nesting deeper than max_depth ({limits.max_depth}): nothing scanned"))
        return None
    parts = parts_of(data, path, kind)
    if parts is None:
        notes.append(Note(path, f"{NOT_A_DOCUMENT}: nothing scanned"))
        return None
    return Unit(path, None, data, parts, _bounded(surfaces_of_parts(parts, data, path), path, limits, errors))


def load_units(
    files: Iterable[str | os.PathLike[str]], kind: str | None, limits: Limits
) -> tuple[list[Unit], list[FileError], list[Note], int]:
    """Load each file into a unit: (units, files that failed, notes, files read)."""
    units: list[Unit] = []
    errors: list[FileError] = []
    notes: list[Note] = []
    count = 0
    for file in files:
        loaded = load_path(Path(file), limits)
        if isinstance(loaded, FileError):
            errors.append(loaded)
            continue
        count += 1
        unit = unit_of_document(loaded, kind, limits, errors, notes)
        if unit is not None:
            units.append(unit)
    return units, errors, notes, count


def unit_of_document(
    loaded: Document,
    kind: str | None,
    limits: Limits,
    errors: list[FileError],
    notes: list[Note],
    own_name: Surface | None = None,
) -> Unit | None:
    """The unit for a loaded file or blob; None (with a note) when it is no known kind.  `own_name` is the
    file-name surface when it is not the path's own (an earlier version of a renamed file in git history)."""
    if loaded.format == "jsonl" and kind is None and isinstance(loaded.data, list):
        parts = _lines_parts(loaded.data, loaded.path, notes)  # each line is a document of its own kind
    else:
        parts = parts_of(loaded.data, loaded.path, kind) if loaded.data is not None else None
    if parts is None:
        notes.append(Note(loaded.path, f"{NOT_A_DOCUMENT}: skipped"))
        return None
    named = own_name or file_name_surface(loaded.path)
    surfaces = itertools.chain([named], surfaces_of_parts(parts, loaded.data, loaded.path))
    return Unit(loaded.path, loaded, loaded.data, parts, _bounded(surfaces, loaded.path, limits, errors))


def _lines_parts(lines: list[Any], path: str, notes: list[Note]) -> Parts | None:
    """A JSON Lines file's parts: each line's, as the document it is (a batch line, a tool, a schema); the
    lines that are none are counted in a note, not passed over in silence."""
    from phiscan.surfaces.envelopes import merged

    found = [(f"/{i}", line, p) for i, line in enumerate(lines) if (p := parts_of(line, path)) is not None]
    if found and len(found) < len(lines):
        notes.append(Note(path, f"{len(lines) - len(found)} of {len(lines)} lines: {NOT_A_DOCUMENT}: skipped"))
    return merged("envelope", found) if found else None
