"""`--jobs N`: load and detect in worker processes, then assemble one report in the parent.

Files are split into contiguous chunks in `iter_files` order; each worker loads its chunks and
runs detection on them; the parent concatenates the pieces in chunk order, sorts findings with
the same key a single process uses, and applies suppressions and the baseline once.  The result
is the report a single process would give, byte for byte once rendered.  (De-duplication of views
is per chunk here, so workers may analyse a string twice; the verdict cache is shared.)
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from phiscan.detect.analyzer import Analyzer
    from phiscan.scan import ScanOptions
    from phiscan.types import FileError, Finding, Note, Report

MIN_FILES_PER_JOB = 4  # below this a worker's start-up (spaCy load) costs more than it saves
CHUNKS_PER_JOB = 4  # several chunks per worker even out files of very different sizes

# Set in the parent just before the pool forks, so workers share an analyzer the caller passed in.
_inherited: Analyzer | None = None


@dataclass(frozen=True, slots=True)
class _Piece:
    """What one worker found in one chunk of files."""

    findings: list[Finding]
    failures: list[Note]
    strings: int
    data: dict[str, Any]  # parsed documents that have findings (for inline ignores); None for the rest
    errors: list[FileError]
    notes: list[Note]
    files: int


def _scan_chunk(files: list[str], options: ScanOptions) -> _Piece:
    from phiscan.scan import _data_by_path, _load_units, detect

    units, errors, notes, count = _load_units(files, options)
    findings, failures, strings = detect(units, options, _inherited)
    with_findings = {f.path for f in findings}
    data = {p: (d if p in with_findings else None) for p, d in _data_by_path(units).items()}
    return _Piece(findings, failures, strings, data, errors, notes, count)


def _chunks(files: list[str], n: int) -> list[list[str]]:
    size, extra = divmod(len(files), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            out.append(files[start:end])
        start = end
    return out


def scan_files_parallel(files: list[os.PathLike[str]] | list[Any], options: ScanOptions,
                        analyzer: Analyzer | None) -> Report | None:
    """The report for `files` scanned by `options.jobs` processes, or None when one process is better."""
    global _inherited
    from phiscan.scan import _assemble, finding_order

    jobs = min(options.jobs, len(files) // MIN_FILES_PER_JOB)
    methods = multiprocessing.get_all_start_methods()
    if jobs < 2 or (analyzer is not None and "fork" not in methods):
        return None
    chunks = _chunks([os.fspath(f) for f in files], jobs * CHUNKS_PER_JOB)
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _inherited = analyzer
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            pieces = list(pool.map(_scan_chunk, chunks, [options] * len(chunks)))
    finally:
        _inherited = None
    findings = [f for p in pieces for f in p.findings]
    findings.sort(key=finding_order)  # stable: ties keep their single-process order
    data: dict[str, Any] = {}
    for p in pieces:
        data.update(p.data)
    return _assemble(findings, [n for p in pieces for n in p.failures], sum(p.strings for p in pieces), data,
                     [e for p in pieces for e in p.errors], [n for p in pieces for n in p.notes], options,
                     sum(p.files for p in pieces))
