"""The options of `phiscan scan`, declared once: the typer CLI and the argparse pre-commit hook are built
from this table, so the two cannot drift apart.

Kept free of typer and click: the hook imports it and must start fast.  Defaults shown as text are the
configuration's own (a flag left unset keeps the config file's value, whose default this is).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from phiscan.documents.load import Limits
from phiscan.policy.eligibility import PROFILES
from phiscan.report import FORMATS
from phiscan.surfaces.kinds import KINDS
from phiscan.types import Severity

AUTO = "auto"


@dataclass(frozen=True, slots=True)
class Flag:
    """One option of `phiscan scan`: its keyword in `run_scan`, its spellings, its value and help."""

    name: str
    spellings: tuple[str, ...]
    help: str
    type: Callable[[str], Any] = str
    default: Any = None
    shown_default: str | None = None  # what help says the default is, when `default` means "from config"
    choices: tuple[str, ...] | None = None
    repeatable: bool = False
    switch: bool = False  # a --x/--no-x pair
    metavar: str | None = None


def positive(value: str) -> int:
    """An integer of at least 1 (argparse and typer both call this on the text given)."""
    n = int(value)
    if n < 1:
        raise ValueError(f"{value} is not at least 1")
    return n


def jobs(value: str) -> int | str:
    """`auto` or a number of worker processes."""
    return AUTO if value == AUTO else positive(value)


_LIMITS = Limits()
SCAN_FLAGS: tuple[Flag, ...] = (
    Flag("fmt", ("--format", "-f"), "Output format.", default="text", choices=FORMATS),
    Flag("output", ("--output", "-o"), "Write the report to this file, not stdout.", metavar="FILE"),
    Flag("kind", ("--kind",), "Treat every file as this kind instead of detecting it.", choices=tuple(KINDS)),
    Flag(
        "fail_on",
        ("--fail-on",),
        "Lowest severity that makes the exit code 1.",
        shown_default="medium",
        choices=tuple(s.value for s in Severity),
    ),
    Flag(
        "min_score",
        ("--min-score",),
        "Drop detections scoring below this (0 to 1).",
        float,
        shown_default="0.5",
        metavar="SCORE",
    ),
    Flag(
        "show_values", ("--show-values",), "Print matched values instead of masking them.", default=False, switch=True
    ),
    Flag("nlp_model", ("--nlp-model",), "Path or package name of another spaCy pipeline.", metavar="MODEL"),
    Flag("exclude", ("--exclude",), "Glob of paths to skip (repeatable).", repeatable=True, metavar="GLOB"),
    Flag(
        "diff",
        ("--diff",),
        "Scan only the schema files changed between this git revision and the working tree (added, modified, "
        "renamed, untracked; PATHS limit them).  REF... compares with the merge base of REF and HEAD.",
        metavar="REF",
    ),
    Flag(
        "new_only",
        ("--new-only",),
        "With --diff: report only findings not already at REF (same rule, file, pointer and value; lines ignored).",
        default=False,
        switch=True,
    ),
    Flag("config", ("--config",), "Config file to use instead of discovering one.", metavar="FILE"),
    Flag("baseline", ("--baseline",), "Report only findings not in this baseline file.", metavar="FILE"),
    Flag(
        "cache",
        ("--cache",),
        "Reuse verdicts cached in $XDG_CACHE_HOME/phiscan (keyed hashes, never the scanned text).",
        default=True,
        switch=True,
    ),
    Flag(
        "follow_symlinks",
        ("--follow-symlinks",),
        "Follow symbolic links met inside scanned folders (they may lead out of the tree).",
        default=False,
        switch=True,
    ),
    Flag(
        "jobs",
        ("--jobs", "-j"),
        "Worker processes, or 'auto' (one process unless the tree is large and the machine has cores to spare).",
        jobs,
        default=AUTO,
        metavar="N|auto",
    ),
    Flag(
        "profile",
        ("--profile",),
        "Which organisation's feature eligibility requests are checked against.",
        shown_default="hipaa",
        choices=PROFILES,
    ),
    Flag(
        "max_file_bytes",
        ("--max-file-bytes",),
        "Larger files are errors.",
        positive,
        shown_default=str(_LIMITS.max_file_bytes),
        metavar="BYTES",
    ),
    Flag(
        "max_string_chars",
        ("--max-string-chars",),
        "Longer strings are analysed up to here, with a note.",
        positive,
        shown_default=str(_LIMITS.max_string_chars),
        metavar="CHARS",
    ),
    Flag(
        "max_surfaces_per_file",
        ("--max-surfaces-per-file",),
        "Strings walked per file; more is an error.",
        positive,
        shown_default=str(_LIMITS.max_surfaces_per_file),
        metavar="N",
    ),
)

# `phiscan history`: its own --since and --format (text or json), then these options of `phiscan scan`
_HISTORY_SHARED = (
    "output", "kind", "fail_on", "min_score", "nlp_model", "exclude", "config", "cache", "profile",
    "max_file_bytes", "max_string_chars", "max_surfaces_per_file",
)  # fmt: skip
HISTORY_FLAGS: tuple[Flag, ...] = (
    Flag(
        "since",
        ("--since",),
        "Audit only the commits after this git revision (REF..HEAD); default: all of HEAD's history.",
        metavar="REF",
    ),
    Flag("fmt", ("--format", "-f"), "Output format.", default="text", choices=("text", "json")),
    *(f for f in SCAN_FLAGS if f.name in _HISTORY_SHARED),
)

# `phiscan fix`: --dry-run, then the options of `phiscan scan` that choose what is scanned and found
_FIX_SHARED = (
    "output", "kind", "min_score", "nlp_model", "exclude", "config", "baseline", "cache", "follow_symlinks", "jobs",
    "profile", "max_file_bytes", "max_string_chars", "max_surfaces_per_file",
)  # fmt: skip
FIX_FLAGS: tuple[Flag, ...] = (
    Flag(
        "dry_run",
        ("--dry-run",),
        "Print the fixes as a unified diff (values masked: for review, not for patch) and change no file.",
        default=False,
        switch=True,
    ),
    *(f for f in SCAN_FLAGS if f.name in _FIX_SHARED),
)


def default_text(flag: Flag) -> str | None:
    """The default as help shows it, or None when there is none worth showing."""
    if flag.shown_default is not None:
        return flag.shown_default
    if flag.switch or flag.default is None:
        return None
    return str(flag.default)


def add_to_argparse(parser: Any) -> None:
    """Add every scan flag to an `argparse.ArgumentParser`."""
    import argparse

    def checked(convert: Callable[[str], Any]) -> Callable[[str], Any]:
        def run(value: str) -> Any:
            try:
                return convert(value)
            except ValueError as e:
                raise argparse.ArgumentTypeError(str(e)) from None

        return run

    for flag in SCAN_FLAGS:
        shown = default_text(flag)
        text = flag.help + (f" [default: {shown}]" if shown is not None else "")
        if flag.switch:
            parser.add_argument(
                *flag.spellings, dest=flag.name, action=argparse.BooleanOptionalAction, default=flag.default, help=text
            )
            continue
        parser.add_argument(
            *flag.spellings,
            dest=flag.name,
            type=checked(flag.type),
            default=flag.default,
            choices=flag.choices,
            action="append" if flag.repeatable else "store",
            help=text,
            metavar=flag.metavar,
        )
