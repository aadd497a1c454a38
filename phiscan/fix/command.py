"""`phiscan fix`: scan as `phiscan scan` does, then write the fixes into the files, or with `dry_run` print
them as a masked diff.  Exit 0 when nothing is left to fix, 1 when findings remain (to fix, or left for a
hand edit), 2 on errors.  Messages name files and pointers (flagged keys masked), never values."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from phiscan.fix.plan import FilePlan
from phiscan.types import FileError


def _err(message: str) -> int:
    print(f"phiscan: {message}", file=sys.stderr)
    return 2


def write_fixed(plan: FilePlan) -> None:
    """Replace the file with its fixed text, atomically, keeping its BOM and its permissions."""
    target = Path(plan.path)
    data = ("\ufeff" if plan.bom else "") + plan.new_text
    fd, tmp = tempfile.mkstemp(prefix=".phiscan-fix-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(data)
        os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_fix(
    paths: Sequence[str | Path] | None,
    *,
    dry_run: bool = False,
    output: str | Path | None = None,
    config: str | Path | None = None,
    kind: str | None = None,
    cache: bool = True,
    jobs: int | str = "auto",
    profile: str | None = None,
    min_score: float | None = None,
    nlp_model: str | None = None,
    exclude: Sequence[str] | None = None,
    baseline: str | Path | None = None,
    follow_symlinks: bool = False,
    max_file_bytes: int | None = None,
    max_string_chars: int | None = None,
    max_surfaces_per_file: int | None = None,
) -> int:
    """Scan `paths` as configured and fix what has a safe mechanical fix (docs/fix.md)."""
    from phiscan.errors import PhiscanError

    if not paths:
        return _err("nothing to fix: name files or folders")
    flags = {
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
        from phiscan.app.command import resolve_jobs
        from phiscan.app.settings import setup
        from phiscan.fix.plan import plan_report
        from phiscan.scan import scan_paths

        options, engine, _ = setup(list(paths), config, flags, kind=kind)
        options = replace(options, cache=cache, jobs=resolve_jobs(jobs), follow_symlinks=follow_symlinks)
        if profile is not None:
            options = replace(options, profile=profile)
        if bounds:
            options = replace(options, limits=replace(options.limits, **bounds))
        report = scan_paths(list(paths), options=options, analyzer=engine)
        planned = plan_report(report, limits=options.limits)
    except PhiscanError as e:
        return _err(str(e))
    except Exception as e:  # a bug: exit 2 without a traceback that could quote content
        return _err(f"internal error ({type(e).__name__}); nothing was fixed. Please file a bug.")
    plans = [p for p in planned if isinstance(p, FilePlan)]
    errors = [*report.errors, *(p for p in planned if isinstance(p, FileError))]
    try:
        if output is None:
            status = _report(plans, report.sensitive_pointers, dry_run, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="\n") as out:
                status = _report(plans, report.sensitive_pointers, dry_run, out)
    except OSError as e:
        return _err(f"cannot write {'--output ' + str(output) if output else 'the fixes'}: {e.strerror or e}")
    for err in errors:
        print(f"phiscan: error {err}", file=sys.stderr)
    return 2 if errors else status


def _report(plans: Sequence[FilePlan], sensitive: frozenset[str], dry_run: bool, out: TextIO) -> int:
    from phiscan.fix.diff import notes, write_dry_run

    fixed = sum(len(f.findings) for p in plans for f in p.fixes)
    left = sum(len(p.left) for p in plans)
    edited = [p for p in plans if p.fixes]
    if dry_run:
        write_dry_run(plans, sensitive, out)
    else:
        for plan in edited:
            write_fixed(plan)
        out.writelines(notes(p, sensitive, applied=True) for p in plans)
    verb = "would fix" if dry_run else "fixed"
    out.write(f"{verb} {fixed} finding(s) in {len(edited)} file(s); {left} finding(s) left for a hand edit\n")
    return 1 if left or (dry_run and fixed) else 0
