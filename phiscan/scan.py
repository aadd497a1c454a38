"""The pipeline end to end: documents -> surfaces -> detections -> findings -> report.

`scan_document` and `scan_paths` are the library's front door; the CLI and the SDK guard
sit on top of them.  Detection runs once per distinct (text, context) across the whole run.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phiscan.analyzer import Analyzer
from phiscan.errors import ConfigError
from phiscan.kinds import KINDS, parts_of, surfaces_of_parts
from phiscan.load import Document, Limits, load_path
from phiscan.policy import Policy, decide
from phiscan.types import KEY_ROLES, Exposure, FileError, Finding, Note, Report, Role, Severity, Surface
from phiscan.views import View, views_of

SCAN_SUFFIXES = frozenset({".json", ".yaml", ".yml"})
SKIP_DIRS = frozenset(
    {"node_modules", "vendor", "venv", "site-packages", "__pycache__", "dist", "build", "third_party",
     "bower_components", "target"}
)


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """Everything that shapes a scan besides its inputs."""

    policy: Policy = field(default_factory=Policy)
    fail_on: Severity = Severity.MEDIUM
    kind: str | None = None
    limits: Limits = field(default_factory=Limits)
    nlp_model: str | None = None
    exclude: tuple[str, ...] = ()


_analyzers: dict[str | None, Analyzer] = {}
_analyzers_lock = threading.Lock()


def default_analyzer(nlp_model: str | None = None) -> Analyzer:
    """The shared analyzer for `nlp_model`, built on first use and reused after."""
    with _analyzers_lock:
        if nlp_model not in _analyzers:
            _analyzers[nlp_model] = Analyzer(nlp_model)
        return _analyzers[nlp_model]


@dataclass(slots=True)
class _Unit:
    """One loaded document and its surfaces, on its way through detection."""

    doc: Document | None
    surfaces: list[Surface]


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise ConfigError(f"unknown kind {kind!r}; choose one of: {', '.join(KINDS)}")


def _model_schema(obj: Any) -> Any:
    """A Pydantic model class (or instance) becomes its JSON Schema; anything else is returned as is."""
    fn = getattr(obj, "model_json_schema", None)
    if callable(fn) and not isinstance(obj, (dict, list)):
        return fn()
    return obj


def scan_document(body: Any, *, path: str = "", options: ScanOptions | None = None,
                  analyzer: Analyzer | None = None) -> Report:
    """Scan one document already in memory: a schema, a tool list, a request body, a Pydantic model."""
    options = options or ScanOptions()
    _check_kind(options.kind)
    data = _model_schema(body)
    notes: list[Note] = []
    parts = parts_of(data, path, options.kind)
    surfaces: list[Surface] = []
    if parts is None:
        notes.append(Note(path, "not a JSON Schema, tool definition or request body: nothing scanned"))
    else:
        surfaces = list(surfaces_of_parts(parts, data, path))
    return _finish([_Unit(None, surfaces)], [], notes, options, analyzer, files=1 if path else 0)


def iter_files(paths: Iterable[str | os.PathLike[str]], exclude: Sequence[str] = ()) -> Iterator[Path]:
    """Files named directly, and the *.json / *.yaml / *.yml under named folders (hidden and vendored skipped)."""
    for given in paths:
        p = Path(given)
        if p.is_dir() and not p.is_symlink():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
                for name in sorted(files):
                    child = Path(root) / name
                    if child.suffix.lower() in SCAN_SUFFIXES and not _excluded(child, exclude):
                        yield child
        elif not _excluded(p, exclude):
            yield p


def _excluded(p: Path, exclude: Sequence[str]) -> bool:
    return any(p.match(g) or p.as_posix().startswith(g.rstrip("/") + "/") for g in exclude)


def file_name_surface(path: str) -> Surface:
    """The file's own name, which travels with uploads and attachments."""
    return Surface(path, "", Role.FILE_NAME, Exposure.FILE_NAME, os.path.basename(path))


def scan_paths(paths: Iterable[str | os.PathLike[str]], *, options: ScanOptions | None = None,
               analyzer: Analyzer | None = None) -> Report:
    """Scan files and folders; a file that cannot be read is an error in the report, not an exception."""
    options = options or ScanOptions()
    _check_kind(options.kind)
    units: list[_Unit] = []
    errors: list[FileError] = []
    notes: list[Note] = []
    files = 0
    for file in iter_files(paths, options.exclude):
        loaded = load_path(file, options.limits)
        if isinstance(loaded, FileError):
            errors.append(loaded)
            continue
        files += 1
        parts = parts_of(loaded.data, loaded.path, options.kind) if loaded.data is not None else None
        if parts is None:
            notes.append(Note(loaded.path, "not a JSON Schema, tool definition or request body: skipped"))
            continue
        surfaces = [file_name_surface(loaded.path), *surfaces_of_parts(parts, loaded.data, loaded.path)]
        units.append(_Unit(loaded, surfaces))
    return _finish(units, errors, notes, options, analyzer, files)


def _finish(units: list[_Unit], errors: list[FileError], notes: list[Note], options: ScanOptions,
            analyzer: Analyzer | None, files: int) -> Report:
    findings, failures, strings = detect(units, options, analyzer)
    notes.extend(failures)
    return Report(
        findings=tuple(findings),
        errors=tuple(errors),
        notes=tuple(notes),
        files_scanned=files,
        strings_scanned=strings,
        fail_on=options.fail_on,
    )


def detect(units: Sequence[_Unit], options: ScanOptions, analyzer: Analyzer | None
           ) -> tuple[list[Finding], list[Note], int]:
    """Run detection once per distinct view across all units, then apply policy per surface."""
    per_surface: list[tuple[_Unit, Surface, list[View]]] = []
    distinct: dict[tuple[str, tuple[str, ...], str], int] = {}
    for unit in units:
        for s in unit.surfaces:
            views = views_of(s)
            per_surface.append((unit, s, views))
            for v in views:
                distinct.setdefault((v.text, v.context, v.key), len(distinct))
    from phiscan.prefilter import may_hold_entity

    items = list(distinct)
    wanted = [i for i, (text, _, _) in enumerate(items) if may_hold_entity(text)]
    results: list[list[Any]] = [[] for _ in items]
    if wanted:
        engine = analyzer or default_analyzer(options.nlp_model)
        for i, res in zip(wanted, engine.analyze([items[i] for i in wanted]), strict=True):
            results[i] = res
    findings: list[Finding] = []
    failures: list[Note] = []
    for unit, s, views in per_surface:
        dets = [results[distinct[(v.text, v.context, v.key)]] for v in views]
        if any(d.entity == "SCAN_ERROR" for ds in dets for d in ds):
            failures.append(Note(s.path, f"detection failed on the string at {s.pointer or '(file name)'}"))
        for f in decide(s, dets, options.policy):
            if unit.doc is not None:
                f = _with_location(f, unit.doc)
            findings.append(f)
    findings.sort(key=lambda f: (f.path, f.location.line if f.location else 0, f.pointer, f.rule))
    return findings, failures, len(per_surface)


def _with_location(f: Finding, doc: Document) -> Finding:
    from dataclasses import replace

    if f.surface is Role.FILE_NAME:
        return f
    loc = doc.locate(f.pointer, key=f.surface in KEY_ROLES)
    return replace(f, location=loc) if loc is not None else f
