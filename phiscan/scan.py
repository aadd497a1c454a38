"""The pipeline end to end: documents -> surfaces -> detections -> findings -> report.

`scan_document` and `scan_paths` are the library's front door; the CLI, the hook and the SDK guard sit on
top of them.  Detection runs once per distinct view across the whole run.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.engine import DetectSettings, Verdicts, detect
from phiscan.documents.discover import by_size, discover
from phiscan.errors import ConfigError
from phiscan.options import ScanOptions
from phiscan.policy.assemble import Chunk, Piece, Tally, assemble
from phiscan.policy.judge import judge
from phiscan.surfaces.kinds import KINDS
from phiscan.surfaces.units import Unit, load_units, unit_of_data
from phiscan.surfaces.views import views_of
from phiscan.types import FileError, Note, Report

__all__ = ["ScanOptions", "default_analyzer", "scan_document", "scan_paths"]

_CHUNK_BYTES = 8_000_000
_analyzers: dict[str | None, Analyzer] = {}
_analyzers_lock = threading.Lock()


def default_analyzer(nlp_model: str | None = None) -> Analyzer:
    """The shared analyzer for `nlp_model`, built on first use and reused after (for callers that pass none)."""
    with _analyzers_lock:
        if nlp_model not in _analyzers:
            _analyzers[nlp_model] = Analyzer(nlp_model)
        return _analyzers[nlp_model]


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise ConfigError(f"unknown kind {kind!r}; choose one of: {', '.join(KINDS)}")


def _model_schema(obj: Any) -> Any:
    """A Pydantic model class (or instance) becomes its JSON Schema; anything else is returned as is."""
    fn = getattr(obj, "model_json_schema", None)
    if callable(fn) and not isinstance(obj, (dict, list)):
        return fn()
    return obj


def _settings(options: ScanOptions, analyzer: Analyzer | None) -> DetectSettings:
    return DetectSettings(
        get_analyzer=(lambda: analyzer) if analyzer is not None else (lambda: default_analyzer(options.nlp_model)),
        analyzer=analyzer,
        nlp_model=options.nlp_model,
        use_cache=options.cache,
        analyze_also=options.analyze_also,
        workers=options.jobs,
    )


def judge_units(
    units: Sequence[Unit], options: ScanOptions, analyzer: Analyzer | None, memo: Verdicts | None = None
) -> Piece:
    """Detection and policy over loaded units (`memo` carries verdicts between calls of one run)."""
    max_chars = options.limits.max_string_chars
    per_surface = [(u, s, views_of(s, max_chars)) for u in units for s in u.surfaces]
    verdicts = detect((v for _, _, views in per_surface for v in views), _settings(options, analyzer), memo)
    policy = options.policy
    if options.baseline is not None:  # the baseline hashes values; `assemble` drops them again
        policy = replace(policy, show_values=True)
    findings, failures = judge(per_surface, verdicts, policy, max_chars, options.profile, options.jobs, units)
    with_findings = {f.path for f in findings}
    data = {u.path: (u.data if u.path in with_findings else None) for u in units}
    return Piece(findings, failures, len(per_surface), data)


def scan_data(data: Any, path: str, options: ScanOptions, analyzer: Analyzer | None) -> tuple[Report, Unit | None]:
    """`scan_document` for plain data, also giving the unit (its parts) to callers that need them."""
    errors: list[FileError] = []
    notes: list[Note] = []
    unit = unit_of_data(data, path, options.kind, options.limits, errors, notes)
    piece = judge_units([unit] if unit is not None else [], options, analyzer)
    report = assemble(
        piece.findings,
        piece.failures,
        piece.strings,
        piece.data or {path: data},
        errors,
        notes,
        options,
        1 if path else 0,
    )
    return report, unit


def scan_document(
    body: Any, *, path: str = "", options: ScanOptions | None = None, analyzer: Analyzer | None = None
) -> Report:
    """Scan one document already in memory: a schema, a tool list, a request body, a Pydantic model."""
    options = options or ScanOptions()
    _check_kind(options.kind)
    return scan_data(_model_schema(body), path, options, analyzer)[0]


def scan_paths(
    paths: Iterable[str | os.PathLike[str]], *, options: ScanOptions | None = None, analyzer: Analyzer | None = None
) -> Report:
    """Scan files and folders; a file that cannot be read is an error in the report, not an exception."""
    options = options or ScanOptions()
    _check_kind(options.kind)
    found = discover(paths, options.exclude, options.include, options.follow_symlinks)
    tally = Tally(errors=found.errors, notes=found.notes)
    if options.jobs > 1:
        from phiscan.jobs import scan_files_parallel

        if scan_files_parallel(found.files, options, analyzer, scan_files, tally):
            return tally.report(options)
    return _scan_in_chunks(found.files, options, analyzer, tally)


def scan_files(
    files: Sequence[str | os.PathLike[str]],
    options: ScanOptions,
    analyzer: Analyzer | None,
    memo: Verdicts | None = None,
) -> Chunk:
    """Load, detect and judge one run of files."""
    units, errors, notes, count = load_units(files, options.kind, options.limits)
    return Chunk(judge_units(units, options, analyzer, memo), errors, notes, count)


def _scan_in_chunks(files: list[Path], options: ScanOptions, analyzer: Analyzer | None, tally: Tally) -> Report:
    """Load, detect and let go of a few megabytes of files at a time, so memory stays bounded on big trees;
    verdicts are shared across chunks, so each distinct string is still analysed once."""
    memo: Verdicts = {}
    for chunk in by_size(files, _CHUNK_BYTES):
        tally.add(scan_files(chunk, options, analyzer, memo))
    return tally.report(options)
