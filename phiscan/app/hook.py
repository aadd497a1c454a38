"""`phiscan-hook`: the pre-commit entry point, like detect-secrets' `detect-secrets-hook`.

pre-commit passes the staged files.  The options are `phiscan scan`'s, from the same table
(`phiscan.app.flags`), parsed with argparse over `phiscan.app.command.run_scan`, so a commit that touches
one schema pays for no CLI framework at start-up.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from phiscan.app.flags import add_to_argparse


def parser() -> argparse.ArgumentParser:
    """The hook's command line: file names, then the options of `phiscan scan`."""
    p = argparse.ArgumentParser(
        prog="phiscan-hook", description="Find PHI and secrets in the schema and tool files pre-commit passes."
    )
    p.add_argument("paths", nargs="*", metavar="filenames", help="Files to scan (folders are walked).")
    p.add_argument("--version", action="store_true", help="Print phiscan's version and exit.")
    add_to_argparse(p)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Scan the given files; exit 0 clean, 1 findings, 2 errors."""
    args = vars(parser().parse_args(argv))
    if args.pop("version"):
        from importlib.metadata import version

        print(version("phiscan"))
        return 0
    if not args["paths"]:
        return 0
    from phiscan.app.command import run_scan

    return run_scan(**args)


if __name__ == "__main__":
    raise SystemExit(main())
