"""`phiscan-hook`: the pre-commit entry point, like detect-secrets' `detect-secrets-hook`.

pre-commit passes the staged files; settings come from the project's config file, and the few
flags a hook's `args:` needs are taken here.  It is argparse over `phiscan.command.run_scan`,
so a commit that touches one schema pays for no CLI framework at start-up.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Scan the given files; exit 0 clean, 1 findings, 2 errors."""
    parser = argparse.ArgumentParser(
        prog="phiscan-hook", description="Find PHI and secrets in the schema and tool files pre-commit passes.")
    parser.add_argument("filenames", nargs="*", help="Files to scan (folders are walked).")
    parser.add_argument("--config", help="Config file to use instead of discovering one.")
    parser.add_argument("--baseline", help="Report only findings not in this baseline file.")
    parser.add_argument("--fail-on", choices=("low", "medium", "high"),
                        help="Lowest severity that fails the hook [default: medium].")
    parser.add_argument("--format", choices=("text", "github"), default="text", help="Output format.")
    parser.add_argument("--no-cache", action="store_true", help="Don't reuse verdicts from earlier runs.")
    args = parser.parse_args(argv)
    if not args.filenames:
        return 0
    from phiscan.command import run_scan

    flags = {"fail_on": args.fail_on, "baseline": args.baseline}
    return run_scan(args.filenames, fmt=args.format, config=args.config, flags=flags, cache=not args.no_cache)


if __name__ == "__main__":
    raise SystemExit(main())
