"""The pipeline end to end: documents -> surfaces -> detections -> findings -> report.

`scan_document` and `scan_paths` are the library's front door; the CLI and the SDK guard
sit on top of them.  Detection runs once per distinct (text, context) across the whole run.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from phiscan.detect.analyzer import Analyzer
from phiscan.documents.load import Document, Limits, load_path
from phiscan.errors import ConfigError
from phiscan.policy.decide import Policy, decide
from phiscan.policy.suppress import Suppressions, path_matches, suppress
from phiscan.surfaces.kinds import KINDS, parts_of, surfaces_of_parts
from phiscan.surfaces.views import View, views_of
from phiscan.surfaces.walk import nesting_exceeds
from phiscan.types import KEY_ROLES, Exposure, FileError, Finding, Note, Report, Role, Severity, Surface

if TYPE_CHECKING:
    import re

    from phiscan.policy.baseline import Baseline

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
    include: tuple[str, ...] = ()  # globs of files to scan in folders; default *.json, *.yaml, *.yml
    profile: str = "hipaa"
    suppressions: Suppressions = field(default_factory=Suppressions)  # disabled rules, per-file ignores
    baseline: Baseline | None = None  # report only findings not in it
    analyze_also: re.Pattern[str] | None = None  # custom recognizers' texts the prefilter would skip
    cache: bool = False  # reuse verdicts from the on-disk cache (phiscan.detect.cache); the CLI turns it on
    jobs: int = 1  # worker processes for scan_paths; output is identical for any value


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
    data: Any = None


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
    errors: list[FileError] = []
    surfaces: list[Surface] = []
    limits = options.limits
    if nesting_exceeds(data, limits.max_depth):  # files are refused by the loader; objects in memory here
        errors.append(FileError(path, f"nesting deeper than max_depth ({limits.max_depth}): nothing scanned"))
        parts = None
    else:
        parts = parts_of(data, path, options.kind)
        if parts is None:
            notes.append(Note(path, "not a JSON Schema, tool definition or request body: nothing scanned"))
    if parts is not None:
        surfaces = _bounded(surfaces_of_parts(parts, data, path), path, limits, errors)
    return _finish([_Unit(None, surfaces, data)], errors, notes, options, analyzer, files=1 if path else 0)


def _bounded(surfaces: Iterable[Surface], path: str, limits: Limits, errors: list[FileError]) -> list[Surface]:
    """At most `max_surfaces_per_file` surfaces; a document cut short is an error (exit 2), not a silent skip."""
    cap = limits.max_surfaces_per_file
    kept = list(itertools.islice(surfaces, cap + 1))
    if len(kept) > cap:
        errors.append(FileError(path, f"more than max_surfaces_per_file ({cap}) strings: only the first {cap} "
                                      "were scanned"))
        del kept[cap:]
    return kept


def iter_files(paths: Iterable[str | os.PathLike[str]], exclude: Sequence[str] = (),
               include: Sequence[str] = ()) -> Iterator[Path]:
    """Files named directly, and the *.json / *.yaml / *.yml under named folders (hidden and vendored skipped)."""
    for given in paths:
        p = Path(given)
        if p.is_dir() and not p.is_symlink():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
                for name in sorted(files):
                    child = Path(root) / name
                    wanted = (any(path_matches(child.as_posix(), g) for g in include) if include
                              else child.suffix.lower() in SCAN_SUFFIXES)
                    if wanted and not _excluded(child, exclude):
                        yield child
        elif not _excluded(p, exclude):
            yield p


def _excluded(p: Path, exclude: Sequence[str]) -> bool:
    return any(p.match(g) or p.as_posix().startswith(g.rstrip("/") + "/") or path_matches(p.as_posix(), g)
               for g in exclude)


def file_name_surface(path: str) -> Surface:
    """The file's own name, which travels with uploads and attachments."""
    return Surface(path, "", Role.FILE_NAME, Exposure.FILE_NAME, os.path.basename(path))


def scan_paths(paths: Iterable[str | os.PathLike[str]], *, options: ScanOptions | None = None,
               analyzer: Analyzer | None = None) -> Report:
    """Scan files and folders; a file that cannot be read is an error in the report, not an exception."""
    options = options or ScanOptions()
    _check_kind(options.kind)
    if options.jobs > 1:
        from phiscan.jobs import scan_files_parallel

        files_list = list(iter_files(paths, options.exclude, options.include))
        parallel = scan_files_parallel(files_list, options, analyzer)
        if parallel is not None:
            return parallel
        paths = files_list
    return _scan_in_chunks(list(iter_files(paths, options.exclude, options.include)), options, analyzer)


_CHUNK_BYTES = 8_000_000


def _scan_in_chunks(files: list[Path], options: ScanOptions, analyzer: Analyzer | None) -> Report:
    """Load, detect and let go of a few megabytes of files at a time, so memory stays bounded on big trees;
    verdicts are shared across chunks, so each distinct string is still analysed once."""
    memo: Memo = {}
    findings: list[Finding] = []
    failures: list[Note] = []
    errors: list[FileError] = []
    notes: list[Note] = []
    data: dict[str, Any] = {}
    strings = count = 0
    for chunk in _by_size(files, _CHUNK_BYTES):
        units, errs, nts, n = _load_units(chunk, options)
        found, failed, seen = detect(units, options, analyzer, memo)
        with_findings = {f.path for f in found}
        # keep a parsed document only where inline ignores may need it
        data.update({p: (d if p in with_findings else None) for p, d in _data_by_path(units).items()})
        findings += found
        failures += failed
        errors += errs
        notes += nts
        strings += seen
        count += n
    findings.sort(key=finding_order)
    return _assemble(findings, failures, strings, data, errors, notes, options, count)


def _by_size(files: list[Path], budget: int) -> Iterator[list[Path]]:
    chunk: list[Path] = []
    size = 0
    for f in files:
        try:
            n = f.stat().st_size if f.is_file() else 0
        except OSError:
            n = 0
        if chunk and size + n > budget:
            yield chunk
            chunk, size = [], 0
        chunk.append(f)
        size += n
    if chunk:
        yield chunk


def _load_units(paths: Iterable[str | os.PathLike[str]], options: ScanOptions
                ) -> tuple[list[_Unit], list[FileError], list[Note], int]:
    units: list[_Unit] = []
    errors: list[FileError] = []
    notes: list[Note] = []
    files = 0
    for file in iter_files(paths, options.exclude, options.include):
        loaded = load_path(file, options.limits)
        if isinstance(loaded, FileError):
            errors.append(loaded)
            continue
        files += 1
        parts = parts_of(loaded.data, loaded.path, options.kind) if loaded.data is not None else None
        if parts is None:
            notes.append(Note(loaded.path, "not a JSON Schema, tool definition or request body: skipped"))
            continue
        surfaces = _bounded(itertools.chain([file_name_surface(loaded.path)],
                                            surfaces_of_parts(parts, loaded.data, loaded.path)),
                            loaded.path, options.limits, errors)
        units.append(_Unit(loaded, surfaces, loaded.data))
    return units, errors, notes, files


def _finish(units: list[_Unit], errors: list[FileError], notes: list[Note], options: ScanOptions,
            analyzer: Analyzer | None, files: int) -> Report:
    findings, failures, strings = detect(units, options, analyzer)
    return _assemble(findings, failures, strings, _data_by_path(units), errors, notes, options, files)


def _assemble(findings: list[Finding], failures: list[Note], strings: int, data: dict[str, Any],
              errors: list[FileError], notes: list[Note], options: ScanOptions, files: int) -> Report:
    """The report from detection's output: suppressions and the baseline applied."""
    notes.extend(failures)
    findings, ignored, extra = _suppress(findings, data, options, notes)
    return Report(
        findings=tuple(f for f in findings if f.surface is not Role.LINT),
        warnings=tuple(f for f in findings if f.surface is Role.LINT),
        errors=tuple(errors),
        notes=tuple(notes),
        files_scanned=files,
        strings_scanned=strings,
        fail_on=options.fail_on,
        ignored=ignored,
        extra=extra,
    )


def _data_by_path(units: Sequence[_Unit]) -> dict[str, Any]:
    return {u.doc.path if u.doc is not None else (u.surfaces[0].path if u.surfaces else ""): u.data for u in units}


def _suppress(findings: list[Finding], data: dict[str, Any], options: ScanOptions, notes: list[Note]
              ) -> tuple[list[Finding], int, dict[str, Any]]:
    """Ignores, then the baseline; raw values (kept only for the baseline's hashes) are dropped here."""
    from dataclasses import replace

    findings, ignored, bad = suppress(findings, data, options.suppressions)
    notes.extend(bad)
    extra: dict[str, Any] = {}
    if options.baseline is not None:
        findings, matched, entries = options.baseline.split(findings)
        extra["baseline"] = {"matched": matched, "entries": entries, "files": tuple(data)}
        if matched:
            notes.append(Note(options.baseline.path or "", f"{matched} finding(s) in the baseline not reported"))
        if not options.policy.show_values:
            findings = [replace(f, value=None) for f in findings]
    return findings, ignored, extra


Memo = dict[tuple[str, tuple[str, ...], str], list[Any]]


def detect(units: Sequence[_Unit], options: ScanOptions, analyzer: Analyzer | None, memo: Memo | None = None
           ) -> tuple[list[Finding], list[Note], int]:
    """Run detection once per distinct view across all units (and across calls sharing `memo`), then apply
    policy per surface."""
    per_surface: list[tuple[_Unit, Surface, list[View]]] = []
    distinct: dict[tuple[str, tuple[str, ...], str], int] = {}
    max_chars = options.limits.max_string_chars
    for unit in units:
        for s in unit.surfaces:
            views = views_of(s, max_chars)
            per_surface.append((unit, s, views))
            for v in views:
                distinct.setdefault((v.text, v.context, v.key), len(distinct))
    from phiscan.detect.prefilter import may_hold_entity

    items = list(distinct)
    also = options.analyze_also
    wanted = [i for i, (text, _, _) in enumerate(items)
              if may_hold_entity(text) or (also is not None and also.search(text))]
    results: list[list[Any]] = [[] for _ in items]
    if memo is not None:
        for i in wanted:
            results[i] = memo.get(items[i], results[i])
        fresh = [i for i in wanted if items[i] not in memo]
    else:
        fresh = wanted
    if fresh:
        _analyze_cached([items[i] for i in fresh], fresh, results, options, analyzer)
        if memo is not None:
            memo.update((items[i], results[i]) for i in fresh)
    findings: list[Finding] = []
    failures: list[Note] = []
    policy = options.policy
    if options.baseline is not None:  # the baseline hashes values; `_suppress` drops them again
        from dataclasses import replace

        policy = replace(policy, show_values=True)
    for unit, s, views in per_surface:
        dets = [results[distinct[(v.text, v.context, v.key)]] for v in views]
        if any(d.entity == "SCAN_ERROR" for ds in dets for d in ds):
            failures.append(Note(s.path, f"detection failed on the {_where(s, unit.doc)}: its findings may be "
                                         "missing"))
        if len(s.raw) > max_chars:
            failures.append(Note(s.path, f"the {_where(s, unit.doc)} is {len(s.raw)} characters long: only the "
                                         f"first {max_chars} (max_string_chars) were analysed"))
        for f in decide(s, dets, policy):
            if unit.doc is not None:
                f = _with_location(f, unit.doc)
            findings.append(f)
    findings.extend(_request_checks(units, findings, options))
    findings.sort(key=finding_order)
    return findings, failures, len(per_surface)


def _where(s: Surface, doc: Document | None) -> str:
    """Where a surface is, for a note: a key is its own value, so it is named by position or parent only."""
    role = s.role.value.replace("_", " ")
    if s.role is Role.FILE_NAME:
        return "file name"
    key = s.role in KEY_ROLES
    loc = doc.locate(s.pointer, key=key) if doc is not None else None
    at = f" (line {loc.line}, column {loc.column})" if loc is not None else ""
    if key:
        return f"{role} of the schema at {_structural(s.pointer.rsplit('/', 2)[0]) or '(root)'}{at}"
    return f"{role} at {_structural(s.pointer) or '/'}{at}"


_STRUCTURE = frozenset({
    "tools", "input_schema", "inputSchema", "outputSchema", "function", "parameters", "messages", "content",
    "source", "output_config", "output_format", "format", "schema", "response_format", "json_schema", "text",
    "result", "components", "schemas", "paths", "requestBody", "responses", "generationConfig", "responseSchema",
    "responseJsonSchema", "functionDeclarations", "metadata", "annotations", "mcp_servers", "input_examples",
    "arguments", "application~1json",
})


def _structural(pointer: str) -> str:
    """A pointer for a note, with every token that is not schema structure masked: any key on the way
    (a property named after a patient) could be the PHI the note must not repeat."""
    from phiscan.policy.decide import mask
    from phiscan.surfaces.walk import schema_keywords

    keep = _STRUCTURE | schema_keywords()
    return "".join("/" + (t if t.isdigit() or t in keep else mask(t)) for t in pointer.split("/")[1:])


def finding_order(f: Finding) -> tuple[str, int, int, str, str]:
    """The order findings are reported in: by file, line, column, pointer and rule."""
    loc = f.location
    return (f.path, loc.line if loc else 0, loc.column if loc else 0, f.pointer, f.rule)


def _request_checks(units: Sequence[_Unit], found: list[Finding], options: ScanOptions) -> list[Finding]:
    """Feature eligibility, metadata and provider lint for request and MCP documents (phiscan.policy.eligibility)."""
    from phiscan.policy.eligibility import request_checks

    out: list[Finding] = []
    for u in units:
        path = u.doc.path if u.doc is not None else (u.surfaces[0].path if u.surfaces else "")
        for f in request_checks(u.data, path, options.kind, options.profile, found):
            out.append(_with_location(f, u.doc) if u.doc is not None else f)
    return out


def _analyze_cached(todo: list[tuple[str, tuple[str, ...], str]], where: list[int], results: list[list[Any]],
                    options: ScanOptions, analyzer: Analyzer | None) -> None:
    """Fill `results[where[k]]` for each view `todo[k]`: from the verdict cache, else from the analyzer.

    The analyzer (and with it Presidio and spaCy) is only built when some view misses the cache.
    """
    cache = None
    if options.cache:
        from phiscan.detect.cache import VerdictCache, fingerprint

        model, entities, custom = (analyzer.cache_settings() if analyzer is not None
                                   else (options.nlp_model, None, False))
        fp = None if custom else fingerprint(model, entities)
        cache = VerdictCache.open(fp) if fp is not None else None
    try:
        hits = cache.get(todo) if cache is not None else {}
        for k, res in hits.items():
            results[where[k]] = res
        missed = [k for k in range(len(todo)) if k not in hits]
        if not missed:
            return
        engine = analyzer or default_analyzer(options.nlp_model)
        fresh = engine.analyze([todo[k] for k in missed])
        for k, res in zip(missed, fresh, strict=True):
            results[where[k]] = res
        if cache is not None:
            cache.put((todo[k], res) for k, res in zip(missed, fresh, strict=True))
    finally:
        if cache is not None:
            cache.close()


def _with_location(f: Finding, doc: Document) -> Finding:
    from dataclasses import replace

    if f.surface is Role.FILE_NAME:
        return f
    loc = doc.locate(f.pointer, key=f.surface in KEY_ROLES)
    return replace(f, location=loc) if loc is not None else f
