"""`phiscan history`: configuration and flags in, the audit written, an exit code back (0 clean, 1 findings
anywhere in history, 2 errors).  Messages name commits and files, never scanned content."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path


def _err(message: str) -> int:
    print(f"phiscan: {message}", file=sys.stderr)
    return 2


def run_history(
    paths: Sequence[str | Path] | None,
    *,
    since: str | None = None,
    fmt: str = "text",
    output: str | Path | None = None,
    config: str | Path | None = None,
    kind: str | None = None,
    cache: bool = True,
    profile: str | None = None,
    fail_on: str | None = None,
    min_score: float | None = None,
    nlp_model: str | None = None,
    exclude: Sequence[str] | None = None,
    max_file_bytes: int | None = None,
    max_string_chars: int | None = None,
    max_surfaces_per_file: int | None = None,
) -> int:
    """Audit the history of the repository holding `paths` (default: the working directory), limited to
    `paths` and to commits after `since`; write the audit in `fmt` ("text" or "json") to `output`."""
    from phiscan.errors import PhiscanError
    from phiscan.git.render import FORMATS, write_json, write_text

    if fmt not in FORMATS:
        return _err(f"unknown --format {fmt!r} for history; choose one of: {', '.join(FORMATS)}")
    targets = [str(p) for p in paths or ()]
    flags = {"fail_on": fail_on, "min_score": min_score, "nlp_model": nlp_model, "exclude": list(exclude or ()) or None}
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
        from phiscan.git.history import audit

        options, engine, _ = setup(targets, config, flags, kind=kind, use_baseline=False)
        options = replace(options, cache=cache)
        if profile is not None:
            options = replace(options, profile=profile)
        if bounds:
            options = replace(options, limits=replace(options.limits, **bounds))
        report = audit(targets, since, options=options, analyzer=engine)
    except PhiscanError as e:
        return _err(str(e))
    except Exception as e:  # a bug: exit 2 without a traceback that could quote content
        return _err(f"internal error ({type(e).__name__}); nothing was reported. Please file a bug.")
    write = write_json if fmt == "json" else write_text
    try:
        if output is None:
            write(report, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="\n") as out:
                write(report, out)
    except OSError as e:
        return _err(f"cannot write --output {output}: {e.strerror}" if output else f"cannot write the report: {e}")
    return report.exit_code
