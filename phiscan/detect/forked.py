"""Long text in more than one process.

A scan of one file with one long string (a 4 MB description) would leave all but one core idle: `--jobs`
splits a run by files.  Here the windows of long text, and then the judging of its strings, are split between
this process and forked workers that share the built analyzer (copy-on-write, nothing reloaded).  A worker
that fails has its part run here again, so nothing is lost.  Only where `fork` exists and in a process with no
other thread: a fork copies one thread, and a lock another thread held would never be released in the child
(so never in the guard or the gateway, which serve from threads).
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from phiscan.types import Detection

MIN_CHARS = 50_000  # below this a fork and its results' trip back cost more than the second core saves
_MEANWHILE = 0.16  # the share of a run's time that `meanwhile` takes (secrets and the schema's words: measured)
Piece = tuple[str, tuple[str, ...], Any]  # a window, its context words, the entities worth asking for
Result = tuple[list[Detection], bool]
Runner = Callable[[Sequence[Piece], bool], list[Result]]
T = TypeVar("T")
R = TypeVar("R")

_mapper: Callable[[Sequence[Any]], list[Any]] | None = None  # set in the parent just before the fork


def can_split(workers: int, chars: int) -> bool:
    return (
        workers > 1
        and chars >= MIN_CHARS
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def _in_worker(items: Sequence[Any]) -> list[Any]:
    assert _mapper is not None
    return _mapper(items)


def _parts(items: Sequence[T], sizes: Sequence[int], n: int, head: float | None = None) -> list[list[T]]:
    """`items` in `n` runs of about the same total size, in order; with `head`, the first run that share of
    the whole and the others the rest in equal shares."""
    total = sum(sizes)
    first = head if head is not None else 1 / n
    parts: list[list[T]] = [[]]
    size = 0
    for item, weight in zip(items, sizes, strict=True):
        bound = first + (len(parts) - 1) * (1 - first) / max(1, n - 1)
        if size >= total * bound and len(parts) < n:
            parts.append([])
        parts[-1].append(item)
        size += weight
    return [p for p in parts if p]


def map_split(
    fn: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    sizes: Sequence[int],
    workers: int,
    meanwhile: Callable[[], None] | None = None,
) -> list[R]:
    """`fn(items)`, one result per item, in order: when the items are large (`sizes`, in characters) the first
    part here and the others in `workers - 1` forked processes.  A part whose worker fails is run here again.
    `meanwhile` is run here once, while the workers work (this process then takes a smaller part)."""
    global _mapper

    head = (1 - _MEANWHILE) / workers if meanwhile is not None and workers > 1 else None
    parts = _parts(items, sizes, workers, head) if can_split(workers, sum(sizes)) else []
    if len(parts) < 2:
        if meanwhile is not None:
            meanwhile()
        return fn(items)
    _mapper = fn
    try:
        pool = ProcessPoolExecutor(max_workers=len(parts) - 1, mp_context=multiprocessing.get_context("fork"))
    except OSError:  # no processes to be had: all of it here
        _mapper = None
        if meanwhile is not None:
            meanwhile()
        return fn(items)
    out: list[R] = []
    try:
        futures = [pool.submit(_in_worker, part) for part in parts[1:]]
        if meanwhile is not None:
            meanwhile()
        out.extend(fn(parts[0]))
        for part, future in zip(parts[1:], futures, strict=True):
            try:
                out.extend(future.result())
            except Exception:  # the worker died or could not start: its part is run here
                out.extend(fn(part))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _mapper = None
    return out


def run_split(
    run: Runner, pieces: Sequence[Piece], full: bool, workers: int, meanwhile: Callable[[], None] | None = None
) -> list[Result]:
    """`run(pieces, full)`: for long text the first part here and the others in `workers - 1` forked processes."""
    return map_split(lambda part: run(part, full), pieces, [len(p[0]) for p in pieces], workers, meanwhile)
