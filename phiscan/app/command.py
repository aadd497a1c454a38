"""The scan command both front ends run (`phiscan scan` and the pre-commit hook `phiscan-hook`).

Config file and flags in, a report written, an exit code back: 0 clean, 1 findings, 2 errors.
Error messages name files and keys, never scanned content.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

# Measured on 2 cores, 1,630 real files, empty cache: `-j 1` 44 and 53 s, `-j 2` 22 and 27 s.  Small runs
# (a pre-commit hook's few files) stay in one process anyway: `jobs` wants 4 files per worker.  Beyond 4
# workers was not measured (no larger machine here), so `auto` stops there.
_AUTO_MAX_JOBS = 4


def resolve_jobs(jobs: int | str) -> int:
    """The number of worker processes for `jobs` ("auto" or a number)."""
    if jobs != "auto":
        return int(jobs)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS and Windows
        cores = os.cpu_count() or 1
    return min(cores, _AUTO_MAX_JOBS)


def _err(message: str) -> int:
    print(f"phiscan: {message}", file=sys.stderr)
    return 2


def run_scan(
    paths: Sequence[str | Path] | None,
    *,
    fmt: str = "text",
    output: str | Path | None = None,
    config: str | Path | None = None,
    kind: str | None = None,
    show_values: bool = False,
    cache: bool = True,
    jobs: int | str = "auto",
    profile: str | None = None,
    fail_on: str | None = None,
    min_score: float | None = None,
    nlp_model: str | None = None,
    exclude: Sequence[str] | None = None,
    baseline: str | Path | None = None,
    max_file_bytes: int | None = None,
    max_string_chars: int | None = None,
    max_surfaces_per_file: int | None = None,
    follow_symlinks: bool = False,
    diff: str | None = None,
    new_only: bool = False,
) -> int:
    """Scan `paths` as configured, write the report in `fmt` to `output` (stdout if None), return the exit code.

    `fail_on`, `min_score`, `nlp_model`, `exclude` and `baseline` override the config file; None keeps
    its value.  The `max_*` limits override `phiscan.Limits`.  `jobs` is a number of processes or "auto".
    `diff` scans only the files changed since that git revision (`paths`, when given, limit them; none: the
    whole repository); `new_only` then drops findings already there (`phiscan.git.diff`).
    """
    from phiscan.errors import PhiscanError
    from phiscan.report import FORMATS, reporter

    if fmt not in FORMATS:
        return _err(f"unknown --format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    paths = list(paths or ())
    if new_only and not diff:
        return _err("--new-only needs --diff REF: it reports the findings that are not already at REF")
    if not paths and not diff:
        return _err("nothing to scan: name files or folders (or use --diff REF for the files a change touched)")
    flags = {
        "fail_on": fail_on,
        "min_score": min_score,
        "nlp_model": nlp_model,
        "exclude": list(exclude or ()) or None,
        "baseline": str(baseline) if baseline else None,
    }
    bounds = {
        k: v
        for k, v in (
            ("max_file_bytes", max_file_bytes),
            ("max_string_chars", max_string_chars),
            ("max_surfaces_per_file", max_surfaces_per_file),
        )
        if v
    }
    try:
        from phiscan.app.settings import setup
        from phiscan.scan import scan_paths

        options, engine, _ = setup(paths, config, flags, kind=kind, show_values=show_values)
        options = replace(options, cache=cache, jobs=resolve_jobs(jobs), follow_symlinks=follow_symlinks)
        if options.jobs > 1:  # processes share the cores (files, or one long text's windows): one BLAS thread each
            from phiscan.detect.model import one_blas_thread

            one_blas_thread()
        if profile is not None:
            options = replace(options, profile=profile)
        if bounds:
            options = replace(options, limits=replace(options.limits, **bounds))
        if diff:
            from phiscan.git.diff import scan_changes

            report = scan_changes(paths, diff, new_only=new_only, options=options, analyzer=engine)
            if not report.files_scanned and not report.errors:
                print(f"phiscan: no schema files changed since {diff}", file=sys.stderr)
        else:
            report = scan_paths(paths, options=options, analyzer=engine)
        if not diff and not report.files_scanned and not report.errors:
            print(
                f"phiscan: warning: no schema files found in {', '.join(map(str, paths))} "
                "(*.json, *.jsonl, *.yaml, *.yml; hidden and vendored folders are skipped)",
                file=sys.stderr,
            )
    except PhiscanError as e:
        return _err(str(e))
    except Exception as e:  # a bug: exit 2 like any failed scan, without a traceback that could quote content
        return _err(f"internal error ({type(e).__name__}); nothing was reported. Please file a bug.")
    write = reporter(fmt)
    try:
        if output is None:
            write(report, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="\n") as out:
                write(report, out)
    except OSError as e:
        return _err(f"cannot write --output {output}: {e.strerror}" if output else f"cannot write the report: {e}")
    except Exception as e:  # a bug in a writer: exit 2, no traceback
        return _err(f"internal error writing the report ({type(e).__name__}). Please file a bug.")
    return report.exit_code
