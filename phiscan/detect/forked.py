"""Long text in more than one process.

A scan of one file with one long string (a 4 MB description) would leave all but one core idle: `--jobs`
splits a run by files.  Here the windows of long text are split between this process and forked workers that
share the built analyzer (copy-on-write, nothing reloaded).  A worker that fails has its windows analysed here
again, so nothing is lost.  Only where `fork` exists and in a process with no other thread: a fork copies one
thread, and a lock another thread held would never be released in the child (so never in the guard or the
gateway, which serve from threads).
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from phiscan.types import Detection

MIN_CHARS = 50_000  # below this a fork and its results' trip back cost more than the second core saves
Piece = tuple[str, tuple[str, ...], Any]  # a window, its context words, the entities worth asking for
Result = tuple[list[Detection], bool]
Runner = Callable[[Sequence[Piece], bool], list[Result]]

_runner: Runner | None = None  # set in the parent just before the fork: the workers' copy runs it


def can_split(workers: int, chars: int) -> bool:
    return (
        workers > 1
        and chars >= MIN_CHARS
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def _in_worker(pieces: Sequence[Piece], full: bool) -> list[Result]:
    assert _runner is not None
    return _runner(pieces, full)


def _parts(pieces: Sequence[Piece], n: int) -> list[list[Piece]]:
    """`pieces` in `n` runs of about the same number of characters, in order."""
    total = sum(len(p[0]) for p in pieces)
    parts: list[list[Piece]] = [[]]
    size = 0
    for piece in pieces:
        if size >= total * len(parts) / n and len(parts) < n:
            parts.append([])
        parts[-1].append(piece)
        size += len(piece[0])
    return [p for p in parts if p]


def run_split(run: Runner, pieces: Sequence[Piece], full: bool, workers: int) -> list[Result]:
    """`run(pieces, full)`: for long text the first part here and the others in `workers - 1` forked processes."""
    global _runner

    parts = _parts(pieces, workers) if can_split(workers, sum(len(p[0]) for p in pieces)) else []
    if len(parts) < 2:
        return run(pieces, full)
    _runner = run
    try:
        pool = ProcessPoolExecutor(max_workers=len(parts) - 1, mp_context=multiprocessing.get_context("fork"))
    except OSError:  # no processes to be had: all of it here
        _runner = None
        return run(pieces, full)
    out: list[Result] = []
    try:
        futures = [pool.submit(_in_worker, part, full) for part in parts[1:]]
        out.extend(run(parts[0], full))
        for part, future in zip(parts[1:], futures, strict=True):
            try:
                out.extend(future.result())
            except Exception:  # the worker died or could not start: its windows are analysed here
                out.extend(run(part, full))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _runner = None
    return out
