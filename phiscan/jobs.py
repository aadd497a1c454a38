"""`--jobs N`: load and detect in worker processes, then assemble one report in the parent.

Files are split into contiguous chunks in `iter_files` order; each worker scans its chunks with the
function the caller passes (`phiscan.scan.scan_files`); the parent concatenates the pieces in chunk order,
sorts findings with the same key a single process uses, and applies suppressions and the baseline once.
The result is the report a single process would give, byte for byte once rendered.  (Views are
de-duplicated per chunk here, so workers may analyse a string twice; the verdict cache is shared.)
A chunk whose worker dies is reported as an error for each of its files; the other chunks still count.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from phiscan.policy.assemble import Tally
from phiscan.types import FailureReason, FileError

if TYPE_CHECKING:
    from phiscan.detect.analyzer import Analyzer
    from phiscan.options import ScanOptions

MIN_FILES_PER_JOB = 4  # below this a worker's start-up (spaCy load) costs more than it saves
CHUNKS_PER_JOB = 4  # several chunks per worker even out files of very different sizes
ChunkScanner = Callable[..., Any]  # phiscan.scan.scan_files: (files, options, analyzer) -> (piece, errors, notes, n)

# Set in the parent just before the pool forks, so workers share an analyzer the caller passed in.
_inherited: Analyzer | None = None


def _scan_chunk(scan: ChunkScanner, files: list[str], options: ScanOptions) -> Any:
    from phiscan.detect.model import one_blas_thread

    one_blas_thread()
    return scan(files, replace(options, jobs=1), _inherited)  # the run's cores are its workers already


def _chunks(files: list[str], n: int) -> list[list[str]]:
    size, extra = divmod(len(files), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            out.append(files[start:end])
        start = end
    return out


def scan_files_parallel(
    files: Sequence[os.PathLike[str] | str],
    options: ScanOptions,
    analyzer: Analyzer | None,
    scan: ChunkScanner,
    tally: Tally,
) -> bool:
    """Scan `files` in `options.jobs` processes into `tally`; False (nothing done) when one process is better.

    A worker that dies breaks the pool and every chunk still pending in it.  Those chunks are run again,
    each in a pool of its own, so only the chunk that kills its worker again is lost: its files become
    errors (exit 2) and every other file is still reported.
    """
    global _inherited

    jobs = min(options.jobs, len(files) // MIN_FILES_PER_JOB)
    methods = multiprocessing.get_all_start_methods()
    if jobs < 2 or (analyzer is not None and "fork" not in methods):
        return False
    chunks = _chunks([os.fspath(f) for f in files], jobs * CHUNKS_PER_JOB)
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _inherited = analyzer
    try:
        failed = _run(chunks, jobs, context, scan, options, tally)
        for chunk in failed:  # one at a time, each in a fresh pool
            for f in _run([chunk], 1, context, scan, options, tally):
                why = "not scanned: the worker process scanning it failed"
                tally.errors += [FileError(path, why, reason=FailureReason.WORKER_FAILED) for path in f]
    finally:
        _inherited = None
    return True


def _run(
    chunks: list[list[str]], jobs: int, context: Any, scan: ChunkScanner, options: ScanOptions, tally: Tally
) -> list[list[str]]:
    """Scan `chunks` in a pool of `jobs` workers into `tally`; the chunks whose worker failed."""
    failed: list[list[str]] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_scan_chunk, scan, chunk, options) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                tally.add(future.result())
            except Exception:  # the worker died (or the pool broke under it): try the chunk again on its own
                failed.append(chunk)
    return failed
