"""`phiscan-hook`: the pre-commit entry point, like detect-secrets' `detect-secrets-hook`.

pre-commit passes the staged files.  The options are `phiscan scan`'s (a test keeps the two in
step), parsed with argparse over `phiscan.command.run_scan`, so a commit that touches one schema
pays for no CLI framework at start-up.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from phiscan.report import FORMATS


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return n


def parser() -> argparse.ArgumentParser:
    """The hook's command line: file names, then the options of `phiscan scan`."""
    p = argparse.ArgumentParser(
        prog="phiscan-hook", description="Find PHI and secrets in the schema and tool files pre-commit passes.")
    p.add_argument("paths", nargs="*", metavar="filenames", help="Files to scan (folders are walked).")
    p.add_argument("--format", "-f", dest="fmt", choices=FORMATS, default="text", help="Output format.")
    p.add_argument("--output", "-o", help="Write the report to this file, not stdout.")
    p.add_argument("--kind", help="Treat every file as this kind instead of detecting it.")
    p.add_argument("--fail-on", choices=("low", "medium", "high"),
                   help="Lowest severity that fails the hook [default: medium].")
    p.add_argument("--min-score", type=float, help="Drop detections scoring below this (0..1) [default: 0.5].")
    p.add_argument("--show-values", action=argparse.BooleanOptionalAction, default=False,
                   help="Print matched values instead of masking them.")
    p.add_argument("--nlp-model", help="Path or package name of another spaCy pipeline.")
    p.add_argument("--exclude", action="append", help="Glob of paths to skip (repeatable).")
    p.add_argument("--config", help="Config file to use instead of discovering one.")
    p.add_argument("--baseline", help="Report only findings not in this baseline file.")
    p.add_argument("--cache", action=argparse.BooleanOptionalAction, default=True,
                   help="Reuse verdicts cached in $XDG_CACHE_HOME/phiscan.")
    p.add_argument("--jobs", "-j", type=_positive, default=1, help="Worker processes for large trees.")
    p.add_argument("--profile", choices=("hipaa", "zdr", "none"),
                   help="Feature eligibility requests are checked against [default: hipaa].")
    p.add_argument("--max-file-bytes", type=_positive, help="Larger files are errors.")
    p.add_argument("--max-string-chars", type=_positive, help="Longer strings are analysed up to here, with a note.")
    p.add_argument("--max-surfaces-per-file", type=_positive, help="Strings walked per file; more is an error.")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Scan the given files; exit 0 clean, 1 findings, 2 errors."""
    args = parser().parse_args(argv)
    if not args.paths:
        return 0
    from phiscan.app.command import run_scan

    return run_scan(**vars(args))

if __name__ == "__main__":
    raise SystemExit(main())
